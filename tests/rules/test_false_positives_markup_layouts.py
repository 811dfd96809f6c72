"""False-positive classes of the AFTER audit of the markup layouts (docs/precision/after/SUMMARY-markup.md):
portion marks in square brackets, numbers wrapped from a sentence and given a `¶`, bare markers glued
into flattened text, page breaks glued to the words around them, a signature followed by a mirror's
date, several REF items on one line, form entries between blank lines, REF items that cite a date."""

import json

from conftest import lint, lint_body

from cablelint.engine import read_cable

#: json-record/iran-0126.json (09DUBAI47, shortened): cables.csv text, portion marks in square
#: brackets.
WINDOW_ON_IRAN = json.dumps({
    "_id": "09DUBAI47", "origin": "Iran RPO Dubai", "date_time": "2/2/2009 13:39",
    "classification": "SECRET//NOFORN",
    "body": "S E C R E T SECTION 01 OF 02 RPO DUBAI 000047  NOFORN SIPDIS  E.O. 12958: DECL:  "
            "2/2/2019 TAGS: PGOV, PREL, PINR, IR SUBJECT: IRAN REGIONAL PRESENCE OFFICE - WINDOW "
            "ON IRAN - JANUARY 17, 2009  DUBAI 00000047  001.2 OF 002   CLASSIFIED BY: Ramin "
            "Asgard, Director, Iran Regional Presence Office - Dubai, DOS. REASON: 1.4 (b), (d) 1. "
            "[U] This January 13, 2009 edition of Window on Iran was sent out on that date via "
            "classified e-mail.    2. [S/NF] Russians Offer Iran Security Inducements to Shun US "
            "Negotiations: According to a former Guardian Council member, Russia has reportedly "
            "offered Iran major incentives not to enter negotiations with the US.    3. [S/NF] "
            "Supreme Leader Taking Cautious Steps Towards US-Iran Reconciliation: Supreme Leader "
            "Khamenei is taking careful, but important steps.    4. [C/NF] Iranian Businessmen "
            "Facing Declining Demand: Iranian businessmen seeking visas in Dubai told IRPO "
            "Consular Officers that demand is falling. ASGARD "})


def test_portion_marks_in_square_brackets_are_portion_marks():
    assert lint(WINDOW_ON_IRAN, ["CL093", "CL028"], "iran-0126.json") == []


def test_paragraphs_without_marks_are_still_reported():
    unmarked = (
        WINDOW_ON_IRAN.replace(" [S/NF] ", " ").replace(" [U] ", " ").replace(" [C/NF] ", " ")
    )
    found = lint(unmarked, ["CL093", "CL028"], "iran-0126.json")
    assert [f[2] for f in found] == ["CL028", "CL093", "CL093", "CL093", "CL093"]


#: html-extract/09BERLIN1296.txt lines 60-65: a date wrapped to a line start, given a `¶` by the
#: site.
WRAPPED_DATE = """1. (C) Summary: A well-placed Free Democratic source said the talks were going well.

2. (C) Source noted that the FDP was not as optimistic
that a conclusion could be reached as of October 18, and
scheduled three more plenary sessions for October 21, 22 and
¶23.  He noted that it is feasible that a coalition agreement
could be concluded by that date.

3. (C) The parties would then hold conventions.

ORDWAY
"""


def test_cl090_number_wrapped_from_a_date_is_no_paragraph():
    assert lint_body(WRAPPED_DATE, ["CL090", "CL093"]) == []


def test_cl090_unmarked_number_after_a_sentence_end_is_still_a_gap():
    body = WRAPPED_DATE.replace("October 21, 22 and\n¶23.", "October 21 and 22.\n\n¶23.")
    assert [f[2:] for f in lint_body(body, ["CL090"])] == [("CL090",
                                                            "Paragraph 23 where 3 was expected")]


