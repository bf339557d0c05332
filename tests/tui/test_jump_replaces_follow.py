"""A new jump replaces an entity followed earlier (issue 13), and a fact jump marks its figure.

Reported: after following "Hiroshi Ueda" (reader, e, enter), a search opened with ``Tollbridge``
showed "mention –/0 of Hiroshi Ueda", did not draw Tollbridge as the current match, and ``n``
went to the next Ueda article; a fact sheet jump (f, →, enter) gave "mention 1/2 of Hiroshi
Ueda" with the highlight on the name. A fact jump also left its figure in the ordinary tint,
with the generic help as status. Every jump that brings its own targets (search hit, fact
value, quote) now replaces the follow; a fact jump makes its figure the current highlight,
names the fact in the status and steps n / N through the fact's values.
"""

from __future__ import annotations

from pathlib import Path

from jumps import assert_lands
from snapshot_app import make_app, settle
from textual.widgets import DataTable, OptionList

from waic_reader.tui.highlights import CURRENT_STYLE
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

SIZE = (60, 20)  # every target below the fold


def filler(tag: str, n: int = 30) -> str:
    return "\n\n".join(f"Paragraph {i} of the {tag} harbour report, read aloud at the quay." for i in range(n))


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a_ferry.txt").write_text(
        "Ferry hits freighter in Osaka Bay\n\n"
        "Transport minister Hiroshi Ueda went to the port on Friday.\n\n"
        f"{filler('first')}\n\n"
        "Twelve people were killed in the collision, the coast guard said.\n\n"
        f"{filler('second', 10)}\n\n"
        "Hiroshi Ueda said the Tollbridge radar station had failed.\n\n"
        f"{filler('third', 10)}\n\n"
        "The Tollbridge station was due for repair, Hiroshi Ueda added.\n",
        "utf-8",
    )
    (corpus / "b_wire.txt").write_text(
        "Osaka ferry collision toll rises\n\n"
        "Hiroshi Ueda, the transport minister, spoke to reporters.\n\n"
        f"{filler('wire')}\n\n"
        "Fourteen people were killed when the ferry sank, officials said.\n\n"
        f"{filler('late', 8)}\n\n"
        "Engineers at Tollbridge had reported a fault before the crash.\n",
        "utf-8",
    )
    (corpus / "c_daily.txt").write_text(
        "Questions over Osaka radar\n\n"
        "Hiroshi Ueda faced questions in parliament.\n\n"
        f"{filler('daily')}\n\n"
        "Thirteen people were killed, the prefecture said on Sunday.\n",
        "utf-8",
    )
    return corpus


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


def current(reader: ReaderScreen) -> tuple[int, int]:
    targets = reader.targets()
    assert 0 <= reader.current < len(targets), (reader.current, targets)
    return targets[reader.current]


def current_text(reader: ReaderScreen) -> str:
    assert reader.loaded is not None
    s, e = current(reader)
    return reader.loaded.article.text[s:e]


async def follow_ueda(pilot, doc: str = "a_ferry") -> ReaderScreen:  # type: ignore[no-untyped-def]
    """Library: open ``doc``, e, enter on Hiroshi Ueda, e, escape (back in the library)."""
    app = pilot.app
    await settle(pilot)
    app.open_article(doc)
    await settle(pilot)
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    await pilot.press("e")
    await settle(pilot)
    panel = reader.query_one(EntityPanel)
    options = panel.query_one(OptionList)
    options.highlighted = next(i for i, k in enumerate(panel.keys) if k and k[1] == "Hiroshi Ueda")
    await pilot.press("enter")
    await settle(pilot)
    assert app.followed is not None and app.followed[1] == "Hiroshi Ueda"
    assert "mention 1/" in status(reader)
    await pilot.press("e")
    await pilot.press("escape")
    await settle(pilot)
    assert not isinstance(app.screen, ReaderScreen)
    return reader


