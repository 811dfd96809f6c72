"""`cablelint server`: the language server over standard input and output (pygls).

Documents are linted on open and on change, `debounce` seconds after the last change (0 in tests: at
once), on the event loop (no thread: a typical cable takes milliseconds). Each lint publishes the
document's diagnostics with the version linted, so a client knows which text they belong to. A request
(code action, hover, formatting) on a document changed since its last lint lints it first. Whatever goes
wrong in one document (not a cable, too large, a configuration error, a rule that crashes) is a log
message to the client and no diagnostics for it; the server goes on.
"""

from __future__ import annotations

import asyncio
import os
import sys
import traceback
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..errors import CablelintError
from .linting import ClientSettings, DocumentRun, Projects
from .protocol import FIX_ALL, Document

CONFIG_GLOBS = ("**/.cablelint.yaml", "**/pyproject.toml")


class CablelintServer(LanguageServer):
    """The language server's state: client settings, prepared runs, the last lint of each document."""

    def __init__(self, plugins: bool = True, debug: bool = False) -> None:
        super().__init__("cablelint", __version__)
        self.debug = debug                    # internal errors logged with their traceback
        self.client = ClientSettings()
        self.projects = Projects(plugins)
        self.documents: dict[str, tuple] = {}     # uri -> (version linted, Document or None: could not)
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.shown: set[str] = set()          # messages already shown to the user (each once)
        self.shutdown_requested = False

    def configure(self, data, strict: bool = True) -> None:
        """Take the client's settings (initializationOptions; didChangeConfiguration, not `strict`: there
        settings that are not ours, or none, keep the present ones). Bad ones are reported and the present
        ones kept."""
        if isinstance(data, dict) and isinstance(data.get("cablelint"), dict):
            data = data["cablelint"]
        elif not strict and (not isinstance(data, dict) or not ClientSettings.knows(data)):
            return
        try:
            self.client = ClientSettings.from_client(data)
        except CablelintError as exc:
            self.report(str(exc))

    def report(self, message: str, kind: lsp.MessageType = lsp.MessageType.Error) -> None:
        """A log message to the client; the first time a message is seen, also shown to the user."""
        self.window_log_message(lsp.LogMessageParams(kind, f"cablelint: {message}"))
        if message not in self.shown:
            self.shown.add(message)
            self.window_show_message(lsp.ShowMessageParams(kind, f"cablelint: {message}"))

    def cancel(self, uri: str) -> None:
        """Forget the lint scheduled for a document, if any."""
        pending = self.timers.pop(uri, None)
        if pending is not None:
            pending.cancel()

    def schedule(self, uri: str) -> None:
        """Lint a document after the debounce delay, replacing a lint scheduled before."""
        self.cancel(uri)
        if self.client.debounce <= 0:
            self.lint_and_publish(uri)
        else:
            self.timers[uri] = asyncio.get_running_loop().call_later(self.client.debounce,
                                                                     self.lint_and_publish, uri)

    def lint_and_publish(self, uri: str) -> Document | None:
        """Lint an open document and publish its diagnostics (none when it could not be linted)."""
        self.cancel(uri)
        text_document = self.workspace.text_documents.get(uri)
        if text_document is None:
            return None
        document = self.guarded(uri, lambda: self._lint(uri, text_document))
        self.documents[uri] = (text_document.version, document)
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
            uri, document.diagnostics() if document is not None else [], text_document.version))
        return document

    def guarded(self, uri: str, work):
        """work(), or None when it raised: a CablelintError (not a cable, too large, a configuration error,
        a rule that crashed) or a bug of ours is a log message, and the server goes on."""
        try:
            return work()
        except CablelintError as exc:
            self.report(str(exc), lsp.MessageType.Warning)
        except Exception as exc:
            detail = f"\n{traceback.format_exc()}" if self.debug else \
                " (please report it; --debug logs the traceback)"
            self.report(f"internal error on {uri}: {type(exc).__name__}: {exc}{detail}")
        return None

    def answer(self, uri: str, respond):
        """The answer to a request on a document: respond(its present lint), or None."""
        document = self.current(uri)
        return self.guarded(uri, lambda: respond(document)) if document is not None else None

    def current(self, uri: str) -> Document | None:
        """The lint of the document's present text (linting it now when it changed since); None when it
        could not be linted."""
        text_document = self.workspace.text_documents.get(uri)
        known = self.documents.get(uri)
        if text_document is not None and known is not None and known[0] == text_document.version:
            return known[1]
        return self.lint_and_publish(uri)

    def relint_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)

    def _lint(self, uri: str, text_document) -> Document:
        path = Path(text_document.path) if uri.startswith("file:") else None
        folder = path.parent if path is not None else Path(self.workspace.root_path or os.getcwd())
        run = DocumentRun(str(path) if path is not None else uri, self.projects.prepared(folder, self.client),
                          self.client)
        source = text_document.source
        newline = "\r\n" if "\r\n" in source else "\n"
        encoding = getattr(self.workspace.position_encoding, "value", self.workspace.position_encoding)
        return Document(uri, run.lint(source), encoding or "utf-16", newline)


def make_server(plugins: bool = True, debug: bool = False) -> CablelintServer:
    """The server with its features registered."""
    server = CablelintServer(plugins, debug)

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: CablelintServer, params: lsp.InitializeParams) -> None:
        ls.configure(params.initialization_options)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: CablelintServer, params: lsp.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            options = lsp.DidChangeWatchedFilesRegistrationOptions(
                [lsp.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS])
            ls.client_register_capability(lsp.RegistrationParams(
                [lsp.Registration("cablelint-config", lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def changed_configuration(ls: CablelintServer, params: lsp.DidChangeConfigurationParams) -> None:
        ls.configure(params.settings, strict=False)
        ls.relint_all()

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def changed_files(ls: CablelintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.projects.forget()
        ls.relint_all()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def opened(ls: CablelintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.lint_and_publish(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def changed(ls: CablelintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def saved(ls: CablelintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)       # a configuration saved beside it may have changed

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def closed(ls: CablelintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        ls.documents.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, []))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL]))
    def code_action(ls: CablelintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        return ls.answer(params.text_document.uri, lambda d: d.code_actions(params.range, params.context.only))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: CablelintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        return ls.answer(params.text_document.uri, lambda d: d.hover(params.position))

    @server.feature(lsp.TEXT_DOCUMENT_FORMATTING)
    def formatting(ls: CablelintServer, params: lsp.DocumentFormattingParams) -> list[lsp.TextEdit] | None:
        return ls.answer(params.text_document.uri, lambda d: d.fix_all_edits())

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: CablelintServer, params) -> None:
        ls.shutdown_requested = True

    @server.feature(lsp.EXIT)
    def exit_now(ls: CablelintServer, params) -> None:
        _exit(0 if ls.shutdown_requested else 1)

    return server


def _exit(code: int) -> None:
    """End the process at once (the reader thread may still wait on standard input): 0 after `shutdown`,
    1 without, as LSP asks."""
    for stream in (sys.__stdout__, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(code)


def serve(plugins: bool = True, debug: bool = False) -> int:
    """Speak LSP on standard input and output until the client says `exit` or closes the input. Anything
    else written to standard output (a plugin's print) goes to standard error instead."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    server = make_server(plugins, debug)
    server.start_io(stdin, stdout)
    return 0 if server.shutdown_requested else 1
