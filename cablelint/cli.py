"""Command line: the subcommand chosen and run, errors turned into one line and an exit code. The
arguments are `cli_args`, the lint command `lint_command`; no lint logic lives here."""

from __future__ import annotations

import contextlib
import os
import sys

from .atomic import Terminated
from .cli_args import EXIT_CLEAN, EXIT_ERROR, lint_parser
from .errors import CablelintError, OutputError, error_line
from .lint_command import lint
from .streams import guarded_standard_streams


COMMANDS = ("lint", "config", "parse", "rules", "rule", "selectors", "stats", "clean", "server")


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
                code = lint(lint_parser().parse_args(argv))
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
