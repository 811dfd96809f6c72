"""The command line as a user meets it: exit codes, paths, stdin, formats, selection, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from cables import BODY, HEADER
from conftest import ROOT, SEEDS


def run(*args, stdin: bytes | None = None, cwd=ROOT, **env_vars):
    env = {**{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
           "PYTHONPATH": str(ROOT), **env_vars}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], input=stdin,
                          capture_output=True, cwd=cwd,
                          env=env)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_seeds_report_findings_sorted_with_summary_and_exit_1():
    code, out, err = run("seeds/")
    lines = out.splitlines()
    assert code == 1
    assert lines and all(": CL" in line for line in lines)
    keys = [(l.split(":")[0], int(l.split(":")[1]), int(l.split(":")[2])) for l in lines]
    assert keys == sorted(keys)
    assert err.strip().startswith(f"{len(lines)} findings in 5 files")
    assert "Traceback" not in err


def test_clean_cable_exits_0(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(HEADER + BODY, encoding="utf-8")
    code, out, err = run(str(clean))
    assert (code, out) == (0, "")
    assert err.startswith("0 findings in 1 file")


def test_missing_path_is_exit_2_with_one_line():
    code, out, err = run("no/such/cable.txt")
    assert code == 2
    assert err.splitlines()[0] == "cablelint: error: no/such/cable.txt: no such file or directory"
    assert "Traceback" not in err


def test_binary_file_is_exit_2(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    code, _, err = run(str(binary))
    assert code == 2 and "not a text file" in err


def test_no_paths_is_a_usage_error():
    code, _, err = run()
    assert code == 2 and err.startswith("cablelint: error: no paths given")


def test_stdin_with_stdin_filename():
    data = (SEEDS / "003_e01b202fd18136d2.txt").read_bytes()
    code, out, _ = run("-", "--stdin-filename", "pasted.txt", "--select", "CL090", stdin=data)
    assert code == 1
    assert out == ("pasted.txt:75:1: CL090 [paragraph-sequence] warning: Paragraph 6 where 5 was "
                   "expected\n")


def test_select_by_name_and_prefix_and_ignore():
    _, by_name, _ = run("seeds/", "--select", "paragraph-sequence")
    _, by_id, _ = run("seeds/", "--select", "CL090")
    assert by_name == by_id and by_name.count("\n") == 1
    _, prefix, _ = run("seeds/", "--select", "CL09", "--ignore",
                       "CL091,CL092,CL093,CL094,CL095,CL096,CL097")
    assert prefix == by_id


def test_unknown_selector_is_exit_2():
    code, _, err = run("seeds/", "--select", "CL999")
    assert code == 2 and "no rule matches 'CL999'" in err


def test_fail_level_and_exit_zero():
    code, out, _ = run("seeds/004_46ae71a77918f1c9.txt", "--select", "CL096,CL120", "--fail-level",
                       "warning")
    assert out and code == 0          # only info findings
    code, _, _ = run("seeds/", "--exit-zero")
    assert code == 0


def test_include_glob_for_directories(tmp_path):
    (tmp_path / "a.cable").write_text(HEADER + "3. (C) Three.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEADER + BODY, encoding="utf-8")
    code, out, err = run(str(tmp_path), "--include", "*.cable", "--select", "CL090")
    assert code == 1 and "a.cable" in out and err.startswith("1 finding in 1 file ")


def test_json_format_validates_against_schema():
    code, out, _ = run("seeds/", "--format", "json")
    report = json.loads(out)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(report)
    assert code == 1 and report["summary"]["files"] == 5
    assert len(report["diagnostics"]) == report["summary"]["diagnostics"] > 0


def test_json_format_with_no_findings_is_valid(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(HEADER + BODY, encoding="utf-8")
    _, out, _ = run(str(clean), "--format", "json")
    assert json.loads(out)["diagnostics"] == []


def test_unknown_format_is_exit_2():
    code, _, err = run("seeds/", "--format", "xml")
    assert code == 2 and "unknown format 'xml'" in err


def test_version_and_help():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("cablelint 0.")
    code, out, _ = run("--help")
    assert code == 0 and "exit codes:" in out


def test_parse_command_shows_spans():
    code, out, _ = run("parse", "seeds/000_ce69e6524d1a41cb.txt")
    assert code == 0
    assert "raw  16:1-16:55  'C O N F I D E N T I A L SECTION 01 OF 03 ASTANA 000604'" in out
    code, out, _ = run("parse", "seeds/000_ce69e6524d1a41cb.txt", "--format", "json")
    model = json.loads(out)
    assert model["banner"]["station"] == "ASTANA" and model["paragraphs"][4]["number"] == 15


def test_rules_and_rule_commands():
    code, out, _ = run("rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and {"CL090", "CL091", "CL058"} <= {r["id"] for r in rules}
    code, out, _ = run("rule", "CL091")
    assert code == 0 and "## What it does" in out and "paragraph-number-spurious-one" in out
    code, _, err = run("rule", "CL999")
    assert code == 2 and "no rule 'CL999'" in err


def test_a_reader_that_stops_after_one_line_ends_the_output_quietly(archive):
    """More output than the pipe holds, so the child must meet the closed pipe; the exit code stays."""
    proc = subprocess.Popen([sys.executable, "-m", "cablelint", str(archive)],
                            stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=_env(unbuffered=False))
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert first.startswith(str(archive).encode()) and err == _full_run(archive, ())[1]


def test_output_file_gets_results_and_stderr_the_summary(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    _, plain, _ = run("seeds/")
    total = plain.count("\n")
    code, out, err = run("seeds/", "--format", "json", "--output", str(target))
    assert code == 1 and out == "" and err.startswith(f"{total} findings in 5 files")
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["diagnostics"] == total
    assert os.stat(target).st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]      # no temporary file left


def test_output_is_untouched_when_the_run_is_refused(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("previous report\n", encoding="utf-8")
    code, _, _ = run("seeds/", "--format", "nope", "--output", str(target))
    assert code == 2 and target.read_text(encoding="utf-8") == "previous report\n"


def test_output_into_a_missing_folder_is_exit_2(tmp_path):
    code, _, err = run("seeds/", "--output", str(tmp_path / "no" / "such" / "r.txt"))
    assert code == 2 and err.startswith("cablelint: error:") and "Traceback" not in err


@pytest.mark.parametrize("flags, env, coloured", [
    ((), {}, False),                                   # not a terminal
    (("--color", "always"), {}, True),
    (("--color", "never"), {"FORCE_COLOR": "1"}, False),
    ((), {"FORCE_COLOR": "1"}, True),
    ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (("--color", "always"), {"NO_COLOR": "1"}, True),
])
def test_colour_choice(flags, env, coloured):
    _, out, _ = run("seeds/003_e01b202fd18136d2.txt", *flags, **env)
    assert ("\x1b[" in out) == coloured and out


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """100 cables with warnings and notes only (over 64 kB of text output), then one with errors."""
    folder = tmp_path_factory.mktemp("archive")
    data = (SEEDS / "003_e01b202fd18136d2.txt").read_bytes()
    for i in range(100):
        (folder / f"a{i:03}.txt").write_bytes(data)
    (folder / "z.txt").write_bytes((SEEDS / "002_d26d4861e0e7c61c.txt").read_bytes())
    return folder


def _env(unbuffered: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "NO_COLOR",
                                                            "FORCE_COLOR")}
    return {**env, "PYTHONPATH": str(ROOT), **({"PYTHONUNBUFFERED": "1"} if unbuffered else {})}


def _closed_pipe_run(args, unbuffered: bool, stdin: Path | None = None) -> tuple[int, str]:
    """Run with standard output a pipe whose read end is closed before the child starts: its first
    write to the pipe fails, whatever the buffering. `stdin`: a file to read standard input from."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        with open(stdin or os.devnull, "rb") as source:
            proc = subprocess.run([sys.executable, "-m", "cablelint", *args], stdin=source,
                                  stdout=write_end,
                                  stderr=subprocess.PIPE, cwd=ROOT, env=_env(unbuffered),
                                  timeout=120)
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr.decode()


