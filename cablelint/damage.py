"""Mirror damage injected into real cables, one kind per fixable rule: what does --fix restore?

Shared by the corpus test (tests/fixes/test_fix_corpus.py) and bench/fix_restore.py. Each kind is
named by the rule whose fix repairs it and writes the damage as mirrors and converters wrote it
(cable-format.md 5): `inject(kind, text, rng)` returns the damaged text, or None when the cable has
no place for that kind (no `¶` markers to wrap in links, no quotation to mangle). A kind's damage
is restored when fixing the damaged cable gives the text that fixing the undamaged cable gives.
"""

from __future__ import annotations

import random
import re
from functools import cache
from typing import Callable

from .parsing import parse
from .resources import data_dir
from .vocabularies import Vocabulary

#: A page-break line (`BERN 00000141 002 OF 004`) as cables have it on its own line.
_PAGE_BREAK_RE = re.compile(r"^[A-Z][A-Z .]{0,11}? \d{8} +\d{3}(?:\.\d)? OF \d{3}[ \t]*$", re.M)
_BANNER_RE = re.compile(r"^(?:C O N F I D E N T I A L|S E C R E T|UNCLAS(?:SIFIED)?) "
                        r"(?:SECTION \d\d OF \d\d )?[A-Z][A-Z .]*? \d{3,7}[ \t]*$", re.M)
#: Where a banner line starts.
_BANNER_AHEAD = r"(?=(?:C O N F|S E C R E T|UNCLAS)[^\n]* \d{3,7}[ \t]*\n)"
_PARAGRAPH_RE = re.compile(r"^(?:¶ ?)?\d{1,2}\. ?\((?:C|S|U|SBU|C/NF|S/NF)\)", re.M)
#: A paragraph marker written the standard way: `¶5. (C)`, or `5. (C)` (group 1 the pilcrow).
_STANDARD_MARKER_RE = re.compile(r"^(¶?)(\d{1,2})\. \((C|S|U|SBU|C/NF|S/NF)\)", re.M)
#: What a quotation's `&` and first letters became when a converter decoded them as an entity.
_DECODED = {"not": "¬", "reg": "®"}
#: A REF item's own enumerator, undamaged: `A.`, `B)`, `(C)`.
_PLAIN_REF_ENUMERATOR_RE = re.compile(r"[A-Za-z][.)]|\([A-Za-z]\)")
#: Where paragraph 1 starts, with or without its portion mark (not `1.4 (b)`).
_PARAGRAPH_ONE_RE = re.compile(r"^[ \t]*(?:¶ ?)?1\.(?=[ \t(])", re.M)


def _lines_of(text: str) -> list[str]:
    return text.split("\n")


def _choice(rng: random.Random, found: list):
    return rng.choice(found) if found else None


def _replace_match(text: str, rng: random.Random, regex: re.Pattern,
                   repl: Callable[[re.Match], str], first: bool = False) -> str | None:
    """The text with one match of regex, chosen at random (`first`: the first, for a part of the
    header block, which a cable holding a second copy of itself has twice), replaced by repl(m)."""
    m = regex.search(text) if first else _choice(rng, list(regex.finditer(text)))
    return None if m is None else text[:m.start()] + repl(m) + text[m.end():]


def _header_zero(text, rng):
    """CL001: the channel code's O written as a zero (`VZCZCXR0`)."""
    return _replace_match(text, rng, re.compile(r"^VZCZC([A-Z]{2})O(?=\d)", re.M),
                          lambda m: f"VZCZC{m[1]}0", first=True)


def _banner_spacing(text, rng):
    """CL021: tabs before the banner, or two spaces between its words."""
    def damage(m: re.Match) -> str:
        line = m.group()
        if rng.random() < 0.5:
            return "\t\t" + line
        spaces = [i for i, c in enumerate(line.rstrip()) if c == " " and line[i + 1] != " "]
        at = spaces[-1]
        return line[:at] + " " + line[at:]
    return _replace_match(text, rng, _BANNER_RE, damage, first=True)


def _no_blank_before_banner(text, rng):
    """CL017: the addressee list run into the banner (the blank line between them lost)."""
    addressee = re.compile(r"^([A-Z]{4,5}/[^\n]*\d[ \t]*)\n\n" + _BANNER_AHEAD, re.M)
    return _replace_match(text, rng, addressee,
                          lambda m: m[1] + "\n", first=True)


