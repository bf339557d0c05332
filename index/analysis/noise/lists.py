"""Lists in and around the article: lists the article introduces (a line ending in ":" above,
after its last paragraph), bulleted runs, runs of clause-a-line Chinese or Japanese lines,
tables of contents, fact boxes ("Label: value" lines with figures), numbered steps, offer
lists, footnotes and bare bullets.

Boilerpipe's and jusText's run rules (runs of short lines are boilerplate) are what these
exceptions keep from eating the article's own lists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from waic_reader.index.analysis.noise.block_rules import money
from waic_reader.index.analysis.noise.bylines import BY_LEAD
from waic_reader.index.analysis.noise.features import (
    CJK,
    Feat,
    cjk_pairs,
    list_item,
    major_words,
    next_block,
    stamp_label,
    title_case_ratio,
)
from waic_reader.index.analysis.noise.patterns import CRUMB_LABEL
from waic_reader.index.corpus.blocks import Block, ends_like_sentence, words
from waic_reader.index.corpus.date_stamps import is_stamp

# A list of offers: at least this many lines naming a price, with at most this many words in
# a section heading between them.
_OFFER_LINES = 6
_OFFER_HEADING_WORDS = 6
# An offer written over several lines (its name, its prices, its coupon's link and code, one a
# line): at most this many other lines between two price lines, each of at most this many words.
_OFFER_ENTRY_LINES = 4
_OFFER_ENTRY_WORDS = 20
# A line's field label: "【原价】", "[Price]", "Coupon:" at its start (the last entry's lines after its
# last price are the list's when their labels are fields the list has already shown).
_FIELD = re.compile(r"^\s*(【[^】]{1,12}】|\[[^\]]{1,20}\]|[^\W\d_][^:：]{0,30}[:：])")


def offer_list(
    feats: list[Feat], labels: list[tuple[str, str] | None], phrases: list[tuple[str, str] | None], end: int
) -> list[int]:
    """The lines of a list of offers straight under the article's last paragraph (block ``end``):
    :data:`_OFFER_LINES` or more offers, none a sentence and none a phrase rule's. An offer is a
    line of four words or more naming a price ("Fire Tablet, 8 GB for $39.99 (list price $49.99)"),
    with short section headings between them ("KITCHEN", "Gadgets, toys and media": no figure, no
    sentence; a menu's word too, "HOME", since an offer follows it) and at the list's head; or an
    offer written over several lines, its name over its fields one a line ("春光食品黄灯笼辣椒酱" over
    "【原价】12.51元", "【券后价】10.51元", "【领券地址】https://…"): price lines of any length with at
    most :data:`_OFFER_ENTRY_LINES` short lines that are no sentence between two of them (issue #14,
    unseen37 qqyewu-1: a deals post's 141 product lines were dropped). The last offer's lines
    after its last price are the list's when their field labels (:data:`_FIELD`) are ones the list
    has shown already. A deals round-up or a gift guide is such a list under a paragraph or two of
    introduction; other stories' headlines name no prices. Empty when there is none."""

    def free(k: int) -> bool:
        lab = labels[k]
        return phrases[k] is None and (lab is None or lab[0] in RUN_KINDS)

    def priced(k: int) -> bool:
        return free(k) and money(feats[k].text) and not ends_like_sentence(feats[k].text)

    def heading(k: int) -> bool:
        # (A menu's word as a section's heading, "HOME" between two offers, is the list's.)
        f = feats[k]
        return (
            0 < f.n <= _OFFER_HEADING_WORDS
            and (free(k) or (labels[k] or ("",))[0] == "navigation")
            and not any(ch.isdigit() for ch in f.text)
            and not ends_like_sentence(f.text)
        )

    def entry_line(k: int) -> bool:
        f = feats[k]
        return free(k) and f.n <= _OFFER_ENTRY_WORDS and not ends_like_sentence(f.text)

    # One line an offer: four words or more naming a price, a heading at most between two.
    run: list[int] = []
    offers = 0
    pending: list[int] = []  # headings not yet followed by an offer
    for k in range(end + 1, len(feats)):
        if not feats[k].n:
            continue
        if priced(k) and feats[k].n >= 4:
            run += [*pending, k]
            pending = []
            offers += 1
        elif heading(k) and len(pending) < 1:
            pending.append(k)
        else:
            break
    if offers >= _OFFER_LINES:
        return run
    return _offers_over_lines(feats, end, priced, lambda k: entry_line(k) or heading(k))


def _offers_over_lines(
    feats: list[Feat], end: int, priced: Callable[[int], bool], between: Callable[[int], bool]
) -> list[int]:
    """:func:`offer_list`'s offers written over several lines each: the lines from under block
    ``end`` to the last price line, and the last offer's field lines after it; empty when fewer
    than :data:`_OFFER_LINES` price lines stand there with at most :data:`_OFFER_ENTRY_LINES`
    lines (each ``between``) before each."""
    run: list[int] = []
    gap: list[int] = []  # lines since the last price line
    prices = 0
    for k in range(end + 1, len(feats)):
        if not feats[k].n:
            continue
        if priced(k):
            run += [*gap, k]
            gap = []
            prices += 1
        elif between(k) and len(gap) < _OFFER_ENTRY_LINES:
            gap.append(k)
        else:
            break
    if prices < _OFFER_LINES:
        return []
    fields = {m.group(1) for k in run if (m := _FIELD.match(feats[k].text))}
    for k in gap:  # the last offer's lines after its last price: fields the list has shown
        m = _FIELD.match(feats[k].text)
        if m is None or m.group(1) not in fields:
            break
        run.append(k)
    return run


# A list's own heading over it (:func:`introduced_after`): at most this many words.
_LIST_HEADING_WORDS = 10
# A Chinese or Japanese heading reading as the lead-in to what follows, as a colon does: "…は以下の
# 通り" ("as follows"), "如下" (review s39-rv finding 10, round s39-z3).
_LEAD_IN = re.compile(r"(?:以下|如下)(?:の通り|のとおり|です)?\W*$")
# A heading naming stories: "記事" (articles), "ニュース" (news), "特集" (feature), "関連" (related),
# "新闻"/"報道"/"消息" (news, reports): a box of other stories on the topic, never the article's list
# ("大雨に関する記事", "articles about the heavy rain"; finding 10).
_STORIES_WORD = re.compile(r"記事|ニュース|特集|関連|相关|相關|新[闻聞]|[报報]道|消息|文章")
# A list item written as the article's own list's: a "label：value" spec or a price's sign.
_SPEC = re.compile(r"[^\W\d_]\s*[:：]\s*\S")


def introduced_after(
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    phrases: list[tuple[str, str] | None],
    end: int,
    items: Sequence[int],
    prose: Sequence[int] = (),
) -> bool:
    """Whether the one block between the article's end and a list's first item is a line ending
    in ":" that no phrase rule calls boilerplate ("Related stories:" is a header of other
    stories), at most judged by its place on the page: the article introducing its list. Chinese
    and Japanese write such a heading with no colon: so is a short one in their script naming
    what the article's prose (blocks ``prose``) talks of, sharing a pair of characters with it, no
    sentence and no phrase rule's ("アイテム一覧（価格は全て税込）", "items (prices incl. tax)", over
    the collection's bulleted items: issue #14, unseen34 hypebeast-1, round s39-a); another
    list's header ("人気記事") shares none. Sharing a pair is not an introduction by itself: a box
    of other stories is headed with the story's topic ("大雨に関する記事" over a flood story), so
    such a heading must name no stories (:data:`_STORIES_WORD`) and more than half of the list's
    items (blocks ``items``, its first the list's first line) must read as the article's own (a
    "label：value" spec, a price's sign, or a pair of the prose's characters), as a collection's
    or a spec sheet's do and other stories' headlines do not (review s39-rv finding 10, round
    s39-z3); a heading ending in "以下"/"如下" ("as follows") introduces as a colon does. (Not a
    heading in a spaced script without its colon: "More Must-Reads From TIME" shares a word with
    a TIME article, unseen4 time-1.)"""
    first = items[0]
    between = [k for k in range(end + 1, first) if feats[k].n]
    if len(between) != 1:
        return False
    k = between[0]
    lab = labels[k]
    if phrases[k] is not None or not (lab is None or lab[0] in RUN_KINDS):
        return False
    f = feats[k]
    if f.text.rstrip().endswith((":", "：")) or (CJK.search(f.text) and _LEAD_IN.search(f.text)):
        return True
    if f.n > _LIST_HEADING_WORDS or ends_like_sentence(f.text) or not CJK.search(f.text):
        return False
    if _STORIES_WORD.search(f.text):
        return False
    pairs = cjk_pairs(f.text)
    if not pairs:
        return False
    spoken = set().union(*(cjk_pairs(feats[i].text) for i in prose))
    if not pairs & spoken:
        return False
    own = sum(
        1 for i in items if _SPEC.search(feats[i].text) or money(feats[i].text) or cjk_pairs(feats[i].text) & spoken
    )
    return own * 2 > len(items)


# Chinese and Japanese blogs often write a paragraph a clause or two a line, the clauses parted by
# spaces and no 。 at the line's end (a photo blog's text between its pictures): prose, in a run of
# at least this many such lines of at least this many words (two characters a word). On the
# evaluation pages other stories' headline lists, of the same shape, run to at most eight lines
# (a video list), the article's clause lines to 10-38.
_CLAUSE_LINE_WORDS = 8
_CLAUSE_RUN_LINES = 10


# Of a run of such lines, at most this share may be shown elsewhere on the page too: a site's
# "most read" and "latest" lists repeat the same headlines, an article's clauses are written once.
_CLAUSE_RUN_REPEATED = 1 / 3


# A line opening with the number of an instalment, an episode or a chapter ("第11回 …", "第3話",
# "第12期", "第5章", "제3회 …", "제2화"): an item of a series' list of its parts, not a clause.
_INSTALMENT = re.compile(
    r"^\s*[【\[［(（]?\s*(?:第\s*[0-9０-９一二三四五六七八九十百]+\s*[回話话章期集篇部課课巻卷号號]|제\s*\d+\s*[회화장편부권호])"
)


def clause_line_runs(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """The lines of runs of :data:`_CLAUSE_RUN_LINES` or more consecutive Chinese or Japanese lines
    of :data:`_CLAUSE_LINE_WORDS` words or more that no phrase rule calls boilerplate (blank lines
    aside): an article written a clause a line, prose though its lines end without a full stop.

    A run more than :data:`_CLAUSE_RUN_REPEATED` of whose lines recur elsewhere on the page is
    other stories' headlines (a ranking of ten, the same stories listed again as the latest); so is
    one more than half of whose lines open with an instalment's number (:data:`_INSTALMENT`: a
    series' list of its parts, "第11回 …（前編）", "第10回 …"), which a paragraph's clauses never do."""
    out: set[int] = set()
    shown = Counter(f.text.strip() for f in feats if f.n >= _CLAUSE_LINE_WORDS and CJK.search(f.text))

    def close(run: list[int]) -> None:
        repeated = sum(1 for k in run if shown[feats[k].text.strip()] > 1)
        numbered = sum(1 for k in run if _INSTALMENT.match(feats[k].text))
        if len(run) >= _CLAUSE_RUN_LINES and repeated <= _CLAUSE_RUN_REPEATED * len(run) and numbered * 2 <= len(run):
            out.update(run)

    run: list[int] = []
    for i, f in enumerate(feats):
        if not f.n:
            continue
        if labels[i] is None and f.n >= _CLAUSE_LINE_WORDS and CJK.search(f.text):
            run.append(i)
            continue
        close(run)
        run = []
    close(run)
    return out


# A line written with a list marker: "+ Added banners", "* Villager trading", "• Two lanes",
# "3. Beware the hairdryer", "3) ..."; the marker's kind (a symbol, or a number) is group 1/2.
# Chinese and Japanese write their list marks with no space after them ("・“DJ”柄：6月20日発売",
# "◼︎Cap（Black）各13,200円", "■主な仕様"; a mark may carry an emoji or text variation selector):
# the same symbol, group 1 (issue #14, unseen34 hypebeast-1, round s39-a).
_BULLET = re.compile(
    r"^\s*(?:([+*•·▪►‣◦–-])|(\d{1,3})[.)])\s+\S|^\s*([・･■□◆◇●○◼◻▶▷])[\ufe0e\ufe0f]?\s*[^\s・･■□◆◇●○◼◻▶▷]"
)
_BULLET_MIN_ITEMS = 3
RUN_KINDS = ("headline-list", "navigation", "outside-article")
_ADDRESS = re.compile(r"://|\bwww\.")  # a handle ("@e target selector") may be a list's word


def bulleted_runs(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None]) -> list[list[int]]:
    """Runs of three or more consecutive lines written with one list marker (the same symbol, or
    numbers counting up by one), none of them boilerplate by a phrase rule and none a web
    address: a list the author wrote, not a menu (a page saved as text loses its menus' bullets;
    the few symbol lines left in the evaluation pages' boilerplate stand alone). The marker is
    read from the block as written (the features drop a list item's marker).

    A run may be written with two symbols: an item's sub-items under it, the first symbol's items
    going on after them ("◼︎Graphic T-Shirt" over "・“DJ”柄：6月20日発売" …, then "◼︎Cap …"; issue
    #14, unseen34 hypebeast-1, round s39-a), or a list's last item written with another symbol
    ("* Lots of other changes" under "- Removed Herobrine", a changelog's joke; unseen2's tumblr,
    round s33-o). Two lists one after the other ("+ Added …" lines, then "* Changed …" lines) are
    two runs."""
    runs: list[list[int]] = []

    def close(run: list[int], keys: list[str]) -> None:
        inner = next((pos for pos, key in enumerate(keys) if key != keys[0]), None)
        if inner is not None and keys[0] not in keys[inner:] and inner != len(keys) - 1:
            # Two lists one after the other: each judged alone.
            close(run[:inner], keys[:inner])
            close(run[inner:], keys[inner:])
        elif len(run) >= _BULLET_MIN_ITEMS:
            runs.append(run)

    run: list[int] = []
    keys: list[str] = []
    last = 0
    for i, f in enumerate(feats):
        m = _BULLET.match(blocks[i].text) if f.n else None
        if m is not None and labels[i] is None and not _ADDRESS.search(f.text):
            key = m.group(1) or m.group(3) or "#"
            number = int(m.group(2)) if m.group(2) else 0
            same = key == keys[-1] and (key != "#" or number == last + 1) if run else False
            # (Another symbol goes on the run, :func:`close` telling sub-items from a second list; a
            # third one closes what came before the last symbol's items, which go on with it.)
            other = bool(run) and "#" not in (key, keys[-1])
            if other and len({*keys, key}) > 2:
                at = max(pos for pos, k in enumerate(keys) if k != keys[-1]) + 1
                close(run[:at], keys[:at])
                run, keys = run[at:], keys[at:]
            if same or other:
                run.append(i)
                keys.append(key)
            else:
                close(run, keys)
                run, keys = [i], [key]
            last = number
            continue
        close(run, keys)
        run, keys = [], []
    close(run, keys)
    return runs


# A table of contents: at least this many short lines in a row, and at least this share of them,
# are the titles of the article's sections further down.
_CONTENTS_MIN_ITEMS = 3
_CONTENTS_SHARE = 0.6
_CONTENTS_ITEM_WORDS = 10


def contents_list(feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool]) -> set[int]:
    """The article's table of contents: a run of short lines (no phrase rule's, or items a list
    header took) of which at least :data:`_CONTENTS_MIN_ITEMS`, and :data:`_CONTENTS_SHARE` of
    the run, recur further down as section headings (a line of the same text with prose
    straight under it, or under one more heading), from the first such line to the last. Its
    lines are the article's and neither extend nor split it (a blog's contents between its
    introduction and its body had cut the introduction off). A page's menu shown again in its
    footer has no prose under its second showing; a line the page shows three times or more is
    no section's title."""
    n = len(feats)
    nonempty = [i for i in range(n) if feats[i].n]
    shown = Counter(feats[i].text.strip().lower() for i in nonempty)
    for copy in _drawn_again(feats, labels, nonempty):
        # A contents list drawn twice in a row (for wide and narrow screens) is shown once.
        shown[feats[copy].text.strip().lower()] -= 1
    heading_at: dict[str, list[int]] = {}
    for pos, k in enumerate(nonempty):
        under = nonempty[pos + 1 : pos + 3]
        if feats[k].n <= _CONTENTS_ITEM_WORDS and any(is_prose[u] for u in under):
            heading_at.setdefault(feats[k].text.strip().lower(), []).append(k)

    at: dict[str, list[int]] = {}
    for k in nonempty:
        at.setdefault(feats[k].text.strip().lower(), []).append(k)
    out: set[int] = set()
    for run in _item_runs(feats, labels, nonempty):
        last = run[-1]
        # A section's title is shown twice, in the contents and over the section; a "Most viewed"
        # list shown twice over, its stories' cards further down (a headline and a summary
        # each), shows each title three times or more.
        headed = [
            i
            for i in run
            if shown[key := feats[i].text.strip().lower()] <= 2 and any(k > last for k in heading_at.get(key, ()))
        ]
        # The titles shown again further down in the list's order, prose under them or not: an
        # essay's last sections may be in draft, notes a line each (issue #14, unseen34).
        again = _shown_in_order(feats, run, shown, at, last) if len(headed) >= _CONTENTS_MIN_ITEMS else []
        if len(again) >= _CONTENTS_MIN_ITEMS and len(again) >= _CONTENTS_SHARE * len(run):
            for i in run:
                if again[0] <= i <= again[-1]:
                    out.add(i)
                    if labels[i] is not None:
                        labels[i] = None
    return out


# The kinds whose phrase rule closes the article's last section: a related-stories or backlinks
# header, the comments, the page's legal lines.
_SECTION_ENDS = ("headline-list", "related-topics", "comments", "legal")


def named_sections_end(
    feats: list[Feat], first_labels: list[tuple[str, str] | None], contents: set[int], end: int
) -> int:
    """The main text's end (``end``, a block index) moved over the sections its contents list names
    after it: an essay's last sections in draft (short notes, a line each, under each named heading)
    weigh too little as prose and the run of prose ended before them (issue #14, unseen34's
    maggieappleton-1). ``contents``: :func:`contents_list`'s lines; ``first_labels``: the phrase rules'
    labels alone. When a line after ``end`` repeats a contents line over the article, with no phrase
    rule's end (:data:`_SECTION_ENDS`: a "Backlinks" or "Related" header, the comments, a copyright
    line) between, the main text runs on to the last line before the first such end after the last of
    them (to the page's last line when there is none). Otherwise ``end``. Linear in the blocks."""
    names = {feats[i].text.strip().lower() for i in contents if i < end}
    if not names:
        return end
    last = None
    for k in range(end + 1, len(feats)):
        lab = first_labels[k]
        if lab is not None and lab[0] in _SECTION_ENDS:
            break
        if feats[k].n and feats[k].text.strip().lower() in names:
            last = k
    if last is None:
        return end
    stop = next(
        (k for k in range(last + 1, len(feats)) if (lab := first_labels[k]) is not None and lab[0] in _SECTION_ENDS),
        len(feats),
    )
    return max((k for k in range(last, stop) if feats[k].n), default=last)


def _shown_in_order(
    feats: list[Feat], run: list[int], shown: Counter[str], at: dict[str, list[int]], last: int
) -> list[int]:
    """The lines of ``run`` (a candidate contents list ending at block ``last``) shown once more after
    it, each after the one before (the sections in the list's order); each line's text shown twice on
    the page at most (``shown``, by its folded text; ``at``: where each folded text stands, in order,
    so that a run costs its own lines only)."""
    out: list[int] = []
    pos = last
    for i in run:
        key = feats[i].text.strip().lower()
        if shown[key] > 2:
            continue
        found = next((k for k in at.get(key, ()) if k > pos), None)  # (two places at most)
        if found is not None:
            out.append(i)
            pos = found
    return out


# The most lines with words between a contents list and its copy drawn again ("Table of Contents").
_COPY_GAP = 2


def _item_runs(feats: list[Feat], labels: list[tuple[str, str] | None], nonempty: list[int]) -> list[list[int]]:
    """The runs of :func:`contents_list`'s candidate lines (short, no sentence end, no phrase rule's
    label but a list item's), each a list of block indices in order."""

    def item(i: int) -> bool:
        f = feats[i]
        return 1 <= f.n <= _CONTENTS_ITEM_WORDS and not f.sentence_end and (labels[i] is None or list_item(labels[i]))

    runs: list[list[int]] = []
    pos = 0
    while pos < len(nonempty):
        if not item(nonempty[pos]):
            pos += 1
            continue
        end = pos
        while end < len(nonempty) and item(nonempty[end]):
            end += 1
        runs.append(nonempty[pos:end])
        pos = end
    return runs


def _drawn_again(feats: list[Feat], labels: list[tuple[str, str] | None], nonempty: list[int]) -> list[int]:
    """The lines of runs of :func:`_item_runs` that repeat the run before them line for line, at most
    :data:`_COPY_GAP` lines after it (a contents list drawn twice, "Table of Contents" over each)."""
    at = {k: pos for pos, k in enumerate(nonempty)}
    runs = _item_runs(feats, labels, nonempty)
    out: list[int] = []
    for prev, run in zip(runs, runs[1:]):
        if (
            len(run) >= _CONTENTS_MIN_ITEMS
            and at[run[0]] - at[prev[-1]] - 1 <= _COPY_GAP
            and [feats[i].text.strip().lower() for i in run] == [feats[i].text.strip().lower() for i in prev]
        ):
            out.extend(run)
    return out


# A fact box or spec sheet written one "Label: value" line each ("Stated Weight per Ski: 2030
# grams", "Test Locations: Crested Butte, CO"): at least this many lines in a row, labels of at
# most this many words, lines of at most this many words, and at least half the values holding a
# figure (a page's "Posted: …", "Tags: …" lines are phrase rules' and break a box).
FACT_LINE = re.compile(r"^\s*([^\W\d_][^:：.!?]*?)(?<!\s)\s*[:：]\s*(\S.*)$")
_FACT_MIN_LINES = 4
_FACT_LABEL_WORDS = 6
_FACT_LINE_WORDS = 16
# How many other blocks may stand between a fact box and the main text it heads (a note, a photo
# caption, a "Jump to" row, the first section heading).
_FACT_GAP = 5


def fact_boxes(
    blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool]
) -> list[list[int]]:
    """Runs of :data:`_FACT_MIN_LINES` or more consecutive "Label: value" lines (blank lines aside)
    that no phrase rule calls boilerplate and that are not prose, at least half of whose values
    hold a figure: a review's spec sheet, a profile's fact box. Neither prose nor page furniture:
    they neither extend nor split the article. A label alone ending in ":" between such lines
    ("Probable starters:" over "Friday: …", "Saturday: …") is a heading of the box, in its run
    (not counted among its lines).

    A directory the article lists, numbered entries each over its own fact lines ("1. Harbour
    Museum", "Adult ticket: 30 euros", "Phone: 0123 4567", "2. Lighthouse", ...), is one box: a
    numbered entry heading whose number follows the box's last one by one (or opens the box), and
    a note written as a label and a sentence ("Note: children under six go free."), stand in its
    run (not counted among its lines). A headline list numbered by rank has no fact lines between
    its items; a menu's and a tag list's lines are no "Label: value" lines."""
    runs: list[list[int]] = []
    run: list[int] = []
    facts = figures = 0
    heads: list[int] = []  # headings seen since the run's last fact line
    entry: int | None = None  # the number of the run's last numbered entry heading

    def close() -> None:
        if facts >= _FACT_MIN_LINES and 2 * figures >= facts:
            runs.append([k for k in run if k not in heads])  # (no heading after its last line)

    for i, f in enumerate(feats):
        if not f.n:
            continue
        # (A value with a slash, "140 mm / 150 mm", reads as a breadcrumb's trail by itself.)
        free = labels[i] is None or labels[i] == CRUMB_LABEL
        m = FACT_LINE.match(f.text) if free and not is_prose[i] and f.n <= _FACT_LINE_WORDS else None
        if m is not None and _fact_label(m.group(1)) and not is_stamp(f.text) and not BY_LEAD.match(f.text):
            run.append(i)
            heads.clear()
            facts += 1
            figures += any(ch.isdigit() for ch in m.group(2))
            continue
        if run and not heads and free and _FACT_HEAD.match(f.text) and _fact_label(f.text):
            run.append(i)
            heads.append(i)
            continue
        number = entry_number(blocks[i].text, f) if free else None
        if number is not None and run and entry is not None and number == entry + 1:
            # The next entry's heading: the box goes on.
            run.append(i)
            heads = [i]
            entry = number
            continue
        if run and entry is not None and free and (note := FACT_LINE.match(f.text)) and _fact_label(note.group(1)):
            # An entry's longer line or note in sentences: in the box, not one of its lines.
            run.append(i)
            heads.clear()
            continue
        close()
        run, heads, facts, figures, entry = [], [], 0, 0, None
        if number is not None:
            # A numbered entry's heading opens a box (one out of sequence, a box of its own).
            run, heads, entry = [i], [i], number
    close()
    return runs + _paired_fact_boxes(feats, labels, is_prose)


