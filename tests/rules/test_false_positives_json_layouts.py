"""The false-positive classes of the seed-27182 audit of the JSON layouts (json-body, json-record;
docs/precision/seed27182/), each with the cable fragment that showed it and a case where the rule
must still fire."""

import pytest
from cables import body, cable, replaced
from conftest import lint, lint_body

from cablelint.parsing.signatures import signature

# --- CL100: a signature glued to the last `/` of the site trailer's address ---------------------

#: json-body/07ANKARA1905, its flattened end: the trailer's address runs into the signature.
ANKARA_END = ("in good shape, would he be able to travel so much and work such long hours?Visit "
              "Ankara's Classified Web Site at http://www.state.sgov.gov/p/eur/ankara/WILSON")


def test_a_surname_glued_to_the_trailer_address_is_the_signature():
    found = signature((ANKARA_END,))
    assert found is not None and found.value == "WILSON"
    assert found.span.column == ANKARA_END.index("WILSON") + 1


def test_a_trailer_address_that_ends_in_a_path_still_hides_no_signature():
    for end in ("http://www.state.sgov.gov/p/eur/ankara/",
                "http://www.state.sgov.gov/p/eur/ankara/index.cfm"):
        assert signature((ANKARA_END.replace("http://www.state.sgov.gov/p/eur/ankara/WILSON", end),
                          )) is None


def test_cl100_is_quiet_on_the_glued_signature_and_fires_without_it():
    text = body("1. (C) Erdogan works long hours.", signature=ANKARA_END)
    assert lint(cable(body=text), ["CL100"]) == []
    unsigned = text.replace("/ankara/WILSON", "/ankara/")
    assert [rule for _, _, rule, _ in lint(cable(body=unsigned), ["CL100"])] == ["CL100"]


# --- CL080: `CLASSIFIED CONFIDENTIAL BY ...`, the 1990s New Delhi wording -------------------------

#: json-body/98NEWDELHI2879 and 97NEWDELHI6957, with their line breaks back.
NEW_DELHI_CLASSIFIED = ("CLASSIFIED CONFIDENTIAL BY NEW DELHI POLITICAL COUNSELOR ERIC TUNIS, "
                        "REASON 1.5 (D).")


def test_a_classified_by_naming_the_level_is_a_classified_by_line():
    for line in (NEW_DELHI_CLASSIFIED, "CLASSIFIED SECRET BY NEW DELHI ACTING POLITICAL COUNSELOR "
                                       "GORDON HELLWIG. REASON 1.5 (C)."):
        assert lint(cable(classified_by=line), ["CL080"]) == []


def test_the_level_inside_paragraph_1_and_run_on_after_ref_is_found_too():
    in_paragraph = body("1. (U) CLASSIFIED SECRET BY NEW DELHI ACTING POLITICAL COUNSELOR GORDON "
                        "HELLWIG. REASON 1.5 (C).", "2. (S) EMBASSY WILL CONTINUE TO PURSUE IT.")
    assert lint(cable(classified_by=None, body=in_paragraph), ["CL080"]) == []
    run_on = cable(classified_by=None, ref=f"REF:  ISLAMABAD 2617  {NEW_DELHI_CLASSIFIED}")
    assert lint(run_on, ["CL080"]) == []


#: html-fragment/08STATE103511 L14-19: an action line, then the Classified By as paragraph 2, its
#: reason wrapped onto the next line.
STATE_SECOND = ("1. (SBU) This message is NIACT due to potential fast-breaking events.",
                "2. (U) Classified by Acting DAS James Knight, Reasons 1.4\n(b) and (d).",
                "3. (U) This is an action request. Please see paragraphs 4-7.")


def test_a_classified_by_written_as_paragraph_2_is_the_classified_by_line():
    text = cable(classified_by=None, body=body(*STATE_SECOND))
    assert lint(text, ["CL080", "CL082", "CL083"]) == []


def test_paragraph_2_that_only_mentions_a_classifier_is_no_classified_by_line():
    prose = (STATE_SECOND[0], "2. (U) The paper was classified by Acting DAS James Knight.",
             STATE_SECOND[2])
    assert [f[2] for f in lint(cable(classified_by=None, body=body(*prose)), ["CL080"])] == [
        "CL080"]

def test_a_classified_line_without_by_is_still_no_classified_by():
    for line in ("CLASSIFIED CONFIDENTIAL NEW DELHI POLITICAL COUNSELOR ERIC TUNIS.",
                 "CLASSIFIED BRIEFING FOR THE COUNSELOR, 1.5 (D)."):
        assert [rule for _, _, rule, _ in lint(cable(classified_by=line), ["CL080"])] == ["CL080"]


