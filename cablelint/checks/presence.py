"""presence: the `target` must be present in the cable (expect: present) or must not be (expect: absent)."""

from __future__ import annotations

import re
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class Presence(CheckKind):
    """Parameters:

    - `expect`: `present` (report once, at the anchor, when no node matches) or `absent` (report
      every node that matches).
    - `in`: only nodes whose value is one of these count.
    - `regex`: only nodes whose value matches this regular expression (search) count.

    Message placeholders: `{value}` (absent only).
    """

    name = "presence"
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["expect"],
        "properties": {
            "expect": {"enum": ["present", "absent"]},
            "in": {"type": "array", "items": {"type": ["string", "number", "boolean"]}, "minItems": 1},
            "regex": {"type": "string", "format": "regex"},
        },
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.allowed = set(self.params["in"]) if "in" in self.params else None
        self.regex = re.compile(self.params["regex"]) if "regex" in self.params else None

    def _counts(self, value) -> bool:
        if self.allowed is not None and value not in self.allowed:
            return False
        return self.regex is None or bool(self.regex.search(str(value)))

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        nodes = [node for node in select(cable, self.rule.target) if self._counts(node.value)]
        if self.params["expect"] == "present":
            if not nodes:
                yield self.rule.diagnostic(cable, self.anchor_span(cable))
        else:
            for node in nodes:
                yield self.rule.diagnostic(cable, node.span, value=node.value)