# A spec sheet set one cell a line, each label over its value ("Top speed" over "25 km/h",
# "Battery" over "Removable"): at least :data:`_FACT_MIN_LINES` such pairs in a row, and this share of
# their values measures (:data:`_MEASURE`).
_PAIRED_FIGURES = 0.4
# A value that is a measure: a figure (not a year: "2023 Mid-Autumn Festival" names a topic) and at most
# a short unit ("4", "210 min", "25 km/h", "62.5g", "50.6×96.6×7.4mm", "€1,299"); not a name with a figure
# in it ("9to5 Forums").
_MEASURE = re.compile(
    r"^\s*[$€£¥]?(?!(?:19|20)\d\d(?!\d))\d(?:[\d.,]|\s(?=\d))*(?:\s*[×x*]\s*\d[\d.,]*)*\s*[^\s\d]{0,6}\s*$"
)


def _paired_fact_boxes(
    feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool]
) -> list[list[int]]:
    """Runs of "label line, value line" pairs: a two-column spec sheet or fact box saved one cell
    a line (issue #14, unseen19 and unseen7: a review's technical sheet, "Vitesse max" over
    "25 km/h", "重量" over "62.5g"). Each label is a few words (:data:`_FACT_LABEL_WORDS`) with no
    figure and no sentence's end; each value a few words, no sentence, no date or time stamp
    (a teaser list's title over its "3 hours ago" line is no spec) and no byline. At least
    :data:`_FACT_MIN_LINES` pairs, no label twice, and :data:`_PAIRED_FIGURES` of the values
    measures, a figure and its unit (:data:`_MEASURE`): a menu's lines are names. Blank blocks aside; each run as block indices."""
    lines = [i for i, f in enumerate(feats) if f.n]

    def cell(i: int, value: bool = False) -> bool:
        f = feats[i]
        # (A value that is a figure and a unit, "4" or "210 min", reads to the phrase rules as a
        # reading-time stamp; "3 hours ago" is one.)
        measure = value and labels[i] is not None and stamp_label(labels[i]) and _MEASURE.match(f.text) is not None
        return (
            (labels[i] is None or labels[i] == CRUMB_LABEL or measure)
            and not is_prose[i]
            and f.n <= _FACT_LABEL_WORDS
            and not f.sentence_end
            and not f.text.rstrip().endswith((":", "："))
            and FACT_LINE.match(f.text) is None
            and not is_stamp(f.text)
            and not BY_LEAD.match(f.text)
        )

    def label(i: int) -> bool:
        return cell(i) and not any(ch.isdigit() for ch in feats[i].text)

    # Each line's answers kept: a run is tried from every line, so a long page of short lines
    # (a menu's cells) asked them of the same lines again for each start (the square of its length).
    labels_at: dict[int, bool] = {}
    values_at: dict[int, bool] = {}

    def is_label(i: int) -> bool:
        got = labels_at.get(i)
        if got is None:
            got = labels_at[i] = label(i)
        return got

    def is_value(i: int) -> bool:
        got = values_at.get(i)
        if got is None:
            got = values_at[i] = cell(i, value=True)
        return got

    runs: list[list[int]] = []
    pos = 0
    while pos + 1 < len(lines):
        pairs: list[tuple[int, int]] = []
        seen: set[str] = set()
        k = pos
        while k + 1 < len(lines) and is_label(lines[k]) and is_value(lines[k + 1]):
            key = feats[lines[k]].text.strip().lower()
            if key in seen:
                break
            seen.add(key)
            pairs.append((lines[k], lines[k + 1]))
            k += 2
        figures = sum(1 for _, v in pairs if _MEASURE.match(feats[v].text))
        if len(pairs) >= _FACT_MIN_LINES and figures >= _PAIRED_FIGURES * len(pairs):
            runs.append([i for pair in pairs for i in pair])
            pos = k
        else:
            pos += 1
    return runs


