"""The corpus grouping of names (:func:`~.grouping.group`) kept in the index folder between sessions.

The entity matrix (``E``), the Quotes screen (``Q``), ``entities`` and ``quotes`` group every
article's mentions across the corpus; on 221 articles that is ~50 ms of CPU of each screen's
first open in a session (issue 13, round s38-p; the workspace keeps the last grouping in memory
for the session's later opens). The grouping is kept in ``grouping.json`` in the index folder,
with the key of what it was worked out from (:func:`grouping_key`): every input of the grouping
(each article's doc id in corpus order, its text's hash, its boilerplate spans and its mentions),
the gazetteers' digest, the analysis version and the grouping code's own source
(:func:`code_stamp`: a rule changed without a version bumped still misses). A file with another
key is stale: the grouping is worked out again and the file rewritten
(``Workspace._corpus_grouping``); the app writes it in a worker of its own once the index is ready and changed
(``Workspace.keep_grouping``), never the UI thread.

The file is untrusted input: read only when private to the user
(:func:`~waic_reader.index.corpus.listing.read_private_text`) and validated whole
(:func:`read_grouping`): a file that is not JSON, of another shape, naming an article not in the
corpus or a mention outside its text is :data:`CORRUPT` (the caller shows a warning and works
the grouping out again), never an error.

Layout (compact JSON): ``{"format": KEPT_FORMAT, "key": str, "docs": [doc, …], "entities":
[[key, name, label, [mention, …]], …]}``, a mention ``[doc index, n]`` where it is the article's
``n``-th mention as given to the grouping (most: read back as that very mention, nothing made
again), else ``[doc index, start, end, text or null, label, key or null, noise]`` (a mention the
grouping made: a name typed in another article), its ``text`` null for ``text[start:end]`` of its
article, its ``key`` null for its entity's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from waic_reader.index.analysis.entities.mentions import LABELS, Entity, Mention
from waic_reader.index.corpus.listing import read_private_text, write_private_json

FILE_NAME = "grouping.json"
KEPT_FORMAT = 2  # the file's layout (bump with any change to it)
MAX_FILE_CHARS = 256 << 20  # a larger file is not ours: not read
CORRUPT: Final = "corrupt"  # what read_grouping gives for a file it cannot take (see the module docstring)

_LABELS = frozenset(LABELS)
_PACKAGE = Path(__file__).resolve().parent
# The modules the grouping's result follows from besides its inputs: the entities package (the
# grouping's steps and the lexicons and gazetteer they read) and the tokens they fold names by.
_CODE = (_PACKAGE, _PACKAGE.parent.parent / "corpus" / "tokens.py", _PACKAGE.parent.parent / "corpus" / "letters.py")
_code: tuple[tuple[object, ...], str] | None = None  # (the sources' stat results, their digest)


def code_stamp() -> str:
    """16 hex digits naming the source of the grouping's code (every ``.py`` and ``.yaml`` file
    of the entities package, ``corpus/tokens.py`` and ``corpus/letters.py``): read and hashed
    again only when a file's stat changes."""
    global _code
    files = sorted(
        p for root in _CODE for p in ([root] if root.is_file() else [*root.glob("*.py"), *root.glob("*.yaml")])
    )
    stats: list[object] = []
    for path in files:
        try:
            st = path.stat()
        except OSError:
            stats.append((str(path), None))
            continue
        stats.append((str(path), st.st_mtime_ns, st.st_size))
    held = _code
    if held is not None and held[0] == tuple(stats):
        return held[1]
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\0gone")
    stamp = h.hexdigest()[:16]
    _code = (tuple(stats), stamp)
    return stamp


