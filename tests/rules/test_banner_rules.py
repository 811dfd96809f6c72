"""Banner rules: reference id, SECTION, page breaks, repeated header blocks, NOFORN and SBU (CL023-CL029)."""

import pytest

from cables import (BANNER, BELOW_HEADER, BODY, HEADER, UNCLAS_HEADER, between_paragraphs, cable,
                    mirror)
from conftest import lint


# --- CL023 banner-id-mismatch -----------------------------------------------------------------

@pytest.mark.parametrize("identifier, other", [("07ASTANA605", "ASTANA605"),
                                               ("07ALMATY604", "ALMATY604")])
def test_cl023_banner_of_another_cable(identifier, other):
    assert lint(mirror(identifier=identifier), ["CL023"]) == [
        (20, 1, "CL023", f"Banner station and serial ASTANA604 do not match the reference id's "
                         f"{other}"),
    ]


@pytest.mark.parametrize("text", [
    mirror(),
    HEADER + BODY,                      # no reference id to compare with
])
def test_cl023_banner_matches_or_nothing_to_compare(text):
    assert lint(text, ["CL023"]) == []


def test_cl023_station_with_spaces_in_the_banner():
    text = mirror(identifier="07USUNNEWYORK604",
                  header=HEADER.replace("ASTANA 000604", "USUN NEW YORK 000604"))
    assert lint(text, ["CL023"]) == []


# --- CL024 section-number-invalid -------------------------------------------------------------

@pytest.mark.parametrize("section", ["SECTION 02 OF 02", "SECTION 01 OF 00"])
def test_cl024_not_a_first_section_with_two_digit_numbers(section):
    assert lint(cable(banner=BANNER.replace("SECTION 01 OF 02", section)), ["CL024"]) == [
        (9, 1, "CL024", f"Banner has '{section}'; expected 'SECTION 01 OF nn' with two-digit "
                        f"numbers"),
    ]


@pytest.mark.parametrize("section", ["SECTION 1 OF 2", "SECTION 01 OF 2"])
def test_cl024_a_first_section_without_a_leading_zero_is_named_as_retyped(section):
    assert lint(cable(banner=BANNER.replace("SECTION 01 OF 02", section)), ["CL024"]) == [
        (9, 1, "CL024", f"Banner has '{section}': its section numbers lack the leading zero of "
                        "the telegram form ('SECTION 01 OF 02'), as in a retyped copy"),
    ]


@pytest.mark.parametrize("banner", [
    BANNER,
    "C O N F I D E N T I A L SECTION 01 OF 10 ASTANA 000604",
    "C O N F I D E N T I A L ASTANA 000604",                     # single-section cable: no SECTION
])
def test_cl024_first_section(banner):
    assert lint(cable(banner=banner), ["CL024"]) == []


# --- CL025 page-break-inconsistent ------------------------------------------------------------

@pytest.mark.parametrize("page_break, problem", [
    ("ASTANA 00000604 002 OF 003", "total 003 but the banner says SECTION 01 OF 02"),
    ("ASTANA 00000604 003 OF 002", "page 003 is beyond the total 002"),
    ("ASTANA 00000605 002 OF 002", "serial 00000605 but the banner's serial is 000604"),
])
def test_cl025_page_break_disagrees_with_the_banner(page_break, problem):
    assert lint(cable(body=between_paragraphs(page_break)), ["CL025"]) == [
        (21, 1, "CL025", f"Page-break line '{page_break}': {problem}"),
    ]


def test_cl025_page_break_of_another_post():
    assert lint(cable(body=between_paragraphs("ALMATY 00000604 002 OF 002")), ["CL025"]) == [
        (21, 1, "CL025", "Page-break line 'ALMATY 00000604 002 OF 002': station 'ALMATY' is not "
                         "part of the banner's 'ASTANA'"),
    ]


def test_cl025_page_counted_backwards_after_a_repeat():
    header = HEADER.replace("OF 02", "OF 03")
    body = ("1. (C) First.\n\nASTANA 00000604 002 OF 003\n\n2. (C) Second.\n\nASTANA 00000604 002 "
            "OF 003\n\n3. (C) Third.\n\nASTANA 00000604 004 OF 003\n\nORDWAY\n")
    assert lint(header + body, ["CL025"]) == [
        (29, 1, "CL025", "Page-break line 'ASTANA 00000604 004 OF 003': page 004 is beyond the "
                         "total 003"),
    ]


