"""The signature: the last text line, or the surname ending it, with what mirrors and exports put
after it cut off."""

from __future__ import annotations

import re

from ..dating import CSV_RECORD_RE
from ..document import Span, Text, joined
from .footers import EXPORT_FOOTER_RE, last_text_line
from .headings import SMALL_WORDS
from .lines import BRACKETED_REDACTION, WS, last_non_blank, line_text
from .splits import END_MARKER

#: A signature line: surnames in capitals (`ORDWAY`, `McCORMICK`, 08WELLINGTON414), or capitalised
#: as SMART cables write them (`Beyrle`).
SIGNATURE_RE = re.compile(r"^(?:(?:Ma?c)?[A-Z][A-Z'\-]+(?:[ ]+[A-Z][A-Z'\-]+){0,3}|"
                          r"(?:(?:van|von|de|del|da|di|le|la) )?[A-Z][a-z]+(?:[A-Z][a-z]+)?"
                          r"(?:[ -][A-Z][a-z]+){0,2}|"
                          r"[A-Z][a-z]+ [A-Z][A-Z'\-]{2,})$")
#: A signature at the end of the last sentence: `... minimize considered. CLINTON`, `...
#: change.BURNS`, `... from.” CLINTON`, after a redaction (`XXXXXXXXXXXX TUTTLE`), a rule of stars
#: or an end marker with no period (`END COMMENT THORNE`); SMART-case names (`McMullen`) only after
#: a sentence's end or an end marker. A surname in capitals (`TUTTLE`, `VAN VOORST`) or capitalised
#: (`McMullen`, `Tuttle`).
SIGNER_NAME = (r"(?P<name>(?:Ma?c)?[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]{2,})?"
               r"|(?:Mc|Mac|Le|De|O')?[A-Z][a-z]+(?:[A-Z][a-z]+)?)")
TRAILING_SIGNATURE_RE = re.compile(
    r"(?:(?P<sentence>(?:[a-z0-9)]|[A-Z]{2})[.!?][\"'”’)]?)(?P<glued>[ \t]*)|"
    r"(?:[.!?][\"'”’)]?|"
    r"[)*\]\"])[ \t]+|\"+"
    r"|X{4,}[ \t]*|(?P<marker>\b(?i:" + END_MARKER + r"|minimize[ \t]+considered)|GP-\d)[ \t]+)"
    + SIGNER_NAME + r"[ \t.]*$")
#: A surname in capitals ending text that has no period (`... Department of State CLINTON`,
#: `... Classified Email: xxxxxxxxxxxx CRETZ`, `... ARSO PENNINGTON PENNINGTON`); what precedes is
#: checked in code.
AFTER_TEXT_SIGNATURE_RE = re.compile(r"(?P<before>\S+)[ \t]+(?P<name>[A-Z][A-Z'\-]{2,})[ \t.]*$")
#: A surname in capitals, then the same name as SMART cables write it (`... cleared by ASD
#: Vershbow. SCOBEY Scobey`, html-extract/09CAIRO2133): a signature written twice.
SMART_CASE_REPEAT_RE = re.compile(r"(?<=[ \t])(?P<name>[A-Z][A-Z'\-]{2,})[ \t]+"
                                  r"(?P<again>[A-Z][a-z'\-]{2,})[ \t.]*$")
#: The end of a text that the publisher withheld (`... Comment: [DETAILS REMOVED]`,
#: json-body/08RPODUBAI49): the signature may have gone with it. A run of X there is a redacted
#: address or name (`Classified Website: XXXXXXXXXXXX`), not the text's end.
WITHHELD_END_RE = re.compile(BRACKETED_REDACTION + r"[ \t.\"'}]*$")
#: An office symbol (`EUR/NB`, `NEA/ELA`): the last word of a participant or drafter list.
OFFICE_SYMBOL_RE = re.compile(r"[A-Z]{2,5}(?:/[A-Z]{1,5})+")
#: `U.S.` before the last word: an abbreviation, not the end of a sentence.
ABBREVIATION_END_RE = re.compile(r"\b(?:[A-Z]\.){2,}[ \t]+\S+[ \t.]*$")
#: Words in capitals that follow `U.S.` in a sentence (`... to the U.S. EMBASSY`): no surname.
US_INSTITUTIONS = frozenset({"EMBASSY", "EMBASSIES", "GOVERNMENT", "MISSION", "CONSULATE", "ARMY",
                             "NAVY", "MILITARY", "CONGRESS", "SENATE", "DELEGATION", "FORCES",
                             "ADMINISTRATION", "TEAM", "SIDE", "OFFICIALS", "POSITION", "POLICY"})
