"""TAGS line rules (CL050-CL058)."""

import pytest

from cables import TAGS, body, cable, header_with, replaced
from cablelint.fixing import fix_text
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
    "TAGS: PREL, BM, CB, LA, VM, IN, ARF",   # the ASEAN Regional Forum (json-body/05NEWDELHI2141)
])
def test_cl052_known_tags(tags):
    assert lint(cable(tags=tags), ["CL052"]) == []


# --- CL053 tag-correctable --------------------------------------------------------------------

def test_cl053_known_misspelling_and_iso_country_code():
    assert lint(cable(tags="TAGS: POGOV, RU"), ["CL053"]) == [
        (14, 7, "CL053", "TAG 'POGOV' is a known misspelling or concatenation; expected 'PGOV'"),
        (14, 14, "CL053", "TAG 'RU' is a known misspelling or concatenation; expected 'RS'"),
    ]


@pytest.mark.parametrize("tags, expected, fixed", [
    # seed 20261219 json-body audit: 09BAGHDAD3195 `PGOV, PECON, PREL`: PREL is there already
    ("TAGS: PGOV, PECON, PREL", "ECON", "TAGS: PGOV, ECON, PREL"),
    ("TAGS: PGOV, PECON", "PREL ECON", "TAGS: PGOV, PREL, ECON"),
    # 08BRATISLAVA377 `PREL PGOVLO GG RU LO`
    ("TAGS: PREL PGOVLO GG LO", "PGOV", "TAGS: PREL PGOV GG LO"),
])
def test_cl053_a_correction_of_several_codes_leaves_out_those_the_line_holds(tags, expected,
                                                                             fixed):
    found = lint(cable(tags=tags), ["CL053"])
    assert [f[3].split("expected ")[1] for f in found] == [f"'{expected}'"]
    ruleset = build(registry(), select=["CL053"])
    assert fix_text(cable(tags=tags), "c.txt", ruleset, unsafe=True).text == cable(tags=fixed)


def test_cl053_correct_tags():
    assert lint(cable(tags="TAGS: PGOV, RS"), ["CL053"]) == []


# --- CL054 tag-nonstandard --------------------------------------------------------------------

