"""`cablelint [lint] PATHS`: configuration and flags merged into a ruleset and a scope, the
reporter chosen, then the lint (or the fix, or the baseline written) and its exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import __version__, regex_cache
from .atomic import atomic_writer
from .cli_args import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, TEXT_STYLES
from .diagnostic import Severity
from .discover import DEFAULT_INCLUDE, STDIN, discover
from .errors import CablelintError, UsageError
from .escaping import for_display
from .reporters.base import GuardedReporter, Reporter, Run, Summary
from .runner import Outcome, Scope, needs_text, run
from .streams import GuardedStream


def lint(args) -> int:
    """The lint command, run with its parsed arguments; returns the exit code."""
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
