"""m in the boilerplate panel on a related-stories list's items moves its header back with them
(issue #13, s16b N9): the tester's marks of bbc_dam.txt's four items left "More on this story"
alone in the boilerplate. The reported case and two variants: the header itself marked, and a
list under another header ("Related")."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel

PROSE = "\n\n".join(
    f"Residents of the lower town stacked sandbags along the canal through the night. Note {i}." for i in range(12)
)
ITEMS = ["Train strike called off", "Celebrity chef opens new restaurant", "Football: Oostmark win again"]


@pytest.mark.parametrize(
    ("header", "pick"),
    [
        ("More on this story", ITEMS[0]),  # reported: the items' run
        ("More on this story", "More on this story"),  # the header itself
        ("Related", ITEMS[0]),
    ],
)
async def test_m_on_a_list_moves_its_header_too(tmp_path: Path, header: str, pick: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = f"Veldhaven dam: What we know\n\n{PROSE}\n\n{header}\n\n" + "\n\n".join(ITEMS) + "\n"
    (corpus / "bbc.txt").write_text(text, encoding="utf-8")
    app = make_app(open_doc="bbc", corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("b")
        await settle(pilot)
        panel = reader.query_one(NoisePanel)
        assert [s.text for s in panel.segments] == [header, *ITEMS]
        options = panel.query_one(OptionList)
        options.highlighted = next(i for i, run in enumerate(panel.runs) if run[0].text == pick)
        options.focus()
        await pilot.pause()
        await pilot.press("m")
        for _ in range(50):
            await settle(pilot)
            if reader.loaded is not None and reader.loaded.analysis.noise_count() == 0:
                break
        assert reader.loaded is not None and reader.loaded.analysis.noise_count() == 0


NUMBERS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
UNRELATED = [f"Unrelated headline number {n} about something else" for n in NUMBERS]
REPORTED = (
    "Harbour fire latest\n\nBy Jane Roe\n\n"
    "A fire broke out at the harbour on Friday, police said. Two boats burned and a shed.\n\n"
    "The harbour master said the quay would reopen on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    ("items", "pick", "words"),
    [
        (UNRELATED, UNRELATED[0], "m moves all 15 and their header"),  # reported (bp3/q.txt): said 15, moved 16
        (ITEMS, ITEMS[0], "m moves all 3 and their header"),
        (UNRELATED, "More on this story", "m moves it and the 15 blocks under it"),  # the header's entry
    ],
)
async def test_the_entry_says_what_m_moves(tmp_path: Path, items: list[str], pick: str, words: str) -> None:
    """Reported (issue 13, fresh tester, F7): the entry said "m moves all 15" and ``m`` moved
    16 (the list's header went too). The entry's words say what m moves, and the notice's
    count agrees with them."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "q.txt").write_text(REPORTED + "More on this story\n\n" + "\n\n".join(items) + "\n", encoding="utf-8")
    app = make_app(open_doc="q", corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("b")
        await settle(pilot)
        panel = reader.query_one(NoisePanel)
        assert [s.text for s in panel.segments][-len(items) - 1 :] == ["More on this story", *items]
        options = panel.query_one(OptionList)
        options.highlighted = next(i for i, run in enumerate(panel.runs) if run[0].text == pick)
        prompt = str(options.get_option_at_index(options.highlighted).prompt)
        assert words in prompt, prompt
        said: list[str] = []
        real_notify = app.notify
        app.notify = lambda message, **kw: (said.append(str(message)), real_notify(message, **kw))[1]  # type: ignore[method-assign]
        options.focus()
        await pilot.pause()
        await pilot.press("m")
        for _ in range(50):
            await settle(pilot)
            if any(s.startswith("Moved") for s in said):
                break
        assert f"Moved {len(items) + 1} blocks back to the article" in said, said
