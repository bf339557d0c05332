"""``corpus.yaml``: per-file metadata (title, outlet, date, url, author, tags) and ``date_order``, read as
untrusted input: each bad value is one warning naming ``corpus.yaml:LINE:COL`` and is ignored,
everything else kept (issue #13). Moved out of :mod:`.reader` (session 21) unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from waic_reader.index.corpus.formats.fields import as_text, kind, not_text, tag_list
from waic_reader.index.corpus.text import one_line, quoted

META_FILE = "corpus.yaml"
META_FIELDS = ("title", "outlet", "date", "url", "author", "tags")
#: How a ``tags`` list is kept among the entry's text fields (one text, so the entry's change stamp
#: covers it); :func:`tags_of` splits it again. A unit separator: no tag holds one (``one_line``
#: makes every control character a space).
TAG_SEPARATOR = "\x1f"
META_KEYS = ("articles", "date_order")  # corpus.yaml's top-level keys


class MetaFile(NamedTuple):
    """What ``corpus.yaml`` says: per-file fields (file name → field → value), why parts of it
    were ignored (file:line:col: reason) and its ``date_order`` (None when not set).

    ``entries``: each article entry's name, with where it stands among ``errors`` and the
    warning it is when no file of the corpus has that name (:meth:`errors_for`): whether a name
    is a file changes as files come and go, while the file's fields do not."""

    articles: dict[str, dict[str, str]]
    errors: list[str]
    date_order: str | None = None
    entries: tuple[tuple[str, int, str], ...] = ()

    def errors_for(self, known: Callable[[str], bool]) -> list[str]:
        """``errors`` with, in their place in the file, the entries naming no file ``known``
        says is one (a typo, a file since moved or not yet there)."""
        missing = [(at, message) for name, at, message in self.entries if not known(name)]
        if not missing:
            return list(self.errors)
        out: list[str] = []
        j = 0
        for i, error in enumerate(self.errors):
            while j < len(missing) and missing[j][0] <= i:
                out.append(missing[j][1])
                j += 1
            out.append(error)
        out.extend(message for _at, message in missing[j:])
        return out


def load_metadata(root: Path) -> MetaFile:
    """Read ``corpus.yaml``: ``articles: {file name: {title, outlet, date, url, author, tags}}`` and an
    optional ``date_order: dmy | mdy``. An entry for a name no file has (a typo or a file since
    moved) is kept for when it appears, and said by :meth:`MetaFile.errors_for` while it has none.

    Errors name file, line and column; whatever is valid is still used. A date whose day and
    month could be either way round (03/04/2025) is an error unless ``date_order`` says how
    to read it (:func:`~waic_reader.index.corpus.date_parse.day_month`).
    """
    path = root / META_FILE
    if not path.exists():
        return MetaFile({}, [])
    from waic_reader.index import yamlio  # here: the YAML parser costs start-up time otherwise
    from waic_reader.index.corpus import date_parse

    # Its problems name it as the corpus's other files are named (relative to the corpus:
    # "corpus.yaml:5:5: …", as "notes/a.md:2:14: …"), as the README shows them.
    repeated: list[yamlio.YamlError] = []  # a field written twice: the first kept, said, the rest used
    try:
        data, node = yamlio.load_file_with_node(path, duplicates=repeated)
    except yamlio.YamlError as exc:
        return MetaFile({}, [str(yamlio.YamlError(META_FILE, exc.message, exc.line, exc.column))])
    errors: list[str] = [str(yamlio.YamlError(META_FILE, e.message, e.line, e.column)) for e in repeated]
    entries: list[tuple[str, int, str]] = []

    def placed(message: str, *keys: object) -> str:
        line, col = yamlio.position(node, *keys)
        return f"{META_FILE}:{line}:{col}: {message}" if line else f"{META_FILE}: {message}"

    def err(message: str, *keys: object) -> None:
        errors.append(placed(message, *keys))

    if data is None:
        return MetaFile({}, [])
    if not isinstance(data, dict):
        err("expected a mapping with an 'articles' key")
        return MetaFile({}, errors)
    order = data.get("date_order")
    if order is not None and order not in date_parse.DATE_ORDERS:
        err(
            f"'date_order' must be one of {', '.join(date_parse.DATE_ORDERS)}, not {quoted(str(order))} (ignored)",
            "date_order",
        )
        order = None
    # Keys beside these apply to nothing: said, never passed over in silence (a file's entry
    # written at the top level, "Articles:", "date-order:").
    stray = [key for key in data if key not in META_KEYS]
    if stray:
        line, col = yamlio.key_position(node, stray[0])
        where = f"{META_FILE}:{line}:{col}: " if line else f"{META_FILE}: "
        more = f" and {len(stray) - 1} more top-level key{'s' if len(stray) > 2 else ''}" if len(stray) > 1 else ""
        shown = quoted(one_line(str(stray[0]), 80))
        if "articles" not in data:
            errors.append(
                f"{where}no 'articles' key, so nothing in corpus.yaml applies to any article ({shown}{more} "
                f"ignored): expected 'articles:', each file's name indented under it and its fields "
                f"({', '.join(META_FIELDS)}) under that"
            )
        else:
            errors.append(
                f"{where}unknown key {shown}{more} at the top level (known: {', '.join(META_KEYS)}) (ignored)"
            )
    articles = data.get("articles", {})
    if not isinstance(articles, dict):
        err("'articles' must be a mapping of file name to metadata", "articles")
        return MetaFile({}, errors, order)
    out: dict[str, dict[str, str]] = {}
    for name, fields in articles.items():
        if not isinstance(name, str):
            err(f"article key {name!r} must be a file name", "articles")
            continue
        if not isinstance(fields, dict):
            err(f"metadata for {quoted(name)} must be a mapping", "articles", name)
            continue
        entries.append(
            (
                name,
                len(errors),
                placed(f"no file {quoted(name)} in the corpus: its fields apply to no article", "articles", name),
            )
        )
        clean: dict[str, str] = {}
        for key, value in fields.items():
            if key not in META_FIELDS:
                err(f"unknown field {quoted(str(key))} (known: {', '.join(META_FIELDS)})", "articles", name, key)
                continue
            if key == "tags":  # a list, or one text of comma-separated tags, as front matter takes them
                tags, readable = tag_list(value)
                if not readable:
                    err(f"'tags' must be text or a list, not {kind(value)} (ignored)", "articles", name, key)
                    continue
                if tags:
                    clean[key] = TAG_SEPARATOR.join(one_line(t, 80) for t in tags)
                continue
            written = value
            value = as_text(value)
            if value is None:  # the one rule for front matter and record fields too (formats/fields.py)
                err(f"{not_text(key, written)} (ignored)", "articles", name, key)
                continue
            if key == "date":
                try:
                    iso = date_parse.parse(str(value), order)
                except date_parse.AmbiguousDate as exc:
                    err(f"'date' {exc}: ignored ({date_parse.ambiguous_hint(exc)})", "articles", name, key)
                    continue
                if iso is None:
                    err(f"'date' {date_parse.not_a_date(str(value))} (ignored)", "articles", name, key)
                    continue
            clean[key] = one_line(str(value), 300)
        out[name] = clean
    return MetaFile(out, errors, order, tuple(entries))


def tags_of(fields: dict[str, str]) -> tuple[str, ...]:
    """The tags an entry's fields give (``()`` when none): a ``tags`` list or comma-separated text
    in ``corpus.yaml``, kept by :func:`load_metadata` as one text."""
    return tuple(t for t in fields.get("tags", "").split(TAG_SEPARATOR) if t)
