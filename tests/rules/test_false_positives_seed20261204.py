"""The false-positive classes of the seed-20261204 audit (docs/precision/seed20261204/), each with
the cable text that showed it and a case where the rule must still fire."""

from cables import BODY, PARAGRAPHS, body, cable
from conftest import lint, lint_body

# --- CL111: a `---` line touching a heading is the cable's own divider ----------------------------

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


# --- CL096: a typographic closing quote after a sentence's end closes it --------------------------

#: html-fragment/08KABUL3237 L39-43 (the markup taken out): a quotation, a heading, ¶7.
CURLY_QUOTE = """\
6. (C/NF) Karzai welcomed the incoming U.S. brigades. He offered the example of a villager
from Uruzgan who gave the Dutch Task Force Commander a present,
saying, “Take that back to Washington with you.”

KARZAI: AFGHANS WILLING TO DIE IN BATTLE BUT DO NOT UNDERSTAND CIVILIAN CASUALTIES

7. (C) Karzai raised the issue of civilian casualties, stressing the impact these deaths had.
"""


def test_a_sentence_closed_inside_a_curly_quote_is_not_cut():
    assert lint_body(body(CURLY_QUOTE), ["CL096"]) == []


def test_a_curly_quote_with_no_sentence_end_before_it_still_leaves_the_sentence_open():
    text = CURLY_QUOTE.replace("with you.”", "with the so-called “reform”").replace(
        "KARZAI: AFGHANS WILLING TO DIE IN BATTLE BUT DO NOT UNDERSTAND CIVILIAN CASUALTIES",
        "which the villagers had not asked for.")
    findings = lint_body(body(text), ["CL096"])
    assert [f[2] for f in findings] == ["CL096"]


# --- CL096: no sentence runs on into the signature ------------------------------------------------

#: html-extract/08REYKJAVIK22 L72-80: the last entry of a list of figures, then the signer.
LAST_FIGURES = """\
4. (U) State Department funds spent by Embassy Reykjavik on energy
related activities:

Total FY 2007 pro-rated salary costs: $52,100

Programs: $700 (energy related domestic travel)
"""


def test_the_signature_after_a_blank_line_continues_no_sentence():
    assert lint_body(body(LAST_FIGURES, signature="\nvan Voorst"), ["CL096"]) == []


def test_a_continuation_with_the_signature_glued_to_its_end_is_still_a_cut():
    # html-extract/09LIMA1659 L105-107, the signature glued to the continued sentence
    text = ("4. (C) SL forces were repelled after attempting to overrun the base, which was\n\n"
            "manned by 45 soldiers from the 2nd Infantry Brigade. MCKINLEY\n")
    findings = lint_body(body(PARAGRAPHS[0], text, signature=""), ["CL096"])
    assert [f[2] for f in findings] == ["CL096"]


# --- CL100: a page number and a page-foot marking after the signature -----------------------------

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


# --- CL090: a heading under a redaction that stands for withheld paragraphs -----------------------

#: html-fragment/10MADRID87 L19-23: ¶1-4 withheld, then an unmarked heading and ¶5.
WITHHELD_UNDER_HEADING = """\
XXXXXXXXXXXX
//Bilateral Relations//

5. (U) Spain is an important friend and ally of the U.S.  We especially value Spanish
cooperation on security issues.

6. (U) Spain is the principal point of entry for narcotics into Europe.
"""


def test_a_skip_after_a_redaction_and_a_heading_is_withheld_text():
    assert lint_body(body(WITHHELD_UNDER_HEADING), ["CL090"]) == []


def test_a_heading_alone_withholds_nothing():
    text = WITHHELD_UNDER_HEADING.replace("XXXXXXXXXXXX\n", "")
    findings = lint_body(body(text), ["CL090"])
    assert [f[3] for f in findings] == ["Paragraph 5 where 1 was expected"]


# --- CL090: a `1` in place of the next number is that number damaged, not a nested list ---------

#: html-fragment/07USNATO520 L216-229 (shortened): ¶12 lost its `2`.
LOST_DIGIT = """\
10. (C) The CMC briefed the Council that COMKFOR deployed a unit.

11. (C) Darfur: The Portuguese PermRep informed the Council that Chad has accepted.

1. (C) Iraq: CMC announced that NTM-I has the resources and is starting naval training.

13. (C) AO: CMC reported that CHODs made progress on two recommendations.
"""
NUMBERED_TO_NINE = "".join(f"{n}. (C) Paragraph {n} of the cable.\n\n" for n in range(1, 10))


def test_a_one_followed_by_the_outer_count_is_blamed_not_the_paragraph_after_it():
    findings = lint_body(body(NUMBERED_TO_NINE + LOST_DIGIT), ["CL090"])
    assert [f[3] for f in findings] == ["Paragraph 1 where 12 was expected"]


def test_a_nested_list_that_goes_on_with_two_is_still_a_nested_list():
    nested = LOST_DIGIT.replace("13. (C) AO", "2. (C) AO") + "\n12. (C) The outer count resumes.\n"
    assert lint_body(body(NUMBERED_TO_NINE + nested), ["CL090"]) == []


