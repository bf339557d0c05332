"""A firm's short form and its full name are one speaker (review s44-rv finding 17, round s44-q2):
"Northgate said" beside "Northgate Bank said", "Kettering said" beside "Kettering Appliances"
were two speakers, so the firm's statements were split. The reviewer's two corpora first (cut to
the sentences that show it), then a variant of my own; a country the gazetteer knows stays itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace


def _speakers(tmp_path: Path, files: dict[str, str]) -> list[str]:
    """The speakers' names of the Quotes sheet of ``files`` (name -> text, one corpus)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes()
    return sorted(sp["name"] for sp in sheet.to_json()["speakers"])


@pytest.mark.parametrize(
    ("files", "firm", "short"),
    [
        (
            {
                "a": "Northgate buys Selby\n\nNorthgate Bank has agreed to buy Selby Mutual for $3.4bn. Northgate "
                "Bank said it expected to cut 800 jobs.\n",
                "b": "Northgate bids for Selby\n\nBritish lender Northgate Bank will pay $3.5 billion for Selby "
                "Mutual.\n\nThe deal will cut 800 jobs, Northgate said.\n",
            },
            "Northgate Bank",
            "Northgate",
        ),
        (
            {
                "a": "Dishwasher recall\n\nKettering Appliances is recalling 240,000 dishwashers, the company said "
                "on Thursday.\n",
                "b": "Recall widens\n\nDishwashers are being recalled by Kettering Appliances over a fire risk.\n\n"
                "Kettering said there had been 41 reports of overheating.\n",
            },
            "Kettering Appliances",
            "Kettering",
        ),
        (
            {
                "a": "Jobs cut\n\nMarlow Appliances said it would cut 120 jobs at its main site.\n",
                "b": "Site to shrink\n\nMarlow Appliances employs 900 people in the town.\n\nMarlow said the cuts "
                "would be made by June.\n",
            },
            "Marlow Appliances",
            "Marlow",
        ),
    ],
)
def test_a_firms_short_form_speaks_as_the_firm(tmp_path: Path, files: dict[str, str], firm: str, short: str) -> None:
    names = _speakers(tmp_path, files)
    assert firm in names and short not in names, names


def test_a_country_the_gazetteer_knows_stays_itself(tmp_path: Path) -> None:
    # a guard: "Japan said" is the country's, beside a firm named "Japan Airlines"
    names = _speakers(
        tmp_path,
        {
            "a": "Flights cut\n\nJapan Airlines said it would cut 40 flights to the region.\n",
            "b": "Talks\n\nJapan said it would send an envoy to the talks.\n",
        },
    )
    assert "Japan" in names, names
