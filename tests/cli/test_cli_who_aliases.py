"""``who:``/``entity:`` accept every form the recogniser merged into an entity inside an article
("Halvorsen" beside "Ingrid Halvorsen"), and the matches are that entity's mentions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from story_corpus import PEOPLE, write_story

from waic_reader.tui.cli.main import main


def search(capsys: pytest.CaptureFixture[str], corpus: Path, query: str) -> dict:
    code = main(["--corpus", str(corpus), "search", query, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("full", "short"), PEOPLE)
@pytest.mark.parametrize("field", ["who", "entity"])
def test_who_finds_an_alias_with_its_mentions_as_matches(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, field: str, full: str, short: str
) -> None:
    corpus = write_story(tmp_path / "story")
    text = (corpus / "long.txt").read_text(encoding="utf-8")
    expected = sorted(
        [(i, i + len(full)) for i in _all(text, full)] + [(i, i + len(short)) for i in _lone(text, full, short)]
    )
    assert len(expected) == 2
    for query in (f"{field}:{short}", f"{field}:{short.upper()}", f'{field}:"{full}"'):
        data = search(capsys, corpus, query)
        # short.txt names the surname alone: the recogniser merged nothing there (no full name),
        # but the entity list gives it the person long.txt names in full (the grouping's corpus
        # pass), and so does who: (issue #13 F3).
        named_alone = short in (corpus / "short.txt").read_text(encoding="utf-8")
        assert sorted(h["doc"] for h in data["hits"]) == (["long", "short"] if named_alone else ["long"]), query
        hit = next(h for h in data["hits"] if h["doc"] == "long")
        assert [tuple(s) for s in hit["spans"]] == expected, query
        # The snippet is cut around a mention, not the article's head, and its matches point at it.
        assert hit["matches"] and all(hit["snippet"][a:b] in (full, short) for a, b in hit["matches"])


def _all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _lone(text: str, full: str, short: str) -> list[int]:
    """Offsets of ``short`` not inside an occurrence of ``full``."""
    inside = {i + full.index(short) for i in _all(text, full)}
    return [i for i in _all(text, short) if i not in inside]
