"""Transmission header rules: line formats, cross-checks with the banner and DTG, missing parts (CL001-CL006, CL010-CL017)."""

import pytest

from cables import BELOW_HEADER, BODY, DE, HEADER, NOTICE, cable, replaced
from conftest import lint

HEADER_RULES = ["CL001", "CL002", "CL003", "CL004", "CL005", "CL006", "CL010", "CL011", "CL012",
                "CL013",
                "CL014", "CL015", "CL016", "CL017"]


def test_reference_cable_is_clean_under_every_header_rule():
    assert lint(HEADER + BODY, HEADER_RULES) == []


# --- CL001 transmission-id-format -------------------------------------------------------------

def test_cl001_zero_typed_for_the_letter_o():
    assert lint(cable(transmission_id="VZCZCXR07837"), ["CL001"]) == [
        (1, 1, "CL001", "Transmission id 'VZCZCXR07837' is malformed; expected 'VZCZC', a "
                        "three-letter channel code and a serial (VZCZCXRO7837)"),
    ]


@pytest.mark.parametrize("tid", ["VZCZCXRO7837", "VZCZCXYZ0000", "VZCZCMDI123"])
def test_cl001_well_formed_ids(tid):
    assert lint(cable(transmission_id=tid), ["CL001"]) == []


# --- CL002 routing-line-format ----------------------------------------------------------------

@pytest.mark.parametrize("routing", [
    "PP RUEHDBU RUEHC 1234",        # a serial among the routing indicators
    "PP RUEHDBU DE RUEHTA",         # the DE line run into the routing line
    "PP RUEHDBU, RUEHMO",           # comma between indicators
])
def test_cl002_malformed_routing_line(routing):
    assert lint(cable(routing=routing), ["CL002"]) == [
        (2, 1, "CL002", f"Routing line '{routing}' is malformed; expected a doubled precedence "
                        f"letter and "
                        "routing indicators (PP RUEHDBU)"),
    ]


@pytest.mark.parametrize("routing", ["PP RUEHDBU", "RR RUEHWEB", "OO RUEHDBU RUEHC RUEHMO"])
def test_cl002_well_formed_routing_line(routing):
    assert lint(cable(routing=routing), ["CL002"]) == []


# --- CL003 precedence-mismatch ----------------------------------------------------------------

def disagree(value, first):
    return (f"Precedence '{value}' disagrees with '{first}' on line 2; routing line, DTG and TO "
            f"keyword "
            "must agree")


def test_cl003_immediate_routing_over_priority_dtg_and_addressee():
    assert lint(cable(routing="OO RUEHDBU"), ["CL003"]) == [
        (5, 1, "CL003", disagree("P", "O")),
        (7, 1, "CL003", disagree("P", "O")),
    ]


@pytest.mark.parametrize("old, new, line", [
    ("P 070517Z MAR 07", "O 070517Z MAR 07", 5),
    ("TO RUEHC/SECSTATE WASHDC PRIORITY 8683", "TO RUEHC/SECSTATE WASHDC IMMEDIATE 8683", 7),
])
def test_cl003_one_part_disagrees(old, new, line):
    assert lint(replaced(old, new), ["CL003"]) == [(line, 1, "CL003", disagree("O", "P"))]


@pytest.mark.parametrize("old, new", [
    # second prosign: info precedence
    ("P 070517Z MAR 07", "P R 070517Z MAR 07"),
    # no keyword on the addressee
    ("TO RUEHC/SECSTATE WASHDC PRIORITY 8683", "TO RUEHC/SECSTATE WASHDC 8683"),
])
def test_cl003_parts_agree(old, new):
    assert lint(replaced(old, new), ["CL003"]) == []


def test_cl003_routine_cable_without_keyword():
    text = (HEADER.replace("PP RUEHDBU", "RR RUEHDBU").replace("P 070517Z", "R 070517Z")
            .replace("PRIORITY 8683", "8683") + BODY)
    assert lint(text, ["CL003"]) == []


