"""The body: numbered paragraphs with their markers and portion marks, page breaks, split sentences, signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import PageBreak, Paragraph, Span, Split, Text
from .lines import WS, is_blank, line_text, match_text
from .stamps import is_stamp

#: A numbered paragraph's marker and portion mark, which a period may follow (`¶7. (C/NF). Leslie`),
#: a conversion may have spaced (`¶3. (C )  Bio information`, `¶11.  ( C ) Energy`, 10ROME87), a
#: drafter spelled out (`¶2.  (Secret/Rel Armenia)`), and a redaction may follow unspaced
#: (`(C)xxxx`, 09BAKU687; `(S)[Source removed]`, json-record/wl20101128-0077).
PARAGRAPH_RE = re.compile(
    r"^(?P<lead>[ \t\u00a0]*)(?P<open>\*\*\s*|\[\s*|<a\b[^>]*>(?=¶))?(?P<pilcrow>¶)?(?:</a>)?(?P<gap>[ \t]?)"
    r"(?P<number>\d{1,3})(?:\.\.?|(?P<paren>\))(?=[ \t\u00a0]*\()"   # `3..`: a doubled period
    r"|(?:,|(?=[ \t]{2}))(?=[ \t]*\([A-Z/]{1,8}\)))"   # `8, (C)`, `3  (C)`: the period lost
    r"(?P<close>\]\([^)]*\))?(?P<space>[ \t\u00a0]*)"
    r"(?:[(\[][ \t]?(?P<mark>(?:[A-Z]{1,4}|(?i:sbu|ts|u|c|s|secret|confidential|unclassified))"
    r"(?:/{1,2}[A-Za-z][A-Za-z ,/]{0,30})?)[ \t]?[)\]][.:,]?)?"
    r"(?P<after>\*\*)?(?=[ \t\u00a0]|$|[A-Z(\"]|(?<=[)\]])(?:x{4}|\[))")
PAGE_BREAK_RE = re.compile(
    r"^[ \t]*(?P<station>[A-Z][A-Za-z .]{0,11}?)[ \t]+(?P<serial>\d{8})[ \t]+(?P<page>\d{3}(?:\.\d)?)[ \t]+(?i:OF)[ \t]+"
    r"(?P<total>\d{3})[ \t\\]*$")
#: An old telegram's page header on a line of its own: `PAGE 02 RUEHFRA0170 S E C R E T`
#: (07PARIS170), `PAGE 02 HARARE 05461 01 OF 02 271458Z` (00HARARE5461), `PAGE 02  ROME  01725 ...`.
OLD_PAGE_HEADER_RE = re.compile(
    r"^[ \t]*PAGE[ \t]+\d{2}[ \t]+(?:R[A-Z]{3,6}\d{4}[ \t]+[A-Z][A-Z0-9 ]*"
    r"|[A-Z][A-Z .]{0,11}?[ \t]+\d{5}(?:[ \t]+\d{2} OF \d{2})?[ \t]+\d{6}Z"
    r"(?:[ \t]+ACTION[ \t]+[A-Z]+-\d+)?)[ \t]*$")
DIVIDER_RE = re.compile(r"^[\s\-_=*#]+$")
DIVIDER_CHARS = frozenset("-_=*#")
#: A numbered paragraph's marker has a digit or ¶ in its first characters.
PARAGRAPH_START_CHARS = frozenset("0123456789¶")
LIST_ITEM_RE = re.compile(r"^(--|-\s|-(?=[A-Z])|\*\s|\(\w{1,3}\)|[A-Za-z]\.\s|\d{1,2}[.)]\s|o\s)")
SENTENCE_END = ".!?:;"
#: Abbreviations that end a list entry whose period was lost (`et al`, `etc`): no sentence runs on.
LIST_ENTRY_END_RE = re.compile(r"\b(?:et al|etc)\.?$")
#: A line of a form or a list of entries: a short label and a colon (`Name: `, `E-mail: `,
#: `Contact information: `).
FIELD_LINE_RE = re.compile(r"[A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,2}:(?:[ \t]|$)")
#: A field of a list entry under the entry's name: `Chairman of the Board: ...` (06MEXICO6413).
ENTRY_FIELD_RE = re.compile(r"[A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,4}:[ \t]")
#: A line shorter than this ends a list item or a name, not a wrapped sentence (seed 003 L18-25).
MIN_WRAPPED = 40
#: A signature line: surnames in capitals (`ORDWAY`), or capitalised as SMART cables write them (`Beyrle`).
SIGNATURE_RE = re.compile(r"^(?:[A-Z][A-Z'\-]+(?:[ ]+[A-Z][A-Z'\-]+){0,3}|"
                          r"(?:(?:van|von|de|del|da|di|le|la) )?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z]+){0,2}|"
                          r"[A-Z][a-z]+ [A-Z][A-Z'\-]{2,})$")
#: The marker that closes a comment, a quoted text or a summary (`END TEXT`, `End comment`).
END_MARKER = r"end[ \t]+(?:of[ \t]+)?(?:comment|text|note|summary|quote|message)|unquote"
END_MARKER_LINE_RE = re.compile(r"(?i:" + END_MARKER + r")\b")
#: A signature at the end of the last sentence: `... minimize considered. CLINTON`, `... change.BURNS`,
#: `... from.” CLINTON`, after a redaction (`XXXXXXXXXXXX TUTTLE`), a rule of stars or an end marker with no
#: period (`END COMMENT THORNE`); SMART-case names (`McMullen`) only after a sentence's end or an end marker.
#: A surname in capitals (`TUTTLE`, `VAN VOORST`) or capitalised (`McMullen`, `Tuttle`).
SIGNER_NAME = (r"(?P<name>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]{2,})?"
               r"|(?:Mc|Mac|Le|De|O')?[A-Z][a-z]+(?:[A-Z][a-z]+)?)")
TRAILING_SIGNATURE_RE = re.compile(
    r"(?:(?P<sentence>(?:[a-z0-9)]|[A-Z]{2})[.!?][\"'”’)]?)(?P<glued>[ \t]*)|(?:[.!?][\"'”’)]?|[)*\]\"])[ \t]+|\"+"
    r"|X{4,}[ \t]*|(?P<marker>\b(?i:" + END_MARKER + r"|minimize[ \t]+considered)|GP-\d)[ \t]+)"
    + SIGNER_NAME + r"[ \t.]*$")
#: A surname in capitals ending text that has no period (`... Department of State CLINTON`,
#: `... Classified Email: xxxxxxxxxxxx CRETZ`, `... ARSO PENNINGTON PENNINGTON`); what precedes is checked
#: in code.
AFTER_TEXT_SIGNATURE_RE = re.compile(r"(?P<before>\S+)[ \t]+(?P<name>[A-Z][A-Z'\-]{2,})[ \t.]*$")
#: An office symbol (`EUR/NB`, `NEA/ELA`): the last word of a participant or drafter list.
OFFICE_SYMBOL_RE = re.compile(r"[A-Z]{2,5}(?:/[A-Z]{1,5})+")
#: `U.S.` before the last word: an abbreviation, not the end of a sentence.
ABBREVIATION_END_RE = re.compile(r"\b(?:[A-Z]\.){2,}[ \t]+\S+[ \t.]*$")
#: How far from the end of the last line a signature and what follows it are looked for.
SIGNATURE_REACH = 160
#: Capitalised lines that end a text but are no signature.
NOT_A_SIGNATURE = {"END", "TEXT", "SUMMARY", "COMMENT", "NOTE", "BEGIN", "QUOTE", "UNQUOTE", "ENDS", "CABLE",
                   "OF", "MESSAGE", "SIPDIS", "NOFORN", "SENSITIVE", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET"}
#: Lines a mirror or database export put after the signature: rules of `=`/`*`, lone quotes, `CABLE ENDS`.
#: What mirrors and database exports left after a signature: HTML tags, quotes, a date (`SOBEL 2008-01-08`,
#: `STEVENS 0 12/23/2007`, `STEVENS 0 12/23/2007 .`).
#: ... and the end of the transmission after it, `B T #0009 N -- END OF ERRORED MESSAGE --`
#: (json-record/iran-0000: `... THEIR WORK. BURNS B T #0009 N -- END OF ERRORED MESSAGE -- " }`).
HTML_TAIL_RE = re.compile(
    r"(?:[ \t]+B[ \t]?T[ \t]+#\d{4}(?:[ \t]+N)?(?:[ \t]+--[ \t]*END OF ERRORED MESSAGE[ \t]*--)?|"
    r"</?[a-z]+[^>]*>|[ \t]+[\"']|[ \t]+(?:0[ \t]+)?\d{1,4}[/-]\d{1,2}[/-]\d{2,4}(?:[ \t]+\.)?|[\"']|[ \t]*[,}]+)+\s*$")
#: A database record glued after the signature, with its date, number, TAGS, subject and summary:
#: `... End comment. STEVENS 0 03/13/2008 9871 PGOV,PREL,PHUM,PINR,LY DETAINED HUMAN RIGHTS ...`, or
#: on its own line below the signature (`... her personal life. SCOBEY` / `0 02/23/2009 7601 PGOV,...`,
#: 09CAIRO325).
GLUED_RECORD_RE = re.compile(r"(?:(?<![ \t])[ \t]+|^)0[ \t]+\d{1,2}/\d{1,2}/\d{4}[ \t]+\d+[ \t]+"
                             r"[A-Z]{2,6}(?:,[A-Z0-9]{2,6})+\b.*$")
#: How many lines at the end of a cable a glued record's summary may fill.
RECORD_REACH = 12
#: A post's pointer to its classified web site, which some exports put after the signature:
#: `Jeffrey` / `"Visit Ankara's Classified Web Site at http://www.intelink.s` / `gov.gov/wiki/Portal:Turkey"`
#: (10ANKARA294); the address may be redacted (`XXXXXXXXXXXX`) or wrapped, but no word follows it
#: (`Website: XXXXXXXXXXXXTUTTLE` ends in the signature, 08LONDON1972).
#: A flattened copy glues the signature to the address's last `/` (`.../p/eur/ankara/WILSON`,
#: json-body/07ANKARA1905): the address stops there (an atomic group, so it cannot take the name back).
SITE_TRAILER = (r"[ \t]*\"?Visit\b[^\"\n]{0,60}?(?i:Classified[ \t]+Web[ \t]?site)\b:?"
                r"(?:[ \t]+(?:at[ \t]+)?(?:https?://(?>\S*/(?=[A-Z][A-Z'\-]{2,}[ \t.]*$)|\S*)"
                r"|X{4,}(?![A-Za-z]))"
                r"(?:[ \t]+[a-z0-9][^ \t]*)*)?")
SITE_TRAILER_RE = re.compile(SITE_TRAILER + r"[ \t\"]*$")
#: The trailer above the signature, glued to it on one line (07LONDON519, json-body/09AMMAN813):
#: `Visit London’s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle`, or
#: to the address's last `/` (`.../p/eur/ankara/WILSON`).
SIGNED_SITE_TRAILER_RE = re.compile(SITE_TRAILER + r"(?:[ \t\"]+|(?<=/))" + SIGNER_NAME + r"[ \t.]*$")
#: The wrapped end of the site's address on the line after the trailer (`gov.gov/wiki/Portal:Turkey"`).
ADDRESS_END_RE = re.compile(r"^[^ \t]*[/.][^ \t]*$")
#: The credit of the newspaper that published a cable, under the signature (`ROOS` / `EPET @ EL PAÍS`,
#: 10TOKYO171, 05MADRID4026, 10CANBERRA93): mirror text, no signature.
PUBLISHER_CREDIT = r"[A-Z]{2,8} @ EL PA[IÍ]S"
#: An archive's line under the cable: its reference id and the classification (`HARDT` / `NNNN` /
#: `2005VATICA00467 - Classification: CONFIDENTIAL`, 01VATICAN3507, 02ROME1725): mirror text, no signature.
ARCHIVE_FOOTER = (r"\d{4}[A-Z]{3,8}\d{5} - Classification: [A-Z][A-Z /]*?[ \t\"]*"
                  r"(?:</?[a-z]+>)*")
#: The footer a database export put after each cable (`=====CABLE ENDS=====`, 08QUITO327): mirror chrome.
EXPORT_FOOTER_RE = re.compile(r"^(?:=+\s*CABLE ENDS?\s*=+|" + PUBLISHER_CREDIT + "|" + ARCHIVE_FOOTER
                              + r")$")
END_JUNK_RE = re.compile(r"^(?:[\W_]+|=*\s*CABLE ENDS?\s*=*|(?i:end\s+(?:of\s+)?cable(?:\s+text)?\.?)|"
                         + PUBLISHER_CREDIT + "|" + ARCHIVE_FOOTER + r")$")
#: What old cables carry after the signature: the classification printed at the page foot (the bottom
#: banner, `SECRET NOFORN` too), and the stamp of the State Department's systematic declassification
#: review (wrapped over two lines in some copies).
ERA_TAIL_RE = re.compile(r"^(?:(?:UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET)(?:[ /]+NOFORN)?|"
                         r"Declassified/Released US Department of State EO(?: Systematic Review.*)?|"
                         r"Systematic Review \d{1,2} [A-Z]{3} \d{4})(?:</?[a-z]+>)*$")
#: The bottom banner at the end of a flattened cable's one line, after the signature.
FLAT_BOTTOM_BANNER_RE = re.compile(r"(?<=[A-Z.])[ \t]{2,}(?:UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET)"
                                   r"(?:[ /]+NOFORN)?[ \t]*$")
#: A UN resolution's preambular clause opens with a participle: `Recalling`, `Expressing`, `Taking note`.
PREAMBULAR_CLAUSE_RE = re.compile(r"[A-Z][a-z]+ing\b")
_SMALL_WORDS = {"and", "of", "the", "in", "on", "for", "to", "a", "an", "with", "by", "at", "vs", "or", "from"}


def is_paragraph_start(lines: tuple[str, ...], i: int, paren: bool = True) -> re.Match | None:
    """The marker match if line i opens a numbered paragraph: `¶N.` anywhere, a bare `N.` only after a
    blank line, page break or divider (a wrapped line may start with a number); `N) (C)` like `N. (C)`
    unless `paren` is false."""
    line = lines[i]
    if not PARAGRAPH_START_CHARS.intersection(line[:12]):   # cheap test before the regex
        return None
    m = PARAGRAPH_RE.match(line)
    if not m or (m.group("paren") and not (paren and m.group("mark"))):
        return None      # `3)` opens a paragraph only with its mark (`5) (SBU) ...`); else it is a list item
    if m.group("pilcrow") or m.group("mark"):
        return m      # `¶` or a portion mark is a marker of its own: early mirrors have no blank line before it
    if i > 0 and not (is_blank(lines[i - 1]) or PAGE_BREAK_RE.match(lines[i - 1]) or DIVIDER_RE.match(lines[i - 1])):
        return None
    return m


@dataclass(frozen=True, slots=True)
class Body:
    """The text below the preamble: its paragraphs, page breaks, sentences cut by a blank line, and
    signature."""

    paragraphs: tuple[Paragraph, ...]
    page_breaks: tuple[PageBreak, ...]
    splits: tuple[Split, ...]
    signature: Text | None


def parse_body(lines: tuple[str, ...], start: int) -> Body:
    """Paragraphs, page breaks, splits and signature of lines[start:]. `N) (C)` markers count only in a
    cable that has no `N.` markers: beside them they number questions inside a paragraph (09STATE6423)."""
    body = _parse_body(lines, start, paren=True)
    styles = {lines[p.number_text.span.line - 1][p.number_text.span.end_column - 1]   # `.` or `)`
              for p in body.paragraphs}
    return _parse_body(lines, start, paren=False) if len(styles) == 2 else body


def _parse_body(lines: tuple[str, ...], start: int, paren: bool) -> Body:
    paragraphs, page_breaks, splits = [], [], []
    open_paragraph = None      # (match, first line index, last text line index)
    last_text = None           # index of the last text line seen inside a paragraph, before blank lines
    gap_since_text = False
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip(WS):      # is_blank, inlined: this loop sees every line of the body
            gap_since_text = last_text is not None
            continue
        pb = PAGE_BREAK_RE.match(line) if " OF " in line.upper() else None
        if pb:
            page_breaks.append(_page_break(lines, i, pb))
            last_text = None
            continue
        if line.lstrip(WS).startswith("PAGE") and OLD_PAGE_HEADER_RE.match(line):
            last_text = None    # the text goes on after the page header: no sentence is cut there
            continue
        marker = is_paragraph_start(lines, i, paren)
        if marker:
            if open_paragraph:
                paragraphs.append(_paragraph(lines, *open_paragraph))
            open_paragraph = [marker, i, i]
            last_text, gap_since_text = i, False
            continue
        if gap_since_text and open_paragraph and _continues_sentence(lines, last_text, i):
            splits.append(Split(before=line_text(lines, last_text), after=line_text(lines, i)))
        if open_paragraph and not _is_heading_or_divider(lines, i):
            open_paragraph[2] = i
            last_text = i
        else:
            last_text = None
        gap_since_text = False
    if open_paragraph:
        paragraphs.append(_paragraph(lines, *open_paragraph))
    return Body(tuple(paragraphs), tuple(page_breaks), tuple(splits), signature(lines))


def _paragraph(lines: tuple[str, ...], m: re.Match, first: int, last: int) -> Paragraph:
    end = line_text(lines, last)
    marker_end = m.end("close") if m.group("close") else m.end("number") + 1
    marker = Text(lines[first][m.end("lead"):marker_end], Span(first + 1, m.end("lead") + 1, first + 1, marker_end + 1))
    mark = match_text(first, m, "mark") if m.group("mark") else None
    return Paragraph(
        span=Span(first + 1, m.end("lead") + 1, end.span.end_line, end.span.end_column),
        marker=marker, number=int(m.group("number")), number_text=match_text(first, m, "number"),
        pilcrow=bool(m.group("pilcrow")), space_after_pilcrow=bool(m.group("pilcrow") and m.group("gap")),
        space_before_mark=bool(m.group("space")) or not m.group("mark"),
        markup=bool(m.group("open") or m.group("close") or m.group("after")), portion_mark=mark)


def _page_break(lines: tuple[str, ...], i: int, m: re.Match) -> PageBreak:
    return _page_break_of(line_text(lines, i), m)


def _page_break_of(raw: Text, m: re.Match) -> PageBreak:
    return PageBreak(raw=raw, station=" ".join(m.group("station").split()), serial=m.group("serial"),
                     page=m.group("page"), total=m.group("total"))


def glued_page_break(text: Text) -> PageBreak | None:
    """The page break that a page-break text found inside a line of the text stands for."""
    m = PAGE_BREAK_RE.match(text.value)
    return _page_break_of(text, m) if m else None


def _continues_sentence(lines: tuple[str, ...], before: int | None, after: int) -> bool:
    """True when a blank line separates two halves of one sentence."""
    if before is None:
        return False
    head = lines[before].rstrip(WS + "*")
    tail = lines[after].strip(WS)
    if len(head.strip(WS)) < MIN_WRAPPED or head[-1] in SENTENCE_END or head.endswith(('."', ".'", '?"', ".)", '"')):
        return False
    if LIST_ENTRY_END_RE.search(head):
        return False    # `..., Barros V. R., et al` ends an entry of a list (a bibliography, 08STATE93970)
    if tail == "SIPDIS":
        return False    # the blank line came with the caption cut into the sentence (CL032)
    if END_MARKER_LINE_RE.match(tail):
        return False    # `... (Complimentary closing)` / blank / `End text` (09STATE50240)
    last_word = head.split()[-1]
    # A capitalised continuation after a comma, an article or a preposition is cut too (`... TO SOUND OUT THE` /
    # blank / `IRANIANS ...`, `... Hong Kong, Singapore,` / blank / `Malaysia, ...`), except a UN resolution's
    # next preambular clause (`... by the African Union,` / blank / `Recalling that ...`, 08STATE81508).
    cut_before_capital = last_word.lower() in _SMALL_WORDS or (
        last_word.endswith(",") and not PREAMBULAR_CLAUSE_RE.match(tail))
    if not (tail[:1].islower() or last_word.islower() or cut_before_capital):
        return False    # two capitalised ends: a list of names or titles, not a cut sentence
    if LIST_ITEM_RE.match(tail) or DIVIDER_RE.match(tail) or tail.startswith(("#", "*", "[", "¶")):
        return False
    above = (lines[k].strip(WS) for k in range(max(0, before - 3), before + 1))
    if FIELD_LINE_RE.match(tail) and any(FIELD_LINE_RE.match(line) for line in above):
        return False    # entries of a form (`E-mail: ...` / blank / `Name: ...`, 07REYKJAVIK22)
    if FIELD_LINE_RE.match(head.strip(WS)) and tail[:1].isupper() and _opens_entry(lines, after):
        return False    # `Market share: 56% of ...` / blank / `TV Azteca` / `Chairman and CEO: ...` (06MEXICO6413)
    return not _is_heading_or_divider(lines, after) and not _is_heading_or_divider(lines, before)


def _opens_entry(lines: tuple[str, ...], i: int) -> bool:
    """Line i names an entry of a list whose fields follow it: the next line is a `Label: value` line."""
    below = lines[i + 1].strip(WS) if i + 1 < len(lines) else ""
    return bool(ENTRY_FIELD_RE.match(below))


def _is_heading_or_divider(lines: tuple[str, ...], i: int) -> bool:
    line = lines[i].strip(WS)
    if line[:1] in DIVIDER_CHARS and DIVIDER_RE.match(line):
        return True
    below = lines[i + 1].strip(WS) if i + 1 < len(lines) else ""
    if below[:1] in DIVIDER_CHARS and below and DIVIDER_RE.match(below):
        return True     # underlined: a heading whatever its punctuation (04BRUSSELS1868)
    above = lines[i - 1].strip(WS) if i > 0 else ""
    single = (not above or (above[:1] in DIVIDER_CHARS and DIVIDER_RE.match(above))) and not below
    return bool(single and looks_like_heading(line))


def looks_like_heading(line: str) -> bool:
    """A short line in capitals or title case with no closing punctuation."""
    line = line.strip(WS + "#*-_=")
    if not line or len(line) > 80 or line[-1] in SENTENCE_END or PARAGRAPH_RE.match(line):
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", line) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def _without_tail(value: str) -> str:
    """A last line without what exports put after the signature (looked for near its end only, but a
    glued database record is cut wherever it starts), and without the bottom banner that a flattened
    old cable has after it (`LAINGEN  CONFIDENTIAL`)."""
    value = SITE_TRAILER_RE.sub("", GLUED_RECORD_RE.sub("", value), count=1)
    cut = max(0, len(value) - SIGNATURE_REACH)
    return value[:cut] + FLAT_BOTTOM_BANNER_RE.sub("", HTML_TAIL_RE.sub("", value[cut:]))


def signature(lines: tuple[str, ...]) -> Text | None:
    """The signature: the last text line (after any end-of-cable rule or bottom banner), or the surname
    ending it; a signature written twice (`CRETZ  CRETZ`, or the same last line twice) keeps both names."""
    last = _last_text_line(lines, len(lines))
    if last is None:
        return None
    last = _glued_record_start(lines, last)
    last = None if last is None else _before_site_trailer(lines, last)
    if last is None:
        return None
    name = _signature_on(line_text(lines, last))
    previous = _last_text_line(lines, last)
    if name is None or previous is None or lines[previous].strip(WS) != lines[last].strip(WS):
        return name
    first = _signature_on(line_text(lines, previous))
    return Text(f"{first.value} {name.value}", Span(first.span.line, first.span.column, name.span.end_line,
                                                     name.span.end_column))


def _glued_record_start(lines: tuple[str, ...], last: int) -> int | None:
    """The line where a database record glued after the signature starts (its summary may run over the
    next lines, 07TRIPOLI1065), the last text line above a record that starts its own line, or `last`
    when the last lines hold none."""
    for i in range(last, max(-1, last - RECORD_REACH), -1):
        if m := GLUED_RECORD_RE.search(lines[i]):
            return i if lines[i][:m.start()].strip(WS) else _last_text_line(lines, i)
    return last


def footer_chrome(lines: tuple[str, ...]) -> tuple[Text, ...]:
    """The export footers after the cable's last text line."""
    last = _last_text_line(lines, len(lines))
    return tuple(line_text(lines, i) for i in range(0 if last is None else last + 1, len(lines))
                 if EXPORT_FOOTER_RE.match(lines[i].strip(WS)))


