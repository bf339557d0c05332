"""The page around the article: its head (headline, deck, standfirst, byline above the main run
of prose, the headline's second form), its closing lines (a signature, a short sentence, the
article's list going on), what lies outside its main text, and whether a text is a saved page.

The main run of prose is found by :mod:`waic_reader.index.analysis.main_text` (trafilatura's
and Boilerpipe's "largest block of text" idea); the rules here act only outside it.
"""

from __future__ import annotations

import re
from collections import Counter

from waic_reader.index.analysis.lexicon import CHANGE_VERBS, IRREGULAR_PAST, NUMBER_WORDS
from waic_reader.index.analysis.main_text import best_span
from waic_reader.index.analysis.noise.block_rules import is_bio, is_stamp_line
from waic_reader.index.analysis.noise.bylines import (
    BY_LEAD,
    BYLINE_WORDS,
    BYLINED_SCORE,
    NAME_LINE,
    YEAR,
    byline_under,
    bylined,
    short_sentence,
)
from waic_reader.index.analysis.noise.credits import CLOSED_CAPTION
from waic_reader.index.analysis.noise.features import (
    CJK_SHARE,
    HEAD_WINDOW,
    HEADLINE_WORDS,
    PAIRED,
    STOP,
    Feat,
    body_prefixes,
    cjk_pairs,
    list_item,
    next_block,
    sentence,
    shared_words,
    snip,
    stamp_label,
)
from waic_reader.index.analysis.noise.lists import drawn_before, entry_number
from waic_reader.index.analysis.noise.menus import (
    LIST_HEADING,
    PAGE_HEADER_LINE,
    article_goes_on,
    introduces_list,
    own_resources,
    short_lines,
)
from waic_reader.index.analysis.noise.patterns import LABELLED_ADDRESS, READING_LIST_HEADER, SIGNATURE
from waic_reader.index.corpus.blocks import CRUMB_SEP, Block
from waic_reader.index.corpus.bylines import FOREIGN_BY
from waic_reader.index.corpus.date_stamps import is_stamp

# The most short sentences over the main text kept one a line as its first lines.
FIRST_LINES = 3

# A site's copyright notice naming a year ("© 1995-2024 Grupa X", "Copyright 2025 X"): its footer.
_DATED_COPYRIGHT = re.compile(r"(?:19|20)\d\d")
# The gain (words of prose, less the furniture between) a run before the footer needs to be taken as
# the article's main text instead of one after it: a paragraph's worth, not a teaser's blurb.
_BEFORE_FOOTER_GAIN = 40.0


