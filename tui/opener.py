"""What ``o`` hands to the system opener: an article's URL (http or https only) or its file.

The URL comes from the article's metadata (corpus.yaml, front matter, a page's canonical link):
untrusted, so only ``http``/``https`` with a host and no spaces or control characters is opened;
anything else (``javascript:``, ``file:``, ``data:``, a bare word) is refused with the reason.
The opening itself is Python's ``webbrowser`` (``$BROWSER``, ``xdg-open``, ``gio``, ``open`` or a
registered browser, started without a shell), called here rather than through Textual's
:meth:`App.open_url`, which drops its answer: on a machine with no opener at all (no display, no
``xdg-open``, no console browser) ``webbrowser.open`` returns False, and the app must say the file
was not opened instead of "Opened". An opener that starts and then fails on its own (``gio open``
with no default application) is beyond what ``webbrowser`` can report.
"""

from __future__ import annotations

import re
import webbrowser
from dataclasses import dataclass
from pathlib import Path
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


def hand_over(uri: str) -> bool:
    """Hand ``uri`` to the system's opener; False when ``webbrowser`` found none that started.
    Blocking for as long as the opener takes to start: call it off the UI thread."""
    return webbrowser.open(uri)
