"""``said:`` (and ``quote:``) finds a speaker where the corpus grouping of names does, as ``who:``
and the Quotes screen do (issues 13/15, acceptance test t13x F12): ``quotes`` credited the lone
"Governor Brannock" of blog.txt to "Ilsa Brannock", named in full in wire.txt, but
``said:"Ilsa Brannock"`` and ``said:Ilsa`` found wire.txt alone. The first corpus is the reported
input; "Ms Okafor" and a minister named by title and surname in two more articles are invented
variants; the last corpus has two Brannocks, so the grouping joins neither and nothing widens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from said_corpora import BRANNOCK, HALVORSEN, OKAFOR, TWO_BRANNOCKS, write

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def search(tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str) -> dict[str, list[list[int]]]:
    """doc → spans of every hit of ``query``."""
    return {h["doc"]: h["spans"] for h in run(tmp_path, capsys, "search", query)["hits"]}


def quoted(tmp_path: Path, capsys: pytest.CaptureFixture[str], speaker: str) -> dict[str, list[list[int]]]:
    """doc → [start, end] of each of ``speaker``'s quotes as ``quotes --json`` lists them."""
    out: dict[str, list[list[int]]] = {}
    for s in run(tmp_path, capsys, "quotes")["speakers"]:
        if s["name"] == speaker:
            for q in s["quotes"]:
                out.setdefault(q["doc"], []).append([q["start"], q["end"]])
    return out


CASES = [
    # (files, speaker as the Quotes screen names them, queries finding every article of theirs,
    #  (query, docs) finding only those whose quotes hold the words)
    (
        BRANNOCK,
        "Ilsa Brannock",
        ['said:"Ilsa Brannock"', "said:Ilsa", 'quote:"Ilsa Brannock"', "said:Brannock"],
        [
            ('said:"Ilsa Brannock" river', {"blog"}),
            ("said:Ilsa riv*", {"blog"}),
            ('said:Ilsa "go back"', {"blog"}),
            ("said:Ilsa everything", {"wire"}),
        ],
    ),
    (
        OKAFOR,
        "Chiamaka Okafor",
        ['said:"Chiamaka Okafor"', "said:Chiamaka", "quote:Chiamaka"],
        [
            ("said:Chiamaka ferry", {"paper"}),
            ('said:"Chiamaka Okafor" lag*', {"paper"}),
            ("said:Chiamaka bridge", {"wire"}),
        ],
    ),
    (
        HALVORSEN,
        "Ingrid Halvorsen",
        ['said:"Ingrid Halvorsen"', "said:Ingrid"],
        [
            ('said:"Ingrid Halvorsen" nurses', {"two", "three"}),
            ("said:Ingrid nur*", {"two", "three"}),
            ("said:Ingrid valley", {"one", "three"}),
            ("said:Ingrid hundred", {"two"}),
        ],
    ),
]


@pytest.mark.parametrize(("files", "speaker", "whole", "worded"), CASES)
def test_said_finds_every_article_the_quotes_list_gives_the_speaker(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    speaker: str,
    whole: list[str],
    worded: list[tuple[str, set[str]]],
) -> None:
    write(tmp_path / "c", files)
    quotes = quoted(tmp_path, capsys, speaker)
    assert len(quotes) >= 2, quotes
    for query in whole:
        # every article, each lit at the speaker's quotes there (what the reader steps through)
        assert search(tmp_path, capsys, query) == quotes, query
    for query, docs in worded:
        got = search(tmp_path, capsys, query)
        assert set(got) == docs, query
        assert all(got[d] and set(map(tuple, got[d])) <= set(map(tuple, quotes[d])) for d in docs), (query, got)


def test_a_namesake_the_grouping_leaves_apart_is_never_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two Brannocks: the lone "Governor Brannock" is neither's for the grouping, nor for
    ``said:`` (as ``who:``), and Piet Brannock's river is not Ilsa's."""
    write(tmp_path / "c", TWO_BRANNOCKS)
    assert set(search(tmp_path, capsys, 'said:"Ilsa Brannock"')) == {"wire"}
    assert set(search(tmp_path, capsys, 'who:"Ilsa Brannock"')) == {"wire"}
    assert set(search(tmp_path, capsys, "said:Ilsa river")) == set()
    assert set(search(tmp_path, capsys, "said:Ilsa riv*")) == set()
    assert set(search(tmp_path, capsys, 'said:"Piet Brannock" river')) == {"third"}


def test_another_speaker_s_words_are_not_the_widened_speaker_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The widening holds in the articles the grouping gives the speaker alone: Bakare's ferry
    and Moe's nurses are theirs."""
    write(tmp_path / "c", {**OKAFOR, **{k: v for k, v in HALVORSEN.items() if k in ("one.txt", "four.txt")}})
    assert set(search(tmp_path, capsys, "said:Chiamaka lagoon")) == {"paper"}
    assert set(search(tmp_path, capsys, "said:Ingrid nurses")) == set()
    assert set(search(tmp_path, capsys, "said:Sigrid nurses")) == {"four"}


@pytest.mark.parametrize(
    ("files", "speaker", "doc"), [(BRANNOCK, "Ilsa Brannock", "blog"), (OKAFOR, "Chiamaka Okafor", "paper")]
)
def test_the_reader_opened_with_the_query_lights_the_speaker_s_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], speaker: str, doc: str
) -> None:
    """``Workspace.open_article`` (the reader's ``n``/``N``) on the article naming the speaker
    otherwise: its matches are the speaker's quote there, as the hit's spans."""
    write(tmp_path / "c", files)
    quotes = quoted(tmp_path, capsys, speaker)
    ws = Workspace(tmp_path / "c", index_dir=tmp_path / "ix")
    ws.ensure_index()
    for query in (f'said:"{speaker}"', f"said:{speaker.split(maxsplit=1)[0]}"):
        opened = ws.open_article(doc, query)
        assert opened.error is None
        assert [list(s) for s in opened.matches] == quotes[doc], query


def test_the_search_names_the_terms_as_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The widening is how the grouping matches, not what was asked: ``terms`` lists the query's
    own said terms (no other name, no doc id)."""
    write(tmp_path / "c", BRANNOCK)
    got = run(tmp_path, capsys, "search", 'said:"Ilsa Brannock" river')
    assert [h["doc"] for h in got["hits"]] == ["blog"]
    assert got["terms"] == ["ilsa brannock", "ilsa brannock river"]
