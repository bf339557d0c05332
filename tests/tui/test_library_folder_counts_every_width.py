"""The library's one rule at every width (README, Library): a Folder column, a count column
(Words, Ent., Noise) or an empty date column shows only beside whole ids (each id the Doc column
shows, whole, up to the 28 cells no width goes past; the folders whole too), so one column more
never hides a column of information a narrower library showed (t13aq N23: at 89 columns the
Folder, Words and Ent. columns showed beside "eurowire…stein-1" and a cut "…oadcast"; at 90 the
counts went). The reported corpus's shape (folders, ids of 13 to 31 cells) and two of our own: long
folder names with ids of 17-27 cells, and short ids, whole at every width, beside which the folder
and counts stay from 89 columns up. Checked at 60, 80, 89, 90, 100 and 120 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import GROW_TO, LibraryScreen, short_ids
from waic_reader.tui.widgets.article_table import ArticleTable

WIDTHS = (60, 80, 89, 90, 100, 120)
BESIDE_IDS = ("Folder", "Words", "Ent.", "Noise")
BODY = "An intercity train derailed near Hallstein on Saturday morning, killing 11 people, police said."

CORPORA = {
    "reported": {
        "blog/railwatch": "RailWatch Europe",
        "broadcast/abn-hallstein": "ABN News",
        "feeds/eurowire-hallstein-1": "EuroWire Transport",
        "feeds/eurowire-hallstein-2": "EuroWire Transport",
        "live/northstar-liveblog": "Northstar News",
        "web/alpine-courier-derailment": "The Alpine Courier",
        "web/alpine-courier-derailment-saved": "The Alpine Courier",
        "wire/meridian-0314": "Meridian",
    },
    "long-folders": {
        "international/tagesblick-zugunglueck": "Tagesblick",
        "international/lematin-deraillement": "Le Matin Alpin",
        "commentary/courier-opinion-column": "The Alpine Courier",
        "commentary/railwatch-analysis-piece": "RailWatch",
    },
    "short-ids": {
        "ap/a1": "AP",
        "bbc/b2": "BBC",
        "cnn/c3": "CNN",
        "dw/d4": "Deutsche Welle",
    },
}


def corpus(root: Path, docs: dict[str, str]) -> Path:
    for n, (doc, outlet) in enumerate(docs.items()):
        path = root / f"{doc}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Train derails near Hallstein, killing eleven; dozens hurt, report {n}\n"
            f"outlet: {outlet}\ndate: 2026-03-14T0{n}:00:00\n---\n\n{BODY}\n",
            "utf-8",
        )
    return root


@pytest.mark.parametrize("kind", list(CORPORA))
async def test_folder_and_counts_only_beside_whole_ids(kind: str, tmp_path: Path) -> None:
    docs = CORPORA[kind]
    root = corpus(tmp_path / "c", docs)
    short = short_ids(list(docs))
    seen: dict[int, list[str]] = {}
    cut_ids: list[int] = []  # per width, how many ids the Doc column cuts
    for width in WIDTHS:
        app = make_app(corpus=root)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            table = app.screen.query_one(ArticleTable)
            labels = [label for _, label, _ in table.columns]
            widths = {label: w for _, label, w in table.columns}
            rows = {doc: table.cells_at(n) for n, doc in enumerate(table.keys)}
        seen[width] = labels
        shown_whole = True
        cut = 0
        for doc, cells in rows.items():
            folder, _, name = doc.rpartition("/")
            expected = name if "Folder" in labels else short[doc]
            shown = cells[labels.index("Doc")]
            if shown != expected and not (len(expected) > GROW_TO["doc"] and widths["Doc"] == GROW_TO["doc"]):
                shown_whole = False
                cut += 1
            if "Folder" in labels and cells[labels.index("Folder")] != folder:
                shown_whole = False
        cut_ids.append(cut)
        beside = [label for label in BESIDE_IDS if label in labels]
        assert shown_whole or not beside, (width, labels, rows)
    assert cut_ids == sorted(cut_ids, reverse=True), dict(zip(WIDTHS, cut_ids))  # never more ids cut
    if kind == "short-ids":  # whole ids: nothing is dropped for them from 89 columns up
        for width in (89, 90, 100, 120):
            assert "Folder" in seen[width] and "Words" in seen[width], (width, seen[width])
    # Once shown, a column beside whole ids stays as the library widens.
    for label in BESIDE_IDS:
        shown_at = [w for w in WIDTHS if label in seen[w]]
        assert shown_at == [w for w in WIDTHS if w >= shown_at[0]] if shown_at else True, (label, seen)
