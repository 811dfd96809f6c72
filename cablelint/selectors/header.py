"""Selectors of the transmission header: VZCZC, routing, DE, security line, DTG, FM, TO."""

from __future__ import annotations

import calendar
import datetime as dt

from ..document import Cable, Span
from .node import Node, one
from .registry import selector


def _header(cable: Cable, name: str):
    return getattr(cable.header, name) if cable.header is not None else None


@selector("header", "the transmission header")
def _whole(c: Cable) -> list[Node]:
    return one("header", c.header.span if c.header else None)


@selector("header.security", "security line `ZNY CCCCC ZZH` as written")
def _security(c: Cable) -> list[Node]:
    return one(_header(c, "security") and c.header.security.raw.value,
               _header(c, "security") and c.header.security.raw.span)


@selector("header.security.level",
          "first classification letter of the security line (U, E, C, S, T)")
def _security_level(cable: Cable) -> list[Node]:
    security = _header(cable, "security")
    if security is None or not security.letters:
        return []
    return [Node(security.letters[0], security.raw.span)]


@selector("header.dtg", "date-time group as written")
def _dtg(c: Cable) -> list[Node]:
    return one(_header(c, "dtg") and c.header.dtg.raw.value,
               _header(c, "dtg") and c.header.dtg.raw.span)


@selector("header.transmission_id", "transmission id `VZCZCXRO7837`")
def _transmission_id(c: Cable) -> list[Node]:
    return one(c.header and c.header.transmission_id and c.header.transmission_id.value,
               c.header and c.header.transmission_id and c.header.transmission_id.span)


@selector("header.routing", "routing line")
def _routing(c: Cable) -> list[Node]:
    return one(c.header and c.header.routing and c.header.routing.value,
               c.header and c.header.routing and c.header.routing.span)


@selector("header.precedences[]",
          "precedence letter of the routing line, the DTG and the TO keyword")
def _precedences(cable: Cable) -> list[Node]:
    """The precedence letter as the routing line, the DTG and the first TO addressee give it (the TO
    keyword's ROUTINE, R, left out)."""
    header = cable.header
    if header is None:
        return []
    nodes = []
    if header.routing is not None:
        nodes.append(Node(header.routing.value[0], header.routing.span))
    if header.dtg is not None and header.dtg.prosigns:
        nodes.append(Node(header.dtg.prosigns[0], header.dtg.raw.span))
    if header.action_precedence is not None and header.action_precedence != "R":
        nodes.append(Node(header.action_precedence, header.action[0].span))
    return nodes


@selector("header.de", "the DE line")
def _de(c: Cable) -> list[Node]:
    return one(c.header and c.header.de and c.header.de.raw.value,
               c.header and c.header.de and c.header.de.raw.span)


@selector("header.de.serial", "DE serial `0604`")
def _de_serial(c: Cable) -> list[Node]:
    return one(c.header and c.header.de and c.header.de.serial,
               c.header and c.header.de and c.header.de.raw.span)


@selector("header.de.date", "the DE line's day of year as a date")
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


@selector("header.de.common_year_day", "the DE line's day of year, when it is one day before the "
          "DTG's date in a leap year and would be that date in a common year")
def _de_common_year_day(cable: Cable) -> list[Node]:
    """The DE line's day of year when the DTG's year is a leap year, the date is after February and
    the day fits the DTG's date only in a common year (`DE RUEHTH #1501 2661510` with `231510Z SEP
    00`, pdf-extract/00ATHENS1501): the DTG's year may be the fault, not the DE line."""
    header = cable.header
    nodes = _de_date(cable)
    if not nodes or header.dtg.when.month <= 2 or not calendar.isleap(header.dtg.when.year):
        return []
    sent = header.dtg.when.date()
    return [Node(header.de.day_of_year, nodes[0].span)] if nodes[0].value == sent - \
        dt.timedelta(days=1) else []


@selector("header.dtg.signals", "operating signals after the DTG (`ZDK`)")
def _dtg_signals(c: Cable) -> list[Node]:
    return one(c.header and c.header.dtg and c.header.dtg.signals,
               c.header and c.header.dtg and c.header.dtg.raw.span)


@selector("header.dtg.hour", "DTG date and hour, `2006-08-28 11:00`")
def _dtg_hour(cable: Cable) -> list[Node]:
    dtg = cable.header.dtg if cable.header is not None else None
    return (
        [Node(dtg.when.strftime("%Y-%m-%d %H:00"), dtg.raw.span)]
        if dtg is not None and dtg.when
        else []
    )


@selector("header.originator", "FM line")
def _originator(c: Cable) -> list[Node]:
    return one(c.header and c.header.originator and c.header.originator.value,
               c.header and c.header.originator and c.header.originator.span)


@selector("header.action", "first TO addressee")
def _action(c: Cable) -> list[Node]:
    return [Node(t.value, t.span) for t in c.header.action[:1]] if c.header else []


@selector("header.lines[]", "every line of the header")
def _header_lines(cable: Cable) -> list[Node]:
    if cable.header is None:
        return []
    span = cable.header.span
    return [Node(cable.lines[i].strip(), Span(i + 1, 1, i + 1, len(cable.lines[i]) + 1))
            for i in range(span.line - 1, span.end_line) if cable.lines[i].strip()]


@selector("header.glued_to_banner", "last header line directly above the banner")
def _glued_to_banner(cable: Cable) -> list[Node]:
    """The banner right under the last header line, with no blank line between (seed 004 L33-34)."""
    if cable.header is None or cable.banner is None:
        return []
    line = cable.banner.raw.span.line
    if cable.header.span.end_line == line - 1:
        return [Node(cable.lines[line - 2].strip(),
                     Span(line - 1, 1, line, cable.banner.raw.span.end_column))]
    return []


@selector("header.preamble_garbage", "text right above VZCZC that belongs elsewhere")
def _preamble_garbage(cable: Cable) -> list[Node]:
    """Text right above VZCZC that belongs elsewhere: `Cable Text:`, or the banner
    (09STATE119085; `Header.misplaced_above`)."""
    misplaced = cable.header and cable.header.misplaced_above
    return one(misplaced and misplaced.value, misplaced and misplaced.span)
