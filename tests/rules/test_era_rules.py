"""Era-aware rules: the executive order in force on the cable date (vocab/executive-orders.tsv) and the
legacy TAGS of the 1974 handbook (vocab/tags-legacy.tsv). Excerpts are real cables of ../shared/corpus."""

import datetime as dt
from importlib.resources import files

import pytest

from cablelint import eras
from cables import replaced
from conftest import lint

ERA_RULES = ["CL040", "CL041", "CL042", "CL052", "CL056", "CL080", "CL082", "CL084", "CL093"]

#: html-extract-2011/75TEHRAN2069 (E.O. 11652: no Classified By line, no portion marks, TAGS PINT).
TEHRAN_1975 = """R 041125Z MAR 75
FM AMEMBASSY TEHRAN
TO SECSTATE WASHDC 475

C O N F I D E N T I A L SECTION 01 OF 02 TEHRAN 2069

E.O. 11652: GDS
TAGS: PINT IR
SUBJECT: IRANIAN RESURGENCE PARTY CREATED BY SHAH

1. SHAH ANNOUNCED CREATION OF IRANIAN RESURGENCE PARTY MARCH 2.

HELMS
"""
#: html-extract/79TEHRAN8980 (E.O. 12065: the classifier's name on the E.O. line, ENTIRE TEXT
#: marking).
TEHRAN_1979 = """R 130458Z AUG 79
FM AMEMBASSY TEHRAN
TO SECSTATE WASHDC 3182

C O N F I D E N T I A L SECTION 01 OF 02 TEHRAN 08980

E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P
TAGS: PEPR IR
SUBJECT: NEGOTIATIONS

1. (C - ENTIRE TEXT).

2. INTRODUCTION: RECENT NEGOTIATIONS IN WHICH THE EMBASSY HAS BEEN INVOLVED.

LAINGEN

CONFIDENTIAL
"""
#: html-extract/90BAGHDAD4237 (E.O. 12356: DECL: OADR, no Classified By line).
BAGHDAD_1990 = """O 251246Z JUL 90
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC IMMEDIATE 4627
S E C R E T SECTION 01 OF 05 BAGHDAD 04237
E.O. 12356: DECL:OADR
TAGS: MOPS PREL US KU IZ
SUBJECT: SADDAM'S MESSAGE OF FRIENDSHIP TO PRESIDENT BUSH
1. SECRET - ENTIRE TEXT.
2. SUMMARY: SADDAM TOLD THE AMBASSADOR JULY 25 THAT MUBARAK HAS ARRANGED FOR TALKS.
GLASPIE
"""
#: html-extract/66BUENOSAIRES2481: a 1966 cable with the stamp of its 2009 declassification review.
BUENOS_AIRES_1966 = """P R 281848Z DEC 66
FM AMEMBASSY BUENOS AIRES
TO SECSTATE WASHDC PRIORITY

UNCLASSIFIED BUENOS AIRES 2481

E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009
TAGS: EFIS PBTS AR
SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS

1.  PRESS REPORTS AND VARIETY EMBASSY SOURCES CONFIRM NEW ARGENTINE LEGISLATION.

MARTIN
"""
#: html-extract/00HARARE5461 (E.O. 12958 as issued: reasons 1.5).
HARARE_2000 = """O 211458Z SEP 00
FM AMEMBASSY HARARE
TO SECSTATE WASHDC IMMEDIATE 6484

C O N F I D E N T I A L HARARE 005461

E.O. 12958: DECL: 09/21/10
TAGS: PGOV PREL ZI
SUBJECT: MUGABE SUCCESSION

CLASSIFIED BY AMBASSADOR TOM MCDONALD. REASONS: 1.5 (B) AND (D).

1. (C) SUMMARY: A PROMINENT BUSINESSMAN IS WORKING ON A PLAN.

MCDONALD
"""

HARARE_CLASSIFIED_BY = "CLASSIFIED BY AMBASSADOR TOM MCDONALD. REASONS: 1.5 (B) AND (D).\n\n"


def test_the_order_list_loads_with_its_dates_and_requirements():
    orders = [era.key for era in eras.all_eras()]
    assert orders == ["10501", "11652", "12065", "12356", "12958", "12958/13292", "13526"]
    assert eras.era_on(dt.date(1975, 3, 4)).order == "11652"
    assert eras.era_on(dt.date(1979, 8, 13)).order == "12065"
    assert eras.era_on(dt.date(1990, 7, 25)).order == "12356"
    assert eras.era_on(dt.date(2000, 9, 21)).reason_section == "1.5"
    assert eras.era_on(dt.date(2007, 3, 7)).reason_section == "1.4"
    eo_11652 = eras.era_on(dt.date(1975, 3, 4))
    assert eo_11652.requires("eo_line", dt.date(1975, 3, 4))
    assert not eo_11652.requires("eo_line", dt.date(1972, 8, 22))    # required from 1973-03-01
    assert not eo_11652.requires("classified_by_line", dt.date(1975, 3, 4))


