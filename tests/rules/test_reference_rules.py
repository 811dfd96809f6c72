"""Reference id rules and text above the header (CL130-CL133)."""

import pytest

from cables import BODY, HEADER, META_LINES, metadata, mirror
from conftest import lint

EXPECTED_ID = ("two digits of the year, the station and the serial without leading zeros "
               "(07ASTANA604)")


# --- CL130 reference-id-format ----------------------------------------------------------------

@pytest.mark.parametrize("identifier", ["06ASTANA", "7ASTANA604", "2007ASTANA604", "07ASTANA604X",
                                        "07astana604"])
def test_cl130_malformed_id(identifier):
    assert lint(mirror(identifier=identifier), ["CL130"]) == [
        (5, 1, "CL130", f"Reference id '{identifier}' is malformed; expected {EXPECTED_ID}"),
    ]


@pytest.mark.parametrize("identifier", [
    "07ASTANA604",
    "07USUNNEWYORK604",
    "08EFTOLONDON2883",        # swallowed banner words are CL131's finding
])
def test_cl130_well_formed_or_left_to_cl131(identifier):
    assert lint(mirror(identifier=identifier), ["CL130"]) == []


def test_cl130_no_reference_id():
    assert lint(HEADER + BODY, ["CL130", "CL131", "CL132"]) == []


# --- CL131 reference-id-malformed -------------------------------------------------------------

@pytest.mark.parametrize("identifier, canonical", [
    ("08EFTOLONDON2883", "08LONDON2883"),
    ("08SCTION02OF02SAOPAULO335", "08SAOPAULO335"),
    ("09AMEMBASSYHANOI1284", "09HANOI1284"),
])
def test_cl131_banner_words_swallowed(identifier, canonical):
    assert lint(mirror(identifier=identifier), ["CL131"]) == [
        (5, 1, "CL131", f"Reference id '{identifier}' (perhaps '{canonical}') contains banner "
                        f"words or signals "
                        "WikiLeaks swallowed"),
    ]


@pytest.mark.parametrize("identifier", ["07ASTANA604", "07SOIA828", "06ASTANA"])
def test_cl131_nothing_swallowed(identifier):
    assert lint(mirror(identifier=identifier), ["CL131"]) == []


# --- CL132 reference-id-station-unknown -------------------------------------------------------

def test_cl132_letter_dropped_from_the_station():
    assert lint(mirror(identifier="07SOIA828"), ["CL132"]) == [
        (5, 1, "CL132", "Reference id station 'SOIA' is not a known station"),
    ]


@pytest.mark.parametrize("identifier", ["07ASTANA604", "07USUNNEWYORK604", "06ALMATY3065",
                                        "07KYIV604", "05KIEV604"])
def test_cl132_known_station(identifier):
    assert lint(mirror(identifier=identifier), ["CL132"]) == []


# --- CL133 header-preamble-garbage ------------------------------------------------------------

GARBAGE = "'Cable Text:' stands right above the transmission header, where nothing belongs"


@pytest.mark.parametrize("text, line", [
    ("Cable Text:\n" + HEADER + BODY, 1),
    (metadata() + "Cable Text:\n\n" + HEADER + BODY, META_LINES + 1),
])
def test_cl133_cable_text_label_above_vzczc(text, line):
    assert lint(text, ["CL133"]) == [(line, 1, "CL133", GARBAGE)]


@pytest.mark.parametrize("text", [
    HEADER + BODY,
    mirror(),
    "pdf how-to read a cable\n" + HEADER + BODY,
    # not right above the header
    "Cable Text:\nWednesday, 07 March 2007, 05:17\n" + HEADER + BODY,
])
def test_cl133_nothing_out_of_place_above_vzczc(text):
    assert lint(text, ["CL133"]) == []


@pytest.mark.parametrize("identifier", ["07ASTANA000604", "07ASTANA0604"])
def test_cl130_serial_with_leading_zeros(identifier):
    assert [f[2] for f in lint(mirror(identifier=identifier), ["CL130"])] == ["CL130"]


@pytest.mark.parametrize("identifier, canonical", [
    ("07OSLO000160ZDK164", "07OSLO160"), ("06MADRID002583ZFR2585", "06MADRID2583"),
    ("08ACCRA001382SUSPECTEDDUPLICATE1392", "08ACCRA1382"),
])
def test_cl131_suggestion_keeps_the_serial(identifier, canonical):
    [finding] = lint(mirror(identifier=identifier), ["CL131"])
    assert f"(perhaps '{canonical}')" in finding[3]


def test_malformed_id_is_one_finding_not_four():
    found = lint(mirror(identifier="08EFTOASTANA604"), ["CL023", "CL116", "CL130", "CL131",
                                                        "CL132"])
    assert [f[2] for f in found] == ["CL131"]


def test_cl133_banner_above_vzczc_and_the_header_still_parsed():
    text = "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604\n\n" + HEADER + BODY
    assert [f[2:] for f in lint(text, ["CL133", "CL016", "CL125", "CL027"])] == [
        ("CL133", "'C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604' stands right above the "
                  "transmission header, where nothing belongs"),
    ]
