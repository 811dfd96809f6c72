"""Banner (CL020-CL022), Classified By (CL080-CL085) and portion mark (CL093-CL095) rules."""

import pytest

from cablelint.fixing import fix_text
from cablelint.ruleset import build
from cables import (BANNER, BODY, CLASSIFIED_BY, HEADER, HEADER_ALONE, NOTICE, UNCLAS_HEADER,
                    cable, dated, header_with, replaced)
from conftest import lint, lint_body, registry

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
    # seed 20261205 audit (html-extract-early/09SAOPAULO653, debatable as 'misspelt'): the whole
    # word is written as the form without spacing, a broken spacing (09BAKU744) as a misspelling
    ("CONFIDENTIAL SAO PAULO 000653", 1, "'CONFIDENTIAL' is written without the telegram's letter "
                                         "spacing ('C O N F I D E N T I A L')"),
    ("C ONFIDENTIAL SAO PAULO 000653", 1,
     "'C ONFIDENTIAL' is not spelled 'C O N F I D E N T I A L'"),
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


@pytest.mark.parametrize("label", ["Classfied By:", "Classjfied By:", "Clasified by:"])
def test_cl080_a_misspelt_label_is_still_the_classified_by_line(label):
    # seed 20261208 json audit: json-body/09ASHGABAT757 'Classfied By: Charge Richard Miles, ...'
    text = replaced(CLASSIFIED_BY, f"{label} Charge Richard Miles, reasons 1.4 (b) and (d).")
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


#: html-extract/08LONDON2556 L25 and the other lead-ins seed 20261208 found before a mark (FP 2).
LEAD_INS = ["Summary and comment. (C)", "SUMMARY: (C)", "SUMMARY (U)", "KEY POINTS \u2014 (C)",
            "Summary.  (S/NF)", "SUMMARY:  (SBU)",
            "A.(S)"]     # a sub-item's letter, unspaced (json-body/07IRANRPODUBAI36, seed 20261209)


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_cl093_a_mark_after_the_lead_in_is_a_mark(lead_in):
    body = (f"\u00b61. {lead_in} The Conservative Party's fall conference closed the UK's party"
            " conference season.\n\n\u00b62. (C) Cameron's speech set out the Party's goals.\n")
    assert lint_body(body, ["CL093"]) == []


@pytest.mark.parametrize("first_line, unmarked", [
    ("(C) The SYG expressed his condolences.", False),
    ("The SYG expressed his condolences.", True),       # no mark under the heading either
])
def test_cl093_a_mark_opening_the_text_under_a_numbered_heading_is_a_mark(first_line, unmarked):
    """html-extract/07USNATO115 L78-80 (seed 20261218 fragment audit, FP): `¶2. Afghanistan` /
    its underline / `(C) The SYG expressed ...`."""
    body = (f"\u00b61. (C) Summary.\n\n\u00b62. Afghanistan\n---------------\n{first_line}\n\n"
            "\u00b63. (C) The rest.\n")
    assert [f[0] for f in lint_body(body, ["CL093"])] == ([3] if unmarked else [])


def test_cl093_a_paragraph_naming_an_office_in_parentheses_is_still_unmarked():
    """html-extract/09CARACAS750 L27: no mark at all; `(MOD)` further on is no portion mark."""
    body = ("\u00b61. This message is the end of tour analysis (MOD) of the political\n"
            "counselor.\n\n\u00b62. (C) Chavez has consolidated his hold on power.\n")
    assert [f[0] for f in lint_body(body, ["CL093"])] == [1]


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


# --- CL143: the Classified By label written twice (a miss of the audit, 107 corpus files) --------
# seed 11235 audit: docs/precision/seed11235/

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


# --- CL020: a copy that stops after its transmission header --------------------------------------
# seed 14142 gaps audit: docs/precision/seed14142/SUMMARY-gaps.md

def test_a_copy_that_stops_after_its_header_is_reported_as_such_and_names_no_absent_line():
    assert lint(HEADER_ALONE, ["CL020"]) == [
        (1, 1, "CL020", "The copy stops after its transmission header: no classification banner "
                        "and no cable text below it")]


