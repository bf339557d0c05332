"""A mention opened from the entities × outlets matrix whose name a hard-wrapped file breaks over
two lines ("Marta\\nIlvesco") lands on it (t13aj N13, issue #13). Before, the reader compared the
mention's words as kept (single-spaced, "Marta Ilvesco") with the file's text byte for byte, said
the file had "changed since the entity matrix was made" and the name "is no longer in it", opened
at the top with "mention –/1", and the first n went to that same mention."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle
from textual.widgets import DataTable, OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen

STRIKE = Path(__file__).resolve().parents[1] / "fixtures" / "strike_t13aj"

FILLER = (
    "The harbour master said the queue of vessels outside the breakwater had grown overnight and "
    "that pilots were working in shifts to keep the approach channel clear for emergency traffic."
)
NAME = "Jonas Feld"


def _hard_wrapped(indent: str) -> str:
    """A wire story hard-wrapped at 60 to 79 columns, its paragraphs' first lines indented by
    ``indent`` (old wire copy) or not: the first width that breaks the name over two lines."""
    paragraphs = [f"{FILLER} {FILLER}"] * 4 + [
        f"Speaking on the quay on Thursday, the ferry crews' spokesman {NAME} told reporters that the walkout would go on.",
        FILLER,
        f"After a meeting with the ferry operator's managers, {NAME} said that talks had stalled for now.",
    ]
    for width in range(60, 80):
        body = "\n\n".join(textwrap.fill(p, width, initial_indent=indent) for p in paragraphs)
        if NAME.replace(" ", "\n") in body:
            return f"Ferry crews join harbour walkout\n\nBy Nils Hald\n\n{body}\n"
    raise AssertionError("no width breaks the name")


def _wire(root: Path) -> tuple[str, str]:
    (root / "ferry.txt").write_text(_hard_wrapped(""), "utf-8")
    return "ferry", NAME


def _indented(root: Path) -> tuple[str, str]:
    (root / "ferry-old.txt").write_text(_hard_wrapped("    "), "utf-8")
    return "ferry-old", NAME


def _tester(root: Path) -> tuple[str, str]:
    # The tester's wire copy, in its corpus's layout (a subfolder), as reported.
    shutil.copytree(STRIKE, root, dirs_exist_ok=True)
    return "wire/nordwire-0314", "Marta Ilvesco"


@pytest.mark.parametrize("make", [_tester, _wire, _indented], ids=["reported", "wrapped", "indented"])
async def test_a_matrix_jump_to_a_name_broken_over_lines_lands_on_it(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    doc, name = make(corpus)
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "index"), save_settings=False)
    notices: list[str] = []
    notify = app.notify
    app.notify = lambda message, *a, **k: (notices.append(str(message)), notify(message, *a, **k))[1]  # type: ignore[method-assign]
    async with app.run_test(size=(60, 20)) as pilot:
        while not app.index_ready:
            await pilot.pause(0.05)
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        matrix = app.screen
        assert isinstance(matrix, EntityMatrixScreen)
        row = next(i for i, r in enumerate(matrix.shown) if r.entity.name == name)
        matrix.query_one(DataTable).move_cursor(row=row, column=0)
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        broken = next(i for i, (d, m) in enumerate(modal.mentions) if d == doc and "\n" in _text(app, d, m))
        options = modal.query_one(OptionList)
        options.highlighted = [o.id for o in options.options].index(str(broken))
        start = modal.mentions[broken][1].start
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == doc and reader.loaded is not None
        assert not [n for n in notices if "changed since" in n], notices
        text = reader.loaded.article.text
        here = reader.targets()[reader.current]
        assert here[0] == start and " ".join(text[here[0] : here[1]].split()) == name
        assert_lands(reader, start)
        mentions = [t for t in reader.targets() if " ".join(text[t[0] : t[1]].split()) == name]
        if len(mentions) > 1:  # n steps on to the other mention, and it lands too
            await pilot.press("n")
            await settle(pilot)
            after = reader.targets()[reader.current]
            assert after != here and after in mentions
            assert_lands(reader, after[0])


def _text(app: WaicReaderApp, doc: str, m) -> str:  # type: ignore[no-untyped-def]
    article = app.workspace.corpus.article(doc)
    return article.text[m.start : m.end]
