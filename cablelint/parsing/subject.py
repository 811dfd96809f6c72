"""The SUBJECT line, wrapped over lines, and what runs into it."""

from __future__ import annotations

import re

from ..document import Span, Subject, Text
from .inline import SUBJECT_END_RE
from .lines import WS, line_text, lines_text, match_text
from .tags import INLINE_SUBJECT_LABEL_RE

SUBJECT_RE = re.compile(r"^(?P<label>SUBJECT|Subject|subject|SUBJ|UBJECT)\s*:\s*(?P<rest>.*)$")
#: What runs into a SUBJECT: `...UK PRIMEREF: A. LONDON 1939` (cablemap), `... AND VODDLER  Ref: A)
#: STOCKHOLM 733` (09STOCKHOLM736), or a page-break line.
SUBJECT_RUN_ON_RE = re.compile(r"(?P<ref>REF(?:TELS?|S)?:|\bRefs?:)"
                               r"|(?P<page>\b[A-Z][A-Z ]{1,11} \d{8} \d{3}(?:\.\d)? OF \d{3}\b)")
#: The sensitive-but-unclassified handling line run on after other words on its line (`... SAO
#: PAULO 316 SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY`, the Brazil posts' habit);
#: the words as a subject's own (`PROTECTING SENSITIVE BUT UNCLASSIFIED INFORMATION`) are not it.
HANDLING_RUN_ON_RE = re.compile(r"(?<=\S)[ \t]+SENSITIVE BUT UNCLASSIFIED"
                                r"(?=[ \t]*(?:$|[-;,.]|/NOFORN\b|AND NOT\b|PLEASE\b))", re.M)
#: What no SUBJECT goes on with after a blank line, each with its reason. A REF label counts
#: however written (`REF.:`, `REF...04 CHENNAI 575`), but not `REFORM`, which a mirror cut off as
#: if it were one (`... ON POLITICAL` / blank / `REFORM`).
_NOT_SUBJECT = (
    r"SIPDIS|NOFORN|SENSITIVE|[Ss]ensitive|INTERNET|HANDLE|C ?O ?R ?R ?E ?C",   # handling, captions
    r"XXXXX|E\.O\.",                                 # a redaction, a header copy's E.O. line
    r"^[A-Z][A-Za-z/\-]*(?: [A-Za-z/\-]+){0,2}:",     # a label (`RE:`, `DERIVED FROM:`)
    r"^(?i:derived from|declassify|decl)\b",          # ... its colon lost
    r"(?:\.|…)$",                                     # a sentence's end, a teaser's cut
    r"^(?i:summary|background|introduction|comment|begin|ref(?:erences?|tels?|s)?)\b",
    r"^[-=_*]",                                       # a divider
    r"^\d{3}(?:\.\d)?\s+OF\s+\d{3}",                   # a page break's rest (`001.2 OF 003`)
    r"SECTION \d+ OF",                                # a banner's section
    r"^(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|LIMITED OFFICIAL|FOR OFFICIAL|C O N F|S E C R E T)"
    r"\b",                                            # a classification (not `SECRETARY LEVEY'S`)
    r"^(?:EXDIS|NODIS|LIMDIS|STADIS|BT$|THANK)",      # a distribution caption, the text's end
    r"\bPASS\b",                                      # a pass line (`DEPT PASS TO USTR`)
    r"^\(\w+\)\s",                                     # a portion-marked line
)
NOT_SUBJECT_RE = re.compile("|".join(_NOT_SUBJECT))
#: The last words of a mixed-case SUBJECT line that another line must finish (`Anticorruption
#: Office:` / blank / `Many Investigations, Few Results`, 07BUENOSAIRES1850).
OPEN_END_RE = re.compile(r"(?:[,:]|\b(?i:and|of|the|in|on|for|to|a|an|with|by|at|as|or))$")
#: A SUBJECT line that cannot go on after a blank line: it ends a sentence or a teaser's cut.
CLOSED_END_RE = re.compile(r"(?:[.!?]|\.\.\.|…)[\"')\]]*$")
#: The longest line that may finish a SUBJECT after a blank line (characters).
SPLIT_TAIL_LENGTH = 90
#: A SUBJECT that says the cable is a corrected copy.
CORRECTED_COPY_RE = re.compile(r"CORRECTED\s+COPY", re.I)


def continues_subject(head: str, tail: str) -> bool:
    """Whether `tail`, a short line alone after a blank line, finishes the SUBJECT whose lines so
    far are `head` (`... HOLDS EMERGENCY SESSION AS` / blank / `DEBATE OVER MEGRAHI DECISION REACHES
    FEVER PITCH`, 09LONDON1946): in capitals after a SUBJECT in capitals, or after a mixed-case one
    that its last words leave open; never a handling line, a label or a redaction."""
    head, tail = head.strip(WS), tail.strip(WS)
    labelled = SUBJECT_RE.match(head)
    own = labelled.group("rest") if labelled else head     # `Subject:` is no mixed-case text
    if SUBJECT_RUN_ON_RE.search(head) or HANDLING_RUN_ON_RE.search(head):
        return False    # a REF, a page break or the handling line ended it on its line
    if not tail or len(tail) > SPLIT_TAIL_LENGTH or CLOSED_END_RE.search(head) \
            or NOT_SUBJECT_RE.search(tail) or not any(c.isalpha() for c in tail):
        return False
    if own.upper() == own:
        return tail.upper() == tail
    return OPEN_END_RE.search(head) is not None and tail[:1].isalpha()


