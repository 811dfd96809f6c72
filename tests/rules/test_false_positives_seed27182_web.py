"""The false-positive classes of the seed-27182 audit of the web layouts (html-extract,
html-extract-early, html-fragment; docs/precision/seed27182/), each with the cable fragment that
showed it and a case where the rule must still fire."""

from conftest import lint_body

# --- CL092: a number wrapped from the sentence above is no pilcrow the drafter wrote ------------

#: html-extract/08CAIRO2246:27-34: every marker is `N.(M)`; the mirror marked the `4` that the
#: sentence of ¶1 wraps to the next line as `¶4.`.
CAIRO_WRAPPED = """1.(U) SEE ACTION REQUEST IN PARAGRAPH

\u00b64.
2.(SBU) SUMMARY: Despite repeated approaches over several months, no decision was made.

3.(SBU) Embassy Cairo delivered Ref A request to conduct research in the Red Sea in July.

4.(SBU) ACTION REQUEST: The R/V Oceanus has started the second leg of its research.

5.(SBU) Comment: the ship cannot wait.

SCOBEY
"""


def test_a_wrapped_number_marked_by_the_mirror_does_not_make_the_cable_judged_on_pilcrows():
    assert lint_body(CAIRO_WRAPPED, ["CL092"]) == []


def test_a_real_pilcrow_among_bare_markers_still_makes_the_others_reported():
    text = CAIRO_WRAPPED.replace("5.(SBU) Comment", "\u00b65.(SBU) Comment")
    assert [(line, rule) for line, _, rule, _ in lint_body(text, ["CL092"])] == [
        (1, "CL092"), (4, "CL092"), (6, "CL092"), (8, "CL092")]
