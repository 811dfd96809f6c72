"""Rule packs: valid, documented, tested, unique; a broken pack is a one-line error naming where."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
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
    assert (
        len(naming) >= 2 and clean and len(clean) < len(naming)
    ), (f"{rule.id}: tests/rules needs a test where it fires and one where it must not "
        f"({len(naming)} name it)")


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
    check: required
    target: {target}
    params: {params}
    message: "m"
    help: "## What it does\\nx\\n## Why is this bad?\\ny\\n## Example\\nz"
"""


@pytest.mark.parametrize("target, params, expected", [
    ("banner", "{}", None),
    ("baner", "{}", r"rule XX001: /rules/0/target: 'baner' is not one of .* \(did you mean "
                    r"'banner'\?\)"),
    ("banner", "{regx: x}", r"rule XX001: /rules/0/params: Additional properties .* \(did you mean "
                            r"'regex'\?\)"),
    ("banner", "{in: 5}", r"rule XX001: /rules/0/params/in: 5 is not of type 'array'"),
])
def test_pack_validation_names_file_rule_and_pointer(tmp_path, monkeypatch, target, params,
                                                     expected):
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
    reg = _registry_with_pack(tmp_path, RULE.format(target="banner", params="{}")
                              .replace("XX001", "CL900"))
    with pytest.raises(RulePackError, match=r"rule CL900: the CL prefix is cablelint's own"):
        load_rules(reg)


@pytest.mark.parametrize("examples, expected", [
    ("{bad: [{banner: ''}], good: [{banner: 'S E C R E T ASTANA 000604'}]}", None),
    ("{bad: [{baner: ''}], good: [{banner: x}]}",
     r"/rules/0/examples/bad/0: 'baner' is not one of .*"
                                                  r"\(did you mean 'banner'\?\)"),
    ("{bad: [{banner: ''}]}", r"/rules/0/examples: 'good' is a required property"),
    ("{bad: [{text: x, tags: y}], good: [{banner: x}]}",
     r"/rules/0/examples/bad/0: 'tags' is not one of"),
])
def test_examples_are_validated_with_the_pack(tmp_path, monkeypatch, examples, expected):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    pack = RULE.format(target="banner", params="{}") + f"    examples: {examples}\n"
    reg = _registry_with_pack(tmp_path, pack)
    if expected is None:
        assert load_rules(reg)[0].examples["good"] == [{"banner": "S E C R E T ASTANA 000604"}]
    else:
        with pytest.raises(RulePackError, match=r"broken\.yaml: rule XX001: " + expected):
            load_rules(reg)


def _one_rule(check: str, params: str, message: str = "m", target: str = "banner") -> str:
    return RULE.format(target=target, params=params).replace("check: required", f"check: {check}") \
        .replace('message: "m"', f"message: {json.dumps(message)}")


@pytest.mark.parametrize("check, params, replacement", [
    ("presence", "{expect: present}", "write 'check: required' and drop 'expect: present'"),
    ("presence", "{expect: absent, regex: x}",
     "write 'check: forbidden' and drop 'expect: absent'"),
    ("presence", "{}", "write 'check: required' (expect: present) or 'check: forbidden' "
                       "(expect: absent) and drop 'expect'"),
    ("station", "{compare: originator}",
     "write 'check: originator_of_post' and drop 'compare: originator'"),
    ("station", "{compare: routing_indicator}",
     "write 'check: routing_indicator_of_post' and drop 'compare: routing_indicator'"),
    ("era", "{judge: form}", "write 'check: eo_line_form' and drop 'judge: form'"),
    ("sequence", "{}", "write 'check: paragraph_numbering'"),
    ("series", "{alphabet: letters}", "write 'check: enumeration'"),
    ("agreement", "{}", "write 'check: all_equal'"),
    ("consistency", "{other: banner}", "write 'check: agrees_with'"),
])
def test_an_old_check_kind_name_is_a_pack_error_naming_its_replacement(tmp_path, monkeypatch, check,
                                                                         params, replacement):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    reg = _registry_with_pack(tmp_path, _one_rule(check, params))
    with pytest.raises(RulePackError) as caught:
        load_rules(reg)
    assert str(caught.value) == (f"{tmp_path / 'broken.yaml'}: rule XX001: /rules/0/check: "
                                 f"check kind '{check}' was renamed: {replacement}")
    assert caught.value.exit_code == 2


PLUGIN = """from pathlib import Path
from cablelint.hookspecs import hookimpl


@hookimpl
def cablelint_rule_packs():
    return [Path(__file__).with_name('old.yaml')]
"""


