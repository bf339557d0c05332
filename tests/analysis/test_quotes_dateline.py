"""A reported quote whose subject follows a wire dateline never includes the dateline (t13b N3):
its text starts where the sentence does, after ``VELDHAVEN, Oct 3, 2025 (Reuters) -``, and its
offsets still point at that text in the article (a jump from the Quotes screen lands on it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes import Quote
from waic_reader.index.corpus.reader import Corpus


def quotes_of(tmp_path: Path, text: str) -> list[Quote]:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(text, "utf-8")
    return Analyser(Corpus.scan(folder), data_dir=tmp_path / "data").doc("a").quotes


def only(quotes: list[Quote], kind: str) -> Quote:
    chosen = [q for q in quotes if q.kind == kind]
    assert len(chosen) == 1, [(q.kind, q.text) for q in quotes]
    return chosen[0]


@pytest.mark.parametrize(
    "dateline",
    [
        "VELDHAVEN, Oct 3, 2025 (Reuters) -",  # the reported input
        "PORTMERE (AP) —",
        "TOKYO, March 14 (Reuters) -",
    ],
)
@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("A dam above the town gave way on Friday, killing eight people, Mayor Elske Brandt said.", "Elske Brandt"),
        (
            "A dam above the town gave way on Friday, killing eight people, said Elske Brandt, the mayor.",
            "Elske Brandt",
        ),
    ],
)
def test_reported_quote_after_a_dateline_starts_after_it(
    tmp_path: Path, dateline: str, sentence: str, speaker: str
) -> None:
    text = f"Dam breach floods the town\n\n{dateline} {sentence}\n"
    q = only(quotes_of(tmp_path, text), "reported")
    assert q.text == "A dam above the town gave way on Friday, killing eight people"
    assert text[q.start : q.end] == q.text and q.start == text.index("A dam")
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_sentence_without_a_dateline_keeps_its_start(tmp_path: Path) -> None:
    # The same clause with no dateline: nothing is cut, "Harbour" is no place of a dateline.
    text = "Dam breach floods the town\n\nHarbour works stopped on Friday, killing trade, Mayor Elske Brandt said.\n"
    q = only(quotes_of(tmp_path, text), "reported")
    assert q.text == "Harbour works stopped on Friday, killing trade"
