"""The false-positive classes of the seed-57721 audit of the web layouts (html-extract,
html-extract-early, html-extract-2011, html-fragment; docs/precision/seed57721/), each with the
cable text that showed it and a case where the rule must still fire."""

from cables import BELOW_HEADER, HEADER, header_with
from conftest import lint, lint_body

# --- CL090, CL062, CL028: line breaks written as U+2028 LINE SEPARATOR -------------------------

#: html-extract/08MEXICO886 L22-34 (shortened): the page's line breaks inside a paragraph are
#: U+2028, and so are those before the markers the mirror did not mark with a pilcrow.
LS = "\u2028"
SEPARATED_PARAGRAPHS = (
    f"{LS}1. (U) Summary. The death of at least four Mexican nationals {LS}during the recent"
    " Colombian attack.\n\n"
    f"{LS}{LS}2. (U) Five Mexican nationals were present at the FARC camp {LS}in Ecuador.\n\n"
    f"{LS}{LS}3. (C) Given FARC's historical presence in mexico, questions {LS}are reasonable.\n\n"
    "¶4. (U) The office's principal reportedly relocated to Cuba \n\n"
    f"{LS}{LS}5. (S/NF) CISEN officials, however, have discounted such {LS}links.\n\n"
    "¶6. (C) ICE, ATF and DEA do not have any open cases involving \n\n"
    "SMITH\n")
SEPARATED_HEADER = BELOW_HEADER.replace("SUBJECT:", f"{LS}SUBJECT:").replace(
    "\n\nClassified By:", f" {LS}{LS}Classified By:")


def test_paragraphs_after_line_separators_are_found():
    findings = lint(SEPARATED_HEADER + SEPARATED_PARAGRAPHS, ["CL090", "CL062", "CL028"])
    assert findings == []


def test_the_markers_after_line_separators_lack_the_pilcrow_the_others_have():
    findings = lint(SEPARATED_HEADER + SEPARATED_PARAGRAPHS, ["CL092"])
    assert [column for _, column, *_ in findings] == [2, 3, 3, 3]      # after the separators
    assert {f[3] for f in findings} == {"Paragraph marker written 'N. (M)' where the standard is"
                                        " '¶N. (M)'"}


def test_a_paragraph_missing_after_line_separators_is_still_reported():
    text = SEPARATED_HEADER + SEPARATED_PARAGRAPHS.replace(f"{LS}{LS}2. (U)", f"{LS}{LS}(U)")
    assert [f[3] for f in lint(text, ["CL090"])] == ["Paragraph 3 where 2 was expected"]


# --- CL055: multi-word tags merged as CL052 merges them -----------------------------------------

#: html-extract/06TELAVIV145 L12: two free-text tags that share their first word.
TWO_GOI_TAGS = ("TAGS: PREL PGOV IR IS KPAL PINR ELECTIONS GOI INTERNAL ISRAELI PALESTINIAN "
                "AFFAIRS GOI EXTERNAL")



def test_two_multi_word_tags_sharing_a_word_repeat_no_tag():
    assert lint(header_with(tags=TWO_GOI_TAGS), ["CL055"]) == []


def test_a_multi_word_tag_written_twice_is_still_a_repeat():
    repeated = TWO_GOI_TAGS.replace("GOI EXTERNAL", "GOI INTERNAL")
    findings = lint(header_with(tags=repeated), ["CL055"])
    assert [f[3] for f in findings] == ["TAG 'GOI INTERNAL' repeats the one on line 6"]


# --- CL025: the page count after withheld text ----------------------------------------------------

#: html-extract-early/08PARIS1698 L76-84 and L121-127 (shortened): an 'XXXXXXXXXXXX' line stands
#: for withheld text, and the page lines 002-008 went with it.
PARIS_HEADER = HEADER.replace("SECTION 01 OF 02 ASTANA 000604", "SECTION 01 OF 09 PARIS 001698")
PAGES_WITHHELD = """1. (C) SUMMARY: France's new Africa policy may have its
most immediate impact on France's military presence in
Africa. Post welcomes comments from colleagues at U.S. missions in Africa.

XXXXXXXXXXXX

Conclusion
----------

2. (C) That would be a loss for everyone -- French, Africans, and
Americans."

PARIS 00001698 009 OF 009

STAPLETON
"""


