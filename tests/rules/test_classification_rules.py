"""Banner (CL020-CL022), Classified By (CL080-CL085) and portion mark (CL093-CL095) rules."""

import pytest

from cables import BANNER, BODY, CLASSIFIED_BY, HEADER, UNCLAS_HEADER, dated, replaced
from conftest import lint, lint_body

REASONS = "Reasons 1.4 (b) and (d)."
UNCLAS_BODY = BODY.replace("(C)", "(U)")
METADATA = "Identifier\nCreated\nClassification\n07ASTANA604\n2007-03-07 05:17\n{}\n\n"


# --- CL020 banner-missing ---------------------------------------------------------------------

def test_cl020_banner_missing_is_reported_at_the_eo_line():
    text = replaced(BANNER + "\n", "")
    assert lint(text, ["CL020"]) == [
        (12, 1, "CL020", "No classification banner (e.g. 'C O N F I D E N T I A L SECTION 01 OF 02 "
                         "STATION 000123') before the E.O. line"),
    ]


@pytest.mark.parametrize("banner", [BANNER, "C O N F I D E N T I A L ASTANA 000604",
                                    "S E C R E T ASTANA 000604"])
def test_cl020_banner_present(banner):
    assert lint(replaced(BANNER, banner), ["CL020"]) == []


# --- CL021 banner-malformed -------------------------------------------------------------------

@pytest.mark.parametrize("banner, column, problem", [
    ("CC O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604", 1,
     "doubled first letter in 'CC O N F I D E N T I A L'"),
    ("C o n f i d e n t i a l section 01 of 02 astana 000604", 1,
     "'C o n f i d e n t i a l' is not in capitals"),
    ("\t\t" + BANNER, 3, "tabs or no-break spaces before the banner"),
    ("C O N F I D E N T I A L  ASTANA 000604", 1, "more than one space between banner words"),
])
def test_cl021_damaged_banner(banner, column, problem):
    assert lint(replaced(BANNER, banner), ["CL021"]) == [(9, column, "CL021",
                                                          f"Banner is malformed: {problem}")]


@pytest.mark.parametrize("banner", [BANNER, "C O N F I D E N T I A L ASTANA 000604"])
def test_cl021_well_formed_banner(banner):
    assert lint(replaced(BANNER, banner), ["CL021"]) == []


def test_cl021_unclas_banner():
    assert lint(UNCLAS_HEADER + UNCLAS_BODY, ["CL021"]) == []


# --- CL022 banner-classification-mismatch -----------------------------------------------------

def test_cl022_metadata_disagrees_with_banner():
    text = METADATA.format("SECRET//NOFORN") + HEADER + BODY
    assert lint(text, ["CL022"]) == [
        (16, 1, "CL022", "Banner says CONFIDENTIAL but the mirror metadata says SECRET"),
    ]


@pytest.mark.parametrize("classification", ["CONFIDENTIAL", "CONFIDENTIAL//NOFORN"])
def test_cl022_metadata_agrees_with_banner_ignoring_caveats(classification):
    assert lint(METADATA.format(classification) + HEADER + BODY, ["CL022"]) == []


def test_cl022_no_metadata_nothing_to_compare():
    assert lint(HEADER + BODY, ["CL022"]) == []


# --- CL080 classified-by-missing / CL081 classified-by-on-unclassified --------------------------

def test_cl080_classified_cable_without_classified_by():
    text = replaced(CLASSIFIED_BY + "\n\n", "")
    assert lint(text, ["CL080"]) == [
        (13, 1, "CL080", "Classified cable has no 'Classified By:' line with the classifying "
                         "authority and reasons"),
    ]


def test_cl080_classified_by_in_paragraph_one_of_an_old_cable():
    text = replaced(CLASSIFIED_BY + "\n\n", "", HEADER) + (
        "1. (C) CLASSIFIED BY AMBASSADOR JOHN ORDWAY. REASONS 1.4 (B) AND (D).\n\n2. (C) Text.\n")
    assert lint(text, ["CL080"]) == []


def test_cl080_not_required_on_unclassified_cable():
    assert lint(UNCLAS_HEADER + UNCLAS_BODY, ["CL080"]) == []


def test_cl081_unclassified_cable_with_classified_by():
    text = replaced("SUBJECT: A SUBJECT\n", "SUBJECT: A SUBJECT\n\n" + CLASSIFIED_BY,
                    UNCLAS_HEADER) + UNCLAS_BODY
    assert lint(text, ["CL081"]) == [(17, 1, "CL081",
                                      "Unclassified cable has a 'Classified By:' line")]


def test_cl081_classified_cable_with_classified_by():
    assert lint(HEADER + BODY, ["CL081"]) == []


