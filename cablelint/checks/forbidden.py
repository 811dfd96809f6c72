"""forbidden: the cable must not contain the `target` (damage the parser recorded, a stray part)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from .filtering import FilteredTarget


class Forbidden(FilteredTarget):
    """Reports every node at `target` that counts, at the node. Parameters: `in` (only nodes whose
    value is one of these count) and `regex` (only nodes whose value the regular expression finds
    count); with neither, every node counts. Message placeholder: `{value}` (the node's value).
    """

    name = "forbidden"
    placeholders = ("value",)

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for node in self.counted(cable):
            yield self.rule.diagnostic(cable, node.span, value=node.value)
