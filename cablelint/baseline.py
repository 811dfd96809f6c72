"""Baselines: the findings an archive had when cablelint was adopted, recorded so that they are
hidden.

The file is JSON (`schemas/baseline.schema.json`): a version, and per path (relative to the
configuration's folder, '/'-separated) the sorted entries `{rule, fingerprint, message}`. Writing
the same findings twice gives the same bytes. Matching uses only the rule and the fingerprint
(`cablelint.fingerprint`); the message is there for the reader of a diff.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .fingerprint import FINGERPRINT_VERSION, fingerprints
from .resources import data_dir
from .schema_errors import first_problem


class Baseline:
    """The recorded findings of a baseline file, consumed as a run hides them."""

    def __init__(self, entries: dict[str, list[dict]]) -> None:
        self.entries = entries
        self.left: dict[str, Counter] = {}        # per linted path: recorded findings not met (yet)
        self.hidden = 0                            # findings hidden so far

    def hide(self, path: str, diagnostics: list, text: str) -> list:
        """The diagnostics of one file (path relative to the configuration's folder) not in the
        baseline."""
        left = Counter((e["rule"], e["fingerprint"]) for e in self.entries.get(path, ()))
        kept = []
        for d, fingerprint in zip(diagnostics, fingerprints(diagnostics, text)):
            if left[(d.rule_id, fingerprint)] > 0:
                left[(d.rule_id, fingerprint)] -= 1
                self.hidden += 1
            else:
                kept.append(d)
        self.left[path] = +left
        return kept

    def stale(self) -> list[dict]:
        """Entries of linted files that no finding matched: fixed since the baseline was written."""
        messages = {(path, e["rule"], e["fingerprint"]): e["message"]
                    for path, entries in self.entries.items() for e in entries}
        return [
            {"path": path, "rule": rule, "fingerprint": fp, "message": messages[(path, rule, fp)]}
            for path, left in sorted(self.left.items())
            for (rule, fp), n in sorted(left.items())
            for _ in range(n)
        ]


class BaselineWriter:
    """Collects every finding of a run, to be written as a baseline."""

    def __init__(self) -> None:
        self.entries: dict[str, list[dict]] = {}

    def record(self, path: str, diagnostics: list, text: str) -> None:
        entries = self.entries.setdefault(path, [])
        for d, fingerprint in zip(diagnostics, fingerprints(diagnostics, text)):
            entries.append({"rule": d.rule_id, "fingerprint": fingerprint, "message": d.message})

    def dumps(self) -> str:
        """The baseline document: sorted, indented, one trailing newline; the same findings give the
        same bytes."""
        files = {path: sorted(entries, key=lambda e: (e["rule"], e["fingerprint"], e["message"]))
                 for path, entries in sorted(self.entries.items()) if entries}
        return json.dumps({"tool": "cablelint", "version": FINGERPRINT_VERSION, "files": files},
                          indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load(path: Path) -> Baseline:
    """Read and validate a baseline file; a ConfigError names the file and what is wrong."""
    import jsonschema
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: baseline cannot be read: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: baseline is not valid JSON: {exc}") from None
    schema = json.loads((data_dir("schemas") / "baseline.schema.json").read_text(encoding="utf-8"))
    problem = first_problem(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if problem is not None:
        raise ConfigError(f"{path}: {problem.pointer}: {problem.message}{problem.hint}")
    if data["version"] != FINGERPRINT_VERSION:
        raise ConfigError(f"{path}: baseline version {data['version']} is not "
                          f"{FINGERPRINT_VERSION}; rewrite it with --write-baseline")
    return Baseline(data["files"])
