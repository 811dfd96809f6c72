"""Dotted addresses of the document model (`eo.decl`, `paragraphs[].portion_mark`), a module a part.

Each selector maps a Cable to the nodes it addresses: a value and the span to report it at.
`[]` in a name means one node per item. Rules name selectors in `target`, `anchor` and `when`;
`cablelint selectors` lists them, `cablelint parse --selectors FILE` shows their values, and
plugins add their own through the `cablelint_selectors` hook.
"""

from __future__ import annotations

from ..document import Cable
from . import (banner, cable, captions, classified_by, eo, header,  # noqa: F401 (register)
               metadata, paragraphs, refs, signature, source, subject, summary, tags,
               text_bounds, text_damage, traces)
from .node import LazyNodes, Node
from .registry import BUILTIN_SELECTORS, Selector, in_use, install, selector


def select(cable: Cable, name: str) -> list[Node] | LazyNodes:
    """The nodes a selector addresses in a cable, computed once per cable (several rules read the
    same selector: six read `tags[]`, which holds one node per tag of a TAGS line however long)."""
    memo = cable.__dict__.get("_selected")      # a frozen Cable's own memo, as cached_property's
    if memo is None:
        memo = cable.__dict__["_selected"] = {}
    nodes = memo.get(name)
    if nodes is None:
        nodes = in_use()[name].function(cable)
        memo[name] = nodes = nodes if isinstance(nodes, LazyNodes) else tuple(nodes)
    # a copy of the tuple; LazyNodes: read-only, never copied (`type`: no ABC instance check on
    # each of the ~90 calls a cable makes)
    return list(nodes) if type(nodes) is tuple else nodes


__all__ = ["BUILTIN_SELECTORS", "LazyNodes", "Node", "Selector", "in_use", "install", "select",
           "selector"]
