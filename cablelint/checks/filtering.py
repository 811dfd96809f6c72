"""The node filter that `required` and `forbidden` share: `in` (allowed values) and `regex`."""

from __future__ import annotations

import re

from ..document import Cable
from ..selectors import Node, select

#: The parameters of the filter, for a kind's `params_schema`.
FILTER_PROPERTIES = {
    "in": {"type": "array", "items": {"type": ["string", "number", "boolean"]}, "minItems": 1},
    "regex": {"type": "string", "format": "regex"},
}


class NodeFilter:
    """Which nodes at a rule's target count: with `in`, only values of the list; with `regex`, only
    values the regular expression finds (search); with neither, every node."""

    def __init__(self, params: dict) -> None:
        self.allowed = set(params["in"]) if "in" in params else None
        self.regex = re.compile(params["regex"]) if "regex" in params else None

    def nodes(self, cable: Cable, target: str) -> list[Node]:
        """The nodes at `target` that count."""
        return [node for node in select(cable, target) if self._counts(node.value)]

    def _counts(self, value) -> bool:
        if self.allowed is not None and value not in self.allowed:
            return False
        return self.regex is None or bool(self.regex.search(str(value)))
