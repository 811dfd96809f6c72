"""E.O. line and DECL instruction rules (CL040-CL049)."""

import pytest

from cables import BELOW_HEADER, BODY, EO, HEADER, UNCLAS_HEADER, dated, replaced
from conftest import lint

EXPECTED_EO = "'E.O. 12958: DECL: MM/DD/YYYY' or 'E.O. 12958: N/A'"
#: The reference cable as UNCLASSIFIED, still carrying the DECL date of the classified one.
UNCLAS = replaced("E.O. 12958: N/A", EO, UNCLAS_HEADER) + BODY.replace("(C)", "(U)")


# --- CL040 eo-line-missing --------------------------------------------------------------------

@pytest.mark.parametrize("text", [HEADER + BODY, UNCLAS], ids=["classified", "unclassified"])
def test_cl040_eo_line_missing_is_reported_at_tags(text):
    assert lint(replaced(EO, "", text).replace("\n\nTAGS", "\nTAGS"), ["CL040"]) == [
        (13, 1, "CL040", "No 'E.O. 12958: DECL: ...' line (or 'E.O. 12958: N/A' for an "
                         "unclassified cable)"),
    ]


@pytest.mark.parametrize("text", [HEADER + BODY, replaced(EO, "E.O. 12958: N/A", UNCLAS)],
                         ids=["classified", "unclas"])
def test_cl040_eo_line_present(text):
    assert lint(text, ["CL040"]) == []


# --- CL041 eo-line-malformed ------------------------------------------------------------------

@pytest.mark.parametrize("eo", [
    "E.O. 12598: DECL: 03/06/2017",     # order typo
    "E.O. 12958 DECL: 03/06/2017",      # colon after the order lost
    "E.O. 12958: 03/06/2017",           # DECL keyword lost
])
def test_cl041_malformed_eo_line(eo):
    assert lint(replaced(EO, eo), ["CL041"]) == [
        (13, 1, "CL041", f"E.O. line '{eo}' is not in the standard form {EXPECTED_EO}"),
    ]


@pytest.mark.parametrize("eo", [EO, "E.O. 12958: DECL: 2017/03/06", "E.O. 12958: DECL: X1",
                                "E.O. 12356: DECL: OADR"])
def test_cl041_standard_eo_line(eo):
    assert lint(replaced(EO, eo), ["CL041"]) == []


@pytest.mark.parametrize("eo", [
    "EO 12958 DECL: 09/21/10",          # html-extract/00HARARE5461: the
                                        # style without dots or colons
    "EO 12958 N/A",                     # html-extract/09LONDON2121
    "E.O.  12958: N/A",                 # extra spaces: typography
                                        # (html-extract/06SAOPAULO251 and others)
    "E.O. 12958:  DECL:  12/31/13",
])
def test_cl041_intact_variants_are_not_damage(eo):
    assert lint(replaced(EO, eo), ["CL041"]) == []


def test_cl041_missing_colon_in_dotted_style_is_still_damage():
    assert lint(replaced(EO, "E.O. 12958  DECL: 03/06/2017"), ["CL041"]) != []


def test_cl041_na_on_unclassified_cable():
    assert lint(replaced(EO, "E.O. 12958: N/A", UNCLAS), ["CL041"]) == []


# --- CL042 eo-order-anachronism ---------------------------------------------------------------

@pytest.mark.parametrize("order, period", [
    ("13526", "E.O. 13526 was in force from 2010-06-27; on that date E.O. 12958 as amended by E.O. "
              "13292"),
    ("12356", "E.O. 12356 was in force from 1982-08-01 to 1995-10-14; on that date E.O. 12958 as "
              "amended by E.O. 13292"),
])
def test_cl042_order_not_in_force_in_2007(order, period):
    text = replaced(EO, f"E.O. {order}: DECL: 03/06/2017")
    assert lint(text, ["CL042"]) == [
        (13, 1, "CL042", f"E.O. {order} cited on a cable dated 2007-03-07: {period}"),
    ]


def test_cl042_eo_12958_on_a_1990_cable():
    text = dated("P 150517Z JUN 90", replaced(EO, "E.O. 12958: DECL: OADR"))
    assert lint(text, ["CL042"]) == [
        (13, 1, "CL042", "E.O. 12958 cited on a cable dated 1990-06-15: E.O. 12958 was in force "
                         "from 1995-10-14 to 2010-06-27; on that date E.O. 12356"),
    ]


