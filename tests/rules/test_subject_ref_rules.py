"""SUBJECT, mirror title and REF rules (CL060-CL063, CL070-CL073)."""

import pytest

from cablelint.engine import lint_text
from cablelint.fixing import fix_text
from cablelint.parsing import parse
from cablelint.ruleset import build
from cables import (BANNER, BELOW_HEADER, BODY, CAPTIONS, CLASSIFIED_BY, EO, HEADER, NOTICE,
                    PARAGRAPHS, SUBJECT, body, cable, mirror, replaced)
from conftest import lint, registry


# --- CL060 subject-missing --------------------------------------------------------------------

def severities(text, rule):
    return [(d.line, d.rule_id, d.severity.name)
            for d in lint_text(text, "cable.txt", build(registry(), select=[rule]))]


def test_cl060_no_subject_is_an_error_reported_at_tags():
    text = cable(subject=None)
    assert lint(text, ["CL060"]) == [(14, 1, "CL060", "No 'SUBJECT:' line")]
    assert severities(text, "CL060") == [(14, "CL060", "ERROR")]


def test_cl060_partial_extract_without_subject_is_info():
    assert severities(cable(NOTICE + BELOW_HEADER, subject=None), "CL060") == [(7, "CL060", "INFO")]


@pytest.mark.parametrize("subject", [SUBJECT, "SUBJ: A SUBJECT", "SUBJECT:\nA SUBJECT"])
def test_cl060_subject_present_even_with_a_variant_label(subject):
    assert lint(cable(subject=subject), ["CL060"]) == []


# --- CL061 subject-label-malformed ------------------------------------------------------------

@pytest.mark.parametrize("label", ["SUBJ:", "Subject:", "UBJECT:", "SUBJECT :"])
def test_cl061_label_variant(label):
    assert lint(cable(subject=f"{label} A SUBJECT"), ["CL061"]) == [
        (15, 1, "CL061", f"SUBJECT label written '{label}'; expected 'SUBJECT:'"),
    ]


def test_cl061_label_alone_on_its_line():
    assert lint(cable(subject="SUBJECT:\nA SUBJECT"), ["CL061"]) == [
        (15, 1, "CL061", "SUBJECT label alone on its line; the subject text should follow it"),
    ]


@pytest.mark.parametrize("subject", [SUBJECT,
                                     "SUBJECT: KAZAKHSTAN: DAS FEIGENBAUM MEETS WITH "
                                     "FOREIGN\nMINISTER TOKAYEV"])
def test_cl061_standard_label(subject):
    assert lint(cable(subject=subject), ["CL061"]) == []


# --- CL062 subject-run-on ---------------------------------------------------------------------

@pytest.mark.parametrize("subject, what", [
    ("SUBJECT: TALKS ON PROBLEMS WITH SYRIA REF: KUWAIT 539", "REF:"),
    # html-extract/09STOCKHOLM736: the REF label in mixed case
    ("SUBJECT: CONCERNS ABOUT ACTA NEGOTIATIONS AND IPR UPDATE:  IPRED, PIRATE BAY, AND VODDLER  "
     "Ref: A) STOCKHOLM 733, B) STOCKHOLM 676", "Ref:"),
    ("SUBJECT: A SUBJECT Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).",
     "Classified By"),
    ("SUBJECT: A SUBJECT ASTANA 00000604 002 OF 002", "a page break"),
    # html-extract/07SAOPAULO895
    ("SUBJECT: BRAZIL: NOT A MULTIRACIAL, MULTICULTURAL PARADISE SENSITIVE BUT UNCLASSIFIED - "
     "PLEASE PROTECT ACCORDINGLY", "the handling line (SENSITIVE BUT UNCLASSIFIED)"),
    # the same, the rest of the handling line wrapped onto the next line
    ("SUBJECT: BRAZIL: NOT A MULTIRACIAL, MULTICULTURAL PARADISE SENSITIVE BUT UNCLASSIFIED\n"
     "PLEASE PROTECT ACCORDINGLY", "the handling line (SENSITIVE BUT UNCLASSIFIED)"),
])
def test_cl062_subject_runs_on(subject, what):
    assert lint(cable(subject=subject), ["CL062"]) == [(15, 1, "CL062",
                                                        f"The SUBJECT runs on into {what} on the "
                                                        f"same line")]


def test_cl062_a_ref_run_into_the_subject_and_into_classified_by_is_named_twice():
    """html-extract/09CAIRO2355:27: the SUBJECT runs on into REF, and the REF into Classified By;
    each needs its own line."""
    subject = ("SUBJECT: EGYPT UNSUCCESSFUL REF: A. CAIRO 1897 B. CAIRO 1506 Classified By: "
               "Counselor Stephen P. O'Dowd for reasons 1.4 (b) and (d).")
    assert lint(cable(subject=subject), ["CL062"]) == [
        (15, 1, "CL062", "The SUBJECT runs on into REF: on the same line"),
        (15, subject.index("REF:") + 1, "CL062",
         "The REF runs on into Classified By on the same line")]


