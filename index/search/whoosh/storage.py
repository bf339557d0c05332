"""The index folder on disk: private files, trust checks, generation folders and their locks.

An index folder holds pickles that the app loads (see :mod:`.unpickle`), so it is treated as
code: it must be owned by the user and writable by no one else (:func:`check_trusted`), and the
app creates its folders 0700 and its files 0600 whatever the umask (:class:`PrivateFileStorage`,
:func:`write_private`).

Layout::

    <index_dir>/waic-index.lock   flock()ed exclusively by the one process writing (build or update)
    <index_dir>/CURRENT           name of the live generation (replaced atomically)
    <index_dir>/gen-<ns>-<pid>/   a whoosh index; ``waic-generation`` marks a folder the app made

A process reading or building a generation holds a shared ``flock`` on its ``waic-generation``
marker, so another process removes an old generation only when nobody uses it (an exclusive
lock it can take without waiting) and never touches a ``gen-*`` folder without the marker.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage, ReadOnlyError
from whoosh.filedb.structfile import StructFile
from whoosh.util import random_name

from waic_reader.index.corpus.listing import UntrustedFile, read_private_text, write_private_text
from waic_reader.index.errors import IndexBusy, IndexUntrusted
from waic_reader.index.locking import Busy, Held, lock_file
from waic_reader.index.paths import make_private_dirs, untrusted

MARKER = "waic-generation"
LOCK = "waic-index.lock"
CURRENT = "CURRENT"
BUSY = "index busy: another waic-reader is updating it"


class PrivateFileStorage(FileStorage):
    """whoosh's ``FileStorage`` creating files 0600 and folders 0700 whatever the umask."""

    def create_file(self, name: str, excl: bool = False, mode: str = "wb", **kwargs: Any) -> StructFile:
        if self.readonly:
            raise ReadOnlyError
        flags = os.O_CREAT | os.O_RDWR | (os.O_EXCL if excl else os.O_TRUNC)
        fd = os.open(self._fpath(name), flags, 0o600)
        return StructFile(os.fdopen(fd, mode), name=name, **kwargs)

    def create(self) -> PrivateFileStorage:
        make_private_dirs(Path(self.folder))
        return self

    def temp_storage(self, name: str | None = None) -> PrivateFileStorage:
        name = name or f"{random_name()}.tmp"
        return PrivateFileStorage(os.path.join(self.folder, name)).create()

    def lock(self, name: str) -> Any:
        os.close(os.open(self._fpath(name), os.O_CREAT | os.O_RDONLY, 0o600))  # whoosh's is 0777 & ~umask
        return super().lock(name)


def check_trusted(index_dir: Path) -> None:
    """Raise :class:`IndexUntrusted` unless ``index_dir`` is the user's and writable by them only.

    The index's files are loaded as pickles; a folder others can write is a folder others can
    plant code in. A missing folder is fine (it is created private).
    """
    try:
        st = os.stat(index_dir)
    except FileNotFoundError:
        return
    why = untrusted(index_dir, st, "index folder")
    if why:
        raise IndexUntrusted(f"{why}: not loading an index from it (chmod go-w it, or use another --index-dir)")


def untrusted_content(gen: Path) -> str | None:
    """Why a generation folder's content is not to be loaded (a file or folder someone else
    owns or can write), or None."""
    for path in (gen, *gen.iterdir()):
        why = untrusted(path, os.lstat(path), "index file")
        if why:
            return why
    return None


def untrusted_current(index_dir: Path) -> str | None:
    """Why the ``CURRENT`` file naming the live generation is not to be read (someone else owns
    or can write it: it could name a generation they planted), or None (also when missing)."""
    try:
        read_private_text(index_dir / CURRENT)
    except UntrustedFile as exc:
        return str(exc)
    except (OSError, UnicodeDecodeError):
        return None
    return None


def current_generation(index_dir: Path) -> Path | None:
    """The live generation folder named by ``CURRENT``, or None (also when that file is not the
    user's own or others can write it: :func:`untrusted_current`)."""
    try:
        name = read_private_text(index_dir / CURRENT).strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name.startswith("gen-") or "/" in name or ".." in name:
        return None
    return index_dir / name


def set_current(index_dir: Path, gen: Path) -> None:
    write_private_text(index_dir / CURRENT, gen.name)


# -- locks ------------------------------------------------------------------------------------


def write_lock(index_dir: Path, *, wait: bool) -> Held:
    """The index folder's write lock (one writer at a time across processes and threads).

    Raises :class:`IndexBusy` when ``wait`` is False and another writer holds it; ``OSError``
    when the folder cannot be written (read-only, full).
    """
    try:
        return lock_file(index_dir / LOCK, wait=wait)
    except Busy:
        raise IndexBusy(BUSY) from None


def hold(gen: Path) -> Held | None:
    """A shared lock on ``gen`` (kept while the generation is read), or None when ``gen`` has no
    marker or was removed meanwhile."""
    try:
        held = lock_file(gen / MARKER, exclusive=False, create=False)
    except OSError:
        return None
    assert held.fd is not None
    if os.fstat(held.fd).st_nlink == 0:  # removed between open and lock
        held.release()
        return None
    return held


def new_generation(index_dir: Path) -> tuple[Path, Held]:
    """A new, empty generation folder with its marker, held (shared) by this process."""
    make_private_dirs(index_dir)
    gen = index_dir / f"gen-{time.time_ns()}-{os.getpid()}"
    os.mkdir(gen, 0o700)
    os.chmod(gen, 0o700)
    mark(gen)
    held = hold(gen)
    assert held is not None
    return gen, held


def mark(gen: Path) -> None:
    """Write the marker that says the app made ``gen`` (so the app may remove it later)."""
    write_private_text(gen / MARKER, json.dumps({"app": "waic-reader", "pid": os.getpid()}))


def remove_old_generations(index_dir: Path, keep: Path) -> None:
    """Remove every generation the app made, except ``keep`` and those in use by a process."""
    for child in index_dir.iterdir():
        if child == keep or not child.name.startswith("gen-") or child.is_symlink() or not child.is_dir():
            continue
        if not (child / MARKER).is_file():
            continue  # not made by the app: never removed
        try:
            held = lock_file(child / MARKER, wait=False, create=False)
        except Busy:
            continue  # read or being built by another process: removed by a later rebuild
        except OSError:
            continue
        with held:
            shutil.rmtree(child, ignore_errors=True)
