"""The reader's notes (acceptance s11): on the meta line under the title they were cut off at the
screen's edge without an ellipsis (at 120 columns the end of an impossible date's note, at 60 every
note). Each note now has lines of its own under the meta line, wrapped and whole at any width; the
meta line itself ends in an ellipsis when cut."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.geometry import Region
from textual.widgets import Static

from waic_reader.tui.screens.reader import ReaderScreen

BODY = "The death toll from the ferry rose to 12 people, officials said on Monday."
DATE_NOTE = "note: text date '31/06/2025' is no date (June has 30 days): not read"


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


def drawn(widget: Static) -> list[str]:
    """The lines ``widget`` draws on screen, trailing blanks dropped."""
    width, height = widget.size
    return [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, width, height))]


async def notes_at(root: Path, doc: str, size: tuple[int, int]) -> tuple[list[str], list[str]]:
    """(the meta line as drawn, the notes' lines as drawn) of ``doc`` in the reader."""
    app = make_app(open_doc=doc, corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        notes = reader.query_one("#reader-notes", Static)
        meta = reader.query_one("#reader-meta", Static)
        body = reader.query_one("#reader-body")
        if notes.display:
            assert notes.region.bottom <= body.region.y  # nothing of them under the article
        return drawn(meta), drawn(notes) if notes.display else []


def whole(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


async def test_an_impossible_dates_note_shows_whole_at_120_and_60_columns(tmp_path: Path) -> None:
    root = write(tmp_path / "c", {"b6.txt": f"Ferry headline six\n\nPosted: 31/06/2025\n\n{BODY}\n"})
    meta, notes = await notes_at(root, "b6", (120, 40))
    assert notes == [DATE_NOTE] and "note:" not in meta[0]
    meta, notes = await notes_at(root, "b6", (60, 20))
    assert len(notes) == 2 and whole(notes) == DATE_NOTE  # wrapped, every word there
    assert meta[0].endswith("…")  # the meta line says it is cut


async def test_broken_front_matter_and_several_notes_each_show_whole(tmp_path: Path) -> None:
    # The front matter's error quotes the file: markup in it stays literal.
    root = write(
        tmp_path / "c",
        {
            "notes/broken.md": "---\ntitle: Broken: front: [bold red]matter[/]\ndate: [2025-03-14\n---\n"
            f"Posted: 31/06/2025\n\n{BODY}\n",
            "plain.txt": f"Plain headline\n\n{BODY}\n",
        },
    )
    for size in ((120, 40), (60, 20), (44, 20)):
        _meta, notes = await notes_at(root, "notes/broken", size)
        text = whole(notes)
        assert text.startswith("note: notes/broken.md:") and "front matter ignored" in text, size
        assert text.endswith(DATE_NOTE), size  # the second note, after the first, whole
        assert all(len(line) <= size[0] for line in notes)
    _meta, notes = await notes_at(root, "plain", (60, 20))
    assert notes == []  # no notes: no line for them
