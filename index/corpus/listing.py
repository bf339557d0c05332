"""Ordering library rows (``list --sort``, the library screen): one definition of each sort key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from waic_reader.index.corpus.dates import resolve_year
from waic_reader.index.corpus.dates import sort_key as date_key

Row = TypeVar("Row", bound=Mapping[str, Any])

SORTS = ("date", "outlet", "title", "words", "noise")


def _text_key(value: object) -> tuple[int, str]:
    return (0, str(value).casefold()) if value else (1, "")  # missing last


def sort_rows(rows: Sequence[Row], key: str) -> list[Row]:
    """``rows`` (dicts with ``date``, ``outlet``, ``title``, ``words``, ``noise``) in the order of ``key``.

    date: oldest first, zones applied, undated (and year-less) last; outlet, title: A-Z,
    case-insensitive, missing last; words, noise: most first. Ties keep their order (stable).
    Raises ValueError for an unknown key.
    """
    if key == "date":
        return sorted(rows, key=lambda r: date_key(r.get("date")))
    if key in ("outlet", "title"):
        return sorted(rows, key=lambda r: _text_key(r.get(key)))
    if key in ("words", "noise"):
        return sorted(rows, key=lambda r: -int(r.get(key) or 0))
    raise ValueError(f"unknown sort key {key!r} (known: {', '.join(SORTS)})")


def resolve_years(rows: Sequence[dict[str, Any]]) -> None:
    """Give each row's year-less date (``--MM-DD``) the year of the other rows' dates, in place
    (see :func:`~waic_reader.index.corpus.dates.resolve_year`)."""
    if not any(str(r.get("date") or "").startswith("--") for r in rows):
        return
    known = [r.get("date") for r in rows]
    for r in rows:
        if str(r.get("date") or "").startswith("--"):
            r["date"] = resolve_year(r["date"], known)
