"""Every built-in selector on a short cable built with tests/cables.py: the values it finds there.

One row a selector (`VALUES`: the cable text and the values of its nodes, in order), and the keys
of the selectors whose nodes carry one (`KEYS`). A new selector gets its row here: the last test
asks for one for every registered built-in selector, as tests/checks/test_check_kinds.py asks for
a test of every check kind.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cables import (BANNER, BELOW_HEADER, BODY, CAPTIONS, CLASSIFIED_BY, DTG, EO, NOTICE,
                    PARAGRAPHS, PARTS, TAGS, UNCLAS_HEADER, between_paragraphs, body, cable,
                    mirror, replaced)
from cablelint.engine import read_cable
from cablelint.selectors import BUILTIN_SELECTORS, select

STANDARD = cable()
MIRROR = mirror()
#: The standard cable as a web page's fragment, its first paragraph marker an HTML anchor.
HTML = "<code><pre>" + replaced(
    "1. (C)", "<a id='par1' href='#par1'>¶</a>1. (C)") + "</pre></code>"
REFS = cable(ref="REF: A. STATE 12345\n     B. ASTANA 1033")
RUN_ON = cable(subject="SUBJECT: TALKS WITH SYRIA REF: KUWAIT 539")
UNCLAS = UNCLAS_HEADER + BODY
SPLIT_RULE = "------- -------"                 # a section divider split in two
HEADER_LINES = [PARTS[name] for name in ("transmission_id", "routing", "de", "security", "dtg",
                                         "originator", "action")]

#: selector -> (a cable text, the values of the nodes the selector finds in it)
VALUES = {
    # the transmission header
    "header": (STANDARD, ["header"]),
    "header.lines[]": (STANDARD, HEADER_LINES),
    "header.transmission_id": (STANDARD, ["VZCZCXRO7837"]),
    "header.routing": (STANDARD, ["PP RUEHDBU"]),
    "header.de": (STANDARD, ["DE RUEHTA #0604/01 0660517"]),
    "header.de.serial": (STANDARD, ["0604"]),
    "header.de.date": (STANDARD, [dt.date(2007, 3, 7)]),         # day 066 of 2007
    # day 266 is 22 September in the leap year 2000, the DTG's 23rd in a common year
    "header.de.common_year_day": (cable(de="DE RUEHTH #1501 2661510", dtg="R 231510Z SEP 00"),
                                  [266]),
    "header.security": (STANDARD, ["ZNY CCCCC ZZH"]),
    "header.security.level": (STANDARD, ["C"]),
    "header.dtg": (STANDARD, [DTG]),
    "header.dtg.hour": (STANDARD, ["2007-03-07 05:00"]),
    "header.dtg.signals": (cable(dtg=DTG + " ZDK"), ["ZDK"]),
    "header.originator": (STANDARD, ["FM AMEMBASSY ASTANA"]),
    "header.action": (STANDARD, ["TO RUEHC/SECSTATE WASHDC PRIORITY 8683"]),
    "header.precedences[]": (STANDARD, ["P", "P", "P"]),        # routing line, DTG, TO line
    "header.glued_to_banner": (replaced(PARTS["action"] + "\n\n", PARTS["action"] + "\n"),
                               [PARTS["action"]]),
    "header.preamble_garbage": ("Cable Text:\n" + STANDARD, ["Cable Text:"]),
    # the banner and the cable's level
    "banner": (STANDARD, [BANNER]),
    "banner.classification": (STANDARD, ["CONFIDENTIAL"]),
    "banner.section": (STANDARD, ["SECTION 01 OF 02"]),
    "banner.section_unpadded": (cable(banner=BANNER.replace("SECTION 01 OF 02", "SECTION 1 OF 2")),
                                ["SECTION 1 OF 2"]),
    "banner.serial4": (STANDARD, ["0604"]),
    "banner.station_serial": (STANDARD, ["ASTANA604"]),
    "banner.another_cable": (mirror(identifier="07MOSCOW5154"), ["ASTANA604"]),
    "case_damage": (cable(banner=BANNER.lower()), [BANNER.lower()]),
    "repeated_banners[]": (cable(classified_by=CLASSIFIED_BY + "\n\n" + BELOW_HEADER.rstrip("\n")),
                           [BANNER]),
    "below_header": (STANDARD, [BANNER]),
    "cable.level": (STANDARD, ["C"]),
    "cable.unclassified": (UNCLAS, ["U"]),
    # captions and caveats
    "captions[]": (STANDARD, ["SIPDIS"]),
    "captions.standalone[]": (STANDARD, ["SIPDIS"]),
    "captions.corrected": (cable(subject="SUBJECT: CORRECTED COPY: A SUBJECT"),
                           ["CORRECTED COPY: A SUBJECT"]),
    "body_captions[]": (cable(body=body("1. (C) Assistant", "SIPDIS", "Secretary Boucher met him.",
                                        PARAGRAPHS[1])), ["SIPDIS"]),
    "noforn.caption": (cable(captions="NOFORN\n" + CAPTIONS), ["NOFORN"]),
    "noforn.marks": (cable(body=body("1. (C/NF) First paragraph.")), ["C/NF"]),
    "noforn.above_text": (cable(eo="NOFORNE.O. 12958: DECL: 03/06/2017"), ["NOFORN"]),
    "sbu.above_text": (cable(captions="SENSITIVE\n" + CAPTIONS), ["SENSITIVE"]),
    "sbu.marks": (cable(body=body("1. (SBU) First paragraph.", "2. (U) Second.")), ["SBU"]),
    "noforn.metadata": (mirror(classification="CONFIDENTIAL//NOFORN"), ["CONFIDENTIAL//NOFORN"]),
    "sbu.caption": (replaced(CAPTIONS, "SENSITIVE\n" + CAPTIONS, UNCLAS), ["SENSITIVE"]),
    "sbu.metadata": (mirror(classification="UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
                     ["UNCLASSIFIED//FOR OFFICIAL USE ONLY"]),
    # the E.O. line
    "eo": (STANDARD, [EO]),
    "eo.order": (STANDARD, ["12958"]),
    "eo.decl": (STANDARD, ["03/06/2017"]),
    "eo.decl.date": (STANDARD, [dt.date(2017, 3, 6)]),
    "eo.decl.kind": (STANDARD, ["date"]),
    "eo.decl.event": (cable(eo="E.O. 12958: DECL: CLOSURE OF ICTY"), ["CLOSURE OF ICTY"]),
    "eo.decl.invalid": (cable(eo="E.O. 12958: DECL: 13/06/2017"), ["13/06/2017"]),
    "declassification_stamps.eo[]": (
        cable(eo="E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006"),
        ["E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006"]),
    "declassification_stamps[]": (
        cable(body=body(*PARAGRAPHS, signature="ORDWAY\n\nDeclassified/Released US Department of "
                                               "State EO\nSystematic Review 05 JUL 2006")),
        ["Declassified/Released US Department of State EO", "Systematic Review 05 JUL 2006"]),
    # TAGS, SUBJECT, REF
    "tags": (STANDARD, [TAGS]),
    "tags.label": (STANDARD, ["TAGS:"]),
    "tags[]": (STANDARD, ["PGOV", "PREL", "KZ"]),
    "tags.markup": (cable(tags="TAGS: [PGOV](#) [PREL](#) [KZ](#)"), ["PGOV PREL KZ"]),
    "subject": (STANDARD, ["A SUBJECT"]),
    "subject.label_problem": (cable(subject="SUBJ: A SUBJECT"), ["SUBJ:"]),
    "subject.run_on": (RUN_ON, ["ref"]),
    "run_ons[]": (RUN_ON, ["ref"]),
    "refs.label": (REFS, ["REF:"]),
    "refs.enumerators[]": (REFS, ["A.", "B."]),
    "refs.letters[]": (REFS, ["A", "B"]),
    "refs.stations[]": (REFS, ["STATE", "ASTANA"]),
    "refs.years[]": (cable(ref="REF: 09 STATE 96625"), [dt.date(2009, 1, 1)]),
    # Classified By
    "classified_by": (STANDARD, [CLASSIFIED_BY]),
    "classified_by.reasons[]": (STANDARD, ["1.4(b)", "1.4(d)"]),
    "classified_by.section": (STANDARD, ["1.4"]),
    "classified_by.derivative": (cable(classified_by="DERIVED FROM: DSCG 05-1 B, D"),
                                 ["derived"]),
    "classified_by.doubled_label": (
        cable(classified_by="Classified By: Classified by DCM Kevin Milas; reasons 1.4 (b)."),
        ["Classified by"]),
    "classified_by.truncated": (cable(classified_by="Classified By: Ambassador John ..."),
                                ["..."]),
    # the body
    "body": (STANDARD, [1]),
    "paragraphs[]": (STANDARD, [1, 2]),
    "paragraphs[].portion_mark": (STANDARD, ["C", "C"]),
    "paragraphs[].portion_level": (STANDARD, ["C", "C"]),
    "paragraphs[].unmarked": (cable(body=body("1. First paragraph.", PARAGRAPHS[1])), ["1."]),
    "paragraphs.damaged_marks": (cable(body=body("¶1. C) The minister agreed.",
                                                 "¶2. (C) Second paragraph.")), ["C)"]),
    "paragraphs.wrapped_pilcrows[]": (
        cable(body=body("1. (C) Three more sessions for October 21, 22 and\n¶23.  He noted it.",
                        "2. (C) Agreed.")), ["21, 22 and ¶23."]),
    "lettered_pilcrows[]": (cable(body=between_paragraphs("¶A. Have there been demonstrations?")),
                            ["¶A."]),
    "run_in_headings[]": (cable(body=body("1. (C) Fewer candidates ran. End Comment. ------ New Guide "
                                          "Named ------")), ["New Guide Named"]),
    "converter_repeats[]": (cable(body=body("1. (C) He said the car was contaminated with "
                                            "Qthe car was contaminated with cesium.")),
                            ["Qthe car was contaminated"]),
    "summary.lone_ends[]": (cable(body=body("1. (C) Summary: Kazakhstan will ship gas. End",
                                            PARAGRAPHS[1])),
                            ["1. (C) Summary: Kazakhstan will ship gas. End"]),
    "summary.unopened_end": (cable(body=body("1. (C) The minister spoke. END SUMMARY.",
                                             PARAGRAPHS[1])),
                             ["1. (C) The minister spoke. END SUMMARY."]),
    "splits[]": (cable(body=body("1. (C) Tazhin offered a broad and spirited defense of the",
                                 "lengthy reform program in his meeting.", PARAGRAPHS[1])),
                 ["... broad and spirited defense of the"]),
    "glued_page_breaks[]": (cable(body=body("1. (C) He said ASTANA 00000604 002 OF 002 that it "
                                            "would go ahead.")), ["ASTANA 00000604 002 OF 002"]),
    "damaged_dividers[]": (cable(body=between_paragraphs(f"{SPLIT_RULE}\nREFORM\n{SPLIT_RULE}")),
                           [SPLIT_RULE, SPLIT_RULE]),
    "plural_possessives[]": (cable(body=body("1. (SBU) Clegg reaffirmed the Liberal Democrats, "
                                             "position. The UK,s view.")),
                             ["Democrats, position"]),
    "signature": (STANDARD, ["ORDWAY"]),
    "last_line": (STANDARD, ["ORDWAY"]),
    "withheld_end": (cable(body=body(*PARAGRAPHS, signature="Comment: [DETAILS REMOVED]")),
                     ["Comment: [DETAILS REMOVED]"]),
    # the mirror's metadata and traces
    "metadata.title": (MIRROR, ["A SUBJECT"]),
    "metadata.layout": (MIRROR, ["labelled"]),
    "metadata.classification.level": (MIRROR, ["CONFIDENTIAL"]),
    "metadata.created.hour": (MIRROR, ["2007-03-07 05:00"]),
    "reference_id": (MIRROR, ["07ASTANA604"]),
    "reference_id.station": (MIRROR, ["ASTANA"]),
    "reference_id.station_serial": (MIRROR, ["ASTANA604"]),
    "reference_id.malformed": (mirror(identifier="07EFTOASTANA604"), ["07EFTOASTANA604"]),
    "partial_notice": (NOTICE + BELOW_HEADER + BODY, [NOTICE.rstrip("\n")]),
    "dateline": ("Wednesday, 07 March 2007, 05:17\n" + STANDARD,
                 ["Wednesday, 07 March 2007, 05:17"]),
    "chrome[]": ("pdf how-to read a cable\n" + STANDARD, ["pdf how-to read a cable"]),
    "embedded[]": (cable(body=between_paragraphs("VZCZCXRO7840\nPP RUEHDBU")), ["VZCZCXRO7840"]),
    "withheld_banner": (cable(banner="XXXXXXXXXXXX"), ["XXXXXXXXXXXX"]),
    # the source file
    "source.empty": ("", ["empty"]),
    "source.leading_blank": ("\n \n" + STANDARD, [2]),
    "source.encoding": (STANDARD, ["cp1252"]),                  # read as cp1252: ENCODINGS
    "source.container": (HTML, ["html-fragment"]),
    "source.anchors[]": (HTML, ["<a id='par1' href='#par1'>¶</a>"]),
    "source.annotations": (replaced("ASTANA 000604", "[LOC ASTANA  ] 000604",
                                    replaced("John Ordway", "[PER John Ordway  ]")),
                           ["2 brackets, the first '[LOC ASTANA  ]'"]),
}
#: selector -> the encoding its row's text is read in, when not UTF-8
ENCODINGS = {"source.encoding": "cp1252"}
#: selector -> the keys of the nodes of its row, for the selectors that key their nodes
KEYS = {
    "run_ons[]": ["subject_ref"],
    "subject.label_problem": ["label"],
    "splits[]": ["split"],
    "paragraphs.damaged_marks": ["damaged"],
    "reference_id.malformed": ["swallowed"],
}


def nodes(name: str) -> list:
    text, _ = VALUES[name]
    found, _ = read_cable(text, "cable.txt", ENCODINGS.get(name, "utf-8"))
    return list(select(found, name))


@pytest.mark.parametrize("name", sorted(VALUES))
def test_the_selector_finds_its_values(name):
    assert [node.value for node in nodes(name)] == VALUES[name][1]


@pytest.mark.parametrize("name", sorted(KEYS))
def test_the_selector_keys_its_nodes(name):
    assert [node.key for node in nodes(name)] == KEYS[name]


def test_every_builtin_selector_has_a_row_here():
    assert sorted(set(BUILTIN_SELECTORS) ^ set(VALUES)) == []
