"""The article classifier: :func:`classify_article` labels an article's blocks, taking in the
HTML extractor's marks (what trafilatura left out of the main text and why) and the rescue
rules: text the extractor left out between the article's paragraphs, a list under a header,
comments kept, the headline over its byline, embedded posts, and a standfirst written as a
sentence.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.main_text import COMMENTS_PROSE_WORDS
from waic_reader.index.analysis.noise.block_rules import code_line, is_stamp_line, phrase_label
from waic_reader.index.analysis.noise.bylines import (
    ABOUT_BOX_WORDS,
    ABOUT_BYLINES_AUTHOR,
    about_bylines_author,
    author_box,
    bylined,
    short_sentence,
)
from waic_reader.index.analysis.noise.classify import classify_blocks, classify_labels
from waic_reader.index.analysis.noise.comments import SECTION_WORD, own_section
from waic_reader.index.analysis.noise.dateless import SITE_HEADER_DATED_UNDER
from waic_reader.index.analysis.noise.features import (
    HEAD_WINDOW,
    HEADLINE_WORDS,
    Feat,
    block_features,
    body_prefixes,
    fragment,
    is_prose_block,
    reads_english,
    shared_words,
    snip,
    stamp_label,
)
from waic_reader.index.analysis.noise.lists import RUN_KINDS, list_header, verdict_boxes
from waic_reader.index.analysis.noise.live import (
    KEY_EVENTS_LABEL,
    entry_heading,
    entry_times,
    is_entry_time,
    key_events_summary,
)
from waic_reader.index.analysis.noise.menus import (
    IN_ARTICLE_KINDS,
    REQUIRED_FIELD,
    archive_lists,
    dated_masthead_line,
    form_and_menu_words,
    logo_over_menu,
    site_about_and_contact,
)
from waic_reader.index.analysis.noise.page import POST_WORDS, signs
from waic_reader.index.analysis.noise.patterns import (
    COMMENTER_SAYS,
    COMMENTER_STAMP,
    COMMENTS_HEADER,
    COMMENTS_HEADER_WORDS,
    HEADERS,
    RELEASE_NOTE,
    SIGNATURE,
)
from waic_reader.index.analysis.noise.teasers import kept_card_summaries
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.page_links import ACCOUNT_LINK
from waic_reader.index.corpus.tokens import word_count


class _Memo:
    """Each block's features and phrase rule, made once for the passes over an HTML page's
    left-out lines (several look at the same lines)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self._feats: dict[int, Feat] = {}
        self._phrases: dict[int, tuple[str, str] | None] = {}

    def feat(self, i: int) -> Feat:
        got = self._feats.get(i)
        if got is None:
            got = self._feats[i] = block_features(self.blocks[i])
        return got

    def phrase(self, i: int) -> tuple[str, str] | None:
        if i not in self._phrases:
            self._phrases[i] = phrase_label(self.feat(i))
        return self._phrases[i]


