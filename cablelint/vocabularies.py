"""Named vocabularies (TSV: key, description), loaded once, on first use."""

from __future__ import annotations

from functools import cached_property
from typing import Mapping

from .errors import RulePackError
from .resources import data_dir


class Vocabulary:
    """One TSV list: the first column is the key, then a description (may be empty) and, in some
    lists (stations.tsv), further columns."""

    def __init__(self, name: str, source) -> None:
        self.name = name
        self.source = source

    @cached_property
    def rows(self) -> dict[str, list[str]]:
        """Key -> the other columns of its (first) row."""
        text = self.source.read_text(encoding="utf-8")
        rows: dict[str, list[str]] = {}
        for line in text.splitlines():
            if line.strip():
                key, *rest = line.split("\t")
                rows.setdefault(key.strip(), [column.strip() for column in rest])
        return rows

    def __contains__(self, key: str) -> bool:
        return key in self.rows

    def get(self, key: str) -> str | None:
        """The description (second column) of a key, or None when the key is unknown."""
        row = self.rows.get(key)
        return None if row is None else (row[0] if row else "")

    def column(self, key: str, index: int) -> str:
        """Column `index` (1 = the second column) of a key's row, or "" when missing."""
        row = self.rows.get(key) or []
        return row[index - 1] if len(row) >= index else ""


class Vocabularies:
    """All vocabularies registered through the `cablelint_vocabularies` hook, by name."""

    def __init__(self, sources: Mapping[str, object]) -> None:
        self._by_name = {name: Vocabulary(name, source) for name, source in sources.items()}

    def __getitem__(self, name: str) -> Vocabulary:
        try:
            return self._by_name[name]
        except KeyError:
            raise RulePackError(f"unknown vocabulary '{name}' (known: "
                                f"{', '.join(sorted(self._by_name))})") from None


def builtin_sources() -> dict[str, object]:
    """The vocabularies shipped in cablelint/vocab, named after their files without `.tsv`."""
    folder = data_dir("vocab")
    return {entry.name[:-4]: entry for entry in folder.iterdir() if entry.name.endswith(".tsv")}
