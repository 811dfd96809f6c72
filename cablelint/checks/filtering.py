"""What `required` and `forbidden` share: the nodes at `target` that count, filtered by `in`
(allowed values) and `regex`."""

from __future__ import annotations

import re

from ..document import Cable
from ..selectors import Node, select
from .base import CheckKind


class FilteredTarget(CheckKind):
    """Base of kinds that judge the nodes at `target` that count: with `in`, only values of the
    list; with `regex`, only values the regular expression finds (search); with neither, every
    node. Not a kind of its own."""

    params_schema = {"type": "object", "additionalProperties": False, "properties": {
        "in": {"type": "array", "items": {"type": ["string", "number", "boolean"]}, "minItems": 1},
        "regex": {"type": "string", "format": "regex"},
    }}

    @classmethod
    def judged_by_selector(cls, params: dict) -> bool:
        return not params       # every node counts: what the selector finds is the finding

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.allowed = set(self.params["in"]) if "in" in self.params else None
        self.regex = re.compile(self.params["regex"]) if "regex" in self.params else None

    def counted(self, cable: Cable) -> list[Node]:
        """The nodes at the rule's target that count."""
        return [node for node in select(cable, self.rule.target) if self._counts(node.value)]

    def _counts(self, value) -> bool:
        if self.allowed is not None and value not in self.allowed:
            return False
        return self.regex is None or bool(self.regex.search(str(value)))
