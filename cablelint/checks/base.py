"""What every check kind shares: the Rule it runs for (cablelint/rule.py), its parameters, its
edits and where it reports something missing."""

from __future__ import annotations

from typing import Any, Callable, ClassVar, Iterator

from ..diagnostic import MAX_FINDINGS_PER_RULE, Diagnostic, Edit, Fix
from ..document import Cable, Span
from ..rule import Rule, _Defaults
from ..selectors import select


def message_template(*placeholders: str) -> dict:
    """The schema of a parameter that is a message in place of the rule's, filled with
    `placeholders` (checked when the pack loads, as the rule's message is against the kind's)."""
    return {"type": "string", "placeholders": list(placeholders)}


def wordings(codes: dict[str, tuple[str, ...]]) -> dict:
    """The schema of a parameter that words each code a kind finds (form's `deviations`, the
    `problems` of other kinds): every code a message filled with that code's values."""
    return {"type": "object", "additionalProperties": False, "required": list(codes),
            "properties": {code: message_template(*filled) for code, filled in codes.items()}}


def worded(template: str, values: dict) -> str:
    """One code's wording filled with its values (a placeholder without a value left visible)."""
    return template.format_map(_Defaults(values))


class CheckKind:
    """Base of check kinds. Subclasses set `name`, `params_schema`, `placeholders`, and implement
    `check`.

    A kind is built once per rule and run on many cables: compile in `__init__`, never in `check`.
    It does no I/O and keeps no state between cables.
    """

    name: ClassVar[str]
    params_schema: ClassVar[dict] = {"type": "object", "additionalProperties": False,
                                     "properties": {}}
    #: The names the kind fills in a rule's message (`{value}`); a pack whose message uses another
    #: name is refused when it loads. Message parameters declare theirs with `message_template`.
    placeholders: ClassVar[tuple[str, ...]] = ()
    #: True when the rule must name a `target` selector.
    needs_target: ClassVar[bool] = True
    #: True when the kind makes the edits of a rule whose `fix:` has no template.
    provides_fix: ClassVar[bool] = False

    def __init__(self, rule: Rule, vocabularies) -> None:
        self.rule = rule
        self.params = rule.params
        self.vocabularies = vocabularies

    @classmethod
    def selector_of(cls, params: dict) -> str | None:
        """The selector a rule without a `target` reads through these parameters, if any (shown by
        `cablelint rule ID`)."""
        return None

    @classmethod
    def judged_by_selector(cls, params: dict) -> bool:
        """True when a rule with these parameters reports what its selector finds as it is, so that
        the selector holds the rule's logic (shown by `cablelint rule ID`)."""
        return False

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        """Yield this rule's diagnostics for one cable, each made with `self.rule.diagnostic(...)`.

        Called only when the rule's `when` holds for the cable; must not keep state between cables.
        A check that may find thousands can build only what the engine shows (`to_build`).
        """
        raise NotImplementedError

    @staticmethod
    def to_build(
        found: list, span_of: Callable[[Any], Span], in_order: bool = False
    ) -> tuple[list, int]:
        """Of the things a check found (one finding each), those whose findings the engine can show,
        and how many others: past the engine's cap, only the first MAX_FINDINGS_PER_RULE + 1 by
        position (ties in the order found), so that a check builds those and yields
        `Unbuilt(others)` after them. `in_order`: `found` is in position order already (from
        LazyNodes), not sorted again."""
        if len(found) <= MAX_FINDINGS_PER_RULE + 1:
            return found, 0
        ordered = (
            found
            if in_order
            else sorted(found, key=lambda item: (span_of(item).line, span_of(item).column))
        )
        return ordered[:MAX_FINDINGS_PER_RULE + 1], len(found) - MAX_FINDINGS_PER_RULE - 1

    def fix(self, *edits: Edit) -> Fix | None:
        """The rule's fix made of this kind's edits, or None when the rule declares no fix of the
        kind's."""
        template = self.rule.fix_template
        if template is None or template.by_template:
            return None
        return template.made(list(edits))

    def anchor_span(self, cable: Cable) -> Span:
        """Where to report something missing: the first anchor selector that finds a node, else line
        1."""
        for name in self.rule.anchor:
            nodes = select(cable, name)
            if nodes:
                return nodes[0].span
        first = len(cable.lines[0]) if cable.lines else 0
        return Span(1, 1, 1, first + 1)
