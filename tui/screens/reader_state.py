"""ReaderState: what the reader holds (the article shown, the jump it was opened with, what
n / N step through and the find box's matches), the base of ReaderScreen's parts
(reader_targets.py, reader.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import AwaitMount

from waic_reader.index.corpus.find import Token
from waic_reader.index.workspace import Opened
from waic_reader.tui.copy_selection import CopiesSelection
from waic_reader.tui.screens.reader_jumps import FactJump, Walk
from waic_reader.tui.widgets.article_view import Place
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.tui.app import WaicReaderApp


class ReaderState(CopiesSelection, ReportsWorkerErrors, Screen[None]):
    """The reader's state; its keys, workers and drawing are ReaderScreen's."""

    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    doc: reactive[str] = reactive("", init=False)
    # always_update: stepping onto the same target again (n on the only match, a jump to match 0
    # while 0 is current) must still restyle and scroll.
    current: reactive[int] = reactive(-1, init=False, always_update=True)

    def __init__(
        self,
        doc: str,
        query: str | None = None,
        at: int | None = None,
        follow: tuple[str, str] | None = None,
        results: Sequence[str] = (),
        quotes: bool = False,
        typing: bool = False,
        fact: FactJump | None = None,
        at_text: str | None = None,
        jumped_from: str | None = None,
    ) -> None:
        """``query``: matches to highlight and step through, shown as given; ``typing``: it is
        the search box's text, searched as typed (its last word may be a prefix: see
        Workspace.searched_query); ``results``: the docs the search
        found, in rank order (n past the last match and [ / ] walk them); ``at``: an offset to
        open at (its sentence highlighted); ``follow``: (entity key, name) to follow from here;
        ``quotes``: start with quotes tinted and stepped through (from the Quotes screen);
        ``fact``: a jump from the fact sheet (its figure current, n / N through its values);
        ``at_text``: the words at ``at`` when the jump was made (a mention, a quote): if the file
        was edited since, they are looked for near there in the new text, and the notice saying
        so names ``jumped_from``, the screen the jump came from ("the timeline"; None: unnamed).

        A jump that brings its own targets (a search, a fact, a quote) replaces an entity
        followed earlier: its status, highlight and n / N are the jump's, not the follow's."""
        super().__init__()
        self.set_reactive(ReaderState.doc, doc)
        self.query_text = query
        self.query_typed = typing
        self.results = list(results)
        self.at = at
        self.at_text = at_text
        self.jumped_from = jumped_from
        self.follow = follow
        self.quotes_on = quotes
        # Quotes chosen as what n / N step through (the Quotes screen's jump, or `"` pressed
        # last): they come before the search's matches, the fact's values and the followed
        # entity's mentions, whichever jump opened the article; a follow chosen after hands
        # n / N back (t13k F19: from a search, `"` tinted the quotes and n kept the match).
        self.quotes_lead = quotes
        self.fact = fact
        self.sentence_at: int | None = None  # the offset whose sentence is highlighted, until n/N
        # The article whose quotes `"` asked for while a worker finds them (None: not wanted).
        self.quotes_wanted: Opened | None = None
        self.loaded: Opened | None = None
        # Find in this article (ctrl+f): while ``finding``, n / N step through its matches.
        self.finding = False
        self.find_matches: list[tuple[int, int]] = []
        self._find_tokens: tuple[Opened, list[Token]] | None = None
        self._start_at_end = False  # stepping backwards into an article starts at its last target
        # The step into the article being opened (n past the last match, [ / ], n to the next
        # mention or value), and the doc it was taken from: a file found gone is stepped past.
        self._walk: Walk | None = None
        self._walk_from: str | None = None
        self._gone_docs: set[str] = set()  # found gone while stepping: never stepped onto again
        # The fact's value at ``fact.index`` is the one after a value found gone (none is
        # current): n goes to it, N to the one before.
        self._fact_gap = False
        self._styled: tuple[object, ...] | None = None  # what the view's highlights were made from
        self._opening: Timer | None = None  # the "opening…" notice's timer, while an open runs
        self._in_open = False  # from _open until the article is shown (or gone): keys_wait
        self._seeking = False  # while the worker looks for the followed entity's next article: keys_wait
        # (doc, start, words, (text before, text after), delta): the match current when n / N
        # found the file changed (_step_after_reload)
        self._resume: tuple[str, int, str, tuple[str, str], int] | None = None
        # The reader's place before the article is shown anew (marks moved here or elsewhere):
        # doc, the view's place (ArticleView.place), the current target's start, words and the
        # text around them (see _keep_place).
        self._place: tuple[str, Place, tuple[int, str, tuple[str, str]] | None] | None = None
        self._panels_mount: AwaitMount | None = None  # the side panels' mounting, once started
        self._panels_ready = False  # and done: their lists can be filled
        self._meta_seen = -1  # corpus.yaml's generation when the article shown was read
        # The index's generation and the dating evidence's revision (Workspace.dating_revision)
        # when the article shown was dated: either moved before it was shown, it is dated again.
        self._dated_at: tuple[int, int] = (-1, -1)
