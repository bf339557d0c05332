"""Keys held while the app closes (session 17: a hold's round queued before the close ran after
it, and ``app.screen`` raised ScreenStackError, ending the run with a traceback)."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import ScreenStackError

from waic_reader.tui.early_keys import HeldKeys


class ClosedApp:
    """An app whose screens are gone: what HeldKeys meets after the app closed."""

    def __init__(self, running: bool) -> None:
        self.is_running = running
        self.screen_stack: list[Any] = []
        self.posted: list[Any] = []

    @property
    def screen(self) -> Any:
        raise ScreenStackError("No screens on stack")

    def post_message(self, message: Any) -> None:
        self.posted.append(message)

    def set_timer(self, *_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a closed app gets no timer")

    def call_later(self, *_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a closed app gets no callback")


@pytest.mark.parametrize("running", [True, False])
def test_a_hold_started_as_the_app_closes_drops_its_keys(running: bool) -> None:
    app = ClosedApp(running)
    held = HeldKeys(app)
    held.start([events.Key("n", "n")])  # its first round meets no screen
    assert not held.holding and app.posted == []


def test_a_round_queued_before_the_close_does_nothing_after_it() -> None:
    app = ClosedApp(running=False)
    held = HeldKeys(app)
    held.keys = [events.Key("right_square_bracket", "]")]
    held._round()  # as queued by call_later/set_timer before the close
    held._check()
    assert not held.holding and app.posted == []
