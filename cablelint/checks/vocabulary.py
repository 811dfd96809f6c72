"""vocabulary: resolve each value at `target` through ordered lists; report the outcomes a rule asks
for."""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import Iterator

from ..diagnostic import Diagnostic, Edit, Severity, Unbuilt
from ..document import Cable, Span
from ..selectors import LazyNodes, Node, select
from .base import CheckKind, message_template
from .phrases import merge_phrases, phrase_heads

#: Known values remembered per rule before the memo starts again (bounds memory on huge runs).
RESOLVED_CACHE = 100_000
#: What a finding fills in the rule's message and in the messages of `report`.
PLACEHOLDERS = ("value", "outcome", "description", "cable_date", "in_use_before")


class Vocabulary(CheckKind):
    """Looks each value at `target` up in ordered lists (TAGS, captions, portion marks) and reports
    the outcomes the rule asks for, or that no value has a wanted outcome. Parameters:

    - `steps`: ordered `{lists: [vocabulary names], outcome: NAME}`; a value takes the outcome of the
      first step whose lists contain it (the TAGS lookup of vocab/README.md is five such steps).
      A value no step knows has the outcome `unknown`. A step may be dated: `in_use_before_column: N`
      names the list column holding the date an entry went out of use (tags-legacy.tsv), and `after`
      the outcome of such a value on a cable dated on or after it; on a cable of unknown date the
      step's own outcome holds (an era is not guessed).
    - `patterns`: `{outcome: [regex, ...]}` tried after the steps (fullmatch), e.g. `(C/REL NATO)`.
    - `upper`: look values up in upper case.
    - `phrases`: before resolving single tokens, join neighbouring tokens on one line with a space or
      `, ` and resolve the longest phrase a list knows (`HUMAN RIGHTS`, `CLINTON, HILLARY`).
    - `report`: `{outcome: {severity, message}}`: the outcomes this rule reports, each with an optional
      severity and message that override the rule's.
    - `require_any`: instead of reporting values, report once (at the anchor) when no value has one of
      these outcomes.
    - `expand`: with `require_any`, values of these outcomes count as the values their description
      lists: a run-together `ETRDEINVECINPGOVCS` that tags-corrections spells `ETRD EINV ECIN PGOV
      CS` has a subject TAG (CL053 reports the run-together code itself).

    Message placeholders: `{value}`, `{outcome}`, `{description}` (the matching list entry's second
    column, e.g. the suggested replacement in tags-corrections), `{cable_date}`, `{in_use_before}`.
    """

    name = "vocabulary"
    placeholders = PLACEHOLDERS
    provides_fix = True         # a `correctable` value replaced by the correction its list gives
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["steps"],
        "properties": {
            "steps": {"type": "array", "minItems": 1, "items": {
                "type": "object", "additionalProperties": False, "required": ["lists", "outcome"],
                "properties": {"lists": {"type": "array", "items": {"type": "string"},
                                         "minItems": 1},
                               "outcome": {"type": "string"},
                               "in_use_before_column": {"type": "integer", "minimum": 1},
                               "after": {"type": "string"}},
                "dependentRequired": {"in_use_before_column": ["after"],
                                      "after": ["in_use_before_column"]}}},
            "patterns": {"type": "object", "additionalProperties": {
                "type": "array", "items": {"type": "string", "format": "regex"}}},
            "upper": {"type": "boolean"},
            "phrases": {"type": "boolean"},
            "report": {"type": "object", "additionalProperties": {
                "type": "object", "additionalProperties": False,
                "properties": {"severity": {"enum": ["error", "warning", "info"]},
                               "message": message_template(*PLACEHOLDERS)}}},
            "require_any": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "expand": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        },
        "dependentRequired": {"expand": ["require_any"]},
        "oneOf": [{"required": ["report"]}, {"required": ["require_any"]}],
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.steps = [([vocabularies[name] for name in step["lists"]], step["outcome"],
                       (step["in_use_before_column"], step["after"]) if "after" in step else None)
                      for step in self.params["steps"]]
        self.patterns = [
            (re.compile(rx), outcome)
            for outcome, rxs in self.params.get("patterns", {}).items()
            for rx in rxs
        ]
        self.report = self.params.get("report", {})
        self.require_any = set(self.params.get("require_any", ()))
        self.expand = set(self.params.get("expand", ()))
        self._resolved: dict = {}

    def resolve(self, value: str, patterns: bool = True,
                date: dt.date | None = None) -> tuple[str, str | None]:
        """(outcome, description) of one value on a cable of `date`; `patterns` off resolves through
        the lists only."""
        return _dated(self._entry(value, patterns), date)

    def _entry(self, value: str, patterns: bool) -> tuple[str, str | None, tuple | None]:
        """(outcome, description, (out-of-use date, outcome after it) or None) of a value.

        Only values something knows are remembered (TAGS repeat across cables): a miss costs a few
        lookups again, and misses, which have no bound in a large archive, do not pile up in
        memory."""
        key = (value, patterns)
        entry = self._resolved.get(key)
        if entry is None:
            entry = self._resolve(value, patterns)
            if entry[0] != "unknown":
                if len(self._resolved) >= RESOLVED_CACHE:
                    self._resolved.clear()
                self._resolved[key] = entry
        return entry

    def _resolve(self, value: str, patterns: bool) -> tuple[str, str | None, tuple | None]:
        key = value.upper() if self.params.get("upper") else value
        for vocabs, outcome, dated in self.steps:
            for vocab in vocabs:
                if key in vocab:
                    if dated is None:
                        return outcome, vocab.get(key), None
                    return (
                        outcome,
                        vocab.get(key),
                        (dt.date.fromisoformat(vocab.column(key, dated[0])), dated[1]),
                    )
        for regex, outcome in self.patterns if patterns else ():
            if regex.fullmatch(key):
                return outcome, None, None
        return "unknown", None, None

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        nodes = select(cable, self.rule.target)
        if self.params.get("phrases"):
            nodes = self._phrases(nodes)
        date = cable.date  # a property: read once, not once per token (a TAGS line may have 77,000)
        lazy = isinstance(
            nodes, LazyNodes
        )  # a TAGS run-on: resolve values, make only the nodes shown
        values = nodes.values if lazy else [str(n.value) for n in nodes]
        if self.require_any:
            outcomes = self._outcomes(set(values), date)
            if nodes and not outcomes & self.require_any:
                yield self.rule.diagnostic(cable, self.anchor_span(cable), value=" ".join(values))
            return
        resolved: dict = (
            {}
        )  # value -> (outcome, description, in_use_before): one lookup per distinct value
        for value in set(values):
            entry = self._entry(value, True)
            resolved[value] = (*_dated(entry, date), entry[2][0] if entry[2] else None)
        wanted = {value for value, (outcome, *_) in resolved.items() if outcome in self.report}
        reported = [i for i, value in enumerate(values) if value in wanted] if wanted else []
        shown, unbuilt = self.to_build(reported, lambda i: nodes[i].span, in_order=lazy)
        present = {value.upper() for value in values} if shown else set()
        for i in shown:
            node = nodes[i]
            outcome, description, in_use_before = resolved[values[i]]
            if outcome == "correctable" and description:
                description = _without_present(description, present)
            wanted = self.report[outcome]
            severity = Severity.parse(wanted["severity"]) if "severity" in wanted else None
            fix = self.fix(Edit(node.span, _joined(cable, node.span, description))) \
                if outcome == "correctable" and description else None
            yield self.rule.diagnostic(cable, node.span, severity=severity,
                                       template=wanted.get("message"),
                                       fix=fix, value=node.value, outcome=outcome,
                                       description=description or "",
                                       cable_date=date, in_use_before=in_use_before)
        if unbuilt:
            yield Unbuilt(unbuilt)

    def _outcomes(self, values: set[str], date: dt.date | None) -> set[str]:
        """The outcomes of `values`, a value of an `expand` outcome counted as the values its
        description lists."""
        outcomes = set()
        for value in values:
            outcome, description = self.resolve(value, date=date)
            if outcome in self.expand and description:
                outcomes |= {self.resolve(part, date=date)[0] for part in description.split()}
            else:
                outcomes.add(outcome)
        return outcomes

    @cached_property
    def _phrase_heads(self) -> frozenset[str]:
        return phrase_heads(vocab for vocabs, *_ in self.steps for vocab in vocabs)

    def _phrases(self, nodes: list[Node]) -> list[Node]:
        """Tokens merged into the longest phrase a list knows (`phrases.merge_phrases`)."""
        return merge_phrases(nodes, self._phrase_heads,
                             lambda phrase: self.resolve(phrase, patterns=False)[0] != "unknown",
                             bool(self.params.get("upper")))


def _without_present(correction: str, present: set[str]) -> str:
    """A correction of several codes without those the line holds already (`PECON`, `PREL ECON`,
    on a TAGS line that has PREL: `ECON`, json-body/09BAGHDAD3195), unless it holds them all; a
    correction in words (`GG (Georgia) or GM (Germany)`) as it is."""
    codes = correction.split()
    if len(codes) < 2 or not all(code.isalnum() and code.isupper() for code in codes):
        return correction
    missing = [code for code in codes if code not in present]
    return " ".join(missing) if missing else correction


def _joined(cable: Cable, span: Span, correction: str) -> str:
    """A correction of several codes (`AMED CASC KFLO`) separated as the rest of its line separates
    them."""
    return correction.replace(" ", ", ") if ", " in cable.lines[span.line - 1] else correction


def _dated(entry: tuple, date: dt.date | None) -> tuple[str, str | None]:
    """(outcome, description) of a resolved entry on a cable of `date`: a dated list's later outcome
    from the day the value went out of use."""
    outcome, description, out_of_use = entry
    if out_of_use is not None and date is not None and date >= out_of_use[0]:
        return out_of_use[1], description
    return outcome, description
