"""Banner rules: reference id, SECTION, page breaks, repeated header blocks, NOFORN and SBU (CL023-CL029)."""

import pytest

from cables import (BANNER, BELOW_HEADER, BODY, HEADER, TAGS, UNCLAS_HEADER, between_paragraphs,
                    body, cable, mirror)
from conftest import lint, lint_body


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


# seed 20261209 early audit (CL023 could not fire on files named by their id: 17 corpus files,
# html-extract/09CHISINAU694 under a banner `ULAANBAATAR 000234`)
def test_cl023_banner_of_another_cable_than_the_file_name_says():
    assert lint(HEADER + BODY, ["CL023"], path="archive/09CHISINAU694.txt") == [
        (9, 1, "CL023", "Banner station and serial ASTANA604 do not match the reference id's "
                        "CHISINAU694"),
    ]


#: html-extract/88BAGHDAD28 (its shape): the header and the id are of 1988, the text under them is
#: another cable's, E.O. 12958 and DECL 2034 right for that one.
FOREIGN_TEXT = HEADER.replace("P 070517Z MAR 07", "R 021258Z JAN 88") + BODY


def test_dates_of_the_id_are_not_those_of_another_cables_text():
    # seed 20261215 audit: docs/precision/seed20261215/
    date_rules = ["CL042", "CL044", "CL045", "CL084"]
    assert lint(FOREIGN_TEXT, ["CL023", *date_rules], path="88ASTANA28.txt") == [
        (9, 1, "CL023", "Banner station and serial ASTANA604 do not match the reference id's "
                        "ASTANA28")]
    assert [f[2] for f in lint(FOREIGN_TEXT, date_rules, path="88ASTANA604.txt")] == ["CL042",
                                                                                   "CL045"]


@pytest.mark.parametrize("path, header", [
    ("07ASTANA604.txt", HEADER),
    ("07EFTOASTANA604.txt", HEADER),                           # the file name swallowed EFTO
    ("astana-0604.txt", HEADER),                               # a name that is no id
    ("10SHENYANG4.txt", HEADER.replace("ASTANA 000604", "XXXXXXXXXXXX 000004")),   # withheld
])
def test_cl023_file_name_agrees_or_names_nothing(path, header):
    assert lint(header + BODY, ["CL023"], path=path) == []


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


#: html-extract/07YEREVAN659 L24-25 (shortened): the block copied again on one line right under
#: the SUBJECT (seed 20261208 web audit: 11 corpus files had no finding).
COPY_UNDER_SUBJECT = BELOW_HEADER.replace(
    "\n\nClassified By:",
    f"\n{BANNER} SIPDIS E.O. 12958: DECL: 03/06/2017 TAGS: PGOV\n\nClassified By:")


def test_cl027_the_block_copied_on_one_line_under_the_subject():
    found = lint(HEADER.replace(BELOW_HEADER, COPY_UNDER_SUBJECT) + BODY, ["CL027"])
    assert [(f[0], f[3]) for f in found] == [
        (16, f"The banner '{BANNER}' and its header block are repeated before paragraph 1")]


#: html-extract/09THEHAGUE707 L14-55 (shortened): the page's teaser of the header block, cut at
#: `C....`, then the full copy (seed 20261209 web audit: its REF items went unchecked in 60 files).
TEASER = """C O N F I D E N T I A L SECTION 01 OF 02 THE HAGUE 000707

NOFORN
SIPDIS

E.O. 12958: DECL: 11/19/2019
TAGS: PREL UNGA IS PINR KPAL NL EU
SUBJECT: NETHERLANDS/ISRAEL: "DISMAYED"

REF: A. SECSTATE 118799
     B. THE HAGUE 668
     C....

Classified By: PolEcon Counselor Andrew C. Mann for rea...

"""
FULL_COPY = """C O N F I D E N T I A L SECTION 01 OF 02 THE HAGUE 000707

NOFORN
SIPDIS

E.O. 12958: DECL: 11/19/2019
TAGS: PREL UNGA IS PINR KPAL NL EU
SUBJECT: NETHERLANDS/ISRAEL: DISMAYED

REF: A. SECSTATE 118799
B. THE HAGUE 668
\u00b6C. THE HAGUE 615

Classified By: PolEcon Counselor Andrew C. Mann for reasons 1.4(b,d)

1. (C) The Dutch government was dismayed.

MANN
"""


