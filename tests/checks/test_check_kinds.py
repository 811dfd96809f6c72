"""Every check kind on small cables: what it reports, where, and with which placeholders filled.

Each rule is built here, not taken from rules/*.yaml, so that a test pins the kind, not a rule. The
default message names every placeholder the kind declares (`value={value}`); each must be filled.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from cables import BANNER, CLASSIFIED_BY, DE, SUBJECT, body, cable, metadata
from conftest import registry
from cablelint.rule import Rule
from cablelint.diagnostic import Diagnostic, Severity
from cablelint.parsing import parse
from cablelint.vocabularies import Vocabularies


@lru_cache(maxsize=1)
def _registry():
    return registry()


def every_placeholder(kind_name: str) -> str:
    """A message that shows each placeholder the kind declares as `name=value`."""
    names = _registry().check_kinds[kind_name].placeholders
    return " ".join(f"{name}={{{name}}}" for name in names)


def problems(kind_name: str) -> dict:
    """The kind's `problems` parameter with each code worded as the code and its values
    (`first_page page={page}`), so that a test pins what the kind found, not a rule's words."""
    codes = _registry().check_kinds[kind_name].params_schema["properties"]["problems"]
    return {code: " ".join([code, *(f"{name}={{{name}}}" for name in schema["placeholders"])])
            for code, schema in codes["properties"].items()}


def findings(kind_name: str, text: str, target: str | None = None, message: str | None = None,
             anchor: tuple = (), **params) -> list[tuple[int, int, str]]:
    """(line, column, message) of each finding of a rule of `kind_name` on `text`. Without `message`
    the rule's message is `every_placeholder`, and no placeholder may be left unfilled."""
    kind = _registry().check_kinds[kind_name]
    rule = Rule(id="XX001", name="a-rule", severity=Severity.WARNING, check=kind_name,
                message=message or every_placeholder(kind_name) or "reported", help="", pack="test",
                target=target, anchor=tuple(anchor), params=params)
    found = list(kind(rule, Vocabularies(_registry().vocabularies)).check(parse(text)))
    shown = [(d.line, d.column, d.message) for d in found if isinstance(d, Diagnostic)]
    assert message is not None or not [m for _, _, m in shown if "{" in m], shown
    return shown


def test_every_builtin_kind_has_tests_here():
    """A new kind gets its tests in this module: one `test_<kind>_...` at least."""
    tested = {name.split("_", 1)[1] for name in globals() if name.startswith("test_")}
    missing = [kind for kind in _registry().check_kinds
               if not any(name.startswith(kind + "_") for name in tested)]
    assert missing == []


# --- required, forbidden -----------------------------------------------------------------------

def test_required_reports_once_at_the_anchor_when_nothing_is_found():
    assert findings("required", cable(), target="banner", anchor=("tags",)) == []
    assert findings("required", cable(banner=None), target="banner", anchor=("tags",)) == [
        (13, 1, "reported")]
    assert findings("required", cable(banner=None), target="banner") == [(1, 1, "reported")]


def test_required_counts_only_the_values_its_filter_lets_through():
    assert findings("required", cable(), target="tags[]", regex="^XX$", anchor=("tags",)) == [
        (14, 1, "reported")]
    assert findings("required", cable(), target="tags[]", anchor=("tags",), **{"in": ["KZ"]}) == []


def test_forbidden_reports_every_node_found_with_its_value():
    assert findings("forbidden", cable(), target="tags[]") == [
        (14, 7, "value=PGOV"), (14, 12, "value=PREL"), (14, 17, "value=KZ")]
    assert findings("forbidden", cable(), target="tags[]", regex="^P") == [
        (14, 7, "value=PGOV"), (14, 12, "value=PREL")]
    assert findings("forbidden", cable(), target="tags[]", **{"in": ["KZ", "XX"]}) == [
        (14, 17, "value=KZ")]
    assert findings("forbidden", cable(), target="refs.label") == []


