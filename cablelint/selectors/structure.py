"""Selectors of the cable's structure: header cross-checks, banner and reference id, captions, SUBJECT,
REF, summary markers, signature, and the traces web mirrors left (chrome, metadata, damage)."""

from __future__ import annotations

import datetime as dt
import re

from ..document import Cable, Span, Text
from ..eras import written_before
from ..parsing.lines import WS
from ..parsing.preamble import BANNER_RE
from ..parsing.stamps import EO_STAMP_RE
from .node import Node, head, one

PRECEDENCE_KEYWORDS = (("NIACT IMMEDIATE", "O"), ("IMMEDIATE", "O"), ("FLASH", "Z"), ("PRIORITY", "P"),
                       ("ROUTINE", "R"))
REFERENCE_ID_RE = re.compile(r"^\d{2}(?P<station>[A-Z]+?)0*(?P<serial>\d+)$")
#: Banner words and signals WikiLeaks swallowed into reference ids (cable-format.md 3, cablemap consts).
MALFORMED_ID_RE = re.compile(r"S?E?CTION\d+OF\d+|SCTION\d+OF\d+|EFTO|AMEMBASSY|AMCONSUL|NOFORN|TOSEC\d*|"
                             r"\d*ZFR\d*|\d*ZDK\d*|SUSPECTEDDUPLICATE\d*")
CAPTION_WORDS_RE = re.compile(r"^[A-Z][A-Z .&-]{1,40}$")     # no `/`: `WHA/CEN` is an office, not a caption
PASS_LINE_RE = re.compile(r"\b(?:FOR|PASS|TO|INFO|DEPT|DEPARTMENT|ALSO|PLEASE)\b")
REF_STATION_RE = re.compile(r"^(?:\[[^\]]*\]\([^)]*\)|¶?[A-Za-z][.)]|\([A-Za-z]\))?\s*(?:\d{2,4}\s+)?"
                            r"(?P<station>[A-Z][A-Z ]*?[A-Z])\s+0*\d{2,}\b(?![/-]\d)")
#: REF items that cite something other than a cable (`IIR 6 865 0123 08`, `OCTOBER 5 E-MAIL`, `UNSCR 1737`,
#: `OSC EUP 20061127123001`, `PARIS POINTS APRIL 10`);
#: a number that starts a date is no serial either (`LONDON DAILY 11/3/2009`, `MCWHIRTER 12/14/07`).
NOT_A_CABLE_RE = re.compile(r"^(?:IIR|DIA|CIA|FBIS|UNSCR|OSC(?: .*)?|(?:.* )?(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|"
                            r"APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|"
                            r"DEC(?:EMBER)?))$")
REF_ENUM_LETTER_RE = re.compile(r"([A-Za-z])[.)\]]*(?:\]\([^)]*\))?$")
#: A further REF item's enumerator inside a line, after a space, `;` or `,`: `D) 06 Reykjavik 364`.
#: A REF item's enumerator glued to its text (the parser takes none): `(B)SAO PAULO 10`, `(C )SAN JOSE`.
REF_GLUED_ENUM_RE = re.compile(r"\s*(?P<enum>\((?P<paren>[A-Za-z]) ?\)|(?P<bare>[A-Za-z])\))(?=[A-Z0-9])")
REF_LATER_ENUM_RE = re.compile(r"(?<![^\s;,])(?P<enum>\((?P<paren>[A-Za-z])\)|(?P<bare>[A-Za-z])[.)])(?=\s|$)")
NF_MARK_RE = re.compile(r"/{1,2}(?:NF|NOFORN)\b", re.I)


def _precedences(cable: Cable) -> list[Node]:
    """The precedence letter as the routing line, the DTG and the first TO addressee give it."""
    header = cable.header
    if header is None:
        return []
    nodes = []
    if header.routing is not None:
        nodes.append(Node(header.routing.value[0], header.routing.span))
    if header.dtg is not None and header.dtg.prosigns:
        nodes.append(Node(header.dtg.prosigns[0], header.dtg.raw.span))
    if header.action:
        first = header.action[0]
        letter = next((code for word, code in PRECEDENCE_KEYWORDS if re.search(rf"\b{word}\b", first.value)), None)
        if letter is not None and letter != "R":
            nodes.append(Node(letter, first.span))
    return nodes


