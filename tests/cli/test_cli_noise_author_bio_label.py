"""``noise --json`` splits off an author bio written on one line with its label as it does the
same bio on two lines (t13z H8: repro/v7's a.txt, "About the author: Dana Whitlock writes about
health technology. Follow Dana on Mastodon.", was article text; b.txt's two lines were split off),
and keeps a culture story's sentence about a novelist who "writes about" as the article's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEAD = (
    "Velmont: a hospital offline",
    "Friday 13 March 2026",
    "Two days after the GreyLantern gang broke into Velmont General Hospital, the picture is clearer. "
    "The hospital now says 1.2 million patient records were copied.",
    "A 79-year-old woman was moved 40 miles to Harrow Vale Hospital by ambulance, her son said.",
)
DOCS = {
    # reported (repro/v7)
    "a": (*HEAD, "About the author: Dana Whitlock writes about health technology. Follow Dana on Mastodon."),
    "b": (*HEAD, "Dana Whitlock writes about health technology.", "Follow Dana on Mastodon."),
    # variants: the label alone over the bio; a Spanish label
    "c": (*HEAD, "About the writer", "Priya Raman covers transport for the Ledger. Email: priya@ledger.example"),
    "d": (*HEAD, "Sobre el autor: Lucía Fernández escribe sobre salud y tecnología."),
    "novel": (
        "A quiet novel about a loud city",
        "Saturday 14 March 2026",
        "The new book from the Irish novelist arrives after a five-year wait, and it was worth every month of it.",
        "Sally Rooney writes about young people in Dublin with a precision few can match.",
        "Critics have praised the novel's ending, which leaves its two leads on a night train to Galway.",
        "The book is published by Faber on Thursday and a tour of Irish bookshops begins in April.",
    ),
}
BIOS = {
    "a": [DOCS["a"][-1]],
    "b": list(DOCS["b"][-2:]),
    "c": list(DOCS["c"][-2:]),
    "d": [DOCS["d"][-1]],
}


@pytest.fixture
def noise(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, str]]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, lines in DOCS.items():
        (folder / f"{doc}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "noise", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    kinds: dict[str, dict[str, str]] = {}
    for doc in out["docs"]:
        got = {" ".join(b["text"].split()): "content" for b in doc["content"]}
        got.update({" ".join(b["text"].split()): b["kind"] for b in doc["noise"]})
        kinds[doc["doc"]] = got
    return kinds


@pytest.mark.parametrize("doc", list(BIOS))
def test_the_bio_is_boilerplate(noise: dict[str, dict[str, str]], doc: str) -> None:
    for line in BIOS[doc]:
        assert noise[doc][line] == "byline", line
    assert noise[doc][HEAD[3]] == "content"


def test_a_novelist_who_writes_about_stays_the_articles(noise: dict[str, dict[str, str]]) -> None:
    assert noise["novel"][DOCS["novel"][3]] == "content"
