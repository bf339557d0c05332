"""The entities × outlets matrix, the fact sheet and the library at narrow widths (issue 13,
t13b fault 4).

Reported at 60x20: the matrix's entity column was 31 cells and its label column 13, so one outlet
column was in view, and the heading was cut with no sign ("13 shown: all names (figures"). Now
the names narrow (cut with "…", the detail line naming the cursor's row whole) and the labels
shorten ("Org.") so at least three outlet columns are in view from 60 columns; every one-line
heading and status line, and every table header too wide for its column, ends in "…".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle, then
from textual.widgets import Static

from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.screens.fact_sheet import FactSheetScreen, FactTable

PARAGRAPH = (
    "{a} met {b} at the Varnholt Maritime Authority in Lisvenna on Thursday. "
    "About 60 crew members were rescued, the Varnholt Maritime Authority said.\n\n"
    "{b} said the Corvath Bulk Carriers Consortium would pay 2 million euros.\n"
)


def write_corpus(
    root: Path, outlets: list[str], names: tuple[str, str], folder: str = "corpus", stem: str = "report"
) -> Path:
    """One invented story in ``len(outlets)`` articles, each from one outlet, naming ``names``
    (files ``00_{stem}.txt``, ``01_{stem}.txt``...)."""
    corpus = root / folder
    corpus.mkdir()
    meta = ["articles:"]
    for i, outlet in enumerate(outlets):
        (corpus / f"{i:02d}_{stem}.txt").write_text(
            f"Freighter aground off Lisvenna, report {i}\n\n" + PARAGRAPH.format(a=names[0], b=names[1]), "utf-8"
        )
        meta += [f"  {i:02d}_{stem}.txt:", f"    outlet: {outlet}"]
    (corpus / "corpus.yaml").write_text("\n".join(meta) + "\n", "utf-8")
    return corpus


REPORTED = (["Meridian Wire", "Daily Clarion", "Radio Valdoria", "Fenwick Ledger"], ("Elsa Brandvik", "Tomas Quill"))
LONG_OUTLETS = (
    ["Associated Harbour Press", "Evening Lantern", "Northshore Broadcasting", "The Quayside Courier", "Ferrylink"],
    ("Maximiliane Oberholzer-Vasquez", "Tomas Quill"),
)


def drawn(widget: Static) -> str:
    return "".join(strip.text for strip in widget.render_lines(widget.region.reset_offset)).rstrip()


def outlets_in_view(table: MatrixTable, docs: int) -> int:
    """How many outlet columns are whole on screen beside the name and label columns."""
    view = table.scrollable_content_region.width
    x, seen = 0, 0
    for i, column in enumerate(table.ordered_columns):
        x += column.get_render_width(table)
        if x > view:
            break
        if 2 <= i < 2 + docs:
            seen += 1
    return seen


async def open_matrix(pilot) -> EntityMatrixScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("E")
    await settle(pilot)
    matrix = pilot.app.screen
    assert isinstance(matrix, EntityMatrixScreen) and matrix.matrix is not None
    return matrix


@pytest.mark.parametrize(
    ("size", "corpus"),
    [((60, 20), REPORTED), ((60, 20), LONG_OUTLETS), ((72, 24), LONG_OUTLETS)],
    ids=["reported", "long-names-60", "long-names-72"],
)
async def test_three_outlet_columns_in_view_and_the_name_whole_below(tmp_path: Path, size, corpus) -> None:  # type: ignore[no-untyped-def]
    outlets, names = corpus
    app = make_app(corpus=write_corpus(tmp_path, outlets, names))
    async with app.run_test(size=size) as pilot:
        matrix = await open_matrix(pilot)
        table = matrix.query_one(MatrixTable)
        assert outlets_in_view(table, len(outlets)) >= 3, [c.get_render_width(table) for c in table.ordered_columns]
        # The longest name is cut in its cell; on its row, the detail line names it whole.
        longest = max(matrix.shown, key=lambda r: len(r.entity.name))
        row = matrix.shown.index(longest)
        cell = table.get_cell_at(table.cursor_coordinate._replace(row=row, column=0))
        if len(longest.entity.name) > table.ordered_columns[0].width:
            assert cell.plain.endswith("…"), cell.plain
        table.move_cursor(row=row, column=0)
        await pilot.pause()
        assert longest.entity.name in str(matrix.query_one("#matrix-detail", Static).render())
        widget = matrix.query_one("#matrix-heading", Static)
        heading, whole = drawn(widget).strip(), matrix._heading().plain
        assert heading == whole if len(whole) <= widget.content_region.width else heading.endswith("…"), heading


async def test_the_fact_sheet_heading_status_and_headers_end_in_an_ellipsis(tmp_path: Path) -> None:
    app = make_app(corpus=write_corpus(tmp_path, *LONG_OUTLETS))
    async with app.run_test(size=(50, 20)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        for name in ("#coverage-heading", "#coverage-status"):
            text = drawn(sheet.query_one(name, Static))
            assert text.endswith("…"), text
        table = sheet.query_one(FactTable)
        headers = [str(c.label) for c in table.ordered_columns]
        values = headers[2]
        assert values.endswith("…") and len(values) <= table.ordered_columns[2].width, headers


async def test_the_library_heading_ends_in_an_ellipsis(tmp_path: Path) -> None:
    """A long folder name and a cut doc id named in the heading: it ends in "…" at 60 columns
    (ids longer than the narrow Doc column's 16 cells: shorter ones show whole there, t13u F13,
    and the heading names none)."""
    corpus = write_corpus(
        tmp_path, *REPORTED, folder="coverage_of_the_lisvenna_freighter_grounding", stem="report_from_the_lisvenna_desk"
    )
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        heading = drawn(app.screen.query_one("#library-heading", Static))
        assert heading.endswith("…"), heading


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
def test_matrix_snapshot(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """E on four outlets: at 60x20 names cut with "…", labels short, three outlets and the heading's
    "…"; at 120x40 the name column as wide as the longest name, the labels whole."""
    app = make_app(corpus=write_corpus(tmp_path, *LONG_OUTLETS))
    assert snap_compare(app, terminal_size=size, run_before=then("E", "down", "down"))


def test_matrix_widths_leave_three_outlet_columns_from_60_columns() -> None:
    """Every width from 60 up, any number of outlets and any longest name: three outlet columns
    (or all, when fewer) fit beside the names and labels; wide screens keep the labels whole."""
    from waic_reader.tui.screens.entity_matrix import LABEL_WIDTH, NAME_MIN, PAD, SCROLLBAR, matrix_widths

    for width in range(60, 161, 4):
        for docs in (1, 2, 3, 4, 9, 40):
            for widest in (6, 14, 22, 30, 55):
                name, label, count = matrix_widths(width, docs, widest)
                assert NAME_MIN <= name <= max(NAME_MIN, min(30, widest))
                used = name + PAD + label + PAD + min(3, docs) * (count + PAD)
                assert used <= width - SCROLLBAR, (width, docs, widest, name, label, count)
                if width >= 120:
                    assert label == LABEL_WIDTH


def test_short_labels_are_distinct_and_short() -> None:
    from waic_reader.index.analysis.entities.labels import LABEL_SHORT, LABEL_WORDS, SHORT_WIDTH, label_short

    assert set(LABEL_SHORT) == set(LABEL_WORDS)
    assert len(set(LABEL_SHORT.values())) == len(LABEL_SHORT)
    assert all(len(label_short(code)) <= SHORT_WIDTH for code in [*LABEL_WORDS, "SOME_NEW_LABEL"])


def test_short_labels_read_as_the_labels_the_app_shows() -> None:
    """A short label is its name cut or abbreviated, its letters in the name's order from one of
    its words ("Org." Organisation, "Pct." Percent, "Group" Nationality or group); "Loc." for
    "Other place" was the code's word, read nowhere else in the app (t13l F15)."""
    from waic_reader.index.analysis.entities.labels import LABEL_SHORT, label_name

    def abbreviates(short: str, name: str) -> bool:
        letters = short.rstrip(".…").lower()
        for word_start in [0] + [i + 1 for i, c in enumerate(name) if c == " "]:
            rest = iter(name[word_start:].lower())
            if name[word_start:].lower().startswith(letters[:1]) and all(c in rest for c in letters):
                return True
        return False

    assert {code: short for code, short in LABEL_SHORT.items() if not abbreviates(short, label_name(code))} == {}
