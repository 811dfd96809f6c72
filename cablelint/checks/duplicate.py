"""duplicate: a value must occur only once among the nodes at `target`."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class Duplicate(CheckKind):
    """Parameters: `ignore_case` (compare without regard to case).

    Nodes with a `key` are compared by it (captions are keyed by their header block). Every repeat
    after the first is reported. Message placeholders: `{value}`, `{first_line}`.
    """

    name = "duplicate"
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"ignore_case": {"type": "boolean"}}}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        seen: dict = {}
        for node in select(cable, self.rule.target):
            key = node.key if node.key is not None else node.value
            key = str(key).upper() if self.params.get("ignore_case") else key
            if key in seen:
                yield self.rule.diagnostic(cable, node.span, value=node.value, first_line=seen[key].line)
            else:
                seen[key] = node.span
