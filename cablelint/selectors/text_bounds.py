"""Selectors of where the text starts and ends: the first line below the transmission header,
paragraph 1 (else the first line below the header parts), the last line."""

from __future__ import annotations

from ..document import Cable
from ..parsing.lines import last_non_blank
from .node import Node, whole_line
from .registry import selector


@selector("below_header", "the first text line below the transmission header")
def _below_header(cable: Cable) -> list[Node]:
    """The first text line below the transmission header (`Cable.first_line_below_header`)."""
    return whole_line(cable, cable.first_line_below_header)


@selector("body", "paragraph 1, else the first text line below the header parts")
def _body(cable: Cable) -> list[Node]:
    """The cable's text below its header parts: paragraph 1, else the first text line after them
    that is not the banner again (`Cable.first_line_below_parts`); none for a header snippet whose
    text is not there."""
    if cable.paragraphs:
        return [Node(cable.paragraphs[0].number, cable.paragraphs[0].span)]
    return whole_line(cable, cable.first_line_below_parts)


@selector("last_line", "the last non-blank line")
def _last_line(cable: Cable) -> list[Node]:
    return whole_line(cable, last_non_blank(cable.lines))