#: How far from the end of the last line a signature and what follows it are looked for.
SIGNATURE_REACH = 160
#: Capitalised lines that end a text but are no signature.
NOT_A_SIGNATURE = {"END", "TEXT", "SUMMARY", "COMMENT", "NOTE", "BEGIN", "QUOTE", "UNQUOTE",
                   "ENDS", "CABLE", "OF", "MESSAGE", "SIPDIS", "NOFORN", "SENSITIVE",
                   "UNCLASSIFIED", "CONFIDENTIAL", "SECRET"}
#: Lines a mirror or database export put after the signature: rules of `=`/`*`, lone quotes, `CABLE
#: ENDS`. What mirrors and database exports left after a signature: HTML tags, quotes, a date
#: (`SOBEL 2008-01-08`, `STEVENS 0 12/23/2007`, `STEVENS 0 12/23/2007 .`). ... and the end of the
#: transmission after it, `B T #0009 N -- END OF ERRORED MESSAGE --` (json-record/iran-0000: `...
#: THEIR WORK. BURNS B T #0009 N -- END OF ERRORED MESSAGE -- " }`).
HTML_TAIL_RE = re.compile(
    r"(?:[ \t]+B[ \t]?T[ \t]+#\d{4}(?:[ \t]+N)?(?:[ \t]+--[ \t]*END OF ERRORED MESSAGE[ \t]*--)?|"
    r"</?[a-z]+[^>]*>|[ \t]+[\"']|[ \t]+(?:0[ \t]+)?\d{1,4}[/-]\d{1,2}[/-]\d{2,4}(?:[ \t]+\.)?|"
    r"[\"']|[ \t]*[,}]+)+\s*$")
#: A database record glued after the signature, with its date, number, TAGS, subject and summary:
#: `... End comment. STEVENS 0 03/13/2008 9871 PGOV,PREL,PHUM,PINR,LY DETAINED HUMAN RIGHTS ...`, or
#: on its own line below the signature (`... her personal life. SCOBEY` / `0 02/23/2009 7601
#: PGOV,...`, 09CAIRO325).
_RECORD_AFTER_ZERO = r"[ \t]+\d{1,2}/\d{1,2}/\d{4}[ \t]+\d+[ \t]+[A-Z]{2,6}(?:,[A-Z0-9]{2,6})+\b"
GLUED_RECORD_RE = re.compile(r"(?:(?<![ \t])[ \t]+|^)0" + _RECORD_AFTER_ZERO + r".*$")
#: The same record found from its `0` at a line's start or after a space (a search that starts at
#: a literal: the one above tries the space run at every position of the cable's last lines).
GLUED_RECORD_ZERO_RE = re.compile(r"0(?<![^ \t]0)" + _RECORD_AFTER_ZERO)
#: The end of the transmission, `NNNN` or a handling system's `End Cable Text`, after the signature
#: on its line or on one of its own; a post's receipt record or an archive's footer may follow
#: (`... commitments.  MULFORD  NNNN  End Cable Text  Myrta Browne 01/04/2005 ...`,
#: json-record/delhi-0060; `HALL NNNN 2004ROME02926 - Classification: CONFIDENTIAL`, 04ROME2926;
#: `MURRAY` / `End Cable Text` / `Zenaida X Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS`,
#: 10BRUSSELS183).
TRANSMISSION_END_RE = re.compile(r"(?:^|(?<=[ \t]))(?:NNNN|End Cable Text)(?=[ \t]|$)")
#: How many lines at the end of a cable the end of transmission may stand above.
TRANSMISSION_END_REACH = 40
#: How many lines at the end of a cable a glued record's summary may fill.
RECORD_REACH = 12
#: A post's pointer to its classified web site, which some exports put after the signature:
#: `Jeffrey` / `"Visit Ankara's Classified Web Site at http://www.intelink.s` /
#: `gov.gov/wiki/Portal:Turkey"` (10ANKARA294; in curly quotes, 09ANKARA1549); the address may
#: be redacted (`XXXXXXXXXXXX`) or wrapped, but no word follows it (`Website: XXXXXXXXXXXXTUTTLE`
#: ends in the signature, 08LONDON1972). A flattened copy glues the signature to the address's
#: last `/` (`.../p/eur/ankara/WILSON`, json-body/07ANKARA1905): the address stops there (a
#: lookahead and its backreference, as an atomic group that Python 3.10 lacks, so it cannot take
#: the name back).
SITE_TRAILER = (r"[ \t]*[\"\u201c]?Visit\b[^\"\u201c\u201d\n]{0,60}?"
                r"(?i:Classified[ \t]+Web[ \t]?site)\b:?"
                r"(?:[ \t]+(?:at[ \t]+)?(?:https?://"
                r"(?=(?P<address>\S*/(?=[A-Z][A-Z'\-]{2,}[ \t.]*$)|\S*))(?P=address)"
                r"|X{4,}(?![A-Za-z]))"
                r"(?:[ \t]+[a-z0-9][^ \t]*)*)?")