def _glued_page_break(text, rng):
    """CL026: a page-break line inside a paragraph glued to the lines around it."""
    lines = _lines_of(text)
    places = [i for i in range(1, len(lines) - 1) if _PAGE_BREAK_RE.match(lines[i])
              and lines[i - 1].strip() and lines[i + 1].strip() and not lines[i + 1][0].isspace()]
    i = _choice(rng, places)
    if i is None:
        return None
    glued = f"{lines[i - 1].rstrip()} {lines[i].strip()} {lines[i + 1]}"
    return "\n".join([*lines[:i - 1], glued, *lines[i + 2:]])


def _header_copy(text, rng):
    """CL027: the header block, banner to the blank line above paragraph 1, repeated.

    Before paragraph 1, as in seed 004; a cable without a blank line above paragraph 1, or whose
    block is repeated already, has no place for it."""
    banner, paragraph = _BANNER_RE.search(text), _PARAGRAPH_ONE_RE.search(text)
    if banner is None or paragraph is None or paragraph.start() < banner.start():
        return None
    block = text[banner.start():paragraph.start()]
    if "SUBJECT" not in block or len(block) > 3000 or not block.endswith("\n\n") \
            or len(_BANNER_RE.findall(block)) > 1:      # a block repeated already
        return None
    return text[:paragraph.start()] + block + text[paragraph.start():]


def _caption_twice(text, rng):
    """CL031: the SIPDIS caption written twice."""
    return _replace_match(text, rng, re.compile(r"^SIPDIS\n(?=\n)", re.M),
                          lambda m: "SIPDIS\nSIPDIS\n", first=True)


def _tag_twice(text, rng):
    """CL055: a TAG repeated at the end of the TAGS line."""
    tags = re.compile(r"^(TAGS: (?:[A-Z]{2,8}(?:, | ))*)([A-Z]{2,8})$", re.M)
    return _replace_match(text, rng, tags,
                          lambda m: m.group() + (", " if ", " in m[1] else " ") + m[2], first=True)


def _tag_links(text, rng):
    """CL058: every TAG written as a markdown link."""
    def links(m: re.Match) -> str:
        return "TAGS: " + re.sub(r"[A-Z]{2,}", lambda tag: f"[{tag.group()}](#)", m.group()[6:])
    return _replace_match(text, rng, re.compile(r"^TAGS: [A-Z][A-Z, ]+$", re.M), links, first=True)


def _tag_misspelt(text, rng):
    """CL053: a TAG misspelt or TAGS run together as the corrections list has them (`ECONEFIN`).

    The list's misspellings and concatenations are put in place of the TAGS they correct; its
    country codes in ISO style (`RU` for `RS`) are a drafter's choice, no mirror's damage."""
    line = re.compile(r"^TAGS: [A-Z][A-Z, ]*[A-Z]$", re.M).search(text)
    if line is None:
        return None
    tags = re.split(r",? ", line.group()[6:])
    places = []
    for damaged, correct in _tag_corrections():
        wanted = correct.split(" ")
        places += [(i, len(wanted), damaged) for i in range(len(tags) - len(wanted) + 1)
                   if tags[i:i + len(wanted)] == wanted]
    place = _choice(rng, places)
    if place is None:
        return None
    i, size, damaged = place
    separator = ", " if ", " in line.group() else " "
    written = "TAGS: " + separator.join([*tags[:i], damaged, *tags[i + size:]])
    return text[:line.start()] + written + text[line.end():]


@cache
def _tag_corrections() -> tuple[tuple[str, str], ...]:
    """(misspelt, correct) of tags-corrections.tsv: its typos and concatenations, in file order."""
    rows = Vocabulary("tags-corrections", data_dir("vocab") / "tags-corrections.tsv").rows
    return tuple((key, columns[0]) for key, columns in rows.items()
                 if len(columns) > 1 and "ISO-style" not in columns[1]
                 and re.fullmatch(r"[A-Z]+", key) and re.fullmatch(r"[A-Z ]+", columns[0]))


def _label(pattern: str, damaged: str, what: str):
    """A label of the header block misspelt (`what` says how)."""
    def inject(text, rng):
        return _replace_match(text, rng, re.compile(pattern, re.M), lambda m: damaged, first=True)
    inject.__doc__ = what
    return inject


