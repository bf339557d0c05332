"""The Entities × outlets screen and the fact sheet say which articles are in a language whose
names and figures are not read (issue 13, t13n F19): the Chinese Xinhua article's column was "·"
on every row and the sheet left it out of every fact, as an outlet that reported nothing. Now
the heading names it ("not analysed: 新华社 (Chinese)"), the matrix's cells in its column read
"n/a" and the detail line at one gives the reason. The report's Chinese article, and two of my
own: Japanese and Korean. Invented articles; the outlet names given as markup-looking text are
shown as written (built as Content, never markup)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle, workers_done
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

ENGLISH = (
    "Blast at Alcobrena chemical plant kills five\n\n"
    "Five people were killed and 21 injured when an explosion tore through the Quimibral plant in "
    "Alcobrena on Sunday, Mayor Maria Fernandes said. About 1,500 residents were evacuated.\n"
)
OTHER = (
    "Alcobrena counts the cost\n\n"
    "Mayor Maria Fernandes said 1,500 residents had been evacuated from Alcobrena and 21 people injured.\n"
)
NOT_ANALYSED_CELL = "n/a"  # a cell of its column (entity_matrix.NOT_ANALYSED_CELL)
CASES = {
    "chinese": (
        "新华社",
        "Chinese",
        "葡萄牙中部化工厂爆炸 死亡人数升至五人\n\n"
        "新华社里斯本5月4日电 葡萄牙中部城市阿尔科布雷纳一家化工厂3日发生爆炸，截至4日，事故已造成5人死亡、21人受伤。"
        "约1500名居民被紧急疏散。\n",
    ),
    "japanese": (
        "[b]共同通信[/b]",
        "Japanese",
        "大阪の倉庫で火災 作業員3人けが\n\n"
        "4日午後、大阪市此花区の物流倉庫で火災が発生し、作業員3人が病院に運ばれた。約200人が近くの学校に避難したという。\n",
    ),
    "korean": (
        "연합뉴스",
        "Korean",
        "울산 정유공장 화재로 2명 부상\n\n"
        "4일 오전 울산의 한 정유공장에서 불이 나 작업자 2명이 다쳤다고 소방당국이 밝혔다. 인근 주민 300여 명이 대피했다.\n",
    ),
}


def corpus_for(tmp_path: Path, case: str) -> Path:
    outlet, _language, text = CASES[case]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-wire.txt").write_text(ENGLISH, "utf-8")
    (corpus / "b-paper.txt").write_text(OTHER, "utf-8")
    (corpus / "c-local.txt").write_text(text, "utf-8")
    (corpus / "corpus.yaml").write_text(f'articles:\n  c-local.txt:\n    outlet: "{outlet}"\n', "utf-8")
    return corpus


def heading(app: WaicReaderApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


@pytest.mark.parametrize("case", list(CASES))
async def test_matrix_column_said_not_analysed(case: str, tmp_path: Path) -> None:
    outlet, language, _ = CASES[case]
    app = WaicReaderApp(Workspace(corpus_for(tmp_path, case), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        await workers_done(app)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
        said = heading(app, "#matrix-heading")
        assert f"not analysed: {outlet} ({language})" in said, said
        table = screen.query_one(DataTable)
        column = 2 + list(screen.matrix.articles).index("c-local")
        cells = [table.get_cell_at(Coordinate(r, column)).plain for r in range(table.row_count)]
        assert cells and all(c == NOT_ANALYSED_CELL for c in cells), cells
        table.move_cursor(row=0, column=column)
        await settle(pilot)
        detail = heading(app, "#matrix-detail")
        assert "not analysed" in detail and language in detail, detail
        # The English articles' columns count as before.
        english = [table.get_cell_at(Coordinate(r, 2)).plain for r in range(table.row_count)]
        assert NOT_ANALYSED_CELL not in english


@pytest.mark.parametrize("case", list(CASES))
async def test_fact_sheet_heading_says_not_analysed(case: str, tmp_path: Path) -> None:
    outlet, language, _ = CASES[case]
    app = WaicReaderApp(Workspace(corpus_for(tmp_path, case), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        await workers_done(app)
        await settle(pilot)
        assert isinstance(app.screen, FactSheetScreen)
        said = heading(app, "#coverage-heading")
        assert f"not analysed: {outlet} ({language})" in said, said
        assert "in disagreement" in said  # the counts still shown