_FULL_RUNS: dict = {}


def _full_run(archive, flags) -> tuple[int, str]:
    """Exit code and standard error of the same run with a reader that reads everything."""
    if flags not in _FULL_RUNS:
        proc = subprocess.run([sys.executable, "-m", "cablelint", str(archive), *flags],
                              capture_output=True,
                              cwd=ROOT, env=_env(unbuffered=False))
        _FULL_RUNS[flags] = proc.returncode, proc.stderr.decode()
    return _FULL_RUNS[flags]


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
@pytest.mark.parametrize("flags, expected", [((), 1), (("--exit-zero",), 0),
                                             (("--fail-level", "error"), 1)],
                         ids=["default", "exit-zero", "fail-level-error"])
def test_closed_pipe_keeps_the_exit_code(archive, unbuffered, fmt, flags, expected):
    """The errors are in the last file only: the run goes on after the pipe closed and counts them."""
    assert _full_run(archive, flags)[0] == expected
    code, err = _closed_pipe_run([str(archive), "--format", fmt, *flags], unbuffered)
    assert (code, err) == (expected, _full_run(archive, flags)[1])


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("args", [["rules"], ["rules", "--format", "json"], ["rule", "CL091"],
                                  ["parse", "seeds/000_ce69e6524d1a41cb.txt"],
                                  ["--help"]], ids=" ".join)
