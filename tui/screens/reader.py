"""ReaderScreen: one article, clean of boilerplate, with search matches and entities marked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from waic_reader.index.analysis.entities.mentions import Mention, key_form
from waic_reader.index.analysis.facts import FactValue
from waic_reader.index.corpus.date_values import readable
from waic_reader.index.corpus.reader import CorpusError
from waic_reader.index.corpus.text import one_line, visible
from waic_reader.index.workspace import ArticleGone, Opened
from waic_reader.tui.highlights import CURRENT_STYLE
from waic_reader.tui.safe import line
from waic_reader.tui.screens.reader_bindings import READER_BINDINGS
from waic_reader.tui.screens.reader_find import copy_sentence, current_sentence, find_shown
from waic_reader.tui.screens.reader_jumps import RESUME_CONTEXT, FactJump, Refound, Walk, refind_values, same_words
from waic_reader.tui.screens.reader_panels import ReaderPanels
from waic_reader.tui.screens.reader_status import status_line
from waic_reader.tui.widgets.article_view import ArticleView, Place
from waic_reader.tui.widgets.entity_panel import EntityPanel
from waic_reader.tui.widgets.find_bar import FindBar
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.widgets.noise_panel import NoisePanel
from waic_reader.tui.widgets.note_lines import NoteLines

# An open that takes longer than this (a multi-megabyte article read and split the first time:
# seconds) says so, over the article view; a quicker one never flashes the notice.
OPENING_NOTICE_DELAY = 0.3  # seconds

PANELS_AFTER_S = 0.5  # idle seconds after an article is shown before its side panels are mounted


class ReaderScreen(ReaderPanels):
    """One article, its boilerplate hidden, with search matches, entities and quotes marked:
    opening it, stepping (n / N, [ / ], into other articles), jumps, following an entity,
    marks. Its state is ReaderState's (reader_state.py), what it highlights ReaderTargets'
    (reader_targets.py), its side panels ReaderPanels' (reader_panels.py); its keys are in
    reader_bindings.py, its status line in reader_status.py, ctrl+f and y in reader_find.py."""

    HELP_TITLE = "Reader"  # the help's title (help.py), in words

    BINDINGS = READER_BINDINGS
    # The keys that show a side panel and focus its list: the keys read with one are the
    # panel's, kept until it has the focus (tui/early_keys.py moves_focus).
    FOCUS_KEYS = ("b", "e")

    def compose(self) -> ComposeResult:
        with Vertical(id="reader-head"):
            yield Static(id="reader-title")
            yield Static(id="reader-meta")
            yield NoteLines(id="reader-notes")
            yield Static(id="reader-legend")
        with Horizontal(id="reader-body"):
            yield ArticleView(id="article")
            # The boilerplate and entity panels go in it when first shown (_panels), the find
            # box above the status line on the first ctrl+f (action_find): composed with the
            # screen, their ~10 widgets were styled twice (on mount and as the screen is shown)
            # and mounted on every article opened, ~15 ms of opening one, mostly never shown.
            yield Vertical(id="side-panel")
        yield Static(id="reader-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#side-panel").display = False
        if self.follow is not None:
            self.app.followed = self.follow
        elif self.query_text or self.fact is not None or self.quotes_on:
            self.app.followed = None  # this jump's targets, not those of an entity followed earlier
        self.app.entity_display_changed.subscribe(self, lambda _name: self._entity_settings_changed())
        self.app.marks_changed.subscribe(self, self._marks_changed)
        self.app.index_changed.subscribe(self, self._index_changed)
        self.app.dates_changed.subscribe(self, self._dates_changed)
        self._open()

    def on_unmount(self) -> None:
        self.app.entity_display_changed.unsubscribe(self)  # else the app keeps this screen alive
        self.app.marks_changed.unsubscribe(self)
        self.app.index_changed.unsubscribe(self)
        self.app.dates_changed.unsubscribe(self)

    def on_screen_resume(self) -> None:
        # Back from another screen (the fact sheet, compare…): corpus.yaml edited meanwhile, the
        # article is shown again with the outlet, date and title it gives now (issue 13, s16).
        if self.loaded is not None and not self._in_open and self.app.meta_moved(self._meta_seen):
            self.load()

    def _marks_changed(self, _revision: int) -> None:
        """Another process's marks taken in (App.take_in_marks): if this article's moved, it is
        shown again with them (its boilerplate, panel and counts), as after a mark made here."""
        if self.loaded is not None and self.app.workspace.marks_moved(self.loaded.analysis):
            self.notify("Boilerplate marks changed in another window: shown as they are now", timeout=3)
            self._keep_place()
            self.load()

    def _index_changed(self, _generation: int) -> None:
        """The index opened or changed after the article was opened (the app's first build, files
        added elsewhere): its mentions grouped as the entity list groups them now, and its date
        as the corpus dates it now. While an open runs, :meth:`_show` compares what it was dated
        with instead."""
        if self.loaded is not None and not self._in_open:
            self._regroup(self.loaded)

    def _dates_changed(self, _revision: int) -> None:
        """The evidence dates are read with moved (app.dates_changed: the library's listing made
        whole): the article dated as the corpus dates it now (a year or an outlet's zone the
        other articles give); its mentions are not grouped again for it (review s50-rv 10)."""
        if self.loaded is not None and not self._in_open:
            self._redate(self.loaded)

    def _dating_now(self) -> tuple[int, int]:
        """What an article's date is read from: the index's generation (its stored rows) and the
        listing's evidence (Workspace.dating_revision)."""
        return self.app.index_generation, self.app.workspace.dating_revision()

    def _redated(self, opened: Opened, date: str | None, note: str | None, dated_at: tuple[int, int]) -> None:
        if dated_at != self._dating_now():
            # Dated from evidence replaced meanwhile: the redate the change started dates it (an
            # earlier regroup finishing after a later one showed the stale date: CI of session 50).
            return
        if opened is self.loaded and (date, note) != (opened.date, opened.date_note):
            opened.date, opened.date_note = date, note
            self._show_meta(opened)

    @work(thread=True, exclusive=True, exit_on_error=False, group="redate", name="date article")
    def _redate(self, opened: Opened) -> None:
        self._date_again(opened)

    def _date_again(self, opened: Opened) -> None:
        """In a worker: ``opened`` dated as the corpus dates it now, shown if it changed."""
        dated_at = self._dating_now()  # before it is dated
        date, zone = self.app.workspace.article_dating(opened.article, read=False)
        self.app.call_from_thread(self._redated, opened, date, zone.note if zone is not None else None, dated_at)

    @work(thread=True, exclusive=True, exit_on_error=False, group="regroup", name="group mentions")
    def _regroup(self, opened: Opened) -> None:
        ws = self.app.workspace
        self._date_again(opened)
        if ws.index_ready():
            mentions = ws.article_mentions(opened.analysis)
            self.app.call_from_thread(self._regrouped, opened, mentions, ws.corpus_spellings())

    def _regrouped(
        self, opened: Opened, mentions: list[Mention], spelled: Mapping[str, Mapping[str, int]] | None = None
    ) -> None:
        if opened is not self.loaded or (mentions == opened.mentions and spelled == opened.spelled):
            return
        opened.grouped = mentions
        opened.spelled = spelled
        followed = self.app.followed
        if followed is not None:
            # Followed from the article's own list ("Korvan", "Lindqvist Marine"): the entity
            # the grouping makes those mentions, followed from now on (the steps find it so).
            want = key_form(followed[0])
            own = {(m.start, m.end) for m in opened.analysis.mentions if key_form(m.key) == want}
            into = next((m.key for m in mentions if (m.start, m.end) in own and key_form(m.key) != want), None)
            if into is not None:
                self.app.followed = (into, into.partition(":")[2])  # restyles (entity_display_changed)
                return
        self._entity_settings_changed()  # the panel, legend, tints and the follow's targets

    def watch_doc(self, _doc: str) -> None:
        self._hold_keys()
        self._open()

    def _hold_keys(self) -> None:
        """A step (n, N, [, ], a fact's next value, a reload) leaves the article shown: keys read
        from now until the next one is shown are kept and given to it in order (HeldKeys,
        tui/early_keys.py). Issue 13, s16: ``n n`` in one read across articles stepped once, the
        second ``n`` finding no article loaded."""
        self.app.held_keys.start()

    def _open(self) -> None:
        """Read ``doc`` in the worker; past :data:`OPENING_NOTICE_DELAY` the view says so."""
        self._opened()
        self._in_open = True
        self._opening = self.set_timer(OPENING_NOTICE_DELAY, self._opening_notice)
        self.load()

    def _opening_notice(self) -> None:
        if self._opening is None or not self._in_open:
            # Stopped (the article shown) after the timer had already fired: a notice now would
            # stay over the article shown (seen once under load: 'opening b_wire…' with it shown).
            return
        self._opening = None
        self.query_one(ArticleView).loading = True
        self.query_one("#reader-status", Static).update(line(f"opening {self.doc}…"))

    def keys_wait(self) -> bool:
        """Keys read after the enter that opened this article wait until it is shown, so that
        ``n`` steps from its first match (tui/early_keys.py)."""
        return self._in_open or self._seeking

    def _opened(self) -> None:
        """The open is over (shown, or gone): no notice from now on."""
        if self._opening is not None:
            self._opening.stop()
            self._opening = None
        self.query_one(ArticleView).loading = False

    @work(thread=True, exclusive=True, exit_on_error=False, group="reader", name="open article")
    def load(self) -> None:
        ws = self.app.workspace
        doc = self.doc
        try:
            # Its file as it is now: edited since it was listed, it is read again (and the index
            # catches up); gone, it is said so and dropped from the library and the results.
            if ws.check_article(doc):  # corpus.yaml too (Workspace.take_in_meta)
                self.app.call_from_thread(self.app.sync_index)
            meta_seen = ws.corpus.meta_generation
            dated_at = self._dating_now()  # before it is dated: a change meanwhile dates it again
            opened = ws.open_article(doc, self.query_text, typing=self.query_typed)
            if self.quotes_on:
                opened.analysis.quotes  # noqa: B018  # found here, not by the first draw on the UI thread
            fact = self.fact
            refound = refind_values(ws, opened, fact) if fact is not None else None
        except ArticleGone as exc:
            self.app.call_from_thread(self.app.sync_index)  # the library and the results drop it
            self.app.call_from_thread(self._gone, doc, str(exc))
            return
        except CorpusError as exc:  # made unreadable since the library listed it
            self.app.call_from_thread(self._gone, doc, f"{doc} cannot be opened ({exc}): it is gone or unreadable")
            return
        except Exception:
            # Reported by ReportsWorkerErrors; the notice must not stay up over an open that ended.
            self.app.call_from_thread(self._open_failed, doc)
            raise
        self.app.call_from_thread(self._seen_meta, doc, meta_seen, dated_at)
        self.app.call_from_thread(self._show, opened, doc, refound)  # type: ignore[arg-type]  # Textual's hint cannot infer an async callback's result (Never)

    def _seen_meta(self, doc: str, generation: int, dated_at: tuple[int, int]) -> None:
        if doc == self.doc:
            self._meta_seen = generation
            self._dated_at = dated_at

    def _open_failed(self, doc: str) -> None:
        if doc == self.doc:  # not an earlier open ([ pressed twice) whose article is no longer wanted
            self._in_open = False
            self._opened()
            self.query_one("#reader-status", Static).update(line(f"{doc} could not be opened"))

    def _gone(self, doc: str, reason: str) -> None:
        if doc != self.doc:  # an earlier open, superseded: this screen shows another doc now
            return
        self._in_open = False
        self._opened()
        walk, self._walk = self._walk, None
        message = visible(reason, keep_newlines=False)  # a file name
        if walk is not None and self._step_past_gone(doc, walk):
            self.notify(f"{message}: skipped", severity="warning", markup=False)
            return
        if doc in self.results:
            self.results.remove(doc)
        self.notify(message, severity="warning", markup=False)
        self.dismiss()  # back in the library, the folder check drops it from the list

    def _step_past_gone(self, doc: str, walk: Walk) -> bool:
        """``doc``, stepped onto by ``walk``, is gone: step on past it, as the walk goes (the
        next result, article, mention or value). False when nothing is left to step onto."""
        delta, kind = walk
        self._gone_docs.add(doc)
        if kind == "fact":
            fact = self.fact
            if fact is None:
                return False
            kept = tuple(v for v in fact.values if v.doc != doc)
            if not kept:
                return False
            before = sum(1 for v in fact.values[: fact.index] if v.doc != doc)
            self.fact = replace(fact, values=kept, index=before)
            self._fact_gap = True
            self._fact_step(delta)
            return True
        if kind == "follow":
            origin = self._walk_from
            if origin is None or origin in self._gone_docs:
                return False
            self.follow_into_next_article(delta, origin)
            return True
        docs = self.app.docs if kind == "library" else self.results
        nxt = self._next_doc(docs, doc, delta)
        if doc in self.results:
            self.results.remove(doc)
        if nxt is None:
            return False
        self._go(nxt, (delta, kind))
        return True

    def _next_doc(self, docs: Sequence[str], doc: str, delta: int) -> str | None:
        """The doc ``delta`` after ``doc`` in ``docs`` (wrapping; after the doc stepped from
        when ``doc`` is no longer listed), passing over those found gone."""
        at = doc if doc in docs else self._walk_from
        if at is None or at not in docs:
            return None
        i = docs.index(at)
        for k in range(1, len(docs) + 1):
            other = docs[(i + delta * k) % len(docs)]
            if other not in self._gone_docs:
                return other
        return None

    def _go(self, doc: str, walk: Walk) -> None:
        """Step into ``doc`` (another article of the walk)."""
        if self.loaded is not None:
            self._walk_from = self.doc
        self._walk = walk
        # Stepping back through matches or mentions, an article opens at its last one.
        self._start_at_end = walk[0] < 0 and walk[1] in ("matches", "follow")
        self.loaded = None
        self.doc = doc

    async def _show(self, loaded: Opened, doc: str, refound: Refound | None = None) -> None:
        try:
            await self._show_now(loaded, doc, refound)
            self._step_after_reload()
        finally:
            if doc == self.doc:
                self._in_open = False
        # Opened before the library's first rows were in: the index opens once the article has
        # painted (it does nothing after the first time), not only when the library is shown.
        self.app.start_background_work_after_paint()
        if loaded is self.loaded and self._dated_at != self._dating_now():
            # The index was built or the listing made whole while it opened (the --open path:
            # _index_changed waits for the open to end): dated and grouped as the corpus is now.
            self._regroup(loaded)

    def _show_meta(self, loaded: Opened) -> None:
        """The meta line (outlet, date, doc, words, noise) and the notes under the title."""
        article = loaded.article
        noise = loaded.analysis.noise_count()
        meta = [
            article.outlet or "outlet unknown",
            readable(loaded.date),  # the library's local form ("14 Mar 2025 17:00"), not ISO
            article.doc,
            f"{article.word_count} words",
            f"{noise} noise block{'s' if noise != 1 else ''} hidden (b)",
        ]
        self.query_one("#reader-meta", Static).update(line("  ·  ".join(m for m in meta if m)))
        # The notes on lines of their own under it, each whole (wrapped): on the meta line the
        # last were cut off at the screen's edge, all of them at 60 columns.
        # How a time written without a zone was read (the outlet's zone, or yours) is one of them;
        # each wrapped at word boundaries (NoteLines: a long file name was folded at 60 columns).
        said = [*article.notes, *([loaded.date_note] if loaded.date_note else [])]
        self.query_one("#reader-notes", NoteLines).show([f"note: {n}" for n in said])

    async def _show_now(self, loaded: Opened, doc: str, refound: Refound | None = None) -> None:
        if doc != self.doc:
            # An earlier open's result ([ or ] pressed again while it ran; a thread worker runs
            # to its end even when cancelled): the doc now wanted is on its way.
            return
        self._opened()
        walk, self._walk = self._walk, None
        self.loaded = loaded
        if refound is not None and self.fact is not None:
            self._take_refound(doc, refound, walk)
        article = loaded.article
        self.query_one("#reader-title", Static).update(line(article.title, None, "bold"))
        self._show_meta(loaded)
        view = self.query_one(ArticleView)
        await view.show_blocks(
            article.blocks,
            self.hidden_blocks(),
            [],
            markdown=article.format == "markdown",
            joined=article.format == "text",
        )
        self._styled = None  # the view holds no highlights now
        self._refresh_panels()
        if self.finding:  # another article (] or n past the last match): the same words in it
            self.find_matches = find_shown(self, self.query_one(FindBar).value)
        targets = self.targets()
        self.set_reactive(ReaderScreen.current, -1)
        self.sentence_at = None
        fact = self.fact if not self.finding else None
        # The offset jumped to (a mention, a quote), found again if the file was edited since.
        at = self._at_now(self.at, targets) if self.at is not None and fact is None else None
        place, self._place = self._place, None
        if place is not None and place[0] == doc and fact is None and self.at is None and walk is None:
            self._back_to_place(place, targets)
        elif fact is not None and self._fact_gap and walk is not None:
            self._restyle()
            self._fact_step(walk[0])  # the value stepped to is gone from this article: on to the next
            if self.loaded is None:
                return  # into another article
        elif fact is not None and not self._fact_gap and 0 <= fact.index < len(fact.values):
            value = fact.values[fact.index]
            span = (value.start, value.end)
            if value.doc == doc and span in targets:
                self.sentence_at = value.start  # the figure's sentence tinted too, until n / N
                self.current = targets.index(span)
            else:
                self._restyle()
                self._update_status()
        elif fact is not None:  # the value jumped to is gone from the article: at its top
            self._restyle()
            self._update_status()
        elif self.at is not None and at is None:
            self.at = None  # its words are gone from the edited text: at the top, as the notice says
            self._restyle()
            self._update_status()
        elif at is not None:
            self.at = None
            index = next((i for i, (start, end) in enumerate(targets) if start <= at < end), None)
            if index is not None:  # the jump is to a target (a followed mention, a fact's figure): it becomes current
                if self.fact is not None:
                    self.sentence_at = at  # the figure's sentence tinted too, until n / N
                self.current = index
            else:  # a figure or sentence: highlighted and shown; n / N go on from there
                self.sentence_at = at
                after = next((i for i, (start, _) in enumerate(targets) if start > at), len(targets))
                self.set_reactive(ReaderScreen.current, after - 1)
                self._restyle()
                view.scroll_to_offset(at)
                self._update_status()
        elif targets:
            self.current = len(targets) - 1 if self._start_at_end else 0
        else:
            self._restyle()
            self._update_status()
        self._start_at_end = False
        if self.query_text and not targets and self.loaded.noise_matches and not self.app.followed:
            # A hit found only in the boilerplate: show it there, at the block that holds it.
            await self._show_panel("noise")
            self.query_one(NoisePanel).select_offset(*self.loaded.noise_matches[0], CURRENT_STYLE)
        if not self.query_one("#side-panel").display:
            view.focus()
        if self._panels_mount is None:
            self.set_timer(PANELS_AFTER_S, self._mount_panels_when_idle, name="mount the side panels")

    def _at_now(self, at: int, targets: list[tuple[int, int]]) -> int | None:
        """Where the jump's offset ``at`` is in the text shown: itself while its words
        (``at_text``) are there; else, the file edited since the jump was made, the same words
        nearest it (a target's first: the followed mention, the quote), said in a notice; None
        when the text no longer holds them (said too)."""
        want, self.at_text = self.at_text, None
        assert self.loaded is not None
        text = self.loaded.article.text
        # The words, not their spacing: a mention's name is kept single-spaced ("Marta Ilvesco")
        # where a hard-wrapped file breaks it over two lines ("Marta\nIlvesco").
        same = same_words(want) if want else None
        if want is None or same is None or same.match(text, at):
            return at
        analysis = self.loaded.analysis
        found = [s for s, e in targets if same.fullmatch(text, s, e)]
        if not found:
            found = [m.start() for m in same.finditer(text) if not analysis.is_noise(m.start())]
        words = one_line(want, 60)
        # Named: the timeline, the matrix and the Quotes screen all jump here with words to find again.
        since = (
            f"{visible(self.doc)} changed since {self.jumped_from} was made"
            if self.jumped_from
            else f"{visible(self.doc)} changed since"
        )
        if not found:
            self.notify(
                f"{since}; “{visible(words)}” is no longer in it: opened at the top",
                severity="warning",
                markup=False,
            )
            return None
        self.notify(f"{since}; “{visible(words)}” found again in it", markup=False)
        return min(found, key=lambda s: abs(s - at))

    def _fact_step(self, delta: int) -> None:
        """On to the fact's next (or previous) value, in the sheet's order, into its article."""
        fact = self.fact
        if fact is None:
            return
        if not fact.values:
            self.notify("None of this fact's values is left in its articles", markup=False)
            self._update_status()
            return
        here = self.fact_position()
        if here is not None:
            nxt = here + delta
        elif self._fact_gap:  # the value after one found gone: n goes to it, N to the one before
            nxt = fact.index if delta > 0 else fact.index - 1
        else:
            nxt = fact.index + delta
        nxt %= len(fact.values)
        self._fact_gap = False
        value = fact.values[nxt]
        self.fact = replace(fact, index=nxt)
        if value.doc != self.doc or self.loaded is None:
            self._go(value.doc, (delta, "fact"))
            return
        targets = self.targets()
        span = (value.start, value.end)
        if span in targets:
            self.current = targets.index(span)
        else:
            self._update_status()

    def _take_refound(self, doc: str, refound: Refound, walk: Walk | None) -> None:
        """The fact's values in ``doc`` as found in its new text (:func:`refind_values`): found
        again, they take their new offsets; gone, they leave the values. Says what became of
        the value jumped or stepped to."""
        fact = self.fact
        assert fact is not None
        found, stamp = refound
        values: list[FactValue] = []
        index, gap = fact.index, False
        for i, v in enumerate(fact.values):
            if i in found:
                now = found[i]
                if now is None:
                    if i == fact.index:
                        index, gap = len(values), True
                    continue
                v = now
            if i == fact.index:
                index = len(values)
            values.append(v)
        stamps = dict(fact.stamps)
        if stamp is not None:
            stamps[doc] = stamp
        self.fact = FactJump(fact.label, tuple(values), index, fact.origin, stamps)
        self._fact_gap = gap
        if 0 <= fact.index < len(fact.values) and fact.values[fact.index].doc == doc:
            figure = one_line(fact.values[fact.index].text, 60)
            if gap:
                then = "on to the next value" if walk is not None else "opened at the top"
                self.notify(
                    f"{visible(doc)} changed since {fact.origin} was made and no longer reports “{visible(figure)}”: {then}",
                    severity="warning",
                    markup=False,
                )
            elif found.get(fact.index) is not None:
                self.notify(
                    f"{visible(doc)} changed since {fact.origin} was made; “{visible(figure)}” found again in it",
                    markup=False,
                )

    def _restyle(self, *, force: bool = True) -> None:
        """Draw the highlights again. Without ``force``, only the current target is moved when
        nothing else highlighted changed since the last time (``n`` / ``N`` through 100,000
        find matches: handing them all to the view again took seconds per key)."""
        view = self.query_one(ArticleView)
        styling = self._styling()
        last = self._styled
        # The article and the find matches compared by identity (a new list is a new find).
        same = (
            not force
            and last is not None
            and last[0] is styling[0]
            and last[-1] is styling[-1]
            and last[1:-1] == styling[1:-1]
        )
        if not same:
            view.restyle(self.base_highlights())
            self._styled = styling
        view.set_current(self.current_highlight())

    def _entity_settings_changed(self) -> None:
        if self.loaded is None:
            return
        self._refresh_panels()
        targets = self.targets()
        if self.current >= len(targets):
            self.set_reactive(ReaderScreen.current, len(targets) - 1)
        self._restyle()
        self._update_status()

    def watch_current(self, index: int) -> None:
        view = self.query_one(ArticleView)
        self._restyle(force=False)
        targets = self.targets()
        if 0 <= index < len(targets):
            view.scroll_to_offset(targets[index][0])
        self._update_status()

    def _update_status(self) -> None:
        self.query_one("#reader-status", Static).update(status_line(self))

    # -- actions ----------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.finding:  # escape first clears what ctrl+f found, as a find bar does
            self._close_find()
            return
        self.dismiss()

    def _step(self, delta: int) -> None:
        if self.loaded is None:
            return
        self.sentence_at = None
        targets = self.targets()
        if self.finding:
            if targets:
                self.current = (
                    (self.current + delta) % len(targets) if self.current >= 0 or delta > 0 else len(targets) - 1
                )
            else:
                self._update_status()
            return
        if self.quotes_leading():
            # The quotes chosen last: stepped round within this article (they are its own).
            if targets:
                self.current = (
                    (self.current + delta) % len(targets) if self.current >= 0 or delta > 0 else len(targets) - 1
                )
            else:
                self.notify("No quotes in this article", markup=False)
            return
        if self.fact is not None:
            self._fact_step(delta)
            return
        followed = self.app.followed
        if followed:
            nxt = self.current + delta
            if 0 <= nxt < len(targets):
                self.current = nxt
            else:
                self.follow_into_next_article(delta)
            return
        nxt = self.current + delta
        if self.doc in self.results and len(self.results) > 1 and not 0 <= nxt < len(targets):
            # Past this article's last (or before its first) match: on to the next result.
            other = self._next_doc(self.results, self.doc, delta)
            if other is not None:
                self._go(other, (delta, "matches"))
                return
        if not targets:
            self.notify("No search matches here: press / to search, or e to follow an entity", markup=False)
            return
        self.current = nxt % len(targets)

    def follow_into_next_article(self, delta: int, after: str | None = None) -> None:
        """Open the next (or previous) article after ``after`` (default: the one shown) that
        mentions the followed entity; keys read meanwhile wait for it (:meth:`_hold_keys`)."""
        self._seeking = True
        self._hold_keys()
        self._seek_mention(delta, after)

    def _sought(self) -> None:
        self._seeking = False

    @work(thread=True, exclusive=True, exit_on_error=False, group="follow", name="find next mention")
    def _seek_mention(self, delta: int, after: str | None) -> None:
        try:
            self._follow_now(delta, after)
        finally:
            self.app.call_from_thread(self._sought)

    def _follow_now(self, delta: int, after: str | None) -> None:
        ws = self.app.workspace
        followed = self.app.followed
        after = after or self.doc
        if followed is None or after not in ws.docs:
            return
        passed: list[str] = []
        doc = ws.next_mention(after, followed[0], delta, passed)
        for other in passed:
            if ws.file_gone(other):
                self.app.call_from_thread(
                    self.notify,
                    f"{visible(other)} is gone from the folder: skipped",
                    severity="warning",
                    markup=False,
                )
        if doc is not None and doc not in self._gone_docs:
            self.app.call_from_thread(self._switch_to, doc, delta)
        elif self.loaded is None and after != self.doc:  # stepped past a gone article: back where it began
            self.app.call_from_thread(self._switch_to, after, delta)
        else:
            self.app.call_from_thread(self.notify, "No other article mentions it", markup=False)

    def _switch_to(self, doc: str, delta: int) -> None:
        if doc == self.doc and self.loaded is not None:
            targets = self.targets()
            self.current = len(targets) - 1 if delta < 0 else 0
            return
        self.notify(f"Next mention: {doc}", markup=False, timeout=2)
        self._go(doc, (delta, "follow"))

    def action_next_match(self) -> None:
        self._next_or_reload(1)

    def action_prev_match(self) -> None:
        self._next_or_reload(-1)

    def _next_or_reload(self, delta: int) -> None:
        """n / N: if the article's file is gone meanwhile, on past it (to the next result,
        mention or value) when the jump has more; if it changed, shown again as it is now."""
        kind = self._walk_kind()
        if self.loaded is not None and kind is not None and self.app.workspace.file_gone(self.doc):
            doc = self.doc
            self.notify(f"{visible(doc)} is gone from the folder: skipped", severity="warning", markup=False)
            self._walk_from = doc
            if kind == "follow":
                self._gone_docs.add(doc)
                self.follow_into_next_article(delta)
            elif not self._step_past_gone(doc, (delta, kind)):
                self.dismiss()
            self.app.sync_index()  # the library and the results drop it
            return
        if not self._reload_if_changed(delta):
            self._step(delta)

    def _walk_kind(self) -> str | None:
        """What n / N step through across articles here (see :data:`Walk`), if anything."""
        if self.finding or self.quotes_leading():
            return None
        if self.fact is not None:
            return "fact"
        if self.app.followed:
            return "follow"
        if self.doc in self.results and len(self.results) > 1:
            return "matches"
        return None

    def _reload_if_changed(self, delta: int = 0) -> bool:
        """If the article's file changed on disk (or went) since it was shown, open it again
        (one ``stat`` here; the reading in the worker) and say so: True then. ``delta``: the
        n / N that found it changed steps from the current match, found again in the new text
        (:meth:`_step_after_reload`), not from the top (issue 13: the first n re-showed 1/5)."""
        if self.loaded is None or not self.app.workspace.changed_on_disk(self.doc):
            return False
        self.notify(f"{visible(self.doc)} changed on disk: shown as it is now", markup=False, timeout=3)
        targets = self.targets()
        if delta and (self.fact is None or self.quotes_leading()) and 0 <= self.current < len(targets):
            start, end = targets[self.current]
            text = self.loaded.article.text
            around = (text[max(0, start - RESUME_CONTEXT) : start], text[end : end + RESUME_CONTEXT])
            self._resume = (self.doc, start, text[start:end], around, delta)
        self.loaded = None
        self._hold_keys()
        self._open()
        return True

    def _keep_place(self) -> None:
        """The article is about to be shown anew (marks moved: here, or in another window):
        note the reader's place, found again by :meth:`_back_to_place` (issue 13: it went back
        to the top of the article)."""
        if self.loaded is None:
            return
        targets = self.targets()
        match = None
        if 0 <= self.current < len(targets):
            start, end = targets[self.current]
            text = self.loaded.article.text
            around = (text[max(0, start - RESUME_CONTEXT) : start], text[end : end + RESUME_CONTEXT])
            match = (start, text[start:end], around)
        self._place = (self.doc, self.query_one(ArticleView).place(), match)

    def _back_to_place(
        self, place: tuple[str, Place, tuple[int, str, tuple[str, str]] | None], targets: list[tuple[int, int]]
    ) -> None:
        """Shown anew: the current match (mention, quote) is the same one again, and the same
        text is at the top of the view (its block, or the next one on screen if it is hidden
        now); else, that text gone, the current match is scrolled to."""
        _doc, top, match = place
        index = self._refind_target(targets, *match) if match is not None else None
        if index is not None:
            self.set_reactive(ReaderScreen.current, index)
        self._restyle()
        self._update_status()
        view = self.query_one(ArticleView)
        if not view.keep_place(top) and index is not None:
            view.scroll_to_offset(targets[index][0])

    def _refind_target(
        self, targets: list[tuple[int, int]], start: int, words: str, around: tuple[str, str]
    ) -> int | None:
        """The target with ``words`` in the text shown now, the one with the same text around
        it first, then the nearest ``start``; None if no target has those words."""
        assert self.loaded is not None
        text = self.loaded.article.text
        before, after_text = around

        def fit(i: int) -> tuple[int, int]:
            s, e = targets[i]
            context = (text[max(0, s - RESUME_CONTEXT) : s] == before) + (text[e : e + RESUME_CONTEXT] == after_text)
            return (-context, abs(s - start))

        same = [i for i, (s, e) in enumerate(targets) if text[s:e] == words]
        return min(same, key=fit) if same else None

    def _step_after_reload(self) -> None:
        """The article shown again after n / N found it changed: that n / N steps on from the
        match that was current, found again by its words and the text around them (else the
        same words nearest where they were; else from where it was)."""
        resume, self._resume = self._resume, None
        if resume is None or self.loaded is None or resume[0] != self.doc:
            return
        _doc, start, words, around, delta = resume
        targets = self.targets()
        found = self._refind_target(targets, start, words, around)
        if found is not None:
            at = found
        else:  # its words are gone: step from the gap where it was
            after = next((i for i, (s, _) in enumerate(targets) if s >= start), len(targets))
            at = after - 1 if delta > 0 else after
        self.set_reactive(ReaderScreen.current, at)
        self._step(delta)

    # -- find in this article (ctrl+f) ---------------------------------------------------------

    async def action_find(self) -> None:
        bars = self.query(FindBar)
        if bars:
            bar = bars.first()
        else:
            bar = FindBar(placeholder="find in this article", id="reader-find")
            await self.mount(bar, before="#reader-status")
        bar.open()
        self._update_status()

    @on(FindBar.Changed, "#reader-find")
    def _find_changed(self, event: FindBar.Changed) -> None:
        event.stop()
        self.finding = bool(event.value.strip())
        self.find_matches = find_shown(self, event.value) if self.finding else []
        self.set_reactive(ReaderScreen.current, -1)
        self._restyle()
        self._update_status()

    @on(FindBar.Submitted, "#reader-find")
    def _find_submitted(self, event: FindBar.Submitted) -> None:
        event.stop()
        # Enter hands the keys back to the article, matches or none ("no matches for …" stays
        # said until escape clears it; ctrl+f opens the box again to change the words): a key
        # read after it, ``n``, is the reader's, never typed into the box (t13ak N13).
        self.query_one(FindBar).display = False
        self.query_one(ArticleView).focus()
        if not self.find_matches:
            self._update_status()
            return
        self.current = 0

    @on(FindBar.Closed, "#reader-find")
    def _find_closed(self, event: FindBar.Closed) -> None:
        event.stop()
        self._close_find()

    def _close_find(self) -> None:
        bar = self.query_one(FindBar)
        bar.display = False
        self.finding = False
        self.find_matches = []
        self.set_reactive(ReaderScreen.current, -1)
        self._restyle()
        self._update_status()
        self.query_one(ArticleView).focus()

    # -- copying (y) --------------------------------------------------------------------------

    def current_sentence(self) -> tuple[int, int] | None:
        """(start, end) of the sentence ``y`` copies (reader_find.current_sentence)."""
        return current_sentence(self)

    def action_copy_sentence(self) -> None:
        copy_sentence(self)

    # -- scrolling ----------------------------------------------------------------------------

    def action_scroll_down(self) -> None:
        view = self.query_one(ArticleView)
        view.forget_jump()
        view.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        view = self.query_one(ArticleView)
        view.forget_jump()
        view.scroll_up(animate=False)

    def action_top(self) -> None:
        view = self.query_one(ArticleView)
        view.forget_jump()
        view.scroll_home(animate=False)

    def action_bottom(self) -> None:
        view = self.query_one(ArticleView)
        view.forget_jump()
        view.drop_room_below()  # the article's last line, not the blank lines a jump added after it
        view.scroll_end(animate=False, immediate=True)

    def action_half_page(self, direction: int) -> None:
        view = self.query_one(ArticleView)
        view.forget_jump()
        view.scroll_relative(y=direction * max(1, view.scrollable_content_region.height // 2), animate=False)

    def action_page_down(self) -> None:
        view = self.query_one(ArticleView)
        view.forget_jump()
        view.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        view = self.query_one(ArticleView)
        view.forget_jump()
        view.scroll_page_up(animate=False)

    def _neighbour(self, delta: int) -> None:
        # From a search, the neighbours are the other results; else the library's order.
        kind = "results" if self.doc in self.results else "library"
        docs: list[str] = self.results if kind == "results" else self.app.docs
        if self.doc not in docs or len(docs) < 2:
            return
        other = self._next_doc(docs, self.doc, delta)
        if other is not None and other != self.doc:
            self._go(other, (delta, kind))

    def action_prev_article(self) -> None:
        self._neighbour(-1)

    def action_next_article(self) -> None:
        self._neighbour(1)

    def action_compare(self) -> None:
        from waic_reader.tui.screens.pick import pick_then_compare

        pick_then_compare(self.app, self.doc)

    # -- side panels ------------------------------------------------------------------------

    async def _mount_panels_when_idle(self) -> None:
        """Mount the side panels (hidden) once the user has been idle PANELS_AFTER_S since the
        article showed, so the first b or e shows them at once: a reader's pause pays for them,
        not the key that opened the article. Not while a worker runs, nor under another screen."""
        app = self.app
        if self._panels_mount is not None or not self.is_attached or app.screen is not self:
            return
        quiet_for = app.quiet_for()
        if quiet_for < PANELS_AFTER_S or app.busy():
            self.set_timer(
                max(PANELS_AFTER_S - quiet_for, 0.1), self._mount_panels_when_idle, name="mount the side panels"
            )
            return
        await self._panels()

    def action_toggle_highlight(self) -> None:
        self.app.entities_on = not self.app.entities_on

    def action_labels(self) -> None:
        from waic_reader.tui.screens.label_filter import LabelFilterScreen

        def chosen(labels: set[str] | None) -> None:
            if labels is not None:
                self.app.entity_labels = frozenset(labels)

        self.app.push_screen(LabelFilterScreen(set(self.app.entity_labels)), chosen)

    def action_toggle_quotes(self) -> None:
        loaded = self.loaded
        if self.quotes_wanted is not None and self.quotes_wanted is loaded:
            # Pressed again while they are being found: not wanted after all (never tinted
            # later, out of the blue, when the worker is done).
            self.quotes_wanted = None
            self.notify("Quotes not tinted", markup=False, timeout=2)
            return
        if not self.quotes_on and loaded is not None and not loaded.analysis.quotes_found:
            # The article's quotes are found in a worker, then tinted: found on the UI thread,
            # a 50,000-word article's froze the app ~2 s (t13z).
            self.quotes_wanted = loaded
            self.notify("Finding the quotes in this article…", markup=False, timeout=2)
            self._find_quotes(loaded)
            return
        self.quotes_on = not self.quotes_on
        self.quotes_lead = self.quotes_on  # the stepping chosen last wins (t13k F19)
        self.set_reactive(ReaderScreen.current, -1)
        self._entity_settings_changed()

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes", name="find quotes")
    def _find_quotes(self, loaded: Opened) -> None:
        loaded.analysis.quotes  # noqa: B018  # cached on the analysis: the UI thread then reads it
        self.app.call_from_thread(self._quotes_found, loaded)

    def _quotes_found(self, loaded: Opened) -> None:
        if self.quotes_wanted is not loaded:
            return  # `"` pressed again meanwhile, or another article shown
        self.quotes_wanted = None
        if self.is_attached and self.loaded is loaded and not self.quotes_on:
            self.action_toggle_quotes()

    def action_unfollow(self) -> None:
        self.app.followed = None

    @on(EntityPanel.Chosen)
    def _follow(self, event: EntityPanel.Chosen) -> None:
        self.fact = None  # following is the newer jump: n / N step through its mentions now
        self.quotes_lead = False  # (quotes stay tinted)
        self.app.followed = (event.key, event.name)
        self.set_reactive(ReaderScreen.current, -1)
        if self.followed_mentions():
            self.current = 0

    @on(EntityPanel.SearchFor)
    def _search_entity(self, event: EntityPanel.SearchFor) -> None:
        name = event.name.replace('"', "")
        self.app.action_search(f'entity:"{name}"')

    def action_block(self, delta: int) -> None:
        view = self.query_one(ArticleView)
        view.focus()
        view.move_cursor(delta)

    def action_mark(self) -> None:
        if self.loaded is None:
            return
        if self._panel_shown("noise") and (panel := self.query_one(NoisePanel)).has_focus_within:
            run = panel.highlighted  # one block, or a run split off for one reason: all of it
            if run:
                # A related-stories list and its header go together (issue #13, s16b N9).
                from waic_reader.index.analysis.noise import marked_together

                together = marked_together(panel.segments, run, panel.groups)
                self._mark([seg.text for seg in together], "content", [seg.start for seg in together])
            return
        selected = self.query_one(ArticleView).selected
        if selected is None:
            self.notify("Select a block with } or { first, then press m", markup=False)
            return
        self._mark([selected.block.text], "noise", [selected.block.start])

    # Not exclusive: a second `m` must not cancel the first before it is saved (saves queue on
    # the marks' own lock), nor its index update (its article would stay stale in search).
    @work(thread=True, exit_on_error=False, group="mark", name="mark and re-index")
    def _mark(self, texts: list[str], decision: str, starts: list[int]) -> None:
        """Mark a block, or a whole run, in one save of the marks file (all of it or nothing),
        then move its text between the index's fields."""
        doc = self.doc
        ws = self.app.workspace
        why = ws.mark_blocks(doc, texts, decision, starts)
        self.app.call_from_thread(self._marked, doc, len(texts), decision, why)
        if why is None and ws.update_index([doc]):
            self.app.call_from_thread(self.app.bump_index)

    def _marked(self, doc: str, count: int, decision: str, why: str | None) -> None:
        if why is not None:
            # A mark that is not saved is not applied either (nor indexed): it would vanish on restart.
            what = (
                "your mark, so it was not applied"
                if count == 1
                else f"your marks of {count} blocks, so none was applied"
            )
            self.app.notify(f"Could not save {what}: {why}", severity="error", markup=False)
            return
        what = "1 block" if count == 1 else f"{count} blocks"
        where = "to the boilerplate" if decision == "noise" else "back to the article"
        self.app.notify(f"Moved {what} {where}", markup=False)
        if self.is_attached and doc == self.doc:  # still showing the article marked
            self._keep_place()
            self.load()