async def search(pilot, query: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await pilot.press("slash", *query)
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


async def test_a_search_after_following_steps_the_search_not_the_follow(tmp_path: Path) -> None:
    """The reported case: follow Ueda, then / Tollbridge enter."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await follow_ueda(pilot)
        reader = await search(pilot, "Tollbridge")
        assert app.followed is None
        shown = status(reader)
        assert "match 1/" in shown and "Tollbridge" in shown and "Ueda" not in shown
        assert current_text(reader) == "Tollbridge"
        assert (*current(reader), CURRENT_STYLE) in reader.highlights()
        assert_lands(reader, current(reader)[0])
        first_doc, (first, _) = reader.doc, current(reader)
        await pilot.press("n")
        await settle(pilot)
        # The next Tollbridge match (in this article or the next result), not the next Ueda mention.
        assert current_text(reader) == "Tollbridge"
        assert (reader.doc, current(reader)[0]) != (first_doc, first)
        assert_lands(reader, current(reader)[0])


async def test_an_entity_search_after_following_another_entity(tmp_path: Path) -> None:
    """Variant: follow Ueda, then search another name (a word the followed entity never is)."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await follow_ueda(pilot, "b_wire")
        reader = await search(pilot, "Engineers")
        assert app.followed is None
        assert current_text(reader) == "Engineers"
        assert "match 1/1" in status(reader)
        assert_lands(reader, current(reader)[0])


async def open_fact_value(pilot, start_text: str) -> tuple[ReaderScreen, object]:  # type: ignore[no-untyped-def]
    """f, then → to the death toll's value written ``start_text``, enter."""
    app = pilot.app
    await pilot.press("f")
    await settle(pilot)
    sheet = app.screen
    assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
    row = next(i for i, f in enumerate(sheet.rows) if any(v.text.startswith(start_text) for v in f.values))
    sheet.query_one(DataTable).move_cursor(row=row)
    await pilot.pause()
    for _ in range(len(sheet.rows[row].values)):
        value = sheet.current()[1]
        if value is not None and value.text.startswith(start_text):
            break
        await pilot.press("right")
    fact, value = sheet.current()
    assert fact is not None and value is not None and value.text.startswith(start_text)
    await pilot.press("enter")
    await settle(pilot)
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    return reader, (fact, value)


async def test_a_fact_jump_after_following_lands_on_the_figure(tmp_path: Path) -> None:
    """The reported fact case: follow Ueda, then f, → to a value, enter; and fault 2: the figure
    is the current highlight and the status names the fact."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await follow_ueda(pilot)
        reader, (fact, value) = await open_fact_value(pilot, "Fourteen")
        assert app.followed is None
        assert reader.doc == value.doc
        assert current(reader) == (value.start, value.end)
        assert (value.start, value.end, CURRENT_STYLE) in reader.highlights()
        assert_lands(reader, value.start)
        shown = status(reader)
        index = fact.values.index(value)
        assert f"fact: {fact.label}" in shown and f"value {index + 1}/{len(fact.values)}" in shown
        assert "Ueda" not in shown


async def test_n_steps_through_the_facts_values_across_articles(tmp_path: Path) -> None:
    """Variant without a follow: from the fact jump, n visits every value of the fact once,
    each the current highlight on screen, then wraps to the first one jumped to."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader, (fact, value) = await open_fact_value(pilot, "Twelve")
        assert len(fact.values) == 3
        seen = [(reader.doc, current(reader))]
        for _ in range(len(fact.values)):
            await pilot.press("n")
            await settle(pilot)
            reader = app.screen
            assert isinstance(reader, ReaderScreen)
            span = current(reader)
            assert_lands(reader, span[0])
            assert (*span, CURRENT_STYLE) in reader.highlights()
            seen.append((reader.doc, span))
        want = [(v.doc, (v.start, v.end)) for v in fact.values]
        start = fact.values.index(value)
        assert seen == [want[(start + k) % len(want)] for k in range(len(want) + 1)]
        assert f"value {start + 1}/3" in status(reader)


async def test_following_from_a_fact_jump_replaces_the_fact(tmp_path: Path) -> None:
    """Variant the other way: in the reader a fact jump opened, e and enter on Ueda follows
    him; n then steps his mentions, the status is the follow's."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader, _ = await open_fact_value(pilot, "Twelve")
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        panel.query_one(OptionList).highlighted = next(
            i for i, k in enumerate(panel.keys) if k and k[1] == "Hiroshi Ueda"
        )
        await pilot.press("enter")
        await settle(pilot)
        assert reader.fact is None
        assert "mention 1/" in status(reader) and "fact:" not in status(reader)
        assert "Ueda" in current_text(reader)
