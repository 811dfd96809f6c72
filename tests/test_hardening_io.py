"""Hardening of input and output (issue 8): bounded non-blocking reads, escaped terminal output, write
errors as one line and exit 2, no temporary file left behind, file names that are not UTF-8, and
messages that name the culprit. Subprocess tests of the real command where the process matters."""

from __future__ import annotations

import errno
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from cables import BODY, HEADER
from conftest import ROOT, SEEDS, registry
from cablelint import cli, reading
from cablelint.errors import InputError, RulePackError
from cablelint.escaping import for_display, utf8_safe
from cablelint.plugins import Registry
from cablelint.reporters import BUILTIN_REPORTERS
from cablelint.reporters.base import Reporter
from cablelint.ruleset import load_rules

SEED = SEEDS / "003_e01b202fd18136d2.txt"       # CL090 at 75:1, warnings and notes only
SARIF_SCHEMA = ROOT / "tests" / "reporters" / "sarif-schema-2.1.0.json"


def run(*args, stdin=None, cwd=ROOT, preexec_fn=None, **kwargs):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], stdin=stdin,
                          capture_output=True, cwd=cwd,
                          env={**env, "PYTHONPATH": str(ROOT)}, timeout=120, preexec_fn=preexec_fn,
                          **kwargs)
    assert "Traceback" not in proc.stderr.decode("utf-8", "replace")
    return proc.returncode, proc.stdout, proc.stderr.decode()


def shell(script: str, *args: str):
    """Run a sh script; "$@" is the cablelint command line followed by args."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(["sh", "-c", script, "sh", sys.executable, "-m", "cablelint", *args],
                          capture_output=True,
                          cwd=ROOT, env=env, timeout=120)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


# --- bounded reads, no blocking opens -------------------------------------------------------------

def test_parse_of_a_fifo_is_an_input_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "cable.txt")
    code, _, err = run("parse", str(tmp_path / "cable.txt"))
    assert code == 2 and err == f"cablelint: error: {tmp_path}/cable.txt: not a regular file " \
                                "(a pipe or device; use '-' to read standard input)\n"


def test_a_fifo_named_on_the_command_line_is_an_input_error(tmp_path):
    os.mkfifo(tmp_path / "cable.txt")
    code, _, err = run(str(tmp_path / "cable.txt"))
    assert code == 2 and "cable.txt: not a regular file or directory" in err


def test_sarif_with_a_fifo_as_stdin_filename_hashes_the_linted_text(tmp_path):
    fifo = tmp_path / "cable.txt"
    os.mkfifo(fifo)
    with open(SEED, "rb") as stdin:
        code, out, _ = run("-", "--stdin-filename", str(fifo), "--format", "sarif", "--select",
                           "CL090", stdin=stdin)
    result = json.loads(out)["runs"][0]["results"][0]
    assert code == 1 and result["partialFingerprints"]["primaryLocationLineHash"]


def _memory_limit():
    """The child may map at most 1 GiB: reading /dev/zero without a bound would fail with MemoryError."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.parametrize("args", [["/dev/zero"], ["parse", "/dev/zero"]], ids=" ".join)
def test_dev_zero_as_a_path_is_refused_without_reading(args):
    code, _, err = run(*args, preexec_fn=_memory_limit)
    assert code == 2 and err.startswith("cablelint: error: /dev/zero: not a regular file")


@pytest.mark.parametrize("args", [["-"], ["parse", "-"]], ids=" ".join)
def test_dev_zero_on_stdin_is_refused_after_the_first_chunk(args):
    with open("/dev/zero", "rb") as zero:
        code, _, err = run(*args, stdin=zero, preexec_fn=_memory_limit)
    assert code == 2 and err.startswith("cablelint: error: -: not a text file (contains NUL "
                                        "bytes)\n")


