"""The parser: exact spans on the seeds, tolerance of any text (never raises)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from conftest import SEEDS
from cablelint.parsing import parse
from cablelint.source import decode


def seed(name: str):
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return parse(decode(path.read_bytes(), str(path)).text, str(path))


def text_at(cable, span):
    assert span.line == span.end_line
    return cable.lines[span.line - 1][span.column - 1:span.end_column - 1]


def test_header_parts_of_seed_000():
    c = seed("000")
    assert c.header.dtg.when.isoformat() == "2007-03-07T05:17:00"
    assert (c.header.de.serial, c.header.de.day_of_year) == ("0604", 66)
    assert text_at(c, c.header.security.raw.span) == "ZNY CCCCC ZZH"
    assert text_at(c, c.banner.raw.span) == "C O N F I D E N T I A L SECTION 01 OF 03 ASTANA 000604"
    assert (c.banner.section, c.banner.section_total, c.banner.serial) == ("01", "03", "000604")


def test_tags_spans_point_at_the_link_text():
    c = seed("000")
    assert [(t.value, text_at(c, t.span), t.markup) for t in c.tags.tags][:2] == [
        ("PGOV", "[PGOV](#)", True), ("PREL", "[PREL](#)", True)]


def test_wrapped_subject_and_classified_by():
    c = seed("000")
    assert c.subject.text == ("BOUCHER COVERS DEMOCRATIC REFORM, REGIONAL DEVELOPMENT, ECONOMIC "
                              "COOPERATION WITH KAZAKHSTANI LEADERSHIP")
    assert (c.subject.raw.span.line, c.subject.raw.span.end_line) == (28, 30)
    assert c.classified_by.letters == ("b", "d") \
        and text_at(c, c.classified_by.section.span) == "1.5"


def test_paragraph_markers_and_portion_marks():
    c = seed("001")
    numbers = [p.number for p in c.paragraphs]
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 112, 113, 114, 115, 116, 17, 18, 19]
    third = c.paragraphs[2]
    assert text_at(c, third.marker.span) == "[¶3.](#)" and third.portion_mark.value == "SBU"
    assert [p.raw.span.line for p in c.page_breaks] == [64, 82, 100]


def test_a_paragraph_records_a_damaged_mark_and_a_wrapped_number():
    """Facts a selector reads, not searches: a portion mark that lost its `(`, and a marker that is
    a number wrapped from the sentence above."""
    c = parse("1. C) A mark without its opening parenthesis. Please see paragraph\n"
              "¶3. of the reftel.\n\n4. (C) A marked one.")
    damaged, wrapped, marked = c.paragraphs
    assert damaged.damaged_mark.value == text_at(c, damaged.damaged_mark.span) == "C"
    assert not damaged.wrapped_number and wrapped.wrapped_number and wrapped.damaged_mark is None
    assert marked.portion_mark.value == "C" and not marked.wrapped_number \
        and marked.damaged_mark is None


def test_mirror_metadata_and_partial_notice():
    c = seed("004")
    assert c.traces.metadata.layout == "labelled"
    assert (c.traces.metadata.reference_id.value, c.traces.metadata.classification.value) \
        == ("06ALMATY3065", "CONFIDENTIAL")
    assert c.traces.metadata.title.value == "KAZAKHSTAN: DAS FEIGENBAUM MEETS WITH FOREIGN"
    partial = seed("003")
    assert partial.is_partial and partial.header is None and partial.tags is None
    # as written
    assert (partial.banner.lead, partial.banner.words) == ("\t" * 6, "  ALMATY 003604")
    assert partial.signature is None


def test_flattened_text_is_recognised():
    line = ("C o n f i d e n t i a l section 01 of 04 ankara 000348SipdisE.o. 12958: decl: "
            "01/07/2014 Tags: prel, pgov, pins, tu Subject: a subject (U) Classified by Ambassador "
            "X; reasons: 1.5 (b,d).") * 20
    c = parse(line)
    assert c.source.flattened and c.banner.station == "ANKARA"
    assert [t.value for t in c.tags.tags] == ["prel", "pgov", "pins", "tu"]
    assert c.classified_by.letters == ("b", "d")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "", " ", "VZCZCXRO1234", "P 070517Z MAR 07", "FM AMEMBASSY X", "TO RUEHC/SECSTATE WASHDC",
    "ZNY CCCCC ZZH",
    "C O N F I D E N T I A L SECTION 01 OF 02 X 000123", "E.O. 12958: DECL: 13/45/2016",
    "TAGS: [PGOV](#),",
    "SUBJECT:", "REF: A. X 1", "Classified By: x reasons 1.4 (b)", "¶1. (C) x", "15.(S/NF) y",
    "X 00000123 002 OF 002",
    "Tags:\u00a0KZ", "Created", "2006-08-28 11:38:00", "\t\tUNCLAS X 1234",
    "**¶17. (C)**"]) | st.text(), max_size=40))
def test_parser_never_raises(lines):
    cable = parse("\n".join(lines))
    for p in cable.paragraphs:
        assert p.span.line <= p.span.end_line


@pytest.mark.parametrize("last_lines, name", [
    (["ORDWAY"], "ORDWAY"),
    (["Beyrle"], "Beyrle"),
    (["van Voorst"], "van Voorst"),
    (["Leslie BASSETT"], "Leslie BASSETT"),
    (["BLAKE."], "BLAKE"),
    (["URBAN \\"], "URBAN"),
    (["VAN VOORST</pre></code>"], "VAN VOORST"),
    (["SOBEL 2008-01-08"], "SOBEL"),
    (["STEVENS 0 12/23/2007"], "STEVENS"),
    (["BROWNFIELD", "", "=======CABLE ENDS======="], "BROWNFIELD"),
    (["... will be posted at XXXXXXXXXXXX. CLINTON"], "CLINTON"),
    (["... level. END COMMENT. DERSE"], "DERSE"),
    (["Visit London's Classified Website: XXXXXXXXXXXX TUTTLE"], "TUTTLE"),
    (["(http://www.state.sgov.gov/p/sa/newdelhi/) BLAKE"], "BLAKE"),
    (["... approved this cable. McMullen"], "McMullen"),
    (["END TEXT."], None),
    (["... handed the note to the U.S. Embassy"], None),
    (["the U.S. EMBASSY"], None),
    # a surname in capitals after `U.S.` ending a text in lower case (html-extract/09ISLAMABAD2295)
    (["... by working closely with the U.S. PATTERSON", "SECRET"], "PATTERSON"),
    (["... BY WORKING CLOSELY WITH THE U.S. GOVERNMENT"], None),
    (["16. (U) Dushanbe minimize considered."], None),
    (["text.", "End Cable Text"], None),
])
def test_signature_forms(last_lines, name):
    cable = parse("1. (C) Text.\n\n" + "\n".join(last_lines) + "\n")
    assert (cable.signature.value if cable.signature else None) == name


def test_the_glued_record_found_from_its_zero_is_the_one_found_from_its_spaces():
    import itertools

    from cablelint.parsing.signatures import GLUED_RECORD_RE, GLUED_RECORD_ZERO_RE, WS
    pieces = [["", "STEVENS", "STEVENS ", "x  \t", " ", "10", "0 1/2/2007 1 AB "],
              ["0", "10", "00", ""], ["", " ", "\t "], ["12/23/2007", "1/2/207", "3/13/2008"], [" ", ""], ["9871", "x"],
              [" ", "\t"], ["PGOV,PREL", "PGOV", "LY,P1,ABCDEFG"], ["", " DETAINED", "X"]]
    found = 0
    for line in map("".join, itertools.product(*pieces)):     # every one of the 18,144 lines
        whole, zero = GLUED_RECORD_RE.search(line), GLUED_RECORD_ZERO_RE.search(line)
        assert (whole is None) == (zero is None), line
        if whole is not None:
            found += 1
            assert line[:whole.start()].strip(WS) == line[:zero.start()].strip(WS), line
    assert found == 240


def test_the_label_prefilter_lets_through_every_line_the_label_search_finds_one_in():
    """A run-on Classified By is looked for only in lines with the label's letters: every letter
    that the case-blind search takes for one of them is upper-cased to it (or the label would be
    missed in such a line)."""
    from cablelint.parsing.classified_by import RUN_ON_CLASSIFIED_BY_RE, _may_hold_label
    for letter in set("clasfromved"):
        blind = re.compile(letter, re.I)
        for point in range(0x10000):        # (the letters with case outside it are no Latin ones)
            if blind.fullmatch(chr(point)):
                assert letter.upper() in chr(point).upper(), hex(point)
    for line in ["text. Classified By: Amb.", "CLASSFIED BY", "Derived from: X", "ſ Claſſified by",
                 "DERİVED FROM: X"]:
        assert RUN_ON_CLASSIFIED_BY_RE.search(line) is not None and _may_hold_label(line), line
    assert not _may_hold_label("1. (C) The minister said no more.")


def test_a_number_is_expected_after_the_words_the_whole_line_search_finds():
    """number_expected searches only the end of the text: as the search of the whole text, on
    random endings made of every word of the expression (the longest, `paragraphs`, included)."""
    import random

    from cablelint.parsing.paragraphs import NUMBER_EXPECTED_RE, number_expected
    words = re.findall(r"[A-Za-z]{2,}", NUMBER_EXPECTED_RE.pattern) + ["Law No.", "1-", "22\u2013"]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice([*words, " ", "\t", "\u00a0", "\\", "\n", "x", "PARAGRAPHS", "5"])
                       for _ in range(rnd.randint(0, 8)))
        assert number_expected(text) == (NUMBER_EXPECTED_RE.search(text) is not None), repr(text)


def test_the_inline_banners_found_from_their_openings_are_the_expressions_matches():
    """inline_banners tries INLINE_BANNER_RE only where its openings stand: the same matches as
    the search along the text, on random texts of banners, broken banners and other words."""
    import random

    from cablelint.parsing.banner import INLINE_BANNER_RE, inline_banners
    rnd = random.Random(11)
    openings = ["C O N F I D E N T I A L", "S E C R E T", "UNCLAS", "UNCLASSIFIED",
                "LIMITED OFFICIAL USE", "SECRET", "CONFIDENTIAL"]
    slots = [["", "x", "]", "C", "LU", "\n"], openings, [" ", "\t", "", "  "],
             ["", "E F T O ", "SECTION 01 OF 02 "], ["LIMA", "THE HAGUE", "l"],
             [" ", "\n"], ["000604", "75", "1234567", "12345678"], ["", "9", " x"]]
    found = 0
    for _ in range(20000):
        text = "".join("".join(map(rnd.choice, slots)) for _ in range(rnd.randint(0, 3)))
        start = rnd.randint(0, len(text))
        expected = [m.span() for m in INLINE_BANNER_RE.finditer(text, start)]
        assert [m.span() for m in inline_banners(text, start)] == expected, (text, start)
        found += bool(expected)
    assert found > 100     # (the fixed seed's texts hold that many with a match)


def test_the_page_break_lines_found_from_their_of_are_the_expressions_lines():
    """_page_break_lines searches PAGE_BREAK_CORE_RE only in lines where an `OF` follows a digit
    and white space: the lines of the search along the text, on random texts of page breaks,
    broken ones and other words."""
    import random
    from bisect import bisect_right

    from cablelint.document import joined
    from cablelint.parsing.scan import PAGE_BREAK_CORE_RE, _page_break_lines
    rnd = random.Random(13)
    slots = [["", "x", "LONDON ", "\n", "1"], ["00001886", "123456789", "1234567"],
             [" ", "  ", "\t", ""], ["002", "001.2", "02"], [" ", "\t ", "\n"],
             ["OF", "of", "Of", "oF", "O F"], [" ", "\t"], ["003", "1", "0034"], ["", " x", "\n"]]
    found = 0
    for _ in range(20000):
        text = "".join("".join(map(rnd.choice, slots)) for _ in range(rnd.randint(0, 3)))
        lines = tuple(text.split("\n"))
        text, starts = joined(lines)
        start = rnd.randint(0, len(text))
        expected = sorted({bisect_right(starts, m.start()) - 1
                           for m in PAGE_BREAK_CORE_RE.finditer(text, start)})
        assert _page_break_lines(text, starts, start) == expected, (text, start)
        found += bool(expected)
    assert found > 100     # (the fixed seed's texts hold that many with a match)
