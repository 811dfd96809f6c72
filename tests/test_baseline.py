"""Baselines: --write-baseline records the findings, --baseline (or config `baseline`) hides them; the
fingerprint survives lines inserted elsewhere; stale entries are counted, not failing."""

from __future__ import annotations

import json

import jsonschema
import pytest

from cablelint.diagnostic import Diagnostic, Severity
from cablelint.fingerprint import fingerprints
from cables import HEADER
from conftest import ROOT
from conftest import run_in as run

GAP = HEADER + "1. (C) One.\n\n3. (C) Three.\n\n5. (C) Five.\n\nORDWAY\n"     # CL090 on 3. and 5.


@pytest.fixture
def project(tmp_path):
    (tmp_path / "cables").mkdir()
    (tmp_path / "cables" / "gap.txt").write_text(GAP, encoding="utf-8")
    (tmp_path / ".cablelint.yaml").write_text("select: [CL090]\n", encoding="utf-8")
    return tmp_path


def d(rule: str, line: int, end_line: int | None = None, end_column: int = 5) -> Diagnostic:
    return Diagnostic(rule, "r", Severity.WARNING, "m", "p", line, 1, end_line or line, end_column)


def test_fingerprint_ignores_the_line_number_and_counts_repeats():
    before = fingerprints([d("CL090", 2), d("CL090", 3)], "x\nsame  text\nsame text\n")
    after = fingerprints([d("CL090", 4), d("CL090", 5)], "x\nnew\nline\nsame text\nsame   text\n")
    assert before == after and before[0] != before[1]
    assert fingerprints([d("CL090", 2)], "x\nedited text\n") != before[:1]
    assert fingerprints([d("CL091", 2)], "x\nsame text\n") != before[:1]


def test_fingerprint_of_a_span_ending_at_column_1_takes_only_its_lines():
    assert fingerprints([d("CL090", 1, 2, 1)], "a\nb\n") \
        == fingerprints([d("CL090", 1)], "a\nother\n")


def test_write_then_lint_with_the_baseline_is_clean_and_written_twice_the_same(project):
    code, out, err = run(project, "--write-baseline", "baseline.json", "cables")
    assert (code, out) == (0, "")
    assert "2 findings in 1 file recorded in baseline.json" in err
    first = (project / "baseline.json").read_bytes()
    run(project, "--write-baseline", "baseline.json", "cables")
    assert (project / "baseline.json").read_bytes() == first
    data = json.loads(first)
    schema = json.loads((ROOT / "schemas" / "baseline.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert list(data["files"]) == ["cables/gap.txt"] and data["version"] == 1
    assert [e["rule"] for e in data["files"]["cables/gap.txt"]] == ["CL090", "CL090"]
    assert run(project, "--baseline", "baseline.json", "cables") == (
        0, "", "0 findings in 1 file; 2 hidden by the baseline\n")


def test_baseline_survives_inserted_lines_and_shows_new_and_edited_findings(project):
    run(project, "--write-baseline", "baseline.json", "cables")
    cable = project / "cables" / "gap.txt"
    cable.write_text(GAP.replace("1. (C) One.\n", "1. (C) One.\n\nA NEW LINE\n"), encoding="utf-8")
    assert run(project, "--baseline", "baseline.json", "cables")[0] == 0
    cable.write_text(GAP.replace("5. (C) Five.", "5. (C) Five, edited.") + "\n7. (C) Seven.\n",
                     encoding="utf-8")
    code, out, err = run(project, "--baseline", "baseline.json", "--show-stale", "cables")
    assert code == 1
    assert [line.split(":")[1] for line in out.splitlines()] == [str(HEADER.count("\n") + 5),
                                                                 str(HEADER.count("\n") + 9)]
    assert "cables/gap.txt: CL090 Paragraph 5 where 4 was expected (stale baseline entry" in err
    assert "1 baseline entry is stale; rewrite with --write-baseline" in err


def test_stale_entries_do_not_fail_and_are_counted(project):
    run(project, "--write-baseline", "baseline.json", "cables")
    (project / "cables" / "gap.txt").write_text(GAP.replace("3.", "2.").replace("5.", "3."),
                                                encoding="utf-8")
    code, out, err = run(project, "--baseline", "baseline.json", "cables")
    assert (code, out) == (0, "")
    assert "2 baseline entries are stale; rewrite with --write-baseline" in err
    assert "(stale baseline entry" not in err


def test_config_key_paths_relative_to_the_configuration_folder(project):
    (project / "sub").mkdir()
    run(project, "--write-baseline", "sub/recorded.json", "cables")
    (project / ".cablelint.yaml").write_text("select: [CL090]\nbaseline: sub/recorded.json\n",
                                             encoding="utf-8")
    assert run(project / "cables", "gap.txt")[0] == 0          # run from a subfolder:
                                                               # same relative path
    assert run(project, "--isolated", "--select", "CL090", "cables")[0] == 1


@pytest.mark.parametrize("content, message", [
    ("{", "baseline is not valid JSON"),
    ('{"tool": "cablelint", "version": 1}', "'files' is a required property"),
    ('{"tool": "cablelint", "version": 99, "files": {}}', "baseline version 99 is not 1"),
])
def test_a_bad_baseline_is_one_line_and_exit_2(project, content, message):
    (project / "bad.json").write_text(content, encoding="utf-8")
    code, out, err = run(project, "--baseline", "bad.json", "cables")
    assert code == 2 and message in err and err.startswith("cablelint: error: ")


def test_missing_baseline_is_exit_2(project):
    code, _, err = run(project, "--baseline", "nope.json", "cables")
    assert code == 2 and "nope.json: baseline cannot be read" in err


def test_write_baseline_over_a_cable_is_refused(project):
    cable = project / "cables" / "gap.txt"
    code, _, err = run(project, "--write-baseline", "cables/gap.txt", "cables")
    assert code == 2 and "--write-baseline cables/gap.txt is one of the inputs" in err
    assert cable.read_text(encoding="utf-8") == GAP
