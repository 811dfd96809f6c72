"""The false-positive classes of the seed-11235 audit (docs/precision/seed11235/) and of the
corpus counts made beside it, each with the cable text that showed it and a case where the rule
must still fire."""

from conftest import lint

# --- CL097: a summary heading glued to the Classified By line is the summary's start ---------------

#: html-extract/09VATICAN113 L12-22 (09PESHAWAR2 the same, with `- - - -` for the rule).
VATICAN_HEAD = """\
C O N F I D E N T I A L SECTION 01 OF 03 VATICAN 000113
SIPDIS
EO 12958 DECL:  11/9/2034
TAGS PGOV, PREL, PHUM, KIRF, UK, VT
SUBJECT: THE VATICAN AND THE ANGLICANS:  OPPORTUNITY OR OPPORTUNISM?
REF: VATICAN 82
VATICAN 00000113 001.2 OF 003
CLASSIFIED BY: Rafael Foley, Polchief. REASON: 1.4 (b), (d) {heading}
-------
"""
VATICAN_BODY = """\
1. (C) The upcoming visit of the Archbishop of Canterbury to Rome will take place against
the Vatican's decision. End Summary.

2. (C) On October 22, POL/ECONOFF spoke with the Council.

FOLEY
"""


def test_a_summary_heading_glued_to_the_classified_by_line_opens_the_summary():
    assert lint(VATICAN_HEAD.format(heading="Summary") + VATICAN_BODY, ["CL097"]) == []


def test_an_end_summary_with_no_heading_above_it_is_still_reported():
    findings = lint(VATICAN_HEAD.format(heading="Background") + VATICAN_BODY, ["CL097"])
    assert [f[3] for f in findings] == [
        "Summary marker broken: 'END SUMMARY' without a summary start before it"]