#: json-body/08RPODUBAI49.txt (shortened): the early site's export glued its lines with no space;
#: the site gave no `¶` to `12.(S)` (no space before the mark), and the page break took the
#: subject's last word.
GLUED = ("Thursday, 23 October 2008, 09:20S E C R E T SECTION 01 OF 03 RPO DUBAI 000049 SIPDIS EO "
         "12958 DECL:  10/23/2018 TAGS PINR, PINS, PGOV, PREL, IR, IZ, ZP SUBJECT: [SOURCE "
         "REMOVED] OUTLINES IRC’S AUXILIARY ROLE  [DETAILS REMOVED] IRGC, MOISDUBAI 00000049 001.2 "
         "OF 003CLASSIFIED BY: Ramin Asgard, Director, Iran Regional Presence Office, DOS. REASON: "
         "1.4 (a), (b), (c), (d)¶1. (U) This is an action request. Please see paragraph 18.¶2. (S) "
         "In addition to the personnel moves, [DETAILS REMOVED] the IRGC’s Basij forces to assume "
         "responsibility for relief and rescue. [DETAILS REMOVED]3.(S) In 2007, the IRC’s budget "
         "was granted an additional $200 million to acquire helicopters.4.(C) Finally, the IRC "
         "[DETAILS REMOVED] began building health clinics in Karbala, Najaf, Hilla, Kazemayn, and "
         "Basra.¶5. (S) The IRC again facilitated the entry of Qods force officers to Lebanon "
         "during the Israel-Hezbollah war in summer 2006. Although [NAME REMOVED] did not travel "
         "to Lebanon during the conflict, he reiterated that the only true IRC officers dispatched "
         "to Lebanon were [DETAILS REMOVED] all others were IRGC and MOIS officials. [NAME "
         "REMOVED] further said that the IRC shipments of medical supplies served also to "
         "facilitate weapons shipments.¶6. (S) [NAME REMOVED] also allowed the transfer of an IRC "
         "hospital in southern Lebanon to Hezbollah. [NAME REMOVED] said that Hassan Nasrallah had "
         "asked Supreme Leader Khamenei to allow Hezbollah to run the hospital during Dr. "
         "Noorbala’s tenure as IRC president. Although Khamenei acquiesced, Dr. Noorbala prevented "
         "the transfer until his own departure. ASGARD")


def test_flattened_bare_markers_with_a_mark_are_found_among_pilcrow_markers():
    cable, _ = read_cable(GLUED, "08RPODUBAI49.txt")
    assert [p.number for p in cable.paragraphs] == [1, 2, 3, 4, 5, 6]
    assert lint(GLUED, ["CL090"], "08RPODUBAI49.txt") == []


def test_flattened_missing_paragraphs_are_still_a_gap():
    cut = GLUED.replace("4.(C) Finally", "Finally")
    assert [f[2:] for f in lint(cut, ["CL090"],
                                "08RPODUBAI49.txt")] == [("CL090",
                                                          "Paragraph 5 where 4 was expected")]


def test_page_break_glued_to_the_words_around_it_names_the_banners_station():
    cable, _ = read_cable(GLUED, "08RPODUBAI49.txt")
    assert "DUBAI 00000049 001.2 OF 003" in [line.strip() for line in cable.lines]
    assert lint(GLUED, ["CL025", "CL026"], "08RPODUBAI49.txt") == []


def test_page_break_of_another_station_is_still_reported():
    other = GLUED.replace("MOISDUBAI 00000049 001.2 OF 003CLASSIFIED",
                          "MOIS CAIRO 00000049 001.2 OF 003 CLASSIFIED")
    assert [f[2] for f in lint(other, ["CL025", "CL026"], "08RPODUBAI49.txt")] == ["CL025"]


#: html-fragment/07TRIPOLI1056.txt, last lines: the signature, then the site's `0 12/23/2007 .`.
SIGNED = """7.(S/NF) Comment: Saif al-Islam al-Qadhafi is out of favor with some segments of the leadership,
due to his championing of economic reforms. End comment.
STEVENS 0 12/23/2007 .
"""


def test_cl100_signature_before_the_mirrors_date_and_period():
    assert lint_body("1. (C) First paragraph.\n\n" + SIGNED, ["CL100"]) == []