def _de_date(cable: Cable) -> list[Node]:
    """The DE line's day of year as a date in the DTG's year (the next year across New Year)."""
    header = cable.header
    if header is None or header.de is None or header.de.day_of_year is None or header.dtg is None \
            or header.dtg.when is None:
        return []
    sent = header.dtg.when.date()
    try:
        date = dt.date(sent.year, 1, 1) + dt.timedelta(days=header.de.day_of_year - 1)
    except OverflowError:
        return []
    if (sent - date).days > 300:        # DTG on 31 December, DE on 1 January
        date = dt.date(sent.year + 1, 1, 1) + dt.timedelta(days=header.de.day_of_year - 1)
    elif (date - sent).days > 300:      # DE day 365 before a DTG in January
        date = dt.date(sent.year - 1, 1, 1) + dt.timedelta(days=header.de.day_of_year - 1)
    return [Node(date, header.de.raw.span)]


def _header_lines(cable: Cable) -> list[Node]:
    if cable.header is None:
        return []
    span = cable.header.span
    return [Node(cable.lines[i].strip(), Span(i + 1, 1, i + 1, len(cable.lines[i]) + 1))
            for i in range(span.line - 1, span.end_line) if cable.lines[i].strip()]


def _glued_to_banner(cable: Cable) -> list[Node]:
    """The banner right under the last header line, with no blank line between (seed 004 L33-34)."""
    if cable.header is None or cable.banner is None:
        return []
    line = cable.banner.raw.span.line
    if cable.header.span.end_line == line - 1:
        return [Node(cable.lines[line - 2].strip(), Span(line - 1, 1, line, cable.banner.raw.span.end_column))]
    return []


def _preamble_garbage(cable: Cable) -> list[Node]:
    """Text right above VZCZC that belongs elsewhere: `Cable Text:`, or the banner (09STATE119085)."""
    if cable.header is None or cable.header.transmission_id is None:
        return []
    for i in range(cable.header.span.line - 2, -1, -1):
        line = cable.lines[i].strip()
        if line:
            if line.startswith("Cable Text:") or BANNER_RE.match(line):
                return [Node(line, Span(i + 1, 1, i + 1, len(cable.lines[i]) + 1))]
            return []
    return []


def _reference_id(cable: Cable) -> Text | None:
    meta = cable.metadata
    return meta.reference_id if meta is not None and meta.reference_id is not None else None


def _id_match(cable: Cable) -> tuple[Text | None, re.Match | None]:
    ref = _reference_id(cable)
    return ref, (REFERENCE_ID_RE.match(ref.value) if ref is not None else None)


def _id_station_serial(cable: Cable) -> list[Node]:
    ref, m = _id_match(cable)
    return [Node(f"{m.group('station')}{int(m.group('serial'))}", ref.span)] if m else []


def _id_station(cable: Cable) -> list[Node]:
    ref, m = _id_match(cable)
    return [Node(m.group("station"), ref.span)] if m else []


def canonical_id(malformed: str) -> str:
    """The id without swallowed words and signals, its serial without leading zeros:
    `07OSLO000160ZDK164` -> `07OSLO160`, `08EFTOLONDON2883` -> `08LONDON2883`."""
    body = re.sub(r"(?:ZDK|ZFR|SUSPECTEDDUPLICATE)\d*$", "", malformed[2:])
    body = MALFORMED_ID_RE.sub("", body)
    m = re.match(r"^([A-Z]+?)0*(\d+)$", body)
    return malformed[:2] + (f"{m.group(1)}{m.group(2)}" if m else body)


def _malformed_id(cable: Cable) -> list[Node]:
    ref = _reference_id(cable)
    if ref is None or not MALFORMED_ID_RE.search(ref.value[2:]):
        return []
    return [Node(f"'{ref.value}' (perhaps '{canonical_id(ref.value)}')", ref.span)]


