"""order_in_force, eo_line_form, reason_section_in_force: the E.O. line and the reason section
judged against the executive orders of vocab/executive-orders.tsv (cablelint/eras.py) and the
cable's date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from .. import eras
from ..diagnostic import Diagnostic
from ..document import Cable
from ..selectors import select
from .base import CheckKind

#: `E.O. 12958: DECL: ...`: the standard label, the order, a colon, the instruction.
#: `EO 12958 DECL: ...` (no dots, no colon) is a second intact style (564 corpus cables); extra
#: spaces are typography, and so are a space inside the label and none after it
#: (`E. O. 11652: GDS`, 1973; `E.O.12356: DECL:OADR`, 1989).
EO_FORM_RE = re.compile(r"(?:E\. *O\. *(?P<order>\d{5}) *:|EO +(?P<bare>\d{5}) +)"
                        r"\s*(?P<instruction>.*)")


class OrderJudge(CheckKind):
    """What the three kinds share: each value at `target` judged, a finding with `{value}`, the
    cable's date `{cable_date}` and what the judgement found. Not a kind of its own."""

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for node in select(cable, self.rule.target):
            problem = self.judge(cable, str(node.value))
            if problem is not None:
                yield self.rule.diagnostic(cable, node.span, value=node.value,
                                           cable_date=cable.dated, **problem)

    def judge(self, cable: Cable, value: str) -> dict | None:
        """The placeholders of a finding about `value` beyond value and cable_date, or None."""
        raise NotImplementedError


class OrderInForce(OrderJudge):
    """The order cited on the E.O. line must be citable on the cable's date: signed, and not yet
    replaced (plus `grace_days`, a tolerance while templates were updated). A declassification
    review stamp (`DECLASSIFIED ...`), an order the list does not know and a cable without a known
    date are not judged. Parameter: `grace_days`. Message placeholders: `{value}` (the order),
    `{cable_date}`, `{period}` (when the order was in force and which one was on that date).
    """

    name = "order_in_force"
    placeholders = ("value", "cable_date", "period")
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"grace_days": {"type": "integer", "minimum": 0}}}

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.grace = dt.timedelta(days=self.params.get("grace_days", 0))

    def judge(self, cable: Cable, order: str) -> dict | None:
        date, known = cable.date, eras.eras_of_order(order)
        if date is None or not known or (cable.eo is not None and cable.eo.decl_kind == "review"):
            return None
        if any(era.citable(date, self.grace) for era in known):
            return None
        in_force = eras.era_on(date)
        cited = eras.span(known[0].in_force_from, known[-1].replaced_on)
        then = in_force.label if in_force else "no order of the list"
        return {"period": f"E.O. {order} was in force {cited}; on that date {then}"}


class EoLineForm(OrderJudge):
    """The E.O. line must read `E.O. NNNNN: INSTRUCTION` (or `EO NNNNN DECL: ...`), the order one of
    the list and the instruction one of that order's forms (`GDS` under 11652, `DECL: OADR` under
    12356); the cable's date is not needed. Parameter: `fallback_order` (whose example forms
    `{expected}` shows when the line names no known order). Message placeholders: `{value}` (the
    line), `{cable_date}`, `{expected}` (the example forms of the order).
    """

    name = "eo_line_form"
    placeholders = ("value", "cable_date", "expected")
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"fallback_order": {"type": "string", "pattern": "^[0-9]{5}$"}}}

    def judge(self, cable: Cable, line: str) -> dict | None:
        m = EO_FORM_RE.fullmatch(line)
        known = eras.eras_of_order(m.group("order") or m.group("bare")) if m else ()
        instruction = m.group("instruction") if m else ""
        if any(era.decl_forms and era.decl_forms.fullmatch(instruction) for era in known):
            return None
        named = eras.eras_of_order(cable.eo.order) if cable.eo is not None else ()
        examples = known or named or eras.eras_of_order(self.params.get("fallback_order"))
        return {"expected": examples[-1].examples if examples else "'E.O. NNNNN: ...'"}


class ReasonSectionInForce(OrderJudge):
    """The reason section (`1.4`, `1.5`) must be the one of an order citable on the cable's date;
    before any order had reason sections, and on a cable without a known date, nothing is judged.
    A cable known only by its year (a JSON body, an HTML fragment) is judged when the section is
    wrong on every day of that year. No parameters. Message placeholders: `{value}` (the section),
    `{cable_date}`, `{period}` (the orders citable then and the section each uses).
    """

    name = "reason_section_in_force"
    placeholders = ("value", "cable_date", "period")

    def judge(self, cable: Cable, section: str) -> dict | None:
        dated = cable.dated
        if dated is None:
            return None
        with_sections = [era for era in eras.all_eras() if era.reason_section]
        if not all(any(era.citable(day) for era in with_sections)
                   for day in (dated.earliest, dated.latest)):
            return None
        citable = [era for era in with_sections
                   if era.citable_between(dated.earliest, dated.latest)]
        if any(era.reason_section == section for era in citable):
            return None
        uses = (f"{era.period}, uses section {era.reason_section}" for era in citable)
        return {"period": "; ".join(uses)}
