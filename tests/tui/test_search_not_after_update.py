"""Round s35-m (issue 15, t13z H9), in the app: the search screen's ``NOT velmont`` finds no
article when both say "Velmont", after corpus.yaml's outlet of one of them was edited while the
app runs (reported after ``ctrl+r``: the app found ``wire/nordwire-0312`` under its old outlet,
the index's deleted copy of it). Variants: the edit taken in by the folder check with the
search screen open on the query, and a file removed and one added while the app runs."""

from __future__ import annotations

import shutil
from pathlib import Path

from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.search import SearchScreen

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "t13z_h9"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "v12"
    shutil.copytree(FIXTURE, root)
    return root


async def ready(pilot, app: WaicReaderApp) -> None:  # type: ignore[no-untyped-def]
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)


def shown(screen: SearchScreen) -> tuple[int, list[tuple[str, str | None]]]:
    """The search's count and its hits (doc, outlet), each checked to be an article listed now
    with the outlet its row gives."""
    assert screen.results is not None
    rows = {r["doc"]: r for r in screen.app.workspace.list_rows()}
    hits = [(h.doc, h.outlet) for h in screen.results.hits]
    for doc, outlet in hits:
        assert doc in rows and rows[doc]["outlet"] == outlet, (doc, outlet)
    return screen.results.total, hits


def status(screen: SearchScreen) -> str:
    return str(screen.query_one("#search-status").render())


async def test_not_velmont_after_the_outlet_edited_and_ctrl_r(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot, app)
        meta = root / "corpus.yaml"
        meta.write_text(meta.read_text("utf-8").replace("outlet: Nordwire", "outlet: Reuters"), "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("slash", *"NOT velmont")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert shown(search) == (0, [])  # reported: 1, wire/nordwire-0312 as Nordwire
        assert status(search) == "No article matches NOT velmont"
        await pilot.press("ctrl+u", *"NOT ransom")  # "ransom": the wire's alone
        await settle(pilot)
        assert shown(search) == (1, [("pages/kesterbridge-echo", "Kesterbridge Echo")])
        await pilot.press("ctrl+u", *"velmont")
        await settle(pilot)
        total, hits = shown(search)
        assert total == 2 and ("wire/nordwire-0312", "Reuters") in hits


async def test_not_velmont_open_while_the_folder_check_takes_the_edit_in(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot, app)
        await pilot.press("slash", *"NOT velmont")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and shown(search) == (0, [])
        meta = root / "corpus.yaml"
        meta.write_text(
            meta.read_text("utf-8").replace("date: 2026-03-12T09:00:00", "date: 2026-03-12T07:45:00"), "utf-8"
        )
        app.check_folder()  # what the app's timer runs; the search is run again on the new index
        await settle(pilot)
        assert shown(search) == (0, [])
        assert status(search) == "No article matches NOT velmont"


async def test_not_velmont_after_a_file_removed_and_one_added(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot, app)
        (root / "wire" / "nordwire-0312.txt").unlink()
        (root / "wire" / "baltpost-0313.txt").write_text(
            "Velmont General reopens wards\n\nBALTPOST, March 13 - Velmont General Hospital reopened two "
            "wards on Friday after its systems were restored, the trust said.\n",
            "utf-8",
        )
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("slash", *"NOT velmont")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert shown(search) == (0, [])
        await pilot.press("ctrl+u", *"NOT reopened")
        await settle(pilot)
        assert shown(search) == (1, [("pages/kesterbridge-echo", "Kesterbridge Echo")])