def _banner_station_serial(cable: Cable) -> list[Node]:
    banner = cable.banner
    if banner is None or not banner.station or not banner.serial:
        return []
    return [Node(f"{banner.station.replace(' ', '')}{int(banner.serial)}", banner.raw.span)]


def _caption_nodes(cable: Cable) -> list[Node]:
    """Caption lines keyed by the header block they stand in (a repeated block has its own)."""
    starts = [t.span.line for t in cable.repeated_banners]
    return [Node(c.value, c.span, key=(sum(1 for s in starts if s < c.span.line), c.value)) for c in cable.captions]


def _standalone_captions(cable: Cable) -> list[Node]:
    """Caption-zone lines shaped like a caption (short, capitals, after a blank line or the banner), not a
    `DEPT FOR ...` pass line nor the wrapped end of one (`MABDOO.` under `DEPT FOR WHA/CEN`)."""
    nodes = []
    for c in cable.captions:
        above = cable.lines[c.span.line - 2].strip() if c.span.line > 1 else ""
        after_break = not above or (cable.banner is not None and c.span.line - 1 == cable.banner.raw.span.line)
        if after_break and CAPTION_WORDS_RE.match(c.value) and len(c.value.split()) <= 4 \
                and not PASS_LINE_RE.search(c.value) and not c.value.endswith("."):
            nodes.append(Node(c.value, c.span))
    return nodes


def _corrected(cable: Cable) -> list[Node]:
    nodes = [Node(c.value, c.span) for c in cable.captions if re.match(r"C\s?O\s?R\s?R\s?E\s?C\s?T\s?E\s?D\b", c.value)]
    if cable.subject is not None and re.match(r"CORRECTED\s+COPY", cable.subject.text, re.I):
        nodes.append(Node(cable.subject.text[:40], cable.subject.raw.span))
    return nodes


def _subject_label_problem(cable: Cable) -> list[Node]:
    subject = cable.subject
    if subject is None:
        return []
    if subject.label.value == "SUBJ:" and written_before(cable, "12958"):
        return []       # a label telegrams used beside `SUBJECT:` before E.O. 12958 (7575LIBREVILLE1895)
    if subject.label.value != "SUBJECT:":
        return [Node(f"written '{subject.label.value}'; expected 'SUBJECT:'", subject.label.span)]
    if subject.label_alone:
        return [Node("alone on its line; the subject text should follow it", subject.label.span)]
    return []


def _title(cable: Cable) -> list[Node]:
    """The mirror's title, also when it is empty (seed 003 L4)."""
    meta = cable.metadata
    return [Node(meta.title.value, meta.title.span)] if meta is not None and meta.title is not None else []


def _ref_label(cable: Cable) -> list[Node]:
    refs = cable.refs
    if refs is None:
        return []
    line = cable.lines[refs.label.span.line - 1]
    after = line[refs.label.span.end_column - 1:].lstrip()
    value = refs.label.value + (":" if after.startswith(":") else "")
    return [Node(value, refs.label.span)]


def _ref_enumerators(cable: Cable) -> list[Node]:
    return [Node(item.enumerator.value, item.enumerator.span)
            for item in (cable.refs.items if cable.refs else ()) if item.enumerator is not None]


