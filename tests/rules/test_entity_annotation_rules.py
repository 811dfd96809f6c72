"""The named-entity annotation layer (html-fragment/00HARARE6677): stripped through the offset map,
reported once by CL140, and the structural rules reading the cable, not the layer."""

from conftest import lint

from cablelint.container import extract
from cablelint.container.annotations import strip_annotations

#: html-fragment/00HARARE6677.txt, shortened: the preamble on line 1, one sentence per line.
ANNOTATED = (
    "<code><pre>C O N F I D E N T I A L SECTION 01 OF 02 [LOC HARARE  ] 005461 SIPDIS NSC FOR "
    "SENIOR AFRICA DIRECTOR GAYLE SMITH [LOC LONDON  ] FOR CHARLES GURNEY PARIS FOR BISA WILLIAMS "
    "PASS USTR FOR ROSA WHITAKER EO 12958 DECL: 09/21/10 TAGS PGOV , PINS , ZI , [ORG MDC  ] , "
    "ZANU-PF SUBJECT: ZANU-PF REPORTEDLY INTERESTED IN DEAL WITH [ORG MDC  ] THAT INVOLVES "
    "MUGABE’S DEPARTURE REF: [LOC HARARE  ] 5346 CLASSIFIED BY DCM EARL IRVING . \n"
    "REASONS: 1.5 ( B ) AND ( D ) . \n"
    "SUMMARY ------- <a id='par1' href='#par1'>¶</a>1 . \n"
    "( C ) ACCORDING TO A SENIOR [ORG MDC  ] ADVISOR , [ORG THE OPPOSITION  ] PARTY HAS RECEIVED "
    "ADDITIONAL FEELERS FROM ZANU-PF ABOUT MAKING A DEAL THAT INVOLVES PRESIDENT MUGABE’S "
    "DEPARTURE FROM OFFICE . \n"
    "END SUMMARY . \n"
    "COMMENT ------- <a id='par2' href='#par2'>¶</a>2 . \n"
    "( C ) XXXXXXXXXXXX CLEARLY HAS MUCH GROUNDWORK TO DO . \n"
    "THE CLOCK IS TICKING , AS ZANU-PF MAY DISCUSS THE SUCCESSION ISSUE LATER THIS YEAR . \n"
    "MCDONALD \n</pre></code>")
#: The same cable as the telegram writes it (00HARARE5461's lines): no layer.
PLAIN = (
    "C O N F I D E N T I A L SECTION 01 OF 02 HARARE 005461 \n\nSIPDIS \n\n"
    "NSC FOR SENIOR AFRICA DIRECTOR GAYLE SMITH \n\n"
    "E.O. 12958: DECL: 09/21/10 \nTAGS: PGOV, PINS, ZI, MDC, ZANU-PF \n"
    "SUBJECT: ZANU-PF REPORTEDLY INTERESTED IN DEAL WITH MDC [THAT] INVOLVES MUGABE'S DEPARTURE \n"
    "\nREF: HARARE 5346 \n\nClassified By: DCM Earl Irving. Reasons: 1.5 (b) and (d). \n\n"
    "1. (C) ACCORDING TO A SENIOR MDC ADVISOR, THE OPPOSITION PARTY HAS RECEIVED ADDITIONAL \n"
    "FEELERS FROM ZANU-PF. \n\n2. (C) THE CLOCK IS TICKING ( AS THEY SAY ). \n\n\nMCDONALD \n")
STRUCTURE = ["CL020", "CL040", "CL050", "CL060", "CL062", "CL100"]


def test_the_layer_is_stripped_through_the_offset_map():
    extraction = extract(ANNOTATED)
    assert extraction.text.startswith("C O N F I D E N T I A L SECTION 01 OF 02 HARARE 005461\n")
    assert "TAGS PGOV, PINS, ZI, MDC, ZANU-PF\n" in extraction.text
    assert "\n¶1.  (C) ACCORDING TO A SENIOR MDC ADVISOR, THE OPPOSITION PARTY" in extraction.text
    start = extraction.text.index("HARARE")
    origin = extraction.offsets.range(start, start + len("HARARE"))
    assert ANNOTATED[origin[0]:origin[1]] == "HARARE"
    assert [t.markup for t in extraction.traces if t.kind == "annotation"][:2] == [
        "[LOC HARARE  ]", "[LOC LONDON  ]"]


def test_the_structural_rules_read_the_cable_under_the_layer():
    assert lint(ANNOTATED, STRUCTURE, "00HARARE6677.txt") == []


def test_the_layer_is_one_finding_at_its_first_bracket():
    found = lint(ANNOTATED, ["CL140"], "00HARARE6677.txt")
    assert [(line, column, rule) for line, column, rule, _ in found] == [(1, 58, "CL140")]
    assert "38 brackets" not in found[0][3] and "the first '[LOC HARARE  ]'" in found[0][3]


def test_findings_still_point_into_the_annotated_file():
    found = lint(ANNOTATED, ["CL110"], "00HARARE6677.txt")
    assert [(line, column) for line, column, *_ in found] == [(3, 17)]


def test_brackets_and_spaced_punctuation_of_a_plain_cable_are_no_layer():
    assert strip_annotations(PLAIN) is None
    assert strip_annotations("SUBJECT: VISIT OF [LOC HARARE  ] OFFICIALS\n") is None   # one bracket
    assert lint(PLAIN, STRUCTURE) == []
    assert lint(PLAIN, ["CL140"]) == []
