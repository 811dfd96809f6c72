"""Web-mirror and conversion damage rules (CL110-CL129)."""

import pytest

from cablelint.engine import lint_text
from cablelint.ruleset import build
from cables import (BANNER, BELOW_HEADER, BODY, CLASSIFIED_BY, HEADER, NOTICE, PARAGRAPHS, body,
                    cable, mirror)
from conftest import lint, lint_body, registry


def paragraph(text: str) -> str:
    """A one-paragraph body with the signature."""
    return body(f"1. (C) {text}")


# --- CL110 markdown-link ----------------------------------------------------------------------

def link(match):
    return f"Markdown link '{match}' in the text; the link syntax is not part of the cable"


def test_cl110_pilcrow_links():
    body = "[¶1.](#) (C) First paragraph.\n\n[¶2.](#) (C) Second paragraph.\n\nORDWAY\n"
    assert lint_body(body, ["CL110"]) == [(1, 1, "CL110", link("[¶1.](#)")),
                                          (3, 1, "CL110", link("[¶2.](#)"))]


@pytest.mark.parametrize("text", [
    # CL058's finding
    HEADER.replace("TAGS: PGOV PREL KZ", "TAGS: [PGOV](#) [PREL](#) [KZ](#)") + BODY,
    HEADER + BODY,
    HEADER + paragraph("Participants [in order of precedence] (see below) attended."),
])
def test_cl110_no_link_in_the_text(text):
    assert lint(text, ["CL110"]) == []


# --- CL111 markdown-formatting ----------------------------------------------------------------

@pytest.mark.parametrize("body, line, column, match", [
    ("1. (C) First.\n\n---\n\n2. (C) Second.\n\nORDWAY\n", 3, 1, "---"),
    ("**¶1. (C)** First.\n\nORDWAY\n", 1, 1, "**¶1. (C)**"),
    (paragraph("It cost \\$100 million."), 1, 16, "\\$"),
])
def test_cl111_markdown_formatting(body, line, column, match):
    assert lint_body(body, ["CL111"]) == [(line, column, "CL111",
                                           f"Markdown formatting '{match}' in the text")]


def test_cl111_markdown_heading_between_paragraphs():
    body = "1. (C) First.\n\n#### POLITICAL REFORM\n\n2. (C) Second.\n\nORDWAY\n"
    assert lint_body(body, ["CL111"]) == [(3, 1, "CL111", "Markdown formatting '####' in the text")]


@pytest.mark.parametrize("body", [
    BODY,
    "1. (C) First.\n\n-----\n\n2. (C) Second.\n\nORDWAY\n",          # a telegram's own divider
    paragraph("The vote was 5 * 3 * 2 in favour."),
    paragraph("Item #3 on the agenda was postponed."),
    "1. (C) First.\n\n-- a list item\n\nORDWAY\n",
])
def test_cl111_plain_text(body):
    assert lint_body(body, ["CL111"]) == []


# --- CL112 trailing-whitespace, CL113 nbsp-or-tab (off by default) ---------------------------

def test_cl112_cl113_are_off_by_default():
    default = {check.rule.id for check in build(registry()).checks}
    assert "CL112" not in default and "CL113" not in default
    assert "CL114" in default


@pytest.mark.parametrize("text, line, column", [
    (HEADER.replace("VZCZCXRO7837", "VZCZCXRO7837  ") + BODY, 1, 13),
    (HEADER + "1. (C) First.\n\n2. (C) Second.   \n\nORDWAY\n", 21, 15),
])
def test_cl112_trailing_white_space_when_selected(text, line, column):
    assert lint(text, ["CL112"]) == [(line, column, "CL112", "Trailing white space")]


def test_cl112_collapses_after_ten_lines():
    body = "".join(f"{i}. (C) Para. \n\n" for i in range(1, 12)) + "ORDWAY\n"
    assert lint_body(body, ["CL112"]) == [(1, 13, "CL112",
                                           "Trailing white space (and 10 more lines like it)")]


def test_cl113_nbsp_and_tab_when_selected():
    assert lint_body("1. (C) First\u00a0paragraph.\n\n2. (C)\tSecond.\n\nORDWAY\n", ["CL113"]) == [
        (1, 13, "CL113", "No-break space or tab in the text"),
        (3, 7, "CL113", "No-break space or tab in the text"),
    ]


def test_cl112_cl113_clean_cable():
    assert lint(HEADER + BODY, ["CL112", "CL113"]) == []


# --- CL114 mirror-chrome ----------------------------------------------------------------------

@pytest.mark.parametrize("chrome", [
    "wikileaks ico  Home papers ico  Cables mirror and Afghan War Diary privacy policy Privacy",
    "pdf how-to read a cable",
])
def test_cl114_navigation_text(chrome):
    assert lint(chrome + "\n" + HEADER + BODY, ["CL114"]) == [
        (1, 1, "CL114", f"Mirror page text '{chrome}' in the cable"),
    ]


@pytest.mark.parametrize("text", [mirror(), HEADER
                                  + paragraph("The minister said he would read a cable at home.")])
def test_cl114_no_chrome(text):
    assert lint(text, ["CL114"]) == []


# --- CL115 metadata-block-layout --------------------------------------------------------------

@pytest.mark.parametrize("text, layout", [
    (mirror(), "labelled"),                                                            # seed 004
    ("07ASTANA604\n2007-03-07 05:17:00\nEmbassy Astana\nCable title:  A SUBJECT\n" + HEADER + BODY,
     "values-only"),
])
def test_cl115_labels_apart_from_values(text, layout):
    assert lint(text, ["CL115"]) == [
        (1, 1, "CL115", f"The mirror's metadata block is laid out as {layout} lines, not 'Label: "
                        f"value' pairs"),
    ]


def test_cl115_no_metadata_block():
    assert lint(HEADER + BODY, ["CL115"]) == []


# --- CL116 metadata-inconsistent --------------------------------------------------------------

@pytest.mark.parametrize("meta, line, says, other", [
    ({"created": "2007-03-07 06:17:00"}, 6, "2007-03-07 06:00", "2007-03-07 05:00"),
    ({"created": "2007-03-08 05:17:00"}, 6, "2007-03-08 05:00", "2007-03-07 05:00"),
])
def test_cl116_metadata_disagrees_with_the_cable(meta, line, says, other):
    assert lint(mirror(**meta), ["CL116"]) == [
        (line, 1, "CL116", f"The mirror's Created date says {says}, the DTG says {other}"),
    ]


def test_cl116_leaves_the_identifier_to_cl023():
    # One finding for one defect: an Identifier that disagrees with the banner is CL023's.
    found = lint(mirror(identifier="07ASTANA605"), ["CL023", "CL116"])
    assert [f[2] for f in found] == ["CL023"]


# minutes are not compared
@pytest.mark.parametrize("meta", [{}, {"created": "2007-03-07 05:42:00"}])
def test_cl116_metadata_agrees(meta):
    assert lint(mirror(**meta), ["CL116"]) == []


# --- CL117 apostrophe-damage ------------------------------------------------------------------

def comma(word, more=""):
    return f"'{word}': a comma for an apostrophe{more}"


def test_cl117_comma_for_apostrophe_first_on_the_line():
    assert lint_body(paragraph("Kazakhstan,s bid and the minister,s view."), ["CL117"]) == [
        (1, 8, "CL117", comma("Kazakhstan,s")),
    ]


def test_cl117_five_lines_are_each_reported():
    body = "".join(f"{i}. (C) Kazakhstan,s bid.\n\n" for i in range(1, 6)) + "ORDWAY\n"
    assert lint_body(body, ["CL117"]) == [(line, 8, "CL117", comma("Kazakhstan,s"))
                                          for line in (1, 3, 5, 7, 9)]


