"""The corpus grouping of names kept beside the index (``grouping.json``), and each article's
blocks' key kept with the article as read (issue 13, "every key answers in ≤ 150 ms": round s38-p).

The first entity matrix (``E``, ``entities``) and Quotes sheet (``Q``, ``quotes``) of a session
grouped every article's mentions across the corpus again (~50 ms of 221 articles) and split every
text article into blocks again for its kept values' keys (~40 ms). Now the grouping is read from
the index folder when it was kept for these very inputs (each article's text, boilerplate and
mentions, the gazetteers, the analysis version, the grouping's code), and the blocks' key from
the kept article. Results are those of a workspace with no index (every article analysed); a
stale kept grouping (an article edited, another version) is worked out again, and a corrupt one
too, with a warning.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.entities import grouping
from waic_reader.index.corpus import blocks as blocks_module
from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"
KEPT = "grouping.json"  # the kept grouping's file in the index folder
# Wires, Markdown, a saved page, a Spanish article and corpus.yaml fields; a story's English
# texts; an article in another language beside a local one.
CORPORA = ["quotes_t13t_first_open", "quake", "languages_t13p"]


def _indexed(tmp_path: Path, fixture: str) -> tuple[Path, Path]:
    """The fixture copied and indexed, its grouping kept as the app keeps it once the index is ready."""
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    index = tmp_path / "ix"
    ws = Workspace(root, index)
    ws.ensure_index()
    ws.keep_grouping()
    return root, index


def _result(ws: Workspace, what: str) -> Any:
    if what == "quotes":
        return ws.quotes(open_built=True).to_json()
    table = ws.entities(open_built=True)
    return [
        (e.key, e.name, e.label, [(doc, m.start, m.end, m.text, m.label, m.key, m.noise) for doc, m in e.mentions])
        for e in table.entities
    ]


def _count_groupings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each call of the corpus grouping (``grouping.group``), counted."""
    calls: list[int] = []
    real = grouping.group

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(grouping, "group", counted)
    return calls


@pytest.mark.parametrize("what", ["entities", "quotes"])
@pytest.mark.parametrize("fixture", CORPORA)
def test_the_kept_grouping_is_read_not_worked_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str, what: str
) -> None:
    root, index = _indexed(tmp_path, fixture)
    expected = _result(Workspace(root, tmp_path / "no-ix"), what)  # no index: every article analysed
    calls = _count_groupings(monkeypatch)
    assert _result(Workspace(root, index), what) == expected  # a new session
    assert calls == []


@pytest.mark.parametrize("what", ["entities", "quotes"])
@pytest.mark.parametrize("fixture", CORPORA)
def test_no_text_is_split_into_blocks_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str, what: str
) -> None:
    """The kept values' keys take the blocks' key the index keeps with each article."""
    root, index = _indexed(tmp_path, fixture)
    expected = _result(Workspace(root, tmp_path / "no-ix"), what)
    split: list[int] = []
    real = blocks_module.split_blocks

    def counted(*args: Any, **kwargs: Any) -> Any:
        split.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(blocks_module, "split_blocks", counted)
    assert _result(Workspace(root, index), what) == expected
    assert split == []


def _first_text(root: Path) -> Path:
    return sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())[0]


@pytest.mark.parametrize("synced", [True, False], ids=["index updated", "file edited only"])
@pytest.mark.parametrize("fixture", CORPORA)
def test_an_edited_article_groups_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str, synced: bool
) -> None:
    root, index = _indexed(tmp_path, fixture)
    path = _first_text(root)
    path.write_text(path.read_text(encoding="utf-8") + "\n\nMarguerite Oyelaran-Quist of Veltrane Holdings said so.\n")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    if synced:
        Workspace(root, index).ensure_index()
    expected = _result(Workspace(root, tmp_path / "no-ix"), "entities")
    assert any("Oyelaran" in name for _key, name, *_rest in expected)
    calls = _count_groupings(monkeypatch)
    assert _result(Workspace(root, index), "entities") == expected
    assert calls == [1]
    calls.clear()  # kept again for the corpus as it is now: the next session reads it
    assert _result(Workspace(root, index), "entities") == expected
    assert calls == []


