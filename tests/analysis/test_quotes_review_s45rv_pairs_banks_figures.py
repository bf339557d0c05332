"""Who said what (#16, round s45-q): review s45-rv findings 11, 25, 26 and 19, tester t13am N9.
Each kind: the reported input first, then two variants of our own (names invented).

Before: "Smith and Jones said they were disappointed." (and "Procter and Gamble said", "Marks and
Spencer said", "Harwick and Tarlow said") gave no quote at all, the pair untyped;
"According to Fiona Blake, whose union has 300,000 members, the offer is too low." quoted
"000 members, the offer is too low" (the relative clause ended at the figure's comma)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _said(rec: Recognizer, docs: dict[str, str]) -> dict[str, list[tuple[str | None, str]]]:
    """doc -> (speaker's name or None, words) of each quote, the speakers merged over ``docs``."""
    found = {}
    for doc, body in docs.items():
        article = Article(doc, Path(f"/x/{doc}.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
        found[doc] = find_quotes(article, rec.recognize(article))
    return {
        doc: [(q.speaker.name if q.speaker is not None else None, q.text) for q in qs]
        for doc, qs in merge_speakers(found).items()
    }


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "According to Fiona Blake, whose union has 300,000 members, the offer is too low.",
            "Fiona Blake",
            "the offer is too low",
        ),
        (
            "According to Unite, which has 1,200,000 members, the strike will go ahead.",
            "Unite",
            "the strike will go ahead",
        ),
        ("According to Mark Hale, who runs a fund of $2,500,000, rates will fall.", "Mark Hale", "rates will fall"),
    ],
)
def test_a_figure_comma_ends_no_relative_clause(rec: Recognizer, sentence: str, speaker: str, words: str) -> None:
    assert _said(rec, {"t": sentence})["t"] == [(speaker, words)]


@pytest.mark.parametrize(
    ("sentence", "pair", "words"),
    [
        ("Smith and Jones said they were disappointed.", "Smith and Jones", "they were disappointed"),
        ("Procter and Gamble said it had no interest in the company.", "Procter and Gamble", "it had no interest"),
        ("Marks and Spencer said it had offered jobs to two of the victims.", "Marks and Spencer", "it had offered"),
        (
            "Harwick and Tarlow said in a joint statement that talks were continuing.",
            "Harwick and Tarlow",
            "talks were continuing",
        ),
        ("Kessler and Brandt told reporters the deal was dead.", "Kessler and Brandt", "the deal was dead"),
    ],
)
def test_an_untyped_pair_speaks_as_written(rec: Recognizer, sentence: str, pair: str, words: str) -> None:
    [(speaker, text)] = _said(rec, {"t": sentence})["t"]
    assert (speaker, text[: len(words)]) == (pair, words)


def _sheet(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    """(speaker's name, words) of each quote on the Quotes sheet of ``files`` (one corpus)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()
    return sorted((sp["name"], q["text"]) for sp in sheet["speakers"] for q in sp["quotes"])


@pytest.mark.parametrize(
    ("named", "pair", "people"),
    [
        (
            "Defence lawyers Helen Smith and Robert Jones spoke outside court on Monday.",
            "Smith and Jones said they were disappointed.",
            ["Helen Smith", "Robert Jones"],
        ),
        (
            "The mediators, Anna Kessler and Tomas Brandt, met the board.",
            "Kessler and Brandt told reporters they were disappointed.",
            ["Anna Kessler", "Tomas Brandt"],
        ),
        # one of the two named in full: the pair as written
        (
            "Defence lawyer Helen Smith spoke outside court on Monday.",
            "Smith and Jones said they were disappointed.",
            ["Smith and Jones"],
        ),
    ],
)
def test_a_pair_is_the_people_the_corpus_names(tmp_path: Path, named: str, pair: str, people: list[str]) -> None:
    files = {"a": f"Fraud trial\n\n{named}\n", "b": f"Verdict\n\nThe jury returned its verdict on Tuesday.\n\n{pair}\n"}
    assert _sheet(tmp_path, files) == [(p, "they were disappointed") for p in people]
