"""Summary-marker and signature rules (CL097, CL100)."""

import pytest

from cablelint.engine import lint_text
from cablelint.ruleset import build
from cables import BELOW_HEADER, BODY, CLASSIFIED_BY, HEADER, NOTICE, PARAGRAPHS, body
from conftest import lint_body, registry

LOST_WORD = ("'End' alone at the end of a paragraph: 'End Summary' or 'End Comment' lost its "
             "second word")


def two_paragraphs(first: str) -> str:
    return body(f"1. (C) {first}", PARAGRAPHS[1])


# --- CL097 summary-marker-broken --------------------------------------------------------------

def test_cl097_end_summary_without_a_start():
    assert lint_body(two_paragraphs("The minister spoke. END SUMMARY."), ["CL097"]) == [
        (1, 1, "CL097", "Summary marker broken: 'END SUMMARY' without a summary start before it"),
    ]


@pytest.mark.parametrize("first", [
    "Summary. The minister spoke about gas for Georgia. End",       # seed 003 L43
    "Comment: The talks went well. End.",
])
def test_cl097_lone_end(first):
    assert lint_body(two_paragraphs(first), ["CL097"]) == [(1, 1, "CL097",
                                                            f"Summary marker broken: {LOST_WORD}")]


@pytest.mark.parametrize("body", [
    BODY,
    two_paragraphs("Summary: The minister spoke. End Summary."),
    two_paragraphs("BEGIN SUMMARY: The minister spoke. END SUMMARY."),
    two_paragraphs("Comment: The talks went well. End Comment."),
    two_paragraphs("The minister asked when the war would end."),
    # marker wrapped
    two_paragraphs("Summary. The minister spoke about gas for Georgia. End\nSummary."),
])
def test_cl097_markers_intact(body):
    assert lint_body(body, ["CL097"]) == []


def test_cl097_summary_heading_above_paragraph_one_is_a_start():
    assert lint_body(two_paragraphs("The minister spoke. END SUMMARY."), ["CL097"], header=HEADER
                     + "SUMMARY\n\n") == []


@pytest.mark.parametrize("classified_by_and_heading", [
    # 09VATICAN113, 09PESHAWAR2: the heading glued to the end of the Classified By line
    "CLASSIFIED BY: Rafael Foley, Polchief. REASON: 1.4 (b), (d) Summary\n-------\n",
    "CLASSIFIED BY: Michael A. Via, Acting Principal Officer. REASON: 1.4 (a), (b), (d) Summary\n"
    "- - - - \n",
    # 06GENEVA2030: a two-word heading over its rule
    "Classified By: Ambassador Warren W. Tichenor. Reason: E.O. 12958 1.4 (d)\n\n"
    "Introduction and Summary\n------------------------\n",
])
def test_cl097_summary_heading_on_or_under_the_classified_by_line_is_a_start(
        classified_by_and_heading):
    header = HEADER.replace(f"{CLASSIFIED_BY}\n\n", classified_by_and_heading)
    assert lint_body(two_paragraphs("The minister spoke. END SUMMARY."), ["CL097"],
                     header=header) == []


# --- CL100 signature-missing ------------------------------------------------------------------

NO_SIGNATURE = "The cable does not end with a signature (the sender's surname in capitals)"


@pytest.mark.parametrize("body, line", [
    ("1. (C) First paragraph.\n\n2. (C) Second paragraph.\n", 3),
    ("1. (C) First paragraph.\n\n2. (C) Second paragraph ends the text without a name\n", 3),
    ("1. (C) First paragraph.\n\n2. (C) Second paragraph.\n\n3.\n", 5),
])
def test_cl100_no_signature(body, line):
    assert lint_body(body, ["CL100"]) == [(line, 1, "CL100", NO_SIGNATURE)]


def test_cl100_partial_extract_without_signature_is_info():
    text = NOTICE + BELOW_HEADER + "1. (C) First paragraph.\n\n2. (C) Second paragraph.\n"
    found = lint_text(text, "cable.txt", build(registry(), select=["CL100"]))
    assert [(d.line, d.column, d.severity.name, d.message) for d in found] \
        == [(14, 1, "INFO", NO_SIGNATURE)]


@pytest.mark.parametrize("ending", [
    "\n\nORDWAY",
    "\n\nVAN VOORST",
    "\n\nBLAKE.",
    "\n\nBeyrle",                                                     # SMART-era capitalisation
    "\n\nORDWAY\n\n=======================CABLE ENDS============================",
    # at the end of the last sentence
    " The request will be considered. CLINTON",
])
def test_cl100_signature_present(ending):
    body = "1. (C) First paragraph.\n\n2. (C) Second paragraph." + ending + "\n"
    assert lint_body(body, ["CL100"]) == []


