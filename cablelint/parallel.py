"""Lint many files: the one pure function mapped over chunks of files (shared by the in-process
path, the local process pool and Dask), the recipe a worker rebuilds its rules from, and the ordered
streaming of compact records back to the runner.

A record is `(name, error, text, findings)`: the reported name, an input error message (or None),
the linted text (only when the reporter asks for it) and the findings as plain tuples (pickled about
3x faster than Diagnostic objects; a finding with a fix travels as its Diagnostic)."""

from __future__ import annotations

import itertools
import os
from collections import deque
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .diagnostic import Diagnostic, Edit, Fix, Severity
from .discover import STDIN
from .document import Span
from .errors import InputError
from .reading import DELETED, VanishedError, read_path, read_stdin
from .record import Record, set_field

#: Files per task: fewer and the pool spends its time on messages; one task per file ruins it.
CHUNK_SIZE = 32
#: Tasks in flight per worker: enough to keep workers busy, few enough to keep memory flat.
TASKS_PER_WORKER = 4


@dataclass(frozen=True)
class Recipe:
    """What a worker needs to rebuild the run's rules and cache: picklable, hashable, small."""

    select: tuple[str, ...] | None
    extend_select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: tuple[tuple[str, str], ...]
    plugins: bool
    with_text: bool                     # the reporter reads the linted text (Reporter.source)
    cache_dir: str | None = None        # None: no result cache
    cache_key: str = ""


class Job(Record):
    """One file to lint: the path to read, the name to report, or why it cannot be read (from
    discover); `base` is the folder a relative path is relative to, for workers that run elsewhere
    (Dask)."""

    path: str
    name: str
    error: str | None
    base: str

    __slots__ = ("path", "name", "error", "base")

    def __init__(self, path, name, error=None, base="") -> None:
        set_field(self, "path", path)
        set_field(self, "name", name)
        set_field(self, "error", error)
        set_field(self, "base", base)


def in_process_recipe(with_text: bool) -> Recipe:
    """The recipe of a run whose rules the caller holds already (nothing is rebuilt from it)."""
    return Recipe(select=None, extend_select=(), ignore=(), severity=(), plugins=False,
                  with_text=with_text)


def wants_text(reporter, options: dict | None = None) -> bool:
    """Whether a reporter (class or instance; GuardedReporter unwrapped) reads the linted text with
    these format options (default: a GuardedReporter's own): `Reporter.reads_source`, or it is no
    Reporter."""
    from .reporters.base import Reporter

    inner = getattr(reporter, "reporter", reporter)
    kind = inner if isinstance(inner, type) else type(inner)
    if options is None:
        options = getattr(reporter, "options", None) or {}
    return not issubclass(kind, Reporter) or kind.reads_source(options)


