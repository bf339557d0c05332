"""The block classifier: every block of an article labelled content (None) or a noise kind and a
reason, by the rules of the sibling modules in turn (context-free rules first, then runs and
position relative to the main run of prose, as jusText's context-sensitive pass does), and
the page-level answers built on it (:func:`classify_page`, :func:`headline_block`).
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.main_text import (
    COMMENTS_PROSE_WORDS,
    ONE_BLOCK,
    PAGE_OUTSIDE_BLOCKS,
    best_span,
    close_at_marker,
    gain,
)
from waic_reader.index.analysis.media_player import player_blocks, time_display
from waic_reader.index.analysis.noise.block_rules import (
    BIO,
    BIO_CUE,
    BIO_NOW,
    MENU_ROW,
    bare_bio,
    calendar_dated,
    code_line,
    code_listing,
    dated,
    goes_on_article,
    is_bio,
    is_stamp_line,
    menu_row,
    phrase_label,
    prose_cue,
)
from waic_reader.index.analysis.noise.bylines import (
    alone_bylines,
    author_box,
    byline_again,
    byline_lines,
    bylined_bios,
    labelled_lines,
    short_sentence,
    stamps_under_byline,
)
from waic_reader.index.analysis.noise.comments import (
    comment_bodies,
    comment_boxes,
    commenter_header,
    commenter_lines,
    handle_comments,
    section_headers,
    share_row_count,
    span_before_comments,
)
from waic_reader.index.analysis.noise.consent import consent_dialog
from waic_reader.index.analysis.noise.credits import (
    closing_credits,
    credited_captions,
    gallery_lines,
    over_credit,
    photo_marks,
    repeated_credits,
)
from waic_reader.index.analysis.noise.features import (
    PAIRED,
    Feat,
    block_features,
    cjk_pairs,
    figure_only,
    fragment,
    is_prose_block,
    next_block,
    reads_english,
    sentence,
    stamp_label,
    written_as_sentence,
)
from waic_reader.index.analysis.noise.lists import (
    NEEDS_HEADER,
    RUN_KINDS,
    TRACKER_REF,
    bare_bullets,
    bulleted_runs,
    clause_items,
    clause_line_runs,
    contents_list,
    fact_box_over,
    fact_box_under,
    fact_boxes,
    footnotes,
    introduced_after,
    introduced_lists,
    introduced_plain_lists,
    list_above,
    named_sections_end,
    offer_list,
    step_lines,
    topic_boxes,
    verdict_boxes,
)
from waic_reader.index.analysis.noise.live import (
    ENTRY_TIME,
    KEY_EVENTS_LABEL,
    entry_times,
    is_entry_time,
    key_events_summary,
    last_entry,
    live_blog,
    live_headline,
    timeline,
)
from waic_reader.index.analysis.noise.menus import (
    AUTHOR_BOX_HEADER,
    LIST_HEADING,
    SITE_CONTACT,
    archive_lists,
    consume_after_headers,
    dated_masthead,
    form_and_menu_words,
    hashtag_lines,
    kicker_over_headline,
    link_list,
    menu_runs,
    name_under_headline,
    site_about_and_contact,
    site_name,
    staff_lists,
    title_bar,
)
from waic_reader.index.analysis.noise.page import (
    FIRST_LINES,
    after_marker,
    closing_lines,
    embedded_posts,
    headline_over_standfirst,
    is_page,
    page_head,
    page_outside,
    signs,
    span_before_footer,
    span_with_own_lines,
    standfirst_above,
)
from waic_reader.index.analysis.noise.patterns import (
    COMMENTS_HEADER,
    COMMENTS_PROMPT,
    COMMENTS_PROMPT_REASON,
    COMMENTS_PROMPT_WORDS,
    CRUMB_LABEL,
    OWN_PIECE_CUE,
    TEASER,
)
from waic_reader.index.analysis.noise.repeats import SHOWN_BEFORE, repeated_tail
from waic_reader.index.analysis.noise.signup import signup_boxes
from waic_reader.index.analysis.noise.sponsor import shop_boxes, sponsor_boxes
from waic_reader.index.analysis.noise.tables import (
    WIDGET_LABEL,
    bar_table_rows,
    figure_report_under,
    flattened_tables,
    introduced_tables,
    widget_tables,
)
from waic_reader.index.analysis.noise.teasers import (
    cut_off_cards,
    header_owns,
    inline_cards,
    sourced_blurbs,
    stamped_cards,
    stamped_title_lists,
    teaser_cards,
)
from waic_reader.index.corpus.blocks import Block, genre_kicker
from waic_reader.index.corpus.date_stamps import is_stamp

# The reasons of a menu written on one line (a breadcrumb's trail with bars too, "Home | World |
# Asia"): between the article's paragraphs such a row of names is the article's list.
_ROW_REASONS = (MENU_ROW, CRUMB_LABEL[1])

# A live blog entry's age ("1h ago") and header ("Key event"): the page's, not the entry's.
_LIVE_FURNITURE = ("live-blog", "live-blog entry's age or label")


# The reasons of a photo's control line repeated at each of the article's photos, and of its caption.
_PHOTO_MARK_REASON = "a photo's control line, repeated at each of the article's photos"
_PHOTO_CAPTION_REASON = "photo caption, under the photo's control line"


# The most words of a deck or section heading alone between the headline and the main text.
_DECK_WORDS = 20
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIELD_MARK = re.compile(r"[|·•]")


def classify_blocks(blocks: list[Block]) -> list[tuple[str, str] | None]:
    """For each block, ``(noise kind, reason)`` or ``None`` for content. Pure, linear in blocks."""
    return classify_labels(blocks)[0]


def classify_labels(blocks: list[Block], whole_page: bool = True) -> tuple[list[tuple[str, str] | None], int | None]:
    """The labels, and on a saved page the headline found above its main text.

    ``whole_page=False`` for an HTML page's main text: the extractor has already taken the page
    around it away, so many short lines outside its run of prose are its own lists, not a page.
    """
    n = len(blocks)
    feats = [block_features(b) for b in blocks]
    labels: list[tuple[str, str] | None] = [phrase_label(f) for f in feats]
    link_list(feats, labels)
    hashtag_lines(feats, labels)
    name_under_headline(blocks, feats, labels)
    alone_bylines(blocks, feats, labels)
    kicker_over_headline(feats, labels)
    stamps_under_byline(blocks, feats, labels)
    # (after it: an outlet's stamp under the byline, "Jornal do Centro — 4 May 2026", is the byline's)
    dated_masthead(blocks, feats, labels)
    for i in section_headers(labels, feats):
        labels[i] = None
    form_and_menu_words(feats, labels)
    if whole_page:
        site_name(feats, labels)
        title_bar(feats, labels)
    first_labels = list(labels)  # the phrase rules' alone
    # A consent dialog's paragraphs are no article, however long (issue #14, unseen35).
    consent_dialog(feats, labels)
    # So is a newsletter's sign-up box, found around its e-mail field (issue #14, unseen39).
    signup = signup_boxes(feats, labels)
    # An affiliate programme's product box (product, price, shop button) set in the article.
    signup |= shop_boxes(feats, labels)
    labelled_lines(feats, labels)
    repeated_credits(feats, labels)
    credited_captions(feats, labels)
    closing_credits(feats, labels)
    gallery = gallery_lines(feats, labels)
    # An embedded video player's controls: furniture, and like a gallery it does not split the article.
    player = player_blocks([b.text for b in blocks])
    for i in player:
        if labels[i] is None and feats[i].n:
            labels[i] = ("navigation", "video player controls")
    # A player's time display on its own ("00:38 / 01:22"): furniture that does not split the article.
    for i, b in enumerate(blocks):
        if labels[i] is None and time_display(b.text):
            labels[i] = ("navigation", "video player's time display")
            player.add(i)
    for i in range(max(0, n - 3), n):
        f = feats[i]
        if labels[i] is None and f.n <= 60 and BIO.match(f.text) and BIO_CUE.search(f.text):
            labels[i] = ("byline", "author bio at the end of the page")
    # A page title may itself read like a teaser ("Watch: ...") or a topic; it is still the title.
    # (Not a teaser whose cue names another story, "Trending: Storm Edda batters the coast" over a
    # page's lists and its own headline: issue #14 t14 fault 2.)
    if (
        n
        and blocks[0].kind == "title"
        and (lab0 := labels[0])
        and lab0[0] in ("headline-list", "related-topics", "tags")
        and not (lab0[1].startswith(TEASER) and OWN_PIECE_CUE.match(blocks[0].text) is None)
    ):
        labels[0] = None
    consume_after_headers(blocks, feats, labels)
    teaser_cards(feats, labels)
    sourced_blurbs(feats, labels)
    cut_off_cards(feats, labels)
    stamped_title_lists(feats, labels)
    # Boxes set between the article's paragraphs: like a gallery, they do not split the article.
    # So are the social posts it embeds, each over its signature.
    posts = embedded_posts(blocks, feats)
    boxes = stamped_cards(feats, labels) | comment_boxes(feats, labels) | posts | signup
    commenter_lines(feats, labels)
    comment_bodies(feats, labels)
    handle_comments(feats, labels)

    english = reads_english(feats)
    is_prose = [labels[i] is None and is_prose_block(feats[i], english) for i in range(n)]
    for i in clause_line_runs(feats, labels):
        is_prose[i] = True
    # A box of the people or topics the article names between its paragraphs does not split it.
    boxes |= topic_boxes(feats, labels, is_prose)
    # Items of a list the text introduces ("as follows:") and chart or table figures ("$915",
    # "’17") are neither prose nor page furniture: they neither extend nor split the article.
    bulleted = bulleted_runs(blocks, feats, first_labels)
    introduced = introduced_tables(feats, labels, is_prose)
    bar_tables = bar_table_rows(feats, labels)
    tables = introduced | bar_tables | flattened_tables(feats, labels)
    plain_lists = introduced_plain_lists(feats, labels)
    listed = introduced_lists(blocks) | plain_lists | {i for r in bulleted for i in r} | tables | clause_items(feats)
    steps = step_lines(feats, labels)
    contents = contents_list(feats, labels, is_prose)
    facts = fact_boxes(blocks, feats, labels, is_prose)
    listed |= {i for box in facts for i in box}
    # A spec sheet's value that the stamp rule read as a time ("4", "210 min", "720×1280" over their
    # labels) is the sheet's figure: the box's lines are judged together, as the box.
    for i in (i for box in facts for i in box):
        if stamp_label(labels[i]):
            labels[i] = None
    # A line of code standing alone (an API's name in a release note's list) is the article's
    # text as a paragraph is: evidence for the main text, never a menu's or a headline's.
    code = {i for i, f in enumerate(feats) if labels[i] is None and f.n and code_line(f.text)}
    # A longer listing (a tutorial's code block on one line) neither extends nor splits it, as a
    # table the text introduces: a page's scripts saved as text are no evidence of the article.
    listings = {i for i, f in enumerate(feats) if f.n and i not in code and code_listing(f.text)}
    gains = [
        gain(
            is_prose[i] or i in code,
            fragment(f, english)
            or i in listed
            or figure_only(f)
            or i in steps
            or i in listings
            or i in gallery
            or i in player
            or i in boxes
            or i in contents,
            f.n,
        )
        for i, f in enumerate(feats)
    ]
    span = best_span(gains)
    marks, captions = photo_marks(feats, labels, is_prose, span) if span is not None else (set(), set())
    if marks:
        # A photo the article shows as its own ones (a control line it repeats, a caption under it)
        # neither extends nor splits it, as a gallery; both are the photo's furniture.
        for i in marks | captions:
            gains[i] = 0.0
        span = best_span(gains)
        # (Those outside the main text are judged as the page around it: a headline may stand under
        # a photo's control line above the article.)
        for i in marks | captions:
            if span is not None and span[0] <= i <= span[1] and labels[i] is None:
                labels[i] = ("caption", _PHOTO_MARK_REASON if i in marks else _PHOTO_CAPTION_REASON)
    if span is None:
        # No article prose to stand against: only the phrase rules are safe, a live blog's entry
        # times over its short entries aside.
        stamps = [i for i, lab in enumerate(labels) if lab and is_entry_time(feats[i], lab)]
        for i in entry_times(stamps, feats.__getitem__, n, lambda j: labels[j] is None):
            labels[i] = None
        # A name line beside the date or byline above the text's sentences is told by its place,
        # not by how long the text's paragraphs run: a short live blog's station name ("Velmar
        # Public Radio" over "Posted: Jun 8, 2026") is the masthead a longer one's is (t13akr N12).
        said = [i for i, f in enumerate(feats) if labels[i] is None and f.n and f.sentence_end]
        if said:
            byline_lines(blocks, feats, labels, said[0], said[-1], set())
        sponsor_boxes(feats, labels)
        return labels, None
    if whole_page:
        # A dialog after the page's footer (a consent notice's paragraphs) is no article (issue #14, unseen18).
        span = span_before_footer(span, gains, feats, labels)
        # The article's own short lines between its sections (a buying guide's lists, its comparison
        # chart's cells) split no run of its prose (issue #14, unseen32).
        span = span_with_own_lines(blocks, feats, labels, is_prose, gains, span)
    # End markers, each with the words of prose it needs before it (a comment count in a share
    # row under the headline is no comments section; a header over a commenter's stamp is one,
    # under a short article too).
    # (A share row's comment count between the headline and the article's first paragraph is none.)
    ends = [
        (i, (ONE_BLOCK if commenter_header(feats, labels, i) else COMMENTS_PROSE_WORDS) if lab[0] == "comments" else 0)
        for i, lab in enumerate(labels)
        if lab
        and (lab[1].startswith((COMMENTS_HEADER, AUTHOR_BOX_HEADER, SITE_CONTACT)) or lab[0] == "press-release")
        and i not in tables
        and not (lab[0] == "comments" and share_row_count(feats, labels, is_prose, i))
    ]
    markers = [i for i, _ in ends]
    words = [f.n for f in feats]
    # Readers' comments outweighing a short article: the main text is the run before their header.
    # (Asked first: a marker after the comments, a footer's "About us", would otherwise close the
    # comments themselves as the main text; issue #14, unseen36 kenyatoday-1.)
    headers = [i for i, need in ends if need and (lab := labels[i]) is not None and lab[0] == "comments"]
    before_comments = span_before_comments(span, gains, is_prose, words, labels, headers)
    cut = close_at_marker(before_comments or span, is_prose, ends, words) or before_comments
    closed = cut is not None
    span = cut or span

    # A long sentence a prompt's or credit's phrase took, between two paragraphs of the main run of
    # prose, is the article's own ("Subscribe buttons were added to every article page ...").
    # (Two such sentences in a row are judged together: each stands between the other and prose.)
    # So is one straight after the run of prose over the article's closing sentence ("Related: the
    # company's bonds also fell, …" over "The shares closed at 84.50 crowns.").
    # (So is a bio's sentence alone there, "Sally Rooney writes about young people in Dublin …":
    # the article's own sentence about someone who writes; block_rules.bare_bio.)
    def cue(i: int) -> bool:
        return labels[i] == first_labels[i] and (prose_cue(feats[i], labels[i]) or bare_bio(feats[i], labels[i]))

    cues = {i for i in range(span[0] + 1, min(n, span[1] + 2)) if cue(i)}
    # Those meeting the run at its ends, one after another: the article's closing sentences ("Credit:
    # the regional government's grant letter … sets a deadline of 2027.") or its first.
    edge_cues: set[int] = set()
    for end, step in ((span[1], 1), (span[0], -1)):
        k = next_block(feats, end, step)
        while k is not None and cue(k):
            edge_cues.add(k)
            k = next_block(feats, k, step)
    cues |= edge_cues

    def beyond(i: int, step: int) -> int | None:
        k = next_block(feats, i, step)
        while k is not None and k in cues:
            k = next_block(feats, k, step)
        return k

    run_vocab = {w for i in range(span[0], span[1] + 1) if is_prose[i] for w in feats[i].vocab}
    for i in sorted(cues):
        before, after = beyond(i, -1), beyond(i, 1)
        if (
            before is not None
            and after is not None
            and is_prose[before]
            and (is_prose[after] or (labels[after] is None and written_as_sentence(feats[after], english)))
        ):
            labels[i] = None
        elif (
            i in edge_cues
            and not bare_bio(feats[i], labels[i])  # (closing the article, a bio's sentence is a bio)
            and any(k is not None and is_prose[k] for k in (before, after))
            and is_prose_block(feats[i], english)
            and goes_on_article(feats[i], run_vocab)
        ):
            # A full sentence of prose going on with the article at its end (or its start) is the
            # article's wherever it stands; a prompt or a credit there still goes.
            labels[i] = None
            span = (min(span[0], i), max(span[1], i))
    for i in cues:
        if labels[i] is None:
            is_prose[i] = is_prose_block(feats[i], english)
    titled = blocks[0].kind == "title"
    # A table of contents is the page's navigation within the article: it counts towards a page.
    outside = sum(1 for i, f in enumerate(feats) if f.n and (not span[0] <= i <= span[1] or i in contents))
    page = whole_page and outside - titled >= PAGE_OUTSIDE_BLOCKS
    if page:
        body_start, body_end = span
        body_start = _headline_over_span(feats, is_prose, body_start, body_end)
        body_start = list_above(feats, labels, body_start, listed | steps)
        body_end = last_entry(blocks, feats, labels, is_prose, body_start, body_end)
        # A box the page draws over the article and again under it (a donation appeal's paragraphs
        # joining the run of prose) closes no article (issue #14, unseen35).
        body_end, shown_before = repeated_tail(feats, labels, body_start, body_end)
        # The sections the article's contents list names after its run of prose (an essay's last
        # sections in draft, a note a line) are the article's (issue #14, unseen34).
        if not shown_before:
            body_end = named_sections_end(feats, first_labels, contents, body_end)
        for i, kind in shown_before.items():
            labels[i] = (kind, SHOWN_BEFORE)
            is_prose[i] = False
    else:
        prose_all = [i for i in range(n) if is_prose[i] and not (closed and i > span[1])]
        body_start, body_end = prose_all[0], prose_all[-1]
    # A live blog's entries are the article, each entry's time, heading and paragraphs: the main
    # text spans them all (its run of prose may have ended after a short first entry).
    live = live_blog(feats, labels, body_start, body_end)
    live_text, live_furniture = live or (set(), set())
    # So are a timeline's entries, a date line over each event's sentences.
    live_text = live_text | timeline(blocks, feats, labels, body_start, body_end)
    if live_text:
        body_start, body_end = min(body_start, *live_text), max(body_end, *live_text)
    prose = [i for i in range(body_start, body_end + 1) if is_prose[i]]
    # A row of short capitalised names between the article's paragraphs is the article's own list
    # ("Tokyo · Osaka · Kyoto" under "The tour stops, in order, are:"), no menu: a site's menu on
    # one line stands at the page's top or bottom, outside its main text.
    for i in range(body_start + 1, body_end):
        if (lab := labels[i]) is not None and lab[1].startswith(_ROW_REASONS) and menu_row(feats[i]):
            above, below = next_block(feats, i, -1), next_block(feats, i, 1)
            if (
                above is not None
                and below is not None
                and (is_prose[above] or feats[above].text.rstrip().endswith((":", "：")))
                and is_prose[below]
            ):
                labels[i] = None
    body_vocab: set[str] = set()
    for i in prose:
        body_vocab.update(feats[i].vocab)
    # A short line right before prose is that prose's section heading ("What Happened?").
    intro = {i - 1 for i in prose if i > 0}
    if page:
        body_pairs = {p for i in prose if PAIRED.search(feats[i].text) for p in cjk_pairs(feats[i].text)}
        # A fact box heading the main text lies under the headline: the headline is sought above it.
        boxed = fact_box_over(feats, facts, body_start)
        head_end = min(boxed, default=body_start)
        keep, headline = page_head(feats, labels, head_end, titled, body_vocab, body_pairs, english)
        keep |= boxed
        keep |= standfirst_above(feats, labels, keep, head_end, body_vocab, body_pairs, english)
        keep |= headline_over_standfirst(feats, labels, keep, head_end, body_vocab, english)
        for k in boxed:
            labels[k] = None
        # Between the box and the main text: a note in sentences ("[Note: our review was …]") stays.
        keep.update(
            k for k in range(max(boxed, default=body_start) + 1, body_start) if sentence(feats[k], labels[k], english)
        )
        # A short sentence straight under the headline or a deck ("We have answers.") or straight
        # over the main text ("Barely a shot was fired.", the article's first line) is the article's.
        edges = [next_block(feats, body_start, -1), *(next_block(feats, k, 1) for k in keep if k < body_start)]
        # (Not one straight over a photo credit: that is the photo's caption.)
        keep.update(
            k
            for k in edges
            if k is not None
            and k < body_start
            and short_sentence(feats[k], labels[k], english)
            and not over_credit(feats, labels, k)
        )
        # So is a sentence ending in ":" straight over the main text, which it introduces ("This week
        # I want to cover a pet peeve of mine, best seen in this comic:"; issue #14, unseen33
        # buttondown-1): written as a sentence but for its mark, no rule's label (a "Related
        # stories:" header has one).
        over = next_block(feats, body_start, -1)
        # So is a summary's heading straight over it ("In brief", "Quick Take" over the story's key
        # points, its first lines), whatever the page sets above the heading (issue #14, unseen39:
        # once the prompt over it was boilerplate, the heading was taken for the page's header).
        if over is not None and (
            (over not in keep and _introduces(feats[over], labels[over], english))
            or (labels[over] is None and LIST_HEADING.match(feats[over].text))
        ):
            keep.add(over)
        # The article's first lines may be several short sentences, one a line ("18-year-old Hanna
        # went missing on Tuesday." over "Police have now opened an inquiry."): the line over a kept
        # one straight over the main text is judged the same way, up to three lines up.
        up = next_block(feats, body_start, -1)
        for _ in range(FIRST_LINES):
            if up is None or up not in keep:
                break
            up = next_block(feats, up, -1)
            if (
                up is not None
                and up not in keep
                and short_sentence(feats[up], labels[up], english)
                and not over_credit(feats, labels, up)
            ):
                keep.add(up)
        # A headline-like line alone between the headline (or its deck) and the main text is the article's deck or
        # its first section's heading ("Gleicher Klang für weniger Geld?" under a review's headline;
        # issue #14, unseen45 mactechnews-1, round s50-a): another story's teaser is not set there.
        over = next_block(feats, body_start, -1)
        if (
            over is not None
            and over not in keep
            and (above := next_block(feats, over, -1)) in keep
            # (Under a kept headline, not under a short sentence kept over the text: a teaser's.)
            and above is not None
            and feats[above].headline_like
            and not feats[above].sentence_end
            and labels[over] is None
            and feats[over].headline_like
            and feats[over].n <= _DECK_WORDS
            # (Not the byline under the headline, "von caschy Dez. 13, 2025 | Kommentieren": a date,
            # or a year in a month's abbreviation the date rules do not read.)
            and not calendar_dated(feats[over])
            and not is_stamp_line(feats[over])
            and _YEAR.search(feats[over].text) is None
            # (Nor a byline's fields, "Fouzia Van Der Fort|Published 4 months ago", nor a wire's
            # dateline in capitals, "AFP, MANILA": a deck is a phrase, with a word in lower case.)
            and _FIELD_MARK.search(feats[over].text) is None
            and any(w.islower() for w in feats[over].words)
        ):
            keep.add(over)
    else:
        keep, headline = set(), None
    keep |= contents
    intro |= keep

    # A live blog's entry times ("10.41 GMT") between its paragraphs are the story's own headers,
    # and so is the first of them over a short entry, above where the run of prose starts.
    stamps = [i for i, lab in enumerate(labels) if lab and is_entry_time(feats[i], lab)]
    entries = entry_times(stamps, feats.__getitem__, n, lambda j: labels[j] is None and j <= body_end)
    for i in range(max(0, body_start - 1), body_end + 1):
        if (lab := labels[i]) and lab[1].startswith("date, time") and ENTRY_TIME.match(feats[i].text):
            # (Not the time of a date stamp, set on the line under its day: "Posted: Mar 14, 2025"
            # over "06:12 PM CDT" is one stamp, whose time dates the article.)
            if not _split_stamp(feats, labels, i):
                labels[i] = None
    entries = [*entries, *live_text]
    for i in entries:
        labels[i] = None
    keep.update(entries)
    intro.update(entries)
    if page:
        closing = closing_lines(blocks, feats, labels, body_end, body_vocab, english)
        keep |= closing
        intro |= closing
    byline_lines(blocks, feats, labels, body_start, body_end, keep)
    inline_cards(blocks, feats, labels, is_prose, body_start, body_end)
    # An author bio closing the article's prose ("Jane Doe is a reporter covering ..."): in the
    # present tense, with a beat or short; "X was a columnist who covered ..." is the story's own.
    # (Also past a wire's credit line closing the text: "… 18 months." then "Reporting by Tom Hale;
    # Editing by Clara Meier" cut off it, then "Tom Hale is the Courier's Bern correspondent. …")
    closers = prose[-2:]
    k = next_block(feats, body_end, 1)
    credited = False
    while k is not None and (lab := labels[k]) is not None and lab[0] == "attribution":
        k, credited = next_block(feats, k, 1), True
    if credited and k is not None:
        closers.append(k)
    for i in closers:
        if labels[i] is None and feats[i].n <= 60 and BIO_NOW.match(feats[i].text) and is_bio(feats[i]):
            labels[i] = ("byline", "author bio closing the article")
    # A stock prompt sending the reader's questions to the comments (patterns.COMMENTS_PROMPT), read
    # once the main text is found: closing the article's last list, it anchored that list's run of
    # prose (issue #14, unseen42 edureka-1).
    for i, f in enumerate(feats):
        if labels[i] is None and 0 < f.n <= COMMENTS_PROMPT_WORDS and COMMENTS_PROMPT.search(f.text):
            labels[i] = ("call-to-action", COMMENTS_PROMPT_REASON)
    # Past the article's main text, beyond a list of other stories (its "Related coverage" box, then
    # "Jonas Eide is the Herald's transport correspondent. Follow Jonas on Mastodon.", then its
    # topics): an author bio wherever it stands there; a saved page judged whole has every line
    # outside its main text read so (page.page_outside), a shorter one had only its last three
    # lines read (t13x F9, round s34-m).
    if not page:
        for i in range(body_end + 1, n):
            if labels[i] is None and i not in keep and feats[i].n <= 60 and is_bio(feats[i]):
                labels[i] = ("byline", "author bio after the article's main text")
    # An author box closing it: the byline's name alone, then a line about that person, in any
    # tense ("Jane Doe", "Jane Doe was the Courier's editor-in-chief and ...").
    if prose:
        byline_text = " ".join(feats[k].text.lower() for k in range(body_start) if feats[k].n)
        for i in prose[-2:]:
            name = next_block(feats, i, -1)
            if name is not None and labels[i] is None and labels[name] is None and name not in keep:
                if author_box(feats[name], feats[i]) and feats[name].text.strip().lower() in byline_text:
                    for k in (name, i):
                        labels[k] = (
                            "byline",
                            "author box closing the article: the byline's name, then a line about them",
                        )
    bylined_bios(feats, labels, keep, body_start, body_end)
    # (A table's rows are no run of menu lines or headlines, after the article as inside it; a
    # data widget's table beside the article, sharing no word with it, is no table of the article.)
    widgets = widget_tables(feats, bar_tables - introduced, body_start, body_end, body_vocab)
    # (Nor are a fact box's "Label: value" lines in an HTML page's main text, the extractor having
    # taken the page around it away; on a saved page only the box heading the main text is kept.)
    boxed_lines = set() if page else {i for box in facts for i in box}
    menu_runs(
        blocks, feats, labels, intro | (tables - widgets) | boxed_lines, body_start, body_end, body_vocab, english
    )
    for k in widgets:
        if labels[k] is None:
            labels[k] = WIDGET_LABEL
    after_marker(feats, labels, markers, body_end)
    if page:
        page_outside(feats, labels, keep, body_start, body_end)
    # The article's own bulleted list (a changelog, a listicle's points) meeting its main text is
    # the article, whatever the run rules made of its short lines.
    # Only the judgements of short lines in runs are undone (headline lists, menus, what lies
    # outside the main text), not a gallery's slides or a player's controls.
    # A list meeting one that does is the article too: a changelog's "+ Added …" items straight
    # followed by its "* Changed …" items.
    lo, hi = body_start, body_end
    # (Not a list a related-stories header owns, numbered or not: "Most Viewed" over "1. …", "2. …"
    # is that box's, as the same lines without numbers are.)
    pending = [r for r in bulleted if not (gallery | player) & set(r) and not header_owns(labels, r)]
    # (So is a plain list of tracker entries it introduces with a header ending in ":", header
    # included: a release note's "Bugs fixed in 2.4:" over "tdf#1234 …" lines, issue #14 unseen21.
    # Not any plain list: "More topics:" over a page's tag links meets the article as well.)
    # So is a materials or ingredients list under its own header, "You will need (per lantern)"
    # over "2 tablespoons glue", "Packing tape", …, between a craft's introduction and its steps.)
    pending += [
        run
        for run in _consecutive(sorted(plain_lists - gallery - player), feats)
        if all(TRACKER_REF.match(feats[i].text) or feats[i].text.rstrip().endswith((":", "：")) for i in run)
        or NEEDS_HEADER.match(feats[run[0]].text)
    ]
    while True:
        meeting = [r for r in pending if r[0] <= hi + 1 and r[-1] >= lo - 1]
        if not meeting:
            break
        for run in meeting:
            pending.remove(run)
            lo, hi = min(lo, run[0]), max(hi, run[-1])
            for i in run:
                if (lab := labels[i]) is not None and lab[0] in RUN_KINDS:
                    labels[i] = None
    # So is one the article introduces after its last paragraph with a line ending in ":" ("Shop
    # the look here:"), that line included; lists after it do not meet the article through it.
    for run in pending:
        if run[0] > hi and introduced_after(feats, labels, first_labels, hi, run, prose):
            for i in [k for k in range(hi + 1, run[0]) if feats[k].n] + run:
                if (lab := labels[i]) is not None and lab[0] in RUN_KINDS:
                    labels[i] = None
            break
    # A list of offers straight under the article's last paragraph (a deals round-up's products
    # with their prices, under section headings) is the article's.
    for i in offer_list(feats, labels, first_labels, hi):
        if (lab := labels[i]) is not None and lab[0] in RUN_KINDS:
            labels[i] = None
    # So is a statistics report straight under it, one figure a line (a case count by region, a
    # ministry's figures the article reports; issue #14, unseen36 pagina12-1).
    for i in figure_report_under(feats, first_labels, hi, body_vocab):
        if (lab := labels[i]) is not None and lab[0] in RUN_KINDS:
            labels[i] = None
    # So is a spec sheet (a fact box) straight under it, a review's after its introduction.
    if page:
        for i in fact_box_under(feats, first_labels, facts, hi):
            if (lab := labels[i]) is not None and lab[0] in RUN_KINDS:
                labels[i] = None
    # An embedded post's words between the article's paragraphs are the article's quote (not its
    # signature: "— Jane Roe (@janeroe) April 15, 2019" stays what the rules made of it).
    for i in posts:
        if (
            body_start < i < body_end
            and not signs(blocks[i], feats[i])
            and (lab := labels[i]) is not None
            and lab[0] in RUN_KINDS
        ):
            labels[i] = None
    # So is a review's verdict box after it, its good and bad points under their headers.
    for i in verdict_boxes(feats, first_labels, hi):
        if (lab := labels[i]) is not None and lab[0] in RUN_KINDS:
            labels[i] = None
    archive_lists(feats, labels)
    staff_lists(feats, labels)
    footnotes(feats, labels)
    bare_bullets(feats, labels)
    byline_again(feats, labels)
    for i in live_text:
        labels[i] = None
    for i in live_furniture:
        labels[i] = _LIVE_FURNITURE
    # A live blog's key-events summary (lines linking to its entries) is furniture, not entries.
    for i in key_events_summary(lambda k: feats[k], n):
        labels[i] = KEY_EVENTS_LABEL
    if page:
        site_about_and_contact(feats, labels)
    # A sponsor box's lines last, once the article's span is found: its blurb reads as prose and
    # ran the article on over the short lines above it, as the page had them.
    sponsor_boxes(feats, labels)
    return labels, headline


# The fewest words of a sentence ending in ":" that introduces the main text under it.
_INTRO_WORDS = 6


def _introduces(f: Feat, label: tuple[str, str] | None, english: bool) -> bool:
    """Whether a line is a sentence introducing what follows it: of :data:`_INTRO_WORDS` words or
    more, closed by ":", no rule's label, and written as a sentence but for that mark (English's
    function words in it; on a page in another language not in title case: features.written_as_sentence)."""
    text = f.text.rstrip()
    if label is not None or f.n < _INTRO_WORDS or not text.endswith((":", "：")):
        return False
    return f.stop_density >= 0.15 if english else f.title_ratio < 0.6


def _headline_over_span(feats: list[Feat], is_prose: list[bool], start: int, end: int) -> int:
    """Where a saved page's main text starts when its run of prose (blocks ``start``..``end``)
    opens with the headline read as prose (a long headline with a "!" inside, no sentence end)
    straight over its date stamp or dated byline ("2025-03-14 09:12 By Jane Roe"), which is no
    prose: at the first prose block under that line. The headline is then sought above the text as
    on any page (else a line above it sharing a word or two with the text, the site's name, was
    taken for the headline). (A photo's caption over the text is over no date.)"""
    f = feats[start]
    under = next_block(feats, start, 1)
    if not (
        f.headline_like
        and not f.sentence_end
        and under is not None
        and under <= end
        and not is_prose[under]
        and is_stamp(feats[under].text)
    ):
        return start
    return next((k for k in range(under + 1, end + 1) if is_prose[k]), start)


def _split_stamp(feats: list[Feat], labels: list[tuple[str, str] | None], i: int) -> bool:
    """Whether line ``i``, a clock time alone, is the time of the date stamp straight over it: a
    line the stamp rule took that holds a day (:func:`dated`) and no clock time of its own."""
    up = next_block(feats, i, -1)
    return (
        up is not None
        and stamp_label(labels[up])
        and dated(feats[up])
        and _CLOCK_IN_LINE.search(feats[up].text) is None
    )


_CLOCK_IN_LINE = re.compile(r"\d[:.]\d\d(?!\d)|\d\s*[ap]\.?m\b", re.I)


def _consecutive(indices: list[int], feats: list[Feat]) -> list[list[int]]:
    """``indices`` (ascending) cut into runs of lines with no non-empty line between them."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and not any(feats[k].n for k in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def classify_page(blocks: list[Block]) -> tuple[list[tuple[str, str] | None], int | None]:
    """:func:`classify_blocks`' labels and the headline found above the main text, from one
    pass: what :func:`headline_block` takes as ``classified`` (an article read needs both)."""
    return classify_labels(blocks)


def _masthead_line(block: Block) -> bool:
    """Whether ``block`` is one line naming a site (``corpus.titles.site_name_line``)."""
    from waic_reader.index.corpus.titles import site_name_line

    return "\n" not in block.text.strip() and site_name_line(block.text) is not None


def headline_block(
    blocks: list[Block], classified: tuple[list[tuple[str, str] | None], int | None] | None = None
) -> tuple[int | None, set[int]]:
    """The index of the block that is the text's headline (or None), and the blocks judged noise.

    For an article: its first block when that is a title line no phrase rule calls boilerplate
    (the blocks judged noise given for the headline rules the caller tries next). For a saved page (many blocks): the first content block before the main prose that reads like
    a headline, as :func:`classify_blocks` keeps it. Used to derive titles, so a title is never a
    menu line or another story's teaser. ``classified``: :func:`classify_page` of ``blocks``,
    when already made (the blocks are not classified again).
    """
    if not blocks:
        return None, set()
    if not is_page(blocks):
        # An article's blocks judged noise: the headline found over its prose by the caller is
        # never one of them (a menu's last item, an item under "Top Stories").
        labels = classified[0] if classified is not None else classify_labels(blocks)[0]
        noise = {i for i, lab in enumerate(labels) if lab is not None}
        # The title line: the first block, or the one under a line that never is one (a wire's
        # slug, a breadcrumb's trail judged noise: "Home > News > Aviation" over the headline).
        at = next((i for i, b in enumerate(blocks[:3]) if b.kind == "title"), None)
        first = blocks[at] if at is not None else blocks[0]
        # A first line judged a menu's ("Zum Inhalt springen" over a menu) is no title either.
        if (
            at is not None
            and at not in noise
            # (The outlet's masthead line heading the text is no line of its own story: "OPINION |
            # The Coastal Ledger" over the date stamp over the headline, t13ap N12; nor is a genre's
            # kicker alone, "OPINION" over the headline, t13as N8.)
            and all(
                k in noise
                or not blocks[k].text.strip()
                or (k == 0 and (_masthead_line(blocks[k]) or genre_kicker(blocks[k].text)))
                for k in range(at)
            )
            and phrase_label(block_features(first)) is None
        ):
            return at, noise
        return live_headline(blocks, labels), noise
    labels, headline = classified if classified is not None else classify_labels(blocks)
    noise = {i for i, lab in enumerate(labels) if lab is not None}
    if headline is not None and headline not in noise:
        return headline, noise
    for i, b in enumerate(blocks):
        if i in noise:
            continue
        f = block_features(b)
        if b.kind == "title" or (f.headline_like and 4 <= f.n <= 30 and not is_stamp_line(f)):
            return i, noise
        if f.n >= 12:
            break  # prose came first: no headline line
    return None, noise