def _ref_letters(cable: Cable) -> list[Node]:
    """The letters of the REF items in order, with the items after the first on a line that go on
    with the letters (`C) 06 Reykjavik 359  D) 06 Reykjavik 364`, `REF: 09 STATE 96625; A. A)STATE 70789;
    B. B) SEOUL 1144`). Of a doubled enumerator the inner one counts when only it goes on with the
    letters (`¶B. C) MEXICO 2367` after A and B: the mirror's `¶B.` before the cable's C)."""
    nodes: list[Node] = []
    for item in cable.refs.items if cable.refs else ():
        text, span = item.text.value, item.text.span
        start = 0
        if item.enumerator is not None:
            start = item.enumerator.span.end_column - span.column
            m = REF_ENUM_LETTER_RE.search(item.enumerator.value.rstrip(".)"))
            inner = REF_LATER_ENUM_RE.match(text, len(text) - len(text[start:].lstrip(WS)))
            if m and m.group(1).upper() == _next_ref_letter(nodes):
                nodes.append(Node(m.group(1).upper(), item.enumerator.span))
            elif inner and _letter(inner) == _next_ref_letter(nodes):
                nodes.append(_letter_node(inner, span))
                start = inner.end()
            elif m:
                nodes.append(Node(m.group(1).upper(), item.enumerator.span))
        else:
            glued = REF_GLUED_ENUM_RE.match(text)
            if glued and _letter(glued) == _next_ref_letter(nodes):
                nodes.append(_letter_node(glued, span))
                start = glued.end()
        for later in REF_LATER_ENUM_RE.finditer(text, start):
            if later.end() < len(text.rstrip(WS)) and _letter(later) == _next_ref_letter(nodes):
                nodes.append(_letter_node(later, span))
    return nodes


def _next_ref_letter(letters: list[Node]) -> str:
    return chr(ord(letters[-1].value) + 1) if letters else "A"


def _letter(enumerator: re.Match) -> str:
    return (enumerator.group("paren") or enumerator.group("bare")).upper()


def _letter_node(enumerator: re.Match, line: Span) -> Node:
    column = line.column + enumerator.start("enum")
    end = column + len(enumerator.group("enum"))
    return Node(_letter(enumerator), Span(line.line, column, line.line, end))


def _ref_stations(cable: Cable) -> list[Node]:
    nodes = []
    for item in cable.refs.items if cable.refs else ():
        m = REF_STATION_RE.match(item.text.value)
        if m and not NOT_A_CABLE_RE.match(m.group("station")):     # `OSC EUP ...`, `POINTS JULY 15`: no cable
            nodes.append(Node(m.group("station").replace(" ", ""), item.text.span))
    return nodes


def _last_line(cable: Cable) -> list[Node]:
    for i in range(len(cable.lines) - 1, -1, -1):
        if cable.lines[i].strip():
            return [Node(cable.lines[i].strip(), Span(i + 1, 1, i + 1, len(cable.lines[i]) + 1))]
    return []


def _container(cable: Cable) -> list[Node]:
    container = cable.container
    if container is None or not container.reported:
        return []
    first = len(cable.lines[0]) if cable.lines else 0
    return [Node(f"{container.layout}: {'; '.join(container.steps)}", Span(1, 1, 1, first + 1))]


def _anchors(cable: Cable) -> list[Node]:
    """The first HTML link taken out of each line (a line may hold several)."""
    if cable.container is None:
        return []
    by_line: dict[int, Node] = {}
    for anchor in cable.container.anchors:
        by_line.setdefault(anchor.span.line, Node(anchor.value, anchor.span))
    return list(by_line.values())


def _leading_blank(cable: Cable) -> list[Node]:
    count = 0
    while count < len(cable.lines) and not cable.lines[count].strip():
        count += 1
    if not count or count == len(cable.lines):
        return []
    return [Node(count, Span(1, 1, count, len(cable.lines[count - 1]) + 1))]


def _case_damage(cable: Cable) -> list[Node]:
    """A banner rewritten in sentence case (`C o n f i d e n t i a l section 01 of 02 khartoum`)."""
    banner = cable.banner
    if banner is None or banner.written is None or banner.written.isupper():
        return []
    return [Node(banner.raw.value, banner.raw.span)]


def _created_hour(cable: Cable) -> list[Node]:
    meta = cable.metadata
    if meta is None or meta.created_at is None:
        return []
    return [Node(meta.created_at.strftime("%Y-%m-%d %H:00"), meta.created.span)]


def _dtg_hour(cable: Cable) -> list[Node]:
    dtg = cable.header.dtg if cable.header is not None else None
    return [Node(dtg.when.strftime("%Y-%m-%d %H:00"), dtg.raw.span)] if dtg is not None and dtg.when else []


