"""The false-positive classes of the seed-16180 audit of the web layouts (html-extract,
html-extract-early, html-extract-2011, html-fragment; docs/precision/seed16180/), each with the
cable text that showed it and a case where the rule must still fire."""

from cables import BELOW_HEADER, NOTICE
from conftest import lint, lint_body

# --- CL096: the blank line that came with a SIPDIS cut into a sentence -------------------------

#: html-fragment/05PARIS4749 L51-60 (shortened): CL032 reports the caption; the blank line before
#: it is the same damage.
SIPDIS_IN_SENTENCE = """4. (C) Prime Minister Raffarin announced on May 3 the
long-rumored commencement of a GOF "white paper" on internal
security and terrorism.  The report will be written by the General
Secretariat for National Defense (SGDN) in conjunction with

SIPDIS
the Ministry of Interior, and will be given to President Chirac.

ORDWAY
"""


def test_the_blank_line_of_a_sipdis_cut_into_a_sentence_is_no_split():
    assert [f[2] for f in lint_body(SIPDIS_IN_SENTENCE, ["CL096", "CL032"])] == ["CL032"]


def test_a_blank_line_cutting_a_sentence_without_a_caption_is_still_a_split():
    body = SIPDIS_IN_SENTENCE.replace("SIPDIS\n", "")
    assert [f[2] for f in lint_body(body, ["CL096"])] == ["CL096"]


# --- CL096: a quoted note closed by its placeholder, then `End text` ----------------------------

#: html-extract/09STATE50240 L86-90.
CLOSING_THEN_END_TEXT = """2. (SBU) Begin text:

The Embassy hopes that this information will be of assistance
to the Ministry. (Complimentary closing)

End text

CLINTON
"""


def test_end_text_after_a_closing_bracket_is_no_split():
    assert lint_body(CLOSING_THEN_END_TEXT, ["CL096"]) == []


def test_a_sentence_going_on_after_the_bracket_is_still_a_split():
    body = CLOSING_THEN_END_TEXT.replace("End text", "ends the note and asks for a reply.")
    assert [f[2] for f in lint_body(body, ["CL096"])] == ["CL096"]


# --- CL096, CL082, CL073: an old telegram's page header on a line of its own ---------------------

#: html-extract/07PARIS170 L48-57: the page header and the blank lines around it are a page break.
PAGE_HEADER_IN_SENTENCE = """2. (S)  FIRST OF ALL THE FACTS, AS WE KNOW THEM AND AS
CONVEYED TO AMBASSADOR STAPLETON BY ARAUD.  CHIRAC FAVORED
ENLISTING IRAN IN AN EFFORT TO BREAK THE STALEMATE IN
LEBANON.  TO THIS END, THE PRESIDENCY PROPOSED SENDING
FOREIGN MINISTER DOUSTE-BLAZY TO TEHRAN TO SOUND OUT THE



PAGE 03 RUEHFRA0170 S E C R E T
IRANIANS ON THEIR PLAYING A CONSTRUCTIVE ROLE IN LEBANON.

STAPLETON
"""


def test_an_old_page_header_between_two_halves_of_a_sentence_is_no_split():
    assert lint_body(PAGE_HEADER_IN_SENTENCE, ["CL096"]) == []


def test_the_same_sentence_cut_without_a_page_header_is_still_a_split():
    body = PAGE_HEADER_IN_SENTENCE.replace("PAGE 03 RUEHFRA0170 S E C R E T\n", "")
    assert [f[2] for f in lint_body(body, ["CL096"])] == ["CL096"]


#: html-extract/07PARIS170 L14-35: the reason follows the old page header.
REASON_AFTER_PAGE_HEADER = """S E C R E T PARIS 000170

SIPDIS

E.O. 12958: DECL: 01/17/2017
TAGS: FR IR LE PGOV PREL
SUBJECT: CHIRAC'S ENVOY TO IRAN -- WHAT'S PROMPTING THIS


CLASSIFIED BY: POLITICAL MINISTER-COUNSELOR JOSIAH ROSENBLATT, REASONS



PAGE 02 RUEHFRA0170 S E C R E T
1.4 (B) AND (D).

1. (S)  LE MONDE'S JAN. 17 EDITION RAN A FRONT-PAGE STORY.

STAPLETON
"""


def test_a_reason_after_an_old_page_header_is_the_classified_by_reason():
    assert lint(REASON_AFTER_PAGE_HEADER, ["CL082"]) == []


def test_a_classified_by_without_a_reason_is_still_reported():
    text = REASON_AFTER_PAGE_HEADER.replace("1.4 (B) AND (D).", "THE DEPARTMENT IS INFORMED.")
    assert [f[2] for f in lint(text, ["CL082"])] == ["CL082"]


