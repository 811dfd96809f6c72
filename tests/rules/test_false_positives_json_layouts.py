"""The false-positive classes of the seed-27182 audit of the JSON layouts (json-body, json-record;
docs/precision/seed27182/), each with the cable fragment that showed it and a case where the rule
must still fire."""

from cables import body, cable, replaced
from conftest import lint, lint_body

from cablelint.parsing.body import signature

# --- CL100: a signature glued to the last `/` of the site trailer's address ---------------------

#: json-body/07ANKARA1905, its flattened end: the trailer's address runs into the signature.
ANKARA_END = ("in good shape, would he be able to travel so much and work such long hours?Visit Ankara's "
              "Classified Web Site at http://www.state.sgov.gov/p/eur/ankara/WILSON")


def test_a_surname_glued_to_the_trailer_address_is_the_signature():
    found = signature((ANKARA_END,))
    assert found is not None and found.value == "WILSON"
    assert found.span.column == ANKARA_END.index("WILSON") + 1


def test_a_trailer_address_that_ends_in_a_path_still_hides_no_signature():
    for end in ("http://www.state.sgov.gov/p/eur/ankara/", "http://www.state.sgov.gov/p/eur/ankara/index.cfm"):
        assert signature((ANKARA_END.replace("http://www.state.sgov.gov/p/eur/ankara/WILSON", end),)) is None


def test_cl100_is_quiet_on_the_glued_signature_and_fires_without_it():
    text = body("1. (C) Erdogan works long hours.", signature=ANKARA_END)
    assert lint(cable(body=text), ["CL100"]) == []
    unsigned = text.replace("/ankara/WILSON", "/ankara/")
    assert [rule for _, _, rule, _ in lint(cable(body=unsigned), ["CL100"])] == ["CL100"]
