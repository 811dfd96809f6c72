"""Paragraph numbering and marker rules (CL090, CL092) on the real cables the audits found
their false positives and misses in, each case beside one where the rule must still fire."""

from cablelint.container.flat import reline_body
from cables import BELOW_HEADER, CLASSIFIED_BY, HEADER, PARAGRAPHS, SUBJECT, body, cable, replaced
from conftest import lint, lint_body


# --- CL090: a second text appended after the first one's signature counts on its own --------------
# seed 11235 audit: docs/precision/seed11235/

#: html-extract/09RANGOON378 L72-82 (shortened): the Zaw Zaw cable ends with its ¶6 and `DINGER`;
#: pages 3-4 of another cable follow, from its ¶6.
SECOND_TEXT = """\
1. (C) Zaw Zaw is Chairman of the Myanmar Football Federation.

2. (C) Below is information on additional companies owned by Zaw Zaw.

3. (C) Zaw Zaw is one of several mid-level cronies.
DINGER
RANGOON 00000378 003.2 OF 004

6. (SBU) The Burmese government usually releases a supplementary budget later in the year.

7. (SBU) As in previous years, Government received the largest allocation.
"""


def test_a_second_text_after_the_signature_line_starts_its_own_count():
    assert lint_body(body(SECOND_TEXT, signature="DINGER"), ["CL090"]) == []


def test_a_skip_after_a_line_that_is_not_the_signature_is_still_reported():
    unsigned = SECOND_TEXT.replace("DINGER\n", "MYANMAR\n")
    assert [f[3] for f in lint_body(body(unsigned, signature="DINGER"), ["CL090"])] == [
        "Paragraph 6 where 4 was expected"]


# --- CL090: a number that lost its leading digit --------------------------------------------------
# seed 14142 web audit: docs/precision/seed14142/SUMMARY-web.md

#: html-extract/04BRASILIA1291 L42-54 (shortened): the '1' of ¶10 went to the heading's line, and
#: ¶11's marker stands after the divider that underlines the next heading.
LOST_DIGIT = """¶9. (C) Brazil shares its longest and most porous border with Bolivia.

PKO/HAITI --------- 1

¶0. (C) Zaluar announced that the bill authorizing Brazil's participation had just passed.

Defense Modernization Programs

------------------------------ 11. (SBU) One of Brazil's most important military modernization \
efforts is the new generation F-X fighter program.

------------------------------------------

¶12. (SBU) MRE OAS Division Chief Nelson Tabajara praised the successful outcome.

¶13. (U) Assistant Secretary Bloomfield has cleared this message.

HRINAK
"""


def numbered_from_one(text: str) -> str:
    return "".join(f"¶{n}. (C) Paragraph {n}.\n\n" for n in range(1, 9)) + text


def test_a_number_that_lost_its_leading_digit_keeps_the_count():
    findings = lint(cable(body=numbered_from_one(LOST_DIGIT)), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 0 where 10 was expected",
        "Paragraph 11 is run into paragraph 0: its marker stands inside the text"]


def test_a_number_that_is_no_cut_of_the_expected_one_still_breaks_the_count():
    text = numbered_from_one(LOST_DIGIT.replace("¶0. (C)", "¶7. (C)"))
    assert [f[3] for f in lint(cable(body=text), ["CL090"])][:2] == [
        "Paragraph 7 where 10 was expected", "Paragraph 12 where 8 was expected"]


# --- CL090: a heading under a redaction that stands for withheld paragraphs -----------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-fragment/10MADRID87 L19-23: ¶1-4 withheld, then an unmarked heading and ¶5.
WITHHELD_UNDER_HEADING = """\
XXXXXXXXXXXX
//Bilateral Relations//

5. (U) Spain is an important friend and ally of the U.S.  We especially value Spanish
cooperation on security issues.

6. (U) Spain is the principal point of entry for narcotics into Europe.
"""


def test_a_skip_after_a_redaction_and_a_heading_is_withheld_text():
    assert lint_body(body(WITHHELD_UNDER_HEADING), ["CL090"]) == []


