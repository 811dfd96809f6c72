"""Transmission header rules: security line format (CL007), its agreement with the banner (CL008), DTG (CL009)."""

import pytest

from cables import BODY, HEADER, cable
from conftest import lint

EXPECTED_SECURITY = "'ZNR UUUUU ZZH' (unclassified) or 'ZNY' with CCCCC, SSSSS or EEEEE, then ZZH"


@pytest.mark.parametrize("security", [
    "ZNR CCCCC ZZH",    # unencrypted signal with a classified letter
    "ZNY CCCC ZZH",     # letter four times instead of five
    "ZNY CCCCC",        # ZZH lost
])
def test_cl007_malformed_security_line(security):
    text = cable(security=security)
    assert lint(text, ["CL007"]) == [
        (4, 1, "CL007", f"Security line '{security}' is malformed; expected {EXPECTED_SECURITY}"),
    ]


@pytest.mark.parametrize("security", ["ZNY CCCCC ZZH", "ZNY CCCCC ZZH ZDK"])
def test_cl007_well_formed_security_line(security):
    assert lint(cable(security=security), ["CL007"]) == []


def test_cl007_unclassified_security_line():
    text = cable(security="ZNR UUUUU ZZH")
    assert lint(text, ["CL007"]) == []


@pytest.mark.parametrize("security, banner_expected", [
    ("ZNY SSSSS ZZH", "SECRET"),
    ("ZNY EEEEE ZZH", "UNCLASSIFIED"),
    ("ZNR UUUUU ZZH", "UNCLASSIFIED"),
])
def test_cl008_security_letter_disagrees_with_confidential_banner(security, banner_expected):
    letter = security.split()[1][0]
    text = cable(security=security)
    assert lint(text, ["CL008"]) == [
        (4, 1, "CL008", f"Security line letter {letter} does not match the banner's CONFIDENTIAL; "
                        f"expected a banner of {banner_expected}"),
    ]


def test_cl008_secret_header_and_secret_banner_agree():
    text = (HEADER.replace("ZNY CCCCC ZZH", "ZNY SSSSS ZZH")
            .replace("C O N F I D E N T I A L SECTION", "S E C R E T SECTION")
            + BODY.replace("(C)", "(S)"))
    assert lint(text, ["CL007", "CL008"]) == []


def test_cl008_efto_header_with_unclas_banner():
    text = (HEADER.replace("ZNY CCCCC ZZH", "ZNY EEEEE ZZH")
            .replace("C O N F I D E N T I A L SECTION", "UNCLAS SECTION") + BODY)
    assert lint(text, ["CL007", "CL008"]) == []


def test_cl008_reference_cable_agrees():
    assert lint(HEADER + BODY, ["CL008"]) == []


@pytest.mark.parametrize("dtg, problem", [
    ("P 310517Z FEB 07", "impossible date 31 FEB 2007"),
    ("P 072517Z MAR 07", "impossible time 2517Z"),
    ("P 070517Z MRZ 07", "unknown month 'MRZ'"),
    ("P 070517 MAR 07", "not of the form 'P DDHHMMZ MON YY'"),
])
def test_cl009_malformed_or_impossible_dtg(dtg, problem):
    text = cable(dtg=dtg)
    assert lint(text, ["CL009"]) == [(5, 1, "CL009", f"Date-time group '{dtg}': {problem}")]


@pytest.mark.parametrize("dtg", [
    "P 070517Z MAR 07",
    "O 290517Z FEB 08",      # 2008 is a leap year
    "O P 312359Z DEC 06",    # two prosigns, last minute of the year
    "R 070517Z MAR 07 ZDK",  # a trailing operating signal
])
def test_cl009_well_formed_dtg(dtg):
    assert lint(cable(dtg=dtg), ["CL009"]) == []
