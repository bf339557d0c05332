"""The Quotes screen (``Q``) lists every quoted sentence as ``quotes --json`` does (t13x F11,
repro/v19): a quotation after "X, the governor, was blunter:" under X, one signed "— Mariusz
Zielinski, rescue chief" under Zielinski, one after "The mayor's message was simple:" in the
Unattributed row (all three were missing or unattributed; Pilot; the repro's article and a variant)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable

# t13x repro/v19/a.txt, copied
V19 = (
    "Kellby governor speaks\n\nKELLBY, March 10 (Nordwire) - Ilsa Brannock, the governor, was blunter: "
    '"Somebody will answer for this."\n\nThe mayor\'s message was simple: "Stay away from the river."\n\n'
    'Her verdict: "A disgrace."\n\n"We are working around the clock." — Mariusz Zielinski, rescue chief\n'
)
# a variant of my own: other names, lead-ins and dash
VARIANT = (
    "Floods hit Tarnow\n\nTARNOW, April 2 (Vistula Wire) - Fire chief Tomas Lindqvist was adamant: "
    '"Nobody goes back into the valley tonight."\n\nThe council\'s answer was short: "Wait for the report."\n\n'
    '"The water came up in minutes." – Anna Kovács, resident of Tarnow\n'
)


@pytest.mark.parametrize(
    ("text", "named", "unattributed"),
    [
        (
            V19,
            {
                "Ilsa Brannock": "Somebody will answer for this",
                "Mariusz Zielinski": "We are working around the clock",
            },
            "Stay away from the river",
        ),
        (
            VARIANT,
            {
                "Tomas Lindqvist": "Nobody goes back into the valley tonight",
                "Anna Kovács": "The water came up in minutes",
            },
            "Wait for the report",
        ),
    ],
)
async def test_quotes_screen_lists_colon_and_signed_quotes(
    tmp_path: Path, text: str, named: dict[str, str], unattributed: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, "utf-8")
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        table = screen.query_one(SpeakerTable)
        names = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert names[-1] == "Unattributed", names
        said = {
            speaker.name: {q.quoted for st in statements for q in st.members} for speaker, statements in screen.speakers
        }
        for name, words in named.items():
            assert words in said.get(name, set()), said
        assert unattributed in said["Unattributed"], said