@pytest.mark.parametrize("dtg, eo", [
    ("P 070517Z MAR 07", EO),
    ("P 150517Z JUN 90", "E.O. 12356: DECL: OADR"),
    ("P 070517Z JUN 96", "E.O. 12356: DECL: 06/06/2006"),   # old template within the year of grace
])
def test_cl042_order_in_force(dtg, eo):
    assert lint(dated(dtg, replaced(EO, eo)), ["CL042"]) == []


# --- CL043 decl-date-invalid ------------------------------------------------------------------

@pytest.mark.parametrize("decl", ["13/06/2017", "06/31/2017", "02/29/2017"])
def test_cl043_impossible_decl_date(decl):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {decl}"), ["CL043"]) == [
        (13, 19, "CL043", f"Declassification date '{decl}' is not a real date"),
    ]


@pytest.mark.parametrize("decl", ["03/06/2017", "3/6/2017", "2017/03/06", "03/06/17", "02/29/2016",
                                  "X1"])
def test_cl043_real_decl_date_or_no_date(decl):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {decl}"), ["CL043"]) == []


# --- CL044 decl-before-cable ------------------------------------------------------------------

@pytest.mark.parametrize("decl, iso", [("03/07/2007", "2007-03-07"), ("03/06/2007", "2007-03-06")])
def test_cl044_decl_not_after_the_cable(decl, iso):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {decl}"), ["CL044"]) == [
        (13, 19, "CL044", f"Declassification date {iso} is not after the cable date 2007-03-07"),
    ]


@pytest.mark.parametrize("decl", ["03/08/2007", "03/06/2017"])
def test_cl044_decl_after_the_cable(decl):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {decl}"), ["CL044"]) == []


# --- CL045 decl-too-far -----------------------------------------------------------------------

def test_cl045_decl_a_century_off():
    assert lint(replaced(EO, "E.O. 12958: DECL: 01/23/2117"), ["CL045"]) == [
        (13, 19, "CL045", "Declassification date 2117-01-23 is 109.9 years after the cable date "
                          "2007-03-07; more than 25 years needs an exemption"),
    ]


@pytest.mark.parametrize("decl", [
    "03/07/2017",   # exactly ten years, the default
    "03/07/2022",   # fifteen years
    "03/07/2032",   # exactly 25 years, the limit
])
def test_cl045_decl_within_25_years(decl):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {decl}"), ["CL044", "CL045"]) == []


def test_cl045_just_past_the_limit_is_reported():
    assert [rule for _, _, rule, _ in lint(replaced(EO, "E.O. 12958: DECL: 03/08/2032"),
                                           ["CL045"])] == ["CL045"]


# --- CL046 decl-on-unclassified ---------------------------------------------------------------

def test_cl046_unclassified_cable_with_decl_date():
    assert lint(UNCLAS, ["CL046"]) == [
        (13, 19, "CL046", "Unclassified cable has a declassification date (2017-03-06); expected "
                          "'E.O. 12958: N/A'"),
    ]


def test_cl046_unclassified_cable_with_na():
    assert lint(replaced(EO, "E.O. 12958: N/A", UNCLAS), ["CL046"]) == []


def test_cl046_classified_cable_with_decl_date():
    assert lint(HEADER + BODY, ["CL046"]) == []


# --- CL047 decl-na-on-classified --------------------------------------------------------------

@pytest.mark.parametrize("eo, column", [("E.O. 12958: N/A", 13), ("E.O. 12958: DECL: N/A", 19)])
def test_cl047_na_on_confidential_cable(eo, column):
    assert lint(replaced(EO, eo), ["CL047"]) == [
        (13, column, "CL047", "Classified cable has 'N/A' as its declassification instruction"),
    ]


@pytest.mark.parametrize("text", [HEADER + BODY, replaced(EO, "E.O. 12958: N/A", UNCLAS)],
                         ids=["decl-date", "unclas"])
def test_cl047_not_reported(text):
    assert lint(text, ["CL047"]) == []


# --- CL048 decl-obsolete-marking --------------------------------------------------------------

X_PERIOD = "X1-X8 exemptions exist only under E.O. 12958 as issued, 1995-10-14 to 2003-09-22"


