"""Summary-marker and signature rules (CL097, CL100)."""

import pytest

from cablelint.engine import lint_text
from cablelint.ruleset import build
from cables import BELOW_HEADER, BODY, CLASSIFIED_BY, HEADER, NOTICE, PARAGRAPHS, body, cable
from conftest import lint, lint_body, registry

LOST_WORD = ("'End' alone at the end of a paragraph: 'End Summary' or 'End Comment' lost its "
             "second word")


def two_paragraphs(first: str) -> str:
    return body(f"1. (C) {first}", PARAGRAPHS[1])


# --- CL097 summary-marker-broken --------------------------------------------------------------

def test_cl097_end_summary_without_a_start():
    text = body("1. (C) The minister spoke.", "2. (C) He left. END SUMMARY.", PARAGRAPHS[1])
    assert lint_body(text, ["CL097"]) == [
        (3, 1, "CL097", "Summary marker broken: 'END SUMMARY' without a summary start before it"),
    ]


def test_cl097_end_summary_closing_an_unlabelled_paragraph_one_says_so():
    # seed 20261209 json audit (D1, json-body/07IRANRPODUBAI27): paragraph 1 is the summary, and
    # no `Summary:` opens it
    assert lint_body(two_paragraphs("The minister spoke. END SUMMARY."), ["CL097"]) == [
        (1, 1, "CL097", "Summary marker broken: 'END SUMMARY' closes paragraph 1, which no "
                        "'Summary:' opens"),
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
    # a capitalised surname that opens a sentence of the text is no signature
    ("1. (C) First paragraph.\n\n2. (C) Second paragraph.\n\nMcCORMICK urged New Zealand to"
     " consider the\n", 5),
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
    "\n\nMcCORMICK",                       # seed 20261216: html-extract/08WELLINGTON414
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
    " on the day-one of the visit. McGEE 0 11/30/2007",                # 07HARARE1073
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
    (" This cable was cleared by ASD Vershbow. SCOBEY Scobey", 3, 53,            # 09CAIRO2133
     "SCOBEY Scobey"),
])
def test_cl101_signature_written_twice(ending, line, column, signature):
    """The second name is the first again, as written or SMART-cased; CL100 sees the signature."""
    body = "1. (C) One.\n\n2. (C) Two." + ending + "\n"
    assert lint_body(body, ["CL100", "CL101"]) == [
        (line, column, "CL101",
         f"Signature '{signature}' looks garbled: the name 'PENNINGTON' is written twice"
         .replace("PENNINGTON", signature.split()[0]))]


def test_a_capitalised_word_after_a_different_surname_is_no_repeat():
    body = "1. (C) One.\n\n2. (C) Two. This cable was cleared by ASD Vershbow. SCOBEY Cairo\n"
    assert [f[2] for f in lint_body(body, ["CL100", "CL101"])] == ["CL100"]

# --- CL097: a summary heading glued to the Classified By line is the summary's start ---------------
# seed 11235 audit: docs/precision/seed11235/

#: html-extract/09VATICAN113 L12-22 (09PESHAWAR2 the same, with `- - - -` for the rule).
VATICAN_HEAD = """\
C O N F I D E N T I A L SECTION 01 OF 03 VATICAN 000113
SIPDIS
EO 12958 DECL:  11/9/2034
TAGS PGOV, PREL, PHUM, KIRF, UK, VT
SUBJECT: THE VATICAN AND THE ANGLICANS:  OPPORTUNITY OR OPPORTUNISM?
REF: VATICAN 82
VATICAN 00000113 001.2 OF 003
CLASSIFIED BY: Rafael Foley, Polchief. REASON: 1.4 (b), (d) {heading}
-------
"""
VATICAN_BODY = """\
1. (C) The upcoming visit of the Archbishop of Canterbury to Rome will take place against
the Vatican's decision. End Summary.

2. (C) On October 22, POL/ECONOFF spoke with the Council.

FOLEY
"""


def test_a_summary_heading_glued_to_the_classified_by_line_opens_the_summary():
    assert lint(VATICAN_HEAD.format(heading="Summary") + VATICAN_BODY, ["CL097"]) == []


def test_an_end_summary_with_no_heading_above_it_is_still_reported():
    findings = lint(VATICAN_HEAD.format(heading="Background") + VATICAN_BODY, ["CL097"])
    assert [f[3] for f in findings] == [
        "Summary marker broken: 'END SUMMARY' closes paragraph 1, which no 'Summary:' opens"]


# --- CL100: the next cable's cables.csv row under the signature ---------------------------------
# seed 11235 audit: docs/precision/seed11235/