# A numbered entry's heading in a directory: "3、Harbour Museum", "12. Old Town Gate (east wing)".
_ENTRY_HEAD = re.compile(r"^\s*(\d{1,3})\s*[、.．)）]\s*(?!\d)\S")
_ENTRY_HEAD_WORDS = 16


def entry_number(text: str, f: Feat) -> int | None:
    """The number of a numbered entry heading (block text ``text``, features ``f``: a short line, no
    sentence), else None. (``f.text`` has a "1. " list number taken off: the block's own is read.)"""
    m = _ENTRY_HEAD.match(text)
    if m is None or f.n > _ENTRY_HEAD_WORDS or f.sentence_end:
        return None
    return int(m.group(1))


# A fact box's heading: a label alone, closed by a colon ("Probable starting pitchers:").
_FACT_HEAD = re.compile(r"^\s*[^\W\d_][^:：.!?]*[:：]\s*$")


def _fact_label(label: str) -> bool:
    """A fact line's label: a few words, figures only in brackets ("Stated Sidecut Radius (186
    cm)"), not a clock time's hour ("Posted at 14:42")."""
    return len(words(label)) <= _FACT_LABEL_WORDS and not any(ch.isdigit() for ch in _BRACKETED.sub("", label))


_BRACKETED = re.compile(r"\([^)]*\)")


