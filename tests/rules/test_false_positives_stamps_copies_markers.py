"""False-positive classes of the precision audit (docs/precision.md), each from real corpus text:
archival declassification stamps (class 4), `DECLASSIFIED BY` (5), spurious paragraph markers and
damaged portion marks (8), second copies (9), a `Summary` caption (10), a Classified By reason after a
blank line or a derivative classification (13), bibliography entries and page breaks (14), free-text
TAGS and `TAGS` without a colon."""

from cables import HEADER
from conftest import lint, lint_body

from cablelint.parsing import parse

#: html-extract/66BUENOSAIRES2481 (shortened): a 1966 telegram as NARA released it.
BUENOS_AIRES_1966 = """P R 281848Z DEC 66
FM AMEMBASSY BUENOS AIRES
TO SECSTATE WASHDC PRIORITY
STATE GRNC

UNCLASSIFIED BUENOS AIRES 2481

Original Telegram was Confidential but has since been
de-classified

E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009
TAGS: EFIS PBTS AR
SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS

REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966


1.  PRESS REPORTS AND VARIETY EMBASSY SOURCES CONFIRM
THAT THE GOA IS STUDYING A DRAFT LAW.
SACCIO
"""
#: html-extract-2011/72TEHRAN5055 (shortened) with the review stamp of 75TEHRAN2069 as footer.
TEHRAN_1972 = """R 220927Z AUG 72
FM AMEMBASSY TEHRAN
TO SECSTATE WASHDC 9461

UNCLASSIFIED TEHRAN 5055

E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006
TAGS: IR PTER
SUBJECT: CONTINUING TERRORIST VIOLENCE

1. FOLLOWING ASSASSINATION OF GENERAL SAID TAHERI, BOMBING AND OTHER
TERRORIST ACTIVITIES HAVE CONTINUED TO INCREASE.


HELMS

Declassified/Released US Department of State EO
Systematic Review 05 JUL 2006
"""
EO_RULES = ["CL040", "CL041", "CL042", "CL043", "CL044", "CL045", "CL046", "CL047"]


# --- class 4: archival declassification stamps -------------------------------------------------

def test_a_release_stamp_is_not_the_eo_line():
    cable = parse(TEHRAN_1972)
    assert cable.eo is None
    assert [s.value for s in cable.traces.declassification_stamps] == [
        "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006",
        "Declassified/Released US Department of State EO", "Systematic Review 05 JUL 2006"]
    assert lint(TEHRAN_1972, EO_RULES) == []
    assert lint(BUENOS_AIRES_1966, EO_RULES) == []


def test_a_release_stamp_as_footer_does_not_hide_the_signature():
    assert parse(TEHRAN_1972).signature.value == "HELMS"
    assert lint(TEHRAN_1972, ["CL100"]) == []


def test_the_cables_own_eo_line_is_still_judged():
    text = TEHRAN_1972.replace("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006",
                               "E.O. 12958: N/A")
    assert [f[2] for f in lint(text, ["CL042"])] == ["CL042"]
    # Without the stamp the 1972 cable has no E.O. line, which E.O. 11652 required only from
    # 1973-03-01.
    unstamped = TEHRAN_1972.replace("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006\n", "")
    assert lint(unstamped, ["CL040"]) == []
    assert [f[2] for f in lint(unstamped.replace("AUG 72", "AUG 74"), ["CL040"])] == ["CL040"]


def test_a_stamp_inside_flattened_text_is_found():
    flat = " ".join(BUENOS_AIRES_1966.split("\n")) + " " + "TEXT " * 400
    cable = parse(flat)
    assert cable.source.flattened and cable.eo is None
    stamp = cable.traces.declassification_stamps[0]
    assert stamp.value.startswith("E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009")


# --- class 5: CLASSIFIED BY inside DECLASSIFIED BY -------------------------------------------

def test_declassified_by_is_not_a_classified_by_line():
    assert parse(BUENOS_AIRES_1966).classified_by is None
    assert lint(BUENOS_AIRES_1966, ["CL081", "CL082"]) == []


def test_a_classified_by_glued_to_a_caption_is_still_found():
    """Flattened text glues words (`SIPDISClassified By:`, json-body); only `DE` before it is excluded."""
    text = HEADER.replace("SIPDIS\n\nE.O.",
                          "SIPDISClassified By: DCM Kevin Milas.\n\nE.O.").replace(
        "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).\n\n", "")
    assert [f[2] for f in lint(text + "1. (C) Text.\n\nORDWAY\n", ["CL082"])] == ["CL082"]


