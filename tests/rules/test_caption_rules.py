"""Caption rules: corrected copies, repeated captions, SIPDIS in the text, unknown captions (CL030-CL033)."""

import pytest

from cablelint.fixing import fix_text
from cablelint.ruleset import build
from cables import BANNER, BELOW_HEADER, BODY, HEADER, PARAGRAPHS, body, cable
from conftest import lint, lint_body, registry


# --- CL030 corrected-copy ---------------------------------------------------------------------

def test_cl030_corrected_copy_caption():
    text = cable(captions="C O R R E C T E D COPY (ADDED PARA MARKINGS)\n\nSIPDIS")
    assert lint(text, ["CL030"]) == [
        (11, 1, "CL030",
         "This is a corrected copy ('C O R R E C T E D COPY (ADDED PARA MARKINGS)')")
    ]


def test_cl030_corrected_copy_subject():
    text = HEADER.replace("SUBJECT: A SUBJECT",
                          "SUBJECT: CORRECTED COPY: KAZAKHSTAN: A SUBJECT") + BODY
    assert lint(text, ["CL030"]) == [(15, 1, "CL030",
                                      "This is a corrected copy ('CORRECTED COPY: KAZAKHSTAN: A "
                                      "SUBJECT')")]


@pytest.mark.parametrize("text", [
    HEADER + BODY,
    HEADER.replace("SUBJECT: A SUBJECT", "SUBJECT: KAZAKHSTAN: CORRECTED COPY OF THE MEDIA LAW")
    + BODY,
])
def test_cl030_first_copy(text):
    assert lint(text, ["CL030"]) == []


# --- CL031 duplicate-caption ------------------------------------------------------------------

@pytest.mark.parametrize("captions, line", [("SIPDIS\n\nSIPDIS", 13), ("SIPDIS\nSIPDIS", 12)])
def test_cl031_sipdis_twice(captions, line):
    assert lint(cable(captions=captions), ["CL031"]) == [(line, 1, "CL031",
                                                          "Caption 'SIPDIS' repeats the one on "
                                                          "line 11")]


def test_cl031_repeat_inside_each_of_two_header_blocks():
    # seed 004: the header block is repeated, and each copy has SIPDIS twice
    header = HEADER.replace("SIPDIS\n", "SIPDIS\n\nSIPDIS\n")
    text = header + header[header.index(BANNER):] + BODY
    assert lint(text, ["CL031"]) == [
        (13, 1, "CL031", "Caption 'SIPDIS' repeats the one on line 11"),
        (25, 1, "CL031", "Caption 'SIPDIS' repeats the one on line 23"),
    ]


@pytest.mark.parametrize("text", [
    HEADER + BODY,
    cable(captions="NOFORN\n\nSIPDIS"),
    HEADER + BELOW_HEADER + BODY,     # SIPDIS once in each of two header blocks
])
def test_cl031_no_repeat_within_a_block(text):
    assert lint(text, ["CL031"]) == []


# --- CL032 caption-in-text --------------------------------------------------------------------

IN_TEXT = "Caption inside the text: 'SIPDIS' (captions stand between the banner and the E.O. line)"


@pytest.mark.parametrize("body, line", [
    ("1. (C) The Assistant\n\nSIPDIS\nRichard Boucher met the minister.\n\n2. (C) "
     "Second.\n\nORDWAY\n", 3),
    ("1. (C) The Assistant\nSIPDIS\nSecretary Richard Boucher met the minister.\n\n2. (C) "
     "Second.\n\nORDWAY\n", 2),
])
def test_cl032_sipdis_inside_the_text(body, line):
    assert lint_body(body, ["CL032"]) == [(line, 1, "CL032", IN_TEXT)]


@pytest.mark.parametrize("text", [
    HEADER + BODY,                                   # SIPDIS in the caption zone
    cable(captions="SIPDIS\n\nSIPDIS"),
    HEADER + "1. (C) The SIPDIS caption was added by the system.\n\nORDWAY\n",
])
def test_cl032_no_caption_in_the_text(text):
    assert lint(text, ["CL032"]) == []


@pytest.mark.parametrize("banner", [
    # 02ROME1196: the banner of each section
    "C O N F I D E N T I A L SECTION 02 OF 02 ASTANA 000604",
    # 06LIMA2017: repeated without SECTION
    "C O N F I D E N T I A L ASTANA 000604",
    # 05THEHAGUE484: an embedded text's banner
    "SECRET - RELEASABLE TO THE UNITED STATES OF AMERICA",
])
def test_cl032_sipdis_below_a_repeated_or_embedded_banner_is_a_caption(banner):
    body = (f"1. (C) First paragraph.\n\n{banner}\n\nSIPDIS\n\nDEPT FOR EUR/WE, EUR/PPD AND DRL\n\n"
            "2. (C) Second.\n\nORDWAY\n")
    assert lint_body(body, ["CL032"]) == []


FLAT = ("C O N F I D E N T I A L  SECTION 01 OF 02 NEW DELHI 007750  SIPDIS  SENSITIVE SIPDIS  "
        "E.O. 12958: DECL: 12/07/2014 TAGS: PREL PGOV IN SUBJECT: A SUBJECT Classified By: DCM "
        "Robert Blake. Reasons 1.4 (B, D) "
        + "1.  (C) A sentence of the text that runs on. " * 40)


def test_cl032_sipdis_between_two_words_of_flattened_text():
    # 07IRANRPODUBAI63: `... negotiator on the nuclear program, Hassan  SIPDIS Rowhani.`
    line = FLAT + ("The negotiator on the nuclear program, Hassan  SIPDIS Rowhani.  Rowhani was "
                   "similar. BLAKE")
    assert lint(line + "\n", ["CL032"]) == [(1, line.index("SIPDIS R") + 1, "CL032", IN_TEXT)]


