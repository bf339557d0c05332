"""Keys as terminal readers expect them (newsboat, mutt, lnav), and the label chooser."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input, OptionList, SelectionList

from waic_reader.tui.entity_colors import LABEL_COLORS
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.label_filter import LabelFilterScreen
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.article_view import ArticleView


async def test_q_leaves_each_screen_and_quits_only_from_the_library() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # reader
        await settle(pilot)
        await pilot.press("f")  # fact sheet over the reader
        await settle(pilot)
        assert isinstance(app.screen, FactSheetScreen)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen) and app.is_running
        await pilot.press("q")
        await settle(pilot)
        assert not app.is_running


async def test_ctrl_q_quits_from_anywhere_and_ctrl_c_says_so_in_plain_text() -> None:
    app = make_app(open_doc="003")
    shown: list[str] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        shown.append(message)
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert any("ctrl+q" in m and "[" not in m for m in shown), shown
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert not app.is_running


async def test_ctrl_d_and_ctrl_u_move_half_a_page() -> None:
    app = make_app(open_doc="002")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        half = view.scrollable_content_region.height // 2
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert round(view.scroll_y) == half
        await pilot.press("ctrl+d", "ctrl+u")
        await settle(pilot)
        assert round(view.scroll_y) == half


async def test_reopening_search_selects_the_previous_query_and_j_k_move_in_results() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Shanghai")
        await settle(pilot)
        await pilot.press("tab", "j")
        results = app.screen.query_one(OptionList)
        assert results.highlighted == 1
        await pilot.press("k")
        assert results.highlighted == 0
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        box = app.screen.query_one(Input)
        assert box.selected_text == "Shanghai"
        await pilot.press(*"Hinton")
        assert box.value == "Hinton"


async def test_label_chooser_enter_applies_escape_cancels() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LabelFilterScreen)
        chooser = app.screen.query_one(SelectionList)
        first = chooser.get_option_at_index(0).value
        await pilot.press("space")  # untick the first label
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.entity_labels == frozenset(LABEL_COLORS)  # cancelled: nothing changed
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("space", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)  # enter applied and closed
        assert app.entity_labels == frozenset(LABEL_COLORS) - {first}


async def test_side_panels_leave_the_article_a_readable_width_in_a_narrow_terminal() -> None:
    for size in ((60, 20), (80, 24), (120, 40)):
        app = make_app(open_doc="004")
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            for key in ("e", "b"):
                await pilot.press(key)
                await settle(pilot)
                article = app.screen.query_one(ArticleView)
                side = app.screen.query_one("#side-panel")
                assert side.display
                assert article.size.width >= size[0] // 2, (size, key, article.size.width)
                await pilot.press(key)
                await settle(pilot)


@pytest.mark.parametrize(
    ("open_doc", "keys", "dialog"),
    [
        ("003", ["l"], "LabelFilterScreen"),
        (None, ["question_mark"], "HelpScreen"),
        (None, ["c"], "PickArticleScreen"),
        (None, ["f", "x"], "ExportPromptScreen"),
        (None, ["E", "enter"], "MentionsScreen"),
        ("003", ["ctrl+f", "a"], "ReaderScreen"),  # in a text box
    ],
)
async def test_ctrl_q_quits_from_every_dialog(open_doc: str | None, keys: list[str], dialog: str) -> None:
    """Reported (issue 13, fresh tester): ctrl+q did nothing in the label chooser, help, the
    compare picker, the export prompt and the mentions dialog (a ModalScreen hides the app's
    bindings but its priority ones)."""
    app = make_app(open_doc=open_doc)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        assert type(app.screen).__name__ == dialog
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert not app.is_running


@pytest.mark.parametrize(
    ("keys", "kept"),
    [
        (["space", "enter"], "all but the first"),
        (["n", "enter"], "none"),
        (["n", "a", "enter"], "all"),
        (["n", "space", "down", "space", "enter"], "the first two"),
    ],
)
async def test_label_chooser_keys_read_with_enter_apply_first(keys: list[str], kept: str) -> None:
    """Reported (issue 13, fresh tester): enter read in one go with a, n or space applied before
    them (it was a priority binding); the keys run in the order typed."""
    import test_keys_while_box_opens as typing

    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        chooser = app.screen.query_one(SelectionList)
        labels = [chooser.get_option_at_index(i).value for i in range(chooser.option_count)]
        typing.typed_at_once(app, *keys)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        want = {
            "all but the first": set(labels[1:]),
            "none": set(),
            "all": set(labels),
            "the first two": set(labels[:2]),
        }[kept]
        assert set(app.entity_labels) == want


@pytest.mark.parametrize("theme", ["textual-dark", "atom-one-light", "catppuccin-latte"])
async def test_label_chooser_shows_ticked_rows_without_colour(theme: str) -> None:
    """Reported (issue 13, fresh tester): ticked and unticked rows both read ``▐X▌``, told apart
    only by colour (~1.3:1 unticked in atom-one-light). Now ``[x]`` / ``[ ]``, in the row's text
    colour."""
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        chooser = app.screen.query_one(SelectionList)

        def boxes() -> list[str]:
            return [chooser.render_line(y).text[:3] for y in range(min(chooser.option_count, 8))]

        assert boxes() == ["[x]"] * len(boxes())
        await pilot.press("n", "space", "down", "down")
        await settle(pilot)
        assert boxes() == ["[x]"] + ["[ ]"] * (len(boxes()) - 1)
        assert all("▐" not in chooser.render_line(y).text for y in range(len(boxes())))


@pytest.mark.parametrize(
    ("keys", "ticked"),
    [
        (["n", "j", "space", "enter"], [1]),  # reported at 60x20: j left the highlight on Person
        (["n", "j", "j", "k", "space", "enter"], [1]),  # k goes back up
        (["n", "G", "space", "g", "space", "enter"], [0, -1]),  # G the last label, g the first
    ],
)
async def test_label_chooser_j_k_g_g_move_as_in_every_list(keys: list[str], ticked: list[int]) -> None:
    """Reported (issue 13, fresh tester, F6): in the label chooser ``j`` did not move (down did),
    so ``n j space enter`` saved Person instead of the second label. j/k/g/G move there as in
    the library, results, quotes and matrix, and the chooser's help lists them."""
    import test_keys_while_box_opens as typing

    from waic_reader.tui.screens.help import HelpScreen

    app = make_app(open_doc="003")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        chooser = app.screen.query_one(SelectionList)
        labels = [chooser.get_option_at_index(i).value for i in range(chooser.option_count)]
        help_rows = dict(HelpScreen(app.screen).groups()["This screen"])
        assert {"j", "k", "g", "G"} <= set(help_rows), help_rows
        typing.typed_at_once(app, *keys)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert set(app.entity_labels) == {labels[i] for i in ticked}