# --- class 13: the reason after a blank line; derivative classification ----------------------

def test_a_reason_after_a_blank_line_belongs_to_the_classified_by():
    """html-extract/05SAOPAULO1158:15-17."""
    header = HEADER.replace("Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).",
                            "Classified By: ACTING CONSUL GENERAL ARNOLD VELA. REASON:\n\nE.O. "
                            "12958, 1.4(D)")
    assert lint_body("1. (C) Summary: text.\n\nORDWAY\n", ["CL082", "CL041"], header=header) == []
    assert parse(header + "1. (C) Text.\n").classified_by.letters == ("d",)


def test_a_missing_reason_is_still_reported_when_a_paragraph_follows_the_blank():
    header = HEADER.replace("Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).",
                            "Classified By: ACTING CONSUL GENERAL ARNOLD VELA.")
    assert [f[2] for f in lint_body("1. (C) Summary: 1.4 million people.\n\nORDWAY\n", ["CL082"],
                                    header=header)] == ["CL082"]


def test_a_derivative_classification_needs_no_reason():
    """html-fragment/08STATE116943:9."""
    header = HEADER.replace("Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).",
                            "Classified By: Derived from Multiple Sources")
    assert lint_body("1. (C) Text.\n\nORDWAY\n", ["CL082"], header=header) == []
    header = HEADER.replace("Reasons 1.4 (b) and (d).", "derived this.")
    assert [f[2] for f in lint_body("1. (C) Text.\n\nORDWAY\n", ["CL082"],
                                    header=header)] == ["CL082"]


# --- class 8: spurious paragraph markers, damaged portion marks -------------------------------

def test_a_number_wrapped_from_the_line_above_needs_no_portion_mark():
    """html-extract/09STATE39054:29-31 (`Please see paragraph` / `¶3.`), pdf-text/06NEWDELHI5237:63-64."""
    body = ("1. (C) This is an action request for Embassy Kyiv. Please see paragraph\n\n3.\n"
            "2. (C) Poloff delivered reftel to MEA Undersecretary Jayant Khobargade on July\n"
            "24.  Khobargade stated that the GOI fully supports this initiative.\n\nORDWAY\n")
    assert lint_body(body, ["CL093"]) == []


def test_an_unmarked_paragraph_after_a_finished_sentence_is_reported():
    body = "1. (C) The minister said so.\n\n2. The minister said more.\n\nORDWAY\n"
    assert [f[:3] for f in lint_body(body, ["CL093"])] == [(3, 1, "CL093")]


def test_a_mark_without_its_opening_parenthesis_is_damage_reported_once():
    """html-extract/10ROME1 writes `¶1. C)` on 13 paragraphs; 09ROME877 `¶1.  C)Summary`."""
    body = ("1. C) Summary: Lega Nord Leader Bossi spoke.\n\n2.  C)Bossi noted it.\n\n3. SBU) "
            "More.\n\nORDWAY\n")
    assert lint_body(body, ["CL093", "CL098"]) == [
        (1, 4, "CL098", "Portion mark lost its opening parenthesis: 'C)' of 1. and 2 more "
                        "paragraphs")]


def test_intact_marks_and_list_letters_are_no_damaged_mark():
    assert lint_body("1. (C) Summary.\n\n2. (C) Text.\n\nORDWAY\n", ["CL098"]) == []
    assert lint_body("1. A) first item\n\nORDWAY\n", ["CL098"]) == []
    assert lint_body("1. (U) Summary.\n\n2. QUOTE) unlike a mark\n\nORDWAY\n", ["CL098"]) == []


#: html-extract/07SANJOSE1194 L120-126 (shortened): the conversion wrote `Q` for the signs it did
#: not know (`RicaQs`, `Qtrain the trainerQ`), the opening parenthesis of ¶8's mark among them,
#: and the mirror put no pilcrow on the marker it left unspaced.
SANJOSE_Q = ("\u00b67. (U) Costa RicaQs courts are slow.\n\n8.QU) There are no new Dublin Group "
             "recommendations to report.\n\nBRENNAN\n")


