"""Dotted addresses of the document model (`eo.decl`, `paragraphs[].portion_mark`), defined in this package.

Each selector maps a Cable to the nodes it addresses: a value and the span to report it at.
`[]` in a name means one node per item. Rules name selectors in `target`, `anchor` and `when`;
`cablelint rule` and the rule-pack schema list them from SELECTORS.
"""

from __future__ import annotations

from ..document import Cable
from .fields import FIELD_SELECTORS
from .node import Node
from .structure import STRUCTURE_SELECTORS

#: name -> (function of a Cable returning nodes, description)
SELECTORS = {**FIELD_SELECTORS, **STRUCTURE_SELECTORS}


def select(cable: Cable, name: str) -> list[Node]:
    """The nodes a selector addresses in a cable."""
    return list(SELECTORS[name][0](cable))


__all__ = ["Node", "SELECTORS", "select"]
