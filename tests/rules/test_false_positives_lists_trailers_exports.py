"""The classes the seed-777 audit left open (docs/precision.md, "after the seed-777 audit"), each with
a firing and a clean case built from the corpus text: a list of company entries (CL096), a post's
classified-web-site trailer after the signature (CL100), `SUBJ:` on a telegram before E.O. 12958
(CL061), an export's `header ends` / `CABLE ENDS` lines (CL114)."""

import pytest
from cables import CLASSIFIED_BY, HEADER
from conftest import CORPUS, lint, lint_body

from cablelint.parsing import parse

#: html-extract/06MEXICO6413:149-163: entries of a list of companies, each a name over `Label:
#: value` lines.
COMPANY_LIST = """1. (U) Broadcasting:

Televisa
Chairman and CEO: Emilio Azcarraga Jean
Market share: 56% of Mexico's TV stations

TV Azteca
Chairman and CEO: Ricardo Salinas Pliego
Market share: 38% of Mexico's TV stations

Cablevision (owned by Televisa)
Chairman of the Board: Emilio Azcarraga Jean
DG: Juan Paul Broc
Market share: majority of market for cable TV

ORDWAY
"""
#: html-extract/10ANKARA294: the end of the cable, the signature and the post's trailer.
ANKARA_END = """g.  But every day is a new one here, and no one can be
certain where this whole choreography will fall out of whack.
 Then, look out.
Jeffrey

           "Visit Ankara's Classified Web Site at http://www.intelink.s
gov.gov/wiki/Portal:Turkey"
"""
#: html-extract/90CAPETOWN97:22-29 (a 1990 telegram, E.O. 12356).
CAPE_TOWN_1990 = """C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097

LONDON FOR KOLKER, PARIS FOR FENDRICK

E.O. 12356:  DECL:  OADR
TAGS: PGOV PHUM SF
SUBJ:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS

1.  CONFIDENTIAL - ENTIRE TEXT.

2.  ATTORNEY ESSA MOOSA SAID HE HAD SEEN MANDELA.

BAQUET
"""


# --- CL096: a blank line between entries of a list ----------------------------------------------

def test_the_blank_line_between_company_entries_splits_no_sentence():
    assert lint_body(COMPANY_LIST, ["CL096"]) == []


def test_a_sentence_cut_after_a_field_line_is_still_a_split():
    cut = COMPANY_LIST.replace("Market share: 56% of Mexico's TV stations\n\nTV Azteca\nChairman "
                               "and CEO:",
                               "Market share: 56% of Mexico's TV stations\n\nand of its radio "
                               "stations, said the\nchairman:")
    assert [f[2] for f in lint_body(cut, ["CL096"])] == ["CL096"]


# --- CL100: the classified-web-site trailer after the signature -------------------------------

def test_a_signature_above_the_classified_web_site_trailer_is_found():
    body = "1. (C) The whole choreography.\n\n" + ANKARA_END
    assert parse(HEADER + body).signature.value == "Jeffrey"
    assert lint_body(body, ["CL100"]) == []


def test_a_signature_above_the_trailer_in_curly_quotes_is_found():
    # html-extract/09ANKARA1549 (seed 20261219 json-body audit, FP): `JEFFREY` / blank /
    # `“Visit Ankara's Classified Web Site at http://www.intelink.s gov.gov/wiki/Portal:Turkey”`
    trailer = ("JEFFREY\n\n\u201cVisit Ankara's Classified Web Site at http://www.intelink.s "
               "gov.gov/wiki/Portal:Turkey\u201d\n")
    body = "1. (C) The whole choreography.\n\n" + trailer
    assert parse(HEADER + body).signature.value == "JEFFREY"
    assert lint_body(body, ["CL100"]) == []
    flat = "1. (C) Then, look out.JEFFREY" + trailer.removeprefix("JEFFREY\n\n")
    assert lint_body(flat, ["CL100"]) == []


