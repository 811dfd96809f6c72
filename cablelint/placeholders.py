"""The `{placeholders}` of rule messages, checked when a pack loads: each must be a name the rule's
check kind fills (`CheckKind.placeholders`, `message_template` parameters), so that a typo is a pack
error and not a `{valeu}` printed in every finding."""

from __future__ import annotations

import re
from typing import Iterable

from .schema_errors import did_you_mean

#: Where a field name stops being the placeholder's name: `{value.attr}`, `{value[0]}`.
_NAME_END_RE = re.compile(r"[.\[]")


def problem(template: str, filled: Iterable[str]) -> str | None:
    """Why a message template does not fit the names a kind fills, or None: a broken brace, a
    positional `{}`, or a name not filled (with the closest filled name)."""
    import string       # here: a cached pack checks no templates, and string compiles a regex

    filled = tuple(filled)
    try:
        parsed = string.Formatter().parse(template)
        fields = [field for _, field, _, _ in parsed if field is not None]
    except ValueError as exc:
        return f"message {template!r} is not a template: {exc} (write '{{{{' and '}}}}' for braces)"
    for field in fields:
        name = _NAME_END_RE.split(field, 1)[0]
        if name not in filled:
            offered = ", ".join(f"{{{known}}}" for known in filled) or "none"
            return (f"placeholder '{{{name}}}' is not filled by this check (it fills: {offered})"
                    f"{did_you_mean(name, filled)}")
    return None