@pytest.mark.parametrize("fixture", CORPORA)
def test_other_code_groups_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str) -> None:
    """A kept grouping is keyed by the grouping's code and the analysis version: either changed,
    the grouping is worked out again (and no warning: a stale file is not a corrupt one)."""
    from waic_reader.index.analysis import versions
    from waic_reader.index.analysis.entities import kept_grouping

    root, index = _indexed(tmp_path, fixture)
    expected = _result(Workspace(root, tmp_path / "no-ix"), "entities")
    calls = _count_groupings(monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(kept_grouping, "code_stamp", lambda: "0123456789abcdef")
        ws = Workspace(root, index)
        assert _result(ws, "entities") == expected
        assert ws.take_warnings() == []
    assert calls == [1]
    real = versions.analysis_version
    with monkeypatch.context() as m:
        m.setattr(versions, "analysis_version", lambda: real() + "-other")
        ws = Workspace(root, index)
        ws.ensure_index()
        assert _result(ws, "entities") == expected
        assert ws.take_warnings() == []
    assert len(calls) >= 2


def _corrupt(path: Path, how: str) -> None:
    if how == "not json":
        path.write_text('{"format": 1, "key": "', encoding="utf-8")
        return
    if how == "a list":
        path.write_text("[1, 2, 3]", encoding="utf-8")
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    mentions = next(ent[3] for ent in data["entities"] if ent[3])
    if how == "offset out of the text":  # a mention the grouping made, written whole
        mentions.append([0, 0, 10**9, None, "PERSON", None, False])
    elif how == "no such article":
        mentions[0][0] = len(data["docs"]) + 3
    elif how == "not a label":
        mentions.append([0, 0, 1, None, "<b>PERSON</b>", None, False])
    elif how == "no such mention":  # an article's mention as given, past its last
        mentions.append([0, 10**6])
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "how", ["not json", "a list", "offset out of the text", "no such article", "not a label", "no such mention"]
)
@pytest.mark.parametrize("fixture", ["quake", "languages_t13p"])
def test_a_corrupt_kept_grouping_is_worked_out_again_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str, how: str
) -> None:
    root, index = _indexed(tmp_path, fixture)
    expected = _result(Workspace(root, tmp_path / "no-ix"), "quotes")
    _corrupt(index / KEPT, how)
    calls = _count_groupings(monkeypatch)
    ws = Workspace(root, index)
    assert _result(ws, "quotes") == expected
    assert calls == [1]
    warnings = ws.take_warnings()
    assert len(warnings) == 1 and KEPT in warnings[0]
    assert ws.take_warnings() == []
    calls.clear()  # rewritten whole: the next session reads it, with no warning
    ws = Workspace(root, index)
    assert _result(ws, "quotes") == expected
    assert calls == [] and ws.take_warnings() == []


def test_a_grouping_others_could_write_is_not_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Read only when private to the user (listing.read_private_text), like every index file."""
    root, index = _indexed(tmp_path, "quake")
    (index / KEPT).chmod(0o666)
    expected = _result(Workspace(root, tmp_path / "no-ix"), "entities")
    calls = _count_groupings(monkeypatch)
    assert _result(Workspace(root, index), "entities") == expected
    assert calls == [1]
    assert (index / KEPT).stat().st_mode & 0o077 == 0  # rewritten private


def test_some_articles_quotes_keep_the_whole_corpus_grouping(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Some articles' quotes group those articles alone: the kept file stays the whole corpus's
    (not overwritten by theirs), so the next matrix reads it."""
    root, index = _indexed(tmp_path, "quake")
    ws = Workspace(root, index)
    ws.quotes(ws.corpus.docs[:2], open_built=True)
    expected = _result(Workspace(root, tmp_path / "no-ix"), "entities")
    calls = _count_groupings(monkeypatch)
    assert _result(Workspace(root, index), "entities") == expected
    assert calls == []


@pytest.mark.parametrize("fixture", CORPORA)
def test_a_served_article_has_the_blocks_key_of_the_article_read(tmp_path: Path, fixture: str) -> None:
    """The blocks' key kept with each article is the one its blocks give, for every format."""
    root, index = _indexed(tmp_path, fixture)
    ws = Workspace(root, index)
    assert ws._open_built_index()
    read = Workspace(root, tmp_path / "no-ix")  # no index: every article read from its file
    for doc in ws.corpus.docs:
        served = ws.corpus.article(doc)
        assert served.kept_blocks_key is not None
        article = read.corpus.article(doc)
        assert article.kept_blocks_key is None
        assert served.blocks_key() == article.blocks_key()
        served.kept_blocks_key = None  # worked out from its own blocks: the same
        assert served.blocks_key() == article.blocks_key()
