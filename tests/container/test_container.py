"""The source layer: each layout recognised and its cable taken out (real corpus snippets), every finding
mapped back onto the characters of the original file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from conftest import CORPUS, ROOT, corpus_files, registry
from cablelint.container import LineIndex, extract, map_span
from cablelint.container.flat import reline_body, reline_header
from cablelint.container.jsonrec import decode_string, parse_record
from cablelint.container.offsets import MapBuilder
from cablelint.document import Span
from cablelint.engine import lint_bytes, lint_text, read_cable
from cablelint.ruleset import build

# html-fragment/06TASHKENT465.txt (opening and end, middle cut)
FRAGMENT = """<code><pre>S E C R E T TASHKENT 000465 

SIPDIS 

SIPDIS DEPT FOR SCA/CEN, INR 

E.O. 12958: DECL: 03/09/2016 
TAGS: <a href='/tag/KCRM_0.html'>KCRM</a> <a href='/tag/PGOV_0.html'>PGOV</a> <a href='/tag/UZ_0.html'>UZ</a>
SUBJECT: (S) VIDEO SHOWS MAFIA TIES TO GOU 

REF: A) 05 TASHKENT 2378 B) 98 TASHKENT 1097 C) 05 TASHKENT 3415 

Classified By: AMB. JON R. PURNELL FOR REASONS 1.4 (B, D) 

<a id='par1' href='#par1'>¶</a>1. (S) Summary: Video footage obtained by Post suggests close ties &amp; more. 

<a id='par2' href='#par2'>¶</a>2. (S) Post has obtained video footage. End note.) PURNELL</pre></code>"""

# json-body/05NEWDELHI1224.txt (opening and end: line breaks were replaced by spaces upstream)
FLAT_BODY = ("C O N F I D E N T I A L SECTION 01 OF 03 NEW DELHI 001224  SIPDIS  E.O. 12958: DECL: "
             "02/15/2015 TAGS: PREL, EAID, ETRD, CE, IN, Tsunami Relief, India-SriLanka SUBJECT: "
             "INDIA RIDING HIGH ON POST-TSUNAMI WAVE OF GOOD WILL; BIG PLANS FOR SRI LANKA   "
             "Classified By: PolCouns Geoff Pyatt.  Reasons 1.4 (B, D)  1.  (C) Summary: As a "
             "concrete demonstration of India's magnanimity and competence, New Delhi's recent "
             "large-scale assistance to its tsunami-stricken neighbors had illustrated the "
             "country's standing.  2.  (C) In this context, the Indian Navy's exemplary "
             + "performance in Sri Lanka is evidence that the ghosts of India's unsuccessful 1989 "
               "military "
             "intervention have now been laid to rest. " * 8 + "MULFORD")

# json-record/wl20101128-0000.json (body cut short; the glued text of the early site)
RECORD = json.dumps({
    "_id": "04ANKARA348", "origin": "Embassy Ankara", "date_time": "2004-01-20 12:12",
    "classification": "CONFIDENTIAL",
    "body": "C o n f i d e n t i a l section 01 of 04 ankara 000348SipdisE.o. 12958: decl: "
            "01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan goes to "
            "washington: how strong a leader in the face of strong challenges?(U) Classified by "
            "Ambassador Eric Edelman; reasons: 1.5 (b,d).\u00b61. (C) Summary: P.M. Erdogan "
            "expects Washington to focus on \"Cyprus\", economic reform."
            + " Erdogan will press for concrete U.S. actions." * 40 +
            "\u00b62. (C) At this time Erdogan is the only partner capable of advancing. Edelman",
    "header": "This record is a partial extract of the original cable. The full text of the "
              "original cable is not available.201247Z Jan 04",
    "reference_id": "04ANKARA348"})

# json-record/delhi-0000.json: cables.csv date, the `_id` holds the REF list, not the cable's id
DELHI_RECORD = json.dumps({
    "_id": "87NEWDELHI17853", "origin": "Embassy New Delhi", "date_time": "8/7/1987 12:11",
    "classification": "UNCLASSIFIED",
    "body": "UNCLAS SECTION 01 OF 02 NEW DELHI 19406  LIMITED OFFICIAL USE  E.O. 12356: N/A TAGS: "
            "PTER, PGOV, IN SUBJECT:  INCREASE IN SIKH TERRORISM LIKELY  REF: NEW DELHI 17853  1.  "
            "SUMMARY:  ELEVEN PEOPLE WERE KILLED IN PUNJAB STATE ON AUGUST 6.  END SUMMARY  "
            + "2.  ACCORDING TO PRESS REPORTS ELEVEN PEOPLE WERE KILLED.  " * 30
            + "3.  THE END.  DEAN"})

# pdf-extract/00HANOI686.txt (pypdf text layer: one TAG per line, lone pilcrows)
PDF_EXTRACT = """P 050821Z JAN 00
FM AMEMBASSY HANOI
TO SECSTATE WASHDC PRIORITY 7722
C O N F I D E N T I A L SECTION 01 OF 07 HANOI 000686 
E.O. 12958: DECL: 01/05/10 
TAGS: 
PGOV
 