SITE_TRAILER_RE = re.compile(SITE_TRAILER + r"[ \t\"\u201d]*$")
#: The trailer above the signature, glued to it on one line (07LONDON519, json-body/09AMMAN813):
#: `Visit London’s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle`,
#: or to the address's last `/` (`.../p/eur/ankara/WILSON`).
SIGNED_SITE_TRAILER_RE = re.compile(SITE_TRAILER + r"(?:[ \t\"]+|(?<=/))" + SIGNER_NAME
                                    + r"[ \t.]*$")
#: The wrapped end of the site's address on the line after the trailer
#: (`gov.gov/wiki/Portal:Turkey"`).
ADDRESS_END_RE = re.compile(r"^[^ \t]*[/.][^ \t]*$")
#: The bottom banner at the end of a flattened cable's one line, after the signature; with one
#: space when a stray `>` closes it (`MCDONALD CONFIDENTIAL >`, html-fragment/00HARARE6677).
BOTTOM_BANNER = r"(?:UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET)(?:[ /]+NOFORN)?"
FLAT_BOTTOM_BANNER_RE = re.compile(r"(?<=[A-Z.])(?:[ \t]{2,}" + BOTTOM_BANNER + r"|[ \t]+"
                                   + BOTTOM_BANNER + r"[ \t]*>)[ \t]*$")
#: A mirror's teaser under the signature: a window of a header line, cut mid-word, with an ellipsis
#: (`PURNELL` / `LL, FOR REASONS 1.4 (B, D)...` of the Classified By, 05TASHKENT2473; `TRIVELLI` /
#: `DANIEL ORTEGA AN...` of the SUBJECT, 06MANAGUA1002).
CLIPPED_TEASER_RE = re.compile(r"^(?P<window>\S.{3,}?)[ \t]*(?:\.{3}|\u2026)$")
#: How many text lines a site's clipped teaser below the export's footer may take.
TEASER_LINES = 3


#: A line of text cut off mid-word with an ellipsis glued to the cut (not `CHACON ...`, a name
#: the drafter wrote with one, 09MADRID673).
CLIPPED_AFTER_TEXT_RE = re.compile(r"\S[ \t]+\S*\w(?:\.{3}|\u2026)[ \t]*$")