def fact_box_over(feats: list[Feat], facts: list[list[int]], body_start: int) -> set[int]:
    """The lines of a fact box that ends at most :data:`_FACT_GAP` blocks above a saved page's
    main text: the article's spec sheet under its headline (and byline), kept with it; and a heading
    alone closed by a colon between the box and the main text ("About the visitors:"), the
    text's own."""
    out: set[int] = set()
    for box in facts:
        if box[-1] < body_start and sum(1 for k in range(box[-1] + 1, body_start) if feats[k].n) <= _FACT_GAP:
            out.update(box)
            out.update(k for k in range(box[-1] + 1, body_start) if feats[k].n and _FACT_HEAD.match(feats[k].text))
    return out


def fact_box_under(
    feats: list[Feat], phrases: list[tuple[str, str] | None], facts: list[list[int]], body_end: int
) -> list[int]:
    """The lines of a fact box that starts at most :data:`_FACT_GAP` blocks under a saved page's
    main text (labels written alone over their values, "Manufacturer:" over "Acme", not counted),
    and the short lines between (its heading, "Specifications", and those labels and values): a
    review's spec sheet after its introduction, the article's as one heading it is
    (:func:`fact_box_over`). No line a phrase rule's; empty when there is none."""
    for box in facts:
        if box[0] <= body_end:
            continue
        between = [k for k in range(body_end + 1, box[0]) if feats[k].n]
        if (
            any(phrases[k] is not None or feats[k].sentence_end or feats[k].n > _FACT_LABEL_WORDS for k in between)
            or sum(1 for k in between if not _FACT_HEAD.match(feats[k].text)) > _FACT_GAP
        ):
            return []
        return [*between, *box]
    return []