def _joined_text(parts: list[str]) -> str:
    """The SUBJECT's lines as one text, one space where each line break stood."""
    return lines_text(parts, 0, len(parts) - 1).value


def _before_handling(parts: list[str]) -> str | None:
    """The SUBJECT's text before the handling line run on to one of its lines, or None. Searched
    line by line, each line read with the start of the next, so that the handling must start on the
    line with words before it (a handling line of its own under a wrapped SUBJECT is none), and a
    line that wraps on (`PROTECTING SENSITIVE BUT UNCLASSIFIED` / `INFORMATION`) is the
    subject's."""
    for k, part in enumerate(parts):
        line = part.rstrip(WS)
        after = parts[k + 1].strip(WS) if k + 1 < len(parts) else ""
        handling = HANDLING_RUN_ON_RE.search(f"{line} {after}" if after else line)
        if handling is not None and handling.start() < len(line):
            return _joined_text([*parts[:k], part[:handling.start()]])
    return None


def parse_subject(lines: tuple[str, ...], first: int, last: int, m: re.Match,
                  stop: int | None = None) -> Subject:
    """SUBJECT from line `first` through wrapped line `last`, ending at column `stop` of `last` if
    given."""
    indent = len(lines[first]) - len(lines[first].lstrip(WS))
    label = match_text(first, m, "label", offset=indent)
    parts = [lines[first][indent + m.start("rest"):]] + [lines[i]
                                                         for i in range(first + 1, last + 1)]
    if stop is not None:
        parts[-1] = parts[-1][:stop - (indent + m.start("rest") if last == first else 0)]
    text = _joined_text(parts)
    raw = lines_text(lines, first, last)
    # the layout's SUBJECT cut by a blank line; not after a label alone (CL061 names that)
    blank = next((i for i in range(first + 1, last) if not lines[i].strip(WS)), None)
    label_only = blank == first + 1 and not m.group("rest").strip(WS)
    cut = line_text(lines, blank - 1) if blank is not None and not label_only else None
    if stop is not None:
        end = len(lines[last][:stop].rstrip(WS))
        raw = Text(raw.value, Span(raw.span.line, raw.span.column, last + 1, end + 1))
    # a REF inside the text comes before the Classified By that cut it, and is named
    # (`SUBJECT: ... REF: A. CAIRO 1897 Classified By: ...`, 09CAIRO2355); a page break there is
    # left to CL026, which names it
    merged = SUBJECT_RUN_ON_RE.search(text)
    run_on_text = None
    if merged and (stop is None or not merged.group("page")):
        run_on = "page_break" if merged.group("page") else "ref"
        run_on_text = merged.group("ref")
        if run_on == "ref":         # the REF block is parsed on its own (resolve.py)
            text = text[:merged.start()].rstrip()
            text = _before_handling([text]) or text     # `... ROOM TO TALK? SENSITIVE BUT ...`
    elif stop is not None:
        run_on = "classified_by"
    elif (before := _before_handling(parts)) is not None:   # on a line with other words
        run_on = "handling"         # `SUBJECT: ... PARADISE SENSITIVE BUT UNCLASSIFIED - ...`
        text = before
    else:
        run_on = None
    colon = lines[first].index(":", indent + m.end("label"))
    label = Text(lines[first][label.span.column - 1:colon + 1],
                 Span(label.span.line, label.span.column, label.span.line, colon + 2))
    return Subject(raw=raw, label=label, text=text, label_alone=not m.group("rest").strip(WS),
                   run_on=run_on, run_on_text=run_on_text,
                   corrected=CORRECTED_COPY_RE.match(text) is not None, cut=cut)


#: How far a SUBJECT run into other text goes without an end of its own (characters).
RUN_ON_SUBJECT_LENGTH = 300


def parse_run_on_subject(lines: tuple[str, ...], index: int, column: int) -> Subject:
    """A SUBJECT whose label runs on at `column` inside line `index`: up to REF, Classified By,
    paragraph 1 or a portion mark (`SUBJECT_END_RE`), else RUN_ON_SUBJECT_LENGTH characters."""
    line = lines[index]
    m = INLINE_SUBJECT_LABEL_RE.match(line, column)
    end = SUBJECT_END_RE.search(line, m.end())
    stop = end.start() if end else min(len(line), m.end() + RUN_ON_SUBJECT_LENGTH)
    raw, text = line[column:stop].rstrip(), line[m.end():stop].strip()
    return Subject(raw=Text(raw, Span(index + 1, column + 1, index + 1, column + 1 + len(raw))),
                   label=Text(m.group(), Span(index + 1, column + 1, index + 1, m.end() + 1)),
                   text=text, corrected=CORRECTED_COPY_RE.match(text) is not None)
