"""Write a file atomically: a temporary file beside it, flushed to disk, renamed over it only when
complete.

Nothing is left behind: on an error, and on SIGTERM or SIGHUP (which raise Terminated while the
file is written, so that the cleanup runs), the temporary file is removed and the target is
untouched. `replace_bytes` (the writes of --fix) writes into an unnamed file (O_TMPFILE, where Linux
has it) that gets a name only for the rename, so that even SIGKILL leaves no temporary file behind
but in that instant.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
from typing import Iterator, TextIO

from .errors import OutputError

_TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived while a file was written; the exit code is 128 + the signal
    number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def atomic_writer(path: str, encoding: str = "utf-8", binary: bool = False) -> Iterator[TextIO]:
    """A text stream (`binary`: a byte stream) whose content replaces `path` when the block ends
    without an exception; flushed to disk before the rename.

    A symbolic link is followed (the link stays, its target is replaced). The file keeps its
    permissions if it exists (new files get the umask's); an existing target that is not a writable
    regular file is an OutputError before anything is written. On an error or a termination the
    original is untouched and the temporary file is removed.
    """
    target = os.path.realpath(path)
    mode = _mode_for(path, target)
    with _terminations_raise():
        tmp = None
        try:
            # so that a signal cannot come between creating and naming it
            with _terminations_held():
                handle, tmp = _temporary(path, target)
            stream = (
                os.fdopen(handle, "wb")
                if binary
                else os.fdopen(handle, "w", encoding=encoding, newline="")
            )
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
    """The permissions the written file gets; refuses a target that cannot or must not be
    replaced."""
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
        raise OutputError(f"{path}: cannot write: not a regular file (omit --output to write to "
                          "standard output)")
    if not os.access(target, os.W_OK):
        raise OutputError(f"{path}: cannot write: permission denied (the file is read-only)")
    return stat.S_IMODE(info.st_mode)


def _temporary(path: str, target: str) -> tuple[int, str]:
    import tempfile         # only a run that writes a file pays for it (6 ms of a start-up)

    try:
        return tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp",
                                dir=os.path.dirname(target))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here: {exc.strerror or exc}") from None


def replace_bytes(path: str, data: bytes) -> None:
    """Replace the file at `path` by `data` atomically, keeping its permissions (as
    atomic_writer)."""
    target = os.path.realpath(path)
    mode = _mode_for(path, target)
    with _terminations_raise():
        if not _replace_unnamed(path, target, data, mode):
            with atomic_writer(path, binary=True) as stream:
                stream.write(data)


def _replace_unnamed(path: str, target: str, data: bytes, mode: int) -> bool:
    """The write through an unnamed temporary file; False where the system has none (then a named
    one)."""
    try:
        handle = os.open(os.path.dirname(target) or ".", os.O_TMPFILE | os.O_WRONLY, mode)
    except (AttributeError, OSError):
        return False
    tmp = None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            os.fchmod(stream.fileno(), mode)
            with _terminations_held():
                tmp = _unused_name(target)
                _name(stream.fileno(), tmp)
                os.replace(tmp, target)
                tmp = None
    except _NoProc:
        return False        # no /proc: the named temporary file instead
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return True


class _NoProc(Exception):
    """/proc/self/fd is not there to give an unnamed file a name."""


def _name(handle: int, name: str) -> None:
    """linkat(2) of an open unnamed file (through /proc/self/fd, following the link) to `name`."""
    try:
        folder = os.open("/proc/self/fd", os.O_RDONLY)
    except OSError:
        raise _NoProc from None
    try:
        os.link(str(handle), name, src_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _unused_name(target: str) -> str:
    folder, base = os.path.split(target)
    return os.path.join(folder, f".{base}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


def _commit(stream, tmp: str, target: str, mode: int, path: str) -> None:
    try:
        stream.flush()
        os.fsync(stream.fileno())
        stream.close()          # the last flush: a full disk shows here
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _terminations_raise() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Terminated while the block runs (where their default would kill
    us)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in _TERMINATING:
        if signal.getsignal(signum) == signal.SIG_DFL:  # an ignored SIGHUP (nohup) stays ignored
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