def test_cl062_a_page_break_before_classified_by_is_left_to_cl026():
    """html-extract/09TRIPOLI201:28-29: CL062 names the Classified By, CL026 the page break."""
    subject = ("SUBJECT: A SUBJECT ASTANA 00000604 001.2 OF 002 Classified By: Ambassador John "
               "Ordway; Reasons 1.4 (b) and (d).")
    assert [f[2] for f in lint(cable(subject=subject), ["CL062", "CL026"])] == ["CL062", "CL026"]
    assert "into Classified By" in lint(cable(subject=subject), ["CL062"])[0][3]


def test_cl062_the_subject_run_on_into_the_handling_line_keeps_its_own_words():
    subject = "SUBJECT: NOT A PARADISE SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY"
    assert parse(cable(subject=subject)).subject.text == "NOT A PARADISE"


def test_cl062_the_banner_run_on_into_the_eo_line_is_named_once_at_the_banner():
    """html-extract/09BUENOSAIRES548:17 `UNCLAS SECTION 01 OF 03 BUENOS AIRES 000548 USDA FOR
    FAS/OA/OCRA/ONA/OGA/OFSO SIPDIS SENSITIVE E.O. 12958:  N/A`: banner, pass line, captions and
    E.O. line on one line."""
    glued = replaced(f"{BANNER}\n\n{CAPTIONS}\n\n{EO}", f"{BANNER} USDA FOR FAS/OA {CAPTIONS} {EO}")
    assert lint(glued, ["CL062"]) == [
        (9, 1, "CL062", "The banner runs on into the E.O. line on the same line")]


def test_cl062_captions_on_the_banners_line_above_the_eo_line_are_no_eo_run_on():
    assert lint(replaced(f"{BANNER}\n\n{CAPTIONS}", f"{BANNER} {CAPTIONS}"), ["CL062"]) == []

def test_a_mixed_case_ref_run_into_the_subject_is_read_as_the_ref_block():
    """html-extract/08SAOPAULO443:34: the handling line, then the REF, both on the SUBJECT's line."""
    subject = ("SUBJECT: ETHANOL, THE WTO, AND THE PRIVATE SECTOR: ROOM TO TALK? SENSITIVE BUT "
               "UNCLASSIFIED--PLEASE PROTECT ACCORDINGLY Ref: 08 Sao Paulo 0423")
    parsed = parse(cable(subject=subject))
    assert parsed.subject.text == "ETHANOL, THE WTO, AND THE PRIVATE SECTOR: ROOM TO TALK?"
    assert [item.text.value for item in parsed.refs.items] == ["08 Sao Paulo 0423"]


@pytest.mark.parametrize("subject", [
    SUBJECT,
    "SUBJECT: REFORM OF THE REFERENDUM LAW: PREFERENCES OF THE PARTIES",     # REF inside words
    "SUBJECT: Reform of the Referendum Law: Preferences of the Parties",
    "SUBJECT: A SUBJECT\n\nREF: STATE 12345",                                # REF on its own line
    "SUBJECT: A SUBJECT\n\nSENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY",
    "SUBJECT: PROTECTING SENSITIVE BUT UNCLASSIFIED INFORMATION",            # the subject's words
    "SUBJECT: GUIDANCE ON SENSITIVE BUT UNCLASSIFIED/FOUO MARKINGS",
    # the handling line on a line of its own, under a wrapped SUBJECT
    "SUBJECT: BRAZIL: NOT A MULTIRACIAL PARADISE\nSENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT",
    # the subject's words wrapped after UNCLASSIFIED (this parse crashed before)
    "SUBJECT: PROTECTING SENSITIVE BUT UNCLASSIFIED\nINFORMATION ON STATE SYSTEMS",
    "SUBJECT: BRAZIL TRADE TALKS SENSITIVE BUT UNCLASSIFIED\nAND MORE ON TARIFFS",
])
def test_cl062_subject_alone(subject):
    assert lint(cable(subject=subject), ["CL062"]) == []


@pytest.mark.parametrize("block, line, what", [
    # html-extract/04BRASILIA1503
    ("REF: A. BEIJING 9600 B. BEIJING 9152 Classified By: SCI/C Daniel Rubinstein. Reasons 1.4 "
     "(b,d).",
     17, "REF runs on into Classified By"),
    # html-extract/09CAIRO2183: on the last line of a wrapped REF block
    ("REF: A. CAIRO 1467\n     ¶B. CAIRO 1493 Classified By: Minister-Counselor Donald A. Blome, "
     "for reasons 1.4 (b) and (d).", 17, "REF runs on into Classified By"),
    # html-extract/06SAOPAULO1105
    ("REF: BRASILIA 2100 SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY", 17,
     "REF runs on into the handling line (SENSITIVE BUT UNCLASSIFIED)"),
    # html-extract/08LONDON1763 (seed 20261214): paragraph 1's marker ends the REF line
    ("REF: STATE 69691 1. (SBU) ", 17, "REF runs on into the text (paragraph 1's marker)"),
    # html-extract/09MANAMA719
    ("Classified By: Ambassador Adam Ereli for reasons 1.4 (b) and (d). (C) Ministry of Foreign "
     "Affairs (MFA) Undersecretary Abdulla emphasized", 17, "Classified By runs on into the text"),
    # html-extract/08LONDON2070
    ("Classified By: A/ECON MARK C. JOHNSON FOR REASONS 1.4 (B) AND (D)  1. (C/NF) The UK said", 17,
     "Classified By runs on into the text"),
    # html-extract/09STRASBOURG23 and 08LONDON2218 (seed 20261210 web misses)
    ("CLASSIFIED BY: Vincent Carver, CG, Strasbourg, State. REASON: 1.4 (b), (d) This is an "
     "action request; Embassy Oslo please see para three.", 17,
     "Classified By runs on into the text"),
    ("Classified By: Political Counselor Richard M. Mills, Jr. for Reasons 1.4 (b) and (d) (C) HMG "
     "is fully aware of U.S. opposition", 17, "Classified By runs on into the text"),
    # html-extract/08UNVIEVIENNA215
    ("Classified By: Ambassador Gregory L. Schulte for reasons 1.4 b,d and h Summary --------", 17,
     "Classified By runs on into the text"),
])
def test_cl062_ref_and_classified_by_run_on(block, line, what):
    assert lint(cable(classified_by=block), ["CL062"]) == [(line, 1, "CL062",
                                                            f"The {what} on the same line")]