PREL
 
VM
SUBJECT: IDEOLOGY IN VIETNAM 
(U) CLASSIFIED BY AMBASSADOR PETE PETERSON. REASONS 1.5 (B,D).
¶
1. (C) SUMMARY: IDEOLOGY MATTERS. 
¶
2. (C) VIETNAM'S LEADERS ARE EMBOLDENED. 
PETERSON
"""

# pdf-text/06NEWDELHI5238.txt (Tika; blank lines removed, banner de-spaced)
PDF_TEXT = "\n".join(["", "VZCZCXRO1359", "OO RUEHBI RUEHCI RUEHLH RUEHPW",
                      "DE RUEHNE #5238/01 2021010",
                      "ZNY CCCCC ZZH", "O 211010Z JUL 06", "FM AMEMBASSY NEW DELHI",
                      "TO RUEHC/SECSTATE WASHDC IMMEDIATE 6831",
                      "CONFIDENTIAL SECTION 01 OF 03 NEW DELHI 005238 ",
                      " ", "SIPDIS ", " ", "E.O. 12958: DECL: 07/21/2016 ",
                      "TAGS: PGOV PINR PREL IN",
                      "SUBJECT: STORM CLOUDS GATHERING OVER PARLIAMENT ", " ",
                      "Classified By: PolCouns Ted Osius, Reasons 1.4 (B, D) ", " ",
                      "1. (C) The Left parties have signaled their intention. ", " ", "MULFORD",
                      ""])


def ruleset(select=("ALL",)):
    return build(registry(), select=list(select))


# --- detection ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, layout", [
    (FRAGMENT, "html-fragment"), (RECORD, "json-record"), (DELHI_RECORD, "json-record"),
    (FLAT_BODY, "flattened"), (PDF_EXTRACT, "pdf-extract"), (PDF_TEXT, "pdf-text"),
    ("This record is a partial extract of the original cable. The full text of the original cable "
     "is not available.\n\n291359Z Nov 00\n\nC O N F I D E N T I A L HARARE 006677\n", "web-page"),
    ("VZCZCXRO7837\nPP RUEHDBU\n\nC O N F I D E N T I A L ASTANA 000604\n\n1. (C) Text.\n",
     "plain"),
])
def test_layout_is_recognised(text, layout):
    assert extract(text).layout == layout


@pytest.mark.parametrize("label, pypdf", [("TAGS: ", True), ("TAGS", True), ("TAG:", True),
                                          ("SEE TAGS: ", False)])
def test_a_pdf_extract_is_known_by_its_tags_one_per_line(label, pypdf):
    """Without its lone pilcrows, 00HANOI686's text layer is still pypdf's: a TAGS label alone
    at a line's start, then one TAG per line with white-space lines between."""
    text = PDF_EXTRACT.replace("¶\n", "").replace("TAGS: \n", label + "\n")
    assert (extract(text).layout == "pdf-extract") is pypdf


def test_a_json_array_or_broken_json_is_plain_text():
    assert extract('[{"body": "x"}]').layout == "plain"
    assert extract('{"body": "unterminated').layout == "plain"
    assert parse_record('{"origin": "Embassy Ankara"}') is None     # no body: not a cable record


