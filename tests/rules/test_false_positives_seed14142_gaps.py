"""The debatable and false-positive classes left by the seed-57721 round (issue 9), each from a real
cable's text: a firing case and a clean one (docs/precision/seed14142/SUMMARY-gaps.md)."""

from cables import HEADER_ALONE
from conftest import lint



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