@pytest.mark.parametrize("page_break", ["ASTANA 00000604 002 OF 002",
                                        "ASTANA 00000604 001.2 OF 002"])
def test_cl025_page_break_agrees(page_break):
    assert lint(cable(body=between_paragraphs(page_break)), ["CL025"]) == []


def test_cl025_station_cut_to_ten_characters():
    header = HEADER.replace("ASTANA 000604", "BUENOS AIRES 000604")
    assert lint(cable(header, between_paragraphs("BUENOS AIR 00000604 002 OF 002")),
                ["CL025"]) == []


def test_cl025_pages_counted_in_order():
    header = HEADER.replace("OF 02", "OF 03")
    body = ("1. (C) First.\n\nASTANA 00000604 002 OF 003\n\n2. (C) Second.\n\nASTANA 00000604 003 "
            "OF 003\n\n3. (C) Third.\n\nORDWAY\n")
    assert lint(header + body, ["CL025"]) == []


# --- CL026 page-break-inline ------------------------------------------------------------------

@pytest.mark.parametrize("line, column", [
    ("1. (C) The minister said ASTANA 00000604 002 OF 002 that the plan would go ahead.", 26),
    ("1. (C) The minister said that the plan would go ahead ASTANA 00000604 002 OF 002", 55),
])
def test_cl026_page_break_glued_to_text(line, column):
    assert lint(HEADER + line + "\n\nORDWAY\n", ["CL026"]) == [
        (19, column, "CL026",
         "Page-break text inside a line of the text: 'ASTANA 00000604 002 OF 002'"),
    ]


def test_cl026_page_break_on_its_own_line():
    assert lint(cable(body=between_paragraphs("ASTANA 00000604 002 OF 002")),
                ["CL025", "CL026"]) == []


@pytest.mark.parametrize("line, column, value", [
    # 08LONDON2970: two spaces inside, text glued before the station (`HM` of `HM Treasury`: not the
    # page break's, which starts at the banner's station)
    ("1. (C) ... the length and depth of the recession.  HM  ASTANA 00000604  002.2 OF 002   "
     "Treasury forecasts", 56, "ASTANA 00000604  002.2 OF 002"),
    ("1. (C) ... no one can evict STs ASTANA 00000604  002 OF 002  without a proper", 33,
     "ASTANA 00000604  002 OF 002"),                                           # 05NEWDELHI9527
    ("1. (C) ... said that ASTANA 00000604 002 of 002 the plan", 22, "ASTANA 00000604 002 of 002"),
])
def test_cl026_page_break_glued_with_any_spacing_and_case(line, column, value):
    assert lint(HEADER + line + "\n\nORDWAY\n", ["CL025", "CL026"]) == [
        (19, column, "CL026", f"Page-break text inside a line of the text: '{value}'"),
    ]


@pytest.mark.parametrize("page_break", [
    "Astana 00000604 002 of 002",             # 06KIEV1261: `Kiev 00001261
                                              # 002 of 004` on its own line
    "ASTANA 00000604  002 OF 002 \\",        # 07BERN881: lines of the export end in a backslash
])
def test_cl026_page_break_line_in_mixed_case_or_with_a_backslash_stands_alone(page_break):
    assert lint(cable(body=between_paragraphs(page_break)), ["CL025", "CL026"]) == []


def test_cl025_counts_the_page_breaks_glued_into_text():
    # 05NEWDELHI9527: page 002 glued into a sentence, 003 on its own line: no "first page is 003".
    header = HEADER.replace("OF 02", "OF 03")
    body = ("1. (C) First, evict STs ASTANA 00000604  002 OF 003  without a proper hearing.\n\n"
            "ASTANA 00000604 003 OF 003\n\n2. (C) Second.\n\nORDWAY\n")
    assert lint(header + body, ["CL025"]) == []
    four = HEADER.replace("OF 02", "OF 04")
    skipped = body.replace("OF 003", "OF 004").replace("003 OF 004", "004 OF 004")
    assert lint(four + skipped, ["CL025"]) == [
        (21, 1, "CL025", "Page-break line 'ASTANA 00000604 004 OF 004': page 004 follows page 002"),
    ]


