"""same_text: a text must say the same as another (white space and case aside); empty is never the
same."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind, worded, wordings


#: code -> the values each way the texts differ fills in its wording
PROBLEMS = {"empty": (), "differs": ("other",)}


def _normal(text: str) -> str:
    return " ".join(str(text).split()).upper()


class SameText(CheckKind):
    """Reports a text at `target` that is empty or does not say the same as the text at `other`
    (white space and case aside). Parameters: `other` (selector of the reference text) and
    `problems`, the wording of each problem, with its own placeholders: `empty`, `differs`
    ({other}).

    Reports the target when it is empty, or when the other text exists and differs from it.
    Message placeholders: `{value}`, `{other}` (empty when missing), `{problem}` (the problem
    worded).
    """

    name = "same_text"
    placeholders = ("value", "other", "problem")
    params_schema = {"type": "object", "additionalProperties": False,
                     "required": ["other", "problems"],
                     "properties": {"other": {"$ref": "#/$defs/selector"},
                                    "problems": wordings(PROBLEMS)}}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        others = select(cable, self.params["other"])
        other = str(others[0].value) if others else ""
        for node in select(cable, self.rule.target):
            if not _normal(node.value):
                code = "empty"
            elif others and _normal(node.value) != _normal(other):
                code = "differs"
            else:
                continue
            problem = worded(self.params["problems"][code], {"other": other})
            yield self.rule.diagnostic(cable, node.span, value=node.value, other=other,
                                       problem=problem)