def test_a_page_snippet_without_pre_is_one_empty_file_finding():
    """html-fragment/04OTTAWA3115.txt holds only `Appears in these articles:<br />`."""
    found = lint_text("Appears in these articles:<br />\n", "04OTTAWA3115.txt", ruleset())
    assert [d.rule_id for d in found] == ["CL135"]


# --- extraction -----------------------------------------------------------------------------------

def test_html_fragment_tags_out_entities_decoded_links_kept_as_traces():
    cable, extraction = read_cable(FRAGMENT, "06TASHKENT465.txt")
    assert (
        "<" not in extraction.text
        and "&amp;" not in extraction.text
        and "ties & more" in extraction.text
    )
    assert cable.banner.classification == "SECRET" and cable.banner.raw.span.column == 1
    assert [t.value for t in cable.tags.tags] == ["KCRM", "PGOV", "UZ"]
    assert [p.number for p in cable.paragraphs] == [1, 2] and all(
        p.pilcrow for p in cable.paragraphs
    )
    assert cable.signature.value == "PURNELL"
    assert [a.value for a in cable.source.container.anchors] == ["<a id='par1' href='#par1'>¶</a>",
                                                           "<a id='par2' href='#par2'>¶</a>"]
    assert len(cable.source.container.tag_links) == 3


def test_json_record_envelope_becomes_metadata_header_and_body():
    cable, extraction = read_cable(RECORD, "wl20101128-0000.json")
    meta = cable.traces.metadata
    assert (meta.reference_id.value, meta.origin.value, meta.classification.value) == \
        ("04ANKARA348", "Embassy Ankara", "CONFIDENTIAL")
    assert cable.date.isoformat() == "2004-01-20"
    assert cable.is_partial and cable.banner is not None and cable.banner.serial == "000348"
    assert cable.eo.decl_date.isoformat() == "2014-01-07"
    assert cable.subject is not None and cable.classified_by is not None
    assert [p.number for p in cable.paragraphs] == [1, 2]
    assert cable.signature.value == "Edelman"
    assert '"Cyprus"' in extraction.text        # \" decoded


def test_json_record_from_cables_csv_date_and_no_id_from_underscore_id():
    cable, _ = read_cable(DELHI_RECORD, "delhi-0000.json")
    assert cable.traces.metadata.created.value == "1987-08-07 12:11"
    assert cable.traces.metadata.reference_id is None    # `_id` is the REF list in these exports
    assert cable.eo.order == "12356" and cable.refs is not None
    assert [p.number for p in cable.paragraphs] == [1, 2, 3]
    assert cable.signature.value == "DEAN"


def test_flattened_body_relined_before_markers():
    cable, extraction = read_cable(FLAT_BODY, "05NEWDELHI1224.txt")
    assert extraction.layout == "flattened" and cable.source.flattened
    assert cable.captions and cable.captions[0].value == "SIPDIS"
    assert cable.eo.decl_date.isoformat() == "2015-02-15"
    assert "Tsunami Relief" in [t.value for t in cable.tags.tags]
    assert cable.subject.text.endswith("SRI LANKA")
    assert cable.classified_by.section.value == "1.4"
    assert [p.number for p in cable.paragraphs] == [1, 2, 3, 4, 5, 6, 7, 8][:len(cable.paragraphs)]
    assert len(cable.paragraphs) >= 2 and cable.signature.value == "MULFORD"


@pytest.mark.parametrize("later, numbers", [
    # json-record/iran-0140: `met with IRPO on March 1 and 3.  Mousavi ...` is no paragraph 3
    # when `2. [S/NF]` comes later with its portion mark
    ("2. [S/NF] U. of Tehran Professor Offers Views.    3. [S/NF] Next.", [1, 2, 3]),
    # ... without a marked 2 after it, the 3 stays the paragraph it may be (CL090 reports the gap)
    ("Nothing more.    4. [S/NF] Next.", [1, 3, 4]),
])
def test_a_number_in_a_sentence_before_the_marked_one_expected_is_no_paragraph(later, numbers):
    text, _, _ = reline_body("REASON: 1.4 (b), (d) 1. [S/NF] Reformist MP Khoeni:  He met with "
                             "IRPO on March 1 and 3.  Mousavi Khoeni entered the Majles.    "
                             + later)
    assert [int(block.split(".")[0]) for block in text.split("\n\n")[1:]] == numbers