@pytest.mark.parametrize("text", [TEHRAN_1975, TEHRAN_1979, BAGHDAD_1990, BUENOS_AIRES_1966,
                                  HARARE_2000],
                         ids=["11652", "12065", "12356", "review-stamp", "12958-1995"])
def test_a_cable_written_under_the_order_of_its_era_is_clean(text):
    assert lint(text, ERA_RULES) == []


def test_e_o_12958_on_a_1975_cable_is_an_anachronism():
    text = replaced("E.O. 11652: GDS", "E.O. 12958: DECL: 03/04/1985", TEHRAN_1975)
    assert lint(text, ["CL042"]) == [
        (7, 1, "CL042", "E.O. 12958 cited on a cable dated 1975-03-04: E.O. 12958 was in force "
                        "from 1995-10-14 to 2010-06-27; on that date E.O. 11652"),
    ]


def test_an_11652_form_under_12356_is_malformed():
    text = replaced("E.O. 12356: DECL:OADR", "E.O. 12356: GDS", BAGHDAD_1990)
    assert lint(text, ["CL041"]) == [
        (5, 1, "CL041", "E.O. line 'E.O. 12356: GDS' is not in the standard form "
                        "'E.O. 12356: DECL: OADR', 'E.O. 12356: DECL: MM/DD/YY' or "
                        "'E.O. 12356: N/A'"),
    ]


def test_a_12356_date_without_decl_is_malformed_and_the_dated_form_named():
    # json-body/87NEWDELHI23722 `E.O. 12356: 9/25/88` (seed 20261218 pre-1995 audit: the message
    # named only `DECL: OADR` and `N/A`, not the dated form the line needs)
    text = replaced("E.O. 12356: DECL:OADR", "E.O. 12356: 9/25/88", BAGHDAD_1990)
    assert [f[3] for f in lint(text, ["CL041"])] == [
        "E.O. line 'E.O. 12356: 9/25/88' is not in the standard form 'E.O. 12356: DECL: OADR', "
        "'E.O. 12356: DECL: MM/DD/YY' or 'E.O. 12356: N/A'"]


def test_a_12065_form_without_its_date_is_malformed():
    text = replaced("GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "GDS (TOMSETH, VICTOR L.) OR-P",
                    TEHRAN_1979)
    assert [finding[2] for finding in lint(text, ["CL041"])] == ["CL041"]


def test_reason_1_4_on_a_2000_cable_is_outdated():
    text = replaced("REASONS: 1.5 (B)", "REASONS: 1.4 (B)", HARARE_2000)
    assert lint(text, ["CL084"]) == [
        (11, 49, "CL084", "Reason section 1.4 on a cable dated 2000-09-21: E.O. 12958 as issued, "
                          "in force from 1995-10-14 to 2003-09-22, uses section 1.5"),
    ]


def test_classified_by_is_required_from_e_o_12958_and_not_before():
    without = replaced(HARARE_CLASSIFIED_BY, "", HARARE_2000)
    assert [finding[2] for finding in lint(without, ["CL080"])] == ["CL080"]
    assert lint(BAGHDAD_1990, ["CL080"]) == []


def test_the_e_o_line_is_not_required_before_the_1973_tags_system():
    without = replaced("E.O. 11652: GDS\n", "", TEHRAN_1975)
    assert [finding[2] for finding in lint(without, ["CL040"])] == ["CL040"]
    assert lint(replaced("041125Z MAR 75", "041125Z MAR 72", without), ["CL040"]) == []


def test_an_unknown_date_and_order_are_not_judged():
    undated = replaced("O 211458Z SEP 00\n", "", HARARE_2000)
    assert [finding[2] for finding in lint(undated, ["CL080", "CL084"])] == []
    no_order = replaced(HARARE_CLASSIFIED_BY, "",
                        replaced("E.O. 12958: DECL: 09/21/10\n", "", undated))
    assert lint(no_order, ["CL040", "CL080", "CL093"]) == []


def test_a_portion_mark_is_not_required_under_e_o_12065():
    assert lint(TEHRAN_1979, ["CL093"]) == []
    moved = replaced("E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P",
                     "E.O. 12958: DECL: 08/12/2011",
                     replaced("130458Z AUG 79", "130458Z AUG 01", TEHRAN_1979))
    assert "CL093" in {finding[2] for finding in lint(moved, ["CL093"])}


def test_the_legacy_tags_list_loads_from_the_1974_handbook():
    rows = [line.split("\t") for line in
            (files("cablelint.vocab") / "tags-legacy.tsv").read_text(encoding="utf-8").splitlines()]
    codes = [row[0] for row in rows]
    assert {"PFOR", "PINT", "PBOR", "SOPN", "TSPA"} <= set(codes)
    assert all(len(code) == 4 and code.isalpha() and code.isupper() for code in codes)
    assert all(dt.date.fromisoformat(row[2]) for row in rows)


