"""Command line: argument parsing, wiring and exit codes. No lint logic lives here."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from . import __version__, regex_cache
from .atomic import Terminated, atomic_writer
from .diagnostic import Severity
from .discover import DEFAULT_INCLUDE, STDIN, discover
from .errors import CablelintError, OutputError, UsageError, error_line
from .escaping import for_display
from .reporters.base import GuardedReporter, Reporter, Run, Summary
from .runner import Outcome, Scope, needs_text, run
from .streams import GuardedStream, guarded_standard_streams

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("lint", "config", "parse", "rules", "rule", "selectors", "stats", "clean", "server")
#: --output-format takes a reporter name or one of these text styles (ruff's names).
TEXT_STYLES = ("concise", "full")
EPILOG = """exit codes:
  0  no findings at or above the fail level (or --exit-zero); with --fix: none left after fixing;
     with --fix-only: always (unless 2); with --diff: nothing would change
  1  findings at or above the fail level (with --fix: left after fixing); with --diff: a file would change
  2  usage, configuration, rule-pack or plugin error, an input path that could not be read,
     or a write error (full disk, closed standard output or error, unsuitable --output)
  128+N  terminated by signal N while writing --output (the target is left untouched)

commands (the first argument; default: lint):
  cablelint [lint] PATHS   lint cables
  cablelint config         the resolved settings and where each came from (as --show-settings)
  cablelint parse FILE     show the document model the parser built, with spans
                           (--selectors: what each selector finds in it)
  cablelint rules          list every rule
  cablelint rule ID        explain one rule (What it does / Why is this bad / Example)
  cablelint selectors      list every selector (a path into the model) with what it addresses
  cablelint stats PATHS    per source layout: files, share of each part found, findings per rule
  cablelint clean          remove the result cache (--cache-dir DIR, else as lint finds it)
  cablelint server         language server for editors (LSP on stdio; needs cablelint[lsp])
"""


def _lint_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cablelint", description="Lint diplomatic cables.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="cable files or directories (walked for --include files); '-' reads "
                        "standard input")
    p.add_argument("--version", action="version", version=f"cablelint {__version__}")
    p.add_argument("--format",
                   help="output format: text, json, sarif, github (plugins may add more); default "
                        "text")
    p.add_argument("--output-format", metavar="FORMAT",
                   help="ruff's name for --format, also taking the text styles 'concise' (the "
                        "default) and 'full' (the flagged line with carets under the span)")
    p.add_argument("--statistics", action="store_true",
                   help="counts per rule (id, name, fixable, count) instead of the findings; JSON "
                        "with --format json")
    p.add_argument("--baseline", metavar="FILE",
                   help="hide the findings recorded in this baseline file")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="record the current findings in FILE (a baseline) and exit 0")
    p.add_argument("--show-stale", action="store_true",
                   help="list the baseline entries no finding matched (fixed since), on standard "
                        "error")
    p.add_argument("--show-settings", action="store_true",
                   help="show the resolved settings and where each came from, then exit")
    p.add_argument("--show-files", action="store_true",
                   help="list the files that would be linted, then exit")
    p.add_argument("--no-respect-gitignore", action="store_true",
                   help="also lint files that .gitignore files ignore (honoured by default in "
                        "directory walks)")
    p.add_argument("--select", type=_csv,
                   help="rules to run instead of the defaults: ids, id prefixes, names, ALL")
    p.add_argument("--extend-select", type=_csv, default=[],
                   help="rules to run in addition to the selection")
    p.add_argument("--ignore", type=_csv, default=[], help="rules not to run")
    p.add_argument("--fail-level", choices=("error", "warning", "info"),
                   help="lowest severity that makes the exit code 1 (default: info, i.e. any "
                        "finding)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    p.add_argument("--include", action="append", metavar="GLOB",
                   help="file-name glob of cables inside directories (repeatable; default: *.txt)")
    p.add_argument("--stdin-filename", metavar="NAME",
                   help="the path to report for '-' (standard input)")
    p.add_argument("--output", "-o", metavar="FILE",
                   help="write results to FILE (replaced atomically when the run ends); the "
                        "summary stays on stderr")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour text output: auto (on a terminal, unless NO_COLOR is set or "
                        "FORCE_COLOR forces it)")
    p.add_argument("--sarif-category", metavar="ID",
                   help="SARIF automationDetails.id (e.g. 'cablelint/archive'), to upload several "
                        "runs apart")
    p.add_argument("--config", metavar="FILE",
                   help="configuration file (default: the closest .cablelint.yaml or "
                        "pyproject.toml [tool.cablelint])")
    p.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    p.add_argument("--force-exclude", action="store_true",
                   help="apply the configuration's exclude also to files named on the command line "
                        "(pre-commit)")
    p.add_argument("--no-plugins", action="store_true", help="do not load third-party plugins")
    p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    _add_fix_options(p)
    _add_scale_options(p)
    return p


def _add_fix_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--fix", action="store_true",
                   help="apply the safe fixes, write each changed file atomically, then report "
                        "what is left (standard input: the fixed text on standard output)")
    p.add_argument("--unsafe-fixes", action="store_true",
                   help="with --fix or --diff, also apply the unsafe fixes")
    p.add_argument("--diff", action="store_true",
                   help="print a unified diff of what --fix would change and write nothing (exit 1 "
                        "on a change)")
    p.add_argument("--fix-only", action="store_true",
                   help="as --fix, but report no remaining findings (exit 0)")
    p.add_argument("--show-fixes", action="store_true",
                   help="with --fix, list on standard error what was fixed per file ('path: 2 "
                        "fixes (CL110 ×2)')")


def _add_scale_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                   help="lint in N processes (default: the usable cores; 1: in this process)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="lint on a Dask cluster (e.g. tcp://scheduler:8786; needs cablelint[dask])")
    p.add_argument("--no-cache", action="store_true",
                   help="neither read nor write the result cache")
    p.add_argument("--cache-dir", metavar="DIR",
                   help="result cache folder (default: $CABLELINT_CACHE_DIR, else .cablelint_cache "
                        "beside the configuration file)")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="print findings only: no progress, no summary line")


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes >= 1, got '{value}'")
    return jobs


def _csv(value: str) -> list[str]:
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if not parts:     # an empty $RULES in CI must not turn the gate off
        raise argparse.ArgumentTypeError("expected one or more rule ids, prefixes or names")
    return parts


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `cablelint` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    with guarded_standard_streams():
        return _main(argv)


def console() -> None:
    """The `cablelint` command: `main`, then an exit that skips the interpreter's teardown of every
    module (about 15 ms of a short run); everything was written and flushed by then."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:              # None: closed when the process started
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(code)