def test_glued_flattened_text_gets_breaks_without_spaces():
    text, offsets, count = reline_body("C o n f i d e n t i a l ankara 000348SipdisE.o. 12958: "
                                       "decl: 01/07/2014 Tags: prel, tu Subject: p.m. goes(U) "
                                       "Classified by X; reasons: 1.5 (b,d).¶1. (C) Summary: text. "
                                       "Edelman")
    assert text.split("\n\n") == ["C o n f i d e n t i a l ankara 000348", "Sipdis",
                                  "E.o. 12958: decl: 01/07/2014",
                                  "Tags: prel, tu", "Subject: p.m. goes",
                                  "(U) Classified by X; reasons: 1.5 (b,d).",
                                  "¶1. (C) Summary: text.", "Edelman"]
    assert count == 7


def test_flattened_banner_kept_whole_and_labels_not_split():
    """json-body/04NEWDELHI5734.txt (two spaces inside the banner), json-body/10STATE9939.txt (`Classified By:
    (U) CLASSIFIED BY`), json-record/wl20101128-0077.json (date line, page break and REF glued)."""
    text, _, _ = reline_body(
        "C O N F I D E N T I A L  NEW DELHI 005734   E.O. 12958: DECL: "
        "09/09/2014 TAGS: PREL  Classified By: (U) CLASSIFIED BY EAP DAS "
        "DAVID B. SHEAR, REASON: 1.4 (C).   ¶1. (U) This is an action request."
    )
    assert text.split("\n\n")[0] == "C O N F I D E N T I A L  NEW DELHI 005734"
    assert (
        "Classified By: (U) CLASSIFIED BY EAP DAS DAVID B. SHEAR, REASON: 1.4 (C)."
        in text.split("\n\n")
    )
    text, _, _ = reline_body("Friday, 12 June 2009, 12:11S E C R E T SECTION 01 OF 03 BAKU 000478 "
                             "SIPDIS EO 12958 DECL: 06/03/2019 TAGS PREL, TX, IR BAKU 00000478  "
                             "001.2 OF 003 SUBJECT: IRAN VIEW DEALSREF: A) KARACHI 145 B) 2008 "
                             "BAKU 917Classified By: X, FOR REASONS 1.4 (B)  ¶1. (C) Text.")
    assert text.split("\n") == ["Friday, 12 June 2009, 12:11", "",
                                "S E C R E T SECTION 01 OF 03 BAKU 000478", "",
                                "SIPDIS", "", "EO 12958 DECL: 06/03/2019", "", "TAGS PREL, TX, IR",
                                "BAKU 00000478  001.2 OF 003", "", "SUBJECT: IRAN VIEW DEALS", "",
                                "REF: A) KARACHI 145",
                                "B) 2008 BAKU 917", "", "Classified By: X, FOR REASONS 1.4 (B)", "",
                                "¶1. (C) Text."]


def test_flattened_page_break_in_lower_case_is_relined():
    """json-body/07ANKARA1905.txt and 09BERLIN1403.txt: a mirror wrote the page break with the
    station and `of` in lower case, glued to the words on both sides; it is taken out of the
    sentence as the upper-case ones are (and CL026 does not report the flattening)."""
    flat = ("C O N F I D E N T I A L SECTION 01 OF 02 ANKARA 001905 SIPDIS ¶1. (C) He "
            "described his health as \u201cgreat.\u201d If he were notAnkara 00001905 002 of "
            "002in good shape, would he be able to travel so much? WILSON")
    text, _, _ = reline_body(flat)
    assert "Ankara 00001905 002 of 002" in text.split("\n")
    assert lint_text(flat, "07ANKARA1905.txt", build(registry(), select=["CL026"])) == []
    # a number of the text in lower case is no page break: `of` between counts stays in its sentence
    text, _, _ = reline_body("C O N F I D E N T I A L ANKARA 001905 ¶1. (C) Ankara 00001905 "
                             "002 of 0020 people, and 105 of 192 countries.")
    assert "Ankara 00001905 002 of 0020 people" in text


