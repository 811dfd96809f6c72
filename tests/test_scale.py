"""Scale: --jobs gives the report of --jobs 1 byte for byte, the result cache (hit, miss, invalidation, damaged
and foreign entries, clean), progress only on a terminal, and Dask on a real local cluster."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from cablelint import cli, parallel
from cablelint.cache import RESULTS, ResultCache, clean
from cablelint.progress import wanted
from conftest import CORPUS, ROOT, SEEDS

FORMATS = ["text", "json", "sarif", "github"]


def run(*args, stdin: bytes | None = None, cwd=ROOT, **env_vars):
    env = {**{k: v for k, v in os.environ.items()
              if k not in ("NO_COLOR", "FORCE_COLOR", "CABLELINT_CACHE_DIR")},
           "PYTHONPATH": str(ROOT), **env_vars}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], input=stdin,
                          capture_output=True, cwd=cwd,
                          env=env, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """Over four chunks of cables (so that --jobs 2 really uses a pool), with an input error, an excluded
    folder and per-file ignores in a configuration beside them."""
    top = tmp_path_factory.mktemp("tree")
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(150):
        folder = top / "cables" / f"g{i // 40}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(seeds[i % len(seeds)], folder / f"c{i:03}.txt")
    (top / "cables" / "g1" / "image.txt").write_bytes(b"\x89PNG\x00\x00")
    (top / "cables" / "skipped").mkdir()
    shutil.copyfile(seeds[0], top / "cables" / "skipped" / "x.txt")
    (top / ".cablelint.yaml").write_text("exclude: ['cables/skipped']\n"
                                         "per-file-ignores:\n  'cables/g2/*': [CL091, CL096]\n",
                                         encoding="utf-8")
    return top


def _lint(tree, *args, cache=None, stdin=None):
    flags = ["--no-cache"] if cache is None else ["--cache-dir", str(cache)]
    return run("cables", "-", "missing.txt", *flags, *args, cwd=tree, stdin=stdin)


@pytest.mark.parametrize("fmt", FORMATS)
def test_jobs_2_reports_as_jobs_1_byte_for_byte(tree, fmt):
    stdin = (SEEDS / "001_1083442f7979de0c.txt").read_bytes()
    one = _lint(tree, "--format", fmt, "--jobs", "1", stdin=stdin)
    two = _lint(tree, "--format", fmt, "--jobs", "2", stdin=stdin)
    assert one == two
    code, out, err = one
    assert code == 2 and out and b"image.txt: not a text file" in err and b"missing.txt" in err
    assert b"skipped/x.txt" not in out and b"Traceback" not in err


def test_jobs_2_with_the_cache_reports_as_jobs_1_without(tree, tmp_path):
    reference = _lint(tree, "--select", "ALL", "--jobs", "1")
    cold = _lint(tree, "--select", "ALL", "--jobs", "2", cache=tmp_path / "c")
    warm = _lint(tree, "--select", "ALL", "--jobs", "2", cache=tmp_path / "c")
    assert reference == cold == warm


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")
def test_jobs_2_reports_a_corpus_folder_as_jobs_1():
    folder = str(CORPUS / "html-fragment")
    one = run(folder, "--select", "ALL", "--format", "json", "--no-cache", "--jobs", "1")
    two = run(folder, "--select", "ALL", "--format", "json", "--no-cache", "--jobs", "2")
    assert one == two and one[0] == 1


def test_jobs_must_be_a_positive_number():
    code, _, err = run("seeds/", "--jobs", "0")
    assert code == 2 and b"expected a number of processes >= 1" in err


# --- the result cache, in process (the engine is replaced to see whether it ran) ---

@pytest.fixture
def cables(tmp_path, monkeypatch):
    """The seed cables, copied just now: always too recent for the cache to know them by their stat
    (whatever the time a busy machine takes between the copy and the run), so each run stores one
    entry per file, keyed by content. `old_cables` makes them old enough for stat entries."""
    import cablelint.cache

    monkeypatch.setattr(cablelint.cache, "RACY_NS", 10**18)
    folder = tmp_path / "cables"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(seed, folder / seed.name)
    return folder


def _main(capsys, *args):
    code = cli.main([*map(str, args), "--no-plugins", "--jobs", "1", "--format", "json"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def engine_calls(monkeypatch):
    """How many files the engine linted (the cache answers the others)."""
    import cablelint.engine
    calls = []
    real = cablelint.engine.lint_input

    def counting(data, path, ruleset):
        calls.append(path)
        return real(data, path, ruleset)

    monkeypatch.setattr(cablelint.engine, "lint_input", counting)
    return calls


def test_a_warm_run_lints_nothing_and_reports_the_same(cables, tmp_path, capsys, engine_calls):
    cold = _main(capsys, cables, "--cache-dir", tmp_path / "c")
    assert len(engine_calls) == 5
    warm = _main(capsys, cables, "--cache-dir", tmp_path / "c")
    assert warm == cold and len(engine_calls) == 5


def test_a_changed_file_is_a_miss(cables, tmp_path, capsys, engine_calls):
    _main(capsys, cables, "--cache-dir", tmp_path / "c")
    victim = sorted(cables.iterdir())[0]
    victim.write_bytes(victim.read_bytes().replace(b"TAGS:", b"TAGZ:"))
    code, out, _ = _main(capsys, cables, "--cache-dir", tmp_path / "c")
    assert engine_calls[5:] == [str(victim)]
    assert out == _main(capsys, cables, "--no-cache")[1] and "CL050" in out


@pytest.fixture
def old_cables(cables, monkeypatch):
    """The cables, last modified an hour ago, and their change time (now, which no test can move back) not
    counted as too recent: files the cache may know by their stat."""
    import cablelint.cache

    for cable in cables.iterdir():
        os.utime(cable, ns=(cable.stat().st_atime_ns, cable.stat().st_mtime_ns - 3600 * 10**9))
    monkeypatch.setattr(cablelint.cache, "RACY_NS", -3600 * 10**9)
    return cables


@pytest.fixture
def reads(monkeypatch):
    """The files lint_job read (the stat shortcut reads none)."""
    calls = []
    real = parallel.read_path

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(parallel, "read_path", counting)
    return calls


def test_a_warm_run_of_unchanged_files_reads_none_and_reports_the_same(
    old_cables, tmp_path, capsys, reads
):
    cold = _main(capsys, old_cables, "--cache-dir", tmp_path / "c")
    assert len(reads) == 5
    warm = _main(capsys, old_cables, "--cache-dir", tmp_path / "c")
    assert len(reads) == 5
    assert warm == cold == _main(capsys, old_cables, "--no-cache")


def test_a_file_rewritten_with_its_old_size_and_time_is_a_miss(
    old_cables, tmp_path, capsys, engine_calls
):
    _main(capsys, old_cables, "--cache-dir", tmp_path / "c")
    victim = sorted(old_cables.iterdir())[0]
    before = victim.stat()
    victim.write_bytes(victim.read_bytes().replace(b"TAGS:", b"TAGZ:"))      # same size
    # same modification time
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))
    code, out, _ = _main(capsys, old_cables, "--cache-dir", tmp_path / "c")
    assert engine_calls[5:] == [str(victim)]                                 # its change time moved
    assert out == _main(capsys, old_cables, "--no-cache")[1] and "CL050" in out


def _cold_then_with_a_severity_config(capsys, folder, tmp_path):
    """The report of a cold run, then of a run whose configuration makes CL091 info."""
    first = _main(capsys, folder, "--cache-dir", tmp_path / "c")
    config = tmp_path / "cablelint.yaml"
    config.write_text("severity:\n  CL091: info\n", encoding="utf-8")
    return first, _main(capsys, folder, "--cache-dir", tmp_path / "c", "--config", config)


def test_a_changed_configuration_invalidates_the_stat_entries(
    old_cables, tmp_path, capsys, engine_calls
):
    first, second = _cold_then_with_a_severity_config(capsys, old_cables, tmp_path)
    assert len(engine_calls) == 10 and second != first
    assert _main(capsys, old_cables, "--cache-dir", tmp_path / "c") == first \
        and len(engine_calls) == 10


def test_a_reporter_that_reads_the_text_does_not_take_the_stat_shortcut(
    old_cables, tmp_path, capsys, reads
):
    sarif = [*map(str, (old_cables, "--cache-dir", tmp_path / "c")), "--no-plugins", "--jobs", "1",
             "--format", "sarif"]
    cli.main(sarif)
    cold = capsys.readouterr().out
    cli.main(sarif)
    # read again: SARIF hashes the lines
    assert capsys.readouterr().out == cold and len(reads) == 10


def test_no_cache_neither_reads_nor_writes(cables, tmp_path, capsys, engine_calls):
    _main(capsys, cables, "--cache-dir", tmp_path / "c", "--no-cache")
    _main(capsys, cables, "--cache-dir", tmp_path / "c", "--no-cache")
    assert len(engine_calls) == 10 and not (tmp_path / "c").exists()


def test_changed_settings_invalidate(cables, tmp_path, capsys, engine_calls):
    first, second = _cold_then_with_a_severity_config(capsys, cables, tmp_path)
    assert len(engine_calls) == 10 and second != first
    assert (
        '"rule_id": "CL091", "rule_name": "paragraph-number-spurious-one", "severity": "info"'
        in second[1]
    )
    _main(capsys, cables, "--cache-dir", tmp_path / "c", "--select", "CL09")
    assert len(engine_calls) == 15


def test_run_key_follows_version_packs_and_rules(monkeypatch):
    import cablelint.cache
    from conftest import registry
    from cablelint.plugins import make_plugin_manager
    from cablelint.ruleset import build

    pm = make_plugin_manager(entry_points=False)
    reg = registry()
    key = cablelint.cache.run_key(pm, reg, build(reg))
    assert key == cablelint.cache.run_key(pm, reg, build(reg))
    assert key != cablelint.cache.run_key(pm, reg, build(reg, ignore=["CL091"]))
    assert key != cablelint.cache.run_key(pm, reg, build(reg, severity={"CL091": "info"}))
    monkeypatch.setattr(cablelint.cache, "__version__", "0.0.0-other")
    assert key != cablelint.cache.run_key(pm, reg, build(reg))


def test_a_changed_rule_pack_invalidates(tmp_path, monkeypatch):
    import cablelint.cache
    from conftest import registry
    from cablelint.plugins import make_plugin_manager, Registry
    from cablelint.ruleset import build

    pm, reg = make_plugin_manager(entry_points=False), registry()
    key = cablelint.cache.run_key(pm, reg, build(reg))
    first_plugin, first_pack = reg.rule_packs[0]
    copy = tmp_path / first_pack.name
    copy.write_bytes(first_pack.read_bytes() + b"\n# edited\n")
    edited = Registry(reg.check_kinds, ((first_plugin, copy), *reg.rule_packs[1:]),
                      reg.vocabularies,
                      reg.reporters, reg.reporter_plugins)
    assert cablelint.cache.run_key(pm, edited, build(reg)) != key


def _entries(folder):
    return [os.path.join(d, f) for d, _, files in os.walk(folder / RESULTS) for f in files]


@pytest.mark.parametrize("damage", [b"", b"garbage", "truncate", "flip"])
def test_a_damaged_entry_is_a_miss_never_a_wrong_report(cables, tmp_path, capsys, engine_calls,
                                                        damage):
    cold = _main(capsys, cables, "--cache-dir", tmp_path / "c")
    entries = _entries(tmp_path / "c")
    assert len(entries) == 5
    for entry in entries:
        blob = open(entry, "rb").read()
        if damage == "truncate":
            blob = blob[:len(blob) // 2]
        elif damage == "flip":
            blob = blob[:-3] + bytes([blob[-3] ^ 1]) + blob[-2:]
        else:
            blob = damage
        open(entry, "wb").write(blob)
    assert _main(capsys, cables, "--cache-dir", tmp_path / "c") == cold
    assert len(engine_calls) == 10                          # every entry missed,
                                                            # then was written again
    assert _main(capsys, cables, "--cache-dir", tmp_path / "c") == cold and len(engine_calls) == 10


@pytest.mark.parametrize("fix", [("d", True, ((1, 1, 1, "x", "r"),)), ("d", "yes", ()), ("d", True),
                                 None])
def test_a_well_sealed_entry_of_the_wrong_shape_is_a_miss(tmp_path, fix):
    """A planted entry passes the digest (it is no secret), so its findings are checked for shape."""
    cache = ResultCache(str(tmp_path / "c"), "key")
    good = ("CL001", "x", 1, "m", "a.txt", 1, 1, 1, 2)
    cache.put("a.txt", b"text", (good + (("d", True, ((1, 1, 1, 2, "r"),)),),))
    assert cache.get("a.txt", b"text")[0][9] == ("d", True, ((1, 1, 1, 2, "r"),))
    cache.put("a.txt", b"text", (good + (fix,),))
    assert cache.get("a.txt", b"text") is None


@pytest.mark.parametrize("finding", [("CL001", "x", 7, "m", "a.txt", 1, 1, 1, 2),
                                     ("CL001", "x", True, "m", "a.txt", 1, 1, 1, 2),
                                     ("CL001", "x", 1, "m", "a.txt", 1, 1, 1, 2.0)])
def test_a_well_sealed_finding_of_the_wrong_values_is_a_miss(tmp_path, finding):
    cache = ResultCache(str(tmp_path / "c"), "key")
    cache.put("a.txt", b"text", (finding,))
    assert cache.get("a.txt", b"text") is None


def test_an_entry_of_another_file_is_not_taken(tmp_path):
    cache = ResultCache(str(tmp_path / "c"), "key")
    cache.put("a.txt", b"text a", (("CL001", "x", 1, "m", "a.txt", 1, 1, 1, 2),))
    path_a, _ = cache._entry(b"content", "a.txt", b"text a")
    path_b, _ = cache._entry(b"content", "b.txt", b"text a")
    os.makedirs(os.path.dirname(path_b), exist_ok=True)
    shutil.copyfile(path_a, path_b)                         # a valid entry under the wrong key
    assert cache.get("b.txt", b"text a") is None
    assert cache.get("a.txt", b"text a")[0][0] == "CL001"
    assert ResultCache(str(tmp_path / "c"), "other key").get("a.txt", b"text a") is None


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no owner and mode bits")
def test_a_cache_folder_others_may_write_is_not_used(cables, tmp_path, capsys, engine_calls):
    folder = tmp_path / "c"
    folder.mkdir()
    folder.chmod(0o777)
    _main(capsys, cables, "--cache-dir", folder)
    _main(capsys, cables, "--cache-dir", folder)
    assert len(engine_calls) == 10 and not (folder / RESULTS).exists()


def test_standard_input_is_cached_by_its_content(tmp_path, capsys, monkeypatch, engine_calls):
    import io

    def lint_stdin(data: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return _main(capsys, "-", "--cache-dir", tmp_path / "c")[1]

    first = (SEEDS / "000_ce69e6524d1a41cb.txt").read_bytes()
    second = (SEEDS / "003_e01b202fd18136d2.txt").read_bytes()
    assert lint_stdin(first) != lint_stdin(second)
    assert lint_stdin(first) == _main(capsys, SEEDS / "000_ce69e6524d1a41cb.txt", "--no-cache")[1] \
        .replace(str(SEEDS / "000_ce69e6524d1a41cb.txt"), "-")
    # the third stdin run hit
    assert engine_calls == ["-", "-", str(SEEDS / "000_ce69e6524d1a41cb.txt")]


def test_the_default_cache_is_beside_the_configuration(cables, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CABLELINT_CACHE_DIR", raising=False)
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    (project / ".cablelint.yaml").write_text("ignore: [CL096]\n", encoding="utf-8")
    monkeypatch.chdir(project / "sub")
    _main(capsys, cables)
    assert (
        len(_entries(project / ".cablelint_cache")) == 5
        and not (project / "sub" / ".cablelint_cache").exists()
    )
    assert (project / ".cablelint_cache" / "CACHEDIR.TAG").is_file()
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "env"))
    _main(capsys, cables)
    assert len(_entries(tmp_path / "env")) == 5


def test_clean_removes_the_cache_and_nothing_else(cables, tmp_path, capsys):
    folder = tmp_path / "c"
    _main(capsys, cables, "--cache-dir", folder)
    (folder / "mine.txt").write_text("not cablelint's\n", encoding="utf-8")
    assert cli.main(["clean", "--cache-dir", str(folder)]) == 0
    assert os.listdir(folder) == ["mine.txt"]
    assert "removed the cache" in capsys.readouterr().err
    os.unlink(folder / "mine.txt")
    _main(capsys, cables, "--cache-dir", folder)
    assert cli.main(["clean", "--cache-dir", str(folder)]) == 0 and not folder.exists()
    assert clean(folder) == []


# --- progress ---

class _Terminal:
    def isatty(self):
        return True


def test_progress_only_for_a_terminal_outside_ci_and_not_quiet(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert wanted(False, _Terminal())
    assert not wanted(True, _Terminal())
    assert not wanted(False, open(os.devnull, "w"))
    monkeypatch.setenv("CI", "true")
    assert not wanted(False, _Terminal())


def test_no_progress_output_on_a_pipe(tree):
    code, _, err = run("cables", "--jobs", "2", "--no-cache", cwd=tree, CI="")
    lines = err.decode().splitlines()
    assert code == 2 and b"\r" not in err and len(lines) == 2
    assert (
        lines[0].startswith("cablelint: error: cables/g1/image.txt")
        and " findings in 150 files" in lines[1]
    )
    code, _, err = run("cables", "--quiet", "--no-cache", cwd=tree)
    assert code == 2 and err.decode().splitlines() == lines[:1]


# --- chunks and order ---

def test_chunks_keep_order_and_put_standard_input_alone():
    jobs = [parallel.Job(str(i), str(i)) for i in range(70)]
    jobs.insert(40, parallel.Job("-", "-"))
    got = list(parallel.chunks(jobs))
    assert [len(c) for c in got] == [32, 8, 1, 30]
    assert [j for c in got for j in c] == jobs


def test_ordered_results_follow_the_tasks_whatever_finishes_first():
    class Future:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value * 2

    submitted = []

    def submit(task):
        submitted.append(task)
        return Future(task)

    results = parallel.ordered(submit, range(10), window=3)
    assert next(results) == 0 and submitted == [0, 1, 2]       # no more than the window in flight
    assert list(results) == [2 * i for i in range(1, 10)]


# --- Dask, on a real local cluster ---

@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1",
                                       dashboard_address=None)
    yield cluster
    cluster.close()


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_dask_reports_as_jobs_1(tree, cluster, fmt):
    stdin = (SEEDS / "002_d26d4861e0e7c61c.txt").read_bytes()
    local = _lint(tree, "--format", fmt, "--jobs", "1", stdin=stdin)
    on_dask = _lint(tree, "--format", fmt, "--dask", cluster.scheduler_address, stdin=stdin)
    assert on_dask == local and local[0] == 2


def test_lint_bag_gives_the_diagnostics_of_a_local_run(cluster):
    dask_bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from cablelint.dask import lint_bag
    from cablelint.engine import lint_bytes
    from conftest import registry
    from cablelint.ruleset import build

    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))] * 8
    ruleset = build(registry())
    expected = [d for p in paths for d in lint_bytes(open(p, "rb").read(), p, ruleset)]
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        got = lint_bag(dask_bag.from_sequence(paths, npartitions=4),
                       plugins=False).compute(scheduler=client.get)
    assert got == expected


def test_dask_address_that_answers_not_is_one_line(tree):
    pytest.importorskip("distributed")
    code, _, err = run("seeds/", "--dask", "tcp://127.0.0.1:9", "--no-cache")
    assert code == 2 and err.decode().startswith("cablelint: error: --dask tcp://127.0.0.1:9: "
                                                 "cannot reach")


# --- discover keeps only what can be reached again, and still lints each file once ---

def _discovered(paths):
    from cablelint.discover import discover
    return [found.path for found in discover([str(p) for p in paths])]


def test_a_link_and_its_target_in_one_walk_are_linted_once(tmp_path):
    (tmp_path / "a.txt").write_text("a\n")
    (tmp_path / "z.txt").write_text("z\n")
    (tmp_path / "link-a.txt").symlink_to(tmp_path / "a.txt")      # after its target in walk order
    (tmp_path / "b-link-z.txt").symlink_to(tmp_path / "z.txt")    # before its target
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("h\n")
    # its target is never walked
    (tmp_path / "link-h.txt").symlink_to(tmp_path / ".hidden" / "h.txt")
    assert _discovered([tmp_path]) == [str(tmp_path / n)
                                       for n in ("a.txt", "b-link-z.txt", "link-h.txt")]


def test_overlapping_arguments_lint_each_file_once(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("top.txt", "sub/s.txt"):
        (tmp_path / name).write_text("x\n")
    assert _discovered([tmp_path, tmp_path / "sub"]) == [str(tmp_path / "top.txt"),
                                                         str(tmp_path / "sub/s.txt")]
    assert _discovered([tmp_path / "sub", tmp_path]) == [str(tmp_path / "sub/s.txt"),
                                                         str(tmp_path / "top.txt")]
    assert _discovered([tmp_path / "top.txt", tmp_path]) == [str(tmp_path / "top.txt"),
                                                             str(tmp_path / "sub/s.txt")]
    assert _discovered([tmp_path, tmp_path / "top.txt"]) == [str(tmp_path / "top.txt"),
                                                             str(tmp_path / "sub/s.txt")]


def test_hard_links_are_files_of_their_own(tmp_path):
    (tmp_path / "a.txt").write_text("a\n")
    os.link(tmp_path / "a.txt", tmp_path / "b.txt")
    assert _discovered([tmp_path]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_the_bar_counts_the_records_it_passes_through(monkeypatch):
    pytest.importorskip("tqdm")
    import io
    import cablelint.progress as progress
    stream = io.StringIO()
    monkeypatch.setattr(progress, "wanted", lambda quiet: True)
    monkeypatch.setattr(progress, "DELAY", 0)
    monkeypatch.setattr(progress, "MIN_INTERVAL", 0)
    monkeypatch.setattr(sys, "stderr", stream)
    assert list(progress.tracked(iter(range(5)))) == list(range(5))
    assert "5 files" in stream.getvalue()


@pytest.mark.parametrize("fmt", ["text", "sarif"])
def test_a_closed_pipe_keeps_the_exit_code_with_jobs_2(tree, fmt):
    full = _lint(tree, "--format", fmt, "--jobs", "2")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "cablelint", "cables", "-", "missing.txt",
                               "--no-cache",
                               "--format", fmt, "--jobs",
                               "2"], stdin=subprocess.DEVNULL, stdout=write_end,
                              stderr=subprocess.PIPE, cwd=tree,
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              timeout=600)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (full[0], full[2]) == (2, full[2])