def _doubled_ref_enumerator(text, rng):
    """CL071: REF enumerators doubled by a mirror's list numbering (`A. A) STATE 70789; B. B)`).

    The mirror numbers every item, so each of the items the parser reads with its own enumerator
    (`A.`, `B)`, `(C)`) gets the list's letter before it (html-extract/09STATE79165)."""
    refs = parse(text).refs
    enumerators = [item.enumerator for item in refs.items if item.enumerator
                   and _PLAIN_REF_ENUMERATOR_RE.fullmatch(item.enumerator.value)] if refs else []
    lines = _lines_of(text)
    for enumerator in reversed(enumerators):
        line, at = lines[enumerator.span.line - 1], enumerator.span.column - 1
        if line[at:at + len(enumerator.value)] != enumerator.value:
            return None         # a flattened cable: its parsed lines are not the text's
        letter = enumerator.value.strip("().").upper()
        lines[enumerator.span.line - 1] = f"{line[:at]}{letter}. {line[at:]}"
    return "\n".join(lines) if enumerators else None


def _spurious_one(text, rng):
    """CL091: a `1` before a one-digit paragraph number (`15.` for `5.`)."""
    return _replace_match(text, rng, re.compile(r"^(¶ ?)?([2-9])(?=\. ?\()", re.M),
                          lambda m: f"{m[1] or ''}1{m[2]}")


def _marker_style(text, rng):
    """CL092: a marker in another style than the cable's others (`5.(C)`, `¶ 5. (C)`, `5, (C)`).

    Only a marker written the standard way (`¶5. (C)`, or `5. (C)` in a cable without pilcrows)
    among others so written: the period turned to a comma, the space before the mark lost, or, in
    a cable with pilcrows, a space after the pilcrow."""
    markers = list(_STANDARD_MARKER_RE.finditer(text))
    if len(markers) < 3:
        return None
    m = rng.choice(markers[1:])
    styles = [f"{m[1]}{m[2]}.({m[3]})", f"{m[1]}{m[2]}, ({m[3]})"] + \
        ([f"¶ {m[2]}. ({m[3]})"] if m[1] else [])
    return text[:m.start()] + rng.choice(styles) + text[m.end():]


def _paragraph_link(text, rng):
    """CL110: a `¶N.` marker written as a markdown link (`[¶3.](#)`)."""
    return _replace_match(text, rng, re.compile(r"^¶\d{1,2}\.", re.M),
                          lambda m: f"[{m.group()}](#)")


def _bold_marker(text, rng):
    """CL111: a paragraph marker in bold (`**¶6. (C)**`)."""
    return _replace_match(text, rng, _PARAGRAPH_RE, lambda m: f"**{m.group()}**")


def _in_text(regex: str, repl: Callable[[re.Match], str], what: str):
    """Damage at a match of regex in the text from paragraph 1 on (`what` says which)."""
    pattern = re.compile(regex, re.M)

    def inject(text, rng):
        first = _PARAGRAPH_RE.search(text)
        if first is None:
            return None
        body = _replace_match(text[first.start():], rng, pattern, repl)
        return None if body is None else text[:first.start()] + body
    inject.__doc__ = what
    return inject


def _leading_blanks(text, rng):
    """CL123: blank lines before the cable."""
    return "\n\n" + text if text.startswith("VZCZC") else None


def _chrome(text, rng):
    """CL114: the mirror's navigation line above the cable."""
    return _replace_match(text, rng, re.compile(r"^(?=VZCZC)", re.M),
                          lambda m: "pdf  how-to read a cable\n", first=True)


def _date_line(text, rng):
    """CL126: the mirror's date line right above the banner."""
    return _replace_match(text, rng, re.compile(r"(?<=\n\n)" + _BANNER_AHEAD),
                          lambda m: "Tuesday, 6 March 2007, 05:17\n", first=True)


def _split_divider(text, rng):
    """CL127: a divider line split in two halves by a space."""
    def split(m: re.Match) -> str:
        line = m.group()
        half = len(line) // 2
        return line[:half] + " " + line[half:]
    return _replace_match(text, rng, re.compile(r"^-{20,}$", re.M), split)


