"""A file over the read limit is cut where a sentence or word ends (issue 17, acceptance s9:
c1/wire/huge.txt ended "…officials in Halvi", a half word read as a place), the note kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import waic_reader.index.corpus.reader as reader
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.corpus.text import cut_whole
from waic_reader.tui.cli.main import main

LIMIT = 4096


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_READ_BYTES", LIMIT)


@pytest.mark.parametrize(
    ("name", "content", "ends"),
    [
        # the reported file: one paragraph of sentences, the limit falling inside "Halvik"
        ("huge.txt", "The ferry toll was discussed at length by officials in Halvik. " * 200, "officials in Halvik."),
        # no sentence end near the cut: the last whole word
        ("words.txt", "ferry " * 400 + "toll " + "harbourmaster" * 400, "ferry toll"),
        # Markdown: a list of items, cut after the last whole one
        ("notes.md", "# Notes\n\n" + "".join(f"- item {n} of the harbour plan\n" for n in range(400)), "harbour plan."),
    ],
)
def test_the_cut_ends_a_sentence_or_word(tmp_path: Path, name: str, content: str, ends: str) -> None:
    if name == "notes.md":
        content = content.replace(" plan\n", " plan.\n")
    (tmp_path / name).write_text(content, "utf-8")
    corpus = Corpus.scan(tmp_path)
    doc = name.rpartition(".")[0]
    article = corpus.article(doc)
    assert article.text.endswith(ends), article.text[-40:]
    assert len(article.text.encode()) <= LIMIT
    assert any("only the first 4,096 are read" in n for n in article.notes)
    assert corpus.shown_text(doc) == article.text  # search snippets read the same text


def test_cut_whole() -> None:
    assert cut_whole("One sentence. Two half") == "One sentence."
    assert cut_whole("no sentence end but words") == "no sentence end but"
    assert cut_whole("é" * 50) == "é" * 50  # nothing to cut at: as read


# -- a record's or feed item's text (acceptance s11 c4/recs.jsonl: a 4,000,000-character `text`
# was read whole, 600,000 words, no note): the same limit and cut, each item on its own.

SENTENCES = "The ferry toll was discussed at length by officials in Halvik. " * 200  # ~12,600 bytes
WORDS = "ferry " * 400 + "toll " + "harbourmaster" * 400  # no sentence end near the cut
SMALL = SENTENCES[:200].strip()  # another item, under the limit: read whole, no note
WIDE = "Le péage du traversier a été discuté à Halvik, dit le maire " * 200  # 2-byte letters, no sentence end


def _feed(text: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><guid>big</guid><title>Big</title><description>{text}</description></item>"
        f"<item><guid>small</guid><title>Small</title><description>{SMALL}</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    ("name", "make", "doc", "where"),
    [
        (
            "recs.jsonl",
            lambda t: json.dumps({"id": "big", "text": t}) + "\n" + json.dumps({"id": "small", "text": SMALL}) + "\n",
            "recs#big",
            "recs.jsonl (line 1)",
        ),
        ("rows.csv", lambda t: f'id,title,text\nbig,Big,"{t}"\nsmall,Small,{SMALL}\n', "rows#big", "rows.csv (line 2)"),
        ("wire.rss", _feed, "wire#big", "wire.rss (item 1)"),
    ],
    ids=["jsonl", "csv", "feed"],
)
# (body, how it ends, the fewest bytes kept: the cut is the last sentence end or space before the limit)
@pytest.mark.parametrize(
    ("body", "ends", "least"),
    [
        (SENTENCES, "officials in Halvik.", LIMIT - 64),
        (WORDS, "ferry toll", len("ferry " * 400 + "toll")),
        (WIDE, None, LIMIT - 12),
    ],
)
def test_a_record_or_feed_item_over_the_limit_is_cut_the_same_way(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: Callable[[str], str],
    doc: str,
    where: str,
    body: str,
    ends: str | None,
    least: int,
) -> None:
    corpus_dir = tmp_path / "c"
    corpus_dir.mkdir()
    (corpus_dir / name).write_text(make(body.strip()), "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "ix"), "show", doc, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    text = shown["text"]
    assert ends is None or text.endswith(ends), text[-40:]
    assert least <= len(text.encode()) <= LIMIT  # bytes counted, not characters
    assert body.startswith(text) and body[len(text)] == " "  # as written up to a whole word
    size = len(body.strip().encode())
    assert (
        f"{where}: text is {size:,} bytes; only the first 4,096 are read, to the last whole sentence or word"
        in (shown["notes"])
    )
    corpus = Corpus.scan(corpus_dir)
    assert corpus.shown_text(doc) == text  # search snippets read the same text
    small = corpus.article(doc.replace("#big", "#small"))
    assert small.text == SMALL and not any("only the first" in n for n in small.notes)


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("上海世界人工智能大会今天开幕。", "今天开幕。"),  # acceptance s11b: cut at "…上海世界人"
        ("東京で会議が開かれた「成功だ」と述べた。", "と述べた。"),  # Japanese, a quote inside
        ("上海会议今天隆重开幕！", "隆重开幕！"),  # a full-width exclamation mark
    ],
)
def test_text_without_spaces_is_cut_at_its_last_full_stop(sentence: str, ends: str) -> None:
    text = sentence * 400
    cut = cut_whole(text[: len(text) - 3])  # the read limit fell three characters before the end
    assert cut.endswith(ends)
    assert len(cut) == len(text) - len(sentence)  # the last whole sentence before the limit
