"""Built-in check kinds, one module each; registered through the `cablelint_check_kinds` hook."""

from .agreement import Agreement
from .ceiling import Ceiling
from .consistency import Consistency
from .date import Date
from .duplicate import Duplicate
from .era import Era
from .form import Form
from .implies import Implies
from .line_pattern import LinePattern
from .marker_style import MarkerStyle
from .pagination import Pagination
from .pattern import Pattern
from .period import Period
from .presence import Presence
from .same_text import SameText
from .sequence import Sequence
from .series import Series
from .signer import Signer
from .station import Station
from .suppression import Suppression
from .vocabulary import Vocabulary

BUILTIN_KINDS = (Agreement, Ceiling, Consistency, Date, Duplicate, Era, Form, Implies, LinePattern, MarkerStyle, Pagination,
                 Pattern, Period, Presence, SameText, Sequence, Series, Signer, Station, Suppression,
                 Vocabulary)
