"""consistency: the value at `target` must agree with the value at `other`, through an equivalence table."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class Consistency(CheckKind):
    """Parameters:

    - `other`: selector of the value to compare with (the first node counts).
    - `equivalent`: map from each target value to the list of `other` values that agree with it.
      A target value missing from the map is compared for equality.

    Nothing is reported when either side is missing: other rules report missing parts.
    Message placeholders: `{value}` (target), `{other}` (the other value), `{expected}` (agreeing values).
    """

    name = "consistency"
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["other"],
        "properties": {
            "other": {"$ref": "#/$defs/selector"},
            "equivalent": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        },
    }

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        others = select(cable, self.params["other"])
        if not others:
            return
        other = others[0].value
        table = self.params.get("equivalent", {})
        for node in select(cable, self.rule.target):
            agreeing = table.get(str(node.value), [str(node.value)])
            if str(other) not in agreeing:
                yield self.rule.diagnostic(cable, node.span, value=node.value, other=other,
                                           expected=" or ".join(agreeing))
