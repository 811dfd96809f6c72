"""The language server (`cablelint server`, LSP over standard input and output). Needs the `lsp`
extra (pygls, lsprotocol); nothing outside this package imports them."""

from __future__ import annotations

import argparse

from ..errors import CablelintError


def run(argv: list[str]) -> int:
    """`cablelint server`: serve until the client exits; exit code 0 after `shutdown`, 1 without, 2
    when the extra is not installed."""
    parser = argparse.ArgumentParser(prog="cablelint server",
                                     description="Language server: findings and fixes in the "
                                                 "editor (LSP, stdio).")
    parser.add_argument("--stdio", action="store_true",
                        help="speak LSP on standard input and output (the default)")
    parser.add_argument("--no-plugins", action="store_true", help="do not load third-party plugins")
    parser.add_argument("--debug", action="store_true",
                        help="log the tracebacks of internal errors to the client")
    args = parser.parse_args(argv)
    try:
        from .server import serve
    except ImportError as exc:
        if exc.name not in ("pygls", "lsprotocol") and not str(exc.name).startswith(
            ("pygls.", "lsprotocol.")
        ):
            raise
        raise CablelintError("the language server needs pygls and lsprotocol: install "
                             "cablelint[lsp] (pip install 'cablelint[lsp]')") from None
    return serve(plugins=not args.no_plugins, debug=args.debug)
