"""The bytes of one input, bounded: an open never blocks, and no input holds more than the cap in
memory.

Files are checked with os.stat before they are opened (only regular files are read, so a FIFO or a
device is an error, not a hang) and opened non-blocking. Files and standard input are read in
chunks: binary data is refused after the first chunk, and an input over MAX_INPUT_BYTES is an
InputError.
"""

from __future__ import annotations

import errno
import os
import stat
import sys

from .errors import InputError
from .source import BINARY_SNIFF_BYTES, refuse_binary

#: The largest input cablelint reads (a file or standard input); the longest real cable is under 1
#: MiB.
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: Why a file that was found is missing when it is read.
DELETED = "deleted during the run"
_CHUNK_BYTES = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


class VanishedError(InputError):
    """A path that does not exist (for the runner: a file deleted between finding and reading
    it)."""


def read_path(path: str) -> bytes:
    """A regular file's bytes. Anything else, a file over the cap or an OSError is an InputError
    naming it."""
    try:
        _check_regular(path, os.stat(path))
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _input_error(path, exc) from None
    try:
        with open(fd, "rb") as handle:
            _check_regular(path, os.fstat(fd))        # replaced by something else since the stat
            return read_bounded(handle, path)
    except OSError as exc:
        raise _input_error(path, exc) from None


def read_stdin(name: str) -> bytes:
    """Standard input's bytes, bounded like a file's; `name` is the name reported for it."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError(f"{name}: standard input is closed")
    try:
        return read_bounded(stream, name)
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from None


def read_bounded(stream, name: str) -> bytes:
    """Everything a binary stream holds, read in chunks: binary refused on the first, the cap
    enforced."""
    head = stream.read(BINARY_SNIFF_BYTES)
    refuse_binary(head, name)
    chunks, size = [head], len(head)
    while size <= MAX_INPUT_BYTES:
        chunk = stream.read(_CHUNK_BYTES)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise InputError(_too_large(name))


def stat_problem(path: str, exc: OSError) -> str:
    """Why a path cannot be used, in words: a broken symbolic link and a symbolic link loop named as
    such."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        try:
            return f"broken symbolic link: its target '{os.readlink(path)}' does not exist"
        except OSError:
            return "broken symbolic link"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return exc.strerror or str(exc)


def _check_regular(path: str, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file (a pipe or device; use '-' to read standard "
                         "input)")
    if info.st_size > MAX_INPUT_BYTES:
        raise InputError(_too_large(path))


def _too_large(name: str) -> str:
    return f"{name}: larger than the input limit of {MAX_INPUT_BYTES // (1024 * 1024)} MiB"


def _input_error(path: str, exc: OSError) -> InputError:
    missing = exc.errno == errno.ENOENT and not os.path.lexists(path)
    return (VanishedError if missing else InputError)(f"{path}: {stat_problem(path, exc)}")
