"""Compare's aligned rows and the reader's boilerplate panel show a Markdown article's text as
the reader renders it, through the one renderer (index/corpus/markdown.py) (issue 13, helper
s15-k #4).

Reported: compare in aligned rows showed ``# Heading``, ``*By …*``, ``**Halvorsen Chemicals**``
and ``[Portmere plant](https://…)`` while the free panes and the reader rendered them; the
boilerplate panel showed ``*By Owen Pritchard in Portmere*``. The articles are written for this
test."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.index.corpus.markdown import article_excerpt
from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.aligned_view import AlignedView
from waic_reader.tui.widgets.noise_panel import NoisePanel

FT = (
    "# Blast at the Portmere plant\n\n"
    "*By Owen Pritchard in Portmere*\n\n"
    "Shares in **Halvorsen Chemicals** fell after the explosion at its "
    "[Portmere plant](https://example.com/plant) killed _at least 13 people_.\n\n"
    "The company said **13** workers had died and that 51 people were in hospital.\n\n"
    "- The union wrote to the company in *January*.\n\n"
    "Read more: [Chemical safety explained](https://example.com/explainer)\n\n"
    "*Sign up for our newsletter*\n"
)
WIRE = (
    "Blast at Portmere plant\n\n"
    "Shares in Halvorsen Chemicals fell after the explosion at its Portmere plant killed 13 people.\n\n"
    "The company said 13 workers had died and that 50 people were in hospital.\n"
)
SYNTAX = ("**", "](", "https://", "# ", "*By", "_at", "*Sign")


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "ft.md").write_text(FT, "utf-8")
    (corpus / "wire.txt").write_text(WIRE, "utf-8")
    (corpus / "copy.md").write_text(FT.replace("13 people", "14 people"), "utf-8")
    return corpus


async def test_aligned_rows_render_markdown(tmp_path: Path) -> None:
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        for a, b in (("ft", "wire"), ("ft", "copy")):  # the reported pairing, then two Markdown sides
            app.push_screen(CompareScreen(a, b))
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, CompareScreen)
            rows = screen.query_one(AlignedView).rows
            cells = [c.content.plain for r in rows for c in (r.a, r.b) if c.content.plain]
            joined = " ".join(" ".join(cells).split())
            assert "Shares in Halvorsen Chemicals fell after the explosion at its Portmere plant killed" in joined
            assert "By Owen Pritchard in Portmere" in joined and "• The union wrote" in joined
            assert not [c for c in cells if any(s in c for s in SYNTAX)], cells
            # the styled words (differences) are words of the shown text, not syntax
            for r in rows:
                for cell in (r.a, r.b):
                    plain = cell.content.plain
                    for span in cell.content.spans:
                        assert "*" not in plain[span.start : span.end] and "(" not in plain[span.start : span.end]
            await pilot.press("escape")
            await settle(pilot)


async def test_boilerplate_panel_renders_markdown(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    ws = Workspace(corpus, tmp_path / "ix")
    article = ws.corpus.article("ft")
    noise = [(s.start, s.end) for s in ws.analyser.analyse(article).split.noise]
    assert any("Read more" in article.text[s:e] for s, e in noise)  # boilerplate, with syntax
    assert any("Sign up" in article.text[s:e] for s, e in noise)
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(ReaderScreen("ft"))
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        options = app.screen.query_one(NoisePanel).query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Read more: Chemical safety explained" in p for p in prompts), prompts
        assert any("Sign up for our newsletter" in p for p in prompts), prompts
        assert not any(s in p for p in prompts for s in ("](", "https://", "*Sign")), prompts
        # a search match found only in the boilerplate is lit on the words shown
        panel = app.screen.query_one(NoisePanel)
        at = article.text.index("Chemical safety")
        assert panel.select_offset(at, at + len("Chemical safety"), "reverse")
        prompt = options.get_option_at_index(options.highlighted or 0).prompt
        lit = [prompt.plain[sp.start : sp.end] for sp in prompt.spans if sp.style == "reverse"]  # type: ignore[union-attr]
        assert lit == ["Chemical safety"], lit


def test_an_excerpt_maps_offsets_to_the_shown_words(tmp_path: Path) -> None:
    article = Workspace(write_corpus(tmp_path), tmp_path / "ix").corpus.article("ft")
    start = article.text.index("Shares")
    end = article.text.index("people_.") + 8
    text, at = article_excerpt(article, start, end)
    assert (
        text
        == "Shares in Halvorsen Chemicals fell after the explosion at its Portmere plant killed at least 13 people."
    )
    for word in ("Halvorsen Chemicals", "Portmere plant", "killed", "at least 13 people"):
        s = article.text.index(word, start)
        assert text[at(s) : at(s + len(word))] == word
    # a plain-text article is shown as written
    wire = Workspace(write_corpus(tmp_path / "2"), tmp_path / "ix2").corpus.article("wire")
    assert article_excerpt(wire, 0, 10)[0] == WIRE[:10]


def test_quotes_cells_render_markdown(tmp_path: Path) -> None:
    """The quotes screen's wording cells (and its detail line, the same words): ``reported **13**
    workers`` as "reported: 13 workers", tints on the words shown."""
    from waic_reader.tui.screens.quotes import CHANGED_STYLE, shown_quote, wording_cell

    ws = Workspace(write_corpus(tmp_path), tmp_path / "ix")
    sheet = ws.quotes(["ft", "wire"])
    article = sheet.article("ft")
    quotes = [q for st in sheet.attributed for q in st.members if q.doc == "ft"]
    reported = next(q for q in quotes if "13**" in q.text)  # the reported case
    words, span = shown_quote(reported, article)
    assert words.startswith("13 workers had died") and "**" not in words
    at = article.text.index("13**")
    assert span(at, at + 2) is not None
    s, e = span(at, at + 2)  # type: ignore[misc]
    assert words[s:e] == "13"
    cell = wording_cell(reported, [(at, at + 2)], 60, 3, article)
    assert "**" not in cell.plain and "13 workers" in cell.plain
    lit = [cell.plain[sp.start : sp.end] for sp in cell.spans if sp.style == CHANGED_STYLE]
    assert lit == ["13"], lit
