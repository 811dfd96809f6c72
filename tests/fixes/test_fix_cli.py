"""--fix, --unsafe-fixes, --diff, --fix-only, --show-fixes on the command line; files written back in their
own encoding, BOM, line ends and permissions; the JSON and SARIF reports carry the same edits."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import jsonschema

from conftest import ROOT, run_in

from .damage import CLEAN, DAMAGE

SAFE = CLEAN.replace(*DAMAGE["CL110"]).replace(*DAMAGE["CL058"]).replace(*DAMAGE["CL091"])
UNSAFE = CLEAN.replace(*DAMAGE["CL118"])
SARIF_SCHEMA = ROOT / "tests" / "reporters" / "sarif-schema-2.1.0.json"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_fix_writes_the_safe_fixes_and_reports_what_is_left(tmp_path):
    write(tmp_path, "a.txt", SAFE)
    write(tmp_path, "b.txt", UNSAFE)
    code, out, err = run_in(tmp_path, "--isolated", "--fix", "a.txt", "b.txt")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == CLEAN
    # unsafe: not without the flag
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == UNSAFE
    assert code == 1 and out.startswith("b.txt:") and "CL118" in out and "a.txt" not in out
    assert err.endswith("; 3 findings fixed in 1 file\n")


def test_unsafe_fixes_then_nothing_left_exits_0(tmp_path):
    write(tmp_path, "b.txt", UNSAFE)
    code, out, _ = run_in(tmp_path, "--isolated", "--fix", "--unsafe-fixes", "b.txt")
    assert (code, out) == (0, "")
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == CLEAN


def test_show_fixes_lists_each_file(tmp_path):
    write(
        tmp_path,
        "a.txt",
        SAFE.replace("¶5. (C)", "[¶5.](#) (C)").replace("¶6. (C)", "[¶6.](#) (C)"),
    )
    code, _, err = run_in(tmp_path, "--isolated", "--fix", "--show-fixes", "a.txt")
    assert code == 0
    assert "a.txt: 5 fixes (CL110 ×3, CL058, CL091)\n" in err


def test_diff_prints_and_writes_nothing(tmp_path):
    path = write(tmp_path, "a.txt", SAFE)
    code, out, _ = run_in(tmp_path, "--isolated", "--diff", "a.txt")
    assert code == 1 and path.read_text(encoding="utf-8") == SAFE
    assert out.startswith("--- a/a.txt\n+++ b/a.txt\n@@ ")
    assert "-TAGS: [PGOV](#) [PREL](#) [KZ](#)\n+TAGS: PGOV PREL KZ\n" in out
    assert "-¶14. (C) He claimed" in out and "+¶4. (C) He claimed" in out
    applied = subprocess.run(["patch", "-p1", "--dry-run", "-s"], input=out, text=True,
                             cwd=tmp_path,
                             capture_output=True)
    assert applied.returncode == 0, applied.stderr        # a diff `patch` takes as it is


def test_diff_of_a_clean_file_is_empty_and_exits_0(tmp_path):
    write(tmp_path, "a.txt", CLEAN)
    assert run_in(tmp_path, "--isolated", "--diff", "a.txt")[:2] == (0, "")


def test_fix_only_reports_nothing_and_exits_0(tmp_path):
    write(tmp_path, "b.txt", UNSAFE)
    assert run_in(tmp_path, "--isolated", "--fix-only", "b.txt")[:2] == (0, "")


def test_standard_input_fixed_to_standard_output(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "cablelint", "--isolated", "--fix", "-"],
                          input=SAFE.replace("\n", "\r\n").encode(), capture_output=True,
                          cwd=tmp_path, env=env)
    assert proc.stdout == CLEAN.replace("\n", "\r\n").encode()
    assert proc.returncode == 0


def test_encoding_bom_line_ends_and_permissions_are_kept(tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(SAFE.replace("\n", "\r\n").encode())
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + SAFE.encode())
    latin = tmp_path / "cp1252.txt"
    latin.write_bytes(SAFE.replace("minister's", "minister\u2019s").encode("cp1252"))
    os.chmod(latin, 0o640)
    code, out, _ = run_in(tmp_path, "--isolated", "--fix", ".")
    # read as cp1252
    assert code == 1 and out.count("\n") == 1 and "CL134 [encoding-not-utf8]" in out
    assert crlf.read_bytes() == CLEAN.replace("\n", "\r\n").encode()
    assert bom.read_bytes() == b"\xef\xbb\xbf" + CLEAN.encode()
    assert latin.read_bytes() == CLEAN.replace("minister's", "minister\u2019s").encode("cp1252")
    assert stat.S_IMODE(os.stat(latin).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) \
        == ["bom.txt", "cp1252.txt", "crlf.txt"]


def test_mixed_line_ends_are_not_fixed(tmp_path):
    path = tmp_path / "mixed.txt"
    data = SAFE.replace("\n", "\r\n", 3).encode()
    path.write_bytes(data)
    code, _, err = run_in(tmp_path, "--isolated", "--fix", "mixed.txt")
    assert code == 2 and "mixed line ends" in err and path.read_bytes() == data


def test_json_report_carries_each_finding_s_edits(tmp_path):
    write(tmp_path, "a.txt", SAFE)
    _, out, _ = run_in(tmp_path, "--isolated", "--format", "json", "a.txt")
    fixes = {d["rule_id"]: d["fix"] for d in json.loads(out)["diagnostics"] if d["fix"]}
    line = CLEAN.split("\n").index("TAGS: PGOV PREL KZ") + 1
    assert fixes["CL058"] == {"description": "Remove the link syntax around each TAG", "safe": True,
                              "edits": [
        {"line": line, "column": 7, "end_line": line, "end_column": 34,
         "replacement": "PGOV PREL KZ"}]}
    assert fixes["CL091"]["edits"][0]["replacement"] == "4"


def test_sarif_fixes_come_from_the_same_edits_and_validate(tmp_path):
    write(tmp_path, "a.txt", SAFE)
    _, out, _ = run_in(tmp_path, "--isolated", "--format", "sarif", "a.txt")
    log = json.loads(out)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    _, report, _ = run_in(tmp_path, "--isolated", "--format", "json", "a.txt")
    edits = [e for d in json.loads(report)["diagnostics"] if d["fix"] for e in d["fix"]["edits"]]
    replaced = [r for result in log["runs"][0]["results"] for fix in result.get("fixes", ())
                for change in fix["artifactChanges"] for r in change["replacements"]]
    assert [(r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"],
             r["insertedContent"]["text"])
            for r in replaced] == [(e["line"], e["column"], e["replacement"]) for e in edits]


def test_rules_and_rule_show_the_fix(tmp_path):
    _, out, _ = run_in(tmp_path, "rules")
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines()[1:]}
    assert (rows["CL110"], rows["CL118"], rows["CL090"]) == ("safe", "unsafe", "no")
    _, out, _ = run_in(tmp_path, "rule", "CL110")
    assert "Fix: safe" in out and "Before:\n    [¶3.](#) (C) Summary: ...\n" in out \
        and "After:\n    ¶3. (C) Summary: ...\n" in out


def test_fix_with_output_is_a_usage_error(tmp_path):
    write(tmp_path, "a.txt", SAFE)
    code, _, err = run_in(tmp_path, "--isolated", "--fix", "--output", "r.txt", "a.txt")
    assert code == 2 and "does not go with --fix" in err
