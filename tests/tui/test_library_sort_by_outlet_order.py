"""``s`` to "outlet" in the library puts every row in outlet order, A–Z regardless of letter
case, rows without an outlet last, and rows of one outlet in folder order (the sort is stable);
pressing ``s`` again goes on to the next sort and, round the cycle, back to the same outlet order
(issue 13, row 45 of the review: only the first row, "AP", was checked). The reported corpus is
tests/fixtures/coverage_mix; two invented ones add outlets that differ only in letter case,
several articles of one outlet and several without one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snapshot_app import COVERAGE_MIX, make_app, settle

from waic_reader.tui.screens.library import SORTS, LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

SIZES = [(120, 40), (60, 20)]


def mixed_case(root: Path) -> Path:
    """Outlets whose letter case would sort them apart as plain text ("bbc" after "Zeit")."""
    corpus = root / "mixed"
    corpus.mkdir()
    outlets = {"a1": "Zeit Online", "a2": "bbc", "a3": "Associated Press", "a4": None, "a5": "BBC", "a6": "ap"}
    for doc in outlets:
        (corpus / f"{doc}.txt").write_text(f"Story {doc}\n\nThe bridge reopened on Monday.\n", "utf-8")
    entries = "".join(f"  {doc}.txt:\n    outlet: {name}\n" for doc, name in outlets.items() if name)
    (corpus / "corpus.yaml").write_text(f"articles:\n{entries}", "utf-8")
    return corpus


def many_of_one(root: Path) -> Path:
    """Ids in natural order (2 before 10), an outlet shared by four, two without any."""
    corpus = root / "many"
    corpus.mkdir()
    outlets = {
        "10": "Reuters",
        "2": "Reuters",
        "3": "Agence France-Presse",
        "11": None,
        "1": "Reuters",
        "20": "Reuters",
        "4": None,
        "5": "NHK",
    }
    for doc in outlets:
        (corpus / f"{doc}.txt").write_text(f"Report {doc}\n\nThe ferry ran again on Tuesday.\n", "utf-8")
    entries = "".join(f"  {doc}.txt:\n    outlet: {name}\n" for doc, name in outlets.items() if name)
    (corpus / "corpus.yaml").write_text(f"articles:\n{entries}", "utf-8")
    return corpus


def by_outlet(rows: list[dict[str, Any]]) -> list[str]:
    """The order the README promises, worked out here: outlet A–Z ignoring case, none last,
    ties in the order the library first lists the rows (folder order)."""
    place = {r["doc"]: i for i, r in enumerate(rows)}
    return [
        r["doc"]
        for r in sorted(
            rows, key=lambda r: (not r.get("outlet"), str(r.get("outlet") or "").casefold(), place[r["doc"]])
        )
    ]


async def press_s_until(pilot, library: LibraryScreen, sort: str | None) -> None:  # type: ignore[no-untyped-def]
    for _ in SORTS:
        if library.sort == sort:
            return
        await pilot.press("s")
        await settle(pilot)
    assert library.sort == sort


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("corpus", ["coverage_mix", "mixed_case", "many_of_one"])
async def test_every_row_is_in_outlet_order_and_s_goes_on(tmp_path: Path, size: tuple[int, int], corpus: str) -> None:
    root = {
        "coverage_mix": lambda: COVERAGE_MIX,
        "mixed_case": lambda: mixed_case(tmp_path),
        "many_of_one": lambda: many_of_one(tmp_path),
    }[corpus]()
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        table = library.query_one(ArticleTable)
        folder = list(table.keys)
        rows = {r["doc"]: r for r in app.workspace.list_rows()}
        want = by_outlet([rows[doc] for doc in folder])
        assert want != folder  # else this corpus could not tell the orders apart
        await press_s_until(pilot, library, "outlet")
        assert list(table.keys) == want
        # What the user reads: the outlet column, top to bottom, in that order, "—" (none) last.
        shown = [rows[doc].get("outlet") or "—" for doc in table.keys]
        named = [o for o in shown if o != "—"]
        assert named == sorted(named, key=str.casefold) and shown == named + ["—"] * (len(shown) - len(named))
        assert table.cursor_row == 0
        # s again: the next sort (title), then round the cycle to the same outlet order.
        await pilot.press("s")
        await settle(pilot)
        assert library.sort == SORTS[SORTS.index("outlet") + 1] and list(table.keys) != want
        await press_s_until(pilot, library, None)
        assert list(table.keys) == folder
        await press_s_until(pilot, library, "outlet")
        assert list(table.keys) == want
