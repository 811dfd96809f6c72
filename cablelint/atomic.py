"""Write a file atomically: a temporary file beside it, renamed over it only when complete."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from typing import Iterator, TextIO

from .errors import InputError


@contextlib.contextmanager
def atomic_writer(path: str, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream whose content replaces `path` when the block ends without an exception.

    The file keeps its permissions if it exists (new files get the umask's); on an error the
    original is untouched and the temporary file is removed.
    """
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write here: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            yield stream
        try:
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
