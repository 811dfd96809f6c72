"""Hostile lines cost linear work, third-party regexes with exponential backtracking are refused at load time,
the rule cache is not trusted blindly, and one rule cannot flood a report."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, registry
from test_hardening_yaml import python_calls
from test_packs import RULE, _registry_with_pack
from cablelint import pack_validation, regex_policy, rule_cache, ruleset
from cablelint.diagnostic import Diagnostic, Severity, Unbuilt
from cablelint.engine import MAX_FINDINGS_PER_RULE, capped, lint_text
from cablelint.errors import RulePackError
from cablelint.plugins import collect, make_plugin_manager
from cablelint.ruleset import build, load_rules

sys.path.insert(0, str(ROOT / "bench"))
from hostile import TEMPLATE, UNITS, hostile_inputs  # noqa: E402

ALL = build(collect(make_plugin_manager(entry_points=False)), select=["ALL"])


# -- linear work on hostile inputs -----------------------------------------------------------------

def calls_to_lint(text: str) -> int:
    """Python calls and calls into C (each regex search among them) that linting `text` makes."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        lint_text(text, "hostile.txt", ALL)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("name", sorted(UNITS))
def test_hostile_inputs_cost_calls_in_proportion_to_their_size(name):
    # ten times the text may cost at most 20 times the calls (a quadratic loop costs 100 times)
    small, large = hostile_inputs(4_000)[name], hostile_inputs(40_000)[name]
    assert calls_to_lint(large) <= 20 * max(calls_to_lint(small), 1_000)


WATCHDOG = """
import sys
sys.path.insert(0, {bench!r})
from hostile import hostile_inputs
from cablelint.engine import lint_text
from cablelint.plugins import collect, make_plugin_manager
from cablelint.ruleset import build
ruleset = build(collect(make_plugin_manager(entry_points=False)), select=["ALL"])
lint_text(hostile_inputs(400_000)[{name!r}], "hostile.txt", ruleset)
"""


@pytest.mark.parametrize("name", sorted(set(UNITS) - {"TAGS run-on"}))
def test_no_regex_backtracks_quadratically_on_hostile_lines(name, tmp_path):
    # Backtracking inside a regex makes no Python call: a hard timeout is the safety net instead.
    # These 400 kB lint in well under a second each; the quadratic patterns this replaced took
    # minutes (CL129: 71 s for 100,000 X, the inline banner 35 s for 200 kB). TAGS is left out: its
    # cost is the vocabulary check's Python loop, which the call count above bounds.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", WATCHDOG.format(bench=str(ROOT / "bench"), name=name)],
                   env=env,
                   check=True, timeout=120)


# -- the regex policy of rule packs ----------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["(a+)+", "(a|a)*", "(.*)*", "(a*)*", r"(\w+\s?)+$",
                                     r"(a{1,5})+",
                                     r"(?:a+|b)+", r"(?:a.|.a)*", r"((?:ab)+)+", r"^(\d+)*x",
                                     r"(?:\s*,\s*)+"])
def test_nested_and_ambiguous_repetition_is_refused(pattern):
    assert regex_policy.problem(pattern)


@pytest.mark.parametrize("pattern", [r"(?: R[A-Z]{3,6})+\s*", r"(\d{2})+", "(x?y)+",
                                     r"(?:,\s*\w+)*", "a+b+",
                                     r"(?:SIPDIS|SENSITIVE|STADIS)(?:[ ,/]+(?:SIPDIS|STADIS))*",
                                     r".*\bEYES ONLY"])
def test_separated_and_single_repetition_is_allowed(pattern):
    assert regex_policy.problem(pattern) is None


def test_every_built_in_regex_passes_the_policy():
    checked = 0
    for rule in load_rules(registry()):
        kind = registry().check_kinds[rule.check]
        regexes = pack_validation.marked_strings(kind.params_schema, rule.params, "/params",
                                                 pack_validation.is_regex)
        for pointer, pattern, _ in regexes:
            assert regex_policy.problem(pattern) is None, (rule.id, pointer, pattern)
            checked += 1
    assert checked > 30


