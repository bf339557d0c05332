"""Start-up warnings: one short notice where they would not fit, and a list of them all (issue 13,
s21 #13a/#13b). Reported: at 60x20, a corpus.yaml with a bad value (``date: 2025-13-45``) and a
noise mark that no longer matches its block gave two notices stacked over most of the screen,
hiding the library; and no screen listed the warnings (only ``waic-reader index``).

Each case: the reported one, and two of my own (more bad values and marks; a duplicate key, a
value written as markup, and a mark on a block whose text was rewritten). Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList
from textual.widgets._toast import Toast

from waic_reader.index.workspace import Workspace
from waic_reader.tui.corpus_warnings import notices_room
from waic_reader.tui.screens.warnings import WarningsScreen

STORY = "{title}\n\n{outlet}\n\nThe {place} flood barrier failed on Tuesday, officials said, and {n} homes were evacuated.\n"
PLACES = [("a", "Ostrava", "Northwire"), ("b", "Lindqvist", "Riverside Gazette"), ("c", "Marrow", "Harbour Post")]

# case: (corpus.yaml, the articles whose marked line is then edited, corpus.yaml warnings at least)
CASES = {
    "report": ("articles:\n  a.txt:\n    outlet: Northwire\n    date: 2025-13-45\n", ["a"], 1),
    "more": (
        "articles:\n  a.txt:\n    date: 2024-02-30\n  b.txt:\n    date: someday soon\n  c.txt:\n    date: 07/08/2024\n",
        ["a", "b", "c"],
        3,
    ),
    "markup": (
        'articles:\n  b.txt:\n    outlet: Quillon Ledger\n    outlet: Quillon Again\n    date: "[b]2023-00-12[/b]"\n',
        ["b"],
        2,
    ),
}


def corpus_for(tmp_path: Path, case: str) -> tuple[Path, int]:
    """The case's folder, its marks made and then lost (the marked line edited); how many lost."""
    yaml, edited, _ = CASES[case]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, place, outlet in PLACES:
        text = STORY.format(title=f"{place} barrier gives way", outlet=outlet, place=place, n=100 + len(name))
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    ws = Workspace(corpus)
    for name, _place, outlet in PLACES:
        if name in edited:
            ws.mark_block(name, outlet, "noise")
    for name, _place, outlet in PLACES:
        if name in edited:
            path = corpus / f"{name}.txt"
            path.write_text(path.read_text("utf-8").replace(outlet, f"{outlet} Online Edition"), "utf-8")
    (corpus / "corpus.yaml").write_text(yaml, "utf-8")
    return corpus, len(edited)


def warning_toasts(app: object) -> list[Toast]:
    return [t for t in app.screen.query(Toast) if t.region.area]  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", list(CASES))
async def test_small_screen_one_short_notice_library_in_view(case: str, tmp_path: Path) -> None:
    corpus, lost = corpus_for(tmp_path, case)
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause(0.1)
        count = len(app.corpus_warnings) + len(app.mark_warnings)
        assert len(app.corpus_warnings) >= CASES[case][2] and len(app.mark_warnings) == lost, (
            app.corpus_warnings,
            app.mark_warnings,
        )
        toasts = warning_toasts(app)
        assert len(toasts) == 1, [str(t.render()) for t in toasts]
        said = str(toasts[0].render())
        assert f"{count} warnings: W lists them" in said, said
        height = sum(t.region.height for t in toasts) + 1  # and the gap above each
        assert height <= 6, height
        # The library's table is on screen, the notice over no more than a few of its rows.
        table = app.screen.query_one("#library")
        assert table.region.height >= 10
        covered = sum(table.region.intersection(t.region).area for t in toasts)
        assert covered <= table.region.area // 4, (covered, table.region)
        # W lists them all, each corpus.yaml warning by line and column, each lost mark by article.
        await pilot.press("W")
        await settle(pilot)
        assert isinstance(app.screen, WarningsScreen)
        # The notice has done its job: it is not left over the list (t13g F10).
        assert not warning_toasts(app), [str(t.render()) for t in warning_toasts(app)]
        listed = app.screen.query_one(OptionList)
        assert app.screen.region.contains_region(app.screen.children[0].region)  # the dialog fits
        rows = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert len(rows) == count, rows
        assert sum(r.startswith("corpus.yaml:") for r in rows) == len(app.corpus_warnings), rows
        for warning in app.corpus_warnings:
            place = ":".join(warning.split(":")[:3])
            assert any(r.startswith(place + "  ") for r in rows), (place, rows)
        for name in CASES[case][1]:
            assert any(r.startswith(f"{name}  ") and "no longer matches" in r for r in rows), rows
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, WarningsScreen)


@pytest.mark.parametrize("case", list(CASES))
async def test_wide_screen_keeps_both_notices(case: str, tmp_path: Path) -> None:
    """At 120x40 they fit in half the screen: each is said as before (titled, naming the
    problems), the library in view."""
    corpus, _lost = corpus_for(tmp_path, case)
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause(0.1)
        toasts = warning_toasts(app)
        said = [str(t.render()) for t in toasts]
        assert len(toasts) == 2, said
        corpus_said = next(s for s in said if s.startswith("corpus.yaml"))
        assert "problems in corpus.yaml: line " in corpus_said or app.corpus_warnings[0] in corpus_said, said
        assert any(s.startswith("Noise marks") and "no longer match" in s for s in said), said
        assert sum(t.region.height + 1 for t in toasts) <= notices_room(40)
        assert app.screen.query_one("#library").region.height >= 20


async def test_the_list_shows_text_from_the_file_as_written(tmp_path: Path) -> None:
    """A value written as markup is listed as written (never read as styles), and the list is
    in the help (its key) and in the command palette."""
    corpus, _lost = corpus_for(tmp_path, "markup")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"warnings")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WarningsScreen)
        # The notice has done its job: it is not left over the list (t13g F10).
        assert not warning_toasts(app), [str(t.render()) for t in warning_toasts(app)]
        listed = app.screen.query_one(OptionList)
        rows = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert any("[b]2023-00-12[/b]" in r for r in rows), rows
        await pilot.press("escape")
        await pilot.press("question_mark")
        await settle(pilot)
        keys = str(app.screen.query_one("#help-keys").render())
        assert "W" in keys and "Every corpus.yaml warning" in keys, keys