@pytest.mark.parametrize("block", [
    CLASSIFIED_BY,
    "REF: A. BEIJING 9600\nB. BEIJING 9152\n\nClassified By: SCI/C Daniel Rubinstein. Reasons 1.4 "
    "(b,d).",
    # (c) is a reason letter
    "Classified By: Ambassador John Ordway; Reasons 1.4 (b), (c) and (d).",
    "Classified By: POLITICAL OFFICER BISOLA OJIKUTU. REASON: 1.4 (C) AND (D).",
    "REF: BRASILIA 2100\n\nSENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY",
    "REF: STATE 69691, PARAGRAPH 1.",
    # html-extract/09TALLINN325: the label again after the reason is no text (CL143 names it)
    "CLASSIFIED BY: Marc Nordberg, Chief; REASON: 1.4(B), (D) Classified by Charge Karen Decker "
    "for Reasons 1.4 B & D.",
    "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d) Declassify on 2019",
    "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d) Derived from DSCG 05-1",
])
def test_cl062_ref_and_classified_by_on_their_own_lines(block):
    assert lint(cable(classified_by=block), ["CL062"]) == []


def test_cl062_text_without_line_breaks_is_no_cascade_of_run_ons():
    # json-body/05NEWDELHI1189: the whole cable on one line; that is its layout, not one run-on per
    # part
    text = ("C O N F I D E N T I A L NEW DELHI 001189  SIPDIS  E.O. 12958: DECL: 02/09/2015 TAGS: "
            "PREL, MASS, NP, IN SUBJECT: RESPONSE TO DEMARCHE REQUEST IN STATE 26019  REF: STATE "
            "26019  Classified By: Ambassador David C. Mulford, for reasons 1.4(b, d)  1.  (C) The "
            "Ambassador conveyed reftel reassurance.  MULFORD\n")
    assert lint(text, ["CL062"]) == []


def test_cl062_old_cable_classified_by_as_paragraph_one_is_no_run_on():
    old = HEADER.replace(CLASSIFIED_BY + "\n\n", "")
    body = ("1. (C) CLASSIFIED BY AMBASSADOR ORDWAY. REASON: 1.5 (D). SUMMARY: THE MINISTER "
            "AGREED.\n\nORDWAY\n")
    assert lint(old + body, ["CL062"]) == []


# --- CL063 mirror-title-mismatch --------------------------------------------------------------

LONG_SUBJECT = "SUBJECT: KAZAKHSTAN: DAS FEIGENBAUM MEETS WITH FOREIGN\nMINISTER TOKAYEV"
LONG_HEADER = HEADER.replace(SUBJECT, LONG_SUBJECT)


def test_cl063_title_is_only_the_first_line_of_the_subject():
    text = mirror(title="KAZAKHSTAN: DAS FEIGENBAUM MEETS WITH FOREIGN", header=LONG_HEADER)
    assert lint(text, ["CL063"]) == [
        (9, 15, "CL063", "The mirror's title differs from 'KAZAKHSTAN: DAS FEIGENBAUM MEETS WITH "
                         "FOREIGN MINISTER TOKAYEV'; it should be the SUBJECT"),
    ]


@pytest.mark.parametrize("header", [LONG_HEADER, HEADER.replace(SUBJECT + "\n", "")])
def test_cl063_empty_title(header):
    assert lint(mirror(title="", header=header), ["CL063"]) == [
        (9, 1, "CL063", "The mirror's title is empty; it should be the SUBJECT"),
    ]


@pytest.mark.parametrize("title", [
    "KAZAKHSTAN: DAS FEIGENBAUM MEETS WITH FOREIGN MINISTER TOKAYEV",
    # case and spacing aside
    "Kazakhstan: DAS Feigenbaum meets with Foreign  Minister Tokayev",
])
def test_cl063_title_is_the_whole_subject(title):
    assert lint(mirror(title=title, header=LONG_HEADER), ["CL063"]) == []


def test_cl063_no_mirror_title():
    assert lint(LONG_HEADER + BODY, ["CL063"]) == []


# --- CL070 ref-label-variant ------------------------------------------------------------------