# --- CL028: a flattened text's paragraph marked `(SBU//NOFORN)` is found -------------------------

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


# --- CL060: TAGS and SUBJECT run on after the E.O. line, all on one line --------------------------

#: html-extract/04ANKARA348 L9: the whole header line of the early site, sentence-cased.
EO_TAGS_SUBJECT = ("E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. "
                   "Erdogan goes to washington: how strong a leader in the face of strong "
                   "challenges?")


def test_a_subject_run_on_after_tags_on_the_eo_line_is_found():
    text = cable(eo=EO_TAGS_SUBJECT, tags=None, subject=None)
    findings = lint(text, ["CL060", "CL061"])
    assert [(f[2], f[3]) for f in findings] == [
        ("CL061", "SUBJECT label written 'Subject:'; expected 'SUBJECT:'")]


def test_tags_on_the_eo_line_with_no_subject_after_them_still_lack_one():
    # html-extract-2011/10STATE284 L12: E.O. and TAGS on the banner's line, no SUBJECT anywhere
    text = cable(eo=EO_TAGS_SUBJECT.split(" Subject:")[0], tags=None, subject=None)
    assert [f[2] for f in lint(text, ["CL060"])] == ["CL060"]


# --- CL006: a DE day one before the DTG's date in a leap year points at the DTG's year ------------

def test_a_de_day_that_fits_the_dtg_in_a_common_year_names_the_dtg_year():
    # pdf-extract/00ATHENS1501 L3-5: day 266 is 23 September in 2009, the 22nd in 2000
    text = cable(de="DE RUEHTH #1501 2661510", dtg="R 231510Z SEP 00 ZDS")
    assert [f[3] for f in lint(text, ["CL006"])] == [
        "The DE line's day of year gives 2000-09-22, a day before the DTG's 2000-09-23: the two "
        "agree in a common year, so the DTG's year (a leap year) may be wrong"]


def test_a_de_day_far_from_the_dtg_in_a_leap_year_keeps_the_plain_message():
    text = cable(de="DE RUEHTH #1501 2601510", dtg="R 231510Z SEP 00 ZDS")
    assert [f[3] for f in lint(text, ["CL006"])] == [
        "The DE line's day of year gives 2000-09-16, but the DTG says 2000-09-23"]


# --- CL090: a marker glued to a redaction is run into the paragraph above -------------------------

#: html-extract-early/05SOFIA1207 L49-56 (shortened): ¶9 withheld, ¶10's marker glued to the
#: redaction that stands for it.
GLUED_TO_REDACTION = """\
8. (C) Organized crime has a corrupting influence on all Bulgarian institutions.
XXXXXXXXXXXX10. (C) Below the level of the national government, OC owns a number of municipalities.

11. (C) Despite continuing pressure from the U.S. and the EU, little was done.
"""
SEVEN = "".join(f"{n}. (C) Paragraph {n} of the cable.\n\n" for n in range(1, 8))