# --- CL082 classification-reason-missing ------------------------------------------------------

def test_cl082_classified_by_without_reason():
    text = replaced(CLASSIFIED_BY, "Classified By: DCM Kevin Milas.")
    assert lint(text, ["CL082"]) == [
        (17, 1, "CL082", "'Classified By:' gives no reason section such as '1.4 (b) and (d)'"),
    ]


@pytest.mark.parametrize("classified_by", [
    CLASSIFIED_BY,
    "Classified By: Ambassador John Ordway; Reasons 1.4 (b,d).",
    "Classified By: Derived from Multiple Sources; Reasons 1.4 (c).",
    "Classified By: Ambassador John Ordway, for\nReasons 1.4 (b) and (d).",   # wrapped
])
def test_cl082_reason_given(classified_by):
    assert lint(replaced(CLASSIFIED_BY, classified_by), ["CL082"]) == []


def test_cl082_not_checked_without_classified_by():
    assert lint(UNCLAS_HEADER + UNCLAS_BODY, ["CL082"]) == []


# --- CL083 classification-reason-format -------------------------------------------------------

@pytest.mark.parametrize("reasons, column, problem", [
    ("Reasons 14 (b) and (d).", 48, "section written '14' instead of '1.4'"),
    ("Reasons 1.4. (b) and (d).", 48, "section written '1.4.' with a period"),
    ("1.4 (b) and (d).", 40, "no 'Reason(s)' before the section"),
    ("Reasons 1.4 (b) and (d)", 48, "no closing period"),
])
def test_cl083_non_standard_reason(reasons, column, problem):
    text = replaced(REASONS, reasons)
    assert lint(text, ["CL083"]) == [
        (17, column, "CL083",
         f"Classification reason is not written in the standard form: {problem}"),
    ]


@pytest.mark.parametrize("reasons", [
    REASONS, "Reason 1.4 (b).", "REASONS 1.4(B) AND (D).", "reasons 1.4 (b), (d).",
    "Reasons 1.4 (b/d).",
])
def test_cl083_standard_reason(reasons):
    assert lint(replaced(REASONS, reasons), ["CL083"]) == []


# --- CL084 classification-reason-outdated -----------------------------------------------------

def test_cl084_section_1_5_in_2007():
    text = replaced("Reasons 1.4", "Reasons 1.5")
    assert lint(text, ["CL084"]) == [
        (17, 48, "CL084",
         "Reason section 1.5 on a cable dated 2007-03-07: E.O. 12958 as amended "
         "by E.O. 13292, in force from 2003-09-22 to 2010-06-27, uses section 1.4")
    ]


def test_cl084_section_1_4_in_2001():
    text = dated("P 070517Z MAR 01", replaced("DECL: 03/06/2017", "DECL: 03/06/2011"))
    assert lint(text, ["CL084"]) == [
        (17, 48, "CL084", "Reason section 1.4 on a cable dated 2001-03-07: E.O. 12958 as issued, "
                          "in force from 1995-10-14 to 2003-09-22, uses section 1.5"),
    ]


def test_cl084_section_1_5_before_2003_is_right():
    text = dated("P 070517Z MAR 01", replaced("Reasons 1.4", "Reasons 1.5"))
    assert lint(text, ["CL084"]) == []


@pytest.mark.parametrize("section", ["1.4", "1.5"])
def test_cl084_both_sections_accepted_during_the_2003_changeover(section):
    text = dated("P 070517Z JUN 03", replaced("Reasons 1.4", f"Reasons {section}"))
    assert lint(text, ["CL084"]) == []


def test_cl084_section_1_4_in_2007_is_right():
    assert lint(HEADER + BODY, ["CL084"]) == []


# --- CL085 classification-reason-letter-invalid -----------------------------------------------

@pytest.mark.parametrize("reasons, reason", [
    ("Reasons 1.4 (b) and (k).", "1.4(k)"),
    ("Reasons 1.4 (b) and (d) and (i).", "1.4(i)"),
])
def test_cl085_letter_outside_section_1_4(reasons, reason):
    text = replaced(REASONS, reasons)
    assert lint(text, ["CL085"]) == [
        (17, 48, "CL085", f"Classification reason {reason} does not exist (1.4 has letters a–h, "
                          f"1.5 has a–g)"),
    ]


def test_cl085_letter_h_exists_only_in_section_1_4():
    text = dated("P 070517Z MAR 01", replaced(REASONS, "Reasons 1.5 (b) and (h)."))
    assert lint(text, ["CL085"]) == [
        (17, 48, "CL085", "Classification reason 1.5(h) does not exist (1.4 has letters a–h, 1.5 "
                          "has a–g)"),
    ]


