"""json: one JSON document (schemas/report.schema.json), findings streamed as they come."""

from __future__ import annotations

import json

from ..diagnostic import Diagnostic
from ..escaping import utf8_safe
from .base import Reporter, Run, Summary

_ENCODE = json.JSONEncoder(
    ensure_ascii=False
).encode  # json.dumps(..., ensure_ascii=False), made once


class JsonReporter(Reporter):
    """`{"tool", "version", "diagnostics": [...], "unreadable": [...], "summary"}`; written
    incrementally, valid when finished. `unreadable` lists the inputs that could not be read (the
    exit code is then 2). Control characters are JSON escapes; a path's bytes that are not UTF-8 are
    written as `\\xNN`."""

    name = "json"

    def start(self, run: Run) -> None:
        super().start(run)
        self.first = True
        self.stream.write(
            '{"tool": "cablelint", "version": %s, "diagnostics": [' % json.dumps(run.version)
        )

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            entry = {**d.to_dict(), "path": utf8_safe(d.path), "message": utf8_safe(d.message)}
            self.stream.write(("\n  " if self.first else ",\n  ") + _ENCODE(entry))
            self.first = False

    def finish(self, summary: Summary) -> None:
        totals = {"files": summary.files, "diagnostics": summary.diagnostics,
                  "by_severity": {str(k): v for k, v in summary.by_severity.items()}}
        unreadable = [
            {"path": utf8_safe(u["path"]), "message": utf8_safe(u["message"])}
            for u in summary.unreadable
        ]
        self.stream.write("%s],\n \"unreadable\": %s,\n \"summary\": %s}\n" % (
            "" if self.first else "\n", json.dumps(unreadable, ensure_ascii=False),
            json.dumps(totals)))