def test_a_missing_banner_above_the_e_o_line_is_still_reported_before_that_line():
    text = HEADER_ALONE + "\nE.O. 12958: DECL: 06/13/2010\nTAGS: PREL SY\nSUBJECT: SYRIA\n\n" \
                          "1. (C) SYRIAN RADIO BROADCAST THE ANNOUNCEMENT.\n\nCROCKER\n"
    assert [(f[0], f[3]) for f in lint(text, ["CL020"])] == [
        (8, "No classification banner (e.g. 'C O N F I D E N T I A L SECTION 01 OF 02 STATION "
            "000123') before the E.O. line")]


def test_a_missing_banner_with_no_e_o_line_does_not_name_one():
    text = HEADER_ALONE + "\n1. (C) SYRIAN RADIO BROADCAST THE ANNOUNCEMENT.\n\nCROCKER\n"
    assert [f[3] for f in lint(text, ["CL020"])] == [
        "No classification banner (e.g. 'C O N F I D E N T I A L SECTION 01 OF 02 STATION 000123') "
        "at the head of the cable text"]


# --- CL080: a `Derived from` line is the classification authority --------------------------------
# seed 14142 gaps audit: docs/precision/seed14142/SUMMARY-gaps.md

#: html-extract/09BUENOSAIRES1311: a derivative classification names the classification guide.
BUENOS_AIRES_2009 = """R 181824Z DEC 09
FM AMEMBASSY BUENOS AIRES
TO SECSTATE WASHDC 0526

C O N F I D E N T I A L BUENOS AIRES 001311

SIPDIS

E.O. 12958: DECL: 2019/12/18
TAGS: PREL OVIP ECON KPAO AR
SUBJECT: (C) ARGENTINE GOVERNMENT TAKES UMBRAGE AT WHA A/S
VALENZUELA'S REMARK REGARDING BUSINESS COMMUNITY'S CONCERNS

{classification}

1. (C) Summary: The GOA responded with heavy artillery to a remark WHA A/S Valenzuela made.

MARTINEZ
"""


def test_a_derived_from_line_is_the_cables_classification_authority():
    text = BUENOS_AIRES_2009.format(classification="DERIVED FROM: DSCG 05-1 B, D")
    assert lint(text, ["CL080", "CL081", "CL082", "CL083", "CL062"]) == []


def test_derived_from_in_a_sentence_is_no_classification_line():
    text = BUENOS_AIRES_2009.format(classification="The program is derived from the summit.")
    assert [f[2] for f in lint(text, ["CL080"])] == ["CL080"]


def test_a_ref_run_into_a_derived_from_line_is_a_run_on():
    # html-extract/10BRASILIA33
    text = BUENOS_AIRES_2009.format(
        classification="REF: 10 STATE 9124; STATE 120288 DERIVED FROM: Derived from previous message.")
    assert [f[2] for f in lint(text, ["CL062", "CL080"])] == ["CL062"]


# --- CL093: a heading paragraph whose items carry the portion marks ------------------------------
# seed 16180 web audit: docs/precision/seed16180/SUMMARY-web.md

#: html-fragment/10CAIRO233 L17-29 (markup left out): Cairo's `KEY POINTS` paragraphs.
KEY_POINTS = """1. KEY POINTS



-- (C) In January 12-14 meetings, A/S Posner urged the GOE to hold
accountable those responsible for the January 6 Naga Hamadi
sectarian killings.

-- (C) Senior Interior Ministry and MFA officials said the
perpetrators would be tried and convicted.

2. (C) A/S Posner met Minister of Legal Affairs Shehab.

SCOBEY
"""


def test_a_heading_whose_items_carry_the_marks_is_marked():
    assert lint_body(KEY_POINTS, ["CL093"]) == []
    # html-extract/09CAIRO945 L24: the heading and the first item on one line.
    inline = KEY_POINTS.replace("1. KEY POINTS\n\n\n\n-- (C)", "1. Key Points: -- (C)")
    assert lint_body(inline, ["CL093"]) == []


def test_a_heading_whose_items_carry_no_marks_is_still_reported():
    body = KEY_POINTS.replace("-- (C) ", "-- ")
    assert [f[:3] for f in lint_body(body, ["CL093"])] == [(1, 1, "CL093")]