@pytest.mark.parametrize("reasons", [REASONS, "Reasons 1.4 (h).",
                                     "Reasons 1.4 (a), (b), (c), (d), (e), (f), (g)."])
def test_cl085_valid_letters(reasons):
    assert lint(replaced(REASONS, reasons), ["CL085"]) == []


# --- CL093 portion-mark-missing ---------------------------------------------------------------

def test_cl093_unmarked_paragraph_in_classified_cable():
    body = "1. (C) First paragraph.\n\n2. Second paragraph.\n\n3. (U) Third paragraph.\n"
    assert lint_body(body, ["CL093"]) == [
        (3, 1, "CL093", "Paragraph 2. of a classified cable has no portion mark such as (C) or (U)")
    ]


def test_cl093_unmarked_paragraph_with_markdown_pilcrow_link():
    body = "[¶1.](#) (C) First paragraph.\n\n[¶2.](#) Second paragraph.\n"
    assert lint_body(body, ["CL093"]) == [
        (3, 1, "CL093", "Paragraph [¶2.](#) of a classified cable has no portion mark such as (C) "
                        "or (U)"),
    ]


@pytest.mark.parametrize("body", [
    BODY,
    "¶1. (C) First.\n\n¶2. (U) Second.\n\n¶3. (SBU) Third.\n",
    "[¶1.](#) (C) First.\n\n[¶2.](#) (C/NF) Second.\n",
])
def test_cl093_all_paragraphs_marked(body):
    assert lint_body(body, ["CL093"]) == []


def test_cl093_not_required_on_unclassified_cable():
    assert lint(UNCLAS_HEADER + "1. First paragraph.\n\n2. Second paragraph.\n", ["CL093"]) == []


def test_cl093_not_required_before_eo_12958():
    text = dated("P 150517Z JUN 90", HEADER) + "1. First paragraph.\n\n2. Second paragraph.\n"
    assert lint(text, ["CL093"]) == []


# --- CL094 portion-mark-too-high --------------------------------------------------------------

@pytest.mark.parametrize("mark, level", [("S", "S"), ("S/NF", "S"), ("TS", "T")])
def test_cl094_portion_mark_above_confidential(mark, level):
    body = f"1. (C) First paragraph.\n\n2. ({mark}) Second paragraph.\n"
    assert lint_body(body, ["CL094"]) == [
        (3, 5, "CL094", f"Portion mark of level {level} is above the cable's overall "
                        f"classification C"),
    ]


@pytest.mark.parametrize("mark", ["C", "U", "SBU", "C/NF", "C//REL TO USA, GBR"])
def test_cl094_portion_mark_within_confidential(mark):
    body = f"1. (C) First paragraph.\n\n2. ({mark}) Second paragraph.\n"
    assert lint_body(body, ["CL094"]) == []


def test_cl094_secret_paragraph_in_secret_cable():
    text = (
        HEADER.replace("ZNY CCCCC ZZH", "ZNY SSSSS ZZH").replace(
            "C O N F I D E N T I A L SECTION", "S E C R E T SECTION"
        )
        + "1. (S) First paragraph.\n\n2. (S/NF) Second paragraph.\n"
    )
    assert lint(text, ["CL094"]) == []


# --- CL095 portion-mark-unknown ---------------------------------------------------------------

@pytest.mark.parametrize("mark", ["CC", "X"])
def test_cl095_unknown_portion_mark(mark):
    body = f"1. (C) First paragraph.\n\n2. ({mark}) Second paragraph.\n"
    assert lint_body(body, ["CL095"]) == [
        (3, 5, "CL095", f"Portion mark ({mark}) is not a known marking such as (U), (SBU), (C), "
                        f"(S), (C/NF)"),
    ]


@pytest.mark.parametrize("mark", ["U", "SBU", "C", "C/NF", "C//NF", "U//FOUO", "C/REL NATO",
                                  "C//REL TO USA, GBR"])
def test_cl095_known_portion_marks(mark):
    body = f"1. (C) First paragraph.\n\n2. ({mark}) Second paragraph.\n"
    assert lint_body(body, ["CL095"]) == []


def test_reasons_wrapped_mid_word_is_not_a_missing_reason_word():
    # cable-format.md 2.9: the line often wraps mid-word (`REA` / `SONS`).
    text = (
        HEADER.replace(
            "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).",
            "Classified By: Ambassador John Ordway; REA\nSONS 1.4 (b) and (d).",
        )
        + BODY
    )
    assert lint(text, ["CL082", "CL083"]) == []


def test_lowercase_portion_mark_is_a_mark():
    assert lint_body("1. (C) One.\n\n2. (c) Two.\n", ["CL093", "CL095"]) == []
