"""Paragraph numbering, marker style and split-sentence rules (CL090, CL091, CL092, CL096)."""

import pytest

from cablelint.parsing import parse
from cables import BODY, cable
from conftest import lint, lint_body


def numbered(*numbers, marker="{n}. (C) Paragraph {n}.") -> str:
    """A body of paragraphs with the given numbers, separated by blank lines."""
    return "\n\n".join(marker.format(n=n) for n in numbers) + "\n"


def stray_one(found, expected):
    return (f"Paragraph number {found} should be {expected}: a stray '1' (often a damaged ¶) "
            f"precedes it")


# --- CL090 paragraph-sequence -----------------------------------------------------------------

@pytest.mark.parametrize("numbers, line, found, expected", [
    ((1, 2, 4, 5), 5, 4, 3),           # paragraph 3 lost
    ((1, 2, 2, 3), 5, 2, 3),           # paragraph 2 pasted twice
    ((1, 2, 3, 13), 7, 13, 4),         # 13 is not 4 with a stray 1
])
def test_cl090_break_in_the_count(numbers, line, found, expected):
    assert lint_body(numbered(*numbers), ["CL090", "CL091"]) == [
        (line, 1, "CL090", f"Paragraph {found} where {expected} was expected"),
    ]


@pytest.mark.parametrize("numbers, line, found, expected", [
    ((1, 25, 2, 3), 3, 25, 2),         # 08MADRID1092: the stray 25 is blamed, not the correct 2
    ((2, 3, 6, 4, 5), 5, 6, 4),        # 07TBILISI2862
    ((1, 2, 3, 3, 5), 7, 3, 4),        # a wrong number in the place of 4: the 5 after it is right
])
def test_cl090_blames_the_number_out_of_place(numbers, line, found, expected):
    body = numbered(*numbers) if numbers[0] == 1 else numbered(1, *numbers)
    line += 0 if numbers[0] == 1 else 2
    assert lint_body(body, ["CL090", "CL091"]) == [
        (line, 1, "CL090", f"Paragraph {found} where {expected} was expected"),
    ]


def test_cl090_paragraph_run_into_the_previous_one():
    # 06SAOPAULO968: `... opposed to the current 15-17. 7. In this new setting, Cavallari predicted
    # ...`
    six = ("¶6. Cavallari said that the reform would leave only about seven political parties as "
           "opposed to the current 15-17. 7. In this new setting, Cavallari predicted that the PT "
           "would lose ground.")
    body = numbered(1, 2, 3, 4, 5, marker="¶{n}. Paragraph {n}.") + "\n" + six + "\n\n¶8. Eight.\n"
    assert lint_body(body, ["CL090"]) == [
        (11, six.index("7. In") + 1, "CL090",
         "Paragraph 7 is run into paragraph 6: its marker stands inside the text"),
    ]


def test_cl090_paragraph_run_in_after_glued_page_break_text():
    """html-extract/08TBILISI1355:34 (seed 20261210 web FP: it said `6 where 5 was expected`)."""
    four = ("\u00b64. (C) The MoD reported new flights. ------------------------------------ "
            "TBILISI 00001355 002 OF 002 5. (C) The Armenian Ambassador asked the MoD.")
    body = numbered(1, 2, 3, marker="\u00b6{n}. (C) Paragraph {n}.") + "\n" + four + \
        "\n\n\u00b66. (C) Six.\n"
    assert lint_body(body, ["CL090"]) == [
        (7, four.index("5. (C)") + 1, "CL090",
         "Paragraph 5 is run into paragraph 4: its marker stands inside the text"),
    ]


def test_cl090_number_in_the_text_is_no_run_in_marker():
    six = "¶4. The talks moved to paragraph 5. The next point came on March 5. Then nothing."
    assert lint_body(numbered(1, 2, 3, marker="¶{n}. Paragraph {n}.") + "\n" + six
                     + "\n\n¶6. Six.\n",
                     ["CL090"]) == [(9, 2, "CL090", "Paragraph 6 where 5 was expected")]


