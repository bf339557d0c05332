"""An article's own dateline or byline date is metadata, never a "date" fact compared across
articles: a date straight after names alone (places joined by "/", a byline's name and outlet)
opening its line or after "By", before a dash, a parenthesis, its line's end or text run on (t13v
F9b, round s32-t: a press release's "TOULON / MARSEILLE, 15 August 2026 –" and another page's
byline "By Elena Vidal, Evening Post, August 16, 2026" run into its text were a "date" fact in
disagreement). A date of an event its sentence tells stays a fact."""

from __future__ import annotations

import pytest
from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import extract_figures
from waic_reader.index.analysis.facts.display import value_text


def _dates(*texts: str) -> list[str]:
    # the date figures the timeline reads (a date counting no thing is no row of the sheet since
    # round s37-f)
    arts = [Art(chr(ord("a") + i), f"Story\n\n{t}") for i, t in enumerate(texts)]
    return [value_text(v) for art in arts for v in extract_figures(art) if v.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13v data/prefecture-release.txt, data/eveningpost-table.html as read)
        "TOULON / MARSEILLE, 15 August 2026 – The Prefecture of the Var confirms that a wildfire in the commune "
        "has caused the death of three people.",
        "Local newsBusiness | Riviera fire: firefighters named among seven deadBy Elena Vidal, Evening Post, "
        "August 16, 2026Two firefighters were among the seven people killed by the wildfire.",
        # variants of my own: other places and separators, a byline line of its own further down
        "LYON | BRON, 3 March 2025 | The regional council met to discuss the floods.",
        "Storm latest | Plant shut after floodsBy Ann Lee, Lyon Post, March 3, 2025The plant will stay closed.",
        "BORDEAUX / PESSAC / MERIGNAC, 4 June 2025 — Two firms announced a merger.",
    ],
)
def test_own_stamp_is_no_date_fact(text: str) -> None:
    assert _dates(text) == []


def test_stamps_of_two_articles_no_disagreement() -> None:
    facts = sheet(
        "TOULON / MARSEILLE, 15 August 2026 – Three people died in the wildfire.",
        "Fire diary | seven deadBy Elena Vidal, Evening Post, August 16, 2026Seven people died in the wildfire.",
    )
    assert [f for f in facts if f.label == "date"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: dates of events the sentences tell stay facts, beside a stamp too
        (
            "TOULON / HYERES, 16 August 2026 – The crew evacuated 420 people from the beach on 15 August as a "
            "wildfire reached the shore.",
            ["15 Aug"],
        ),
        ("The company has suspended its service until 18 August.", ["18 Aug"]),
        ("In Paris, 15 August was quiet.", ["15 Aug"]),
        ("Evening news transcript, 13 August.", ["13 Aug"]),
    ],
)
def test_event_dates_stay(text: str, want: list[str]) -> None:
    assert _dates(text) == want
