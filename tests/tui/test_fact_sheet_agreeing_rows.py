"""The fact sheet screen on the report s21-d (#16) and its variants (corpora:
tests/fact_corpora.py), as the table draws the rows.

(a) "At least 7 people were taken to hospital" and "9 people were taken to hospital" are one row,
*people taken to hospital*, showing both values, agreeing (a lower bound the larger figure meets).
(b) An agreeing row shows each amount once with its sources, never an arrow ("300 → about 290 →
300" read as a figure that changed); a row that disagrees keeps its date-ordered arrow."""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_corpora import (
    DISTANCE_UNITS,
    EVACUATED_INTERLEAVED,
    EVACUATED_SAME,
    HOSPITAL_REPORTED,
    HOSPITAL_VERBS,
    TOLL_CHANGED,
    write,
)
from snapshot_app import settle, workers_done

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen, FactTable

pytestmark = pytest.mark.usefixtures("utc")  # dates shown in UTC (tests/conftest.py)


async def drawn_row(tmp_path: Path, files: dict[str, str], label: str) -> tuple[str, str, int]:
    """The status and values cells of the row ``label`` as the fact sheet's table draws them,
    and how many articles the row's fact has."""
    corpus = write(tmp_path / "c", files)
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen)
        await workers_done(app)
        await settle(pilot)
        assert screen.sheet is not None
        labels = [f.label for f in screen.rows]
        assert labels.count(label) == 1, labels
        row = labels.index(label)
        table = screen.query_one(FactTable)
        table.move_cursor(row=row)
        await settle(pilot)
        cells = table.get_row_at(row)
        status, values = (cells[1].content.plain, cells[2].content.plain)  # type: ignore[union-attr]
        return status, " ".join(values.split()), screen.rows[row].sources  # the cell's lines as one


@pytest.mark.parametrize(
    ("files", "label", "shown"),
    [  # (a) with every article's value in the one row; (b) also "All 300 people who were evacuated"
        # (a) reported: one row, both values, agreeing
        (HOSPITAL_REPORTED, "people taken to hospital", ["at least 7 (14 Mar 07:10, Northwire)", "9 (14 Mar 12:00"]),
        # (a) variant: three verbs, one row
        (HOSPITAL_VERBS, "people taken to hospital", ["at least 7 (14 Mar 07:10, Northwire)", "9 (14 Mar 12:00"]),
        # (b) reported kind: agreeing values interleaved with another wording, each amount once
        (EVACUATED_INTERLEAVED, "people evacuated", ["300 (14 Mar 07:10, Northwire", "about 290 (14 Mar 12:00"]),
        # (b) variants: every outlet 300; one distance in two units
        (EVACUATED_SAME, "people evacuated", ["300 (14 Mar 07:10, Northwire"]),
        # (one amount in two units, one entry since round s37-f: t13ac M24)
        (DISTANCE_UNITS, "distance to Oresund City", ["40 km (1 May 06:00, Northwire", "25 mi: 1 May 09:00"]),
    ],
)
async def test_an_agreeing_row_is_drawn_without_arrows(
    tmp_path: Path, files: dict[str, str], label: str, shown: list[str]
) -> None:
    status, values, sources = await drawn_row(tmp_path, files, label)
    # (300 and "about 290" are near figures, no rounding of one another: "near", no arrow either; t13aq N7)
    assert status in ("agree", "near"), (status, values)
    assert sources == len(files), (sources, values)
    assert "→" not in values, values
    for said in shown:
        assert values.count(said) == 1, (said, values)
    # each amount once: "300" opens one entry only
    assert values.count("300 (") <= 1, values


async def test_a_changed_toll_is_drawn_with_its_arrow(tmp_path: Path) -> None:
    status, values, _sources = await drawn_row(tmp_path, TOLL_CHANGED, "death toll")
    assert status == "DISAGREE" and values.startswith("12 (14 Mar 08:00, Northwire) → 14 (15 Mar 08:00"), values