@pytest.mark.parametrize("redaction", [
    # 09ALGIERS1077: then paragraph 16 after 8
    "2. (C) Two.\n\nXXXXXXXXXXXX",
    "¶2. XXXXXXXXXXXX",                                              # 09PARIS848: then paragraph 11
    "2. (C) ... and the State Special Protection Service (SSPS). XXXXXXXXXXXX",      # 08BAKU625
])
def test_cl090_quiet_after_a_redaction_standing_for_withheld_paragraphs(redaction):
    body = f"1. (C) One.\n\n{redaction}\n\n11. (C) Eleven.\n\n12. (C) Twelve.\n"
    assert lint_body(body, ["CL090"]) == []


def test_cl090_markers_with_a_parenthesis():
    # 05BRASILIA606: `2) (U) On March 4, ...`, `4) (C) On March 3, ...`
    body = "1) (U) Summary. One.\n\n2) (U) On March 4, two.\n\n4) (C) On March 3, four.\n\nORDWAY\n"
    assert lint_body(body, ["CL090"]) == [(5, 1, "CL090", "Paragraph 4 where 3 was expected")]


def test_cl090_parenthesis_items_inside_numbered_paragraphs_are_no_paragraphs():
    # 09STATE6423: questions `1) (S/NF) ...` under `¶A.` inside paragraph 1, then `¶2.`
    body = ("¶1. (S/NF) Washington analysts assess.\n\n¶A. (U) FOR IRAN WATCHERS:\n\n1) (S/NF) "
            "BEYOND IRAN'S\n\n2) (S/NF) WHO IN TEHRAN\n\n¶B. (U) FOR POSTS:\n\n1) (S/NF) WHAT "
            "IS\n\n¶2. (U) PLEASE CITE.\n")
    assert lint_body(body, ["CL090", "CL092"]) == []


def test_cl090_gap_with_markdown_pilcrow_links():
    body = numbered(1, 2, 4, marker="[¶{n}.](#) (C) Paragraph {n}.")
    assert lint_body(body, ["CL090"]) == [(5, 3, "CL090", "Paragraph 4 where 3 was expected")]


@pytest.mark.parametrize("body", [
    BODY,
    numbered(*range(1, 13)),                                         # 10, 11, 12 are real numbers
    numbered(1, 2, 3, marker="[¶{n}.](#) (C) Paragraph {n}."),
    numbered(1, 2, 3, marker="¶{n}. (C) Paragraph {n}."),
])
def test_cl090_unbroken_count(body):
    assert lint_body(body, ["CL090", "CL091"]) == []


def test_cl090_numbering_restarts_inside_quoted_text():
    body = ("1. (C) First.\n\n2. (C) Second.\n\n3. (C) The text of the note follows.\n\n"
            "BEGIN TEXT\n\n1. (U) Quoted one.\n\n2. (U) Quoted two.\n\nEND TEXT\n\n"
            "4. (C) Fourth.\n\n5. (C) Fifth.\n")
    assert lint_body(body, ["CL090", "CL091"]) == []


# --- CL091 paragraph-number-spurious-one ------------------------------------------------------

def test_cl091_stray_one_before_5_and_6():
    body = numbered(1, 2, 3, 4, 15, 16, 7)
    assert lint_body(body, ["CL090", "CL091"]) == [
        (9, 1, "CL091", stray_one(15, 5)),
        (11, 1, "CL091", stray_one(16, 6)),
    ]


def test_cl091_stray_one_before_12():
    body = numbered(*range(1, 12), 112, 13)
    assert lint_body(body, ["CL090", "CL091"]) == [(23, 1, "CL091", stray_one(112, 12))]