#: html-fragment/04THEHAGUE1923 L73-80: the text field closes after SOBEL, the next row follows.
CSV_ROW_TAIL = """\
SOBEL
",
19310,7/30/2004 17:38,04THEHAGUE1924,"Embassy The Hague",SECRET//NOFORN,04THEHAGUE1913,"This \
record is a partial extract of the original cable.

301738Z Jul 04
"""


def test_a_cables_csv_row_after_the_signature_is_not_the_signature():
    assert lint_body(body(PARAGRAPHS[0], signature=CSV_ROW_TAIL), ["CL100"]) == []


def test_a_csv_row_under_a_text_without_a_signature_leaves_it_unsigned():
    unsigned = CSV_ROW_TAIL.replace("SOBEL\n", "developments through 1900 hrs.\n")
    assert [f[2] for f in lint_body(body(PARAGRAPHS[0], signature=unsigned), ["CL100"])] == [
        "CL100"]


# --- CL100: the signature before the end of transmission (`NNNN`, `End Cable Text`) -------------
# seed 11235 audit: docs/precision/seed11235/

#: json-record/delhi-0060 (json-body/04NEWDELHI8192): the body's end, the post's receipt record.
RECEIPT = ("those countries that are should honor their commitments.  MULFORD  NNNN  End Cable "
           "Text  Myrta Browne  01/04/2005 12:28:19 PM  From  DB/Inbox:  Myrta Browne  Recipient/"
           "Profile Information Cable Recipients: Susanne S Ames Michael H Anderson\n")


def test_the_signature_before_nnnn_and_a_receipt_record_is_found():
    assert lint_body(body(PARAGRAPHS[0], signature=RECEIPT), ["CL100"]) == []


@pytest.mark.parametrize("tail", [
    "HALL NNNN 2004ROME02926 - Classification: CONFIDENTIAL \"\n",      # html-extract/04ROME2926
    "MURRAY\nEnd Cable Text\nZenaida X Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS\n",
])
def test_the_signature_before_the_end_of_transmission_on_its_own_line_is_found(tail):
    assert lint_body(body(PARAGRAPHS[0], signature=tail), ["CL100"]) == []


def test_no_surname_before_nnnn_is_still_no_signature():
    unsigned = RECEIPT.replace("MULFORD  ", "")
    assert [f[2] for f in lint_body(body(PARAGRAPHS[0], signature=unsigned), ["CL100"])] == [
        "CL100"]


def test_a_dash_wrapped_to_a_line_start_inside_a_sentence_opens_no_list_entry():
    # html-extract/10SANAA45 L104-111: `- from ...` continues the sentence above, then a real cut
    wrapped = ("1. (C) The president's remarks drew criticism, he said, and not only\n"
               "- from a variety of domestic actors, including religious leaders.  The remarks,\n"
               "made on a satellite TV channel, were intended for domestic - not\n\n"
               "Western - consumption.\n")
    assert [f[2] for f in lint_body(body(wrapped, PARAGRAPHS[1]), ["CL096"])] == ["CL096"]


# --- CL100: what a mirror put after the signature -------------------------------------------------
# seed 14142 web audit: docs/precision/seed14142/SUMMARY-web.md

#: html-extract/05TASHKENT2473 L20 and L128-133 (shortened): the page's teaser under the signature
#: is a window of the Classified By line, cut inside 'PURNELL' and closed by an ellipsis.
TASHKENT_CLASSIFIED_BY = "CLASSIFIED BY AMB. JON R. PURNELL, FOR REASONS 1.4 (B, D). "
TASHKENT_END = ("6. (C) The chances of a successful 2007 presidential run for Karimova are slim \n"
                "to none. That said, the political climate is changing rapidly here, \n"
                "and these articles could be a trial balloon. \n\n"
                "PURNELL\n")


def tashkent(end: str) -> str:
    return cable(classified_by=TASHKENT_CLASSIFIED_BY, body=end)


def test_a_clipped_teaser_of_a_header_line_is_no_cable_text():
    assert lint(tashkent(TASHKENT_END + "LL, FOR REASONS 1.4 (B, D)..."), ["CL100"]) == []


def test_a_text_cut_off_with_an_ellipsis_still_has_no_signature():
    # 7575LIBREVILLE1895 ends 'GOG PERMREP HAS NOW RECEIVED F...': no earlier line holds it
    end = TASHKENT_END.replace("PURNELL\n", "GOG PERMREP HAS NOW RECEIVED F...")
    assert [f[2] for f in lint(tashkent(end), ["CL100"])] == ["CL100"]


