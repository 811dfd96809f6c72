"""Write a file atomically: a temporary file beside it, renamed over it only when complete.

Nothing is left behind: on an error, and on SIGTERM or SIGHUP (which raise Terminated while the
file is written, so that the cleanup runs), the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
from typing import Iterator, TextIO

from .errors import OutputError

_TERMINATING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived while a file was written; the exit code is 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def atomic_writer(path: str, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream whose content replaces `path` when the block ends without an exception.

    A symbolic link is followed (the link stays, its target is replaced). The file keeps its permissions
    if it exists (new files get the umask's); an existing target that is not a writable regular file
    is an OutputError before anything is written. On an error or a termination the original is
    untouched and the temporary file is removed.
    """
    target = os.path.realpath(path)
    mode = _mode_for(path, target)
    with _terminations_raise():
        tmp = None
        try:
            with _terminations_held():        # so that a signal cannot come between creating and naming it
                handle, tmp = _temporary(path, target)
            stream = os.fdopen(handle, "w", encoding=encoding, newline="")
            try:
                yield stream
                _commit(stream, tmp, target, mode, path)
                tmp = None
            finally:
                with contextlib.suppress(OSError):
                    stream.close()
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _mode_for(path: str, target: str) -> int:
    """The permissions the written file gets; refuses a target that cannot or must not be replaced."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{path}: cannot write: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{path}: cannot write: not a regular file (omit --output to write to standard output)")
    if not os.access(target, os.W_OK):
        raise OutputError(f"{path}: cannot write: permission denied (the file is read-only)")
    return stat.S_IMODE(info.st_mode)


def _temporary(path: str, target: str) -> tuple[int, str]:
    import tempfile         # only a run that writes a file pays for it (6 ms of a start-up)

    try:
        return tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=os.path.dirname(target))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here: {exc.strerror or exc}") from None


def _commit(stream: TextIO, tmp: str, target: str, mode: int, path: str) -> None:
    try:
        stream.close()          # the last flush: a full disk shows here
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _terminations_raise() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Terminated while the block runs (where their default would kill us)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in _TERMINATING:
        if signal.getsignal(signum) == signal.SIG_DFL:      # an ignored SIGHUP (nohup) stays ignored
            previous[signum] = signal.signal(signum, _raise_terminated)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _raise_terminated(signum: int, frame) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def _terminations_held() -> Iterator[None]:
    """SIGTERM and SIGHUP held back while the block runs, delivered when it ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, _TERMINATING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _TERMINATING)
