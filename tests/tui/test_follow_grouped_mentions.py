"""The reader's entity panel, legend, tints and follow give an article the mentions the corpus
grouping gives it, as the matrix and ``who:`` search do (issue 13, t13c faults 1 and 2).

Reported (/work/s19/t13c/c1): following "Ingrid Sorvaag" from daily-ledger-02, ``n`` went round
daily-ledger-02 → gazette-05 → harbor-wire-01 and never stopped in northern-post-03, which says
"Sorvaag told reporters…"; and the matrix's ``enter`` on that cell opened the article at the
mention but said "Ingrid Sorvaag is not mentioned in this article", the mention untinted. The
reader read the article's own entity list, where "Sorvaag" is nobody (or a person of its own).
Variants (invented): a place typed only in another article, a firm named by its leading words.
Corpora: :mod:`grouped_corpora`."""

from __future__ import annotations

from pathlib import Path

import pytest
from grouped_corpora import FIRM, PLACE, REPORTED, write
from jumps import assert_lands
from snapshot_app import make_app, settle
from test_tui_entity_matrix import open_matrix, row_of
from textual.widgets import DataTable, OptionList, Static

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.entity_colors import selected_style
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

SIZES = [(120, 40), (60, 20)]

# (corpus, article followed from, entity as the matrix names it, its label, the article that
# names it only as the grouping gives it, the words of its mentions there)
CASES = [
    (REPORTED, "daily-ledger-02", "Ingrid Sorvaag", "PERSON", "northern-post-03", ["Sorvaag"]),
    (PLACE, "a-wire", "Brisholm", "GPE", "b-post", ["Brisholm"]),
    (FIRM, "a-desk", "Lindqvist Marine Holdings", "ORG", "b-daily", ["Lindqvist Marine", "Lindqvist Marine"]),
]


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status", Static).render())


def reader_of(app: WaicReaderApp) -> ReaderScreen:
    reader = app.screen
    assert isinstance(reader, ReaderScreen) and reader.loaded is not None
    return reader


def words(reader: ReaderScreen) -> list[str]:
    assert reader.loaded is not None
    text = reader.loaded.article.text
    return [text[s:e] for s, e in reader.targets()]


def tinted(reader: ReaderScreen, label: str) -> list[str]:
    """The words tinted as the followed entity."""
    assert reader.loaded is not None
    text = reader.loaded.article.text
    return [text[s:e] for s, e, style in reader.base_highlights() if style == selected_style(label)]


@pytest.mark.parametrize(("files", "start", "name", "label", "other", "mentions"), CASES)
async def test_n_stops_where_the_grouping_names_the_entity(
    tmp_path: Path, files: dict[str, str], start: str, name: str, label: str, other: str, mentions: list[str]
) -> None:
    """Follow the entity from the entity panel; ``n`` stops in the article naming it only as the
    grouping gives it, and ``N`` back from the next one does too."""
    app = make_app(corpus=write(tmp_path / "corpus", files))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(start)
        await settle(pilot)
        reader = reader_of(app)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        panel.query_one(OptionList).highlighted = next(i for i, k in enumerate(panel.keys) if k and k[1] == name)
        await pilot.press("enter")
        await settle(pilot)
        assert app.followed is not None and app.followed[1] == name
        seen: list[str] = []
        for _ in range(2 * len(files)):
            await pilot.press("n")
            await settle(pilot)
            reader = reader_of(app)
            seen.append(reader.doc)
            if reader.doc == other:
                break
        assert reader.doc == other, seen
        assert words(reader) == mentions
        assert tinted(reader, label) == mentions
        assert status(reader).startswith(f"mention 1/{len(mentions)} of {name}")
        # The other way: from the article after it, N comes back to it, at its last mention.
        for _ in range(len(mentions)):
            await pilot.press("n")
            await settle(pilot)
        assert reader_of(app).doc != other
        await pilot.press("N")
        await settle(pilot)
        reader = reader_of(app)
        assert reader.doc == other and words(reader) == mentions
        assert status(reader).startswith(f"mention {len(mentions)}/{len(mentions)} of {name}")


