"""pagination: page-break lines must agree with the banner and count their pages in order (X9)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable, PageBreak
from ..numbering import WITHHELD_LINE_RE
from ..parsing.pages import glued_page_break
from .base import CheckKind, worded, wordings


def station_matches(station: str, banner_station: str) -> bool:
    """The page break's station (`Kiev` for `KIEV`), or its last words (text glued before it: `HM
    LONDON`, `XXXXXXLONDON`), is part of the banner's station (which a page line may cut: `BUENOS
    AIR`)."""
    station, banner_station = station.upper(), banner_station.upper()
    words = station.split()
    return station.endswith(banner_station) or any(" ".join(words[k:]) in banner_station
                                                   for k in range(len(words)))


#: code -> the values each problem of a page-break line fills in its wording
PROBLEMS = {"section_total": ("total", "section", "section_total"),
            "beyond_total": ("page", "total"), "first_page": ("page",),
            "out_of_order": ("page", "previous"), "serial": ("serial", "banner_serial"),
            "station": ("station", "banner_station")}


def page_problem(pb: PageBreak, cable: Cable, previous: int | None,
                 withheld: bool = False) -> tuple[str, dict] | None:
    """What is wrong with one page-break line (a code of PROBLEMS and its values), or None; after
    withheld text (`withheld`) the page's place in the count is not judged: the pages between may
    have gone with the text."""
    banner = cable.banner
    page = int(pb.page.split(".")[0])
    if banner is not None and banner.section_total and int(pb.total) != int(banner.section_total):
        return "section_total", {"total": pb.total, "section": banner.section,
                                 "section_total": banner.section_total}
    if page > int(pb.total):
        return "beyond_total", {"page": pb.page, "total": pb.total}
    if not withheld and previous is None and page not in (1, 2):
        return "first_page", {"page": pb.page}
    if not withheld and previous is not None and page not in (previous, previous + 1):
        return "out_of_order", {"page": pb.page, "previous": f"{previous:03d}"}
    if banner is not None and banner.serial and int(pb.serial) != int(banner.serial):
        return "serial", {"serial": pb.serial, "banner_serial": banner.serial}
    if banner is not None and banner.station and not station_matches(pb.station, banner.station):
        return "station", {"station": pb.station, "banner_station": banner.station}
    return None


class Pagination(CheckKind):
    """Each page-break line (`ASTANA 00000604 002 OF 003`), standing alone or glued into a line of
    the text, must give the banner's SECTION total, count 001/002 ... in order, carry the banner's
    serial and start with its station. The count is not judged across withheld text (a line that is
    nothing but a redaction, `XXXXXXXXXXXX`: the page lines 002-008 of 08PARIS1698 went with it).

    Parameter `problems`: the wording of each problem, with its own placeholders: `section_total`
    ({total}, {section}, {section_total}), `beyond_total` ({page}, {total}), `first_page`
    ({page}), `out_of_order` ({page}, {previous}), `serial` ({serial}, {banner_serial}),
    `station` ({station}, {banner_station}). One finding per line, for its first problem.
    Message placeholders: `{value}` (the line), `{problem}` (the problem worded).
    """

    name = "pagination"
    placeholders = ("value", "problem")
    needs_target = False
    params_schema = {"type": "object", "additionalProperties": False, "required": ["problems"],
                     "properties": {"problems": wordings(PROBLEMS)}}

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        previous = None
        glued = (glued_page_break(g.raw) for g in cable.glued_page_breaks)
        in_order = sorted([*cable.page_breaks, *(pb for pb in glued if pb is not None)],
                          key=lambda pb: (pb.raw.span.line, pb.raw.span.column))
        since = 0                   # the line after the previous page break
        for pb in in_order:
            line = pb.raw.span.line
            withheld = any(WITHHELD_LINE_RE.match(text) for text in cable.lines[since:line - 1]
                           if "XXXXXX" in text or "]" in text)    # (what every redaction holds)
            problem = page_problem(pb, cable, previous, withheld)
            if problem:
                code, values = problem
                yield self.rule.diagnostic(cable, pb.raw.span, value=pb.raw.value,
                                           problem=worded(self.params["problems"][code], values))
            previous, since = int(pb.page.split(".")[0]), line
