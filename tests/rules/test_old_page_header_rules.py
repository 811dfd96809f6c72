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


# --- CL073, CL090, CL100: an old telegram's page header glued before the next page's text -------
# seed 20261205 audit: docs/precision/seed20261205/ (html-fragment/02ROME1196, the same cable in
# html-extract; html-extract/01VATICAN5693)

#: html-extract/02ROME1196, the paragraphs cut short: each page header lost the line break after
#: it, so REF items B-E and ¶3 run on after a header; the cable is signed, the page foot, the
#: OASYS quote mark and the archive footer after the signature.
GLUED_PAGE_HEADERS = """C O N F I D E N T I A L SECTION 01 OF 02 ROME 001196
SIPDIS
DEPARTMENT FOR EUR/WE, EUR/PPD AND DRL
EO 12958 DECL: 03/05/2007
TAGS PHUM, OPRC, IT
SUBJECT: AS PREDICTED, ITALY'S HUMAN RIGHTS REPORT
GENERATES FODDER FOR DOMESTIC POLITICAL MILLS
REF: A. STATE 40721
 CONFIDENTIAL
PAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098  C. ROME 894  D. MYRIAD POST-DEPARTMENT E-MAILS FROM 10/01-02/02  E. ROME 348
CLASSIFIED BY: POL MINCOUNS THOMAS COUNTRYMAN, REASONS 1.5 (B) AND (D).
¶1. (C) SUMMARY: AS POST PREDICTED, THE U.S. COUNTRY REPORT FOR ITALY PROVIDED IMMEDIATE GRIST.
¶2. (SBU) POLOFF DELIVERED THE ITALY HUMAN RIGHTS REPORT TO MFA NORTH AMERICA OFFICE DIRECTOR.
 CONFIDENTIAL
PAGE 03 ROME 01196 01 OF 02 082030Z 3. (SBU) AS WE HAD PREDICTED (REFS B, C, AND D), THE ITALIAN PRESS HAD A FIELD DAY.
¶4. (C) OUR MFA INTERLOCUTORS MADE CLEAR THEIR DISSATISFACTION WITH THE REPORT.
¶5. (C) COMMENT: WE DO NOT WANT TO SEE AN ALREADY DELICATE SITUATION, AND WE JUST HANDED THEM SOME NEW ONES. POPE
 CONFIDENTIAL
>  2002ROME01196 - Classification: CONFIDENTIAL
"""


def test_refs_after_a_glued_page_header_are_items_of_their_own():
    assert lint(GLUED_PAGE_HEADERS, ["CL073"]) == []
    assert [f[:3] for f in lint(GLUED_PAGE_HEADERS, ["CL026"])] == [
        (10, 1, "CL026"), (15, 1, "CL026")]


def test_a_misspelt_station_after_a_glued_page_header_is_still_unresolvable():
    cable = GLUED_PAGE_HEADERS.replace("B. ROME 1098", "B. ROMME 1098")
    assert [f[:3] for f in lint(cable, ["CL073"])] == [(10, 38, "CL073")]


def test_a_paragraph_after_a_glued_page_header_is_counted():
    assert lint(GLUED_PAGE_HEADERS, ["CL090"]) == []


def test_a_number_skipped_after_a_glued_page_header_is_still_a_gap():
    cable = GLUED_PAGE_HEADERS.replace("082030Z 3. (SBU)", "082030Z 4. (SBU)")
    assert [f[:3] for f in lint(cable, ["CL090"])] == [(15, 37, "CL090")]


def test_the_archive_footer_after_the_oasys_quote_mark_is_no_last_line_of_text():
    assert lint(GLUED_PAGE_HEADERS, ["CL100"]) == []


def test_an_unsigned_cable_with_the_archive_footer_still_lacks_its_signature():
    cable = GLUED_PAGE_HEADERS.replace(" NEW ONES. POPE", " NEW ONES.")
    assert [f[2] for f in lint(cable, ["CL100"])] == ["CL100"]


#: html-extract/01VATICAN5693 L61-66: the last page's header printed at the foot, under the signer.
PAGE_HEADER_UNDER_SIGNER = """¶1. (C) THE CURRENT MILITARY ACTIVITY IS NOT DIRECTED AGAINST AFGHANS OR ISLAM.

¶2. (C) THE OFFICE OF THE SOUTH ASIA BUREAU AFGHANISTAN COORDINATOR HAS CLEARED THIS CABLE. NICHOLSON
                       CONFIDENTIAL
PAGE 04        VATICA  05693  02 OF 02  021700Z
                       CONFIDENTIAL
>
 2001VATICA05693 - Classification: CONFIDENTIAL "
"""


def test_an_old_page_header_under_the_signer_is_the_page_foot():
    assert lint_body(PAGE_HEADER_UNDER_SIGNER, ["CL100"]) == []


def test_an_unsigned_text_above_an_old_page_header_still_lacks_its_signature():
    body = PAGE_HEADER_UNDER_SIGNER.replace("THIS CABLE. NICHOLSON", "THIS CABLE.")
    assert [f[2] for f in lint_body(body, ["CL100"])] == ["CL100"]
