"""`m` marks the block the user chose, not every copy of its paragraph in the article (t13o F5).

Reported: ``afp-night.txt`` has the paragraph "Weather forecasts warned of snow …" twice; selecting
the first with ``}`` and pressing ``m`` said "Moved 1 block to the boilerplate" while the header
went from 0 to 2 noise blocks hidden and ``noise --json`` listed both copies. Variants (invented):
the second of two repeated paragraphs chosen, and the middle one of three repeated lines.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "marks_s29h"
WEATHER = (
    "Weather forecasts warned of snow at high altitude later in the week, which could slow the movement "
    "of heavy equipment up the mountain."
)
QUAY = "Harbourmaster Ilse Vandermeer said the quay would stay closed until the divers finished."
SHUTTLE = "Shuttle buses leave the Oskarsgate depot every twenty minutes."

FERRY = (
    "Ferry grounded off Tervik\n\nTERVIK, May 4 - A passenger ferry ran aground outside the harbour on Sunday.\n\n"
    f"{QUAY}\n\nNo one was hurt, the coastguard said, and the 212 passengers were taken ashore by tender.\n\n"
    "Divers were inspecting the hull for damage before a tug would try to pull the ship free.\n\n"
    f"{QUAY}\n\nThe operator said timetables for the rest of the week were being reviewed.\n"
)
FESTIVAL = (
    "Festival moves indoors as storm nears\n\nOrganisers of the Oskarsgate music festival moved every concert "
    "into the convention hall on Friday as a storm approached the coast.\n\n"
    f"{SHUTTLE}\n\nTicket holders need not exchange their wristbands, the organisers said.\n\n{SHUTTLE}\n\n"
    "The headline act, a brass band from Lindholm, will play two shorter sets instead of one.\n\n"
    f"{SHUTTLE}\n\nForecasters expect the wind to ease by Sunday morning.\n"
)


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    shutil.copy(FIXTURES / "afp-night.txt", root / "afp-night.txt")
    (root / "ferry-tervik.txt").write_text(FERRY, "utf-8")
    (root / "festival-storm.txt").write_text(FESTIVAL, "utf-8")
    return root


def noise_blocks(root: Path, doc: str, capsys: pytest.CaptureFixture[str]) -> list[tuple[int, str]]:
    capsys.readouterr()
    assert main(["--corpus", str(root), "noise", doc, "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["docs"]
    return [(b["start"], b["reason"]) for b in entry["noise"]]


@pytest.mark.parametrize(
    ("doc", "paragraph", "copy", "copies"),
    [("afp-night", WEATHER, 0, 2), ("ferry-tervik", QUAY, 1, 2), ("festival-storm", SHUTTLE, 1, 3)],
    ids=["reported-first-of-two", "second-of-two", "middle-of-three"],
)
async def test_m_hides_the_chosen_copy_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, paragraph: str, copy: int, copies: int
) -> None:
    root = corpus(tmp_path)
    text = (root / f"{doc}.txt").read_text("utf-8")
    starts = [i for i in range(len(text)) if text.startswith(paragraph, i)]
    assert len(starts) == copies
    app = make_app(open_doc=doc, corpus=root)
    said: list[str] = []
    real = app.notify
    app.notify = lambda message, **kw: (said.append(str(message)), real(message, **kw))  # type: ignore[method-assign,func-returns-value]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        before = reader.loaded.analysis.noise_count()
        view = reader.query_one(ArticleView)
        await pilot.press("g")
        for _ in range(60):  # `}` down to the chosen copy
            await pilot.press("right_curly_bracket")
            if view.selected is not None and view.selected.block.start >= starts[copy]:
                break
        assert view.selected is not None and view.selected.block.start == starts[copy]
        await pilot.press("m")
        await settle(pilot)
        assert "Moved 1 block to the boilerplate" in said
        assert reader.loaded.analysis.noise_count() == before + 1  # what the notice said
    marked = [start for start, reason in noise_blocks(root, doc, capsys) if reason == "marked as noise by you"]
    assert marked == [starts[copy]]
