"""json: one JSON document (schemas/report.schema.json), findings streamed as they come."""

from __future__ import annotations

import json

from ..diagnostic import Diagnostic
from ..escaping import utf8_safe
from .base import Reporter, Run, Summary

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode     # json.dumps(..., ensure_ascii=False), made once


class JsonReporter(Reporter):
    """`{"version", "files", "diagnostics": [...], "summary"}`; written incrementally, valid when finished.
    Control characters are JSON escapes; a path's bytes that are not UTF-8 are written as `\\xNN`."""

    name = "json"

    def start(self, run: Run) -> None:
        super().start(run)
        self.first = True
        self.stream.write('{"tool": "cablelint", "version": %s, "diagnostics": [' % json.dumps(run.version))

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            entry = {**d.to_dict(), "path": utf8_safe(d.path), "message": utf8_safe(d.message)}
            self.stream.write(("\n  " if self.first else ",\n  ") + _ENCODE(entry))
            self.first = False

    def finish(self, summary: Summary) -> None:
        totals = {"files": summary.files, "diagnostics": summary.diagnostics,
                  "by_severity": {str(k): v for k, v in summary.by_severity.items()}}
        self.stream.write("%s],\n \"summary\": %s}\n" % ("" if self.first else "\n", json.dumps(totals)))
