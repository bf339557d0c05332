"""n / N through a fact's values when an article was edited or deleted after the fact sheet
was made (issue 13, re-test): the step into that article finds the value again in its new text
and shows it, highlighted, a few lines from the top; a value the new text no longer reports,
or the article of a file that is gone, is said so and stepped past; the count ``value k/N``
stays that of the values that can be reached.

Reported: on the quake stories' "people injured" (8 values), with the second value's article
edited while the app ran, ``n`` from the first opened it at its top with ``value –/8`` (the
figure neither found nor highlighted), and ``N`` from there skipped a value; with its file
deleted, ``n`` went back to the fact sheet.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.reader import ReaderScreen

QUAKE = Path(__file__).parents[1] / "fixtures" / "quake"
FACT = "people injured"
NOTE = "Editor's note: this report was revised as further accounts came in from the coast.\n\n"


def below_the_fold(text: str) -> str:
    """Paragraphs put under the headline: every offset moves, the figure starts off-screen."""
    head, _, rest = text.partition("\n\n")
    return head + "\n\n" + NOTE * 14 + rest


def sentence_moved_down(text: str) -> str:
    head, _, rest = text.partition("\n\n")
    first, _, others = rest.partition("\n\n")
    return head + "\n\n" + NOTE * 10 + others + "\n\n" + first + "\n"


def figure_dropped(text: str) -> str:
    return below_the_fold(text.replace("seventy-five injured", "many hurt"))


@pytest.fixture
def quake(tmp_path: Path) -> Path:
    target = tmp_path / "quake"
    shutil.copytree(QUAKE, target)
    return target


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


async def wait_for_reader(pilot, doc: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    for _ in range(200):
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and screen.doc == doc and screen.loaded is not None:
            break
        await pilot.pause(0.02)
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.doc == doc and reader.loaded is not None
    return reader


async def open_fact(app: WaicReaderApp, pilot, value: int = 0) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """The fact sheet's "people injured" row, its ``value``-th value read with enter."""
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)
    await pilot.press("f")
    await settle(pilot)
    sheet = app.screen
    assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
    row = next(i for i, f in enumerate(sheet.rows) if f.label == FACT)
    sheet.query_one("#coverage-table").move_cursor(row=row)  # type: ignore[attr-defined]
    await settle(pilot)
    for _ in range(value):
        await pilot.press("right")
    fact, chosen = sheet.current()
    assert fact is not None and chosen is not None and len(fact.values) == 8
    await pilot.press("enter")
    return await wait_for_reader(pilot, chosen.doc)


def current_words(reader: ReaderScreen) -> str:
    assert reader.loaded is not None
    targets = reader.targets()
    assert 0 <= reader.current < len(targets), status(reader)
    start, end = targets[reader.current]
    return reader.loaded.article.text[start:end]


def make_app(corpus: Path) -> tuple[WaicReaderApp, list[str]]:
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    notices: list[str] = []
    notify = app.notify
    app.notify = lambda message, *a, **k: (notices.append(str(message)), notify(message, *a, **k))[1]  # type: ignore[method-assign]
    return app, notices


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("edit", [below_the_fold, sentence_moved_down])
async def test_n_into_an_edited_article_finds_the_value_again(
    quake: Path, size: tuple[int, int], edit: Callable[[str], str]
) -> None:
    app, notices = make_app(quake)
    async with app.run_test(size=size) as pilot:
        reader = await open_fact(app, pilot)
        assert reader.doc == "01_ap" and "value 1/8" in status(reader)
        guardian = quake / "04_guardian.txt"
        guardian.write_text(edit(guardian.read_text("utf-8")), "utf-8")
        await pilot.press("n")
        reader = await wait_for_reader(pilot, "04_guardian")
        assert current_words(reader) == "seventy-five injured"
        assert "value 2/8" in status(reader)
        assert_lands(reader, reader.targets()[reader.current][0])
        assert any("found again" in n for n in notices)
        # The count stays whole both ways: back to the first, then on past the edited one.
        await pilot.press("N")
        reader = await wait_for_reader(pilot, "01_ap")
        assert "value 1/8" in status(reader)
        await pilot.press("n")
        reader = await wait_for_reader(pilot, "04_guardian")
        assert "value 2/8" in status(reader) and current_words(reader) == "seventy-five injured"
        await pilot.press("n")
        reader = await wait_for_reader(pilot, "02_reuters")
        assert "value 3/8" in status(reader)


async def test_N_back_into_an_edited_article_finds_the_value_again(quake: Path) -> None:
    app, _notices = make_app(quake)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = await open_fact(app, pilot, value=2)
        assert reader.doc == "02_reuters" and "value 3/8" in status(reader)
        guardian = quake / "04_guardian.txt"
        guardian.write_text(sentence_moved_down(guardian.read_text("utf-8")), "utf-8")
        await pilot.press("N")
        reader = await wait_for_reader(pilot, "04_guardian")
        assert "value 2/8" in status(reader) and current_words(reader) == "seventy-five injured"
        assert_lands(reader, reader.targets()[reader.current][0])


async def test_a_value_no_longer_reported_is_said_and_stepped_past(quake: Path) -> None:
    app, notices = make_app(quake)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_fact(app, pilot)
        guardian = quake / "04_guardian.txt"
        guardian.write_text(figure_dropped(guardian.read_text("utf-8")), "utf-8")
        await pilot.press("n")
        reader = await wait_for_reader(pilot, "02_reuters")
        assert "value 2/7" in status(reader) and current_words(reader) == "75 people"
        assert any(
            "04_guardian" in n and "no longer reports “seventy-five injured”: on to the next value" in n
            for n in notices
        )
        await pilot.press("N")
        reader = await wait_for_reader(pilot, "01_ap")
        assert "value 1/7" in status(reader)


@pytest.mark.parametrize("step", ["n", "N"])
async def test_a_deleted_article_is_said_and_stepped_past(quake: Path, step: str) -> None:
    app, notices = make_app(quake)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_fact(app, pilot, value=1)  # 04_guardian, value 2/8
        assert reader.doc == "04_guardian"
        gone, then, at = ("02_reuters", "07_wire", "value 3/7") if step == "n" else ("01_ap", "12_update", "value 7/7")
        (quake / f"{gone}.txt").unlink()
        await pilot.press(step)
        reader = await wait_for_reader(pilot, then)
        assert at in status(reader)
        assert any(gone in n and "gone" in n and "skipped" in n for n in notices)