def test_a_mark_whose_parenthesis_became_q_is_damage_not_a_marker_style():
    # seed 20261215 audit: docs/precision/seed20261215/
    assert lint_body(SANJOSE_Q, ["CL092", "CL093", "CL098"]) == [
        (3, 4, "CL098", "Portion mark lost its opening parenthesis: 'U)' of 8.")]


def test_an_intact_unspaced_marker_among_pilcrows_is_still_a_style():
    intact = SANJOSE_Q.replace("8.QU)", "8.(U)")
    assert [f[2] for f in lint_body(intact, ["CL092", "CL098"])] == ["CL092"]


# --- class 9: a second copy or another cable in the file --------------------------------------

#: html-fragment/03THEHAGUE3067 (shortened, markup removed): the preview, the site's record, the
#: full copy.
HAGUE_TWICE = """C O N F I D E N T I A L THE HAGUE 003067

SIPDIS

E.O. 12958: DECL: 12/14/2013
TAGS: EU NL PREL
SUBJECT: EU COUNCIL PUTS DUTCH IN AWKWARD POSITION

Classified By: AMBASSADOR CLIFFORD SOBEL FOR REASONS 1.5 B AND D

1. (C)  Dutch Politic...

12703

2003-12-15

03THEHAGUE3067

C O N F I D E N T I A L THE HAGUE 003067

SIPDIS

E.O. 12958: DECL: 12/14/2013
TAGS: EU NL PREL
SUBJECT: EU COUNCIL PUTS DUTCH IN AWKWARD POSITION

Classified By: AMBASSADOR CLIFFORD SOBEL FOR REASONS 1.5 B AND D

1. (C) Dutch Political Director Hugo Siblesz told Amb Sobel on December 15.

2. (C) More.

SOBEL
"""


def test_a_second_copy_is_reported_once_and_the_full_copy_judged_instead_of_the_preview():
    found = lint(HAGUE_TWICE, ["CL032", "CL090", "CL125", "CL100"])
    # the page's record above the copy stands for it (seed 20261209: named at its date)
    assert found == [(15, 1, "CL125", "A second header or metadata block inside the cable: "
                                      "'2003-12-15'")]
    assert [(p.number, p.span.line) for p in parse(HAGUE_TWICE).paragraphs] == [(1, 29), (2, 31)]


def test_a_second_copy_after_a_whole_text_is_not_judged_again():
    """html-extract/09LIMA637:63: the copy after the full text; its SIPDIS and its paragraph 1."""
    text = HAGUE_TWICE.replace("1. (C)  Dutch Politic...",
                               "1. (C) Dutch Political Director Hugo Siblesz spoke.")
    assert [f[2] for f in lint(text, ["CL032", "CL090", "CL125"])] == ["CL125"]
    assert [p.number for p in parse(text).paragraphs] == [1]


def test_another_cable_glued_above_paragraph_one_is_not_this_cables_classified_by():
    """html-extract/73TEHRAN2077:18: a 2006 cable's database row and text after a 1973 snippet."""
    text = ("S E C R E T TEHRAN 2077\n\nE. O. 11652: GDS\nTAGS: PFOR IR PK XF\nSUBJECT: AUDIENCE "
            "WITH SHAH APRIL 5\n ...\n\n50133  2006-01-19  06THEHAGUE131  Embassy The Hague  "
            "CONFIDENTIAL    C O N F I D E N T I A L THE HAGUE 000131   SIPDIS\n\n"
            "Classified By: Charge D'Affaires Chat Blakeman,  reasons 1.4 (b,d)\n\n1. (C) Summary: "
            "The Dutch.\n")
    cable = parse(text)
    assert cable.classified_by is None and cable.paragraphs == ()
    assert [f[2] for f in lint(text, ["CL125"])] == ["CL125"]


def test_the_next_section_and_an_old_page_header_are_no_copy():
    """html-extract/02ROME1196:31 (SECTION 02 OF 02), html-extract/07PARIS2440:29 (`PAGE 02 ...`)."""
    text = HEADER + ("1. (C) First paragraph\nPAGE 02 RUEHTA0604 C O N F I D E N T I A L ASTANA "
                     "000604\ngoes on.\n\nC O N F I D E N T I A L SECTION 02 OF 02 ASTANA "
                     "000604\n\n2. (C) Second.\n\nORDWAY\n")
    assert lint(text, ["CL125", "CL090"]) == []
    assert [p.number for p in parse(text).paragraphs] == [1, 2]


