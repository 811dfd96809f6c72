"""`cablelint server` as a subprocess, spoken to in JSON-RPC over its standard input and output: the
diagnostics it publishes are the CLI's findings, its code actions' edits remove what they fix, columns are
UTF-16, the configuration of the file and the client's settings apply, and nothing kills it."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

pytest.importorskip(
    "pygls", reason="the language server needs the lsp extra (pip install '.[lsp]')"
)

from cables import cable  # noqa: E402
from conftest import CORPUS, SEEDS  # noqa: E402
from expected import SEVERITIES, cli_findings, cli_findings_of, published  # noqa: E402
from lsp_client import TIMEOUT, LspClient, apply_edits  # noqa: E402

SEED = "003_e01b202fd18136d2.txt"
UNUSED = "# cablelint: disable-next-line CL091\n"      # above a line with no
                                                       # CL091: CL137, with a fix


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder without configuration, holding the seeds."""
    folder = tmp_path_factory.mktemp("lsp")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture(scope="module")
def server(folder):
    """A server that lints at once (debounce 0), shared by the tests of this module."""
    client = LspClient(folder)
    client.initialize({"debounce": 0})
    yield client
    assert client.close() == 0


def uri_of(path: Path) -> str:
    return path.resolve().as_uri()


def code_actions(server: LspClient, uri: str, where: dict,
                 only: list[str] | None = None) -> list[dict]:
    context = {"diagnostics": [], **({"only": only} if only else {})}
    return server.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": where,
                                                      "context": context})


def formatting(server: LspClient, uri: str) -> list[dict]:
    return server.request(
        "textDocument/formatting",
        {"textDocument": {"uri": uri}, "options": {"tabSize": 4, "insertSpaces": True}},
    )


