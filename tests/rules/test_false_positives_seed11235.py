"""The false-positive classes of the seed-11235 audit (docs/precision/seed11235/) and of the
corpus counts made beside it, each with the cable text that showed it and a case where the rule
must still fire."""

import pytest

from cablelint.fixing import fix_text
from cablelint.ruleset import build
from cables import PARAGRAPHS, body, cable
from conftest import lint, lint_body, registry

# --- CL097: a summary heading glued to the Classified By line is the summary's start ---------------

#: html-extract/09VATICAN113 L12-22 (09PESHAWAR2 the same, with `- - - -` for the rule).
VATICAN_HEAD = """\
C O N F I D E N T I A L SECTION 01 OF 03 VATICAN 000113
SIPDIS
EO 12958 DECL:  11/9/2034
TAGS PGOV, PREL, PHUM, KIRF, UK, VT
SUBJECT: THE VATICAN AND THE ANGLICANS:  OPPORTUNITY OR OPPORTUNISM?
REF: VATICAN 82
VATICAN 00000113 001.2 OF 003
CLASSIFIED BY: Rafael Foley, Polchief. REASON: 1.4 (b), (d) {heading}
-------
"""
VATICAN_BODY = """\
1. (C) The upcoming visit of the Archbishop of Canterbury to Rome will take place against
the Vatican's decision. End Summary.

2. (C) On October 22, POL/ECONOFF spoke with the Council.

FOLEY
"""


def test_a_summary_heading_glued_to_the_classified_by_line_opens_the_summary():
    assert lint(VATICAN_HEAD.format(heading="Summary") + VATICAN_BODY, ["CL097"]) == []


def test_an_end_summary_with_no_heading_above_it_is_still_reported():
    findings = lint(VATICAN_HEAD.format(heading="Background") + VATICAN_BODY, ["CL097"])
    assert [f[3] for f in findings] == [
        "Summary marker broken: 'END SUMMARY' without a summary start before it"]


# --- CL096: a parenthesis after a sentence's end closes that sentence ------------------------------

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


# --- CL090: a second text appended after the first one's signature counts on its own --------------

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


# --- CL100: the next cable's cables.csv row under the signature ---------------------------------

#: html-fragment/04THEHAGUE1923 L73-80: the text field closes after SOBEL, the next row follows.
CSV_ROW_TAIL = """\
SOBEL
",
19310,7/30/2004 17:38,04THEHAGUE1924,"Embassy The Hague",SECRET//NOFORN,04THEHAGUE1913,"This \
record is a partial extract of the original cable.

301738Z Jul 04
"""


def test_a_cables_csv_row_after_the_signature_is_not_the_signature():
    assert lint_body(body(PARAGRAPHS[0], signature=CSV_ROW_TAIL), ["CL100"]) == []


def test_a_csv_row_under_a_text_without_a_signature_leaves_it_unsigned():
    unsigned = CSV_ROW_TAIL.replace("SOBEL\n", "developments through 1900 hrs.\n")
    assert [f[2] for f in lint_body(body(PARAGRAPHS[0], signature=unsigned), ["CL100"])] == [
        "CL100"]


# --- CL096: the text goes on after the last entry of a list -------------------------------------

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


# --- CL100: the signature before the end of transmission (`NNNN`, `End Cable Text`) -------------

#: json-record/delhi-0060 (json-body/04NEWDELHI8192): the body's end, the post's receipt record.
RECEIPT = ("those countries that are should honor their commitments.  MULFORD  NNNN  End Cable "
           "Text  Myrta Browne  01/04/2005 12:28:19 PM  From  DB/Inbox:  Myrta Browne  Recipient/"
           "Profile Information Cable Recipients: Susanne S Ames Michael H Anderson\n")


def test_the_signature_before_nnnn_and_a_receipt_record_is_found():
    assert lint_body(body(PARAGRAPHS[0], signature=RECEIPT), ["CL100"]) == []


@pytest.mark.parametrize("tail", [
    "HALL NNNN 2004ROME02926 - Classification: CONFIDENTIAL \"\n",      # html-extract/04ROME2926
    "MURRAY\nEnd Cable Text\nZenaida X Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS\n",
])
def test_the_signature_before_the_end_of_transmission_on_its_own_line_is_found(tail):
    assert lint_body(body(PARAGRAPHS[0], signature=tail), ["CL100"]) == []


def test_no_surname_before_nnnn_is_still_no_signature():
    unsigned = RECEIPT.replace("MULFORD  ", "")
    assert [f[2] for f in lint_body(body(PARAGRAPHS[0], signature=unsigned), ["CL100"])] == [
        "CL100"]


