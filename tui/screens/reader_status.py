"""The reader's status line (ReaderScreen: ``#reader-status``), in words, from what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from waic_reader.index.corpus.text import visible
from waic_reader.tui.safe import plain
from waic_reader.tui.widgets.find_bar import FindBar

if TYPE_CHECKING:
    from waic_reader.tui.screens.reader import ReaderScreen


def status_line(screen: ReaderScreen) -> Content:
    """The reader's status line for what ``screen`` shows now: loading, what ctrl+f found, an
    error, the fact's value, the followed entity's mention (or that it is not mentioned), the
    quote and its speaker, the search match, or the keys to start with. Untrusted words (a
    name, a query, a speaker) go in as Content text, never as markup."""
    if screen.loaded is None:
        return plain("Loading…")
    followed = screen.app.followed
    targets = screen.targets()
    position = f"{screen.current + 1}/{len(targets)}" if screen.current >= 0 else f"–/{len(targets)}"
    if screen.finding:
        found = visible(screen.query_one(FindBar).value.strip(), keep_newlines=False)
        if targets:
            return Content.assemble(
                (f"find {position}", "bold"),
                " for ",
                (found, "italic"),
                "  ·  enter jumps to the first" if screen.query_one(FindBar).display else "",
                "  ·  n / N step  ·  escape clears",
            )
        else:
            return Content.assemble("no matches for ", (found, "italic"), " in this article")
    elif screen.loaded.error:
        return plain(screen.loaded.error, "$text-error")
    elif screen.quotes_leading():  # chosen last: before the fact, follow or search it came with
        return _quotes_line(screen, targets, position)
    elif screen.fact is not None:
        here = screen.fact_position()
        return Content.assemble(
            ("fact: ", "bold"),
            (screen.fact.label, "italic"),
            (
                "  ·  value " + (f"{here + 1}" if here is not None else "–") + f"/{len(screen.fact.values)}",
                "bold",
            ),
            "  ·  n / N step through its values" if len(screen.fact.values) > 1 else "",
        )
    elif followed and not targets:
        # The follow goes on as less keeps its pattern across files (an article opened from
        # the library, the palette, [ / ], the timeline): said in words, never "mention –/0"
        # (issue 13, t13b fault 6).
        return Content.assemble(
            (followed[1], "italic"),
            (" is not mentioned in this article", "bold"),
            "  ·  n / N go to the next / previous article that mentions it  ·  u stops following",
        )
    elif followed:
        return Content.assemble(
            (f"mention {position}", "bold"),
            " of ",
            (followed[1], "italic"),
            "  ·  n / N step (across articles)  ·  u stops following",
        )
    elif screen.current_quote() is not None or (screen.quotes_on and not screen.query_text):
        return _quotes_line(screen, targets, position)
    elif screen.query_text:
        article = ""
        if screen.doc in screen.results and len(screen.results) > 1:
            article = f"article {screen.results.index(screen.doc) + 1} of {len(screen.results)}  ·  "
        if targets:
            return Content.assemble(
                article,
                (f"match {position}", "bold"),
                " for ",
                (screen.query_text, "italic"),
                "  ·  n / N to step" + ("  ·  [ / ] other results" if article else ""),
            )
        elif screen.loaded.noise_matches:
            n = len(screen.loaded.noise_matches)
            return Content.assemble(
                article,
                "found only in the boilerplate: ",
                (f"{n} match{'es' if n != 1 else ''}", "bold"),
                " for ",
                (screen.query_text, "italic"),
                " (the panel shows the block; b closes it)",
            )
        else:
            return plain(f"{article}no matches for {screen.query_text} in the article body")
    else:
        walk = ""  # opened with a list of articles (a timeline mark of several): where in it
        if screen.doc in screen.results and len(screen.results) > 1:
            walk = f"article {screen.results.index(screen.doc) + 1} of {len(screen.results)}  ·  [ / ] the others  ·  "
        return plain(f"{walk}/ search  ·  e entities  ·  b boilerplate  ·  c compare  ·  ? help")


def _quotes_line(screen: ReaderScreen, targets: list[tuple[int, int]], position: str) -> Content:
    """The status while n / N step through the quotes: the current quote and its speaker, or
    (none current yet) how many are tinted."""
    quote = screen.current_quote()
    if quote is None:
        return plain(f'{len(targets)} quotes tinted  ·  n / N step through them  ·  " untints')
    who = quote.speaker.name if quote.speaker else "speaker unknown"
    return Content.assemble(
        (f"quote {position}", "bold"),
        " by ",
        (who, "bold $text-success"),
        f"  ({quote.kind}, {quote.cue}{', via ' + quote.source if quote.source else ''})",
        '  ·  n / N step  ·  " untints',
    )
