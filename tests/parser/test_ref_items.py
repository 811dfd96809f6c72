"""The parser records what a REF item holds (its selectors only read it: selectors/refs.py)."""

from cablelint.document import Span, Text
from cablelint.parsing.ref_items import ref_item


def item(value: str, enumerator: str | None = None):
    text = Text(value, Span(3, 6, 3, 6 + len(value)))
    if enumerator is None:
        return ref_item(None, text)
    return ref_item(Text(enumerator, Span(3, 6, 3, 6 + len(enumerator))), text)


def test_a_cited_cable_has_its_station_and_year():
    found = item("A. 09 STATE 96625", "A.")
    assert (found.letter, found.station.value, found.year.value) == ("A", "STATE", "09")
    assert found.station.span == Span(3, 12, 3, 17)


def test_an_item_that_cites_no_cable_has_no_station():
    assert item("B. UNSCR 1737", "B.").station is None
    assert item("C. PARIS POINTS 20 SEPTEMBER 2007", "C.").station is None


def test_a_doubled_enumerator_is_the_cables_own_after_the_mirrors():
    found = item("C. C) SINGAPORE 675", "C.")
    assert found.doubled.value == "C)" and found.inner.letter == "C"
    assert found.station.value == "SINGAPORE"


def test_glued_and_later_enumerators():
    assert item("(B)SAO PAULO 10").glued.letter == "B"
    later = item("C) 06 Reykjavik 359  D) 06 Reykjavik 364", "C)").later
    assert [(e.letter, e.text.value) for e in later] == [("D", "D)")]
