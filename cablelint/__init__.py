"""cablelint: a linter for diplomatic cables. Public API: lint_text, Diagnostic, Severity, __version__."""

__version__ = "0.1.0"

from .diagnostic import Diagnostic, Severity  # noqa: E402
from .engine import lint_text  # noqa: E402

__all__ = ["Diagnostic", "Severity", "__version__", "lint_text"]
