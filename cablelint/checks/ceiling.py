"""ceiling: a level at `target` must not rank above the level at `limit` (portion mark vs cable)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class Ceiling(CheckKind):
    """Reports each level at `target` that ranks above the level at `limit` (a portion mark above
    the cable's classification). Parameters:

    - `limit`: selector of the ceiling value (the first node counts).
    - `ranks`: the levels from lowest to highest; values not in the list are not compared.

    Message placeholders: `{value}`, `{limit}`.
    """

    name = "ceiling"
    placeholders = ("value", "limit")
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["limit", "ranks"],
        "properties": {"limit": {"$ref": "#/$defs/selector"},
                       "ranks": {"type": "array", "items": {"type": "string"}, "minItems": 2,
                                 "uniqueItems": True}},
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.rank = {level: i for i, level in enumerate(self.params["ranks"])}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        limits = select(cable, self.params["limit"])
        if not limits or limits[0].value not in self.rank:
            return
        limit = limits[0].value
        for node in select(cable, self.rule.target):
            if self.rank.get(node.value, -1) > self.rank[limit]:
                yield self.rule.diagnostic(cable, node.span, value=node.value, limit=limit)
