"""False-positive classes of the precision audit (docs/precision.md), each from real corpus text:
archival declassification stamps (class 4), `DECLASSIFIED BY` (5), spurious paragraph markers and
damaged portion marks (8), second copies (9), a `Summary` caption (10), a Classified By reason after a
blank line or a derivative classification (13), bibliography entries and page breaks (14), free-text
TAGS and `TAGS` without a colon."""

from conftest import HEADER, lint, lint_body

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
    assert [s.value for s in cable.declassification_stamps] == [
        "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006",
        "Declassified/Released US Department of State EO", "Systematic Review 05 JUL 2006"]
    assert lint(TEHRAN_1972, EO_RULES) == []
    assert lint(BUENOS_AIRES_1966, EO_RULES) == []


def test_a_release_stamp_as_footer_does_not_hide_the_signature():
    assert parse(TEHRAN_1972).signature.value == "HELMS"
    assert lint(TEHRAN_1972, ["CL100"]) == []


def test_the_cables_own_eo_line_is_still_judged():
    text = TEHRAN_1972.replace("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006", "E.O. 12958: N/A")
    assert [f[2] for f in lint(text, ["CL042"])] == ["CL042"]
    assert [f[2] for f in lint(TEHRAN_1972.replace("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006\n", ""),
                               ["CL040"])] == ["CL040"]


def test_a_stamp_inside_flattened_text_is_found():
    flat = " ".join(BUENOS_AIRES_1966.split("\n")) + " " + "TEXT " * 400
    cable = parse(flat)
    assert cable.flattened and cable.eo is None
    assert cable.declassification_stamps[0].value.startswith("E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009")


# --- class 5: CLASSIFIED BY inside DECLASSIFIED BY -------------------------------------------

def test_declassified_by_is_not_a_classified_by_line():
    assert parse(BUENOS_AIRES_1966).classified_by is None
    assert lint(BUENOS_AIRES_1966, ["CL081", "CL082"]) == []


def test_a_classified_by_glued_to_a_caption_is_still_found():
    """Flattened text glues words (`SIPDISClassified By:`, json-body); only `DE` before it is excluded."""
    text = HEADER.replace("SIPDIS\n\nE.O.", "SIPDISClassified By: DCM Kevin Milas.\n\nE.O.").replace(
        "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).\n\n", "")
    assert [f[2] for f in lint(text + "1. (C) Text.\n\nORDWAY\n", ["CL082"])] == ["CL082"]


# --- class 13: the reason after a blank line; derivative classification ----------------------

def test_a_reason_after_a_blank_line_belongs_to_the_classified_by():
    """html-extract/05SAOPAULO1158:15-17."""
    header = HEADER.replace("Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).",
                            "Classified By: ACTING CONSUL GENERAL ARNOLD VELA. REASON:\n\nE.O. 12958, 1.4(D)")
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
    assert [f[2] for f in lint_body("1. (C) Text.\n\nORDWAY\n", ["CL082"], header=header)] == ["CL082"]