def classify_article(
    blocks: list[Block], discarded: dict[int, tuple[str | None, str]] | None = None
) -> list[tuple[str, str] | None]:
    """Like :func:`classify_blocks`; for HTML, ``discarded`` marks the blocks the extractor left out.

    Those are noise: of the kind a phrase rule names, else the kind their place on the page hints
    (``<nav>``, a comments container), else ``outside-article``. The main text is then judged as
    text on its own, so a stray "Advertisement" or "Reporting by" line inside it is still caught.
    """
    if discarded is None:
        return classify_blocks(blocks)
    labels: list[tuple[str, str] | None] = [None] * len(blocks)
    main = [i for i in range(len(blocks)) if i not in discarded]
    for i, lab in zip(main, classify_labels([blocks[i] for i in main], whole_page=False)[0]):
        labels[i] = lab
    if any(blocks[i].kind != "title" for i in main) and all(
        labels[i] is not None for i in main if blocks[i].kind != "title" and blocks[i].text.strip()
    ):
        # The extractor's main text is boilerplate from end to end (a consent dialog's paragraphs it
        # took for the article over a short or paywalled one: issue #14, unseen35's thelocal-1): it
        # says nothing of where the article is, so the whole page is judged as text is.
        return classify_blocks(blocks)
    first_main = next((i for i in main if blocks[i].kind != "title"), len(blocks))
    titles = [i for i in range(first_main) if blocks[i].kind == "title"]
    body_vocab: set[str] = set()
    body_feats = [block_features(blocks[i]) for i in main if blocks[i].kind != "title"]
    for f in body_feats:
        body_vocab.update(f.vocab)
    # English or not by the main text's function words, as :func:`classify_labels` tells a page's
    # language: a German or Norwegian standfirst the extractor left out holds none of English's.
    english = reads_english(body_feats)
    listed = _introduced_lists_left_out(blocks, discarded) | _text_left_out(blocks, discarded, english)
    memo = _Memo(blocks)
    listed |= _posts_left_out(blocks, discarded, memo)
    listed |= _items_between_kept(blocks, discarded, memo)
    if not titles:
        listed |= _headline_left_out(discarded, first_main, body_vocab, memo)
    listed |= _body_left_out(blocks, discarded, main, memo)
    _comments_kept(blocks, discarded, main, labels, english, memo)
    _list_kept(blocks, discarded, main, labels, english, memo)
    _kept_between_rescued(blocks, discarded, labels, listed, memo)
    # An author box after the article: the extractor left out the author's name (in an "author"
    # container) and kept the line about them under it.
    byline_text = " ".join(blocks[k].text.lower() for k in range(first_main))
    lines = [k for k in range(len(blocks)) if blocks[k].text.strip()]
    for name, i in zip(lines, lines[1:]):
        if name in discarded and i not in discarded and labels[i] is None and i > first_main:
            named = discarded[name][0] == "byline" or blocks[name].text.strip().lower() in byline_text
            if named and author_box(memo.feat(name), memo.feat(i)):
                labels[i] = ("byline", "author box after the article: a line about the author named above it")
    # A note about the byline's author closing the main text ("Konstantin Vélez-Marchetti is a
    # former rail safety inspector." under "By Konstantin Vélez-Marchetti", which the extractor left
    # out over the text): an author bio, as in text (t13aq N22).
    last = next((i for i in reversed(main) if blocks[i].text.strip()), None)
    if last is not None and last > first_main and labels[last] is None and memo.feat(last).n <= ABOUT_BOX_WORDS:
        heads = [blocks[k].text.lower() for k in range(first_main) if blocks[k].text.strip()]
        if about_bylines_author(blocks[last].text.strip(), heads) is not None:
            labels[last] = ("byline", ABOUT_BYLINES_AUTHOR)
    # A live blog's entry times, each over an entry the extractor kept, are the story's: those it
    # left out and those it kept (one page's entries may go either way).
    stamps = [
        i
        for i in range(len(blocks))
        if (lab := memo.phrase(i) if i in discarded else labels[i]) and is_entry_time(memo.feat(i), lab)
    ]
    entries = set(entry_times(stamps, memo.feat, len(blocks), lambda j: j not in discarded and labels[j] is None))
    # And each entry's heading under its time (an <h2> the extractor left out with it).
    for i in list(entries):
        j = _next_line(blocks, i)
        if j is not None and memo.phrase(j) is None and entry_heading(memo.feat(j)):
            entries.add(j)
            labels[j] = None
    for i in entries:
        labels[i] = None
    # Texts the page shows more than once outside its main text (a summary box drawn for both the
    # menu and the header): a standfirst is written once.
    # (A share box or an "e-mail this article" form repeats the page's description, the standfirst
    # itself: their copies count for nothing; lefigaro-1, unseen28, round s33-o.)
    seen: dict[str, int] = {}
    for i, (hint, _where) in discarded.items():
        if hint != "call-to-action" and (key := " ".join(blocks[i].text.split()).lower()):
            seen[key] = seen.get(key, 0) + 1
    repeated = {i for i in discarded if seen.get(" ".join(blocks[i].text.split()).lower(), 0) > 1}
    prefixes = body_prefixes(body_vocab, english)
    # (The main text's first line the split keeps: a menu row over the headline is no text.)
    first_text = next((i for i in main if labels[i] is None and blocks[i].kind != "title"), len(blocks))
    for i, (hint, where) in discarded.items():
        f = memo.feat(i)
        phrase = memo.phrase(i)
        if i in entries:
            continue
        if phrase is None and i < first_text and dated_masthead_line(f.text):
            # The site's name and the day's date over the article's text, left out (an old page's
            # logo line under its headline): its masthead, not a standfirst (t13ak N12).
            labels[i] = ("navigation", SITE_HEADER_DATED_UNDER)
            continue
        if phrase is None and i in listed:
            continue  # the list the main text introduces ("as follows:"), which the extractor missed
        if phrase is not None and hint != "comments" and _byline_over_body(i, first_text, memo):
            labels[i] = ("byline", "date, time or reading-time stamp")
            continue
        if phrase is None and _rescued(
            blocks, discarded, i, f, hint, titles, first_main, english, body_vocab, repeated, prefixes
        ):
            continue  # a standfirst or section heading the extractor missed: content
        if phrase is not None and hint == "comments" and stamp_label(phrase):
            labels[i] = ("comments", f"a comment's {phrase[1]}, in the comments ({where})")
        elif phrase is not None and hint == "comments" and phrase[1] == ACCOUNT_LINK:
            # The comment form's own "Register Log in": the comments section's, as its stamps are.
            labels[i] = ("comments", f"{phrase[1]}, in the comments ({where})")
        elif phrase is not None and not (hint == "navigation" and phrase[0] == "press-release"):
            labels[i] = (phrase[0], f"{phrase[1]}, outside the main text")
        else:  # (a menu's "Contact" or "About Us" in <nav> is its link, no press release's words)
            labels[i] = (hint or "outside-article", f"{_LEFT_OUT} (in {where})")
    # The left-out lines' single words judged among the page's lines, as in text: an "About X"
    # link in a sidebar's list of links, no paragraph under it, heads no press release's section.
    page_feats = [memo.feat(i) for i in range(len(blocks))]
    form_and_menu_words(page_feats, labels, only=discarded)
    _verdict_left_out(blocks, discarded, main, labels, english, memo, page_feats)
    _items_under_header(blocks, discarded, labels)
    _most_read_kept(blocks, discarded, labels, memo)
    kept_card_summaries(page_feats, discarded, labels, memo.phrase, skip=entries)
    _release_furniture_after(blocks, discarded, main, labels, english, memo)
    archive_lists(page_feats, labels)
    logo_over_menu(page_feats, labels)  # a table layout's logo cell kept over its left-out menu
    site_about_and_contact(page_feats, labels, only=discarded)
    # A live blog's key-events summary, whichever of its lines the extractor kept (s18 item 2).
    for i in key_events_summary(memo.feat, len(blocks)):
        labels[i] = KEY_EVENTS_LABEL
    return labels


def _next_line(blocks: list[Block], i: int) -> int | None:
    """The first block after ``i`` with any text, or None."""
    return next((k for k in range(i + 1, len(blocks)) if blocks[k].text.strip()), None)


def _items_under_header(
    blocks: list[Block], discarded: dict[int, tuple[str | None, str]], labels: list[tuple[str, str] | None]
) -> None:
    """The lines the extractor left out right under a related-stories header it left out ("Trending",
    "Recent Posts"), in no part of the page naming a kind: that list's items, of its kind, not
    "outside-article" (s16 t14 item 15: the header and its items were told as two things). The
    list ends at the first line that is not such a line, or longer than an item. A "Most read" list
    in an advert's part of the page (a layout table's cell with the advert, s18 item 1) is that
    list all the same: the advert's own lines, under an "Advertisement" marker, end it."""
    header = ranked = False
    items = 0
    for i, block in enumerate(blocks):
        if not block.text.strip():
            continue
        lab = labels[i]
        if i in discarded and lab is not None and lab[0] == "headline-list" and lab[1].startswith(HEADERS[0]):
            header, items = True, 0
            # (Only a most-read list's items are taken from an advert's part of the page: a
            # "Latest" or "Related" header over an advert box heads no list of the advert's lines.)
            ranked = bool(_MOST_READ.match(block.text))
            continue
        if (
            header
            and i in discarded
            and lab is not None
            and lab[1].startswith(_LEFT_OUT)
            and (
                (lab[0] == "outside-article" and discarded[i][0] is None)
                or (ranked and lab[0] == "advertisement" and discarded[i][0] == "advertisement")
            )
            and len(block.text.split()) <= _LEFT_OUT_ITEM_WORDS
            and items < _LEFT_OUT_LIST_ITEMS
        ):
            labels[i] = ("headline-list", "an item of the list under a related-stories header, outside the main text")
            items += 1
            continue
        header = False