def test_cl117_collapses_after_five_lines():
    body = "".join(f"{i}. (C) Kazakhstan,s bid.\n\n" for i in range(1, 7)) + "ORDWAY\n"
    assert lint_body(body, ["CL117"]) == [(1, 8, "CL117",
                                           comma("Kazakhstan,s", " (and 5 more lines like it)"))]


def test_cl117_commas_between_words():
    assert lint_body(paragraph("Kazakhstan's bid, said the minister,surprised many, as did a,b,c."),
                     ["CL117"]) == []



def test_cl117_comma_for_the_apostrophe_of_an_elision():
    """seed 20261220 fragment audit: html-fragment/08PARIS1501 `Cote d,Ivoire` on seven lines
    (also `L,Estrange`, `D,Alema`, `d,Affaires`: 84 in the corpus); a list's `a,b,c,d,e` is no
    elision."""
    assert lint_body(paragraph("Cote d,Ivoire and L,Estrange met."), ["CL117"]) == [
        (1, 13, "CL117", comma("d,Ivoire"))]
    assert lint_body(paragraph("Options a,b,c,d,e and the word,Another."), ["CL117"]) == []

@pytest.mark.parametrize("text, column, word, label", [
    # html-extract/07BERN881 and 07HARARE638, 09TELAVIV2188: a converter's Q for the apostrophe
    ("Switzerland supports the institution of the PresidentQs Representative.", 52, "PresidentQs",
     "a Q"),
    ("The GOZ doesnQt see it; itQs anyoneQs guess whether the regime falls.", 16, "doesnQt", "a Q"),
    ("Netanyahu made a final decision to go for a deal, and thatQs legitimate.", 62, "thatQs",
     "a Q"),
    ("Tsvangirai said: IQm not afraid of them.", 25, "IQm", "a Q"),
    # seed 20261216 fragment audit: html-fragment/07REYKJAVIK90 `Women?s`, an encoding's `?` for
    # the curly apostrophe (108 in 16 corpus files; html-extract/09SANJOSE1183 `Costa Rica?s`)
    ("The Women?s Institute and the Children?s Welfare Institution met.", 12, "Women?s",
     "a question mark"),
    ("Data from NGO?s is usually anecdotal.", 18, "NGO?s", "a question mark"),
    ("The minister said they don?t see it.", 31, "don?t", "a question mark"),
    # seed 20261217 web audit: html-extract/08CARACAS283 `BRVQ,s`, `ReyesQ, death`, a converter's
    # two characters for the apostrophe (07ALGIERS652 `AlgeriaQ,s`, `detaineesQ, case`)
    ("The minister reiterated CalderonQ,s willingness to talk.", 32, "CalderonQ,s",
     "a Q and a comma"),
    ("Maduro called ReyesQ, death a slap in the face.", 22, "ReyesQ,", "a Q and a comma"),
    # seed 20261218 fragment audit: html-fragment/08STATE99666 `the U.S.,s efforts` (8 in corpus)
    ("Tehran undermines the U.S.,s efforts in the region.", 30, "U.S.,s", "a comma"),
    # ... but after an acronym the Q may be its own (Queretaro's government, `GEQ,s role`) or not
    ("Orozco demanded vigilance of GEQ,s role in the state.", 37, "GEQ,s",
     "a comma, or a Q and a comma,"),
])
def test_cl117_q_or_question_mark_for_apostrophe(text, column, word, label):
    assert lint_body(paragraph(text), ["CL117"]) == [
        (1, column, "CL117", f"'{word}': {label} for an apostrophe")]


@pytest.mark.parametrize("text", [
    # converter garble (08ATHENS1156, 07BUCHAREST1286, 09UNVIEVIENNA192): a Q inside a word of
    # one or two letters, or before 'd' after a word that is no pronoun
    "the situation in GeorgQa touchstone for Greek viQs. The more pro-Russian",
    "the law of the country in which the claim arises are used -- in tQs case Romanian law.",
    "if it was possible for the fuel to be lQd into Bushehr the second quarter",
    # real words: headquarters, Prime Minister's Questions, tariff-rate quotas, QTE/UNQTE
    "Staff at both HQs and PMQs discussed TRQs and IQs. QTE WE ARE READY UNQTE, HE SAID.",
    # a URL's query and questions, no apostrophe
    "See http://www.state.gov/index.php?s=visas for the rules. Is it?",
    "Is it true? Sources said so. Why?S the minister asked nothing.",
    # an accented e the converter wrote as Q, before a real comma; HQ and a comma
    "They met the attachQ, and JosQ, the consul, at HQ, where the TRQ, they said, holds.",
])
def test_cl117_q_or_question_mark_that_is_no_apostrophe(text):
    assert lint_body(paragraph(text), ["CL117"]) == []


@pytest.mark.parametrize("text, replacements", [
    ("He destroyed ZimbabweQs farms, and he doesnQt care.", ["Zimbabwe's"]),
    ("The Women?s Institute met.", ["Women's"]),
    ("Maduro called ReyesQ, death a slap.", ["Reyes'"]),
    ("The minister reiterated AlgeriaQ,s willingness.", ["Algeria's"]),
    ("Tehran undermines the U.S.,s efforts.", ["U.S.'s"]),
])
def test_cl117_fix_writes_the_apostrophe(text, replacements):
    findings = lint_text(HEADER + paragraph(text), "q.txt", build(registry(), select=["CL117"]))
    assert [e.replacement for d in findings for e in d.fix.edits] == replacements


def test_cl117_no_fix_for_an_acronym_before_q_comma():
    # `BRVQ,s` is BRV's in 08CARACAS283, `GEQ,s` GEQ's in a Mexican cable: only the cable tells
    findings = lint_text(HEADER + paragraph("The BRVQ,s view and GEQ,s role."), "q.txt",
                         build(registry(), select=["CL117"]))
    assert [(d.column, d.fix) for d in findings] == [(12, None)]


# --- CL118 quote-damage, CL119 html-entity-damage ---------------------------------------------

def test_cl118_quotation_marks_as_ampersand_and_eight():
    assert lint_body(paragraph("He claimed the &political and moral right8 to press ahead."),
                     ["CL118", "CL119"]) == [
        (1, 23, "CL118", "Quotation marks turned into '&' and '8': '&political and moral right8'"),
    ]



def test_cl118_curly_quotation_marks_each_written_as_two_single_ones():
    """seed 20261220 audit: html-extract/10NEWDELHI290 (14 quotations); `Biden’’s`, a doubled
    apostrophe, is no quotation."""
    text = "He said ‘’real’’ issues matter; Biden’’s speech."
    assert lint_body(paragraph(text), ["CL118"]) == [
        (1, 16, "CL118", "Quotation marks written as two single quotation marks each: "
                         "'‘’real’’'")]

def test_cl119_not_cl118_on_a_decoded_reg_entity():
    assert lint_body(paragraph("The ®ional8 organizations met."), ["CL118", "CL119"]) == [
        (1, 12, "CL119", "HTML entity damage: '®ional8'"),
    ]


@pytest.mark.parametrize("entity", ["&quot;", "&#39;"])
def test_cl119_undecoded_entity(entity):
    assert lint_body(paragraph(f"He said {entity}no{entity} to the deal."), ["CL118", "CL119"]) == [
        (1, 16, "CL119", f"HTML entity damage: '{entity}'"),
    ]


@pytest.mark.parametrize("text", [
    "AT&T and Procter & Gamble invested 8 million in G8 countries.",
    "The Law&Order party won 8 seats; R&D spending rose 8 percent.",
])
def test_cl118_cl119_ampersands_that_are_not_damage(text):
    assert lint_body(paragraph(text), ["CL118", "CL119"]) == []