@pytest.mark.parametrize("label", ["REFS:", "REFTEL:", "Ref:", "REF", "REF(S):"])
def test_cl070_label_variant(label):
    assert lint(cable(ref=f"{label} STATE 12345"), ["CL070"]) == [
        (17, 1, "CL070", f"REF label written '{label}'; expected 'REF:'"),
    ]


def test_cl070_standard_label():
    assert lint(cable(ref="REF: A. STATE 12345\nB. ASTANA 1033"), ["CL070"]) == []


# --- CL071 ref-enumerator-malformed -----------------------------------------------------------

@pytest.mark.parametrize("enumerator", ["[1B.](#)", "¶B."])
def test_cl071_damaged_enumerator(enumerator):
    assert lint(cable(ref=f"REF: A. STATE 12345\n{enumerator} ASTANA 1033"), ["CL071"]) == [
        (18, 1, "CL071", f"REF item enumerator '{enumerator}' is malformed; expected a letter with "
                         f"a period "
                         "or parentheses, as in 'B.', 'B)', '(B)' or 'b.'"),
    ]


@pytest.mark.parametrize("ref", [
    "REF: A. STATE 12345\nB. ASTANA 1033",
    "REF: A) STATE 12345\nB) ASTANA 1033",
    "REF: (A) STATE 12345\n(B) ASTANA 1033",
    "REF: STATE 12345",
])
def test_cl071_well_formed_enumerators(ref):
    assert lint(cable(ref=ref), ["CL071"]) == []


#: html-extract/09STATE79165 L40-44 (a REF line damaged by a mirror's list numbering) and
#: html-extract/09STATE72105 L25-27: each item's letter doubled.
DOUBLED_REF = ("REF: A. (A) STATE 54958\n     ¶B. (B) STATE 41489\nC. C) SINGAPORE 675; D. D) THE "
               "HAGUE 4750")


def test_cl071_a_doubled_enumerator_is_reported_with_both():
    found = lint(cable(ref=DOUBLED_REF), ["CL071"])
    assert [(line, col, message.split("'")[1]) for line, col, _, message in found] == [
        (17, 6, "A. (A)"), (18, 6, "¶B. (B)"), (19, 1, "C. C)"), (19, 22, "D. D)")]


def test_cl071_the_fix_keeps_the_cable_s_own_enumerator():
    result = fix_text(cable(ref=DOUBLED_REF), "cable.txt", build(registry(), select=["CL071"]))
    assert result.text == cable(ref="REF: (A) STATE 54958\n     (B) STATE 41489\nC) SINGAPORE 675; "
                                    "D) THE HAGUE 4750")


#: html-extract/06VATICAN256 L23-24 (seed 20261217 early-site audit; 12 corpus files): the
#: cable's own enumerator is the letter and a colon.
COLON_DOUBLED_REF = "REF: A. A: VATICAN 249\n \u00b6B. B: ANKARA 6593, ET AL."


def test_cl071_a_doubled_enumerator_with_a_colon_is_reported_and_fixed_to_a_period():
    found = lint(cable(ref=COLON_DOUBLED_REF), ["CL071"])
    assert [(line, col, message.split("'")[1]) for line, col, _, message in found] == [
        (17, 6, "A. A:"), (18, 2, "¶B. B:")]
    result = fix_text(cable(ref=COLON_DOUBLED_REF), "cable.txt",
                      build(registry(), select=["CL071"]))
    assert result.text == cable(ref="REF: A. VATICAN 249\n B. ANKARA 6593, ET AL.")


#: json-body/09RPODUBAI317 (shortened): the same doubling in a flattened text.
FLAT_DOUBLED_REF = (
    "S E C R E T SECTION 01 OF 02 RPO DUBAI 000317  NOFORN SIPDIS  E.O. 12958: DECL:  8/3/2019 "
    "TAGS: ECON, EFIN, IR SUBJECT: IRAN: ECONOMIC CHALLENGES MOUNT  REF: A. A) IRPO 261      B. B) "
    "IRPO 285  CLASSIFIED BY: Timothy Richardson, Acting Director, Iran Regional Presence Office, "
    "DOS. REASON: 1.4 (d)  1. (C) Summary: Ahmadinejad faces challenges.  2. (C) Prices rose in "
    "July.  EYRE\n")


def test_cl071_a_doubled_enumerator_of_a_flattened_text_is_one_item():
    # seed 20261215 json audit: docs/precision/seed20261215/
    ruleset = build(registry(), select=["CL071"])
    found = lint(FLAT_DOUBLED_REF, ["CL071"], "json-body/09RPODUBAI317.txt")
    assert [message.split("'")[1] for _, _, _, message in found] == ["A. A)", "B. B)"]
    fixed = fix_text(FLAT_DOUBLED_REF, "json-body/09RPODUBAI317.txt", ruleset).text
    assert fixed == FLAT_DOUBLED_REF.replace("A. A)", "A)").replace("B. B)", "B)")


def test_cl071_other_letters_after_an_enumerator_are_no_doubling():
    # html-extract/06MEXICO2711 L42: `A) ... B)` inside item A; `A. B. STATE` is no item's doubling
    ref = "REF: A. A MEXICO 1716 AND PREVIOUS B) MEXICO 149\nB. C) MEXICO 2367"
    assert lint(cable(ref=ref), ["CL071"]) == []