def test_a_file_over_the_cap_is_an_input_error_and_the_others_are_linted(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:                # sparse: no disk space, no reading needed
        handle.truncate(reading.MAX_INPUT_BYTES + 1)
    code, out, err = run(str(big), str(SEED), "--select", "CL090")
    assert code == 2 and out.count(b"\n") == 1
    assert f"cablelint: error: {big}: larger than the input limit of 64 MiB\n" in err


def test_stdin_over_the_cap_is_an_input_error(monkeypatch):
    monkeypatch.setattr(reading, "MAX_INPUT_BYTES", 1000)
    text = (HEADER + BODY).encode() * 3
    assert len(text) > 1000
    with pytest.raises(InputError, match="^-: larger than the input limit"):
        reading.read_bounded(io.BytesIO(text), "-")
    assert reading.read_bounded(io.BytesIO(text[:1000]), "-") == text[:1000]


def test_binary_data_is_refused_on_the_first_chunk():
    class Endless(io.RawIOBase):
        reads = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            Endless.reads += 1
            buffer[:] = bytes(len(buffer))
            return len(buffer)

    with pytest.raises(InputError, match="not a text file"):
        reading.read_bounded(io.BufferedReader(Endless()), "-")
    assert Endless.reads <= 2


def test_utf16_is_not_taken_for_binary(tmp_path):
    cable = tmp_path / "utf16.txt"
    cable.write_bytes(b"\xff\xfe" + (HEADER + BODY).encode("utf-16-le"))
    code, _, err = run(str(cable), "--select", "CL090")
    assert code == 0 and err.startswith("0 findings in 1 file")


# --- untrusted text never reaches a terminal raw --------------------------------------------------

def test_for_display_escapes_every_control_character():
    assert (
        for_display("a\x1b[31mb\x07c\rd\ne\tf\x7fg\x85h\x9b")
        == "a\\x1b[31mb\\x07c\\rd\\ne\\tf\\x7fg\\x85h\\x9b"
    )
    assert for_display(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert for_display("\ud800") == "\\ud800"
    assert for_display("Paragraph ¶ 6 — “quoted”") == "Paragraph ¶ 6 — “quoted”"


def test_utf8_safe_keeps_control_characters_and_escapes_undecodable_bytes():
    assert utf8_safe(os.fsdecode(b"a\x1b\xff.txt")) == "a\x1b\\xff.txt"


HOSTILE_TAGS = HEADER.replace("TAGS: PGOV PREL KZ", "TAGS: PGOV PREL KZ XQ\x1b]0;owned\x07ZZ")


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_cable_text_and_file_names_are_escaped_in_terminal_formats(tmp_path, fmt):
    cable = tmp_path / "two\nlines\x1b[2J.txt"
    cable.write_text(HOSTILE_TAGS + BODY, encoding="utf-8")
    code, out, _ = run(str(cable), "--select", "CL052", "--format", fmt, "--color", "always")
    text = out.decode("utf-8")
    assert code == 1 and text.count("\n") == 1 and "\x07" not in text and "\r" not in text
    assert "XQ\\x1b]0;owned\\x07ZZ" in text
    assert ("two\\nlines\\x1b[2J.txt" if fmt == "text" else "two%0Alines\\x1b[2J.txt") in text
    assert "\x1b" not in text.replace("\x1b[0m", "").replace("\x1b[1m", "").replace("\x1b[2m", "") \
        .replace("\x1b[33m", "")      # only the colours cablelint chose


def test_an_error_line_escapes_the_path(tmp_path):
    code, _, err = run(str(tmp_path / "gone\x1b[2J\n.txt"))
    assert (
        code == 2
        and err.splitlines()[0] == f"cablelint: error: {tmp_path}/gone\\x1b[2J\\n.txt: "
        "no such file or directory"
    )


# --- file names that are not UTF-8 ----------------------------------------------------------------

@pytest.fixture
def latin1_named(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9 \x01.txt")
    shutil.copyfile(SEED, path)
    return os.fsdecode(path)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_a_file_name_that_is_not_utf8_gives_valid_utf8_in_every_format(latin1_named, fmt):
    code, out, _ = run(latin1_named, "--select", "CL090", "--format", fmt)
    text = out.decode("utf-8")               # strict: raises on anything that is not UTF-8
    assert code == 1
    if fmt == "json":
        assert json.loads(text)["diagnostics"][0]["path"].endswith("caf\\xe9 \x01.txt")
    elif fmt == "sarif":
        log = json.loads(text)
        jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(
            log
        )
        uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
            "uri"
        ]
        assert uri.endswith("/caf%E9%20%01.txt")
    else:
        assert "caf\\xe9 \\x01.txt" in text


def test_a_relative_sarif_uri_keeps_the_bytes_of_the_name(latin1_named):
    code, out, _ = run(os.path.basename(latin1_named), "--select", "CL090", "--format", "sarif",
                       cwd=os.path.dirname(latin1_named))
    location = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"
    ]
    assert code == 1 and location == {"uri": "caf%E9%20%01.txt", "uriBaseId": "%SRCROOT%"}


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_parse_of_a_file_name_that_is_not_utf8(latin1_named, fmt):
    code, out, _ = run("parse", latin1_named, "--format", fmt)
    assert code == 0 and out.decode("utf-8")


def test_a_stdin_filename_that_is_not_utf8(tmp_path):
    with open(SEED, "rb") as stdin:
        code, out, _ = run("-", "--stdin-filename", os.fsdecode(b"\xff.txt"), "--select", "CL090",
                           "--format", "json", stdin=stdin)
    assert code == 1 and json.loads(out)["diagnostics"][0]["path"] == "\\xff.txt"


# --- write errors: one line, exit 2, nothing left behind ------------------------------------------

@pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "unbuffered"])
def test_a_full_standard_output_is_one_line_and_exit_2(unbuffered):
    code, _, err = shell(f'PYTHONUNBUFFERED={unbuffered} exec "$@" >/dev/full', "seeds/")
    assert (code, err) == (2, "cablelint: error: standard output: cannot write: No space left on "
                              "device\n")