@pytest.mark.parametrize("ending", [
    # 09ROME1187: end marker, no period
    " with the government. END COMMENT THORNE",
    " END COMMENT. Speckhard",                                         # 09ATHENS1685
    " the two sides' central banks, a worrying change.BURNS",          # glued to the sentence
    " Sheikh's continued detention.PATTERSON",                         # 09ISLAMABAD2903
    " may come from.\u201d CLINTON",                                  # 10STATE7810: curly quote
    " (Al Masry Al Youm, 9/3/2009). Scobey",                           # 09CAIRO1749
    # 09TRIPOLI190: text with no period
    " Classified Email: xxxxxxxxxxxx CRETZ",
    " International Cooperation. July 30, 2009 CRETZ",                  # 09TRIPOLI632
    "\n\nGFOELLER \",",                                                # 08JEDDAH84: JSON/CSV tail
    # 09STATE49854 with a JSON tail
    " REGARDS FROM WASHINGTON. ,,\"\"CLINTON ,\" }",
    # 00HARARE6677: bottom banner, junk
    "\n\nMCDONALD\n CONFIDENTIAL\n>",
])
def test_cl100_signature_after_text_without_a_period(ending):
    body = "1. (C) First paragraph.\n\n2. (C) Second paragraph" + ending + "\n"
    assert lint_body(body, ["CL100"]) == []


@pytest.mark.parametrize("last", [
    # 06LAPAZ3400: mirror SQL, no name
    "ORDER BY `date` ASC",
    # 10BRUSSELS183: a label's value
    "Zenaida X Toledo 07/30/2008 From DB/Inbox: TRANS",
    # an acronym after a small word
    "discussed it with the IAEA",
    "TAGS: AEMR ASEC CASC KFLO MARR PREL PINR",                       # a run of codes
    "Visit London's Classified Website: XXXXXXXXXXXX",                # 09LONDON2291: a redaction
])
def test_cl100_capitals_ending_text_that_are_no_signature(last):
    body = f"1. (C) One.\n\n2. (C) Two {last}\n"
    assert [f[2] for f in lint_body(body, ["CL100"])] == ["CL100"]


@pytest.mark.parametrize("tail", [
    # 09KABUL3423: the header alone
    "",
    "\nC O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604 SIPDIS E.O. 12958: DECL: 08/10/2018 "
    # 08STATE85663: its preview again
    "TAGS: PGOV PREL KZ\n",
])
def test_cl100_header_snippet_without_its_text_is_not_judged(tail):
    header = HEADER.replace("Reasons 1.4 (b) and (d).", "Reasons 1.4 (b)...")
    assert lint_body(tail, ["CL100"], header=header) == []
    assert [f[2] for f in lint_body(tail + "\nThe minister said that the plan\n", ["CL100"],
                                    header=header)] \
        == ["CL100"]


@pytest.mark.parametrize("last", ["END TEXT.", "... handed the note to the U.S. Embassy"])
def test_cl100_marker_or_cut_sentence_is_no_signature(last):
    body = f"1. (C) One.\n\n2. (C) Two {last}\n"
    assert [f[2] for f in lint_body(body, ["CL100"])] == ["CL100"]


def test_cl097_summary_in_the_subject_is_not_a_start():
    header = HEADER.replace("SUBJECT: A SUBJECT", "SUBJECT: WEEKLY SUMMARY")
    body = "1. (C) The minister spoke. END SUMMARY.\n\n2. (C) Two.\n\nORDWAY\n"
    assert [f[2] for f in lint_body(body, ["CL097"], header=header)] == ["CL097"]


@pytest.mark.parametrize("signature, problem", [
    ("BOYCE BOYCE", "the name 'BOYCE' is written twice"),
    ("JPOLASCHIK", "initial 'J' glued to the name 'POLASCHIK'"),
    ("LBSCHREIBERHUGHES", "initials 'LB' glued to the name 'SCHREIBER HUGHES'"),
    ("WILLIAMSONB", "initial 'B' glued to the name 'WILLIAMSON'"),
    ("ORDWAYSCOBEY", "two names run together: 'ORDWAY' and 'SCOBEY'"),
])
def test_cl101_garbled_signature(signature, problem):
    body = f"1. (C) One.\n\n2. (C) Two.\n\n{signature}\n"
    assert lint_body(body, ["CL101"]) == [(5, 1, "CL101",
                                           f"Signature '{signature}' looks garbled: {problem}")]


@pytest.mark.parametrize("signature", ["ORDWAY", "NICHOLSON", "SANDERSON", "ZUMWALT", "van Voorst",
                                       "BASSETT"])
def test_cl101_real_or_unknown_signers(signature):
    # NICHOLSON is not NICHOLS + ON; ZUMWALT is unknown to the list, so it is not judged.
    assert lint_body(f"1. (C) One.\n\n{signature}\n", ["CL101"]) == []


@pytest.mark.parametrize("ending, line, column, signature", [
    ("\n\nCRETZ  CRETZ", 5, 1, "CRETZ  CRETZ"),                                     # 05TELAVIV6669
    ("\n\nSOBEL\nSOBEL", 5, 1, "SOBEL SOBEL"),                                      # 08BRASILIA159
    (" Affairs Officer Avetik Avetyan, ARSO PENNINGTON PENNINGTON", 3, 50,
     # 07YEREVAN1420
     "PENNINGTON PENNINGTON"),
])
def test_cl101_signature_written_twice(ending, line, column, signature):
    body = "1. (C) One.\n\n2. (C) Two." + ending + "\n"
    assert lint_body(body, ["CL100", "CL101"]) == [
        (line, column, "CL101",
         f"Signature '{signature}' looks garbled: the name 'PENNINGTON' is written twice"
         .replace("PENNINGTON", signature.split()[0]))]