# --- CL090, CL093: bracketed placeholders stand for withheld paragraphs and marks ----------------

#: json-body/08RPODUBAI49 with its line breaks back, shortened: ¶3 withheld behind the placeholder
#: and a heading's underline, ¶7's text (its mark with it) behind another.
DUBAI_WITHHELD = """1. (U) This is an action request. Please see paragraph 8.

2. (S) Summary and Background: IRPO officer met with [SOURCE REMOVED] on October 15 and 20, 2008 to
discuss the IRC with a more hardline leadership. [DETAILS REMOVED]---------------------------------

4. (C) During the Iran-Iraq war in the 1980s, [NAME REMOVED] stated the IRC provided cover.

5. (S) [DETAILS REMOVED] With the war underway, [NAME REMOVED] says the number increased.

6. (S) The role became more important after US forces had detained Iranian officers.

7. [DETAILS REMOVED]Ahmadi-Nejad's Election and the IRC-----------------------------------

8. (S) Per the IRC's regulations, following his election in 2005, the President appointed four.

ASGARD
"""


def test_cl090_and_cl093_are_quiet_after_bracketed_placeholders():
    assert lint_body(DUBAI_WITHHELD, ["CL090", "CL093"]) == []


def test_a_skip_after_a_name_placeholder_inside_a_sentence_and_a_missing_mark_still_fire():
    text = DUBAI_WITHHELD.replace("leadership. [DETAILS REMOVED]",
                                  "leadership [DETAILS REMOVED] of")
    text = text.replace("7. [DETAILS REMOVED]Ahmadi", "7. The election of Ahmadi")
    assert sorted((line, rule) for line, _, rule, _ in lint_body(text, ["CL090", "CL093"])) == [
        (6, "CL090"), (12, "CL093")]


#: json-record/wl20101128-0077, with its line breaks back: the mark glued to the placeholder.
SOURCE_REMOVED = """1. (S) Summary: the source described the network.

2. (S) The source said the payments continued.

3. (S) The source named two officials.

4. (S)[Source removed] quoted the General as saying the transfers would go on.

SMITH
"""


def test_a_mark_glued_to_a_placeholder_opens_the_paragraph():
    assert lint_body(SOURCE_REMOVED, ["CL090", "CL093"]) == []
    unmarked = SOURCE_REMOVED.replace("4. (S)[Source removed]", "4. The source")
    assert [rule for _, _, rule, _ in lint_body(unmarked, ["CL093"])] == ["CL093"]


# --- CL100: a text that ends in withheld text (`withheld_end`) -----------------------------------

#: json-body/08RPODUBAI49, its end: ¶18 and the signature withheld.
DUBAI_END = ("17. (S) Comment: Such figures are key to our ability to understanding and countering "
             "the malign activities of these organizations regionally Comment: [DETAILS REMOVED]")


def test_cl100_is_quiet_when_the_text_ends_in_withheld_text():
    assert lint(cable(body=body("1. (S) Summary.", DUBAI_END, signature="")), ["CL100"]) == []


def test_cl100_still_fires_when_a_placeholder_stands_before_the_end():
    text = body("1. (S) Summary.", DUBAI_END + " The Comment ends here.", signature="")
    assert [rule for _, _, rule, _ in lint(cable(body=text), ["CL100"])] == ["CL100"]


# --- seed 16180 (docs/precision/seed16180/) -------------------------------------------------------

# CL093: the numbered items of a quoted paper, from `Begin Text ...` to `End GOI Text.`

#: json-body/04NEWDELHI7427 with its line breaks back, shortened: the GOI paper's items go on with
#: the cable's numbers (its own 1 and 2 were not taken as markers).
DELHI_GOI_PAPER = """1.  (C) Summary: MEA shared four papers on the Indo-Pak relationship.

2.  (SBU) Begin Text GOI paper: "Progress in the Indo-Pak Relationship Since 2003"

3. Removal of restrictions on the movement of High Commission personnel (January 2004)

4. Delhi-Lahore bus service resumed on July 11, 2003.

5. Meeting between the Prime Ministers of the two countries in Dhaka in January 2005. End GOI Text.

BLAKE
"""


def test_the_items_of_a_quoted_paper_are_not_asked_for_portion_marks():
    assert lint_body(DELHI_GOI_PAPER, ["CL090", "CL093"]) == []