def grouping_key(
    mentions: Mapping[str, Sequence[Mention]],
    hashes: Mapping[str, str],
    noise: Mapping[str, Sequence[tuple[int, int]]],
    versions: str,
) -> str:
    """64 hex digits naming the grouping's inputs: each article's doc id in order, its text's hash
    (``hashes``: doc → ``overrides.text_key``), its boilerplate spans (``noise``) and its
    ``mentions`` (every field of each), and ``versions`` (the gazetteers' digest, the analysis
    version: what else the result follows from); :func:`code_stamp` is added here."""
    rows = [
        [
            doc,
            hashes.get(doc, ""),
            [[int(s), int(e)] for s, e in noise.get(doc, ())],
            [[m.start, m.end, m.text, m.label, m.key, m.noise] for m in found],
        ]
        for doc, found in mentions.items()
    ]
    head = [KEPT_FORMAT, versions, code_stamp(), list(hashes), list(noise)]
    raw = json.dumps([head, rows], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def save_grouping(
    folder: Path,
    key: str,
    mentions: Mapping[str, Sequence[Mention]],
    texts: Mapping[str, str],
    entities: Sequence[Entity],
) -> None:
    """Keep ``entities``, the grouping of ``mentions`` (doc → the article's mentions as given to
    it; docs in corpus order) in the articles' ``texts`` (doc → text), under ``key`` in
    ``folder``/:data:`FILE_NAME` (atomic, private). Raises OSError when the folder cannot be
    written."""
    docs = list(texts)
    at = {doc: n for n, doc in enumerate(docs)}
    given = {doc: {m: n for n, m in reversed(list(enumerate(mentions.get(doc, ()))))} for doc in docs}
    out: list[list[Any]] = []
    for ent in entities:
        rows: list[list[Any]] = []
        for doc, m in ent.mentions:
            n = given[doc].get(m)
            if n is not None:
                rows.append([at[doc], n])
                continue
            text = texts[doc]
            rows.append(
                [
                    at[doc],
                    m.start,
                    m.end,
                    None if text[m.start : m.end] == m.text else m.text,
                    m.label,
                    None if m.key == ent.key else m.key,
                    m.noise,
                ]
            )
        out.append([ent.key, ent.name, ent.label, rows])
    write_private_json(folder / FILE_NAME, {"format": KEPT_FORMAT, "key": key, "docs": list(docs), "entities": out})


def read_grouping(
    folder: Path, key: str, mentions: Mapping[str, Sequence[Mention]], texts: Mapping[str, str]
) -> list[Entity] | str | None:
    """The entities kept in ``folder``/:data:`FILE_NAME` for ``key``, the grouping of
    ``mentions`` (doc → the article's mentions, as :func:`save_grouping` was given them) over the
    articles ``texts`` (doc → text, in corpus order: the docs the file names must be these, in
    this order); None
    when there is no file, it is of another format or another key (stale), or not the user's
    own (``listing.UntrustedFile``: made again and rewritten private); :data:`CORRUPT` when it
    is not such a file at all (not JSON, another shape, a doc or an offset out of bounds)."""
    try:
        raw = read_private_text(folder / FILE_NAME)
    except (OSError, UnicodeDecodeError):
        return None  # none yet, unreadable or others could write it: worked out again
    if len(raw) > MAX_FILE_CHARS:
        return CORRUPT
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: JSON nested too deep
        return CORRUPT
    if not isinstance(data, dict) or not isinstance(data.get("format"), int):
        return CORRUPT
    if data["format"] != KEPT_FORMAT or data.get("key") != key:
        return None
    try:
        return _entities(data, mentions, texts)
    except (TypeError, ValueError, KeyError, IndexError):
        return CORRUPT


def _str(value: object) -> str:
    if isinstance(value, str):
        return value
    raise TypeError("not a string")


def _label(value: object) -> str:
    if value in _LABELS:
        return str(value)
    raise ValueError("not a label")


def _entities(data: dict[str, Any], given: Mapping[str, Sequence[Mention]], texts: Mapping[str, str]) -> list[Entity]:
    """The entities of a file's ``data`` (its format and key checked); raises TypeError,
    ValueError, KeyError or IndexError on anything of another shape."""
    docs = data["docs"]
    if not isinstance(docs, list) or docs != list(texts):
        raise ValueError("other articles")
    sizes = [len(texts[doc]) for doc in docs]
    found = [given.get(doc, ()) for doc in docs]
    entities: list[Entity] = []
    rows = data["entities"]
    if not isinstance(rows, list):
        raise TypeError("not a list")
    for key, name, label, mentions in rows:
        ent = Entity(_str(key), _str(name), _label(label))
        if not isinstance(mentions, list):
            raise TypeError("not a list")
        for row in mentions:
            if len(row) == 2:  # the article's n-th mention as given
                n, at = row
                if type(n) is not int or type(at) is not int or not 0 <= n < len(docs) or not 0 <= at < len(found[n]):
                    raise ValueError("no such mention")
                ent.mentions.append((docs[n], found[n][at]))
                continue
            n, start, end, written, m_label, m_key, noise = row
            if type(n) is not int or type(start) is not int or type(end) is not int or type(noise) is not bool:
                raise TypeError("not a mention")
            if not (0 <= n < len(docs) and 0 <= start <= end <= sizes[n]):
                raise ValueError("a mention out of its article")
            doc = docs[n]
            text = texts[doc][start:end] if written is None else _str(written)
            ent.mentions.append(
                (doc, Mention(start, end, text, _label(m_label), ent.key if m_key is None else _str(m_key), noise))
            )
        entities.append(ent)
    return entities
