"""period: a value at `target` is only right for cables dated within the period given for that
value."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind


class Period(CheckKind):
    """Reports each value at `target` used on a cable dated outside the period when that value was
    in use (OADR after 1995). Parameters:

    - `periods`: map from a regular expression (matched in full, ignoring case) to
      `{from: DATE, before: DATE, label: TEXT}`; either bound may be left out. A value that no
      expression matches is not checked (other rules judge unknown values).
    - `grace_days`: tolerance past `before`, for cables written while a change was being rolled out.

    Cables without a known date are not checked; a cable known only by its year is reported only when
    no day of that year lies in the period.
    Message placeholders: `{value}`, `{cable_date}`, `{period}` (the period's label, or its bounds).
    """

    name = "period"
    placeholders = ("value", "cable_date", "period")
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["periods"],
        "properties": {
            "periods": {"type": "object", "additionalProperties": {
                "type": "object", "additionalProperties": False,
                "properties": {"from": {"type": "string", "format": "date"},
                               "before": {"type": "string", "format": "date"},
                               "label": {"type": "string"}}}},
            "grace_days": {"type": "integer", "minimum": 0},
        },
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        grace = dt.timedelta(days=self.params.get("grace_days", 0))
        self.periods = []
        for value, period in self.params["periods"].items():
            start = dt.date.fromisoformat(period["from"]) if "from" in period else dt.date.min
            end = (
                dt.date.fromisoformat(period["before"]) + grace
                if "before" in period
                else dt.date.max
            )
            label = (
                period.get("label")
                or f"{period.get('from', '')} to {period.get('before', '')}".strip()
            )
            self.periods.append((re.compile(value, re.I), start, end, label))

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        dated = cable.dated
        if dated is None:
            return
        for node in select(cable, self.rule.target):
            period = next((p for p in self.periods if p[0].fullmatch(str(node.value))), None)
            if period and (dated.latest < period[1] or dated.earliest >= period[2]):
                yield self.rule.diagnostic(cable, node.span, value=node.value, cable_date=dated,
                                           period=period[3])