def test_without_its_end_or_after_it_the_items_are_asked_again():
    unclosed = DELHI_GOI_PAPER.replace(" End GOI Text.", "")
    assert [line for line, _, _, _ in lint_body(unclosed, ["CL093"])] == [5, 7, 9]
    after = DELHI_GOI_PAPER.replace("\n\nBLAKE", "\n\n6. The next round follows.\n\nBLAKE")
    assert [line for line, _, _, _ in lint_body(after, ["CL093"])] == [11]


# CL100: the end of the transmission after the signature

#: json-record/iran-0000 (and five json-body copies of RPO Dubai cables of 2006), its end.
DUBAI_ERRORED = ("11. (C) COMMENT: SOME ACTIVISTS HAD NOT YET BEEN DETERRED FROM THEIR WORK. BURNS "
                 "B T #0009 N -- END OF ERRORED MESSAGE -- ")


def test_a_signature_before_the_transmission_end_is_found():
    found = signature((DUBAI_ERRORED,))
    assert found is not None and found.value == "BURNS"


def test_the_transmission_end_without_a_signature_is_still_unsigned():
    assert signature((DUBAI_ERRORED.replace("WORK. BURNS", "WORK."),)) is None


# CL032: SIPDIS named in an instruction is no caption in the text

def _flat_sipdis(sentence: str) -> list:
    from cablelint.parsing.scan import flattened_captions
    return [t.value for t in flattened_captions(sentence, 0)]


def test_sipdis_named_in_an_instruction_is_no_caption():
    # json-body/08STATE128877
    assert _flat_sipdis("Please address replies for ISN, IO, T. Please include SIPDIS in all "
                        "replies.") == []


def test_sipdis_between_two_words_of_a_sentence_is_still_a_caption():
    # json-body/04NEWDELHI7427, 05NEWDELHI1480
    assert _flat_sipdis("Arun K. Singh shared SIPDIS with us four papers") == ["SIPDIS"]
    assert _flat_sipdis("insight into why the SIPDIS GOI believes it is right") == ["SIPDIS"]


@pytest.mark.parametrize("sentence", [
    # seed 20261217 json-body audit: 05NEWDELHI1074, 04NEWDELHI7389 (and 10 more in the corpus)
    "to the MEA which, on February 10,  SIPDIS responded with a non-paper",
    "On November 10, the newly-selected BJP  SIPDIS leadership met for the first time",
])
def test_sipdis_after_a_number_and_comma_or_an_acronym_is_in_the_sentence(sentence):
    assert _flat_sipdis(sentence) == ["SIPDIS"]


def test_sipdis_between_capitals_is_a_caption_line_run_on():
    assert _flat_sipdis("NEW DELHI 007750  SENSITIVE SIPDIS E.O. 12958: DECL") == []


# CL090: a paragraph number whose period was lost (`8, (C)`, `3  (C)`) is its paragraph's marker

def test_a_marker_with_a_comma_or_no_period_before_its_mark_is_read():
    # json-body/10DOHA71 `8, (C) Senator Kerry`, 05NEWDELHI1764 `3  (C) Although`
    text = """1. (C) Summary: the Senator met HBJ.

2. (C) Qatar's PM observed that the biggest obstacle is reconciliation.

3  (C) Although our military sales relationship remains underdeveloped, it grows.

4, (C) Senator Kerry observed that people can come around.

5. (C) From HBJ's perspective, there are differences in style.

KERRY
"""
    assert lint_body(text, ["CL090"]) == []
    assert [rule for _, _, rule, _ in lint_body(text.replace("4, (C)", "4, Senator"),
                                                ["CL090"])] == ["CL090"]


def test_a_flattened_cable_gets_a_line_break_before_such_a_marker():
    from cablelint.container.flat import reline_body
    flat = ("2. (C) Qatar's PM said progress is slow.  8, (C) Senator Kerry noted it.  "
            "¶9. (C) From HBJ's perspective, there are differences.")
    text, _, _ = reline_body(flat)
    assert "\n8, (C) Senator" in text


def test_cl092_names_the_lost_period():
    text = """1. (C) Summary: the Senator met HBJ.

2. (C) Qatar's PM observed that the biggest obstacle is reconciliation.

3, (C) Senator Kerry observed that people can come around.

KERRY
"""
    found = lint_body(text, ["CL092"])
    assert [(line, message) for line, _, _, message in found] == [
        (5, "Paragraph marker written 'N, (M)' where the standard is 'N. (M)'")]


