"""The corpus grouping of names worked out once for the entity matrix and the Quotes screen
(issue 13, round s35-p: on 221 articles each screen's first open grouped the whole corpus again,
~0.4 s of CPU each), and worked out again when a file changes.

A lone surname ("Sorvaag said") is named by the full name another article gives; the grouping
decides that name, so a grouping kept across an edit of the full name would name the speaker
wrongly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.analysis.entities import grouping
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.quotes import QuotesScreen

FULL = "Harbour reopens\n\n{name}, the harbour chief, said the quay would reopen on Monday.\n"
SURNAME = 'Ferry strike\n\n"We will sail again this week," {surname} said on Tuesday.\n'
OTHER = "Ferry union vote\n\nThe Halvik Ferry Union said 300 workers had voted to return.\n"


def corpus(root: Path, name: str, surname: str) -> Path:
    root.mkdir()
    (root / "a_full.txt").write_text(FULL.format(name=name), "utf-8")
    (root / "b_surname.txt").write_text(SURNAME.format(surname=surname), "utf-8")
    (root / "c_other.txt").write_text(OTHER, "utf-8")
    return root


def counting_groups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = grouping.group

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(grouping, "group", counted)
    return calls


@pytest.mark.parametrize(
    ("first", "then", "surname"),
    [("Ingrid Sorvaag", "Marit Sorvaag", "Sorvaag"), ("Kwame Mensah", "Kofi Mensah", "Mensah")],
)
async def test_matrix_then_quotes_group_once_and_again_after_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str, then: str, surname: str
) -> None:
    root = corpus(tmp_path / "c", first, surname)
    calls = counting_groups(monkeypatch)
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityMatrixScreen) and app.screen.matrix is not None
        assert any(r.entity.name == first for r in app.screen.matrix.rows)
        await pilot.press("escape")
        await settle(pilot)
        before = calls[0]
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen) and screen.sheet is not None
        assert first in [s.name for s, _ in screen.speakers]  # the surname named in full
        assert calls[0] == before  # the matrix's grouping, not worked out again
        await pilot.press("escape")
        await settle(pilot)
        quoted = [q.text for _, sts in screen.speakers for st in sts for q in st.members]
        assert any("sail again this week" in t for t in quoted), quoted
        # The full name edited: the next screen names the speaker by the new one; the quote
        # edited: its new words, not those the index kept of the file before.
        (root / "a_full.txt").write_text(FULL.format(name=then) + "\nUpdated on Wednesday.\n", "utf-8")
        (root / "b_surname.txt").write_text(
            SURNAME.format(surname=surname).replace("sail again this week", "sail on Friday at dawn"), "utf-8"
        )
        app.check_folder()
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen) and screen.sheet is not None
        names = [s.name for s, _ in screen.speakers]
        assert then in names and first not in names, names
        assert calls[0] == before + 1
        quoted = [q.text for _, sts in screen.speakers for st in sts for q in st.members]
        assert any("sail on Friday at dawn" in t for t in quoted) and not any("this week" in t for t in quoted)


def test_the_workspace_groups_again_for_other_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the app: entities() then quotes() group once; a file edited, once more."""
    root = corpus(tmp_path / "c", "Ingrid Sorvaag", "Sorvaag")
    calls = counting_groups(monkeypatch)
    ws = Workspace(root, tmp_path / "ix")
    assert any(e.name == "Ingrid Sorvaag" for e in ws.entities().entities)
    ws.quotes()
    assert calls[0] == 1
    (root / "a_full.txt").write_text(FULL.format(name="Marit Sorvaag") + "\nUpdated.\n", "utf-8")
    ws.rescan()
    names = [e.name for e in ws.entities().entities]
    assert "Marit Sorvaag" in names and "Ingrid Sorvaag" not in names
    assert calls[0] == 2


QUAKE = Path(__file__).parents[1] / "fixtures" / "quake"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_quotes_speaker_cells_out_of_view_are_not_made(tmp_path: Path, size: tuple[int, int]) -> None:
    """The speaker table's article columns are made when drawn (DataTable measured every cell it
    was given by rendering it: one column per article, ~0.3 s of the UI thread on a first `Q` of
    221 articles, round s35-p); the last one once the cursor is taken to it."""
    from textual.coordinate import Coordinate

    from waic_reader.tui.screens.quotes import SpeakerTable
    from waic_reader.tui.widgets.sheet_table import LazyCell

    root = tmp_path / "c"
    root.mkdir()
    for f in QUAKE.glob("*.txt"):
        (root / f.name).write_bytes(f.read_bytes())
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        table = app.screen.query_one(SpeakerTable)
        # The columns do not all fit: the table holds those in view (since round s39-p; before,
        # it held them all and made the cells of those drawn), each cell made when drawn.
        assert len(table.columns) - 1 < table.scrolled_count
        cells = table.get_row_at(0)[2:]  # name, total, then one column per article in view
        assert cells and all(isinstance(c, LazyCell) for c in cells)
        assert all(c._content is not None for c in cells)  # drawn
        table.show_scrolled(table.scrolled_count - 1, row=0)  # the last article's column
        await settle(pilot)
        last = len(table.columns) - 1
        assert table.scrolled_index(last) == table.scrolled_count - 1
        cell = table.get_cell_at(Coordinate(0, last))
        shown = "".join(s.text for s in table.render_line(table.header_height))
        assert cell.plain.strip() and cell.plain.strip() in shown, (cell.plain, shown)
