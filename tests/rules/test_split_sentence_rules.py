"""The split-sentence rule (CL096) on the real cables the audits found its false positives in,
each case beside one where the rule must still fire."""

from cables import PARAGRAPHS, body
from conftest import lint_body


# --- CL096: a parenthesis after a sentence's end closes that sentence ------------------------------
# seed 11235 audit: docs/precision/seed11235/

#: html-extract/08REYKJAVIK36 L595-599: a questionnaire's question, its aside, then the answer.
ASIDE = """\
1. (SBU) minimum standards by the 2005 TVPRA, what measures has the
government taken during the reporting period to reduce the demand
for commercial sex acts?  (see ref B, para. 9(3) for examples)

In March 2007 the parliament passed new licensing laws on the
operation of restaurants and clubs.
"""


def test_an_aside_in_parentheses_after_a_question_ends_the_sentence():
    assert lint_body(body(ASIDE, PARAGRAPHS[1]), ["CL096"]) == []


def test_a_parenthesis_opened_inside_a_sentence_and_cut_still_splits_it():
    cut = ASIDE.replace("acts?  (see ref B, para. 9(3) for examples)\n\nIn March",
                        "acts (see ref B, para. 9(3) for examples)\n\nin March")
    assert [f[2] for f in lint_body(body(cut, PARAGRAPHS[1]), ["CL096"])] == ["CL096"]


# --- CL096: items of a list numbered in Roman numerals -------------------------------------------
# seed 20261218 fragment audit: docs/precision/seed20261218/

#: html-fragment/03BRASILIA3122 L70-74: a decree's article, its items `I -` and `II -`.
ROMAN_ITEMS = """\
1. (U) "Article 5. Issuance of the compulsory license shall establish the following conditions:

I - The period of validity of the license and the possibility of extending it; and

{second} The conditions imposed by the State, particularly with regard to reimbursement.
"""


def test_the_next_item_of_a_roman_numbered_list_is_no_split_sentence():
    for second in ("II -", "II.", "IV \u2013"):
        text = ROMAN_ITEMS.format(second=second)
        assert lint_body(body(text, PARAGRAPHS[1]), ["CL096"]) == [], second


def test_a_sentence_cut_before_a_capitalised_word_after_and_is_still_split():
    text = ROMAN_ITEMS.format(second="Brazil")
    assert [f[2] for f in lint_body(body(text, PARAGRAPHS[1]), ["CL096"])] == ["CL096"]


# --- CL096: the text goes on after the last entry of a list -------------------------------------
# seed 11235 audit: docs/precision/seed11235/

#: html-fragment/08REYKJAVIK67 L22-31.
LIST_THEN_TEXT = """\
1. (U) Post requests one fellow for the FY2008 program.  We envision a
Fellow in one of the following areas (listed in priority order):

-- Starting Up a Renewable Energy Lab
-- Extreme temperature and pressure engineering (dealing with
superheated geothermal fluid in Deep Drilling)
-- Designing system for raising fish in heated power plant effluent

Renewable Energy Laboratory:  Iceland has considerable expertise in
the renewable energy fields of geothermal and hydropower.
"""


def test_text_after_the_last_entry_of_a_dash_list_is_no_split_sentence():
    assert lint_body(body(LIST_THEN_TEXT, PARAGRAPHS[1]), ["CL096"]) == []


def test_a_list_entry_cut_inside_a_parenthesis_is_still_split():
    # html-extract/09SANJOSE497 L111: `... Autopistas del Sol (a` / blank / `subsidiary ...`
    cut = LIST_THEN_TEXT.replace("power plant effluent\n\nRenewable Energy Laboratory:  Iceland",
                                 "power plant effluent (a\n\nRenewable Energy Laboratory) Iceland")
    assert [f[2] for f in lint_body(body(cut, PARAGRAPHS[1]), ["CL096"])] == ["CL096"]


# --- CL096: the blank line that came with a SIPDIS cut into a sentence -------------------------
# seed 16180 web audit: docs/precision/seed16180/SUMMARY-web.md

#: html-fragment/05PARIS4749 L51-60 (shortened): CL032 reports the caption; the blank line before
#: it is the same damage.
SIPDIS_IN_SENTENCE = """4. (C) Prime Minister Raffarin announced on May 3 the
long-rumored commencement of a GOF "white paper" on internal
security and terrorism.  The report will be written by the General
Secretariat for National Defense (SGDN) in conjunction with

SIPDIS
the Ministry of Interior, and will be given to President Chirac.

ORDWAY
"""


def test_the_blank_line_of_a_sipdis_cut_into_a_sentence_is_no_split():
    assert [f[2] for f in lint_body(SIPDIS_IN_SENTENCE, ["CL096", "CL032"])] == ["CL032"]


def test_a_blank_line_cutting_a_sentence_without_a_caption_is_still_a_split():
    body = SIPDIS_IN_SENTENCE.replace("SIPDIS\n", "")
    assert [f[2] for f in lint_body(body, ["CL096"])] == ["CL096"]


# --- CL096: a quoted note closed by its placeholder, then `End text` ----------------------------
# seed 16180 web audit: docs/precision/seed16180/SUMMARY-web.md

#: html-extract/09STATE50240 L86-90.
CLOSING_THEN_END_TEXT = """2. (SBU) Begin text:

The Embassy hopes that this information will be of assistance
to the Ministry. (Complimentary closing)

End text

CLINTON
"""


