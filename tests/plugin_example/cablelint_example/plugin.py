"""Hook implementations of the example plugin: one check kind, one rule pack, one reporter, one selector."""

from importlib.resources import files

from cablelint.plugin import CheckKind, Node, Reporter, Selector, Span, hookimpl


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


def _longest_line(cable):
    if not cable.lines:
        return []
    number = max(range(len(cable.lines)), key=lambda i: len(cable.lines[i])) + 1
    length = len(cable.lines[number - 1])
    return [Node(length, Span(number, 1, number, length + 1))]


@hookimpl
def cablelint_selectors():
    return [Selector("example.longest_line", _longest_line, "the length of the longest line, at it")]