def span_before_footer(
    span: tuple[int, int], gains: list[float], feats: list[Feat], labels: list[tuple[str, str] | None]
) -> tuple[int, int]:
    """The main run of prose sought before the page's footer when the best one lies after it.

    ``span``: the best run (block indices, inclusive); ``gains``: each block's
    :func:`~waic_reader.index.analysis.main_text.gain`. A saved page's copyright notice with a year, in the
    page's second half, is its footer: what a page sets after it is a dialog or a widget drawn over the page
    (a consent dialog's paragraphs about cookies and partners, in the page's own language), never the
    article. So when the best run starts after such a notice and a run before it holds a paragraph's worth
    of prose (:data:`_BEFORE_FOOTER_GAIN`), that run is the main text. Otherwise ``span`` unchanged.
    """
    n = len(feats)
    footer = next(
        (
            i
            for i in range(n // 2, span[0])
            if (lab := labels[i]) is not None
            and lab[1].startswith("copyright notice")
            and _DATED_COPYRIGHT.search(feats[i].text)
        ),
        None,
    )
    if footer is None:
        return span
    before = best_span(gains[:footer])
    if before is None or sum(gains[before[0] : before[1] + 1]) < _BEFORE_FOOTER_GAIN:
        return span
    return before


# A line of the article's own words: at most this many words, at least this many of its words
# (function words aside), and this share of them in the main run's prose; shown at most twice on
# the page (a section's title in the contents and over the section).
_OWN_LINE_WORDS = 12
_OWN_LINE_VOCAB = 2
_OWN_LINE_SHARE = 0.8
_OWN_LINE_SHOWN = 2
# The most times the main run is sought again, its words grown by what it took in.
_OWN_LINE_ROUNDS = 6


# A worked sum's line: "=" or "→" before a figure, or another operator of arithmetic or comparison
# between two figures ("Covered Taxes = 1.000.000 – 200.000 = 800.000 €", "ETR (%8) < %15",
# "10.000.000 × %7", "1.500.000 € (A) + 1.000.000 € (B)"). A menu, a teaser or a footer writes none
# (a phone number's "+49 …" has no figure before its "+"; a link's "?path=%2F…" no space before its "=").
_WORKED = re.compile(r"\s[=→]\s\D{0,40}\d|\d\D{0,40}\s[×<>+]\s\D{0,40}\d")
# A worked example's other lines stand within this many lines of one of its sums: its steps'
# headings ("Adım 2: Toplam Ödenecek Vergi", "Sonuç") of at most this many words, and its lines
# introducing what follows with a colon ("Covered Taxes:", "X Şirketi, A ülkesinde faaliyet
# gösteriyor:") of at most this many.
_WORKED_NEAR = 4
_WORKED_HEADING_WORDS = 8
_INTRO_LINE_WORDS = 15


def _own_line(f: Feat, shown: int, vocab: set[str]) -> bool:
    """Whether a short line no rule labelled, shown ``shown`` times on the page, is the article's
    own between its paragraphs given the main run's words (``vocab``): of :data:`_OWN_LINE_VOCAB`
    words or more, :data:`_OWN_LINE_SHARE` of them the run's (a section's heading, a chart's cell)."""
    return (
        shown <= _OWN_LINE_SHOWN
        and 0 < f.n <= _OWN_LINE_WORDS
        and len(f.vocab) >= _OWN_LINE_VOCAB
        and sum(1 for w in f.vocab if w in vocab) >= _OWN_LINE_SHARE * len(f.vocab)
    )


def _worked_example(feats: list[Feat], labels: list[tuple[str, str] | None], gains: list[float]) -> set[int]:
    """The lines of a worked example that cost as a menu's do (``gains`` below zero), no rule's
    label on them: its sums (:data:`_WORKED`, of at most twice :data:`_OWN_LINE_WORDS` words), and
    within :data:`_WORKED_NEAR` lines of a sum its steps' short headings (no sentence; shown again
    and again: each step's "Sonuç") and its lines ending in a colon. A menu, a teaser list or a
    footer holds no sum; a worked example's steps are written so (issue #14, unseen37 muhasebetr-1:
    a tax example split the article's run of prose, 62 lines lost). Their block indices."""
    sums = [
        i
        for i, f in enumerate(feats)
        if labels[i] is None and 0 < f.n <= 2 * _OWN_LINE_WORDS and _WORKED.search(f.text) is not None
    ]
    out = {i for i in sums if gains[i] < 0}
    for s in sums:
        for step in (-1, 1):
            j: int | None = s
            for _ in range(_WORKED_NEAR):
                j = next_block(feats, j, step) if j is not None else None
                if j is None:
                    break
                f = feats[j]
                if gains[j] >= 0 or labels[j] is not None:
                    continue
                heading = f.n <= _WORKED_HEADING_WORDS and not f.sentence_end
                intro = f.n <= _INTRO_LINE_WORDS and f.text.rstrip().endswith((":", "："))
                if heading or intro:
                    out.add(j)
    return out


# A data table's cell that is a figure alone: "10.000.000", "%10", "1,200 €", "3.5".
_FIGURE_CELL = re.compile(r"^[%€$£¥]?\s*\d[\d.,' ]*\s*[%€$£¥]?$")
# A table's row label and header cells: at most this many words, no sentence.
_TABLE_CELL_WORDS = 6


def _figure_table(feats: list[Feat], gains: list[float]) -> set[int]:
    """The cells of a data table set one cell a line that cost as a menu's lines do (``gains`` below
    zero): two rows or more, each a short label (:data:`_TABLE_CELL_WORDS` words
    at most, no sentence) then as many figure cells (:data:`_FIGURE_CELL`) as the other rows; the
    header's cells, one per column, straight above the first row; and a line introducing the table
    with ":" straight above its header. A menu or a teaser list holds no rows of figures (issue
    #14, unseen37 muhasebetr-1: the tax example's opening table split the article's run of prose,
    its introduction lost). Their block indices."""
    lines = [i for i, f in enumerate(feats) if f.n]
    figure = [_FIGURE_CELL.match(feats[i].text.strip()) is not None for i in lines]

    def cell(pos: int) -> bool:
        f = feats[lines[pos]]
        return not figure[pos] and 0 < f.n <= _TABLE_CELL_WORDS and not f.sentence_end

    out: set[int] = set()
    pos = 0
    while pos < len(lines):
        # A row: a label cell, then its figures.
        rows: list[int] = []
        width = 0
        k = pos
        while k < len(lines) and cell(k):
            j = k + 1
            while j < len(lines) and figure[j]:
                j += 1
            if j - k - 1 < 1 or (width and j - k - 1 != width):
                break
            width = j - k - 1
            rows.append(k)
            k = j
        if len(rows) < 2:
            pos += 1
            continue
        found = {lines[c] for r in rows for c in range(r, r + width + 1)}
        head = rows[0] - (width + 1)
        if head >= 0 and all(cell(h) for h in range(head, rows[0])):
            found.update(lines[h] for h in range(head, rows[0]))
            intro = feats[lines[head - 1]] if head > 0 else None
            if intro is not None and intro.n <= _INTRO_LINE_WORDS and intro.text.rstrip().endswith((":", "：")):
                found.add(lines[head - 1])
        out.update(i for i in found if gains[i] < 0)
        pos = k
    return out


# A run of the article's own short lines framed by its prose (a tutorial's bullet points between two of
# its paragraphs): at most this many lines, the paragraph after it naming at least this many of the
# main run's words; and at least this many lines: a list, not a teaser's title between two blurbs
# ("Zmarł były prezydent …" over its blurb, a paywall's "Czytaj dalej" line over the next card).
_FRAMED_RUN_LINES = 16
_FRAMED_RUN_MIN = 3
_FRAMED_SHARED_WORDS = 2


def _framed_runs(
    feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool], gains: list[float], vocab: set[str]
) -> set[int]:
    """The short lines that stand between two paragraphs of the article's prose: a run of
    :data:`_FRAMED_RUN_MIN` to :data:`_FRAMED_RUN_LINES` lines that cost as a menu's do (``gains`` below zero), each of at most
    :data:`_OWN_LINE_WORDS` words, or neutral already (a list's item), and no rule's label, with a
    paragraph of prose (or a sentence ending in ":") straight before it and one straight after it that names :data:`_FRAMED_SHARED_WORDS` or more of the main run's
    words (``vocab``). A tutorial or an explainer writes its points one short line each between its
    paragraphs ("Its functions include:", then "Destroy silos", "Stop blaming", then its next
    paragraph); a site's menu or its footer's links stand outside the article's prose, before its
    first paragraph or after its last, and what follows a menu there names none of the story's words
    (issue #14, unseen42 edureka-1: 80 of its lines were cut off as menus). A run holding a figure
    alone (as many digits as letters: a stock quote's or a case tally's widget, "Market Cap" over
    "$1,404B") is a widget's, not the article's points; so is a run nothing introduces (no line ending
    in ":" before it or in it, no question heading it: "Why Automation?" over its points, round
    s48-a): a related-stories card's title and kicker between two blurbs that name the story's
    words (issue #14, unseen21 faz-1, unseen25 theinfatuation-1). Their block indices."""
    out: set[int] = set()
    lines = [i for i, f in enumerate(feats) if f.n]

    def frame(k: int | None) -> bool:  # a paragraph, or a sentence introducing what follows
        return k is not None and (
            is_prose[k] or (feats[k].n > _OWN_LINE_WORDS and feats[k].text.rstrip().endswith((":", "：")))
        )

    def figure(k: int) -> bool:  # as many digits as letters: a widget's value ("$1,404B", "28,25,140Cases")
        text = feats[k].text
        return sum(c.isdigit() for c in text) >= max(1, sum(c.isalpha() for c in text))

    def introduces(k: int) -> bool:
        return feats[k].text.rstrip().endswith((":", "："))

    def asks(k: int) -> bool:  # a heading put as a question its points answer ("Why Automation?")
        return feats[k].text.rstrip().endswith(("?", "？"))

    def short(k: int) -> bool:  # a short line no rule took, or one already neutral (a list's item)
        if labels[k] is not None:  # (a stamp, a prompt, a teaser list's line: the page's, not a list's)
            return False
        if gains[k] == 0:
            return not frame(k)
        return gains[k] < 0 and feats[k].n <= _OWN_LINE_WORDS

    pos = 0
    while pos < len(lines):
        if not short(lines[pos]):
            pos += 1
            continue
        end = pos
        while end + 1 < len(lines) and short(lines[end + 1]):
            end += 1
        before = lines[pos - 1] if pos > 0 else None
        after = lines[end + 1] if end + 1 < len(lines) else None
        if (
            _FRAMED_RUN_MIN <= end - pos + 1 <= _FRAMED_RUN_LINES
            and not any(figure(k) for k in lines[pos : end + 1])
            # Introduced as a list: by the paragraph before it ("Its functions include:"), by a
            # header of its own ("Other attributes of culture are:") or by a heading put as the
            # question its points answer, first in the run ("Why Automation?" over "Fast and
            # efficient"). A teaser card's title and kicker between two blurbs introduce nothing.
            and (any(introduces(k) for k in lines[pos - 1 : end + 1]) or asks(lines[pos]))
            and frame(before)
            and frame(after)
            and after is not None
            and sum(1 for w in feats[after].vocab if w in vocab) >= _FRAMED_SHARED_WORDS
        ):
            out.update(k for k in lines[pos : end + 1] if gains[k] < 0)
        pos = end + 1
    return out


