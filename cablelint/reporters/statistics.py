"""--statistics: counts per rule instead of the findings (ruff's `--statistics`), as text or
JSON."""

from __future__ import annotations

import json
from collections import Counter

from ..diagnostic import Diagnostic
from .base import Reporter, Summary


class StatisticsReporter(Reporter):
    """One row per rule that found something: count, id, name, fixable; most frequent first, then by
    id."""

    name = "statistics"

    def __init__(self, stream, as_json: bool = False) -> None:
        super().__init__(stream)
        self.as_json = as_json
        self.counts: Counter = Counter()

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        self.counts.update((d.rule_id, d.rule_name) for d in diagnostics)

    def finish(self, summary: Summary) -> None:
        fixable = {rule.id: rule.fixable for rule in self.run.rules}
        rows = [{"id": rule_id, "name": name, "fixable": fixable.get(rule_id, False),
                 "count": count}
                for (rule_id, name), count in sorted(self.counts.items(),
                                                     key=lambda item: (-item[1], item[0]))]
        if self.as_json:
            self.stream.write(json.dumps(rows, indent=2) + "\n")
            return
        width = max((len(str(row["count"])) for row in rows), default=1)
        for row in rows:
            mark = "[*]" if row["fixable"] else "[ ]"
            self.stream.write(f"{row['count']:>{width}}  {row['id']}  {mark} {row['name']}\n")
