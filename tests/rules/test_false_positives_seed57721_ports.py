"""The false-positive classes of the seed-57721 audit of the JSON and PDF layouts and the cables
before 1995 (docs/precision/seed57721/), each with the cable text that showed it and a case where
the rule must still fire."""

from cables import EO, TAGS, cable, replaced
from conftest import lint, lint_body

from cablelint.container.flat import reline_body

# --- CL026: a flattened page line whose station is cut to ten characters -----------------------

#: json-body/09UNVIEVIENNA540, its start and the first page break (shortened).
UNVIE_FLAT = (
    "S E C R E T SECTION 01 OF 05 UNVIE VIENNA 000540  SIPDIS  E.O. 12958: DECL: 12/01/2019 "
    "TAGS: PREL KNNP AORC IR SY KN IN SUBJECT: STAFFDEL KESSLER EXAMINES IRAN, SYRIA, AND "
    "MULTILATERAL VIENNA'S FRUSTRATING NAM DYNAMIC  Classified By: Mark Scheland, Counselor for "
    "Nuclear Policy; reasons 1.4  (b) and (d)  ¶1.  (S) Summary: HFAC staffers Richard Kessler "
    "and David Fite received from IAEA Secretariat November 10 information on the Iran case.  "
    "¶2.  (S) "
    "STAFFDEL had a working lunch with P5-plus-1 heads of mission focused on Iran and the dynamics "
    "of multilateral  UNVIE VIEN 00000540  002 OF 005   diplomacy in Vienna.  ¶3.  (SBU) IAEA "
    "Safeguards Department Operations B briefed the STAFFDEL.  SCHULTE")


def test_a_flattened_page_line_with_the_station_cut_to_ten_characters_is_a_page_break():
    assert lint(UNVIE_FLAT, ["CL026"]) == []


def test_page_break_text_naming_another_station_is_still_inline():
    text = UNVIE_FLAT.replace("UNVIE VIEN 00000540", "BUENOS AIR 00000118")
    assert [f[2] for f in lint(text, ["CL026"])] == ["CL026"]


# --- CL090 -> CL092: `2 (C) The`, a paragraph number whose period was lost -----------------------

#: json-record/wl20101128-0140, with its line breaks back (shortened).
PERIOD_LOST = """¶1. (C) SUMMARY: Oppositionist hopes that Iran's clerical class would mobilize
appear sharply diminished. END SUMMARY.

Assembly of Experts: A 'Deliberative' Body

2 (C) The Majles-e Khobregan, or Assembly of Experts (AOE), is a Constitutionally-mandated
deliberative body composed of 86 directly-elected senior clerics.

¶3. (C) The Assembly is currently chaired by Ayatollah Ali Akbar Hashemi Rafsanjani.

EYER
"""


def test_a_number_whose_period_was_lost_is_a_damaged_marker_not_a_gap():
    found = lint_body(PERIOD_LOST, ["CL090", "CL092"])
    assert [(f[0], f[2], f[3]) for f in found] == [
        (6, "CL092", "Paragraph marker written 'N (M)' where the standard is '¶N. (M)'")]


def test_a_paragraph_missing_from_the_numbers_is_still_a_gap():
    body = PERIOD_LOST.replace("2 (C) The Majles", "The Majles")
    assert [f[2] for f in lint_body(body, ["CL090"])] == ["CL090"]


def test_the_flattened_text_breaks_its_line_before_the_damaged_marker():
    flat = " ".join(line for line in PERIOD_LOST.splitlines() if line)
    text, _, _ = reline_body(flat)
    assert "\n2 (C) The Majles" in text


#: html-extract/04WELLINGTON641 L15-16: the reason section wrapped after its `1.`.
WRAPPED_REASON = """Classified By: Pol/Econ Counselor, Timothy Zuniga-Brown, for reasons 1.
5 (B/D)

1. (C) Summary: Prime Minister Clark told the Ambassador the government would not change course.

ORDWAY
"""


def test_a_wrapped_reason_section_is_no_paragraph_whose_period_was_lost():
    rules = ["CL082", "CL090", "CL092", "CL095"]
    assert lint(cable(classified_by=None, body=WRAPPED_REASON), rules) == []


#: html-extract/07DUBAI355 L197-222 (shortened): every marker `N.(M)`, one lost its period.
ONE_PERIOD_LOST = """14.(SBU) MbR indicated that Dubai has succeeded because it is a
place where all people can enjoy health, wealth, security, and the opportunity to succeed.

15 (SBU) He also called for more US universities in Dubai.

16.(U) Senator Lieberman has cleared this cable.
SUTPHIN
"""


def test_a_marker_that_lost_its_period_does_not_make_the_others_mixed():
    found = lint_body(ONE_PERIOD_LOST, ["CL092"])
    assert [(f[0], f[3]) for f in found] == [
        (4, "Paragraph marker written 'N (M)' where the standard is 'N. (M)'")]


def test_a_standard_marker_still_shows_the_others_mixed():
    body = ONE_PERIOD_LOST.replace("15 (SBU)", "15. (SBU)")
    assert [f[0] for f in lint_body(body, ["CL092"])] == [1, 6]


# --- CL052: the Honduras task-force TAG is seen in real cables, not unknown ---------------------

#: json-record/wl20101128-0154 (json-body/09TEGUCIGALPA645), its TAGS line.
TASK_FORCE_TAGS = "TAGS: PGOV KDEM KJUS TFH01 HO"


def test_the_task_force_tag_is_reported_as_seen_but_unverified():
    text = replaced(TAGS, TASK_FORCE_TAGS)
    assert [(f[2], f[3]) for f in lint(text, ["CL052", "CL142"])] == [
        ("CL142", "TAG 'TFH01' was seen in real cables but is not a verified TAGS code")]


def test_a_tag_seen_nowhere_is_still_unknown():
    text = replaced(TAGS, TASK_FORCE_TAGS.replace("TFH01", "TFQ07"))
    assert [f[3] for f in lint(text, ["CL052"])] == [
        "TAG 'TFQ07' is in none of the TAGS lists (subject, program, geographic, organization)"]


# --- CL041: `DNG: CO <date>`, the downgrading instruction of E.O. 12958 -------------------------

#: html-extract/08MADRID294 L21 (and 8 more cables of 2006-2009, SECRET ones downgraded to
#: CONFIDENTIAL on the date).
DOWNGRADE = "E.O. 12958: DNG: CO 03/06/2018"


def test_a_downgrading_instruction_is_a_standard_eo_line():
    assert lint(replaced(EO, DOWNGRADE), ["CL041"]) == []


def test_a_downgrading_instruction_without_its_level_is_still_malformed():
    assert [f[2] for f in lint(replaced(EO, "E.O. 12958: DNG 03/06/2018"), ["CL041"])] == ["CL041"]