def test_an_old_kind_name_in_a_plugin_pack_is_exit_2_and_one_line(tmp_path):
    site = tmp_path / "site"
    (site / "oldpack").mkdir(parents=True)
    (site / "oldpack" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    pack = site / "oldpack" / "old.yaml"
    pack.write_text(_one_rule("presence", "{expect: absent}"), encoding="utf-8")
    dist = site / "oldpack-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: oldpack\nVersion: 1.0\n",
                                   encoding="utf-8")
    (dist / "entry_points.txt").write_text("[cablelint]\nold = oldpack\n", encoding="utf-8")
    (tmp_path / "cable.txt").write_text("x\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(site)]),
           "CABLELINT_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-m", "cablelint", "cable.txt"], capture_output=True,
                          text=True, cwd=tmp_path, env=env)
    assert proc.returncode == 2
    assert proc.stderr == (f"cablelint: error: {pack}: rule XX001: /rules/0/check: check kind "
                           f"'presence' was renamed: write 'check: forbidden' and drop "
                           f"'expect: absent'\n")


def test_a_plugin_kind_may_take_a_name_cablelint_gave_up(tmp_path, monkeypatch):
    from cablelint.checks.forbidden import Forbidden

    class Series(Forbidden):
        name = "series"

    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    pack = _registry_with_pack(tmp_path, _one_rule("series", "{}"))
    reg = Registry({**pack.check_kinds, "series": Series}, pack.rule_packs, pack.vocabularies,
                   pack.reporters)
    assert [(r.id, r.check) for r in load_rules(reg)] == [("XX001", "series")]


@pytest.mark.parametrize("check, params, message, expected", [
    ("forbidden", "{}", "Banner '{valeu}'",
     r"/rules/0/message: placeholder '\{valeu\}' is not filled by this check "
     r"\(it fills: \{value\}\) \(did you mean 'value'\?\)$"),
    ("required", "{}", "No {value}",
     r"/rules/0/message: placeholder '\{value\}' is not filled by this check \(it fills: none\)$"),
    ("forbidden", "{}", "Banner {value",
     r"/rules/0/message: message 'Banner \{value' is not a template: .*"
     r"\(write '\{\{' and '\}\}' for braces\)$"),
    ("forbidden", "{}", "Banner {}",
     r"/rules/0/message: placeholder '\{\}' is not filled by this check"),
    ("implies", "{clauses: [{if: [banner], then: [tags], message: 'No TAGS after {vaule}'}]}", "m",
     r"/rules/0/params/clauses/0/message: placeholder '\{vaule\}' is not filled by this check "
     r"\(it fills: \{value\}\) \(did you mean 'value'\?\)$"),
    ("paragraph_numbering", "{run_in: 'Paragraph {found} run into {expected}'}", "{found}",
     r"/rules/0/params/run_in: placeholder '\{expected\}' is not filled by this check "
     r"\(it fills: \{found\}, \{previous\}\)$"),
    ("same_text", "{other: subject, problems: {empty: 'is empty', differs: 'differs from {othr}'}}",
     "{problem}", r"/rules/0/params/problems/differs: placeholder '\{othr\}' is not filled by this "
                  r"check \(it fills: \{other\}\) \(did you mean 'other'\?\)$"),
])
def test_a_message_placeholder_the_kind_does_not_fill_is_a_pack_error(tmp_path, monkeypatch, check,
                                                                       params, message, expected):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    reg = _registry_with_pack(tmp_path, _one_rule(check, params, message))
    with pytest.raises(RulePackError, match=r"broken\.yaml: rule XX001: " + expected):
        load_rules(reg)


def test_a_placeholder_an_overrides_message_does_not_get_is_a_pack_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    worded = _one_rule("required", "{}").replace(
        'message: "m"', 'message: "m"\n    overrides: [{when: {flattened: true}, message: "No {value}"}]')
    with pytest.raises(RulePackError, match=r"broken\.yaml: rule XX001: /rules/0/overrides/0/message: "
                                            r"placeholder '\{value\}' is not filled"):
        load_rules(_registry_with_pack(tmp_path, worded))


@pytest.mark.parametrize("message", ["Banner '{value}' and {{braces}}", "Banner {value!r:>10}",
                                     "{value[0]}"])
def test_placeholders_the_kind_fills_load(tmp_path, monkeypatch, message):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    reg = _registry_with_pack(tmp_path, _one_rule("forbidden", "{}", message))
    assert [r.message for r in load_rules(reg)] == [message]


LINE_PATTERN_RULE = """pack: broken
rules:
  - id: XX001
    name: a-rule
    severity: warning
    check: line_pattern
    params: {params}
    message: "m"
    help: "## What it does\\nx\\n## Why is this bad?\\ny\\n## Example\\nz"
"""


@pytest.mark.parametrize("params, expected", [
    ("{regex: x, requires: [x], requires_on_line: true, lead: ''}", None),
    ("{regex: x, requires: [x], lead: ''}", r"'requires_on_line' is a dependency of 'lead'"),
    ("{regex: x, requires_on_line: true}", r"'requires' is a dependency of 'requires_on_line'"),
])
def test_a_line_pattern_promise_needs_the_literals_it_is_made_about(tmp_path, monkeypatch, params,
                                                                    expected):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    reg = _registry_with_pack(tmp_path, LINE_PATTERN_RULE.format(params=params))
    if expected is None:
        assert [r.id for r in load_rules(reg)] == ["XX001"]
    else:
        with pytest.raises(RulePackError, match=r"broken\.yaml: rule XX001: .*" + expected):
            load_rules(reg)