def test_after_a_teaser_the_parts_are_read_from_the_full_copy():
    text = HEADER[:HEADER.index(BANNER)] + TEASER + FULL_COPY
    found = lint(text, ["CL027", "CL041", "CL071", "CL082"])
    first = HEADER[:HEADER.index(BANNER)].count("\n") + TEASER.count("\n") + 1
    assert [(f[0] - first, f[2]) for f in found] == [(0, "CL027"), (11, "CL071")]


def test_a_teaser_that_was_not_cut_keeps_its_own_parts():
    whole = TEASER.replace("     C....", "     C. THE HAGUE 615").replace("for rea...",
                                                                          "for reasons 1.4(b,d)")
    text = HEADER[:HEADER.index(BANNER)] + whole.replace("     B.", "\u00b6B.") + FULL_COPY
    found = lint(text, ["CL071"])
    assert [f[0] for f in found] == [HEADER[:HEADER.index(BANNER)].count("\n") + 11]


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


def test_cl028_a_paragraph_marked_nf_in_a_cable_with_no_noforn():
    """html-extract/08BOGOTA4036, 06BRASILIA1910: `(S/NF)` paragraphs, and NOFORN nowhere else."""
    text = HEADER + BODY.replace("(C) Second", "(C/NF) Second")
    line = text.splitlines().index(next(l for l in text.splitlines() if "(C/NF)" in l)) + 1
    assert lint(text, ["CL028"]) == [
        (line, 5, "CL028", "A paragraph is marked 'C/NF', but the cable has no NOFORN caption or "
                           "marking")]


@pytest.mark.parametrize("header", [
    # html-fragment/10ATHENS57: on the banner's line
    HEADER.replace(BANNER, f"{BANNER} NOFORN SIPDIS"),
    # html-extract/05SANAA2766: glued to the E.O. label
    HEADER.replace("E.O. 12958", "NOFORNE.O. 12958"),
    # html-extract/09BAKU20: in mixed case, on a line of its own
    HEADER.replace("SIPDIS\n", "Noforn\nSIPDIS\n"),
])
def test_cl028_noforn_written_anywhere_above_the_text_counts(header):
    assert lint(header + BODY.replace("(C) Second", "(C/NF) Second"), ["CL028"]) == []

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
    mirror(classification="UNCLASSIFIED", header=UNCLAS_HEADER, body=BODY.replace("(C)", "(U)")),
    SENSITIVE + UNCLAS_BODY,                           # no mirror metadata: nothing to compare
    mirror(header=HEADER.replace("SIPDIS\n", "SENSITIVE\nSIPDIS\n")),      # not an UNCLAS cable
])
def test_cl029_sbu_consistent_or_not_judged(text):
    assert lint(text, ["CL029"]) == []


def test_cl029_a_paragraph_marked_sbu_in_an_unclas_cable_without_the_caption():
    """html-extract/08BOGOTA1789, 09LONDON2617: `UNCLAS BOGOTA 001789`, `SIPDIS`, `(SBU)` paragraphs,
    no SENSITIVE anywhere, no mirror metadata."""
    text = UNCLAS_HEADER + UNCLAS_BODY
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "(SBU)" in l)
    assert lint(text, ["CL029"]) == [
        (line, 5, "CL029", "A paragraph of the UNCLAS cable is marked 'SBU', but the cable has no "
                           "SENSITIVE caption")]


@pytest.mark.parametrize("header", [
    UNCLAS_HEADER.replace("UNCLAS SECTION 01 OF 02 ASTANA 000604",
                          "UNCLAS SECTION 01 OF 02 ASTANA 000604 SENSITIVE SIPDIS"),
    UNCLAS_HEADER.replace("E.O. 12958", "SENSITIVEE.O. 12958"),
    UNCLAS_HEADER.replace("SIPDIS\n", "SIPDIS\n\nSENSITIE\n"),   # 09REYKJAVIK140: a letter lost
    HEADER,                                        # a CONFIDENTIAL cable: SBU portions are normal
])
def test_cl029_sensitive_written_anywhere_above_the_text_or_a_classified_cable(header):
    assert lint(header + UNCLAS_BODY, ["CL029"]) == []


