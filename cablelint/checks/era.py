"""era: judge the E.O. line and the reason section against the executive orders of
vocab/executive-orders.tsv (cablelint/eras.py) and the cable's date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from .. import eras
from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind

#: `E.O. 12958: DECL: ...`: the standard label, the order, a colon, the instruction. `EO 12958 DECL: ...`
#: (no dots, no colon) is a second intact style (564 corpus cables); extra spaces are typography, and so
#: are a space inside the label and none after it (`E. O. 11652: GDS`, 1973; `E.O.12356: DECL:OADR`, 1989).
EO_FORM_RE = re.compile(r"(?:E\. *O\. *(?P<order>\d{5}) *:|EO +(?P<bare>\d{5}) +)\s*(?P<instruction>.*)")


class Era(CheckKind):
    """Reports an E.O. line or reason section that the executive order in force on the cable's date
    does not allow (vocab/executive-orders.tsv). Parameters:

    - `judge`: what is judged.
      `order`: the order cited on the E.O. line must be citable on the cable's date (signed, not yet
      replaced, plus `grace_days`); a declassification-review stamp (`DECLASSIFIED ...`) is not judged.
      `form`: the E.O. line must read `E.O. NNNNN: INSTRUCTION`, the order one of the list and the
      instruction one of that order's forms (`GDS` under 11652, `DECL: OADR` under 12356).
      `reason`: the reason section (`1.4`, `1.5`) must be the one of an order citable on the cable's
      date; before any order had reason sections nothing is judged.
    - `grace_days`: tolerance past an order's replacement, while templates were updated.
    - `fallback_order`: for `form`, whose example forms `{expected}` shows when the order is unknown.

    Cables without a known date are not judged (`form` needs no date).
    Message placeholders: `{value}`, `{cable_date}`, `{period}` (the order(s) in force), `{expected}`.
    """

    name = "era"
    placeholders = ("value", "cable_date", "period", "expected")
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["judge"],
        "properties": {"judge": {"enum": ["order", "form", "reason"]},
                       "grace_days": {"type": "integer", "minimum": 0},
                       "fallback_order": {"type": "string", "pattern": "^[0-9]{5}$"}},
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.grace = dt.timedelta(days=self.params.get("grace_days", 0))
        self.judge = {"order": self._order, "form": self._form, "reason": self._reason}[self.params["judge"]]

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for node in select(cable, self.rule.target):
            problem = self.judge(cable, str(node.value))
            if problem is not None:
                yield self.rule.diagnostic(cable, node.span, value=node.value, cable_date=cable.date,
                                           **problem)

    def _order(self, cable: Cable, order: str) -> dict | None:
        date, known = cable.date, eras.eras_of_order(order)
        if date is None or not known or (cable.eo is not None and cable.eo.decl_kind == "review"):
            return None
        if any(era.citable(date, self.grace) for era in known):
            return None
        in_force = eras.era_on(date)
        cited = eras.span(known[0].in_force_from, known[-1].replaced_on)
        then = in_force.label if in_force else "no order of the list"
        return {"period": f"E.O. {order} was in force {cited}; on that date {then}"}

    def _form(self, cable: Cable, line: str) -> dict | None:
        m = EO_FORM_RE.fullmatch(line)
        known = eras.eras_of_order(m.group("order") or m.group("bare")) if m else ()
        instruction = m.group("instruction") if m else ""
        if any(era.decl_forms and era.decl_forms.fullmatch(instruction) for era in known):
            return None
        named = eras.eras_of_order(cable.eo.order) if cable.eo is not None else ()
        examples = known or named or eras.eras_of_order(self.params.get("fallback_order"))
        return {"expected": examples[-1].examples if examples else "'E.O. NNNNN: ...'"}

    def _reason(self, cable: Cable, section: str) -> dict | None:
        date = cable.date
        if date is None:
            return None
        citable = [era for era in eras.all_eras() if era.citable(date) and era.reason_section]
        if not citable or any(era.reason_section == section for era in citable):
            return None
        return {"period": "; ".join(f"{era.period}, uses section {era.reason_section}" for era in citable)}
