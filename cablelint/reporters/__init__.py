"""Built-in reporters, one module per format; registered through the `cablelint_reporters` hook."""

from .json import JsonReporter
from .text import TextReporter

BUILTIN_REPORTERS = {"text": TextReporter, "json": JsonReporter}
