"""duplicate: a value must occur only once among the nodes at `target`."""

from __future__ import annotations

from functools import cached_property
from typing import Iterator

from ..diagnostic import MAX_FINDINGS_PER_RULE, Diagnostic, Unbuilt
from ..document import Cable
from ..fix_template import removal
from ..selectors import LazyNodes, select
from .base import CheckKind
from .phrases import merge_phrases, phrase_heads


class Duplicate(CheckKind):
    """Reports each value at `target` that repeats an earlier one (a TAG twice, a doubled caption).
    Parameters: `ignore_case` (compare without regard to case); `phrases` (vocabulary names:
    neighbouring tokens merged into the multi-word values these lists know before comparing, as
    `vocabulary`'s `phrases` merges them: `GOI INTERNAL ... GOI EXTERNAL` repeats no TAG).

    Nodes with a `key` are compared by it (captions are keyed by their header block). Every repeat
    after the first is reported. Message placeholders: `{value}`, `{first_line}`.
    """

    name = "duplicate"
    placeholders = ("value", "first_line")
    provides_fix = (
        True  # the repeat removed: its line when it stands alone, else with the separator before it
    )
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"ignore_case": {"type": "boolean"},
                                    "phrases": {"type": "array", "items": {"type": "string"},
                                                "minItems": 1}}}

    def check(self, cable: Cable) -> Iterator[Diagnostic | Unbuilt]:
        nodes = select(cable, self.rule.target)
        if "phrases" in self.params:
            nodes = merge_phrases(nodes, self._phrase_heads, self._known_phrase,
                                  bool(self.params.get("ignore_case")))
        lazy = isinstance(
            nodes, LazyNodes
        )  # a TAGS run-on: compare values, make only the nodes shown
        keys = (
            nodes.values
            if lazy
            else [node.key if node.key is not None else node.value for node in nodes]
        )
        if self.params.get("ignore_case"):
            keys = list(map(str.upper, map(str, keys)))
        seen: dict = {}
        repeats = []        # (index of a repeat, index of the first node of its value)
        enough = (
            MAX_FINDINGS_PER_RULE + 1 if lazy else None
        )  # in position order: the rest are only counted
        for i, key in enumerate(keys):
            if key in seen:
                repeats.append((i, seen[key]))
                if len(repeats) == enough:
                    break
            else:
                seen[key] = i
        shown, unbuilt = self.to_build(repeats, lambda repeat: nodes[repeat[0]].span, in_order=lazy)
        if lazy:
            unbuilt = len(keys) - len(set(keys)) - len(shown)
        for i, first in shown:
            node = nodes[i]
            yield self.rule.diagnostic(cable, node.span, fix=self.fix(removal(cable, node.span)),
                                       value=node.value,
                                       first_line=cable.source_line(nodes[first].span.line))
        if unbuilt:
            yield Unbuilt(unbuilt)

    @cached_property
    def _phrase_lists(self) -> list:
        return [self.vocabularies[name] for name in self.params["phrases"]]

    @cached_property
    def _phrase_heads(self) -> frozenset[str]:
        return phrase_heads(self._phrase_lists)

    def _known_phrase(self, phrase: str) -> bool:
        key = phrase.upper() if self.params.get("ignore_case") else phrase
        return any(key in vocab for vocab in self._phrase_lists)