def test_a_closed_standard_output_is_one_line_and_exit_2():
    code, _, err = shell('exec "$@" >&-', "seeds/")
    assert (code, err) == (2, "cablelint: error: standard output: cannot write: it is closed\n")


def test_a_closed_standard_output_does_not_matter_with_output(tmp_path):
    code, _, err = shell('exec "$@" >&-', "seeds/", "--output", str(tmp_path / "r.txt"))
    findings = (tmp_path / "r.txt").read_text().count("\n")
    assert code == 1 and findings > 0 and err.startswith(f"{findings} findings in 5 files")


def test_a_closed_standard_error_is_exit_2():
    _, expected, _ = shell('exec "$@"', "seeds/")
    code, out, _ = shell('exec "$@" 2>&-', "seeds/")
    assert code == 2 and out == expected and out.count("\n") > 0


def test_a_closed_standard_input_is_an_input_error():
    code, _, err = shell('exec "$@" <&-', "-")
    assert (code, err) == (2, "cablelint: error: -: standard input is closed\n0 findings in 0 "
                              "files; 1 path could not be read\n")


def test_output_and_errors_into_one_closed_pipe_keep_the_exit_code():
    """`cablelint seeds/ 2>&1 | head -1`: the summary meets the closed pipe too; exit code as always."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "cablelint", "seeds/"], stdout=write_end,
                              stderr=write_end,
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    finally:
        os.close(write_end)
    assert proc.returncode == 1


class FullDisk(io.TextIOWrapper):
    """A file stream on a disk that is full: the write (or only the final flush) fails with ENOSPC."""

    fail_on = "write"

    def write(self, text):
        if self.fail_on == "write":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(text)

    def close(self):
        if self.fail_on == "close" and not self.closed:
            super().close()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        super().close()


@pytest.mark.parametrize("fail_on", ["write", "close"])
def test_a_full_disk_under_output_is_one_line_exit_2_and_leaves_nothing(
    tmp_path, monkeypatch, capsys, fail_on
):
    import cablelint.atomic as atomic
    target = tmp_path / "report.json"
    target.write_text("previous\n", encoding="utf-8")
    monkeypatch.setattr(FullDisk, "fail_on", fail_on)
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode, **kw: FullDisk(open(fd, "wb"), **kw))
    code = cli.main([str(SEEDS), "--format", "json", "--output", str(target), "--no-plugins"])
    err = capsys.readouterr().err
    assert (code, err) == (2, f"cablelint: error: {target}: cannot write: "
                              "No space left on device\n")
    assert (
        os.listdir(tmp_path) == ["report.json"]
        and target.read_text(encoding="utf-8") == "previous\n"
    )


def _in_private_tmpfs(options: str, command: str, tmp_path) -> tuple[int, str, str]:
    """Run a sh command with $M a fresh tmpfs (mounted with options) in a private mount namespace, and
    $PY this Python; skip when this machine does not allow it."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    if shutil.which("unshare") is None:
        pytest.skip("no unshare here")
    probe = subprocess.run(["unshare", "-m", "mount", "-t", "tmpfs", "-o", options, "tmpfs",
                            str(mount)],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs mount privileges)")
    return _unshared(f"mount -t tmpfs -o {options} tmpfs {mount} && M={mount} && {command}")