@pytest.mark.parametrize("tags, column, phrase", [
    ("TAGS: PREL, HUMAN RIGHTS, KZ", 13, "HUMAN RIGHTS"),
    ("TAGS: PREL HUMAN RIGHTS KZ", 12, "HUMAN RIGHTS"),
    ("TAGS: PREL, CLINTON, HILLARY, KZ", 13, "CLINTON, HILLARY"),
    # seed 20261209 early audit: a subject in words between commas, listed nowhere (05SOFIA1207)
    ("TAGS PINR, KCRM, PGOV, EINV, ECON, KCOR, BU, Organized Crime", 46, "Organized Crime"),
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

@pytest.mark.parametrize("tags, listed", [
    ("TAGS: KZ KDEM", "KZ KDEM"),                              # country and program TAGS only
    ("TAGS: (CLINTON, HILLARY), UAE", "(CLINTON, HILLARY) UAE"),   # a name without its OVIP
])
def test_cl056_no_subject_tag(tags, listed):
    assert lint(cable(tags=tags), ["CL056"]) == [
        (14, 1, "CL056", f"TAGS ({listed}) have no subject TAG (a four-letter code such as PGOV, "
                         f"PREL, ECON)"),
    ]


@pytest.mark.parametrize("tags", [
    "TAGS: KZ KDEM PGOV",
    "tags: kz kdem pgov",
    # html-fragment/09STATE34688: OVIP, the visits TAG, is written with the visitor in brackets
    "TAGS OVIP (CLINTON, HILLARY), UAE",
])
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


# --- CL056, CL057: a run-together TAG that tags-corrections spells out ----------------------------
# seed 14142 web audit: docs/precision/seed14142/SUMMARY-web.md

#: html-extract/06SANJOSE1792 L20: five codes run together; CL053 gives 'ETRD EINV ECIN PGOV CS'.
RUN_TOGETHER_TAGS = "TAGS: ETRDEINVECINPGOVCS"


def test_a_run_together_tag_counts_as_the_codes_it_stands_for():
    assert lint(header_with(tags=RUN_TOGETHER_TAGS), ["CL056", "CL057"]) == []
    assert [f[3] for f in lint(header_with(tags=RUN_TOGETHER_TAGS), ["CL053"])] == [
        "TAG 'ETRDEINVECINPGOVCS' is a known misspelling or concatenation; expected"
        " 'ETRD EINV ECIN PGOV CS'"]


def test_tags_without_a_subject_code_are_still_reported():
    # html-extract/08SAOPAULO499 L25: a program TAG and a country
    findings = lint(header_with(tags="TAGS: KPAO BR"), ["CL056"])
    assert [f[3] for f in findings] == [
        "TAGS (KPAO BR) have no subject TAG (a four-letter code such as PGOV, PREL, ECON)"]


#: json-body/09MOSCOW405: the commas of a TAGS list lost but the last, one code run together.
ONE_COMMA_TAGS = "TAGS: PREL PGOV ETTC MCAP MARR MOPS PARM PINR PTERIR, RS"


def test_a_code_list_with_one_run_together_code_is_split_into_its_codes():
    assert lint(header_with(tags=ONE_COMMA_TAGS), ["CL056", "CL057"]) == []
    assert [f[3] for f in lint(header_with(tags=ONE_COMMA_TAGS), ["CL052"])] == [
        "TAG 'PTERIR' is in none of the TAGS lists (subject, program, geographic, organization)"]


def test_a_free_text_phrase_between_commas_stays_one_tag():
    # two words that are no codes (not a list of codes with one damaged)
    assert lint(header_with(tags="TAGS: PREL, HUMAN RIGHTS, KZ"), ["CL052", "CL056", "CL057"]) == []


# --- CL052: the Honduras task-force TAG is seen in real cables, not unknown ---------------------
# seed 57721 ports audit: docs/precision/seed57721/SUMMARY-ports.md

#: json-record/wl20101128-0154 (json-body/09TEGUCIGALPA645), its TAGS line.
TASK_FORCE_TAGS = "TAGS: PGOV KDEM KJUS TFH01 HO"


def test_the_task_force_tag_is_reported_as_seen_but_unverified():
    text = replaced(TAGS, TASK_FORCE_TAGS)
    assert [(f[2], f[3]) for f in lint(text, ["CL052", "CL142"])] == [
        ("CL142", "TAG 'TFH01' was seen in real cables but is not a verified TAGS code")]


def test_a_tag_seen_nowhere_is_still_unknown():
    text = replaced(TAGS, TASK_FORCE_TAGS.replace("TFH01", "TFQ07"))
    assert [f[3] for f in lint(text, ["CL052"])] == [
        "TAG 'TFQ07' is in none of the TAGS lists (subject, program, geographic, organization)"]


# --- CL055: multi-word tags merged as CL052 merges them -----------------------------------------
# seed 57721 web audit: docs/precision/seed57721/SUMMARY-web.md

#: html-extract/06TELAVIV145 L12: two free-text tags that share their first word.
TWO_GOI_TAGS = ("TAGS: PREL PGOV IR IS KPAL PINR ELECTIONS GOI INTERNAL ISRAELI PALESTINIAN "
                "AFFAIRS GOI EXTERNAL")



def test_two_multi_word_tags_sharing_a_word_repeat_no_tag():
    assert lint(header_with(tags=TWO_GOI_TAGS), ["CL055"]) == []


def test_a_multi_word_tag_written_twice_is_still_a_repeat():
    repeated = TWO_GOI_TAGS.replace("GOI EXTERNAL", "GOI INTERNAL")
    findings = lint(header_with(tags=repeated), ["CL055"])
    assert [f[3] for f in findings] == ["TAG 'GOI INTERNAL' repeats the one on line 6"]


# --- CL052 -> CL053: two geographic TAGs glued ---------------------------------------------------
# seed 14142 ports audit: docs/precision/seed14142/SUMMARY-ports.md

#: json-body/09ABUDHABI744: `SA` and `QA` run together in the TAGS line.
GLUED_COUNTRIES = (
    "S E C R E T SECTION 01 OF 04 ABU DHABI 000744   NOFORN SIPDIS  E.O. 12958: DECL: "
    "07/21/2019 TAGS: PTER PGOV PREL PARM EAID MOPS IR IS AF PK SY LE SAQA, AE  SUBJECT: UAE "
    "GULF SECURITY DIALOGUE (GSD) JULY 20 PLENARY SESSION  Classified By: Charge d'Affaires "
    "Douglas C. Greene for reasons 1.4 (b) and (d).  ¶1.  (S/NF) In a July 20 plenary session "
    "the focus was largely on Iran.  GREENE")


def test_two_country_tags_glued_are_a_known_concatenation():
    found = lint(GLUED_COUNTRIES, ["CL052", "CL053"], path="09ABUDHABI744.txt")
    assert [(f[2], f[3]) for f in found] == [
        ("CL053", "TAG 'SAQA' is a known misspelling or concatenation; expected 'SA QA'")]


def test_the_two_country_tags_apart_are_valid():
    text = GLUED_COUNTRIES.replace("SAQA, AE", "SA, QA, AE")
    assert lint(text, ["CL052", "CL053"], path="09ABUDHABI744.txt") == []
