"""Advisory file locks between processes (``flock``): the index's write lock, the shared locks
that keep a generation from being removed while it is read, and the noise marks file's lock.

A lock belongs to an open file descriptor: closing it (:meth:`Held.release`, or the process
ending, however it ends) releases the lock, so a crashed process never leaves one behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class Busy(BlockingIOError):
    """The lock is held by someone else and the caller chose not to wait."""


class Held:
    """An open file descriptor holding a ``flock``; released by :meth:`release` (or on exit)."""

    def __init__(self, fd: int) -> None:
        self.fd: int | None = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the flock
            self.fd = None

    def __enter__(self) -> Held:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def lock_file(path: Path, *, exclusive: bool = True, wait: bool = True, create: bool = True) -> Held:
    """Lock ``path`` (created 0600 if missing and ``create``).

    Raises :class:`Busy` when ``wait`` is False and the lock is taken; ``OSError`` when the file
    cannot be opened (a read-only or missing folder).
    """
    flags = (os.O_CREAT | os.O_RDWR) if create else (os.O_RDONLY | os.O_NOFOLLOW)
    fd = os.open(path, flags, 0o600)
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        os.close(fd)
        raise Busy(f"{path} is locked") from None
    except BaseException:
        os.close(fd)
        raise
    return Held(fd)
