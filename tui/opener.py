"""What ``o`` hands to the system opener: an article's URL (http or https only) or its file.

The URL comes from the article's metadata (corpus.yaml, front matter, a page's canonical link):
untrusted, so only ``http``/``https`` with a host and no spaces or control characters is opened;
anything else (``javascript:``, ``file:``, ``data:``, a bare word) is refused with the reason.
The opening is a command started here without a shell (``$BROWSER``, ``xdg-open``, ``gio open``,
``open``) and watched for a moment, rather than Python's ``webbrowser`` or Textual's
:meth:`App.open_url`, which report only that something started: ``gio open`` with no display
exits 2 ("Operation not supported") and the app said "Opened" (t13d fault 3). The notice says
what happened: opened, the opener NAME failed (its exit status and stderr's first line), or none
was found.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Target:
    """``uri`` to open (None when refused), ``shown``: what the notice names (the URL or the
    file's path), ``refused``: why it was not opened ("" when it was)."""

    uri: str | None
    shown: str
    refused: str = ""


def open_target(url: str | None, path: Path) -> Target:
    """The article's ``url`` when it has one, else its file at ``path`` (as a ``file:`` URI)."""
    if url:
        url = url.strip()
        if _UNSAFE.search(url):
            return Target(None, url, "its URL holds spaces or control characters")
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            why = f"the URL's scheme {scheme!r} is not http or https" if scheme else "the URL has no http(s) scheme"
            return Target(None, url, why)
        if not parts.hostname:
            return Target(None, url, "the URL names no host")
        return Target(url, url)
    resolved = path.resolve()
    if not resolved.is_file():
        return Target(None, str(path), "the file is gone")
    return Target(resolved.as_uri(), str(resolved))


NO_OPENER = "no browser or file opener was found: install xdg-utils, or set $BROWSER"

# How long an opener is watched (seconds): one that exits non-zero within it failed; one still
# running after it (a browser started in the foreground) is taken as opened.
GRACE = 2.0


@dataclass(frozen=True)
class Handed:
    """What became of a hand-over: ``opener`` the command's name ("" when none was found),
    ``failed`` why it did not open ("" when it did: exit 0, or still running after the grace)."""

    opener: str
    failed: str = ""


def openers(uri: str) -> list[list[str]]:
    """The commands to try for ``uri``, in order: each entry of ``$BROWSER`` (``os.pathsep``
    separated, ``%s`` replaced by the URI or else the URI appended, as :mod:`webbrowser` reads
    it), then ``open`` (macOS) or ``xdg-open`` and ``gio open``; only those found on PATH.
    Console browsers are left out: in the foreground they would take over the app's terminal."""
    found: list[list[str]] = []
    for entry in os.environ.get("BROWSER", "").split(os.pathsep):
        try:
            words = shlex.split(entry)
        except ValueError:
            continue
        if words:
            argv = [w.replace("%s", uri) for w in words]
            found.append(argv if any("%s" in w for w in words) else [*argv, uri])
    system = [["open", uri]] if sys.platform == "darwin" else [["xdg-open", uri], ["gio", "open", uri]]
    return [[path, *argv[1:]] for argv in [*found, *system] if (path := shutil.which(argv[0]))]


def hand_over(uri: str, grace: float = GRACE) -> Handed:
    """Start the first opener of :func:`openers` on ``uri`` (no shell) and watch it ``grace``
    seconds: exit 0 or still running is opened; a non-zero exit is a failure, with its status and
    the first line of its stderr. Blocks up to ``grace``: call it off the UI thread."""
    commands = openers(uri)
    if not commands:
        return Handed("", NO_OPENER)
    argv = commands[0]
    name = Path(argv[0]).name
    err = tempfile.TemporaryFile()  # not a pipe: an opener that writes much must never block on it
    try:
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
        )
    except OSError as exc:
        err.close()
        return Handed(name, f"{name} could not be started: {exc.strerror or exc}")
    try:
        status = proc.wait(grace)
    except subprocess.TimeoutExpired:
        # Still running: a browser in the foreground. Reaped when it ends (no <defunct> child).
        threading.Thread(target=_reap, args=(proc, err), daemon=True, name="opener-reaper").start()
        return Handed(name)
    err.seek(0)
    lines = err.read(4096).decode("utf-8", "replace").strip().splitlines()
    err.close()
    if status == 0:
        return Handed(name)
    said = f', "{lines[0].strip()[:160]}"' if lines else ""
    how = f"exit status {status}" if status > 0 else f"killed by signal {-status}"
    return Handed(name, f"{name} failed: {how}{said}")


def _reap(proc: subprocess.Popen[bytes], err: IO[bytes]) -> None:
    proc.wait()
    err.close()
