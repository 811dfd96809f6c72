"""github: GitHub Actions workflow commands (`::error file=…,title=CL090 [name]::message`), one
per finding."""

from __future__ import annotations

from ..diagnostic import Diagnostic, Severity
from ..escaping import for_display
from .base import Reporter

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


class GithubReporter(Reporter):
    """One workflow command per finding, escaped as GitHub's toolkit does; never coloured."""

    name = "github"

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            self.stream.write(workflow_command(d) + "\n")


def workflow_command(d: Diagnostic) -> str:
    """`::<level> file=P,line=L,col=C,endLine=EL,endColumn=EC,title=ID [name]::message` for one
    finding."""
    properties = {"file": d.path, "line": d.line, "col": d.column, "endLine": d.end_line,
                  "endColumn": d.end_column, "title": f"{d.rule_id} [{d.rule_name}]"}
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[d.severity]} {joined}::{escape_data(d.message)}"


def escape_data(text: str) -> str:
    """A command's message: `%`, CR and LF percent-encoded (@actions/core `escapeData`), then every
    other control character escaped as in text output, so that none reaches the workflow log raw."""
    return for_display(_percent_encoded(text))


def escape_property(text: str) -> str:
    """A property value: as `escape_data`, plus `:` and `,` (@actions/core `escapeProperty`)."""
    return for_display(_percent_encoded(text).replace(":", "%3A").replace(",", "%2C"))


def _percent_encoded(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
