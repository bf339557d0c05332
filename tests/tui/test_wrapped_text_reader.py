"""Hard-wrapped plain text is shown as paragraphs (issue #14, item 3): a joined paragraph is
reflowed to the view's width, its file's line breaks and indentation shown as spaces, while
every offset (search matches, jumps) still points into ``show --json`` ``text`` as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.corpus.blocks import joined_shown
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

INDENTED_WRAP = (  # the reported input, c1/indented_wrap.txt
    "    Halvik mayor calls for ferry safety law\n\n"
    "    The mayor of Halvik, Lena Sorensen, on Thursday called for a new\n"
    "    national law on ferry safety, saying the existing rules had failed\n"
    "    to keep passengers safe and that operators were left to inspect\n"
    "    their own vessels.\n\n"
    "    Speaking at a press conference at the town hall, Sorensen said she\n"
    "    would ask parliament to create an independent inspectorate with the\n"
    "    power to ground ships that did not meet the standards.\n"
)
TAB_WIRE = (  # a variant: tab-indented wire copy under a headline, no blank lines
    "Mayor calls for ferry safety law\n"
    "\tThe mayor of Halvik, Lena Sorensen, on Thursday called for a new\n"
    "national law on ferry safety, saying the existing rules had failed to\n"
    "keep passengers safe and that operators were left to inspect their own\n"
    "vessels.\n"
    "\tSpeaking at a press conference at the town hall, Sorensen said she\n"
    "would ask parliament to create an independent inspectorate with the\n"
    "power to ground ships that did not meet the standards.\n"
)
WRAP60 = (  # a variant: wrapped at 60 columns, blank lines between paragraphs, ragged
    "Mayor calls for ferry safety law\n\n"
    "The mayor of Halvik, Lena Sorensen, on Thursday called\n"
    "for a new national law on ferry safety, saying the existing\n"
    "rules had failed to keep passengers safe and that operators\n"
    "were left to inspect their own vessels.\n\n"
    "Speaking at a press conference at the town hall, Sorensen\n"
    "said she would ask parliament to create an independent\n"
    "inspectorate with the power to ground ships that did not\n"
    "meet the standards.\n"
)
FIRST = (
    "The mayor of Halvik, Lena Sorensen, on Thursday called for a new national law on ferry safety, saying "
    "the existing rules had failed to keep passengers safe and that operators were left to inspect their own "
    "vessels."
)


def test_joined_shown_maps_every_offset() -> None:
    block = "The mayor called\n    for a new\tlaw \n\tyesterday."
    shown = joined_shown(block)
    assert shown is not None
    assert shown.text == "The mayor called for a new\tlaw yesterday."
    assert len(shown.positions) == len(block) + 1 and shown.positions[-1] == len(shown.text)
    for i, ch in enumerate(block):
        if not ch.isspace():
            assert shown.text[shown.positions[i]] == ch
    assert joined_shown("one line only") is None


@pytest.mark.parametrize("text", [INDENTED_WRAP, TAB_WIRE, WRAP60])
def test_cli_show_prints_paragraphs(tmp_path: Path, text: str) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(text, "utf-8")
    import contextlib
    import io

    from waic_reader.tui.cli.main import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["show", "--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "idx"), "a"]) == 0
    assert FIRST in buf.getvalue().splitlines()


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("text", [INDENTED_WRAP, TAB_WIRE, WRAP60])
async def test_the_reader_reflows_joined_paragraphs(tmp_path: Path, size: tuple[int, int], text: str) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "wrapped.txt").write_text(text, "utf-8")
    ws = Workspace(folder, index_dir=tmp_path / "idx")
    app = WaicReaderApp(ws, StartOptions(open_doc="wrapped"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"national rules", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        article = reader.loaded.article
        view = reader.query_one(ArticleView)
        start = article.text.index("The mayor")
        block = view.view_for_offset(start)
        assert block is not None and block.shown_text == FIRST
        # Drawn as one paragraph filling the view's width: as many rows as the joined text takes.
        lines = ["".join(seg.text for seg in strip).strip() for strip in view.block_lines(block)]
        rows = [line for line in lines if line]
        assert " ".join(" ".join(rows).split()) == FIRST
        # (the file's 3-4 lines of 60-70 columns would take 4 rows at 120 columns, 8 at 60)
        assert len(rows) <= len(FIRST) // (view.content_region.width - 12) + 1
        # The words found, one over a line break of the file in each input, are highlighted on
        # the shown words.
        assert reader.loaded.matches, "no match"
        found = []
        for s, e in reader.loaded.matches:
            at = view.view_for_offset(s)
            assert at is not None
            found.append(at.shown_text[at.shown_offset(s) : at.shown_offset(e)])
            assert found[-1] == " ".join(article.text[s:e].split())
            assert view.row_of_offset(s) is not None
        assert "national" in found and "rules" in found