def _noforn_caption(cable: Cable) -> list[Node]:
    return [Node(c.value, c.span) for c in cable.captions if re.search(r"\bNOFORN\b", c.value)]


def _noforn_marks(cable: Cable) -> list[Node]:
    return [Node(p.portion_mark.value, p.portion_mark.span) for p in cable.paragraphs
            if p.portion_mark is not None and NF_MARK_RE.search(p.portion_mark.value)]


def _metadata_contains(words: str):
    def nodes(cable: Cable) -> list[Node]:
        meta = cable.metadata
        if meta is None or meta.classification is None or words not in meta.classification.value.upper():
            return []
        return [Node(meta.classification.value, meta.classification.span)]
    return nodes


def _sensitive_caption(cable: Cable) -> list[Node]:
    return [Node(c.value, c.span) for c in cable.captions if re.match(r"(?:SENSITIVE|SBU)\b", c.value)]


def _run_ons(cable: Cable) -> list[Node]:
    """SUBJECT, REF and Classified By blocks that the next part runs into on the same line. In text that
    lost its line breaks everything runs on: that is the layout's one finding, not one per block."""
    if cable.flattened:
        return []
    parts = (("SUBJECT", cable.subject), ("REF", cable.refs), ("Classified By", cable.classified_by))
    return [Node(f"{name} runs on into {part.run_on}", part.raw.span) for name, part in parts
            if part is not None and part.run_on]


#: A comma for the apostrophe of a singular possessive (`Kazakhstan,s bid`): CL117's own pattern.
COMMA_APOSTROPHE_RE = re.compile(r"\b[A-Za-z]+,s\b")
#: ... and of a plural one: a name in the plural and a noun it owns (`the Liberal Democrats, position
#: that`, `the United States, view that`, `the Under Secretaries, visit has`). An ordinary comma is far more
#: common there (`the Kirchners, those that`, `the Frontier Corps, support a`), so only nouns that a cable's
#: parties own, not before an article (the noun read as a verb), and only in a cable with `X,s` damage.
PLURAL_POSSESSIVE_RE = re.compile(
    r"\b(?:the|The|their|its)[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?P<hit>[A-Z][a-z]+s, (?:position|view|views|visit|"
    r"plans?|objections|concerns|turn|decision|involvement|proposal|interests|efforts|policy|statement|"
    r"leadership|delegation|participation|intentions|commitment|stance|reaction|priorities|strategy)\b)"
    r"(?![ \t]+(?:a|an|the|their|his|her|its|our|this|these)\b)")


def _plural_possessives(cable: Cable) -> list[Node]:
    """Plural possessives written with a comma, in a cable whose conversion wrote `X,s` elsewhere."""
    if not COMMA_APOSTROPHE_RE.search(cable.text):
        return []
    return [Node(m.group("hit"), Span(i + 1, m.start("hit") + 1, i + 1, m.end("hit") + 1))
            for i, line in enumerate(cable.lines) if ", " in line for m in PLURAL_POSSESSIVE_RE.finditer(line)]


def _each(attribute: str):
    return lambda cable: [Node(t.value, t.span) for t in getattr(cable, attribute)]


def _below_header(cable: Cable) -> list[Node]:
    """The first text line below the transmission header (a file that holds the header alone, a PDF
    copy cut after the addressees, pdf-extract/00DAMASCUS3013, has none)."""
    below = cable.header.span.end_line if cable.header is not None else 0
    line = next((i for i in range(below, len(cable.lines)) if cable.lines[i].strip()), None)
    if line is None:
        return []
    return [Node(cable.lines[line].strip(), Span(line + 1, 1, line + 1, len(cable.lines[line]) + 1))]


