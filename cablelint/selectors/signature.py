"""Selectors of the signature below the text."""

from __future__ import annotations

from ..document import Cable
from .node import Node, one
from .registry import selector


@selector("signature", "signature")
def _signature(c: Cable) -> list[Node]:
    return one(c.signature and c.signature.value, c.signature and c.signature.span)
