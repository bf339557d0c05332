"""QuotesScreen and quotes in the reader, in the running app (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import DataTable, Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.article_view import ArticleView

SIZE = (120, 40)


def app_on(corpus: Path | None = None) -> WaicReaderApp:
    return WaicReaderApp(Workspace(corpus), save_settings=False)


def long_corpus(root: Path) -> Path:
    """Two articles; the quotes of the second start far below the first screenful."""
    corpus = root / "corpus"
    corpus.mkdir()
    filler = "".join(
        f"Paragraph {i} describes the harbour, its cranes and the queue of ships waiting outside the breakwater.\n\n"
        for i in range(40)
    )
    (corpus / "a.txt").write_text(
        "Port strike enters second week\n\n"
        '"We will not go back without a written offer," said union leader Marta Eklund on Monday.\n',
        "utf-8",
    )
    (corpus / "b.txt").write_text(
        "Strike talks stall\n\n" + filler + '"We will not go back without a written offer," Marta Eklund said.\n',
        "utf-8",
    )
    return corpus


def visible(reader: ReaderScreen, offset: int) -> bool:
    view = reader.query_one(ArticleView)
    block = view.view_for_offset(offset)
    assert block is not None
    top, bottom = view.scroll_offset.y, view.scroll_offset.y + view.size.height
    return top <= view.block_row(block) < bottom


async def test_q_lists_speakers_with_statements_per_outlet() -> None:
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        speaker, statements = screen.speakers[0]
        assert speaker.name == "Li Qiang" and len(statements) >= 10
        table = screen.query_one(SpeakerTable)
        row = [c.plain for c in table.get_row_at(0)]
        assert row[0] == "Li Qiang" and row[1] == str(len(statements))
        assert all(cell != "·" for cell in row[2:])  # every outlet reports him
        heading = screen.query_one("#quotes-heading", Static).render()
        assert "speakers" in str(heading)


async def test_enter_opens_the_reader_at_the_quote_with_its_speaker(tmp_path: Path) -> None:
    app = app_on(long_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert screen.speakers[0][0].name == "Marta Eklund"
        st = screen.speakers[0][1][0]
        assert st.wording == "same" and [q.doc for q in st.members] == ["a", "b"]
        await pilot.press("enter")  # to the statements
        assert screen.query_one(StatementTable).has_focus
        await pilot.press("l", "enter")  # the second outlet's wording
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == "b"
        quote = st.members[1]
        assert quote.start > 2000 and visible(reader, quote.start)
        status = str(reader.query_one("#reader-status", Static).render())
        assert "Marta Eklund" in status and "quote" in status


async def test_reader_quote_key_tints_quotes_and_steps_through_them() -> None:
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(app.workspace.corpus.resolve("002"))
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and not reader.quotes_on
        await pilot.press("quotation_mark")
        await settle(pilot)
        assert reader.quotes_on and reader.targets()
        await pilot.press("n")
        await settle(pilot)
        quote = reader.current_quote()
        assert quote is not None and quote.speaker is not None
        assert quote.speaker.name in str(reader.query_one("#reader-status", Static).render())
        await pilot.press("quotation_mark")
        await settle(pilot)
        assert not reader.quotes_on and reader.current_quote() is None


async def test_s_searches_what_the_speaker_said() -> None:
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query").value == 'said:"Li Qiang"'  # type: ignore[attr-defined]


async def test_escape_goes_back_from_statements_then_out() -> None:
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        await pilot.press("enter")
        assert screen.query_one(StatementTable).has_focus
        await pilot.press("escape")
        assert screen.query_one(SpeakerTable).has_focus
        await pilot.press("escape")
        assert not isinstance(app.screen, QuotesScreen)


async def test_hostile_text_stays_literal(tmp_path: Path) -> None:
    corpus = tmp_path / "hostile"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        'Summit\n\n"[b]We[/b] will [@click=app.quit]act[/] now," said Minister Paul Okafor on Monday.\n', "utf-8"
    )
    app = app_on(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        table = app.screen.query_one(StatementTable)
        cell = table.get_row_at(0)[0]
        assert "[b]We[/b]" in cell.plain and "[@click=app.quit]" in cell.plain
        assert isinstance(app.screen.query_one(SpeakerTable), DataTable)


async def test_the_speaker_line_says_statement_for_one() -> None:
    """Reported (issue 13, fresh tester): "1 statements" in the detail line."""
    app = app_on()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        seen = set()
        for row, (_speaker, statements) in enumerate(screen.speakers):
            if len(statements) in seen:
                continue
            screen.query_one(SpeakerTable).move_cursor(row=row)
            await settle(pilot)
            title = str(screen.query_one("#quotes-speaker-title", Static).render())
            n = len(statements)
            assert f"  ·  {n} statement{'s' if n != 1 else ''}  ·  " in title, title
            seen.add(n)
        assert 1 in seen and len(seen) > 1


async def test_a_reported_quote_after_a_dateline_shows_and_lands_without_it(tmp_path: Path) -> None:
    # t13b N3: the statement's row shows the quote from where its sentence starts, after the wire
    # dateline, and Enter opens the reader at the quote's own offsets.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (
        "Dam breach floods Veldhaven\n\n"
        "VELDHAVEN, Oct 3, 2025 (Reuters) - A dam above the town gave way on Friday, killing eight people, "
        "Mayor Elske Brandt said.\n"
    )
    (corpus / "a.txt").write_text(text, "utf-8")
    app = app_on(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert screen.speakers[0][0].name == "Elske Brandt"
        quote = screen.speakers[0][1][0].members[0]
        assert quote.text.startswith("A dam above") and text[quote.start : quote.end] == quote.text
        await pilot.press("enter")
        await settle(pilot)
        row = " ".join(
            c.plain if hasattr(c, "plain") else str(c) for c in screen.query_one(StatementTable).get_row_at(0)
        )
        assert "A dam above" in row and "VELDHAVEN" not in row and "Reuters) -" not in row
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == "a" and visible(reader, quote.start)
        status = str(reader.query_one("#reader-status", Static).render())
        assert "Elske Brandt" in status and "quote" in status


async def _speaker_line(corpus: Path) -> str:
    app = app_on(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen) and screen.speakers
        row = next(i for i, (sp, _) in enumerate(screen.speakers) if "Okafor" in sp.name)
        screen.query_one(SpeakerTable).move_cursor(row=row)
        await settle(pilot)
        return str(screen.query_one("#quotes-speaker-title", Static).render())


QUOTE = '"The fire is under control," fire chief Marisol Okafor said on {day}.\n'


@pytest.mark.parametrize(
    ("files", "want"),
    [
        # Reported (issue 13, fresh tester, F9): "AFP 1, Reuters 1, Reuters 1", two bare Reuters.
        (["afp_kb", "reuters_kb", "wire2_kb"], ["AFP 1", "Reuters (reuters_kb) 1", "Reuters (wire2_kb) 1"]),
        # Long ids of one outlet: the start that tells them apart, with an ellipsis.
        (
            ["reuters_2026_11_04_morning", "reuters_2026_11_04_evening"],
            ["Reuters (reuters_2026_11_04_m…) 1", "Reuters (reuters_2026_11_04_e…) 1"],
        ),
        # One article of each outlet: the outlet alone, as before.
        (["afp_kb", "reuters_kb"], ["AFP 1", "Reuters 1"]),
    ],
)
async def test_the_speaker_line_tells_same_outlet_articles_apart(
    tmp_path: Path, files: list[str], want: list[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    days = ["Monday", "Tuesday", "Wednesday"]
    meta = ["articles:"]
    for doc, day in zip(files, days, strict=False):
        (corpus / f"{doc}.txt").write_text(f"Plant fire\n\n{QUOTE.format(day=day)}", "utf-8")
        meta += [f"  {doc}.txt:", f"    outlet: {'AFP' if doc.startswith('afp') else 'Reuters'}"]
    (corpus / "corpus.yaml").write_text("\n".join(meta) + "\n", "utf-8")
    title = await _speaker_line(corpus)
    shown = title.rsplit("  ·  ", 1)[-1]
    assert sorted(shown.split(", ")) == sorted(want), title


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)])
async def test_column_heads_keep_the_ids_that_tell_one_outlet_apart(tmp_path: Path, size: tuple[int, int]) -> None:
    """Reported (issue 13, fresh tester, F9): the heads read "Reuters (reuter)" and "Reuters
    (wire2_)": the whole head was cut to the column, the id with it. Fitted by column_names,
    the id stays whole (or ends in "…") at every width."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    files = ["afp_kb", "reuters_kb", "wire2_kb"]
    meta = ["articles:"]
    for doc, day in zip(files, ["Monday", "Tuesday", "Wednesday"], strict=True):
        (corpus / f"{doc}.txt").write_text(f"Plant fire\n\n{QUOTE.format(day=day)}", "utf-8")
        meta += [f"  {doc}.txt:", f"    outlet: {'AFP' if doc.startswith('afp') else 'Reuters'}"]
    (corpus / "corpus.yaml").write_text("\n".join(meta) + "\n", "utf-8")
    app = app_on(corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        for table in (screen.query_one(SpeakerTable), screen.query_one(StatementTable)):
            heads = {str(c.key.value): str(c.label).strip() for c in table.columns.values()}
            for doc in ("reuters_kb", "wire2_kb"):
                head = heads[doc]
                # The head is "Outlet (id)", or the id alone where the outlet has no room; a cut
                # id says so with "…" and keeps the ends that tell it apart.
                # (or, narrower, the outlet cut beside the id: "Re… reuters_kb", round s53-t)
                tag = head[head.rindex("(") + 1 : -1] if head.endswith(")") else head.split("… ", 1)[-1]
                start, _, end = tag.partition("…")
                assert tag == doc or (doc.startswith(start) and doc.endswith(end) and "…" in tag), heads
            assert heads["reuters_kb"] != heads["wire2_kb"]