# --- pattern -------------------------------------------------------------------------------------

def test_pattern_reports_values_not_in_the_expected_form():
    assert findings("pattern", cable(), target="tags[]", regex="[A-Z]{4}",
                    expected="four letters") == [(14, 17, "value=KZ expected=four letters")]


def test_pattern_negated_reports_values_in_the_form():
    assert findings("pattern", cable(), target="tags[]", regex="p[a-z]+", expected="no P code",
                    negate=True, ignore_case=True) == [(14, 7, "value=PGOV expected=no P code"),
                                          (14, 12, "value=PREL expected=no P code")]


# --- agrees_with, all_equal, same_text ----------------------------------------------------------

def test_agrees_with_compares_with_the_other_value():
    assert findings("agrees_with", cable(), target="header.de.serial", other="banner.serial4") == []
    assert findings("agrees_with", cable(de=DE.replace("0604", "0605")), target="header.de.serial",
                    other="banner.serial4") == [(3, 1, "value=0605 other=0604 expected=0605")]


def test_agrees_with_goes_through_the_equivalence_table_and_the_other_pairs():
    letters = {"C": ["CONFIDENTIAL"], "S": ["SECRET"]}
    levels = {"target": "header.security.level", "other": "banner.classification"}
    assert findings("agrees_with", cable(), equivalent=letters, **levels) == []
    assert findings("agrees_with", cable(security="ZNY SSSSS ZZH"), equivalent=letters,
                    **levels) == [
        (4, 1, "value=S other=CONFIDENTIAL expected=SECRET")]
    assert findings("agrees_with", cable(de=DE.replace("0604", "0605")), equivalent=letters,
                    also=[{"target": "header.de.serial", "other": "banner.serial4"}], **levels) == [
        (3, 1, "value=0605 other=0604 expected=0605")]


def test_agrees_with_judges_nothing_when_the_other_is_missing():
    assert findings("agrees_with", cable(de=DE.replace("0604", "0605")), target="header.de.serial",
                    other="metadata.created.hour") == []


def test_all_equal_reports_values_that_differ_from_the_first():
    assert findings("all_equal", cable(), target="header.precedences[]") == []
    assert findings("all_equal", cable(dtg="O 070517Z MAR 07"),
                    target="header.precedences[]") == [
        (5, 1, "value=O first=P first_line=2")]


@pytest.mark.parametrize("title, expected", [
    ("A SUBJECT", []),
    ("a  subject", []),                 # white space and case aside
    ("OTHER", [(9, 15, "value=OTHER other=A SUBJECT problem=differs other=A SUBJECT")]),
    ("", [(9, 1, "value= other=A SUBJECT problem=empty")]),
])
def test_same_text_reports_an_empty_or_different_text(title, expected):
    assert findings("same_text", metadata(title=title) + cable(), target="metadata.title",
                    other="subject", problems=problems("same_text")) == expected


def test_same_text_without_the_other_text_reports_only_an_empty_one():
    assert findings("same_text", metadata(title="OTHER") + cable(subject=None),
                    target="metadata.title", other="subject", problems=problems("same_text")) == []


# --- ceiling, date, period, order_in_force, eo_line_form, reason_section_in_force ------------

RANKS = ["U", "C", "S", "T"]


def test_ceiling_reports_levels_above_the_limit():
    body = "1. (S) First.\n\n2. (C) Second.\n\n3. (U) Third.\n"
    assert findings("ceiling", cable(body=body), target="paragraphs[].portion_level",
                    limit="cable.level", ranks=RANKS) == [(19, 5, "value=S limit=C")]


def test_ceiling_does_not_compare_levels_outside_its_ranks():
    assert findings("ceiling", cable(body="1. (S) First.\n"), target="paragraphs[].portion_level",
                    limit="cable.level", ranks=["U", "C"]) == []


