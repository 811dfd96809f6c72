"""Selectors of the summary markers: an `END SUMMARY` with no start, a paragraph ending in `End`
alone."""

from __future__ import annotations

from ..document import Cable
from .node import Node, each, one
from .registry import selector

selector("summary.lone_ends[]", "lines whose paragraph ends in `End` alone")(each("lone_ends"))


@selector("summary.unopened_end", "an `END SUMMARY` line with no summary start before it")
def _unopened_end_summary(c: Cable) -> list[Node]:
    return one(c.unopened_end_summary and c.unopened_end_summary.value,
               c.unopened_end_summary and c.unopened_end_summary.span)