# --- CL027 duplicate-header-block -------------------------------------------------------------

def test_cl027_banner_and_header_block_repeated():
    text = HEADER + BELOW_HEADER + BODY
    assert lint(text, ["CL027"]) == [
        (19, 1, "CL027", f"The banner '{BANNER}' and its header block are repeated before "
                         f"paragraph 1"),
    ]


@pytest.mark.parametrize("text", [
    HEADER + BODY,
    # the banner of the next section, as old cables carry it inside the text
    HEADER + "1. (C) First paragraph.\n\n" + BANNER.replace("SECTION 01", "SECTION 02")
    + "\n\n2. (C) Second paragraph.\n\nORDWAY\n",
    # another section's banner before paragraph 1
    HEADER + BANNER.replace("SECTION 01", "SECTION 02") + "\n\n" + BODY,
])
def test_cl027_no_repeated_header_block(text):
    assert lint(text, ["CL027"]) == []


#: html-extract/08VILNIUS666.txt lines 12-29: the site's preview of the header block, then the
#: full copy with its block run on into the banner's line.
PREVIEW_THEN_COPY = """C O N F I D E N T I A L VILNIUS 000666 

SIPDIS 

E.O. 12958: DECL: 08/12/2018 
TAGS: PREL XG GG LH
SUBJECT: TFGG01: LITHUANIA TO PUSH EU VISA FACILITATION FOR 
GEORGIANS 

REF: STATE 86108 

Classified By: CDA Damian R. Leader for reasons 1...

C O N F I D E N T I A L VILNIUS 000666 SIPDIS E.O. 12958: DECL: 08/12/2018 TAGS: PREL XG GG LH
SUBJECT: TFGG01: LITHUANIA TO PUSH EU VISA FACILITATION FOR GEORGIANS REF: STATE 86108 
Classified By: CDA Damian R. Leader for reasons 1.4 (b) and (d) 1. (C) Post shared reftel points.

¶2. (C) Leskevicius said Lithuania was pleased by Ukrainian President Yushchenko's decision.

LEADER
"""
VILNIUS = "C O N F I D E N T I A L VILNIUS 000666"


@pytest.mark.parametrize("copy", [
    VILNIUS,                                                        # run on into its block
    "C o n f i d e n t i a l vilnius 000666",                       # and in sentence case
])
def test_cl027_copy_run_on_into_a_line_or_in_another_case(copy):
    text = PREVIEW_THEN_COPY.replace(f"\n{VILNIUS} SIPDIS", f"\n{copy} SIPDIS")
    assert [f[:3] for f in lint(text, ["CL027"])] == [(14, 1, "CL027")]
    assert lint(text, ["CL027"])[0][3].startswith(f"The banner '{copy}' ")


@pytest.mark.parametrize("copy", [
    "C O N F I D E N T I A L VILNIUS 0006661 SIPDIS",               # another serial
    "C O N F I D E N T I A L SECTION 02 OF 02 VILNIUS 000666 SIPDIS",   # the next section
    "CONFIDENTIAL VILNIUS 000666 SIPDIS",                           # a page header's wording
])
def test_cl027_line_opening_with_another_banner_is_no_copy(copy):
    text = PREVIEW_THEN_COPY.replace(f"\n{VILNIUS} SIPDIS", f"\n{copy}")
    assert lint(text, ["CL027"]) == []


#: html-extract/08RIGA472.txt lines 10-24: the copy's Classified By runs on into paragraph 1.
RIGA_COPY = """C O N F I D E N T I A L RIGA 000472 

SIPDIS 

E.O. 12958: DECL: 08/12/2018 
TAGS: PREL MOPS ENRG NATO EUN RS GG LG
SUBJECT: TFGG01: LATVIAN FM WANTS STRONG NATO AND EU 
STATEMENTS BUT NOT OPTIMISTIC 

REF: A) STATE 856708 B) STATE 86108 ...

C O N F I D E N T I A L RIGA 000472 SIPDIS E.O. 12958: DECL: 08/12/2018 TAGS: PREL MOPS ENRG NATO
STATE 86108 Classified By: Ambassador Charles W. Larson, Jr., Reason: 1.4 (d) 1. (C) 
Summary: Latvian FM Riekstins supports strong statements by the EU and NATO.
¶2. (C) Ambassador and A/DCM called on FM Riekstins August 12.

LARSON
"""