# --- CL004 de-line-format ---------------------------------------------------------------------


def test_cl004_serial_without_hash():
    de = "DE RUEHTA 0604 0660517"
    assert lint(cable(de=de), ["CL004"]) == [
        (3, 1, "CL004", f"DE line '{de}' is malformed; expected 'DE', the routing indicator, '#' "
                        f"and the serial, "
                        "then day of year and time (DE RUEHTA #0604/01 0660517)"),
    ]


@pytest.mark.parametrize("de", [DE, "DE RUEHTA #0604 0660517"])     # the /section is optional
def test_cl004_well_formed_de_line(de):
    assert lint(cable(de=de), ["CL004"]) == []


# --- CL005 de-serial-mismatch -----------------------------------------------------------------

def test_cl005_de_serial_of_another_cable():
    assert lint(cable(de="DE RUEHTA #0605/01 0660517"), ["CL005"]) == [
        (3, 1, "CL005", "DE serial #0605 is not the banner serial's last four digits (0604)"),
    ]


def test_cl005_last_four_digits_of_a_long_serial():
    text = HEADER.replace("ASTANA 000604", "ASTANA 012345").replace("#0604/01", "#2345/01") + BODY
    assert lint(text, ["CL005"]) == []


# --- CL006 de-date-mismatch -------------------------------------------------------------------

@pytest.mark.parametrize("day, date", [
    ("076", "2007-03-17"),         # ten days later
    ("072", "2007-03-13"),         # six days later
    ("065", "2007-03-06"),         # the DE line never precedes the DTG
])
def test_cl006_de_day_far_from_the_dtg(day, date):
    assert lint(cable(de=f"DE RUEHTA #0604/01 {day}0517"), ["CL006"]) == [
        (3, 1, "CL006", f"The DE line's day of year gives {date}, but the DTG says 2007-03-07"),
    ]


@pytest.mark.parametrize("day", ["066", "069", "071"])        # same day, or a retransmission
                                                              # a few days later
def test_cl006_de_day_on_or_a_few_days_after_the_dtg(day):
    assert lint(cable(de=f"DE RUEHTA #0604/01 {day}0517"), ["CL006"]) == []


def test_cl006_retransmission_across_new_year():
    text = HEADER.replace("0660517", "0010517").replace("P 070517Z MAR 07",
                                                        "P 310517Z DEC 06") + BODY
    assert lint(text, ["CL006"]) == []


# --- CL010 retransmission-signal --------------------------------------------------------------

@pytest.mark.parametrize("signals", ["ZDK", "ZDK CTG RUEHMO 0123"])
def test_cl010_signal_after_the_dtg(signals):
    assert lint(cable(dtg=f"P 070517Z MAR 07 {signals}"), ["CL010"]) == [
        (5, 1, "CL010", f"Operating signal '{signals}' after the DTG: this copy was retransmitted "
                        f"or corrected"),
    ]


@pytest.mark.parametrize("dtg", ["P 070517Z MAR 07", "P R 070517Z MAR 07", "P 070517Z MAR 07  "])
def test_cl010_first_transmission(dtg):
    assert lint(cable(dtg=dtg), ["CL010"]) == []


# --- CL011 originator-missing, CL012 action-addressee-missing ---------------------------------

def test_cl011_no_fm_line_is_reported_at_the_header():
    assert lint(cable(originator=None), ["CL011", "CL012"]) == [
        (1, 1, "CL011", "The header has no 'FM' line naming the sender"),
    ]


def test_cl012_no_to_line_is_reported_at_the_fm_line():
    assert lint(cable(action=None), ["CL011", "CL012"]) == [
        (6, 1, "CL012", "The header has no 'TO' line with an action addressee"),
    ]


def test_cl012_to_run_into_the_routing_indicator_is_no_to_line():
    text = cable(action="TORUEHC/SECSTATE WASHDC PRIORITY 8683")
    assert lint(text, ["CL012"]) == [(6, 1, "CL012",
                                      "The header has no 'TO' line with an action addressee")]