def test_open_publishes_the_cli_findings(server, folder):
    for seed in sorted(folder.glob("*.txt")):
        diagnostics = server.open(uri_of(seed), seed.read_text(encoding="utf-8"))
        assert published(diagnostics) == cli_findings(folder, seed)
        assert all(d["source"] == "cablelint"
                   and d["codeDescription"]["href"].endswith(f"/{d['code']}/")
                   for d in diagnostics)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_corpus_cables_of_every_layout_publish_the_cli_findings(server, tmp_path):
    """Web pages, HTML fragments, JSON records and bodies, PDF text: findings mapped back to the file
    through the container's offsets, at the same UTF-16 ranges as the CLI's."""
    paths = []
    for layout in sorted(p for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for source in sorted(p for p in layout.iterdir() if p.is_file())[:6]:
            try:
                source.read_bytes().decode("utf-8")
            except UnicodeDecodeError:       # an editor would decode it
                                             # otherwise; CL134 is the CLI's
                continue
            paths.append(tmp_path / f"{layout.name}-{source.name}")
            shutil.copy(source, paths[-1])
    expected = cli_findings_of(tmp_path, paths)
    for path in paths:
        assert (
            published(server.open(uri_of(path), path.read_bytes().decode("utf-8")))
            == expected[str(path)]
        ), path


def test_change_updates_the_findings_as_the_cli_sees_the_new_text(server, folder):
    path = folder / "changed.txt"
    text = (folder / SEED).read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before = server.open(uri_of(path), text)
    assert "CL111" not in {d["code"] for d in before}
    changed = text.replace("A/S Fried emphasized", "A/S Fried **emphasized**")
    path.write_text(changed, encoding="utf-8")
    after = server.change(uri_of(path), changed, 2)
    assert "CL111" in {d["code"] for d in after}
    assert published(after) == cli_findings(folder, path)


def test_quick_fix_of_an_unused_directive_removes_it(server, folder):
    text = UNUSED + (folder / SEED).read_text(encoding="utf-8")
    uri = uri_of(folder / "directive.txt")
    unused = [d for d in server.open(uri, text) if d["code"] == "CL137"]
    assert len(unused) == 1 and unused[0]["range"]["start"] == {"line": 0, "character": 0}
    actions = code_actions(server, uri, unused[0]["range"], only=["quickfix"])
    fix = next(a for a in actions if a["title"] == "Remove the directive (CL137)")
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True and fix["diagnostics"] == unused
    fixed = apply_edits(text, fix["edit"]["changes"][uri])
    assert fixed == text[len(UNUSED):]
    assert "CL137" not in {d["code"] for d in server.change(uri, fixed, 2)}


def test_disable_for_this_line_inserts_a_directive_that_suppresses_the_finding(server, folder):
    text = (folder / SEED).read_text(encoding="utf-8")
    uri = uri_of(folder / "disable.txt")
    diagnostics = server.open(uri, text)
    target = next(d for d in diagnostics if d["code"] == "CL090")
    actions = code_actions(server, uri, target["range"])
    disable = next(a for a in actions if a["title"] == "Disable CL090 for this line")
    edited = apply_edits(text, disable["edit"]["changes"][uri])
    assert edited.split("\n")[target["range"]["start"]["line"]] == ("# cablelint: "
                                                                    "disable-next-line CL090")
    after = server.change(uri, edited, 2)
    assert sorted(d["code"] for d in after) == sorted(d["code"] for d in diagnostics
                                                      if d["code"] != "CL090")
    # A second rule on the same line joins the directive already above it.
    paragraph_split = next(d for d in after if d["code"] == "CL096"
                           and d["range"]["start"]["line"] ==
                           target["range"]["start"]["line"] + 1)
    actions = code_actions(server, uri, paragraph_split["range"])
    disable = next(a for a in actions if a["title"] == "Disable CL096 for this line")
    both = apply_edits(edited, disable["edit"]["changes"][uri])
    assert both.split("\n")[target["range"]["start"]["line"]] == ("# cablelint: disable-next-line "
                                                                  "CL090, CL096")
    assert not {"CL090", "CL096", "CL137"} & {
        d["code"]
        for d in server.change(uri, both, 3)
        if d["range"]["start"]["line"] == target["range"]["start"]["line"] + 1
    }


def test_fix_all_and_formatting_apply_every_safe_fix(server, folder):
    text = UNUSED + (folder / SEED).read_text(encoding="utf-8").replace(
        "\n6. (C)", "\n" + UNUSED + "6. (C)"
    )
    uri = uri_of(folder / "fixall.txt")
    assert [d["code"] for d in server.open(uri, text)].count("CL137") == 2
    start = {"line": 0, "character": 0}
    actions = code_actions(server, uri, {"start": start, "end": start}, only=["source.fixAll"])
    assert [a["kind"] for a in actions] == ["source.fixAll.cablelint"]
    fixed = apply_edits(text, actions[0]["edit"]["changes"][uri])
    # The seed's own safe fixes (mirror chrome, ...) apply too: the directives go and nothing else
    # differs.
    seed = (folder / SEED).read_text(encoding="utf-8")
    seed_uri = uri_of(folder / "seed-copy.txt")
    server.open(seed_uri, seed)
    seed_actions = code_actions(server, seed_uri, {"start": start, "end": start},
                                only=["source.fixAll"])
    assert fixed == apply_edits(seed, seed_actions[0]["edit"]["changes"][seed_uri])
    assert "cablelint: disable" not in fixed
    assert apply_edits(text, formatting(server, uri)) == fixed
    assert "CL137" not in {d["code"] for d in server.change(uri, fixed, 2)}
    assert formatting(server, uri) == []


def test_hover_shows_the_rule_help(server, folder):
    text = (folder / SEED).read_text(encoding="utf-8")
    uri = uri_of(folder / "hover.txt")
    target = next(d for d in server.open(uri, text) if d["code"] == "CL090")
    hover = server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": target["range"]["start"]})
    value = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown"
    assert "**CL090** `paragraph-sequence`" in value
    assert all(part in value for part in ("What it does", "Why is this bad", "Example"))
    nothing = server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                    "position": {"line": 20, "character": 3}})
    assert nothing is None


def test_columns_are_utf16_after_a_pilcrow_and_an_astral_character(server, folder):
    text = cable(body="¶1. (C) First **word** paragraph.\n\n¶2. (C) The \U0001d538 sign **and** "
                      "more.\n\nORDWAY\n")
    path = folder / "utf16.txt"
    path.write_text(text, encoding="utf-8")
    markdown = [d for d in server.open(uri_of(path), text) if d["code"] == "CL111"]
    pilcrow, astral = (d["range"] for d in markdown)
    # '¶' is one UTF-16 unit (two bytes)
    assert pilcrow["start"] == {"line": 18, "character": 14}
    assert pilcrow["end"] == {"line": 18, "character": 22}
    # U+1D538 is two UTF-16 units
    assert astral["start"] == {"line": 20, "character": 20}
    assert astral["end"] == {"line": 20, "character": 27}
    assert published(markdown) == [f for f in cli_findings(folder, path) if f[0] == "CL111"]


