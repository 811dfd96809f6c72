"""The false-positive classes of the seed-27182 audit of the web layouts (html-extract,
html-extract-early, html-fragment; docs/precision/seed27182/), each with the cable fragment that
showed it and a case where the rule must still fire."""

from cables import cable
from conftest import lint, lint_body

# --- CL092: a number wrapped from the sentence above is no pilcrow the drafter wrote ------------

#: html-extract/08CAIRO2246:27-34: every marker is `N.(M)`; the mirror marked the `4` that the
#: sentence of ¶1 wraps to the next line as `¶4.`.
CAIRO_WRAPPED = """1.(U) SEE ACTION REQUEST IN PARAGRAPH

\u00b64.
2.(SBU) SUMMARY: Despite repeated approaches over several months, no decision was made.

3.(SBU) Embassy Cairo delivered Ref A request to conduct research in the Red Sea in July.

4.(SBU) ACTION REQUEST: The R/V Oceanus has started the second leg of its research.

5.(SBU) Comment: the ship cannot wait.

SCOBEY
"""


def test_a_wrapped_number_marked_by_the_mirror_does_not_make_the_cable_judged_on_pilcrows():
    assert lint_body(CAIRO_WRAPPED, ["CL092"]) == []


def test_a_real_pilcrow_among_bare_markers_still_makes_the_others_reported():
    text = CAIRO_WRAPPED.replace("5.(SBU) Comment", "\u00b65.(SBU) Comment")
    assert [(line, rule) for line, _, rule, _ in lint_body(text, ["CL092"])] == [
        (1, "CL092"), (4, "CL092"), (6, "CL092"), (8, "CL092")]


# --- CL090, CL093: the paragraphs of a quoted text keep their own numbers and marks ------------

#: html-extract/09UNVIEVIENNA220:265-300, shortened: ¶13 opens the quoted report, whose own
#: paragraphs 42-47 follow unmarked.
VIENNA_QUOTED = """\u00b61.  (SBU) Summary: the report cites Egypt.

\u00b62.  (SBU)  Begin text of SIR (GOV/2009/24) paragraphs 42-43
dealing with Egypt:

B.1.7. Arab Republic of Egypt

\u00b642.  Following Agency enquiries, Egypt, between 2004 and
2005, disclosed past undeclared nuclear activities.

\u00b643.  Between 2004 and 2006, Egypt made available to the
Agency nuclear material that it had failed to report.

DAVIES
"""


def test_the_paragraphs_of_a_text_quoted_after_begin_text_keep_their_numbers_and_marks():
    assert lint_body(VIENNA_QUOTED, ["CL090", "CL093"]) == []


def test_a_skip_after_a_quote_that_is_closed_or_never_opened_is_still_reported():
    for text in (VIENNA_QUOTED.replace("Begin text of", "The text of"),
                 VIENNA_QUOTED.replace("with Egypt:", "with Egypt (end text).")):
        found = lint_body(text, ["CL090", "CL093"])
        assert sorted((line, rule) for line, _, rule, _ in found) == [
            (8, "CL090"), (8, "CL093"), (11, "CL093")]


# --- CL100: a database record on its own line below the signature --------------------------------

#: html-extract/09CAIRO325:37-42, shortened: the last paragraph signed, then the mirror's record
#: (number, date, serial, TAGS), the subject and the summary.
CAIRO_RECORD = """9.(C) She explained how SSIS tries to intimidate her by disclosing that they know the details of her personal life. SCOBEY

0 02/23/2009 7601 PGOV,PHUM,KDEM,KCOR,ECON,EFIN,EG
CIVIL SOCIETY ACTIVISTS OFFER MIXED ASSESSMENT OF THE POLITICAL ENVIRONMENT

During a February 11 tea with the Ambassador, civil society activists provided their views.
"""


def test_a_record_on_its_own_line_below_the_signature_is_left_out():
    assert lint_body(CAIRO_RECORD, ["CL100"]) == []


def test_a_record_below_an_unsigned_text_still_leaves_the_signature_missing():
    text = CAIRO_RECORD.replace("personal life. SCOBEY", "personal life.")
    assert [rule for _, _, rule, _ in lint_body(text, ["CL100"])] == ["CL100"]


# --- CL100: a surname after an office symbol that ends a participant list ---------------------

#: html-extract/08STATE114173:67, the end of the last line (a list of participants, no period).
STATE_PARTICIPANTS = ("\u00b613. (U) Participants: United States Daniel Fried Assistant Secretary "
                      "for European and Eurasian Affairs Joseph Boski Political Officer, Embassy "
                      "Vilnius Julie-Anne Peterson e-PINE Coordinator, EUR/NB RICE\n")