def test_a_pack_with_a_nested_quantifier_is_refused_naming_pack_rule_and_pointer(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    text = RULE.format(target="subject", params="{regex: '^(\\w+\\s?)+$'}")
    with pytest.raises(
        RulePackError,
        match=r"broken\.yaml: rule XX001: /rules/0/params/regex: regex "
        r"'\^\(\\\\w\+\\\\s\?\)\+\$' refused: nested repetition",
    ) as caught:
        load_rules(_registry_with_pack(tmp_path, text))
    assert caught.value.exit_code == 2 and "\n" not in str(caught.value)


# -- the rule cache --------------------------------------------------------------------------------

@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(folder))
    fresh = load_rules(registry())
    (path,) = folder.glob("rules-*.json")
    return folder, path, fresh


def _rewrite(path, change, checksum=True) -> None:
    entry = json.loads(path.read_text(encoding="utf-8"))
    change(entry)
    if checksum and isinstance(entry, dict):
        entry["checksum"] = rule_cache.checksum(entry["rules"])
    path.write_text(json.dumps(entry), encoding="utf-8")


def _cl129(entry) -> dict:
    return next(rule for rule in entry["rules"] if rule["id"] == "CL129")


@pytest.mark.parametrize("change, checksum", [
    # {} in place of the entry
    (lambda entry: entry.clear(), False),
    (lambda entry: entry["rules"].clear(), True),                           # no rules at all
    (lambda entry: entry["rules"].append({"id": "CL129"}), True),           # a malformed entry
    # a pack that does not exist
    (lambda entry: entry["rules"][0].update(pack_index=99), True),
    (lambda entry: entry["rules"].append({**entry["rules"][0], "id": "ZZ999", "name": "planted"}),
     True),
    # planted, checksum not updated
    (lambda entry: _cl129(entry)["params"].update(regex="X"), False),
    # planted, checksum updated
    (lambda entry: _cl129(entry)["params"].update(regex="(X+)+$"), True),
    (lambda entry: entry["packs"].reverse(), True),                        # made from other packs
])
def test_a_tampered_cache_is_a_miss(cache, change, checksum):
    folder, path, fresh = cache
    _rewrite(path, change, checksum)
    assert load_rules(registry()) == fresh
    assert json.loads(path.read_text(encoding="utf-8"))["checksum"]      # rewritten from the packs


def test_a_consistent_trusted_cache_is_used(cache, monkeypatch):
    folder, path, fresh = cache
    monkeypatch.setattr(ruleset, "validated_pack",
                        lambda *args: pytest.fail("the cache was not used"))
    assert load_rules(registry()) == fresh


def test_a_cache_overwritten_with_an_empty_list_is_a_miss(cache):
    folder, path, fresh = cache
    path.write_text("[]", encoding="utf-8")
    assert load_rules(registry()) == fresh


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
@pytest.mark.parametrize("target", ["folder", "file"])
def test_a_cache_others_may_write_to_is_not_used(cache, target):
    folder, path, fresh = cache
    _rewrite(path, lambda entry: _cl129(entry).update(message="planted message"))
    (folder if target == "folder" else path).chmod(0o777 if target == "folder" else 0o666)
    rules = load_rules(registry())
    assert rules == fresh and "planted message" not in {rule.message for rule in rules}
    if target == "folder":          # nothing is written there either
        assert "planted message" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="changing a file's owner needs root")
def test_a_cache_file_owned_by_another_user_is_not_used(cache):
    folder, path, fresh = cache
    _rewrite(path, lambda entry: _cl129(entry).update(message="planted message"))
    os.chown(path, 54321, -1)
    assert "planted message" not in {rule.message for rule in load_rules(registry())}


def test_the_cache_file_is_private(cache):
    folder, path, _ = cache
    if hasattr(os, "geteuid"):
        assert path.stat().st_mode & 0o077 == 0 and folder.stat().st_mode & 0o077 == 0


# -- bounded output --------------------------------------------------------------------------------

def _finding(line: int) -> Diagnostic:
    return Diagnostic("XX001", "a-rule", Severity.WARNING, f"finding {line}", "x.txt", line, 1,
                      line, 2)


