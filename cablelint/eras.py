"""The executive orders on classification (vocab/executive-orders.tsv): which was in force on a
cable's date, and what it required on the face of a telegram (E.O. line, Classified By line, portion
marks)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .document import Cable
from .resources import data_dir
from .vocabularies import Vocabulary

#: What a row of executive-orders.tsv can require, as named in a rule's `when: {required_by_order:
#: [...]}`.
REQUIREMENTS = ("eo_line", "classified_by_line", "portion_marks")


@dataclass(frozen=True)
class Era:
    """One executive order (or one state of it: E.O. 12958 as issued and as amended) and its
    rules."""

    key: str
    order: str
    label: str
    signed: dt.date
    in_force_from: dt.date
    replaced_on: dt.date | None
    reason_section: str | None
    requirements: dict                 # requirement -> True, False, or the date it became required
    decl_forms: re.Pattern | None      # the instructions after `E.O. NNNNN:` that the order knew
    examples: str                      # those forms as a reader would write them

    def in_force(self, date: dt.date) -> bool:
        """The order governed cables of this date (from its effective date to its successor's)."""
        return self.in_force_from <= date and (self.replaced_on is None or date < self.replaced_on)

    def citable(self, date: dt.date, grace: dt.timedelta = dt.timedelta(0)) -> bool:
        """A cable of this date may cite the order: from its signature to its replacement, plus
        grace."""
        return self.signed <= date and (self.replaced_on is None or date < self.replaced_on + grace)

    def citable_between(self, first: dt.date, last: dt.date) -> bool:
        """A cable of some day from `first` to `last` may cite the order."""
        return self.signed <= last and (self.replaced_on is None or first < self.replaced_on)

    def requires(self, requirement: str, date: dt.date | None) -> bool:
        """The order required `requirement` on a cable of `date` (a dated requirement needs the
        date)."""
        value = self.requirements[requirement]
        if isinstance(value, dt.date):
            return date is not None and date >= value
        return value

    @property
    def period(self) -> str:
        """`E.O. 11652, in force from 1972-06-01 to 1978-12-01`."""
        return f"{self.label}, in force {span(self.in_force_from, self.replaced_on)}"


def span(start: dt.date, end: dt.date | None) -> str:
    """`from 1972-06-01 to 1978-12-01`, or `from 2010-06-27` for an order still in force."""
    return f"from {start.isoformat()}" + (f" to {end.isoformat()}" if end else "")


def _requirement(text: str) -> bool | dt.date:
    return dt.date.fromisoformat(text) if text[:1].isdigit() else text == "yes"


def _era(key: str, columns: list[str]) -> Era:
    order, label, signed, start, end, section, *required = columns[:9]
    forms, examples = (columns[9:11] + ["", ""])[:2]
    return Era(key=key, order=order, label=label, signed=dt.date.fromisoformat(signed),
               in_force_from=dt.date.fromisoformat(start),
               replaced_on=dt.date.fromisoformat(end) if end else None,
               reason_section=None if section in ("", "-") else section,
               requirements=dict(zip(REQUIREMENTS, (_requirement(r) for r in required))),
               decl_forms=re.compile(forms) if forms else None, examples=examples)


@lru_cache(maxsize=1)
def all_eras() -> tuple[Era, ...]:
    """Every row of vocab/executive-orders.tsv, oldest first."""
    vocabulary = Vocabulary("executive-orders", data_dir("vocab") / "executive-orders.tsv")
    return tuple(sorted((_era(key, columns) for key, columns in vocabulary.rows.items()),
                        key=lambda era: era.in_force_from))


def era_on(date: dt.date) -> Era | None:
    """The order in force on a date, or None before the first one listed."""
    return next((era for era in all_eras() if era.in_force(date)), None)


def eras_of_order(order: str | None) -> tuple[Era, ...]:
    """The rows of an order number (12958 has two), empty for an order the list does not know."""
    return tuple(era for era in all_eras() if era.order == order)


def cable_eras(cable: Cable) -> tuple[Era, ...]:
    """The order(s) a cable was written under: the one in force on its date (for a year-only date,
    the one in force all that year), else the order its E.O. line names (when that order is known);
    empty when neither is known, so era rules say nothing."""
    dated = cable.dated
    if dated is not None:
        first = era_on(dated.earliest)
        if dated.exact is not None or first == era_on(dated.latest):
            return (first,) if first else ()
    if (
        cable.eo is None or cable.eo.decl_kind == "review"
    ):  # a later review stamp names the reviewer's order
        return ()
    return eras_of_order(cable.eo.order)


def required(cable: Cable, requirement: str) -> bool:
    """The order the cable was written under required `requirement` (on every day the cable may date
    from); False when that order is unknown."""
    eras = cable_eras(cable)
    earliest = cable.dated.earliest if cable.dated is not None else None
    return bool(eras) and all(era.requires(requirement, earliest) for era in eras)


def written_before(cable: Cable, order: str) -> bool:
    """The cable was written under orders that were all replaced before `order` came in force (a
    1990 cable before E.O. 12958); False when its era is unknown."""
    eras, start = cable_eras(cable), min(era.in_force_from for era in eras_of_order(order))
    return bool(eras) and all(
        era.replaced_on is not None and era.replaced_on <= start for era in eras
    )