def test_a_marked_item_after_the_paragraphs_own_text_does_not_mark_it():
    own_text = "1. Posner's visit came at a sensitive time for the government, weeks after"
    body = KEY_POINTS.replace("1. KEY POINTS", own_text)
    assert [f[:3] for f in lint_body(body, ["CL093"])] == [(1, 1, "CL093")]


# --- CL021, CL040: the site's date line glued to a header line glued together -------------------
# seed 16180 web audit: docs/precision/seed16180/SUMMARY-web.md

#: html-extract/05TELAVIV4403 L1-5 (¶1 shortened).
GLUED_HEADER = NOTICE + """
Cable dated:2005-07-15T15:24:00S E C R E T SECTION 01 OF 03 TEL AVIV 004403SIPDISE.O. 12958: \
DECL: 07/14/2015 TAGS: PREL KWBG KPAL PTER IS

1. (S) Summary: Israel suffered three attacks within the span of one hour. End summary.

JONES
"""


def test_the_sites_date_line_and_a_glued_eo_line_are_read_as_such():
    assert lint(GLUED_HEADER, ["CL021", "CL040"], path="05TELAVIV4403.txt") == []


def test_the_sites_date_line_dates_the_cable():
    from cablelint.engine import read_cable
    cable, extraction = read_cable(GLUED_HEADER, "05TELAVIV4403.txt")
    assert cable.traces.metadata.created.value == "2005-07-15T15:24:00"
    assert cable.eo.decl.value == "07/14/2015" and cable.banner.raw.span.line == 4
    assert extraction.text.split("\n")[3].startswith("S E C R E T")


#: html-fragment/06SANTODOMINGO409 L1-5 (shortened): the same date line inside the `<pre>`, before
#: the TAG links that must still be found where they stand.
GLUED_FRAGMENT = """<code><pre>Cable dated:2006-02-07T22:12:00C O N F I D E N T I A L SANTO DOMINGO \
000409SIPDISE.O. 12958: DECL: 02/07/2016 TAGS: <a href='/tag/PREL_0.html'>PREL</a> \
<a href='/tag/DR_0.html'>DR</a>

<a id='par1' href='#par1'>¶</a>1. (C) Summary: the president met his ministers. End summary.

HERTELL</pre></code>
"""


def test_the_sites_date_line_inside_an_html_fragment_is_read_as_such():
    found = lint(GLUED_FRAGMENT, ["CL021", "CL058", "CL110"], path="06SANTODOMINGO409.txt")
    assert [(f[0], f[2]) for f in found] == [(1, "CL058"), (3, "CL110")]
    assert found[0][1] == GLUED_FRAGMENT.index("<a href") + 1   # the TAGS' column in the file

def test_other_text_glued_before_the_banner_and_a_missing_eo_line_are_still_reported():
    text = GLUED_HEADER.replace("Cable dated:2005-07-15T15:24:00", "Cable dated: see below ")
    text = text.replace("SIPDISE.O. 12958: DECL: 07/14/2015 ", "SIPDIS ")
    found = lint(text, ["CL021", "CL040"], path="05TELAVIV4403.txt")
    assert [f[2] for f in found] == ["CL021", "CL040"]


# --- CL020: a banner the publisher withheld is named as such ---------------------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-fragment/10BEIJING207 L14-30 (shortened): the mirror's fields, the redactions, the captions.
WITHHELD_HEAD = """\
ID: 245489
ORIGIN: XXXXXXXXXXXX
CLASSIFICATION: SECRET
{redaction}

SIPDIS

NSC FOR BADER, MEDEIROS, AND LOI

E.O. 12958: DECL: 01/26/2030
TAGS: ECON PGOV PHUM PREL EINV CH
SUBJECT: GOOGLE UPDATE: PRC ROLE IN ATTACKS AND RESPONSE

"""


def test_a_redaction_where_the_banner_stood_names_the_banner_withheld():
    findings = lint(WITHHELD_HEAD.format(redaction="XXXXXXXXXXXX") + BODY, ["CL020"])
    assert [f[3] for f in findings] == [
        "No classification banner: the publisher withheld the lines where it stood (a redaction in "
        "their place)"]