def test_cl032_sipdis_after_the_banner_of_flattened_text_is_a_caption():
    assert lint(FLAT + "The talks went well.  SIPDIS  7.  (SBU) It appears that they did. BLAKE\n",
                ["CL032"]) == []


# --- CL033 unknown-caption --------------------------------------------------------------------

@pytest.mark.parametrize("caption", ["SIPIDS", "CODEL"])
def test_cl033_unknown_caption(caption):
    assert lint(cable(captions=caption), ["CL033"]) == [
        (11, 1, "CL033", f"'{caption}' stands where captions do but is not a known caption"),
    ]


@pytest.mark.parametrize("captions", [
    "SIPDIS", "NOFORN", "SENSITIVE", "EXDIS", "SIPDIS NOFORN", "SENSITIVE BUT UNCLASSIFIED",
    "AIDAC",
    "SBU DELIBERATIVE PROCESS", "SECRET//REL SAU", "C O R R E C T E D COPY (TEXT)",
    "MINIMIZE CONSIDERED",
    "DEPT FOR EUR/WE",                        # pass lines are not captions
    "DEPT FOR SCA/CEN (J. MUDGE)",
    "SIPDIS\n\nDEPT FOR WHA/CEN AND EB/IFD/OMA JOHN\nMABDOO.",      # the wrapped end of a pass line
])
def test_cl033_known_captions_and_pass_lines(captions):
    assert lint(cable(captions=captions), ["CL033"]) == []


CAPTION_MESSAGE = ("Caption inside the text: 'SIPDIS' (captions stand between the banner and the "
                   "E.O. line)")


def test_cl032_sipdis_glued_to_the_end_of_a_line():
    # seed 20261209 json audit (json-body/05NEWDELHI922): the caption is named, not its line
    body = "1. (C) He met the Secretary. SIPDIS\n\n2. (C) Two.\n\nORDWAY\n"
    assert lint_body(body, ["CL032"]) == [(1, 30, "CL032", CAPTION_MESSAGE)]


#: html-extract/00HARARE5461 L51-52 (shortened): SIPDIS opens a line the sentence goes on in.
OPENS_A_LINE = """1. (C) MDC PRESIDENT MORGAN TSVANGIRAI HAS AGREED THAT IT IS IN ZIMBABWE'S BEST
SIPDIS INTERESTS FOR THE MDC TO DO ALL IT CAN TO SECURE A GRACEFUL EXIT STRATEGY.
"""


def test_cl032_sipdis_opening_a_line_of_text_is_the_caption_alone():
    text = cable(body=body(OPENS_A_LINE.rstrip(), PARAGRAPHS[1]))
    assert [f[:2] + f[3:] for f in lint(text, ["CL032"])] == [(20, 1, CAPTION_MESSAGE)]


@pytest.mark.parametrize("before, after", [
    (OPENS_A_LINE, OPENS_A_LINE.replace("SIPDIS INTERESTS", "INTERESTS")),
    ("1. (C) He met the Secretary. SIPDIS\n", "1. (C) He met the Secretary.\n"),
])
def test_cl032_the_fix_takes_the_caption_and_keeps_the_text(before, after):
    ruleset = build(registry(), select=["CL032"])
    text = cable(body=body(before.rstrip(), PARAGRAPHS[1]))
    fixed = cable(body=body(after.rstrip(), PARAGRAPHS[1]))
    assert fix_text(text, "cable.txt", ruleset).text == fixed


# --- CL032 (a miss of the audit): SIPDIS between two words of a one-line paragraph --------------
# seed 20261204 audit: docs/precision/seed20261204/

def test_sipdis_between_two_words_of_a_paragraph_is_a_caption_in_the_text():
    # html-fragment/05BRASILIA1017 L34, each paragraph on one line
    text = ("1. (C) He noted that both Secretary Rice and Deputy Secretary Zoellick have a strong "
            "SIPDIS interest in Brazil and in the hemisphere.")
    findings = lint_body(body(text, PARAGRAPHS[1]), ["CL032"])
    assert [(f[1], f[3]) for f in findings] == [(text.index("SIPDIS") + 1, (
        "Caption inside the text: 'SIPDIS' (captions stand between the banner and the E.O. line)"))]


@pytest.mark.parametrize("text", [
    # seed 20261207 json audit: after a comma or a closing quote, before a parenthesis
    # (json-body/06ABUDHABI1725, 04NEWDELHI7026; html-extract/06BRASILIA1837)
    '1. (C) He said that Hamas, "with some pressure," SIPDIS would understand the need.',
    "1. (C) The meeting included Deputy Director SIPDIS (Information Security) Saini.",
    "1. (C) Among the points of the meeting were that, SIPDIS though beleaguered, he won.",
])
def test_sipdis_after_a_comma_or_quote_or_before_a_parenthesis_is_in_the_text(text):
    findings = lint_body(body(text, PARAGRAPHS[1]), ["CL032"])
    assert [f[1] for f in findings] == [text.index("SIPDIS") + 1]


def test_the_caption_named_in_an_instruction_is_no_damage():
    # html-extract/10STATE16219 L98, 09STATE2552 L361
    for text in ("1. (U) Please use the caption SIPDIS in all replies.",
                 "1. (U) Please use SIPDIS caption on all responses."):
        assert lint_body(body(text, PARAGRAPHS[1]), ["CL032"]) == []
