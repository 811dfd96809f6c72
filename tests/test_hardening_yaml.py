"""YAML and configuration text: alias bombs refused before they expand, duplicate keys and text that is not
UTF-8 are configuration errors naming the file, YAML errors keep line, column and the problem."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT, registry
from test_config import run
from test_packs import RULE, _registry_with_pack
from cablelint import safe_yaml
from cablelint.errors import ConfigError, RulePackError
from cablelint.ruleset import load_rules


def billion_laughs(levels: int = 9) -> str:
    """The classic bomb: each level is a list of ten aliases of the one before (10**levels leaves)."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def python_calls(action) -> int:
    """The number of Python function calls `action()` makes: a deterministic measure of its work."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        action()
    except (ConfigError, RulePackError):
        pass
    finally:
        sys.setprofile(None)
    return calls


def test_the_bomb_is_small_and_refused_within_a_tiny_fraction_of_its_size():
    bomb = billion_laughs().encode()
    assert len(bomb) < 700
    with pytest.raises(ConfigError,
                       match=r"^bomb\.yaml: refused: more than 100,000 YAML nodes once aliases "
                                          r"are expanded \(line \d+; an alias bomb\?\)$"):
        safe_yaml.load(bomb, "bomb.yaml", ConfigError)
    # 10**9 nodes expanded; refusing it takes a few calls per composed node (about 200 of them)
    assert python_calls(lambda: safe_yaml.load(bomb, "bomb.yaml", ConfigError)) < 5_000


def test_a_bomb_as_configuration_is_exit_2_in_one_line(tmp_path):
    (tmp_path / ".cablelint.yaml").write_text(billion_laughs(), encoding="utf-8")
    (tmp_path / "cable.txt").write_text("x\n", encoding="utf-8")
    code, out, err = run(tmp_path, "cable.txt")
    assert code == 2 and out == ""
    assert err.startswith("cablelint: error: ") and len(err.splitlines()) == 1
    assert ".cablelint.yaml: refused: more than 100,000 YAML nodes" in err


def test_a_bomb_in_a_plugin_rule_pack_is_a_pack_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(RulePackError, match=r"broken\.yaml: refused: more than 100,000 YAML nodes"):
        load_rules(_registry_with_pack(tmp_path, billion_laughs()))


def test_a_recursive_alias_is_refused():
    with pytest.raises(ConfigError, match=r"^x\.yaml: refused: recursive YAML alias at line 1$"):
        safe_yaml.load(b"a: &a [1, *a]\n", "x.yaml", ConfigError)


def test_legitimate_aliases_are_kept_and_counted_as_expanded():
    text = b"base: &b [1, 2, 3]\none: *b\ntwo: {x: *b}\nmerged: {<<: {k: 1}, j: 2}\n"
    assert safe_yaml.load(text, "x.yaml", ConfigError) == {
        "base": [1, 2, 3], "one": [1, 2, 3], "two": {"x": [1, 2, 3]}, "merged": {"k": 1, "j": 2}}


def test_the_built_in_packs_are_far_below_the_alias_limit():
    # tags.yaml shares its tag patterns by alias; every built-in pack must stay 50 times below the
    # limit (rules/mirror.yaml, the largest, has about 1,000 nodes with its examples)
    for pack in sorted((ROOT / "rules").glob("*.yaml")):
        safe_yaml.load(pack.read_bytes(), str(pack), RulePackError)
    limit = safe_yaml.MAX_EXPANDED_NODES
    try:
        safe_yaml.MAX_EXPANDED_NODES = limit // 50
        assert load_rules(registry())
        for pack in sorted((ROOT / "rules").glob("*.yaml")):
            safe_yaml.load(pack.read_bytes(), str(pack), RulePackError)
    finally:
        safe_yaml.MAX_EXPANDED_NODES = limit


def test_duplicate_keys_in_the_configuration_name_file_and_lines(tmp_path):
    (tmp_path / ".cablelint.yaml").write_text("select: [CL090]\nignore: [CL096]\nselect: [ALL]\n",
                                              encoding="utf-8")
    (tmp_path / "cable.txt").write_text("x\n", encoding="utf-8")
    code, _, err = run(tmp_path, "cable.txt")
    assert code == 2
    assert err.startswith("cablelint: error: ") and len(err.splitlines()) == 1
    assert err.endswith(".cablelint.yaml: line 3, column 1: duplicate key 'select' (first at line "
                        "1)\n")


def test_duplicate_keys_in_a_nested_mapping_and_in_a_rule_pack(tmp_path, monkeypatch):
    with pytest.raises(ConfigError,
                       match=r"line 2, column 25: duplicate key 'CL090' \(first at line 2\)"):
        safe_yaml.load(b"select: [ALL]\nseverity: {CL090: info, CL090: error}\n", "c.yaml",
                       ConfigError)
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    pack = RULE.format(target="banner", params="{}").replace("    message:",
                                                                            "    name: b\n    "
                                                                            "message:")
    with pytest.raises(RulePackError,
                       match=r"broken\.yaml: line 9, column 5: duplicate key 'name' \(first at "
                             r"line 4\)"):
        load_rules(_registry_with_pack(tmp_path, pack))


@pytest.mark.parametrize("data, problem", [
    (b"\x7fELF\x02\x01\x01\x00\x00", "is binary (it holds NUL bytes), not UTF-8 text"),
    ("select: [CL090]\n".encode("utf-16"), "is UTF-16; save it as UTF-8"),
    (b"select: [CL090]\n# caf\xe9\n", "not UTF-8: byte 0xe9 at line 2, column 6"),
])
@pytest.mark.parametrize("name", [".cablelint.yaml", "pyproject.toml"])
def test_configuration_that_is_not_utf8_is_exit_2_naming_the_file(tmp_path, data, problem, name):
    if name == "pyproject.toml":
        utf16 = "select: [CL090]".encode("utf-16")[2:], "[tool.cablelint]".encode("utf-16")[2:]
        data = data.replace(b"select: [CL090]", b"[tool.cablelint]").replace(*utf16)
    (tmp_path / name).write_bytes(data)
    (tmp_path / "cable.txt").write_text("x\n", encoding="utf-8")
    code, out, err = run(tmp_path, "--config", name, "cable.txt")
    assert (code, out) == (2, "")
    assert err == f"cablelint: error: {name}: {problem}\n"


def test_a_utf8_bom_is_accepted():
    assert safe_yaml.load(b"\xef\xbb\xbfselect: [CL090]\n", "c.yaml", ConfigError) \
        == {"select": ["CL090"]}


@pytest.mark.parametrize("text, message", [
    ("select: [CL090\n", "line 2, column 1: did not find expected ',' or ']' (while parsing a flow "
                         "sequence at line 1)"),
    ("select: [CL090]\n  ignore: x\n",
     "line 2, column 3: did not find expected key (while parsing a block mapping at line 1)"),
    ("a: 'x\n", "line 2, column 1: found unexpected end of stream"),
])
def test_yaml_errors_keep_line_column_and_problem(tmp_path, text, message):
    (tmp_path / ".cablelint.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "cable.txt").write_text("x\n", encoding="utf-8")
    code, _, err = run(tmp_path, "cable.txt")
    assert code == 2 and err.startswith("cablelint: error: ") and len(err.splitlines()) == 1
    assert f".cablelint.yaml: not valid YAML: {message}" in err
