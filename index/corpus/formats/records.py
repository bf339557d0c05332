"""Record exports from news APIs and scrapers: ``.jsonl``/``.ndjson``, ``.json``, ``.csv``.

One article per record. Fields are recognised by the names such exports commonly use
(NewsAPI ``publishedAt`` and ``source.name``, news-please ``maintext`` and ``date_publish``,
Guardian ``webUrl`` …), compared case- and separator-insensitively. A record without text is
skipped with a reason; so is a line that is not a JSON object.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from waic_reader.index.corpus.formats import Item, ItemSkip
from waic_reader.index.corpus.html import html_text, looks_like_html
from waic_reader.index.corpus.text import one_line

# Field → accepted key names after :func:`_norm`, in order of preference.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "maintext", "fulltext", "articletext", "articlebody", "bodytext", "story"),
    "title": ("title", "headline", "webtitle"),
    "outlet": ("outlet", "source", "publisher", "sourcename", "site", "sitename", "sourcedomain", "publication"),
    "date": (
        "date",
        "published",
        "publishedat",
        "publishdate",
        "datepublished",
        "datepublish",
        "pubdate",
        "webpublicationdate",
        "datetime",
        "createdat",
        "updated",
        "updatedat",
        "timestamp",
        "publishedtime",
        "publicationdate",
        "datecreated",
    ),
    "url": ("url", "link", "weburl", "permalink", "canonicalurl", "articleurl"),
    "key": ("id", "guid", "uuid", "docid", "articleid"),
    "author": ("author", "authors", "byline", "creator"),
}
# Used as text only when a record has none of the text fields (API teasers).
TEXT_FALLBACK = ("description", "summary", "abstract", "lead")
# JSON documents that wrap their records: {"articles": [...]} (NewsAPI) and the like.
WRAPPERS = ("articles", "items", "results", "data", "records", "docs", "response")


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, dict):  # {"source": {"id": "reuters", "name": "Reuters"}}
        for key in ("name", "title", "id"):
            if isinstance(value.get(key), str):
                return str(value[key])
        return None
    if isinstance(value, list):
        parts = [p for p in (_scalar(v) for v in value) if p]
        return ", ".join(parts) or None
    return None


def record_item(record: dict[str, Any], number: int = 0, where: str = "") -> Item | str:
    """The article a record describes, or the reason it is not one. ``number``: its line, row
    or record number (``where`` says which: "line 3", "row 3", "record 3")."""
    normed: dict[str, Any] = {}
    for key, value in record.items():
        normed.setdefault(_norm(str(key)), value)
    found: dict[str, str] = {}
    for name, keys in FIELDS.items():
        for key in keys:
            value = _scalar(normed.get(key))
            if value and value.strip():
                found[name] = value
                break
    text = found.pop("text", None)
    if text is None:
        text = next((v for k in TEXT_FALLBACK if (v := _scalar(normed.get(k))) and v.strip()), None)
    if text is None:
        return "no text field (text, content, body, …)"
    if looks_like_html(text):
        text = html_text(text, paragraphs=True)
    text = text.strip()
    if not text:
        return "empty text"
    tags = normed.get("tags") or normed.get("keywords")
    tag_list = [str(t) for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    return Item(
        text=text,
        number=number,
        where=where,
        key=found.get("key") or found.get("url"),  # NewsAPI records have no id; their URL is one
        title=one_line(found["title"], 300) if "title" in found else None,
        outlet=one_line(found["outlet"], 200) if "outlet" in found else None,
        date=_date(found["date"]) if "date" in found else None,
        url=one_line(found["url"], 500) if "url" in found else None,
        author=one_line(found["author"], 200) if "author" in found else None,
        tags=tuple(one_line(t, 80) for t in tag_list if t.strip()),
    )


def _date(value: str) -> str:
    """A record's date as the reader parses it: a Unix time (a JSON number or a CSV cell of
    digits: seconds, milliseconds or microseconds, :func:`~waic_reader.index.corpus.dates.
    epoch_iso`) as ISO 8601 in UTC, anything else as written (one line)."""
    from waic_reader.index.corpus.dates import epoch_iso

    return epoch_iso(value) or one_line(value, 80)


def _collect(records: list[tuple[str, int, Any]]) -> tuple[list[Item], list[ItemSkip]]:
    """Items of ``records`` ((where, line/row/record number, value), in file order).

    A record's number, in its doc id (``api#3`` when it has no id) as in the skipped list and
    notes (``api.jsonl (line 3)``), is that one number: its line in JSON Lines, its row in a
    CSV (the header is row 1, as a spreadsheet numbers them), its place in a JSON array."""
    items: list[Item] = []
    skips: list[ItemSkip] = []
    for where, at, record in records:
        if not isinstance(record, dict):
            skips.append(ItemSkip(where, "not an object", at))
            continue
        item = record_item(record, at, where)
        if isinstance(item, str):
            skips.append(ItemSkip(where, item, at))
        else:
            items.append(item)
    return items, skips


def read_json_lines(text: str) -> tuple[list[Item], list[ItemSkip]]:
    """One JSON object per line (JSON Lines / NDJSON); blank lines are ignored."""
    records: list[tuple[str, int, Any]] = []
    bad: list[ItemSkip] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((f"line {n}", n, json.loads(line)))
        except (json.JSONDecodeError, RecursionError) as exc:
            bad.append(ItemSkip(f"line {n}", f"not JSON ({getattr(exc, 'msg', 'nested too deep')})", n))
    items, skips = _collect(records)
    return items, bad + skips


def read_json(text: str) -> tuple[list[Item], list[ItemSkip]]:
    """A JSON array of objects, or an object wrapping one (``{"articles": [...]}``).

    Raises ValueError when the document is not JSON or holds no list of records.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ValueError("not JSON: nested too deep") from None
    if isinstance(data, dict):
        wrapped = next((data[k] for k in WRAPPERS if isinstance(data.get(k), list)), None)
        if wrapped is None:
            item = record_item(data, 1, "record 1")  # a single article as one object
            if isinstance(item, str):
                raise ValueError(f"a JSON object that is not an article: {item}")
            return [item], []
        data = wrapped
    if not isinstance(data, list):
        raise ValueError("JSON that is neither an array of records nor an object")
    return _collect([(f"record {n}", n, r) for n, r in enumerate(data, 1)])


def read_csv(text: str) -> tuple[list[Item], list[ItemSkip]]:
    """Comma-separated records with a header row (the delimiter is sniffed: , ; tab)."""
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, 16 * 1024 * 1024))  # article bodies exceed the 128 KiB default
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        records = [(f"row {n}", n, dict(row)) for n, row in enumerate(reader, 2)]
    except csv.Error as exc:
        raise ValueError(f"not CSV: {exc}") from None
    finally:
        csv.field_size_limit(old_limit)
    if not records:
        raise ValueError("only a header row, no records")
    # DictReader puts extra cells under the None key: not a field name.
    for _, _, row in records:
        row.pop(None, None)
    return _collect(records)


def read_records(text: str, suffix: str) -> tuple[list[Item], list[ItemSkip]]:
    """Dispatch on the file suffix (``.jsonl``, ``.ndjson``, ``.json``, ``.csv``)."""
    suffix = suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return read_json_lines(text)
    if suffix == ".json":
        return read_json(text)
    if suffix == ".csv":
        return read_csv(text)
    raise ValueError(f"not a record format: {suffix}")
