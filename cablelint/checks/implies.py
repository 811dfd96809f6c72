"""implies: when one part is present, another must be too (clauses, each with its own severity)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic, Severity
from ..document import Cable
from ..selectors import select
from .base import CheckKind, message_template


class Implies(CheckKind):
    """Reports a part whose presence requires another that is missing (REF letters without a REF
    line). Parameters: `clauses`, each `{if: [selectors], then: [selectors], message, severity?,
    requires?: [selectors]}`.

    A clause holds when none of its `if` selectors finds a node, or one of its `then` selectors does;
    a clause with `requires` is judged only when each of those selectors finds a node (what the
    `then` part would be read from: the mirror's metadata). A clause that fails is reported at the
    first `if` node, with the clause's message (placeholder `{value}`: that node's value) and
    severity (default: the rule's). At most one finding per clause.
    """

    name = "implies"
    placeholders = ("value",)
    needs_target = False
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["clauses"],
        "properties": {"clauses": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["if", "then", "message"],
            "properties": {
                "if": {"type": "array", "items": {"$ref": "#/$defs/selector"}, "minItems": 1},
                "then": {"type": "array", "items": {"$ref": "#/$defs/selector"}, "minItems": 1},
                "message": message_template("value"),
                "severity": {"enum": ["error", "warning", "info"]},
                "requires": {"type": "array", "items": {"$ref": "#/$defs/selector"},
                             "minItems": 1}}}}},
    }

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for clause in self.params["clauses"]:
            if not all(select(cable, name) for name in clause.get("requires", ())):
                continue
            premise = next((node for name in clause["if"] for node in select(cable, name)), None)
            if premise is None or any(select(cable, name) for name in clause["then"]):
                continue
            severity = Severity.parse(clause["severity"]) if "severity" in clause else None
            yield self.rule.diagnostic(cable, premise.span, severity=severity,
                                       template=clause["message"], value=premise.value)
