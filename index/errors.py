"""Errors the user must act on, in a module light enough to import at start-up (no whoosh)."""

from __future__ import annotations


class QueryError(ValueError):
    """A query the user must change; ``str()`` is a short message fit for the search box."""


class IndexBusy(RuntimeError):
    """Another process is writing this index."""
