"""The library at 60 columns on a corpus with subfolders (issue 17, acceptance): where the
Folder column has no room, the Doc column shows the doc id with its folder, shortened in the
start, keeping the last folder and the name, so files of one stem in different folders stay
apart, also where the folders share a start (review: "news/a/story" and "news/b/story" both
showed "new…tory")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.text import one_line


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [("news/a/story", 8, "…a/story"), ("2025-03-11/update", 8, "…/update"), ("a/story", 8, "a/story")],
)
def test_ids_are_shortened_at_the_start(text: str, width: int, shown: str) -> None:
    assert one_line(text, width, keep_end=True) == shown
    assert len(one_line(text, width, keep_end=True)) <= width


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
        ["news/a/story.txt", "news/b/story.txt"],
        ["reuters/world/ferry.txt", "reuters/europe/ferry.txt"],
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


def test_short_ids_keep_the_folder_that_tells_same_names_apart() -> None:
    from waic_reader.tui.screens.library import short_ids

    got = short_ids(["ap/2025/update", "bbc/2025/update", "update", "news/a/story", "news/b/story", "x/solo"])
    assert got == {
        "ap/2025/update": "ap/update",
        "bbc/2025/update": "bbc/update",
        "update": "update",
        "news/a/story": "a/story",
        "news/b/story": "b/story",
        "x/solo": "solo",  # a name no other doc has: the name alone
    }


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("updates#entry-12", 10, "updat…y-12"),  # acceptance: two feed items both read "updates#e…"
        ("updates#entry-13", 10, "updat…y-13"),
        ("api#a1", 6, "api#a1"),  # fits: untouched
        ("000_6f6524c6488d30c8", 6, "000…c8"),
    ],
)
def test_doc_ids_are_cut_in_the_middle(text: str, width: int, shown: str) -> None:
    from waic_reader.index.corpus.text import one_line

    assert one_line(text, width, middle=True) == shown


def test_a_name_no_other_doc_has_is_shown_alone() -> None:
    # Acceptance at 60 columns: every Doc cell of "exports/…" read "exports…".
    from waic_reader.tui.screens.library import short_ids

    got = short_ids(["exports/api#a1", "exports/api#a2", "exports/dump#1", "notes/fm-good"])
    assert got == {
        "exports/api#a1": "api#a1",
        "exports/api#a2": "api#a2",
        "exports/dump#1": "dump#1",
        "notes/fm-good": "fm-good",
    }


@pytest.mark.parametrize(
    ("names", "size", "named"),
    [
        # acceptance s10 #5: at 60 columns neither the folder nor a long id could be read
        (
            ["exports/scraper-dump-2025-march.txt", "exports/scraper.txt", "notes/a.txt"],
            (60, 20),
            {"exports/scraper-dump-2025-march", "exports/scraper", "notes/a"},
        ),
        (
            ["a-very-long-file-name-of-a-wire-story-about-the-ferry.txt", "b.txt"],
            (60, 20),
            {"a-very-long-file-name-of-a-wire-story-about-the-ferry"},
        ),
        # wide enough for folder and name: the heading names no row
        (["news/ferry.txt", "news/bridge.txt"], (200, 40), set()),
    ],
)
async def test_the_heading_names_a_row_whose_id_is_cut(
    tmp_path: Path, names: list[str], size: tuple[int, int], named: set[str]
) -> None:
    from snapshot_app import make_app, settle
    from textual.widgets import Static

    from waic_reader.tui.widgets.article_table import ArticleTable

    app = make_app(corpus=folders(tmp_path / "c", names))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleTable)
        for n in range(table.row_count):
            table.move_cursor(n)
            await settle(pilot)
            doc = table.cursor_key
            assert doc is not None
            heading = str(app.screen.query_one("#library-heading", Static).render())
            assert (doc in heading) is (doc in named), heading
