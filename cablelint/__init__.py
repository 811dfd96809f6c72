"""cablelint: a linter for diplomatic cables.

Public API: lint_paths, load_ruleset, lint_text, LintResult, Diagnostic, Severity, __version__."""

__version__ = "0.1.0"

from .api import LintResult, lint_paths, load_ruleset  # noqa: E402
from .diagnostic import Diagnostic, Severity  # noqa: E402
from .engine import lint_text  # noqa: E402

__all__ = ["Diagnostic", "LintResult", "Severity", "__version__", "lint_paths", "lint_text", "load_ruleset"]
