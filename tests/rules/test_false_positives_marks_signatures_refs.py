"""The false-positive classes and known misses of the seed-31415 audit (docs/precision.md, "seed
31415"), each with a firing and a clean case built from the corpus text: portion marks spaced inside
both parentheses, spelled out, or glued to a redaction, which CL093 read as missing (CL093); the
signature glued after the classified-web-site trailer (CL100); a number wrapped after `see para` and a
blank line (CL139); a pilcrow on a REF letter inside flattened text (CL071); the El País credit under
the signature (CL100, CL114)."""

from cables import HEADER
from conftest import lint, lint_body

from cablelint.parsing import parse

#: json-body/10ROME87 (flattened): the marks of ¶11-¶13, spaced inside both parentheses.
ROME_SPACED = """1. (C) Summary of the visit.

11.  ( C ) Energy and gas parastatal Eni (Ente Nazionale Idrocarburi) officials told the delegation.

12.  ( C ) The Eni officials stated, however, that Eni intends to carry out exploration.

SPOGLI
"""
#: json-record/wl20101128-0049: a portion mark spelled out, in mixed case.
YEREVAN_SPELLED = """1. (C) Embassy Yerevan is requested to report response.

2.  (Secret/Rel Armenia) Begin Letter:  Dear Mr. President:

CLINTON
"""
#: html-extract-early/anarchivist-20101222/09BAKU687:83: the mark glued to a lower-case redaction.
BAKU_GLUED = """1. (C) Summary of the contacts.

4. (C)xxxxxxxxxxxx (Note and Comment: A xxxxxxxxxxxx
student recently echoed some of xxxxxxxxxxxx story.

DERSE
"""

#: json-body/09RPODUBAI331 and html-extract/09ROME847: a stray sign glued after the mark.
STRAY_AFTER_MARK = """1. (C) Summary of the contacts.

5. (C)~and Describes Importance of Western Research Institutions.

6. (C//NF)) Some additional drips and drabs of alleged information.

ASGARD
"""


def marks(body: str) -> list[str | None]:
    """The portion mark of each paragraph of the body under the standard header."""
    paragraphs = parse(HEADER + body).paragraphs
    return [p.portion_mark.value if p.portion_mark else None for p in paragraphs]


def test_a_mark_spaced_inside_both_parentheses_is_a_mark():
    assert marks(ROME_SPACED) == ["C", "C", "C"]
    assert lint_body(ROME_SPACED, ["CL093"]) == []


def test_a_spelled_out_mark_is_a_mark_and_its_level_is_read():
    assert marks(YEREVAN_SPELLED) == ["C", "Secret/Rel Armenia"]
    assert lint_body(YEREVAN_SPELLED, ["CL093"]) == []
    # the spelled-out level counts: SECRET above a CONFIDENTIAL banner
    assert [f[2] for f in lint_body(YEREVAN_SPELLED, ["CL094"])] == ["CL094"]


def test_a_mark_glued_to_a_lower_case_redaction_is_a_mark():
    assert marks(BAKU_GLUED) == ["C", "C"]
    assert lint_body(BAKU_GLUED, ["CL093"]) == []


def test_a_mark_followed_by_a_stray_sign_is_a_mark():
    assert marks(STRAY_AFTER_MARK) == ["C", "C", "C//NF"]
    assert lint_body(STRAY_AFTER_MARK, ["CL093"]) == []

def test_a_paragraph_without_a_mark_is_still_reported():
    for body in (ROME_SPACED.replace("12.  ( C ) The", "12.  The"),
                 YEREVAN_SPELLED.replace("(Secret/Rel Armenia) ", ""),
                 BAKU_GLUED.replace("(C)xxxx", "xxxx"),
                 STRAY_AFTER_MARK.replace("(C)~and", "~and")):
        assert [f[2] for f in lint_body(body, ["CL093"])] == ["CL093"]


def test_a_redaction_glued_to_a_bare_number_opens_no_paragraph():
    """The glued redaction is allowed after a closed mark only: `3.xxxxxxxxxxxx` after a blank line
    is no marker."""
    body = "1. (C) The minister met on May 4.\n\n3.xxxxxxxxxxxx said he agreed.\n\nDERSE\n"
    assert [p.number for p in parse(HEADER + body).paragraphs] == [1]


# --- CL100: the signature glued after the classified-web-site trailer -----------------------

#: html-extract/07LONDON519:31-33: the trailer above the signature, on one line with it.
LONDON_END = """2. (S/NF) The UK would be willing to consider a second tranche.
Visit London\u2019s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle
"""


def test_a_signature_glued_after_the_site_trailer_is_found():
    assert parse(HEADER + "1. (S) Text.\n\n" + LONDON_END).signature.value == "Tuttle"
    assert lint_body("1. (S) Text.\n\n" + LONDON_END, ["CL100"]) == []


def test_the_trailer_on_a_flattened_line_with_the_signature_after_it():
    """json-body/09AMMAN813: `End Comment.   Visit Amman's Classified Website at <address> Beecroft`."""
    body = ("1. (C) Jordan cannot be disengaged. End Comment.   Visit Amman's Classified Website "
            "at http://www.state.sgov.gov/p/nea/amman Beecroft\n")
    assert parse(HEADER + body).signature.value == "Beecroft"


def test_a_trailer_without_a_name_after_it_still_ends_without_signature():
    body = "1. (S) Text.\n\n" + LONDON_END.replace(" cfm Tuttle", " cfm")
    assert [f[2] for f in lint_body(body, ["CL100"])] == ["CL100"]


