"""enumeration: enumerators at `target` must run A, B, C ... (or 1, 2, 3 ...) in order."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Enumeration(CheckKind):
    """The enumerators at `target` (REF letters, list items) must count up from A (or 1) without a
    gap or a repeat. Parameter: `alphabet`: `letters` (A, B, C ...; case ignored) or `numbers`
    (1, 2, 3 ...). Each value that is not the next one is reported, and the count resumes from it;
    a value outside the alphabet is passed over. Message placeholders: `{found}` (the enumerator),
    `{expected}` (the one that should stand there).
    """

    name = "enumeration"
    placeholders = ("found", "expected")
    params_schema = {"type": "object", "additionalProperties": False, "required": ["alphabet"],
                     "properties": {"alphabet": {"enum": ["letters", "numbers"]}}}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        letters = self.params["alphabet"] == "letters"
        expected = 0
        for node in select(cable, self.rule.target):
            value = str(node.value).upper()
            position = (
                _LETTERS.find(value) if letters else (int(value) - 1 if value.isdigit() else -1)
            )
            if position < 0 or (letters and expected >= len(_LETTERS)):
                continue
            if position != expected:
                shown = _LETTERS[expected] if letters else str(expected + 1)
                yield self.rule.diagnostic(cable, node.span, found=value, expected=shown)
            expected = position + 1
