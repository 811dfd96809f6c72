"""False-positive classes of the AFTER audit of the PDF layouts and the cables before 1995."""

from conftest import lint

#: pdf-extract/00DAMASCUS3013: the PDF text stops after the addressees; no banner, no body.
HEADER_ALONE = ("O 131830Z JUN 00\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC IMMEDIATE 1438\n"
                "INFO ARAB ISRAELI COLLECTIVE IMMEDIATE\nAMEMBASSY NICOSIA \nAMEMBASSY ANKARA\n")
PARTS = ["CL020", "CL040", "CL050", "CL060"]


def test_a_file_with_the_header_alone_is_reported_once_for_its_missing_text():
    assert [f[2] for f in lint(HEADER_ALONE, PARTS)] == ["CL020"]


def test_text_below_the_header_without_its_parts_is_still_judged():
    text = HEADER_ALONE + "\n1. (C) SYRIAN RADIO AND TELEVISION AT 1800 BROADCAST THE ANNOUNCEMENT.\n\nCROCKER\n"
    assert [f[2] for f in lint(text, PARTS)] == PARTS