def test_date_reports_dates_outside_the_limits_from_the_cable_date():
    assert findings("date", cable(), target="eo.decl.date", min_days=1, max_years=25) == []
    ten_years = "value=2017-03-06 cable_date=2007-03-07 years=10.0 days=3652 value_year=2017"
    assert findings("date", cable(), target="eo.decl.date", max_years=5) == [(13, 19, ten_years)]
    assert findings("date", cable(), target="eo.decl.date", max_days=30) == [(13, 19, ten_years)]
    before = "value=2006-03-06 cable_date=2007-03-07 years=-1.0 days=-366 value_year=2006"
    assert findings("date", cable(eo="E.O. 12958: DECL: 03/06/2006"),
                    target="eo.decl.date", min_days=1) == [(13, 19, before)]


OADR = {"eo": "E.O. 12958: DECL: OADR"}


def test_period_reports_a_value_used_outside_its_period():
    assert findings("period", cable(**OADR), target="eo.decl",
                    periods={"OADR.*": {"before": "1995-10-14", "label": "OADR ended 1995"}}) == [
        (13, 19, "value=OADR cable_date=2007-03-07 period=OADR ended 1995")]
    assert findings("period", cable(**OADR), target="eo.decl",
                    periods={"OADR.*": {"from": "1980-01-01", "before": "1995-10-14"}}) == [
        (13, 19, "value=OADR cable_date=2007-03-07 period=1980-01-01 to 1995-10-14")]


def test_period_grace_days_and_dates_inside_the_period_are_not_reported():
    in_1995 = {**OADR, "dtg": "P 070517Z MAR 95"}
    until_1995 = {"OADR.*": {"before": "1995-10-14"}}
    assert findings("period", cable(**in_1995), target="eo.decl", periods=until_1995) == []
    assert findings("period", cable(**OADR), target="eo.decl", periods=until_1995,
                    grace_days=5000) == []


def test_order_in_force_reports_an_order_not_citable_on_the_cable_date():
    assert findings("order_in_force", cable(), target="eo.order") == []
    assert findings("order_in_force", cable(eo="E.O. 11652: DECL: 03/06/2017"),
                    target="eo.order") == [
        (13, 1, "value=11652 cable_date=2007-03-07 period=E.O. 11652 was in force from 1972-06-01 "
                "to 1978-12-01; on that date E.O. 12958 as amended by E.O. 13292")]


def test_order_in_force_tolerates_grace_days_past_the_replacement():
    in_1979 = {"eo": "E.O. 11652: GDS", "dtg": "P 070517Z MAR 79"}
    assert findings("order_in_force", cable(**in_1979), target="eo.order", grace_days=365) == []
    assert len(findings("order_in_force", cable(**in_1979), target="eo.order")) == 1


def test_eo_line_form_reports_an_eo_line_not_in_its_order_s_form():
    assert findings("eo_line_form", cable(), target="eo") == []
    assert findings("eo_line_form", cable(eo="E.O. 12958 DECL 03/06/2017"),
                    target="eo") == [
        (13, 1, "value=E.O. 12958 DECL 03/06/2017 cable_date=2007-03-07 "
                "expected='E.O. 12958: DECL: MM/DD/YYYY' or 'E.O. 12958: N/A'")]


def test_reason_section_in_force_reports_a_section_of_another_order():
    assert findings("reason_section_in_force", cable(), target="classified_by.section") == []
    section_15 = cable(classified_by=CLASSIFIED_BY.replace("1.4", "1.5"))
    assert findings("reason_section_in_force", section_15,
                    target="classified_by.section") == [
        (17, 48, "value=1.5 cable_date=2007-03-07 period=E.O. 12958 as amended by E.O. 13292, "
                 "in force from 2003-09-22 to 2010-06-27, uses section 1.4")]


# --- duplicate, enumeration, paragraph_numbering, marker_style, pagination ----------------------

def test_duplicate_reports_each_repeat_with_the_first_line():
    assert findings("duplicate", cable(), target="tags[]") == []
    assert findings("duplicate", cable(tags="TAGS: PGOV PREL PGOV KZ"), target="tags[]") == [
        (14, 17, "value=PGOV first_line=14")]