def test_columns_in_utf8_when_the_client_asks_for_them(folder):
    client = LspClient(folder)
    result = client.initialize({"debounce": 0},
                               {"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    assert result["capabilities"]["positionEncoding"] == "utf-8"
    text = cable(body="¶1. (C) First **word** paragraph.\n\n¶2. (C) The \U0001d538 sign **and** "
                      "more.\n\nORDWAY\n")
    markdown = [d["range"] for d in client.open(uri_of(folder / "utf8.txt"), text)
                if d["code"] == "CL111"]
    assert [r["start"] for r in markdown] == [{"line": 18, "character": 15},
                                              {"line": 20, "character": 23}]   # bytes
    assert client.close() == 0


def test_windows_line_endings(server, folder):
    text = UNUSED + (folder / SEED).read_text(encoding="utf-8")
    crlf = text.replace("\n", "\r\n")
    uri = uri_of(folder / "crlf.txt")
    diagnostics = server.open(uri, crlf)
    lf_uri = uri_of(folder / "lf.txt")
    assert published(diagnostics) == published(server.open(lf_uri, text))
    lf_fixed = apply_edits(text, formatting(server, lf_uri))     # the same fixes, line ends kept
    assert apply_edits(crlf, formatting(server, uri)) == lf_fixed.replace("\n", "\r\n")
    assert not lf_fixed.startswith(UNUSED)
    target = next(d for d in diagnostics if d["code"] == "CL090")
    disable = next(a for a in code_actions(server, uri, target["range"])
                   if a["title"].startswith("Disable"))
    assert disable["edit"]["changes"][uri][0]["newText"] == ("# cablelint: disable-next-line "
                                                             "CL090\r\n")


def test_not_a_cable_is_a_log_message_and_the_server_goes_on(server, folder):
    uri = uri_of(folder / "binary.txt")
    assert server.open(uri, "PK\x03\x04\x00\x00binary") == []
    message = server.notification("window/logMessage", lambda p: "binary.txt" in p["message"])
    assert "NUL" in message["message"]
    text = (folder / SEED).read_text(encoding="utf-8")
    assert server.change(uri, text, 2) != []


def test_client_settings_select_ignore_fail_level(folder):
    client = LspClient(folder)
    client.initialize({"debounce": 0, "select": ["CL09"], "ignore": "CL096",
                       "failLevel": "warning"})
    seed = folder / SEED
    diagnostics = client.open(uri_of(seed), seed.read_text(encoding="utf-8"))
    assert {d["code"] for d in diagnostics} == {"CL090", "CL097"}
    hint = 4
    # info: below the fail level
    assert [d["severity"] for d in diagnostics if d["code"] == "CL097"] == [hint]
    assert [d["severity"] for d in diagnostics if d["code"] == "CL090"] == [SEVERITIES["warning"]]
    client.notify("workspace/didChangeConfiguration",
                  {"settings": {"cablelint": {"debounce": 0, "select": "CL114"}}})
    assert {d["code"] for d in client.diagnostics(uri_of(seed), 1)} == {"CL114"}
    for foreign in (None, {}, {"editor.fontSize": 12}):        # not ours: the settings stay
        client.notify("workspace/didChangeConfiguration", {"settings": foreign})
        assert {d["code"] for d in client.diagnostics(uri_of(seed), 1)} == {"CL114"}
    client.notify("workspace/didChangeConfiguration",
                  {"settings": {"cablelint": {"select": ["CL9O"]}}})
    assert "no rule matches 'CL9O'" in client.notification("window/logMessage")["message"]
    assert client.close() == 0


def test_the_configuration_of_the_file_applies_and_is_read_again_when_it_changes(tmp_path):
    project = tmp_path / "archive"
    (project / "cables").mkdir(parents=True)
    seed = project / "cables" / SEED
    shutil.copy(SEEDS / SEED, seed)
    config = project / ".cablelint.yaml"
    config.write_text("ignore: [CL090]\n", encoding="utf-8")
    client = LspClient(tmp_path)             # started elsewhere: the file's folder decides
    client.initialize({"debounce": 0},
                      {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}})
    text = seed.read_text(encoding="utf-8")
    codes = {d["code"] for d in client.open(uri_of(seed), text)}
    registration = client.server_requests[0]["params"]["registrations"][0]
    assert registration["method"] == "workspace/didChangeWatchedFiles"
    assert [w["globPattern"] for w in registration["registerOptions"]["watchers"]] == \
        ["**/.cablelint.yaml", "**/pyproject.toml"]
    assert "CL090" not in codes and "CL114" in codes
    config.write_text("ignore: [CL114, CL063]\n", encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles",
                  {"changes": [{"uri": uri_of(config), "type": 2}]})
    codes = {d["code"] for d in client.diagnostics(uri_of(seed), 1)}
    assert "CL090" in codes and not {"CL114", "CL063"} & codes
    # no notification: mtime checked
    config.write_text("ignore: [CL114, CL063, CL09]\n", encoding="utf-8")
    codes = {d["code"] for d in client.change(uri_of(seed), text + "\n", 2)}
    assert not {"CL090", "CL096", "CL114"} & codes
    config.write_text("ignore: [CL9O]\n", encoding="utf-8")
    assert client.change(uri_of(seed), text, 3) == []
    assert "no rule matches 'CL9O'" in client.notification("window/logMessage")["message"]
    assert client.close() == 0


def test_huge_document_and_rule_crash_are_log_messages(tmp_path):
    site = _test_plugin(tmp_path / "site")
    client = LspClient(tmp_path, pythonpath=(str(site),))
    client.initialize({"debounce": 0, "maxSize": 20000, "extendSelect": ["CRASH001"]})
    text = (SEEDS / SEED).read_text(encoding="utf-8")
    uri = uri_of(tmp_path / "doc.txt")
    assert client.open(uri, text) != []
    assert client.change(uri, text * 3, 2) == []
    assert "larger than max-size" in client.notification("window/logMessage")["message"]
    assert client.change(uri, text + "\nCRASH HERE\n", 3) == []
    assert (
        "rule CRASH001 (crash-on-purpose) crashed"
        in client.notification("window/logMessage")["message"]
    )
    assert client.change(uri, text, 4) != []
    assert client.close() == 0


def test_exit_without_shutdown_is_code_1(folder):
    client = LspClient(folder)
    client.initialize()
    client.notify("exit")
    assert client.wait() == 1


def test_debounced_changes_publish_the_last_version(folder):
    client = LspClient(folder)
    client.initialize({"debounce": 50})
    seed = folder / SEED
    text = seed.read_text(encoding="utf-8")
    uri = uri_of(seed)
    client.open(uri, text)
    for version in range(2, 6):
        client.send_change(uri, text + "\n" * version, version)
    assert published(client.diagnostics(uri, 5)) == published(
        client.open(uri_of(folder / "same.txt"), text)
    )
    assert client.close() == 0


def test_changes_within_the_debounce_delay_are_linted_once_and_a_request_lints_at_once(folder):
    """With a delay no test outlasts (an hour), four changes wait: nothing is linted until a request
    on the document lints its present text, version 5, once."""
    client = LspClient(folder)
    client.initialize({"debounce": 3_600_000})
    text = (folder / SEED).read_text(encoding="utf-8")
    uri = uri_of(folder / "burst.txt")
    target = next(d for d in client.open(uri, text) if d["code"] == "CL090")     # open: at once
    for version in range(2, 6):
        client.send_change(uri, text + "\n" * version, version)
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": target["range"]["start"]})
    assert "**CL090**" in hover["contents"]["value"]
    client.diagnostics(uri, 5)
    client.request("shutdown")
    assert client.published_versions(uri) == [1, 5]
    client.notify("exit")
    assert client.wait() == 0


def test_a_lint_under_way_blocks_no_request_and_stale_versions_are_never_published(tmp_path):
    """While the worker is held inside the lint of A version 1 (WAIT001 waits on a named pipe), the
    server answers a hover on B and takes A's changes to versions 2 and 3; once released, only
    version 3's diagnostics are published: 1's result is dropped, 2's lint skipped. Nothing here is
    timed: each step waits for a message, or for the other end of a pipe."""
    pipes = tmp_path / "pipes"
    pipes.mkdir()
    for name in ("reached", "release"):
        os.mkfifo(pipes / name)
    client = LspClient(tmp_path, pythonpath=(str(_test_plugin(tmp_path / "site")),))
    try:
        client.initialize({"debounce": 0, "extendSelect": ["WAIT001"]})
        text = (SEEDS / SEED).read_text(encoding="utf-8")
        other, held = uri_of(tmp_path / "other.txt"), uri_of(tmp_path / "held.txt")
        target = next(d for d in client.open(other, text) if d["code"] == "CL090")
        client.send_open(held, f"{text}\nWAIT IN {pipes}\n")
        _pipe(pipes / "reached", "r")                # the worker is inside the lint of version 1
        for version in (2, 3):
            client.send_change(held, text + "\n" * version, version)
        hover = client.request("textDocument/hover", {"textDocument": {"uri": other},
                                                      "position": target["range"]["start"]})
        assert "**CL090**" in hover["contents"]["value"]       # answered while A's lint waits
        _pipe(pipes / "release", "w")
        final = client.diagnostics(held, 3)
        same = client.open(uri_of(tmp_path / "same.txt"), text + "\n\n\n")
        assert published(final) == published(same)
        client.request("textDocument/hover", {"textDocument": {"uri": held},
                                              "position": target["range"]["start"]})
        client.request("shutdown")
        assert client.published_versions(held) == [3]
        client.notify("exit")
        assert client.wait() == 0
    finally:
        client.process.kill()


def test_published_versions_only_increase_when_changes_come_faster_than_lints(folder):
    """However the lints and the changes interleave, a document's diagnostics are published in
    version order and end with the last version."""
    client = LspClient(folder)
    client.initialize({"debounce": 0})
    text = (folder / SEED).read_text(encoding="utf-8")
    uri = uri_of(folder / "fast.txt")
    client.open(uri, text * 20)
    for version in range(2, 8):
        client.send_change(uri, text * 20 + "\n" * version, version)
    client.diagnostics(uri, 7)
    client.request("shutdown")
    versions = client.published_versions(uri)
    assert versions == sorted(set(versions)) and versions[-1] == 7
    client.notify("exit")
    assert client.wait() == 0


def _pipe(fifo: Path, mode: str) -> None:
    """Open a named pipe and close it (writing a word when `mode` is "w"): this waits for the other
    end, the lint that WAIT001 holds; a safety net fails the test if it never comes."""
    def meet() -> None:
        with open(fifo, mode, encoding="utf-8") as pipe:
            if mode == "w":
                pipe.write("go")
            else:
                pipe.read()
    other_end = threading.Thread(target=meet, daemon=True)
    other_end.start()
    other_end.join(TIMEOUT)
    assert not other_end.is_alive(), f"no lint opened {fifo.name}"


def _test_plugin(site: Path) -> Path:
    """A plugin installed as a distribution on a private path, with two rules off by default:
    CRASH001 raises on a line 'CRASH HERE'; WAIT001, on a line 'WAIT IN <folder>', opens the named
    pipe <folder>/reached for writing (the test knows the lint is under way), then waits until the
    test writes to <folder>/release."""
    site.mkdir()
    (site / "crashing_rule.py").write_text('''
from pathlib import Path
from cablelint.plugin import CheckKind, hookimpl


class Crash(CheckKind):
    name = "crash_on_purpose"
    needs_target = False
    params_schema = {"type": "object"}

    def check(self, cable):
        if "CRASH HERE" in cable.lines:
            raise RuntimeError("on purpose")
        return []


class Wait(CheckKind):
    name = "wait_for_fifo"
    needs_target = False
    params_schema = {"type": "object"}

    def check(self, cable):
        for line in cable.lines:
            if line.startswith("WAIT IN "):
                folder = Path(line[len("WAIT IN "):])
                with open(folder / "reached", "w", encoding="utf-8"):
                    pass
                with open(folder / "release", encoding="utf-8") as release:
                    release.read()
        return []


@hookimpl
def cablelint_check_kinds():
    return [Crash, Wait]


@hookimpl
def cablelint_rule_packs():
    return [Path(__file__).with_name("crashing.yaml")]
''', encoding="utf-8")
    (site / "crashing.yaml").write_text('''pack: crashing
rules:
  - id: CRASH001
    name: crash-on-purpose
    severity: info
    check: crash_on_purpose
    default: false
    message: "never shown"
    help: |
      ## What it does
      Crashes.
      ## Why is this bad?
      It is a test.
      ## Example
      CRASH HERE
  - id: WAIT001
    name: wait-for-fifo
    severity: info
    check: wait_for_fifo
    default: false
    message: "never shown"
    help: |
      ## What it does
      Waits.
      ## Why is this bad?
      It is a test.
      ## Example
      WAIT IN /tmp/pipes
''', encoding="utf-8")
    info = site / "crashing_rule-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashing-rule\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text("[cablelint]\ncrashing = crashing_rule\n",
                                           encoding="utf-8")
    return site