def test_closed_pipe_after_the_other_commands_is_exit_0(unbuffered, args):
    code, err = _closed_pipe_run(args, unbuffered)
    assert (code, err) == (0, "")


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_closed_pipe_after_a_diff_or_fixed_standard_input_keeps_the_exit_code(unbuffered):
    seed = ROOT / "seeds" / "001_1083442f7979de0c.txt"
    code, err = _closed_pipe_run(["--diff", str(seed)], unbuffered)
    assert code == 1 and "error" not in err
    code, err = _closed_pipe_run(["--fix", "-"], unbuffered, stdin=seed)
    assert code == 1 and "error:" not in err and "findings fixed" in err


def test_fifo_in_a_folder_is_an_input_error_not_a_hang(tmp_path):
    (tmp_path / "a.txt").write_text(HEADER + BODY, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    proc = subprocess.run([sys.executable, "-m", "cablelint", str(tmp_path)], capture_output=True,
                          text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 2 and "pipe.txt: not a regular file" in proc.stderr


def test_output_into_a_folder_is_exit_2(tmp_path):
    code, _, err = run("seeds/", "--output", str(tmp_path))
    assert code == 2 and "cannot write" in err and "Traceback" not in err


def test_a_file_reached_twice_is_linted_once():
    _, _, err = run("seeds/", "seeds/003_e01b202fd18136d2.txt", "--select", "CL090")
    assert err.startswith("1 finding in 5 files")


@pytest.mark.parametrize("value", ["", ","])
def test_empty_selection_is_a_usage_error(value):
    code, _, err = run("seeds/", "--select", value)
    assert code == 2 and "expected one or more rule ids" in err


def test_an_internal_error_is_one_line_and_exit_2(monkeypatch, capsys):
    """A bug of ours (here: the runner raising) is reported in one line, not as a traceback; --debug shows it."""
    from cablelint import cli, lint_command

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(lint_command, "run", broken)
    assert cli.main([str(SEEDS), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err == ("cablelint: error: internal error: RuntimeError: a bug (please report it; "
                   "--debug shows the traceback)\n")
    with pytest.raises(RuntimeError):
        cli.main([str(SEEDS), "--no-cache", "--debug"])
