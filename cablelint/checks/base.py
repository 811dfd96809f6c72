"""What every check kind shares: the Rule it runs for, its parameters, and conditions (`when`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, ClassVar, Iterable, Iterator

from ..diagnostic import MAX_FINDINGS_PER_RULE, Diagnostic, Edit, Fix, Severity
from .. import eras
from ..dating import CableDate
from ..document import Cable, Span
from ..fix_template import FixTemplate
from ..selectors import select


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

    @cached_property
    def fix_template(self) -> FixTemplate | None:
        return FixTemplate(self.fix) if self.fix else None

    @property
    def fix_safety(self) -> str:
        """How `cablelint rules` shows the rule's fix: safe, unsafe or no."""
        if self.fix_template is None:
            return "safe" if self.fixable else "no"
        return "safe" if self.fix_template.safe else "unsafe"

    def severity_for(self, cable: Cable) -> Severity:
        """The rule's severity, or the first override whose `when` holds for this cable."""
        for override in self.overrides:
            if applies(override["when"], cable):
                return Severity.parse(override["severity"])
        return self.severity

    def diagnostic(self, cable: Cable, span: Span, severity: Severity | None = None, fix: Fix | None = None,
                   template: str | None = None, fix_spans: Iterable[Span] | None = None,
                   **values: Any) -> Diagnostic:
        """A complete Diagnostic for this rule at span, its message (or `template`) filled from values; its
        fix the one given, else the pack's fix template on `fix_spans` (default: the span; an iterator
        is consumed only as far as the fix's edits are read)."""
        message = (template or self.message).format_map(_Defaults({k: _display(v) for k, v in values.items()}))
        if fix is None and self.fix_template is not None and self.fix_template.by_template:
            fix = self.fix_template.fix(cable, fix_spans or [span])
        return Diagnostic(self.id, self.name, severity or self.severity_for(cable), message, cable.path,
                          span.line, span.column, span.end_line, span.end_column, fix)


def _display(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, CableDate):
        return str(value)
    return str(value)


def applies(when: dict, cable: Cable) -> bool:
    """True when every condition of a rule's `when` holds for the cable."""
    for key, expected in when.items():
        if key == "level" and cable.level not in expected:
            return False
        if key == "partial" and cable.is_partial != expected:
            return False
        if key == "flattened" and cable.flattened != expected:
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
            limit = dt.date.fromisoformat(expected)   # a year-only date must lie wholly on the right side
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
        "required_by_order": {"type": "array", "items": {"enum": list(eras.REQUIREMENTS)},
                              "description": "the executive order in force (vocab/executive-orders.tsv) required "
                                             "these; false when the order is unknown"},
    },
}


class CheckKind:
    """Base of check kinds. Subclasses set `name`, `params_schema`, and implement `check`.

    A kind is built once per rule and run on many cables: compile in `__init__`, never in `check`.
    It does no I/O and keeps no state between cables.
    """

    name: ClassVar[str]
    params_schema: ClassVar[dict] = {"type": "object", "additionalProperties": False, "properties": {}}
    #: True when the rule must name a `target` selector.
    needs_target: ClassVar[bool] = True
    #: True when the kind makes the edits of a rule whose `fix:` has no template.
    provides_fix: ClassVar[bool] = False

    def __init__(self, rule: Rule, vocabularies) -> None:
        self.rule = rule
        self.params = rule.params
        self.vocabularies = vocabularies

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        """Yield this rule's diagnostics for one cable, each made with `self.rule.diagnostic(...)`.

        Called only when the rule's `when` holds for the cable; must not keep state between cables.
        A check that may find thousands can build only what the engine shows (`to_build`).
        """
        raise NotImplementedError

    @staticmethod
    def to_build(found: list, span_of: Callable[[Any], Span], in_order: bool = False) -> tuple[list, int]:
        """Of the things a check found (one finding each), those whose findings the engine can show, and how
        many others: past the engine's cap, only the first MAX_FINDINGS_PER_RULE + 1 by position (ties in
        the order found), so that a check builds those and yields `Unbuilt(others)` after them.
        `in_order`: `found` is in position order already (from LazyNodes), not sorted again."""
        if len(found) <= MAX_FINDINGS_PER_RULE + 1:
            return found, 0
        ordered = found if in_order else sorted(found, key=lambda item: (span_of(item).line, span_of(item).column))
        return ordered[:MAX_FINDINGS_PER_RULE + 1], len(found) - MAX_FINDINGS_PER_RULE - 1

    def fix(self, *edits: Edit) -> Fix | None:
        """The rule's fix made of this kind's edits, or None when the rule declares no fix of the kind's."""
        template = self.rule.fix_template
        if template is None or template.by_template:
            return None
        return template.made(list(edits))

    def anchor_span(self, cable: Cable) -> Span:
        """Where to report something missing: the first anchor selector that finds a node, else line 1."""
        for name in self.rule.anchor:
            nodes = select(cable, name)
            if nodes:
                return nodes[0].span
        first = len(cable.lines[0]) if cable.lines else 0
        return Span(1, 1, 1, first + 1)
