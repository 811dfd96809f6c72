"""Which source layout a cable file has: the container it came in (web page text, HTML, JSON, PDF).

Interim: the source layer (issue 9 §1) will recognise containers before parsing and own this
classification; until it lands, `cablelint stats` asks `detect_layout` and nothing else does.
"""

from __future__ import annotations

import re

from .document import Cable
from .parsing import FLAT_MAX_LINES
from .parsing.lines import WS, is_blank

#: Every layout name, in the order reports list them.
LAYOUTS = ("html-extract", "html-fragment", "json-record", "json-body", "pdf-text", "pdf-extract", "plain")

_HTML_RE = re.compile(r"<code><pre>|</pre></code>|<a (?:id|href)='|<br ?/?>", re.I)
_JSON_RECORD_RE = re.compile(r'\A\s*\{\s*"[^"\n]{1,40}"\s*:.*"body"\s*:', re.S)


def detect_layout(cable: Cable, crlf: bool = False) -> str:
    """The source layout of a parsed cable, read off its text and model.

    - json-record: a JSON object with a "body" field (a MongoDB export line);
    - html-fragment: HTML left in the text (`<code><pre>`, paragraph anchors, TAG links, `<br />`);
    - json-body: flattened text, line breaks lost upstream (the body field of a JSON export);
    - pdf-extract: a PDF's text layer (`¶` on a line of its own, one TAG per line);
    - pdf-text: PDF text converted by a third party, known by its CRLF line ends (a weak sign: the
      converter wrote Windows text; its de-spaced banners also occur on web pages);
    - html-extract: the text of a web page (header, banner, mirror metadata or partial-extract notice);
    - plain: none of these (no part of a cable's envelope was recognised).
    `crlf` says whether the file's bytes had CRLF line ends (decoding normalises them away).
    """
    head = cable.text[:4096]
    if _JSON_RECORD_RE.match(head):
        return "json-record"
    if _HTML_RE.search(head) or _HTML_RE.search(cable.text[-512:]):
        return "html-fragment"
    if cable.flattened or (_parts_on_one_line(cable) >= 3 and _non_blank_lines(cable) <= FLAT_MAX_LINES):
        return "json-body"
    if _pdf_extract(cable):
        return "pdf-extract"
    if crlf:
        return "pdf-text"
    if any(part is not None for part in (cable.header, cable.banner, cable.metadata, cable.partial_notice)):
        return "html-extract"
    return "plain"


def _parts_on_one_line(cable: Cable) -> int:
    """How many of banner, E.O., TAGS, SUBJECT and Classified By start on one line (each has its own
    line in a cable that kept its line breaks)."""
    parts = (cable.banner, cable.eo, cable.tags, cable.subject, cable.classified_by)
    starts = [part.raw.span.line for part in parts if part is not None]
    return max((starts.count(line) for line in starts), default=0)


def _non_blank_lines(cable: Cable) -> int:
    return sum(not is_blank(line) for line in cable.lines)


def _pdf_extract(cable: Cable) -> bool:
    """A pilcrow alone on its line before a paragraph number, or TAGS written one per line."""
    if any(line.strip(WS) == "¶" for line in cable.lines):
        return True
    tags = cable.tags.tags if cable.tags is not None else ()
    return len(tags) >= 2 and len({tag.span.line for tag in tags}) == len(tags)
