"""A bidi or C1 control in an article's title or text is shown as a stand-in in the search
results and the reader, never raw and never as ``�`` (which marks undecodable bytes): the
acceptance tester saw "bidi �evil� text" in a snippet and in the reader, and a title with
U+202E shown as "Evil�title" in the results while the library showed ``<U+202E>``."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.corpus.text import visible_same_length
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen


def test_same_length_stand_ins_are_not_the_replacement_character() -> None:
    assert visible_same_length("a\u202eb\x9bc\u2066d\x07e") == "a\u2426b\u2426c\u2426d\u2407e"


@pytest.mark.parametrize("control", ["\u202e", "\x9b", "\u2067"])  # reported, a C1 control, another bidi
async def test_results_and_reader_show_stand_ins(tmp_path: Path, control: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "odd.txt").write_text(
        f"Odd{control}title about a harbour\n\nThe harbour ferry ran with bidi {control}evil text on Monday. "
        "Crews said the boats were ready for winter.\n",
        encoding="utf-8",
    )
    (corpus / "plain.txt").write_text("Plain harbour news\n\nThe harbour was quiet all week.\n", encoding="utf-8")
    stand_in = f"<U+{ord(control):04X}>"
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"evil")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        shown = html.unescape(app.export_screenshot())
        assert "\ufffd" not in shown and control not in shown
        assert f"Odd{stand_in}title" in shown  # the title as the library shows it
        assert "\u2426" in shown  # the snippet keeps its offsets: one stand-in character
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        shown = html.unescape(app.export_screenshot())
        assert "\ufffd" not in shown and control not in shown
        assert "\u2426" in shown