def _body(cable: Cable) -> list[Node]:
    """The cable's text below its header parts: paragraph 1, else the first text line after the banner,
    E.O., TAGS, SUBJECT, REF and Classified By that is not the banner again (a mirror's preview of the
    header, 08STATE85663); none for a header snippet whose text is not there."""
    if cable.paragraphs:
        return [Node(cable.paragraphs[0].number, cable.paragraphs[0].span)]
    parts = (cable.banner, cable.eo, cable.tags, cable.subject, cable.refs, cable.classified_by)
    below = max((part.raw.span.end_line for part in parts if part is not None), default=0)
    line = next((i for i in range(below, len(cable.lines))   # the header again, run together, is no body
                 if cable.lines[i].strip() and not BANNER_RE.match(cable.lines[i])), None)
    if line is None:
        return []
    return [Node(cable.lines[line].strip(), Span(line + 1, 1, line + 1, len(cable.lines[line]) + 1))]


def _glued_page_breaks(cable: Cable) -> list[Node]:
    """Page-break text inside lines of the text, but not the one a SUBJECT runs on into (CL062 reports it)."""
    subject = cable.subject
    if subject is None or subject.run_on != "a page break":
        return _each("glued_page_breaks")(cable)
    lines = range(subject.raw.span.line, subject.raw.span.end_line + 1)
    return [Node(t.value, t.span) for t in cable.glued_page_breaks if t.span.line not in lines]


def _banner_section(cable: Cable) -> list[Node]:
    banner = cable.banner
    if banner is None or banner.section is None:
        return []
    return [Node(f"SECTION {banner.section} OF {banner.section_total}", banner.raw.span)]