def test_cl118_every_damaged_quotation_on_a_line():
    # html-extract/07SAOPAULO601: several quotations on one line are each reported
    text = "Lula,s oldest brother Genival (&Vava8) is a &donkey8 who got mixed up."
    assert lint_body(paragraph(text), ["CL118"]) == [
        (1, 39, "CL118", "Quotation marks turned into '&' and '8': '&Vava8'"),
        (1, 52, "CL118", "Quotation marks turned into '&' and '8': '&donkey8'"),
    ]


def test_cl118_quotation_wrapped_onto_the_next_line():
    # html-extract/08STATE63686
    body = ("1. (C) He said that &Iceland is a very small country that must take care in\n"
            "its approach to Russia.8  He nevertheless expressed some concern.\n\nORDWAY\n")
    found = lint_text(HEADER + body, "cable.txt", build(registry(), select=["CL118"]))
    offset = HEADER.count("\n")
    assert [(d.line - offset, d.column, d.end_line - offset, d.end_column, d.message)
            for d in found] == [
        (1, 21, 2, 25, "Quotation marks turned into '&' and '8': '&Iceland is a very small country "
                       "that must take care in its approach to Russia.8'"),
    ]


def test_cl118_doubled_quotation_marks():
    # html-extract/01VATICAN5960: a CSV export doubled every quotation mark
    text = ('MONTEMAYOR REFERRED TO AN INTERNAL ""HUMANITARIAN LOBBY"" -- PATIENCE HAD BEEN '
            'WEARING THIN.')
    assert lint_body(paragraph(text), ["CL118"]) == [
        (1, 43, "CL118", "Quotation marks doubled: '\"\"HUMANITARIAN LOBBY\"\"'"),
    ]


def test_cl118_many_damaged_quotations_are_one_finding():
    text = " ".join(f'the ""word{i}"" and' for i in range(7))
    assert lint_body(paragraph(text), ["CL118"]) == [
        (1, 12, "CL118", "Quotation marks doubled: '\"\"word0\"\"' (and 6 more like it)"),
    ]


@pytest.mark.parametrize("text", [
    'He said "no" twice, and "" stands for nothing here.',
    # html-extract/09STOCKHOLM428: an '&' opening a quotation closed by '"', then the G8
    'then ministers will discuss the nuclear &crisis."  Wendel said Sweden was happy with the G8 '
    'statement.',
])
def test_cl118_intact_quotations(text):
    assert lint_body(paragraph(text), ["CL118"]) == []


@pytest.mark.parametrize("text, quote", [
    ("the USG offer is ¬ as clear8 as that of France", "¬ as clear8"),              # 09BRASILIA1100
    # 07SAOPAULO601
    ("Laila has prepared a ¬e of protest,8 signed by Lebanese leaders", "¬e of protest,8"),
])
def test_cl119_decoded_not_entity(text, quote):
    assert lint_body(paragraph(text), ["CL118", "CL119"]) == [
        (1, 8 + text.index(quote), "CL119", f"HTML entity damage: '{quote}'"),
    ]


def test_cl119_not_sign_in_a_formula_is_not_damage():
    assert lint_body(paragraph("The rule reads ¬p or q for 8 cases."), ["CL119"]) == []


# --- CL120 dash-damage ------------------------------------------------------------------------

def test_cl120_parenthesis_for_a_dash_on_a_wrapped_line():
    body = ("1. (C) Feigenbaum said this forced talks on Kazakhstan's suitability for the OSCE\n"
            "chairmanship ) precisely the position the United States had\ntried to "
            "avoid.\n\nORDWAY\n")
    assert lint_body(body, ["CL120"]) == [
        (2, 13, "CL120", "')' with spaces around it and no '(' before it: a dash turned into a "
                         "parenthesis"),
    ]


@pytest.mark.parametrize("body", [
    BODY,
    paragraph("The minister (who spoke first ) said no."),       # the parentheses match
    paragraph("The options are (a) ) b and (c)."),
])
def test_cl120_matching_parentheses(body):
    assert lint_body(body, ["CL120"]) == []


# --- CL121 mojibake ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, column, match", [
    ("He met O???CONNOR yesterday.", 16, "???"),
    ("He met Jos\ufffd Garcia.", 18, "\ufffd"),
    ("He met JosÃ© Garcia.", 18, "Ã©"),
])
def test_cl121_garbled_characters(text, column, match):
    assert lint_body(paragraph(text), ["CL121"]) == [
        (1, column, "CL121", f"Garbled characters '{match}' (text decoded in the wrong character "
                             f"set)"),
    ]


@pytest.mark.parametrize("text", ["What?? Really?? he asked.", "He met José García."])
def test_cl121_clean_text(text):
    assert lint_body(paragraph(text), ["CL121"]) == []


# --- CL122 partial-extract --------------------------------------------------------------------


def test_cl122_partial_extract_notice():
    text = NOTICE + BELOW_HEADER + BODY
    assert lint(text, ["CL122"]) == [(1, 1, "CL122",
                                      "Partial extract: only part of the cable is available")]


def test_cl122_the_words_inside_the_text():
    assert lint(HEADER + paragraph("This record is a partial extract of the minister's remarks."),
                ["CL122"]) == []


# --- CL123 leading-blank-lines ----------------------------------------------------------------

def test_cl123_blank_lines_at_the_top():
    assert lint("\n \n" + HEADER + BODY, ["CL123"]) == [(1, 1, "CL123",
                                                         "Blank lines before the first line of "
                                                         "text (2)")]


def test_cl123_text_on_line_one():
    assert lint(HEADER + BODY, ["CL123"]) == []


# --- CL124 case-damaged-text ------------------------------------------------------------------

@pytest.mark.parametrize("banner", [
    "C o n f i d e n t i a l section 01 of 02 astana 000604",
    "Unclas section 01 of 02 astana 000604",
])
def test_cl124_sentence_case_banner(banner):
    assert lint(HEADER.replace(BANNER, banner) + BODY, ["CL124"]) == [
        (9, 1, "CL124", f"The cable was rewritten in sentence case (banner '{banner}')"),
    ]


@pytest.mark.parametrize("banner", [BANNER, "UNCLAS SECTION 01 OF 02 ASTANA 000604"])
def test_cl124_banner_in_capitals(banner):
    assert lint(HEADER.replace(BANNER, banner) + BODY, ["CL124"]) == []


# --- CL125 embedded-copy ----------------------------------------------------------------------

def embedded(value):
    return f"A second header or metadata block inside the cable: '{value}'"


@pytest.mark.parametrize("block, found", [
    ("VZCZCXRO7840\nPP RUEHDBU", ["VZCZCXRO7840"]),
    ("2006-07-10 14:51:00 06BERN1280 Embassy Bern CONFIDENTIAL",
     ["2006-07-10 14:51:00 06BERN1280 Embassy Bern CONFIDENTIAL"]),
    ("ID: 12345\nORIGIN: Embassy Bern", ["ID: 12345", "ORIGIN: Embassy Bern"]),
    # seed 20261205 audit (a miss: 59 corpus files): a cables.csv row glued below the text, named
    # by its number, date, reference id and origin (html-extract/04THEHAGUE1903, 06THEHAGUE1739)
    ('19205,7/29/2004 5:59,04THEHAGUE1903,"Embassy The Hague",UNCLASSIFIED//FOR OFFICIAL USE '
     'ONLY,,"This record is a partial extract of the original cable.',
     ['19205,7/29/2004 5:59,04THEHAGUE1903,"Embassy The Hague"']),
    ('74239,8/9/2006 14:00,06THEHAGUE1739,"Embassy The\nHague",CONFIDENTIAL,06KABUL3440,"VZCZCXYZ0013',
     ["74239,8/9/2006 14:00,06THEHAGUE1739"]),
])
def test_cl125_second_copy_inside_the_body(block, found):
    body = f"1. (C) First.\n\n{block}\n\n2. (C) Second.\n\nORDWAY\n"
    assert lint_body(body, ["CL125"]) == [(3 + i, 1, "CL125", embedded(value)) for i,
                                          value in enumerate(found)]


