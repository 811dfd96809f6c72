"""Output streams as the command line writes them: a reader that went away, or a write that failed.

A reader that went away (`cablelint archive/ | head`) is not an error: later writes are dropped and
the run goes on, so that its exit code is the one of the full run. Any other write error (a full
disk, a stream closed before the run started) is one OutputError naming the stream. Either way the
stream's descriptor is then pointed at /dev/null, so that the interpreter's final flush of what is
still buffered cannot fail a second time.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Callable, Iterator

from .errors import OutputError


class GuardedStream:
    """A text stream (or None: a descriptor closed when the process started) whose errors are
    handled."""

    def __init__(self, stream, label: str) -> None:
        self.stream = stream
        self.label = label
        self.reader_gone = False      # the read end of the pipe was closed
        self.failed = False           # a write failed otherwise; an OutputError was raised

    def write(self, text: str) -> int:
        if not (self.reader_gone or self.failed):
            if self.stream is None:
                self.failed = True
                raise OutputError(f"{self.label}: cannot write: it is closed")
            self._guarded(self.stream.write, text)
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def write_bytes(self, data: bytes) -> None:
        """Write bytes as they are (the fixed text of standard input), after the text written so
        far."""
        buffer = getattr(self.stream, "buffer", None)
        if buffer is None:
            self.write(data.decode("utf-8", "replace"))
            return
        self.flush()
        if not (self.reader_gone or self.failed):
            self._guarded(buffer.write, data)
            self._guarded(buffer.flush)

    def flush(self) -> None:
        if self.stream is not None and not (self.reader_gone or self.failed):
            self._guarded(self.stream.flush)

    def isatty(self) -> bool:
        return (
            self.stream is not None
            and not (self.reader_gone or self.failed)
            and self.stream.isatty()
        )

    def __getattr__(self, name: str):       # encoding, fileno, buffer, ...
        return getattr(self.stream, name)

    def _guarded(self, call: Callable, *args) -> None:
        try:
            call(*args)
        except BrokenPipeError:
            self.reader_gone = True
            self._silence()
        except OSError as exc:
            self.failed = True
            self._silence()
            raise OutputError(f"{self.label}: cannot write: {exc.strerror or exc}") from None

    def _silence(self) -> None:
        try:
            fd = self.stream.fileno()
        except (AttributeError, OSError, ValueError):  # not backed by a descriptor (e.g. StringIO)
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)


@contextlib.contextmanager
def guarded_standard_streams() -> Iterator[tuple[GuardedStream, GuardedStream]]:
    """sys.stdout and sys.stderr replaced by guarded streams while the block runs (argparse
    included)."""
    saved = sys.stdout, sys.stderr
    strict = [stream for stream in saved if getattr(stream, "errors", None) == "strict"
              and hasattr(stream, "reconfigure")]
    for stream in strict:   # a cable's `¶` on an ASCII stream is written `\xb6`, not a crash
        stream.reconfigure(errors="backslashreplace")
    out = GuardedStream(sys.stdout, "standard output")
    err = GuardedStream(sys.stderr, "standard error")
    sys.stdout, sys.stderr = out, err
    try:
        yield out, err
    finally:
        sys.stdout, sys.stderr = saved
        for stream in strict:
            stream.reconfigure(errors="strict")
