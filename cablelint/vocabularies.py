"""Named vocabularies (TSV: key, description), loaded once, on first use."""

from __future__ import annotations

from functools import cached_property
from importlib.resources import files
from typing import Mapping

from .errors import RulePackError


class Vocabulary:
    """One TSV list: first column is the key, second the description (may be empty)."""

    def __init__(self, name: str, source) -> None:
        self.name = name
        self.source = source

    @cached_property
    def entries(self) -> dict[str, str]:
        text = self.source.read_text(encoding="utf-8")
        entries = {}
        for line in text.splitlines():
            if line.strip():
                key, _, rest = line.partition("\t")
                entries.setdefault(key.strip(), rest.split("\t")[0].strip())
        return entries

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def get(self, key: str) -> str | None:
        return self.entries.get(key)


class Vocabularies:
    """All vocabularies registered through the `cablelint_vocabularies` hook, by name."""

    def __init__(self, sources: Mapping[str, object]) -> None:
        self._by_name = {name: Vocabulary(name, source) for name, source in sources.items()}

    def __getitem__(self, name: str) -> Vocabulary:
        try:
            return self._by_name[name]
        except KeyError:
            raise RulePackError(f"unknown vocabulary '{name}' (known: {', '.join(sorted(self._by_name))})") from None

    def names(self) -> list[str]:
        return sorted(self._by_name)


def builtin_sources() -> dict[str, object]:
    """The vocabularies shipped in cablelint/vocab, named after their files without `.tsv`."""
    folder = files("cablelint.vocab")
    return {entry.name[:-4]: entry for entry in folder.iterdir() if entry.name.endswith(".tsv")}
