"""A rule of a pack (`Rule`) and the whole `when` language that says on which cables it runs.

`when` holds conditions on the cable (`level`, `partial`, `flattened`, `empty`, `present`,
`absent`, `dated_from`, `dated_before`, `required_by_order`); a rule's `overrides` change its
severity or its message under a `when` of their own. `WHEN_SCHEMA` is the JSON Schema of a `when` (filled into
the rule-pack schema), `applies` evaluates one, `Rule.runs_on` is what the engine asks before
running a rule's check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Iterable

from . import eras
from .dating import CableDate
from .diagnostic import Diagnostic, Fix, Severity
from .document import Cable, Span
from .fix_template import FixTemplate
from .selectors import select


class _Defaults(dict):
    """format_map mapping that leaves unknown placeholders visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Rule:
    """One rule of a pack, normalised and validated: everything a check kind needs to report."""

    id: str
    name: str
    severity: Severity
    check: str
    message: str
    help: str
    pack: str
    target: str | None = None
    anchor: tuple[str, ...] = ()
    params: dict = field(default_factory=dict)
    when: dict = field(default_factory=dict)
    overrides: tuple = ()
    fixable: bool = False
    default: bool = True
    fix: dict = field(default_factory=dict)      # the pack's `fix:` (cablelint/fix_template.py)
    examples: dict = field(default_factory=dict)  # the pack's `examples:` (cablelint/examples.py)

    @classmethod
    def from_entry(cls, entry: dict) -> Rule:
        """The Rule of one validated pack entry (a rule of the pack's YAML, plus its `pack`)."""
        return cls(id=entry["id"], name=entry["name"], severity=Severity.parse(entry["severity"]),
                   check=entry["check"], message=entry["message"], help=entry["help"],
                   pack=entry["pack"], target=entry.get("target"),
                   anchor=tuple(entry.get("anchor", ())), params=entry.get("params", {}),
                   when=entry.get("when", {}), overrides=tuple(entry.get("overrides", ())),
                   fixable=entry.get("fixable", False) or "fix" in entry,
                   default=entry.get("default", True), fix=entry.get("fix", {}),
                   examples=entry.get("examples", {}))

    @cached_property
    def fix_template(self) -> FixTemplate | None:
        """The pack's `fix:` made usable, or None when the rule declares none."""
        return FixTemplate(self.fix) if self.fix else None

    @property
    def fix_safety(self) -> str:
        """How `cablelint rules` shows the rule's fix: safe, unsafe or no."""
        if self.fix_template is None:
            return "safe" if self.fixable else "no"
        return "safe" if self.fix_template.safe else "unsafe"

    def with_severity(self, severity: Severity) -> Rule:
        """This rule at a severity the configuration set; its own overrides no longer change it
        (those that also reword the message still do that)."""
        worded = tuple({"when": override["when"], "message": override["message"]}
                       for override in self.overrides if "message" in override)
        return replace(self, severity=severity, overrides=worded)

    def runs_on(self, cable: Cable, empty: bool) -> bool:
        """Whether the rule's check runs on this cable (`empty`: the cable's `is_empty`, computed
        once per cable): rules for empty files (`when: {empty: true}`) on those only, the others on
        the rest, and only when every other condition of `when` holds."""
        if empty != self.when.get("empty", False):
            return False    # an empty file is one finding (CL135), not a list of everything missing
        return not self.when or applies(self.when, cable)

    def severity_for(self, cable: Cable) -> Severity:
        """The rule's severity, or that of the first override with one whose `when` holds for this
        cable."""
        override = self._override_for(cable, "severity")
        return Severity.parse(override) if override else self.severity

    def message_for(self, cable: Cable) -> str:
        """The rule's message, or that of the first override with one whose `when` holds for this
        cable (what is missing, worded for a copy that stops after its header)."""
        return self._override_for(cable, "message") or self.message

    def _override_for(self, cable: Cable, key: str) -> str | None:
        return next((override[key] for override in self.overrides
                     if key in override and applies(override["when"], cable)), None)

    def diagnostic(self, cable: Cable, span: Span, severity: Severity | None = None,
                   fix: Fix | None = None, template: str | None = None,
                   fix_spans: Iterable[Span] | None = None, **values: Any) -> Diagnostic:
        """A complete Diagnostic for this rule at span, its message (`message_for`, or `template`)
        filled from values; its fix the one given, else the pack's fix template on `fix_spans`
        (default: the span; an iterator is consumed only as far as the fix's edits are read)."""
        shown = _Defaults({key: _display(value) for key, value in values.items()})
        message = (template or self.message_for(cable)).format_map(shown)
        if fix is None and self.fix_template is not None and self.fix_template.by_template:
            fix = self.fix_template.fix(cable, fix_spans or [span])
        return Diagnostic(self.id, self.name, severity or self.severity_for(cable), message,
                          cable.path, span.line, span.column, span.end_line, span.end_column, fix)


def _display(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, CableDate):
        return str(value)
    return str(value)


def applies(when: dict, cable: Cable) -> bool:
    """True when every condition of a `when` holds for the cable (`empty` is `Rule.runs_on`'s)."""
    for key, expected in when.items():
        if key == "level" and cable.level not in expected:
            return False
        if key == "partial" and cable.is_partial != expected:
            return False
        if key == "flattened" and cable.source.flattened != expected:
            return False
        if key == "present" and not all(select(cable, name) for name in expected):
            return False
        if key == "absent" and any(select(cable, name) for name in expected):
            return False
        if key == "required_by_order" and not all(eras.required(cable, name) for name in expected):
            return False
        if key in ("dated_from", "dated_before"):
            dated = cable.dated
            if dated is None:
                return False
            # a date known only to the year must lie wholly on the right side of the limit
            limit = dt.date.fromisoformat(expected)
            if (key == "dated_from" and dated.earliest < limit) or \
                    (key == "dated_before" and dated.latest >= limit):
                return False
    return True


WHEN_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "properties": {
        "level": {"type": "array", "items": {"enum": ["U", "C", "S", "T"]}},
        "partial": {"type": "boolean"},
        "flattened": {"type": "boolean"},
        "empty": {"type": "boolean", "description": "rules for empty files; other rules skip them"},
        "present": {"type": "array", "items": {"$ref": "#/$defs/selector"}},
        "absent": {"type": "array", "items": {"$ref": "#/$defs/selector"}},
        "dated_from": {"type": "string", "format": "date"},
        "dated_before": {"type": "string", "format": "date"},
        "required_by_order": {
            "type": "array", "items": {"enum": list(eras.REQUIREMENTS)},
            "description": "the executive order in force (vocab/executive-orders.tsv) required "
                           "these; false when the order is unknown"},
    },
}