# A header over the site's ranked list of its own stories ("Most read", "Most popular", "Trending
# now"): never an article's own list, wherever the page sets it.
_MOST_READ = re.compile(
    r"^\W*(?:most (?:read|popular|viewed|shared|commented|emailed)|popular now|trending(?: now)?)\W*$", re.I
)
# The most words of one of its items (a headline), and the most items.
_MOST_READ_ITEM_WORDS = 20
_MOST_READ_ITEMS = 25


def _most_read_kept(
    blocks: list[Block], discarded: dict[int, tuple[str | None, str]], labels: list[tuple[str, str] | None], memo: _Memo
) -> None:
    """The items of a "Most read" list the extractor kept in the main text (s18 item 1: an old
    page's layout cell holding the list and an advert, beside the article, was read as the
    article's): under a most-read header (:data:`_MOST_READ`, the extractor's line or not), the
    lines that are headlines (no sentence's end, up to :data:`_MOST_READ_ITEM_WORDS` words) and
    no other rule labelled, up to the first that is not one, are that list's: headline-list.
    The lines it left out under it are :func:`_items_under_header`'s."""
    i = 0
    n = len(blocks)
    while i < n:
        if not _MOST_READ.match(blocks[i].text) or (lab := labels[i]) is None or lab[0] != "headline-list":
            i += 1
            continue
        items = 0
        j = i + 1
        while j < n and items < _MOST_READ_ITEMS:
            f = memo.feat(j)
            if not f.n:
                j += 1
                continue
            if j in discarded or labels[j] is not None or f.sentence_end or f.n > _MOST_READ_ITEM_WORDS:
                break
            labels[j] = (
                "headline-list",
                f"an item of the “{snip(blocks[i].text.strip(), 20)}” list, kept in the main text",
            )
            items += 1
            j += 1
        i = j


_LEFT_OUT = "left out of the main text by the HTML extractor"
# The most words an item of a list the extractor left out may have, and the most items: a list,
# not a section or the rest of the page.
_LEFT_OUT_ITEM_WORDS = 40
_LEFT_OUT_LIST_ITEMS = 25


def _introduced_lists_left_out(blocks: list[Block], discarded: dict[int, tuple[str | None, str]]) -> set[int]:
    """Runs of left-out blocks that the main text introduces with a line ending in ":" and resumes
    after: the article's own list (rankings, steps, names), left out by the extractor. A run with
    page furniture in it (a phrase rule's line, or a line the page sets in a caption's element)
    is not one: a paragraph that ends in ":" may introduce a picture ("This is what we actually
    get:" over a graph), and the caption the extractor left out under it is the picture's, not an
    item of the article's (issue #14, unseen42 ilikebigbits-1)."""
    out: set[int] = set()
    i = 0
    while i < len(blocks):
        if i not in discarded:
            i += 1
            continue
        j = i
        while j < len(blocks) and j in discarded:
            j += 1
        run = [k for k in range(i, j) if blocks[k].text.strip()]
        if (
            i > 0
            and j < len(blocks)
            and blocks[i - 1].text.rstrip().endswith((":", "："))
            and phrase_label(block_features(blocks[i - 1])) is None  # not "More games news:", a list of other stories
            and 0 < len(run) <= _LEFT_OUT_LIST_ITEMS
            and all(word_count(blocks[k].text) <= _LEFT_OUT_ITEM_WORDS for k in run)
            and not any(phrase_label(block_features(blocks[k])) for k in run)
            and not any(discarded[k][0] == "caption" for k in run)
        ):
            out.update(run)
        i = j
    return out


def _text_left_out(blocks: list[Block], discarded: dict[int, tuple[str | None, str]], english: bool = True) -> set[int]:
    """Runs of left-out blocks with the main text on both sides that read as the article's own
    text: every line a sentence, a fragment of one ("I've heard it before; and"), a short
    line ending in ":" ("Various people wrote:") or the signature of a quote or an embedded post
    ("— Jane Roe (@janeroe) April 15, 2019", under the post's words), at least one more than a title's few words
    (:func:`_running`), none in a part of the page that names its kind and none a phrase rule's. The extractor leaves out a quoted passage, an answer under an FAQ
    heading or a closing note between the article's paragraphs; page furniture inside an
    article (a caption, an advert, a teaser) is not written in sentences, or is named. A named
    caption, share box or advert next to the run (up to :data:`_IN_ARTICLE_FURNITURE` of them)
    stands between it and the main text without breaking it. A run of lines of code alone
    (:func:`code_line`: "Pin::new", "<ptr>::addr", a release note's list of functions, links the
    extractor took for a menu) is the article's too. ``english``: whether the main text reads as
    English (:func:`reads_english`); on a page that does not, a sentence is told by its closing
    mark alone (:func:`_texty`), as English's function words tell none in Urdu or Swedish."""
    out: set[int] = set()
    n = len(blocks)

    def tight(k: int) -> str:
        return "".join(blocks[k].text.split()).lower()

    def free(k: int) -> bool:
        return k in discarded and discarded[k][0] is None

    def main_beside(k: int, step: int) -> bool:
        furniture = 0
        while 0 <= k < n and (not blocks[k].text.strip() or discarded.get(k, (None, ""))[0] in IN_ARTICLE_KINDS):
            furniture += 1 if blocks[k].text.strip() else 0
            if furniture > _IN_ARTICLE_FURNITURE:
                return False
            k += step
        return 0 <= k < n and k not in discarded and blocks[k].kind != "title"

    # A page that holds its article twice: the second copy is left out, and stays out.
    shown = {tight(k) for k in range(n) if k not in discarded}
    i = 0
    while i < n:
        if not free(i):
            i += 1
            continue
        j = i
        while j < n and (free(j) or (j in discarded and not blocks[j].text.strip())):
            j += 1
        run = [k for k in range(i, j) if blocks[k].text.strip()]
        if (
            run
            and len(run) <= _LEFT_OUT_LIST_ITEMS
            and main_beside(i - 1, -1)
            and main_beside(j, 1)
            and all(
                tight(k) not in shown
                and (
                    _texty(f := block_features(blocks[k]), english)
                    or signs(blocks[k], f)
                    or k in _run_headings(blocks, run)
                    or code_line(f.text)
                )
                for k in run
            )
            # (Not a lone title, "Hear what happened …"; a list of code, the functions a release
            # note names, is the article's own: no page furniture is written in code.)
            and (any(_running(block_features(blocks[k])) for k in run) or all(code_line(blocks[k].text) for k in run))
        ):
            out.update(run)
        elif run and len(run) <= _LEFT_OUT_LIST_ITEMS and main_beside(i - 1, -1) and main_beside(j, 1):
            # A run with page furniture in it (a screenshot's caption and its "(full image size:
            # …)" line between two of the review's paragraphs): its full paragraphs are still the
            # article's, the rest stays out (issue #14, unseen37 distrowatch-1). Not when that
            # furniture is a date stamp or holds a clock time (a comment's or a post's, "2 • Liya (by
            # Kilroy on 2024-08-19 02:57:11 GMT)", "September 19th 2020" over "4 Likes", where the
            # extractor kept a comment or two) or is a legal line (the page's adverts over its
            # copyright notice).
            feats = {k: block_features(blocks[k]) for k in run}
            paragraphs = [k for k in run if tight(k) not in shown and _left_out_paragraph(feats[k], english)]
            if not any(
                is_stamp(f.text) or _CLOCK.search(f.text) or (phrase_label(f) or ("",))[0] == "legal"
                for k, f in feats.items()
                if k not in paragraphs
            ):
                out.update(paragraphs)
        i = j
    return out