def test_cl029_another_word_like_sensitive_is_no_caption():
    header = UNCLAS_HEADER.replace("SIPDIS\n", "SIPDIS\n\nSENSIBLE\n")
    assert [f[2] for f in lint(header + UNCLAS_BODY, ["CL029"])] == ["CL029"]

# --- CL028: a flattened text's paragraph marked `(SBU//NOFORN)` is found -------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: json-body/delhi-0072 (json-record/delhi-0072 the same body), shortened: line breaks lost
#: upstream.
FLAT_NOFORN = (
    "UNCLAS E F T O SECTION 01 OF 02 NEW DELHI 000074  SIPDIS  NOFORN SENSITIVE  E.O. 12958: DECL: "
    "01/03/2015 TAGS: PREL, CASC, AEMR, EAID, IN SUBJECT: INDIA TSUNAMI SITREP: JANUARY 4  "
    "Classified By: DCM Robert O. Blake, Jr.  Reasons 1.4 (B,D).  1.  (SBU) Summary: India "
    "Consular "
    "officers have been focusing on unaccounted for American citizens.  "
    + "USAID/DART is continuing assessments of needs in Tamil Nadu.  " * 25
    + "India in Sri Lanka ------------------  2.  ({mark}) Indian relief efforts in Sri Lanka have "
    "been underway since the day of the tsunami.  3.  (SBU) The GOI has conducted the initial "
    "search and rescue.  MULFORD")


def test_a_flattened_paragraph_marked_sbu_noforn_is_a_noforn_paragraph():
    assert lint(FLAT_NOFORN.format(mark="SBU//NOFORN"), ["CL028"]) == []


def test_a_flattened_text_with_no_noforn_paragraph_still_gets_cl028():
    findings = lint(FLAT_NOFORN.format(mark="SBU"), ["CL028"])
    assert [f[3] for f in findings] == ["NOFORN caption, but no paragraph is marked /NF"]


# --- CL026 (a miss of the audit): an old telegram's page header with the page's text after it -----
# seed 20261204 audit: docs/precision/seed20261204/

#: html-extract/02VATICAN819 L16 (shortened): the line break after the page header was lost.
GLUED_OLD_HEADER = """\
1. (C) THE HOLY SEE ANNOUNCED THAT ITS ARCHIVES WOULD BE OPENED.
PAGE 02 VATICA 00819 190632Z ARCHIVE FROM THE APOSTOLIC NUNCIATURE WOULD BE MADE AVAILABLE.

2. (C) THE COMPLETE RELEASE OF ALL DOCUMENTS WILL TAKE YEARS.
"""


def test_an_old_page_header_with_text_run_on_after_it_is_glued():
    findings = lint_body(body(GLUED_OLD_HEADER), ["CL026"])
    assert [(f[0], f[1], f[3]) for f in findings] == [
        (2, 1, "Page-break text inside a line of the text: 'PAGE 02 VATICA 00819 190632Z'")]


def test_an_old_page_header_on_its_own_line_is_no_finding():
    for header in ("PAGE 02 VATICA 00819 190632Z",
                   "PAGE 01 HARARE 06677 02 OF 03 291401Z ACTION AF-00"):
        text = GLUED_OLD_HEADER.replace("PAGE 02 VATICA 00819 190632Z ", header + "\n")
        assert lint_body(body(text), ["CL026"]) == []


# --- CL024: a first section written without leading zeros is named as such -----------------------
# seed 20261204 audit: docs/precision/seed20261204/

def test_a_first_section_without_leading_zeros_is_named_as_a_retyped_banner():
    # html-extract-2011/75TEHRAN2069 L5, the 2006 systematic review's retyped copy
    text = cable(banner="C O N F I D E N T I A L SECTION 1 OF 2 TEHRAN 2069")
    assert [f[3] for f in lint(text, ["CL024"])] == [
        "Banner has 'SECTION 1 OF 2': its section numbers lack the leading zero of the telegram "
        "form ('SECTION 01 OF 02'), as in a retyped copy"]


