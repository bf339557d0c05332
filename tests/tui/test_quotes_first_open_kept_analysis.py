"""The first `Q` of a session takes each article's boilerplate, mentions and language as the index
keeps them (issue 13, round s32-m).

Reported (t13t F3/F5): the Quotes screen's first open took ~8 s at load 9 on 31 articles: it
read and analysed every article again (the boilerplate split, the language model loaded to tell
each article's language) though the index holds the spans, the mentions and the language for
each file as it is. Now they are taken from the index where the file, its ``corpus.yaml``
fields, the user's marks and its text are as indexed (the matrix's checks), and found again
otherwise: an edited file or a mark saved since is never served stale. The quotes are the same
either way.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.analysis import language as language_module
from waic_reader.index.analysis import noise as noise_module
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each boilerplate split (the doc id) and language told again ("language") from now on."""
    done: list[str] = []
    split, language = noise_module.split_noise, language_module.text_language

    def counted_split(article, *args, **kw):  # type: ignore[no-untyped-def]
        done.append(article.doc)
        return split(article, *args, **kw)

    def counted_language(*args, **kw):  # type: ignore[no-untyped-def]
        done.append("language")
        return language(*args, **kw)

    monkeypatch.setattr(noise_module, "split_noise", counted_split)
    monkeypatch.setattr(language_module, "text_language", counted_language)
    return done


def _indexed(tmp_path: Path, fixture: str) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    index = tmp_path / "ix"
    Workspace(root, index).ensure_index()
    return root, index


async def _open_quotes(app: WaicReaderApp, pilot) -> QuotesScreen:  # type: ignore[no-untyped-def]
    await pilot.press("Q")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        screen = app.screen
        if isinstance(screen, QuotesScreen) and screen.sheet is not None:
            break
        await pilot.pause(0.05)
    screen = app.screen
    assert isinstance(screen, QuotesScreen) and screen.sheet is not None
    return screen


# The reported corpus's kinds (wires, a Markdown analysis, a page, a Spanish article, corpus.yaml
# fields), plain texts with quotes, and articles in four languages.
@pytest.mark.parametrize("fixture", ["quotes_t13t_first_open", "quake", "languages_t13r"])
async def test_the_first_quotes_open_analyses_no_article_the_index_holds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str
) -> None:
    root, index = _indexed(tmp_path, fixture)
    expected = Workspace(root, tmp_path / "other-ix").quotes().to_json()  # no index: all analysed
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 3600.0)
    app = WaicReaderApp(Workspace(root, index), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        done = _counting(monkeypatch)
        screen = await _open_quotes(app, pilot)
        assert done == []
        assert screen.sheet is not None and screen.sheet.to_json() == expected


async def test_an_edited_file_is_analysed_again_and_its_quote_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root, index = _indexed(tmp_path, "quake")
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 3600.0)
    app = WaicReaderApp(Workspace(root, index), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        edited = app.workspace.corpus.docs[0]
        path = app.workspace.corpus.entries[edited].path
        said = "Ottilie Brannigan of Veskarin Relief said the tents would hold until spring."
        path.write_text(path.read_text(encoding="utf-8") + f"\n\n{said}\n", encoding="utf-8")
        app.workspace.rescan()
        done = _counting(monkeypatch)
        screen = await _open_quotes(app, pilot)
        assert done == [edited, "language"]  # the edited file alone, not served from the index
        assert screen.sheet is not None
        names = [sp.name for sp, _ in screen.sheet.speakers]
        assert "Ottilie Brannigan" in names


def test_a_mark_saved_since_is_split_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A paragraph holding a quote marked as boilerplate by another process: that article is split
    again, and its quote is a boilerplate one, as with no index at all."""
    root, index = _indexed(tmp_path, "quake")
    ws = Workspace(root, index)
    ws.ensure_index()
    before = ws.quotes()
    doc, quote = next((d, q) for d, qs in before.quotes.items() for q in qs if not q.noise and q.speaker)
    other = Workspace(root, index)
    analysis = other.analyser.analyse(other.corpus.article(doc))
    block = next(b for b in analysis.article.blocks if b.start <= quote.start < b.end)
    assert other.mark_block(doc, block.text, "noise") is None
    done = _counting(monkeypatch)
    after = ws.quotes()
    assert doc in done
    assert next(q for q in after.quotes[doc] if q.start == quote.start).noise
    assert after.to_json() == Workspace(root, tmp_path / "fresh-ix").quotes().to_json()