STRUCTURE_SELECTORS = {
    "header.transmission_id": (lambda c: one(c.header and c.header.transmission_id and c.header.transmission_id.value,
                                             c.header and c.header.transmission_id and c.header.transmission_id.span),
                               "transmission id `VZCZCXRO7837`"),
    "header.routing": (lambda c: one(c.header and c.header.routing and c.header.routing.value,
                                     c.header and c.header.routing and c.header.routing.span), "routing line"),
    "header.precedences[]": (_precedences, "precedence letter of the routing line, the DTG and the TO keyword"),
    "header.de": (lambda c: one(c.header and c.header.de and c.header.de.raw.value,
                                c.header and c.header.de and c.header.de.raw.span), "the DE line"),
    "header.de.serial": (lambda c: one(c.header and c.header.de and c.header.de.serial,
                                       c.header and c.header.de and c.header.de.raw.span), "DE serial `0604`"),
    "header.de.date": (_de_date, "the DE line's day of year as a date"),
    "header.dtg.signals": (lambda c: one(c.header and c.header.dtg and c.header.dtg.signals,
                                         c.header and c.header.dtg and c.header.dtg.raw.span),
                           "operating signals after the DTG (`ZDK`)"),
    "header.dtg.hour": (_dtg_hour, "DTG date and hour, `2006-08-28 11:00`"),
    "header.originator": (lambda c: one(c.header and c.header.originator and c.header.originator.value,
                                        c.header and c.header.originator and c.header.originator.span), "FM line"),
    "header.action": (lambda c: [Node(t.value, t.span) for t in c.header.action[:1]] if c.header else [],
                      "first TO addressee"),
    "header.lines[]": (_header_lines, "every line of the header"),
    "header.glued_to_banner": (_glued_to_banner, "last header line directly above the banner"),
    "header.preamble_garbage": (_preamble_garbage, "text right above VZCZC that belongs elsewhere"),
    "banner.section": (_banner_section, "`SECTION 01 OF 03` as read"),
    "banner.serial4": (lambda c: one(c.banner and c.banner.serial and c.banner.serial[-4:].zfill(4),
                                     c.banner and c.banner.raw.span), "last four digits of the banner serial"),
    "banner.station_serial": (_banner_station_serial, "banner station and serial as in a reference id"),
    "case_damage": (_case_damage, "a banner rewritten in sentence case"),
    "plural_possessives[]": (_plural_possessives, "plural possessives written with a comma (`Democrats, position`)"),
    "repeated_banners[]": (_each("repeated_banners"), "the banner repeated before paragraph 1"),
    "captions[]": (_caption_nodes, "caption lines, grouped by header block"),
    "captions.standalone[]": (_standalone_captions, "caption-zone lines shaped like a caption"),
    "captions.corrected": (_corrected, "a corrected-copy caption or SUBJECT"),
    "body_captions[]": (lambda c: [Node(head(t.value), t.span) for t in c.body_captions],
                        "SIPDIS lines inside the text"),
    "noforn.caption": (_noforn_caption, "a NOFORN caption"),
    "noforn.marks": (_noforn_marks, "portion marks with NF"),
    "noforn.metadata": (_metadata_contains("NOFORN"), "mirror classification with //NOFORN"),
    "sbu.metadata": (_metadata_contains("FOR OFFICIAL USE ONLY"), "mirror classification //FOR OFFICIAL USE ONLY"),
    "sbu.caption": (_sensitive_caption, "a SENSITIVE / SBU caption"),
    "cable.unclassified": (lambda c: [Node("U", Span(1, 1, 1, 1))] if c.level == "U" else [], "an UNCLAS cable"),
    "subject.label_problem": (_subject_label_problem, "a SUBJECT label not written `SUBJECT: text`"),
    "subject.run_on": (lambda c: one(c.subject and c.subject.run_on, c.subject and c.subject.raw.span),
                       "what ran into the SUBJECT"),
    "run_ons[]": (_run_ons, "SUBJECT, REF or Classified By run into the next part on the same line"),
    "metadata.title": (_title, "the mirror's title, also when empty"),
    "metadata.layout": (lambda c: one(c.metadata and c.metadata.layout, c.metadata and c.metadata.span),
                        "labelled | values-only"),
    "metadata.created.hour": (_created_hour, "mirror Created date and hour"),
    "refs.label": (_ref_label, "REF label as written"),
    "refs.enumerators[]": (_ref_enumerators, "REF item enumerators"),
    "refs.letters[]": (_ref_letters, "REF enumerator letters"),
    "refs.stations[]": (_ref_stations, "stations of REF items, without spaces"),
    "summary_problems[]": (_each("summary_problems"), "broken summary markers"),
    "signature": (lambda c: one(c.signature and c.signature.value, c.signature and c.signature.span), "signature"),
    "last_line": (_last_line, "the last non-blank line"),
    "below_header": (_below_header, "the first text line below the transmission header"),
    "body": (_body, "paragraph 1, else the first text line below the header parts"),
    "chrome[]": (_each("chrome"), "web-mirror navigation lines"),
    "partial_notice": (lambda c: one(c.partial_notice and c.partial_notice.value,
                                     c.partial_notice and c.partial_notice.span), "partial-extract notice"),
    "source.leading_blank": (_leading_blank, "blank lines above the first text line"),
    "source.empty": (lambda c: [Node("empty", Span(1, 1, 1, 1))] if c.is_empty else [], "an empty file"),
    "source.container": (_container, "the container the cable was taken out of, with how (once per file)"),
    "source.anchors[]": (_anchors, "HTML links taken out of the text (paragraph anchors), one node per line"),
    "embedded[]": (_each("embedded"), "a second header or metadata block inside the text"),
    "dateline": (lambda c: one(c.dateline and c.dateline.value, c.dateline and c.dateline.span), "date line"),
    "damaged_dividers[]": (_each("damaged_dividers"), "split or cut section dividers"),
    "glued_page_breaks[]": (_glued_page_breaks, "page-break text inside a line of the text"),
    "declassification_stamps[]": (_each("declassification_stamps"), "an archive's declassification stamp"),
    "declassification_stamps.eo[]": (lambda c: [Node(t.value, t.span) for t in c.declassification_stamps
                                                if EO_STAMP_RE.match(t.value)],
                                     "a release stamp written in place of the E.O. line"),
    "reference_id": (lambda c: one(_reference_id(c) and _reference_id(c).value,
                                   _reference_id(c) and _reference_id(c).span), "the mirror's reference id"),
    "reference_id.station_serial": (_id_station_serial, "reference id station and serial"),
    "reference_id.station": (_id_station, "station of the reference id"),
    "reference_id.malformed": (_malformed_id, "a reference id with banner words swallowed"),
}