def test_the_trailer_on_the_flattened_line_of_a_json_record():
    """json-record/wl20101128-0175: the body decoded to one line, the trailer after the signature."""
    body = ("1. (C) Then, look out. Jeffrey             \"Visit Ankara's Classified Web Site at "
            "http://www.intelink.s gov.gov/wiki/Portal:Turkey\"\n")
    assert lint_body(body, ["CL100"]) == []


def test_a_text_ending_in_the_trailer_without_a_signature_is_still_reported():
    body = "1. (C) The whole choreography.\n\n" + ANKARA_END.replace("Jeffrey\n", "")
    assert [f[2] for f in lint_body(body, ["CL100"])] == ["CL100"]


def test_a_signature_after_a_redacted_trailer_is_kept():
    """html-extract/08MANAMA*: the trailer above the signature, inside the rules of stars."""
    body = ("1. (C) The end. ********************************************* ******** Visit Embassy "
            "Manama's Classified Website: "
            "XXXXXXXXXXXX********************************************* ******** ERELI\n")
    assert parse(HEADER + body).signature.value == "ERELI"


# --- CL061: `SUBJ:` is a label of telegrams before E.O. 12958 ---------------------------------

def test_subj_on_a_1990_telegram_is_the_label_of_its_era():
    assert lint(CAPE_TOWN_1990, ["CL061"], path="90CAPETOWN97.txt") == []


def test_subj_on_a_2009_cable_is_still_reported():
    """html-extract/09OUAGADOUGOU1158:21."""
    header = HEADER.replace("SUBJECT: A SUBJECT", "SUBJ: BURKINA FASO: A SUBJECT")
    assert [f[2] for f in lint_body("1. (C) Text.\n\nORDWAY\n", ["CL061"],
                                    header=header)] == ["CL061"]


# --- CL114: an export's header and footer lines -----------------------------------------------

def test_the_exports_header_ends_and_cable_ends_lines_are_mirror_text():
    """html-extract/08QUITO327:41 and 119."""
    header = HEADER.replace("\nC O N F I D E N T I A L",
                            "\n\n----------------- header ends ----------------\n\n"
                                                           "C O N F I D E N T I A L")
    body = ("1. (C) Text.\n\nJewell\n\n=======================CABLE "
            "ENDS============================\n")
    found = lint(header + body, ["CL114", "CL100"])
    assert [(f[2], f[3].split("'")[1]) for f in found] == [
        ("CL114", "----------------- header ends ----------------"),
        ("CL114", "=======================CABLE ENDS============================")]


def test_the_exports_header_ends_line_below_a_teasers_banner_is_mirror_text():
    """seed 20261210 web miss: html-extract/08LIMA1348:12-46 (90 corpus files): the teaser, the
    site's record, the full header, `header ends`, the full cable."""
    teaser = HEADER.split("\n\n" + CLASSIFIED_BY)[0] + "\nREF: A. LIMA 389\n     \u00b6B. LIMA ..."
    record = "\nid: 166149\ndate: 8/14/2008 20:20\nrefid: 08LIMA1348\nheader:\n"
    text = (teaser + record + HEADER.replace(
        "\n\nC O N F I D E N T I A L", "\n\n----------------- header ends ----------------"
        "\n\nC O N F I D E N T I A L", 1) + "1. (C) Text.\n\nMCKINLEY\n")
    found = lint(text, ["CL114"])
    assert [(f[2], f[3].split("'")[1]) for f in found] == [
        ("CL114", "----------------- header ends ----------------")]


def test_the_sites_database_query_under_the_signature_is_mirror_text_not_the_last_line():
    """seed 20261210 fragment FP: html-fragment/06LAPAZ3400:356-357 (also 09HARARE51)."""
    body = ("1. (C) Text. End Comment.\nGOLDBERG\nSELECT * FROM `cable` WHERE `id` = '90016' "
            "ORDER BY `date` ASC\n")
    found = lint(HEADER + body, ["CL114", "CL100"])
    assert [(f[2], f[3].split("'")[1]) for f in found] == [
        ("CL114", "SELECT * FROM `cable` WHERE `id` = ")]


