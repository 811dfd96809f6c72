"""A message that names a line (`{first_line}` of the duplicate and all_equal kinds) names the
original file's line, also where the source layer took the text out of a container or put line
breaks back (seed-57721 audit: 08MEXICO886 said 'line 19' for the SIPDIS on line 14)."""

from conftest import lint

LS = "\u2028"

#: html-extract/08MEXICO886 L12-16: the page writes line breaks inside paragraphs and before its
#: captions as U+2028, and repeats SIPDIS after NOFORN on line 16.
SEPARATED_CAPTIONS = (f"{LS}{LS}{LS}S E C R E T MEXICO 000886 \n\n{LS}{LS}SIPDIS \n\n"
                      f"{LS}{LS}NOFORN {LS}SIPDIS \n\nE.O. 12958: DECL: 03/28/2018 \n"
                      "TAGS: PREL PGOV MX\nSUBJECT: FARC CAMP\n\n1. (S) Text.\n\nGARZA\n")


def test_a_repeated_caption_behind_line_separators_names_the_files_line():
    assert lint(SEPARATED_CAPTIONS, ["CL031"]) == [
        (5, 11, "CL031", "Caption 'SIPDIS' repeats the one on line 3")]


#: json-body/06BAKU1835 (shortened): a cable that lost its line breaks, the caption doubled.
ONE_LINE = ("C O N F I D E N T I A L SECTION 01 OF 03 BAKU 001835  SIPDIS  SIPDIS  E.O. 12958: "
            "DECL: 2/19/2016 TAGS: PGOV PINR PBTS PREL MARR IRAJSUBJECT: GOAJ INCREASINGLY "
            "CONCERNED ABOUT USG POLICY TOWARD IRAN - ACTION REQUEST  Classified By: Ambassador "
            "Anne E. Derse, Reasons 1.4 (b,d).  1. (C) Summary: The GOAJ is concerned.  2. (C) "
            "Comment: It will remain so.  DERSE")


def test_a_repeated_caption_in_a_one_line_json_body_names_line_one():
    text = ONE_LINE
    assert [message for *_, message in lint(text, ["CL031"])] == [
        "Caption 'SIPDIS' repeats the one on line 1"]


def test_a_repeated_caption_in_plain_text_names_its_own_line():
    plain = SEPARATED_CAPTIONS.replace(f"NOFORN {LS}", "NOFORN \n").replace(LS, "")
    assert lint(plain, ["CL031"]) == [(6, 1, "CL031", "Caption 'SIPDIS' repeats the one on line 3")]
