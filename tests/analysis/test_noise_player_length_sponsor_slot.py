"""Two pieces of furniture between a radio station's article paragraphs (issue #14, unseen36
kpbs-1), both kept as the article's own lines:

- a player's play button with the piece's length, "Listen • 7:38" (as "00:38 / 01:22", a
  player's time display, already went): the reported line, then "Play 2:15" and "Escuchar | 4:05".
  A clock time alone ("14:30", a live blog entry's) and a sentence naming a time stay the article's.
- a sponsor slot's line under the "Advertisement" marker, "Become a KPBS sponsor": the reported
  line, then "Become an underwriter" and "Become a sponsor today". A sentence bidding firms to
  sponsor stays the article's.

Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_HEADLINE = "Asylum-seekers protest immigration process at the border"
_PARAGRAPHS = [
    "Over a hundred asylum-seekers blocked the path of immigration vans on Tuesday morning, saying"
    " they had waited for months without an answer to their requests for transit papers.",
    "The complaints stem from the authorities' refusal to accept migrants from Africa for the"
    " humanitarian visas that other groups have been given this year.",
    "After an hour-long meeting, the asylum-seekers and officials emerged with a deal that the"
    " group would be heard again within a week.",
]
_PLAYER = {"reported": "Listen • 7:38", "play": "Play 2:15", "es": "Escuchar | 4:05"}
_SPONSOR = {
    "reported": "Become a KPBS sponsor",
    "underwriter": "Become an underwriter",
    "today": "Become a sponsor today",
}


def _split(tmp_path: Path, lines: list[str]) -> tuple[dict[str, str], set[str]]:
    (tmp_path / "story.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    article: Article = corpus.article(next(iter(corpus.entries)))
    split = split_noise(article)
    return {s.text: s.kind for s in split.noise}, {s.text for s in split.content}


@pytest.mark.parametrize("case", sorted(_PLAYER))
def test_a_players_button_with_its_length_is_furniture(tmp_path: Path, case: str) -> None:
    line = _PLAYER[case]
    noise, content = _split(tmp_path, [_HEADLINE, _PARAGRAPHS[0], line, *_PARAGRAPHS[1:]])
    assert line in noise
    assert all(p in content for p in _PARAGRAPHS)


@pytest.mark.parametrize("case", sorted(_SPONSOR))
def test_a_sponsor_slots_line_is_an_advertisement(tmp_path: Path, case: str) -> None:
    line = _SPONSOR[case]
    noise, content = _split(tmp_path, [_HEADLINE, *_PARAGRAPHS[:2], "Advertisement", line, _PARAGRAPHS[2]])
    assert noise.get(line) == "advertisement"
    assert all(p in content for p in _PARAGRAPHS)


def test_a_sentence_naming_a_time_or_a_sponsor_stays_the_articles(tmp_path: Path) -> None:
    lines = [
        "Listen to the 7:38 recording, the lawyer said, and you will hear the officer's answer.",
        "Become a sponsor of the shelter, the bishop urged local firms on Sunday.",
    ]
    _, content = _split(tmp_path, [_HEADLINE, _PARAGRAPHS[0], *lines, *_PARAGRAPHS[1:]])
    assert all(line in content for line in lines)