@pytest.mark.parametrize("text", [
    HEADER + BODY,                                            # the cable's own header
    mirror(),
    HEADER + paragraph("The transmission id VZCZCXRO7840 was quoted in the text."),
    HEADER + paragraph("See the ID: card policy for details."),
    # seed 20261209: a person's identity number in a list (html-extract/05SANJOSE2532 L24-25)
    HEADER + paragraph("The detainees:\n\nDOB: 09/02/1956\nID:  4-112-828\n\nOlman Jimenez"),
    HEADER + paragraph("The row 19205,7/29/2004 5:59,04THEHAGUE1903,\"Embassy\" is quoted."),
])
def test_cl125_single_copy(text):
    assert lint(text, ["CL125"]) == []


# seed 20261208 web audit (a miss, 163 html-extract files): a metadata record between two copies
# of the header, above the banner (html-extract/06MEXICO1509 L10-16, 09ASUNCION189 L12-19)
TRANSMISSION = HEADER[:HEADER.index(BANNER)]
DATABASE_ROW = "57344\n2006-03-20 22:14:00\n06MEXICO1509\nEmbassy Mexico\nCONFIDENTIAL\n\n"
MIRROR_RECORD = ("...id: 199404\ndate: 3/28/2009 20:24\nrefid: 09ASUNCION189\n"
                 "origin: Embassy Asuncion\nclassification: SECRET\nheader:\n")


@pytest.mark.parametrize("record, shown", [(DATABASE_ROW, "2006-03-20 22:14:00"),
                                           (MIRROR_RECORD, "...id: 199404")])
def test_cl125_a_record_between_two_copies_of_the_header(record, shown):
    text = f"{TRANSMISSION}{record}{HEADER}{BODY}"
    line = TRANSMISSION.count("\n") + 1 + (record is DATABASE_ROW)
    assert lint(text, ["CL125"]) == [(line, 1, "CL125", embedded(shown))]


def test_cl125_a_values_only_record_between_a_teaser_and_the_full_header():
    """html-extract/09THEHAGUE707 L30-40 (seed 20261209 web miss): the page's record below the
    teaser, one value a line with blank lines between, shown from its date."""
    record = ("\n235918\n\n2009-11-20\n\n09THEHAGUE707\n\nEmbassy The Hague\n\n"
              "CONFIDENTIAL//NOFORN\n\n")
    text = HEADER.replace(f"{CLASSIFIED_BY}\n\n", f"{CLASSIFIED_BY}\n{record}") + BODY
    line = HEADER[:HEADER.index(CLASSIFIED_BY)].count("\n") + 5
    assert lint(text, ["CL125"]) == [(line, 1, "CL125", embedded("2009-11-20"))]


def test_cl125_a_values_only_record_between_the_header_and_the_banner():
    """html-extract/09KABUL3712 L12-17 (seed 20261210 web miss, 8 files): the row's date has no
    time; the reference id under it says it is the record."""
    record = ("\n235269\n2009-11-18\n09KABUL3712\nEmbassy Kabul\n"
              "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n09KABUL3185|09KABUL3419\n")
    text = f"{TRANSMISSION.rstrip()}\n{record}{BELOW_HEADER}{BODY}"
    line = TRANSMISSION.rstrip().count("\n") + 4
    assert lint(text, ["CL125"]) == [(line, 1, "CL125", embedded("2009-11-18"))]
    plain = text.replace("09KABUL3712\nEmbassy", "Embassy")       # a number and a date alone
    assert lint(plain, ["CL125"]) == []


def test_cl125_a_tab_separated_row_between_two_copies_of_the_header():
    """html-extract/08BOGOTA1223 L1-42 (seed 20261218 web miss, 23 files): an export's row on one
    line, its fields between tabs, the text field opening the second copy of the header."""
    row = "148293\t2008-04-02 21:05:00\t08BOGOTA1223\tEmbassy Bogota\tCONFIDENTIAL\t\tVZCZC\\\n"
    text = f"{TRANSMISSION}\n{row}{HEADER}{BODY}"
    line = TRANSMISSION.count("\n") + 2
    assert lint(text, ["CL125"]) == [
        (line, 1, "CL125", embedded("148293\t2008-04-02 21:05:00\t08BOGOTA1223\tEmbassy Bogota"))]


@pytest.mark.parametrize("above", ["", f"{NOTICE}\n\n", f"{NOTICE}\n\n070028Z Apr 04\n\n"])
def test_cl125_a_record_the_file_opens_with_is_the_mirrors_metadata(above):
    # (the date-time group a partial extract shows under its notice: html-extract/04BOGOTA3619)
    assert lint(f"{above}{MIRROR_RECORD}{HEADER}{BODY}", ["CL125"]) == []


# --- CL126 date-line-prefix -------------------------------------------------------------------

def test_cl126_date_line_above_the_cable():
    assert lint("Tuesday, 20 January 2004, 09:44\n" + HEADER + BODY, ["CL126"]) == [
        (1, 1, "CL126", "Date line 'Tuesday, 20 January 2004, 09:44' above the banner, added by a "
                        "web mirror"),
    ]


def test_cl126_date_inside_the_text():
    assert lint(HEADER + paragraph("On Tuesday, 20 January 2004, 09:44 the minister called."),
                ["CL126"]) == []


# --- CL127 section-divider-split --------------------------------------------------------------

def framed(rule, heading):
    return f"1. (C) First.\n\n{rule}\n{heading}\n{rule}\n\n2. (C) Second.\n\nORDWAY\n"


@pytest.mark.parametrize("rule, heading", [
    ("-------------- --------------", "POLITICAL REFORM OUTLOOK"),
    ("-----", "POLITICAL REFORM OUTLOOK FOR THE COMING YEAR"),
])
def test_cl127_split_or_cut_divider(rule, heading):
    message = (f"Section divider '{rule}' is split in pieces or far shorter than the heading it "
               f"frames")
    assert lint_body(framed(rule, heading), ["CL127"]) == [(3, 1, "CL127", message),
                                                           (5, 1, "CL127", message)]


@pytest.mark.parametrize("rule, heading", [
    ("------------------------", "POLITICAL REFORM OUTLOOK"),
    ("--------------", "REFORM OUTLOOK"),
])
def test_cl127_whole_divider(rule, heading):
    assert lint_body(framed(rule, heading), ["CL127"]) == []


# --- CL128 backslash-continuation -------------------------------------------------------------

def test_cl128_backslash_in_the_caption_block():
    assert lint(HEADER.replace("SIPDIS\n", "SIPDIS \\\n") + BODY, ["CL128"]) == [
        (11, 8, "CL128", "Line ends with a backslash"),
    ]


def test_cl128_three_lines_are_each_reported():
    assert lint_body("1. (C) a \\\nb \\\nc \\\n\nORDWAY\n", ["CL128"]) == [
        (1, 10, "CL128", "Line ends with a backslash"),
        (2, 3, "CL128", "Line ends with a backslash"),
        (3, 3, "CL128", "Line ends with a backslash"),
    ]


def test_cl128_collapses_after_three_lines():
    assert lint_body("1. (C) a \\\nb \\\nc \\\nd \\\n\nORDWAY\n", ["CL128"]) == [
        (1, 10, "CL128", "Line ends with a backslash (and 3 more lines like it)"),
    ]


def test_cl128_backslash_inside_a_line():
    assert lint_body(paragraph("The file C:\\DOCS\\PLAN was shared."), ["CL128"]) == []


# --- CL129 redaction-merged -------------------------------------------------------------------

