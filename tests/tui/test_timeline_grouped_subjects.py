"""The timeline screen's subject list shows one row for one firm written under several legal
forms and bare (issue 13 F4: "Orvane Minerals AS · 4 articles", "Orvane Minerals · 3 articles",
"Hansen Logistics" and "Hansen Logistics AS" were rows of their own), with the matrix's article
count, and a person named by surname alone in one article in the person's row."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.timeline import TimelineScreen

pytestmark = pytest.mark.usefixtures("utc")


def story(outlet: str, stamp: str, body: str) -> str:
    return f"---\noutlet: {outlet}\n---\nMine story\n\nPosted: {stamp}\n\n{body}\n"


FILES = {
    "ap.md": story("AP", "Jun 13, 2025", "Orvane Minerals Ltd. closed the mine. Lars Hegge, a geologist, said so."),
    "nrk.md": story("NRK", "Jun 12, 2025", "Orvane Minerals AS said the shaft collapsed at dawn."),
    "reuters.md": story(
        "Reuters", "Jun 14, 2025", "Orvane Minerals PLC shares fell. Orvane Minerals said it would help."
    ),
    "ft.md": story("FT", "Jun 15, 2025", "Orvane Minerals Inc. faces an inquiry. Lars Hegge repeated his warning."),
    "notes.md": story("Notes", "Jun 11, 2025", "The warnings were written down early by Hegge in a letter."),
}


async def test_one_firm_is_one_row_of_the_subject_list(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        options = app.screen.query_one("#timeline-subject-list", OptionList)
        rows = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        firm = [row for row in rows if row.startswith("Orvane")]
        assert len(firm) == 1 and firm[0].endswith("4 articles"), rows
        person = [row for row in rows if "Hegge" in row]
        assert len(person) == 1 and person[0].startswith("Lars Hegge") and person[0].endswith("3 articles"), rows
        # what the user sees: the firm's row is drawn in the list
        shown = [options.render_line(y).text.strip() for y in range(options.size.height)]
        assert sum(1 for line in shown if line.startswith("Orvane")) == 1, shown