def test_cl091_stray_one_with_markdown_pilcrow_link():
    body = numbered(1, 12, 3, marker="[¶{n}.](#) (C) Paragraph {n}.")
    assert lint_body(body, ["CL090", "CL091"]) == [(3, 3, "CL091", stray_one(12, 2))]


@pytest.mark.parametrize("numbers", [tuple(range(1, 13)), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)])
def test_cl091_real_two_digit_numbers(numbers):
    assert lint_body(numbered(*numbers), ["CL091"]) == []


# --- CL092 paragraph-marker-style -------------------------------------------------------------

@pytest.mark.parametrize("body, line, found, expected", [
    (numbered(*range(1, 8), marker="¶{n}. (C) Paragraph {n}.")
     + "\n¶ 8. (C) Eighth.\n\n¶9. (C) Ninth.\n",
     15, "¶ N. (M)", "¶N. (M)"),
    ("1. (C) a.\n\n2.(C) b.\n\n3. (C) c.\n", 3, "N.(M)", "N. (M)"),
])
def test_cl092_marker_unlike_the_rest(body, line, found, expected):
    assert lint_body(body, ["CL092"]) == [
        (line, 1, "CL092", f"Paragraph marker written '{found}' where the standard is '{expected}'")
    ]


@pytest.mark.parametrize("body", [
    BODY,
    numbered(1, 2, 3, marker="¶{n}. (C) Paragraph {n}."),
    numbered(1, 2, 3, marker="¶ {n}. (C) Paragraph {n}."),             # one style throughout
    # markdown is another rule's matter
    numbered(1, 2, 3, marker="[¶{n}.](#) (C) Paragraph {n}."),
    # the stray 1 is CL091's finding
    numbered(1, 2, 3, 14, 5, marker="¶{n}. (C) Paragraph {n}."),
])
def test_cl092_consistent_markers(body):
    assert lint_body(body, ["CL092"]) == []


def test_cl092_a_tie_is_judged_by_the_standard():
    assert lint_body("¶1. (C) a.\n\n¶ 2. (C) b.\n", ["CL092"]) == [
        (3, 1, "CL092", "Paragraph marker written '¶ N. (M)' where the standard is '¶N. (M)'"),
    ]


def test_cl092_the_standard_marker_is_never_the_one_reported():
    # 09CAIRO2311: `1.(C)`, `2.(C)`, `3.(C)`, `¶4. (C)`, `5.(C)`: the drafter's `N.(C)` is the odd
    # one out
    body = "1.(C) a.\n\n2.(C) b.\n\n3.(C) c.\n\n¶4. (C) d.\n\n5.(C) e.\n"
    assert [f[0] for f in lint_body(body, ["CL092"])] == [1, 3, 5, 9]
    assert {f[3] for f in lint_body(body, ["CL092"])} == {
        "Paragraph marker written 'N.(M)' where the standard is '¶N. (M)'"}


def test_cl092_one_other_style_throughout_is_not_judged():
    # 09TRIPOLI924: `1.(S/NF) Summary: ...`, `2.(S/NF) ...` in every paragraph
    assert lint_body(numbered(1, 2, 3, marker="{n}.(S/NF) Paragraph {n}."), ["CL092"]) == []


def test_cl092_no_pilcrow_asked_before_a_mark_glued_to_its_number():
    # 09TRIPOLI415: `1.(S)` to `11.(S)`, then the mirror's `¶12.` on the unmarked closing line; no
    # mirror writes `¶1.(S)`, so the pilcrow of `¶12.` asks nothing of the marked paragraphs
    body = numbered(1, 2, 3, marker="{n}.(S) Paragraph {n}.") + "\n¶4. This cable was cleared.\n"
    assert lint_body(body, ["CL092"]) == []
    # ... but a pilcrow is still asked where the cable also writes the standard `¶N. (M)`
    body = "¶1. (S) a.\n\n2.(S) b.\n\n¶3. Cleared.\n"
    assert lint_body(body, ["CL092"]) == [
        (3, 1, "CL092", "Paragraph marker written 'N.(M)' where the standard is '¶N. (M)'")]


