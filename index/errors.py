"""Errors the user must act on, in a module light enough to import at start-up (no whoosh)."""

from __future__ import annotations

from pathlib import Path


class QueryError(ValueError):
    """A query the user must change; ``str()`` is a short message fit for the search box."""


class EmptyField(QueryError):
    """A field with nothing after it (``who:``): it matches nothing; ``str()`` says what to type
    after it, a hint while the query is being typed rather than a fault."""


class IndexBusy(RuntimeError):
    """Another process is writing this index."""


class BuildWorkerDied(RuntimeError):
    """A process of a parallel index build ended without giving back its articles (killed, out
    of memory, a crash in C code): the build fails at once instead of waiting for it forever.
    ``str()`` says how it ended."""


class IndexUntrusted(RuntimeError):
    """The index folder is not the user's own, or others can write it: its files are not loaded.
    ``str()`` is a one-line reason."""


class YamlError(ValueError):
    """A YAML file could not be used; ``str()`` is a one-line message with file:line:column."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, column: int | None = None):
        self.path = str(path)
        self.line = line
        self.column = column
        self.message = message  # without the place
        where = self.path if line is None else f"{self.path}:{line}:{column}"
        super().__init__(f"{where}: {message}")


def os_error_text(exc: OSError) -> str:
    """An ``OSError`` said to the user: its reason and the file ("Permission denied: /tmp/i"),
    without the class name or errno ("[Errno 13]"); the CLI's message and the app's notice."""
    return f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