def test_flattened_header_relined():
    text, _, _ = reline_header("VZCZCXRO0500PP RUEHAG RUEHLHRUEHPW RUEHROVDE RUEHAH #0248 "
                               "0550457ZNY SSSSS ZZHP 240457Z FEB 09FM AMEMBASSY ASHGABATTO "
                               "RUEHC/SECSTATE WASHDC PRIORITY 2339INFO RUCNCLS/ALL SOUTH AND "
                               "CENTRAL ASIA COLLECTIVERUEHAK/AMEMBASSY ANKARA 4850")
    assert text.split("\n") == ["VZCZCXRO0500", "PP RUEHAG RUEHLH RUEHPW RUEHROV",
                                "DE RUEHAH #0248 0550457",
                                "ZNY SSSSS ZZH", "P 240457Z FEB 09", "FM AMEMBASSY ASHGABAT",
                                "TO RUEHC/SECSTATE WASHDC PRIORITY 2339",
                                "INFO RUCNCLS/ALL SOUTH AND CENTRAL ASIA COLLECTIVE",
                                "RUEHAK/AMEMBASSY ANKARA 4850"]


def test_flattened_header_with_to_glued_to_the_sender():
    """json-record/wl20101128-0049.json: `FM SECSTATE WASHDCTO AMEMBASSY YEREVAN IMMEDIATE 0000`."""
    text, _, _ = reline_header("ZNY CCCCC ZZHO 101606Z FEB 09FM SECSTATE WASHDCTO AMEMBASSY "
                               "YEREVAN IMMEDIATE 0000")
    assert text.split("\n") == ["ZNY CCCCC ZZH", "O 101606Z FEB 09", "FM SECSTATE WASHDC",
                                "TO AMEMBASSY YEREVAN IMMEDIATE 0000"]


def test_pdf_extract_pilcrows_and_tags_joined():
    cable, extraction = read_cable(PDF_EXTRACT, "00HANOI686.txt")
    assert [t.value for t in cable.tags.tags] == ["PGOV", "PREL", "VM"]
    assert [p.number for p in cable.paragraphs] == [1, 2] and all(
        p.pilcrow for p in cable.paragraphs
    )
    assert "¶\n1." not in extraction.text


def test_pdf_extract_page_header_and_footer_removed():
    """pdf-extract/00HANOI686.txt: the PDF's `2000HANOI00686 - CONFIDENTIAL` lines and the `>` line."""
    text = (PDF_EXTRACT.replace("P 050821Z", "2000HANOI00686 - CONFIDENTIAL\nP 050821Z")
            + " \n>\n \n 2000HANOI00686 - CONFIDENTIAL\n")
    cable, extraction = read_cable(text, "00HANOI686.txt")
    assert "2000HANOI00686" not in extraction.text and "\n>\n" not in extraction.text
    assert cable.signature.value == "PETERSON" and cable.header.dtg is not None


def test_pdf_text_banner_read_as_spaced_and_not_reported():
    found = lint_text(PDF_TEXT, "06NEWDELHI5238.txt", ruleset())
    assert not [d for d in found if d.rule_id == "CL021"]
    cable, _ = read_cable(PDF_TEXT, "06NEWDELHI5238.txt")
    assert cable.banner.written == "C O N F I D E N T I A L"


# --- the container is one finding, not a cascade --------------------------------------------------

@pytest.mark.parametrize("text, name", [(FRAGMENT, "06TASHKENT465.txt"),
                                        (RECORD, "wl20101128-0000.json"),
                                        (DELHI_RECORD, "delhi-0000.json"),
                                        (FLAT_BODY, "05NEWDELHI1224.txt")])
