"""The transmission header above the banner: its DE line, security line, date-time group and
addressees."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from ..record import Record, set_field

if TYPE_CHECKING:
    from .spans import Span, Text


class DeLine(Record):
    """`DE RUEHTA #0604/01 0660517`: transmitting station, serial, section, day of year, time."""

    raw: Text
    routing_indicator: str | None
    serial: str | None
    section: str | None
    day_of_year: int | None
    time: str | None

    __slots__ = ("raw", "routing_indicator", "serial", "section", "day_of_year", "time")

    def __init__(self, raw, routing_indicator, serial, section, day_of_year, time) -> None:
        set_field(self, "raw", raw)
        set_field(self, "routing_indicator", routing_indicator)
        set_field(self, "serial", serial)
        set_field(self, "section", section)
        set_field(self, "day_of_year", day_of_year)
        set_field(self, "time", time)


class SecurityLine(Record):
    """`ZNY CCCCC ZZH`: operating signal and classification letters."""

    raw: Text
    signal: str | None        # ZNY | ZNR
    letters: str | None       # CCCCC

    __slots__ = ("raw", "signal", "letters")

    def __init__(self, raw, signal, letters) -> None:
        set_field(self, "raw", raw)
        set_field(self, "signal", signal)
        set_field(self, "letters", letters)


class Dtg(Record):
    """Date-time group `P 070517Z MAR 07` with optional operating signals after it."""

    raw: Text
    prosigns: str | None
    day: int | None
    hour: int | None
    minute: int | None
    month: str | None
    year: int | None          # four digits
    signals: str
    when: _dt.datetime | None  # None when the date is impossible
    written_year: str | None  # the year as written (`07`, `2007`); None: not a DTG's form

    __slots__ = (
        "raw", "prosigns", "day", "hour", "minute", "month", "year", "signals", "when",
        "written_year",
    )

    def __init__(
            self, raw, prosigns, day, hour, minute, month, year, signals, when, written_year=None
    ) -> None:
        set_field(self, "raw", raw)
        set_field(self, "prosigns", prosigns)
        set_field(self, "day", day)
        set_field(self, "hour", hour)
        set_field(self, "minute", minute)
        set_field(self, "month", month)
        set_field(self, "year", year)
        set_field(self, "signals", signals)
        set_field(self, "when", when)
        set_field(self, "written_year", written_year)


class Header(Record):
    """The transmission header (telegram envelope) above the banner."""

    span: Span
    transmission_id: Text | None
    routing: Text | None
    de: DeLine | None
    security: SecurityLine | None
    dtg: Dtg | None
    originator: Text | None
    action: tuple[Text, ...]
    info: tuple[Text, ...]
    action_precedence: str | None  # the letter the first TO addressee's keyword gives (`FLASH`: Z)
    misplaced_above: Text | None   # right above VZCZC, belonging elsewhere: `Cable Text:`, a banner

    __slots__ = (
        "span", "transmission_id", "routing", "de", "security", "dtg", "originator", "action",
        "info", "action_precedence", "misplaced_above",
    )

    def __init__(
            self, span, transmission_id=None, routing=None, de=None, security=None, dtg=None,
            originator=None, action=(), info=(), action_precedence=None, misplaced_above=None
    ) -> None:
        set_field(self, "span", span)
        set_field(self, "transmission_id", transmission_id)
        set_field(self, "routing", routing)
        set_field(self, "de", de)
        set_field(self, "security", security)
        set_field(self, "dtg", dtg)
        set_field(self, "originator", originator)
        set_field(self, "action", action)
        set_field(self, "info", info)
        set_field(self, "action_precedence", action_precedence)
        set_field(self, "misplaced_above", misplaced_above)