# A sectioned list's numbered headings: at least this many, numbered 1, 2, 3, … in order, and at
# least this share of the gaps between two of them holding this many lines or more (a section's
# items; a most-read list's kicker over each headline, "1.Erzgebirge" over its story, holds one).
_NUMBERED_MIN = 3
_NUMBERED_FILLED = 0.5
_SECTION_LINES = 2


def _numbered_sections(
    blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None], gains: list[float], after: int
) -> tuple[int, int] | None:
    """The article's own list in numbered sections straight after block ``after`` (the main run's
    last block): a run of short lines no rule labelled (at most :data:`_OWN_LINE_WORDS` words, no
    prose: ``gains`` at most zero) holding numbered headings 1, 2, 3, … in order
    (:func:`~waic_reader.index.analysis.noise.lists.entry_number`, :data:`_NUMBERED_MIN` or more, no
    number out of order), half of them (:data:`_NUMBERED_FILLED`) over :data:`_SECTION_LINES` lines or
    more of their own. A
    tutorial closes with its tools by category ("Devops tools", "1. Operating Systems", "Linux",
    "Windows", "2. Infrastructure as a Service", …) and its lines cost as a menu's do (issue #14,
    unseen42 edureka-1: 77 lines cut off as a footer's menu); a site's menu numbers nothing, and a
    most-read list numbered by rank has a headline at most under each number. Returns the run's first and
    last block (the last section as long as the longest before it at most), or None."""
    run: list[int] = []
    for i in range(after + 1, len(feats)):
        if not feats[i].n:
            continue
        if labels[i] is not None or gains[i] > 0 or feats[i].n > _OWN_LINE_WORDS:
            break
        run.append(i)
    heads: list[int] = []  # positions in ``run`` of the headings 1, 2, 3, …
    for pos, i in enumerate(run):
        number = entry_number(blocks[i].text, feats[i])
        if number is None:
            continue
        if number != len(heads) + 1:
            break
        heads.append(pos)
    if len(heads) < _NUMBERED_MIN:
        return None
    sections = [b - a - 1 for a, b in zip(heads, heads[1:])]
    if sum(1 for n in sections if n >= _SECTION_LINES) < _NUMBERED_FILLED * len(sections):
        return None
    last = min(len(run) - 1, heads[-1] + max(sections))
    return run[0], run[last]


def span_with_own_lines(
    blocks: list[Block],
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    is_prose: list[bool],
    gains: list[float],
    span: tuple[int, int],
) -> tuple[int, int]:
    """The main run of prose grown over the article's own short lines, when they alone split it.

    ``span``: the best run (block indices, inclusive); ``gains``: each block's
    :func:`~waic_reader.index.analysis.main_text.gain`; ``is_prose``: each block's prose test. A long
    article written in sections with many short lines between them (a buying guide: each product's
    paragraphs, then its pros and cons, its features, one short line each; a comparison chart's
    cells) has its short lines cost it as a menu's do, and its main run was one section of it (issue
    #14, unseen32's eweek-1: 65 of its lines were split off). A short line no rule labelled, of
    :data:`_OWN_LINE_VOCAB` words or more (function words aside), :data:`_OWN_LINE_SHARE` of them
    in the run's prose and shown at most :data:`_OWN_LINE_SHOWN` times on the page, is the
    article's: neutral, it neither extends nor splits the run. The run is sought again with such
    lines neutral, its words growing with what it took in (up to :data:`_OWN_LINE_ROUNDS` times),
    and grown at either end only by a paragraph's worth of gain (:data:`_BEFORE_FOOTER_GAIN`): a
    teaser's blurb past a menu naming the story's words is not taken in. A site's menu, its tags and
    its footer's links ("Polityka", "mehr", "Popular news") hold one word each, are shown at every
    story, or name other words. Returns the run, ``span`` when it does not grow; grown at its end
    over the article's closing list in numbered sections (:func:`_numbered_sections`) when only
    the article's own lines (made neutral here) stand between them."""
    shown = Counter(f.text.strip().lower() for f in feats if f.n)
    worked = _worked_example(feats, labels, gains) | _figure_table(feats, gains)
    for _ in range(_OWN_LINE_ROUNDS):
        vocab = {w for i in range(span[0], span[1] + 1) if is_prose[i] for w in feats[i].vocab}
        framed = _framed_runs(feats, labels, is_prose, gains, vocab)
        joined = [
            0.0
            if g < 0
            and (
                i in worked or i in framed or (labels[i] is None and _own_line(f, shown[f.text.strip().lower()], vocab))
            )
            else g
            for i, (g, f) in enumerate(zip(gains, feats))
        ]
        grown = best_span(joined)
        if grown is None or not grown[0] <= span[0] <= span[1] <= grown[1]:
            break
        start = grown[0] if sum(joined[grown[0] : span[0]]) >= _BEFORE_FOOTER_GAIN else span[0]
        end = grown[1] if sum(joined[span[1] + 1 : grown[1] + 1]) >= _BEFORE_FOOTER_GAIN else span[1]
        if (start, end) == span:
            break
        span = (start, end)
    # (The article's own lines after the run, neutral now, lead on to its closing numbered list's
    # first heading.)
    last = span[1]
    while (
        (k := next_block(feats, last, 1)) is not None
        and joined[k] == 0
        and labels[k] is None
        and entry_number(blocks[k].text, feats[k]) != 1
    ):
        last = k
    if (numbered := _numbered_sections(blocks, feats, labels, gains, last)) is not None:
        span = (span[0], numbered[1])
    return span


# The credit phrase rule's reason (patterns.py): a credit line itself, "Foto: Jane Roe / dpa".
_CREDIT_REASON = "photo caption or credit"
_QUOTED = re.compile(r"“(.+?)”")
# The most words of a credit line alone: a label, a name or two, an agency.
_CREDIT_WORDS = 6


def _over_credit_line(feats: list[Feat], labels: list[tuple[str, str] | None], k: int) -> bool:
    """Whether the line after block ``k`` is a photo credit line ("Foto: Jane Roe / dpa"), so ``k`` is its
    caption. (Not a caption sentence the rules took beside a credit under it: a headline may stand over
    the photo's caption, and that caption over the credit.)"""
    under = next_block(feats, k, 1)
    if under is None or (lab := labels[under]) is None or not lab[1].startswith(_CREDIT_REASON):
        return False
    # The credit's label opens the line and names only who took it ("Foto: Jane Roe / dpa"); a caption
    # with a credit inside it ("Police officer - Copyright Jane Roe/AP") may stand under the headline.
    said = _QUOTED.search(lab[1])
    return (
        feats[under].n <= _CREDIT_WORDS
        and said is not None
        and " ".join(feats[under].text.split()).startswith(said.group(1).rstrip("…"))
    )


