"""Built-in check kinds, one module each (kinds that share their logic share a module: `post.py`,
`executive_order.py`), registered through the `cablelint_check_kinds` hook; `renamed.py` tells a
pack written for older names what to write."""

from .agrees_with import AgreesWith
from .all_equal import AllEqual
from .ceiling import Ceiling
from .date import Date
from .duplicate import Duplicate
from .enumeration import Enumeration
from .executive_order import EoLineForm, OrderInForce, ReasonSectionInForce
from .forbidden import Forbidden
from .form import Form
from .implies import Implies
from .line_pattern import LinePattern
from .marker_style import MarkerStyle
from .pagination import Pagination
from .paragraph_numbering import ParagraphNumbering
from .pattern import Pattern
from .period import Period
from .post import OriginatorOfPost, RoutingIndicatorOfPost
from .required import Required
from .same_text import SameText
from .signer import Signer
from .suppression import Suppression
from .vocabulary import Vocabulary

BUILTIN_KINDS = (AgreesWith, AllEqual, Ceiling, Date, Duplicate, Enumeration, EoLineForm, Forbidden,
                 Form, Implies, LinePattern, MarkerStyle, OrderInForce, OriginatorOfPost,
                 Pagination, ParagraphNumbering, Pattern, Period, ReasonSectionInForce, Required,
                 RoutingIndicatorOfPost, SameText, Signer, Suppression, Vocabulary)