def test_a_signature_written_with_an_ellipsis_is_a_signature_though_named_above():
    # 09MADRID673 ends 'CHACON ...': a whole word of a line above is no window cut from it
    end = TASHKENT_END.replace("PURNELL\n", "PURNELL ...")
    assert lint(tashkent(end), ["CL100"]) == []


def test_a_teaser_below_the_exports_footer_is_no_cable_text():
    # html-extract/06BOGOTA5297 L151-159: `DRUCKER` / `=====CABLE ENDS=====` / the site's teaser
    # of the Classified By over two lines, `Rea...` (06BOGOTA1082: on one line)
    for teaser in ("Classified By: CDA Milton K. Drucker \nRea...",
                   "Classified By: DCM Milton K. Drucker, Reasons: 1.4 B..."):
        end = TASHKENT_END + f"=======CABLE ENDS=======\n\n\n {teaser}"
        assert lint(tashkent(end), ["CL100"]) == []


#: html-fragment/06BRIDGETOWN2164 L36-37: the last sentence wraps its last word onto a line of its
#: own, which reads like a surname; the cable is not signed.
BRIDGETOWN_END = ("3. PLEASE CABLE CONCURRENCE. BRIDGETOWN APPRECIATES TRINIDAD'S \n"
                  "ASSISTANCE.\n")


@pytest.mark.parametrize("end, unsigned", [
    (BRIDGETOWN_END, True),
    # 08SANJOSE232: `This cable has been cleared by the office of U/S` / `Padilla.`
    ("16.  This cable has been cleared by the office of U/S \nPadilla.\n", True),
    # signed on the line below a sentence's end, an end marker or a redaction (08LONDON2976)
    (BRIDGETOWN_END.replace("ASSISTANCE.", "ASSISTANCE.\nKING."), False),
    ("3. (C) We will report. END COMMENT\nBLAKE.\n", False),
    ("3. (C) Visit London's Classified Website: XXXXXXXXXXXX\nTUTTLE.\n", False),
])
def test_a_sentence_wrapped_onto_its_last_line_is_no_signature(end, unsigned):
    findings = lint(cable(body=body(PARAGRAPHS[0], end, signature="")), ["CL100"])
    assert [f[2] for f in findings] == (["CL100"] if unsigned else [])


#: html-fragment/00HARARE6677 L64: the signature, then the converter's bottom banner and a '>'.
def test_a_bottom_banner_closed_by_a_stray_bracket_follows_the_signature():
    assert lint(cable(body=body(*PARAGRAPHS, signature="MCDONALD CONFIDENTIAL >")),
                ["CL100"]) == []


def test_a_last_sentence_ending_in_a_classification_is_no_signature():
    end = body(PARAGRAPHS[0], PARAGRAPHS[1].rstrip(".") + " CONFIDENTIAL >", signature="")
    assert [f[2] for f in lint(cable(body=end), ["CL100"])] == ["CL100"]


# --- CL100: a page number and a page-foot marking after the signature -----------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-extract/09REYKJAVIK50 L568-575: the printed copy's page foot below the signer.
PAGE_FOOT = """\
4. (SBU) End text of submission Part 2 of 2.

{signature}



1
SENSITIVE BUT UNCLASSIFIED"""


def test_a_page_number_and_a_page_foot_marking_below_the_signer_are_no_text():
    assert lint_body(PAGE_FOOT.format(signature="VAN VOORST"), ["CL100"]) == []


def test_a_page_foot_with_no_signer_above_it_is_still_unsigned():
    findings = lint_body(PAGE_FOOT.format(signature=""), ["CL100"])
    assert [f[2] for f in findings] == ["CL100"]


# --- CL100: a database record on its own line below the signature --------------------------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

#: html-extract/09CAIRO325:37-42, shortened: the last paragraph signed, then the mirror's record
#: (number, date, serial, TAGS), the subject and the summary.
CAIRO_RECORD = """9.(C) She explained how SSIS tries to intimidate her by disclosing that they know the details of her personal life. SCOBEY

0 02/23/2009 7601 PGOV,PHUM,KDEM,KCOR,ECON,EFIN,EG
CIVIL SOCIETY ACTIVISTS OFFER MIXED ASSESSMENT OF THE POLITICAL ENVIRONMENT

During a February 11 tea with the Ambassador, civil society activists provided their views.
"""


def test_a_record_on_its_own_line_below_the_signature_is_left_out():
    assert lint_body(CAIRO_RECORD, ["CL100"]) == []