#: kind (the id of the rule whose fix repairs it) -> what injects it
KINDS: dict[str, Callable[[str, random.Random], str | None]] = {
    "CL001": _header_zero,
    "CL017": _no_blank_before_banner,
    "CL021": _banner_spacing,
    "CL026": _glued_page_break,
    "CL027": _header_copy,
    "CL031": _caption_twice,
    "CL032": _in_text(r"(?<=[a-z,])\n(?=[a-z])", lambda m: "\n\nSIPDIS\n\n",
                      "CL032: a SIPDIS caption line between two lines of a sentence"),
    "CL051": _label(r"^TAGS(?=: [A-Z])", "TAGES", "CL051: `TAGES:` for `TAGS:`"),
    "CL053": _tag_misspelt,
    "CL055": _tag_twice,
    "CL058": _tag_links,
    "CL061": _label(r"^SUBJECT(?=: \S)", "SUBJ", "CL061: `SUBJ:` for `SUBJECT:`"),
    "CL070": _label(r"^REF(?=: [A-Z])", "REFTEL", "CL070: `REFTEL:` for `REF:`"),
    "CL071": _doubled_ref_enumerator,
    "CL091": _spurious_one,
    "CL092": _marker_style,
    "CL110": _paragraph_link,
    "CL111": _bold_marker,
    "CL112": _in_text(r"(?<=[a-z.])$", lambda m: "  ", "CL112: two spaces at a line end"),
    "CL113": _in_text(r"(?<=[a-z]) (?=[a-z])", lambda m: "\t", "CL113: a tab between two words"),
    "CL114": _chrome,
    "CL117": _in_text(r"(?<=[A-Z][a-z]{3})'s\b", lambda m: ",s",
                      "CL117: `Kazakhstan,s` for `Kazakhstan's`"),
    "CL118": _in_text(r'"([A-Za-z][A-Za-z ]{3,40}[A-Za-z])"', lambda m: f"&{m[1]}8",
                      "CL118: `&words8` for a quotation `\"words\"`"),
    "CL119": _in_text(r'"(not|reg)([A-Za-z ]{2,40}[A-Za-z])"',
                      lambda m: f"{_DECODED[m[1]]}{m[2]}8",
                      "CL119: `¬e of protest8` for a quotation `\"note of protest\"` "
                      "(`&not`, `&reg` decoded)"),
    "CL120": _in_text(r"(?<=[a-z]) -- (?=[a-z])", lambda m: " ) ",
                      "CL120: ` ) ` for a dash ` -- `"),
    "CL123": _leading_blanks,
    "CL143": _label(r"^Classified By: (?=[A-Z])", "Classified By: Classified by ",
                    "CL143: `Classified By: Classified by` for `Classified By:`"),
    "CL126": _date_line,
    "CL127": _split_divider,
    "CL147": _in_text(r"\b((?:https?://|www\.)[^\s\"<>]*?[a-z])([a-z]+[/_][^\s\"<>]*[a-z])",
                      lambda m: f"{m[1]} {m[2]}",
                      "CL147: a space inside a web address, before a part holding `/` or `_`"),
    "CL148": _in_text(r"\bP5\+1\b", lambda m: "P5 1", "CL148: `P5 1` for `P5+1`"),
    "CL128": _in_text(r"(?<=[a-z]\.)$", lambda m: "\\", "CL128: a backslash at a sentence's end"),
}


def inject(kind: str, text: str, rng: random.Random) -> str | None:
    """The text with one damage of `kind`, or None when the cable has no place for it."""
    damaged = KINDS[kind](text, rng)
    return None if damaged is None or damaged == text else damaged


def sample_cases(paths, per_kind: int, seed: int, kinds=None):
    """(kind, path, undamaged text, damaged text) for up to `per_kind` cables per kind: the cables
    in an order shuffled by `seed`, each given every kind that still wants cases and has a place."""
    rng = random.Random(seed)
    order = sorted(paths)
    rng.shuffle(order)
    wanted = dict.fromkeys(kinds or KINDS, per_kind)
    for path in order:
        if not any(wanted.values()):
            return
        text = path.read_text(encoding="utf-8", errors="replace")
        for kind, left in wanted.items():
            damaged = inject(kind, text, rng) if left else None
            if damaged is not None:
                wanted[kind] -= 1
                yield kind, path, text, damaged


def restored(fix, text: str, damaged: str, path: str, fixed: dict) -> bool:
    """Whether fixing the damaged text gives what fixing the undamaged one gives (`fix(text, path)`
    gives the fixed text; `fixed` keeps the fix of each undamaged cable, by path)."""
    if path not in fixed:
        fixed[path] = fix(text, path)
    return fix(damaged, path) == fixed[path]