# --- CL139: a wrapped number after a blank line, alone on its line --------------------------

#: html-extract/08CAIRO2205:24-27: `see para` / blank / `¶2.` alone / the real `2.` paragraph.
CAIRO_WRAPPED = """1.This is an action request; please see para

\u00b62.
2.Post received para 3 letter October 9th via dipnote.

3.The text of the invitation reads as follows.

SCOBEY
"""


def test_a_lone_pilcrow_marker_after_see_para_and_a_blank_line_is_a_wrapped_number():
    found = lint_body(CAIRO_WRAPPED, ["CL139"])
    assert [(f[0], f[2]) for f in found] == [(3, "CL139")]
    assert "'please see para \u00b62.'" in found[0][3]


def test_a_pilcrow_marker_with_text_after_a_blank_line_is_a_paragraph():
    """07SANJOSE1830: after a blank line, a marker followed by its text opens a paragraph."""
    body = CAIRO_WRAPPED.replace("\u00b62.\n2.Post", "\u00b62. Post")
    assert lint_body(body, ["CL139"]) == []


# --- CL071: a pilcrow on a REF letter inside flattened text ---------------------------------

#: json-record/wl20101128-0105: the record's body, one line, a pilcrow on the second REF letter.
BISHKEK_RECORD = ('{ "_id" : "09BISHKEK135", "origin" : "Embassy Bishkek", "date_time" : '
                  '"2009-02-13 11:11", "classification" : "CONFIDENTIAL", "body" : "C O N F I D E '
                  'N T I A L BISHKEK 000135  SIPDIS  E.O. 12958: DECL: 02/13/2019 TAGS: PGOV PREL '
                  'MARR KG SUBJECT: CHINESE AMBASSADOR FLUSTERED  REF: A. BISHKEK 96      %sB. '
                  'BISHKEK 85   Classified By: Ambassador Tatiana C. Gfoeller, Reasons 1.4 (b) and '
                  '(d).  \u00b61. (C) Summary:  During a meeting the Ambassador spoke. GFOELLER", '
                  '"reference_id" : "09BISHKEK135" }')


def test_a_pilcrow_on_a_ref_letter_in_a_flattened_record_is_reported():
    found = lint(BISHKEK_RECORD % "\u00b6", ["CL071"], path="wl20101128-0105.json")
    assert [(f[2], f[3].split("'")[1]) for f in found] == [("CL071", "\u00b6B.")]


def test_the_plain_ref_letters_of_a_flattened_record_are_clean():
    assert lint(BISHKEK_RECORD % "", ["CL071"], path="wl20101128-0105.json") == []


def test_the_ref_letters_of_a_flattened_record_past_h_are_items_too():
    # seed 20261218 json-body audit: 06ABUDHABI1725 `... ¶H. ABU DHABI 605      ¶I. USDEL 00007
    # ¶J. ABU DHABI 1123 ...` up to ¶O., read as item H's text
    refs = "      ".join(f"\u00b6{letter}. BISHKEK {n}" for n, letter in enumerate("BCDEFGHIJ", 80))
    record = BISHKEK_RECORD.replace("%sB. BISHKEK 85", refs)
    found = lint(record, ["CL071"], path="wl20101128-0105.json")
    assert [f[3].split("'")[1] for f in found] == [f"\u00b6{letter}." for letter in "BCDEFGHIJ"]


def test_a_pilcrow_on_a_wrapped_number_in_a_flattened_record_is_reported():
    """seed 20261210 json-record miss (wl20101128-0091, 09BERLIN1296): the record's body is re-lined
    like a flattened file's, each marker set apart, so `October 21, 22 and ¶23.` is judged as in
    the json-body copy."""
    body = ("Ambassador spoke.  \u00b62. (C) Talks took three more plenary sessions for October 21, "
            "22 and \u00b623. He noted the plan.  \u00b63. (C) The minister agreed. GFOELLER")
    record = BISHKEK_RECORD.replace("Ambassador spoke. GFOELLER", body) % ""
    found = lint(record, ["CL139"], path="wl20101128-0091.json")
    assert [(f[2], f[3].split("'")[1]) for f in found] == [("CL139", "21, 22 and \u00b623.")]


# --- CL100 / CL114: the publishing newspaper's credit under the signature -------------------

#: html-extract/10TOKYO171:116-119 (seed 31416): the signature, then the site's credit to El País.
TOKYO_END = """1. (C) EMIN said the USG is looking at the activity of the SSCS.
ROOS

EPET @ EL PA\u00cdS
"""


def test_the_el_pais_credit_is_mirror_text_and_no_signature():
    assert parse(HEADER + TOKYO_END).signature.value == "ROOS"
    assert [(f[0], f[2]) for f in lint_body(TOKYO_END, ["CL100", "CL114"])] == [(4, "CL114")]


def test_the_credit_cut_short_is_mirror_text_and_no_signature():
    # seed 20261205 audit: html-fragment/10BOGOTA13 L178-180, `BROWNFIELD` / blank / `EPET @ EL P`
    text = TOKYO_END.replace("EPET @ EL PA\u00cdS", "EPET @ EL P")
    assert [(f[0], f[2]) for f in lint_body(text, ["CL100", "CL114"])] == [(4, "CL114")]


def test_a_cable_ending_in_the_credit_without_a_signature_is_still_reported():
    body = TOKYO_END.replace("ROOS\n", "")
    assert [f[2] for f in lint_body(body, ["CL100"])] == ["CL100"]