def test_a_cable_without_the_export_lines_has_no_mirror_text():
    assert lint(HEADER + "1. (C) Text; the cable ends here.\n\nJewell\n", ["CL114"]) == []


# --- CL118: the closing quotation mark turned into `8`, the opening one kept or lost ----------

def test_a_quotation_closed_with_8_is_quote_damage():
    """html-fragment/08LONDON1771:25 (the opening mark intact) and json-body/09TELAVIV1184 (lost)."""
    body = ("1. (C) He said the invasion will make it difficult to institute his \u201cliberal "
            "interventionist8 policy proposals. Netanyahu should put Israel,s best face forward8 "
            "in the West Bank.\n\nORDWAY\n")
    assert [f[3] for f in lint_body(body, ["CL118"])] == [
        "Quotation marks damaged: the closing one turned into '8': 'interventionist8'",
        "Quotation marks damaged: the closing one turned into '8': 'forward8'"]


def test_anchors_codes_dates_and_entity_damage_are_no_half_damaged_quote():
    """The `id='par8'` anchors of html fragments, `Mi-8`, `(Al Ahram,8/20/2009)` (html-extract/09CAIRO1707),
    and `¬ squeamish8` (html-extract/09LONDON2581), which CL119 reports."""
    body = ("1. (C) <a id='par8' href='#par8'>\u00b6</a>8. Russia sold Mi-8 helicopters (Al "
            "Ahram,8/20/2009); they are \u00ac squeamish8 and the G8 met.\n\nORDWAY\n")
    assert lint_body(body, ["CL118"]) == []
    assert [f[2] for f in lint_body(body, ["CL119"])] == ["CL119"]


# --- CL139: a `¶` the mirror put on a number wrapped from the sentence above ------------------

#: html-extract/09BERLIN1296:62-66 (json-body/09BERLIN1296 has the same text on one line).
BERLIN_DATES = """1. (C) Source noted that the FDP was not as optimistic, and
scheduled three more plenary sessions for October 21, 22 and
23.  He noted that it is feasible that a coalition agreement could be concluded.

2. (C) The parties have agreed.

ORDWAY
"""


def test_a_date_wrapped_to_the_start_of_a_line_and_marked_is_reported():
    body = BERLIN_DATES.replace("\n23.  He", "\n\u00b623.  He")
    assert lint_body(body, ["CL139"]) == [
        (3, 1, "CL139", "'21, 22 and \u00b623.': a number wrapped from the sentence above, which "
                        "the mirror marked as a paragraph")]


@pytest.mark.skipif(not (CORPUS / "json-body" / "09BERLIN1296.txt").is_file(),
                    reason="corpus absent")
def test_the_same_text_flattened_is_reported_too():
    """json-body/09BERLIN1296: the whole cable on one line; the flattened layer breaks it before `¶23.`."""
    text = (CORPUS / "json-body" / "09BERLIN1296.txt").read_text()
    assert [f[3].split("'")[1] for f in lint(text, ["CL139"], path="09BERLIN1296.txt")] \
        == ["21, 22 and \u00b623."]


def test_unmarked_wraps_list_items_and_paragraphs_after_a_blank_are_not_reported():
    """A bare wrapped `23.` is the telegram's own line break; `; and` / `¶9.` ends an item of an
    agreement (html-extract/07ROME2438:205-206); `Concerns Section` / blank / `¶3.` is a paragraph
    after a list (html-extract/07SANJOSE1830:43-45)."""
    assert lint_body(BERLIN_DATES, ["CL139"]) == []
    items = ("\u00b68.  Joint funding of specific demonstration activities and\ndissemination of "
             "the results of such projects; and\n\u00b69.  Other such forms of "
             "cooperation.\n\nORDWAY\n")
    assert lint_body(items, ["CL139"]) == []
    after_list = ("\u00b62. (U) Attending:\n-  Linyi Baidal Sequeira, technician of the MFA "
                  "Environmental\nConcerns Section\n\n\u00b63. In addition, Ana Villalobos will "
                  "attend.\n\nORDWAY\n")
    assert lint_body(after_list, ["CL139"]) == []


