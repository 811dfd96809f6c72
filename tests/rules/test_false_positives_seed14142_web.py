"""The false-positive classes of the seed-14142 audit of the web layouts (html-extract,
html-extract-early, html-extract-2011, html-fragment; docs/precision/seed14142/), each with the
cable text that showed it and a case where the rule must still fire."""

from cables import PARAGRAPHS, body, cable, header_with
from conftest import lint, lint_body



# --- CL056, CL057: a run-together TAG that tags-corrections spells out ----------------------------

#: html-extract/06SANJOSE1792 L20: five codes run together; CL053 gives 'ETRD EINV ECIN PGOV CS'.
RUN_TOGETHER_TAGS = "TAGS: ETRDEINVECINPGOVCS"


def test_a_run_together_tag_counts_as_the_codes_it_stands_for():
    assert lint(header_with(tags=RUN_TOGETHER_TAGS), ["CL056", "CL057"]) == []
    assert [f[3] for f in lint(header_with(tags=RUN_TOGETHER_TAGS), ["CL053"])] == [
        "TAG 'ETRDEINVECINPGOVCS' is a known misspelling or concatenation; expected"
        " 'ETRD EINV ECIN PGOV CS'"]


def test_tags_without_a_subject_code_are_still_reported():
    # html-extract/08SAOPAULO499 L25: a program TAG and a country
    findings = lint(header_with(tags="TAGS: KPAO BR"), ["CL056"])
    assert [f[3] for f in findings] == [
        "TAGS (KPAO BR) have no subject TAG (a four-letter code such as PGOV, PREL, ECON)"]


#: json-body/09MOSCOW405: the commas of a TAGS list lost but the last, one code run together.
ONE_COMMA_TAGS = "TAGS: PREL PGOV ETTC MCAP MARR MOPS PARM PINR PTERIR, RS"


def test_a_code_list_with_one_run_together_code_is_split_into_its_codes():
    assert lint(header_with(tags=ONE_COMMA_TAGS), ["CL056", "CL057"]) == []
    assert [f[3] for f in lint(header_with(tags=ONE_COMMA_TAGS), ["CL052"])] == [
        "TAG 'PTERIR' is in none of the TAGS lists (subject, program, geographic, organization)"]


def test_a_free_text_phrase_between_commas_stays_one_tag():
    # two words that are no codes (not a list of codes with one damaged)
    assert lint(header_with(tags="TAGS: PREL, HUMAN RIGHTS, KZ"), ["CL052", "CL056", "CL057"]) == []


# --- CL100: what a mirror put after the signature -------------------------------------------------

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


#: html-fragment/00HARARE6677 L64: the signature, then the converter's bottom banner and a '>'.
def test_a_bottom_banner_closed_by_a_stray_bracket_follows_the_signature():
    assert lint(cable(body=body(*PARAGRAPHS, signature="MCDONALD CONFIDENTIAL >")),
                ["CL100"]) == []


def test_a_last_sentence_ending_in_a_classification_is_no_signature():
    end = body(PARAGRAPHS[0], PARAGRAPHS[1].rstrip(".") + " CONFIDENTIAL >", signature="")
    assert [f[2] for f in lint(cable(body=end), ["CL100"])] == ["CL100"]


# --- CL090: a number that lost its leading digit --------------------------------------------------

#: html-extract/04BRASILIA1291 L42-54 (shortened): the '1' of ¶10 went to the heading's line, and
#: ¶11's marker stands after the divider that underlines the next heading.
LOST_DIGIT = """¶9. (C) Brazil shares its longest and most porous border with Bolivia.

PKO/HAITI --------- 1

¶0. (C) Zaluar announced that the bill authorizing Brazil's participation had just passed.

Defense Modernization Programs

------------------------------ 11. (SBU) One of Brazil's most important military modernization \
efforts is the new generation F-X fighter program.

------------------------------------------

¶12. (SBU) MRE OAS Division Chief Nelson Tabajara praised the successful outcome.

¶13. (U) Assistant Secretary Bloomfield has cleared this message.

HRINAK
"""


def numbered_from_one(text: str) -> str:
    return "".join(f"¶{n}. (C) Paragraph {n}.\n\n" for n in range(1, 9)) + text


def test_a_number_that_lost_its_leading_digit_keeps_the_count():
    findings = lint(cable(body=numbered_from_one(LOST_DIGIT)), ["CL090"])
    assert [f[3] for f in findings] == [
        "Paragraph 0 where 10 was expected",
        "Paragraph 11 is run into paragraph 0: its marker stands inside the text"]


def test_a_number_that_is_no_cut_of_the_expected_one_still_breaks_the_count():
    text = numbered_from_one(LOST_DIGIT.replace("¶0. (C)", "¶7. (C)"))
    assert [f[3] for f in lint(cable(body=text), ["CL090"])][:2] == [
        "Paragraph 7 where 10 was expected", "Paragraph 12 where 8 was expected"]


# --- CL062: the E.O. line run on into TAGS (a missed defect) --------------------------------------

#: html-extract/09TRIPOLI966 L15-23 (shortened): the E.O. line and TAGS on one line.
TRIPOLI_HEADER = """S E C R E T TRIPOLI 000966

NOFORN SIPDIS STATE FOR NEA/FO AND NEA/MAG.

E.O. 12958: DECL: 12/15/2019 TAGS: PREL MNUC PARM PINR RS KGIC KNNP KRAD ENRG LY

SUBJECT: LIBYA HEU UPDATE: LETTER SENT TO RUSSIANS APPROVING SHIPMENT

CLASSIFIED BY: Joan A. Polaschik, Deputy Chief of Mission, U.S. Embassy Tripoli, Department \
of State. REASON: 1.4 (b), (d)

"""


def test_an_eo_line_run_on_into_tags_is_reported():
    findings = lint(TRIPOLI_HEADER + body(*PARAGRAPHS), ["CL062"])
    assert findings == [(5, 1, "CL062", "The E.O. line runs on into TAGS on the same line")]


def test_tags_on_their_own_line_are_no_run_on():
    text = TRIPOLI_HEADER.replace(" TAGS: PREL", "\nTAGS: PREL")
    assert lint(text + body(*PARAGRAPHS), ["CL062"]) == []


# --- CL139: a pilcrow on a wrapped year (a missed defect) -----------------------------------------

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