def test_cl071_markdown_enumerator_is_not_also_a_cl110_link():
    assert lint(cable(ref="REF: [A.](#) STATE 12345"), ["CL071", "CL110"]) == [
        (17, 6, "CL071", "REF item enumerator '[A.](#)' is malformed; expected a letter with a "
                         "period or parentheses, as in 'B.', 'B)', '(B)' or 'b.'"),
    ]


def test_cl071_ref_items_after_a_blank_line_belong_to_the_ref_block():
    # html-extract/07TUNIS1095: the REF block goes on after a blank line with the next letters
    ref = "REF: A. TUNIS 1076\n \n     ¶B. TUNIS 1004\n     ¶C. TUNIS 949"
    assert [(line, col, rule) for line, col, rule, _ in lint(cable(ref=ref), ["CL071"])] == [
        (19, 6, "CL071"), (20, 6, "CL071")]


def test_ref_items_after_a_label_alone_on_its_line():
    # html-extract/08LONDON1163
    ref = "REF: \n\n¶A. A) STATE 33385 AND PREVIOUS\n\n¶B. B) EMB LONDON (GAYLE) EMAILS"
    assert [(line, col, rule) for line, col, rule, _ in lint(cable(ref=ref), ["CL071"])] == [
        (19, 1, "CL071"), (21, 1, "CL071")]


@pytest.mark.parametrize("after", [
    # 08REYKJAVIK135
    "(U) Econ Off delivered reftel talking points to the Deputy Permanent Secretary.",
    # 09AITTAIPEI975
    "¶I. BROAD ITEMS OF INTEREST TO ADVISORS AND AGENCY MANAGERS:",
    # 09PESHAWAR41
    "¶A. Yes. There are numerous religious communities and organizations.",
])
def test_text_after_a_blank_line_that_does_not_continue_the_letters_is_not_a_ref_item(after):
    assert lint(cable(ref=f"Ref: STATE 66814\n\n{after}"), ["CL071", "CL072"]) == []


# --- CL072 ref-enumeration-sequence -----------------------------------------------------------

@pytest.mark.parametrize("ref, line, found, expected", [
    ("REF: A. STATE 12345\nC. ASTANA 1033", 18, "C", "B"),
    # E follows D
    ("REF: A. STATE 12345\nB. ASTANA 1033\nD. ASTANA 1100\nE. MOSCOW 100", 19, "D", "C"),
])
def test_cl072_skipped_letter(ref, line, found, expected):
    assert lint(cable(ref=ref), ["CL072"]) == [(line, 1, "CL072",
                                                f"REF item lettered {found} where {expected} was "
                                                f"expected")]


@pytest.mark.parametrize("ref", [
    "REF: A. STATE 12345\nB. ASTANA 1033\nC. ASTANA 1100",
    "REF: (A) STATE 12345\n(B) ASTANA 1033",
    "REF: A. STATE 12345\n[1B.](#) ASTANA 1033",        # damaged, but still B
])
def test_cl072_letters_in_order(ref):
    assert lint(cable(ref=ref), ["CL072"]) == []


@pytest.mark.parametrize("ref", [
    "REF: 09 STATE 96625; A. A)STATE 70789; B. B) SEOUL 1144\n\nC. C) SINGAPORE 675; D. D) THE "
    # pdf-extract/00ATHENS1501
    "HAGUE 4750; E. E) NAIROBI 1812\n\nF. F) ADDIS 1556",
    "Refs: A) 06 Reykjavik 85  B) 06 Reykjavik 357\n  C) 06 Reykjavik 359  D) 06 Reykjavik 364\n"
    "  E) 06 Reykjavik 401",                                                      # 07REYKJAVIK322
    "REF: A. (A) DANILOVICH-NORIEGA TELCON 14 MARCH 05\n¶B. (B) DEPARTMENT WHA/BSC -- EMBASSY "
    # 05BRASILIA715
    "E-MAILS 14 MARCH 05 C. (C) STATE 43965 D.\n(D) BRASILIA 574 E.\n(E) BRASILIA 660",
    # 06MEXICO2711
    "REF: A. A) MEXICO 1716 AND PREVIOUS B) MEXICO 149\n     ¶B. C) MEXICO 2367 AND PREVIOUS",
    "REF: (A) SAO PAULO 6\n(B)SAO PAULO 10;\n(C) SAO 06 PAULO 1038",           # 07SAOPAULO301
    # initials, 07REYKJAVIK20
    "REF: A. STATE 4834\n     ¶B. STATE 5652\n     ¶C. B. EVANS EMAIL 1/22/07",
])
def test_cl072_items_after_the_first_on_a_line_or_glued_keep_the_letters(ref):
    assert lint(cable(ref=ref), ["CL072"]) == []


def test_cl072_a_letter_repeated_on_the_next_line_is_reported():
    ref = "REF: A) TALLINN 366 B) LEE-GOLDSTEIN EMAIL 05/11/07\nB) TALLINN 347"    # 07TALLINN375
    assert lint(cable(ref=ref), ["CL072"]) == [(18, 1, "CL072",
                                                "REF item lettered B where C was expected")]


