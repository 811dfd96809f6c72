"""Sentences cut in two by a blank line (a mirror's conversion), told from list items, form
fields, headings and end markers."""

from __future__ import annotations

import re

from .headings import SENTENCE_END, SMALL_WORDS, is_heading_or_divider
from .lines import DIVIDER_RE, WS

LIST_ITEM_RE = re.compile(r"^(--|-\s|-(?=[A-Z])|\*\s|\(\w{1,3}\)|[A-Za-z]\.\s|\d{1,2}[.)]\s|o\s"
                          r"|[IVXL]{1,5}[ \t]+[-\u2013][ \t]|[IVXL]{2,5}[.)]\s)")
#: Abbreviations that end a list entry whose period was lost (`et al`, `etc`): no sentence runs on.
LIST_ENTRY_END_RE = re.compile(r"\b(?:et al|etc)\.?$")
#: A line of a form or a list of entries: a short label and a colon (`Name: `, `E-mail: `,
#: `Contact information: `).
FIELD_LINE_RE = re.compile(r"[A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,2}:(?:[ \t]|$)")
#: The next entry of a form or list after a `Label: value` line: a label of up to seven words, a
#: qualifier in parentheses allowed (`FSN Fraud Investigator (H and L):  XXXXXXXXXXXX`, `Date of
#: Registration of Icaro International Services:  July 26,`; 09MEXICO944, 10BOGOTA93).
NEXT_ENTRY_RE = re.compile(r"[A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,6}(?: \([^()]{1,24}\))?:(?:[ \t]|$)")
#: A field of a list entry under the entry's name: `Chairman of the Board: ...` (06MEXICO6413).
ENTRY_FIELD_RE = re.compile(r"[A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,4}:[ \t]")
#: Closing quotes and brackets after a sentence's end (`... acts.)`, `... with you.”`).
CLOSING_MARKS = "'”’»)"
#: A line shorter than this ends a list item or a name, not a wrapped sentence (seed 003 L18-25).
MIN_WRAPPED = 40
#: The marker that closes a comment, a quoted text or a summary (`END TEXT`, `End comment`).
END_MARKER = r"end[ \t]+(?:of[ \t]+)?(?:comment|text|note|summary|quote|message)|unquote"
END_MARKER_LINE_RE = re.compile(r"(?i:" + END_MARKER + r")\b")
#: A UN resolution's preambular clause opens with a participle: `Recalling`, `Expressing`, `Taking
#: note`.
PREAMBULAR_CLAUSE_RE = re.compile(r"[A-Z][a-z]+ing\b")


def continues_sentence(lines: tuple[str, ...], before: int | None, after: int) -> bool:
    """True when a blank line separates two halves of one sentence."""
    if before is None:
        return False
    head = lines[before].rstrip(WS + "*")
    tail = lines[after].strip(WS)
    if len(head.strip(WS)) < MIN_WRAPPED or head[-1] in SENTENCE_END or head.endswith('"') \
            or head.rstrip(CLOSING_MARKS)[-1:] in (".", "?", "!"):
        return False    # `... acts.)`, `... with you.”` (08KABUL3237): closed inside the marks
    if head.endswith(")") and not tail[:1].islower() and _aside_after_sentence(head):
        # `... for commercial sex acts?  (see ref B, para. 9(3) for examples)` / blank / `In March
        # ...` (08REYKJAVIK36); a lower-case word after the blank still goes on (seed 16180)
        return False
    if LIST_ENTRY_END_RE.search(head):
        # `..., Barros V. R., et al` ends an entry of a list (a bibliography, 08STATE93970)
        return False
    if tail == "SIPDIS":
        return False    # the blank line came with the caption cut into the sentence (CL032)
    if END_MARKER_LINE_RE.match(tail):
        return False    # `... (Complimentary closing)` / blank / `End text` (09STATE50240)
    last_word = head.split()[-1]
    # A capitalised continuation after a comma, an article or a preposition is cut too (`... TO
    # SOUND OUT THE` / blank / `IRANIANS ...`, `... Hong Kong, Singapore,` / blank / `Malaysia,
    # ...`), except a UN resolution's next preambular clause (`... by the African Union,` / blank /
    # `Recalling that ...`, 08STATE81508).
    cut_before_capital = last_word.lower() in SMALL_WORDS or (
        last_word.endswith(",") and not PREAMBULAR_CLAUSE_RE.match(tail))
    if not (tail[:1].islower() or last_word.islower() or cut_before_capital):
        return False    # two capitalised ends: a list of names or titles, not a cut sentence
    if tail[:1].isupper() and not cut_before_capital and head.count("(") <= head.count(")") \
            and _in_list_entry(lines, before):
        # the last entry of a list, then the text goes on: `-- Designing system for raising fish
        # in heated power plant effluent` / blank / `Renewable Energy Laboratory: ...`
        # (08REYKJAVIK67); an entry cut inside a parenthesis (`... (a` / blank) is still cut
        return False
    if LIST_ITEM_RE.match(tail) or DIVIDER_RE.match(tail) or tail.startswith(("#", "*", "[", "¶")):
        return False
    above = (lines[k].strip(WS) for k in range(max(0, before - 3), before + 1))
    if NEXT_ENTRY_RE.match(tail) and any(FIELD_LINE_RE.match(line) for line in above):
        return False    # entries of a form (`E-mail: ...` / blank / `Name: ...`, 07REYKJAVIK22)
    if FIELD_LINE_RE.match(head.strip(WS)) and tail[:1].isupper() and _opens_entry(lines, after):
        # `Market share: 56% of ...` / blank / `TV Azteca` / `Chairman and CEO: ...` (06MEXICO6413)
        return False
    return not is_heading_or_divider(lines, after) and not is_heading_or_divider(lines, before)


def _in_list_entry(lines: tuple[str, ...], i: int) -> bool:
    """Line i is (the wrapped end of) an entry of a dash list: the nearest line at or above it, in
    its paragraph, that opens with a dash opens with `--`, or with `- ` as the paragraph's first
    line (a single dash wrapped to a line's start inside a sentence opens no entry: `... (the CNI`
    / `- National Intelligence Center)`, 08MADRID522)."""
    for k in range(i, -1, -1):
        line = lines[k].strip(WS)
        if not line:
            return False
        if line.startswith("-") and not DIVIDER_RE.match(line):
            first_of_paragraph = k == 0 or not lines[k - 1].strip(WS)
            return line.startswith("--") or (first_of_paragraph and bool(LIST_ITEM_RE.match(line)))
    return False


def _opens_entry(lines: tuple[str, ...], i: int) -> bool:
    """Line i names an entry of a list whose fields follow it: the next line is a `Label: value`
    line."""
    below = lines[i + 1].strip(WS) if i + 1 < len(lines) else ""
    return bool(ENTRY_FIELD_RE.match(below))


def _aside_after_sentence(head: str) -> bool:
    """`head` ends in a parenthesis opened right after a sentence's end (`... acts?  (see ref B,
    para. 9(3) for examples)`): an aside that closes the sentence too."""
    depth = 0
    for at in range(len(head) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(head[at], 0)
        if depth == 0:
            before = head[:at].rstrip(WS)
            return before != "" and before[-1] in ".!?"
    return False