def usable_cores() -> int:
    """The cores this process may run on (affinity and cgroup-aware where Python knows it)."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def pack(diagnostic: Diagnostic) -> tuple:
    """A finding as a plain tuple of plain values (cheap to send between processes and to cache),
    its fix as (description, safe, edits) with each edit (line, column, end line, end column,
    replacement)."""
    d = diagnostic
    plain = (d.rule_id, d.rule_name, int(d.severity), d.message, d.path, d.line, d.column,
             d.end_line, d.end_column)
    if d.fix is None:
        return plain
    edits = tuple((e.span.line, e.span.column, e.span.end_line, e.span.end_column, e.replacement)
                  for e in d.fix.edits)
    return (*plain, (d.fix.description, d.fix.safe, edits))


#: Each severity by its number (a dict lookup: calling the enum is a microsecond a finding, and a
#: warm re-run unpacks every finding of the corpus).
_SEVERITY_OF = {int(severity): severity for severity in Severity}


def unpack(item: tuple) -> Diagnostic:
    """The Diagnostic of a packed finding."""
    fix = None
    if len(item) > 9:
        description, safe, edits = item[9]
        fix = Fix(description, tuple(Edit(Span(*edit[:4]), edit[4]) for edit in edits), safe)
    return Diagnostic(item[0], item[1], _SEVERITY_OF[item[2]], *item[3:9], fix)


def lint_data(data: bytes, name: str, ruleset, recipe: Recipe, cache=None) -> tuple:
    """The record of one input's bytes: findings from the cache when it has them, else from the
    engine."""
    from .source import decode

    findings = cache.get(name, data) if cache is not None else None
    if findings is not None:
        text = decode(data, name).text if recipe.with_text else None
        return name, None, text, findings
    from .engine import lint_input
    text, diagnostics = lint_input(data, name, ruleset)
    findings = tuple(pack(d) for d in diagnostics)
    if cache is not None:
        cache.put(name, data, findings)
    return name, None, text if recipe.with_text else None, findings


def lint_job(job: Job, ruleset, recipe: Recipe, cache=None) -> tuple:
    """The record of one file: read (bounded, as `reading` does), then `lint_data`; never raises for
    an unreadable input (the record carries the message the in-process run prints)."""
    where = os.path.join(job.base, job.path) if job.base else job.path
    try:
        if job.error:
            raise InputError(f"{job.path}: {job.error}")
        if job.path == STDIN:
            return lint_data(read_stdin(job.name), job.name, ruleset, recipe, cache)
        before = _unchanged_status(where, recipe, cache)
        if before is not None:
            findings = cache.get_unchanged(job.name, before)
            if findings is not None:
                return job.name, None, None, findings
        record = lint_data(read_path(where), job.name, ruleset, recipe, cache)
        if before is not None:
            cache.put_unchanged(job.name, where, before, record[3])
        return record
    except VanishedError:
        return job.name, f"{job.path}: {DELETED}", None, ()
    except InputError as exc:
        message = str(exc)
        if message.startswith(f"{where}: "):  # the path as the user gave it, wherever it was read
            message = job.path + message[len(where):]
        return job.name, message, None, ()


def _unchanged_status(path: str, recipe: Recipe, cache) -> os.stat_result | None:
    """The stat of a file the cache may know by its stat: a run with a cache whose records carry no
    text (the text would mean reading the file anyway), a regular file; else None."""
    if cache is None or recipe.with_text:
        return None
    try:
        return os.stat(path)
    except OSError:
        return None             # read_path says what is wrong with it


def lint_chunk(recipe: Recipe, jobs: list[Job]) -> list[tuple]:
    """THE function mapped over files: the records of a chunk of jobs, in order. Pure in its
    arguments (the rules are rebuilt from the recipe once per process), so it runs the same in a
    pool worker or on Dask."""
    ruleset, cache = _prepared(recipe)
    return [lint_job(job, ruleset, recipe, cache) for job in jobs]


_PREPARED: dict = {}


def _prepared(recipe: Recipe):
    """The RuleSet and ResultCache of a recipe, built once per process."""
    if recipe not in _PREPARED:
        from .plugins import collect, make_plugin_manager
        from .ruleset import build

        registry = collect(make_plugin_manager(entry_points=recipe.plugins))
        ruleset = build(registry, select=list(recipe.select) if recipe.select is not None else None,
                        extend_select=list(recipe.extend_select), ignore=list(recipe.ignore),
                        severity=dict(recipe.severity))
        _PREPARED.clear()
        _PREPARED[recipe] = (ruleset, _cache_of(recipe))
    return _PREPARED[recipe]


def chunks(jobs: Iterable[Job], size: int = CHUNK_SIZE) -> Iterator[list[Job]]:
    """Consecutive lists of up to `size` jobs, drawn lazily; standard input is a chunk of its own
    (only the parent can read it)."""
    chunk: list = []
    for job in jobs:
        if job.path == STDIN:
            if chunk:
                yield chunk
            yield [job]
            chunk = []
            continue
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered(submit: Callable, tasks: Iterable, window: int) -> Iterator:
    """The results of `submit(task)` for every task, in task order, with at most `window` tasks in
    flight: results stream as soon as the oldest task is done, and neither tasks nor results pile up
    in memory. `submit` returns a future (`.result()`)."""
    pending: deque = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class _Done:
    """A future that is already done: a chunk the parent linted itself (standard input)."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


def distributed_records(
    recipe: Recipe, jobs: Iterable[Job], submit: Callable, window: int
) -> Iterator[tuple]:
    """Records of every job, in job order, the chunks linted by `submit(lint_chunk, recipe, chunk)`
    (a local pool's or a Dask client's), standard input by this process."""
    def task(chunk):
        return (
            _Done(lint_chunk(recipe, chunk))
            if chunk[0].path == STDIN
            else submit(lint_chunk, recipe, chunk)
        )

    for records in ordered(task, chunks(jobs), window):
        yield from records


def local_records(recipe: Recipe, ruleset, workers: int):
    """A `records` function for the runner: in-process for one worker or a run of less than two
    chunks, else a local process pool of `workers` fed chunks."""
    def records(jobs: Iterable[Job]) -> Iterator[tuple]:
        jobs = iter(jobs)
        _PREPARED.clear()
        _PREPARED[recipe] = (ruleset, _cache_of(recipe))  # inherited by forked workers, not rebuilt
        head = list(itertools.islice(jobs, 2 * CHUNK_SIZE if workers > 1 else 0))
        if len(head) < 2 * CHUNK_SIZE:
            prepared_ruleset, cache = _PREPARED[recipe]
            return (
                lint_job(job, prepared_ruleset, recipe, cache)
                for job in itertools.chain(head, jobs)
            )
        return _pool_records(recipe, itertools.chain(head, jobs), workers)
    return records


def _cache_of(recipe: Recipe):
    from .cache import ResultCache
    return ResultCache(recipe.cache_dir, recipe.cache_key) if recipe.cache_dir else None


def _pool_records(recipe: Recipe, jobs: Iterable[Job], workers: int) -> Iterator[tuple]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                                   initializer=_ignore_interrupts)
    try:
        yield from distributed_records(recipe, jobs, executor.submit, workers * TASKS_PER_WORKER)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool (no traceback per worker), and drop
    the parent's handlers for termination (those clean up the parent's --output)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