def _main(argv: list[str]) -> int:
    debug = "--debug" in argv
    try:
        command = argv[0] if argv and argv[0] in COMMANDS else "lint"
        if argv and argv[0] in COMMANDS:
            argv = argv[1:]
        if command == "config":
            command, argv = "lint", ["--show-settings", *argv]
        try:
            if command == "lint":
                code = _lint(_lint_parser().parse_args(argv))
            elif command == "stats":
                from . import stats
                code = stats.run(argv)
            elif command == "clean":
                from .scale import clean_command
                code = clean_command(argv)
            elif command == "server":
                from .lsp import run as serve
                code = serve(argv)
            else:
                from . import explain
                code = explain.run(command, argv)
        except SystemExit as exc:       # argparse, after --help, --version or a usage error
            code = EXIT_ERROR if isinstance(exc.code, str) else exc.code or EXIT_CLEAN
        sys.stdout.flush()  # inside the guard: what is still buffered may meet a closed pipe
        return code
    except CablelintError as exc:
        if debug:
            raise
        _tell(error_line(str(exc)))
        return exc.exit_code
    except Terminated as exc:
        _tell(f"cablelint: terminated by {exc}\n")
        return 128 + exc.signum
    except KeyboardInterrupt:
        _tell("cablelint: interrupted\n")
        return 130
    except Exception as exc:  # a bug of ours: one line, never a traceback (ruff's "panic" message)
        if debug:
            raise
        _tell(error_line(f"internal error: {type(exc).__name__}: {exc} (please report it; --debug "
                         f"shows the traceback)"))
        return EXIT_ERROR


def _tell(line: str) -> None:
    """Write a last line to standard error; if that fails too, the exit code has to say it alone."""
    with contextlib.suppress(OutputError):
        sys.stderr.write(line)


