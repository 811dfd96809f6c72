"""Built-in check kinds, one module each; registered through the `cablelint_check_kinds` hook."""

from .ceiling import Ceiling
from .consistency import Consistency
from .date import Date
from .duplicate import Duplicate
from .marker_style import MarkerStyle
from .pattern import Pattern
from .period import Period
from .presence import Presence
from .sequence import Sequence, SpuriousDigit
from .vocabulary import Vocabulary

BUILTIN_KINDS = (Ceiling, Consistency, Date, Duplicate, MarkerStyle, Pattern, Period, Presence, Sequence,
                 SpuriousDigit, Vocabulary)