def test_duplicate_ignores_case_only_when_asked():
    lower = cable(tags="TAGS: PGOV PREL pgov KZ")
    assert findings("duplicate", lower, target="tags[]") == []
    assert findings("duplicate", lower, target="tags[]", ignore_case=True) == [
        (14, 17, "value=pgov first_line=14")]


def test_enumeration_letters_report_a_skipped_letter_and_resume_from_it():
    block = "REF: A. STATE 1234\n     B. ASTANA 555\n     D. ASTANA 600\n     E. ASTANA 601\n"
    letters = {"target": "refs.letters[]", "alphabet": "letters"}
    assert findings("enumeration", cable(subject=f"{SUBJECT}\n{block}"), **letters) == [
        (18, 6, "found=D expected=C")]
    assert findings("enumeration", cable(subject=f"{SUBJECT}\nREF: B. STATE 1234"), **letters) == [
        (16, 6, "found=B expected=A")]


def test_enumeration_numbers_count_from_one():
    body = "1. (C) a.\n\n2. (C) b.\n\n4. (C) c.\n"
    assert findings("enumeration", cable(body=body), target="paragraphs[]",
                    alphabet="numbers") == [
        (23, 1, "found=4 expected=3")]


def test_paragraph_numbering_gap_reports_a_skip():
    assert findings("paragraph_numbering", cable()) == []
    gap = cable(body="1. (C) a.\n\n2. (C) b.\n\n4. (C) c.\n")
    assert findings("paragraph_numbering", gap) == [
        (23, 1, "found=4 expected=3")]


def test_paragraph_numbering_follows_a_quoted_list_that_restarts_at_one():
    body = "1. (C) a.\n\n2. (C) b.\n\n1. Quoted\n\n2. Quoted\n\n3. (C) c.\n"
    assert findings("paragraph_numbering", cable(body=body)) == []


def test_paragraph_numbering_spurious_reports_a_stray_leading_one_and_gap_does_not():
    body = "1. (C) a.\n\n2. (C) b.\n\n13. (C) c.\n"
    assert findings("paragraph_numbering", cable(body=body), report="spurious") == [
        (23, 1, "found=13 expected=3")]
    assert findings("paragraph_numbering", cable(body=body), report="gap") == []


def test_paragraph_numbering_run_in_reports_a_marker_inside_the_previous_paragraph():
    body = "1. (C) a. 2. (C) b.\n\n3. (C) c.\n"
    run_in = "Paragraph {found} is run into {previous}"
    assert findings("paragraph_numbering", cable(body=body), run_in=run_in) == [
        (19, 11, "Paragraph 2 is run into 1")]
    assert findings("paragraph_numbering", cable(body=body)) == []      # without run_in


def test_marker_style_reports_markers_unlike_the_standard_one():
    body = "¶1. (C) a.\n\n¶ 2. (C) b.\n\n3.(C) c.\n"
    assert findings("marker_style", cable(body=body)) == [
        (21, 1, "found=¶ N. (M) expected=¶N. (M)"), (23, 1, "found=N.(M) expected=¶N. (M)")]


def test_marker_style_leaves_a_cable_written_one_other_way_throughout():
    assert findings("marker_style", cable(body="1.(C) a.\n\n2.(C) b.\n")) == []


@pytest.mark.parametrize("page_break, problem", [
    ("ASTANA 00000604  002 OF 002", None),
    ("ASTANA 00000604  002 OF 003", "section_total total=003 section=01 section_total=02"),
    ("ASTANA 00000604  003 OF 002", "beyond_total page=003 total=002"),
    ("ASTANA 00000605  002 OF 002", "serial serial=00000605 banner_serial=000604"),
    ("NOWHERE 00000604  002 OF 002", "station station=NOWHERE banner_station=ASTANA"),
])
def test_pagination_judges_each_page_break_line(page_break, problem):
    expected = [(21, 1, f"value={page_break} problem={problem}")] if problem else []
    body = f"1. (C) First.\n\n{page_break}\n\n2. (C) Second.\n"
    assert findings("pagination", cable(body=body), problems=problems("pagination")) == expected