def test_cl092_portion_marks_in_brackets_are_judged_even_throughout():
    # json-body/09RPODUBAI48: every paragraph of the Window on Iran reports is marked `[S/NF]`
    body = ("1. [U] This January 27, 2009 edition of Window on Iran was sent out on that date.\n\n"
            "2. [S/NF] More on Russia-Iran Security Ties: In a meeting with the Secretary.\n\n"
            "3. [S/NF] Supreme Leader's South Africa Connection.\n")
    message = "Paragraph marker written 'N. [M]' where the standard is 'N. (M)'"
    assert lint_body(body, ["CL092"]) == [(line, 1, "CL092", message) for line in (1, 3, 5)]


def test_cl092_brackets_that_are_no_portion_mark_stay_quiet():
    # the paragraph's mark is in parentheses; a bracketed insertion later in the text is no marker
    body = ("1. (C) The minister [Davutoglu] agreed.\n\n2. (C) [DETAILS REMOVED] he said.\n\n"
            "3. (S/NF) [U] is how they wrote it.\n")
    assert lint_body(body, ["CL092"]) == []


# --- CL096 paragraph-split --------------------------------------------------------------------

def test_cl096_blank_line_in_the_middle_of_a_sentence():
    body = ("1. (C) Tazhin offered a broad and spirited defense of the\n\n"
            "lengthy reform program in his meeting.\n\n2. (C) Second.\n")
    assert lint_body(body, ["CL096"]) == [
        (1, 1, "CL096", "Blank line in the middle of a sentence: '... broad and spirited defense "
                        "of the' continues after it"),
    ]


def test_cl096_split_sentence_in_a_markdown_paragraph():
    body = ("[¶1.](#) (C) Tazhin offered a broad and spirited defense of the\n\n"
            "lengthy reform program in his meeting.\n")
    assert lint_body(body, ["CL096"]) == [
        (1, 1, "CL096", "Blank line in the middle of a sentence: '... broad and spirited defense "
                        "of the' continues after it"),
    ]


@pytest.mark.parametrize("body", [
    BODY,
    # a heading after the blank line, not the rest of the sentence
    "1. (C) The minister outlined the reform plan for the coming year\n\nBackground\n\n2. (C) "
    "Second.\n",
    "1. (C) Tazhin offered a broad and spirited defense of the program\n\nPOLITICAL REFORM "
    "OUTLOOK\n\n2. (C) Second.\n",
    # a list item after the blank line
    "1. (C) The minister listed the points of the reform plan as\n\n-- the first item of the list "
    "here.\n",
    # the line before the blank ends a sentence or announces what follows
    "1. (C) The minister said the following about the reform plan:\n\nthe plan will be adopted "
    "soon.\n",
    "1. (C) Tazhin offered a broad and spirited defense of the program.\n\n2. (C) Second.\n",
])
def test_cl096_blank_line_between_units(body):
    assert lint_body(body, ["CL096"]) == []


@pytest.mark.parametrize("before, after", [
    # html-extract/07PARIS170: all capitals, an article before the blank line
    ("FOREIGN MINISTER DOUSTE-BLAZY TO TEHRAN TO SOUND OUT THE",
     "IRANIANS ON THEIR PLAYING A CONSTRUCTIVE ROLE."),
    # html-extract/07BOGOTA1457: a comma before a capitalised name
    ("Japan, Spain, Ecuador, Panama, Hong Kong, Singapore,",
     "Malaysia, Germany, Peru, Chile, Sweden."),
    # html-extract/08BAGHDAD357: a preposition
    ("vehicle threats as part of the graduated force response. On",
     "February 20, instructors will initiate training."),
])
def test_cl096_capitalised_continuation_after_comma_article_or_preposition(before, after):
    body = f"1. (C) {before}\n\n{after}\n\n2. (C) Second.\n"
    found = lint_body(body, ["CL096"])
    assert [(line, rule) for line, _, rule, _ in found] == [(1, "CL096")]