def test_a_missing_banner_with_no_redaction_is_still_missing():
    findings = lint(WITHHELD_HEAD.format(redaction="") + BODY, ["CL020"])
    assert [f[3][:31] for f in findings] == ["No classification banner (e.g. "]


# --- CL093: a paragraph withheld whole by the publisher lost its mark with its text ---------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

#: html-extract/08MANAMA252:69-77, shortened.
MANAMA_WITHHELD = """\u00b69. (S) Bahrain's Central Bank carefully monitors Iranian money flows.

10.XXXXXXXXXXXX

\u00b611. (C) Internally, conditions in Bahrain continue to simmer.

ERELI
"""


def test_a_paragraph_withheld_whole_is_not_asked_for_a_portion_mark():
    assert lint_body(MANAMA_WITHHELD, ["CL093"]) == []


#: html-extract/09COLOMBO830 L36-40 (cut short): no blank line between the paragraphs.
COLOMBO_WITHHELD = """\u00b61. (S) Four government doctors were released on bail.
\u00b62. (S) The doctors XXXXXXXXXXXX had been pressured to give the press conference.
\u00b63. XXXXXXXXXXXX.
\u00b64. xxxxxxxxxxxx
\u00b65. (S) Comment: The release of the four doctors is a welcome step by the GSL.
"""


def test_withheld_paragraphs_without_blank_lines_or_in_lower_case_are_not_asked_for_marks():
    # seed 20261207 web audit (¶3-¶4 of 09COLOMBO830; `¶6. xxxxxxxxxxxx`, 09STATE4134)
    assert lint_body(COLOMBO_WITHHELD, ["CL093"]) == []


def test_a_redacted_name_opening_a_paragraph_on_the_next_line_still_needs_its_mark():
    text = COLOMBO_WITHHELD.replace("\u00b64. xxxxxxxxxxxx\n", "\u00b64. xxxxxxxxxxxx\nsaid that "
                                                              "the doctors were freed.\n")
    assert [f[:3] for f in lint_body(text, ["CL093"])] == [(4, 1, "CL093")]


def test_a_paragraph_that_opens_with_a_redacted_name_still_needs_its_mark():
    text = MANAMA_WITHHELD.replace("10.XXXXXXXXXXXX\n",
                                   "10.XXXXXXXXXXXX\nsaid the ban would hold.\n")
    assert [(line, rule) for line, _, rule, _ in lint_body(text, ["CL093"])] == [(3, "CL093")]


# --- CL093, CL095, CL028: a NOFORN portion mark that lost its slash is a damaged mark ------------
# seed 20261205 audit: docs/precision/seed20261205/SUMMARY-web.md

#: html-extract/09KAMPALA551 L38-L39: `(S NF)` for `(S//NF)`.
MARK_WITHOUT_SLASH = """1. (C) First paragraph.

2. (S NF) Ugandan military operations on the ground continue
to make steady progress.
"""


def test_a_noforn_mark_without_its_slash_is_an_unknown_mark_not_a_missing_one():
    assert [f[:3] for f in lint_body(MARK_WITHOUT_SLASH, ["CL093", "CL095"])] == [(3, 5, "CL095")]


def test_a_paragraph_without_any_mark_is_still_unmarked():
    text = MARK_WITHOUT_SLASH.replace("(S NF) ", "")
    assert [f[:3] for f in lint_body(text, ["CL093", "CL095"])] == [(3, 1, "CL093")]


# --- CL082 / CL083: a reason section mistyped with a slash ----------------------------------------
# seed 57721 web audit: docs/precision/seed57721/SUMMARY-web.md

#: html-extract-early/09STATE15113 L28 (the Classified By, shortened).
SLASHED_REASON = "Classified by S/CT DAS, Susan F. Burk, Reason: 1/4 (B), (D), (E), and (G)"



def test_a_slash_for_the_period_of_the_section_is_a_mistyped_reason_not_none():
    findings = lint(header_with(classified_by=SLASHED_REASON), ["CL082", "CL083"])
    assert [(f[2], f[3]) for f in findings] == [
        ("CL083", "Classification reason is not written in the standard form: section written"
                  " '1/4' instead of '1.4'; no closing period")]