def introduced_lists(blocks: list[Block]) -> set[int]:
    """List items that follow a line ending with ":" (directly or through other items)."""
    out: set[int] = set()
    open_list = False
    for i, b in enumerate(blocks):
        if b.kind == "list-item" and open_list:
            out.add(i)
        elif b.text.rstrip().endswith(":"):
            open_list = True
        elif b.text.strip():
            open_list = False
    return out


# A materials or ingredients list written one item a line: a short header ending in ":" ("What
# You'll Need:", "Ingredients:") and short lines without sentence punctuation under it.
_LIST_HEADER_WORDS = 8
LIST_ITEM_WORDS = 12
_LIST_MIN_ITEMS = 3
# A release note's or changelog's entries each open with their tracker's reference ("tdf#162010
# Pasting in search field not working", "cid#1557116 dangling reference", "ABC-1234 Crash on
# close"): such an item may run to a sentence's length, as a bug's title does.
TRACKER_REF = re.compile(r"^\s*(?:[A-Za-z]{1,12}#\d{2,}|#\d{2,}|[A-Z][A-Z0-9]{1,11}-\d{2,})\b")
_TRACKER_ITEM_WORDS = 30


def _short_item(f: Feat) -> bool:
    """Whether a line reads as an item of a list the article introduces: at most
    :data:`LIST_ITEM_WORDS` words and not ending like a sentence, or opening with a tracker's
    reference, at most :data:`_TRACKER_ITEM_WORDS` words, however it ends (a bug's title may end
    in "." or "!")."""
    if TRACKER_REF.match(f.text):
        return 1 <= f.n <= _TRACKER_ITEM_WORDS
    return 1 <= f.n <= LIST_ITEM_WORDS and not f.sentence_end