@pytest.mark.parametrize("pages, problem", [
    (("001", "002"), None),
    (("003",), "first_page page=003"),
    (("001", "003"), "out_of_order page=003 previous=001"),
])
def test_pagination_counts_the_pages_in_order(pages, problem):
    lines = [f"ASTANA 00000604  {page} OF 004" for page in pages]
    text = cable(body=body("1. (C) First.", *lines, "2. (C) Second."),
                 banner=BANNER.replace("01 OF 02", "01 OF 04"))
    found = findings("pagination", text, problems=problems("pagination"))
    assert [message for _, _, message in found] == (
        [f"value={lines[-1]} problem={problem}"] if problem else [])


def test_pagination_judges_a_page_break_glued_into_a_line():
    body = "1. (C) First. ASTANA 00000604  002 OF 003 2. (C) Second.\n"
    assert findings("pagination", cable(body=body), problems=problems("pagination")) == [
        (19, 15, "value=ASTANA 00000604  002 OF 003 "
                 "problem=section_total total=003 section=01 section_total=02")]


# --- originator_of_post, routing_indicator_of_post, signer -------------------------------------

def test_originator_of_post_reports_an_fm_line_of_another_post():
    assert findings("originator_of_post", cable()) == []
    assert findings("originator_of_post", cable(originator="FM AMEMBASSY MOSCOW")) == [
        (6, 1, "value=AMEMBASSY MOSCOW station=ASTANA expected=AMEMBASSY ASTANA")]


def test_originator_of_post_takes_a_name_sharing_the_post_s_routing_indicator():
    almaty = cable(originator="FM AMEMBASSY ALMATY")       # ALMATY's RUEHTA moved to ASTANA
    assert findings("originator_of_post", almaty) == []


def test_post_kinds_do_not_judge_a_station_the_list_does_not_know():
    unknown = cable(originator="FM AMEMBASSY MOSCOW", de=DE.replace("RUEHTA", "RUEHMO"),
                    banner=BANNER.replace("ASTANA", "NOWHERE"))
    assert findings("originator_of_post", unknown) == []
    assert findings("routing_indicator_of_post", unknown) == []


def test_routing_indicator_of_post_reports_another_post_s_indicator():
    assert findings("routing_indicator_of_post", cable()) == []
    assert findings("routing_indicator_of_post", cable(de=DE.replace("RUEHTA", "RUEHMO"))) == [
        (3, 1, "value=RUEHMO station=ASTANA expected=RUEHAST or RUEHTA")]


@pytest.mark.parametrize("signature, problem", [
    ("ORDWAY", None),
    ("ORDWAY ORDWAY", "doubled name=ORDWAY"),
    ("JORDWAY", "initial_before initials=J name=ORDWAY"),
    ("JPOLASCHIK", "initial_before initials=J name=POLASCHIK"),
    ("LBSCHREIBERHUGHES", "initials_before initials=LB name=SCHREIBER HUGHES"),
    ("WILLIAMSONB", "initial_after initial=B name=WILLIAMSON"),
    ("ARNALLARNETT", "run_together first=ARNALL second=ARNETT"),
])
def test_signer_reports_a_garbled_known_name(signature, problem):
    expected = [(21, 1, f"value={signature} problem={problem}")] if problem else []
    assert findings("signer", cable(body=f"1. (C) a.\n\n{signature}\n"),
                    problems=problems("signer")) == expected


# --- implies, line_pattern, vocabulary, suppression --------------------------------------------