def page_head(
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    body_start: int,
    titled: bool,
    body_vocab: set[str],
    body_pairs: set[str],
    english: bool = True,
) -> tuple[set[int], int | None]:
    """The headline and standfirst above a page's main text: the blocks before it that stay content.

    Candidates are headline-like lines (4 to 30 words, no phrase rule) within :data:`HEAD_WINDOW`
    blocks above the body that share words with it (at least two, and 30% of their own). Each
    shared word scores one, and a line shown twice above the body (the page's title repeated over
    its article) two more; the highest wins, the nearest on a tie. A candidate up to three blocks
    above the winner is the headline over its deck or standfirst (which shares more words, being
    longer), and takes its place. A line over a byline or date stamp (within three blocks) is a
    candidate even when it shares fewer words, or was taken for an item of a list above it, and
    scores :data:`BYLINED_SCORE` more. In Chinese and Japanese, pairs of characters stand in for
    words (``body_pairs``: those of the body's prose), :data:`CJK_SHARE` of them shared. Below the headline, sharing candidates each within three
    blocks of the last (its decks) and sentences (its standfirst) are content too.
    """
    keep: set[int] = {0} if titled and labels[0] is None and body_start <= 3 else set()
    top = max(0, body_start - HEAD_WINDOW)
    shown = Counter(feats[k].text.strip().lower() for k in range(top, body_start) if feats[k].n)
    # The headline shown again in a share row's words: "Share The 21 best movies of 2017".
    tails = {
        low.split(maxsplit=w)[-1]
        for k in range(top, body_start)
        if feats[k].n >= 5
        for low in [feats[k].text.strip().lower()]
        for w in range(1, _REPEAT_LEAD_WORDS + 1)
        if len(low.split()) > w + 3
    }

    def repeated(k: int) -> bool:
        text = feats[k].text.strip().lower()
        return shown[text] > 1 or text in tails

    shared: dict[int, int] = {}  # headline-like lines: words (or character pairs) shared with the body
    sharing: set[int] = set()  # those sharing enough to be a headline on that alone, or its decks
    for k in range(top, body_start):
        f = feats[k]
        if not (f.headline_like and HEADLINE_WORDS <= f.n <= 30) and not _short_headline(
            feats, k, body_start, body_vocab
        ):
            continue
        if is_stamp_line(f) or BY_LEAD.match(f.text) or is_stamp(f.text):
            continue  # (a rubric over a date, "media Sept. 2, 2016", is a stamp: no headline)
        if f.words[0].islower() and f.words[0] in STOP:
            continue  # a fragment ("in Featured Article WebAPI", "on March 10 by …"), not a headline
        if len(CRUMB_SEP.split(f.text.strip())) >= 3:
            continue  # a menu row ("首页|新闻|图片|…") shares its section names with the body
        if NAME_LINE.match(f.text):
            continue  # the byline's own name line ("Jane Doe, The Courier") over its date
        if _over_credit_line(feats, labels, k) and not repeated(k):
            # A photo's caption over its credit ("Foto: Jane Roe / dpa") shares the body's words, being
            # about the story, but it is no headline (issue #14, unseen18). (The headline shown again over
            # the lead photo's credit is still the headline: a caption is not shown twice.)
            continue
        if body_pairs and PAIRED.search(f.text):
            # Chinese, Japanese, Thai, Burmese… have no spaces to find words by: pairs of
            # characters stand in.
            pairs = cjk_pairs(f.text)
            shared[k], share = sum(1 for p in pairs if p in body_pairs), CJK_SHARE * len(pairs)
        else:
            shared[k], share = sum(1 for w in f.vocab if w in body_vocab), 0.3 * len(f.vocab)
        if shared[k] >= 2 and shared[k] >= share and labels[k] is None and f.n >= HEADLINE_WORDS:
            sharing.add(k)
    scores: dict[int, int] = {}
    over_byline: set[int] = set()
    for k, n_shared in shared.items():
        # A date stamp straight over a sharing line is that line's (the real headline under its
        # date), not the byline of a teaser above it.
        by = byline_under(feats, k, body_start)
        # (...unless that line is this one shown again: "Share The 21 best movies of 2017".)
        bylined = by is not None and not any(
            by < j <= by + 2 and not feats[j].text.strip().lower().endswith(feats[k].text.strip().lower())
            for j in sharing
        )
        # A headline over its byline may have been taken for an item of a list above it.
        if labels[k] is not None and not (bylined and list_item(labels[k])):
            continue
        if k not in sharing and not bylined:
            continue
        if bylined:
            over_byline.add(k)
        scores[k] = n_shared + (2 if repeated(k) else 0) + (BYLINED_SCORE if bylined else 0)
    if not scores:
        lone = _lone_headline(feats, labels, body_start, body_vocab)
        if lone is not None:
            keep.add(lone)
        return keep, lone
    # A line over a byline that shares a word with the body is the headline before any line that
    # only shares words ("New To You shows you everything posted since your last visit ...").
    best = max(scores, key=lambda k: (k in over_byline and scores[k] > BYLINED_SCORE, scores[k], k))
    # (Not a menu's entry the page draws twice, with the entry under it: "OpenShift Online 3 (New!)"
    # over the headline shares the body's words; issue #14, unseen39 openshift-1.)
    while (
        above := next((k for k in range(best - 1, best - 4, -1) if k in sharing and not drawn_before(feats, k)), None)
    ) is not None:
        best = above
    # A standfirst in sentences won ("As the sea rises, the 400 people of Osland have voted to
    # stay. Can they?"): the headline-like line straight over it that shares a word with the body
    # ("The island that refused to leave", short on the body's words) is the headline over it.
    up = next_block(feats, best, -1)
    if (
        feats[best].sentence_end
        and up is not None
        and shared.get(up, 0) >= 1
        and labels[up] is None
        and feats[up].headline_like
        and not feats[up].sentence_end
    ):
        best = up
    keep.add(best)
    if titled and labels[0] is None and feats[best].text.strip().lower() in feats[0].text.lower():
        keep.add(0)  # the page's title line, the headline with the site's name: content too
    # The headline shown twice, first over its standfirst, then again nearer the text (in a
    # player or share box): the standfirst's sentences under the first showing are content. A
    # standfirst tells the story in brief: most of its words are the article's (a prompt between
    # the two showings, "To save this article, sign in", is not).
    # (The first showing may win too, over its date stamp: "Publicerad 14 mars 2025 kl 10.23" read
    # as one since the Nordic stamp words, round s49-m2. Then the second showing is the one below.)
    text = feats[best].text.strip().lower()
    first = next((k for k in range(top, best) if feats[k].text.strip().lower() == text), None)
    second = best
    if first is None:
        again = next((k for k in range(best + 1, body_start) if feats[k].text.strip().lower() == text), None)
        first, second = (best, again) if again is not None else (None, best)
    if first is not None:
        lead = [
            j
            for j in range(first + 1, second)
            if sentence(feats[j], labels[j], english)
            and sum(1 for w in feats[j].vocab if w in body_vocab) >= _LEAD_SHARE * len(feats[j].vocab)
        ]
        if lead:
            keep.update([first, second, *lead])
    last = best
    for j in range(best + 1, body_start):
        g = feats[j]
        if j in sharing and j - last <= 3:
            keep.add(j)
            last = j
        elif sentence(g, labels[j]):
            keep.add(j)
    # The page's second form of the headline straight over the text ("How X Took Down Y" under
    # "The Revenge of Y", its deck saying "How X took down …"): most of its words are theirs.
    top_vocab = {w for k in keep for w in feats[k].vocab}
    over = next((k for k in range(body_start - 1, best, -1) if feats[k].n), None)
    if over is not None and over not in keep and labels[over] is None and over in shared:
        f = feats[over]
        if f.vocab and sum(1 for w in f.vocab if w in top_vocab) >= _SECOND_FORM_SHARE * len(f.vocab):
            keep.add(over)
    for k in keep:
        if labels[k] is not None and list_item(labels[k]):
            labels[k] = None
    return keep, best


