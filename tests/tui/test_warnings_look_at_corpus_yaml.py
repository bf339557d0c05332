"""``W`` looks at corpus.yaml again before it says anything about it (acceptance t13af N18: a
date made invalid while the reader was open, ``W`` said "No warnings · corpus.yaml and the
noise marks are as they should be." until the library was shown again). The reported case
(the reader open, a bad date appended under an article's entry), and two of my own: a value
fixed while the quotes screen is open (the warning leaves the list), and a duplicate key added
while the library is open before its folder check has run."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.warnings import WarningsScreen

STORY = "{place} grid fails\n\nPower was cut to {n} homes in {place} on Monday, the operator said.\n"


def corpus(tmp_path: Path, yaml: str) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, place in (("wire", "Delmar"), ("daily", "Orlen Vale")):
        (root / f"{name}.txt").write_text(STORY.format(place=place, n=1200 + len(name)), "utf-8")
    (root / "corpus.yaml").write_text(yaml, "utf-8")
    return root


def rows(app: object) -> list[str]:
    listed = app.screen.query_one(OptionList)  # type: ignore[attr-defined]
    return [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]


async def open_list(pilot: object, app: object) -> list[str]:
    await pilot.press("W")  # type: ignore[attr-defined]
    await settle(pilot)
    assert isinstance(app.screen, WarningsScreen)  # type: ignore[attr-defined]
    return rows(app)


async def test_a_bad_date_written_while_the_reader_is_open_is_listed(tmp_path: Path) -> None:
    root = corpus(tmp_path, "articles:\n  wire.txt:\n    outlet: Coastwire\n")
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the reader
        await settle(pilot)
        with (root / "corpus.yaml").open("a", encoding="utf-8") as f:
            f.write("    date: 2025-13-45\n")
        listed = await open_list(pilot, app)
        assert any("corpus.yaml:4:11" in r and "2025-13-45" in r for r in listed), listed
        assert not any("as they should be" in r for r in listed), listed


async def test_a_value_fixed_while_the_quotes_screen_is_open_leaves_the_list(tmp_path: Path) -> None:
    root = corpus(tmp_path, "articles:\n  daily.txt:\n    date: 31/31/2025\n")
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        (root / "corpus.yaml").write_text("articles:\n  daily.txt:\n    date: 2025-03-31\n", "utf-8")
        listed = await open_list(pilot, app)
        assert listed == ["corpus.yaml and the noise marks are as they should be."], listed


async def test_a_duplicate_key_added_while_the_library_is_open_is_listed(tmp_path: Path) -> None:
    root = corpus(tmp_path, "articles:\n  wire.txt:\n    outlet: Coastwire\n")
    app = make_app(corpus=root)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        (root / "corpus.yaml").write_text(
            "articles:\n  wire.txt:\n    outlet: Coastwire\n    outlet: Coast Wire Daily\n", "utf-8"
        )
        listed = await open_list(pilot, app)
        assert any("corpus.yaml:4:" in r for r in listed), listed