# A clock time, as a post's or a comment's stamp writes it ("02:57", "14:30:05").
_CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?!\d)")
# A full paragraph the extractor left out beside furniture: at least this many words.
_LEFT_OUT_PARAGRAPH_WORDS = 20


def _left_out_paragraph(f: Feat, english: bool = True) -> bool:
    """A paragraph of running text: a sentence (:func:`_texty`) of :data:`_LEFT_OUT_PARAGRAPH_WORDS`
    words or more closed by its mark; a caption, a teaser's title or a size line is none, nor is a
    teaser's blurb cut off with an ellipsis ("… Bhutan can use Bangladesh's land, air,...";
    unseen14 moderndiplomacy-1)."""
    return (
        f.n >= _LEFT_OUT_PARAGRAPH_WORDS
        and f.sentence_end
        and not f.text.rstrip().endswith(("...", "…"))
        and _texty(f, english)
    )


# A section heading inside a run of the article's text the extractor left out: at most this many
# words, and at most this many headings in a row over the paragraph they head.
_RUN_HEADING_WORDS = 8
_RUN_HEADINGS_IN_A_ROW = 2
# A pull quote's signature written with a hyphen ("- Jane Roe"), under the quote.
_HYPHEN_SIGNATURE = re.compile(r"^\s*-\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}\s*$")
_QUOTE_OPENS = ('"', "“", "„", "«", "‘")


def _run_headings(blocks: list[Block], run: list[int]) -> set[int]:
    """The lines of a run of left-out blocks that are the article's furniture of its own, not
    text written in sentences: a section heading over its paragraph (up to
    :data:`_RUN_HEADING_WORDS` words, no sentence's end, no phrase rule's; up to
    :data:`_RUN_HEADINGS_IN_A_ROW` in a row, the last straight over a paragraph of the run:
    'Launching and Spreading the Word', 'The Personal Touch' over '"We never thought of it as
    customer service. …"'), under a paragraph of the run's own (no quote), and a pull quote's
    signature written with a hyphen under the quote ('- Sally Strebel', a name of two to four
    words). A run of the article's text left out whole holds them as its text does."""
    out: set[int] = set()
    feats = [block_features(blocks[k]) for k in run]

    def paragraph(pos: int) -> bool:  # the article's own sentences, no quote set apart
        g = feats[pos]
        return _texty(g) and _running(g) and not blocks[run[pos]].text.lstrip().startswith(_QUOTE_OPENS)

    for pos, k in enumerate(run):
        f = feats[pos]
        above = next((j for j in range(k - 1, -1, -1) if blocks[j].text.strip()), None)
        if (
            _HYPHEN_SIGNATURE.match(blocks[k].text)
            and above is not None
            and blocks[above].text.lstrip().startswith(_QUOTE_OPENS)
        ):
            out.add(k)
            continue
        if not (1 <= f.n <= _RUN_HEADING_WORDS) or f.sentence_end or phrase_label(f) is not None:
            continue
        # (A heading follows a paragraph of the run's own: a slide show's titles over their
        # quoted captions, nothing written in the article's sentences, head no text.)
        if not any(paragraph(back) for back in range(pos)):
            continue
        for ahead in range(pos + 1, min(len(run), pos + 1 + _RUN_HEADINGS_IN_A_ROW)):
            g = feats[ahead]
            if _texty(g) and _running(g):
                out.add(k)
                break
            if not (1 <= g.n <= _RUN_HEADING_WORDS) or g.sentence_end:
                break
    return out


def _comments_kept(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    main: list[int],
    labels: list[tuple[str, str] | None],
    english: bool,
    memo: _Memo,
) -> None:
    """The comments the extractor took for main text: the main text's blocks after a comments
    section header it left out ("27 Comments", "Join the conversation"), once the article's
    prose has had its say before that header (two paragraphs, :data:`COMMENTS_PROSE_WORDS` words
    or more: a share row's comment count under the headline is no section), are the comments
    section, as after such a header in a saved page's text (:func:`after_marker`)."""
    prose: list[int] | None = None
    for h in sorted(discarded):
        if len(blocks[h].text.split()) > 2 * COMMENTS_HEADER_WORDS:  # (a cheap bound: no header)
            continue
        lab = memo.phrase(h)
        if lab is None or not lab[1].startswith(COMMENTS_HEADER):
            continue
        if prose is None:
            prose = [i for i in main if blocks[i].kind != "title" and is_prose_block(memo.feat(i), english)]
        before = [i for i in prose if i < h]
        if len(before) < 2 or sum(memo.feat(i).n for i in before) < COMMENTS_PROSE_WORDS:
            continue
        # The main text resumes straight under the header (past the section's own left-out
        # furniture: "27 Comments", "Show more comments"); a "Comment" column of a table the
        # extractor left out is followed by the table's other cells.
        k = h + 1
        while k < len(blocks) and (not blocks[k].text.strip() or _comment_furniture(memo, k, discarded.get(k))):
            k += 1
        if k == len(blocks) or k in discarded:
            continue
        if SECTION_WORD.match(blocks[h].text) and own_section(range(k, len(blocks)), memo.feat, memo.phrase, english):
            continue  # (the article's own "Discussion" section, its heading left out)
        header = snip(blocks[h].text, 30)
        for i in main:
            if i > h and blocks[i].text.strip():
                labels[i] = (
                    "comments",
                    f"in the comments section after the article (from “{header}”), taken for main text",
                )
        return