def test_a_date_after_the_reason_word_is_still_no_section():
    line = SLASHED_REASON.replace("1/4 (B), (D), (E), and (G)", "1/4/09")
    assert [f[2] for f in lint(header_with(classified_by=line), ["CL082"])] == ["CL082"]


# --- CL084: the reason section of a cable known only by its reference id's year -----------------
# seed 14142 ports audit: docs/precision/seed14142/SUMMARY-ports.md

#: json-body/05NEWDELHI1175 (shortened): a JSON body has no DTG, so only the file name dates it.
OUTDATED_REASON_FLAT = (
    "C O N F I D E N T I A L SECTION 01 OF 04 NEW DELHI 001175  SIPDIS  E.O. 12958: DECL: "
    "02/14/2015 TAGS: ENRG, EPET, ECON, ETTC, IR, IN SUBJECT: AIYAR DEFENDS IRAN-INDIA OIL AND "
    "GAS RELATIONSHIP  REF: A. STATE 24948       B. NEW DELHI 300  Classified By: Ambassador "
    "David C. Mulford, Reasons 1.5 b,d  1.  (C) Summary: In a February 11 meeting with the "
    "Ambassador, Indian Petroleum and Natural Gas Minister Mani Shankar Aiyar said that India's "
    "national security compelled it to look towards Iran for natural gas.  End Summary.  2.  (C) "
    "Aiyar responded that India's energy security compelled it to look towards Iran. MULFORD ")


def test_an_outdated_reason_section_is_reported_on_a_cable_dated_by_its_year():
    found = lint(OUTDATED_REASON_FLAT, ["CL084"], path="05NEWDELHI1175.txt")
    assert [(f[2], f[3]) for f in found] == [
        ("CL084", "Reason section 1.5 on a cable dated 2005 (year of the reference id): E.O. "
                  "12958 as amended by E.O. 13292, in force from 2003-09-22 to 2010-06-27, "
                  "uses section 1.4")]


def test_the_section_in_force_all_that_year_is_right():
    text = OUTDATED_REASON_FLAT.replace("Reasons 1.5 b,d", "Reasons 1.4 b,d")
    assert lint(text, ["CL084"], path="05NEWDELHI1175.txt") == []


def test_a_year_in_which_both_sections_were_in_force_is_not_judged():
    # 2003: E.O. 12958 as issued (1.5) until 22 September, as amended (1.4) after it
    assert lint(OUTDATED_REASON_FLAT, ["CL084"], path="03NEWDELHI1175.txt") == []


# --- CL084: a cable dated by the cables.csv row that names it ------------------------------------
# seed 20261216 fragment audit: html-fragment/03THEHAGUE2835 has no DTG; its own cables.csv row
# (`12055,11/12/2003 16:26,03THEHAGUE2835,...`) dates it after 2003-09-22, when 1.5 became 1.4.

def _csv_row(reference_id: str, day: str) -> str:
    return (f'12055,{day} 16:26,{reference_id},"Embassy New Delhi",CONFIDENTIAL,,'
            '"This record is a partial extract of the original cable."\n\n')


def test_the_cables_csv_row_of_the_cable_dates_it_to_the_day():
    text = _csv_row("03NEWDELHI1175", "11/12/2003") + OUTDATED_REASON_FLAT
    found = lint(text, ["CL084"], path="03NEWDELHI1175.txt")
    assert [f[3] for f in found] == [
        "Reason section 1.5 on a cable dated 2003-11-12: E.O. 12958 as amended by E.O. 13292, in "
        "force from 2003-09-22 to 2010-06-27, uses section 1.4"]


@pytest.mark.parametrize("row", [
    _csv_row("03NEWDELHI1175", "8/12/2003"),     # before the amendment: 1.5 was right
    _csv_row("03NEWDELHI1176", "11/12/2003"),    # the next cable's row: not this cable's date
])
def test_a_cables_csv_row_before_the_amendment_or_of_another_cable_is_no_finding(row):
    assert lint(row + OUTDATED_REASON_FLAT, ["CL084"], path="03NEWDELHI1175.txt") == []