def test_cl096_un_resolution_preambular_clauses_are_not_split():
    # html-extract/08STATE81508: each clause of a resolution ends with a comma, a blank line follows
    body = ("1. (U) Begin text of the resolution: the following Supplementary\n"
            "Agreements, as recommended by the African Union,\n\n"
            "Recalling that it welcomed the announcement by the Ivorian\nauthorities.\n\n2. (U) "
            "Second.\n")
    assert lint_body(body, ["CL096"]) == []


def test_outer_numbering_resumes_after_a_one_paragraph_quote():
    body = "".join(f"{i}. (C) x.\n\n" for i in range(1, 12)) + \
        "BEGIN TEXT:\n\n1. (U) Quoted text.\n\nEND TEXT.\n\n12. (C) Comment.\n\n13. (C) y.\n"
    assert lint_body(body, ["CL090", "CL091"]) == []


def test_unmarked_paragraph_is_not_a_marker_style_finding():
    # A missing portion mark is CL093's finding, not a style difference.
    assert lint_body("1. (C) One.\n\n2. Two.\n\n3. (C) Three.\n", ["CL092"]) == []


def test_numbering_that_starts_at_eleven_is_one_gap_not_spurious_digits():
    body = "11. (C) a.\n\n12. (C) b.\n\n13. (C) c.\n"
    assert [f[2:] for f in lint_body(body, ["CL090",
                                            "CL091"])] == [("CL090",
                                                            "Paragraph 11 where 1 was expected")]


# --- CL096 on a SUBJECT cut by a blank line -------------------------------------------------

@pytest.mark.parametrize("subject, cut, whole", [
    # html-fragment/09LONDON1946:9-12
    ("SUBJECT: SCOTTISH PARLIAMENT HOLDS EMERGENCY\nSESSION AS\n\nDEBATE OVER MEGRAHI DECISION "
     "REACHES FEVER PITCH", "SESSION AS",
     "SCOTTISH PARLIAMENT HOLDS EMERGENCY SESSION AS DEBATE OVER MEGRAHI DECISION REACHES FEVER "
     "PITCH"),
    # html-extract/10MOSCOW318:21-23: the mirror cut before `REF` inside a word
    ("SUBJECT: INSOR REPORT REINVIGORATES DEBATE ON POLITICAL\n\nREFORM",
     "... INSOR REPORT REINVIGORATES DEBATE ON POLITICAL",
     "INSOR REPORT REINVIGORATES DEBATE ON POLITICAL REFORM"),
    # html-extract/07THEHAGUE566: a capitals word that starts like a classification
    ("SUBJECT: 1737/IRAN: DUTCH RECEPTIVE TO TREASURY UNDER\n\nSECRETARY LEVEY'S MESSAGE",
     "... 1737/IRAN: DUTCH RECEPTIVE TO TREASURY UNDER",
     "1737/IRAN: DUTCH RECEPTIVE TO TREASURY UNDER SECRETARY LEVEY'S MESSAGE"),
    # html-extract/07BUENOSAIRES1850:32-34: mixed case, left open by its colon
    ("SUBJECT: Argentina's Anticorruption Office:\n\nMany Investigations, Few Results",
     "SUBJECT: Argentina's Anticorruption Office:",
     "Argentina's Anticorruption Office: Many Investigations, Few Results"),
])
def test_cl096_a_subject_cut_by_a_blank_line_is_read_whole_and_reported(subject, cut, whole):
    text = cable(subject=subject)
    assert parse(text).subject.text == whole
    found = lint(text, ["CL096"])
    assert [(f[2], f[3]) for f in found] == [
        ("CL096", f"Blank line in the middle of a sentence: '{cut}' (the SUBJECT) continues after "
                  f"it")]


