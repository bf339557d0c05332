"""A word hyphenated over a hard line break (issue #14's re-test at the end of session 16,
n1/wrap_hyphen.txt: "cap-\\nsized" showed "cap- sized"): shown whole when the article writes the
joined word elsewhere ("capsized"), else as the hyphenated word it is ("well-known"), never with
a space after its hyphen; every offset still points into the text as written."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.corpus.blocks import joined_shown, known_words
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

WRAP_HYPHEN = (  # the reported input, with the joined word written once more in its last line
    "Nordlys inquiry: captain warned of pump fault\n"
    "The captain of the ferry Nordlys warned his employer three times\n"
    "about a faulty ballast pump in the weeks before the vessel cap-\n"
    "sized, the inquiry heard on Wednesday. His emails, read out by\n"
    'his widow, described the pump as "a danger to every passenger".\n'
    "The company's technical director, Jon Dahl, said he had never\n"
    "seen the emails. The inquiry continues on Thursday with evidence\n"
    "from the harbour master, who was on the quay when the ferry capsized.\n"
)


@pytest.mark.parametrize(
    ("block", "rest", "shown"),
    [
        # reported: "cap-" / "sized", the article writes "capsized" elsewhere
        (
            "before the vessel cap-\nsized, the inquiry heard",
            "The ferry capsized.",
            "before the vessel capsized, the inquiry heard",
        ),
        # ours: a real hyphen over the break stays ("well-known": no "wellknown" in the article)
        ("a well-\nknown captain of the\nferry", "", "a well-known captain of the ferry"),
        # ours: indented wire copy, the joined word in the same block, capital-letter words left as they were
        (
            "  the govern-\n  ment said the inquiry would report. The government\n  and the Halvik-\n  Osland line",
            "",
            "  the government said the inquiry would report. The government and the Halvik- Osland line",
        ),
    ],
)
def test_a_word_hyphenated_over_a_break_is_shown_whole_or_hyphenated(block: str, rest: str, shown: str) -> None:
    got = joined_shown(block, known_words(f"{block}\n{rest}"))
    assert got is not None and got.text == shown
    assert len(got.positions) == len(block) + 1 and got.positions[-1] == len(got.text)
    assert list(got.positions) == sorted(got.positions)
    for i, ch in enumerate(block):
        if ch.isalnum():  # every letter is shown where it is (a hidden hyphen: where the next is)
            assert got.text[got.positions[i]] == ch, (i, ch)


def test_cli_show_prints_the_word_whole(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "wrap_hyphen.txt").write_text(WRAP_HYPHEN, "utf-8")
    from waic_reader.tui.cli.main import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["show", "--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "idx"), "wrap_hyphen"]) == 0
    out = buf.getvalue()
    assert "before the vessel capsized, the inquiry heard" in out
    assert "cap- sized" not in out and "cap-sized" not in out


async def test_the_reader_shows_the_word_whole_and_finds_it(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "wrap_hyphen.txt").write_text(WRAP_HYPHEN, "utf-8")
    ws = Workspace(folder, index_dir=tmp_path / "idx")
    app = WaicReaderApp(ws, StartOptions(open_doc="wrap_hyphen"), save_settings=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        article = reader.loaded.article
        view = reader.query_one(ArticleView)
        start = article.text.index("cap-")
        block = view.view_for_offset(start)
        assert block is not None
        assert "the vessel capsized, the inquiry heard" in block.shown_text
        assert "cap- sized" not in block.shown_text
        # the written word's first and last letters are where the shown word's are
        at = block.shown_offset(start)
        assert block.shown_text[at : at + len("capsized")] == "capsized"