def test_a_heading_alone_withholds_nothing():
    text = WITHHELD_UNDER_HEADING.replace("XXXXXXXXXXXX\n", "")
    findings = lint_body(body(text), ["CL090"])
    assert [f[3] for f in findings] == ["Paragraph 5 where 1 was expected"]


#: html-fragment/09HARARE888 L19-25 (shortened; the frame's station and serial): ¶9-10 withheld,
#: then a heading, a page break and the heading's underline.
WITHHELD_OVER_A_PAGE_BREAK = """\
8. (U) Prisons Conditions Remain Dire... Despite some dramatic improvements, conditions remain.
XXXXXXXXXXXX
On the Economic and Business Front
ASTANA 00000604 003 OF 003
----------------------------------

11. (U) All Quiet on the Banking Front... A week has gone by since the press reported it.
"""


def test_a_page_break_between_the_redaction_and_the_next_paragraph_withholds_too():
    text = body(*[f"{n}. (U) Paragraph {n}." for n in range(1, 8)], WITHHELD_OVER_A_PAGE_BREAK)
    assert lint_body(text, ["CL090"]) == []


def test_a_page_break_without_a_redaction_above_is_still_a_gap():
    cut = WITHHELD_OVER_A_PAGE_BREAK.replace("XXXXXXXXXXXX\n", "")
    text = body(*[f"{n}. (U) Paragraph {n}." for n in range(1, 8)], cut)
    assert [f[3] for f in lint_body(text, ["CL090"])] == ["Paragraph 11 where 9 was expected"]


# --- CL090, CL139: a number wrapped after a hyphen -------------------------------------------------
# seed 20261209 fragment audit: docs/precision/seed20261209/SUMMARY-fragment.md (FP 2)

#: html-fragment/05REYKJAVIK520 L93-95 (shortened): `July 1-2.` wrapped before its `2.`, which the
#: mirror marked as a paragraph; the real ¶2 follows.
RANGE_WRAPPED = """\
\u00b61. (U) Summary: The Minister will lead a delegation on a visit July 1-
\u00b62. The agenda follows.

\u00b62. (U) The Minister plans to meet the Secretary.
"""


def test_a_number_wrapped_after_a_hyphen_is_no_paragraph():
    assert lint_body(body(RANGE_WRAPPED.rstrip()), ["CL090"]) == []


def test_a_number_wrapped_after_a_hyphen_is_a_wrapped_pilcrow():
    found = lint_body(body(RANGE_WRAPPED.rstrip()), ["CL139"])
    assert [(f[0], f[3].split("':")[0]) for f in found] == [(2, "'visit July 1- \u00b62.")]


# --- CL090: a `1` in place of the next number is that number damaged, not a nested list ---------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-fragment/07USNATO520 L216-229 (shortened): ¶12 lost its `2`.
ONE_FOR_TWELVE = """\
10. (C) The CMC briefed the Council that COMKFOR deployed a unit.

11. (C) Darfur: The Portuguese PermRep informed the Council that Chad has accepted.

1. (C) Iraq: CMC announced that NTM-I has the resources and is starting naval training.

13. (C) AO: CMC reported that CHODs made progress on two recommendations.
"""
NUMBERED_TO_NINE = "".join(f"{n}. (C) Paragraph {n} of the cable.\n\n" for n in range(1, 10))


def test_a_one_followed_by_the_outer_count_is_blamed_not_the_paragraph_after_it():
    findings = lint_body(body(NUMBERED_TO_NINE + ONE_FOR_TWELVE), ["CL090"])
    assert [f[3] for f in findings] == ["Paragraph 1 where 12 was expected"]


def test_a_nested_list_that_goes_on_with_two_is_still_a_nested_list():
    nested = ONE_FOR_TWELVE.replace("13. (C) AO", "2. (C) AO") \
        + "\n12. (C) The outer count resumes.\n"
    assert lint_body(body(NUMBERED_TO_NINE + nested), ["CL090"]) == []


