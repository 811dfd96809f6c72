"""The gaps the seed-14142 audit of the JSON and PDF layouts and the cables before 1995 found
(docs/precision/seed14142/): defects no rule reported, each with the cable text that showed it and
a case where the rule must stay silent."""

from conftest import lint, lint_body

# --- CL084: the reason section of a cable known only by its reference id's year -----------------

#: json-body/05NEWDELHI1175 (shortened): a JSON body has no DTG, so only the file name dates it.
OUTDATED_REASON_FLAT = (
    "C O N F I D E N T I A L SECTION 01 OF 04 NEW DELHI 001175  SIPDIS  E.O. 12958: DECL: "
    "02/14/2015 TAGS: ENRG, EPET, ECON, ETTC, IR, IN SUBJECT: AIYAR DEFENDS IRAN-INDIA OIL AND "
    "GAS RELATIONSHIP  REF: A. STATE 24948       B. NEW DELHI 300  Classified By: Ambassador "
    "David C. Mulford, Reasons 1.5 b,d  1.  (C) Summary: In a February 11 meeting with the "
    "Ambassador, Indian Petroleum and Natural Gas Minister Mani Shankar Aiyar said that India's "
    "national security compelled it to look towards Iran for natural gas.  End Summary.  2.  (C) "
    "Aiyar responded that India's energy security compelled it to look towards Iran. MULFORD ")


def test_an_outdated_reason_section_is_reported_on_a_cable_dated_by_its_year():
    found = lint(OUTDATED_REASON_FLAT, ["CL084"], path="05NEWDELHI1175.txt")
    assert [(f[2], f[3]) for f in found] == [
        ("CL084", "Reason section 1.5 on a cable dated 2005 (year of the reference id): E.O. "
                  "12958 as amended by E.O. 13292, in force from 2003-09-22 to 2010-06-27, "
                  "uses section 1.4")]


def test_the_section_in_force_all_that_year_is_right():
    text = OUTDATED_REASON_FLAT.replace("Reasons 1.5 b,d", "Reasons 1.4 b,d")
    assert lint(text, ["CL084"], path="05NEWDELHI1175.txt") == []


def test_a_year_in_which_both_sections_were_in_force_is_not_judged():
    # 2003: E.O. 12958 as issued (1.5) until 22 September, as amended (1.4) after it
    assert lint(OUTDATED_REASON_FLAT, ["CL084"], path="03NEWDELHI1175.txt") == []


# --- CL117: the comma apostrophe of a contraction ------------------------------------------------

#: json-record/wl20101128-0021 (07BAGHDAD3895) ¶9-¶10, with their line breaks back.
CONTRACTION = """9.(C) It is important with the Iranians not to lose one,s temper or show
that one is upset.

10.(C) Don,t offer an agenda beforehand, otherwise the agenda itself
becomes the subject of negotiation; I,d rather they saw it at the table.

BUTENIS
"""


def test_a_contraction_written_with_a_comma_is_apostrophe_damage():
    found = lint_body(CONTRACTION, ["CL117"])
    assert [f[3] for f in found] == ["'one,s': a comma for an apostrophe",
                                     "'Don,t': a comma for an apostrophe",
                                     "'I,d': a comma for an apostrophe"]


def test_a_comma_before_a_word_is_no_contraction():
    body = CONTRACTION.replace("one,s", "one's").replace("Don,t", "Don't").replace(
        "I,d rather", "Iran, doubtless, would rather")
    assert lint_body(body, ["CL117"]) == []


# --- CL052 -> CL053: two geographic TAGs glued ---------------------------------------------------

#: json-body/09ABUDHABI744: `SA` and `QA` run together in the TAGS line.
GLUED_COUNTRIES = (
    "S E C R E T SECTION 01 OF 04 ABU DHABI 000744   NOFORN SIPDIS  E.O. 12958: DECL: "
    "07/21/2019 TAGS: PTER PGOV PREL PARM EAID MOPS IR IS AF PK SY LE SAQA, AE  SUBJECT: UAE "
    "GULF SECURITY DIALOGUE (GSD) JULY 20 PLENARY SESSION  Classified By: Charge d'Affaires "
    "Douglas C. Greene for reasons 1.4 (b) and (d).  ¶1.  (S/NF) In a July 20 plenary session "
    "the focus was largely on Iran.  GREENE")


def test_two_country_tags_glued_are_a_known_concatenation():
    found = lint(GLUED_COUNTRIES, ["CL052", "CL053"], path="09ABUDHABI744.txt")
    assert [(f[2], f[3]) for f in found] == [
        ("CL053", "TAG 'SAQA' is a known misspelling or concatenation; expected 'SA QA'")]


def test_the_two_country_tags_apart_are_valid():
    text = GLUED_COUNTRIES.replace("SAQA, AE", "SA, QA, AE")
    assert lint(text, ["CL052", "CL053"], path="09ABUDHABI744.txt") == []


# --- CL073: a REF naming the post with its kind --------------------------------------------------

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