# --- CL073 ref-unresolvable -------------------------------------------------------------------

def test_cl073_misspelt_stations():
    assert lint(cable(ref="REF: A. TBLISI 1234\nB. WELLINGOTN 55"), ["CL073"]) == [
        (17, 6, "CL073", "REF item's station 'TBLISI' is not a known station; the reference cannot "
                         "be resolved to a cable id"),
        (18, 1, "CL073", "REF item's station 'WELLINGOTN' is not a known station; the reference "
                         "cannot be resolved to a cable id"),
    ]


def test_cl073_reads_the_station_after_a_doubled_enumerator():
    # a mirror's list numbering before the cable's own enumerator (html-extract/09STATE79165): the
    # station is still read, so fixing the enumerator (CL071) reveals no CL073 finding
    ref = "REF: A. A) TBLISI 1234\nB. (B) STATE 55"
    assert [f[:3] for f in lint(cable(ref=ref), ["CL073"])] == [(17, 6, "CL073")]


@pytest.mark.parametrize("ref", [
    "REF: A. STATE 12345\nB. 06 ASTANA 1033\nC. USUN NEW YORK 100\nD. SECDEF 1234",
    "REF: LA PAZ 2974",                                     # a station written with a space
    "REF: A. IIR 6 865 0123 08\nB. OCTOBER 5 E-MAIL",       # not cables
    "REF: A. SECDEF MSG DTG 301601Z SEP 08",
    "REF: A. A. 09 CIAWASH 542085 - ALLEGED THREAT",      # a CIA report, html-extract/09TRIPOLI190
    "REF: A. (A) PARIS POINTS 20 SEPTEMBER 2007",           # a date, html-extract/07PARIS3956
])
def test_cl073_resolvable_or_not_a_cable(ref):
    assert lint(cable(ref=ref), ["CL073"]) == []


def test_cl062_dotted_page_break_run_into_the_subject():
    text = HEADER.replace("SUBJECT: A SUBJECT",
                          "SUBJECT: A SUBJECT ASTANA 00000604 001.2 OF 002") + BODY
    assert [f[2:] for f in lint(text, ["CL062"])] == [("CL062",
                                                       "The SUBJECT runs on into a page break on "
                                                       "the same line")]


def test_cl071_lowercase_enumerators_are_well_formed():
    assert lint(cable(ref="REF: a. STATE 12345\nb. ASTANA 1033"), ["CL071"]) == []


# --- CL073: the names posts give themselves in REF lines ----------------------------------------
# seed 11235 audit: docs/precision/seed11235/

@pytest.mark.parametrize("ref", [
    "REF: A) IRPO DUBAI 0012; B) IRPO DUBAI 0014",   # json-body/07IRANRPODUBAI16
    "REF: DUBAI IRPO 0018",                          # json-body/07IRANRPODUBAI21
    "REF: A. 08 HAGUE 468",                          # html-extract/09THEHAGUE264
    "REF: a) RIO 346, b) RIO 329",                   # html-extract/09RIODEJANEIRO353
    "REF: A. MEXICO CITY 2636",                      # html-extract/09MEXICO2701
    # seed 20261206 audit: the label written again before the station
    "REF: REFTEL RPO DUBAI 362",                     # json-body/09RPODUBAI373
    "REF: A. REF A STATE 122214\n     B. REF B LONDON 2649",   # html-extract/09LONDON2697
    "REF: REF 07 KOLKATA 88",                        # html-extract/08NEWDELHI1645
])
def test_a_posts_own_name_for_itself_in_a_ref_resolves(ref):
    assert lint(cable(ref=ref), ["CL073"]) == []


def test_a_misspelt_station_is_still_unresolvable():
    assert [f[3] for f in lint(cable(ref="REF: 08 HAUGE 468"), ["CL073"])] == [
        "REF item's station 'HAUGE' is not a known station; the reference cannot be resolved to "
        "a cable id"]
    assert [f[3].split("'")[2] for f in lint(cable(ref="REF: REFTEL SECTATE 88"), ["CL073"])] \
        == ["SECTATE"]


# --- CL141: a REF from a later year than the DTG names the wrong year ----------------------------
# seed 14142 gaps audit: docs/precision/seed14142/SUMMARY-gaps.md

#: pdf-extract/00ATHENS1501 (a 2009 cable): the DTG's year is `00`, its REF cites a 2009 cable.
ATHENS_DTG_00 = """VZCZCXYZ0000
RR RUEHWEB
DE RUEHTH #1501 2661510
ZNR UUUUU ZZH
R 231510Z SEP {year} ZDS
FM AMEMBASSY ATHENS
TO RUEHC/SECSTATE WASHDC 0727
UNCLAS ATHENS 001501

SIPDIS

E.O. 12958: N/A
TAGS: EAID PREF EAGR ET KE SO EUN GR
SUBJECT: GREEK RESPONSE ON URGENT SUPPORT NEEDED FOR HUMANITARIAN
CRISIS IN ETHIOPIA, SOMALIA, AND KENYA

REF: 09 STATE 96625; A. A)STATE 70789; B. B) SEOUL 1144

1. (SBU) Greece has contributed 200,000 euros to date in 2009.

SPECKHARD
"""


