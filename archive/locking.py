"""One build or import at a time in a project folder (two at once would interleave their writes)."""
from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

LOCK_NAME = ".archive.lock"


class BusyError(RuntimeError):
    """Another build or import holds the folder's lock."""


@contextlib.contextmanager
def exclusive(folder: Path, what: str):
    """Hold the folder's lock while the block runs; fail at once, saying so, if another process holds it.

    The lock is the operating system's (flock): it is released when the holder exits, even
    when killed, so a crashed build never leaves the folder locked.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise BusyError(f"cannot {what}: {holder} is running in {folder} (lock {path}); wait for it to finish") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{what} (process {os.getpid()})")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