def _unshared(script: str) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PY": sys.executable}
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, cwd=ROOT,
                          env=env, timeout=120)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_a_really_full_disk_leaves_no_temporary_file(tmp_path):
    code, out, err = _in_private_tmpfs(
        "size=8k", '"$PY" -m cablelint seeds/ --select ALL --format sarif --output "$M/r.sarif"; '
                   'echo "exit $?"; ls -A "$M"', tmp_path)
    assert (
        out == "exit 2\n"
        and err == f"cablelint: error: {tmp_path}/mnt/r.sarif: cannot write: "
        "No space left on device\n"
    )


def test_a_read_only_target_is_one_line_and_exit_2(tmp_path):
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        code, _, err = run("seeds/", "--output", str(folder / "r.txt"))
        folder.chmod(0o755)
        assert code == 2 and err == (f"cablelint: error: {folder}/r.txt: cannot write here: "
                                     f"Permission denied\n")
        return
    code, out, err = _in_private_tmpfs("ro,size=8k",
                                       '"$PY" -m cablelint seeds/ --output "$M/r.txt"; '
                                                     'echo "exit $?"; ls -A "$M"', tmp_path)
    assert (
        out == "exit 2\n"
        and err == f"cablelint: error: {tmp_path}/mnt/r.txt: cannot write here: "
        "Read-only file system\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_a_read_only_file_is_not_replaced(tmp_path):
    target = tmp_path / "r.txt"
    target.write_text("kept\n", encoding="utf-8")
    target.chmod(0o444)
    code, _, err = run("seeds/", "--output", str(target))
    assert (
        code == 2 and "permission denied" in err and target.read_text(encoding="utf-8") == "kept\n"
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP],
                         ids=lambda s: signal.Signals(s).name)
def test_a_termination_while_writing_output_leaves_no_temporary_file(
    tmp_path, monkeypatch, capsys, signum
):
    target = tmp_path / "report.txt"
    target.write_text("previous\n", encoding="utf-8")
    real_read = reading.read_path

    def read_then_get_killed(path):
        os.kill(os.getpid(), signum)          # delivered before the next line of Python runs
        return real_read(path)

    monkeypatch.setattr("cablelint.parallel.read_path", read_then_get_killed)
    previous = signal.signal(signum, signal.SIG_DFL)        # as in a shell, also when
                                                            # pytest runs under nohup
    try:
        # cached: nothing read
        code = cli.main([str(SEEDS), "--output", str(target), "--no-plugins", "--no-cache"])
        assert signal.getsignal(signum) == signal.SIG_DFL
    finally:
        signal.signal(signum, previous)
    assert code == 128 + signum
    assert capsys.readouterr().err == f"cablelint: terminated by {signal.Signals(signum).name}\n"
    assert (
        os.listdir(tmp_path) == ["report.txt"]
        and target.read_text(encoding="utf-8") == "previous\n"
    )