def _lint(args) -> int:
    from .config import settings_for
    from .plugins import collect, make_plugin_manager
    from .ruleset import build, load_rules
    from .selection import Selection, check_settings, fail_level, per_file_ignores

    if not args.paths and not args.show_settings:
        raise CablelintError("no paths given (try 'cablelint seeds/' or 'cablelint -' for standard "
                             "input)")
    settings = settings_for(args.config, args.isolated)
    plugin_manager = make_plugin_manager(entry_points=not args.no_plugins)
    registry = collect(plugin_manager)
    output_format, style = _output_format(args, registry.reporters)
    known = load_rules(registry)
    check_settings(settings, known)
    selection = Selection.of(settings, args.select, args.extend_select, args.ignore)
    ruleset = build(registry, **selection.options(), rules=known)
    per_file = per_file_ignores(settings, known)
    scope = Scope(include=tuple(args.include or settings.include or DEFAULT_INCLUDE),
                  root=settings.root,
                  exclude=settings.exclude, force_exclude=args.force_exclude,
                  per_file_ignores=per_file, stdin_filename=args.stdin_filename,
                  respect_gitignore=settings.respect_gitignore and not args.no_respect_gitignore,
                  **_baseline_scope(args, settings))
    if args.show_settings:
        from .resolved import show_settings
        return show_settings(args, settings, ruleset, scope, output_format)
    if args.show_files:
        from .resolved import show_files
        return show_files(args.paths, scope)
    failing_from = fail_level(args.fail_level, settings)
    if args.fix or args.diff or args.fix_only:      # a plain lint never imports the fixing run
        from .fix_run import FixMode
        fixing = FixMode.from_args(args)
        return _fix(args, fixing, _reporter_factory(args, registry, output_format, style, fixing),
                    ruleset, scope, failing_from)
    reporter = _reporter_factory(args, registry, output_format, style)
    from .scale import records_for
    regex_cache.remember()      # the start-up's expressions, before any cable's own
    with_text = needs_text(registry.reporters[output_format], scope, {"full": style == "full"})
    records = records_for(args, plugin_manager, registry, ruleset, selection, settings, with_text)
    if args.write_baseline:
        return _write_baseline(args, reporter, ruleset, records, scope, failing_from)
    if args.output:
        _refuse_output_among_inputs(args.output, args.paths, scope.include)
        with atomic_writer(args.output) as stream:
            outcome = _report(args, reporter, ruleset, records, scope, failing_from,
                              GuardedStream(stream, args.output), color=args.color == "always")
    else:
        outcome = _report(args, reporter, ruleset, records, scope, failing_from, sys.stdout,
                          color=use_color(args.color, sys.stdout))
    summary = _summary_line(outcome)
    if scope.baseline is not None:
        _tell_stale(scope.baseline.stale(), args.show_stale)
        summary = summary[:-1] + f"; {scope.baseline.hidden} hidden by the baseline\n"
    if not args.quiet:
        sys.stderr.write(summary)       # after --output is in place: the summary is the last word
    return _exit_code(args, outcome)


def _fix(args, fixing, reporter, ruleset, scope, fail_level) -> int:
    """--fix, --diff, --fix-only: fix and write each file, then report the findings left
    (cablelint.fix_run)."""
    if args.write_baseline or args.output:
        raise UsageError(f"{'--write-baseline' if args.write_baseline else '--output'} does not go "
                         f"with --fix or --diff")
    outcome = _report(args, reporter, ruleset, fixing.records(ruleset, scope), scope, fail_level,
                      sys.stdout, color=use_color(args.color, sys.stdout))
    if not args.quiet:
        sys.stderr.write(_summary_line(outcome)[:-1] + f"; {fixing.summary()}\n")
    return fixing.exit_code(outcome.failing and not args.exit_zero, outcome.input_errors > 0)


def _output_format(args, reporters) -> tuple[str, str]:
    """The reporter name and the text style from --format / --output-format (one of them, or the
    same)."""
    from .schema_errors import did_you_mean
    if args.format and args.output_format and args.output_format not in (args.format, *TEXT_STYLES):
        raise UsageError(f"--format {args.format} and --output-format {args.output_format} "
                         "disagree; give one")
    if args.format and args.output_format in TEXT_STYLES and args.format != "text":
        raise UsageError(f"--output-format {args.output_format} is a style of text output, not of "
                         f"{args.format}")
    chosen = args.output_format or args.format or "text"
    style = chosen if chosen in TEXT_STYLES else "concise"
    name = "text" if chosen in TEXT_STYLES else chosen
    if name not in reporters:
        choices = sorted(reporters) + list(TEXT_STYLES) * bool(args.output_format)
        raise UsageError(f"unknown format '{chosen}'{did_you_mean(chosen, choices)} "
                         f"(choose from {', '.join(choices)})")
    return name, style


def _reporter_factory(args, registry, output_format: str, style: str, fixing=None):
    """A function of the output stream making the run's (guarded) reporter."""
    from functools import partial
    if args.write_baseline or (fixing is not None and fixing.silent(args.paths)):
        return partial(GuardedReporter, _Silent, format_name="baseline", plugin="cablelint")
    if args.statistics:
        from .reporters.statistics import StatisticsReporter
        return partial(GuardedReporter,
                       partial(StatisticsReporter, as_json=output_format == "json"),
                       format_name="statistics", plugin="cablelint")
    return partial(GuardedReporter, registry.reporters[output_format], format_name=output_format,
                   plugin=registry.reporter_plugins.get(output_format, "?"),
                   options={"full": style == "full"})