def test_a_legacy_tag_is_accepted_in_its_era():
    assert lint(TEHRAN_1975, ["CL052", "CL056"]) == []


def test_a_legacy_tag_is_flagged_out_of_its_era():
    text = replaced("TAGS: PGOV PREL ZI", "TAGS: PINT ZI", HARARE_2000)
    assert lint(text, ["CL052", "CL056"]) == [
        (8, 1, "CL056", "TAGS (PINT ZI) have no subject TAG (a four-letter code such as PGOV, "
                        "PREL, ECON)"),
        (8, 7, "CL052", "TAG 'PINT' (Internal Political Affairs) is a code of the 1974 TAGS "
                        "handbook, used on cables before 1995-01-01, not on one dated 2000-09-21"),
    ]


def test_limited_official_use_and_spaced_unclas_banners_are_read():
    for banner in ("LIMITED OFFICIAL USE TEHRAN 2069", "U N C L A S TEHRAN 2069"):
        text = replaced("C O N F I D E N T I A L SECTION 01 OF 02 TEHRAN 2069", banner,
                        TEHRAN_1975)
        text = replaced("E.O. 11652: GDS", "E.O. 11652: N/A", text)
        assert lint(text, ["CL020", "CL021", "CL080", "CL047"]) == []


#: html-extract/10BAGHDAD112 (January 2010: E.O. 12958 as amended, and E.O. 13526 signed
#: 2009-12-29).
BAGHDAD_2010 = """P 170925Z JAN 10
FM AMEMBASSY BAGHDAD
TO RUEHC/SECSTATE WASHDC PRIORITY 6146

C O N F I D E N T I A L SECTION 01 OF 02 BAGHDAD 000112

SIPDIS

E.O. 12958: DECL: 01/12/2020
TAGS: PGOV PREL IR TU IZ
SUBJECT: SENIOR MFA OFFICIAL ON MOTTAKI VISIT AND IRAQ-IRAN
BORDER DISPUTE

Classified By: Acting Political M/C Yuri Kim for reasons 1.4 (b) and (d )

1. (C) SUMMARY: Ambassador Taha Shukr Abbassi, the head of the Iraqi MFA's Neighboring Countries' division.

HILL
"""


@pytest.mark.parametrize("order", ["12958", "13526"])
def test_both_orders_are_citable_in_january_2010(order):
    assert lint(replaced("E.O. 12958", f"E.O. {order}", BAGHDAD_2010), ERA_RULES) == []


def test_e_o_13526_before_it_was_signed_is_an_anachronism():
    text = replaced("170925Z JAN 10", "170925Z JAN 08",
                    replaced("E.O. 12958", "E.O. 13526", BAGHDAD_2010))
    assert lint(text, ["CL042"]) == [
        (9, 1, "CL042", "E.O. 13526 cited on a cable dated 2008-01-17: E.O. 13526 was in force "
                        "from 2010-06-27; on that date E.O. 12958 as amended by E.O. 13292"),
    ]


def test_the_review_stamp_is_no_classified_by_line():
    """`DECLASSIFIED BY NARA` on the E.O. line of an unclassified 1966 cable."""
    assert lint(BUENOS_AIRES_1966, ["CL081", "CL082", "CL049"]) == []


def test_a_signature_before_the_page_foot_classification_and_the_review_stamp():
    assert lint(TEHRAN_1979, ["CL100"]) == []
    stamped = replaced("HELMS\n", "HELMS\n\nDeclassified/Released US Department of State EO\n"
                                  "Systematic Review 05 JUL 2006</pre></code>\n", TEHRAN_1975)
    assert lint(stamped, ["CL100"]) == []
    unsigned = replaced("HELMS\n", "ELECTIONS ARE DUE BY JUNE 20.\n", TEHRAN_1975)
    assert [f[2] for f in lint(unsigned, ["CL100"])] == ["CL100"]


def test_old_banners_with_the_year_or_after_markup_are_banners():
    """html-extract-2011/7575LIBREVILLE1895 and html-fragment/66BUENOSAIRES2481."""
    libreville = replaced("C O N F I D E N T I A L SECTION 01 OF 02 TEHRAN 2069",
                          "C O N F I D E N T I A L 75 LIBREVILLE 1895", TEHRAN_1975)
    assert lint(libreville, ["CL020", "CL021"]) == []
    fragment = "<code><pre>" \
        + BUENOS_AIRES_1966[BUENOS_AIRES_1966.index("UNCLASSIFIED BUENOS AIRES"):]
    # the markup is the container's (CL136), not the banner's
    assert lint(fragment, ["CL020", "CL021"]) == []
