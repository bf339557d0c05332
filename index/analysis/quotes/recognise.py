"""Finding quotes in one article and attributing them to speakers.

Three passes over the article's blocks and sentences (headings and headline-like lines are
skipped: "X Says Y" in a list of teasers is a headline, not a report):

1. **Quotation marks** are paired per block (straight and curly double quotes; a quote left
   open at the end of a paragraph runs on, as in multi-paragraph quotes).
2. **Direct quotes**: a pair whose attribution follows it (``"…," she said`` / ``"…," said X``)
   or precedes it (``X said: "…"``). A quote whose cue sits between its halves
   (``"A," he said. "B."``) is one quote from A to B; a quote that starts the next paragraph
   without a cue continues the speaker's.
3. **Reported speech**: a speech verb (``said that``, ``warned``, ``urged``, ``called for``,
   ``told reporters that``, ``told reporters the …`` (audience, then a clause), ``according to X,`` and participles after a comma: ``, saying …``)
   with a speaker in its subject (words between it and the verb passed over: "The council, in a
   statement, has said"; "will say … that"; not a relative clause's verb with the main clause
   after it: "The council, which the mayor said was broke, cut …", nor the verb of a relative
   clause on the subject before its main speech verb: "Farrow, who had warned of …, said …"; a
   common-noun subject, "The fire service on Friday said", is unattributed unless it refers to
   someone the article names; a participle's phrase opening the sentence, "Speaking at the
   scene, X said Y", is no content, nor a wire dateline or a live blog's "**12:45**" before the
   subject); the content runs from the
   cue to the end of the sentence (or to the next speaker's clause). Reported content holding quoted words is a *partial* quote.
   "Reuters reported that X said …" keeps X as the speaker and Reuters as the source.

Linear in the article's length: each sentence is scanned once with one regex.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from waic_reader.index.analysis.quotes.clauses import _WORDS
from waic_reader.index.analysis.quotes.cues import (
    CUE,
    TAIL_CUE,
)
from waic_reader.index.analysis.quotes.direct import _direct
from waic_reader.index.analysis.quotes.marks import pair_marks
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.reported import _reported
from waic_reader.index.analysis.quotes.speakers import Speakers
from waic_reader.index.analysis.quotes.state import _State
from waic_reader.index.corpus.blocks import Sentence
from waic_reader.index.corpus.quote_marks import (
    CLOSING_MARKS,
    tex_quotes,
)
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import controls_as_spaces
from waic_reader.index.corpus.tokens import whole_sequences

# How a sentence ends that no headline ends with: a full stop, before a closing mark or not.
_STOP_ENDS = tuple("." + c for c in ("", *CLOSING_MARKS))


def _tagged_quotation(text: str) -> bool:
    """Whether ``text`` holds a quotation (:func:`pair_marks`) and a speech verb outside every
    quotation (:data:`cues.CUE`, :data:`cues.TAIL_CUE`): '"Nobody came," said Anna Berg.'."""
    marks = pair_marks(text, 0, len(text))
    if not marks:
        return False
    outside, at = [], 0
    for m in marks:
        outside.append(text[at : m.open])
        at = m.close + 1
    outside.append(text[at:])
    rest = " ".join(outside)
    return CUE.search(rest) is not None or TAIL_CUE.search(rest) is not None


def _is_headline(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith((".", '."', ".”", "?", "!")) and stripped.count(" ") > 6:
        return False  # a sentence (checked before splitting words: most text is sentences)
    if stripped.endswith(".") and not any(c.islower() for c in stripped):
        # a short sentence in capitals ends in a full stop as no headline does ("THE COMPANY SAID
        # IT WOULD APPEAL."): an all-caps lede, whose capitals say nothing
        return False
    if stripped.endswith(_STOP_ENDS) and _tagged_quotation(stripped):
        # a short sentence holding a quotation and its speech tag ('"Nobody warned us," Tomas
        # Arvid said.', 'Tomas Arvid said: "Nobody Warned Us."') is a report, however many of its
        # words a name and the quotation's first word capitalise; a headline ends in no full stop
        # (s36-x3: such a paragraph opening an article was skipped, its quote lost)
        return False
    words = _WORDS.findall(text)
    if not words:
        return False
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.6


def find_quotes(
    article: Article, mentions: Sequence[object], noise_spans: Sequence[tuple[int, int]] = ()
) -> list[Quote]:
    """Every quote in ``article``, in text order, attributed where the text allows.

    ``mentions`` are the entity recogniser's mentions of this article (speakers are its merged
    entities); quotes overlapping ``noise_spans`` (boilerplate) are flagged ``noise``.

    A Markdown article is read as the reader shows it (:func:`corpus.markdown.shown_article`:
    no emphasis or heading markers, a link's text without its URL), as the entity recogniser
    reads it, so "told *Chemical Week Review* that "…"" is a cue as it is without the asterisks
    (t13w F4); the quotes' offsets are then mapped back into the article's text.
    """
    if article.format == "markdown" and article.blocks:
        shown = _shown_quotes(article, mentions, noise_spans)
        if shown is not None:
            return [_whole_sequences(q, article.text) for q in shown]
    # wire copy's ``…'' read as “…”, a control character as a space ("Harnwick.\x07 A spokesman
    # said": two sentences, t13ab L4), in the same offsets (quote_marks.tex_quotes)
    original = article.text
    if (text := controls_as_spaces(tex_quotes(original))) is not original:
        article = dataclasses.replace(article, text=text)
    # (the paragraphs as the blocks read them: a hard-wrapped one's lines are one, Article.name_text)
    state = _State(article, Speakers(text, mentions, noise_spans, article.outlet, article.name_text))
    by_block: dict[int, list[Sentence]] = {}
    for s in article.sentences:
        by_block.setdefault(s.block, []).append(s)
    # Block by block, in reading order: a pronoun refers back to names met so far, including
    # names found next to earlier cues.
    headline = _headline_text(article)
    for i, b in enumerate(article.blocks):
        if b.kind in ("title", "heading") or _is_headline(b.text):
            continue
        marks = pair_marks(text, b.start, b.end)
        state.marks_index.extend(marks)
        opens = [m.open for m in marks]
        # The article's headline written in sentence case ("Bridge inspector warned of cracks in
        # 2024") reports no words but those in its quotation marks: its verb says what the story
        # is about, never a statement of its own (t13r F14: "cracks in 2024" was a quote).
        headline_only = not marks and " ".join(b.text.split()) == headline
        sentences = by_block.get(i, [])
        for j, s in enumerate(sentences):
            # Sentence by sentence: the quotes opening in it, then its reported speech.
            upto = sentences[j + 1].start if j + 1 < len(sentences) else b.end + 1
            _direct(state, i, marks, opens, s.start if j else b.start, upto)
            if not headline_only and not _is_headline(s.text):
                _reported(state, s.start, s.end)
    spans = sorted(noise_spans)
    quotes = sorted(state.quotes, key=lambda q: q.start)
    if text is not original:  # each quote's words as the article writes them
        quotes = [_as_written(q, original, text) for q in quotes]
    return [_flag_noise(_whole_sequences(q, original), spans) for q in quotes]


def _whole_sequences(q: Quote, text: str) -> Quote:
    """``q`` with its ends off any terminal control sequence they split: a control character is
    read as a space (``controls_as_spaces``), so reported words after "says \x1b[31mRED" began
    at "[31m", one past the ESC, and were shown without its stand-in (t13ai N15)."""
    start, end = whole_sequences(text, q.start, q.end)
    if (start, end) == (q.start, q.end):
        return q
    return dataclasses.replace(q, start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True)
class _ShownMention:
    """An entity mention in a Markdown article's shown text (what :class:`Speakers` reads)."""

    start: int
    end: int
    label: str
    key: str


def _shown_quotes(
    article: Article, mentions: Sequence[object], noise_spans: Sequence[tuple[int, int]]
) -> list[Quote] | None:
    """:func:`find_quotes` of a Markdown ``article`` on its shown text, every offset mapped back
    into the article's text (a quote's ``text`` as written, markers inside it kept); None when
    the shown text is the article's own (no syntax hidden)."""
    from waic_reader.index.corpus.blocks import Block
    from waic_reader.index.corpus.markdown import shown_article

    original = article.text
    shown = shown_article(original, [(b.start, b.end) for b in article.blocks])
    if shown.text == original:
        return None
    blocks = []
    for b in article.blocks:
        a, e = shown.to_shown(b.start), shown.to_shown(b.end)
        blocks.append(Block(a, e, b.kind, shown.text[a:e]))
    view = dataclasses.replace(article, text=shown.text, preset_blocks=blocks, format="text")
    seen = [
        _ShownMention(shown.to_shown(m.start), shown.to_shown(m.end), getattr(m, "label", ""), getattr(m, "key", ""))  # type: ignore[attr-defined]
        for m in mentions
    ]
    noise = [(shown.to_shown(a), shown.to_shown(e)) for a, e in noise_spans]

    def back(span: tuple[int, int]) -> tuple[int, int]:
        out = shown.back([span])
        return out[0] if out else (shown.origin(span[0]), shown.origin(span[0]))

    quotes = []
    for q in find_quotes(view, seen, noise):
        # emphasis opening or closing right at a quote's ends is its words' ("**13** workers")
        start, end = shown.back_with_syntax(q.start, q.end, original) if q.start < q.end else back((q.start, q.end))
        speaker = q.speaker
        if speaker is not None and speaker.at is not None:
            speaker = dataclasses.replace(speaker, at=back(speaker.at))
        quotes.append(
            dataclasses.replace(
                q,
                start=start,
                end=end,
                text=original[start:end],
                speaker=speaker,
                marked=tuple(back(m) for m in q.marked),
                cue_start=shown.origin(q.cue_start) if q.cue_start >= 0 else q.cue_start,
                gap=back(q.gap) if q.gap is not None else None,
            )
        )
    return quotes


def _headline_text(article: Article) -> str:
    """The article's title as a headline is written (spaces collapsed), or "" when its title is
    no headline: a sentence (the first of a text with no headline, taken for its title) or none."""
    title = " ".join((article.title or "").split())
    if not title or title == article.doc or title.endswith((".", '."', ".”")):
        return ""
    return title


def _as_written(q: Quote, original: str, text: str) -> Quote:
    """``q`` found in ``text`` (:func:`quote_marks.tex_quotes` of ``original``) with its words as
    ``original`` writes them: a span ending on a closing "''" holds both of its marks."""
    if q.text != text[q.start : q.end]:
        return q
    end = q.end + 1 if text[q.end - 1 : q.end] == "”" and original[q.end - 1 : q.end + 1] == "''" else q.end
    return dataclasses.replace(q, end=end, text=original[q.start : end])


def _flag_noise(q: Quote, spans: list[tuple[int, int]]) -> Quote:
    i = bisect_right(spans, (q.start, 1 << 62)) - 1
    for s, e in spans[max(0, i) : i + 2]:
        if s < q.end and q.start < e:
            return dataclasses.replace(q, noise=True)
    return q


__all__ = ["find_quotes"]