# A materials or ingredients list's own header, written without ":" ("You will need (per lantern)",
# "Ingredients", "What you'll need"; "Il vous faut", "Zutaten", "Ingredientes"): it introduces the
# list as a line ending in ":" does, an optional note in brackets after it.
NEEDS_HEADER = re.compile(
    r"^\s*(?:you(?:['’]ll| will) need|what you(?:['’]ll| will)? need|things you(?:['’]ll| will)? need"
    r"|ingredients|materials|supplies|tools and materials|equipment"
    r"|il (?:vous|te) faut|ingrédients|matériel|fournitures"
    r"|zutaten|material|das brauchen sie|sie brauchen"
    r"|ingredientes|materiales|necesitas|vas a necesitar)"
    r"\s*(?:\([^()]{1,40}\))?\s*[:：]?\s*$",
    re.I,
)


def list_header(f: Feat) -> bool:
    """Whether a short line introduces a list under it: it ends in ":" ("What You'll Need:"), or
    it is a materials or ingredients list's own header without one (:data:`NEEDS_HEADER`)."""
    t = f.text.rstrip()
    return 1 <= f.n <= _LIST_HEADER_WORDS and (t.endswith((":", "：")) or NEEDS_HEADER.match(t) is not None)


def introduced_plain_lists(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """A short header line ending in ":" (or a materials list's own header without one,
    :func:`list_header`) and the run of three or more short lines under it that
    no phrase rule calls boilerplate, that do not end like sentences and are mostly not in title
    case: a list the article introduces ("What You'll Need:", then "Floral foam", "Ruler", ...),
    header included.

    Such a list is neither prose nor page furniture (see :func:`introduced_lists`, which needs
    the lines marked as list items)."""
    out: set[int] = set()
    n = len(feats)
    for i, f in enumerate(feats):
        if labels[i] is not None:
            continue
        continued = continued_sentence_header(f)
        if not continued and not list_header(f):
            continue
        j = i + 1
        # (A list of tracker entries ends at the first line without a reference: the page's
        # "Version" box under it is no entry.)
        tracked = i + 1 < n and TRACKER_REF.match(feats[i + 1].text) is not None
        while (
            j < n
            and labels[j] is None
            and _short_item(feats[j])
            and (not tracked or TRACKER_REF.match(feats[j].text))
            and not feats[j].text.rstrip().endswith((":", "："))
            and not _STEP.match(feats[j].text)
            and not _LINK.search(feats[j].text)
        ):
            j += 1
        items = feats[i + 1 : j]
        # Things to gather are written in sentence case ("Floral wire pins or paper clips"); a
        # menu's or a tag list's links in title case ("Sponsored Links", "Free Online Game").
        # Scripts without capitals (Thai, Chinese) say nothing either way: such items do not count.
        later = [
            title_case_ratio(g.words[1:], g.lows[1:])
            for g in items
            if len(major_words(g.words, g.lows)) >= 2 and _cased(g.words[1:])
        ]
        # (Under a materials list's own header, "Zutaten", the items' case says nothing more:
        # German writes its nouns capitalised, "Vier große Luftballons".)
        named = NEEDS_HEADER.match(f.text) is not None
        if continued:
            # Under a paragraph's closing ":", only items that carry its sentence on in lower case
            # count; the paragraph itself stays the article's prose.
            if len(items) >= _LIST_MIN_ITEMS and all(_opens_lower(g.text) for g in items):
                out.update(range(i + 1, j))
        elif len(items) >= _LIST_MIN_ITEMS and (named or (len(later) >= 2 and sum(later) / len(later) < 0.5)):
            out.update(range(i, j))
    return out


def continued_sentence_header(f: Feat) -> bool:
    """Whether a line is a paragraph longer than a list's header (:data:`_LIST_HEADER_WORDS`
    words) whose sentence ends in ":" ("… lets web apps go places they couldn't normally go to:"):
    the lines under it may finish that sentence one item a line (issue #14, unseen42
    ibmdeveloper-1)."""
    return f.n > _LIST_HEADER_WORDS and f.text.rstrip().endswith((":", "："))


def _opens_lower(text: str) -> bool:
    """Whether a line opens with a lower-case letter: an item carrying on the sentence above it
    ("capturing health data in developing countries"), as a headline's or a menu entry's capital
    does not. (A script without capitals says nothing: such a line does not count.)"""
    first = text.lstrip()[:1]
    return first.islower()


# The most words of an item of a box naming the article's people or topics ("Mateusz Dul").
_TOPIC_ITEM_WORDS = 4


def topic_boxes(feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool]) -> set[int]:
    """A box of the people or topics the article names, under a short header ending in ":" ("W tym
    artykule dowiesz się o:", "In this article:") set between its paragraphs (issue #14, unseen18 wp-1:
    the box under the first paragraph cut it off the body). Three or more short lines (up to
    :data:`_TOPIC_ITEM_WORDS` words, no sentence, no phrase rule's), each written word for word in a
    paragraph of the page's prose: like a gallery, it neither extends nor splits the article; the
    rules for short lines judge its lines (an article's own list of the parts it goes on to describe,
    "ATF consists of the following components:", has this shape too). (A menu's or a tag list's
    links are not all in the prose.) Returns the header's and the items' block indices."""
    prose = " ".join(" ".join(feats[k].text.split()).lower() for k in range(len(feats)) if is_prose[k])
    out: set[int] = set()
    n = len(feats)
    for i, f in enumerate(feats):
        t = f.text.rstrip()
        if labels[i] is not None or is_prose[i] or not (1 <= f.n <= _LIST_HEADER_WORDS and t.endswith((":", "："))):
            continue
        items: list[int] = []
        j = i + 1
        while j < n and not feats[j].n:
            j += 1
        while (
            j < n
            and labels[j] is None
            and 1 <= feats[j].n <= _TOPIC_ITEM_WORDS
            and not feats[j].sentence_end
            and not feats[j].text.rstrip().endswith((":", "："))
        ):
            items.append(j)
            j += 1
            while j < n and not feats[j].n:
                j += 1
        if len(items) >= _LIST_MIN_ITEMS and all(" ".join(feats[k].text.split()).lower() in prose for k in items):
            out.update((i, *items))
    return out


