"""Rule packs: valid, documented, tested, unique; a broken pack is a one-line error naming where."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT, registry
from cablelint.errors import RulePackError
from cablelint.plugins import Registry
from cablelint.ruleset import load_rules

RULES = load_rules(registry())
def _test_functions() -> list[str]:
    """The source of every test function (and of the parametrize lists above it) in tests/rules."""
    sources = []
    for path in sorted((ROOT / "tests" / "rules").glob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                start = min([node.lineno] + [d.lineno for d in node.decorator_list])
                sources.append("\n".join(text.splitlines()[start - 1:node.end_lineno]))
    return sources


TEST_FUNCTIONS = _test_functions()


def test_ids_and_names_are_unique():
    assert len({r.id for r in RULES}) == len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_help_has_the_three_sections(rule):
    assert re.search(r"## What it does\n.+## Why is this bad\?\n.+## Example\n.+", rule.help, re.S)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_a_firing_and_a_clean_test(rule):
    naming = [source for source in TEST_FUNCTIONS if f'"{rule.id}"' in source]
    clean = [source for source in naming if "== []" in source]
    assert len(naming) >= 2 and clean and len(clean) < len(naming), \
        f"{rule.id}: tests/rules needs a test where it fires and one where it must not ({len(naming)} name it)"


def _registry_with_pack(tmp_path: Path, text: str) -> Registry:
    pack = tmp_path / "broken.yaml"
    pack.write_text(text, encoding="utf-8")
    real = registry()
    return Registry(real.check_kinds, (("test", pack),), real.vocabularies, real.reporters)


RULE = """pack: broken
rules:
  - id: XX001
    name: a-rule
    severity: warning
    check: presence
    target: {target}
    params: {params}
    message: "m"
    help: "## What it does\\nx\\n## Why is this bad?\\ny\\n## Example\\nz"
"""


@pytest.mark.parametrize("target, params, expected", [
    ("banner", "{expect: present}", None),
    ("baner", "{expect: present}", r"rule XX001: /rules/0/target: 'baner' is not one of .* \(did you mean 'banner'\?\)"),
    ("banner", "{expect: present, regx: x}", r"rule XX001: /rules/0/params: Additional properties .* \(did you mean 'regex'\?\)"),
    ("banner", "{expect: maybe}", r"rule XX001: /rules/0/params/expect: 'maybe' is not one of"),
])
def test_pack_validation_names_file_rule_and_pointer(tmp_path, monkeypatch, target, params, expected):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    reg = _registry_with_pack(tmp_path, RULE.format(target=target, params=params))
    if expected is None:
        assert [r.id for r in load_rules(reg)] == ["XX001"]
    else:
        with pytest.raises(RulePackError, match=r"broken\.yaml: " + expected):
            load_rules(reg)


def test_invalid_yaml_is_a_pack_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(RulePackError, match=r"broken\.yaml: not valid YAML"):
        load_rules(_registry_with_pack(tmp_path, "pack: [unclosed\n"))


def test_validated_packs_are_cached_and_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    first = load_rules(registry())
    assert len(list((tmp_path / "cache").glob("rules-*.json"))) == 1
    assert load_rules(registry()) == first


def test_the_cl_prefix_is_reserved_for_cablelint(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    reg = _registry_with_pack(tmp_path, RULE.format(target="banner", params="{expect: present}")
                              .replace("XX001", "CL900"))
    with pytest.raises(RulePackError, match=r"rule CL900: the CL prefix is cablelint's own"):
        load_rules(reg)


@pytest.mark.parametrize("examples, expected", [
    ("{bad: [{banner: ''}], good: [{banner: 'S E C R E T ASTANA 000604'}]}", None),
    ("{bad: [{baner: ''}], good: [{banner: x}]}", r"/rules/0/examples/bad/0: 'baner' is not one of .*"
                                                  r"\(did you mean 'banner'\?\)"),
    ("{bad: [{banner: ''}]}", r"/rules/0/examples: 'good' is a required property"),
    ("{bad: [{text: x, tags: y}], good: [{banner: x}]}", r"/rules/0/examples/bad/0: 'tags' is not one of"),
])
def test_examples_are_validated_with_the_pack(tmp_path, monkeypatch, examples, expected):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    pack = RULE.format(target="banner", params="{expect: present}") + f"    examples: {examples}\n"
    reg = _registry_with_pack(tmp_path, pack)
    if expected is None:
        assert load_rules(reg)[0].examples["good"] == [{"banner": "S E C R E T ASTANA 000604"}]
    else:
        with pytest.raises(RulePackError, match=r"broken\.yaml: rule XX001: " + expected):
            load_rules(reg)