@pytest.mark.parametrize("text, column, match", [
    ("He will becomeXXXXXXXXXXXX soon.", 21, "eXXXXXXXXXXXX"),
    ("XXXXXXXXXXXXsaid that.", 8, "XXXXXXXXXXXXs"),
    ("XXXXXXXXXXXxsaid that.", 8, "XXXXXXXXXXXx"),
])
def test_cl129_redaction_glued_to_a_word(text, column, match):
    assert lint_body(paragraph(text), ["CL129"]) == [
        (1, column, "CL129", f"Redaction run together with a word: '{match}'"),
    ]


@pytest.mark.parametrize("text", [
    "XXXXXXXXXXXX said that XXXXXXXXXXXX, XXXXXXXXXXXX.",
    "XXXXXXXXXXXX (protect) said that.",
    "The XXX Games opened.",
    # html-extract/09BAGHDAD11:98 (seed 20261210 web FP): the lower-case end is the mark's own
    "In contrast, XXXXXXXXXXXxx -- who also favor the quietist tradition -- were",
])
def test_cl129_redaction_standing_apart(text):
    assert lint_body(paragraph(text), ["CL129"]) == []


def test_cl115_label_value_pairs_are_the_recommended_layout():
    block = ("Identifier: 07ASTANA604\nCreated: 2007-03-07 05:17:00\nClassification: CONFIDENTIAL\n"
             "Origin: Embassy Astana\nCable title: A SUBJECT\n")
    assert lint(block + HEADER + BODY, ["CL115", "CL023", "CL116", "CL063"]) == []
    wrong = block.replace("07ASTANA604", "07ASTANA605")
    assert [f[2] for f in lint(wrong + HEADER + BODY, ["CL115", "CL023"])] == ["CL023"]


def test_cl120_after_a_portion_mark_on_the_same_line():
    body = "1. (C) Kazakhstan wants the chairmanship ) precisely the post.\n\nORDWAY\n"
    assert [f[1:3] for f in lint_body(body, ["CL120"])] == [(41, "CL120")]


# --- requires_on_line and lead: the regex tried only where a literal is ------------------------

@pytest.mark.parametrize("rule_id", ["CL110", "CL111", "CL117", "CL118", "CL119", "CL120",
                                     "CL121", "CL129", "CL147", "CL148"])
def test_the_search_at_the_literals_finds_what_the_whole_text_search_finds(rule_id):
    import random

    check = next(c for c in build(registry(), select=[rule_id]).checks if c.rule.id == rule_id)
    assert check._lead is not None or check._line_start is not None
    pieces = ["&Quote", " text", "\n", "\n\n", ' ""HUMAN', ' LOBBY""', '"', "8", " word8", "¬note",
              "®", ",s", " Kazakhstan", "G8", "  ", "x.", "&amp;", "Qs", " President", "doesnQt",
              " he", "Q", "re", "nQt", " http://", "www.", "state.gov/", "index. cfm", " P5", " 1",
              "EU-3", " GCC", "P-5 ", "+", "3", "AT&T", "XXXXX", "XXX", "Xx", "wordXXXX", "XXXXxx",
              "¬¬", "&&", '"""', "88", " ) ", " )- ", "(", ")", "[see](#par3)", "](", "## ", "#",
              "\n---", "---\n\n", "**bold**", "\\$", "&quot;", "&lt;", "®abc", "&x1;",
              "----", " \n", "\\[", "\\", "*", "a??b", "??", "\ufffd", "Ã©", "â€", "â€œ", "abcC)",
              "C)", "a-`-b", "-`-", "`-", "a|b", "|", "\t", " d,Ivoire", "L,E", ",A",
              "\u2018\u2019", "\u2019\u2019", "said\u2018\u2019x"]
    rnd = random.Random(14)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        start = rnd.randint(0, len(text))
        whole = [(m.span(), m.groupdict()) for m in check.regex.finditer(text, start, len(text))
                 if "skip" not in m.groupdict() or m.group("skip") is None]
        at_literals = [(m.span(), m.groupdict())
                       for m in check._matches(text, start, len(text), outside=[])]
        assert at_literals == whole, text


# --- CL144: the mirror's pilcrow on a lettered item (a miss of the audit, 919 corpus lines) ------
# seed 11235 audit: docs/precision/seed11235/

#: html-extract/06SANTIAGO401 L27-30 (the embassy's answers to a questionnaire).
QUESTIONNAIRE = """\
1. (U) Post's answers follow.

¶C.  HAVE THERE BEEN ANTI-AMERICAN DEMONSTRATIONS IN THE COUNTRY?

¶D.  WHAT IS THE AVERAGE SIZE OF THE ANTI-AMERICAN DEMONSTRATION?
"""


def test_a_pilcrow_on_a_lettered_item_is_reported():
    findings = lint_body(body(QUESTIONNAIRE, PARAGRAPHS[1]), ["CL144"])
    assert [(f[0], f[3]) for f in findings] == [
        (3, "'¶C.': a lettered item or a Roman-numbered section of the text, which the mirror "
            "marked as a paragraph"),
        (5, "'¶D.': a lettered item or a Roman-numbered section of the text, which the mirror "
            "marked as a paragraph")]


#: html-extract/09CIUDADJUAREZ27 L217-354 (shortened): sections numbered in Roman numerals; the
#: mirror marked the one-character numeral V.
ROMAN_SECTIONS = """1. (U) The report follows.

IV. (U) Police Response

The police respond slowly.

\u00b6V. (U) Medical Emergencies

Hospitals are adequate.

VI. (U) Travel Precautions
"""


def test_a_pilcrow_on_a_one_character_roman_numeral_is_named_as_a_section():
    findings = lint_body(body(ROMAN_SECTIONS, PARAGRAPHS[1]), ["CL144"])
    assert [f[3] for f in findings] == [
        "'¶V.': a lettered item or a Roman-numbered section of the text, which the mirror marked "
        "as a paragraph"]


#: html-extract/09CIUDADJUAREZ27 L29-71 (shortened): lettered sections above paragraph 1.
SECTIONS_ABOVE = ("\u00b6I. (U) Overall Crime and Safety Situation:\n\n\u00b6A. Crime Threats\n\n"
                  "The Department's Critical Crime Threat Level does not convey the violence.\n\n"
                  "\u00b6B. Personal Safety\n\n")


def test_a_pilcrow_on_a_lettered_section_above_paragraph_one_is_reported():
    # seed 20261217 web audit: docs/precision/seed20261217/ (152 corpus lines, most in reports
    # written in lettered sections only: 09PANAMA171, 09REYKJAVIK41)
    findings = lint(cable(body=SECTIONS_ABOVE + BODY), ["CL144"])
    assert [f[3].split(":")[0] for f in findings] == ["'¶I.'", "'¶A.'", "'¶B.'"]


def test_a_second_copys_ref_items_above_paragraph_one_are_not_lettered_sections():
    # html-extract/08THEHAGUE302 L31-66: a preview with the REF block, then the full copy's
    # header again above paragraph 1, its REF items `¶B. THE HAGUE 133`
    copy = "SUBJECT: THE DAY AFTER FITNA\nREF: A. THE HAGUE 175\n\u00b6B. THE HAGUE 133\n\n"
    assert lint(cable(ref="REF: A. THE HAGUE 175", body=copy + BODY), ["CL144"]) == []


@pytest.mark.parametrize("text", [
    QUESTIONNAIRE.replace("¶", ""),
    # html-extract/10TASHKENT27 L157-158: an initial wrapped from the sentence above
    "7. (SBU) Officially, Zeromax's management team is headed by\n¶S. Djalalov, an Uzbek.\n",
    "1. (U) Text.\n\n¶E. O. 11652: GDS\n",          # an old cable's spaced E.O. label
])
def test_no_pilcrow_on_a_lettered_item(text):
    assert lint_body(body(text, PARAGRAPHS[1]), ["CL144"]) == []