def test_cl027_a_run_on_copy_leaves_the_lines_after_it_to_their_parts():
    found = [f[:3] for f in lint(RIGA_COPY, ["CL027", "CL062"])]
    assert found == [(12, 1, "CL027"), (13, 13, "CL062")]


# --- CL028 noforn-inconsistent ----------------------------------------------------------------

NOFORN_HEADER = HEADER.replace("SIPDIS\n", "NOFORN\nSIPDIS\n")


def test_cl028_mirror_says_noforn_but_the_cable_does_not():
    assert lint(mirror(classification="CONFIDENTIAL//NOFORN"), ["CL028"]) == [
        (7, 1, "CL028", "The mirror says CONFIDENTIAL//NOFORN, but the cable has no NOFORN caption "
                        "and no /NF portion mark"),
    ]


def test_cl028_noforn_caption_without_nf_paragraphs():
    assert lint(NOFORN_HEADER + BODY, ["CL028"]) == [
        (11, 1, "CL028", "NOFORN caption, but no paragraph is marked /NF"),
    ]


@pytest.mark.parametrize("text", [
    HEADER + BODY,
    mirror(classification="CONFIDENTIAL//NOFORN", header=NOFORN_HEADER,
           body=BODY.replace("(C) Second", "(C/NF) Second")),
    mirror(classification="CONFIDENTIAL//NOFORN",
           body=BODY.replace("(C) Second", "(C//NF) Second")),
    NOFORN_HEADER + BODY.replace("(C) Second", "(S/NF) Second"),
])
def test_cl028_noforn_consistent(text):
    assert lint(text, ["CL028"]) == []


@pytest.mark.parametrize("body", [
    # 08TRIPOLI458: the text lost its line breaks, so the parser found no paragraph and no mark
    "(C/NF) Summary: The Libyan leader met the delegation. 2. (C/NF) He said the plan would go "
    "ahead.\n",
    # a header snippet only
    "Classified By: CDA Joan A. Polaschik, for reasons 1.4 (b) and (d)...\n",
])
def test_cl028_nothing_concluded_without_paragraphs(body):
    assert lint(NOFORN_HEADER + body, ["CL028"]) == []
    assert lint(mirror(classification="CONFIDENTIAL//NOFORN", body=body), ["CL028"]) == []


# --- CL029 sbu-inconsistent -------------------------------------------------------------------

UNCLAS_BODY = BODY.replace("(C)", "(SBU)")
SENSITIVE = UNCLAS_HEADER.replace("SIPDIS\n", "SENSITIVE\nSIPDIS\n")
FOUO = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"


def test_cl029_fouo_in_the_mirror_but_no_sensitive_caption():
    text = mirror(classification=FOUO, header=UNCLAS_HEADER, body=UNCLAS_BODY)
    assert lint(text, ["CL029"]) == [
        (7, 1, "CL029", f"The mirror says {FOUO}, but the UNCLAS cable has no SENSITIVE caption"),
    ]


def test_cl029_sensitive_caption_but_plain_unclassified_in_the_mirror():
    assert lint(mirror(classification="UNCLASSIFIED", header=SENSITIVE, body=UNCLAS_BODY),
                ["CL029"]) == [
        (22, 1, "CL029", "Caption 'SENSITIVE', but the mirror's classification does not say FOR "
                         "OFFICIAL USE ONLY"),
    ]


@pytest.mark.parametrize("text", [
    mirror(classification=FOUO, header=SENSITIVE, body=UNCLAS_BODY),
    mirror(classification=FOUO,
           header=UNCLAS_HEADER.replace("SIPDIS\n", "SENSITIVE BUT UNCLASSIFIED\n"),
           body=UNCLAS_BODY),
    mirror(classification="UNCLASSIFIED", header=UNCLAS_HEADER, body=UNCLAS_BODY),
    SENSITIVE + UNCLAS_BODY,                           # no mirror metadata: nothing to compare
    mirror(header=HEADER.replace("SIPDIS\n", "SENSITIVE\nSIPDIS\n")),      # not an UNCLAS cable
])
def test_cl029_sbu_consistent_or_not_judged(text):
    assert lint(text, ["CL029"]) == []