def test_cl011_cl012_not_judged_without_a_header():
    assert lint(BELOW_HEADER + BODY, ["CL011", "CL012"]) == []


# --- CL013 addressee-format -------------------------------------------------------------------

def damaged(line):
    return (f"Addressee line '{line}' is damaged (a label run into the address, or a misspelt "
            f"precedence)")


@pytest.mark.parametrize("line", [
    "TORUEHC/SECSTATE WASHDC PRIORITY 8683",
    "TO RUEHC/SECSTATE WASHDC PIORITY 8683",
])
def test_cl013_damaged_action_line(line):
    assert lint(cable(action=line), ["CL013"]) == [
        (7, 1, "CL013", damaged(line)),
    ]


def test_cl013_misspelt_precedence_on_an_info_line():
    line = "INFO RUEHMO/AMEMBASSY MOSCOW IMMEDATE 0001"
    text = cable(action=f"TO RUEHC/SECSTATE WASHDC PRIORITY 8683\n{line}")
    assert lint(text, ["CL013"]) == [(8, 1, "CL013", damaged(line))]


def test_cl013_well_formed_addressees():
    text = cable(action="TO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 8683\n"
                        "INFO RUEHMO/AMEMBASSY MOSCOW PRIORITY 0001\nRUEHTO/AMCONSUL TORONTO 0002")
    assert lint(text, ["CL013"]) == []


# --- CL014 originator-station-mismatch, CL015 routing-indicator-mismatch ---------------------

def test_cl014_fm_names_another_post():
    assert lint(cable(originator="FM AMEMBASSY MOSCOW"), ["CL014"]) == [
        (6, 1, "CL014", "FM line names 'AMEMBASSY MOSCOW', but the banner's post is ASTANA "
                        "(expected AMEMBASSY ASTANA)"),
    ]


def test_cl014_leaves_another_cable_s_text_under_the_id_to_cl023():
    # seed 20261215 audit, before-1995 88BAGHDAD28 (and 07PARIS2725 with a Moscow text): the FM
    # line and the reference id agree, the banner is another cable's
    text = cable(originator="FM AMEMBASSY MOSCOW")
    assert [f[2] for f in lint(text, ["CL014", "CL023"], path="07MOSCOW2725.txt")] == ["CL023"]
    assert [f[2] for f in lint(text, ["CL014", "CL023"], path="07ASTANA604.txt")] == ["CL014"]


@pytest.mark.parametrize("fm_post, banner_post", [("KYIV", "KIEV"), ("KIEV", "KYIV")])
def test_cl014_cl015_renamed_post_is_the_same_post(fm_post, banner_post):
    text = (
        HEADER.replace("ASTANA 000604", f"{banner_post} 000604")
        .replace("FM AMEMBASSY ASTANA", f"FM AMEMBASSY {fm_post}")
        .replace("DE RUEHTA", "DE RUEHKV")
        + BODY
    )
    assert lint(text, ["CL014", "CL015"]) == []


def test_cl015_routing_indicator_of_another_post():
    assert lint(cable(de="DE RUEHMO #0604/01 0660517"), ["CL015"]) == [
        (3, 1, "CL015", "DE line's routing indicator RUEHMO is not ASTANA's (RUEHAST or RUEHTA)"),
    ]


def test_cl014_cl015_almaty_with_ruehta():
    # RUEHTA was Almaty's indicator until the embassy moved to Astana (seed 004, 2006).
    text = (
        HEADER.replace("ASTANA 000604", "ALMATY 000604").replace(
            "FM AMEMBASSY ASTANA", "FM AMEMBASSY ALMATY"
        )
        + BODY
    )
    assert lint(text, ["CL014", "CL015"]) == []


# --- CL016 header-missing ---------------------------------------------------------------------

NO_HEADER = "No transmission header (VZCZC, DTG, FM, TO): only the body of the cable is here"