# --- CL139: a pilcrow on a wrapped year (a missed defect) -----------------------------------------
# seed 14142 web audit: docs/precision/seed14142/SUMMARY-web.md

#: html-extract/05TASHKENT2473 L27-28: the year wrapped to the next line, which the page marked '¶'.
WRAPPED_YEAR = """¶1. (C) Summary: An interview with Russian scholar Aleksi Malashenko discusses
Gulnora's chances of replacing her father as president in
¶2007. The discussion of the honest, hardworking Gulnora likely irks many business people.

¶2. (C) Second paragraph.

"""


def test_a_pilcrow_on_a_wrapped_year_is_reported():
    findings = lint_body(WRAPPED_YEAR + "PURNELL\n", ["CL139"])
    assert findings == [(3, 1, "CL139", "'as president in ¶2007.': a number wrapped from the"
                                        " sentence above, which the mirror marked as a paragraph")]


def test_a_year_without_a_pilcrow_is_the_text():
    assert lint_body(WRAPPED_YEAR.replace("¶2007.", "2007.") + "PURNELL\n", ["CL139"]) == []


#: html-extract/08STOCKHOLM272 L61-66 (shortened; seed 20261218 web audit): the force's number
#: wrapped under a sentence cut off, between ¶4 and ¶5; the mirror marked it `¶14.`.
WRAPPED_AFTER_A_NAME = """\
\u00b64.  (C) Sweden's MOD expressed an interest in the January-July 2010 NATO Response Force
\u00b6{number}.  We had hoped that Sweden would announce its commitment at the Bucharest Summit.

\u00b65.  (C) On April 3, Prime Minister Reinfeldt announced that Sweden will host the conference.

"""


def test_a_number_breaking_the_count_under_a_sentence_cut_off_is_the_sentences():
    findings = lint_body(body(PARAGRAPHS[0].replace("1. (C)", "\u00b61. (C)"),
                              "\u00b62. (C) Two.", "\u00b63. (C) Three.",
                              WRAPPED_AFTER_A_NAME.format(number=14)), ["CL090", "CL093", "CL139"])
    assert [(f[2], f[3].split(":")[0]) for f in findings] == [
        ("CL139", "'NATO Response Force ¶14.'")]


def test_a_number_that_keeps_the_count_under_a_sentence_cut_off_is_a_paragraph():
    # ¶5 under the cut sentence: the paragraph the count expects, its portion mark missing
    text = WRAPPED_AFTER_A_NAME.format(number=5).replace("\u00b65.  (C) On", "\u00b66.  (C) On")
    findings = lint_body(body(PARAGRAPHS[0].replace("1. (C)", "\u00b61. (C)"),
                              "\u00b62. (C) Two.", "\u00b63. (C) Three.", text),
                         ["CL090", "CL093", "CL139"])
    assert [f[2] for f in findings] == ["CL093"]


# --- CL111: a `---` line touching a heading is the cable's own divider ----------------------------
# seed 20261204 audit: docs/precision/seed20261204/

#: html-extract/08MOSCOW3394 L34-48: every heading framed by dashes as long as itself.
FRAMED_HEADINGS = """\
5. (C) Peattie said that over the medium-term BP expects TNK-BP will be taken over.

----------
OIL PRICES
----------

6. (C) Peattie said that even at today's lower oil prices, TNK-BP is "making money."

---
CPC
---

7. (C) On pending expansion of the Caspian Pipeline Consortium (CPC) pipeline, he said little.
"""


def test_a_dash_divider_as_long_as_its_heading_is_no_markdown_rule():
    assert lint_body(body(FRAMED_HEADINGS), ["CL111"]) == []


def test_a_dash_rule_between_blank_lines_is_still_reported():
    # seed 001_1083442f7979de0c L56-58: a markdown rule under a section title, a blank line between.
    text = ("Government Defends Amendments; Acknowledges Need for More Reform\n\n---\n\n"
            + PARAGRAPHS[1])
    findings = lint_body(body(PARAGRAPHS[0], text), ["CL111"])
    assert [(f[2], f[3]) for f in findings] == [("CL111", "Markdown formatting '---' in the text")]


# --- CL120 (a miss of the audit): an em dash turned into `)-` ------------------------------------
# seed 20261204 audit: docs/precision/seed20261204/

def test_a_dash_written_as_a_parenthesis_and_a_hyphen_is_damage():
    # html-fragment/07USNATO520 L35: `The Secretary General )- supported by U.S. and UK )- urged`
    text = ("1. (C) Afghanistan: The Secretary General )- supported by U.S. and UK )- urged the "
            "Military Committee to resolve the question.")
    findings = lint_body(body(text, PARAGRAPHS[1]), ["CL120"])
    assert [f[3] for f in findings] == [
        "')-' with spaces around it and no '(' before it: a dash turned into a parenthesis"]


def test_a_closed_aside_before_a_hyphenated_word_is_no_dash_damage():
    text = "1. (C) The Secretary General (and the UK) -based staff urged the Committee to act."
    assert lint_body(body(text, PARAGRAPHS[1]), ["CL120"]) == []


# --- CL121 (a miss of the audit): `é` as `C)`, `à` as a backtick ---------------------------------
# seed 20261204 audit: docs/precision/seed20261204/

def test_accented_letters_garbled_by_the_mirror_are_mojibake():
    # html-extract/10CARACAS163 (`Petroleum AttachC)`), 08SAOPAULO269 (`vis-`-vis`)
    text = ("1. (C) Maccotta told Petroleum AttachC) that the market was weak vis-`-vis gas.\n\n"
            "2. (C) The Copenhagen communiquC) was read out.")
    findings = lint_body(body(text), ["CL121"])
    assert [(f[0], f[1], f[3]) for f in findings] == [
        (1, 38, "Garbled characters 'C)' (text decoded in the wrong character set)"),
        (3, 32, "Garbled characters 'C)' (text decoded in the wrong character set)")]
    backtick = lint_body(body("1. (C) He spoke vis-`-vis the others."), ["CL121"])
    assert [(f[1], f[3]) for f in backtick] == [
        (21, "Garbled characters '`' (text decoded in the wrong character set)")]
    # seed 20261206 audit: `ü` as a bar (html-extract/09BERLIN1158 `S|ddeutsche`, pdf-text/
    # 09USEUBRUSSELS948 `F|le`)
    bar = lint_body(body("1. (C) The S|ddeutsche Zeitung quoted Commissioner F|le."), ["CL121"])
    assert [(f[1], f[3]) for f in bar] == [
        (13, "Garbled characters '|' (text decoded in the wrong character set)")]


def test_a_bar_between_words_or_in_a_table_is_no_mojibake():
    text = "1. (C) The vote was 12 | 3, and the columns read A | B and x|Y."
    assert lint_body(body(text, PARAGRAPHS[1]), ["CL121"]) == []


def test_an_acronym_in_parentheses_ending_in_c_is_no_mojibake():
    # acronyms as the corpus writes them: `(GoC)` (3 lines), `(CoC)` (2)
    text = "1. (C) The Government of Colombia (GoC) signed a Code of Conduct (CoC) with the EU."
    assert lint_body(body(text, PARAGRAPHS[1]), ["CL121"]) == []


# --- CL117: a comma for the apostrophe in a text written in capitals (a gap) ----------------------
# seed 57721 web audit: docs/precision/seed57721/SUMMARY-web.md

