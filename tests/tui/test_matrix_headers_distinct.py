"""The entities × outlets matrix never shows two columns alike (issue 13, session 15 #3e).

Reported: two columns headed the same outlet name: one outlet spelt two ways ("Reuters",
"reuters"), and two long names cut to the same start in a narrow column. Headers now take the
corpus's one spelling of each outlet, articles of one outlet get the start of their doc ids that
tells them apart, and headers that would read alike once fitted to the column get theirs too,
kept whole at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import settle

from waic_reader.index.analysis.facts.display import source_names
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable

BODY = "Premier Li Qiang opened the Shanghai summit, where delegates from Geneva met Unitree engineers.\n"
LONG = "Associated Press International Wire Service"


def column_names(articles: list[Article], width: int | None = None) -> dict[str, str]:
    """Names as the matrix and Quotes columns are headed: ids cut to the start that tells them apart."""
    return source_names(articles, width=width, cells=cell_len, cut_ids=True)


def article(doc: str, outlet: str | None) -> Article:
    return Article(
        doc,
        Path(f"/c/{doc}.txt"),
        BODY,
        "utf-8",
        title="Summit",
        title_derived=False,
        outlet=outlet,
        outlet_derived=False,
    )


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    outlets = {"a1": "Reuters", "a2": "reuters", "b1": f"{LONG} Asia", "b2": f"{LONG} Europe", "c1": "Kyodo"}
    for doc in outlets:
        (root / f"{doc}.txt").write_text(f"Summit {doc}\n\n{BODY}", "utf-8")
    entries = "".join(f"  {doc}.txt:\n    outlet: {outlet}\n" for doc, outlet in outlets.items())
    (root / "corpus.yaml").write_text(f"articles:\n{entries}", "utf-8")
    return root


async def test_the_matrix_headers_are_all_distinct_at_every_width(tmp_path: Path) -> None:
    """The reported case: "Reuters" and "reuters", and two long names cut alike."""
    root = corpus(tmp_path)
    for width in (120, 80):
        app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            await app.push_screen(EntityMatrixScreen())
            await settle(pilot)
            table = app.screen.query_one(MatrixTable)
            # Every article's header, the table's window of columns moved over them all (it holds
            # only the columns in view since round s39-p): key → (header, its column's width).
            seen: dict[str, tuple[str, int]] = {}
            while True:
                for key, c in table.columns.items():
                    if str(key.value) not in ("name", "label", "total"):
                        seen[str(key.value)] = (str(c.label).strip(), c.width)
                if not table.move_window(table.first + 1):
                    break
            headers = [h for h, _ in seen.values()]
            assert len(headers) == 5 and len({h.casefold() for h in headers}) == 5, headers
            assert all(cell_len(h) <= width for h, width in seen.values())
            assert "Kyodo" in headers
            screen = app.screen
            assert isinstance(screen, EntityMatrixScreen)  # whole in the detail line: one spelling, told apart
            assert screen.headers["a1"] == "Reuters (a1)" and screen.headers["a2"] == "Reuters (a2)"


def test_one_outlet_spelt_two_ways_is_told_apart_by_doc_ids() -> None:
    names = column_names([article("003_bfd2", "Reuters"), article("004_f1cc", "reuters "), article("x", "AP")])
    assert names == {"003_bfd2": "Reuters (003_bfd2)", "004_f1cc": "reuters (004_f1cc)", "x": "AP"}
    # Ids sharing their first six characters: as long a start as tells them apart.
    names = column_names([article("story-0001", "AP"), article("story-0002", "AP")])
    assert names == {"story-0001": "AP (story-0001)", "story-0002": "AP (story-0002)"}


def test_headers_cut_to_a_column_stay_distinct_and_fit() -> None:
    arts = [article("b1", f"{LONG} Asia"), article("b2", f"{LONG} Europe"), article("k", "Kyodo")]
    for width in (8, 12, 20):
        names = column_names(arts, width=width)
        assert len(set(names.values())) == 3, names
        assert all(cell_len(n) <= width for n in names.values()), names
        assert names["k"] == "Kyodo"
    assert column_names(arts, width=12)["b1"].endswith("(b1)")
    # Articles with no outlet are headed by their doc ids: two that share their start keep their ends.
    ids = column_names([article("report-2025-03-14-a", None), article("report-2025-03-14-b", None)], width=10)
    assert ids == {"report-2025-03-14-a": "repor…14-a", "report-2025-03-14-b": "repor…14-b"}


@pytest.mark.parametrize(
    ("docs", "want"),
    [
        # Reported (issue 13, fresh tester, F9): "Reuters (reuter)" and "Reuters (wire2_)", ids
        # cut to 6 characters with no mark: short ids are now whole.
        (["reuters_kb", "wire2_kb"], ["Reuters (reuters_kb)", "Reuters (wire2_kb)"]),
        # Long ids: the start that tells them apart, and an ellipsis where it is cut.
        (
            ["003_bfd2f6d8fca4147f", "004_f1cc412f47765c46"],
            ["Reuters (003_bf…)", "Reuters (004_f1…)"],
        ),
        (
            ["wire-2026-11-04-kestrel-a", "wire-2026-11-04-kestrel-b"],
            ["Reuters (wire-2026-11-04-kestrel-a)", "Reuters (wire-2026-11-04-kestrel-b)"],
        ),
    ],
)
def test_same_outlet_ids_are_whole_or_end_in_an_ellipsis(docs: list[str], want: list[str]) -> None:
    names = column_names([article(doc, "Reuters") for doc in docs])
    assert [names[doc] for doc in docs] == want
    for doc, name in names.items():
        tag = name[name.index("(") + 1 : -1]
        assert tag == doc or (tag.endswith("…") and doc.startswith(tag[:-1])), (doc, name)