# An address or a handle: a list of them ("Facebook https://fb.me/…", "LINE = @courier") is a follow box.
_LINK = re.compile(r"://|\bwww\.|(?<!\w)@\w")


def _cased(ws: list[str]) -> bool:
    """Whether the words' script has capitals (a Thai or Chinese word has none)."""
    return any(w[0].isupper() or w[0].islower() for w in major_words(ws))


def list_above(feats: list[Feat], labels: list[tuple[str, str] | None], body_start: int, neutral: set[int]) -> int:
    """The start of a saved page's article moved up over an introduced list and step headers
    straight above its main text (they stand between the intro and the first step's prose).

    A list whose introducing line the page already showed above as furniture is a menu drawn a
    second time ("Hoy:" over its section links, twice above a headline: issue #14, unseen36
    pagina12-1), not the article's: the start stays."""
    k = body_start - 1
    while k >= 0 and (not feats[k].n or k in neutral):
        k -= 1
    top = k + 1
    while top < body_start and not (top in neutral and feats[top].text.rstrip().endswith((":", "："))):
        top += 1
    if top >= body_start or labels[top] is not None or drawn_before(feats, top):
        return body_start
    return top


def drawn_before(feats: list[Feat], top: int) -> bool:
    """Whether the page shows line ``top`` and the next non-empty line, one over the other, above
    it already: a menu drawn twice (a list's introducing line and its first item; two menu entries
    over a headline). Nothing else of a page repeats a pair of lines so."""
    lines = [i for i in range(len(feats)) if feats[i].n]
    at = lines.index(top)
    if at + 1 >= len(lines):
        return False
    key = [" ".join(feats[k].text.split()).lower() for k in lines]
    return any(key[j] == key[at] and key[j + 1] == key[at + 1] for j in range(at - 1))