# A standfirst or lead paragraph over the main text written without its closing mark: at least this
# many words (a paragraph's, more than a headline's), within this many lines over the text, at least
# this share of its words (of its character pairs in Chinese or Japanese) the body's.
_STANDFIRST_WORDS = 15
_STANDFIRST_WINDOW = 10
_STANDFIRST_SHARE = 0.5
_STANDFIRST_PAIR_SHARE = 0.4


def standfirst_above(
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    keep: set[int],
    body_start: int,
    body_vocab: set[str],
    body_pairs: set[str],
    english: bool,
) -> set[int]:
    """The article's standfirst or lead paragraph over its main text that :func:`page_head` does
    not keep, being no sentence by its marks: written without its full stop ("Die Aufregung … bleibt
    groß. Auch in Österreich stellt sich nun die Frage, … wie groß das Problem ist"), its last
    mark on a line of its own, or set above the headline the page shows again nearer the text.

    Returns the indices (a subset of the blocks before ``body_start``) of the lines that no rule
    labelled, within :data:`_STANDFIRST_WINDOW` non-empty lines over the main text, of
    :data:`_STANDFIRST_WORDS` words or more, most of whose words the body's prose holds
    (:data:`_STANDFIRST_SHARE`; on a page not in English words sharing their first letters count,
    :func:`shared_words`; in Chinese or Japanese character pairs, :data:`_STANDFIRST_PAIR_SHARE`), and
    that are neither a photo's caption (next to a caption or credit line) nor an author's bio.
    Another story's teaser above the text names the story's topic, rarely half of its words
    (issue #14: a lost standfirst is a real paragraph lost)."""
    prefixes = body_prefixes(body_vocab, english)
    out: set[int] = set()
    k = body_start
    for _ in range(_STANDFIRST_WINDOW):
        up = next_block(feats, k, -1)
        if up is None:
            break
        k = up
        f = feats[k]
        if labels[k] is not None or k in keep or f.n < _STANDFIRST_WORDS or is_bio(f):
            continue
        if any((j := next_block(feats, k, step)) is not None and _caption_label(labels[j]) for step in (-1, 1)):
            continue
        if _body_paragraph(f, body_vocab, body_pairs, prefixes):
            out.add(k)
    return out


def _body_paragraph(f: Feat, body_vocab: set[str], body_pairs: set[str], prefixes: frozenset[str] | None) -> bool:
    """Whether a line is a paragraph's worth of the body's words whatever its marks: of
    :data:`_STANDFIRST_WORDS` words or more, :data:`_STANDFIRST_SHARE` of them the body's
    (``prefixes``: :func:`body_prefixes`), or in Chinese or Japanese :data:`_STANDFIRST_PAIR_SHARE` of
    its character pairs ``body_pairs``' (the body's prose's, :func:`cjk_pairs`)."""
    if f.n < _STANDFIRST_WORDS or f.title_ratio >= 0.6 or (prefixes is None and f.stop_density < 0.15):
        return False  # (a row of topics or tags names the body's words too, in title case, no function words)
    if body_pairs and PAIRED.search(f.text):
        pairs = cjk_pairs(f.text)
        return bool(pairs) and sum(1 for p in pairs if p in body_pairs) >= _STANDFIRST_PAIR_SHARE * len(pairs)
    return bool(f.vocab) and shared_words(f.vocab, body_vocab, prefixes) >= _STANDFIRST_SHARE * len(f.vocab)


# The most lines a headline stands over its standfirst (a byline and a date stamp between them).
_HEADLINE_OVER_STANDFIRST = 3


def headline_over_standfirst(
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    keep: set[int],
    body_start: int,
    body_vocab: set[str],
    english: bool,
) -> set[int]:
    """The headline straight over a standfirst kept above the main text, when :func:`page_head`
    took another line for the headline (a second form of it nearer the text, a deck) or none.

    Returns the indices of such lines: for each kept sentence of eight words or more before
    ``body_start`` (a standfirst), the nearest line within :data:`_HEADLINE_OVER_STANDFIRST`
    non-empty lines over it that no rule labelled, reads as a headline (4 to 30 words, no closing
    full stop), is no date stamp or byline, and shares two of its words or more with the body
    (:func:`shared_words`; ``body_vocab``: the main text's words). A teaser of another story above the
    page's head stands over no standfirst of this article (issue #14: the page's headline was
    judged another story's teaser over its own standfirst)."""
    prefixes = body_prefixes(body_vocab, english)
    out: set[int] = set()
    for s in sorted(k for k in keep if k < body_start):
        if not (feats[s].n >= 8 and feats[s].sentence_end):
            continue
        k = s
        for _ in range(_HEADLINE_OVER_STANDFIRST):
            up = next_block(feats, k, -1)
            if up is None or up in keep:
                break
            k = up
            f = feats[k]
            if labels[k] is not None or not (f.headline_like and HEADLINE_WORDS <= f.n <= 30):
                continue
            if is_stamp_line(f) or is_stamp(f.text) or BY_LEAD.match(f.text):
                continue
            if shared_words(f.vocab, body_vocab, prefixes) >= 2:
                out.add(k)
                break
    return out


def _caption_label(label: tuple[str, str] | None) -> bool:
    """Whether a rule took a line for a photo's caption or credit, the line beside it maybe the
    rest of it; not a caption whole in itself, its sentence closed by its credit ("… abgebrochen.
    © Jane Roe/dpa": issue #14, s34-d, the lead paragraph under such a caption was lost as no
    standfirst), as :func:`credits.over_credit` reads it."""
    return label is not None and label[0] == "caption" and not label[1].startswith(CLOSED_CAPTION)


