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
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from waic_reader.index.corpus.formats import Item, ItemSkip
from waic_reader.index.corpus.formats.fields import as_text, cut_marker, kind, not_text, tag_list
from waic_reader.index.corpus.html import html_text, looks_like_html
from waic_reader.index.corpus.text import one_line, quoted

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


def _mongo_date(value: Any) -> str | None:
    """The date a MongoDB extended JSON ``{"$date": …}`` holds: an ISO string (relaxed form),
    or milliseconds since 1970 (``{"$numberLong": "1741939200000"}`` in canonical form, a plain
    number in the legacy one) as ISO 8601 in UTC; None when it holds neither."""
    if isinstance(value, str) and not value.lstrip("-").isdigit():
        return value
    if isinstance(value, dict) and set(value) == {"$numberLong"}:
        value = value["$numberLong"]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=int(value))
    except (ValueError, OverflowError):
        return None
    return moment.isoformat(timespec="seconds")


def _value(name: str, key: str, value: Any) -> tuple[str | None, str | None]:
    """(the text a record's field gives, or None; a note when it gives none it could mean).

    One rule for every field (:mod:`.fields`, as ``corpus.yaml`` and front matter): text, or a
    number as written (``"title": 5`` is "5"); a list, an object or true/false is not read and
    is said. A null or empty value is no value (exports write ``"author": null`` for "none").
    The exceptions are the forms exports use for these fields: an ``outlet``/``author`` object
    with a ``name`` (NewsAPI's ``"source": {"id": …, "name": "Reuters"}``), a list of authors,
    a MongoDB ``{"$date": …}`` date and ``{"$oid": …}`` id."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, dict):
        if name == "date" and "$date" in value:
            got = _mongo_date(value["$date"])
            return (got, None) if got else (None, f"{quoted(key)} {json.dumps(value)[:80]} is not a MongoDB date")
        if name == "key" and isinstance(value.get("$oid"), str):
            return value["$oid"], None
        if name in ("outlet", "author"):
            named = next((t for k in ("name", "title") if (t := as_text(value.get(k)))), None)
            # An id names the outlet only when it is a word ("reuters", "the-verge"): a number
            # ({"id": 1}) is a database key, and became the outlet "1" (acceptance s10 #10).
            slug = value.get("id")
            if not (named and named.strip()) and isinstance(slug, str) and any(c.isalpha() for c in slug):
                named = slug
            if named and named.strip():
                return named, None
            if any(
                k in value and not (value[k] or "").strip()
                for k in ("name", "title")
                if not isinstance(value.get(k), (dict, list))
            ):
                return None, None  # NewsAPI's {"id": null, "name": ""}: the export says it has no name
    if name == "author" and isinstance(value, list):
        names = [_value(name, key, v)[0] for v in value if not isinstance(v, list)]
        if value and all(names):
            return ", ".join(n for n in names if n), None
    shown = as_text(value)
    if shown is None:
        return None, not_text(key, value)
    return (shown, None) if shown.strip() else (None, None)


def record_item(record: dict[str, Any], number: int = 0, where: str = "") -> Item | str:
    """The article a record describes, or the reason it is not one. ``number``: its line, row
    or record number (``where`` says which: "line 3", "row 3", "record 3")."""
    normed: dict[str, Any] = {}
    written: dict[str, str] = {}
    for key, value in record.items():
        normed.setdefault(_norm(str(key)), value)
        written.setdefault(_norm(str(key)), str(key))
    if (header := _header_like(record, normed)) is not None:
        return header
    found: dict[str, str] = {}
    found_in: dict[str, str] = {}  # field → the key that gave it, as written
    problems: list[tuple[str, str]] = []  # (field, why it was not read)
    for name, keys in FIELDS.items():
        for key in keys:
            value, problem = _value(name, written.get(key, key), normed.get(key))
            if problem is not None:
                problems.append((name, problem))  # said, and a later key may still give the field
            if value is not None:
                found[name], found_in[name] = value, written[key]
                break
    text = found.pop("text", None)
    text_key = found_in.get("text", "text")
    if text is None:
        for key in TEXT_FALLBACK:
            text, problem = _value("text", written.get(key, key), normed.get(key))
            if problem is not None:
                problems.append(("text", problem))
            if text is not None:
                text_key = written[key]
                break
    if text is None:
        unread = [p for name, p in problems if name == "text"]
        if unread:
            return f"{unread[0]}: no text read"
        empty = _empty_text_field(normed, written)
        return f"{empty}: no text read" if empty else "no text field (text, content, body, …)"
    html = looks_like_html(text)
    if html:
        text = html_text(text, paragraphs=True)
    text, cut = cut_marker(text.strip())
    text = text.strip()
    if not text:  # "<p></p>", NewsAPI's "[+2345 chars]" alone
        return f"{quoted(text_key)} holds {'HTML tags' if html else 'a cut marker'} and no text: no text read"
    tag_key = "tags" if "tags" in normed else "keywords"
    tag_values, readable = tag_list(normed.get(tag_key))
    if not readable:
        problems.append(("tags", f"{quoted(written[tag_key])} must be text or a list, not {kind(normed[tag_key])}"))
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
        tags=tuple(one_line(t, 80) for t in tag_values),
        # Fields not read, in field order: "'date' must be text, not a list".
        problems=tuple(p for _, p in problems),
        cut_chars=cut,
    )


def _header_like(record: dict[str, Any], normed: dict[str, Any]) -> str | None:
    """Why ``record`` is a header row and no article, or None: every field it fills (two at
    least) holds a field's name, its own or one the reader reads (``title,text,date`` repeated
    mid-file where two CSV exports were joined into one, ``{"title": "title", "text": "text"}``
    in JSON converted from such a file). Read as an article it was one titled "title" whose
    text was "text"."""
    filled = [v for v in record.values() if v is not None and not (isinstance(v, str) and not v.strip())]
    if len(filled) < 2 or not all(isinstance(v, str) and len(v) <= 60 for v in filled):
        return None
    names = _READ_NAMES | normed.keys()
    if not all(_norm(v) in names for v in filled):
        return None
    shown = ", ".join(quoted(one_line(v, 40)) for v in filled[:4]) + (", …" if len(filled) > 4 else "")
    return f"a header row, no article: its fields hold field names ({shown})"


def _empty_text_field(normed: dict[str, Any], written: dict[str, str]) -> str | None:
    """Why a record whose text fields give no text has none, when it has such a field: the
    first of them, named as the file writes it, is empty (``'text' is empty``: a CSV's empty
    cell, ``""`` or blanks) or null (``'content' is null``). None when it has no text field at
    all ("no text field")."""
    for key in (*FIELDS["text"], *TEXT_FALLBACK):
        if key in normed:
            return f"{quoted(written[key])} is {'null' if normed[key] is None else 'empty'}"
    return None


def _date(value: str) -> str:
    """A record's date as the reader parses it: a Unix time (a JSON number or a CSV cell of
    digits: seconds, milliseconds or microseconds, :func:`~waic_reader.index.corpus.date_parse.
    epoch_iso`) as ISO 8601 in UTC, anything else as written (one line)."""
    from waic_reader.index.corpus.date_parse import epoch_iso

    return epoch_iso(value) or one_line(value, 80)


class _Object(dict[str, Any]):
    """A JSON object as read (:func:`_object`): the first value of a key written twice, and
    which keys were (key, the value read, a later one)."""

    repeated: list[tuple[str, Any, Any]] = []


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    """``json.loads``' ``object_pairs_hook``: an object whose key is written twice keeps its
    first value, as a CSV header naming a field twice is read from its first column, and says so
    (:func:`_repeated_keys`); a plain ``dict`` kept the last without a word."""
    made = _Object(pairs)
    if len(made) == len(pairs):
        return made  # no key twice (nearly always: built in C, a tenth of reading 20,000 records)
    made = _Object()
    made.repeated = []
    for key, value in pairs:
        if key in made:
            made.repeated.append((key, made[key], value))
        else:
            made[key] = value
    return made


def _loads(text: str) -> Any:
    return json.loads(text, object_pairs_hook=_object)


def _repeated_keys(record: Any) -> str | None:
    """The note for a record that writes a key twice (``{"title": "a", "title": "b"}``), its
    own or one of an object it holds (``"source": {"name": …, "name": …}``): which key, the value
    read and the one left; None when none is repeated."""
    said = []
    for where, obj in [("", record), *((f"{k}.", v) for k, v in record.items() if isinstance(v, _Object))]:
        for key, first, later in getattr(obj, "repeated", ()):
            said.append(
                f"{quoted(where + key)} twice ({one_line(json.dumps(first, ensure_ascii=False), 40)}, then "
                f"{one_line(json.dumps(later, ensure_ascii=False), 40)})"
            )
    if not said:
        return None
    return f"the record names {'; '.join(said)}: the first is read"


def _collect(records: list[tuple[str, int, Any]]) -> tuple[list[Item], list[ItemSkip]]:
    """Items of ``records`` ((where, line/row/record number, value), in file order).

    A record's number, in its doc id (``api#3`` when it has no id) as in the skipped list and
    notes (``api.jsonl (line 3)``), is that one number: its line in JSON Lines, the line of a
    CSV its record starts on (the csv module's ``line_num`` before it: blank lines and a cell's
    line breaks counted, the header on line 1), its place in a JSON array."""
    items: list[Item] = []
    skips: list[ItemSkip] = []
    for where, at, record in records:
        if not isinstance(record, dict):
            skips.append(ItemSkip(where, "not an object", at))
            continue
        item = record_item(record, at, where)
        repeated = _repeated_keys(record)
        if isinstance(item, str):
            skips.append(ItemSkip(where, item if repeated is None else f"{item}; {repeated}", at))
        else:
            items.append(item if repeated is None else replace(item, faults=(*item.faults, repeated)))
    return items, skips


def read_json_lines(text: str) -> tuple[list[Item], list[ItemSkip]]:
    """One JSON object per line (JSON Lines / NDJSON); blank lines are ignored."""
    records: list[tuple[str, int, Any]] = []
    bad: list[ItemSkip] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((f"line {n}", n, _loads(line)))
        except (json.JSONDecodeError, RecursionError) as exc:
            bad.append(ItemSkip(f"line {n}", f"not JSON ({getattr(exc, 'msg', 'nested too deep')})", n))
    items, skips = _collect(records)
    return items, bad + skips


def read_json(text: str) -> tuple[list[Item], list[ItemSkip]]:
    """A JSON array of objects, or an object wrapping one (``{"articles": [...]}``).

    Raises ValueError when the document is not JSON or holds no list of records.
    """
    try:
        data = _loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ValueError("not JSON: nested too deep") from None
    if isinstance(data, dict):
        wrapped = next((data[k] for k in WRAPPERS if isinstance(data.get(k), list)), None)
        if wrapped is None:
            items, skips = _collect([("record 1", 1, data)])  # a single article as one object
            if skips:
                raise ValueError(f"a JSON object that is not an article: {skips[0].reason}")
            return items, []
        data = wrapped
    if not isinstance(data, list):
        raise ValueError("JSON that is neither an array of records nor an object")
    return _collect([(f"record {n}", n, r) for n, r in enumerate(data, 1)])


# The delimiters a CSV export may use (README: "header row; `,` `;` or tab").
CSV_DELIMITERS = (",", ";", "\t")


def _header_fields(text: str, delimiter: str) -> int:
    """How many fields ``text``'s first record (its header row) has when split at
    ``delimiter`` outside quotes (excel's quoting: a quoted field may hold the delimiter, ``""``
    and line breaks); 0 when it cannot be read so."""
    try:
        return len(next(csv.reader(io.StringIO(text[:65536], newline=""), csv.excel, delimiter=delimiter), []))
    except csv.Error:
        return 0


def csv_format(text: str) -> tuple[str, bool]:
    """(delimiter, skipinitialspace) of ``text`` read with excel's quoting: the delimiter is the
    candidate (``,`` ``;`` tab) that splits its header row into the most fields. The sniffer
    guesses from the rows' characters and gives up ("Could not determine delimiter") on a
    sample whose quoted text holds ``""`` or a line break (acceptance s11 c11/q.csv: a
    tab-separated file read as commas, its records lost), so it only breaks a tie (a one-column
    header). Quoting stays excel's whatever it guesses: a quoted field, ``""`` inside it for a
    quote; of its findings only a space after each delimiter ("title, text") is kept."""
    counts = {d: _header_fields(text, d) for d in CSV_DELIMITERS}
    most = max(counts.values())
    tied = [d for d in CSV_DELIMITERS if counts[d] == most]
    sniffed: Any
    try:
        sniffed = csv.Sniffer().sniff(text[:8192], delimiters="".join(CSV_DELIMITERS))
    except csv.Error:
        sniffed = None  # no guess: the header decides, else the comma
    if sniffed is not None and sniffed.delimiter in tied:
        return sniffed.delimiter, bool(sniffed.skipinitialspace)
    return tied[0], False


def read_csv(text: str) -> tuple[list[Item], list[ItemSkip]]:
    """Records with a header row, separated by ``,`` ``;`` or tab (:func:`csv_format`).

    Read as the csv module reads them: a record per row, numbered by the line of the file it
    starts on (the header is line 1; blank lines and the lines of a cell's line breaks counted,
    as the csv module's ``line_num`` counts them: the number a user finds the record at in the
    file), blank rows passed over, cells beyond the header's dropped and missing ones empty.

    Two quoting faults the csv module (non-strict, as exports need: a stray quote inside a cell
    is kept) reads past without a word are said where a record's other faults are (a note, or
    its skip reason), as the csv module's strict reading finds them: a quote closed inside a
    cell, which glues the lines up to it into one record (a second stray quote later closed the
    first); and a quote never closed, which makes the rest of the file one cell (the record is
    read so all the same; in the header row, the file has no records and is skipped)."""
    delimiter, spaced = csv_format(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, 16 * 1024 * 1024))  # article bodies exceed the 128 KiB default
    try:
        reader = csv.reader(
            io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter, skipinitialspace=spaced
        )
        header = next(reader, [])
        rows: list[tuple[int, int, list[str]]] = []  # (first line, last line, cells)
        while True:
            first = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if row:  # a blank line is no record, but a line all the same
                rows.append((first, reader.line_num, row))
        opened = _unclosed_quote(text, rows[-1][2] if rows else header)
        glued: dict[int, str] = {}
        if _strict_fault(text, delimiter, spaced):  # the records are checked one by one only then
            starts = [0, *(m.end() for m in re.finditer("\n", text)), len(text)]  # where each line starts
            glued = {
                first: fault
                for first, last, _ in rows
                if (fault := _closed_inside(text, starts, first, last, delimiter, spaced)) is not None
            }
    except csv.Error as exc:
        raise ValueError(f"not CSV: {exc}") from None
    finally:
        csv.field_size_limit(old_limit)
    last_line = text.count("\n", 0, len(text.rstrip("\n"))) + 1
    rest = f"line {opened}" if opened == last_line else f"lines {opened}\u2013{last_line}"
    if not rows:
        if opened is not None:
            raise ValueError(
                f"a quote opened on line {opened} is never closed: the header row runs to the end of the file"
                f" ({rest}), no records"
            )
        raise ValueError("only a header row, no records")
    records = [(f"line {first}", first, _first_cells(header, row)) for first, _, row in rows]
    items, skips = _collect(records)
    # The header row itself again, mid-file (two exports joined into one): said as such.
    again = {first for first, _, row in rows if [c.strip() for c in row] == [h.strip() for h in header]}
    skips = [replace(k, reason=HEADER_AGAIN) if k.number in again else k for k in skips]
    repeated = _repeated_header(header)
    if repeated:
        items = [replace(i, file_faults=(repeated,)) for i in items]
    faults = dict(glued)
    if opened is not None:
        cell = len(rows[-1][2]) - 1
        into = f"its {quoted(header[cell])}" if cell < len(header) else "a cell beyond the header's columns, not read"
        unclosed = f"a quote opened on line {opened} is never closed: the rest of the file ({rest}) is read as {into}"
        end = rows[-1][0]  # the last record's number
        faults[end] = f"{faults[end]}; {unclosed}" if end in faults else unclosed
    if not faults:
        return items, skips
    items = [replace(i, faults=(*i.faults, faults[i.number])) if i.number in faults else i for i in items]
    skips = [replace(k, reason=f"{k.reason}; {faults[k.number]}") if k.number in faults else k for k in skips]
    return items, skips


HEADER_AGAIN = "the header row again (exports joined into one file?): no article"


def _first_cells(header: list[str], row: list[str]) -> dict[str, str]:
    """A CSV row as a record: each header's cell, the first column's where a header is repeated
    (``title;text;title``: the first ``title``), a missing cell empty."""
    record: dict[str, str] = {}
    for name, cell in zip(header, row):
        record.setdefault(name, cell)
    for name in header:
        record.setdefault(name, "")
    return record


# The header names the reader takes a field from (compared as :func:`_norm` compares them).
_READ_NAMES = frozenset({*(k for keys in FIELDS.values() for k in keys), *TEXT_FALLBACK, "tags", "keywords"})


def _repeated_header(header: list[str]) -> str | None:
    """The note for a header row that names a field the reader reads twice (``title`` and
    ``title``, or ``Title`` and ``title``: names are compared case- and separator-insensitively,
    as fields are recognised): which names and columns, and that the first column is read.
    None when no read field's name is repeated."""
    columns: dict[str, list[int]] = {}
    for n, name in enumerate(header, 1):
        key = _norm(name)
        if key in _READ_NAMES:
            columns.setdefault(key, []).append(n)
    said = [
        f"{' and '.join(quoted(one_line(header[c - 1], 40)) for c in cols[:3])} (columns {', '.join(map(str, cols))})"
        for cols in columns.values()
        if len(cols) > 1
    ]
    if not said:
        return None
    return f"the header repeats {'; '.join(said)}: the first column is read"


