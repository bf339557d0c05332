"""The first entity matrix (``E``, ``entities``) and Quotes sheet (``Q``, ``quotes``) of a session
read each article's stored document once, hash each text once and take the kept values' version
once a pass (issue 13, "every key answers in ≤ 150 ms", and issue 15; round s37-p).

Profiled on 221 articles: both passes read every article first (its kept article: one stored
document read), then asked each for its kept boilerplate, mentions and quotes (the same document
read again: the engine keeps the last few only), hashed each text three or four times (the kept
boilerplate's check, the kept mentions' key, the kept quotes' key, the grouping's key, although
the index keeps the hash) and read the version's source and gazetteer stamps once or twice an
article. Now each article is read and checked in turn, its keys worked out once
(``kept_mentions.KeptKeys``) and the grouping keyed by the hash the index keeps. The results are
those of a workspace with no index (every article analysed).
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis import kept_mentions, overrides, versions
from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _indexed(tmp_path: Path, fixture: str) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    index = tmp_path / "ix"
    Workspace(root, index).ensure_index()
    return root, index


def _result(ws: Workspace, what: str) -> Any:
    if what == "quotes":
        return ws.quotes(open_built=True).to_json()
    table = ws.entities(open_built=True)
    return [(e.key, e.name, e.label, [(doc, m.start, m.end, m.noise) for doc, m in e.mentions]) for e in table.entities]


def _counting(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, into: list[Any], arg: Callable[..., Any]
) -> None:
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        got = real(*args, **kwargs)
        into.append(arg(got, *args, **kwargs))
        return got

    monkeypatch.setattr(owner, name, counted)


# Wires, Markdown, a saved page, a Spanish article and corpus.yaml fields; a story's English
# texts; an article in another language beside a local one.
@pytest.mark.parametrize("what", ["entities", "quotes"])
@pytest.mark.parametrize("fixture", ["quotes_t13t_first_open", "quake", "languages_t13p"])
def test_each_article_is_read_and_hashed_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str, what: str
) -> None:
    root, index = _indexed(tmp_path, fixture)
    expected = _result(Workspace(root, tmp_path / "no-ix"), what)  # no index: every article analysed
    ws = Workspace(root, index)
    assert ws._open_built_index()
    searcher = type(ws.index.searcher())  # type: ignore[attr-defined]
    reads: list[str] = []  # the doc of each stored document looked up to be read (one article's)
    _counting(monkeypatch, searcher, "document_number", reads, lambda _got, _self, doc: doc)
    hashed: list[str] = []  # each text hashed (overrides.text_key, as the modules import it)
    _counting(monkeypatch, overrides, "text_key", hashed, lambda _got, text: text)
    monkeypatch.setattr(kept_mentions, "text_key", overrides.text_key)
    stamps: list[object] = []  # the version's sources stamped
    _counting(monkeypatch, versions, "version_sources", stamps, lambda got: got)

    assert _result(ws, what) == expected
    docs = ws.corpus.docs
    assert len(docs) >= 2 and set(reads) == set(docs)  # every article kept by the index: read from it
    assert max(Counter(reads).values()) == 1, Counter(reads)
    assert max(Counter(hashed).values()) == 1, [n for n in Counter(hashed).values()]
    assert len(stamps) <= 2  # the workspace's (its kept articles', once) and the pass's: none an article
