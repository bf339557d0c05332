"""ReaderTargets: what the reader highlights and what n / N step through, worked out from its
state (ReaderState): the followed entity's mentions, the fact's values, the quotes, the search
and find matches, and the highlights the article view draws."""

from __future__ import annotations

from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.tui.entity_colors import label_style, selected_style
from waic_reader.tui.highlights import AT_STYLE, CURRENT_STYLE, MATCH_STYLE, QUOTE_STYLE
from waic_reader.tui.screens.reader_state import ReaderState
from waic_reader.tui.widgets.article_view import Highlight, noise_blocks


class ReaderTargets(ReaderState):
    """The reader's targets and highlights (read-only: nothing here changes the state)."""

    # -- what is highlighted --------------------------------------------------------------

    def hidden_blocks(self) -> set[int]:
        if self.loaded is None:
            return set()
        return noise_blocks(self.loaded.article.blocks, self.loaded.analysis.noise_spans())

    def followed_key(self) -> str | None:
        """The folded key of the followed entity (followed from another article: "Moody’s"
        there is "Moody's" here); None when nothing is followed."""
        followed = self.app.followed
        return None if followed is None else key_form(followed[0])

    def followed_mentions(self) -> list[tuple[int, int]]:
        """The followed entity's mentions in the article text, as the entity list groups them
        (``Opened.mentions``: "Sorvaag" alone is Ingrid Sorvaag named in full elsewhere)."""
        want = self.followed_key()
        if self.loaded is None or want is None:
            return []
        return [(m.start, m.end) for m in self.loaded.mentions if not m.noise and key_form(m.key) == want]

    def fact_values(self) -> list[tuple[int, int]]:
        """The jumped-to fact's values in this article, in text order (those whose words are
        where the jump has them: see :func:`refind_values`)."""
        if self.loaded is None or self.fact is None:
            return []
        text = self.loaded.article.text
        return sorted(
            {(v.start, v.end) for v in self.fact.values if v.doc == self.doc and text[v.start : v.end] == v.text}
        )

    def fact_position(self) -> int | None:
        """The index in the fact's values of the one ``n`` / ``N`` is on."""
        targets = self.targets()
        if self.fact is None or self.finding or self.quotes_leading() or not 0 <= self.current < len(targets):
            return None
        span = targets[self.current]
        return next((i for i, v in enumerate(self.fact.values) if v.doc == self.doc and (v.start, v.end) == span), None)

    def content_quotes(self) -> list[Quote]:
        if self.loaded is None:
            return []
        return [q for q in self.loaded.analysis.quotes if not q.noise]

    def quotes_leading(self) -> bool:
        """True while n / N step through the quotes because they were chosen last (``"``, or
        the Quotes screen's jump), over any search, fact or follow the article came with;
        ctrl+f's matches still come first while its box is in use."""
        return self.quotes_on and self.quotes_lead and not self.finding and self.loaded is not None

    def targets(self) -> list[tuple[int, int]]:
        """What n / N step through: the words found with ctrl+f, else the quotes if chosen
        last (:meth:`quotes_leading`), else the fact's values, else the followed entity's
        mentions, else the search matches, else (with quotes tinted) the quotes."""
        if self.loaded is None:
            return []
        if self.finding:
            return self.find_matches
        if self.quotes_leading():
            return [(q.start, q.end) for q in self.content_quotes()]
        if self.fact is not None:
            return self.fact_values()
        if self.app.followed:
            return self.followed_mentions()
        if self.loaded.matches or not self.quotes_on:
            return self.loaded.matches
        return [(q.start, q.end) for q in self.content_quotes()]

    def current_quote(self) -> Quote | None:
        """The quote n / N is on, when stepping through quotes."""
        if not self.quotes_leading() and (
            not self.quotes_on
            or self.finding
            or self.fact is not None
            or self.app.followed
            or self.loaded is None
            or self.loaded.matches
        ):
            return None
        quotes = self.content_quotes()
        return quotes[self.current] if 0 <= self.current < len(quotes) else None

    def highlights(self) -> list[Highlight]:
        """Everything highlighted in the article: :meth:`base_highlights` and, last (drawn on
        top), the target ``n`` / ``N`` is on."""
        current = self.current_highlight()
        return self.base_highlights() + ([current] if current is not None else [])

    def current_highlight(self) -> Highlight | None:
        """The target ``n`` / ``N`` is on (a match, mention or quote), styled as current."""
        targets = self.targets()
        if self.loaded is None or not 0 <= self.current < len(targets):
            return None
        s, e = targets[self.current]
        return (s, e, CURRENT_STYLE)

    def base_highlights(self) -> list[Highlight]:
        """What is highlighted whichever target is current: the jumped-to sentence, quotes,
        entities, the followed entity, the search or find matches."""
        if self.loaded is None:
            return []
        out: list[Highlight] = []
        app = self.app
        at = self.sentence_at
        if at is not None:
            sentence = next((s for s in self.loaded.article.sentences if s.start <= at < s.end), None)
            if sentence is not None:
                out.append((sentence.start, sentence.end, AT_STYLE))
        if self.quotes_on:
            # The quoted parts only: the cue splitting a direct quote is not tinted as quoted words.
            # Under the entity tints: a tint sets its own readable text colour.
            out.extend((s, e, QUOTE_STYLE) for q in self.content_quotes() for s, e in q.parts)
        followed = app.followed
        if app.entities_on:
            labels = app.entity_labels
            want = self.followed_key()
            for m in self.loaded.mentions:
                if m.noise:
                    continue
                if want is not None and key_form(m.key) == want:
                    out.append((m.start, m.end, selected_style(m.label)))
                elif m.label in labels:
                    out.append((m.start, m.end, label_style(m.label)))
        elif followed:
            for s, e in self.followed_mentions():
                out.append((s, e, "bold underline"))
        for s, e in self.find_matches if self.finding else self.loaded.matches:
            out.append((s, e, MATCH_STYLE))
        if self.fact is not None and not self.finding:  # the fact's other values here
            out.extend((s, e, MATCH_STYLE) for s, e in self.fact_values())
        return out

    def _styling(self) -> tuple[object, ...]:
        """What :meth:`base_highlights` are made from (see :meth:`_restyle`)."""
        app = self.app
        return (
            self.loaded,
            self.sentence_at,
            self.quotes_on,
            self.quotes_lead,
            app.entities_on,
            app.entity_labels,
            app.followed,
            self.fact,
            self.finding,
            self.find_matches,
        )