@pytest.mark.parametrize(("files", "start", "name", "label", "other", "mentions"), CASES)
async def test_the_panel_and_legend_list_what_the_grouping_gives(
    tmp_path: Path, files: dict[str, str], start: str, name: str, label: str, other: str, mentions: list[str]
) -> None:
    """The article's entity panel lists the entity under its full name, with its count; the
    legend names its label; ``s`` searches that name."""
    app = make_app(corpus=write(tmp_path / "corpus", files))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(other)
        await settle(pilot)
        reader = reader_of(app)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        listed = {k[1] for k in panel.keys if k}
        assert name in listed, listed
        entries = [str(o.prompt) for o in panel.query_one(OptionList).options if not o.disabled]
        assert f"  {name}  {len(mentions)}" in entries
        legend = str(reader.query_one("#reader-legend", Static).render())
        from waic_reader.index.analysis.entities.labels import label_name

        assert label_name(label) in legend
        panel.query_one(OptionList).highlighted = next(i for i, k in enumerate(panel.keys) if k and k[1] == name)
        await pilot.press("s")
        await settle(pilot)
        from waic_reader.tui.screens.search import SearchScreen

        search = app.screen
        assert isinstance(search, SearchScreen)
        found = {h.doc for h in search.results.hits} if search.results is not None else set()
        assert {start, other} <= found


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("files", "start", "name", "label", "other", "mentions"), CASES)
async def test_the_matrix_mention_is_followed_there(
    tmp_path: Path,
    size: tuple[int, int],
    files: dict[str, str],
    start: str,
    name: str,
    label: str,
    other: str,
    mentions: list[str],
) -> None:
    """The matrix's ``enter`` on the article's cell, then on its mention: the status says
    "mention 1/n of …", the mention is current and tinted as the followed entity, in view."""
    app = make_app(corpus=write(tmp_path / "corpus", files))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = await open_matrix(app, pilot)
        assert screen.matrix is not None
        table = screen.query_one(DataTable)
        row = row_of(screen, name)
        table.move_cursor(row=row, column=0)
        await pilot.pause()
        # right until the cursor is on the article's column (the table holds only the columns in
        # view: in a narrow terminal it is brought in, round s39-p)
        for _ in range(len(screen.matrix.articles) + 2):
            if screen.at(table.cursor_coordinate)[1] == other:
                break
            await pilot.press("right")
            await pilot.pause()
        assert screen.at(table.cursor_coordinate) == (screen.shown[row], other)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        assert [modal.articles[d].text[m.start : m.end] for d, m in modal.mentions] == mentions
        await pilot.press("enter")
        await settle(pilot)
        reader = reader_of(app)
        assert reader.doc == other
        assert status(reader).startswith(f"mention 1/{len(mentions)} of {name}"), status(reader)
        assert tinted(reader, label) == mentions
        current = reader.current_highlight()
        assert current is not None and reader.loaded is not None
        assert reader.loaded.article.text[current[0] : current[1]] == mentions[0]
        assert_lands(reader, current[0])


@pytest.mark.parametrize(
    ("files", "doc", "beside", "label", "mentions"),
    [
        (REPORTED, "northern-post-03", "daily-ledger-02", "PERSON", ["Sorvaag"]),
        (REPORTED, "daily-ledger-02", "northern-post-03", "GPE", ["Portmere", "Portmere"]),
        (PLACE, "b-post", "a-wire", "GPE", ["Brisholm"]),
    ],
)
async def test_compare_tints_what_the_grouping_gives(
    tmp_path: Path, files: dict[str, str], doc: str, beside: str, label: str, mentions: list[str]
) -> None:
    """Compare tints the mentions the grouping gives an article by their label, as the reader does."""
    from waic_reader.tui.entity_colors import label_style
    from waic_reader.tui.screens.compare import CompareScreen

    app = make_app(corpus=write(tmp_path / "corpus", files), compare=(doc, beside))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.sides is not None
        side = screen.sides[0]
        assert side.article.doc == doc
        text = side.article.text
        styled = [text[s:e] for s, e, style in screen._entity_styles(side) if style == label_style(label)]
        assert [w for w in styled if w in mentions] == mentions, styled


@pytest.mark.parametrize(("files", "start", "name", "label", "other", "mentions"), CASES)
async def test_an_article_opened_before_the_index_is_grouped_once_it_opens(
    tmp_path: Path, files: dict[str, str], start: str, name: str, label: str, other: str, mentions: list[str]
) -> None:
    """Opened while the app's first index build runs, the article shows its own list; once the
    index is there (the app says so: index_changed), the panel and tints are the grouping's. The
    open before the index is made so by dropping the grouped mentions the open took."""
    app = make_app(corpus=write(tmp_path / "corpus", files))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(other)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        reader = reader_of(app)
        assert reader.loaded is not None
        reader.loaded.grouped = None  # as opened before the index was
        reader._entity_settings_changed()
        panel = reader.query_one(EntityPanel)
        assert name not in {k[1] for k in panel.keys if k}
        app.bump_index()
        await settle(pilot)
        assert name in {k[1] for k in panel.keys if k}
        app.followed = (f"{label}:{name}", name)
        await settle(pilot)
        assert words(reader) == mentions and tinted(reader, label) == mentions


@pytest.mark.parametrize(
    ("files", "doc", "own", "name", "mentions"),
    [
        (
            FIRM,
            "b-daily",
            "ORG:Lindqvist Marine",
            "Lindqvist Marine Holdings",
            ["Lindqvist Marine", "Lindqvist Marine"],
        ),
        (
            REPORTED,
            "daily-ledger-02",
            "ORG:Kestrel Hydro",
            "Kestrel Hydro Holdings",
            ["Kestrel Hydro", "Kestrel Hydro"],
        ),
    ],
)
async def test_a_follow_begun_on_the_own_list_becomes_the_grouped_entity(
    tmp_path: Path, files: dict[str, str], doc: str, own: str, name: str, mentions: list[str]
) -> None:
    """An entity followed from the article's own list before the index opened ("Lindqvist
    Marine") is, once it opens, the entity the grouping makes it: its mentions still lit here."""
    app = make_app(corpus=write(tmp_path / "corpus", files))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(doc)
        await settle(pilot)
        reader = reader_of(app)
        assert reader.loaded is not None
        reader.loaded.grouped = None  # as opened before the index was
        app.followed = (own, own.partition(":")[2])
        await settle(pilot)
        assert words(reader) == mentions
        app.bump_index()
        await settle(pilot)
        assert app.followed is not None and app.followed[1] == name
        assert words(reader) == mentions and tinted(reader, "ORG") == mentions
        assert status(reader).startswith(f"mention 1/{len(mentions)} of {name}") or status(reader).startswith(
            f"mention –/{len(mentions)} of {name}"
        )
