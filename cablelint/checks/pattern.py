"""pattern: every value at `target` must match (or, with `negate`, must not match) a regular
expression."""

from __future__ import annotations

import re
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class Pattern(CheckKind):
    """Reports each value at `target` that is not in the expected form (or, with `negate`, is).
    Parameters:

    - `regex`: the expected form, matched against the whole value (`fullmatch`).
    - `expected`: how to describe the expected form in the message (`{expected}`).
    - `negate`: report values that *do* match instead.
    - `ignore_case`: match without regard to case.

    Message placeholders: `{value}`, `{expected}`.
    """

    name = "pattern"
    placeholders = ("value", "expected")
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["regex", "expected"],
        "properties": {
            "regex": {"type": "string", "format": "regex"},
            "expected": {"type": "string"},
            "negate": {"type": "boolean"},
            "ignore_case": {"type": "boolean"},
        },
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.regex = re.compile(self.params["regex"], re.I if self.params.get("ignore_case") else 0)
        self.negate = self.params.get("negate", False)

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for node in select(cable, self.rule.target):
            if bool(self.regex.fullmatch(str(node.value))) == self.negate:
                yield self.rule.diagnostic(cable, node.span, value=node.value,
                                           expected=self.params["expected"])
