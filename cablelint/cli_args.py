"""The command line's arguments: the lint command's parser, its help (exit codes, subcommands)
and the exit codes themselves."""

from __future__ import annotations

import argparse

from . import __version__


EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
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


def lint_parser() -> argparse.ArgumentParser:
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
    p.add_argument("--select", type=rule_list,
                   help="rules to run instead of the defaults: ids, id prefixes, names, ALL")
    p.add_argument("--extend-select", type=rule_list, default=[],
                   help="rules to run in addition to the selection")
    p.add_argument("--ignore", type=rule_list, default=[], help="rules not to run")
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


def rule_list(value: str) -> list[str]:
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if not parts:     # an empty $RULES in CI must not turn the gate off
        raise argparse.ArgumentTypeError("expected one or more rule ids, prefixes or names")
    return parts
