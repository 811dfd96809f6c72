"""docs/architecture.md's worked examples are true of the code: each code block that starts with
`# from PATH` must stand, line for line, in that file (the example plugin it quotes is installed and
run by tests/test_plugins.py; the rule it quotes runs its examples in tests/test_rule_examples.py),
and its `>>>` blocks run, as one doctest session, with the outputs they show."""

from __future__ import annotations

import doctest
import re
import sys
import tempfile

from cablelint.plugins import collect, make_plugin_manager
from conftest import ROOT

DOC = ROOT / "docs" / "architecture.md"


def quoted_blocks() -> list[tuple[str, str]]:
    """(path, text) of each indented code block of the page that names the file it is quoted from."""
    blocks, current = [], None
    for line in DOC.read_text(encoding="utf-8").split("\n") + [""]:
        source = re.match(r"    # from (\S+)$", line)
        if source:
            current = (source.group(1), [])
            blocks.append(current)
        elif current is not None and (line.startswith("    ") or not line):
            current[1].append(line[4:])
        else:
            current = None
    return [(path, "\n".join(lines).strip("\n")) for path, lines in blocks]


def test_the_page_quotes_examples_of_a_rule_a_kind_a_selector_and_a_reporter():
    paths = {path for path, _ in quoted_blocks()}
    assert {"rules/declassification.yaml", "cablelint/selectors/eo.py",
            "tests/plugin_example/cablelint_example/plugin.py"} <= paths


def test_every_quoted_example_is_true_of_the_code():
    stale = [(path, text.split("\n")[0]) for path, text in quoted_blocks()
             if text not in (ROOT / path).read_text(encoding="utf-8")]
    assert stale == []


def sections() -> dict[str, str]:
    """The page's `## ` sections by title."""
    parts = re.split(r"^## (.+)$", DOC.read_text(encoding="utf-8"), flags=re.M)
    return dict(zip(parts[1::2], parts[2::2]))


def test_the_data_path_and_every_way_to_add_has_a_session_that_runs_it():
    titles = ("The data path", "Adding a rule", "Adding a check kind", "Adding a selector",
              "Adding a reporter")
    assert [title for title in titles if ">>> " not in sections().get(title, "")] == []


def test_the_pages_python_session_runs_as_shown(monkeypatch, tmp_path):
    """From the project's folder, with the example plugin importable and temporary files and the
    pack cache in a private folder; the built-in selectors are installed again afterwards."""
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "plugin_example"))
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    session = doctest.DocTestParser().get_doctest(DOC.read_text(encoding="utf-8"), {}, DOC.name,
                                                  str(DOC), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    try:
        runner.run(session, out=report.append)
    finally:
        collect(make_plugin_manager(entry_points=False))
        for name in [name for name in sys.modules if name.startswith("cablelint_example")]:
            del sys.modules[name]
    assert session.examples and runner.failures == 0, "".join(report)