def test_a_paragraph_number_wrapped_after_a_blank_line_with_text_after_it_is_reported():
    """seed 20261209 web miss (14 corpus lines): html-extract/09STATE18867 L27-29, `Please see
    paragraph` / blank / `¶6. ---------- BACKGROUND`."""
    body = ("\u00b61. (U) This is an action request. For background, please see paragraph\n\n"
            "\u00b66. ---------- BACKGROUND ----------\n\n\u00b62. (U) Posts should deliver it."
            "\n\nORDWAY\n")
    assert [f[:3] for f in lint_body(body, ["CL139"])] == [(3, 1, "CL139")]


def test_a_wrapped_paragraph_number_repeated_by_the_next_paragraph_is_reported():
    """html-extract/10TRIPOLI72 L32-36: `included in para` / blank / `¶3. (Note: ...` in its
    place in the count, but the real `3.` follows it."""
    body = ("1.(U) This is an action request; please see para 3.\n\n2.(SBU) The QDF list is "
            "included in para\n\n¶3. (Note: The QDF manages it.) The plane left.\n\n"
            "3.(SBU) Pol/Econ chief thanked Libya.\n\nCRETZ\n")
    assert [f[:3] for f in lint_body(body, ["CL139"])] == [(5, 1, "CL139")]


def test_a_marker_in_its_place_after_a_request_for_a_paragraph_is_a_paragraph():
    """The request line alone does not make the number wrapped: `¶2.` after `¶1.`, and no other
    2 after it, opens paragraph 2."""
    body = ("¶1. (U) This is an action request. Please see paragraph\n\n"
            "¶2. Posts should deliver it.\n\nORDWAY\n")
    assert lint_body(body, ["CL139"]) == []
    first = "Action request: please see para\n\n\u00b61. Embassy should deliver it.\n\nORDWAY\n"
    assert lint_body(first, ["CL139"]) == []       # a first paragraph 1 is in its place


# --- CL117: a plural possessive written with a comma ------------------------------------------

#: html-fragment/08LONDON1771:25 (shortened).
CLEGG = ("1. (SBU) Clegg briefly touched on Iraq, and reaffirmed the Liberal Democrats, position "
         "that troop levels must be drawn down. He said the invasion has severely damaged the UK,s "
         "moral authority.\n\nTUTTLE\n")


def test_a_plural_possessive_with_a_comma_is_reported_in_a_cable_with_comma_apostrophes():
    assert [f[3] for f in lint_body(CLEGG, ["CL117"])] == [
        "'Democrats, position': a comma for an apostrophe", "'UK,s': a comma for an apostrophe"]


def test_a_comma_after_a_plural_is_no_apostrophe_when_ambiguous():
    """html-extract/09ISLAMABAD365 (`the Frontier Corps, support a ...`: a verb), 09BUENOSAIRES794
    (`the Kirchners, those that`), and a cable without `X,s` damage."""
    body = CLEGG.replace("UK,s", "UK's") + (
        "2. (C) Embedding observers with the Frontier Corps, support a prioritized request; "
        "aligned with the Kirchners, those that oppose them.\n")
    assert lint_body(body, ["CL117"]) == []
    damaged = body.replace("UK's", "UK,s").replace("the Liberal Democrats, position",
                                                   "the Liberals")
    assert [f[3] for f in lint_body(damaged, ["CL117"])] == ["'UK,s': a comma for an apostrophe"]
