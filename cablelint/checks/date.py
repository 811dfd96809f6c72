"""date: a date at `target` must lie within limits relative to the cable's own date (DTG, else
Created, else the cable's cables.csv row: `dating.resolve_date`)."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


def add_years(date: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February falls back to the 28th)."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


class Date(CheckKind):
    """Reports each date at `target` that lies outside limits counted from the cable's own date (a
    declassification date before the cable, or too far after it). Parameters (at least one):

    - `min_days`: the date must be at least this many days after the cable date (1 = strictly after).
    - `max_days`: the date must be at most this many days after the cable date.
    - `max_years`: the date must be at most this many years after the cable date.

    Cables without a known date are not checked; a cable known only by its year is reported only
    when the limit is broken for every day of that year. Message placeholders: `{value}`, `{cable_date}`,
    `{years}` (years between the two dates, one decimal), `{days}`, `{value_year}` (the year of
    `value`, for a date that stands for a year: a REF's cable id).
    """

    name = "date"
    placeholders = ("value", "cable_date", "years", "days", "value_year")
    params_schema = {
        "type": "object", "additionalProperties": False, "minProperties": 1,
        "properties": {"min_days": {"type": "integer"}, "max_days": {"type": "integer"},
                       "max_years": {"type": "integer", "minimum": 0}},
    }

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        dated = cable.dated
        if dated is None:
            return
        first, last = dated.earliest, dated.latest
        for node in select(cable, self.rule.target):
            date = node.value
            too_early = "min_days" in self.params and date < first + dt.timedelta(
                days=self.params["min_days"]
            )
            too_late = (
                "max_years" in self.params and date > add_years(last, self.params["max_years"])
            ) or (
                "max_days" in self.params
                and date > last + dt.timedelta(days=self.params["max_days"])
            )
            if too_early or too_late:
                nearest = first if too_early else last
                years = round((date - nearest).days / 365.25, 1)
                yield self.rule.diagnostic(cable, node.span, value=date, cable_date=dated,
                                           years=years, days=(date - nearest).days,
                                           value_year=date.year)