#: html-extract/10DOHA60 L46-50 (shortened).
CAPITALS_WITH_COMMAS = """¶12. (S) A SUBSEQUENT FBI INVESTIGATION REVEALED THAT THE MEN,S PLANE
TICKETS WERE PAID FOR BY A CONVICTED TERRORIST.

¶13. (SBU) MR. AL MANSOORI,S VISA WAS REVOKED AFTER THIS INFORMATION CAME TO LIGHT.

¶14. (SBU) DOHA,S VISAS VIPER COORDINATOR IS CONSULAR OFFICER GRANT GUTHRIE, S/CONS.

LEBARON
"""


def test_a_comma_apostrophe_in_capitals_is_reported():
    findings = lint_body(CAPITALS_WITH_COMMAS.replace("¶", ""), ["CL117"])
    assert [f[3] for f in findings] == [f"'{word},S': a comma for an apostrophe"
                                        for word in ("MEN", "MANSOORI", "DOHA")]


def test_capitals_with_apostrophes_and_a_comma_before_a_word_are_clean():
    body = CAPITALS_WITH_COMMAS.replace(",S ", "'S ").replace("¶", "")
    assert lint_body(body, ["CL117"]) == []


# --- CL117: the comma apostrophe of a contraction ------------------------------------------------
# seed 14142 ports audit: docs/precision/seed14142/SUMMARY-ports.md

#: json-record/wl20101128-0021 (07BAGHDAD3895) ¶9-¶10, with their line breaks back.
CONTRACTION = """9.(C) It is important with the Iranians not to lose one,s temper or show
that one is upset.

10.(C) Don,t offer an agenda beforehand, otherwise the agenda itself
becomes the subject of negotiation; I,d rather they saw it at the table.

BUTENIS
"""


def test_a_contraction_written_with_a_comma_is_apostrophe_damage():
    found = lint_body(CONTRACTION, ["CL117"])
    assert [f[3] for f in found] == ["'one,s': a comma for an apostrophe",
                                     "'Don,t': a comma for an apostrophe",
                                     "'I,d': a comma for an apostrophe"]


def test_a_comma_before_a_word_is_no_contraction():
    body = CONTRACTION.replace("one,s", "one's").replace("Don,t", "Don't").replace(
        "I,d rather", "Iran, doubtless, would rather")
    assert lint_body(body, ["CL117"]) == []


# --- CL145: text a converter repeated after a stray `Q` (a miss of seed 20261205: 115 findings) ---
# seed 20261205 early/json audit: docs/precision/seed20261205/SUMMARY-early-json.md

#: html-extract/08OTTAWA918 L47 and L65 (cut short): the `Q`, then the sentence's start again.
OTTAWA_REPEATS = (
    "4. (S/NF) Judd derided recent judgments in Canada's courts that threaten to undermine foreign "
    "government intelligence- Qthat threaten to undermine foreign government intelligence- and "
    "information-sharing with Canada.\n\n"
    "10. (S/NF) CSIS is far from being \"high-five mode\" on Q10. (S/NF) CSIS is far from being "
    "\"high-five mode\" on Afghanistan, Judd asserted.")


def test_text_repeated_after_a_stray_q_is_reported_at_the_q():
    findings = lint_body(body(PARAGRAPHS[0], OTTAWA_REPEATS), ["CL145"])
    assert [(f[0], f[1], f[3]) for f in findings] == [
        (3, 120, "'Qthat threaten to undermine': text a converter repeated after a stray 'Q'"),
        (5, 55, "'Q10. (S/NF) CSIS is': text a converter repeated after a stray 'Q'")]


def test_text_repeated_after_a_stray_q_before_a_capital_or_a_dash_is_reported():
    """seed 20261210 web miss (28 files): html-extract/08CANBERRA4 L65 and 09HARARE888 L55."""
    text = ("1. (C) Musharraf was out of touch with the rest of Pakistan.  He expressed the same "
            "concern about Bhutto, QPakistan.  He expressed the same concern about Bhutto.\n\n"
            "2. (U) The funeral at Heroes Acre on October 31 -- President Robert Mugabe spoke at "
            "Heroes Acre on Q-- President Robert Mugabe spoke.")
    findings = lint_body(body(text), ["CL145"])
    assert [f[3].split("'")[1] for f in findings] == ["QPakistan.  He expressed",
                                                      "Q-- President Robert"]


def test_words_that_begin_with_a_q_repeat_nothing():
    # html-extract/09NEWDELHI1128 (`al-Quaeda and the Taliban` ... `al-Qaeda and the Taliban`),
    # 09SANTIAGO156 (`Question 23 B and C` twice), 10RIYADH90 (`Al-Qaida's growth` twice)
    text = ("1. (C) Ties with al-Quaeda and the Taliban were examined; his affiliation with "
            "al-Qaeda and the Taliban was confirmed.\n\n"
            "2. (SBU) Question 23 B and C: none. Question 23 B and C: IOM conducted an event.\n\n"
            "3. (C) To undermine Al-Qaida's growth in Yemen, bolster Al-Qaida's growth in Yemen."
            "\n\n4. (C) The QDF is managing the relief; the QDF is managing it well. QADHAFI "
            "SAID THE QADHAFI FOUNDATION WOULD PAY.")
    assert lint_body(body(text), ["CL145"]) == []


#: html-extract-early/09THEHAGUE247 L27 (shortened): the converter repeated a stretch after a stray
#: `Q`; the `8` inside it is a copy of the quote closed before, not a damaged quotation.
HAGUE_REPEAT = ("1. (U) The Court held the &judgment of acquittal8 hearing. (Comment: In the "
                "&judgment of acquittal8 hearing, the Court considers whether Prosecution "
                "Qacquittal8 hearing, the Court considers whether Prosecution has presented "
                "&no evidence8 to sustain the charges.)")


def test_quote_damage_inside_a_converter_repeat_is_the_repeat_s():
    # seed 20261215 audit: docs/precision/seed20261215/
    findings = lint_body(body(HAGUE_REPEAT), ["CL118", "CL145"])
    quoted = [(f[2], HAGUE_REPEAT[f[1] - 1:].split()[0]) for f in findings]
    assert quoted == [("CL118", "&judgment"), ("CL118", "&judgment"), ("CL145", "Qacquittal8"),
                      ("CL118", "&no")]


def test_quote_damage_outside_a_repeat_is_reported_as_before():
    unrepeated = HAGUE_REPEAT.replace("Qacquittal8 hearing, the Court considers whether "
                                      "Prosecution ", "acquittal8 ")
    findings = lint_body(body(unrepeated), ["CL118", "CL145"])
    assert [f[2] for f in findings] == ["CL118"] * 4


# --- CL139, CL144 in a flattened text: a pilcrow where a line started (a miss of seed 20261215) ---

#: json-body/09STATE16285 and 09STATE119085 (shortened): the mirror marked the line starts, then
#: the line breaks were lost.
FLAT_PILCROWS = (
    "S E C R E T STATE 016285  SIPDIS  E.O. 12958: DECL: 02/18/2029 TAGS: KNNP PARM IAEA MNUC IR "
    "SUBJECT: IAEA REPORTS ON IRAN  CLASSIFIED BY: ISN - C. S. ELIOT KANG, ACTING FOR REASONS "
    "1.4(B) AND (D)  ¶1.  (U) This is an action request.  See paragraphs 3-4.  ¶2.  (SBU) "
    "Approximately 5,500 centrifuges are operating, up from approximately 3,800 in November "
    "¶2008.  Of particular concern, the IAEA notes the stockpile.  ¶3.  (U) This telegram contains "
    "the following sections:  ¶A. - Storage and dissemination of the report  ¶B. - Questions and "
    "answers  ¶4.  (U) Posts should deliver the points below.  CLINTON\n")


def test_pilcrows_inside_the_line_of_a_flattened_text_are_reported():
    findings = lint(FLAT_PILCROWS, ["CL139", "CL144"], "json-body/09STATE16285.txt")
    assert [(f[2], FLAT_PILCROWS[f[1] - 1:].split()[0]) for f in findings] == [
        ("CL139", "¶2008."), ("CL144", "¶A."), ("CL144", "¶B.")]


