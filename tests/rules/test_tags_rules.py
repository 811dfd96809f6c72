"""TAGS line rules (CL050-CL058)."""

import pytest

from cables import TAGS, cable
from cablelint.ruleset import build
from conftest import lint, registry

ALL_TAGS_RULES = ["CL050", "CL051", "CL052", "CL053", "CL054", "CL055", "CL056", "CL057", "CL058"]
UNKNOWN = "is in none of the TAGS lists (subject, program, geographic, organization)"


@pytest.mark.parametrize("tags", [
    TAGS,
    "TAGS: PGOV, PREL, KZ",             # comma-separated
    "TAGS: Pgov Prel Kz",               # mixed case
    "TAGS: PGOV, PREL,\nKZ, ECON",      # continued after a trailing comma
    "TAGS: PGOV PREL\nKZ ECON",         # continued as a bare list of codes
    "TAGS: PREL PGOV, KZ",              # spaces and commas mixed
])
def test_well_formed_tags_are_clean_under_every_tags_rule(tags):
    assert lint(cable(tags=tags), ALL_TAGS_RULES) == []


# --- CL050 tags-missing -----------------------------------------------------------------------

def test_cl050_no_tags_line_is_reported_at_subject():
    assert lint(cable(tags=None), ["CL050"]) == [(14, 1, "CL050",
                                                  "No TAGS line (e.g. 'TAGS: PGOV PREL KZ')")]


@pytest.mark.parametrize("tags", [TAGS, "TAGS PREL, PGOV, KZ", "Tags: PGOV PREL KZ"])
def test_cl050_tags_line_present_even_with_a_variant_label(tags):
    assert lint(cable(tags=tags), ["CL050"]) == []


# --- CL051 tags-label-malformed ---------------------------------------------------------------

@pytest.mark.parametrize("tags, label", [
    ("TAGS; PGOV PREL KZ", "TAGS;"),
    ("TAGS, PGOV PREL KZ", "TAGS,"),
    ("TAG: PGOV PREL KZ", "TAG:"),
    ("TAGES: PGOV PREL KZ", "TAGES:"),
    ("Tags: PGOV PREL KZ", "Tags:"),
    ("tags: pgov prel kz", "tags:"),
])
def test_cl051_label_variant(tags, label):
    assert lint(cable(tags=tags), ["CL051"]) == [
        (14, 1, "CL051", f"TAGS label written '{label}'; expected 'TAGS:'"),
    ]


@pytest.mark.parametrize("tags", ["TAGS: PREL, PGOV, KZ", "TAGS PREL, PGOV, KZ",
                                  "TAGS PREL PGOV KZ"])
def test_cl051_standard_label_with_or_without_colon(tags):
    """`TAGS` without a colon is how many posts wrote it; the rule accepts it (rules/tags.yaml)."""
    assert lint(cable(tags=tags), ["CL051"]) == []


# --- CL052 tag-unknown ------------------------------------------------------------------------

def test_cl052_unknown_tag():
    assert lint(cable(tags="TAGS: PREL XQZT KZ"), ["CL052"]) \
        == [(14, 12, "CL052", f"TAG 'XQZT' {UNKNOWN}")]


def test_cl052_unknown_tag_inside_a_markdown_link():
    assert lint(cable(tags="TAGS: [PGOV](#) [XQZT](#) [KZ](#)"), ["CL052"]) == [
        (14, 17, "CL052", f"TAG 'XQZT' {UNKNOWN}"),
    ]


def test_an_observed_but_unverified_tag_is_left_to_cl142_which_is_off_by_default():
    text = cable(tags="TAGS: AGOA KZ PREL")
    assert lint(text, ["CL052"]) == []
    assert lint(text, ["CL142"]) == [
        (14, 7, "CL142", "TAG 'AGOA' was seen in real cables but is not a verified TAGS code"),
    ]
    assert "CL142" not in {check.rule.id for check in build(registry()).checks}


@pytest.mark.parametrize("tags", [
    "tags: pgov prel kz",               # lower case codes are still codes
    "TAGS: PREL, HUMAN RIGHTS, KZ",     # HUMAN and RIGHTS are one free-text phrase
    "TAGS: PREL HUMAN RIGHTS KZ",
    "TAGS: POGOV, RU",                  # correctable, not unknown
    "TAGS: [PGOV](#) [PREL](#) [KZ](#)",
])
def test_cl052_known_tags(tags):
    assert lint(cable(tags=tags), ["CL052"]) == []


# --- CL053 tag-correctable --------------------------------------------------------------------

