"""The article picker (``c``, compare's ``o``) reads the articles once, in its worker, not on
every key typed in its filter on the UI thread (issue 13 speed, s45-p).

Reported (profiling each screen's key on a 40-article corpus): each key typed in the picker's
filter asked the workspace for every article again (``Workspace.article_choices``: every stored
row of the index, ~2 s at 20,000 articles; every file read while no index is open), on the UI
thread, the screen's first paint waiting for it too. The kind: the list is read once, by the
screen's worker; what is typed meanwhile, ``enter`` included, applies once it is there. Checked as
the user meets it: the comparison opens with the article filtered for."""

from __future__ import annotations

import threading

import pytest
from snapshot_app import make_app, settle
from textual import events
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.pick import PickArticleScreen

CHARS = {"enter": "\r"}


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each read of the article list: was it on the UI (main) thread?"""
    reads: list[bool] = []
    real = Workspace.article_choices

    def choices(self: Workspace) -> list[tuple[str, str | None, str]]:
        reads.append(threading.current_thread() is threading.main_thread())
        return real(self)

    monkeypatch.setattr(Workspace, "article_choices", choices)
    return reads


@pytest.mark.parametrize("at_once", [False, True], ids=["typed", "typed-with-c-and-enter"])
async def test_the_picker_reads_the_articles_once_off_the_ui_thread(
    at_once: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = count_reads(monkeypatch)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = app.docs[0]
        reuters = next(doc for doc in app.docs if doc.startswith("004"))
        if at_once:  # as a terminal delivers keys read in one go: before the list is read
            for key in ["c", *"reuters", "enter"]:
                app.post_message(events.Key(key, CHARS.get(key, key)))
            await settle(pilot)
        else:
            await pilot.press("c")
            await settle(pilot)
            pick = app.screen
            assert isinstance(pick, PickArticleScreen)
            assert pick.query_one(OptionList).option_count == len(app.docs) - 1
            await pilot.press(*"reuters")
            await settle(pilot)
            assert [pick.query_one(OptionList).get_option_at_index(0).id] == [reuters]
            await pilot.press("enter")
            await settle(pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert (compare.a_doc, compare.b_doc) == (first, reuters)
        assert reads == [False]