def _before_site_trailer(lines: tuple[str, ...], last: int) -> int | None:
    """The last text line above a classified-web-site trailer that ends the text (on its line, or on
    two when the address wraps), or `last` when the text ends otherwise."""
    previous = _last_text_line(lines, last)
    if previous is not None and ADDRESS_END_RE.match(lines[last].strip(WS)) \
            and SITE_TRAILER_RE.match(lines[previous]):
        return _last_text_line(lines, previous)
    return _last_text_line(lines, last) if SITE_TRAILER_RE.match(lines[last]) else last


def _last_text_line(lines: tuple[str, ...], before: int) -> int | None:
    """Index of the last line before `before` that is neither blank, end-of-cable junk, an era tail nor an
    archive's declassification stamp."""
    for i in range(before - 1, -1, -1):
        stripped = lines[i].strip(WS)
        if stripped and not END_JUNK_RE.match(stripped) and not ERA_TAIL_RE.match(stripped) \
                and not is_stamp(lines[i]):
            return i
    return None


def _signature_on(text: Text) -> Text | None:
    """The signature on one line: the whole line, or the surname ending its text."""
    value = _without_tail(text.value)
    name = value.rstrip(" .\\")        # `BLAKE.`, `URBAN \`, `VAN VOORST</pre>`
    if SIGNATURE_RE.match(name) and not NOT_A_SIGNATURE.intersection(name.upper().split()):
        return Text(name, Span(text.span.line, text.span.column, text.span.line, text.span.column + len(name)))
    value = value.rstrip(WS)
    near_end = max(0, len(value) - SIGNATURE_REACH)     # a flattened cable is one long line
    m = TRAILING_SIGNATURE_RE.search(value, near_end)
    if m and _is_trailing_signature(m) and not ABBREVIATION_END_RE.search(value, near_end):
        return _name_at(text, m)
    m = AFTER_TEXT_SIGNATURE_RE.search(value, near_end)
    if m and _signs_after_text(m):
        doubled = m.group("before") == m.group("name")
        return _name_at(text, m, "before" if doubled else "name")
    m = SIGNED_SITE_TRAILER_RE.search(value, near_end)
    return _name_at(text, m) if m and m.group("name").upper() not in NOT_A_SIGNATURE else None


