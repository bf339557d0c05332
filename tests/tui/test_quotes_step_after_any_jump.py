"""``"`` (tint quotes) makes the quotes what ``n`` / ``N`` step through, whatever jump opened
the article: the stepping chosen last wins (t13k F19).

Reported: an article opened from a search (``/ Nesheim enter``), then ``"``: the status still
said "match –/1 for Nesheim", and ``n`` went back to the match, never to a quote; opened from
the library, ``"`` then ``n`` gave "quote 1/3". The search's matches came first in what n / N
step through. Here: from a search (the report), from an entity followed in the reader and from
a fact jump, ``"`` then ``n`` lands on the article's first quote (below the fold of a 60x20
screen) and ``"`` again gives the jump's own targets back.
"""

from __future__ import annotations

from pathlib import Path

from jumps import assert_lands, visible_row
from snapshot_app import make_app, settle
from test_jump_replaces_follow import current, current_text, open_fact_value, search, status, write_corpus
from textual.widgets import OptionList

from waic_reader.tui.highlights import CURRENT_STYLE
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel

SIZE = (60, 20)


async def quotes_step(pilot, reader: ReaderScreen) -> None:  # type: ignore[no-untyped-def]
    """``"``, then ``n`` twice: the first quote, then the second, each current and on screen."""
    quotes = reader.content_quotes()
    assert len(quotes) >= 2, [q.text for q in quotes]
    assert visible_row(reader, quotes[0].start) is None  # the case: it starts out of view
    await pilot.press("quotation_mark")
    await settle(pilot)
    assert reader.quotes_on
    assert "quotes tinted" in status(reader), status(reader)
    for k in range(2):
        await pilot.press("n")
        await settle(pilot)
        assert current(reader) == (quotes[k].start, quotes[k].end)
        assert reader.current_quote() is quotes[k]
        assert status(reader).startswith(f"quote {k + 1}/{len(quotes)}"), status(reader)
        assert (quotes[k].start, quotes[k].end, CURRENT_STYLE) in reader.highlights()
        assert_lands(reader, quotes[k].start)


async def test_quotes_take_over_n_in_an_article_opened_from_a_search(tmp_path: Path) -> None:
    """The reported case: / Friday enter (one match, near the top), then ``"``, ``n``."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = await search(pilot, "Friday")
        assert current_text(reader) == "Friday" and "match 1/1" in status(reader)
        await quotes_step(pilot, reader)
        # `"` again: the search's match is what n steps to once more.
        await pilot.press("quotation_mark")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert current_text(reader) == "Friday" and "match 1/1 for Friday" in status(reader)
        assert_lands(reader, current(reader)[0])


async def test_quotes_take_over_n_from_a_followed_entity(tmp_path: Path) -> None:
    """Variant: in the reader, e and enter on Hiroshi Ueda (n steps his mentions), then ``"``;
    following him again after that hands n back to his mentions."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article("a_ferry")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        options = panel.query_one(OptionList)
        ueda = next(i for i, k in enumerate(panel.keys) if k and k[1] == "Hiroshi Ueda")
        options.highlighted = ueda
        await pilot.press("enter")
        await settle(pilot)
        assert "mention 1/" in status(reader)
        reader.query_one("#article").focus()
        await pilot.press("g")  # back to the top: the first quote out of view again
        await settle(pilot)
        await quotes_step(pilot, reader)
        assert app.followed is not None  # still followed (and tinted), only not stepped
        options.focus()
        options.highlighted = ueda
        await pilot.press("enter")
        await settle(pilot)
        assert "mention 1/" in status(reader) and "Ueda" in current_text(reader)


async def test_quotes_take_over_n_after_a_fact_jump(tmp_path: Path) -> None:
    """Variant: f, the death toll's value "Twelve" (in a_ferry), enter, g, then ``"``, ``n``."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader, (_fact, value) = await open_fact_value(pilot, "Twelve")
        assert "fact:" in status(reader)
        await pilot.press("g")
        await settle(pilot)
        await quotes_step(pilot, reader)
        assert reader.doc == value.doc  # n stayed in the article: its quotes, not the fact's values
