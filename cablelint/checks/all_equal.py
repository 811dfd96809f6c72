"""all_equal: every value at `target` must be the same (the precedence of routing, DTG and TO)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class AllEqual(CheckKind):
    """Compares the nodes at `target` with the first of them and reports each node whose value
    differs, at that node. No parameters. Message placeholders: `{value}` (the differing value),
    `{first}` (the first node's value), `{first_line}` (its line).
    """

    name = "all_equal"
    placeholders = ("value", "first", "first_line")

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        nodes = select(cable, self.rule.target)
        for node in nodes[1:]:
            if node.value != nodes[0].value:
                yield self.rule.diagnostic(cable, node.span, value=node.value, first=nodes[0].value,
                                           first_line=cable.source_line(nodes[0].span.line))
