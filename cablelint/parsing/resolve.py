"""One resolver per labelled part (E.O., TAGS, SUBJECT, REF, Classified By). Each looks for its part
in one order and parses it once, where it was first found:

1. its block in the preamble's layout (`layout.py`), at a label that starts a line;
2. run on inside a line (`find_eo`, `find_tags`, `subject_at`, `find_classified_by`): after the
   banner, then in each line of the preamble in turn (the one line of a text without line breaks);
3. for Classified By only, the text of paragraph 1 (old cables: `1. (U) CLASSIFIED BY ...`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..document import ClassifiedBy, EoLine, Paragraph, Refs, Subject, Tags
from ..record import Record, set_field
from .classified_by import find_classified_by, parse_classified_by
from .eo import find_eo, parse_eo
from .inline import subject_at
from .layout import PART_NAMES, Layout, OnePerPart, Site
from .lines import WS
from .refs import REF_RE, parse_refs
from .subject import SUBJECT_RE, SUBJECT_RUN_ON_RE, parse_run_on_subject, parse_subject
from .tags import find_tags, parse_tags


class RunOnLines(Record):
    """The (line, column) places a part may run on at: `first` (the banner's line, from its end),
    then each line of lines[start:end] from its start."""

    first: tuple[int, int] | None
    start: int
    end: int

    __slots__ = ("first", "start", "end")

    def __init__(self, first, start, end) -> None:
        set_field(self, "first", first)
        set_field(self, "start", start)
        set_field(self, "end", end)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        if self.first is not None:
            yield self.first
        for i in range(self.start, self.end):
            yield i, 0

    def until(self, end: int) -> RunOnLines:
        return RunOnLines(self.first, self.start, min(self.end, end))


class Parts(OnePerPart, Record):
    """The labelled parts of a cable, each found once (None: not found)."""

    eo: EoLine | None
    tags: Tags | None
    subject: Subject | None
    refs: Refs | None
    classified_by: ClassifiedBy | None

    __slots__ = PART_NAMES


def resolve(lines: tuple[str, ...], layout: Layout, run_ons: RunOnLines,
            paragraphs: tuple[Paragraph, ...] = ()) -> Parts:
    """Every labelled part of the cable, from its layout, the lines parts may run on in, and its
    paragraphs."""
    eo, tags = _first(eo_sites(lines, layout, run_ons)), _first(tags_sites(lines, layout, run_ons))
    classified = _first(classified_by_sites(lines, layout, run_ons, paragraphs))
    # A SUBJECT run on is looked for first in the lines read before E.O., TAGS and Classified By
    # were all known (the parser read the preamble's lines once, for all four, and stopped there),
    # then in the other lines above the text: one may follow the others' lines (`TAGS: PGOV ...
    # TIP` / `TIP SUBJECT: BRAZIL'S ...`, 05BRASILIA2692; a TAGS line's continuation, `ECON, ...,
    # UK SUBJECT: MILIBAND'S ...`, html-extract/09LONDON2499).
    read = run_ons.until(max(_known_from(site, run_ons) for site in (eo, tags, classified)))
    subject = _first(subject_sites(lines, layout, read)) \
        or _first(subject_sites(lines, layout, run_ons))
    subject = subject and _subject(lines, subject)
    refs = layout.sites.refs
    refs = refs and parse_refs(lines, refs.line, refs.last_line, refs.stop)
    if refs is None and subject is not None and subject.run_on == "ref":
        refs = _refs_run_into(lines, subject, classified)
    return Parts(eo=eo and _eo(lines, eo), tags=tags and _tags(lines, tags), subject=subject,
                 refs=refs, classified_by=classified and _classified_by(lines, classified))


def _refs_run_into(lines: tuple[str, ...], subject: Subject, classified: Site | None) -> Refs:
    """The REF block a SUBJECT runs on into (`SUBJECT: ... FUTURE BANK REF: A. ... B. STATE 148605
    Classified By: ...`, 07MANAMA1011), to the end of the SUBJECT's lines or to a Classified By run
    on after it."""
    first, last = subject.raw.span.line - 1, subject.raw.span.end_line - 1
    for i in range(first, last + 1):
        start = subject.label.span.end_column - 1 if i == first else 0
        m = SUBJECT_RUN_ON_RE.search(lines[i], start)
        if m is not None and m.group("ref") and REF_RE.match(lines[i][m.start():]):
            stop = classified.column if classified is not None and classified.line == last \
                and (last > i or classified.column > m.start()) else None
            return parse_refs(lines, i, last, stop, column=m.start())
    return None


def eo_sites(lines: tuple[str, ...], layout: Layout, run_ons: RunOnLines) -> Iterator[Site]:
    """Where the E.O. line may be, best first."""
    yield from _layout_site(layout.sites.eo)
    for i, start in run_ons:
        found = find_eo(lines[i], start, run_on=True)
        if found is not None and found.kind == "line":
            yield Site(i, found.column, stop=found.stop, how="run_on")


def tags_sites(lines: tuple[str, ...], layout: Layout, run_ons: RunOnLines) -> Iterator[Site]:
    """Where TAGS may be, best first (run on: up to a SUBJECT label after them)."""
    yield from _layout_site(layout.sites.tags)
    for i, start in run_ons:
        found = find_tags(lines[i], start, run_on=True)
        if found is not None:
            yield Site(i, found.column, stop=found.stop, how="run_on")


def subject_sites(lines: tuple[str, ...], layout: Layout, run_ons: RunOnLines) -> Iterator[Site]:
    """Where SUBJECT may be, best first."""
    yield from _layout_site(layout.sites.subject)
    for i, start in run_ons:
        at = subject_at(lines[i], start)
        if at is not None:
            yield Site(i, at, how="run_on")


def classified_by_sites(lines: tuple[str, ...], layout: Layout, run_ons: RunOnLines,
                        paragraphs: tuple[Paragraph, ...] = ()) -> Iterator[Site]:
    """Where Classified By may be, best first: above the text (run on: on that line alone), then
    as the text of paragraph 1."""
    yield from _layout_site(layout.sites.classified_by)
    for i, start in run_ons:
        found = find_classified_by(lines[i], start, run_on=True)
        if found is not None:
            yield Site(i, found.column, how="run_on")
    yield from _paragraph_classified_by(lines, paragraphs)


def _paragraph_classified_by(lines: tuple[str, ...],
                             paragraphs: tuple[Paragraph, ...]) -> Iterator[Site]:
    """Old cables write `1. (U) CLASSIFIED BY ... REASON: 1.5 (D).` as paragraph 1 (in its first two
    lines), from its label (its portion mark is the paragraph's); some write it as paragraph 2,
    under an action line, as the paragraph's whole text (`2. (U) Classified by Acting DAS James
    Knight, Reasons 1.4 (b) and (d).`, html-fragment/08STATE103511)."""
    if not paragraphs:
        return
    first = paragraphs[0]
    for i in range(first.span.line - 1, min(first.span.line + 1, first.span.end_line)):
        found = find_classified_by(lines[i], run_on=True)
        if found is not None:
            yield Site(i, found.label, first.span.end_line - 1, how="paragraph")
    if len(paragraphs) > 1:
        second = paragraphs[1]
        line = lines[second.span.line - 1]
        found = find_classified_by(line, run_on=True)
        if found is not None and _opens_text(line, second, found.label):
            yield Site(second.span.line - 1, found.label, second.span.end_line - 1,
                       how="paragraph")


def _opens_text(line: str, p: Paragraph, column: int) -> bool:
    """Nothing but the portion mark stands between paragraph `p`'s marker and `column`."""
    between = line[p.marker.span.end_column - 1:column].strip(WS)
    mark = p.portion_mark
    return not between or mark is not None and between.strip("().:") == mark.value


def _eo(lines: tuple[str, ...], site: Site) -> EoLine:
    return parse_eo(lines, site.line, offset=site.column, stop=site.stop)


def _tags(lines: tuple[str, ...], site: Site) -> Tags:
    return parse_tags(lines, site.line, site.last_line, at=site.column, stop=site.stop)


def _classified_by(lines: tuple[str, ...], site: Site) -> ClassifiedBy:
    """Text may follow a Classified By found inside other text (a line, paragraph 1): no run-on."""
    return parse_classified_by(lines, site.line, site.last_line, offset=site.column,
                               text_may_follow=site.how != "layout")


def _subject(lines: tuple[str, ...], site: Site) -> Subject:
    if site.how == "run_on":
        return parse_run_on_subject(lines, site.line, site.column)
    m = SUBJECT_RE.match(lines[site.line].lstrip(WS))
    return parse_subject(lines, site.line, site.last_line, m, site.stop)


def _layout_site(site: Site | None) -> Iterator[Site]:
    if site is not None:
        yield site


def _first(sites: Iterable[Site]) -> Site | None:
    return next(iter(sites), None)


def _known_from(site: Site | None, run_ons: RunOnLines) -> int:
    """The first preamble line read with the part of `site` known (past the end: never known, as
    a Classified By found in paragraph 1 is not while the preamble is read)."""
    if site is None or site.how == "paragraph":
        return run_ons.end
    return run_ons.start if site.how == "layout" else max(run_ons.start, site.line + 1)
