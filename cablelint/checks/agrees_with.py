"""agrees_with: the value at `target` must agree with the value at `other` (an equivalence
table)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class AgreesWith(CheckKind):
    """Reports each node at `target` whose value does not agree with the first node at `other`.
    Parameters:

    - `other`: selector of the value to compare with (the first node counts).
    - `equivalent`: map from each target value to the list of `other` values that agree with it.
      A target value missing from the map is compared for equality.
    - `also`: more `{target, other}` pairs compared for equality under the same rule (one rule for
      one constraint that spans several fields, such as the mirror metadata against the header).

    Nothing is reported when either side is missing: other rules report missing parts.
    Message placeholders: `{value}` (target), `{other}` (the other value), `{expected}` (agreeing values).
    """

    name = "agrees_with"
    placeholders = ("value", "other", "expected")
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["other"],
        "properties": {
            "other": {"$ref": "#/$defs/selector"},
            "equivalent": {"type": "object",
                           "additionalProperties": {"type": "array", "items": {"type": "string"}}},
            "also": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["target", "other"],
                "properties": {"target": {"$ref": "#/$defs/selector"},
                               "other": {"$ref": "#/$defs/selector"}}}},
        },
    }

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        pairs = [(self.rule.target, self.params["other"], self.params.get("equivalent", {}))]
        pairs += [(pair["target"], pair["other"], {}) for pair in self.params.get("also", ())]
        for target, other_name, table in pairs:
            others = select(cable, other_name)
            if not others:
                continue
            other = others[0].value
            for node in select(cable, target):
                agreeing = table.get(str(node.value), [str(node.value)])
                if str(other) not in agreeing:
                    yield self.rule.diagnostic(cable, node.span, value=node.value, other=other,
                                               expected=" or ".join(agreeing))