def test_a_pilcrow_inside_a_line_of_an_unflattened_text_is_not_a_line_start():
    text = body("1. (C) The sections are: ¶A. - Storage, ¶B. - Questions, as in ¶2008. above.")
    assert lint_body(text, ["CL139", "CL144"]) == []


# --- CL146: a section heading run into the end of the text (a miss of seeds 20261205, 20261206) ---
# seed 20261206 web audit: docs/precision/seed20261206/SUMMARY-web.md (html-extract/10CAIRO119)

#: html-extract/10CAIRO119 L24 and L26 (cut short): each heading run in with its dividers.
CAIRO_HEADINGS = (
    "2. (C) Comment: The MB fielded fewer candidates than it did in 2005. End Comment. "
    "-------------------------- New MB Supreme Guide Named --------------------------\n\n"
    "3. (C) On Saturday January 16, the Muslim Brotherhood named Mohamed Badie. His primary task "
    "will be \"internal reform\". ------------------ A Unifying Choice ------------------")


def test_a_heading_run_into_the_end_of_the_text_is_reported():
    findings = lint_body(body(PARAGRAPHS[0], CAIRO_HEADINGS), ["CL146"])
    assert [(f[0], f[1], f[3].split("'")[1]) for f in findings] == [
        (3, 83, "New MB Supreme Guide Named"), (5, 120, "A Unifying Choice")]


def test_a_heading_on_its_own_lines_or_a_dash_in_a_sentence_is_no_run_in():
    text = ("2. (C) The MB fielded fewer candidates. End Comment.\n\n"
            "--------------------------\nNew MB Supreme Guide Named\n--------------------------\n\n"
            "3. (C) The vote --- a close one --- went to Badie, and the new rules --- the "
            "Guidance Bureau's, not the Shura's --- apply.")
    assert lint_body(body(PARAGRAPHS[0], text), ["CL146"]) == []


# --- CL147: a web address broken by a space (a miss of seeds 20261209 and 20261210) ---------------

#: html-extract/08LONDON2211 L51, 07LONDON4045 (anarchivist copy), 09MEXICO160 and 08KYIV1627: a
#: space where a line break stood in each address (the HTML fragments of the same cables have it).
SPLIT_ADDRESSES = (
    "2. (U) Visit London's Classified Website: "
    "http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom\n\n"
    "3. (U) See http://www.state.sgov.gov/p/eur/london/index. cfm for more.\n\n"
    "4. (U) Travel: http://travel.state.gov/travel/ cis_pa_tw/pa/pa_3028.html. Reports at "
    "http://www.pravda.com.ua/news/2008/8/12/79832 .htm and the Partnership Blog at "
    "http://www.intelink.gov/communities/state/nap /")


def test_a_web_address_broken_by_a_space_is_reported_whole():
    findings = lint_body(body(PARAGRAPHS[0], SPLIT_ADDRESSES), ["CL147"])
    assert [(f[0], f[1], f[3].split("'")[1]) for f in findings] == [
        (3, 43, "http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom"),
        (5, 12, "http://www.state.sgov.gov/p/eur/london/index. cfm"),
        (7, 16, "http://travel.state.gov/travel/ cis_pa_tw/pa/pa_3028.html"),
        (7, 86, "http://www.pravda.com.ua/news/2008/8/12/79832 .htm"),
        (7, 165, "http://www.intelink.gov/communities/state/nap /")]


#: html-fragment/08PARIS245 L74 and html-extract/09MOSCOW2932 (shortened): the space inside the
#: page's extension.
SPLIT_EXTENSIONS = (
    "2. (U) Visit Paris' Classified Website: http://www.state.sgov.gov/p/eur/paris/index.c fm\n\n"
    "3. (U) Holdren's article, http://www.ng.ru/ideas/2009-11-02/6_holdren.h tml, and "
    "http://www.state.sgov.gov/p/eur/rome/index.cf m?id=3 say so.")


def test_a_space_inside_the_pages_extension_is_a_split_too():
    findings = lint_body(body(PARAGRAPHS[0], SPLIT_EXTENSIONS), ["CL147"])
    assert [(f[0], f[3].split("'")[1]) for f in findings] == [
        (3, "http://www.state.sgov.gov/p/eur/paris/index.c fm"),
        (5, "http://www.ng.ru/ideas/2009-11-02/6_holdren.h tml"),
        (5, "http://www.state.sgov.gov/p/eur/rome/index.cf m?id=3")]
    whole = SPLIT_EXTENSIONS.replace(".c fm", ".cfm").replace(".h tml", ".html")
    assert lint_body(body(PARAGRAPHS[0], whole.replace(".cf m", ".cfm")), ["CL147"]) == []

def test_the_fix_removes_the_space_and_only_with_unsafe_fixes():
    from cablelint.fixing import fix_text
    text = HEADER + body(PARAGRAPHS[0], SPLIT_ADDRESSES)
    ruleset = build(registry(), select=["CL147"])
    fixed = fix_text(text, "cable.txt", ruleset, unsafe=True).text
    assert "Portal:United_Kingdom\n" in fixed and "index.cfm for" in fixed
    assert "pa_3028.html. Reports" in fixed and "79832.htm and" in fixed and "nap/" in fixed
    assert fix_text(text, "cable.txt", ruleset).text == text


def test_words_after_a_web_address_or_a_wrapped_address_are_no_split():
    text = ("2. (U) See http://www.state.gov and/or www.usembassy.gov/london, updated 5/12/2009, "
            "w/o fees: www.diversitydialogues.nl for details (http://www.fco.gov.uk/en/ End).\n\n"
            "3. (U) Visit London's Classified Website: "
            "http://www.intelink.sgov.gov/wiki/Portal:Unit\n"
            "ed_Kingdom")
    assert lint_body(body(PARAGRAPHS[0], text), ["CL147"]) == []


# --- CL148: the plus sign of a group's name lost (a miss of seed 20261212) ----------------------

#: html-extract/08LONDON1452, 07PARIS3956, 09CAIRO1804 and 08BERLIN122 (shortened): the released
#: text of these cables has a space for every `+` (its HTML fragments and JSON bodies too).
LOST_PLUS = ("2. (C) Business once Iran has reacted to the P5 1 offer; Tehran is trying to divide the "
             "P-5 1 by opening talks.\n\n"
             "3. (C) The Secretary's interest in meeting with GCC 3 counterparts; the E3 3 "
             "invitation.\n\n"
             "4. (C) January 22 P5 1 Ministerial a success.")


def test_a_group_name_that_lost_its_plus_sign_is_reported_and_fixed():
    text = body(PARAGRAPHS[0], LOST_PLUS)
    findings = lint_body(text, ["CL148"])
    assert [(f[0], f[3].split("'")[1]) for f in findings] == [
        (3, "P5 1"), (3, "P-5 1"), (5, "GCC 3"), (5, "E3 3"), (7, "P5 1")]
    from cablelint.fixing import fix_text
    fixed = fix_text(HEADER + text, "cable.txt", build(registry(), select=["CL148"])).text
    assert "the P5+1 offer" in fixed and "the P-5+1 by" in fixed and "GCC+3 counterparts" in fixed
    assert "22 P5+1 Ministerial" in fixed and not lint_body(fixed[len(HEADER):], ["CL148"])


def test_a_number_after_other_words_or_a_count_of_a_group_is_no_lost_plus_sign():
    text = ("2. (C) The P5+1 and the E3+3 met; the GCC 6 states, EU 1 and P5 10 percent, "
            "the P5 1.5 ratio, G8 3 days and PARA 2 stand.")
    assert lint_body(body(PARAGRAPHS[0], text), ["CL148"]) == []
