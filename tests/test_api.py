"""The public Python API, as the README shows it: its code block runs as written."""

from __future__ import annotations

import os
import re

import pytest

import cablelint
from cablelint.errors import CablelintError
from cables import HEADER
from conftest import ROOT


def readme_block(language: str, after: str) -> str:
    """The first ```language block of the README after the heading `after`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(rf"{re.escape(after)}\n.*?```{language}\n(.*?)```", text, re.S).group(1)


def test_the_readme_example_runs(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    exec(compile(readme_block("python", "### Python API"), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert (
        "seeds/003_e01b202fd18136d2.txt:75:1: CL090 [paragraph-sequence] warning: Paragraph 6"
        in out
    )
    assert out.endswith("5 files; 0 could not be read\n")


def test_the_api_needs_no_private_import():
    assert {"lint_paths", "load_ruleset", "lint_text", "LintResult", "Diagnostic", "Severity"} \
        <= set(cablelint.__all__)


def test_lint_paths_reads_a_configuration_and_lists_unreadable_paths(tmp_path):
    (tmp_path / "drafts").mkdir()
    gap = HEADER + "1. (C) One.\n\n3. (C) Three.\n"
    (tmp_path / "a.txt").write_text(gap, encoding="utf-8")
    (tmp_path / "drafts" / "b.txt").write_text(gap, encoding="utf-8")
    (tmp_path / ".cablelint.yaml").write_text("select: [CL090]\nexclude: [drafts/]\n",
                                              encoding="utf-8")
    result = cablelint.lint_paths([tmp_path, tmp_path / "missing.txt"],
                                  config=tmp_path / ".cablelint.yaml")
    assert [(os.path.basename(d.path), d.rule_id) for d in result.diagnostics] \
        == [("a.txt", "CL090")]
    assert result.files == 1 and [u["path"] for u in result.unreadable] \
        == [str(tmp_path / "missing.txt")]
    assert cablelint.lint_paths([tmp_path / "a.txt"], ignore=["CL090"],
                                config=tmp_path / ".cablelint.yaml").diagnostics == []


def test_load_ruleset_selects_and_refuses_unknown_rules():
    assert [rule.id for rule in cablelint.load_ruleset(select=["CL09"],
                                                       ignore=["CL097"]).rules] == \
        ["CL090", "CL091", "CL092", "CL093", "CL094", "CL095", "CL096", "CL098"]
    with pytest.raises(CablelintError, match="did you mean 'CL090'"):
        cablelint.load_ruleset(select=["CL9O"])
