"""suppression: the rules about inline directives (`cablelint.directives`).

Directive lines are removed before parsing, and whether a directive suppressed anything is known
only after every other check ran, so the engine reports these rules (`directives.apply`); the kind
itself finds nothing in the parsed cable. It exists so that the rules are selectable, listed and
explained like every other rule.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from .base import CheckKind


class Suppression(CheckKind):
    """The check kind of `unused-suppression` and `suppression-unknown-rule`, which the engine
    reports (`directives.apply`); the kind finds nothing in the parsed cable. No parameters.
    Message placeholders: `{rules}` (the rules a directive names but suppressed nothing of),
    `{rule}` (a name in a directive that is no rule) and `{close}` (a "did you mean" for it)."""

    name = "suppression"
    placeholders = ("rules", "rule", "close")
    needs_target = False
    provides_fix = True  # cablelint.directives makes CL137's edit: the directive line deleted

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        return iter(())