def test_implies_reports_a_clause_whose_premise_holds_without_its_consequence():
    clause = {"if": ["signature"], "then": ["refs.label"], "message": "signed {value}, no REF"}
    assert findings("implies", cable(), clauses=[clause]) == [(23, 1, "signed ORDWAY, no REF")]
    assert findings("implies", cable(), clauses=[{**clause, "then": ["refs.label", "tags"]}]) == []
    assert findings("implies", cable(), clauses=[{**clause, "if": ["refs.label"]}]) == []


def test_implies_gives_each_clause_its_own_severity():
    kind = _registry().check_kinds["implies"]
    clauses = [{"if": ["signature"], "then": ["refs.label"], "message": "a"},
               {"if": ["tags"], "then": ["refs.label"], "message": "b", "severity": "info"}]
    rule = Rule(id="XX001", name="a-rule", severity=Severity.WARNING, check="implies", message="m",
                help="", pack="test", params={"clauses": clauses})
    found = kind(rule, Vocabularies(_registry().vocabularies)).check(parse(cable()))
    assert [(d.message, d.severity) for d in found] == [
        ("a", Severity.WARNING), ("b", Severity.INFO)]


def test_line_pattern_reports_the_first_match_of_each_line():
    assert findings("line_pattern", cable(), regex="paragraph") == [
        (19, 14, "match=paragraph label= more="), (21, 15, "match=paragraph label= more=")]
    assert findings("line_pattern", cable(), regex="(?P<hit>P)aragraph", ignore_case=True,
                    region="body") == [
        (19, 14, "match=p label= more="), (21, 15, "match=p label= more=")]


def test_line_pattern_collapses_many_lines_into_one_finding():
    assert findings("line_pattern", cable(), regex="[A-Z]{5}", region="envelope", collapse=2) == [
        (1, 1, "match=VZCZC label= more= (and 5 more lines like it)")]
    assert findings("line_pattern", cable(), regex="a", every_match=True, region="body",
                    collapse=3) == [
        (19, 15, "match=a label= more= (and 5 more like it)")]


def test_line_pattern_labels_skips_and_requires():
    assert findings("line_pattern", cable(), regex="(?P<one>First)|(?P<two>Second)",
                    labels={"one": "the first", "two": "the second"}) == [
        (19, 8, "match=First label=the first more="),
        (21, 8, "match=Second label=the second more=")]
    assert findings("line_pattern", cable(), regex="(?P<skip>First)|paragraph") == [
        (19, 14, "match=paragraph label= more="), (21, 15, "match=paragraph label= more=")]
    assert findings("line_pattern", cable(), regex="a", requires=["nowhere"]) == []


def test_line_pattern_tried_only_on_the_lines_or_at_the_places_of_its_literals():
    whole = findings("line_pattern", cable(), regex=r"\b[a-z]+graph", every_match=True)
    assert whole == [(19, 14, "match=paragraph label= more="),
                     (21, 15, "match=paragraph label= more=")]
    for promise in ({}, {"lead": "[a-z]"}):
        assert findings("line_pattern", cable(), regex=r"\b[a-z]+graph", every_match=True,
                        requires=["graph"], requires_on_line=True, **promise) == whole
    # a promise the regex breaks loses its matches: these start before the literal
    assert findings("line_pattern", cable(), regex=r"\b[a-z]+graph", requires=["graph"],
                    requires_on_line=True, lead="") == []



@pytest.mark.parametrize("literals", [
    [",s", ",S", ",t", ",re", ",ve", "Qs", "Qre", "Q,", "?s", "?t"],  # grouped: 3 first characters
    ["P5", "P-5", "E3", "E-3", "EU3", "GCC"],                          # grouped: 3
    ["&", '""', "8", "\u00ac"],                                       # one search per literal
    ["a", "aa", "aaa", "ab"],                                          # prefixes of each other
])
def test_line_pattern_finds_the_places_of_its_literals_as_substring_searches_do(literals):
    import random

    from cablelint.checks.line_pattern import _any_of

    rule = Rule(id="XX001", name="a-rule", severity=Severity.WARNING, check="line_pattern",
                message="{match}", help="", pack="test",
                params={"regex": "(?!)", "requires": literals, "requires_on_line": True,
                        "lead": ""})
    check = _registry().check_kinds["line_pattern"](rule, Vocabularies(_registry().vocabularies))
    pieces = [*literals, "x", " ", "\n", ",", "Q", "E-", "EU-", "a"]
    rnd = random.Random(9)
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        start = rnd.randint(0, len(text))
        expected = sorted(at for at in range(start, len(text))
                          if any(text.startswith(literal, at) for literal in literals))
        assert sorted(check._literal_places(text, start, len(text))) == expected, text
        assert _any_of(literals)(text) == any(literal in text for literal in literals), text

