"""Dotted addresses of the document model (`eo.decl`, `paragraphs[].portion_mark`), defined in this package.

Each selector maps a Cable to the nodes it addresses: a value and the span to report it at.
`[]` in a name means one node per item. Rules name selectors in `target`, `anchor` and `when`;
`cablelint rule` and the rule-pack schema list them from SELECTORS.
"""

from __future__ import annotations

from ..document import Cable
from .fields import FIELD_SELECTORS
from .node import LazyNodes, Node
from .structure import STRUCTURE_SELECTORS

#: name -> (function of a Cable returning nodes, description)
SELECTORS = {**FIELD_SELECTORS, **STRUCTURE_SELECTORS}


def select(cable: Cable, name: str) -> list[Node] | LazyNodes:
    """The nodes a selector addresses in a cable, computed once per cable (several rules read the same
    selector: six read `tags[]`, which holds one node per tag of a TAGS line however long)."""
    selected = cable.__dict__.setdefault("_selected", {})    # a frozen Cable's own memo, as cached_property's
    if name not in selected:
        nodes = SELECTORS[name][0](cable)
        selected[name] = nodes if isinstance(nodes, LazyNodes) else tuple(nodes)
    nodes = selected[name]
    return nodes if isinstance(nodes, LazyNodes) else list(nodes)    # LazyNodes: read-only, never copied


__all__ = ["LazyNodes", "Node", "SELECTORS", "select"]