def _strict_fault(text: str, delimiter: str, spaced: bool) -> bool:
    """Whether the csv module's strict reading of ``text`` fails before its end: some quote closes
    inside a cell (one left open to the end fails only there). Strict and lenient readings agree
    up to the first such fault, so a file read strictly to its end has none (one pass, in C:
    checking 20,000 records one by one cost a third more than reading them)."""
    try:
        for _ in csv.reader(
            io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter, skipinitialspace=spaced, strict=True
        ):
            pass
    except csv.Error as exc:
        return "unexpected end of data" not in str(exc)
    return False


def _closed_inside(text: str, starts: list[int], first: int, last: int, delimiter: str, spaced: bool) -> str | None:
    """Why the record on lines ``first``…``last`` of ``text`` (``starts``: where each line
    starts) is not what its lines say, when a quote in it closes inside a cell (``"text b`` on
    one line, ``C,text c "quoted" here`` on the next: the csv module glues both lines into one
    cell and says nothing): the csv module's strict reading of those lines says where; else None
    (a quote left open to the end of the file is :func:`_unclosed_quote`'s)."""
    start, end = starts[min(first - 1, len(starts) - 1)], starts[min(last, len(starts) - 1)]
    if '"' not in text[start:end]:
        return None
    strict = csv.reader(
        io.StringIO(text[start:end], newline=""),
        dialect=csv.excel,
        delimiter=delimiter,
        skipinitialspace=spaced,
        strict=True,
    )
    try:
        for _ in strict:
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return None
        at = first + max(0, strict.line_num - 1)
        if last > first:
            return (
                f"a quote closes inside a cell on line {at} (the csv module: {exc}): "
                f"lines {first}\u2013{last} are read as this one record"
            )
        # One line: nothing was glued; the text after the closing quote joins the cell.
        return (
            f"a quote closes inside a cell on line {at} (the csv module: {exc}): the text after it is kept in the cell"
        )
    return None


def _unclosed_quote(text: str, row: list[str]) -> int | None:
    """The line on which a quote opened that is never closed, when ``row``, the last the csv
    module read from ``text``, ends in such a cell; else None.

    The csv module (non-strict, as exports need: a stray quote inside a cell is kept) reads an
    unclosed quoted cell to the end of the file and says nothing. Such a cell is the file's
    tail: a quote, then the cell with each of its quotes doubled. Whether that quote is really
    left open is the csv module's own answer: read strictly from it, it ends in "unexpected end
    of data"."""
    if not row:
        return None
    tail = '"' + row[-1].replace('"', '""')
    if not text.endswith(tail):
        return None
    at = len(text) - len(tail)
    try:
        for _ in csv.reader(io.StringIO(text[at:], newline=""), csv.excel, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return text.count("\n", 0, at) + 1
    return None


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
