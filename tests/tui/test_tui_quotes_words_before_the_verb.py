"""The Quotes screen (`Q`) agrees with `quotes --json` on t13g F7's article with the council
named: the council's statements with words before "said" (", however,", "on Friday", "has",
", in a statement,") are its row's, none under Hegge or Brakstad (Pilot)."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable

ARTICLE = (
    "The Halvern Regional Council met on Thursday.\n\n"
    '"We followed every rule," said Orvane chief executive Lars Hegge on Sunday. The regional council, '
    "however, said that no worker had contacted it.\n\n"
    "Union leader Hilde Brakstad said members were afraid. The regional council on Friday said the union "
    "had not raised the issue.\n\n"
    "Brakstad warned of a strike. The regional council has said it will not intervene.\n\n"
    "Hegge said the Orvane mine was safe. The regional council, in a statement, said the mine should stay "
    "closed.\n"
)


async def test_the_council_s_row_holds_its_statements(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "q.txt").write_text(ARTICLE, "utf-8")
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        said = {sp.name: sorted(q.text for st in sts for q in st.members) for sp, sts in screen.speakers}
        assert said["Halvern Regional Council"] == [
            "it will not intervene",
            "no worker had contacted it",
            "the mine should stay closed",
            "the union had not raised the issue",
        ]
        assert said["Lars Hegge"] == ["We followed every rule", "the Orvane mine was safe"]
        table = screen.query_one(SpeakerTable)
        names = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert "Halvern Regional Council" in names