def _verdict_left_out(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    main: list[int],
    labels: list[tuple[str, str] | None],
    english: bool,
    memo: _Memo,
    page_feats: list[Feat],
) -> None:
    """A review's verdict box the extractor left out after the article's last paragraph (the
        product's name and mark, "Les plus" / "Pros" over the good points, "Les moins" / "Cons" over
        the bad ones: :func:`verdict_boxes`, as in text) is the review's, under any paragraph of the
    article the extractor left lines out after: its lines left out in no
        named part of the page or in an <aside>, that the rules made a menu, headlines or the rest of
        the page, are content again. (clubic-1's two boxes were outside-article in HTML, kept in
        text: unseen27.)"""
    prose = [
        i for i in main if blocks[i].kind != "title" and labels[i] is None and is_prose_block(memo.feat(i), english)
    ]
    # (After any of its paragraphs the extractor left out lines after: a disclosure the extractor
    # kept as a paragraph may stand under the box, clubic-1's "Cet article contient des liens
    # d'affiliation".)
    ends = [i for i in prose if (k := _next_line(blocks, i)) is not None and k in discarded]
    if not ends:
        return
    # The phrase rules' labels: a left-out line's own, a main line's as the main text's rules made it.
    phrases = [memo.phrase(i) if i in discarded else labels[i] for i in range(len(blocks))]
    for i in {k for end in ends for k in verdict_boxes(page_feats, phrases, end)}:
        if (
            i in discarded
            and discarded[i][0] in (None, "headline-list")
            and (lab := labels[i]) is not None
            and lab[0] in RUN_KINDS
        ):
            labels[i] = None


def _release_furniture_after(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    main: list[int],
    labels: list[tuple[str, str] | None],
    english: bool,
    memo: _Memo,
) -> None:
    """A press release's furniture after its text, as in a saved page's text (:func:`after_marker`):
    after the first press-release mark (an "About <organisation>" header, "Media contact", "###";
    not the release's opening note, "PRESS RELEASE", over its text) that stands after the release's prose, whether the extractor kept or left out the mark, the
    lines the main text holds and the lines left out in no named part of the page (a contact's
    name, phone, e-mail) are that furniture, up to the page's footer (a navigation or legal line).
    ("Calder Hospitality Group operates 46 hotels in nine countries" under "About Calder
    Hospitality Group" and the contact's e-mail stayed the article's in HTML, t13s F5.) A sign-up
    form's box after the article's text (:func:`_sign_up_forms`) before any such mark is the
    form's (call-to-action) in the same way, down to the first line left out outside the form."""
    prose = [
        i for i in main if blocks[i].kind != "title" and labels[i] is None and is_prose_block(memo.feat(i), english)
    ]
    if not prose:
        return
    first = next(
        (
            h
            for h in range(prose[0] + 1, len(blocks))
            if (lab := labels[h]) is not None
            and lab[0] == "press-release"
            and not (h in discarded and discarded[h][0] == "navigation")
            # (A release's own note, "PRESS RELEASE", opens the release a news site quotes under its
            # own lead paragraph: the release's text follows; unseen38's pehub-1.)
            and not RELEASE_NOTE.match(memo.feat(h).text)
        ),
        None,
    )
    for form in _sign_up_forms(blocks, discarded, labels, prose, memo):
        if first is None or form < first:
            _claim_after(blocks, discarded, labels, form, "call-to-action", "sign-up form")
    if first is not None:
        _claim_after(blocks, discarded, labels, first, "press-release", "press-release furniture")


def _claim_after(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    labels: list[tuple[str, str] | None],
    first: int,
    kind: str,
    what: str,
) -> None:
    """Label the main text's lines after the mark at ``first``, and the lines left out in no named
    part of the page, (``kind``, "in the ``what`` after the article"), up to the page's footer; a
    sign-up form's box ends at the first line left out outside the form."""
    header = snip(blocks[first].text, 30)
    for k in range(first + 1, len(blocks)):
        if not blocks[k].text.strip():
            continue
        lab = labels[k]
        if lab is not None and lab[0] in ("navigation", "legal"):
            break  # the page's footer
        if kind == "call-to-action" and k in discarded:
            if lab is not None and lab[0] == "call-to-action":
                continue  # (the form's own fields and prompts)
            break  # the page's other parts under the box (comments, job ads, events): no form's
        left_out = k in discarded and discarded[k][0] is None and lab is not None and lab[1].startswith(_LEFT_OUT)
        if (k not in discarded and lab is None) or left_out:
            labels[k] = (kind, f"in the {what} after the article (from “{header}”)")


# The fewest required fields ("Email: *") a sign-up form left out holds within this many lines.
_FORM_FIELDS = 2
_FORM_SPAN = 12


def _sign_up_forms(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    labels: list[tuple[str, str] | None],
    prose: list[int],
    memo: _Memo,
) -> list[int]:
    """The last required field of each sign-up form the extractor left out after the article's
    text whose main-text lines under it (up to a line left out outside the form) are that form's
    box: two required fields or more ("First Name: *", "Email:*": :data:`menus.REQUIRED_FIELD`)
    within :data:`_FORM_SPAN` lines, after the main text's first paragraph, and the main text's
    prose from there to the page's end holding under half the words of its prose before them (a
    box's "Welcome to Natural Home … Subscribe today" under a subscription form was the article's,
    unseen27's naturalhomemagazine-1, round s33-o; a newsletter box between the article's
    paragraphs leaves most of it under it)."""
    fields = [
        i
        for i in range(prose[0] + 1, len(blocks))
        if i in discarded and REQUIRED_FIELD.match(blocks[i].text.strip()) and labels[i] is not None
    ]
    out: list[int] = []
    pos = 0
    while pos + _FORM_FIELDS - 1 < len(fields):
        if fields[pos + _FORM_FIELDS - 1] - fields[pos] > _FORM_SPAN:
            pos += 1
            continue
        end = pos + _FORM_FIELDS - 1
        while end + 1 < len(fields) and fields[end + 1] - fields[end] <= _FORM_SPAN:
            end += 1
        before = sum(memo.feat(i).n for i in prose if i < fields[pos])
        after = sum(memo.feat(i).n for i in prose if i > fields[end])
        if after * 2 < before:
            out.append(fields[end])
        pos = end + 1
    return out