def test_no_banner_signature_or_caption_cascade(text, name):
    found = lint_text(text, name, ruleset())
    cascade = [d for d in found if d.rule_id in ("CL020", "CL100", "CL032", "CL123")
               or (d.rule_id == "CL021" and "text before the banner" in d.message)]
    assert cascade == []
    assert [d.rule_id for d in found].count("CL136") == 1


def test_html_anchors_reported_once_by_cl110_at_the_anchor():
    found = [d for d in lint_text(FRAGMENT, "06TASHKENT465.txt", ruleset(["CL110", "CL058"]))]
    assert [(d.rule_id, d.line, d.column) for d in found] == [("CL058", 8, 7), ("CL110", 15, 1)]
    line = FRAGMENT.split("\n")[14]
    assert line[found[1].column - 1:found[1].end_column - 1] == "<a id='par1' href='#par1'>¶</a>"
    assert "(and 1 more lines like it)" in found[1].message


def test_json_envelope_is_mirror_metadata_the_metadata_rules_check():
    """CL022 compares the banner with the envelope's classification, CL023 the banner with its id."""
    record = RECORD.replace('"classification": "CONFIDENTIAL"', '"classification": "SECRET"') \
        .replace('"reference_id": "04ANKARA348"', '"reference_id": "04ANKARA349"')
    found = lint_text(record, "wl.json", ruleset(["CL022", "CL023"]))
    assert [(d.rule_id, d.message) for d in found] == [
        ("CL022", "Banner says CONFIDENTIAL but the mirror metadata says SECRET"),
        ("CL023", "Banner station and serial ANKARA348 do not match the reference id's ANKARA349")]
    assert {record[d.column - 1 : d.end_column - 1] for d in found} == {
        "C o n f i d e n t i a l section 01 of 04 ankara 000348"
    }  # the banner inside the raw JSON


@pytest.mark.parametrize("glued", [
    # html-extract/06BERN1280.txt: the last addressee and the banner on one line, a tab between
    "VZCZCXRO7837\nPP RUEHDBU\nDE RUEHTA #0604/01 0660517\nZNY CCCCC ZZH\nP 070517Z MAR 07\nFM "
    "AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC PRIORITY 8683\nINFO RUEHZL/EUROPEAN POLITICAL "
    "COLLECTIVE PRIORITY\tC O N F I D E N T I A L ASTANA 000604",
    # the partial-extract notice and the banner with no separator (alx/cablegate pages)
    "This record is a partial extract of the original cable. The full text of the original cable "
    "is not available.C O N F I D E N T I A L ASTANA 000604",
])
def test_banner_glued_to_the_envelope_is_one_finding(glued):
    body = ("\n\nSIPDIS\n\nE.O. 12958: DECL: 03/06/2017\nTAGS: PGOV PREL KZ\nSUBJECT: A SUBJECT\n\n"
            "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).\n\n1. (C) First "
            "paragraph.\n\n2. (C) Second paragraph.\n\nORDWAY\n")
    found = lint_text(glued + body, "07ASTANA604.txt", build(registry()))
    assert [d.rule_id for d in found] == ["CL021"] and "text before the banner" in found[0].message


# --- dates ----------------------------------------------------------------------------------------

def test_reference_id_year_dates_a_headerless_cable():
    """html-fragment has no header: the file name gives the year, and the date rules run on it."""
    cable, _ = read_cable(FRAGMENT.replace("03/09/2016", "03/09/2005"), "06TASHKENT465.txt")
    assert (cable.dated.source, cable.dated.earliest.isoformat(),
            cable.dated.latest.isoformat()) == \
        ("reference-id", "2006-01-01", "2006-12-31")
    assert cable.date is None
    found = lint_text(FRAGMENT.replace("03/09/2016", "03/09/2005"), "06TASHKENT465.txt",
                      ruleset(["CL044"]))
    assert [d.message for d in found] == [
        "Declassification date 2005-03-09 is not after the cable date 2006 (year of the reference "
        "id)"]