def test_a_surname_after_an_office_symbol_is_the_signature():
    assert lint_body(STATE_PARTICIPANTS, ["CL100"]) == []


def test_a_run_of_codes_at_the_end_is_still_no_signature():
    text = STATE_PARTICIPANTS.replace("EUR/NB RICE", "EUR NATO")
    assert [rule for _, _, rule, _ in lint_body(text, ["CL100"])] == ["CL100"]


# --- CL100, CL114: an archive's reference-and-classification line under the cable --------------

#: html-fragment/01VATICAN3507:122-129, shortened: the signature glued to the last sentence, the
#: bottom banner, a stray '>' and the archive's line.
VATICAN_END = """\u00b620. (C) AREAS IN WHICH WE SHOULD EXPECT CONTINUED DIFFICULTIES:
-- DEATH PENALTY - THE DEPARTMENT SHOULD CONSIDER WHAT PUBLIC DIPLOMACY AVENUES TO USE. MMERANTE
 CONFIDENTIAL
>
 2001VATICA03507 - Classification: CONFIDENTIAL</pre></code>
"""


def test_the_archive_line_under_the_signature_is_mirror_text_not_the_end_of_the_cable():
    assert [(line, rule) for line, _, rule, _ in lint_body(VATICAN_END, ["CL100", "CL114"])] == [
        (5, "CL114")]


def test_the_archive_line_under_an_unsigned_text_leaves_the_signature_missing():
    text = VATICAN_END.replace(" MMERANTE", "")
    assert sorted(rule for _, _, rule, _ in lint_body(text, ["CL100", "CL114"])) == [
        "CL100", "CL114"]


# --- CL060: a SUBJECT label alone on its line is no missing SUBJECT ------------------------------

#: html-extract/09CAIRO213:22-27: the label, a blank line, then the subject text.
CAIRO_SUBJECT = ("TAGS: ECON EFIN EINV EG\nSUBJECT:\n\nINVESTMENT SCANDAL ADDS TO STOCK MARKET "
                 "WOES Sensitive but unclassified. Please handle accordingly.")


def test_a_subject_label_alone_is_reported_as_alone_not_as_missing():
    text = cable(tags=CAIRO_SUBJECT, subject=None)
    assert [rule for _, _, rule, _ in lint(text, ["CL060", "CL061"])] == ["CL061"]


def test_a_cable_without_the_label_still_has_no_subject():
    text = cable(tags=CAIRO_SUBJECT.replace("SUBJECT:\n", ""), subject=None)
    assert [rule for _, _, rule, _ in lint(text, ["CL060", "CL061"])] == ["CL060"]


# --- CL093: a paragraph withheld whole by the publisher lost its mark with its text ---------------

#: html-extract/08MANAMA252:69-77, shortened.
MANAMA_WITHHELD = """\u00b69. (S) Bahrain's Central Bank carefully monitors Iranian money flows.

10.XXXXXXXXXXXX

\u00b611. (C) Internally, conditions in Bahrain continue to simmer.

ERELI
"""


def test_a_paragraph_withheld_whole_is_not_asked_for_a_portion_mark():
    assert lint_body(MANAMA_WITHHELD, ["CL093"]) == []


def test_a_paragraph_that_opens_with_a_redacted_name_still_needs_its_mark():
    text = MANAMA_WITHHELD.replace("10.XXXXXXXXXXXX\n",
                                   "10.XXXXXXXXXXXX\nsaid the ban would hold.\n")
    assert [(line, rule) for line, _, rule, _ in lint_body(text, ["CL093"])] == [(3, "CL093")]


# --- CL090: a marker written with a doubled period is the paragraph it numbers ------------------

#: html-fragment/05PARIS4760:29-69, shortened: ¶3 written `3..`.
PARIS_DOUBLED = """\u00b61. (C) Summary: Hollande gave an overview of key issues.

\u00b62. (SBU) France's Socialist Party hosted a Circle of Ambassadors.

3.. (SBU) All elections within Europe have an EU dimension.

\u00b64. (SBU) Hollande asserted that victory in the presidential race is possible.

STAPLETON
"""


def test_a_marker_with_a_doubled_period_is_no_gap_and_is_named_non_standard():
    assert [(line, rule) for line, _, rule, _ in lint_body(PARIS_DOUBLED, ["CL090", "CL092"])] == [
        (5, "CL092")]


def test_a_paragraph_really_left_out_is_still_a_gap():
    text = PARIS_DOUBLED.replace("3.. (SBU) All elections within Europe have an EU dimension.\n\n",
                                 "")
    assert [(line, rule) for line, _, rule, _ in lint_body(text, ["CL090", "CL092"])] == [
        (5, "CL090")]
