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


# --- CL080: `CLASSIFIED CONFIDENTIAL BY ...`, the 1990s New Delhi wording --------------------------

#: json-body/98NEWDELHI2879 and 97NEWDELHI6957, with their line breaks back.
NEW_DELHI_CLASSIFIED = ("CLASSIFIED CONFIDENTIAL BY NEW DELHI POLITICAL COUNSELOR ERIC TUNIS, "
                        "REASON 1.5 (D).")


def test_a_classified_by_naming_the_level_is_a_classified_by_line():
    for line in (NEW_DELHI_CLASSIFIED, "CLASSIFIED SECRET BY NEW DELHI ACTING POLITICAL COUNSELOR "
                                       "GORDON HELLWIG. REASON 1.5 (C)."):
        assert lint(cable(classified_by=line), ["CL080"]) == []


def test_the_level_inside_paragraph_1_and_run_on_after_ref_is_found_too():
    in_paragraph = body("1. (U) CLASSIFIED SECRET BY NEW DELHI ACTING POLITICAL COUNSELOR GORDON "
                        "HELLWIG. REASON 1.5 (C).", "2. (S) EMBASSY WILL CONTINUE TO PURSUE IT.")
    assert lint(cable(classified_by=None, body=in_paragraph), ["CL080"]) == []
    run_on = cable(classified_by=None, ref=f"REF:  ISLAMABAD 2617  {NEW_DELHI_CLASSIFIED}")
    assert lint(run_on, ["CL080"]) == []


def test_a_classified_line_without_by_is_still_no_classified_by():
    for line in ("CLASSIFIED CONFIDENTIAL NEW DELHI POLITICAL COUNSELOR ERIC TUNIS.",
                 "CLASSIFIED BRIEFING FOR THE COUNSELOR, 1.5 (D)."):
        assert [rule for _, _, rule, _ in lint(cable(classified_by=line), ["CL080"])] == ["CL080"]