# The fewest main-text lines under a left-out list header that make a list (one short line there
# may be the article's own closing line after a "Read more" box).
_KEPT_LIST_LINES = 3


def _list_kept(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    main: list[int],
    labels: list[tuple[str, str] | None],
    english: bool,
    memo: _Memo,
) -> None:
    """Other stories the extractor took for main text: the main text's lines after a
    related-stories header it left out ("Latest", "Trending"), when none of them is a paragraph
    of prose (a headline in a list item may end in "U.S."), at least :data:`_KEPT_LIST_LINES` of
    them, and the article's paragraphs have had their say before the header (two,
    :data:`COMMENTS_PROSE_WORDS` words), are that list's headlines and their section-and-time
    lines ("Economy44 mins ago"), as under such a header in text (those other rules named keep
    their kind)."""
    prose = [
        i for i in main if labels[i] is None and blocks[i].kind == "paragraph" and is_prose_block(memo.feat(i), english)
    ]
    if len(prose) < 2 or sum(memo.feat(i).n for i in prose) < COMMENTS_PROSE_WORDS:
        return
    for h in sorted(discarded):
        if h < prose[-1] or len(blocks[h].text.split()) > 2 * COMMENTS_HEADER_WORDS:  # (a cheap bound)
            continue
        lab = memo.phrase(h)
        if lab is None or lab[0] != "headline-list" or not lab[1].startswith(HEADERS):
            continue
        under = [i for i in main if i > h and blocks[i].text.strip()]
        if len(under) < _KEPT_LIST_LINES:
            return
        header = snip(blocks[h].text, 30)
        for i in under:
            if labels[i] is None:
                labels[i] = ("headline-list", f"in the list under “{header}” after the article, taken for main text")
        return


# A list's item: at most this many words; at most this many items left out in a row between two
# the extractor kept.
_ITEM_WORDS = 12
_ITEMS_LEFT_OUT = 2
# The fewest item-shaped lines in the stretch around them, half or more of them kept.
_ITEM_STRETCH = 5


def _items_between_kept(blocks: list[Block], discarded: dict[int, tuple[str | None, str]], memo: _Memo) -> set[int]:
    """Items of a list the main text shows that the extractor left out between two items it
    kept (every other row of a materials list, "1 3/4 cup water" between "2 tablespoons glue" and
    "9-inch round balloon", set in a page-wide <form>): up to :data:`_ITEMS_LEFT_OUT` short lines
    in a row (up to :data:`_ITEM_WORDS` words, no sentence's end, no phrase rule's), with a kept
    line of the same shape straight above and below, in a stretch of :data:`_ITEM_STRETCH` or
    more such lines, half or more of them kept. Furniture is no item between the rows of a list."""
    lines = [k for k in range(len(blocks)) if blocks[k].text.strip()]

    def item(k: int) -> bool:
        f = memo.feat(k)
        return 1 <= f.n <= _ITEM_WORDS and not f.sentence_end and memo.phrase(k) is None

    def kept_item(k: int) -> bool:
        return k not in discarded and blocks[k].kind != "title" and item(k)

    out: set[int] = set()
    pos = 0
    while pos < len(lines):
        k = lines[pos]
        if k not in discarded or not item(k):
            pos += 1
            continue
        end = pos
        while end < len(lines) and lines[end] in discarded and item(lines[end]):
            end += 1
        # The stretch of item-shaped lines around the run, kept or left out.
        lo, hi = pos, end
        while lo > 0 and item(lines[lo - 1]):
            lo -= 1
        while hi < len(lines) and item(lines[hi]):
            hi += 1
        kept = sum(1 for j in lines[lo:hi] if j not in discarded)
        if (
            end - pos <= _ITEMS_LEFT_OUT
            and pos > 0
            and end < len(lines)
            and kept_item(lines[pos - 1])
            and kept_item(lines[end])
            and hi - lo >= _ITEM_STRETCH
            and 2 * kept >= hi - lo
            and any(
                0 <= h < len(lines) and lines[h] not in discarded and list_header(memo.feat(lines[h]))
                for h in (lo, lo - 1)
            )
        ):
            out.update(lines[pos:end])
        pos = end
    return out


def _kept_between_rescued(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    labels: list[tuple[str, str] | None],
    rescued: set[int],
    memo: _Memo,
) -> None:
    """The main text's short lines the run rules judged a menu or other stories' headlines
    (:data:`RUN_KINDS`) that stand between the article's text and text of it the extractor left
    out and the rescue rules gave back (``rescued``: :func:`_text_left_out`, an introduced list),
    such text straight before or after them or on both sides further off:
    the extractor kept a blog post's subheadings and lists ("What's the Point?", "- Server
    Discovery and Monitoring") and left out the paragraphs under them, so judged alone they read
    as a run of short lines after the article's end. Between its paragraphs they are its own; a
    run of them ends at a phrase rule's line (a share row, a prompt), which stays."""
    n = len(blocks)
    lines = [k for k in range(n) if blocks[k].text.strip()]

    def text_of_article(k: int) -> bool:
        return (k in rescued and memo.phrase(k) is None) or (k not in discarded and labels[k] is None)

    def judged_as_run(k: int) -> bool:
        lab = labels[k]
        return (
            k not in discarded
            and lab is not None
            and lab[0] in RUN_KINDS
            and memo.phrase(k) is None
            and word_count(blocks[k].text) <= _LEFT_OUT_ITEM_WORDS
        )

    given_back = {k for k in rescued if memo.phrase(k) is None}
    pos = 0
    while pos < len(lines):
        if not judged_as_run(lines[pos]):
            pos += 1
            continue
        end = pos
        while end < len(lines) and judged_as_run(lines[end]):
            end += 1
        run = lines[pos:end]
        before = lines[pos - 1] if pos > 0 else None
        after = lines[end] if end < len(lines) else None
        if (
            len(run) <= _LEFT_OUT_LIST_ITEMS
            and before is not None
            and after is not None
            and text_of_article(before)
            and text_of_article(after)
            and (
                before in given_back
                or after in given_back
                or (any(k < run[0] for k in given_back) and any(k > run[-1] for k in given_back))
            )
        ):
            for k in run:
                labels[k] = None
        pos = end


