"""The debatable and false-positive classes left by the seed-57721 round (issue 9), each from a real
cable's text: a firing case and a clean one (docs/precision/seed14142/SUMMARY-gaps.md)."""

from conftest import lint

#: pdf-extract/00DAMASCUS3013: the PDF text stops after the addressees; no banner, no body.
HEADER_ALONE = ("O 131830Z JUN 00\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC IMMEDIATE 1438\n"
                "INFO ARAB ISRAELI COLLECTIVE IMMEDIATE\nAMEMBASSY NICOSIA \nAMEMBASSY ANKARA\n")


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