def test_year_only_date_is_not_judged_inside_its_year():
    """A DECL date in the cable's own year may be after the cable (its day is unknown): no CL044."""
    text = FRAGMENT.replace("03/09/2016", "12/09/2006")
    assert lint_text(text, "06TASHKENT465.txt", ruleset(["CL044"])) == []
    # no date at all: nothing to say
    assert lint_text(FRAGMENT, "no-id.txt", ruleset(["CL044"])) == []


def test_reason_section_outdated_on_a_json_record_of_2004():
    found = lint_text(RECORD, "wl20101128-0000.json", ruleset(["CL084"]))
    assert [d.message for d in found] == ["Reason section 1.5 on a cable dated 2004-01-20: E.O. "
                                          "12958 as amended by E.O. 13292, in force from "
                                          "2003-09-22 to 2010-06-27, uses section 1.4"]


# --- offset map -----------------------------------------------------------------------------------

def test_json_escapes_map_into_the_raw_json():
    raw = '{"body": "a\\"b\\nc\\u00b6d\\ud83d\\ude00e"}'
    field = parse_record(raw)["body"]
    decoded, offsets = decode_string(raw, field.start, field.end)
    assert decoded == 'a"b\nc¶d\U0001F600e'
    for i, char in enumerate(decoded):
        start, end = offsets.range(i, i + 1)
        assert json.loads('"' + raw[start:end] + '"') == char


@st.composite
def edited_texts(draw):
    """An original text and a random extraction of it: copies, replacements, insertions, deletions."""
    original = draw(st.text(alphabet="ab \n¶&;<>", min_size=0, max_size=60))
    builder = MapBuilder(original)
    at = 0
    while at < len(original):
        size = draw(st.integers(1, max(1, len(original) - at)))
        action = draw(st.sampled_from(["copy", "copy", "replace", "insert", "delete"]))
        if action == "copy":
            builder.copy(at, at + size)
        elif action == "replace":
            builder.replace(draw(st.text(alphabet="xy\n", min_size=1, max_size=4)), at, at + size)
        elif action == "insert":
            builder.insert(draw(st.sampled_from(["\n", "\n\n", " "])), at)
            builder.copy(at, at + size)
        at += size
    return original, builder


@settings(max_examples=300, deadline=None)
@given(edited_texts())
def test_offset_map_round_trip(case):
    """Every extracted range maps inside the original, in order, and copied characters onto themselves."""
    original, builder = case
    extracted, offsets = builder.build()
    previous = 0
    for i in range(len(extracted)):
        start, end = offsets.range(i, i + 1)
        assert 0 <= start <= end <= len(original) and start >= previous
        previous = start
        piece = offsets._piece(i)
        if piece.copied:
            assert original[start:end] == extracted[i]
    ext_index, orig_index = LineIndex(extracted), LineIndex(original)
    for i in range(len(extracted)):
        line, column = ext_index.position(i)
        span = map_span(Span(line, column, line, column + 1), offsets, ext_index, orig_index)
        assert 1 <= span.line <= len(orig_index.starts) \
            and (span.end_line, span.end_column) >= (span.line, span.column)


def test_composed_maps_point_through_both_stages():
    raw = json.dumps({"body": "A  E.O. 12958: N/A TAGS: PGOV SUBJECT: X  1. (C) Text \"q\".  " * 30
                      + "SMITH"})
    cable, extraction = read_cable(raw, "r.json")
    index = LineIndex(extraction.text)
    for p in cable.paragraphs:
        start, end = extraction.offsets.range(
            index.offset(p.marker.span.line, p.marker.span.column),
            index.offset(p.marker.span.end_line, p.marker.span.end_column))
        assert raw[start:end] == p.marker.value


# --- command line ---------------------------------------------------------------------------------

def run(*args, cwd=ROOT):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], capture_output=True, cwd=cwd,
                          env=env)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_cli_json_record_named_and_included(tmp_path):
    record = tmp_path / "wl20101128-0000.json"
    record.write_text(RECORD.replace("1.5 (b,d)", "1.4 (b,d)") + "\n", encoding="utf-8")
    code, out, err = run(str(record), "--select", "CL136,CL084,CL020,CL100", "--format", "json")
    assert code == 1 and "Traceback" not in err
    found = json.loads(out)
    findings = found["diagnostics"]
    assert [f["rule_id"] for f in findings] == ["CL136"]
    assert findings[0]["line"] == 1
    code, out, err = run(str(tmp_path), "--select", "CL136")
    assert (code, out) == (0, "")                       # the default walk takes *.txt only
    code, out, err = run(str(tmp_path), "--select", "CL136", "--include", "*.json")
    assert code == 1 and "wl20101128-0000.json:1:" in out


