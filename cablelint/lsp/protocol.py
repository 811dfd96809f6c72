"""cablelint's findings as LSP values: diagnostics, code actions (a finding's fix, "fix all", a
directive that disables the rule for the line), hover text and formatting edits. Every fix a rule
carries (`Diagnostic.fix`) becomes a quick fix here; a rule needs nothing more to have one in the
editor."""

from __future__ import annotations

from lsprotocol import types as lsp

from ..container import LineIndex
from ..diagnostic import Diagnostic, Severity
from ..directives import DIRECTIVE_RE
from .linting import Linted
from .positions import Lines

#: The kind of the "fix all" action: a sub-kind of `source.fixAll`, as ruff's `source.fixAll.ruff`.
FIX_ALL = f"{lsp.CodeActionKind.SourceFixAll.value}.cablelint"
SOURCE = "cablelint"
_SEVERITIES = {Severity.ERROR: lsp.DiagnosticSeverity.Error,
               Severity.WARNING: lsp.DiagnosticSeverity.Warning,
               Severity.INFO: lsp.DiagnosticSeverity.Information}


class Document:
    """One linted document as the client sees it: its URI, the lint, and positions in the client's
    encoding."""

    def __init__(self, uri: str, linted: Linted, encoding: str, newline: str = "\n") -> None:
        self.uri = uri
        self.linted = linted
        self.lines = Lines(linted.text, encoding)
        self.newline = newline        # the document's line ending, for the text the server inserts

    def range(self, line: int, column: int, end_line: int, end_column: int) -> lsp.Range:
        start, end = self.lines.span_range(line, column, end_line, end_column)
        return lsp.Range(lsp.Position(*start), lsp.Position(*end))

    def diagnostic(self, d: Diagnostic) -> lsp.Diagnostic:
        """The LSP diagnostic of a finding: rule id as code, a link to the rule's page, the severity
        (a finding below the fail level, which would not fail the command line, is a hint)."""
        run = self.linted.run
        severity = (
            _SEVERITIES[d.severity] if d.severity >= run.fail_level else lsp.DiagnosticSeverity.Hint
        )
        href = run.client.docs_url.format(id=d.rule_id, name=d.rule_name)
        return lsp.Diagnostic(self.range(d.line, d.column, d.end_line, d.end_column), d.message,
                              severity,
                              code=d.rule_id, code_description=lsp.CodeDescription(href),
                              source=SOURCE)

    def diagnostics(self) -> list[lsp.Diagnostic]:
        return [self.diagnostic(d) for d in self.linted.findings]

    def at(self, wanted: lsp.Range) -> list[Diagnostic]:
        """The findings whose span meets a range (an empty range: the position, its ends
        included)."""
        start = self.lines.location(wanted.start.line, wanted.start.character)
        end = self.lines.location(wanted.end.line, wanted.end.character)
        return [
            d
            for d in self.linted.findings
            if (d.line, d.column) <= end and start <= (d.end_line, d.end_column)
        ]

    def code_actions(self, wanted: lsp.Range, only=None) -> list[lsp.CodeAction]:
        """Quick fixes and "disable" actions for the findings in range, then "fix all" when a safe
        fix exists."""
        actions = []
        if _asked(only, lsp.CodeActionKind.QuickFix):
            for d in self.at(wanted):
                if d.fix is not None:
                    actions.append(self._action(f"{d.fix.description} ({d.rule_id})",
                                                lsp.CodeActionKind.QuickFix,
                                                self._fix_edits(d), [d], preferred=d.fix.safe))
                disable = self._disable_edit(d)
                if disable is not None:
                    actions.append(self._action(f"Disable {d.rule_id} for this line",
                                                lsp.CodeActionKind.QuickFix, [disable], [d]))
        if _asked(only, FIX_ALL) and any(
            d.fix is not None and d.fix.safe for d in self.linted.findings
        ):
            edits = self.fix_all_edits()
            if edits:
                actions.append(self._action("Fix all safe cablelint findings", FIX_ALL, edits, []))
        return actions

    def fix_all_edits(self) -> list[lsp.TextEdit]:
        """One edit from the first to the last change that every safe fix makes (re-linted in
        passes)."""
        before = self.linted.text
        after = self.linted.run.fixed(before)
        if after == before:
            return []
        start = 0
        while start < min(len(before), len(after)) and before[start] == after[start]:
            start += 1
        tail = 0
        while tail < min(len(before), len(after)) - start and before[-1 - tail] == after[-1 - tail]:
            tail += 1
        index = LineIndex(before)
        return [lsp.TextEdit(self.range(*index.position(start),
                                        *index.position(len(before) - tail)),
                             self._native(after[start:len(after) - tail]))]

    def hover(self, position: lsp.Position) -> lsp.Hover | None:
        """The message and the help (What it does / Why is this bad / Example) of the findings at a
        position."""
        found = self.at(lsp.Range(position, position))
        if not found:
            return None
        rules = self.linted.run.rules
        parts = []
        for d in found:
            rule = rules.get(d.rule_id)
            parts.append(f"**{d.rule_id}** `{d.rule_name}` ({d.severity}): {d.message}\n\n"
                         f"{rule.help.strip() if rule is not None else ''}")
        return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, "\n\n---\n\n".join(parts)),
                         self.range(found[0].line, found[0].column, found[0].end_line,
                                    found[0].end_column))

    def _fix_edits(self, d: Diagnostic) -> list[lsp.TextEdit]:
        return [lsp.TextEdit(self.range(e.span.line, e.span.column, e.span.end_line,
                                        e.span.end_column),
                             self._native(e.replacement)) for e in d.fix.edits]

    def _disable_edit(self, d: Diagnostic) -> lsp.TextEdit | None:
        """The edit that adds `# cablelint: disable-next-line ID` above the finding's line (to the
        directive already there, when there is one); none for a finding on a directive line."""
        lines = self.lines.lines
        if DIRECTIVE_RE.match(lines[d.line - 1]):
            return None
        above = DIRECTIVE_RE.match(lines[d.line - 2]) if d.line > 1 else None
        if above is not None and above["action"] == "disable-next-line":
            end = len(lines[d.line - 2].rstrip()) + 1
            return lsp.TextEdit(self.range(d.line - 1, end, d.line - 1, end), f", {d.rule_id}")
        return lsp.TextEdit(self.range(d.line, 1, d.line, 1),
                            f"# cablelint: disable-next-line {d.rule_id}{self.newline}")

    def _action(self, title: str, kind: str, edits: list[lsp.TextEdit], found: list[Diagnostic],
                preferred: bool | None = None) -> lsp.CodeAction:
        return lsp.CodeAction(title, kind=kind,
                              diagnostics=[self.diagnostic(d) for d in found] or None,
                              is_preferred=preferred,
                              edit=lsp.WorkspaceEdit(changes={self.uri: edits}))

    def _native(self, text: str) -> str:
        return text.replace("\n", self.newline) if self.newline != "\n" else text


def _asked(only, kind: str) -> bool:
    """Whether a code-action request's `only` (None: everything) asks for this kind (or a parent
    kind)."""
    asked = [getattr(name, "value", name) for name in only or ()]
    return not asked or any(kind == name or kind.startswith(f"{name}.") for name in asked)