def _without_tail(value: str) -> str:
    """A last line without what exports put after the signature (looked for near its end only, but a
    glued database record is cut wherever it starts), and without the bottom banner that a flattened
    old cable has after it (`LAINGEN  CONFIDENTIAL`)."""
    value = SITE_TRAILER_RE.sub("", GLUED_RECORD_RE.sub("", value), count=1)
    cut = max(0, len(value) - SIGNATURE_REACH)
    return value[:cut] + FLAT_BOTTOM_BANNER_RE.sub("", HTML_TAIL_RE.sub("", value[cut:]))


def withheld_end(lines: tuple[str, ...]) -> bool:
    """The last line ends in a bracketed redaction (`[DETAILS REMOVED]`)."""
    last = last_non_blank(lines)
    return last is not None and WITHHELD_END_RE.search(lines[last].strip()) is not None


def signature(lines: tuple[str, ...]) -> Text | None:
    """The signature: the last text line (after any end-of-cable rule or bottom banner), or the
    surname ending it; a signature written twice (`CRETZ  CRETZ`, or the same last line twice) keeps
    both names."""
    last = last_text_line(lines, len(lines))
    if last is None:
        return None
    end = _transmission_end(lines, last)
    if end is not None:
        index, column = end
        before = lines[index][:column].rstrip(WS)
        if before.strip(WS):        # `MULFORD  NNNN ...`: the signature ends the text before it
            return _signature_on(line_text((*lines[:index], before), index))
        last = last_text_line(lines, index)
        if last is None:
            return None
    signed = _signed_above_csv_row(lines, last)
    if signed is not None:
        return signed
    last = _glued_record_start(lines, last)
    last = None if last is None else _before_site_trailer(lines, last)
    last = None if last is None else _before_clipped_teaser(lines, last)
    if last is None:
        return None
    name = _signature_on(line_text(lines, last))
    if name is not None and _wraps_a_sentence(lines, last, name):
        return None
    previous = last_text_line(lines, last)
    if name is None or previous is None or lines[previous].strip(WS) != lines[last].strip(WS):
        return name
    first = _signature_on(line_text(lines, previous))
    return Text(f"{first.value} {name.value}",
                Span(first.span.line, first.span.column, name.span.end_line, name.span.end_column))


def _transmission_end(lines: tuple[str, ...], last: int) -> tuple[int, int] | None:
    """(line index, column) of the end of transmission in the last lines up to line `last` (the
    last line holding one, its first), if any."""
    for i in range(last, max(-1, last - TRANSMISSION_END_REACH), -1):
        if "NNNN" in lines[i] or "End Cable Text" in lines[i]:
            found = TRANSMISSION_END_RE.search(lines[i])
            if found:
                return i, found.start()
    return None


def _glued_record_start(lines: tuple[str, ...], last: int) -> int | None:
    """The line where a database record glued after the signature starts (its summary may run over
    the next lines, 07TRIPOLI1065), the last text line above a record that starts its own line (or a
    cables.csv row), or `last` when the last lines hold none."""
    for i in range(last, max(-1, last - RECORD_REACH), -1):
        if m := GLUED_RECORD_ZERO_RE.search(lines[i]):
            return i if lines[i][:m.start()].strip(WS) else last_text_line(lines, i)
        if CSV_RECORD_RE.match(lines[i]):
            return last_text_line(lines, i)     # past the quote closing the text field (`",`)
    return last


def _signed_above_csv_row(lines: tuple[str, ...], last: int) -> Text | None:
    """The signature above the first cables.csv row glued into the text, whose field may hold a
    whole second copy that stops unsigned (`SOBEL` / `",` / `19205,7/29/2004 5:59,04THEHAGUE1903,
    ...`), if there is one; a copy cut short above the row (`¶C. THE H...`, 08THEHAGUE302) is
    signed at the end of the row's copy, if at all."""
    if ',"' not in joined(lines)[0]:
        return None     # (the row's reference id and quoted origin: no line of the text is one)
    row = next((i for i in range(1, last + 1)
                if lines[i][:1].isdigit() and CSV_RECORD_RE.match(lines[i])), None)
    above = None if row is None else last_text_line(lines, row)   # past the field's `",`
    return None if above is None else _signature_on(line_text(lines, above))