@pytest.mark.parametrize("after", [
    "SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY",  # the handling line
    "NOFORN",                                                    # a caption
    "REF.: BRASILIA 03150 AND PREVIOUS",                         # a REF label written otherwise
    "DERIVED FROM: DSCG 05-1 B, D",                              # a label
    "------- SUMMARY -------",                                   # the body's first heading
    "Sensitive but unclassified. Please handle accordingly.",
    "THE MINISTER MET THE AMBASSADOR TODAY AND SAID THAT HIS GOVERNMENT WOULD AGREE TO THE PLAN.",
    # each of these is turned away by one guard alone (review of the seed-20261210 round)
    "THE AMBASSADOR MET THE MINISTER TODAY AND SAID THAT HIS GOVERNMENT WILL AGREE TO IT VERY SOON",
    "BAZ.",                                     # a sentence's end
    "DERIVED FROM DSCG 05-1 B, D",              # a classification's source, its colon lost
    "CONFIDENTIAL", "C O N F I D E N T I A L", "LIMITED OFFICIAL USE", "EXDIS", "BT",
    "SECTION 01 OF 02", "REFERENCES A. STATE 1234", "BEGIN SUMMARY", "(U) SUMMARY AND COMMENT",
    "DEPT PASS TO USTR", "001.2 OF 003", "XXXXXXXXXXXX",
])
def test_cl096_what_follows_a_subject_after_a_blank_line_is_not_its_end(after):
    subject = f"SUBJECT: SCOTTISH PARLIAMENT HOLDS EMERGENCY SESSION\n\n{after}"
    text = cable(subject=subject)
    assert parse(text).subject.text == "SCOTTISH PARLIAMENT HOLDS EMERGENCY SESSION"
    assert lint(text, ["CL096"]) == []


def test_cl096_a_subject_that_ends_a_sentence_is_not_continued():
    subject = "SUBJECT: SCOTTISH PARLIAMENT HOLDS EMERGENCY SESSION.\n\nDEBATE GOES ON"
    assert lint(cable(subject=subject), ["CL096"]) == []


def test_cl096_a_mixed_case_subject_that_ends_closed_is_not_continued():
    """html-extract/09STATE30049: `... March 24, 2009` / blank / `Conversation with ...` is left
    alone: nothing in the mixed-case line says it goes on."""
    subject = "SUBJECT: (U) Secretary Clinton's March 24, 2009\n\nConversation with Kevin Rudd"
    assert lint(cable(subject=subject), ["CL096"]) == []


# --- CL090 on a later part of a cable sent in parts -------------------------------------------

@pytest.mark.parametrize("subject", [
    # html-extract/09LONDON2616:21-25 (seed 20261210 web FP)
    "SUBJECT: UK-HOSTED P5 CONFERENCE, SEPTEMBER 3-4, 2009 (PART TWO OF THREE)",
    # html-extract/06SANTIAGO439:22
    "SUBJECT: CHILE: 2006 TIP REPORT SUBMISSION\n(PART 2 OF 2)",
])
def test_cl090_a_later_part_counts_on_from_its_first_number(subject):
    text = cable(subject=subject, body=numbered(38, 39, 40) + "\nTUTTLE\n")
    assert lint(text, ["CL090"]) == []
    assert [f[3] for f in lint(cable(subject=subject, body=numbered(38, 40) + "\nTUTTLE\n"),
                               ["CL090"])] == ["Paragraph 40 where 39 was expected"]


def test_cl090_the_first_part_still_starts_at_one():
    subject = "SUBJECT: UK-HOSTED P5 CONFERENCE, SEPTEMBER 3-4, 2009 (PART ONE OF THREE)"
    found = lint(cable(subject=subject, body=numbered(38, 39) + "\nTUTTLE\n"), ["CL090"])
    assert [f[3] for f in found] == ["Paragraph 38 where 1 was expected"]
