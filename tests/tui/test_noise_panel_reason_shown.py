"""The boilerplate panel's reason quotes the text as shown (issue 13, t13c fault 8): the reported
``Related: [Storm season begins](…)`` line's reason said (“Related: [”). The variants (emphasis,
headings) are in tests/cli/test_noise_reasons_as_shown.py; the panel takes the same reasons."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel

ARTICLE = """# Harbour plan approved in Vellby

Officials in **Vellby** approved the harbour plan on Tuesday after a long debate about the costs of the works.

Torvald Enge, who chairs the council, called the plan "overdue". Work starts in June and lasts eighteen months.

Related: [Storm season begins](https://ledger.example/storm)
"""


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / "link.md").write_text(ARTICLE, "utf-8")
    return root


async def test_panel_reason_quotes_the_shown_text(tmp_path: Path) -> None:
    app = make_app(open_doc="link", corpus=corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("b")
        await settle(pilot)
        options = reader.query_one(NoisePanel).query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("teaser for another story (“Related:”)" in s for s in shown), shown
        assert not any("[" in s for s in shown), shown
