"""Configuration: `.cablelint.yaml` or `[tool.cablelint]`, found from the current folder up, validated
strictly, overridden by command-line flags."""

from __future__ import annotations

import os

import pytest

from cables import GAP, HEADER
from conftest import run_in as run

SPLIT = HEADER + ("1. (C) One of the longest sentences that are cut in\n\ntwo by a blank "
                  "line.\n\nORDWAY\n")


@pytest.fixture
def project(tmp_path):
    (tmp_path / "cables").mkdir()
    (tmp_path / "cables" / "gap.txt").write_text(GAP, encoding="utf-8")
    (tmp_path / "cables" / "split.txt").write_text(SPLIT, encoding="utf-8")
    return tmp_path


def rules_in(out: str) -> list[str]:
    return sorted(line.split(": ")[1].split()[0] for line in out.splitlines())


def test_no_configuration_means_defaults(project):
    _, out, _ = run(project, "cables")
    assert rules_in(out) == ["CL090", "CL096"]


def test_yaml_configuration_selects_and_ignores(project):
    (project / ".cablelint.yaml").write_text("select: [CL09]\nignore: [paragraph-split]\n",
                                             encoding="utf-8")
    code, out, _ = run(project, "cables")
    assert code == 1 and rules_in(out) == ["CL090"]


def test_pyproject_table_is_read_from_a_subfolder(project):
    (project / "pyproject.toml").write_text('[tool.cablelint]\nignore = ["CL090"]\n',
                                            encoding="utf-8")
    _, out, _ = run(project / "cables", ".")
    assert rules_in(out) == ["CL096"]


def test_closest_configuration_wins(project):
    (project / ".cablelint.yaml").write_text("ignore: [CL090]\n", encoding="utf-8")
    (project / "cables" / ".cablelint.yaml").write_text("ignore: [CL096]\n", encoding="utf-8")
    _, out, _ = run(project / "cables", ".")
    assert rules_in(out) == ["CL090"]


def test_command_line_overrides_the_file(project):
    (project / ".cablelint.yaml").write_text("select: [CL096]\n", encoding="utf-8")
    _, out, _ = run(project, "cables", "--select", "CL090")
    assert rules_in(out) == ["CL090"]
    _, out, _ = run(project, "cables", "--isolated")
    assert rules_in(out) == ["CL090", "CL096"]


def test_severity_and_fail_level(project):
    (project / ".cablelint.yaml").write_text("severity: {CL090: info}\nfail-level: warning\n",
                                             encoding="utf-8")
    code, out, _ = run(project, "cables")
    assert code == 0 and rules_in(out) == ["CL090", "CL096"]


def test_per_file_ignores(project):
    (project / ".cablelint.yaml").write_text("per-file-ignores:\n  'cables/gap.txt': [CL09]\n",
                                             encoding="utf-8")
    _, out, _ = run(project, "cables")
    assert rules_in(out) == ["CL096"]


def test_exclude_applies_to_walks_and_with_force_exclude_to_named_files(project):
    (project / ".cablelint.yaml").write_text("exclude: ['cables/split.txt']\n", encoding="utf-8")
    _, out, _ = run(project, "cables")
    assert rules_in(out) == ["CL090"]
    _, out, _ = run(project, "cables/split.txt")
    assert rules_in(out) == ["CL096"]                 # named explicitly: linted
    _, out, err = run(project, "cables/split.txt", "--force-exclude")
    assert out == "" and err.startswith("0 findings in 0 files")


def test_include_globs(project):
    (project / "cables" / "c.cable").write_text(GAP, encoding="utf-8")
    (project / ".cablelint.yaml").write_text("include: ['*.cable']\n", encoding="utf-8")
    _, out, _ = run(project, "cables")
    assert [line.split(":")[0] for line in out.splitlines()] == [os.path.join("cables", "c.cable")]


@pytest.mark.parametrize("text, message", [
    ("selct: [CL090]\n", ".cablelint.yaml: /: unknown setting 'selct' (did you mean 'select'?)"),
    ("severity: {CL090: fatal}\n", ".cablelint.yaml: /severity/CL090: 'fatal' is not one of"),
    ("select: CL090\n", ".cablelint.yaml: /select: 'CL090' is not of type 'array'"),
    ("- a\n", ".cablelint.yaml: /: expected a mapping of settings, found list"),
    ("select: [\n", ".cablelint.yaml: not valid YAML"),
    ("select: []\n", ".cablelint.yaml: /select: [] should be non-empty"),
])
def test_invalid_configuration_is_exit_2_with_file_and_pointer(project, text, message):
    (project / ".cablelint.yaml").write_text(text, encoding="utf-8")
    code, out, err = run(project, "cables")
    assert code == 2 and out == ""
    assert err.startswith("cablelint: error: ") and message in err and len(err.splitlines()) == 1


def test_invalid_pyproject_names_the_table(project):
    (project / "pyproject.toml").write_text('[tool.cablelint]\nignor = ["CL090"]\n',
                                            encoding="utf-8")
    code, _, err = run(project, "cables")
    assert code == 2 and ("pyproject.toml[tool.cablelint]: /: unknown setting 'ignor' (did you "
                          "mean 'ignore'?)") in err


def test_unknown_rule_in_configuration_is_exit_2(project):
    (project / ".cablelint.yaml").write_text("ignore: [CL999]\n", encoding="utf-8")
    code, _, err = run(project, "cables")
    assert code == 2 and ".cablelint.yaml: /ignore/0: no rule matches 'CL999'" in err
    (project / ".cablelint.yaml").write_text("severity: {CL999: error}\n", encoding="utf-8")
    code, _, err = run(project, "cables")
    assert code == 2 and ".cablelint.yaml: /severity/CL999: no rule has this id" in err


def test_explicit_config_file(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("elsewhere") / "lint.yaml"
    other.write_text("select: [CL096]\n", encoding="utf-8")
    _, out, _ = run(project, "cables", "--config", str(other))
    assert rules_in(out) == ["CL096"]
    code, _, err = run(project, "cables", "--config", "missing.yaml")
    assert code == 2 and "missing.yaml: no such configuration file" in err


def test_misspelt_value_gets_a_did_you_mean(project):
    (project / ".cablelint.yaml").write_text("fail-level: warn\n", encoding="utf-8")
    code, _, err = run(project, "cables")
    assert (
        code == 2
        and "/fail-level: 'warn' is not one of" in err
        and "(did you mean 'warning'?)" in err
    )
