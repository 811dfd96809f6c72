"""Every cable of ../shared/corpus lints without an exception (skipped where the corpus is absent)."""

from __future__ import annotations

import pytest

from conftest import CORPUS, corpus_files, registry
from cablelint.engine import lint_bytes
from cablelint.ruleset import build

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


def test_whole_corpus_lints_without_exception():
    ruleset = build(registry(), select=["ALL"])
    files = corpus_files()
    assert len(files) > 1000
    for path in files:
        for d in lint_bytes(path.read_bytes(), str(path), ruleset):
            assert d.line >= 1 and d.column >= 1 \
                and (d.end_line, d.end_column) >= (d.line, d.column), (path, d)