def test_a_ref_from_a_later_year_than_the_dtg_names_the_wrong_year():
    assert lint(ATHENS_DTG_00.format(year="00"), ["CL141"]) == [
        (17, 6, "CL141", "REF cites a cable of 2009, later than this cable's date 2000-09-23: a "
                         "cable cites only earlier ones, so the cable's year (its DTG) or the REF's "
                         "is wrong")]


def test_a_ref_of_the_cables_own_year_is_no_finding():
    assert lint(ATHENS_DTG_00.format(year="09"), ["CL141", "CL006"]) == []


# --- CL062: the E.O. line run on into TAGS (a missed defect) --------------------------------------
# seed 14142 web audit: docs/precision/seed14142/SUMMARY-web.md

#: html-extract/09TRIPOLI966 L15-23 (shortened): the E.O. line and TAGS on one line.
TRIPOLI_HEADER = """S E C R E T TRIPOLI 000966

NOFORN SIPDIS STATE FOR NEA/FO AND NEA/MAG.

E.O. 12958: DECL: 12/15/2019 TAGS: PREL MNUC PARM PINR RS KGIC KNNP KRAD ENRG LY

SUBJECT: LIBYA HEU UPDATE: LETTER SENT TO RUSSIANS APPROVING SHIPMENT

CLASSIFIED BY: Joan A. Polaschik, Deputy Chief of Mission, U.S. Embassy Tripoli, Department \
of State. REASON: 1.4 (b), (d)

"""


def test_an_eo_line_run_on_into_tags_is_reported():
    findings = lint(TRIPOLI_HEADER + body(*PARAGRAPHS), ["CL062"])
    assert findings == [(5, 1, "CL062", "The E.O. line runs on into TAGS on the same line")]


def test_tags_on_their_own_line_are_no_run_on():
    text = TRIPOLI_HEADER.replace(" TAGS: PREL", "\nTAGS: PREL")
    assert lint(text + body(*PARAGRAPHS), ["CL062"]) == []


# --- CL060: TAGS and SUBJECT run on after the E.O. line, all on one line --------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-extract/04ANKARA348 L9: the whole header line of the early site, sentence-cased.
EO_TAGS_SUBJECT = ("E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. "
                   "Erdogan goes to washington: how strong a leader in the face of strong "
                   "challenges?")


def test_a_subject_run_on_after_tags_on_the_eo_line_is_found():
    text = cable(eo=EO_TAGS_SUBJECT, tags=None, subject=None)
    findings = lint(text, ["CL060", "CL061"])
    assert [(f[2], f[3]) for f in findings] == [
        ("CL061", "SUBJECT label written 'Subject:'; expected 'SUBJECT:'")]


def test_tags_on_the_eo_line_with_no_subject_after_them_still_lack_one():
    # html-extract-2011/10STATE284 L12: E.O. and TAGS on the banner's line, no SUBJECT anywhere
    text = cable(eo=EO_TAGS_SUBJECT.split(" Subject:")[0], tags=None, subject=None)
    assert [f[2] for f in lint(text, ["CL060"])] == ["CL060"]


# --- REF run on after a SUBJECT (a miss of the audit): parsed, and its own run-on named ----------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-extract/07MANAMA1011 L24: SUBJECT, REF and Classified By on one line.
SUBJECT_REF_CLASSIFIED = (
    "SUBJECT: FINANCE MINISTER REVIEWS OPTIONS FOR SANCTIONING FUTURE BANK REF: A. U/S LEVEY - "
    "AMB. "
    "ERELI OCTOBER 31 E-MAIL B. STATE 148605 Classified By: Ambassador Adam Ereli, reasons 1.4(b) "
    "and (d).")


def test_a_ref_run_on_after_the_subject_is_parsed_and_its_run_on_named():
    text = cable(subject=SUBJECT_REF_CLASSIFIED, classified_by=None)
    findings = lint(text, ["CL062"])
    assert [(f[1], f[3]) for f in findings] == [
        (1, "The SUBJECT runs on into REF: on the same line"),
        (SUBJECT_REF_CLASSIFIED.index("REF:") + 1,
         "The REF runs on into Classified By on the same line")]


def test_the_ref_items_of_a_run_on_ref_are_checked():
    text = cable(subject=SUBJECT_REF_CLASSIFIED.replace("B. STATE", "B. B. STATE"),
                 classified_by=None)
    findings = lint(text, ["CL071"])
    assert [f[3][:40] for f in findings] == ["REF item enumerator 'B. B.' is malformed"]


# --- CL060: a SUBJECT label alone on its line is no missing SUBJECT ------------------------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

#: html-extract/09CAIRO213:22-27: the label, a blank line, then the subject text.
CAIRO_SUBJECT = ("TAGS: ECON EFIN EINV EG\nSUBJECT:\n\nINVESTMENT SCANDAL ADDS TO STOCK MARKET "
                 "WOES Sensitive but unclassified. Please handle accordingly.")


def test_a_subject_label_alone_is_reported_as_alone_not_as_missing():
    text = cable(tags=CAIRO_SUBJECT, subject=None)
    assert [rule for _, _, rule, _ in lint(text, ["CL060", "CL061"])] == ["CL061"]