def test_an_ignored_sighup_stays_ignored(tmp_path, monkeypatch):
    from cablelint.atomic import atomic_writer
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with atomic_writer(str(tmp_path / "r.txt")) as stream:
            os.kill(os.getpid(), signal.SIGHUP)
            stream.write("done\n")
        assert (tmp_path / "r.txt").read_text(encoding="utf-8") == "done\n"
    finally:
        signal.signal(signal.SIGHUP, previous)


@pytest.mark.parametrize("named", ["the file", "its folder", "a symbolic link to it"])
def test_output_naming_an_input_is_refused_before_anything_is_written(tmp_path, named):
    cable = tmp_path / "cables" / "c.txt"
    cable.parent.mkdir()
    shutil.copyfile(SEED, cable)
    (tmp_path / "link.txt").symlink_to(cable)
    inputs = {"the file": [str(cable)], "its folder": [str(cable.parent)],
              "a symbolic link to it": [str(tmp_path / "link.txt")]}[named]
    code, out, err = run(*inputs, "--output", str(cable))
    assert code == 2 and out == b"" and err.startswith(f"cablelint: error: --output {cable} is one "
                                                       f"of the inputs")
    assert cable.read_bytes() == SEED.read_bytes() and os.listdir(cable.parent) == ["c.txt"]


def test_output_onto_a_fifo_or_device_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    code, _, err = run("seeds/", "--output", str(tmp_path / "pipe"))
    assert code == 2 and err.startswith(f"cablelint: error: {tmp_path}/pipe: cannot write: not a "
                                        f"regular file")
    assert sorted(os.listdir(tmp_path)) == ["pipe"]


