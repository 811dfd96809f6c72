"""The false-positive classes of the seed-14142 audit of the web layouts (html-extract,
html-extract-early, html-extract-2011, html-fragment; docs/precision/seed14142/), each with the
cable text that showed it and a case where the rule must still fire."""

from cables import BELOW_HEADER
from conftest import lint


def with_tags(tags: str) -> str:
    return BELOW_HEADER.replace(next(line for line in BELOW_HEADER.split("\n")
                                     if line.startswith("TAGS:")), tags)


# --- CL056, CL057: a run-together TAG that tags-corrections spells out ----------------------------

#: html-extract/06SANJOSE1792 L20: five codes run together; CL053 gives 'ETRD EINV ECIN PGOV CS'.
RUN_TOGETHER_TAGS = "TAGS: ETRDEINVECINPGOVCS"


def test_a_run_together_tag_counts_as_the_codes_it_stands_for():
    assert lint(with_tags(RUN_TOGETHER_TAGS), ["CL056", "CL057"]) == []
    assert [f[3] for f in lint(with_tags(RUN_TOGETHER_TAGS), ["CL053"])] == [
        "TAG 'ETRDEINVECINPGOVCS' is a known misspelling or concatenation; expected"
        " 'ETRD EINV ECIN PGOV CS'"]


def test_tags_without_a_subject_code_are_still_reported():
    # html-extract/08SAOPAULO499 L25: a program TAG and a country
    findings = lint(with_tags("TAGS: KPAO BR"), ["CL056"])
    assert [f[3] for f in findings] == [
        "TAGS (KPAO BR) have no subject TAG (a four-letter code such as PGOV, PREL, ECON)"]