# --- CL041, CL050, CL100: a flattened body with TAGS glued to `N/A` and the signer to the redaction
# seed 20261206 early/json audit: docs/precision/seed20261206/SUMMARY-early-json.md

#: json-body/08MUNICH355, its paragraphs cut short: one line, `N/ATAGS:`, `atxxxxxCrockart`.
MUNICH_FLAT = (
    "UNCLAS MUNICH 000355SENSITIVESIPDISE.O. 12958: N/ATAGS: PGOV EINV INRB GMSUBJECT: "
    "GERMANY/BAVARIA: CSU HOPES FOR FRESH START WITH NEW ANDYOUNGER FACES IN CABINETAND A DYNAMIC "
    "SECRETARY GENERAL ¶1. (SBU) Newly-elected Bavarian Minister-President Horst Seehofer"
    "(Christian Social Union - CSU) elevated youthful, female, and freshfaces in the presentation "
    "of his surprising cabinet choices onOctober 30. " + "In a canny move, he also chose "
    "36-year-old Bundestagmember Karl-Theodor zu Guttenberg as CSU Secretary General. " * 8
    + "¶2. (U) Consulate General Munich coordinated this report withEmbassy Berlin.¶3. (U) Track "
    "Munich reporting at atxxxxxCrockart")


def test_tags_glued_to_n_a_and_a_signer_glued_to_the_last_word_are_found():
    assert lint(MUNICH_FLAT, ["CL041", "CL050", "CL100"], path="08MUNICH355.txt") == []


def test_an_order_cited_inside_a_flattened_classified_by_is_no_eo_line():
    # seed 20261214 json audit: json-body/05ANKARA7215 'Classified By: PolCouns Janice G. Weiner,
    # E.O. 12958, reasons 1.4 (b) and (d).  ¶1.  (C) Summary: ...'
    text = MUNICH_FLAT.replace("UNCLAS MUNICH", "CONFIDENTIAL MUNICH").replace(
        "N/ATAGS:", "DECL: 11/30/2018 TAGS:").replace(
        "SECRETARY GENERAL ¶1. (SBU)", "SECRETARY GENERAL Classified By: PolCouns Janice G. "
        "Weiner, E.O. 12958, reasons 1.4 (b) and (d).  ¶1. (C)")
    assert lint(text, ["CL040", "CL080", "CL082"], path="08MUNICH355.txt") == []
    lost = text.replace("E.O. 12958, reasons 1.4 (b) and (d).", "E.O. 12958.")
    assert [f[2] for f in lint(lost, ["CL082"], path="08MUNICH355.txt")] == ["CL082"]

def test_without_the_signer_the_flattened_body_is_still_unsigned():
    unsigned = MUNICH_FLAT.replace("atxxxxxCrockart", "atxxxxx")
    assert [f[2] for f in lint(unsigned, ["CL041", "CL050", "CL100"], path="08MUNICH355.txt")] \
        == ["CL100"]


def test_a_signer_after_the_code_word_that_ends_a_list_item_is_found():
    # seed 20261207 json audit: json-body/05NEWDELHI1248 ends '... (NSRW), IAEA MULFORD'
    end = "at the Division of Radiation, Transport and Waste Safety (NSRW), IAEA MULFORD"
    signed = MUNICH_FLAT.replace("at atxxxxxCrockart", end)
    assert lint(signed, ["CL100"], path="05NEWDELHI1248.txt") == []
    unsigned = signed.replace(", IAEA MULFORD", ", IAEA")
    assert [f[2] for f in lint(unsigned, ["CL100"], path="05NEWDELHI1248.txt")] == ["CL100"]


def test_a_bracketed_mark_with_a_space_inside_still_opens_its_paragraph():
    # seed 20261207 json audit: json-body/09RPODUBAI121 '... in the Gulf.    5. [S/NF ] Test Case'
    text = MUNICH_FLAT.replace("¶2. (U) Consulate General", "¶2. (U) Bavaria is key. ¶3. (U) So is "
                               "Berlin. ¶4. (U) Munich matters.    5. [S/NF ] Consulate General")
    text = text.replace("¶3. (U) Track Munich", "¶6. (U) Track Munich")
    findings = lint(text, ["CL090", "CL092"], path="09RPODUBAI121.txt")
    assert [(f[2], f[3]) for f in findings] == [
        ("CL092", "Paragraph marker written 'N. [M]' where the standard is '¶N. (M)'")]