def test_output_through_a_symbolic_link_replaces_its_target(tmp_path):
    (tmp_path / "real.txt").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    code, _, _ = run(str(SEED), "--select", "CL090", "--output", str(tmp_path / "link.txt"))
    assert code == 1 and (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text(encoding="utf-8").count("CL090") == 1


# --- messages name the culprit --------------------------------------------------------------------

class BrokenReporter(Reporter):
    name = "broken"

    def file(self, path, diagnostics):
        raise ValueError("no ink")


def test_a_reporter_that_raises_is_named(monkeypatch, capsys):
    monkeypatch.setitem(BUILTIN_REPORTERS, "broken", BrokenReporter)
    code = cli.main([str(SEED), "--format", "broken", "--no-plugins"])
    assert (
        code == 2
        and capsys.readouterr().err
        == "cablelint: error: reporter 'broken' (plugin 'cablelint') failed in file(): ValueError: "
           "no ink\n"
    )


def test_a_reporter_without_the_source_method_is_named(monkeypatch, capsys):
    class Bare:
        def __init__(self, stream):
            pass

        def start(self, run):
            pass

    monkeypatch.setitem(BUILTIN_REPORTERS, "bare", Bare)
    code = cli.main([str(SEED), "--format", "bare", "--no-plugins"])
    assert code == 2 and "reporter 'bare' (plugin 'cablelint') failed in source(): AttributeError" \
        in capsys.readouterr().err


def test_a_pack_path_that_does_not_exist_is_named(tmp_path):
    real = registry()
    ghost = tmp_path / "ghost.yaml"
    reg = Registry(real.check_kinds, (("ghostly", ghost),), real.vocabularies, real.reporters)
    with pytest.raises(
        RulePackError, match=f"^{ghost}: rule pack of plugin 'ghostly' cannot be read: No such file"
    ):
        load_rules(reg)


PACK = """pack: {pack}
rules:
  - id: XA001
    name: {name}
    severity: warning
    check: required
    target: banner
    message: "m"
    help: "## What it does\\nx\\n## Why is this bad?\\ny\\n## Example\\nz"
"""


def test_two_plugins_with_one_rule_id_are_both_named(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(PACK.format(pack="alpha", name="one-rule"), encoding="utf-8")
    second.write_text(PACK.format(pack="beta", name="other-rule"), encoding="utf-8")
    real = registry()
    reg = Registry(real.check_kinds, (("plugin-a", first), ("plugin-b", second)), real.vocabularies,
                   real.reporters)
    with pytest.raises(RulePackError) as caught:
        load_rules(reg)
    assert str(caught.value) == (f"'XA001' is used twice: by rule XA001 in pack 'alpha' ({first}, "
                                 f"plugin 'plugin-a') and by rule XA001 in pack 'beta' ({second}, "
                                 f"plugin 'plugin-b')")


def test_broken_link_loop_and_missing_path_have_distinct_messages(tmp_path):
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    code, _, err = run(str(tmp_path / "dangling.txt"), str(tmp_path / "loop.txt"),
                       str(tmp_path / "missing.txt"),
                       str(folder))
    assert code == 2 and err.splitlines()[:5] == [
        f"cablelint: error: {tmp_path}/dangling.txt: broken symbolic link: its target "
        f"'nowhere.txt' does not exist",
        f"cablelint: error: {tmp_path}/loop.txt: symbolic link loop",
        f"cablelint: error: {tmp_path}/missing.txt: no such file or directory",
        f"cablelint: error: {folder}/dangling.txt: broken symbolic link: its target 'nowhere.txt' "
        f"does not exist",
        f"cablelint: error: {folder}/loop.txt: symbolic link loop",
    ]


class DeletingReporter(Reporter):
    """Deletes b.txt while a.txt is reported: the folder listed it, it is gone when it is reached."""

    def file(self, path, diagnostics):
        if path.endswith("a.txt"):
            os.unlink(Path(path).with_name("b.txt"))


def test_a_file_deleted_during_the_run_is_named_so(tmp_path, monkeypatch, capsys):
    for name in ("a.txt", "b.txt"):
        shutil.copyfile(SEED, tmp_path / name)
    monkeypatch.setitem(BUILTIN_REPORTERS, "deleting", DeletingReporter)
    code = cli.main([str(tmp_path), "--format", "deleting", "--no-plugins"])
    assert code == 2 and capsys.readouterr().err.splitlines()[0] == \
        f"cablelint: error: {tmp_path}/b.txt: deleted during the run"


def test_a_file_deleted_between_finding_and_reading_is_named_so(tmp_path, monkeypatch, capsys):
    from cablelint.discover import Found
    monkeypatch.setattr("cablelint.runner.discover", lambda paths, include,
                        *_: iter([Found(str(tmp_path / "c.txt"))]))
    code = cli.main([str(tmp_path / "c.txt"), "--no-plugins"])
    assert code == 2 and capsys.readouterr().err.splitlines()[0] == \
        f"cablelint: error: {tmp_path}/c.txt: deleted during the run"


def test_an_ascii_standard_output_gets_the_findings_with_escapes_not_an_error():
    """`PYTHONIOENCODING=ascii` (or a console without UTF-8): the seeds' `¶` cannot be encoded;
    the run still reports every finding, the character written as `\\xb6`, and exits 1."""
    environment = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "cablelint", "--no-cache", "seeds/"],
                          capture_output=True, cwd=ROOT, env=environment)
    assert done.returncode == 1, done.stderr
    assert b"\\xb6" in done.stdout and b"Traceback" not in done.stderr
    assert done.stderr.decode("ascii").endswith("72 findings in 5 files (14 error, 38 warning, "
                                                "20 info)\n")