# The share of a standfirst's words (over the headline's second showing) the body holds.
_LEAD_SHARE = 0.5
_SECOND_FORM_SHARE = 0.6
_SHORT_HEADLINE_WORDS = 2


def _short_headline(feats: list[Feat], k: int, body_start: int, body_vocab: set[str]) -> bool:
    """A headline of two or three words ("2021-2022 Line Outline"): straight over a byline or date
    stamp, shown once, and every word of it (two or more) found in the body."""
    f = feats[k]
    if not (f.headline_like and _SHORT_HEADLINE_WORDS <= f.n < HEADLINE_WORDS):
        return False
    under = next((j for j in range(k + 1, body_start) if feats[j].n), None)
    if under is None or byline_under(feats, under - 1, body_start) != under:
        return False
    text = f.text.strip().lower()
    if any(feats[j].text.strip().lower() == text for j in range(max(0, k - HEAD_WINDOW), body_start) if j != k):
        return False
    return len(f.vocab) >= 2 and all(w in body_vocab for w in f.vocab if not any(ch.isdigit() for ch in w))


def _lone_headline(
    feats: list[Feat], labels: list[tuple[str, str] | None], body_start: int, body_vocab: set[str]
) -> int | None:
    """When no line over the body scored as its headline (:func:`page_head`), the headline-like
    line (2 to 30 words, no sentence, no rule's label, shown once over the body) standing straight
    over the body's first paragraph, or over the byline or date line straight over it. Its place
    says it, with one more sign: a word shared with the body, or the byline under it. (Issue #14,
    unseen35: a blog's short title, "Anti-patterns: things to avoid" under a breadcrumb trail,
    "Fragments: February 25" over "Martin Fowler: 25 Feb 2026", shares too few words with the body
    to score, and was dropped as a page header's line.) The block's index, else None."""
    at = next_block(feats, body_start, -1)
    if at is None:
        return None
    under = None
    if labels[at] is None and bylined(feats[at]) and feats[at].n <= BYLINE_WORDS:
        under, at = at, next_block(feats, at, -1)
        if at is None:
            return None
    f = feats[at]
    if labels[at] is not None or not (f.headline_like and _SHORT_HEADLINE_WORDS <= f.n <= 30) or f.sentence_end:
        return None
    if (
        BY_LEAD.match(f.text)
        or is_stamp_line(f)
        or ((is_stamp(f.text) or bylined(f)) and not _day_title(f, under, feats))
    ):
        return None
    text = f.text.strip().lower()
    if any(feats[j].text.strip().lower() == text for j in range(max(0, at - HEAD_WINDOW), body_start) if j != at):
        return None  # (a line shown twice over the body is a menu's or a list's, when nothing scored)
    return at if under is not None or any(w in body_vocab for w in f.vocab) else None


def _day_title(f: Feat, under: int | None, feats: list[Feat]) -> bool:
    """Whether ``f``, read as a date stamp, is a title naming a day over the article's own stamp
    (``under``: the byline or date line under it, if any): words of its own beside a day without a
    year ("Fragments: February 25", "Links: 3 March"), no stamp's words alone (not
    :func:`~waic_reader.index.analysis.noise.block_rules.is_stamp_line`: "Updated: February 25"),
    over a stamp that gives the year ("Martin Fowler: 25 Feb 2026"). A page stamps its article
    once: the full date under the line dates it, so the line's own day is its title's (issue #14,
    unseen35 martinfowler-1: the title was dropped as a page header's line)."""
    return (
        under is not None
        and not is_stamp_line(f)
        and YEAR.search(f.text) is None
        and YEAR.search(feats[under].text) is not None
    )


# A headline shown again after up to this many words of a share row ("Share", "Share on X").
_REPEAT_LEAD_WORDS = 3


def after_marker(feats: list[Feat], labels: list[tuple[str, str] | None], markers: list[int], body_end: int) -> None:
    """After the article, a comments header or press-release furniture owns the rest of the page;
    after a writer's author box the rest is the page around the article (outside-article), after
    the site's own contact details its footer (navigation, running on past the footer's links)."""
    first = next((m for m in markers if m > body_end), None)
    if first is None:
        return
    kind = lab[0] if (lab := labels[first]) else "comments"
    what = "comments section" if kind == "comments" else "press-release furniture"
    if kind == "byline":
        # A writer's author box closing the article: what follows it is the page around the
        # article (other stories' teasers, a newsletter box), no text of it (unseen19's tarnkappe-1).
        kind, what = "outside-article", "part of the page past the author box"
    footer = kind == "legal"
    if footer:
        # The site's address and contact details after the article: its footer runs on under them.
        kind, what = "navigation", "page footer"
    for k in range(first + 1, len(feats)):
        if (
            not footer
            and (here := labels[k]) is not None
            and here[0] in ("navigation", "legal")
            and not any(
                labels[j] is None and feats[j].sentence_end and feats[j].n >= 8 for j in range(k + 1, len(feats))
            )
        ):
            break  # the page's footer ("About us", "Privacy policy"; no comment under it): no comments
        # (A comment's own time stamp, "March 16, 2025 at 10:12 pm", is the comment's.)
        if feats[k].n and (labels[k] is None or (kind == "comments" and stamp_label(labels[k]))):
            labels[k] = (kind, f"in the {what} after the article (from “{snip(feats[first].text, 30)}”)")


_SIGNATURE_WORDS = 16


# The most words of an embedded post (a tweet, a short social post) over its signature.
POST_WORDS = 60


def signs(block: Block, f: Feat) -> bool:
    """Whether a block is the signature of a quote or an embedded post ("— Jane Roe (@janeroe)
    April 15, 2019"). (The features drop a leading dash as a list marker: the block's text has it.)"""
    return 0 < f.n <= _SIGNATURE_WORDS and SIGNATURE.match(block.text) is not None


# An embedded social post's signature names the poster's handle in brackets ("— Jane Roe
# (@janeroe) April 15, 2019"); a post runs to at most this many lines over it.
_POST_HANDLE = re.compile(r"\(@\w{1,30}\)")
_POST_LINES = 3


def embedded_posts(blocks: list[Block], feats: list[Feat]) -> set[int]:
    """The lines of the social posts a saved page embeds: each signature naming a handle
    (:data:`_POST_HANDLE`, :func:`signs`) and the lines of the post over it, up to
    :data:`_POST_LINES` lines and :data:`POST_WORDS` words ("#FRAITA 36è 2-1" over "L'Italie
    revient au score ! @FinallyMario …" over "— Téléfoot (@telefoot_TF1) June 1, 2018"). Set
    between the article's paragraphs, as a gallery is, such a post neither extends nor splits it:
    the article goes on under it."""
    out: set[int] = set()
    for k, (b, f) in enumerate(zip(blocks, feats)):
        if not (signs(b, f) and _POST_HANDLE.search(b.text)):
            continue
        out.add(k)
        count = 0
        j = next_block(feats, k, -1)
        for _ in range(_POST_LINES):
            if j is None or count + feats[j].n > POST_WORDS or signs(blocks[j], feats[j]):
                break
            out.add(j)
            count += feats[j].n
            j = next_block(feats, j, -1)
    return out


