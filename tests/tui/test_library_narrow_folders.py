"""The library at 60 columns on a corpus with subfolders (issue 17, acceptance): where the
Folder column has no room, the Doc column shows the doc id with its folder, shortened in the
middle, so files of one stem in different folders stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.text import one_line


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [("story.json", 6, "st…son"), ("reuters/2025/story", 8, "reu…tory"), ("a/story", 8, "a/story")],
)
def test_ids_are_shortened_in_the_middle(text: str, width: int, shown: str) -> None:
    assert one_line(text, width, middle=True) == shown
    assert len(one_line(text, width, middle=True)) <= width


def folders(root: Path, names: list[str]) -> Path:
    for n, name in enumerate(names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"Ferry service resumes\n\nLISBON, Sept {n + 2} (Reuters) - The river ferry ran again on day {n}.\n",
            "utf-8",
        )
    return root


@pytest.mark.parametrize(
    "names",
    [
        ["a/story.txt", "b/story.txt"],
        ["ap/2025/update.txt", "bbc/2025/update.txt", "update.txt"],
        ["x/notes.md", "y/notes.md", "z/notes.txt"],
    ],
)
async def test_same_stems_in_different_folders_stay_apart_at_60_columns(tmp_path: Path, names: list[str]) -> None:
    from snapshot_app import make_app, settle

    from waic_reader.tui.widgets.article_table import ArticleTable

    app = make_app(corpus=folders(tmp_path / "c", names))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleTable)
        labels = [label for _, label, _ in table.columns]
        assert "Title" in labels and "Doc" in labels
        at = labels.index("Doc")
        shown = [table.cells_at(n)[at] for n in range(table.row_count)]
        if "Folder" in labels:
            folder = labels.index("Folder")
            shown = [table.cells_at(n)[folder] + "/" + s for n, s in enumerate(shown)]
        assert len(set(shown)) == len(names), shown  # every row told apart by what is shown