def test_end_text_after_a_closing_bracket_is_no_split():
    assert lint_body(CLOSING_THEN_END_TEXT, ["CL096"]) == []


def test_a_sentence_going_on_after_the_bracket_is_still_a_split():
    body = CLOSING_THEN_END_TEXT.replace("End text", "ends the note and asks for a reply.")
    assert [f[2] for f in lint_body(body, ["CL096"])] == ["CL096"]


# --- CL096: a typographic closing quote after a sentence's end closes it --------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-fragment/08KABUL3237 L39-43 (the markup taken out): a quotation, a heading, ¶7.
CURLY_QUOTE = """\
6. (C/NF) Karzai welcomed the incoming U.S. brigades. He offered the example of a villager
from Uruzgan who gave the Dutch Task Force Commander a present,
saying, “Take that back to Washington with you.”

KARZAI: AFGHANS WILLING TO DIE IN BATTLE BUT DO NOT UNDERSTAND CIVILIAN CASUALTIES

7. (C) Karzai raised the issue of civilian casualties, stressing the impact these deaths had.
"""


def test_a_sentence_closed_inside_a_curly_quote_is_not_cut():
    assert lint_body(body(CURLY_QUOTE), ["CL096"]) == []


def test_a_curly_quote_with_no_sentence_end_before_it_still_leaves_the_sentence_open():
    text = CURLY_QUOTE.replace("with you.”", "with the so-called “reform”").replace(
        "KARZAI: AFGHANS WILLING TO DIE IN BATTLE BUT DO NOT UNDERSTAND CIVILIAN CASUALTIES",
        "which the villagers had not asked for.")
    findings = lint_body(body(text), ["CL096"])
    assert [f[2] for f in findings] == ["CL096"]


# --- CL096: no sentence runs on into the signature ------------------------------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-extract/08REYKJAVIK22 L72-80: the last entry of a list of figures, then the signer.
LAST_FIGURES = """\
4. (U) State Department funds spent by Embassy Reykjavik on energy
related activities:

Total FY 2007 pro-rated salary costs: $52,100

Programs: $700 (energy related domestic travel)
"""


def test_the_signature_after_a_blank_line_continues_no_sentence():
    assert lint_body(body(LAST_FIGURES, signature="\nvan Voorst"), ["CL096"]) == []


def test_a_continuation_with_the_signature_glued_to_its_end_is_still_a_cut():
    # html-extract/09LIMA1659 L105-107, the signature glued to the continued sentence
    text = ("4. (C) SL forces were repelled after attempting to overrun the base, which was\n\n"
            "manned by 45 soldiers from the 2nd Infantry Brigade. MCKINLEY\n")
    findings = lint_body(body(PARAGRAPHS[0], text, signature=""), ["CL096"])
    assert [f[2] for f in findings] == ["CL096"]


# --- CL096: the SUBJECT a page repeats under its page-break line ----------------------------------
# seed 57721 web audit: docs/precision/seed57721/SUMMARY-web.md

#: html-fragment/09BAKU478 L74-86 (shortened; the page break is the frame's station and serial).
PAGE_REPEATS_SUBJECT = """3. (C) He claimed that these practices,
combined with high unemployment, perceived discrimination,

ASTANA 00000604 002.2 OF 002

SUBJECT: IRAN VIEW FROM BAKU: VIOLENCE IN BALUCHISTAN REDUCING BORDER SECURITY

and few government services, has increased anger among
Baluchis, and identification of the central government as an
"enemy."

ORDWAY
"""


def test_the_subject_a_page_repeats_is_part_of_its_page_break():
    assert lint_body(PAGE_REPEATS_SUBJECT, ["CL096"]) == []


def test_a_sentence_cut_by_a_blank_line_after_the_page_header_is_still_a_split():
    body = PAGE_REPEATS_SUBJECT.replace("among\n", "among\n\n")
    assert [f[3] for f in lint_body(body, ["CL096"])] == [
        "Blank line in the middle of a sentence: '... government services, has increased anger"
        " among' continues after it"]


# --- CL096: the next entry of a staff list has a long or qualified label -------------------------
# seed 20261208 web audit: docs/precision/seed20261208/SUMMARY-web.md (FP 1)

#: html-extract/09MEXICO944 L764-779 (shortened): ¶37's staff list, a blank line between entries.
STAFF_LIST = """37. (U) Staff:

Junior Officer Rotation:  XXXXXXXXXXXX (on the job training)

Senior FSN Fraud Investigator:  XXXXXXXXXXXX
(Equivalent of PC 542 taken in Fort Lauderdale, FL in 1998 and on
the job training)

FSN Fraud Investigator:  XXXXXXXXXXXX (on the job training)

FSN Fraud Investigator (H and L):  XXXXXXXXXXXX (on the job
training)

Web address:  https://www.registro-publico.gob.pa/

Date of Registration of Icaro International Services:  July 26, 2005

ORDWAY
"""


def test_entries_with_long_or_qualified_labels_are_no_split_sentence():
    assert lint_body(STAFF_LIST, ["CL096"]) == []


def test_a_sentence_cut_after_a_list_entry_is_still_a_split():
    cut = STAFF_LIST.replace("FSN Fraud Investigator (H and L):  XXXXXXXXXXXX",
                             "and a second investigator who covers the H and L visa cases")
    assert [f[0] for f in lint_body(cut, ["CL096"])] == [9]
