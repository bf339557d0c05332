"""Faults a review of session 13's boilerplate round found: a rule made for one kind that took
another kind's text. The reported input first, then variants of our own. Every page here is
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds13 import _HEADLINE, _PARAS, _containers, _page, _split

# ---------------------------------------------------------------------------------------------
# 1. HTML: a left-out paragraph of the main text's tag, class and parent tag was made the
#    article's wherever it was on the page: the cards of a "More from …" section after the
#    article, written in the same <p class="text">, joined it.

_CARDS = [
    "The ferry operator has ordered two electric ferries from a yard in Norway, to enter service in 2027 on "
    "the island routes.",
    "Bus lanes will be added on three main roads into the city centre by the end of next year, the council "
    "decided on Thursday.",
    "Prices for cod and haddock at the harbour market have risen by a fifth since January as catches fell "
    "sharply this winter.",
]


def _cards(box: str, cls: str = "text") -> str:
    return "".join(
        f'<{box}><h3><a href="/x{i}">Story {i}</a></h3><p class="{cls}">{c}</p></{box.partition(" ")[0]}>'
        for i, c in enumerate(_CARDS)
    )


_BODY_SPLIT = _containers([_PARAS[:3], _PARAS[3:]], cls="text").removesuffix("</main>")


@pytest.mark.parametrize(
    "body",
    [
        # reported: a "More from …" section of cards after the article, <div class="card"><p class="text">
        _BODY_SPLIT + "<section><h2>More from the Halvik Post</h2>" + _cards('div class="card"') + "</section></main>",
        # variant: the cards in bare <div>s (no class on their container)
        _BODY_SPLIT + "<section><h2>Also in the news</h2>" + _cards("div") + "</section></main>",
        # variant: a strip of top stories above the article's headline
        "<section><h2>Top stories</h2>" + _cards('div class="teaser"') + "</section>" + _BODY_SPLIT + "</main>",
    ],
    ids=["more-from-cards", "bare-div-cards", "top-stories-above"],
)
def test_other_stories_cards_of_the_main_texts_class_stay_out(tmp_path: Path, body: str) -> None:
    _title, where = _split(tmp_path, _page(body))
    assert [where[p] for p in _PARAS] == [["content"]] * len(_PARAS), where
    assert all("content" not in where[c] for c in _CARDS), where
    assert _HEADLINE in where
