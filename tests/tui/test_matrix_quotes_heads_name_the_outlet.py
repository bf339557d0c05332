"""The matrix's (`E`) and Quotes' (`Q`) column headers name the outlet of a feed's or an export's
articles, not only their item id (t13az N13: `CBV News  001  002` for three Monitor Wire records,
`exports/records#mon-001` …; t13ay N10: `1  2  3` for `exports/newsdesk#1..3`, Baltic Energy
Monitor). A column too narrow for the outlet whole beside its tag now shows the outlet cut with the
short part of the id that tells the outlet's articles apart ("Mon… (001)", "Bal… (1)"), as the
fact sheet names them ("Monitor Wire (exports/records#mon-001)"); the detail line names it whole.
The reported inputs, and variants of my own: other outlets, ids and a Spanish outlet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import settle

from waic_reader.index.analysis.facts.display import source_names
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable

BODY = '"The site is safe now," fire chief Torben Ekholm said on Saturday in Lucena.\n'


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


CASES = [
    # reported (t13az N13): three records of one JSONL export
    (["exports/records#mon-001", "exports/records#mon-002", "exports/records#mon-003"], "Monitor Wire"),
    # reported (t13ay N10): records without ids, numbered
    (["exports/newsdesk#1", "exports/newsdesk#2", "exports/newsdesk#3"], "Baltic Energy Monitor"),
    # variants: another outlet's feed items, and a Spanish outlet's export
    (["feeds/harbour#h17", "feeds/harbour#h18"], "Harbour Gazette"),
    (["exports/sur#ds-41", "exports/sur#ds-42", "exports/sur#ds-43"], "Diario del Sur"),
]


@pytest.mark.parametrize(("docs", "outlet"), CASES)
@pytest.mark.parametrize("width", [7, 8])
def test_narrow_headers_name_the_outlet(docs: list[str], outlet: str, width: int) -> None:
    others = [article("web/other", "CBV News")]
    names = source_names([*others, *(article(d, outlet) for d in docs)], width=width, cells=cell_len, cut_ids=True)
    heads = [names[d] for d in docs]
    assert len(set(heads)) == len(docs), heads  # still told apart
    for doc, head in zip(docs, heads, strict=True):
        assert cell_len(head) <= width, head
        assert head.startswith(outlet[:2]), head  # the outlet's start, never the id alone
        assert doc.rsplit("-", 1)[-1].rsplit("#", 1)[-1] in head, head  # and what tells it apart


def corpus(tmp_path: Path, outlet: str, ids: list[str | None]) -> Path:
    """A JSONL export of ``outlet`` (records with ``ids``; None: no id, numbered) among eleven
    other outlets' articles, so the matrix's columns are at their narrowest."""
    root = tmp_path / "corpus"
    (root / "exports").mkdir(parents=True)
    records = []
    for n, rid in enumerate(ids):
        rec: dict[str, object] = {
            "title": f"Blast story {n}",
            "source": {"name": outlet},
            "publishedAt": f"2026-11-1{n}T10:00:00Z",
            "text": BODY,
        }
        if rid is not None:
            rec["id"] = rid
        records.append(json.dumps(rec))
    (root / "exports" / "records.jsonl").write_text("\n".join(records) + "\n", "utf-8")
    entries = []
    for i in range(11):
        (root / f"o{i}.txt").write_text(f"Plant blast {i}\n\n{BODY}", "utf-8")
        entries.append(f"  o{i}.txt:\n    outlet: Other Outlet {i}\n")
    (root / "corpus.yaml").write_text("articles:\n" + "".join(entries), "utf-8")
    return root


FLOWS = [
    ("Monitor Wire", ["mon-001", "mon-002", "mon-003"]),  # reported
    ("Baltic Energy Monitor", [None, None, None]),  # reported: "1", "2", "3"
    ("Diario del Sur", ["ds-41", "ds-42"]),  # variant
]


@pytest.mark.parametrize(("outlet", "ids"), FLOWS)
@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_matrix_and_quotes_head_export_columns_by_outlet(
    tmp_path: Path, outlet: str, ids: list[str | None], size: tuple[int, int]
) -> None:
    root = corpus(tmp_path, outlet, ids)
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
        exported = [d for d in screen.matrix.articles if d.startswith("exports/")]
        assert len(exported) == len(ids)
        # every export column's header, as the whole table would draw it
        heads = screen.matrix.source_names(screen._widths(screen.matrix, screen.shown)[2])
        for doc in exported:
            assert heads[doc].startswith(outlet[:2]), (doc, heads[doc])
        assert len({heads[d] for d in exported}) == len(exported)
        # the headers drawn in view: the export's columns come first (folder order), so some show
        table = screen.query_one(MatrixTable)
        drawn = {str(k.value): str(c.label).strip() for k, c in table.columns.items()}
        assert any(drawn.get(d, "").startswith(outlet[:2]) for d in exported), drawn
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
        speakers = app.screen.query_one(SpeakerTable)
        labels = [str(c.label).strip() for c in speakers.ordered_columns]
        assert any(label.startswith(outlet[:2]) for label in labels), labels
        assert not any(label in {"1", "2", "3", "001", "002", "ds-41"} for label in labels), labels
