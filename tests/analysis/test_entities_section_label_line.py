"""A section's label alone on its line in capitals ("NEWS" over a saved page's headline) is no
entity (acceptance t13ad N12; issue #16: all-caps headline words are not organisations). The
Stavenholm Gazette's page named an Organisation "NEWS". Invented pages: the reported layout and
variants (other sections and outlets); the names of the article stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_PAGE = (
    "Skip to content\n"
    "Home | News | Business | Sport | Travel | Opinion | Weather\n"
    "{outlet}\n"
    "Subscribe now\n"
    "{section}\n"
    "{headline}\n"
    "By Ingrid Sorvaag · {outlet} · 3 March 2026 11:40\n"
    "Share on Facebook\n"
    "{body}\n"
    "Most read\n"
    "Council approves new harbour tunnel after ten-year row\n"
    "Ferry timetable cut for the winter season\n"
    "© 2026 {outlet} Ltd. All rights reserved. Privacy | Cookies | Terms\n"
)
_NORDAIR = (
    "Twelve people were hurt when passengers fled a burning Nordair jet that made an emergency landing at "
    "Stavenholm airport on Tuesday morning, officials said.\n"
    "Nordair spokesperson Jonas Brekke told reporters that the airline would compensate every passenger.\n"
    "The Civil Aviation Authority has opened an investigation, which could take up to 18 months."
)
_FERRY = (
    "Halvik Ferries will cut three of its island routes until the spring after storms damaged two of its "
    "vessels last week, the company said on Wednesday.\n"
    "Chief executive Lene Vik told reporters at the harbour office that repairs would take eight weeks.\n"
    "Island councils said they would ask the county to pay for a temporary replacement boat."
)


@pytest.mark.parametrize(
    ("outlet", "section", "headline", "body", "names"),
    [
        (
            "The Stavenholm Gazette",
            "NEWS",
            '"Like a scene from a film": passengers describe fire on Nordair flight',
            _NORDAIR,
            ["Jonas Brekke", "Civil Aviation Authority"],
        ),
        ("Halvik Daily Post", "BUSINESS", "Ferry operator cuts routes after winter storm damage", _FERRY, ["Lene Vik"]),
        ("The Osland Courier", "TRAVEL", "Ferry operator cuts routes after winter storm damage", _FERRY, ["Lene Vik"]),
        (
            "Valley Herald",
            "WORLD",
            '"Like a scene from a film": passengers describe fire on Nordair flight',
            _NORDAIR,
            ["Jonas Brekke"],
        ),
    ],
    ids=["reported", "business", "travel", "world"],
)
def test_a_section_label_in_capitals_is_no_entity(
    tmp_path: Path, outlet: str, section: str, headline: str, body: str, names: list[str]
) -> None:
    page = _PAGE.format(outlet=outlet, section=section, headline=headline, body=body)
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("page")
    split = split_noise(article)
    mentions = Recognizer.default().recognize(article, split.noise_spans())
    found = {m.text for m in mentions}
    assert section not in found
    for name in names:
        assert name in found
