"""Selectors of the source file: emptiness, leading blank lines, encoding, the container and its
links."""

from __future__ import annotations

from ..document import Cable, Span
from .node import Node, one
from .registry import selector


@selector("source.leading_blank", "blank lines above the first text line")
def _leading_blank(cable: Cable) -> list[Node]:
    count = 0
    while count < len(cable.lines) and not cable.lines[count].strip():
        count += 1
    if not count or count == len(cable.lines):
        return []
    return [Node(count, Span(1, 1, count, len(cable.lines[count - 1]) + 1))]


@selector("source.empty", "an empty file")
def _empty(c: Cable) -> list[Node]:
    return [Node("empty", Span(1, 1, 1, 1))] if c.is_empty else []


@selector("source.encoding", "the encoding the file was read in, when it was not UTF-8")
def _encoding(c: Cable) -> list[Node]:
    encoding = c.source.encoding
    return one(encoding if encoding not in ("utf-8", "utf-8-sig") else None,
               Span(1, 1, 1, 1 + len(c.lines[0]) if c.lines else 1))


@selector("source.container", "the layout of the container the cable was taken out of, once per "
                              "file (steps: what the source layer did, as codes and values)")
def _container(cable: Cable) -> list[Node]:
    container = cable.source.container
    if container is None or not container.reported:
        return []
    first = len(cable.lines[0]) if cable.lines else 0
    return [Node(container.layout, Span(1, 1, 1, first + 1), facts={"steps": container.steps})]


@selector("source.annotations",
          "a named-entity annotation layer stripped from the text, at its first bracket "
          "(once per file)")
def _annotations(cable: Cable) -> list[Node]:
    container = cable.source.container
    found = container.annotations if container is not None else ()
    if not found:
        return []
    return [Node(f"{len(found)} brackets, the first '{found[0].value}'", found[0].span)]


@selector("source.anchors[]",
          "HTML links taken out of the text (paragraph anchors), one node per line")
def _anchors(cable: Cable) -> list[Node]:
    """The first HTML link taken out of each line (a line may hold several)."""
    container = cable.source.container
    if container is None:
        return []
    by_line: dict[int, Node] = {}
    for anchor in container.anchors:
        by_line.setdefault(anchor.span.line, Node(anchor.value, anchor.span))
    return list(by_line.values())
