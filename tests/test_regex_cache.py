"""The compiled-expression cache (`cablelint.regex_cache`): a hit gives the patterns `re` compiles,
a damaged, foreign or untrusted file is a miss, a steady-state run does not rewrite the file, a
start-up whose expressions do not fit in half of `re`'s cache writes nothing, and the report is the
same with and without the cache. Each run is a fresh interpreter (the cache is read at import)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAIN_CABLE, ROOT, SEEDS


pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="no re._compiler before 3.11")

#: In a fresh interpreter: how many expressions came from the cache, whether each is the pattern
#: `re`'s own compiler makes of it, and whether `re`'s cache is at most half full.
CHECK_LOADED = (
    "import re\n"
    "from re import _compiler\n"
    "from cablelint import regex_cache\n"
    "loaded = regex_cache._loaded\n"
    "same = all(re.compile(p, f) == _compiler.compile(p, f)\n"
    "           and re.compile(p, f).groupindex == _compiler.compile(p, f).groupindex\n"
    "           and re.compile(p, f).groups == _compiler.compile(p, f).groups for p, f in loaded)\n"
    "print(len(loaded), same, len(re._cache) <= regex_cache.MAX_PATTERNS)\n")

#: In a fresh interpreter: compile COUNT distinct expressions, then remember them.
COMPILE_AND_REMEMBER = (
    "import re, sys\n"
    "from cablelint import regex_cache\n"
    "for number in range(int(sys.argv[1])):\n"
    "    re.compile(rf'(?P<n>x{{{number}}})y')\n"
    "regex_cache.remember()\n")


def _env(cache: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(cache)}


def _lint(cache: Path, *paths: Path) -> str:
    run = subprocess.run([sys.executable, "-m", "cablelint", "--no-cache",
                          *map(str, paths or (PLAIN_CABLE,))],
                         capture_output=True, text=True, cwd=ROOT, env=_env(cache))
    assert "Traceback" not in run.stderr
    return run.stdout + run.stderr


def _fill(cache: Path) -> str:
    """The first run fills the rule-pack cache (validating the packs compiles more expressions than
    the cache takes: nothing is written), the second the expression cache."""
    first = _lint(cache)
    assert _cache_files(cache) == []
    assert _lint(cache) == first
    assert _cache_files(cache)
    return first


def _loaded(cache: Path) -> list[str]:
    run = subprocess.run([sys.executable, "-c", CHECK_LOADED], capture_output=True, text=True,
                         cwd=ROOT, env=_env(cache), check=True)
    return run.stdout.split()


def _compile_and_remember(cache: Path, count: int) -> None:
    subprocess.run([sys.executable, "-c", COMPILE_AND_REMEMBER, str(count)], cwd=ROOT,
                   env=_env(cache), check=True)


def _cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("regex-*.bin"))


def _stamp(path: Path) -> tuple:
    status = path.stat()
    return status.st_ino, status.st_mtime_ns, path.read_bytes()


def test_a_run_fills_the_cache_and_the_next_loads_the_patterns_re_would_compile(tmp_path):
    cache = tmp_path / "cache"
    assert _loaded(cache) == ["0", "True", "True"]
    first = _fill(cache)
    count, same, half = _loaded(cache)
    assert int(count) > 100 and same == "True" and half == "True"
    assert _lint(cache) == first


def test_a_steady_state_run_does_not_rewrite_the_file(tmp_path):
    cache = tmp_path / "cache"
    _fill(cache)
    [path] = _cache_files(cache)
    before = _stamp(path)       # a rewrite replaces the file: another inode
    _lint(cache)
    _lint(cache)
    assert _cache_files(cache) == [path] and _stamp(path) == before


def test_the_report_is_the_same_with_and_without_the_cache(tmp_path):
    without = _lint(tmp_path / "fresh", SEEDS)      # no file yet: everything compiled by `re`
    cache = tmp_path / "cache"
    _fill(cache)
    assert _lint(cache, SEEDS) == without


def test_a_damaged_cache_file_is_a_miss_and_is_rewritten(tmp_path):
    cache = tmp_path / "cache"
    first = _fill(cache)
    [path] = _cache_files(cache)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert _loaded(cache) == ["0", "True", "True"]
    assert _lint(cache) == first
    assert int(_loaded(cache)[0]) > 100


@pytest.mark.parametrize("content", [b"", b"CLX2", b"CLX2\0\0\0\0garbage", b"not a cache file"])
def test_a_foreign_or_truncated_file_is_a_miss(tmp_path, content):
    cache = tmp_path / "cache"
    first = _fill(cache)
    [path] = _cache_files(cache)
    path.write_bytes(content)
    assert _loaded(cache) == ["0", "True", "True"]
    assert _lint(cache) == first


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no owner and mode bits")
def test_a_cache_folder_or_file_others_may_write_to_is_not_read(tmp_path):
    cache = tmp_path / "cache"
    _fill(cache)
    [path] = _cache_files(cache)
    path.chmod(0o666)
    assert _loaded(cache) == ["0", "True", "True"]
    path.chmod(0o600)
    cache.chmod(0o777)
    assert _loaded(cache) == ["0", "True", "True"]


def test_expressions_that_do_not_fit_in_half_of_res_cache_are_not_written(tmp_path):
    from cablelint import regex_cache

    cache = tmp_path / "cache"
    _compile_and_remember(cache, regex_cache.MAX_PATTERNS + 1)
    assert _cache_files(cache) == []
    _compile_and_remember(cache, 20)
    [path] = _cache_files(cache)
    assert int(_loaded(cache)[0]) >= 20
    before = _stamp(path)
    _compile_and_remember(cache, 20)        # the same expressions again: nothing to add
    assert _stamp(path) == before
    _compile_and_remember(cache, 30)        # ten more: added, the twenty kept
    assert int(_loaded(cache)[0]) >= 30
