"""What the CLI reports for a file, in the shape of the server's diagnostics (rule id, LSP severity,
LSP range with UTF-16 columns), for the tests that compare the two."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_in
from lsp_client import utf16_column

SEVERITIES = {"error": 1, "warning": 2, "info": 3}


def cli_findings(folder: Path, path: Path, *args: str) -> list[tuple]:
    """The CLI's findings of a file as (rule id, severity, LSP range), columns made UTF-16."""
    return cli_findings_of(folder, [path], *args)[str(path)]


def cli_findings_of(folder: Path, paths: list[Path], *args: str) -> dict[str, list[tuple]]:
    """cli_findings of several files, by path, from one run of the CLI."""
    _, out, _ = run_in(folder, "--format", "json", "--no-cache", *args, *map(str, paths))
    lines = {str(path): path.read_text(encoding="utf-8").split("\n") for path in paths}
    found: dict[str, list[tuple]] = {str(path): [] for path in paths}
    for d in json.loads(out)["diagnostics"]:
        text = lines[d["path"]]
        start = (d["line"] - 1, utf16_column(text[d["line"] - 1], d["column"]))
        end = (d["end_line"] - 1, utf16_column(text[d["end_line"] - 1], d["end_column"]))
        found[d["path"]].append((d["rule_id"], SEVERITIES[d["severity"]], start, end))
    return found


def published(diagnostics: list[dict]) -> list[tuple]:
    """The server's diagnostics in cli_findings' shape."""
    def position(where: dict) -> tuple:
        return where["line"], where["character"]
    return [(d["code"], d["severity"], position(d["range"]["start"]), position(d["range"]["end"]))
            for d in diagnostics]