def test_a_page_count_after_withheld_text_is_not_judged():
    assert lint(PARIS_HEADER + PAGES_WITHHELD, ["CL025"]) == []


def test_a_name_redacted_at_the_end_of_a_line_withholds_no_pages():
    """html-extract/06MOSCOW5740 L73-75: the redaction begins the next sentence."""
    text = PARIS_HEADER + PAGES_WITHHELD.replace("XXXXXXXXXXXX\n\n", "").replace(
        "missions in Africa.", "missions in Africa. XXXXXXXXXXXX\nagreed, saying that the balance"
        " of power was of great importance.")
    assert [f[2] for f in lint(text, ["CL025"])] == ["CL025"]


def test_the_same_page_count_without_withheld_text_is_still_reported():
    text = PARIS_HEADER + PAGES_WITHHELD.replace("XXXXXXXXXXXX\n\n", "")
    assert [f[3] for f in lint(text, ["CL025"])] == [
        "Page-break line 'PARIS 00001698 009 OF 009': the first page break is page 009;"
        " expected 001 or 002"]


# --- CL082 / CL083: a reason section mistyped with a slash ----------------------------------------

#: html-extract-early/09STATE15113 L28 (the Classified By, shortened).
SLASHED_REASON = "Classified by S/CT DAS, Susan F. Burk, Reason: 1/4 (B), (D), (E), and (G)"



def test_a_slash_for_the_period_of_the_section_is_a_mistyped_reason_not_none():
    findings = lint(header_with(classified_by=SLASHED_REASON), ["CL082", "CL083"])
    assert [(f[2], f[3]) for f in findings] == [
        ("CL083", "Classification reason is not written in the standard form: section written"
                  " '1/4' instead of '1.4'; no closing period")]


def test_a_date_after_the_reason_word_is_still_no_section():
    line = SLASHED_REASON.replace("1/4 (B), (D), (E), and (G)", "1/4/09")
    assert [f[2] for f in lint(header_with(classified_by=line), ["CL082"])] == ["CL082"]


# --- CL117: a comma for the apostrophe in a text written in capitals (a gap) ----------------------

#: html-extract/10DOHA60 L46-50 (shortened).
CAPITALS_WITH_COMMAS = """¶12. (S) A SUBSEQUENT FBI INVESTIGATION REVEALED THAT THE MEN,S PLANE
TICKETS WERE PAID FOR BY A CONVICTED TERRORIST.

¶13. (SBU) MR. AL MANSOORI,S VISA WAS REVOKED AFTER THIS INFORMATION CAME TO LIGHT.

¶14. (SBU) DOHA,S VISAS VIPER COORDINATOR IS CONSULAR OFFICER GRANT GUTHRIE, S/CONS.

LEBARON
"""


def test_a_comma_apostrophe_in_capitals_is_reported():
    findings = lint_body(CAPITALS_WITH_COMMAS.replace("¶", ""), ["CL117"])
    assert [f[3] for f in findings] == [f"'{word},S': a comma for an apostrophe"
                                        for word in ("MEN", "MANSOORI", "DOHA")]


def test_capitals_with_apostrophes_and_a_comma_before_a_word_are_clean():
    body = CAPITALS_WITH_COMMAS.replace(",S ", "'S ").replace("¶", "")
    assert lint_body(body, ["CL117"]) == []


# --- CL096: the SUBJECT a page repeats under its page-break line ----------------------------------

#: html-fragment/09BAKU478 L74-86 (shortened; the page break is the frame's station and serial).
PAGE_REPEATS_SUBJECT = """3. (C) He claimed that these practices,
combined with high unemployment, perceived discrimination,

ASTANA 00000604 002.2 OF 002

SUBJECT: IRAN VIEW FROM BAKU: VIOLENCE IN BALUCHISTAN REDUCING BORDER SECURITY

and few government services, has increased anger among
Baluchis, and identification of the central government as an
"enemy."

ORDWAY
"""


def test_the_subject_a_page_repeats_is_part_of_its_page_break():
    assert lint_body(PAGE_REPEATS_SUBJECT, ["CL096"]) == []


def test_a_sentence_cut_by_a_blank_line_after_the_page_header_is_still_a_split():
    body = PAGE_REPEATS_SUBJECT.replace("among\n", "among\n\n")
    assert [f[3] for f in lint_body(body, ["CL096"])] == [
        "Blank line in the middle of a sentence: '... government services, has increased anger"
        " among' continues after it"]
