"""A small LSP client for the tests: starts `cablelint server` as a subprocess and speaks JSON-RPC to it
over its standard input and output, framed with `Content-Length` headers as LSP says. No part of the
protocol is mocked. Waits have a generous timeout only so that a broken server fails the test instead
of hanging it; no test depends on how long anything takes."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

from conftest import ROOT

#: Only a safety net against a hung server; the tests wait for messages, never for time.
TIMEOUT = 120


class LspClient:
    """One server process and the messages it sent."""

    def __init__(self, cwd: Path, pythonpath: tuple[str, ...] = (),
                 args: tuple[str, ...] = ()) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *pythonpath]),
               "CABLELINT_CACHE_DIR": str(cwd / ".cache")}
        self.process = subprocess.Popen([sys.executable, "-m", "cablelint", "server", *args],
                                        cwd=cwd, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.messages: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self.server_requests: list[dict] = []       # requests of the server to
                                                    # the client (answered null)
        self.history: list[dict] = []               # every message of the server read, in order
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        self.stderr = b""
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                header = stream.readline()
                if not header:
                    self.messages.put(None)
                    return
                if header == b"\r\n":
                    break
                name, _, value = header.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(stream.read(length).decode("utf-8")))

    def _drain_stderr(self) -> None:
        for chunk in iter(lambda: self.process.stderr.read1(4096), b""):
            self.stderr += chunk

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict | None = None) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: dict | None = None):
        """Send a request and return its result (an error response fails the test)."""
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        reply = self._until(lambda m: m.get("id") == ident and "method" not in m)
        assert "error" not in reply, reply
        return reply.get("result")

    def notification(self, method: str, where=lambda params: True) -> dict:
        """The params of the first notification of `method` (received earlier or next) that `where` accepts;
        it is consumed."""
        for index, message in enumerate(self.notifications):
            if message["method"] == method and where(message["params"]):
                return self.notifications.pop(index)["params"]
        message = self._until(lambda m: m.get("method") == method and "id" not in m
                              and where(m["params"]))
        return message["params"]

    def published_versions(self, uri: str) -> list[int]:
        """The versions of every publishDiagnostics for a document read so far, in order."""
        return [m["params"].get("version") for m in self.history
                if m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri]

    def diagnostics(self, uri: str, version: int) -> list[dict]:
        """The diagnostics published for a document at a version."""
        return self.notification("textDocument/publishDiagnostics",
                                 lambda p: p["uri"] == uri
                                 and p.get("version") == version)["diagnostics"]

    def _until(self, wanted) -> dict:
        while True:
            try:
                message = self.messages.get(timeout=TIMEOUT)
            except queue.Empty:
                raise AssertionError(f"no answer from the server; its standard error: "
                                     f"{self.stderr!r}") from None
            if message is None:
                raise AssertionError(f"the server ended; its standard error: {self.stderr!r}")
            self.history.append(message)
            if wanted(message):
                return message
            if "id" in message and "method" in message:       # a request of the server: accept it
                self.server_requests.append(message)
                self.send({"id": message["id"], "result": None})
            elif "method" in message:
                self.notifications.append(message)

    def initialize(self, options: dict | None = None, capabilities: dict | None = None) -> dict:
        result = self.request("initialize", {"processId": os.getpid(), "rootUri": None,
                                             "capabilities": capabilities or {},
                                             "initializationOptions": options})
        self.notify("initialized", {})
        return result

    def send_open(self, uri: str, text: str, version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": version, "text": text}})

    def send_change(self, uri: str, text: str, version: int) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": [{"text": text}]})

    def open(self, uri: str, text: str, version: int = 1) -> list[dict]:
        """didOpen; the diagnostics published for it."""
        self.send_open(uri, text, version)
        return self.diagnostics(uri, version)

    def change(self, uri: str, text: str, version: int) -> list[dict]:
        """didChange (the whole text); the diagnostics published for it."""
        self.send_change(uri, text, version)
        return self.diagnostics(uri, version)

    def close(self) -> int:
        """shutdown, exit; the exit code."""
        self.request("shutdown")
        self.notify("exit")
        return self.wait()

    def wait(self) -> int:
        code = self.process.wait(timeout=TIMEOUT)
        self.process.stdin.close()
        self.process.stdout.close()
        return code


def apply_edits(text: str, edits: list[dict]) -> str:
    """The text with LSP TextEdits applied (positions in UTF-16 code units), as an editor would."""
    lines = text.split("\n")

    def offset(position: dict) -> int:
        line = position["line"]
        if line >= len(lines):
            return len(text)
        start = sum(len(l) + 1 for l in lines[:line])
        units, index = 0, 0
        content = lines[line]
        while index < len(content) and units < position["character"]:
            units += 2 if ord(content[index]) > 0xFFFF else 1
            index += 1
        return start + index

    spans = sorted(((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"])
                    for e in edits),
                   reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def utf16_column(line: str, column: int) -> int:
    """The UTF-16 character offset of cablelint's 1-based code-point column on a line."""
    return len(line[:column - 1].encode("utf-16-le")) // 2