@pytest.mark.parametrize("marking", ["X1", "X1, X5", "(X1)", "1.6X1"])
def test_cl048_x_exemption_in_2007(marking):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {marking}"), ["CL048"]) == [
        (13, 19, "CL048", f"DECL marking '{marking}' on a cable dated 2007-03-07: {X_PERIOD}"),
    ]


def test_cl048_oadr_in_2007():
    assert lint(replaced(EO, "E.O. 12958: DECL: OADR"), ["CL048"]) == [
        (13, 19, "CL048", "DECL marking 'OADR' on a cable dated 2007-03-07: "
                          "OADR was abolished by E.O. 12958 on 1995-10-14"),
    ]


def test_cl048_oadr_in_1990_is_right():
    text = dated("P 150517Z JUN 90", replaced(EO, "E.O. 12356: DECL: OADR"))
    assert lint(text, ["CL048", "CL049"]) == []


def test_cl048_x1_in_1999_is_right():
    text = dated("P 070517Z MAR 99", replaced(EO, "E.O. 12958: DECL: X1"))
    assert lint(text, ["CL048", "CL049"]) == []


@pytest.mark.parametrize("marking", ["25X1", "25X1-HUMAN"])
def test_cl048_25_year_exemption_in_2007_is_right(marking):
    # 25X exemptions (E.O. 12958 sec. 3.4) stayed valid after 2003; only X1-X8 ended then.
    assert lint(replaced(EO, f"E.O. 12958: DECL: {marking}"), ["CL048", "CL049"]) == []


def test_cl048_decl_date_in_2007():
    assert lint(HEADER + BODY, ["CL048"]) == []


# --- CL049 decl-event -------------------------------------------------------------------------

@pytest.mark.parametrize("event", ["CLOSURE OF ICTY", "TEN YEARS AFTER KOREAN UNIFICATION"])
def test_cl049_event_instead_of_date(event):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {event}"), ["CL049"]) == [
        (13, 19, "CL049", f"Declassification is tied to an event ('{event}') rather than a date"),
    ]


@pytest.mark.parametrize("decl", ["03/06/2017", "2017/03/06", "X1", "OADR", "N/A"])
def test_cl049_dates_and_markings_are_not_events(decl):
    assert lint(replaced(EO, f"E.O. 12958: DECL: {decl}"), ["CL049"]) == []


def test_doubled_decl_keyword_still_reads_the_date():
    # html-extract/06PARAMARIBO343: `E.O. 12958: DECL: DECL: 06/09/2016`
    assert lint(replaced(EO, "E.O. 12958: DECL: DECL: 06/09/2016"),
                ["CL043", "CL044", "CL049"]) == []


def test_cl048_parenthesised_exemption_before_2003_is_right():
    text = dated("P 070517Z MAR 97", replaced(EO, "E.O. 12958: DECL: (1.6X1)"))
    assert lint(text, ["CL048", "CL049"]) == []


# --- CL040, CL041: an E.O. label written with a zero -------------------------------------------
# seed 16180 web audit: docs/precision/seed16180/SUMMARY-web.md

#: html-fragment/09BERLIN485 L11.
ZERO_FOR_O = BELOW_HEADER.replace("E.O. 12958: DECL: ", "E.0. 12958: DECL: ")


def test_an_eo_label_with_a_zero_is_a_malformed_line_not_a_missing_one():
    found = lint(ZERO_FOR_O + "1. (C) Text.\n\nORDWAY\n", ["CL040", "CL041"])
    assert [f[2] for f in found] == ["CL041"]


# --- CL041: `DNG: CO <date>`, the downgrading instruction of E.O. 12958 -------------------------
# seed 57721 ports audit: docs/precision/seed57721/SUMMARY-ports.md

#: html-extract/08MADRID294 L21 (and 8 more cables of 2006-2009, SECRET ones downgraded to
#: CONFIDENTIAL on the date).
DOWNGRADE = "E.O. 12958: DNG: CO 03/06/2018"


def test_a_downgrading_instruction_is_a_standard_eo_line():
    assert lint(replaced(EO, DOWNGRADE), ["CL041"]) == []


def test_a_downgrading_instruction_without_its_level_is_still_malformed():
    assert [f[2] for f in lint(replaced(EO, "E.O. 12958: DNG 03/06/2018"), ["CL041"])] == ["CL041"]
