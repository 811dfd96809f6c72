"""The hash of cablelint's caches and their keys: BLAKE2b from the interpreter's own module.

`hashlib` loads OpenSSL on import, about 4 ms of every start-up, and the start-up hashes only to
name and check its cache files; the SARIF fingerprints, a published format, keep `hashlib`'s
SHA-256.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:         # an interpreter built without it
    from hashlib import blake2b

__all__ = ["blake2b"]
