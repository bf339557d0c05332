"""``y`` after opening a hit found only in boilerplate copies the sentence of the matched block
(the boilerplate panel's highlighted entry), not the article's first line (acceptance test t13n
F14: ``/ Benfica enter y`` on a liveblog's "Most read" item copied the headline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

FILLER = "The ferry terminal vote was close, and the board debated the plan for hours before it agreed."


def write_corpus(root: Path) -> Path:
    root.mkdir()
    body = "\n\n".join([FILLER] * 20)
    (root / "a.txt").write_text(
        f"Harbour board approves ferry terminal\n\n{body}\n\n"
        "Copyright 2025 Quillmoor Media Group. All rights reserved.\n\n"
        "Subscribe to the Brackenfield newsletter for daily updates.\n",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        "Residents debate the ferry\n\nResidents said the terminal was overdue.\n", encoding="utf-8"
    )
    return root


@pytest.mark.parametrize(
    ("query", "sentence"),
    [
        ("Quillmoor", "Copyright 2025 Quillmoor Media Group."),
        ("Brackenfield", "Subscribe to the Brackenfield newsletter for daily updates."),
        ("rights", "All rights reserved."),
    ],
)
async def test_y_copies_the_matched_boilerplate_sentence(tmp_path: Path, query: str, sentence: str) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    copied: list[str] = []

    def keep(text: str, *args: Any, **kwargs: Any) -> None:
        copied.append(text)

    app.copy_to_clipboard = keep  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *query)
        await settle(pilot)
        search = pilot.app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        hits = search.results.hits
        index = next(i for i, h in enumerate(hits) if h.doc == "a")
        assert hits[index].where == ["noise"]
        search.query_one("#results", OptionList).highlighted = index
        search.action_open()
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReaderScreen)
        await pilot.press("y")
        await settle(pilot)
        assert copied and copied[-1].strip() == sentence
