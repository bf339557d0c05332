"""t13ah N12 in the app: a ``said:`` hit opened from the search lights only the quoted parts that
hold the searched word, and ``n`` steps from one to the next, each shown where it lands, never to a
part of the same quote without the word (``quotes.said.said_spans``)."""

from __future__ import annotations

from pathlib import Path

from jumps import assert_lands
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen

# Two of Farkas's quotes hold "shelter"; the part between them, split off the first by its cue,
# does not.
TEXT = (
    "Flood in Kellby\n\n"
    + "The river rose overnight and the old town flooded. " * 12
    + '\n\n"The water came in minutes and nobody had time," Mayor Ilona Farkas told reporters. "The'
    ' school will be a shelter from tonight."\n\n'
    + "Crews pumped water from the square all day. " * 30
    + '\n\n"Every family will have a shelter and a hot meal," Farkas said on Tuesday.\n'
)


async def test_n_steps_over_the_matching_parts_only(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "flood.txt").write_text(TEXT, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"said:Farkas shelter", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        lit = [TEXT[s:e] for s, e in reader.loaded.matches]
        assert lit == ["The school will be a shelter from tonight", "Every family will have a shelter and a hot meal"]
        status = reader.query_one("#reader-status")
        first, second = reader.loaded.matches
        assert_lands(reader, first[0])
        assert "match 1/2" in str(status.render())
        await pilot.press("n")
        await settle(pilot)
        assert_lands(reader, second[0])
        assert "match 2/2" in str(status.render())
