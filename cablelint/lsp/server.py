"""`cablelint server`: the language server over standard input and output (pygls).

Documents are linted on open, and on change `debounce` seconds after the last change (100 ms; the
client setting `debounce`, 0 in tests: at once). Lints run one at a time on a worker thread, in the
order they were asked for, so the event loop goes on reading the client's messages and answering
requests (hover at once; code actions and formatting, which may run the fix loop, on the worker
after the lints before them). A lint's diagnostics are published only while its text is still the
document's: the result for a version the client has changed since is dropped (a lint that has not
begun is skipped), so an older version's diagnostics never follow a newer one's. A request on a
document changed since its last lint waits for the lint of its present text. Whatever goes wrong in
one document (not a cable, too large, a configuration error, a rule that crashes) is a log message
to the client and no diagnostics for it; the server goes on.
"""

from __future__ import annotations

import asyncio
import os
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..errors import CablelintError
from .linting import ClientSettings, DocumentRun, Projects
from .protocol import FIX_ALL, Document

CONFIG_GLOBS = ("**/.cablelint.yaml", "**/pyproject.toml")
#: What the worker returns for a lint it skipped: the document changed before the lint began.
SUPERSEDED = object()


class CablelintServer(LanguageServer):
    """The language server's state: client settings, prepared runs, the last lint of each document,
    the lints under way."""

    def __init__(self, plugins: bool = True, debug: bool = False) -> None:
        super().__init__("cablelint", __version__)
        self.debug = debug                    # internal errors logged with their traceback
        self.client = ClientSettings()
        self.projects = Projects(plugins)     # used by the worker only
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cablelint-lint")
        self.documents: dict[str, tuple] = {}   # uri -> (version, Document or None: could not)
        self.linting: dict[str, tuple] = {}     # uri -> (TextDocument, version, task) under way
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.tasks: set[asyncio.Task] = set()     # the lints under way (asyncio keeps no reference)
        self.shown: set[str] = set()          # messages already shown to the user (each once)
        self.shutdown_requested = False

    def configure(self, data, strict: bool = True) -> None:
        """Take the client's settings (initializationOptions; didChangeConfiguration, not `strict`:
        there settings that are not ours, or none, keep the present ones). Bad ones are reported and
        the present ones kept."""
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

    def schedule(self, uri: str, delay: float | None = None) -> None:
        """Lint a document after `delay` (default: the debounce delay), replacing a lint scheduled
        before."""
        self.cancel(uri)
        delay = self.client.debounce if delay is None else delay
        if delay <= 0:
            self.submit(uri)
        else:
            self.timers[uri] = asyncio.get_running_loop().call_later(delay, self.submit, uri)

    def submit(self, uri: str) -> asyncio.Task | None:
        """Hand the lint of an open document's present text to the worker, now; the task that
        publishes its diagnostics (while that text is still the document's) and returns its Document
        (None when it could not be linted, or changed before its lint began)."""
        self.cancel(uri)
        text_document = self.workspace.text_documents.get(uri)
        if text_document is None:
            return None
        version = text_document.version
        job = self._job(uri, text_document)
        future = asyncio.get_running_loop().run_in_executor(self.worker, job)
        task = asyncio.ensure_future(self._publish(uri, text_document, version, future))
        self.linting[uri] = (text_document, version, task)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def _publish(self, uri: str, text_document, version: int, future) -> Document | None:
        outcome = await future
        if self.linting.get(uri, (None, None, None))[2] is asyncio.current_task():
            del self.linting[uri]
        if outcome is SUPERSEDED:
            return None
        document, problem = outcome
        if problem is not None:
            self.report(*problem)
        if self._is_current(uri, text_document, version):
            self.documents[uri] = (version, document)
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                uri, document.diagnostics() if document is not None else [], version))
        return document

    async def lint(self, uri: str) -> Document | None:
        """The lint of an open document's present text: the one under way, else its last one, else a
        new one."""
        text_document = self.workspace.text_documents.get(uri)
        if text_document is None:
            return None
        running = self.linting.get(uri)
        if running is not None and running[:2] == (text_document, text_document.version):
            return await asyncio.shield(running[2])
        known = self.documents.get(uri)
        if known is not None and known[0] == text_document.version:
            return known[1]
        return await asyncio.shield(self.submit(uri))

    def _is_current(self, uri: str, text_document, version: int) -> bool:
        """Whether the document is still open with this text (reopened: a new TextDocument)."""
        open_now = self.workspace.text_documents.get(uri)
        return open_now is text_document and text_document.version == version

    def _job(self, uri: str, text_document):
        """The worker's lint of the document's present text: (Document or None, problem or None), or
        SUPERSEDED when the document has changed by the time the worker takes it up. Everything it
        needs from the loop's state is taken now."""
        version, source, client = text_document.version, text_document.source, self.client
        path = Path(text_document.path) if uri.startswith("file:") else None
        folder = path.parent if path is not None else Path(self.workspace.root_path or os.getcwd())
        encoding = self.workspace.position_encoding
        encoding = getattr(encoding, "value", encoding)
        name = str(path) if path is not None else uri

        def lint() -> Document:
            run = DocumentRun(name, self.projects.prepared(folder, client), client)
            newline = "\r\n" if "\r\n" in source else "\n"
            return Document(uri, run.lint(source), encoding or "utf-16", newline)

        def job():
            if not self._is_current(uri, text_document, version):
                return SUPERSEDED
            return self.attempt(uri, lint)
        return job

    def attempt(self, uri: str, work) -> tuple:
        """(work(), None), or (None, the problem to report) when it raised: a CablelintError (not a
        cable, too large, a configuration error, a rule that crashed) or a bug of ours. Safe on the
        worker: the problem is reported by the loop."""
        try:
            return work(), None
        except CablelintError as exc:
            return None, (str(exc), lsp.MessageType.Warning)
        except Exception as exc:
            detail = f"\n{traceback.format_exc()}" if self.debug else \
                " (please report it; --debug logs the traceback)"
            return None, (f"internal error on {uri}: {type(exc).__name__}: {exc}{detail}",
                          lsp.MessageType.Error)

    async def answer(self, uri: str, respond, on_worker: bool = False):
        """The answer to a request on a document: respond(the lint of its present text), or None.
        With `on_worker`, respond runs on the worker (it may lint again: the fix loop), after the
        lints before it."""
        document = await self.lint(uri)
        if document is None:
            return None
        if on_worker:
            result, problem = await asyncio.get_running_loop().run_in_executor(
                self.worker, self.attempt, uri, lambda: respond(document))
        else:
            result, problem = self.attempt(uri, lambda: respond(document))
        if problem is not None:
            self.report(*problem)
        return result

    def relint_all(self) -> None:
        """Lint every open document again (the settings or a configuration file changed)."""
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, delay=0)


