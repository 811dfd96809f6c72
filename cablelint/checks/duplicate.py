"""duplicate: a value must occur only once among the nodes at `target`."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic, Unbuilt
from ..document import Cable
from ..fix_template import removal
from ..selectors import select
from .base import CheckKind


class Duplicate(CheckKind):
    """Parameters: `ignore_case` (compare without regard to case).

    Nodes with a `key` are compared by it (captions are keyed by their header block). Every repeat
    after the first is reported. Message placeholders: `{value}`, `{first_line}`.
    """

    name = "duplicate"
    provides_fix = True         # the repeat removed: its line when it stands alone, else with the separator before it
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"ignore_case": {"type": "boolean"}}}

    def check(self, cable: Cable) -> Iterator[Diagnostic | Unbuilt]:
        seen: dict = {}
        repeats = []        # (repeat, the first span of its value)
        ignore_case = self.params.get("ignore_case")
        for node in select(cable, self.rule.target):
            key = node.key if node.key is not None else node.value
            key = str(key).upper() if ignore_case else key
            if key in seen:
                repeats.append((node, seen[key]))
            else:
                seen[key] = node.span
        shown, unbuilt = self.to_build(repeats, lambda repeat: repeat[0].span)
        for node, first in shown:
            yield self.rule.diagnostic(cable, node.span, fix=self.fix(removal(cable, node.span)), value=node.value,
                                       first_line=first.line)
        if unbuilt:
            yield Unbuilt(unbuilt)