# --- CL090: a marker glued to a redaction is run into the paragraph above -------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-extract-early/05SOFIA1207 L49-56 (shortened): ¶9 withheld, ¶10's marker glued to the
#: redaction that stands for it.
GLUED_TO_REDACTION = """\
8. (C) Organized crime has a corrupting influence on all Bulgarian institutions.
XXXXXXXXXXXX10. (C) Below the level of the national government, OC owns a number of municipalities.

11. (C) Despite continuing pressure from the U.S. and the EU, little was done.
"""
SEVEN = "".join(f"{n}. (C) Paragraph {n} of the cable.\n\n" for n in range(1, 8))


def test_a_marker_glued_to_a_redaction_is_run_into_the_paragraph_above():
    findings = lint_body(body(SEVEN + GLUED_TO_REDACTION), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 10 is run into paragraph 8: its marker stands inside the text"]


def test_a_spaced_marker_after_a_redaction_is_run_in_too():
    # html-extract/10MADRID154 L67: `... a sizable investment in XXXXXXXXXXXX 6. (S//NF) The ...`
    text = GLUED_TO_REDACTION.replace("XXXXXXXXXXXX10.", "in XXXXXXXXXXXX 9.").replace("11.", "10.")
    findings = lint_body(body(SEVEN + text), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 9 is run into paragraph 8: its marker stands inside the text"]


def test_a_number_after_a_redaction_with_no_marker_found_is_still_a_gap():
    text = GLUED_TO_REDACTION.replace("XXXXXXXXXXXX10. (C) Below", "XXXXXXXXXXXX said that below")
    findings = lint_body(body(SEVEN + text), ["CL090"])
    assert [f[3] for f in findings] == ["Paragraph 11 where 9 was expected"]


# --- CL090 (a miss of the audit): the next paragraph glued into the last one --------------------
# seed 20261204 audit: docs/precision/seed20261204/

def test_a_paragraph_glued_into_the_last_one_is_run_in():
    # html-fragment/06SAOPAULO352 L71: `End Comment. 14. This cable was coordinated/cleared ...`
    last = ("3. (C) Comment: The party will not change its line. End Comment. 4. This cable was "
            "coordinated/cleared with Embassy Brasilia.")
    findings = lint_body(body(PARAGRAPHS[0], PARAGRAPHS[1], last), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 4 is run into paragraph 3: its marker stands inside the text"]


def test_every_paragraph_glued_into_the_last_one_is_run_in():
    # html-extract/08BERLIN1108 L39: paragraphs 3-27 of a web page on one line
    last = "3. (SBU) The mandate is clear." + "".join(
        f" {n}. (SBU) Paragraph {n} says more." for n in range(4, 20))
    findings = lint_body(body(PARAGRAPHS[0], PARAGRAPHS[1], last), ["CL090"])
    assert [f[3].split(" is ")[0] for f in findings] == [f"Paragraph {n}" for n in range(4, 20)]

def test_a_count_in_the_last_paragraph_is_no_marker():
    last = "3. (C) Comment: The party will not change its line. 4 ministers said so. End Comment."
    assert lint_body(body(PARAGRAPHS[0], PARAGRAPHS[1], last), ["CL090"]) == []


# --- CL090: a marked paragraph glued after a heading that lost its underline --------------------
# seed 20261212 audit: docs/precision/seed20261212/

#: html-fragment/08SAOPAULO432 L42: the heading, then ¶6 with its mark, run into ¶5's last line.
SAOPAULO_HEADING = ("5. (U) Larger plantations offer better housing and working conditions. A Muddy "
                    "Debate and Pending Mechanization 6.(U) If key considerations muddy the debate, "
                    "mechanization will settle it.")
FOUR = "".join(f"{n}. (U) Paragraph {n} of the cable.\n\n" for n in range(1, 5))


def test_a_marked_paragraph_glued_after_a_heading_is_run_in():
    text = body(FOUR + SAOPAULO_HEADING, "7. (U) The next harvest will tell.")
    findings = lint_body(text, ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 6 is run into paragraph 5: its marker stands inside the text"]
    line = text.splitlines()[findings[0][0] - 1]
    assert line[findings[0][1] - 1:].startswith("6.(U) If key")


def test_a_number_without_its_mark_after_a_heading_is_no_marker():
    unmarked = SAOPAULO_HEADING.replace("Mechanization 6.(U) If", "Mechanization 6. If")
    text = body(FOUR + unmarked, "7. (U) The next harvest will tell.")
    findings = lint_body(text, ["CL090"])
    assert [f[3] for f in findings] == ["Paragraph 7 where 6 was expected"]


# --- CL090: paragraph 1's marker glued to the end of the Classified By line -------------------
# seed 20261214 audit: docs/precision/seed20261214/

def _glued_first(classified_by: str) -> str:
    """html-extract/08LONDON1688 L20-24 (shortened): `1. (C/NF)` ends the Classified By line, its
    text (`Summary: ...`) stands below, and `¶2.` follows."""
    return replaced(f"{CLASSIFIED_BY}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}",
                    f"{classified_by}\n\nSummary:  The Interior Ministry is searching for a "
                    f"channel to discuss refugees.\n\n2. (C/NF) The officials want to meet.")


def test_paragraph_one_glued_to_the_classified_by_line_leaves_no_gap():
    text = _glued_first("Classified By: Acting Political Counselor Leslie Tsou for reasons 1.4 b  "
                        "and d 1. (C/NF) ")
    assert lint(text, ["CL090"]) == []
    assert [f[3] for f in lint(text, ["CL062"])] == [
        "The Classified By runs on into the text on the same line"]


def test_a_summary_without_paragraph_one_anywhere_is_still_a_gap():
    text = _glued_first("Classified By: Acting Political Counselor Leslie Tsou for reasons 1.4 b  "
                        "and d.")
    assert [f[3] for f in lint(text, ["CL090"])] == ["Paragraph 2 where 1 was expected"]


def _first_after_underline(subject_end: str) -> str:
    """html-extract/08BUENOSAIRES858 L22-30 (shortened): the SUBJECT runs on into the `Summary`
    heading, and ¶1's marker opens the next line after the heading's underline; `¶2.` follows."""
    return replaced(f"{SUBJECT}\n\n{CLASSIFIED_BY}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}",
                    f"SUBJECT:  More than Malbec:  Ambassador Donates Scholarships in Mendoza "
                    f"Summary\n{subject_end}  Ambassador visited the Binational Center in Mendoza"
                    f" and\npresented certificates to 21 students.\n \u00b62.  Following up on "
                    f"a successful visit, Ambassador Wayne\nvisited the association.")


def test_paragraph_one_after_a_heading_underline_in_the_subject_block_leaves_no_gap():
    # seed 20261215 audit: docs/precision/seed20261215/
    assert lint(_first_after_underline("-------- 1."), ["CL090"]) == []


def test_an_underline_before_another_number_is_no_paragraph_one():
    assert [f[3] for f in lint(_first_after_underline("-------- 3."), ["CL090"])] == [
        "Paragraph 2 where 1 was expected"]


def _first_after_page_break(number: str) -> str:
    """html-extract/09LONDON1886 L28-34 (shortened): the first page's page-break text opens the
    line of ¶1, a heading stands between it and `¶2.`."""
    return replaced(f"{CLASSIFIED_BY}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}",
                    f"{CLASSIFIED_BY}\n \nLONDON 00001886  001.2 OF 004    {number}  (SBU) "
                    f"Summary.  Analysts see positive signs.\n\nCrisis in the Region "
                    f"------------------\n\n\u00b62.  (SBU) Econoff met bank analysts.")


def test_paragraph_one_after_the_first_page_break_text_leaves_no_gap():
    # seed 20261217 web audit: docs/precision/seed20261217/
    text = _first_after_page_break("1.")
    assert lint(text, ["CL090"]) == []
    assert [f[3] for f in lint(text, ["CL026"])] == [
        "Page-break text inside a line of the text: 'LONDON 00001886  001.2 OF 004'"]


def test_another_number_after_the_page_break_text_is_no_paragraph_one():
    assert [f[3] for f in lint(_first_after_page_break("3."), ["CL090"])] == [
        "Paragraph 2 where 1 was expected"]


# --- CL092: a number wrapped from the sentence above is no pilcrow the drafter wrote ------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

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
    # (as a mirror writes it: `¶5. (SBU)`; none writes its pilcrow before a glued `5.(SBU)`)
    text = CAIRO_WRAPPED.replace("5.(SBU) Comment", "\u00b65. (SBU) Comment")
    assert [(line, rule) for line, _, rule, _ in lint_body(text, ["CL092"])] == [
        (1, "CL092"), (4, "CL092"), (6, "CL092"), (8, "CL092")]


# --- CL090, CL093: the paragraphs of a quoted text keep their own numbers and marks ------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

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


# --- CL090: a marker written with a doubled period is the paragraph it numbers ------------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

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


# --- CL090 -> CL092: `2 (C) The`, a paragraph number whose period was lost -----------------------
# seed 57721 ports audit: docs/precision/seed57721/SUMMARY-ports.md

#: json-record/wl20101128-0140, with its line breaks back (shortened).
PERIOD_LOST = """¶1. (C) SUMMARY: Oppositionist hopes that Iran's clerical class would mobilize
appear sharply diminished. END SUMMARY.

Assembly of Experts: A 'Deliberative' Body

2 (C) The Majles-e Khobregan, or Assembly of Experts (AOE), is a Constitutionally-mandated
deliberative body composed of 86 directly-elected senior clerics.

¶3. (C) The Assembly is currently chaired by Ayatollah Ali Akbar Hashemi Rafsanjani.

EYER
"""


def test_a_number_whose_period_was_lost_is_a_damaged_marker_not_a_gap():
    found = lint_body(PERIOD_LOST, ["CL090", "CL092"])
    assert [(f[0], f[2], f[3]) for f in found] == [
        (6, "CL092", "Paragraph marker written 'N (M)' where the standard is '¶N. (M)'")]


def test_a_paragraph_missing_from_the_numbers_is_still_a_gap():
    body = PERIOD_LOST.replace("2 (C) The Majles", "The Majles")
    assert [f[2] for f in lint_body(body, ["CL090"])] == ["CL090"]


def test_the_flattened_text_breaks_its_line_before_the_damaged_marker():
    flat = " ".join(line for line in PERIOD_LOST.splitlines() if line)
    text, _, _ = reline_body(flat)
    assert "\n2 (C) The Majles" in text


#: json-body/05NEWDELHI1824 (shortened, renumbered): the flattened text numbers two paragraphs
#: 14 (here 2).
FLAT_REPEATED = (
    "C O N F I D E N T I A L NEW DELHI 001824  SIPDIS  E.O. 12958: DECL: 03/07/2015 TAGS: ENRG "
    "PREL IN SUBJECT: ENERGY DIALOGUE  Classified By: Charge Robert O. Blake, Reasons 1.4 (B,D)  "
    "1.  (C) The Indians asked about the civil nuclear working group.  2.  (C) We recognized "
    "the significant commercial opportunities for U.S. business.  Clean Energy ---------  2.  "
    "(SBU) India is one of the world largest users of coal.  3.  (U) The next meeting is in "
    "May.  MULFORD\n")


def test_a_number_repeated_with_its_mark_in_a_flattened_text_is_its_own_paragraph():
    # seed 20261215 json audit: docs/precision/seed20261215/
    text, _, _ = reline_body(FLAT_REPEATED)
    assert "\n2.  (SBU) India" in text
    findings = lint(FLAT_REPEATED, ["CL090"], "json-body/05NEWDELHI1824.txt")
    assert [f[3] for f in findings] == ["Paragraph 2 where 3 was expected"]


def test_a_repeated_number_without_a_mark_stays_in_the_text():
    unmarked = FLAT_REPEATED.replace("2.  (SBU) India", "2.  India")
    text, _, _ = reline_body(unmarked)
    assert "\n2.  India" not in text


#: html-extract/04WELLINGTON641 L15-16: the reason section wrapped after its `1.`.
WRAPPED_REASON = """Classified By: Pol/Econ Counselor, Timothy Zuniga-Brown, for reasons 1.
5 (B/D)

1. (C) Summary: Prime Minister Clark told the Ambassador the government would not change course.

ORDWAY
"""


def test_a_wrapped_reason_section_is_no_paragraph_whose_period_was_lost():
    rules = ["CL082", "CL090", "CL092", "CL095"]
    assert lint(cable(classified_by=None, body=WRAPPED_REASON), rules) == []


#: html-extract/07DUBAI355 L197-222 (shortened): every marker `N.(M)`, one lost its period.
ONE_PERIOD_LOST = """14.(SBU) MbR indicated that Dubai has succeeded because it is a
place where all people can enjoy health, wealth, security, and the opportunity to succeed.

15 (SBU) He also called for more US universities in Dubai.

16.(U) Senator Lieberman has cleared this cable.
SUTPHIN
"""


def test_a_marker_that_lost_its_period_does_not_make_the_others_mixed():
    found = lint_body(ONE_PERIOD_LOST, ["CL092"])
    assert [(f[0], f[3]) for f in found] == [
        (4, "Paragraph marker written 'N (M)' where the standard is 'N. (M)'")]


def test_a_standard_marker_still_shows_the_others_mixed():
    body = ONE_PERIOD_LOST.replace("15 (SBU)", "15. (SBU)")
    assert [f[0] for f in lint_body(body, ["CL092"])] == [1, 6]


# --- CL090, CL062, CL028: line breaks written as U+2028 LINE SEPARATOR -------------------------
# seed 57721 web audit: docs/precision/seed57721/SUMMARY-web.md

#: html-extract/08MEXICO886 L22-34 (shortened): the page's line breaks inside a paragraph are
#: U+2028, and so are those before the markers the mirror did not mark with a pilcrow; its NOFORN
#: caption stands after separators too.
LS = "\u2028"
SEPARATED_PARAGRAPHS = (
    f"{LS}1. (U) Summary. The death of at least four Mexican nationals {LS}during the recent"
    " Colombian attack.\n\n"
    f"{LS}{LS}2. (U) Five Mexican nationals were present at the FARC camp {LS}in Ecuador.\n\n"
    f"{LS}{LS}3. (C) Given FARC's historical presence in mexico, questions {LS}are reasonable.\n\n"
    "¶4. (U) The office's principal reportedly relocated to Cuba \n\n"
    f"{LS}{LS}5. (S/NF) CISEN officials, however, have discounted such {LS}links.\n\n"
    "¶6. (C) ICE, ATF and DEA do not have any open cases involving \n\n"
    "SMITH\n")
SEPARATED_HEADER = BELOW_HEADER.replace("SIPDIS\n", f"{LS}{LS}NOFORN {LS}SIPDIS\n").replace(
    "SUBJECT:", f"{LS}SUBJECT:").replace("\n\nClassified By:", f" {LS}{LS}Classified By:")


def test_paragraphs_after_line_separators_are_found():
    findings = lint(SEPARATED_HEADER + SEPARATED_PARAGRAPHS, ["CL090", "CL062", "CL028"])
    assert findings == []


def test_the_markers_after_line_separators_lack_the_pilcrow_the_others_have():
    findings = lint(SEPARATED_HEADER + SEPARATED_PARAGRAPHS, ["CL092"])
    assert [column for _, column, *_ in findings] == [2, 3, 3, 3]      # after the separators
    assert {f[3] for f in findings} == {"Paragraph marker written 'N. (M)' where the standard is"
                                        " '¶N. (M)'"}


def test_a_paragraph_missing_after_line_separators_is_still_reported():
    text = SEPARATED_HEADER + SEPARATED_PARAGRAPHS.replace(f"{LS}{LS}2. (U)", f"{LS}{LS}(U)")
    assert [f[3] for f in lint(text, ["CL090"])] == ["Paragraph 3 where 2 was expected"]


# --- CL090, CL092: a law's number wrapped after `No.` is no paragraph marker --------------------
# seed 20261205 audit: docs/precision/seed20261205/ (html-fragment/10TRIPOLI39)

#: html-fragment/10TRIPOLI39 L14-22 (paragraphs cut short): `Law No.` / `5.The LFIB ...` twice; the
#: real ¶5 follows.
LAW_NUMBER_WRAPPED = """\
3.Through Law No. 5 (1997), the government attempted to diversify its economy.

4.The Libyan Foreign Investment Board (LFIB) was created as the implementing agency for Law No.

5.The LFIB was replaced in 2009 by a similar organization, known as the Privatization and Investment Board (PIB). Foreign companies enter under Law No.

5.PIB approval is required for a broad array of operational issues for projects undertaken under Law No. 5.

5.Libyan legal requirements on foreign companies present challenges with respect to operational activities.

6.Foreign companies may not own land.
"""


def test_a_number_wrapped_after_law_no_is_no_paragraph():
    text = body(*PARAGRAPHS, LAW_NUMBER_WRAPPED.rstrip())
    assert lint_body(text, ["CL090"]) == []


def test_a_sentence_ending_in_no_before_a_skipped_number_is_still_a_gap():
    wrapped = LAW_NUMBER_WRAPPED.replace("for Law No.\n\n5.The", "for it. He said no.\n\n7.The")
    text = body(*PARAGRAPHS, wrapped.rstrip())
    assert [(f[0], f[3]) for f in lint_body(text, ["CL090"])][:1] == [
        (9, "Paragraph 7 where 5 was expected")]


# --- CL090: ¶1 right under the header's last field ----------------------------------------------
# seed 20261208 web audit: docs/precision/seed20261208/SUMMARY-web.md (FP 3)

#: html-extract/09CAIRO2157 L21-24 (shortened): REF and Classified By on one line, ¶1 right below
#: it with no blank line, its mark after a flattened heading.
GLUED_UNDER_HEADER = """\
REF: A. CAIRO 2083 B. CAIRO 575 Classified By: Ambassador Margaret Scobey for reason 1.4 (b).
1.KEY POINTS -- (SBU) On November 8, Minister of State for Family and Population met visitors.

2.(C) Comment: Minister Khattab has received issue-oriented assistance from USAID.

SCOBEY
"""


def test_paragraph_one_glued_under_the_classified_by_line_is_found():
    text = HEADER.replace(f"\n\n{CLASSIFIED_BY}\n\n", "\n\n") + GLUED_UNDER_HEADER
    assert lint(text, ["CL090"]) == []


def test_a_reason_wrapped_after_its_one_is_no_paragraph():
    wrapped = f"{CLASSIFIED_BY.rsplit(' 1.4', 1)[0]}\n1. 4 (b) and (d).\n\n"
    text = cable(classified_by=None, body=wrapped + body(*PARAGRAPHS))
    assert lint(text, ["CL090", "CL092"]) == []


def test_an_unnumbered_summary_under_the_header_still_leaves_one_missing():
    unnumbered = GLUED_UNDER_HEADER.replace("1.KEY POINTS", "KEY POINTS")
    text = HEADER.replace(f"\n\n{CLASSIFIED_BY}\n\n", "\n\n") + unnumbered
    assert [f[3] for f in lint(text, ["CL090"])] == ["Paragraph 2 where 1 was expected"]


def test_the_glued_marker_search_from_the_first_number_written_finds_what_the_whole_search_does():
    """_glued_marker starts its search at the white space before the first of its numbers written
    in the text: on random texts of markers, sentence ends, redactions and page-break text, the
    marker found is the one a search from the start finds."""
    import random

    from cablelint.numbering import (GLUED_MARKER_RE, GLUED_TO_REDACTION_RE,
                                     MARKED_GLUED_MARKER_RE, _glued_marker)

    def from_the_start(regex, text, numbers):
        wanted = {str(n): n for n in numbers}
        found = [m for m in regex.finditer(text) if m.group("number") in wanted]
        return min(found, key=lambda m: (wanted[m.group("number")], m.start()), default=None)

    pieces = ["2.", "3.", "12.", "\u00b62.", " ", "  ", "\n", "(C) ", "The ", "x", ".", "---",
              "XXXXXXXXXXXX", "002 OF 003", "1.3 million"]
    rnd = random.Random(17)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        for regex, numbers in ((GLUED_MARKER_RE, range(2, 3)),
                               (MARKED_GLUED_MARKER_RE, range(3, 4)),
                               (GLUED_TO_REDACTION_RE, range(2, 12))):
            got = _glued_marker(regex, text, 0, numbers)
            expected = from_the_start(regex, text, numbers)
            assert (got and got.span("marker")) == (expected and expected.span("marker")), text
            found += got is not None
    assert found > 100     # (the fixed seed's texts hold that many markers)
