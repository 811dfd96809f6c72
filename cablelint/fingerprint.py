"""The one fingerprint of a finding, shared by baselines and SARIF `partialFingerprints`.

A finding is known by its rule id, the normalised text of the line(s) it flags, and how many
findings of that rule on that same text came before it in the file. Lines inserted or removed
elsewhere leave it unchanged; editing the flagged line changes it.
"""

from __future__ import annotations

from collections import Counter

from .diagnostic import Diagnostic

#: Bumped when the fingerprint's recipe changes (baselines record it as their version).
FINGERPRINT_VERSION = 1


def flagged_text(d: Diagnostic, lines: list[str]) -> str:
    """The lines a finding spans, white space collapsed (an end at column 1 does not take its
    line)."""
    last = d.end_line - 1 if d.end_line > d.line and d.end_column <= 1 else d.end_line
    return " ".join(" ".join(lines[max(d.line, 1) - 1:max(last, d.line)]).split())


def fingerprints(diagnostics: list[Diagnostic], text: str) -> list[str]:
    """The fingerprint of each of a file's sorted diagnostics, in order; `text` is the file's
    text."""
    import hashlib      # here: it loads OpenSSL, 4 ms of a start-up that prints no SARIF
    lines = text.split("\n")
    seen: Counter = Counter()
    result = []
    for d in diagnostics:
        key = (d.rule_id, flagged_text(d, lines))
        digest = hashlib.sha256(
            f"{key[0]}\0{key[1]}\0{seen[key]}".encode("utf-8", "surrogateescape")
        )
        seen[key] += 1
        result.append(digest.hexdigest()[:20])
    return result
