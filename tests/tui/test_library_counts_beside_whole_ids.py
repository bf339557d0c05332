"""From 90 columns up, a count column (Words, Ent., Noise) shows only beside whole ids, as below
90 (acceptance t13ae P19, round s37-z4: at 90 and 100 columns the counts showed beside
"mountain…s#mt-55", a 19-cell id cut to 16, that 120 columns showed whole). The reported folder
(an export's items beside a wire and an article) and two of our own: no folders with ids of 20
to 24 cells, and ids in CJK (two cells a character). At every width: ids never cut more as the
screen widens, and no count column beside a cut id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import GROW_TO, NARROW, NARROW_DOC_MAX, LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

WIDTHS = (80, 90, 95, 100, 105, 110, 120)
COUNTS = ("Words", "Ent.", "Noise")
BODY = "About 1,200 people have been evacuated from Brenzola and two nearby hamlets, the prefecture said on Monday."


def reported(root: Path) -> Path:
    (root / "exports").mkdir(parents=True)
    (root / "wire").mkdir()
    item = {
        "id": "mt-55",
        "title": "Brenzola: 1,200 evacuated as slope keeps moving",
        "source": {"name": "Mountain Times"},
        "publishedAt": "2026-11-09T21:00:00Z",
        "author": "Rolf Weber",
        "text": f"{BODY} The death toll stands at 12.\n\nThe rescue has lasted 40 hours so far.",
    }
    (root / "exports" / "mountaintimes.jsonl").write_text(json.dumps(item) + "\n", "utf-8")
    (root / "wire" / "alpwire-1109.txt").write_text(
        f"Landslide buries homes in Alpine town of Brenzola, seven dead\n\nBRENZOLA, Nov 9, 2026 (Alpwire) - {BODY}\n",
        "utf-8",
    )
    (root / "analysis.md").write_text(
        '---\ntitle: "Why Brenzola slid: a slope that was watched for weeks"\noutlet: Geo Review\n'
        f"date: 2026-11-10\n---\n\n{BODY}\n",
        "utf-8",
    )
    return root


def flat(root: Path, names: dict[str, str]) -> Path:
    root.mkdir(parents=True)
    for n, (doc, outlet) in enumerate(names.items()):
        (root / f"{doc}.md").write_text(
            f"---\ntitle: Slope above Brenzola keeps moving as 1,200 people are evacuated, report {n}\n"
            f"outlet: {outlet}\ndate: 2026-11-09T0{n}:00:00\n---\n\n{BODY}\n",
            "utf-8",
        )
    return root


NO_FOLDERS = {
    "mountaintimes-item-mt-55": "Mountain Times",  # 24 cells
    "valleyherald-live-1109": "Valley Herald",  # 22 cells
    "alpwire-1109": "Alpwire",
}
CJK = {"山岳時報-速報-1109": "山岳時報", "谷間新聞-特報-55": "谷間新聞", "alpwire-1109": "Alpwire"}


async def library_at(root: Path) -> dict[int, tuple[list[str], list[list[str]], dict[str, int]]]:
    """Per width: the column labels, each row's cells, and the Doc/Folder columns' widths."""
    out = {}
    for width in WIDTHS:
        app = make_app(corpus=root)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            table = screen.query_one(ArticleTable)
            labels = [label for _, label, _ in table.columns]
            widths = {label: w for _, label, w in table.columns}
            out[width] = (labels, [list(table.cells_at(n)) for n in range(table.row_count)], widths)
    return out


@pytest.mark.parametrize("kind", ["reported", "no-folders", "cjk"])
async def test_counts_show_only_beside_whole_ids(tmp_path: Path, kind: str) -> None:
    root = tmp_path / "c"
    if kind == "reported":
        reported(root)
    else:
        flat(root, NO_FOLDERS if kind == "no-folders" else CJK)
    seen = await library_at(root)
    doc_widths = [seen[w][2]["Doc"] for w in WIDTHS]
    assert doc_widths == sorted(doc_widths), dict(zip(WIDTHS, doc_widths))  # never cut more
    for width in WIDTHS:
        labels, rows, widths = seen[width]
        # "whole" up to the Doc column's cap there: an id longer than 16 cells is cut below 90
        # columns however much room there is (NARROW_DOC_MAX), one longer than 28 from 90 up
        cap = NARROW_DOC_MAX if width < NARROW else GROW_TO["doc"]
        at = labels.index("Doc")
        cut = [row[at] for row in rows if "…" in row[at]] if widths["Doc"] < cap else []
        folders = [row[labels.index("Folder")] for row in rows] if "Folder" in labels else []
        if any(c in labels for c in COUNTS):
            assert not cut and not [f for f in folders if "…" in f], (width, labels, cut, folders)
    # The widest shows every id whole (none is longer than the Doc column's cap) with its counts.
    labels, rows, _ = seen[WIDTHS[-1]]
    assert all(c in labels for c in COUNTS), labels
    assert all("…" not in row[labels.index("Doc")] for row in rows), rows
    assert GROW_TO["doc"] >= 24