def _headline_left_out(
    discarded: dict[int, tuple[str | None, str]], first_main: int, body_vocab: set[str], memo: _Memo
) -> set[int]:
    """The headline the extractor left out, when it kept none: the nearest line above the main
    text, within :data:`HEAD_WINDOW` blocks, that reads like a headline (4 to 30 words, no stamp),
    shares two words and 30% of its own with the body (as :func:`page_head` asks in text), sits
    in no part of the page named other than a header or menu (a page's ``<header>`` holds its
    headline) and has a byline or date stamp straight under it ("By Jane Roe, March 14, 2025"):
    a news page's headline over its byline. Other stories' teasers above the article rarely
    share a third of their words with it."""
    for k in range(first_main - 1, max(-1, first_main - HEAD_WINDOW - 1), -1):
        if k not in discarded or discarded[k][0] not in (None, "navigation"):
            continue
        f = memo.feat(k)
        if not (f.n and f.headline_like and HEADLINE_WORDS <= f.n <= 30) or is_stamp_line(f) or memo.phrase(k):
            continue
        shared = sum(1 for w in f.vocab if w in body_vocab)
        if shared < 2 or shared < 0.3 * len(f.vocab):
            continue
        under = next((j for j in range(k + 1, first_main) if memo.feat(j).n), None)
        if under is not None and bylined(memo.feat(under)):
            return {k}
    return set()


# The fewest lines of the article's body the extractor left out in one run, and the share of them
# that close a sentence (a blog's lines break inside sentences too).
_BODY_LEFT_OUT_LINES = 3
_BODY_LEFT_OUT_SENTENCES = 0.5


def _body_left_out(
    blocks: list[Block], discarded: dict[int, tuple[str | None, str]], main: list[int], memo: _Memo
) -> set[int]:
    """The article's body the extractor left out whole, straight under a line it kept: of the runs
    of lines left out in no named part of the page right after a main-text line (or the title),
    up to the first line a phrase rule's or under a headline's fewest words (:data:`HEADLINE_WORDS`:
    a "Like" button), each of at least :data:`_BODY_LEFT_OUT_LINES` lines, at least half closing a sentence, the one
    with the most words, when it holds more words than the whole main text (the title aside).
    A blog page whose extractor kept the headline, the post's date and a dialog's notice, and
    left the post's nine lines out (issue #14, unseen38 naver-1). No stop words are asked: a Korean
    or Japanese post has none an English list knows. A page whose extractor found its article
    keeps more words than any run it left out; comments under it carry their stamps and names
    (phrase rules)."""
    total = sum(memo.feat(i).n for i in main if blocks[i].kind != "title")
    best: list[int] = []
    best_words = total
    for t in main:
        run: list[int] = []
        k = t + 1
        while k < len(blocks) and (not blocks[k].text.strip() or (k in discarded and discarded[k][0] is None)):
            if blocks[k].text.strip():
                if memo.feat(k).n < HEADLINE_WORDS or memo.phrase(k) is not None:
                    break  # (the run ends at the page's furniture under it: a "Like" button)
                run.append(k)
            k += 1
        if len(run) < _BODY_LEFT_OUT_LINES:
            continue
        feats = [memo.feat(k) for k in run]
        if sum(f.sentence_end for f in feats) < _BODY_LEFT_OUT_SENTENCES * len(feats):
            continue
        if (words := sum(f.n for f in feats)) > best_words:
            best, best_words = run, words
    return set(best) | _body_left_out_above(blocks, discarded, main, memo)


# The most lines not closing a sentence in a row (section headings, a name over its bio) inside
# the article's body: more in a row are the page's header and menus above it.
_BODY_ABOVE_GAP = 2


def _body_left_out_above(
    blocks: list[Block], discarded: dict[int, tuple[str | None, str]], main: list[int], memo: _Memo
) -> set[int]:
    """The article's body the extractor left out whole straight above the first line it kept:
    it kept the closing section (its heading and last paragraphs) and the site's list of its
    newest stories under it, so the main text's words count nothing (issue #14, unseen41's
    dailyportalz-1: a Japanese column's forty paragraphs dropped as outside the article).

    The run climbs from that line through lines left out in no named part of the page, up to a
    phrase rule's line ("Facebook") or more than :data:`_BODY_ABOVE_GAP` lines in a row that
    close no sentence (the site's header and menus); lines closing no sentence at its top are
    cut. Its sentences (at least :data:`_BODY_LEFT_OUT_LINES` of :data:`HEADLINE_WORDS` words or
    more) are the article's when they hold more words than the main text's own sentences: a
    list of other stories closes none. Its headings and lines of a caption's few words stay out.
    Returns the indices given back."""
    start = next((i for i in main if blocks[i].kind != "title"), None)
    if start is None:
        return set()
    run: list[int] = []
    gap = 0
    k = start - 1
    while k >= 0 and (not blocks[k].text.strip() or (k in discarded and discarded[k][0] is None)):
        if blocks[k].text.strip():
            if memo.phrase(k) is not None:
                break
            gap = 0 if memo.feat(k).sentence_end else gap + 1
            if gap > _BODY_ABOVE_GAP:
                break
            run.append(k)
        k -= 1
    sentences = [k for k in run if memo.feat(k).sentence_end and memo.feat(k).n >= HEADLINE_WORDS]
    if len(sentences) < _BODY_LEFT_OUT_LINES:
        return set()
    kept_words = sum(memo.feat(i).n for i in main if blocks[i].kind != "title" and memo.feat(i).sentence_end)
    if sum(memo.feat(k).n for k in sentences) <= kept_words:
        return set()
    return set(sentences)


def _byline_over_body(i: int, first_text: int, memo: _Memo) -> bool:
    """Whether a left-out line a phrase rule took for a commenter's stamp ("Jane Roe · March 4,
    2026 at 10:15 am", "Jane Roe says: 4 March 2026") is the article's byline: it stands above the
    article's first kept line of text (under the headline, or in an aside beside it), in no part of
    the page named comments, and no comments header stands above it. A commenter's stamp comes
    after the article, under its comments header (issue #14, t13am-r S7: the byline under the
    headline was shown as a comment). The text's rule for the same line under the headline is
    :func:`bylines.stamps_under_byline`."""
    phrase = memo.phrase(i)
    if phrase is None or not phrase[1].startswith("comment furniture") or i >= first_text:
        return False
    text = memo.feat(i).text
    if COMMENTER_STAMP.search(text) is None and COMMENTER_SAYS.search(text) is None:
        return False
    return not any((lab := memo.phrase(k)) is not None and lab[0] == "comments" for k in range(i))


