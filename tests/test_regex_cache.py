"""The compiled-expression cache: a hit gives the patterns `re` compiles, a damaged or foreign file
is a miss, and the report is the same either way."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAIN_CABLE = ROOT / "seeds" / "000_ce69e6524d1a41cb.txt"

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="no re._compiler before 3.11")

#: In a fresh interpreter: how many expressions came from the cache, and whether each is the
#: pattern `re`'s own compiler makes of it.
CHECK_LOADED = (
    "import re\n"
    "from re import _compiler\n"
    "from cablelint import regex_cache\n"
    "loaded = regex_cache._loaded\n"
    "same = all(re.compile(p, f) == _compiler.compile(p, f) for p, f in loaded)\n"
    "print(len(loaded), same)\n")


def _env(cache: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(cache)}


def _lint(cache: Path) -> str:
    run = subprocess.run([sys.executable, "-m", "cablelint", str(PLAIN_CABLE), "--no-cache"],
                         capture_output=True, text=True, cwd=ROOT, env=_env(cache))
    assert "Traceback" not in run.stderr
    return run.stdout


def _loaded(cache: Path) -> list[str]:
    run = subprocess.run([sys.executable, "-c", CHECK_LOADED], capture_output=True, text=True,
                         cwd=ROOT, env=_env(cache), check=True)
    return run.stdout.split()


def _cache_file(cache: Path) -> Path:
    [path] = cache.glob("regex-*.bin")
    return path


def test_a_run_fills_the_cache_and_the_next_loads_the_patterns_re_would_compile(tmp_path):
    cache = tmp_path / "cache"
    assert _loaded(cache) == ["0", "True"]
    first = _lint(cache)
    count, same = _loaded(cache)
    assert int(count) > 100 and same == "True"
    assert _lint(cache) == first


def test_a_damaged_cache_file_is_a_miss_and_is_rewritten(tmp_path):
    cache = tmp_path / "cache"
    first = _lint(cache)
    path = _cache_file(cache)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert _loaded(cache) == ["0", "True"]
    assert _lint(cache) == first
    assert int(_loaded(cache)[0]) > 100


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no owner and mode bits")
def test_a_cache_folder_others_may_write_to_is_not_read(tmp_path):
    cache = tmp_path / "cache"
    _lint(cache)
    cache.chmod(0o777)
    assert _loaded(cache) == ["0", "True"]