# A summary's items under its heading after the text: this many words at most (a bullet's sentence,
# not a paragraph), at least this share of their words the body's (they say the story again), and
# at least this many of them (one line is a teaser's).
_SUMMARY_ITEM_WORDS = 25
_SUMMARY_SHARE = 0.5
_SUMMARY_ITEMS = 2


def _summary_items(
    feats: list[Feat], labels: list[tuple[str, str] | None], k: int, body_vocab: set[str], english: bool
) -> list[int]:
    """The items of the summary headed at block ``k`` (:data:`~waic_reader.index.analysis.noise.menus.LIST_HEADING`:
    "Key points", "Zusammenfassung"): the lines straight under it, no rule's, of 3 to
    :data:`_SUMMARY_ITEM_WORDS` words, :data:`_SUMMARY_SHARE` of their words the body's (in another
    language, by their first letters: :func:`~waic_reader.index.analysis.noise.features.shared_words`).
    Their block indices, or none when fewer than :data:`_SUMMARY_ITEMS` are."""
    prefixes = body_prefixes(body_vocab, english)
    items: list[int] = []
    j = next_block(feats, k, 1)
    while j is not None:
        f = feats[j]
        if (
            labels[j] is not None
            or not 3 <= f.n <= _SUMMARY_ITEM_WORDS
            or not f.vocab
            or shared_words(f.vocab, body_vocab, prefixes) < _SUMMARY_SHARE * len(f.vocab)
        ):
            break
        items.append(j)
        j = next_block(feats, j, 1)
    return items if len(items) >= _SUMMARY_ITEMS else []


# The most words of the list's heading ("Links", "Resources", "Further reading").
_LINKS_HEADING_WORDS = 3


# A review's verdict closing it: its pros and cons, a line each marked with a plus or a minus sign
# ("+ sehr natürlich", "– braucht kräftige Kopfhörerverstärker"; issue #14, unseen45 mactechnews-1,
# round s50-a), as test and review magazines write them (c't, heise, MacTechNews, Stiftung Warentest's
# "+"/"–" lists). A menu or a list of other stories is never marked with both signs.
_PLUS_MINUS = re.compile(r"^\s*([+＋]|[-–—−])\s*\S")
# The most words of the verdict's heading ("Plus/Minus Dan Clark Audio Noire XO", "Pros and cons").
_VERDICT_HEADING_WORDS = 8


def _pros_and_cons(
    blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None], k: int
) -> tuple[list[int], int]:
    """A verdict of pros and cons from block ``k``: an optional heading of up to
    :data:`_VERDICT_HEADING_WORDS` words with no sentence mark, then two lines or more no rule
    labelled, each opening with a plus or a minus sign (:data:`_PLUS_MINUS`, read off the block as
    written), both signs among them. Returns the blocks' indices in order (heading first), or an
    empty list; and the index of the block where the reading stopped (``k + 1`` at least).

    A reading from any block before that stop and after ``k`` sees a part of the same run of
    marked lines, so it finds no verdict where this one found none: :func:`closing_lines` does
    not read again from there (a long run of "-" bullets, one sign only, was read again from each
    of its lines, quadratic in its length: review s50-rv #19, round s51-f)."""
    start = k
    if not _PLUS_MINUS.match(blocks[k].text):
        if feats[k].n > _VERDICT_HEADING_WORDS or feats[k].sentence_end:
            return [], k + 1
        nxt = next_block(feats, k, 1)
        if nxt is None:
            return [], k + 1
        k = nxt
    signs: set[bool] = set()
    items: list[int] = []
    while k < len(feats):
        if feats[k].n:
            m = _PLUS_MINUS.match(blocks[k].text) if labels[k] is None else None
            if m is None:
                break
            signs.add(m.group(1) in "+＋")
            items.append(k)
        k += 1
    if len(items) < 2 or len(signs) < 2:
        return [], max(k, start + 1)
    return [i for i in range(start, items[-1] + 1) if feats[i].n], max(k, start + 1)


def _closing_links(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None], k: int) -> list[int]:
    """The article's closing resource list from block ``k``: an optional heading of up to
    :data:`_LINKS_HEADING_WORDS` words with no sentence mark, then one line or more no rule labelled,
    each a resource's name and its address (:data:`LABELLED_ADDRESS`); or a reading-list heading
    ("Links", "Further reading") over the resources' link text alone, naming the article's words
    (:func:`menus.own_resources`). Returns the list's block indices in order (heading first), or
    an empty list."""
    if READING_LIST_HEADER.match(feats[k].text) and (own := own_resources(blocks, feats, labels, k)):
        return [k, *own]
    start = k
    if not LABELLED_ADDRESS.match(feats[k].text):
        if feats[k].n > _LINKS_HEADING_WORDS or feats[k].sentence_end:
            return []
        nxt = next_block(feats, k, 1)
        if nxt is None or labels[nxt] is not None or not LABELLED_ADDRESS.match(feats[nxt].text):
            return []
        k = nxt
    out = list(range(start, k))
    while k < len(feats) and (not feats[k].n or (labels[k] is None and LABELLED_ADDRESS.match(feats[k].text))):
        out.append(k)
        k += 1
    return [i for i in out if feats[i].n]