def _comment_furniture(memo: _Memo, k: int, left_out: tuple[str | None, str] | None) -> bool:
    """A line the extractor left out that belongs to a comments section: in a part of the page
    that names comments, or a phrase rule's comments line ("27 Comments", "Reply")."""
    if left_out is None:
        return False
    if left_out[0] == "comments":
        return True
    lab = memo.phrase(k)
    return lab is not None and lab[0] == "comments"


def _posts_left_out(blocks: list[Block], discarded: dict[int, tuple[str | None, str]], memo: _Memo) -> set[int]:
    """An embedded post the extractor left out straight after a line of the main text: its words
    (up to :data:`POST_WORDS`, no phrase rule's; a post need not read as a sentence, "JUST IN:
    … pic.twitter.com/…") and the signature straight under them ("— Jane Roe (@janeroe) April
    15, 2019"), both in no part of the page that names its kind. The article quotes the post;
    furniture carries no one's signature."""
    out: set[int] = set()
    lines = [k for k in range(len(blocks)) if blocks[k].text.strip()]
    for above, k, sign in zip(lines, lines[1:], lines[2:]):
        if above in discarded or blocks[above].kind == "title":
            continue
        if any(discarded.get(j, ("", ""))[0] is not None for j in (k, sign)):
            continue  # a line of the main text, or one in a part of the page named furniture
        if not SIGNATURE.match(blocks[sign].text):
            continue
        if memo.feat(k).n <= POST_WORDS and memo.phrase(k) is None and signs(blocks[sign], memo.feat(sign)):
            out.update((k, sign))
    return out


_IN_ARTICLE_FURNITURE = 3


def _running(f: Feat) -> bool:
    """Unmistakably running text: a sentence, a line leading in to what follows with ":", or a
    paragraph's worth of words (12) in a fragment; not a title's few words."""
    return f.sentence_end or f.text.rstrip().endswith((":", "：")) or f.n >= 12


def _texty(f: Feat, english: bool = True) -> bool:
    """Written as running text: a sentence, a fragment of one, or a short line introducing what
    follows with ":" (and no phrase rule's). A sentence is three words or more closed by its mark
    (:attr:`Feat.sentence_end`: ".", "۔", "。", …) and, on a page whose main text reads as English
    (``english``), English's function words in it: a teaser's title or a menu's row has neither.
    On a page in another language the function words count for nothing (Urdu's or Swedish's
    sentences hold none of English's: issue #14, urdupoint-1, jiqizhixin-1): a sentence there is
    a prose block closed by its mark (:func:`is_prose_block`, twelve words or more)."""
    if phrase_label(f) is not None or not f.n:
        return False
    # (On a page in another language, a paragraph's worth of words as jusText reads a good block,
    # :func:`is_prose_block`: a photo's credit closed by an abbreviation's full stop, "Kryžius,
    # asociatyvi nuotr. / J. Stacevičiaus / LRT nuotr.", is no sentence; unseen11 lrt-1.)
    sentence = f.n >= 3 and f.sentence_end and f.stop_density >= 0.15
    sentence = sentence or (not english and f.sentence_end and is_prose_block(f, english))
    lead_in = f.n <= 8 and f.text.rstrip().endswith((":", "："))
    return sentence or lead_in or fragment(f)


def _rescued(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    i: int,
    f: Feat,
    hint: str | None,
    titles: list[int],
    first_main: int,
    english: bool,
    body_vocab: set[str],
    repeated: set[int],
    prefixes: frozenset[str] | None,
) -> bool:
    """Whether a block the extractor left out is the article's own text after all.

    Two places where extractors commonly miss article text: between the headline and the body
    (often in the page's ``<header>``), the standfirst (a sentence, up to 80 words) or a deck (a
    headline-like line of 4 to 30 words, at most three blocks under the headline, sharing at least
    two words, and 30% of its own, with the body, as :func:`page_head` finds in text); and a section heading with body text on both sides
    (often in its own ``<div>``).
    """
    if hint not in (None, "navigation") or discarded[i][1] == "<nav>":
        return False  # (a page's <header> holds its deck; a <nav> a menu, or a summary box's controls)
    if titles and titles[-1] < i < first_main and f.n <= 80 and i not in repeated:
        shared = shared_words(f.vocab, body_vocab, prefixes)
        # (On a page not in English, with no function words to tell a sentence by, the standfirst
        # also names the body's words, and lies near the headline: a note under the headline,
        # "This article was published in 2017 and may be out of date", names none of the story's;
        # another story's teaser in the page's header lies far above a title put on top.)
        if is_prose_block(f, english) and (english or (shared >= 0.3 * len(f.vocab) and i - titles[-1] <= HEAD_WINDOW)):
            return True
        if f.n >= 8 and f.sentence_end and f.stop_density >= 0.15:
            return True
        if i == titles[-1] + 1 and short_sentence(f, None, english) and (english or shared >= 0.3 * len(f.vocab)):
            return True  # a short deck straight under the headline ("We have answers.")
        if i == titles[-1] + 1 and f.n >= 12 and (f.stop_density >= 0.15 or not english):
            # A standfirst straight under the headline written without its full stop, of the
            # body's words ("Brits who want to save money on a trip … there's a cheapest month").
            if shared >= 2 and shared >= 0.3 * len(f.vocab):
                return True
        deck = f.headline_like and 4 <= f.n <= 30 and not is_stamp_line(f) and i - titles[-1] <= 3
        if deck and shared >= 2 and shared >= 0.3 * len(f.vocab):
            return True
    if hint is not None or not (f.headline_like and 2 <= f.n <= 12):
        return False

    def neighbour(step: int) -> int | None:
        k = i + step
        while 0 <= k < len(blocks) and k in discarded and discarded[k][0] == "caption":
            k += step
        return k if 0 <= k < len(blocks) else None

    before, after = neighbour(-1), neighbour(1)
    return before is not None and after is not None and before not in discarded and after not in discarded
