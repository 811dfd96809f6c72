"""What the source layer did to take a cable out of its container, as facts: a code and its values
(`Step("html_tags", {"count": 4})`); CL136's YAML words each code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an extraction: `code` names it, `facts` holds its values by name."""

    code: str
    facts: Mapping[str, Any] = field(default_factory=dict, hash=False)

#: The steps that put line breaks back into the text (the body's, or a JSON record's header's).
RELINING_STEPS = frozenset({"relined", "json_header"})