def make_server(plugins: bool = True, debug: bool = False) -> CablelintServer:
    """The server with its features registered."""
    server = CablelintServer(plugins, debug)

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: CablelintServer, params: lsp.InitializeParams) -> None:
        ls.configure(params.initialization_options)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: CablelintServer, params: lsp.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watched = workspace and workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            options = lsp.DidChangeWatchedFilesRegistrationOptions(
                [lsp.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS])
            registration = lsp.Registration("cablelint-config",
                                            lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)
            ls.client_register_capability(lsp.RegistrationParams([registration]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def changed_configuration(ls: CablelintServer,
                              params: lsp.DidChangeConfigurationParams) -> None:
        ls.configure(params.settings, strict=False)
        ls.relint_all()

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def changed_files(ls: CablelintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.projects.forget()
        ls.relint_all()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def opened(ls: CablelintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, delay=0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def changed(ls: CablelintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def saved(ls: CablelintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)     # a configuration saved beside it may have changed

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def closed(ls: CablelintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        ls.documents.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, []))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL]))
    async def code_action(ls: CablelintServer,
                          params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        return await ls.answer(params.text_document.uri,
                               lambda d: d.code_actions(params.range, params.context.only),
                               on_worker=True)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: CablelintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        return await ls.answer(params.text_document.uri, lambda d: d.hover(params.position))

    @server.feature(lsp.TEXT_DOCUMENT_FORMATTING)
    async def formatting(ls: CablelintServer,
                         params: lsp.DocumentFormattingParams) -> list[lsp.TextEdit] | None:
        return await ls.answer(params.text_document.uri, lambda d: d.fix_all_edits(),
                               on_worker=True)

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: CablelintServer, params) -> None:
        ls.shutdown_requested = True

    @server.feature(lsp.EXIT)
    def exit_now(ls: CablelintServer, params) -> None:
        _exit(0 if ls.shutdown_requested else 1)

    return server


def _exit(code: int) -> None:
    """End the process at once (the reader thread may still wait on standard input): 0 after
    `shutdown`, 1 without, as LSP asks."""
    for stream in (sys.__stdout__, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(code)


def serve(plugins: bool = True, debug: bool = False) -> int:
    """Speak LSP on standard input and output until the client says `exit` or closes the input.
    Anything else written to standard output (a plugin's print) goes to standard error instead."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    server = make_server(plugins, debug)
    server.start_io(stdin, stdout)
    return 0 if server.shutdown_requested else 1