def test_a_later_first_section_keeps_the_plain_message():
    text = cable(banner="C O N F I D E N T I A L SECTION 02 OF 03 TEHRAN 002069")
    assert [f[3] for f in lint(text, ["CL024"])] == [
        "Banner has 'SECTION 02 OF 03'; expected 'SECTION 01 OF nn' with two-digit numbers"]


def test_a_ref_label_glued_to_its_item_after_the_subject_is_left_in_the_subject():
    # `REF:A.` is no REF block the parser reads (no space after the label): no crash, no REF part
    text = cable(subject="SUBJECT: TALKS ON PROBLEMS WITH SYRIA REF:A. KUWAIT 539")
    assert [f[2] for f in lint(text, ["CL062", "CL071"])] == ["CL062"]


# --- CL026: a flattened page line whose station is cut to ten characters -----------------------
# seed 57721 ports audit: docs/precision/seed57721/SUMMARY-ports.md

#: json-body/09UNVIEVIENNA540, its start and the first page break (shortened).
UNVIE_FLAT = (
    "S E C R E T SECTION 01 OF 05 UNVIE VIENNA 000540  SIPDIS  E.O. 12958: DECL: 12/01/2019 "
    "TAGS: PREL KNNP AORC IR SY KN IN SUBJECT: STAFFDEL KESSLER EXAMINES IRAN, SYRIA, AND "
    "MULTILATERAL VIENNA'S FRUSTRATING NAM DYNAMIC  Classified By: Mark Scheland, Counselor for "
    "Nuclear Policy; reasons 1.4  (b) and (d)  ¶1.  (S) Summary: HFAC staffers Richard Kessler "
    "and David Fite received from IAEA Secretariat November 10 information on the Iran case.  "
    "¶2.  (S) "
    "STAFFDEL had a working lunch with P5-plus-1 heads of mission focused on Iran and the dynamics "
    "of multilateral  UNVIE VIEN 00000540  002 OF 005   diplomacy in Vienna.  ¶3.  (SBU) IAEA "
    "Safeguards Department Operations B briefed the STAFFDEL.  SCHULTE")


def test_a_flattened_page_line_with_the_station_cut_to_ten_characters_is_a_page_break():
    assert lint(UNVIE_FLAT, ["CL026"]) == []


def test_page_break_text_naming_another_station_is_still_inline():
    text = UNVIE_FLAT.replace("UNVIE VIEN 00000540", "BUENOS AIR 00000118")
    assert [f[2] for f in lint(text, ["CL026"])] == ["CL026"]


# --- CL025: the page count after withheld text ----------------------------------------------------
# seed 57721 web audit: docs/precision/seed57721/SUMMARY-web.md

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


# --- CL025: page-break lines above the first paragraph ---------------------------------------------
# seed 20261216 web audit: html-extract/10PARIS144 runs pages 001.2 and 002.2 of 004 through its
# preamble (a cancelled first transmission under the Classified By) before paragraph 10 on page 003.

def _pages_in_the_preamble(*pages: str) -> str:
    return PARIS_HEADER + "".join(f"PARIS 00001698  {page}\n\n" for page in pages)


def test_page_breaks_in_the_preamble_count_before_the_body():
    text = _pages_in_the_preamble("001.2 OF 009", "002.2 OF 009")
    body = PAGES_WITHHELD.replace("XXXXXXXXXXXX\n\n", "").replace("009 OF 009", "003 OF 009")
    assert lint(text + body, ["CL025"]) == []


def test_a_page_lost_after_the_preamble_is_reported_at_the_next_one():
    text = _pages_in_the_preamble("001.2 OF 009")
    body = PAGES_WITHHELD.replace("XXXXXXXXXXXX\n\n", "").replace("009 OF 009", "003 OF 009")
    assert [f[3] for f in lint(text + body, ["CL025"])] == [
        "Page-break line 'PARIS 00001698 003 OF 009': page 003 follows page 001"]