def closing_lines(
    blocks: list[Block],
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    body_end: int,
    body_vocab: set[str],
    english: bool = True,
) -> set[int]:
    """The lines straight after a saved page's main text that close the article: short sentences
    (a closing line), the signature of a quote or an embedded post that ends it ("— Jane Roe
    (@janeroe) April 15, 2019"), and that post's words over its signature (up to
    :data:`POST_WORDS`; a post need not read as a sentence, "JUST IN: … pic.twitter.com/…"), and
    a list or verse of the article's among them (:func:`article_goes_on`).
    Found before runs of short lines are judged: a post and its signature are no teasers.

    Also (issue #14, a lost closing line costs the article's end): a sentence introducing with ":"
    what the page shows there and the text does not hold ("Watch the segment below via Fox News
    Channel:", over an embedded video) is the last closing line; and an advert's marker or a photo's
    caption between the main text and a closing line is passed over (it stays furniture): such a box
    set inside the article does not end it.

    And a summary of the story closing it: a summary's heading ("Key points", "Zusammenfassung")
    over lines that say the story again in the body's words (``body_vocab``: the main text's
    words; :func:`_summary_items`): its items are no other stories' teasers, though written as
    headlines (issue #14, unseen37 winfuture-1). The heading and its items are the last closing lines.
    And the article's list of its own resources, their addresses written out under a short heading
    (:func:`_closing_links`: "Links", "Source code – https://…"): closing lines too, and the lines
    after them are judged on.
    So is a review's verdict of pros and cons, its lines marked with plus and minus signs under a
    short heading (:func:`_pros_and_cons`: "Plus/Minus", "+ quiet fan", "– short battery life").
    Returns the indices of the closing lines (after ``body_end``)."""
    out: set[int] = set()
    k = body_end + 1
    verdict_read_to = k  # no verdict starts before this block (:func:`_pros_and_cons`'s stop)
    while k < len(feats) and (labels[k] is None or _furniture_between(labels[k])):
        f = feats[k]
        if f.n == 0 or labels[k] is not None:
            k += 1
            continue
        if links := _closing_links(blocks, feats, labels, k):
            out.update(links)
            k = links[-1] + 1
            continue
        if k >= verdict_read_to:
            verdict, verdict_read_to = _pros_and_cons(blocks, feats, labels, k)
            if verdict:
                out.update(verdict)
                k = verdict[-1] + 1
                continue
        if LIST_HEADING.match(f.text) and (items := _summary_items(feats, labels, k, body_vocab, english)):
            out.update((k, *items))
            break
        if signs(blocks[k], f):
            out.add(k)
            break  # a signature ends what it signs
        sign = next_block(feats, k, 1)
        if f.n <= POST_WORDS and sign is not None and labels[sign] is None and signs(blocks[sign], feats[sign]):
            out.update((k, sign))
            break
        if not short_sentence(f, None, english) and not (english and (_trailing_off(f) or _figure_sentence(f))):
            # The article's list or verse closing it (:func:`article_goes_on`): short lines under
            # its sentence ending in ":", or followed by its next sentence.
            # (In the page's language where a sentence ending in ":" introduces the list: a
            # Spanish page's "Los fallecidos identificados por la prefectura:", t13v F6. Short
            # lines without one, followed by a sentence, are read as in English: a footer's
            # links over a password reminder are no list of the article's.)
            introducing = introduces_list(f, english)
            run = short_lines(feats, labels, k + 1 if introducing else k)
            if len(run) < 2 or not article_goes_on(feats, labels, run, k - 1, english or not introducing):
                if introduces_list(f):  # (in English: a tags header ending in ':' in another language is none)
                    out.add(k)  # what it introduces is not text here (a video, a post), or not the article's
                break
            out.update(i for i in range(k, run[-1] + 1) if feats[i].n)
            k = run[-1] + 1
            continue
        out.add(k)
        k += 1
    return out


# A short news sentence's verb in English: a past form (regular "-ed", irregular "fell", "rose",
# lexicon's lists), or a finite form of "be" or "have"; and its figure: digits or a number word.
_VERB_FORMS = CHANGE_VERBS | IRREGULAR_PAST | frozenset("is are was were has have had".split())
_FIGURE_SENTENCE_WORDS = 20


def _figure_sentence(f: Feat) -> bool:
    """A short news sentence closing the article that holds no function word: a subject, an English
    verb (:data:`_VERB_FORMS`, or a word ending in "-ed") and a figure ("Nordair shares closed 4
    per cent lower.", "Bookings dropped 12% last month."), closed by a sentence mark, 3 to
    :data:`_FIGURE_SENTENCE_WORDS` words, not in title case. A credit or a prompt has no figure
    and verb together; a photo's caption or credit is labelled before (issue #14, t13ad N4: such
    a line after the article's prose went to the page outside, and its figure with it)."""
    if not f.sentence_end or not 3 <= f.n <= _FIGURE_SENTENCE_WORDS or f.title_ratio >= 0.6:
        return False
    if not f.text[:1].isupper():
        return False
    if not any(w in _VERB_FORMS or (len(w) >= 5 and w.endswith("ed")) for w in f.lows[1:]):
        return False
    return _DIGIT.search(f.text) is not None or any(w in NUMBER_WORDS for w in f.lows)


_DIGIT = re.compile(r"\d")


def _furniture_between(label: tuple[str, str] | None) -> bool:
    """Whether a rule took a line for an advert's marker or a photo's caption: a box set inside the
    article, which may stand between its last paragraph and its closing line."""
    return label is not None and label[0] in ("advertisement", "caption")


# A closing line trailing off ("She is for the kids, y'all…"): 3 to this many words, an ellipsis
# after a whole word. A teaser cut to a length runs longer ("… the question we asked for t… Read").
_TRAILING_WORDS = 12
_TRAILING = re.compile(r"\w(?:…|\.\.\.)$")


def _trailing_off(f: Feat) -> bool:
    """A short sentence closed by an ellipsis instead of a full stop: English function words in it
    (:func:`written_as_sentence`'s share), not in title case, :data:`_TRAILING_WORDS` at most."""
    return (
        3 <= f.n <= _TRAILING_WORDS
        and _TRAILING.search(f.text.rstrip()) is not None
        and f.stop_density >= 0.15
        and f.title_ratio < 0.6
    )


# A byline's "By" in other languages, then a name alone (two or three capitalised words).
_FOREIGN_BY = re.compile(rf"^\s*(?i:{'|'.join(FOREIGN_BY)}):?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,2}}\s*$")


def page_outside(
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    keep: set[int],
    body_start: int,
    body_end: int,
) -> None:
    """On a whole page, what lies outside the article's main text (``keep`` aside: its headline,
    standfirst and closing lines) is the page around it."""
    for i, f in enumerate(feats):
        if labels[i] is not None or not f.n or i in keep or body_start <= i <= body_end:
            continue
        where = "before the article's main text" if i < body_start else "after the article's main text"
        if is_bio(f):
            labels[i] = ("byline", f"author bio {where}")
        elif BY_LEAD.match(f.text) and f.n <= BYLINE_WORDS and not f.sentence_end:
            labels[i] = ("byline", f"byline {where}")  # never a teaser: its date is the article's
        elif i < body_start and any(k < i for k in keep) and (_FOREIGN_BY.match(f.text) or is_stamp(f.text)):
            # Under the headline, over the text: the article's byline in German, French, Spanish,
            # Norwegian or Dutch ("Von Anna Lind"), or its date stamp ("14.03.2025, 18:40 Uhr"),
            # not a menu's line: the date is the article's.
            labels[i] = ("byline", f"byline or date stamp under the headline, {where}")
        elif f.n <= 4 and not f.sentence_end:
            labels[i] = ("navigation", PAGE_HEADER_LINE if i < body_start else f"menu or page footer line {where}")
        elif f.headline_like:
            labels[i] = ("headline-list", f"headline-like line {where}: another story's teaser")
        else:
            labels[i] = ("outside-article", f"text {where}, apart from its run of prose")


# Below this many blocks a text is an article, not a saved page: its first line is its title
# unless a phrase rule says otherwise, and the full classification is not needed to say so.
_PAGE_BLOCKS = 25


def is_page(blocks: list[Block]) -> bool:
    """Whether :func:`headline_block` classifies every block of ``blocks`` to find the headline."""
    return len(blocks) >= _PAGE_BLOCKS
