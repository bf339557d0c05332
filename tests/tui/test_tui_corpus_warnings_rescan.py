"""corpus.yaml's warnings follow the folder as it is listed now (acceptance s11: a warning that an
entry names no file stayed, for a file added while the app ran, until a restart). They are
recomputed with every rescan (ctrl+r, or the library shown again), whether or not corpus.yaml
itself changed: the library's status line counts them and a new one is a notice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snapshot_app import settle

from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp

ARTICLE = "Harbour cranes idle\n\nThe port of Rotterdam said on Monday that automated cranes stood idle for a day.\n"


def add_entry(corpus: Path, name: str) -> None:
    with (corpus / "corpus.yaml").open("a", encoding="utf-8") as f:
        f.write(f"  {name}:\n    outlet: Harbour Gazette\n")


def make(corpus: Path, tmp_path: Path) -> tuple[WaicReaderApp, list[str]]:
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), save_settings=False)
    shown: list[str] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        if kw.get("title") == "corpus.yaml":
            shown.append(message)
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return app, shown


def status(app: WaicReaderApp) -> str:
    return str(app.screen.query_one("#library-status").render())


def missing(app: WaicReaderApp, name: str) -> list[str]:
    return [w for w in app.corpus_warnings if f"no file {name!r}" in w]


async def test_a_file_added_while_running_clears_its_warning_on_ctrl_r(seeds_copy: Path, tmp_path: Path) -> None:
    """The report: the entry's file is added after start, then ctrl+r."""
    add_entry(seeds_copy, "late.txt")
    app, shown = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert missing(app, "late.txt") and any("'late.txt'" in m for m in shown)
        assert "1 corpus.yaml warning" in status(app)
        (seeds_copy / "late.txt").write_text(ARTICLE, "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.corpus_warnings == ()
        assert "corpus.yaml warning" not in status(app)
        assert app.screen.rows["late"]["outlet"] == "Harbour Gazette"  # type: ignore[attr-defined]


async def test_a_file_in_a_subfolder_added_while_reading_clears_when_the_library_is_back(
    seeds_copy: Path, tmp_path: Path
) -> None:
    add_entry(seeds_copy, "more/late.md")
    app, _ = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert missing(app, "more/late.md")
        await pilot.press("enter")
        await settle(pilot)
        (seeds_copy / "more").mkdir()
        (seeds_copy / "more" / "late.md").write_text(ARTICLE, "utf-8")
        await pilot.press("escape")
        await settle(pilot)
        assert app.corpus_warnings == ()
        assert "corpus.yaml warning" not in status(app)


async def test_a_file_removed_while_running_is_warned_of_once(seeds_copy: Path, tmp_path: Path) -> None:
    add_entry(seeds_copy, "harbour.txt")
    (seeds_copy / "harbour.txt").write_text(ARTICLE, "utf-8")
    app, shown = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.corpus_warnings == () and shown == []
        (seeds_copy / "harbour.txt").unlink()
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert missing(app, "harbour.txt") and "1 corpus.yaml warning" in status(app)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert len([m for m in shown if "'harbour.txt'" in m]) == 1  # one notice, not one per rescan


def test_the_corpus_says_it_after_a_rescan_without_a_corpus_yaml_change(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "corpus.yaml").write_text(
        "articles:\n  late.txt:\n    title: Late\n  a.txt:\n    date: 2025-13-45\n  gone.txt:\n    title: G\n", "utf-8"
    )
    corpus = Corpus.scan(root)
    before = corpus.meta_errors
    assert [e.split("corpus.yaml:")[1].split(": ")[0] for e in before] == ["3:5", "5:11", "7:5"]
    (root / "late.txt").write_text(ARTICLE, "utf-8")
    assert corpus.rescan() == ["late"]
    after = corpus.meta_errors
    assert after == before[1:]  # the rest stays, in the file's order
    assert corpus.article("late").title == "Late"


async def test_a_file_taken_in_by_the_timeline_clears_its_warning_back_in_the_library(
    seeds_copy: Path, tmp_path: Path
) -> None:
    """The timeline lists the folder again itself: back in the library the warning is gone too."""
    add_entry(seeds_copy, "late.txt")
    app, _ = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert missing(app, "late.txt")
        (seeds_copy / "late.txt").write_text(ARTICLE, "utf-8")
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.corpus_warnings == ()
        assert "corpus.yaml warning" not in status(app)


async def test_an_older_warnings_result_arriving_last_is_dropped(seeds_copy: Path, tmp_path: Path) -> None:
    """Three workers compute the warnings; one computed before a rescan may post after it. Its
    stamp is older than the result shown, so the warning the rescan cleared does not come back."""
    add_entry(seeds_copy, "late.txt")
    app, shown = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        stale, stale_stamp = app.corpus_warnings, app._warnings_shown_stamp
        assert missing(app, "late.txt") and stale_stamp > 0
        (seeds_copy / "late.txt").write_text(ARTICLE, "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.corpus_warnings == () and app._warnings_shown_stamp > stale_stamp
        app._show_corpus_warnings(stale, stale_stamp)  # the old worker's result, last to arrive
        await pilot.pause()
        assert app.corpus_warnings == ()
        assert "corpus.yaml warning" not in status(app)
        # A result stamped after the one shown is taken in (and shown as a notice once).
        app._show_corpus_warnings(("corpus.yaml:9:1: newer",), next(app._warnings_stamps))
        await pilot.pause()
        assert app.corpus_warnings == ("corpus.yaml:9:1: newer",) and "corpus.yaml:9:1: newer" in shown


def said(app: WaicReaderApp) -> list[str]:
    """Every notice the app has put up, in order (recorded: see ``record_notices``)."""
    return app.said  # type: ignore[attr-defined, no-any-return]


def record_notices(app: WaicReaderApp) -> None:
    app.said = []  # type: ignore[attr-defined]
    notify = app.notify

    def recording(message: str, **kwargs: Any) -> None:
        app.said.append(message)  # type: ignore[attr-defined]
        notify(message, **kwargs)

    app.notify = recording  # type: ignore[method-assign]


def warned(app: WaicReaderApp, name: str) -> int:
    """How many times the missing-file warning for ``name`` was put up, less the times it was
    said to no longer apply: 1 while it stands, 0 once fixed."""
    up = sum(1 for m in said(app) if f"no file {name!r}" in m and not m.startswith("No longer applies"))
    down = sum(1 for m in said(app) if f"no file {name!r}" in m and m.startswith("No longer applies"))
    return up - down


async def test_a_fixed_warning_is_said_to_no_longer_apply(seeds_copy: Path, tmp_path: Path) -> None:
    """Reported (issue 13, fresh tester): after ctrl+r took in the missing file, the notice
    "no file 'cnn_0314.txt' in the corpus" stayed on screen as if it stood. Now a notice says it
    no longer applies (Textual has no public way to take one notice down). Variants: fixed while
    reading (the library shown again), and a file gone, back, gone again (said each time)."""
    add_entry(seeds_copy, "late.txt")
    add_entry(seeds_copy, "more/later.md")
    app, _ = make(seeds_copy, tmp_path)
    record_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert warned(app, "late.txt") == 1 and warned(app, "more/later.md") == 1
        (seeds_copy / "late.txt").write_text(ARTICLE, "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert warned(app, "late.txt") == 0
        assert warned(app, "more/later.md") == 1  # still missing: still stands
        await pilot.press("enter")
        await settle(pilot)
        (seeds_copy / "more").mkdir()
        (seeds_copy / "more" / "later.md").write_text(ARTICLE, "utf-8")
        await pilot.press("escape")
        await settle(pilot)
        assert warned(app, "more/later.md") == 0
        (seeds_copy / "late.txt").unlink()
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert warned(app, "late.txt") == 1  # gone again: said again
        (seeds_copy / "late.txt").write_text(ARTICLE, "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert warned(app, "late.txt") == 0