async def test_mentions_g_and_G_go_to_the_first_and_last_mention() -> None:
    """The mentions dialog (an OptionList with home/end) takes g/G as every list does (F6's kind)."""
    from waic_reader.tui.screens.mentions import MentionsScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MentionsScreen)
        options = app.screen.query_one(OptionList)
        enabled = [i for i in range(options.option_count) if not options.get_option_at_index(i).disabled]
        assert len(enabled) > 2, enabled
        await pilot.press("G")
        await settle(pilot)
        assert options.highlighted == enabled[-1]
        await pilot.press("g")
        await settle(pilot)
        assert options.highlighted == enabled[0]


async def test_unticking_a_label_keeps_its_entities_in_the_panel() -> None:
    """The chooser picks what is tinted ("Highlight which entities?"): the entity panel still
    lists the unticked label's entities, under a heading saying they are not highlighted, so
    they can be followed and searched (s18 re-test: unticking Person emptied it of people)."""
    from waic_reader.index.analysis.entities.labels import label_name

    app = make_app(open_doc="004")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        await pilot.press("e")
        await settle(pilot)
        options = reader.query_one("#entity-panel").query_one(OptionList)
        before = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert label_name("PERSON") in before
        await pilot.press("e", "l")
        await settle(pilot)
        chooser = app.screen.query_one(SelectionList)
        person = next(i for i in range(chooser.option_count) if chooser.get_option_at_index(i).value == "PERSON")
        chooser.highlighted = person
        await pilot.press("space", "enter")
        await settle(pilot)
        assert app.screen is reader and "PERSON" not in app.entity_labels
        await pilot.press("e")
        await settle(pilot)
        options = reader.query_one("#entity-panel").query_one(OptionList)
        after = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert f"{label_name('PERSON')} · not highlighted" in after
        # every entity listed before is listed still, and the other labels' headings are as before
        assert len(after) == len(before)
        assert [h for h in after if "not highlighted" not in h] == [h for h in before if h != label_name("PERSON")]