def test_a_marker_glued_to_a_redaction_is_run_into_the_paragraph_above():
    findings = lint_body(body(SEVEN + GLUED_TO_REDACTION), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 10 is run into paragraph 8: its marker stands inside the text"]


def test_a_spaced_marker_after_a_redaction_is_run_in_too():
    # html-extract/10MADRID154 L67: `... a sizable investment in XXXXXXXXXXXX 6. (S//NF) The ...`
    text = GLUED_TO_REDACTION.replace("XXXXXXXXXXXX10.", "in XXXXXXXXXXXX 9.").replace("11.", "10.")
    findings = lint_body(body(SEVEN + text), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 9 is run into paragraph 8: its marker stands inside the text"]


def test_a_number_after_a_redaction_with_no_marker_found_is_still_a_gap():
    text = GLUED_TO_REDACTION.replace("XXXXXXXXXXXX10. (C) Below", "XXXXXXXXXXXX said that below")
    findings = lint_body(body(SEVEN + text), ["CL090"])
    assert [f[3] for f in findings] == ["Paragraph 11 where 9 was expected"]


# --- CL090 (a miss of the audit): the next paragraph glued into the last one --------------------

def test_a_paragraph_glued_into_the_last_one_is_run_in():
    # html-fragment/06SAOPAULO352 L71: `End Comment. 14. This cable was coordinated/cleared ...`
    last = ("3. (C) Comment: The party will not change its line. End Comment. 4. This cable was "
            "coordinated/cleared with Embassy Brasilia.")
    findings = lint_body(body(PARAGRAPHS[0], PARAGRAPHS[1], last), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 4 is run into paragraph 3: its marker stands inside the text"]


def test_a_count_in_the_last_paragraph_is_no_marker():
    last = "3. (C) Comment: The party will not change its line. 4 ministers said so. End Comment."
    assert lint_body(body(PARAGRAPHS[0], PARAGRAPHS[1], last), ["CL090"]) == []


# --- CL026 (a miss of the audit): an old telegram's page header with the page's text after it -----

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


# --- CL120 (a miss of the audit): an em dash turned into `)-` ------------------------------------

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

def test_accented_letters_garbled_by_the_mirror_are_mojibake():
    # html-extract/10CARACAS163 (`Petroleum AttachC)`), 08SAOPAULO269 (`vis-`-vis`)
    text = ("1. (C) Maccotta told Petroleum AttachC) that the market was weak vis-`-vis gas.\n\n"
            "2. (C) The Copenhagen communiquC) was read out.")
    findings = lint_body(body(text), ["CL121"])
    assert [f[3] for f in findings] == [
        "Garbled characters 'AttachC)' (text decoded in the wrong character set)",
        "Garbled characters 'communiquC)' (text decoded in the wrong character set)"]


def test_an_acronym_in_parentheses_ending_in_c_is_no_mojibake():
    # acronyms as the corpus writes them: `(GoC)` (3 lines), `(CoC)` (2)
    text = "1. (C) The Government of Colombia (GoC) signed a Code of Conduct (CoC) with the EU."
    assert lint_body(body(text, PARAGRAPHS[1]), ["CL121"]) == []


# --- CL032 (a miss of the audit): SIPDIS between two words of a one-line paragraph --------------

def test_sipdis_between_two_words_of_a_paragraph_is_a_caption_in_the_text():
    # html-fragment/05BRASILIA1017 L34, each paragraph on one line
    text = ("1. (C) He noted that both Secretary Rice and Deputy Secretary Zoellick have a strong "
            "SIPDIS interest in Brazil and in the hemisphere.")
    findings = lint_body(body(text, PARAGRAPHS[1]), ["CL032"])
    assert [(f[1], f[3]) for f in findings] == [(text.index("SIPDIS") + 1, (
        "Caption inside the text: 'SIPDIS' (captions stand between the banner and the E.O. line)"))]


def test_the_caption_named_in_an_instruction_is_no_damage():
    # html-extract/10STATE16219 L98, 09STATE2552 L361
    for text in ("1. (U) Please use the caption SIPDIS in all replies.",
                 "1. (U) Please use SIPDIS caption on all responses."):
        assert lint_body(body(text, PARAGRAPHS[1]), ["CL032"]) == []


# --- REF run on after a SUBJECT (a miss of the audit): parsed, and its own run-on named ----------

#: html-extract/07MANAMA1011 L24: SUBJECT, REF and Classified By on one line.
SUBJECT_REF_CLASSIFIED = (
    "SUBJECT: FINANCE MINISTER REVIEWS OPTIONS FOR SANCTIONING FUTURE BANK REF: A. U/S LEVEY - "
    "AMB. "
    "ERELI OCTOBER 31 E-MAIL B. STATE 148605 Classified By: Ambassador Adam Ereli, reasons 1.4(b) "
    "and (d).")


def test_a_ref_run_on_after_the_subject_is_parsed_and_its_run_on_named():
    text = cable(subject=SUBJECT_REF_CLASSIFIED, classified_by=None)
    findings = lint(text, ["CL062"])
    assert [(f[1], f[3]) for f in findings] == [
        (1, "The SUBJECT runs on into REF: on the same line"),
        (SUBJECT_REF_CLASSIFIED.index("REF:") + 1,
         "The REF runs on into Classified By on the same line")]


def test_the_ref_items_of_a_run_on_ref_are_checked():
    text = cable(subject=SUBJECT_REF_CLASSIFIED.replace("B. STATE", "B. B. STATE"),
                 classified_by=None)
    findings = lint(text, ["CL071"])
    assert [f[3][:40] for f in findings] == ["REF item enumerator 'B. B.' is malformed"]


# --- CL024: a first section written without leading zeros is named as such -----------------------

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


# --- CL020: a banner the publisher withheld is named as such ---------------------------------------

#: html-fragment/10BEIJING207 L14-30 (shortened): the mirror's fields, the redactions, the captions.
WITHHELD_HEAD = """\
ID: 245489
ORIGIN: XXXXXXXXXXXX
CLASSIFICATION: SECRET
{redaction}

SIPDIS

NSC FOR BADER, MEDEIROS, AND LOI

E.O. 12958: DECL: 01/26/2030
TAGS: ECON PGOV PHUM PREL EINV CH
SUBJECT: GOOGLE UPDATE: PRC ROLE IN ATTACKS AND RESPONSE

"""


def test_a_redaction_where_the_banner_stood_names_the_banner_withheld():
    findings = lint(WITHHELD_HEAD.format(redaction="XXXXXXXXXXXX") + BODY, ["CL020"])
    assert [f[3] for f in findings] == [
        "No classification banner: the publisher withheld the lines where it stood (a redaction in "
        "their place)"]


def test_a_missing_banner_with_no_redaction_is_still_missing():
    findings = lint(WITHHELD_HEAD.format(redaction="") + BODY, ["CL020"])
    assert [f[3][:31] for f in findings] == ["No classification banner (e.g. "]