def test_a_record_below_an_unsigned_text_still_leaves_the_signature_missing():
    text = CAIRO_RECORD.replace("personal life. SCOBEY", "personal life.")
    assert [rule for _, _, rule, _ in lint_body(text, ["CL100"])] == ["CL100"]


# --- CL100: a cables.csv row glued after the signature, with a whole second copy ------------------
# seed 20261205 audit: docs/precision/seed20261205/SUMMARY-web.md

#: html-extract/04THEHAGUE1903 L19-L30 and its last lines, the copy in the row cut short: the
#: cable signed `SOBEL`, then `",` and the cable's own cables.csv row, whose copy stops unsigned
#: about 100 lines further down.
CSV_ROW_WITH_COPY = """1. (SBU) Surveillance detection teams reported the events below.

SOBEL
",
19205,7/29/2004 5:59,04THEHAGUE1903,"Embassy The Hague",UNCLASSIFIED//FOR OFFICIAL USE ONLY,,"This record is a partial extract of the original cable.

","UNCLAS THE HAGUE 001903

SIPDIS

SENSITIVE
""" + "".join(f"\n{letter}. (SBU) An item of the surveillance report.\n" for letter in "ABCDEFGHI") \
    + """
J. (SBU) SECURITY ACTIONS TAKEN BY HOST GOVERNMENT:  Host
government has promised a full investigation.
"""


def test_a_cables_csv_row_with_a_second_copy_after_the_signature_is_left_out():
    assert lint_body(CSV_ROW_WITH_COPY, ["CL100"]) == []


def test_a_cables_csv_row_after_an_unsigned_text_still_leaves_the_signature_missing():
    text = CSV_ROW_WITH_COPY.replace("SOBEL\n", "")
    assert [rule for _, _, rule, _ in lint_body(text, ["CL100"])] == ["CL100"]


def test_a_line_clipped_with_an_ellipsis_is_no_signature():
    # html-extract/08THEHAGUE625 L27-L28: the host copy stops in its REF, then the cables.csv row
    text = ("REF: A. THE HAGUE 587\n     \u00b6B. BRUSSEL...\n\n\n"
            "163331,7/24/2008 8:56,08THEHAGUE625,\"Embassy The\nHague\",CONFIDENTIAL,\"VZCZCXYZ0000\n")
    assert [rule for _, _, rule, _ in lint_body(text, ["CL100"])] == ["CL100"]


# --- CL100: a surname after an office symbol that ends a participant list ---------------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

#: html-extract/08STATE114173:67, the end of the last line (a list of participants, no period).
STATE_PARTICIPANTS = ("\u00b613. (U) Participants: United States Daniel Fried Assistant Secretary "
                      "for European and Eurasian Affairs Joseph Boski Political Officer, Embassy "
                      "Vilnius Julie-Anne Peterson e-PINE Coordinator, EUR/NB RICE\n")


def test_a_surname_after_an_office_symbol_is_the_signature():
    assert lint_body(STATE_PARTICIPANTS, ["CL100"]) == []


def test_a_run_of_codes_at_the_end_is_still_no_signature():
    text = STATE_PARTICIPANTS.replace("EUR/NB RICE", "EUR NATO")
    assert [rule for _, _, rule, _ in lint_body(text, ["CL100"])] == ["CL100"]


# --- CL100, CL114: an archive's reference-and-classification line under the cable --------------
# seed 27182 web audit: docs/precision/seed27182/SUMMARY-web.md

#: html-fragment/01VATICAN3507:122-129, shortened: the signature glued to the last sentence, the
#: bottom banner, a stray '>' and the archive's line.
VATICAN_END = """\u00b620. (C) AREAS IN WHICH WE SHOULD EXPECT CONTINUED DIFFICULTIES:
-- DEATH PENALTY - THE DEPARTMENT SHOULD CONSIDER WHAT PUBLIC DIPLOMACY AVENUES TO USE. MMERANTE
 CONFIDENTIAL
>
 2001VATICA03507 - Classification: CONFIDENTIAL</pre></code>
"""


def test_the_archive_line_under_the_signature_is_mirror_text_not_the_end_of_the_cable():
    assert [(line, rule) for line, _, rule, _ in lint_body(VATICAN_END, ["CL100", "CL114"])] == [
        (5, "CL114")]


def test_the_archive_line_under_an_unsigned_text_leaves_the_signature_missing():
    text = VATICAN_END.replace(" MMERANTE", "")
    assert sorted(rule for _, _, rule, _ in lint_body(text, ["CL100", "CL114"])) == [
        "CL100", "CL114"]
