"""The false-positive classes of the seed-57721 audit of the JSON and PDF layouts and the cables
before 1995 (docs/precision/seed57721/), each with the cable text that showed it and a case where
the rule must still fire."""

from conftest import lint

# --- CL026: a flattened page line whose station is cut to ten characters -----------------------

#: json-body/09UNVIEVIENNA540, its start and the first page break (shortened).
UNVIE_FLAT = (
    "S E C R E T SECTION 01 OF 05 UNVIE VIENNA 000540  SIPDIS  E.O. 12958: DECL: 12/01/2019 "
    "TAGS: PREL KNNP AORC IR SY KN IN SUBJECT: STAFFDEL KESSLER EXAMINES IRAN, SYRIA, AND "
    "MULTILATERAL VIENNA'S FRUSTRATING NAM DYNAMIC  Classified By: Mark Scheland, Counselor for "
    "Nuclear Policy; reasons 1.4  (b) and (d)  ¶1.  (S) Summary: HFAC staffers Richard Kessler and "
    "David Fite received from IAEA Secretariat November 10 information on the Iran case.  ¶2.  (S) "
    "STAFFDEL had a working lunch with P5-plus-1 heads of mission focused on Iran and the dynamics "
    "of multilateral  UNVIE VIEN 00000540  002 OF 005   diplomacy in Vienna.  ¶3.  (SBU) IAEA "
    "Safeguards Department Operations B briefed the STAFFDEL.  SCHULTE")


def test_a_flattened_page_line_with_the_station_cut_to_ten_characters_is_a_page_break():
    assert lint(UNVIE_FLAT, ["CL026"]) == []


def test_page_break_text_naming_another_station_is_still_inline():
    text = UNVIE_FLAT.replace("UNVIE VIEN 00000540", "BUENOS AIR 00000118")
    assert [f[2] for f in lint(text, ["CL026"])] == ["CL026"]
