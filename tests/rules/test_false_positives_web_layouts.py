"""False-positive classes of the AFTER audit of the web layouts (docs/precision/after/SUMMARY-web.md),
each from real corpus text: a portion mark followed by a period or spaced (CL093), `End` / page break / `Comment.`
(CL097), a REF item that cites talking points by date (CL073), a gap after a redaction above a heading
and a paragraph marker run into a heading's underline (CL090), a database record glued after the
signature (CL100)."""

from conftest import lint_body

#: html-extract-early/anarchivist-20101222/09LONDON2222 L33-34 (shortened).
MARK_WITH_PERIOD = """6. (C/NF) Mariot Leslie, the Director General for Defence and Intelligence, briefed P5 embassies.

7. (C/NF). Leslie explained to the P5 embassy representatives that she had requested a meeting.

ORDWAY
"""


def test_a_portion_mark_followed_by_a_period_is_a_mark():
    assert lint_body(MARK_WITH_PERIOD, ["CL093"]) == []


def test_a_portion_mark_with_a_space_before_its_parenthesis_is_a_mark():
    # html-extract/10CAIRO221 L55.
    body = MARK_WITH_PERIOD.replace("7. (C/NF). Leslie",
                                    "7. (C )  Bio information: Alaa El Din Fahmy")
    assert lint_body(body, ["CL093"]) == []


def test_a_paragraph_without_a_mark_is_still_reported():
    body = MARK_WITH_PERIOD.replace("7. (C/NF). Leslie", "7. Leslie")
    assert [f[:3] for f in lint_body(body, ["CL093"])] == [(3, 1, "CL093")]


#: html-extract/06MEXICO505 L218-228: `End Comment.` split by the page break.
END_ACROSS_PAGE_BREAK = """1. (C) An experienced politician, AMLO geared his discussion
to his audience, showing his willingness to discuss the
difficult issues and appearing open to our suggestions.  End

MEXICO 00000505  003 OF 003


Comment.

ORDWAY
"""


def test_end_and_its_second_word_across_a_page_break_are_one_marker():
    assert lint_body(END_ACROSS_PAGE_BREAK, ["CL097"]) == []


def test_a_lone_end_before_a_page_break_and_other_text_is_still_reported():
    body = END_ACROSS_PAGE_BREAK.replace("Comment.", "2. (C) The next paragraph.")
    assert [f[2] for f in lint_body(body, ["CL097"])] == ["CL097"]


#: html-extract-early/anarchivist-20101222/09PARIS1039 L20: three talking points cited by date.
POINTS_BY_DATE = ("REF: A. PARIS POINTS JULY 15  B. PARIS POINTS JULY 6  C. PARIS POINTS APRIL 10  "
                  "D. PARIS 1025")


def _ref_header(ref: str) -> str:
    from cables import HEADER
    return HEADER.replace("SUBJECT: A SUBJECT\n", f"SUBJECT: A SUBJECT\n{ref}\n")


def test_a_ref_item_citing_a_document_by_date_has_no_station():
    assert lint_body("1. (C) Text.\n\nORDWAY\n", ["CL073"],
                     header=_ref_header(POINTS_BY_DATE)) == []


def test_a_misspelt_station_is_still_reported():
    ref = "REF: A. PARIZ 1025  B. PARIS POINTS JULY 15"
    findings = lint_body("1. (C) Text.\n\nORDWAY\n", ["CL073"], header=_ref_header(ref))
    assert [(f[2], "'PARIZ'" in f[3]) for f in findings] == [("CL073", True)]


#: html-extract-early/anarchivist-20101222/06HAVANA11650 L36-42 (shortened): ¶4 withheld by a
#: redaction, then an underlined heading.
REDACTED_BEFORE_HEADING = """1. (C) First paragraph.

2. (C) Second paragraph.

3. (U) In a recent appearance on Miami Cable TV station 41, a Cuban doctor spoke.
XXXXXXXXXXXXX

---------------------------
Baseball, Music and Racism:
---------------------------
5. (C) COM and several USINT colleagues went to the baseball game at Latinoamericano stadium.

ORDWAY
"""


def test_a_skip_after_a_redaction_above_a_heading_is_withheld():
    assert lint_body(REDACTED_BEFORE_HEADING, ["CL090"]) == []


def test_a_skip_under_a_heading_without_a_redaction_is_a_gap():
    body = REDACTED_BEFORE_HEADING.replace("XXXXXXXXXXXXX\n", "")
    assert [(f[2], f[3]) for f in lint_body(body, ["CL090"])] \
        == [("CL090", "Paragraph 5 where 4 was expected")]


#: html-extract/09SANTIAGO167 L86-92 (shortened): a reflowed copy ran the heading, ¶27 and ¶28 into
#: one line.
MARKERS_AFTER_A_HEADING = """25. (C) Chile has signed but not yet ratified the Convention.

26. (C) Chile has contributed to the mission.

Helping in Haiti ---------------- 27. (C) Chile self-deployed a battalion to Haiti on 48 hours notice \
in February 2004 and the perceived slow pace of funding for programs. 28. (C) The GOC is especially \
keen to help.

29. (SBU) Chile has contributed small contingents to UN missions.
"""


def test_markers_run_into_a_heading_line_are_run_in_not_missing():
    body = (
        "\n\n".join(f"{n}. (C) Paragraph {n}." for n in range(1, 25))
        + "\n\n"
        + MARKERS_AFTER_A_HEADING
    )
    messages = [f[3] for f in lint_body(body, ["CL090"])]
    assert messages == ["Paragraph 27 is run into paragraph 26: its marker stands inside the text",
                        "Paragraph 28 is run into paragraph 27: its marker stands inside the text"]


#: html-extract/07TRIPOLI1065 L48-49 (shortened): the site's database record (date, number, TAGS,
#: subject, summary) glued after the signature, its summary running on to a new line.
RECORD_AFTER_SIGNATURE = """7. (C) Comment: In the DOE team's judgment, the meetings were positive and cooperative. \
End comment. STEVENS 0 12/28/2007 5319 PREL,TRGY,KNNP,IAEA,PINR,TSPL,LY CORRECTED COPY - DEPARTMENT OF \
ENERGY TEAM FINALIZES AGREEMENT

1.(SBU) A visiting team of experts from the Department of Energy (DOE) finalized language for an agreement.
"""


def test_a_record_glued_after_the_signature_does_not_hide_it():
    assert lint_body(RECORD_AFTER_SIGNATURE, ["CL100"]) == []


def test_a_record_after_text_without_a_signature_is_still_reported():
    body = RECORD_AFTER_SIGNATURE.replace("End comment. STEVENS 0", "End comment. 0")
    assert [f[2] for f in lint_body(body, ["CL100"])] == ["CL100"]