STEPS = [{"lists": ["tags-subject", "tags-geographic"], "outcome": "known"},
         {"lists": ["tags-legacy"], "outcome": "known", "in_use_before_column": 2,
          "after": "out-of-era"},
         {"lists": ["tags-corrections"], "outcome": "correctable"}]


def test_vocabulary_reports_the_outcomes_the_rule_asks_for():
    assert findings("vocabulary", cable(tags="TAGS: PGOV XQZZ KZ"), target="tags[]", steps=STEPS,
                    report={"unknown": {}}) == [
        (14, 12, "value=XQZZ outcome=unknown description= cable_date=2007-03-07 "
                 "in_use_before=None")]
    assert findings("vocabulary", cable(tags="TAGS: PGOV AMEDCASCKFLO"), target="tags[]",
                    steps=STEPS, report={"correctable": {}}) == [
        (14, 12, "value=AMEDCASCKFLO outcome=correctable description=AMED CASC KFLO "
                 "cable_date=2007-03-07 in_use_before=None")]
    assert findings("vocabulary", cable(tags="TAGS: PGOV XQZZ"), target="tags[]", steps=STEPS,
                    report={"known": {"message": "{value} is {outcome}"}}, message="m") == [
        (14, 7, "PGOV is known")]


def test_vocabulary_dated_step_and_patterns():
    assert findings("vocabulary", cable(tags="TAGS: PGOV AART"), target="tags[]", steps=STEPS,
                    report={"out-of-era": {}}) == [
        (14, 12, "value=AART outcome=out-of-era description=Art-in-Embassies Program "
                 "cable_date=2007-03-07 in_use_before=1995-01-01")]
    assert findings("vocabulary", cable(tags="TAGS: PGOV XQZZ"), target="tags[]", steps=STEPS,
                    patterns={"pattern": ["XQ.*"]}, report={"pattern": {}}) == [
        (14, 12, "value=XQZZ outcome=pattern description= cable_date=2007-03-07 "
                 "in_use_before=None")]


def test_vocabulary_require_any_reports_once_when_no_value_has_the_outcome():
    once = {"target": "tags[]", "steps": STEPS, "anchor": ("tags",), "message": "none of {value}"}
    assert findings("vocabulary", cable(), require_any=["known"], **once) == []
    known_only = cable(tags="TAGS: PGOV KZ")
    assert findings("vocabulary", known_only, require_any=["unknown"], **once) == [
        (14, 1, "none of PGOV KZ")]


def test_suppression_finds_nothing_in_the_cable_the_engine_reports_directives():
    assert findings("suppression", cable(body="1. (C) a.  # cablelint: disable CL090\n")) == []


# --- form ----------------------------------------------------------------------------------------

DTG_WORDING = {"form": "form", "month": "month {month}", "year": "year {written_year}",
               "time": "time {time}", "date": "date {day} {month} {year}"}


def test_form_words_the_deviation_of_a_part_with_its_values_and_passes_the_standard():
    assert findings("form", cable(), part="dtg", deviations=DTG_WORDING) == []
    assert findings("form", cable(dtg="P 072517Z MAR 07"), part="dtg",
                    deviations=DTG_WORDING) == [(5, 1,
                                                 "value=P 072517Z MAR 07 deviations=time 2517")]
