"""False-positive classes of the AFTER audit of the PDF layouts and the cables before 1995."""

import pytest

from cablelint.parsing import parse
from cables import HEADER_ALONE
from conftest import lint

PARTS = ["CL020", "CL040", "CL050", "CL060"]


def test_a_file_with_the_header_alone_is_reported_once_for_its_missing_text():
    assert [f[2] for f in lint(HEADER_ALONE, PARTS)] == ["CL020"]


def test_text_below_the_header_without_its_parts_is_still_judged():
    text = HEADER_ALONE + ("\n1. (C) SYRIAN RADIO AND TELEVISION BROADCAST THE "
                           "ANNOUNCEMENT.\n\nCROCKER\n")
    assert [f[2] for f in lint(text, PARTS)] == PARTS


#: html-extract/90BAGHDAD4237, as far as its E.O. line.
BAGHDAD_1990 = """O 251246Z JUL 90
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC IMMEDIATE 4627
S E C R E T SECTION 01 OF 05 BAGHDAD 04237
E.O. 12356: DECL:OADR
TAGS: MOPS PREL US KU IZ
SUBJECT: SADDAM'S MESSAGE OF FRIENDSHIP TO PRESIDENT BUSH
1. SECRET - ENTIRE TEXT.
GLASPIE
"""


@pytest.mark.parametrize("eo_line", [
    "E.O.12356: DECL:OADR",          # 89PANAMA8545: no space after the label
    "E. O. 12356: DECL: OADR",       # the spaced label of 73TEHRAN2077 ('E. O. 11652: GDS')
])
def test_spacing_of_the_e_o_label_is_typography(eo_line):
    assert lint(BAGHDAD_1990.replace("E.O. 12356: DECL:OADR", eo_line), ["CL041"]) == []


def test_an_order_typo_behind_a_glued_label_is_still_malformed():
    text = BAGHDAD_1990.replace("E.O. 12356: DECL:OADR", "E.O.12536: DECL:OADR")
    assert [f[2] for f in lint(text, ["CL041"])] == ["CL041"]


#: json-body/90CAPETOWN97: the flattened text runs the TAGS into a SUBJ: label.
CAPE_TOWN_1990 = ("C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097   LONDON FOR KOLKER, "
                  "PARIS FOR FENDRICK  E.O. 12356:  DECL:  OADR TAGS: PGOV PHUM SFSUBJ:  ESSA "
                  "MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS  ¶1.  CONFIDENTIAL - ENTIRE TEXT.  "
                  "¶2.  ATTORNEY ESSA MOOSA SAYS MANDELA FULLY EXPECTS RELEASE.  "
                  "SWING\n")


def test_a_subj_label_glued_to_the_last_tag_ends_the_tags_and_opens_the_subject():
    assert parse(CAPE_TOWN_1990).subject.label.value == "SUBJ:"
    # `SUBJ:` is a label of its era (E.O. 12356), not reported (docs/precision.md, after the
    # seed-777 audit)
    assert lint(CAPE_TOWN_1990, ["CL052", "CL057", "CL060", "CL061"]) == []


#: json-body/79TEHRAN8980 and 66BUENOSAIRES2481, flattened: the signature before the bottom banner,
#: or after the 1960s downgrading group marking.
TEHRAN_1979_FLAT = ("C O N F I D E N T I A L SECTION 01 OF 02 TEHRAN 08980  E.O. 12065: GDS "
                    "8/12/85 (TOMSETH, VICTOR L.) OR-P TAGS: PEPR IRSUBJECT: NEGOTIATIONS  ¶1. (C "
                    "- ENTIRE TEXT).  ¶2. HE IS GOING TO RESIST THE VERY CONCEPT OF A RATIONAL "
                    "NEGOTIATING PROCESS.   {end}\n")


@pytest.mark.parametrize("end, name", [("LAINGEN  CONFIDENTIAL", "LAINGEN"), ("LAINGEN", "LAINGEN"),
                                       ("GP-3 SACCIO", "SACCIO"), ("CONFIDENTIAL", None)])
def test_a_flattened_signature_before_the_bottom_banner_or_after_a_group_marking_is_found(
    end, name
):
    signature = parse(TEHRAN_1979_FLAT.format(end=end)).signature
    assert (signature.value if signature else None) == name
