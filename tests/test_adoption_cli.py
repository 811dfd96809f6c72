"""What a ruff or yamllint user reaches for: --statistics, config / --show-settings, --show-files, extend,
.gitignore-style patterns, severity and --output-format full, did-you-mean, unreadable paths in reports."""

from __future__ import annotations

import json

import jsonschema
import pytest

from cables import GAP, HEADER
from conftest import ROOT
from conftest import run_in as run

LINE = HEADER.count("\n") + 3


@pytest.fixture
def project(tmp_path):
    for folder in ("cables", "cables/drafts", "drafts", "cables/old"):
        (tmp_path / folder).mkdir()
    for name in ("cables/a.txt", "cables/drafts/b.txt", "drafts/c.txt", "cables/old/d.txt"):
        (tmp_path / name).write_text(GAP, encoding="utf-8")
    return tmp_path


def test_statistics_text_and_json_sorted_by_count(tmp_path):
    (tmp_path / "a.txt").write_text(GAP.replace("ORDWAY\n", "ORDWAY  \n"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(GAP, encoding="utf-8")
    code, out, _ = run(tmp_path, "--statistics", "--select", "CL090,CL112", "a.txt", "b.txt")
    assert code == 1
    # [*]: a fix
    assert out == "2  CL090  [ ] paragraph-sequence\n1  CL112  [*] trailing-whitespace\n"
    code, out, _ = run(tmp_path, "--statistics", "--format", "json", "--select", "CL090,CL112",
                       "a.txt", "b.txt")
    assert json.loads(out) == [{"id": "CL090", "name": "paragraph-sequence", "fixable": False,
                                "count": 2},
                               {"id": "CL112", "name": "trailing-whitespace", "fixable": True,
                                "count": 1}]


def test_config_shows_resolved_settings_and_their_origin_through_extend(project):
    (project / "base.yaml").write_text("select: [CL090]\nexclude: [drafts/]\n", encoding="utf-8")
    (project / "cables" / ".cablelint.yaml").write_text('extend: "../base.yaml"\nexclude: [old/]\n',
                                                        encoding="utf-8")
    code, out, _ = run(project / "cables", "config", "--format", "json")
    rows = {row["setting"]: row for row in json.loads(out)}
    assert code == 0
    assert rows["select"]["value"] == ["CL090"] \
        and rows["select"]["origin"] == str(project / "base.yaml")
    assert rows["exclude"]["value"] == ["old/"]
    assert rows["exclude"]["origin"] == str(project / "cables" / ".cablelint.yaml")
    assert rows["fail-level"] == {"setting": "fail-level", "value": "info", "origin": "default"}
    assert rows["rules"]["value"] == ["CL090"]
    code, out, _ = run(project / "cables", "--show-settings", "--ignore", "CL090")
    assert code == 0 and 'ignore            = ["CL090"]  # command line' in out


def test_extend_cycle_is_an_error(project):
    (project / ".cablelint.yaml").write_text("extend: other.yaml\n", encoding="utf-8")
    (project / "other.yaml").write_text("extend: .cablelint.yaml\n", encoding="utf-8")
    code, _, err = run(project, "cables")
    assert code == 2 and "extend each other in a cycle" in err and err.count("\n") == 1


def test_extend_of_a_missing_file_is_an_error(project):
    (project / ".cablelint.yaml").write_text("extend: nowhere.yaml\n", encoding="utf-8")
    code, _, err = run(project, "cables")
    assert code == 2 and "/extend: no such configuration file" in err


def test_exclude_folder_pattern_matches_at_any_depth(project):
    (project / ".cablelint.yaml").write_text("exclude: [drafts/]\n", encoding="utf-8")
    code, out, _ = run(project, "--show-files", ".")
    assert code == 0
    assert out.split() == ["./cables/a.txt", "./cables/old/d.txt"]


def test_gitignore_is_honoured_unless_turned_off(project):
    (project / ".git").mkdir()
    (project / ".gitignore").write_text("old/\n", encoding="utf-8")
    (project / "cables" / ".gitignore").write_text("drafts/\n*.txt\n!keep.txt\n", encoding="utf-8")
    (project / "cables" / "keep.txt").write_text(GAP, encoding="utf-8")
    assert run(project, "--show-files", ".")[1].split() == ["./cables/keep.txt", "./drafts/c.txt"]
    # the root's .gitignore too
    assert run(project / "cables", "--show-files", ".")[1].split() == ["./keep.txt"]
    assert len(run(project, "--show-files", "--no-respect-gitignore", ".")[1].split()) == 5


def test_per_file_ignores_use_gitignore_patterns(project):
    (project / ".cablelint.yaml").write_text("select: [CL090]\nper-file-ignores:\n  drafts/: "
                                             "[CL090]\n",
                                             encoding="utf-8")
    code, out, _ = run(project, ".")
    assert sorted(line.split(":")[0] for line in out.splitlines()) \
        == ["./cables/a.txt", "./cables/old/d.txt"]


def test_text_names_the_severity_and_full_shows_the_line_with_carets(tmp_path):
    (tmp_path / "a.txt").write_text(GAP, encoding="utf-8")
    code, out, _ = run(tmp_path, "--select", "CL090", "a.txt")
    assert out == (f"a.txt:{LINE}:1: CL090 [paragraph-sequence] warning: Paragraph 3 where 2 was "
                   f"expected\n")
    code, full, _ = run(tmp_path, "--select", "CL090", "--output-format", "full", "a.txt")
    gutter = " " * len(str(LINE))
    assert full == out + f"{gutter} |\n{LINE} | 3. (C) Three.\n{gutter} | ^\n{gutter} |\n"
    assert run(tmp_path, "--select", "CL090", "--output-format", "concise", "a.txt")[1] == out
    assert json.loads(run(tmp_path, "--select", "CL090", "--output-format", "json",
                          "a.txt")[1])["diagnostics"]


def test_format_and_output_format_must_agree(tmp_path):
    (tmp_path / "a.txt").write_text(GAP, encoding="utf-8")
    code, _, err = run(tmp_path, "--format", "json", "--output-format", "sarif", "a.txt")
    assert code == 2 and "disagree" in err
    code, _, err = run(tmp_path, "--format", "json", "--output-format", "full", "a.txt")
    assert code == 2 and "style of text output" in err


@pytest.mark.parametrize("args, hint", [
    (["--select", "CL9O", "a.txt"], "no rule matches 'CL9O' (did you mean 'CL090'?)"),
    (["--format", "sarf", "a.txt"], "unknown format 'sarf' (did you mean 'sarif'?)"),
    (["--output-format", "ful", "a.txt"], "unknown format 'ful' (did you mean 'full'?)"),
    (["rule", "CL9O1"], "no rule 'CL9O1' (did you mean 'CL091'?)"),
    (["rule", "paragraph-sequense"], "(did you mean 'paragraph-sequence'?)"),
])
def test_typos_get_a_did_you_mean(tmp_path, args, hint):
    (tmp_path / "a.txt").write_text(GAP, encoding="utf-8")
    code, _, err = run(tmp_path, *args)
    assert code == 2 and hint in err and err.count("\n") == 1


def test_typo_in_the_configuration_gets_a_did_you_mean(tmp_path):
    (tmp_path / ".cablelint.yaml").write_text("ignore: [CL9O]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(GAP, encoding="utf-8")
    code, _, err = run(tmp_path, "a.txt")
    assert code == 2 and "/ignore/0: no rule matches 'CL9O' (did you mean 'CL090'?)" in err


def test_json_and_sarif_record_the_paths_that_could_not_be_read(tmp_path):
    (tmp_path / "a.txt").write_text(GAP, encoding="utf-8")
    code, out, _ = run(tmp_path, "--format", "json", "a.txt", "missing.txt")
    report = json.loads(out)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert code == 2 and report["unreadable"] == [{"path": "missing.txt",
                                                   "message": "missing.txt: no such file or "
                                                              "directory"}]
    code, out, _ = run(tmp_path, "--format", "sarif", "a.txt", "missing.txt")
    (invocation,) = json.loads(out)["runs"][0]["invocations"]
    assert code == 2 and invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == ("missing.txt: no such file or "
                                                                    "directory")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.txt"
    code, out, _ = run(tmp_path, "--format", "json", "a.txt")
    assert json.loads(out)["unreadable"] == []


def test_show_files_names_an_unusable_path_and_exits_2(tmp_path):
    code, out, err = run(tmp_path, "--show-files", "missing.txt")
    assert (code, out) == (2, "") and "missing.txt: no such file or directory" in err


def test_pyproject_extends_a_yaml_configuration_and_names_its_baseline(project):
    (project / ".cablelint.yaml").write_text("select: [CL090]\nfail-level: warning\n",
                                             encoding="utf-8")
    (project / "cables" / "pyproject.toml").write_text(
        '[tool.cablelint]\nextend = "../.cablelint.yaml"\nbaseline = "base.json"\nfail-level = '
        '"error"\n',
        encoding="utf-8")
    code, out, _ = run(project / "cables", "config", "--format", "json")
    rows = {row["setting"]: row for row in json.loads(out)}
    assert rows["baseline"]["value"] == str(project / "cables" / "base.json")
    assert rows["fail-level"]["value"] == "error"
    assert rows["fail-level"]["origin"] == str(project / "cables" / "pyproject.toml")
    assert rows["select"]["origin"] == str(project / ".cablelint.yaml")
