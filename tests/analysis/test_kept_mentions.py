"""Opening an article reads its names from the index instead of recognising them (issue #13:
an article's first open was ~330 ms on a quiet machine, ~200 ms of it the recogniser on a
4,900-word article). What the index keeps (``analysis.kept_mentions``) is served only for the
very text, blocks, boilerplate and analysis version it was made from, and a damaged value is
no value: in every other case the recogniser runs, so the mentions are always the rules' own."""

from __future__ import annotations

import json
import os
import shutil
import zlib
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX

from waic_reader.index.analysis import kept_mentions
from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.versions import analysis_version
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace

QUAKE = Path(__file__).resolve().parents[1] / "fixtures" / "quake"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _count_recognising(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original = Recognizer.recognize

    def counting(self: Recognizer, article: Article, noise_spans=()):  # type: ignore[no-untyped-def]
        calls.append(article.doc)
        return original(self, article, noise_spans)

    monkeypatch.setattr(Recognizer, "recognize", counting)
    return calls


def _fresh(ws: Workspace, doc: str) -> list[Mention]:
    """The recogniser's own mentions of ``doc`` (nothing kept is read)."""
    article = ws.corpus.article(doc)
    return ws.analyser.recognizer.recognize(article, ws.analyser.analyse(article, use_kept=False).noise_spans())


def _built(tmp_path: Path, source: Path) -> Workspace:
    corpus = tmp_path / "corpus"
    shutil.copytree(source, corpus)
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    return ws


@pytest.mark.parametrize("source", [SEEDS, COVERAGE_MIX, QUAKE], ids=["seeds", "mix", "quake"])
def test_opening_an_indexed_article_runs_no_recogniser(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _built(tmp_path, source)
    expected = {doc: _fresh(ws, doc) for doc in ws.docs if doc in ws.corpus.entries}
    assert sum(map(len, expected.values())) > 20  # names to keep: the test can fail
    # A new process, as the app is after a build: its index opened, nothing analysed yet.
    opened = Workspace(ws.root, ws.index_dir)
    opened.ensure_index()
    calls = _count_recognising(monkeypatch)
    for doc, mentions in expected.items():
        assert opened.open_article(doc).analysis.mentions == mentions
    assert calls == []
    # The other screens' ways in see the same names, and still recognise nothing.
    docs = list(expected)
    assert opened.compare(docs[0], docs[1]).a_analysis.mentions == expected[docs[0]]
    assert calls == []


def test_an_edited_file_not_yet_indexed_is_recognised_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _built(tmp_path, COVERAGE_MIX)
    doc = next(d for d in ws.docs if ws.corpus.entries[d].path.suffix == ".txt")
    path = ws.corpus.entries[doc].path
    # A new name under the headline: every offset after it moves. (Under it, not over it: a
    # sentence alone over the headline is read as the title since round s49-m2, and a title's
    # names are read as a headline's, found only when the body names them too.)
    head, rest = path.read_text(encoding="utf-8").split("\n\n", 1)
    path.write_text(head + "\n\nDagny Holmqvist of Arvika Shipping said so.\n\n" + rest, "utf-8")
    opened = Workspace(ws.root, ws.index_dir)
    assert opened.index.open_built()  # the index as it is: it still holds the old text's names
    calls = _count_recognising(monkeypatch)
    got = opened.open_article(doc).analysis.mentions
    assert calls == [doc]
    assert got == _fresh(opened, doc)
    assert any(m.text == "Dagny Holmqvist" for m in got)


def test_a_noise_mark_is_recognised_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _built(tmp_path, QUAKE)
    doc = ws.docs[0]
    article = ws.article(doc)
    first = ws.open_article(doc).analysis.mentions[0]
    block = next(b for b in article.blocks if b.start <= first.start < b.end)
    assert ws.mark_block(doc, block.text, "noise") is None  # not re-indexed yet
    calls = _count_recognising(monkeypatch)
    got = ws.open_article(doc).analysis.mentions
    assert calls == [doc]
    assert next(m for m in got if m.start == first.start).noise


def _value(rows: object, *, version: str | None = None, source: str = "s", noise: str = "n") -> bytes:
    v = [kept_mentions.KEPT_FORMAT, version or analysis_version(), source, noise, rows]
    return zlib.compress(json.dumps(v).encode())


TEXT = "Dagny Holmqvist met Arvika Shipping in Oslo."


@pytest.mark.parametrize(
    "kept",
    [
        b"not zlib at all",
        zlib.compress(b"\xff\xfe not utf-8"),
        zlib.compress(b"{not json"),
        zlib.compress(b"[" * 100_000 + b"]" * 100_000),  # nesting deeper than the parser goes
        zlib.compress(b" " * (kept_mentions.MAX_KEPT_BYTES + 10) + b"[]"),  # larger than any we write
        _value([[0, 15, "PERSON", None, 0]], version="another version"),
        _value([[0, 15, "PERSON", None, 0]], source="another text"),
        _value([[0, 15, "PERSON", None, 0]], noise="another split"),
        _value([[0, 15, "PERSON", None, 0], [40, 10, "GPE", None, 0]]),  # past the text's end
        _value([[-1, 5, "PERSON", None, 0]]),
        _value([[0, 0, "PERSON", None, 0]]),
        _value([[0, 15, "VILLAIN", None, 0]]),
        _value([[0, 15, "PERSON", "", 0]]),
        _value([[0, 15, "PERSON", None, 2]]),
        _value([[0.5, 15, "PERSON", None, 0]]),
        _value([[True, 15, "PERSON", None, 0]]),
        _value([[0, 15, ["PERSON"], None, 0]]),  # unhashable where a label goes
        _value([[0, 15, "PERSON", None, True]]),
        _value([[20, 15, "ORG", None, 0], [0, 15, "PERSON", None, 0]]),  # out of order
        _value([[0, 15, "PERSON", None, 0], [6, 9, "PERSON", None, 0]]),  # overlapping
        _value({"rows": []}),
        "a string, not bytes",
        None,
    ],
)
def test_a_damaged_or_stale_value_is_no_value(kept: object) -> None:
    assert kept_mentions.decode_mentions(kept, TEXT, analysis_version(), "s", "n") is None


def test_a_kept_value_round_trips() -> None:
    mentions = [
        Mention(0, 15, "Dagny Holmqvist", "PERSON", "PERSON:Dagny Holmqvist"),
        Mention(20, 35, "Arvika Shipping", "ORG", "ORG:Arvika Shipping Group", noise=True),
        Mention(39, 43, "Oslo", "GPE", "GPE:Oslo"),
    ]
    kept = kept_mentions.encode_mentions(mentions, TEXT, analysis_version(), "s", "n")
    assert kept_mentions.decode_mentions(kept, TEXT, analysis_version(), "s", "n") == mentions
    # Small: a canonical name is written out only where it is not the mention's own text.
    assert [row[3] for row in json.loads(zlib.decompress(kept))[4]] == [None, "Arvika Shipping Group", None]


def test_a_mention_recognised_otherwise_than_written_round_trips() -> None:
    text = "Jean\u2010Luc Moreau of Radio\u2011Halvi met THE NORDLINK SHIPPING COMPANY."
    mentions = [
        Mention(0, 15, "Jean-Luc Moreau", "PERSON", "PERSON:Jean-Luc Moreau"),
        Mention(19, 30, "Radio-Halvi", "ORG", "ORG:Radio-Halvi"),
        Mention(39, 64, "NORDLINK SHIPPING COMPANY", "ORG", "ORG:Nordlink Shipping Company"),
    ]
    kept = kept_mentions.encode_mentions(mentions, text, analysis_version(), "s", "n")
    assert kept_mentions.decode_mentions(kept, text, analysis_version(), "s", "n") == mentions
    rows = json.loads(zlib.decompress(kept))[4]
    assert [row[5:] for row in rows] == [["Jean-Luc Moreau"], ["Radio-Halvi"], []]  # written out where it differs
    for bad in ("", 5, None):
        assert kept_mentions.decode_mentions(_value([[*rows[0][:5], bad]]), text, analysis_version(), "s", "n") is None


# The recogniser gives some mentions otherwise than the article writes them: a name's hyphen
# written U+2010 or U+2011 as "-", a name's "For" in title case as "for" (issue 13, round s34-a:
# the matrix, reading kept mentions, named "Christmas Party For Jesus" and "Société Radio‑Canada"
# where `entities` named "Christmas Party for Jesus" and "Société Radio-Canada").
WRITTEN_OTHERWISE = {
    "dallas.txt": "Volunteers gather in Dallas\n\nOn Saturday, I went to volunteer at the Operation Care "
    "International\u2019s Christmas Party For Jesus at the Kay Bailey Hutchison Convention Center in Dallas.\n",
    "montreal.txt": "Broadcaster marks anniversary\n\nThe show was made with Soci\u00e9t\u00e9 Radio\u2011Canada "
    "and CBC in Montreal, said producer Jean\u2010Luc Moreau.\n",
    "halvi.md": "# Halvi fair\n\nThe Harbour Fund For Children and Radio\u2011Halvi ran the fair, "
    "Jean\u2010Luc Moreau told reporters in Halvi.\n",
}


def test_kept_mentions_are_the_recognised_ones_where_the_text_writes_them_otherwise(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in WRITTEN_OTHERWISE.items():
        (corpus / name).write_text(text, encoding="utf-8")
    Workspace(corpus, tmp_path / "index").ensure_index()
    expected = Workspace(corpus, tmp_path / "never-built").entities().to_json()  # recognised
    names = {e["name"] for e in expected["entities"]}
    assert {"Christmas Party for Jesus", "Société Radio-Canada", "Jean-Luc Moreau"} <= names
    kept = Workspace(corpus, tmp_path / "index")
    assert kept._open_built_index()
    assert kept.entities().to_json() == expected  # the matrix's path: the kept mentions
    for doc in kept.docs:
        assert kept.open_article(doc).analysis.mentions == _fresh(kept, doc)


def test_a_gazetteer_edit_is_recognised_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review s11: the kept names ignored the user's gazetteer (a name added there stayed unseen
    in the reader until the file changed); they are made under the gazetteers' stamp."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Rates rose.\n\nQuillmont Vantor met the board in Oslo on Monday.\n", "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    assert not any(m.text == "Quillmont Vantor" for m in ws.open_article("a").analysis.mentions)
    gazetteer = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    gazetteer.parent.mkdir(parents=True, exist_ok=True)
    gazetteer.write_text("entities:\n  - {name: Quillmont Vantor, type: PERSON}\n", "utf-8")
    # a new process: the gazetteer read again (the recogniser's and the gazetteer's per-process ones)
    monkeypatch.setattr(Recognizer, "_default", None)
    monkeypatch.setattr(Gazetteer, "_default", None)
    calls = _count_recognising(monkeypatch)
    fresh = Workspace(corpus, tmp_path / "index")
    assert fresh.index.open_built()
    got = fresh.open_article("a").analysis.mentions
    assert calls == ["a"]  # the kept names were made under the other gazetteer
    assert ("Quillmont Vantor", "PERSON") in [(m.text, m.label) for m in got]


def test_a_rebuild_recognises_articles_whose_names_were_read_from_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review s11: R (a rebuild) took the analyses made from kept names out of the cache and kept
    them again, so what the rules give now never reached the index."""
    ws = _built(tmp_path, QUAKE)
    opened = Workspace(ws.root, ws.index_dir)
    opened.ensure_index()
    doc = opened.docs[0]
    assert opened.open_article(doc).analysis.from_kept
    marker = Mention(0, 3, opened.article(doc).text[:3], "ORG", "ORG:Marker")
    with monkeypatch.context() as patched:  # the rules now give another answer
        patched.setattr(Recognizer, "recognize", lambda self, article, noise_spans=(): [marker])
        opened.ensure_index(rebuild=True)
    after = Workspace(ws.root, ws.index_dir)
    assert after.index.open_built()
    assert after.open_article(doc).analysis.mentions == [marker]  # what the rebuild's rules gave


def test_blocks_of_other_kinds_are_another_key() -> None:
    """Review s11: the same text and block spans with other block kinds (an HTML heading turned
    paragraph: a heading is read as a headline) passed the check; the kinds are in the key."""
    from waic_reader.index.corpus.blocks import Block

    text = "After the vote, Kellworth Group said Port Arden would stay shut\n\nThe strike halted ferries."
    cut = text.index("\n")

    def article(kind: str) -> Article:
        blocks = [Block(0, cut, kind, text[:cut]), Block(cut + 2, len(text), "paragraph", text[cut + 2 :])]
        return Article(
            doc="x", path=Path("x.html"), text=text, encoding="utf-8", title="t", title_derived=False,
            outlet=None, outlet_derived=True, format="html", preset_blocks=blocks,
        )  # fmt: skip

    heading, paragraph = article("heading"), article("paragraph")
    assert [b.kind for b in heading.blocks] != [b.kind for b in paragraph.blocks]
    assert kept_mentions.article_key(heading) != kept_mentions.article_key(paragraph)
    assert kept_mentions.article_key(heading) == kept_mentions.article_key(article("heading"))
