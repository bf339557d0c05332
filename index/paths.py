"""Where waic-reader keeps its state: XDG cache, data and config directories.

Nothing is ever written into a corpus folder; the index lives in the cache directory, user
decisions (noise marks) in the data directory, settings and gazetteers in the config directory.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

APP = "waic-reader"


def _xdg(var: str, default: str) -> Path:
    value = os.environ.get(var, "")
    # The XDG spec says relative paths are invalid and must be ignored.
    base = Path(value) if value and os.path.isabs(value) else Path.home() / default
    return base / APP


def cache_dir() -> Path:
    return _xdg("XDG_CACHE_HOME", ".cache")


def data_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share")


def config_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config")


# The user's gazetteer, in config_dir(): read by the recogniser (entities.gazetteer); its stat is
# all the listing needs (workspace: an edit re-counts the library's rows), without the gazetteer's
# imports.
USER_GAZETTEER_NAME = "gazetteer.yaml"


def corpus_key(corpus_dir: Path) -> str:
    """A stable, filesystem-safe key for a corpus folder: its name plus a hash of its real path."""
    real = str(Path(corpus_dir).resolve())
    digest = hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in Path(real).name)[:40]
    return f"{name or 'corpus'}-{digest}"


def default_index_dir(corpus_dir: Path) -> Path:
    return cache_dir() / "index" / corpus_key(corpus_dir)


def bundled_seeds() -> Path:
    """The seed corpus shipped inside the package (``waic_reader/seeds``), or the repo's ``seeds/``."""
    return Path(__file__).resolve().parent.parent / "seeds"


def make_private_dirs(path: Path) -> None:
    """Create ``path`` and any missing parents as 0700 folders (existing ones are left as they are)."""
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask; the result must not be


def untrusted(path: Path, st: os.stat_result, what: str) -> str | None:
    """Why a file or folder of the index (``st``: its ``os.stat``/``lstat``/``fstat``; ``what``:
    how the reason names it, "index file") is not to be read: someone else owns it, or group or
    others can write it (then someone else could plant what the app reads back). None when it is
    the user's own and writable by them alone. The one trust test of the index folder and of
    every file read from it (:func:`~waic_reader.index.corpus.listing.read_private_text`)."""
    if st.st_uid != os.geteuid():
        return f"{what} {path} belongs to another user (uid {st.st_uid})"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        who = " and ".join(w for bit, w in ((stat.S_IWGRP, "group"), (stat.S_IWOTH, "others")) if st.st_mode & bit)
        return f"{what} {path} is writable by {who} (mode {stat.S_IMODE(st.st_mode):o})"
    return None