@pytest.mark.parametrize("text", [
    BELOW_HEADER + BODY,               # reported at the banner
    NOTICE + BELOW_HEADER + BODY,      # reported at the partial-extract notice
])
def test_cl016_only_the_body(text):
    assert lint(text, ["CL016"]) == [(1, 1, "CL016", NO_HEADER)]


def test_cl016_header_present():
    assert lint(HEADER + BODY, ["CL016"]) == []


# --- CL017 header-body-not-separated ----------------------------------------------------------

@pytest.mark.parametrize("last, line", [
    ("TO RUEHC/SECSTATE WASHDC PRIORITY 8683", 7),
    ("TO RUEHC/SECSTATE WASHDC PRIORITY 8683\nRUEHVEN/USMISSION USOSCE PRIORITY 1627", 8),
])
def test_cl017_banner_glued_to_the_last_addressee(last, line):
    text = HEADER.replace("TO RUEHC/SECSTATE WASHDC PRIORITY 8683\n\n", last + "\n") + BODY
    assert lint(text, ["CL017"]) == [
        (line, 1, "CL017", f"The banner follows the last addressee line '{last.splitlines()[-1]}' "
                           "with no blank line between"),
    ]


@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n"])
def test_cl017_blank_line_between_header_and_banner(gap):
    text = HEADER.replace("PRIORITY 8683\n\n", "PRIORITY 8683" + gap) + BODY
    assert lint(text, ["CL017"]) == []


def test_cl006_de_day_in_the_year_before_the_dtg():
    text = cable(de="DE RUEHTA #0604/01 3650517")
    text = text.replace("P 070517Z MAR 07", "P 020517Z JAN 07")
    assert lint(text, ["CL006"]) == [
        (3, 1, "CL006", "The DE line's day of year gives 2006-12-31, but the DTG says 2007-01-02")]


# --- CL017: the site's date line under the transmission header is no addressee line ---------------
# seed 16180 web audit: docs/precision/seed16180/SUMMARY-web.md

def _header_then(line: str) -> str:
    """The standard cable with `line` right under its last addressee line, glued to the banner."""
    from cables import BANNER, HEADER
    head = HEADER[:HEADER.index(BANNER)].rstrip("\n")
    return f"{head}\n{line}{BELOW_HEADER}1. (C) Text.\n\nORDWAY\n"


def test_the_sites_date_line_under_the_header_is_no_addressee_line():
    # html-extract/07RIYADH2441 L11-12: `RUEKJCS/SECDEF WASHDC` / `Cable dated:2007-...C O N F ...`.
    text = _header_then("Cable dated:2007-12-10T05:54:00")
    assert lint(text, ["CL017"], path="07RIYADH2441.txt") == []


def test_a_banner_right_under_the_last_addressee_line_is_still_reported():
    assert [f[2] for f in lint(_header_then(""), ["CL017"])] == ["CL017"]


# --- CL006: a DE day one before the DTG's date in a leap year points at the DTG's year ------------
# seed 20261204 audit: docs/precision/seed20261204/

def test_a_de_day_that_fits_the_dtg_in_a_common_year_names_the_dtg_year():
    # pdf-extract/00ATHENS1501 L3-5: day 266 is 23 September in 2009, the 22nd in 2000
    text = cable(de="DE RUEHTH #1501 2661510", dtg="R 231510Z SEP 00 ZDS")
    assert [f[3] for f in lint(text, ["CL006"])] == [
        "The DE line's day of year gives 2000-09-22, a day before the DTG's 2000-09-23: the two "
        "agree in a common year, so the DTG's year (a leap year) may be wrong"]


def test_a_de_day_far_from_the_dtg_in_a_leap_year_keeps_the_plain_message():
    text = cable(de="DE RUEHTH #1501 2601510", dtg="R 231510Z SEP 00 ZDS")
    assert [f[3] for f in lint(text, ["CL006"])] == [
        "The DE line's day of year gives 2000-09-16, but the DTG says 2000-09-23"]