def step_lines(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """A how-to's step headers ("Step 3", "Tip 2:") and the short instruction under each ("Drill
    two holes."): neither prose nor page furniture, so they neither extend nor split the article."""
    out: set[int] = set()
    for i, f in enumerate(feats):
        if labels[i] is None and _STEP.match(f.text):
            out.add(i)
            nxt = i + 1
            if nxt < len(feats) and labels[nxt] is None and feats[nxt].sentence_end and 3 <= feats[nxt].n < 12:
                out.add(nxt)
    return out


_STEP = re.compile(r"^\s*(?:step|part|tip|stage|phase|day|round|lesson|question|no\.?)\s*\d{1,3}\s*[:.)]?\s*$", re.I)


# A footnote as copied from a page: its text, then the link back to where it is cited ("↩", with
# or without an emoji or text variation selector).
_FOOTNOTE = re.compile(r"↩[\ufe0e\ufe0f]?\s*$")
_FOOTNOTES_MIN = 2


def footnotes(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """The article's footnotes, each closed by its link back to the text ("see Jane Roe's
    Harbour Towns↩", "http://example.org/report.pdf↩"), are the article's, wherever they lie
    after it and however short: two of them or more on a page are no menu and no teasers. Only
    the judgements of short lines in runs are undone (a comment quoting one stays a comment)."""
    notes = [i for i, f in enumerate(feats) if f.n and _FOOTNOTE.search(f.text)]
    if len(notes) < _FOOTNOTES_MIN:
        return
    for i in notes:
        if (lab := labels[i]) is not None and lab[0] in RUN_KINDS:
            labels[i] = None


def bare_bullets(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """An empty bullet ("-") inside a noise run belongs to it; a lone separator stays with the article."""
    n = len(feats)
    for i, f in enumerate(feats):
        if f.n or labels[i] is not None:
            continue
        prev = next((k for k in range(i - 1, -1, -1) if feats[k].n), None)
        nxt = next((k for k in range(i + 1, n) if feats[k].n), None)
        before = labels[prev] if prev is not None else None
        if before is not None and (nxt is None or labels[nxt] is not None):
            labels[i] = (before[0], "empty list bullet inside the surrounding noise")


# A review's verdict box: the good points under their header, then the bad ones under theirs
# ("Pros" / "Cons", "Les plus" / "Les moins", "Vorteile" / "Nachteile", "Lo mejor" / "Lo peor").
_PROS_HEADER = re.compile(
    r"^\s*(?:pros|the good|what we like[d]?|likes|plus(?:es)?|strengths|highlights"
    r"|les plus|points forts|on aime|nous avons aimé"
    r"|vorteile|pro|stärken|positiv"
    r"|a favor|ventajas|lo mejor|lo bueno|puntos fuertes|prós|pontos fortes"
    r"|pregi|punti di forza)\s*[:：]?\s*$",
    re.I,
)
_CONS_HEADER = re.compile(
    r"^\s*(?:cons|the bad|what we (?:didn['’]t|don['’]t) like|dislikes|minus(?:es)?|weaknesses|lowlights"
    r"|les moins|points faibles|on n['’]aime pas|on aime moins|nous n['’]avons pas aimé"
    r"|nachteile|contra|kontra|schwächen|negativ"
    r"|en contra|desventajas|lo peor|lo malo|puntos débiles|contras|pontos fracos"
    r"|difetti|punti deboli)\s*[:：]?\s*$",
    re.I,
)
# The most words of a verdict box's point ("Nouvelles technos (28nm, DX11.1 PCI gen3)") and the
# most points under one header.
_VERDICT_ITEM_WORDS = 10
_VERDICT_ITEMS = 6
# The most lines between the article's last paragraph (or the box before) and the box's header:
# the product's name and its mark ("AMD Radeon HD 7770" over "5").
_VERDICT_GAP = 3


def verdict_boxes(feats: list[Feat], phrases: list[tuple[str, str] | None], end: int) -> list[int]:
    """The lines of a review's verdict boxes after the article's last paragraph (block ``end``):
    a header of good points (:data:`_PROS_HEADER`) over one or more short points, then a header
    of bad points (:data:`_CONS_HEADER`) over one or more, each point at most
    :data:`_VERDICT_ITEM_WORDS` words and no sentence ("Prix trop élevé", "Qualité / prix5"), and
    the product's name over the first header, the box starting at most :data:`_VERDICT_GAP`
    lines under the article. A second box (another product's) may follow the first past the
    first's tabs repeated ("Les plus", "Les moins" again) and its points repeated. No line a
    phrase rule's. A menu has no good and bad points; the verdict is the review's. Empty when
    there is none."""
    n = len(feats)

    def point(k: int) -> bool:
        f = feats[k]
        return (
            phrases[k] is None
            and 1 <= f.n <= _VERDICT_ITEM_WORDS
            and not f.sentence_end
            and not _PROS_HEADER.match(f.text)
            and not _CONS_HEADER.match(f.text)
        )

    def points(k: int) -> list[int]:
        out: list[int] = []
        while k < n and len(out) < _VERDICT_ITEMS and (not feats[k].n or point(k)):
            if feats[k].n:
                out.append(k)
            k += 1
        return out

    def box_at(k: int) -> list[int]:
        """The box whose good points' header is block ``k``, or []."""
        good = points(k + 1)
        if not good:
            return []
        bad_header = next_block(feats, good[-1], 1)
        if bad_header is None or not _CONS_HEADER.match(feats[bad_header].text):
            return []
        bad = points(bad_header + 1)
        return [k, *good, bad_header, *bad] if bad else []

    out: list[int] = []
    seen: set[str] = set()
    gap: list[int] = []
    fresh = 0  # lines of the gap that are no tab's header, no point repeated, no lone mark
    for k in range(end + 1, n):
        f = feats[k]
        if not f.n or (out and k <= out[-1]):
            continue
        if _PROS_HEADER.match(f.text) and (box := box_at(k)):
            # The product's name: the nearest line over the header of two words or more.
            named = [g for g in gap if feats[g].n >= 2 and point(g)][-1:]
            out += [*named, *box]
            seen.update(feats[g].text.strip().lower() for g in box)
            gap, fresh = [], 0
            continue
        gap.append(k)
        repeated = f.n <= 1 or f.text.strip().lower() in seen or _CONS_HEADER.match(f.text) is not None
        fresh += not repeated
        if fresh > _VERDICT_GAP or (not out and len(gap) > _VERDICT_GAP):
            break
    return out


# A list the article writes in its sentence: a line ending in ":" over items each ending in ";"
# (or ","), the last in a full stop. At least this many items; each at most this many words.
_CLAUSE_ITEMS_MIN = 2
_CLAUSE_ITEM_WORDS = 40


def clause_items(feats: list[Feat]) -> set[int]:
    """The lines of lists written as one sentence, an item a line: a line ending in ":" ("Sinon,
    l'équipe n'a été dangereuse qu'en début de deuxième mi-temps :") over
    :data:`_CLAUSE_ITEMS_MIN` or more lines ending in ";" or "," ("une tête de Bonucci sur
    corner, arrêtée sans souci (47e) ;") and the last one ending in a full stop, the sentence's
    end. Neither the introducing line nor its items are prose alone, nor are they page furniture:
    such a list neither extends nor splits the article (as :func:`introduced_plain_lists`)."""
    out: set[int] = set()
    for i, f in enumerate(feats):
        if not f.n or not f.text.rstrip().endswith((":", "：")):
            continue
        items: list[int] = []
        k = next_block(feats, i, 1)
        while k is not None and 1 <= feats[k].n <= _CLAUSE_ITEM_WORDS:
            t = feats[k].text.rstrip()
            if t.endswith((";", ",", "；", "，")):
                items.append(k)
                k = next_block(feats, k, 1)
                continue
            if t.endswith((".", "。")) and len(items) >= _CLAUSE_ITEMS_MIN:
                out.update([i, *items, k])
            break
    return out
