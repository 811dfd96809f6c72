"""An old telegram's page header on a line of its own, between the halves of a sentence, above
the Classified By reason or under the REF line: not a split (CL096), not the end of the reason
(CL082), not a REF item (CL073)."""

from conftest import lint, lint_body


# --- CL096, CL082, CL073: an old telegram's page header on a line of its own ---------------------
# seed 16180 web audit: docs/precision/seed16180/SUMMARY-web.md

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
