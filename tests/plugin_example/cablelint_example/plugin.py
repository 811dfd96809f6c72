"""Hook implementations of the example plugin: one check kind, one rule pack, one reporter."""

from importlib.resources import files

from cablelint.plugin import CheckKind, Reporter, Span, hookimpl


class LongLine(CheckKind):
    """long_line: report lines longer than `max` characters."""

    name = "long_line"
    placeholders = ("length", "max")
    needs_target = False
    params_schema = {"type": "object", "additionalProperties": False, "required": ["max"],
                     "properties": {"max": {"type": "integer", "minimum": 1}}}

    def check(self, cable):
        for number, line in enumerate(cable.lines, start=1):
            if len(line) > self.params["max"]:
                yield self.rule.diagnostic(cable, Span(number, self.params["max"] + 1, number, len(line) + 1),
                                           length=len(line), max=self.params["max"])


class CountReporter(Reporter):
    """count: one line per file with its number of findings."""

    name = "count"

    def file(self, path, diagnostics):
        self.stream.write(f"{path}\t{len(diagnostics)}\n")


@hookimpl
def cablelint_check_kinds():
    return [LongLine]


@hookimpl
def cablelint_rule_packs():
    return [files("cablelint_example") / "example.yaml"]


@hookimpl
def cablelint_reporters():
    return {"count": CountReporter}