def test_one_rule_reports_at_most_the_cap_then_one_finding_counting_the_rest():
    findings = [_finding(line) for line in range(250, 0, -1)]
    kept = capped(findings)
    assert len(kept) == MAX_FINDINGS_PER_RULE + 1 == 101
    assert [d.line for d in kept[:100]] == list(range(1, 101))
    assert kept[100].line == 101 and kept[100].rule_id == "XX001"
    assert kept[100].message == ("150 more findings of this rule in this file are not shown "
                                 "(at most 100 per rule and file)")
    assert capped(findings[:100]) == findings[:100]


def test_findings_a_check_counted_but_did_not_build_count_into_the_summary():
    findings = [_finding(line) for line in range(1, 251)]
    assert capped([*findings[:101], Unbuilt(149)]) == capped(findings)
    assert capped([*findings[:60], Unbuilt(0)]) == findings[:60]


def test_repeated_tags_past_the_cap_are_counted_exactly_and_the_first_ones_shown():
    text = TEMPLATE.replace(
        "TAGS: PGOV PREL KZ", "TAGS: " + "PGOV PREL KZ\n      " * 120 + "PGOV"
    ).replace("{}", "")
    found = [d for d in lint_text(text, "tags.txt", ALL) if d.rule_id == "CL055"]
    tags_line = text.splitlines().index("TAGS: PGOV PREL KZ") + 1
    assert len(found) == MAX_FINDINGS_PER_RULE + 1
    assert [(d.line, d.column) for d in found[:4]] == [(tags_line + 1, 7), (tags_line + 1, 12),
                                                       (tags_line + 1, 17),
                                                       (tags_line + 2, 7)]
    assert found[0].message == f"TAG 'PGOV' repeats the one on line {tags_line}"
    assert (found[100].line, found[100].column) == (tags_line + 34, 12)   # the 101st repeat
    assert found[100].message.startswith(f"{120 * 3 + 1 - 3 - 100} more findings of this rule")


def test_a_damaged_tags_line_gives_a_bounded_report():
    found = lint_text(hostile_inputs(40_000)["TAGS run-on"], "tags.txt", ALL)
    by_rule: dict[str, int] = {}
    for finding in found:
        by_rule[finding.rule_id] = by_rule.get(finding.rule_id, 0) + 1
    assert max(by_rule.values()) == MAX_FINDINGS_PER_RULE + 1
    assert any("more findings of this rule in this file are not shown" in d.message for d in found)


# -- a TAGS run-on is held as numbers, and linted without a Python call per token ------------------

RUN_ON_TAGS = [
    # valid and repeated: CL055 past its cap
    "PGOV PREL KZ " * 2_000,
    # unknown, correctable, a phrase, odd gaps
    "PGOV XQZT POGOV HUMAN RIGHTS  KZ\u00a0RU " * 1_000,
    "PGOV PREL " * 1_000 + "SUBJ: KZ",                              # a SUBJECT label run into it
]


@pytest.mark.parametrize("tags", RUN_ON_TAGS)
def test_a_long_tags_line_has_the_findings_and_tokens_of_the_short_path(tags, monkeypatch):
    from cablelint.document import TagTokens
    from cablelint.engine import read_cable
    from cablelint.parsing import tags as tags_parser
    text = TEMPLATE.replace("TAGS: PGOV PREL KZ",
                            f"TAGS: {tags}\n[PGOV](#), KZ, UNGA").replace("{}", "")
    lazy_tags, lazy = (read_cable(text, "run-on.txt")[0].tags.tags,
                       lint_text(text, "run-on.txt", ALL))
    monkeypatch.setattr(tags_parser, "LONG_TAGS_LINE", 10 ** 9)
    eager_tags, eager = (read_cable(text, "run-on.txt")[0].tags.tags,
                         lint_text(text, "run-on.txt", ALL))
    assert isinstance(lazy_tags, TagTokens) and isinstance(eager_tags, tuple)
    assert lazy_tags == eager_tags and lazy == eager


def test_a_tags_run_on_costs_no_python_call_per_token():
    text = hostile_inputs(400_000)["TAGS run-on"]
    tokens = 3 * text.count(" PREL ")              # each Tag, Span and Node
                                                   # made costs a call or more
    assert calls_to_lint(text) < tokens / 2
