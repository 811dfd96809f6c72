"""The preamble's layout and the one resolver per part (parsing/layout.py, parsing/resolve.py):
where each labelled part is found, and which place wins when it is written twice."""

from __future__ import annotations

from cables import BANNER, CAPTIONS, CLASSIFIED_BY, EO, SUBJECT, TAGS, cable, replaced

from cablelint.parsing import parse
from cablelint.parsing.layout import lay_out
from cablelint.parsing.resolve import RunOnLines


def test_the_layout_records_each_block_once_and_parses_nothing():
    lines = tuple(cable().split("\n"))
    start = lines.index(BANNER) + 1
    layout = lay_out(lines, start, lines.index("1. (C) First paragraph."))
    assert {name: (site.line, site.how) for name, site in layout.sites.fields().items()
            if site is not None} == {
        "eo": (12, "layout"), "tags": (13, "layout"), "subject": (14, "layout"),
        "classified_by": (16, "layout")}
    assert [caption.value for caption in layout.captions] == [CAPTIONS]


def test_a_classified_by_run_into_the_subject_cuts_it_there():
    text = replaced(f"{SUBJECT}\n\n{CLASSIFIED_BY}", f"{SUBJECT} {CLASSIFIED_BY}")
    parsed = parse(text)
    assert parsed.subject.text == "A SUBJECT"
    assert parsed.subject.run_on == "classified_by"
    assert parsed.classified_by.raw.value == CLASSIFIED_BY
    assert parsed.classified_by.raw.span.line == parsed.subject.raw.span.line


def test_the_first_classified_by_of_the_preamble_wins_over_a_later_one():
    text = replaced(f"{SUBJECT}\n", f"{SUBJECT}\n\nClassified By: Political Officer Jane Roe; "
                                     "Reason 1.4 (c).\n")
    assert parse(text).classified_by.raw.value.startswith("Classified By: Political Officer")


def test_parts_run_on_after_the_banner_are_found_there():
    text = replaced(f"{BANNER}\n\n{CAPTIONS}\n\n{EO}\n{TAGS}\n",
                    f"{BANNER} {EO} {TAGS}\n\n{CAPTIONS}\n\n")
    parsed = parse(text)
    assert parsed.eo.raw.value == EO
    assert [tag.value for tag in parsed.tags.tags] == ["PGOV", "PREL", "KZ"]
    assert parsed.eo.raw.span.line == parsed.tags.raw.span.line == 9


def test_a_classified_by_written_as_paragraph_1_is_found_last():
    text = replaced(f"{CLASSIFIED_BY}\n\n1. (C) First paragraph.",
                    f"1. (U) {CLASSIFIED_BY}\n\n2. (C) First paragraph.")
    parsed = parse(text)
    assert parsed.classified_by.raw.span.line == parsed.paragraphs[0].span.line
    assert parsed.classified_by.run_on is None      # the paragraph's text follows the reason


def test_run_on_lines_are_the_banner_end_then_each_preamble_line():
    run_ons = RunOnLines((8, 40), 9, 12)
    assert list(run_ons) == [(8, 40), (9, 0), (10, 0), (11, 0)]
    assert list(run_ons.until(10)) == [(8, 40), (9, 0)]


def test_classified_by_in_paragraph_1_comes_after_every_site_above_the_text():
    """One search order for Classified By: its block, run on (here after the banner), then
    paragraph 1."""
    text = replaced(f"{BANNER}\n", f"{BANNER} {CLASSIFIED_BY}\n")
    text = replaced(f"{CLASSIFIED_BY}\n\n1. (C) First paragraph.",
                    "1. (U) Classified By: Political Officer Jane Roe; Reason 1.4 (c).", text)
    parsed = parse(text)
    assert parsed.classified_by.raw.value == CLASSIFIED_BY
    assert parsed.classified_by.raw.span.line == parsed.banner.raw.span.line


def test_tags_run_on_after_the_eo_start_where_the_eo_ends():
    """One column for both: the E.O. site's stop is the TAGS site's column."""
    text = replaced(f"{EO}\n{TAGS}\n", f"{EO} {TAGS}\n")
    lines = tuple(text.split("\n"))
    sites = lay_out(lines, lines.index(BANNER) + 1, lines.index("1. (C) First paragraph.")).sites
    assert sites.eo.stop == sites.tags.column == len(EO) + 1
    parsed = parse(text)
    assert parsed.eo.raw.value == EO
    assert parsed.tags.raw.span.column == len(EO) + 2


def test_a_classified_by_inside_another_preamble_line_is_its_site():
    text = replaced(f"{CLASSIFIED_BY}\n", f"(U) Drafted in Astana. {CLASSIFIED_BY}\n")
    lines = tuple(text.split("\n"))
    sites = lay_out(lines, lines.index(BANNER) + 1, lines.index("1. (C) First paragraph.")).sites
    assert (sites.classified_by.line, sites.classified_by.column) == (
        16, len("(U) Drafted in Astana. "))
    assert parse(text).classified_by.raw.value == CLASSIFIED_BY


def test_a_subject_run_on_below_parts_on_lines_of_their_own_is_found():
    """05BRASILIA2692: the TAGS line's last code repeated before the SUBJECT label (`TIP SUBJECT:
    BRAZIL'S ...`), under an E.O. line, a TAGS line and a Classified By that the layout found on
    lines of their own; no 'SUBJECT missing'."""
    text = replaced(f"{SUBJECT}\n", f"KZ {SUBJECT}\n")
    parsed = parse(text)
    assert parsed.subject is not None and parsed.subject.text == "A SUBJECT"
    assert parsed.subject.label.span.column == 4
    assert [tag.value for tag in parsed.tags.tags] == ["PGOV", "PREL", "KZ"]
