"""The search box searches as the user types: the unfinished last word is an exact prefix from
its second letter (issue 15: typing ``st`` showed "No article matches st")."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.search import SearchScreen


@pytest.mark.parametrize("typed", ["st", "zh", "hinton ch"])
async def test_each_letter_typed_shows_the_prefix_matches(typed: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        ws = app.workspace
        for n in range(1, len(typed) + 1):
            await pilot.press("space" if typed[n - 1] == " " else typed[n - 1])
            await settle(pilot)
            so_far = typed[:n]
            last = so_far.split()[-1] if so_far.strip() else ""
            if len(last) < 2 or so_far.endswith(" "):
                continue
            want = ws.search(f"{so_far}*", limit=20)
            assert want.total, so_far
            got = screen.results
            assert got is not None and got.query == so_far
            assert got.total == want.total and [h.doc for h in got.hits] == [h.doc for h in want.hits]
            status = str(screen.query_one("#search-status").render())
            assert "No article matches" not in status


@pytest.mark.parametrize(
    ("pasted", "shown"),
    [
        ("Hinton\u202e", "Hinton<U+202E>"),  # reported: a pasted bidi override showed as �
        ("Hinton\x9b", "Hinton<U+009B>"),  # a C1 control (CSI)
        ("Hinton\x07", "Hinton␇"),  # BEL: a control picture, as everywhere in the app
        ("\u2066Hinton\u2069", "<U+2066>Hinton<U+2069>"),
    ],
)
async def test_pasted_controls_show_as_the_apps_stand_ins(pasted: str, shown: str) -> None:
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#query")
        box.post_message(events.Paste(pasted))
        await settle(pilot)
        assert box.value == shown
        line = box.render_line(0).text
        assert shown in line and "\ufffd" not in line
        assert not any(c in line for c in "\u202e\x9b\x07\u2066\u2069")
        # The stand-ins are no part of the words searched.
        got = screen.results
        want = app.workspace.search(
            pasted.translate({0x202E: " ", 0x9B: " ", 0x07: " ", 0x2066: " ", 0x2069: " "}), limit=20
        )
        assert got is not None and got.total == want.total and got.total > 0


def typed_at_once(app: WaicReaderApp, *keys: str) -> None:
    """Post ``keys`` to the app as the terminal delivers keys read in one go (``tmux send-keys
    C-u abc``): all queued before the first is handled, no wait between them (``Pilot.press``
    waits for the app to go idle after each key, which hid the bug)."""
    from textual import events

    controls = {"ctrl+u": "\x15", "backspace": "\x7f", "left": None}
    for key in keys:
        app.post_message(events.Key(key, controls.get(key, key)))


@pytest.mark.parametrize(
    ("before", "settled", "keys", "want"),
    [
        # Reported: ctrl+u then "abc" typed straight after it gave "bc" or "".
        ("hinton", True, ["ctrl+u", "a", "b", "c"], "abc"),
        ("hinton", True, ["ctrl+u", "q"], "q"),  # one letter after it
        ("hinton", False, ["ctrl+u", "a", "b", "c"], "abc"),  # while hinton's search runs
        ("hinton", True, ["backspace", "x"], "hintox"),  # every key bound in the box, in order
        ("hinton", True, ["left", "s"], "hintosn"),
    ],
)
async def test_keys_bound_in_the_box_run_in_the_order_typed(
    before: str, settled: bool, keys: list[str], want: str
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#query", Input)
        typed_at_once(app, *before)
        if settled:
            await settle(pilot)
            assert box.value == before
        typed_at_once(app, *keys)
        await settle(pilot)
        assert box.value == want
        assert screen.results is not None and screen.results.query == want
