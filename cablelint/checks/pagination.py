"""pagination: page-break lines must agree with the banner and count their pages in order (X9)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable, PageBreak
from .base import CheckKind


def page_problem(pb: PageBreak, cable: Cable, previous: int | None) -> str | None:
    """What is wrong with one page-break line, or None."""
    banner = cable.banner
    page = int(pb.page.split(".")[0])
    if banner is not None and banner.section_total and int(pb.total) != int(banner.section_total):
        return f"total {pb.total} but the banner says SECTION {banner.section} OF {banner.section_total}"
    if page > int(pb.total):
        return f"page {pb.page} is beyond the total {pb.total}"
    if previous is None and page not in (1, 2):
        return f"the first page break is page {pb.page}; expected 001 or 002"
    if previous is not None and page not in (previous, previous + 1):
        return f"page {pb.page} follows page {previous:03d}"
    if banner is not None and banner.serial and int(pb.serial) != int(banner.serial):
        return f"serial {pb.serial} but the banner's serial is {banner.serial}"
    if banner is not None and banner.station and pb.station not in banner.station:
        return f"station '{pb.station}' is not part of the banner's '{banner.station}'"
    return None


class Pagination(CheckKind):
    """No parameters. Each page-break line (`ASTANA 00000604 002 OF 003`) must give the banner's
    SECTION total, count 001/002 ... in order, carry the banner's serial and start with its station.

    Message placeholders: `{value}` (the line), `{problem}`.
    """

    name = "pagination"
    needs_target = False

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        previous = None
        for pb in cable.page_breaks:
            problem = page_problem(pb, cable, previous)
            if problem:
                yield self.rule.diagnostic(cable, pb.raw.span, value=pb.raw.value, problem=problem)
            previous = int(pb.page.split(".")[0])