def _before_site_trailer(lines: tuple[str, ...], last: int) -> int | None:
    """The last text line above a classified-web-site trailer that ends the text (on its line, or on
    two when the address wraps), or `last` when the text ends otherwise."""
    previous = last_text_line(lines, last)
    if previous is not None and ADDRESS_END_RE.match(lines[last].strip(WS)) \
            and SITE_TRAILER_RE.match(lines[previous]):
        return last_text_line(lines, previous)
    return last_text_line(lines, last) if SITE_TRAILER_RE.match(lines[last]) else last


def _before_clipped_teaser(lines: tuple[str, ...], last: int) -> int | None:
    """The last text line above a mirror's teaser that ends the text (a window of an earlier line,
    cut inside a word at one end at least), or `last` when the text ends otherwise."""
    line = lines[last].strip(WS)
    if not line.endswith(("...", "\u2026")):
        return last
    m = CLIPPED_TEASER_RE.match(line)
    if m and any(_cut_inside_words(line, m.group("window")) for line in lines[:last]):
        return last_text_line(lines, last)
    footer = _export_footer_above(lines, last)
    return last if footer is None else last_text_line(lines, footer)


def _export_footer_above(lines: tuple[str, ...], last: int) -> int | None:
    """The export's `=====CABLE ENDS=====` a few text lines above the clipped line `last`: the
    teaser below it is the site's (`CABLE ENDS` / `Classified By: CDA Milton K. Drucker` / `Rea...`,
    html-extract/06BOGOTA5297), the signature above it."""
    text_lines = 0
    for i in range(last - 1, -1, -1):
        stripped = lines[i].strip(WS)
        if EXPORT_FOOTER_RE.match(stripped):
            return i
        text_lines += bool(stripped)
        if text_lines == TEASER_LINES:
            return None
    return None


def _cut_inside_words(line: str, window: str) -> bool:
    """`window` is in `line`, starting or ending inside one of its words (`LL, FOR ...` of
    `PURNELL, FOR ...`)."""
    at = line.find(window)
    while at >= 0:
        end = at + len(window)
        if (at > 0 and line[at - 1].isalnum() and window[0].isalnum()) or \
                (end < len(line) and line[end].isalnum() and window[-1].isalnum()):
            return True
        at = line.find(window, at + 1)
    return False


#: A line that stops mid-sentence: its last character a letter, a comma or an apostrophe, and no
#: redaction (`Classified Website: XXXXXXXXXXXX` / `TUTTLE.`, 08LONDON2976) or end marker (`END
#: COMMENT` / `BLAKE.`) before it, which the signature may follow on the next line.
_MID_SENTENCE_RE = re.compile(r"(?<!XXXX)[A-Za-z,'’]$")
_END_MARKER_AT_END_RE = re.compile(r"(?i:\b(?:" + END_MARKER + r"))$")


def _wraps_a_sentence(lines: tuple[str, ...], last: int, name: Text) -> bool:
    """The last line, capitalised words and a period, ends the sentence of the line right
    above it, which stops mid-sentence (`... BRIDGETOWN APPRECIATES TRINIDAD'S` / `ASSISTANCE.`,
    06BRIDGETOWN2164): no signature."""
    line = lines[last].strip(WS)
    if last == 0 or not line.endswith(".") or line.rstrip(" .\\") != name.value:
        return False
    above = lines[last - 1].rstrip(WS)
    return bool(_MID_SENTENCE_RE.search(above)) and not _END_MARKER_AT_END_RE.search(above)


