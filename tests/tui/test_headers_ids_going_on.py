"""Two articles of one outlet whose ids differ only in what one adds to the other (a page and its
saved copy, "reykjavik-courier" and "reykjavik-courier-saved") are told apart on every screen
by the part of the ids that differs, never the start they share (t13as N14, N17: compare's A/B
headings showed the same outlet and title with no doc id; the matrix headed the columns
"courier…" and "courier", and the Quotes grid "The Reykja… (reykjavik-courier-…)", the
distinguishing "saved" cut off). One helper, ``distinct_tails``, gives the part; ``source_names``
heads the columns and compare's headings with it. The reported ids and two variants: a saved copy
in a folder ("web/alpine-courier-derailment" and "…-saved2") and a dotted update
("notes/ferry.update" beside "notes/ferry")."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import make_app, settle

from waic_reader.index.analysis.facts.display import distinct_tails, source_names
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.widgets.clamped_heading import ClampedHeading

CASES = [
    ("The Reykjavik Courier", "reykjavik-courier", "reykjavik-courier-saved", "saved"),  # reported
    ("Alpine Courier", "web/alpine-courier-derailment", "web/alpine-courier-derailment-saved2", "saved2"),
    ("Ferry Notes", "notes/ferry", "notes/ferry.update", "update"),
]
BODY = "Governor Ana Reyes said the Harbour Authority closed the port of Lucena on Monday.\n"


def article(doc: str, outlet: str) -> Article:
    return Article(
        doc,
        Path(f"/c/{doc}.txt"),
        BODY,
        "utf-8",
        title="Port",
        title_derived=False,
        outlet=outlet,
        outlet_derived=False,
    )


@pytest.mark.parametrize(("outlet", "page", "copy", "part"), CASES)
def test_the_part_that_differs_is_the_copys_tail(outlet: str, page: str, copy: str, part: str) -> None:
    tails = distinct_tails([page, copy])
    assert tails[copy] == part
    assert tails[page] and not part.startswith(tails[page]) and tails[page] != tails[copy]


@pytest.mark.parametrize(("outlet", "page", "copy", "part"), CASES)
@pytest.mark.parametrize("width", [8, 12, 20, 30, 44, None])
def test_columns_are_headed_by_the_part_that_differs(
    outlet: str, page: str, copy: str, part: str, width: int | None
) -> None:
    names = source_names([article(page, outlet), article(copy, outlet)], width=width, cells=cell_len, cut_ids=True)
    assert names[page] != names[copy], names
    assert part in names[copy], names  # what tells them apart is never cut
    shared = page.rsplit("/", 1)[-1]
    assert not names[copy].rstrip(")").endswith(f"{shared}-…"), names
    if width is not None:
        assert all(cell_len(n) <= width for n in names.values()), names


def corpus(tmp_path: Path, page: str, copy: str, outlet: str) -> Path:
    root = tmp_path / "corpus"
    for doc in (page, copy):
        path = root / f"{doc}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Port of Lucena closed\nBy {outlet}\n\n{BODY}", "utf-8")
    (root / "corpus.yaml").write_text(
        f"articles:\n  {page}.txt:\n    outlet: {outlet}\n  {copy}.txt:\n    outlet: {outlet}\n", "utf-8"
    )
    return root


@pytest.mark.parametrize(("outlet", "page", "copy", "part"), CASES)
async def test_compare_headings_name_the_ids(tmp_path: Path, outlet: str, page: str, copy: str, part: str) -> None:
    app = make_app(compare=(page, copy), corpus=corpus(tmp_path, page, copy, outlet))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        a = app.screen.query_one("#head-a", ClampedHeading).text
        b = app.screen.query_one("#head-b", ClampedHeading).text
        assert f"({page})" in a and f"({copy})" in b, (a, b)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_matrix_heads_a_page_and_its_copy_apart(tmp_path: Path, size: tuple[int, int]) -> None:
    outlet, page, copy, part = CASES[0]
    app = WaicReaderApp(Workspace(corpus(tmp_path, page, copy, outlet), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        headers = {
            str(k.value): str(c.label).strip()
            for k, c in table.columns.items()
            if str(k.value) not in ("name", "label", "total")
        }
        assert set(headers) == {page, copy}, headers
        assert part in headers[copy] and headers[page] != headers[copy], headers