def test_a_cable_without_the_label_still_has_no_subject():
    text = cable(tags=CAIRO_SUBJECT.replace("SUBJECT:\n", ""), subject=None)
    assert [rule for _, _, rule, _ in lint(text, ["CL060", "CL061"])] == ["CL060"]


# --- CL073: a REF naming the post with its kind --------------------------------------------------
# seed 14142 ports audit: docs/precision/seed14142/SUMMARY-ports.md

#: json-record/wl20101128-0168 (09UNVIEVIENNA540): the REF names the embassy in Vienna.
EMBASSY_REF = (
    "S E C R E T SECTION 01 OF 05 UNVIE VIENNA 000540  SIPDIS  E.O. 12958: DECL: 12/01/2019 "
    "TAGS: PREL KNNP AORC IR SY KN IN SUBJECT: STAFFDEL KESSLER EXAMINES IRAN, SYRIA, AND "
    "MULTILATERAL VIENNA'S FRUSTRATING NAM DYNAMIC  REF: EMBASSY VIENNA 1450  Classified By: "
    "Mark Scheland, Counselor for Nuclear Policy; reasons 1.4  (b) and (d)  ¶1.  (S) Summary: "
    "HFAC staffers Richard Kessler and David Fite received from IAEA Secretariat November 10 "
    "information on the Iran case.  DAVIES")


def test_a_ref_to_embassy_vienna_resolves_to_the_station_vienna():
    assert lint(EMBASSY_REF, ["CL073"]) == []


def test_a_misspelt_station_after_embassy_is_still_unresolvable():
    text = EMBASSY_REF.replace("EMBASSY VIENNA 1450", "EMBASSY VIENA 1450")
    assert [f[3] for f in lint(text, ["CL073"])] == [
        "REF item's station 'VIENA' is not a known station; the reference cannot be resolved to "
        "a cable id"]


# --- CL062: a pass line run on into the E.O. line (a miss of seed 20261205: 112 corpus lines) -----
# seed 20261205 web audit: docs/precision/seed20261205/SUMMARY-web.md (html-extract/09TRIPOLI873)

def test_a_pass_line_run_on_into_the_eo_line_is_reported():
    text = TRIPOLI_HEADER.replace(
        "NOFORN SIPDIS STATE FOR NEA/FO AND NEA/MAG.\n\nE.O. 12958:",
        "NOFORN SIPDIS\n\nDEPT FOR NEA/MAG, AF/C, AND S/USSES E.O. 12958:")
    findings = lint(text + body(*PARAGRAPHS), ["CL062"])
    assert findings == [(5, 1, "CL062", "The pass line runs on into the E.O. line on the same line"),
                        (5, 37, "CL062", "The E.O. line runs on into TAGS on the same line")]


def test_a_pass_line_above_the_eo_line_is_no_run_on():
    text = TRIPOLI_HEADER.replace(" TAGS: PREL", "\nTAGS: PREL")
    assert lint(text + body(*PARAGRAPHS), ["CL062"]) == []


# seed 20261208 web audit (a miss, 70 corpus lines): captions, or a post's or office's pass line,
# run on into the E.O. line (html-extract/09CAIRO1945, 09TRIPOLI876, 08BEIJING2322, 10STATE2634)
@pytest.mark.parametrize("run_on, what", [
    ("SIPDIS", "caption line"),
    ("NOFORN SIPDIS DEPT FOR NEA/MAG", "caption line"),
    ("SIPDIS SENSITIVE POSTS FOR FRAUD PREVENTION UNITS", "caption line"),
    ("PACOM FOR FPA AMB CHRISTY", "pass line"),
    ("GENEVA: FOR CD DELEGATION", "pass line"),
])
def test_captions_or_a_pass_line_run_on_into_the_eo_line_are_reported(run_on, what):
    text = TRIPOLI_HEADER.replace("NOFORN SIPDIS STATE FOR NEA/FO AND NEA/MAG.\n\nE.O.",
                                  f"{run_on} E.O.").replace(" TAGS: PREL", "\nTAGS: PREL")
    assert lint(text + body(*PARAGRAPHS), ["CL062"]) == [
        (3, 1, "CL062", f"The {what} runs on into the E.O. line on the same line")]


def test_a_subject_asking_for_an_eo_designation_is_no_pass_line():
    text = TRIPOLI_HEADER.replace("SUBJECT: LIBYA HEU UPDATE: LETTER SENT TO RUSSIANS APPROVING "
                                  "SHIPMENT", "SUBJECT: REQUEST FOR E.O. 13224 DESIGNATION")
    assert [f[3] for f in lint(text + body(*PARAGRAPHS), ["CL062"])] == [
        "The E.O. line runs on into TAGS on the same line"]


def test_a_banner_run_on_into_the_eo_line_is_no_pass_line():
    # html-extract-2011/10STATE284: the banner and SIPDIS before the E.O. label
    text = TRIPOLI_HEADER.replace("NOFORN SIPDIS STATE FOR NEA/FO AND NEA/MAG.\n\nE.O.",
                                  "S E C R E T TRIPOLI 000966 SIPDIS E.O.")
    assert [f[3] for f in lint(text + body(*PARAGRAPHS), ["CL062"])] == [
        "The E.O. line runs on into TAGS on the same line"]