# --- class 10: a summary opened by a caption --------------------------------------------------

def test_a_summary_caption_opens_the_summary():
    """html-extract-early/anarchivist-20101222/09VATICAN78:30-33: the caption taken into the Classified By."""
    header = HEADER.replace("Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).\n",
                            "Classified By: Julieta Valls Noyes, CDA. REASON: 1.4 (b), "
                            "(d)\nSummary\n-------")
    body = "1. (C) Holy See officials also are pleased. End Summary.\n\n2. (C) More.\n\nORDWAY\n"
    assert lint_body(body, ["CL097"], header=header) == []
    assert [f[2] for f in lint_body(body, ["CL097"])] == ["CL097"]


# --- class 14: bibliography entries; a page-break line after the SUBJECT ----------------------

def test_bibliography_entries_ending_in_et_al_are_not_a_cut_sentence():
    """html-extract-early/anarchivist-20101222/08STATE93970:126-128."""
    body = ("1. (C) Sources:\nObserved trends in indices of daily temperature extremes in South "
            "America 1960-2000 2005. J. Climate, 18, 5011-5023. Vincent, L.A., T.C. Peterson, V.R. "
            "Barros, et al\n\nTrends in total and extreme South American precipitation 1960-2000 "
            "and links with sea surface temperature 2006. J. Climate, 19, 1490-1512. Haylock M. "
            "R., Barros V. R., et al\n\nORDWAY\n")
    assert lint_body(body, ["CL096"]) == []
    cut = body.replace("V.R. Barros, et al\n\nTrends in", "V.R. Barros, and the\n\ntrends in")
    assert [f[2] for f in lint_body(cut, ["CL096"])] == ["CL096"]


def test_a_page_break_line_after_the_subject_is_no_run_on():
    """html-extract-early/anarchivist-20101222/10ROME1:17-18."""
    header = HEADER.replace("SUBJECT: A SUBJECT\n",
                            "SUBJECT: VISITING WITH A RECUPERATING BERLUSCONI\n"
                                                     "ASTANA 00000604 001.2 OF 003\n")
    assert lint_body("1. (C) Text.\n\nORDWAY\n", ["CL062"], header=header) == []
    glued = HEADER.replace("SUBJECT: A SUBJECT\n",
                           "SUBJECT: VISITING BERLUSCONI ASTANA 00000604 001.2 OF 003\n")
    assert [f[2] for f in lint_body("1. (C) Text.\n\nORDWAY\n", ["CL062"],
                                    header=glued)] == ["CL062"]


# --- free-text TAGS of New Delhi; `TAGS` without a colon ------------------------------------

def test_new_delhi_free_text_tags_are_nonstandard_not_unknown():
    """html-extract/05NEWDELHI*: `Indo-US`, `INDO-PAK`, `India-Nepal`, `Indian Domestic Politics`."""
    header = HEADER.replace("TAGS: PGOV PREL KZ",
                            "TAGS: PREL, PGOV, IN, Indo-US, INDO-PAK, India_Iran, "
                                                  "Indian Domestic Politics, Tsunami Relief")
    assert lint_body("1. (C) Text.\n\nORDWAY\n", ["CL052"], header=header) == []
    assert [f[3] for f in lint_body("1. (C) Text.\n\nORDWAY\n", ["CL054"], header=header)] == [
        f"TAG '{t}' is free text or a person, not a TAGS code"
        for t in ("Indo-US", "INDO-PAK", "India_Iran", "Indian Domestic Politics",
                  "Tsunami Relief")]
    assert [f[2] for f in lint_body("1. (C) Text.\n\nORDWAY\n", ["CL052"],
                                    header=HEADER.replace("KZ", "KZ, PREL-XYZW"))] == ["CL052"]


def test_tags_without_a_colon_stay_accepted():
    """The format (cable-format.md 2.6: `TAGS :? SP TAG`) and ~9 % of corpus cables write it so."""
    assert lint_body("1. (C) Text.\n\nORDWAY\n", ["CL051"],
                     header=HEADER.replace("TAGS:", "TAGS")) == []
    assert [f[2] for f in lint_body("1. (C) Text.\n\nORDWAY\n", ["CL051"],
                                    header=HEADER.replace("TAGS:", "TAGES:"))] == ["CL051"]