def test_cli_html_fragment_and_parse_shows_layout_and_steps(tmp_path):
    fragment = tmp_path / "06TASHKENT465.txt"
    fragment.write_text(FRAGMENT + "\n", encoding="utf-8")
    code, out, err = run(str(fragment), "--select", "CL110,CL021")
    assert code == 1 and out.splitlines() == [
        f"{fragment}:15:1: CL110 [markdown-link] warning: HTML link '<a id='par1' "
        f"href='#par1'>¶</a>' in the text "
        "(and 1 more lines like it); the link syntax is not part of the cable"]
    code, out, err = run("parse", str(fragment))
    # the steps as facts (CL136's YAML words them): a code and its values
    assert code == 0 and "layout: 'html-fragment'" in out
    assert "code: 'html_tags'\n    facts\n      count: 4\n" in out


# --- the whole corpus -----------------------------------------------------------------------------

@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_every_layout_parses_and_every_span_maps_inside_the_original():
    rules = ruleset()
    layouts: dict[str, int] = {}
    # the layout folders only: not a `.cablelint_cache` that a run in the corpus folder left there
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name != "html-extract"
                         and not p.name.startswith(".")):
        for path in corpus_files(folder):
            data = path.read_bytes()
            text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
            layouts[extract(text).layout] = layouts.get(extract(text).layout, 0) + 1
            for d in lint_bytes(data, str(path), rules):
                assert_inside(d, text)
    assert {"html-fragment", "json-record", "flattened", "pdf-text", "pdf-extract"} <= set(layouts)


_PIECES = st.sampled_from(["<code><pre>", "</pre></code>", "<a id='par1' href='#par1'>¶</a>",
                           "<a href='/tag/X_0.html'>",
                           "</a>", "&amp;", "&#x000A;", '{"body": "', '"}', "\\n", "\\u00b6", "¶",
                           "1. (C) ", "  ",
                           "E.O. 12958: DECL: 01/01/2019 ", "TAGS: PGOV ", "SUBJECT: X ",
                           "REF: A. B ",
                           "C O N F I D E N T I A L ANKARA 000348", "\n", " ", "SMITH", "x" * 400])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_text_is_linted_and_every_finding_lies_inside_it(text):
    for d in lint_text(text, "08ANKARA348.txt", ruleset()):
        assert_inside(d, text)


def assert_inside(d, text: str) -> None:
    """The finding's start and end are real positions of `text` (a column at most one past its line's
    end), in order."""
    lines = text.split("\n")
    assert 1 <= d.line <= d.end_line <= len(lines), d
    assert (
        1 <= d.column <= len(lines[d.line - 1]) + 1
        and 1 <= d.end_column <= len(lines[d.end_line - 1]) + 1
    ), d
    assert (d.end_line, d.end_column) >= (d.line, d.column), d


def test_the_pdf_layout_tests_read_the_text_as_its_split_lines_would():
    """A line of `¶` alone (pypdf) and white-space lines with no empty one (Tika), found without
    splitting the text: as they were found in its lines (random texts of such lines)."""
    import random

    from cablelint.container.pdf import _lone_pilcrow, is_pdf_text
    rnd = random.Random(5)
    for _ in range(5000):
        text = "\n".join(rnd.choice(["", " ", "\t", "a", "¶", " ¶\u00a0", "¶2.", "\u00a0"])
                         for _ in range(rnd.randint(0, 40)))
        lines = text.split("\n")
        assert _lone_pilcrow(text) == ("¶" in map(str.strip, lines)), repr(text)
        tika = len(lines) >= 10 and "" not in lines[1:-1] \
            and any(line and not line.strip() for line in lines)
        assert is_pdf_text(text) == tika, repr(text)