def test_cl053_known_misspelling_and_iso_country_code():
    assert lint(cable(tags="TAGS: POGOV, RU"), ["CL053"]) == [
        (14, 7, "CL053", "TAG 'POGOV' is a known misspelling or concatenation; expected 'PGOV'"),
        (14, 14, "CL053", "TAG 'RU' is a known misspelling or concatenation; expected 'RS'"),
    ]


def test_cl053_correct_tags():
    assert lint(cable(tags="TAGS: PGOV, RS"), ["CL053"]) == []


# --- CL054 tag-nonstandard --------------------------------------------------------------------

@pytest.mark.parametrize("tags, column, phrase", [
    ("TAGS: PREL, HUMAN RIGHTS, KZ", 13, "HUMAN RIGHTS"),
    ("TAGS: PREL HUMAN RIGHTS KZ", 12, "HUMAN RIGHTS"),
    ("TAGS: PREL, CLINTON, HILLARY, KZ", 13, "CLINTON, HILLARY"),
])
def test_cl054_free_text_or_person_tag_resolves_as_a_phrase(tags, column, phrase):
    assert lint(cable(tags=tags), ["CL052", "CL054"]) == [
        (14, column, "CL054", f"TAG '{phrase}' is free text or a person, not a TAGS code"),
    ]


def test_cl054_codes_only():
    assert lint(cable(tags="TAGS: PREL, PHUM, KZ"), ["CL054"]) == []


# --- CL055 tag-duplicate ----------------------------------------------------------------------

@pytest.mark.parametrize("tags, line, column, tag", [
    ("TAGS: PHUM, OPRC, OPRC, KZ", 14, 19, "OPRC"),
    ("TAGS: PGOV pgov KZ", 14, 12, "pgov"),                  # same tag in another case
    ("TAGS: PGOV, PREL,\nKZ, PGOV", 15, 5, "PGOV"),          # repeat on the continuation line
])
def test_cl055_repeated_tag(tags, line, column, tag):
    assert lint(cable(tags=tags), ["CL055"]) == [(line, column, "CL055",
                                                  f"TAG '{tag}' repeats the one on line 14")]


def test_cl055_no_repeat():
    assert lint(cable(tags="TAGS: PHUM, OPRC, KZ"), ["CL055"]) == []


# --- CL056 tags-no-subject-tag ----------------------------------------------------------------

def test_cl056_only_country_and_program_tags():
    assert lint(cable(tags="TAGS: KZ KDEM"), ["CL056"]) == [
        (14, 1, "CL056", "TAGS (KZ KDEM) have no subject TAG (a four-letter code such as PGOV, "
                         "PREL, ECON)"),
    ]


@pytest.mark.parametrize("tags", ["TAGS: KZ KDEM PGOV", "tags: kz kdem pgov"])
def test_cl056_subject_tag_present(tags):
    assert lint(cable(tags=tags), ["CL056"]) == []


# --- CL057 tags-no-geographic-tag -------------------------------------------------------------

@pytest.mark.parametrize("tags, listed", [("TAGS: PGOV PREL", "PGOV PREL"),
                                          ("TAGS: EUN, PREL", "EUN PREL")])
def test_cl057_no_country_tag(tags, listed):
    assert lint(cable(tags=tags), ["CL057"]) == [
        (14, 1, "CL057", f"TAGS ({listed}) have no geographic TAG (a two-letter country code such "
                         f"as KZ)"),
    ]


@pytest.mark.parametrize("tags", [TAGS, "TAGS: PGOV,\nPREL, KZ",
                                  "TAGS: [PGOV](#) [PREL](#) [KZ](#)"])
def test_cl057_country_tag_present(tags):
    assert lint(cable(tags=tags), ["CL057"]) == []


# --- CL058 tags-markup ------------------------------------------------------------------------

@pytest.mark.parametrize("tags", ["TAGS: [PGOV](#) [PREL](#) [KZ](#)",
                                  "TAGS: [PGOV](#), [PREL](#), [KZ](#)"])
def test_cl058_markdown_links(tags):
    assert lint(cable(tags=tags), ["CL058"]) == [
        (14, 7, "CL058", "TAGS written as links (PGOV PREL KZ); expected plain codes"),
    ]


def test_cl058_plain_codes():
    assert lint(cable(tags=TAGS), ["CL058"]) == []


def test_tags_label_glued_to_the_first_tag_is_still_tags():
    # html-extract/08LIMA1107: `TAGS:PGOV, ...`
    text = cable(tags="TAGS:PGOV, PREL, KZ")
    assert lint(text, ["CL050", "CL052", "CL056", "CL057"]) == []


def test_wrapped_markdown_tags_continue_on_the_next_line():
    text = cable(tags="TAGS: [PGOV](#) [PREL](#)\n[KZ](#)")
    assert [f[2] for f in lint(text, ["CL057", "CL058"])] == ["CL058", "CL058"]
