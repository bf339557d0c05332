"""A name line beside the date is told by its kind, not by the text's length (t13akr N12, issue #14).

A live blog whose entries are all short has no run of prose for the boilerplate split to stand
against; its station's name line ("Velmar Public Radio" over "Posted: Jun 8, 2026") was kept as
article text and its outlet stayed blank, while the same blog with one longer entry had both
right. Inputs: the tester's blog (tests/fixtures/t13akr_n12) and two texts of our own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13akr_n12"


def _article(tmp_path: Path, name: str, text: str | None) -> Article:
    if text is None:
        shutil.copy(FIXTURES / name, tmp_path / name)
    else:
        (tmp_path / name).write_text(text, "utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(corpus.resolve(Path(name).stem))


# (file, its text or None for the fixture, the name line, the outlet it names)
SHORT = {
    "reported": ("velmar-liveblog.txt", None, "Velmar Public Radio", "Velmar Public Radio"),
    "radio-short-entries": (
        "radio.txt",
        "Marholm ferry strike: live\nHalvik Coast Radio\nUpdated: 12 May 2026\n\n"
        "08:10\nSailings to the islands are cancelled.\n\n09:45\nThe union says talks resume Monday.\n",
        "Halvik Coast Radio",
        "Halvik Coast Radio",
    ),
    "television-one-sentence": (
        "tv.txt",
        "Osland bridge closed\nOsland Community Television\nPosted: Mar 3, 2026\n\n"
        "The old bridge is shut for repairs.\n",
        "Osland Community Television",
        "Osland Community Television",
    ),
}


@pytest.mark.parametrize("case", sorted(SHORT))
def test_a_short_texts_broadcaster_line_is_the_outlets(tmp_path: Path, case: str) -> None:
    name, text, line, outlet = SHORT[case]
    article = _article(tmp_path, name, text)
    split = split_noise(article)
    assert line in [seg.text.strip() for seg in split.noise]
    assert line not in [seg.text.strip() for seg in split.content]
    assert article.outlet == outlet


def test_a_short_texts_person_line_names_no_outlet(tmp_path: Path) -> None:
    text = "Marholm ferry strike: live\nAnna Lindqvist\nPosted: Mar 14, 2026\n\n08:10\nSailings are cancelled.\n"
    assert _article(tmp_path, "person.txt", text).outlet is None
