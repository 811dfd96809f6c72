"""Web-mirror and conversion damage rules (CL110-CL129)."""

import pytest

from cablelint.engine import lint_text
from cablelint.ruleset import build
from cables import BANNER, BELOW_HEADER, BODY, HEADER, NOTICE, body, mirror
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


def q_for(word, more=""):
    return f"'{word}': a Q for an apostrophe{more}"


@pytest.mark.parametrize("text, column, word", [
    # html-extract/07BERN881 and 07HARARE638, 09TELAVIV2188: a converter's Q for the apostrophe
    ("Switzerland supports the institution of the PresidentQs Representative.", 52, "PresidentQs"),
    ("The GOZ doesnQt see it; itQs anyoneQs guess whether the regime falls.", 16, "doesnQt"),
    ("Netanyahu made a final decision to go for a deal, and thatQs legitimate.", 62, "thatQs"),
    ("Tsvangirai said: IQm not afraid of them.", 25, "IQm"),
])
def test_cl117_q_for_apostrophe(text, column, word):
    assert lint_body(paragraph(text), ["CL117"]) == [(1, column, "CL117", q_for(word))]


@pytest.mark.parametrize("text", [
    # converter garble (08ATHENS1156, 07BUCHAREST1286, 09UNVIEVIENNA192): a Q inside a word of
    # one or two letters, or before 'd' after a word that is no pronoun
    "the situation in GeorgQa touchstone for Greek viQs. The more pro-Russian",
    "the law of the country in which the claim arises are used -- in tQs case Romanian law.",
    "if it was possible for the fuel to be lQd into Bushehr the second quarter",
    # real words: headquarters, Prime Minister's Questions, tariff-rate quotas, QTE/UNQTE
    "Staff at both HQs and PMQs discussed TRQs and IQs. QTE WE ARE READY UNQTE, HE SAID.",
])
def test_cl117_q_that_is_no_apostrophe(text):
    assert lint_body(paragraph(text), ["CL117"]) == []


def test_cl117_fix_writes_the_apostrophe_for_the_q():
    text = HEADER + paragraph("He destroyed ZimbabweQs farms, and he doesnQt care.")
    findings = lint_text(text, "q.txt", build(registry(), select=["CL117"]))
    assert [e.replacement for d in findings for e in d.fix.edits] == ["Zimbabwe's"]


# --- CL118 quote-damage, CL119 html-entity-damage ---------------------------------------------

def test_cl118_quotation_marks_as_ampersand_and_eight():
    assert lint_body(paragraph("He claimed the &political and moral right8 to press ahead."),
                     ["CL118", "CL119"]) == [
        (1, 23, "CL118", "Quotation marks turned into '&' and '8': '&political and moral right8'"),
    ]


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
    ("He met O???CONNOR yesterday.", 15, "O???C"),
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
])
def test_cl125_single_copy(text):
    assert lint(text, ["CL125"]) == []


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
])
def test_cl129_redaction_glued_to_a_word(text, column, match):
    assert lint_body(paragraph(text), ["CL129"]) == [
        (1, column, "CL129", f"Redaction run together with a word: '{match}'"),
    ]


@pytest.mark.parametrize("text", [
    "XXXXXXXXXXXX said that XXXXXXXXXXXX, XXXXXXXXXXXX.",
    "XXXXXXXXXXXX (protect) said that.",
    "The XXX Games opened.",
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


# --- requires_on_line (CL117, CL118): the regex tried only on lines holding a literal ----------

@pytest.mark.parametrize("rule_id", ["CL117", "CL118"])
def test_requires_on_line_finds_what_the_whole_text_search_finds(rule_id):
    import random

    check = next(c for c in build(registry(), select=[rule_id]).checks if c.rule.id == rule_id)
    assert check._line_start is not None
    pieces = ["&Quote", " text", "\n", "\n\n", ' ""HUMAN', ' LOBBY""', "8", " word8", "¬note", "®",
              ",s", " Kazakhstan", "G8", "  ", "x.", "&amp;", "Qs", " President", "doesnQt",
              " he", "Q", "re", "nQt"]
    rnd = random.Random(14)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        start = rnd.randint(0, len(text))
        whole = [(m.span(), m.groupdict()) for m in check.regex.finditer(text, start, len(text))]
        on_lines = [(m.span(), m.groupdict())
                    for m in check._matches_on_lines(text, start, len(text))]
        assert on_lines == whole, text
