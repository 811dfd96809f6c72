"""Selectors of the E.O. line and its declassification instruction."""

from __future__ import annotations

from ..document import Cable, Span
from .node import Node, one
from .registry import selector


def _decl_span(cable: Cable) -> Span | None:
    eo = cable.eo
    return (eo.decl.span if eo.decl is not None else eo.raw.span) if eo is not None else None


@selector("eo", "the E.O. line as written")
def _eo(c: Cable) -> list[Node]:
    return one(c.eo and c.eo.raw.value, c.eo and c.eo.raw.span)


@selector("eo.order", "executive order number")
def _order(c: Cable) -> list[Node]:
    return one(c.eo and c.eo.order, c.eo and c.eo.raw.span)


@selector("eo.decl", "declassification instruction as written")
def _decl(c: Cable) -> list[Node]:
    return one(c.eo and c.eo.decl and c.eo.decl.value, c.eo and c.eo.decl and c.eo.decl.span)


@selector("eo.decl.kind", "date | na | exemption | oadr | legacy | review | event | empty")
def _decl_kind(c: Cable) -> list[Node]:
    return one(c.eo and c.eo.decl_kind, _decl_span(c))


@selector("eo.decl.date", "declassification date")
def _decl_date(c: Cable) -> list[Node]:
    return one(c.eo and c.eo.decl_date, _decl_span(c))


@selector("eo.decl.event", "a DECL instruction written as a free-text event")
def _decl_event(c: Cable) -> list[Node]:
    return one(c.eo and c.eo.decl_kind == "event" and c.eo.decl.value, _decl_span(c))


@selector("eo.decl.invalid", "a DECL date that is not a real date")
def _decl_invalid(c: Cable) -> list[Node]:
    return one(c.eo and not c.eo.decl_date_valid and c.eo.decl.value, _decl_span(c))
