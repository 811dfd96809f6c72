"""The github format: one escaped workflow command per finding, with title and end positions, never coloured."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys

import pytest

from cablelint.diagnostic import Diagnostic, Severity
from cablelint.reporters import BUILTIN_REPORTERS
from cablelint.reporters.github import (GithubReporter, escape_data, escape_property,
                                        workflow_command)
from conftest import ROOT, SEEDS

SEED_003 = """\
::warning file=seeds/003_e01b202fd18136d2.txt,line=9,col=7,endLine=9,endColumn=45,title=CL021 [banner-malformed]::\
Banner is malformed: tabs or no-break spaces before the banner; more than one space between banner words
::notice file=seeds/003_e01b202fd18136d2.txt,line=12,col=1,endLine=12,endColumn=29,title=CL050 [tags-missing]::\
No TAGS line (e.g. 'TAGS: PGOV PREL KZ')
::warning file=seeds/003_e01b202fd18136d2.txt,line=75,col=1,endLine=75,endColumn=2,title=CL090 [paragraph-sequence]::\
Paragraph 6 where 5 was expected
::notice file=seeds/003_e01b202fd18136d2.txt,line=75,col=1,endLine=77,endColumn=62,title=CL096 [paragraph-split]::\
Blank line in the middle of a sentence: '... Fried emphasized U.S. interest in greater' continues after it
"""
LINE = re.compile(r"::(error|warning|notice) file=[^,:]+,line=[1-9]\d*,col=[1-9]\d*,"
                  r"endLine=[1-9]\d*,endColumn=[1-9]\d*,title=CL\d{3} \[[a-z0-9-]+\]::\S.*")


def cli(*args, **env):
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], capture_output=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    assert "Traceback" not in proc.stderr.decode()
    return proc.returncode, proc.stdout.decode()


def diagnostic(message: str = "Paragraph 6 where 5 was expected", path: str = "seeds/a.txt",
               severity: Severity = Severity.WARNING) -> Diagnostic:
    return Diagnostic("CL090", "paragraph-sequence", severity, message, path, 75, 1, 75, 2)


def test_format_is_registered():
    assert BUILTIN_REPORTERS["github"] is GithubReporter


def test_exact_lines_for_one_seed():
    code, out = cli("seeds/003_e01b202fd18136d2.txt", "--format", "github", "--select",
                    "CL021,CL050,CL090,CL096")
    assert code == 1
    assert out == SEED_003


def test_every_seed_finding_is_one_well_formed_line():
    _, text = cli("seeds/", "--format", "text")
    _, out = cli("seeds/", "--format", "github")
    lines = out.splitlines()
    assert len(lines) == len(text.splitlines()) > 0
    assert all(LINE.fullmatch(line) for line in lines), [l for l in lines
                                                         if not LINE.fullmatch(l)][:3]


@pytest.mark.parametrize("args, env", [(("--color", "always"), {}), ((), {"FORCE_COLOR": "1"})])
def test_never_coloured(args, env):
    _, out = cli("seeds/", "--format", "github", *args, **env)
    assert out and "\033" not in out


def test_levels():
    levels = [workflow_command(diagnostic(severity=s)).split(" ")[0] for s in Severity]
    assert levels == ["::notice", "::warning", "::error"]


def test_escape_data():
    assert escape_data("100% sure\r\nnext line\nlast") == "100%25 sure%0D%0Anext line%0Alast"
    assert escape_data("a: b, c") == "a: b, c"
    assert escape_data("%0A is literal") == "%250A is literal"


def test_escape_property():
    assert escape_property("dir:x/a,b.txt") == "dir%3Ax/a%2Cb.txt"
    assert escape_property("50%,\r\n:") == "50%25%2C%0D%0A%3A"


def test_command_escapes_message_and_path():
    d = diagnostic(message="Paragraph 6 at 100%,\nnot 5: check", path="c:/cables/a,b.txt")
    assert workflow_command(d) == ("::warning file=c%3A/cables/a%2Cb.txt,line=75,col=1,"
                                   "endLine=75,endColumn=2,title=CL090 [paragraph-sequence]::"
                                   "Paragraph 6 at 100%25,%0Anot 5: check")


def test_reporter_writes_one_line_per_finding():
    stream = io.StringIO()
    reporter = GithubReporter(stream)
    reporter.file("seeds/a.txt", [diagnostic(), diagnostic(message="two\nlines")])
    lines = stream.getvalue().split("\n")
    assert lines[2:] == [""] and lines[1].endswith("::two%0Alines")


def test_path_with_colon_and_comma_from_the_cli(tmp_path):
    cable = tmp_path / "cable:7,b.txt"
    shutil.copyfile(SEEDS / "004_46ae71a77918f1c9.txt", cable)
    _, out = cli(str(cable), "--format", "github", "--select", "CL096")
    escaped = str(cable).replace(":", "%3A").replace(",", "%2C")
    assert out.startswith(f"::notice file={escaped},line=107,col=1,endLine=109,endColumn=61,"
                          "title=CL096 [paragraph-split]::")
