"""cablelint: a linter for diplomatic cables.

Public API: lint_paths, load_ruleset, lint_text, LintResult, Diagnostic, Severity, __version__.
The names are imported on first use: the command line imports only what its run needs (a warm re-run
does not import the parser)."""

__version__ = "0.1.0"

from . import regex_cache  # noqa: E402  (needs __version__)

regex_cache.load()      # before any module compiles its expressions

#: Public name -> the module that defines it.
_PUBLIC = {"LintResult": "api", "lint_paths": "api", "load_ruleset": "api",
           "Diagnostic": "diagnostic", "Severity": "diagnostic", "lint_text": "engine"}

__all__ = ["Diagnostic", "LintResult", "Severity", "__version__", "lint_paths", "lint_text",
           "load_ruleset"]


def __getattr__(name: str):
    if name not in _PUBLIC:
        raise AttributeError(f"module 'cablelint' has no attribute '{name}'")
    from importlib import import_module
    value = getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
