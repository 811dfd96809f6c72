"""Built-in reporters, one module per format; registered through the `cablelint_reporters` hook."""

from .github import GithubReporter
from .json import JsonReporter
from .sarif import SarifReporter
from .text import TextReporter

BUILTIN_REPORTERS = {"text": TextReporter, "json": JsonReporter, "sarif": SarifReporter,
                     "github": GithubReporter}