#: html-fragment/00HARARE5461 L16-19 (markup left out): the page header under the REF line.
REF_ABOVE_PAGE_HEADER = REASON_AFTER_PAGE_HEADER.replace(
    "\n\nCLASSIFIED BY: POLITICAL MINISTER-COUNSELOR JOSIAH ROSENBLATT, REASONS\n\n\n\n"
    "PAGE 02 RUEHFRA0170 S E C R E T\n1.4 (B) AND (D).\n",
    "\nREF: PARIS 5346  CONFIDENTIAL\nPAGE 02 PARIS 05461 01 OF 02 271458Z\n\n"
    "CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).\n")


def test_an_old_page_header_under_the_ref_line_is_no_ref_item():
    assert lint(REF_ABOVE_PAGE_HEADER, ["CL073"]) == []


def test_a_ref_item_of_an_unknown_station_is_still_reported():
    text = REF_ABOVE_PAGE_HEADER.replace("REF: PARIS 5346", "REF: PARIX 5346")
    assert [f[2] for f in lint(text, ["CL073"])] == ["CL073"]


# --- CL093: a heading paragraph whose items carry the portion marks ------------------------------

#: html-fragment/10CAIRO233 L17-29 (markup left out): Cairo's `KEY POINTS` paragraphs.
KEY_POINTS = """1. KEY POINTS



-- (C) In January 12-14 meetings, A/S Posner urged the GOE to hold
accountable those responsible for the January 6 Naga Hamadi
sectarian killings.

-- (C) Senior Interior Ministry and MFA officials said the
perpetrators would be tried and convicted.

2. (C) A/S Posner met Minister of Legal Affairs Shehab.

SCOBEY
"""


def test_a_heading_whose_items_carry_the_marks_is_marked():
    assert lint_body(KEY_POINTS, ["CL093"]) == []
    # html-extract/09CAIRO945 L24: the heading and the first item on one line.
    inline = KEY_POINTS.replace("1. KEY POINTS\n\n\n\n-- (C)", "1. Key Points: -- (C)")
    assert lint_body(inline, ["CL093"]) == []


def test_a_heading_whose_items_carry_no_marks_is_still_reported():
    body = KEY_POINTS.replace("-- (C) ", "-- ")
    assert [f[:3] for f in lint_body(body, ["CL093"])] == [(1, 1, "CL093")]


def test_a_marked_item_after_the_paragraphs_own_text_does_not_mark_it():
    own_text = "1. Posner's visit came at a sensitive time for the government, weeks after"
    body = KEY_POINTS.replace("1. KEY POINTS", own_text)
    assert [f[:3] for f in lint_body(body, ["CL093"])] == [(1, 1, "CL093")]


# --- CL021, CL040: the site's date line glued to a header line glued together -------------------

#: html-extract/05TELAVIV4403 L1-5 (¶1 shortened).
GLUED_HEADER = NOTICE + """
Cable dated:2005-07-15T15:24:00S E C R E T SECTION 01 OF 03 TEL AVIV 004403SIPDISE.O. 12958: \
DECL: 07/14/2015 TAGS: PREL KWBG KPAL PTER IS

1. (S) Summary: Israel suffered three attacks within the span of one hour. End summary.

JONES
"""


def test_the_sites_date_line_and_a_glued_eo_line_are_read_as_such():
    assert lint(GLUED_HEADER, ["CL021", "CL040"], path="05TELAVIV4403.txt") == []


def test_the_sites_date_line_dates_the_cable():
    from cablelint.engine import read_cable
    cable, extraction = read_cable(GLUED_HEADER, "05TELAVIV4403.txt")
    assert cable.traces.metadata.created.value == "2005-07-15T15:24:00"
    assert cable.eo.decl.value == "07/14/2015" and cable.banner.raw.span.line == 4
    assert extraction.text.split("\n")[3].startswith("S E C R E T")


def test_other_text_glued_before_the_banner_and_a_missing_eo_line_are_still_reported():
    text = GLUED_HEADER.replace("Cable dated:2005-07-15T15:24:00", "Cable dated: see below ")
    text = text.replace("SIPDISE.O. 12958: DECL: 07/14/2015 ", "SIPDIS ")
    found = lint(text, ["CL021", "CL040"], path="05TELAVIV4403.txt")
    assert [f[2] for f in found] == ["CL021", "CL040"]


# --- CL040, CL041: an E.O. label written with a zero -------------------------------------------

#: html-fragment/09BERLIN485 L11.
ZERO_FOR_O = BELOW_HEADER.replace("E.O. 12958: DECL: ", "E.0. 12958: DECL: ")


def test_an_eo_label_with_a_zero_is_a_malformed_line_not_a_missing_one():
    found = lint(ZERO_FOR_O + "1. (C) Text.\n\nORDWAY\n", ["CL040", "CL041"])
    assert [f[2] for f in found] == ["CL041"]


# --- CL017: the site's date line under the transmission header is no addressee line ---------------

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