def test_cl100_the_mirrors_date_alone_is_no_signature():
    unsigned = SIGNED.replace("STEVENS 0", "0")
    assert [f[2] for f in lint_body("1. (C) First paragraph.\n\n" + unsigned,
                                    ["CL100"])] == ["CL100"]


#: html-fragment/04THEHAGUE3044.txt lines 16-17: two REF items on a line.
REFS = "REF: (A) THE HAGUE 2929 (B) THE HAGUE 2864\n(C) THE HAGUE 2308; (D) THE HAGUE 2995\n\n"


def test_cl072_several_ref_items_on_one_line():
    header = HEADER_WITH_REF.replace("REF_BLOCK", REFS)
    assert lint(header + "1. (C) Text.\n\nORDWAY\n", ["CL071", "CL072", "CL073"]) == []


def test_cl072_a_letter_skipped_on_one_line_is_still_reported():
    header = HEADER_WITH_REF.replace("REF_BLOCK",
                                     REFS.replace("(B) THE HAGUE 2864", "(D) THE HAGUE 2864"))
    assert [f[2:] for f in lint(header + "1. (C) Text.\n\nORDWAY\n", ["CL072"])] == [
        ("CL072", "REF item lettered C where B was expected")]


def test_cl073_reference_to_a_dated_report_is_no_cable():
    # html-extract/09LONDON2509.txt line 26
    refs = ("REF: A. LONDON 2341      B. LONDON DAILY 11/3/2009      C. UNSCR 1737      D. PARIS "
            "POINTS APRIL 10      E. OSC EUP 20061127123001\n\n")
    assert lint(HEADER_WITH_REF.replace("REF_BLOCK", refs) + "1. (C) Text.\n\nORDWAY\n",
                ["CL073"]) == []


def test_cl073_second_item_of_a_line_is_resolved_too():
    refs = "REF: A. LONDON 2341      B. LODNON 2649\n\n"
    found = lint(HEADER_WITH_REF.replace("REF_BLOCK", refs) + "1. (C) Text.\n\nORDWAY\n", ["CL073"])
    assert [f[3] for f in found] == [
        "REF item's station 'LODNON' is not a known station; the reference cannot be resolved to a "
        "cable id"]


#: html-fragment/07REYKJAVIK22.txt lines 36-46: entries of a list, each a block of `Label: value`
#: lines.
ENTRIES = """1.  The following is Embassy Reykjavik's response to reftel.

Name: Rannveig Rist
Title: CEO of Alcan Iceland Ltd.
Contact information: Ms. Rannveig Rist, Alcan Iceland Ltd.,
Straumsvik, P.O. Box 244, 222 Hafnarfjordur, ICELAND
E-mail: hildurg@alcan.com (secretary's email address)

Name: Valgerdur Sverrisdottir
Title: Minister for Foreign Affairs; Member of Parliament

ORDWAY
"""


def test_cl096_entries_of_a_form_are_no_split_sentence():
    assert lint_body(ENTRIES, ["CL096"]) == []


def test_cl096_sentence_split_after_a_form_entry_is_still_reported():
    body = ENTRIES.replace("E-mail: hildurg@alcan.com (secretary's email address)",
                           "E-mail: hildurg@alcan.com (the address of her secretary, who handles")
    body = body.replace("Name: Valgerdur Sverrisdottir",
                        "all of her appointments and travel plans)")
    assert [f[2] for f in lint_body(body, ["CL096"])] == ["CL096"]


HEADER_WITH_REF = """VZCZCXRO7837
PP RUEHDBU
DE RUEHTC #3044/01 3161155
ZNY CCCCC ZZH
P 111155Z NOV 04
FM AMEMBASSY THE HAGUE
TO RUEHC/SECSTATE WASHDC PRIORITY 0464

C O N F I D E N T I A L THE HAGUE 003044

SIPDIS

E.O. 12958: DECL: 11/10/2014
TAGS: PTER PINR PINS NL
SUBJECT: AFTERMATH OF VAN GOGH MURDER

REF_BLOCK"""
