"""Selectors of the TAGS line(s)."""

from __future__ import annotations

from ..document import Cable, Span, TagTokens
from .node import LazyNodes, Node, one
from .registry import selector


@selector("tags", "the TAGS line(s)")
def _tags(c: Cable) -> list[Node]:
    return one(c.tags and c.tags.raw.value, c.tags and c.tags.raw.span)


@selector("tags.label", "TAGS label")
def _label(c: Cable) -> list[Node]:
    return one(c.tags and c.tags.label.value, c.tags and c.tags.label.span)


@selector("tags[]", "each TAGS token")
def _tag_nodes(cable: Cable) -> list[Node] | LazyNodes:
    if cable.tags is None:
        return []
    tags = cable.tags.tags
    if isinstance(tags, TagTokens):
        return LazyNodes(tags.values, tags.span_at)
    return [Node(t.value, t.span) for t in tags]


@selector("tags.markup", "TAGS written as links, one node per line")
def _tags_markup(cable: Cable) -> list[Node]:
    """One node per TAGS line written as links (markdown, or HTML taken out of an HTML fragment),
    spanning the first to the last link."""
    if cable.tags is None:
        return []
    container = cable.source.container
    linked = {(t.span.line, t.span.column) for t in container.tag_links} if container else set()
    by_line: dict[int, list] = {}
    tags = cable.tags.tags
    chosen = tags.marked_or_at(linked) if isinstance(tags, TagTokens) else \
        [tag for tag in tags if tag.markup or (tag.span.line, tag.span.column) in linked]
    for tag in chosen:
        by_line.setdefault(tag.span.line, []).append(tag)
    return [
        Node(
            " ".join(t.value for t in tags),
            Span(line, tags[0].span.column, line, tags[-1].span.end_column),
        )
        for line, tags in by_line.items()
    ]
