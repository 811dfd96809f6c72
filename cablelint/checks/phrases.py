"""Neighbouring tokens merged into the multi-word values a vocabulary knows (`GOI INTERNAL`,
`HUMAN RIGHTS`, `CLINTON, HILLARY`): one merge for the kinds that read TAGS as values
(`vocabulary`'s `phrases`, `duplicate`'s `phrases`)."""

from __future__ import annotations

from typing import Callable

from ..document import Span
from ..selectors import LazyNodes, Node

#: Longest multi-word phrase tried ("AMERICAN - SPANISH RELATIONS").
MAX_PHRASE_WORDS = 5


def phrase_heads(vocabs) -> frozenset[str]:
    """First words of the phrases the vocabularies know: no other token can begin a phrase (a TAGS
    line of 77,000 tokens would otherwise cost four joins and lookups per token)."""
    firsts = {key.split(" ", 1)[0] for vocab in vocabs for key in vocab.rows if " " in key}
    return frozenset(firsts | {first.rstrip(",") for first in firsts})


def merge_phrases(nodes: list[Node], heads: frozenset[str], known: Callable[[str], bool],
                  upper: bool) -> list[Node]:
    """The nodes with each run of neighbours on one line that `known` accepts, joined by a space or
    `, `, merged into one node: the longest run first, searched only from tokens in `heads` (no
    lookups for the others). Without a phrase the nodes are returned as given (lazy stays lazy)."""
    values = nodes.values if isinstance(nodes, LazyNodes) else [str(n.value) for n in nodes]
    starts = {value for value in set(values) if (value.upper() if upper else value) in heads}
    merged, done = [], 0        # nodes[:done] are merged
    for i in [i for i, value in enumerate(values) if value in starts] if starts else ():
        if i < done:
            continue            # inside a phrase already merged
        for size in range(min(MAX_PHRASE_WORDS, len(nodes) - i), 1, -1):
            run = nodes[i:i + size]
            if run[-1].span.line != run[0].span.line:
                continue
            phrase = next((p for p in (" ".join(str(n.value) for n in run),
                                       ", ".join(str(n.value) for n in run)) if known(p)), None)
            if phrase:
                first, last = run[0].span, run[-1].span
                merged.extend(nodes[done:i])
                merged.append(Node(phrase, Span(first.line, first.column, last.end_line,
                                                last.end_column)))
                done = i + size
                break
    if not merged:
        return nodes
    merged.extend(nodes[done:])
    return merged