def _is_trailing_signature(m: re.Match) -> bool:
    name = m.group("name")
    if NOT_A_SIGNATURE.intersection(name.upper().split()) or (len(name) < 3 and not m.group("marker")):
        return False
    if m.group("sentence") and not m.group("glued"):
        return name.isupper() and len(name) > 3       # `change.BURNS`; `U.S.Embassy` is no signature
    return name.isupper() or bool(m.group("sentence") or m.group("marker")) or "XXXX" in m.group()


def _signs_after_text(m: re.Match) -> bool:
    """A surname of four letters or more after a word of text: not after a small word (`with the IAEA`),
    a label (`Inbox: TRANS`), quoted code (`ORDER BY `date` ASC`) or a run of codes (`PREL PINR`); an
    office symbol is no such code (`... e-PINE Coordinator, EUR/NB RICE`, 08STATE114173)."""
    before, name = m.group("before"), m.group("name")
    if len(name) < 4 or name in NOT_A_SIGNATURE or before.lower() in _SMALL_WORDS or before[-1] in ":`":
        return False
    return before == name or not before.isupper() or OFFICE_SYMBOL_RE.fullmatch(before) is not None


def _name_at(text: Text, m: re.Match, first: str = "name") -> Text:
    """The signature Text from group `first` to the end of the name group."""
    value = text.value[m.start(first):m.end("name")]
    column = text.span.column + m.start(first)
    return Text(value, Span(text.span.line, column, text.span.line, column + len(value)))