def test_a_dash_wrapped_to_a_line_start_inside_a_sentence_opens_no_list_entry():
    # html-extract/10SANAA45 L104-111: `- from ...` continues the sentence above, then a real cut
    wrapped = ("1. (C) The president's remarks drew criticism, he said, and not only\n"
               "- from a variety of domestic actors, including religious leaders.  The remarks,\n"
               "made on a satellite TV channel, were intended for domestic - not\n\n"
               "Western - consumption.\n")
    assert [f[2] for f in lint_body(body(wrapped, PARAGRAPHS[1]), ["CL096"])] == ["CL096"]


# --- CL073: the names posts give themselves in REF lines ----------------------------------------

@pytest.mark.parametrize("ref", [
    "REF: A) IRPO DUBAI 0012; B) IRPO DUBAI 0014",   # json-body/07IRANRPODUBAI16
    "REF: DUBAI IRPO 0018",                          # json-body/07IRANRPODUBAI21
    "REF: A. 08 HAGUE 468",                          # html-extract/09THEHAGUE264
    "REF: a) RIO 346, b) RIO 329",                   # html-extract/09RIODEJANEIRO353
    "REF: A. MEXICO CITY 2636",                      # html-extract/09MEXICO2701
])
def test_a_posts_own_name_for_itself_in_a_ref_resolves(ref):
    assert lint(cable(ref=ref), ["CL073"]) == []


def test_a_misspelt_station_is_still_unresolvable():
    assert [f[3] for f in lint(cable(ref="REF: 08 HAUGE 468"), ["CL073"])] == [
        "REF item's station 'HAUGE' is not a known station; the reference cannot be resolved to "
        "a cable id"]


# --- CL143: the Classified By label written twice (a miss of the audit, 107 corpus files) --------

@pytest.mark.parametrize("line, at", [
    # html-extract/09CAIRO1465, 08STATE114173
    ("Classified By: Classified by Economic-Political Minister-Counselor Donald A. Blome for "
     "reason 1.4 (b) and (d).", 16),
    ("CLASSIFIED BY: CLASSIFIED BY POLITICAL MINISTER COUNSELOR SHARON WIENER, REASON 1.4 (B).", 16),
])
def test_a_classified_by_label_written_twice_is_reported(line, at):
    findings = lint(cable(classified_by=line), ["CL143"])
    assert [(f[1], f[3]) for f in findings] == [
        (at, f"'Classified By' is written twice: '{line[at - 1:at + 12]}' repeats the label")]
    fixed = fix_text(cable(classified_by=line), "cable.txt", build(registry(), select=["CL143"]))
    assert fixed.text == cable(classified_by=line[:at - 1] + line[at + 13:])


@pytest.mark.parametrize("line", [
    "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).",
    "Classified By: DCM Kevin Milas, who classified by reason 1.4 (b).",
])
def test_a_single_label_is_not_reported(line):
    assert lint(cable(classified_by=line), ["CL143"]) == []


# --- CL144: the mirror's pilcrow on a lettered item (a miss of the audit, 919 corpus lines) ------

#: html-extract/06SANTIAGO401 L27-30 (the embassy's answers to a questionnaire).
QUESTIONNAIRE = """\
1. (U) Post's answers follow.

¶C.  HAVE THERE BEEN ANTI-AMERICAN DEMONSTRATIONS IN THE COUNTRY?

¶D.  WHAT IS THE AVERAGE SIZE OF THE ANTI-AMERICAN DEMONSTRATION?
"""


def test_a_pilcrow_on_a_lettered_item_is_reported():
    findings = lint_body(body(QUESTIONNAIRE, PARAGRAPHS[1]), ["CL144"])
    assert [(f[0], f[3]) for f in findings] == [
        (3, "'¶C.': a lettered item of the text, which the mirror marked as a paragraph"),
        (5, "'¶D.': a lettered item of the text, which the mirror marked as a paragraph")]


@pytest.mark.parametrize("text", [
    QUESTIONNAIRE.replace("¶", ""),
    # html-extract/10TASHKENT27 L157-158: an initial wrapped from the sentence above
    "7. (SBU) Officially, Zeromax's management team is headed by\n¶S. Djalalov, an Uzbek.\n",
    "1. (U) Text.\n\n¶E. O. 11652: GDS\n",          # an old cable's spaced E.O. label
])
def test_no_pilcrow_on_a_lettered_item(text):
    assert lint_body(body(text, PARAGRAPHS[1]), ["CL144"]) == []