class _Silent(Reporter):
    """--write-baseline reports nothing: the findings go into the baseline."""

    def file(self, path: str, diagnostics) -> None:
        pass


def _baseline_scope(args, settings) -> dict:
    """The Scope fields for --baseline / config `baseline` and --write-baseline."""
    from . import baseline
    if args.write_baseline:
        return {"recorder": baseline.BaselineWriter()}
    path = args.baseline or settings.baseline
    if path is None or args.show_settings or args.show_files:  # those show it, they do not read it
        return {}
    return {"baseline": baseline.load(Path(path))}


def _write_baseline(args, reporter, ruleset, records, scope, fail_level) -> int:
    """Lint, record every finding in the baseline file (replaced atomically); exit 0 unless an input
    could not be read."""
    _refuse_output_among_inputs(args.write_baseline, args.paths, scope.include, "--write-baseline")
    outcome = _report(args, reporter, ruleset, records, scope, fail_level, sys.stdout, color=False)
    with atomic_writer(args.write_baseline) as stream:
        GuardedStream(stream, args.write_baseline).write(scope.recorder.dumps())
    total = sum(outcome.counts.values())
    sys.stderr.write(f"{total} finding{'s' * (total != 1)} in {outcome.files} "
                     f"file{'s' * (outcome.files != 1)} recorded in {args.write_baseline}\n")
    return EXIT_ERROR if outcome.input_errors else EXIT_CLEAN


def _tell_stale(stale: list[dict], show: bool) -> None:
    """Count the baseline entries no finding matched on stderr (they do not fail the run); list
    them."""
    if not stale:
        return
    if show:
        for entry in stale:
            sys.stderr.write(for_display(f"{entry['path']}: {entry['rule']} {entry['message']} "
                                         f"(stale baseline entry {entry['fingerprint']})") + "\n")
    sys.stderr.write(f"{len(stale)} baseline entr{'ies are' if len(stale) != 1 else 'y is'} stale; "
                     f"rewrite with --write-baseline\n")


def _refuse_output_among_inputs(output: str, paths: list[str], include: tuple[str, ...],
                                flag: str = "--output") -> None:
    """--output naming a file that would be linted is refused before anything is written: the report
    would replace a cable."""
    try:
        target = os.stat(output)
    except OSError:
        return  # a path that does not exist is no input; other problems show when writing
    for found in discover(paths, include):
        if found.path != STDIN and found.error is None and _is_same_file(found.path, target):
            raise UsageError(f"{flag} {output} is one of the inputs ({found.path}); the report "
                             "would replace it")


def _is_same_file(path: str, target: os.stat_result) -> bool:
    try:
        return os.path.samestat(os.stat(path), target)
    except OSError:
        return False


def use_color(choice: str, stream) -> bool:
    """--color always/never win; auto honours NO_COLOR, then FORCE_COLOR, then whether stream is a
    terminal."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def _report(
    args, reporter_factory, ruleset, records, scope, fail_level, stream, color: bool
) -> Outcome:
    """Run the reporter over every path; returns what the run found.

    When the reader of the output goes away (`cablelint archive/ | head`), the guarded stream drops
    the rest of the output and the run goes on, so that the exit code is the one of the full run."""
    reporter = reporter_factory(stream)
    options = {**reporter.options, "color": color, "sarif_category": args.sarif_category}
    reporter.start(Run(version=__version__, rules=ruleset.rules, root=os.getcwd(), options=options))
    outcome = run(args.paths, ruleset, reporter, scope, fail_level, Outcome(), records)
    reporter.finish(Summary(files=outcome.files, diagnostics=sum(outcome.counts.values()),
                            by_severity=dict(outcome.counts), unreadable=tuple(outcome.unreadable)))
    stream.flush()
    return outcome


def _exit_code(args, outcome) -> int:
    if outcome.input_errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if outcome.failing and not args.exit_zero else EXIT_CLEAN


def _summary_line(outcome: Outcome) -> str:
    counts, files, total = outcome.counts, outcome.files, sum(outcome.counts.values())
    parts = ", ".join(
        f"{counts[s]} {s}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]
    )
    line = f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)}"
    if parts:
        line += f" ({parts})"
    if outcome.input_errors:
        line += (
            f"; {outcome.input_errors} path{'s' * (outcome.input_errors != 1)} could not be read"
        )
    return line + "\n"