def _signature_on(text: Text) -> Text | None:
    """The signature on one line: the whole line, or the surname ending its text; none after text
    a mirror clipped mid-word (`REF: A. THE HAGUE 587` / `¶B. BRUSSEL...`, 08THEHAGUE625)."""
    value = _without_tail(text.value)
    if CLIPPED_AFTER_TEXT_RE.search(value):
        return None
    name = value.rstrip(" .\\")        # `BLAKE.`, `URBAN \`, `VAN VOORST</pre>`
    if SIGNATURE_RE.match(name) and not NOT_A_SIGNATURE.intersection(name.upper().split()):
        return Text(name,
                    Span(text.span.line, text.span.column, text.span.line,
                         text.span.column + len(name)))
    value = value.rstrip(WS)
    near_end = max(0, len(value) - SIGNATURE_REACH)     # a flattened cable is one long line
    repeat = SMART_CASE_REPEAT_RE.search(value, near_end)
    if repeat and repeat.group("again").upper() == repeat.group("name"):
        return _written_twice(text, repeat)
    m = TRAILING_SIGNATURE_RE.search(value, near_end)
    if m and _is_trailing_signature(m) and not _continues_abbreviation(value, near_end, m):
        return _name_at(text, m)
    m = AFTER_TEXT_SIGNATURE_RE.search(value, near_end)
    if m and _signs_after_text(m):
        doubled = m.group("before") == m.group("name")
        return _name_at(text, m, "before" if doubled else "name")
    m = SIGNED_SITE_TRAILER_RE.search(value, near_end)
    return _name_at(text, m) if m and m.group("name").upper() not in NOT_A_SIGNATURE else None


def _written_twice(text: Text, repeat: re.Match) -> Text | None:
    """The signature ending the text before its SMART-case repeat, with the repeat (`SCOBEY
    Scobey`), if the name in capitals signs the text."""
    end = text.span.column + repeat.end("name")
    first = _signature_on(Text(text.value[:repeat.end("name")],
                               Span(text.span.line, text.span.column, text.span.line, end)))
    if first is None:
        return None
    start = first.span.column - text.span.column
    value = text.value[start:repeat.end("again")]
    return Text(value, Span(text.span.line, first.span.column, text.span.line,
                            first.span.column + len(value)))


def _is_trailing_signature(m: re.Match) -> bool:
    name = m.group("name")
    if NOT_A_SIGNATURE.intersection(name.upper().split()) \
            or (len(name) < 3 and not m.group("marker")):
        return False
    if m.group("sentence") and not m.group("glued"):
        # `change.BURNS`; `U.S.Embassy` is no signature
        return name.isupper() and len(name) > 3
    return name.isupper() or bool(m.group("sentence") or m.group("marker")) or "XXXX" in m.group()


def _continues_abbreviation(value: str, near_end: int, m: re.Match) -> bool:
    """The last word follows an abbreviation (`U.S.`) as the sentence's next word (`... the U.S.
    Embassy`), not as a signature: a surname in capitals after text in lower case signs it (`...
    by working closely with the U.S. PATTERSON`, html-extract/09ISLAMABAD2295)."""
    if ABBREVIATION_END_RE.search(value, near_end) is None:
        return False
    name = m.group("name")
    signed = name.isupper() and len(name) > 3 and name not in US_INSTITUTIONS \
        and any(c.islower() for c in value[near_end:])
    return not signed


def _signs_after_text(m: re.Match) -> bool:
    """A surname of four letters or more after a word of text: not after a small word (`with the
    IAEA`), a label (`Inbox: TRANS`), quoted code (`ORDER BY `date` ASC`) or a run of codes (`PREL
    PINR`); an office symbol is no such code (`... e-PINE Coordinator, EUR/NB RICE`,
    08STATE114173)."""
    before, name = m.group("before"), m.group("name")
    if len(name) < 4 or name in NOT_A_SIGNATURE or before.lower() in SMALL_WORDS \
            or before[-1] in ":`":
        return False
    return before == name or not before.isupper() or OFFICE_SYMBOL_RE.fullmatch(before) is not None


def _name_at(text: Text, m: re.Match, first: str = "name") -> Text:
    """The signature Text from group `first` to the end of the name group."""
    value = text.value[m.start(first):m.end("name")]
    column = text.span.column + m.start(first)
    return Text(value, Span(text.span.line, column, text.span.line, column + len(value)))
