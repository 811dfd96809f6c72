"""HTML fragments (`<code><pre>` ... `</pre></code>`): tags out, entities decoded, links kept as
traces."""

from __future__ import annotations

import re

from ..lazy_regex import lazy_compile
from .offsets import MapBuilder, OffsetMap
from .steps import Step

#: A tag, a comment, or an entity (named, decimal or hexadecimal).
_MARKUP_RE = lazy_compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>"
                          r"|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", re.S)
#: A whole link: the paragraph anchor `<a id='par1' href='#par1'>¶</a>`, or a TAG
#: `<a href='/tag/PGOV_0.html'>PGOV</a>`.
_LINK_RE = lazy_compile(r"<a\b[^<>]*>(?P<inner>[^<]*)</a>", re.I)
_TAG_LINK_RE = lazy_compile(r"""href\s*=\s*['"]?/tag/""", re.I)
_LINE_BREAK_TAG_RE = lazy_compile(r"<br\s*/?>|</?p\b[^<>]*>", re.I)
#: What makes a text an HTML fragment: it opens with one of these tags.
FRAGMENT_START_RE = re.compile(r"^\s*(?:<code\b|<pre\b|<html\b|<body\b|<div\b|<p\b|<table\b)|"
                               r"<br\s*/?>\s*$", re.I)


def is_fragment(text: str) -> bool:
    """True for text that opens with an HTML block tag (or is a bare `<br />` snippet)."""
    head = text[:400]
    return (bool(FRAGMENT_START_RE.search(head))
            and bool(re.search(r"</?(?:pre|code|a|br|p|div)\b", head, re.I)))


def extract_html(text: str) -> tuple[str, OffsetMap, list[tuple[str, str, int, int]], list[Step]]:
    """The text inside the tags, entities decoded; returns (text, map, traces, steps).

    A trace is (kind, markup as written, start, end) in the extracted text: kind `anchor` for a link
    around `¶` (or any link that is not a TAG), `tag-link` for `<a href='/tag/...'>`.
    """
    import html     # here: its entity table is a millisecond of every start-up, read for fragments
    builder = MapBuilder(text)
    traces: list[tuple[str, str, int, int]] = []
    counts = {"tags": 0, "entities": 0, "anchors": 0, "tag links": 0}
    at = 0
    for m in _MARKUP_RE.finditer(text):
        if m.start() < at:
            continue
        builder.copy(at, m.start())
        markup = m.group()
        if markup.startswith("&"):
            decoded = html.unescape(markup)
            builder.replace(decoded if decoded != markup else markup, m.start(), m.end())
            counts["entities"] += decoded != markup
            at = m.end()
            continue
        link = _LINK_RE.match(text, m.start())
        if link is not None:
            # the text stands for the whole link, so findings cover the link
            start = builder.length
            builder.replace(html.unescape(link.group("inner")), link.start(), link.end())
            kind = "tag-link" if _TAG_LINK_RE.search(link.group()) else "anchor"
            counts["tag links" if kind == "tag-link" else "anchors"] += 1
            traces.append((kind, link.group(), start, builder.length))
            at = link.end()
            continue
        counts["tags"] += 1
        if _LINE_BREAK_TAG_RE.fullmatch(markup):
            builder.replace("\n", m.start(), m.end())
        at = m.end()
    builder.copy(at, len(text))
    extracted, offsets = builder.build()
    steps = [Step("html_tags", {"count": counts["tags"]}),
             Step("html_links", {"anchors": counts["anchors"], "tag_links": counts["tag links"]}),
             Step("html_entities", {"count": counts["entities"]})]
    return extracted, offsets, traces, steps
