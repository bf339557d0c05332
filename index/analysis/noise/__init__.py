"""Boilerplate (noise) detection: split an article's blocks into the article and the page around it.

Text copied from a web page carries more than the article: other stories' headlines, "Powered by"
lines, repeated bylines, tags, topic cards, share prompts, cookie and copyright notices, menus.
This module labels every block as content or noise, with a noise kind and a short reason.

There is no DOM in plain text, so the signals are the textual ones jusText, Boilerpipe and
trafilatura use: block length, sentence punctuation, stop-word density, title case, runs of
similar short lines, position relative to the article's main run of prose, vocabulary shared
with that prose, and known boilerplate phrases. Nothing here knows about particular files.

The detector is deliberately conservative: a false split hides a real paragraph from the reader,
which is worse than leaving a stray headline in. Long prose is never split off by a phrase rule,
and position rules only act outside the article's main run of prose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.main_text import (
    COMMENTS_PROSE_WORDS,
    PAGE_OUTSIDE_BLOCKS,
    best_span,
    close_at_marker,
    gain,
)
from waic_reader.index.analysis.media_player import player_blocks, time_display
from waic_reader.index.analysis.noise.block_rules import _CRUMB_SEP, _STAMP_BY, _is_stamp, _phrase
from waic_reader.index.analysis.noise.bylines import (
    _BIO,
    _BIO_CUE,
    _BIO_NOW,
    _BY_LEAD,
    _BYLINE_WORDS,
    _BYLINED_SCORE,
    _NAME_LINE,
    _author_box,
    _byline_again,
    _byline_under,
    _bylined,
    _bylined_bios,
    _bylines,
    _is_bio,
    _labelled_lines,
    _short_sentence,
)
from waic_reader.index.analysis.noise.comments import (
    _SECTION_WORD,
    _comment_bodies,
    _comment_boxes,
    _own_section,
    _section_headers,
)
from waic_reader.index.analysis.noise.credits import (
    _closing_credits,
    _credited_captions,
    _gallery,
    _over_credit,
    _repeated_credits,
)
from waic_reader.index.analysis.noise.features import (
    _CJK_SHARE,
    _HEAD_WINDOW,
    _HEADLINE_WORDS,
    _PAIRED,
    _STOP,
    _blank_before,
    _cjk_pairs,
    _Feat,
    _features,
    _figure_only,
    _fragment,
    _is_prose,
    _list_item,
    _next_block,
    _prefixes,
    _reads_english,
    _sentence,
    _shared,
    _snip,
    _stamp_label,
)
from waic_reader.index.analysis.noise.lists import (
    _FACT_LINE,
    _RUN_KINDS,
    _bare_bullets,
    _bulleted_runs,
    _clause_line_runs,
    _contents_list,
    _fact_box_over,
    _fact_boxes,
    _footnotes,
    _introduced_after,
    _introduced_lists,
    _introduced_plain_lists,
    _list_above,
    _offer_list,
    _steps,
)
from waic_reader.index.analysis.noise.live import _ENTRY_TIME, _entry_time, _entry_times, _last_entry, _live_headline
from waic_reader.index.analysis.noise.menus import (
    _IN_ARTICLE_KINDS,
    _article_goes_on,
    _consume_after_headers,
    _form_and_menu_words,
    _introducing,
    _runs,
    _short_lines,
    _site_name,
)
from waic_reader.index.analysis.noise.patterns import (
    _COMMENTS_HEADER,
    _COMMENTS_HEADER_WORDS,
    _HEADERS,
    _PHRASE_NEEDS,
    _PHRASES,
    _ignorecase_fold,
)
from waic_reader.index.analysis.noise.tables import _WIDGET_LABEL, _bar_tables, _introduced_tables, _widget_tables
from waic_reader.index.analysis.noise.teasers import _header_owns, _inline_cards, _stamped_cards, _teaser_cards
from waic_reader.index.corpus.blocks import Block, ends_like_sentence, words
from waic_reader.index.corpus.dates import is_stamp
from waic_reader.index.corpus.spans import SpanSet
from waic_reader.index.corpus.tokens import word_count

if TYPE_CHECKING:
    from waic_reader.index.analysis.overrides import Overrides
    from waic_reader.index.corpus.reader import Article


# Bump whenever the classification of any block can change: the search index re-indexes on it.
# 10: am/pm times in stamps, money is no stamp; 11: bulleted runs; 12: "X said 12" is no comment header;
# 13: sentence ends of other scripts (। ။ ។ ؟ …), Thai, Lao and Khmer measured by letters, words
# run on across combining marks, a bulleted list meeting the article's list is the article too;
# 14: a list under a header ends at a blank line, or at a headline over a stamp and prose;
# 15: an item's own stamp keeps a list of other stories going; 16: but not over prose under it;
# 17: runs of Chinese and Japanese lines written a clause a line are prose; 18: a table the
# article introduces with a sentence ending in ":" and resumes after is the article's; 19: a row
# written with bars holding figures or an empty cell is a table's, not a menu row; 20: "More X
# news" headers, "← Previous:" links; a related-stories header introduces no list of the article;
# 21: HTML text the extractor left out between the article's paragraphs, written as sentences;
# 22: a table of contents (its lines recur as section headings) neither extends nor splits the
# article; "Table of Contents", "Photo by X" and "On date by @handle" lines; 23: a saved page's
# headline: no fragment opening with a function word, shown again in a share row, "// By" bylines;
# 24: a series of four or more numbers is no date stamp; 25: a numbered entry heading over prose
# ends a "Related" box; 26: a run of Chinese or Japanese lines a third of which the page shows
# again is other stories' headlines, not an article written a clause a line; 27: a fact box
# ("Label: value" lines with figures) heading a page's main text is the article's, a two- or
# three-word headline straight over its byline, "published" and "updated" dates run together;
# 28: a list the article introduces after its last paragraph with a line ending in ":" is the
# article's; a player's time display ("00:38 / 01:22") alone is furniture that splits nothing;
# 29: a rubric over a date ("media Sept. 2, 2016") is no headline or deck; the page's second
# form of the headline straight over the text is kept with it; 30: a short sentence straight
# under the headline or a deck, or straight over a page's main text, is the article's; 31: a
# line the page shows three times or more is no section title of a table of contents; 32: the
# signature of a quote or an embedded post ("— Name (@handle) date") closing the article is its;
# 33: a phrase rule's header ending in ":" ("Related stories:") introduces no list of the article;
# 34: a comments header after under 100 words of prose (a share row's comment count) ends no article;
# an embedded post over its signature is the article's (text: after its end; HTML: left out after a
# main line), and WordPress's "tag-NAME" post classes hint no tag list (corpus/html.py); HTML: the
# main text straight under a comments header the extractor left out is the comments section, and
# the headline it left out over its byline (when it kept none) the article's; an author box (the
# byline's name alone, then a line about them in any tense) closing the article; "More: X" and
# "You might also like: X" teasers, "Advertisement - story continues below", inbox and opt-in
# prompts, "Disclosure Policy"; a two-column table written with bars ("Weight | 62.5 g") is a table,
# and no table's rows are a run of menu lines or headlines; three teaser cards or more in a row
# (headline, date, one-paragraph summary; one date on two cards) are other stories; captions by
# their credits: a bracketed "(Name/Outlet)" or "(Public domain)" closing them, one bracketed name
# under three pictures or more, "(Artist: X)", "Screenshot by X", "Photographer: X";
# 35: a table of three columns or more beside the article sharing no word with its prose is a
# site's data widget, judged as a run of lines again (a two-column "label | value" sheet stays);
# a list of offers (six lines or more naming prices, short headings between) straight under the
# article's last paragraph is the article's (a deals round-up); comments headers "[ 234 comments ]"
# and "Top Rated Comments", a comment's "Score: 97 Votes" line, "Related Forums: X" tag lists;
# "Around the Web" and "Sponsored by X" ad markers, a consent dialog's headings and toggles;
# most-read headers "アクセストップ10", "人気記事ランキング", "X ACCESS RANKING";
# 36: a line starting "By NAME" is a byline, never a breadcrumb, whatever separates its fields
# ("By Jane Roe / Halvik Post / 14 March 2025" was a menu row, and its date never read)
# 37: other stories' cards stamped "N minutes ago" and a featured comment ("Top Comment" … "Join In")
# between the article's paragraphs (neither splits it); a note about the byline's author anywhere
# in the text; a byline's field labels ("Author:", "Publish date:") and their values; a headline
# over a "Read article" link; a caption beside a credit alone on its line ("X/Getty Images", "©
# X / site", "X via AP"); "Get X in your inbox", "share this post with", "Subscribe on YouTube",
# "Special thanks to X", "This article appears in", a translation's credit, "Site Navigation",
# and German teasers and prompts ("Das könnte Sie auch interessieren: X", "Jetzt abonnieren")
# 38: on pages not in English (unseen11's thirteen languages): a Korean paragraph counts its spaced
# words whole (they were halved as Chinese characters, so Korean articles had no main text); a short
# sentence is a fragment of the main text, the article's closing line or its first line under the
# headline by its closing mark (the tests asked for English function words); a sentence straight
# over a photo credit is no first line; captions closing with the same bracketed credit field
# ("[Photo = …]") under three pictures are captions, whoever is credited; the standfirst under the
# first of a headline's two showings above the text (most of its words the article's) is content
# 39: (s12-n) a live blog's entry times over short entries are content, the first above the run of
# prose and those an HTML extractor left out included; a "By NAME" line outside a page's main text
# is a byline, never a teaser; a menu's run counts the links a phrase rule named ("Home"); a run
# of short lines headed "Key points" (or the like), or whose items the prose names, is the article's;
# a comment's time stamp in the comments section (text, or an HTML comments container) is comments;
# a caption ending in "Credit: X" after its sentence is a caption
# 40: (s12-f2) a line opening with a stamp's word and no date after it ("Updated ferry timetable
# published", "Posted workers return") is no date stamp (dates.is_date_label): such a headline
# is judged as a headline, not as a byline's stamp
# 41: (s12-r) a line with a slash is a bare photo credit only with a name or agency before the slash and
# names after it, no sentence ("open 24/7", "and/or", "km/h" stay the article's); a hyphen inside a
# word is no prompt's dash ("re-share this post with"); a note about the byline's author is one or
# two sentences of up to 40 words (60 with no paragraph between) by the byline or closing the body,
# not a story paragraph about them
# 42: a stamp's word then a month or a number followed by a headline's words is no date stamp
# (dates.is_date_label): "Updated March timetable for ferries" is judged as a headline
# 43: (s13-f) nor is a stamp's word then a day without a year or a time, then a headline's words
# (dates.is_stamp): "Updated May 5 schedule confuses travellers" is judged as a headline
# 44: (s13-g) an HTML page's main text tells its language (a German or Norwegian standfirst the
# extractor left out is rescued as a sentence); a standfirst straight under the headline without its
# full stop, of the body's words, is content; a line in a <nav>, or one the page shows twice
# outside its main text, is never rescued as a standfirst
# 45: (s13-g) a photo caption written as a sentence and closed by its credit on the same line ("…
# on Tuesday. Foto: Rescue Photo", "(Photo: Jane Roe / AP)", "(AP)", "… 홍길동 기자") is a caption,
# and the line over it may be the article's deck; related-stories headers in other languages
# ("Mehr zum Thema", "Noticia relacionada", "Czytaj więcej", "■関連記事") take their list, a box
# inside the article up to its next section heading over prose; up to three short first lines over
# a page's main text are the article's; a non-English standfirst the extractor left out names the
# body's words (word stems by their first letters, for inflected languages) and lies near the headline
# 46: (s13-g) other stories' cards between the article's paragraphs, a headline over a bare date stamp
# naming its year ("23. 12. 2024 13:31", "14 March 2025 09:30"), are teasers
# 47: (s13-g) "More Trending" and "Read more stories" head a list of other stories, "Up Next" (a
# video player's label) is navigation
# 48: (s13-g) a link's prompt closing a short line (", click here."), a bookmark's notice ("Story
# Saved"), a magazine's issue link, and a newsletter or subscription prompt inside a sentence ("… by
# signing up to our free weekly newsletter") are boilerplate
# 49: (s13-g2) a bracketed stage direction or a name closed by a full stop ("(Applause.)") is no
# photo credit, a bracketed name or a Korean reporter's name closing the article's last paragraph
# is its sign-off (no caption), and so is one on a paragraph longer than the prose on both sides
# 50: (s13-g2) a live blog's entries (a heading over its dated stamp over its text) are the
# article's, not other stories' cards: three or more in time order, or entries of one day whose
# text names their heading's words; the main text runs on over the last ones
# 51: (s13-g2) a sentence of reported speech ("…, the mayor said.") is no share, subscribe or
# newsletter prompt, whatever it names
# 52: (s13-g2) words matched by their first letters on a page not in English lose their accents
# at any length ("sezón" meets "sezóna"), folded as search folds them; a live blog entry's
# text and heading are matched so too; "is this English?" is lexicon.english_share's one test
# 53: (s13-f2) nor is a headline with a date among its words (dates.is_stamp): "Storm of March 3,
# 2019 remembered" is judged as a headline
# 54: (s13-f2) a byline with a time field after its date field ("By X | Outlet | 14 March 2025 |
# 10:00") is a date stamp (dates.is_stamp)
# 55: (s13-f2) a stamp line with a lower-case name ("djsteveb · March 10, 2017 at 3:19 AM", "—
# anna (@annapickard) June 7, 2016") and a labelled day with a page's clause after it ("Posted on
# March 3 in Transport") are date stamps; "By" and then a date ("BY MARCH 3, 2025 THE COUNCIL
# MUST DECIDE") is none (dates.is_stamp) (s13-f2's 49-51 taken again from 53 when merging main)
# 56: (s15-c) an all-numeric date line ("15/03/2025 09:30", "15. 3. 2025 9:30") is a date stamp
# (dates.is_stamp)
# 57: (s15-c) a date stamp in another language ("16. März 2025, 10:30 Uhr", "2025年3月16日 更新") is
# a date stamp (byline), as an English one is (dates.foreign_stamp)
# 58: (s15-e2) one dot before three digits after a count ("about 3.000 residents") groups
# thousands in any text (figures.py): a count of people or things is never fractional; a
# sentence about an event before the article's ("A 2019 fire ... injured four workers") gives no
# values to the fact sheet (facts.py)
# 59: (s15-h) WordPress's feed footer ("The post X appeared first on Y.") is an attribution line
# 60: (s16-n) asterisks or hashes leading words ("****** **** UAGC…") are no end-of-release mark;
# a bare "Discussion" over a paragraph and no comment furniture heads the article's own section;
# footnotes closed by "↩" are the article's; a blog post's own "author-NAME" class (with
# "hentry") puts the lines the extractor left out of it in no author box (corpus/html.py's hint);
# the main text's lines under a related-stories header the extractor left out, after the article's
# last paragraph, are that list's (_list_kept)
# 61: (s16-c) the fact sheet reads a count's clause verb ("12 schools were closed" is *schools
# closed*), an area's or a length's ("3,000 hectares had burned" is *area burned*), keeps the
# displaced apart from the evacuated, and groups a cost by what it is of ("the repair bill",
# "Repairs will cost": *repair cost*) (facts.py)
# 62: (s16-b) a date stamp in Polish, Russian or Czech ("16 marca 2025 r.", "Опубликовано 16 марта
# 2025", "16. března 2025"), or with a month form CLDR adds ("Jänner", "juill.", "setiembre"), is a
# date stamp (dates.foreign_stamp, date_languages' names from CLDR)
# 63: (s16-p3) a headerless teaser list (title, "date | section", …) after the article is noise
# whatever the article's last line is (_first_teaser, _quoted_sentence); a long sentence with a
# verb after a prompt's or credit's first word is prose (_cue_sentence); numbered items under a
# "Most Viewed" header are that list's (_header_owns); disclaimers are legal; a comment's text
# between its stamp and "Reply" is comments (_comment_bodies); a Markdown link line is read by its
# words; a menu's bare "Contact", a comment form's "Email", "Proudly powered by", "About us" and
# bylines with "·" between their fields get their kinds
# 64: (s16-p2) a table written with bars under a header row of no figure keeps its rows ("March |
# 3.4" was a date stamp: _headed_tables); a line naming the site with "© 2025" unended is a
# copyright notice
# 65: (s16-p1, issue #14) a menu run's last line straight over a byline and prose is the article's
# headline, no link (_over_byline_and_prose); blocks.py joins hard-wrapped text under a headline
# and around lists
# 66: (s16-z) a count of some of a casualty group named after "among" ("Two Japanese tourists
# were among the dead", "Among the injured were three children") is no value of the group's total
# (the toll): a fact of its own, "dead: Japanese tourists" (facts._among)
# 67: (s16-r) the fact sheet gives an article's repeats of a figure to the fact that already holds
# it ("has operated since 1987" said six times is one row, not six), and weighs each context word
# alike, so whether two mentions are one fact never depends on the corpus's other articles
# (facts.py)
# 68: (s17-b, issue #14) under a comments header, "Name · 2 hours ago" is a commenter's stamp and
# the lines under it the comment's (_comment_bodies); "Tweet" is a share button; the site's name
# on a page's first line over its menu is navigation (_site_name); "Follow @handle", a newsletter
# box's "Newsletter" and "Enter your email" are calls to action; a wire service's transmission
# slug ("AP-WS-03-14-25 2214EST") is attribution; a "Most popular" list's rank numbers are that
# list's, not date stamps (_consume_after_headers); an advert's cell of a layout table is
# advertisement (corpus/html.py)
# 69: (s17-a, issue #14) a run of short lines straight after the article's last paragraph,
# followed by its next sentence or closing the text under its sentence ending in ":", is the
# article's list or verse, not a menu or headlines (_article_goes_on; on a saved page _closing keeps
# it with the article's closing lines); title-case headlines of four words or more stay teasers;
# the page's own headline under a "Top Stories" list, straight over its article and naming its
# prose, is no item of it (_own_headline); a live blog entry's header under its time ("Key event",
# "Pinned post") and that time are the entry's (_entry_times); a text live blog's headline is the
# line over its controls (_live_headline)
# 70: (s17-c, issue #13 s16b N4, N9) the article's byline said again after its last paragraph is
# boilerplate (_byline_again); the fact sheet says "not compared" of a row whose values count
# different things (facts.Fact.status), and counts "11 people died" as people
ANALYSIS_VERSION = 70

NOISE_KINDS = (
    "headline-list",  # other stories' headlines, "Read more:" teasers and their headers
    "related-topics",  # "Go deeper" / "More on these topics" cards and their encyclopedia blurbs
    "attribution",  # "Powered by", "Source:", "Reporting by ...; Editing by ..."
    "byline",  # bare bylines, wire names, author/date stamps, author bios
    "tags",  # "Tags: a, b", "Filed under", hashtags
    "navigation",  # breadcrumbs, menus, "Skip to content", "Next article"
    "call-to-action",  # share, subscribe, follow, newsletter, comments prompts
    "legal",  # copyright, cookies, privacy and terms
    "advertisement",  # "Advertisement", "Sponsored", "Story continues below"
    "comments",  # comment sections: counts, "N thoughts on", "X says:", "Reply", the comments themselves
    "caption",  # photo captions and credits ("Photograph: .../Getty Images", "Credit: ...")
    "press-release",  # FOR IMMEDIATE RELEASE, "About <organisation>", media contacts, "###"
    "live-blog",  # live-blog controls: "Key events", "Show key events only"
    "outside-article",  # HTML: left out of the main text by the extractor, no other kind known
    "other",  # marked noise by the user with no detected kind
)


# ---------------------------------------------------------------------------------------------
# The split


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    kind: str
    text: str
    reason: str | None = None  # set for noise
    marked: bool = False  # decided by the user's override, not the detector

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "kind": self.kind, "text": self.text}
        if self.reason is not None:
            out["reason"] = self.reason
        if self.marked:
            out["marked"] = True
        return out


@dataclass
class NoiseSplit:
    content: list[Segment]
    noise: list[Segment]

    def noise_spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.noise]

    def is_noise(self, offset: int) -> bool:
        return SpanSet(self.noise_spans()).contains(offset)

    def content_text(self) -> str:
        """The clean article, one block per line as plain text copied from the web has it."""
        return "\n".join(s.text for s in self.content)

    def segments(self) -> list[Segment]:
        """Every block, content and noise, in text order."""
        return sorted(self.content + self.noise, key=lambda s: s.start)


def _owned_items(noise: Sequence[Segment], header: int) -> list[int]:
    """The list items of the related-stories header at ``noise[header]``: the noise blocks
    after it whose reason names it ("item of the list under “More on this story”", as
    :func:`_classify` words it)."""
    head = noise[header]
    if head.reason is None or not head.reason.startswith(_HEADERS):
        return []
    named = f" of the list under “{_snip(head.text, 30)}”"  # an item's or topic blurb's reason
    return [k for k in range(header + 1, len(noise)) if (noise[k].reason or "").endswith(named)]


def marked_together(noise: Sequence[Segment], run: Sequence[Segment]) -> list[Segment]:
    """The boilerplate blocks one mark of ``run`` (blocks of ``noise``, the split's boilerplate)
    moves back to the article: a related-stories list and its header go together (issue #13,
    s16b N9: marking "More on this story"'s items left the header alone in the boilerplate, a
    header of nothing). Marking all of a header's items takes the header; marking the header
    takes its items. Anything else is ``run`` itself."""
    at = {id(seg): k for k, seg in enumerate(noise)}
    picked = {at[id(seg)] for seg in run if id(seg) in at}
    if not picked:
        return list(run)
    extra: set[int] = set()
    for k in range(len(noise)):
        items = _owned_items(noise, k)
        if not items:
            continue
        if k in picked or set(items) <= picked:
            extra |= {k, *items}
    return [noise[k] for k in sorted(picked | extra)]


def classify_blocks(blocks: list[Block]) -> list[tuple[str, str] | None]:
    """For each block, ``(noise kind, reason)`` or ``None`` for content. Pure, linear in blocks."""
    return _classify(blocks)[0]


def _classify(blocks: list[Block], whole_page: bool = True) -> tuple[list[tuple[str, str] | None], int | None]:
    """The labels, and on a saved page the headline found above its main text.

    ``whole_page=False`` for an HTML page's main text: the extractor has already taken the page
    around it away, so many short lines outside its run of prose are its own lists, not a page.
    """
    n = len(blocks)
    feats = [_features(b) for b in blocks]
    labels: list[tuple[str, str] | None] = [_phrase(f) for f in feats]
    for i in _section_headers(labels, feats):
        labels[i] = None
    _form_and_menu_words(feats, labels)
    if whole_page:
        _site_name(feats, labels)
    first_labels = list(labels)  # the phrase rules' alone
    _labelled_lines(feats, labels)
    _repeated_credits(feats, labels)
    _credited_captions(feats, labels)
    _closing_credits(feats, labels)
    gallery = _gallery(feats, labels)
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
        if labels[i] is None and f.n <= 60 and _BIO.match(f.text) and _BIO_CUE.search(f.text):
            labels[i] = ("byline", "author bio at the end of the page")
    # A page title may itself read like a teaser ("Watch: ...") or a topic; it is still the title.
    if n and blocks[0].kind == "title" and labels[0] and labels[0][0] in ("headline-list", "related-topics", "tags"):
        labels[0] = None
    _consume_after_headers(blocks, feats, labels)
    _teaser_cards(feats, labels)
    # Boxes set between the article's paragraphs: like a gallery, they do not split the article.
    boxes = _stamped_cards(feats, labels) | _comment_boxes(feats, labels)
    _comment_bodies(feats, labels)

    english = _reads_english(feats)
    is_prose = [labels[i] is None and _is_prose(feats[i], english) for i in range(n)]
    for i in _clause_line_runs(feats, labels):
        is_prose[i] = True
    # Items of a list the text introduces ("as follows:") and chart or table figures ("$915",
    # "’17") are neither prose nor page furniture: they neither extend nor split the article.
    bulleted = _bulleted_runs(blocks, feats, first_labels)
    introduced = _introduced_tables(feats, labels, is_prose)
    bar_tables = _bar_tables(feats, labels)
    tables = introduced | bar_tables
    listed = (
        _introduced_lists(blocks) | _introduced_plain_lists(feats, labels) | {i for r in bulleted for i in r} | tables
    )
    steps = _steps(feats, labels)
    contents = _contents_list(feats, labels, is_prose)
    facts = _fact_boxes(feats, labels, is_prose)
    listed |= {i for box in facts for i in box}
    span = best_span(
        [
            gain(
                is_prose[i],
                _fragment(f, english)
                or i in listed
                or _figure_only(f)
                or i in steps
                or i in gallery
                or i in player
                or i in boxes
                or i in contents,
                f.n,
            )
            for i, f in enumerate(feats)
        ]
    )
    if span is None:
        # No article prose to stand against: only the phrase rules are safe, a live blog's entry
        # times over its short entries aside.
        stamps = [i for i, lab in enumerate(labels) if lab and _entry_time(feats[i], lab)]
        for i in _entry_times(stamps, feats.__getitem__, n, lambda j: labels[j] is None):
            labels[i] = None
        return labels, None
    # End markers, each with the words of prose it needs before it (a comment count in a share
    # row under the headline is no comments section).
    ends = [
        (i, COMMENTS_PROSE_WORDS if lab[0] == "comments" else 0)
        for i, lab in enumerate(labels)
        if lab and (lab[1].startswith(_COMMENTS_HEADER) or lab[0] == "press-release") and i not in tables
    ]
    markers = [i for i, _ in ends]
    cut = close_at_marker(span, is_prose, ends, [f.n for f in feats])
    closed = cut is not None
    span = cut or span
    titled = blocks[0].kind == "title"
    # A table of contents is the page's navigation within the article: it counts towards a page.
    outside = sum(1 for i, f in enumerate(feats) if f.n and (not span[0] <= i <= span[1] or i in contents))
    page = whole_page and outside - titled >= PAGE_OUTSIDE_BLOCKS
    if page:
        body_start, body_end = span
        body_start = _list_above(feats, labels, body_start, listed | steps)
        body_end = _last_entry(blocks, feats, labels, is_prose, body_start, body_end)
    else:
        prose_all = [i for i in range(n) if is_prose[i] and not (closed and i > span[1])]
        body_start, body_end = prose_all[0], prose_all[-1]
    prose = [i for i in range(body_start, body_end + 1) if is_prose[i]]
    body_vocab: set[str] = set()
    for i in prose:
        body_vocab.update(feats[i].vocab)
    # A short line right before prose is that prose's section heading ("What Happened?").
    intro = {i - 1 for i in prose if i > 0}
    if page:
        body_pairs = {p for i in prose if _PAIRED.search(feats[i].text) for p in _cjk_pairs(feats[i].text)}
        # A fact box heading the main text lies under the headline: the headline is sought above it.
        boxed = _fact_box_over(feats, facts, body_start)
        head_end = min(boxed, default=body_start)
        keep, headline = _page_head(feats, labels, head_end, titled, body_vocab, body_pairs, english)
        keep |= boxed
        for k in boxed:
            labels[k] = None
        # Between the box and the main text: a note in sentences ("[Note: our review was …]") stays.
        keep.update(
            k for k in range(max(boxed, default=body_start) + 1, body_start) if _sentence(feats[k], labels[k], english)
        )
        # A short sentence straight under the headline or a deck ("We have answers.") or straight
        # over the main text ("Barely a shot was fired.", the article's first line) is the article's.
        edges = [_next_block(feats, body_start, -1), *(_next_block(feats, k, 1) for k in keep if k < body_start)]
        # (Not one straight over a photo credit: that is the photo's caption.)
        keep.update(
            k
            for k in edges
            if k is not None
            and k < body_start
            and _short_sentence(feats[k], labels[k], english)
            and not _over_credit(feats, labels, k)
        )
        # The article's first lines may be several short sentences, one a line ("18-year-old Hanna
        # went missing on Tuesday." over "Police have now opened an inquiry."): the line over a kept
        # one straight over the main text is judged the same way, up to three lines up.
        up = _next_block(feats, body_start, -1)
        for _ in range(_FIRST_LINES):
            if up is None or up not in keep:
                break
            up = _next_block(feats, up, -1)
            if (
                up is not None
                and up not in keep
                and _short_sentence(feats[up], labels[up], english)
                and not _over_credit(feats, labels, up)
            ):
                keep.add(up)
    else:
        keep, headline = set(), None
    keep |= contents
    intro |= keep

    # A live blog's entry times ("10.41 GMT") between its paragraphs are the story's own headers,
    # and so is the first of them over a short entry, above where the run of prose starts.
    stamps = [i for i, lab in enumerate(labels) if lab and _entry_time(feats[i], lab)]
    entries = _entry_times(stamps, feats.__getitem__, n, lambda j: labels[j] is None and j <= body_end)
    for i in range(max(0, body_start - 1), body_end + 1):
        if (lab := labels[i]) and lab[1].startswith("date, time") and _ENTRY_TIME.match(feats[i].text):
            labels[i] = None
    for i in entries:
        labels[i] = None
    keep.update(entries)
    intro.update(entries)
    if page:
        closing = _closing(blocks, feats, labels, body_end, english)
        keep |= closing
        intro |= closing
    _bylines(blocks, feats, labels, body_start, body_end, keep)
    _inline_cards(blocks, feats, labels, is_prose, body_start, body_end)
    # An author bio closing the article's prose ("Jane Doe is a reporter covering ..."): in the
    # present tense, with a beat or short; "X was a columnist who covered ..." is the story's own.
    for i in prose[-2:]:
        if labels[i] is None and feats[i].n <= 60 and _BIO_NOW.match(feats[i].text) and _is_bio(feats[i]):
            labels[i] = ("byline", "author bio closing the article")
    # An author box closing it: the byline's name alone, then a line about that person, in any
    # tense ("Jane Doe", "Jane Doe was the Courier's editor-in-chief and ...").
    if prose:
        byline_text = " ".join(feats[k].text.lower() for k in range(body_start) if feats[k].n)
        for i in prose[-2:]:
            name = _next_block(feats, i, -1)
            if name is not None and labels[i] is None and labels[name] is None and name not in keep:
                if _author_box(feats[name], feats[i]) and feats[name].text.strip().lower() in byline_text:
                    for k in (name, i):
                        labels[k] = (
                            "byline",
                            "author box closing the article: the byline's name, then a line about them",
                        )
    _bylined_bios(feats, labels, keep, body_start, body_end)
    # (A table's rows are no run of menu lines or headlines, after the article as inside it; a
    # data widget's table beside the article, sharing no word with it, is no table of the article.)
    widgets = _widget_tables(feats, bar_tables - introduced, body_start, body_end, body_vocab)
    _runs(blocks, feats, labels, intro | (tables - widgets), body_start, body_end, body_vocab)
    for k in widgets:
        if labels[k] is None:
            labels[k] = _WIDGET_LABEL
    _after_marker(feats, labels, markers, body_end)
    if page:
        _page_outside(feats, labels, keep, body_start, body_end)
    # The article's own bulleted list (a changelog, a listicle's points) meeting its main text is
    # the article, whatever the run rules made of its short lines.
    # Only the judgements of short lines in runs are undone (headline lists, menus, what lies
    # outside the main text), not a gallery's slides or a player's controls.
    # A list meeting one that does is the article too: a changelog's "+ Added …" items straight
    # followed by its "* Changed …" items.
    lo, hi = body_start, body_end
    # (Not a list a related-stories header owns, numbered or not: "Most Viewed" over "1. …", "2. …"
    # is that box's, as the same lines without numbers are.)
    pending = [r for r in bulleted if not (gallery | player) & set(r) and not _header_owns(labels, r)]
    while True:
        meeting = [r for r in pending if r[0] <= hi + 1 and r[-1] >= lo - 1]
        if not meeting:
            break
        for run in meeting:
            pending.remove(run)
            lo, hi = min(lo, run[0]), max(hi, run[-1])
            for i in run:
                if (lab := labels[i]) is not None and lab[0] in _RUN_KINDS:
                    labels[i] = None
    # So is one the article introduces after its last paragraph with a line ending in ":" ("Shop
    # the look here:"), that line included; lists after it do not meet the article through it.
    for run in pending:
        if run[0] > hi and _introduced_after(feats, labels, first_labels, hi, run[0]):
            for i in [k for k in range(hi + 1, run[0]) if feats[k].n] + run:
                if (lab := labels[i]) is not None and lab[0] in _RUN_KINDS:
                    labels[i] = None
            break
    # A list of offers straight under the article's last paragraph (a deals round-up's products
    # with their prices, under section headings) is the article's.
    for i in _offer_list(feats, labels, first_labels, hi):
        if (lab := labels[i]) is not None and lab[0] in _RUN_KINDS:
            labels[i] = None
    _footnotes(feats, labels)
    _bare_bullets(feats, labels)
    _byline_again(feats, labels)
    return labels, headline


# The most short sentences over the main text kept one a line as its first lines.
_FIRST_LINES = 3


def _page_head(
    feats: list[_Feat],
    labels: list[tuple[str, str] | None],
    body_start: int,
    titled: bool,
    body_vocab: set[str],
    body_pairs: set[str],
    english: bool = True,
) -> tuple[set[int], int | None]:
    """The headline and standfirst above a page's main text: the blocks before it that stay content.

    Candidates are headline-like lines (4 to 30 words, no phrase rule) within :data:`_HEAD_WINDOW`
    blocks above the body that share words with it (at least two, and 30% of their own). Each
    shared word scores one, and a line shown twice above the body (the page's title repeated over
    its article) two more; the highest wins, the nearest on a tie. A candidate up to three blocks
    above the winner is the headline over its deck or standfirst (which shares more words, being
    longer), and takes its place. A line over a byline or date stamp (within three blocks) is a
    candidate even when it shares fewer words, or was taken for an item of a list above it, and
    scores :data:`_BYLINED_SCORE` more. In Chinese and Japanese, pairs of characters stand in for
    words (``body_pairs``: those of the body's prose), :data:`_CJK_SHARE` of them shared. Below the headline, sharing candidates each within three
    blocks of the last (its decks) and sentences (its standfirst) are content too.
    """
    keep: set[int] = {0} if titled and labels[0] is None and body_start <= 3 else set()
    top = max(0, body_start - _HEAD_WINDOW)
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
        if not (f.headline_like and _HEADLINE_WORDS <= f.n <= 30) and not _short_headline(
            feats, k, body_start, body_vocab
        ):
            continue
        if _is_stamp(f) or _BY_LEAD.match(f.text) or is_stamp(f.text):
            continue  # (a rubric over a date, "media Sept. 2, 2016", is a stamp: no headline)
        if f.words[0].islower() and f.words[0] in _STOP:
            continue  # a fragment ("in Featured Article WebAPI", "on March 10 by …"), not a headline
        if len(_CRUMB_SEP.split(f.text.strip())) >= 3:
            continue  # a menu row ("首页|新闻|图片|…") shares its section names with the body
        if _NAME_LINE.match(f.text):
            continue  # the byline's own name line ("Jane Doe, The Courier") over its date
        if body_pairs and _PAIRED.search(f.text):
            # Chinese, Japanese, Thai, Burmese… have no spaces to find words by: pairs of
            # characters stand in.
            pairs = _cjk_pairs(f.text)
            shared[k], share = sum(1 for p in pairs if p in body_pairs), _CJK_SHARE * len(pairs)
        else:
            shared[k], share = sum(1 for w in f.vocab if w in body_vocab), 0.3 * len(f.vocab)
        if shared[k] >= 2 and shared[k] >= share and labels[k] is None and f.n >= _HEADLINE_WORDS:
            sharing.add(k)
    scores: dict[int, int] = {}
    over_byline: set[int] = set()
    for k, n_shared in shared.items():
        # A date stamp straight over a sharing line is that line's (the real headline under its
        # date), not the byline of a teaser above it.
        by = _byline_under(feats, k, body_start)
        # (...unless that line is this one shown again: "Share The 21 best movies of 2017".)
        bylined = by is not None and not any(
            by < j <= by + 2 and not feats[j].text.strip().lower().endswith(feats[k].text.strip().lower())
            for j in sharing
        )
        # A headline over its byline may have been taken for an item of a list above it.
        if labels[k] is not None and not (bylined and _list_item(labels[k])):
            continue
        if k not in sharing and not bylined:
            continue
        if bylined:
            over_byline.add(k)
        scores[k] = n_shared + (2 if repeated(k) else 0) + (_BYLINED_SCORE if bylined else 0)
    if not scores:
        return keep, None
    # A line over a byline that shares a word with the body is the headline before any line that
    # only shares words ("New To You shows you everything posted since your last visit ...").
    best = max(scores, key=lambda k: (k in over_byline and scores[k] > _BYLINED_SCORE, scores[k], k))
    while (above := next((k for k in range(best - 1, best - 4, -1) if k in sharing), None)) is not None:
        best = above
    keep.add(best)
    if titled and labels[0] is None and feats[best].text.strip().lower() in feats[0].text.lower():
        keep.add(0)  # the page's title line, the headline with the site's name: content too
    # The headline shown twice, first over its standfirst, then again nearer the text (in a
    # player or share box): the standfirst's sentences under the first showing are content. A
    # standfirst tells the story in brief: most of its words are the article's (a prompt between
    # the two showings, "To save this article, sign in", is not).
    text = feats[best].text.strip().lower()
    first = next((k for k in range(top, best) if feats[k].text.strip().lower() == text), None)
    if first is not None:
        lead = [
            j
            for j in range(first + 1, best)
            if _sentence(feats[j], labels[j], english)
            and sum(1 for w in feats[j].vocab if w in body_vocab) >= _LEAD_SHARE * len(feats[j].vocab)
        ]
        if lead:
            keep.update([first, *lead])
    last = best
    for j in range(best + 1, body_start):
        g = feats[j]
        if j in sharing and j - last <= 3:
            keep.add(j)
            last = j
        elif _sentence(g, labels[j]):
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
        if labels[k] is not None and _list_item(labels[k]):
            labels[k] = None
    return keep, best


# The share of a standfirst's words (over the headline's second showing) the body holds.
_LEAD_SHARE = 0.5
_SECOND_FORM_SHARE = 0.6
_SHORT_HEADLINE_WORDS = 2


def _short_headline(feats: list[_Feat], k: int, body_start: int, body_vocab: set[str]) -> bool:
    """A headline of two or three words ("2021-2022 Line Outline"): straight over a byline or date
    stamp, shown once, and every word of it (two or more) found in the body."""
    f = feats[k]
    if not (f.headline_like and _SHORT_HEADLINE_WORDS <= f.n < _HEADLINE_WORDS):
        return False
    under = next((j for j in range(k + 1, body_start) if feats[j].n), None)
    if under is None or _byline_under(feats, under - 1, body_start) != under:
        return False
    text = f.text.strip().lower()
    if any(feats[j].text.strip().lower() == text for j in range(max(0, k - _HEAD_WINDOW), body_start) if j != k):
        return False
    return len(f.vocab) >= 2 and all(w in body_vocab for w in f.vocab if not any(ch.isdigit() for ch in w))


# A headline shown again after up to this many words of a share row ("Share", "Share on X").
_REPEAT_LEAD_WORDS = 3


def _after_marker(feats: list[_Feat], labels: list[tuple[str, str] | None], markers: list[int], body_end: int) -> None:
    """After the article, a comments header or press-release furniture owns the rest of the page."""
    first = next((m for m in markers if m > body_end), None)
    if first is None:
        return
    kind = lab[0] if (lab := labels[first]) else "comments"
    what = "comments section" if kind == "comments" else "press-release furniture"
    for k in range(first + 1, len(feats)):
        # (A comment's own time stamp, "March 16, 2025 at 10:12 pm", is the comment's.)
        if feats[k].n and (labels[k] is None or (kind == "comments" and _stamp_label(labels[k]))):
            labels[k] = (kind, f"in the {what} after the article (from “{_snip(feats[first].text, 30)}”)")


# A quote's or an embedded post's signature line: a dash, then who (and when).
_SIGNATURE = re.compile(r"^\s*[—―–]\s*[^\W\d_]")
_SIGNATURE_WORDS = 16


# The most words of an embedded post (a tweet, a short social post) over its signature.
_POST_WORDS = 60


def _signs(block: Block, f: _Feat) -> bool:
    """Whether a block is the signature of a quote or an embedded post ("— Jane Roe (@janeroe)
    April 15, 2019"). (The features drop a leading dash as a list marker: the block's text has it.)"""
    return 0 < f.n <= _SIGNATURE_WORDS and _SIGNATURE.match(block.text) is not None


def _closing(
    blocks: list[Block], feats: list[_Feat], labels: list[tuple[str, str] | None], body_end: int, english: bool = True
) -> set[int]:
    """The lines straight after a saved page's main text that close the article: short sentences
    (a closing line), the signature of a quote or an embedded post that ends it ("— Jane Roe
    (@janeroe) April 15, 2019"), and that post's words over its signature (up to
    :data:`_POST_WORDS`; a post need not read as a sentence, "JUST IN: … pic.twitter.com/…"), and
    a list or verse of the article's among them (:func:`_article_goes_on`).
    Found before runs of short lines are judged: a post and its signature are no teasers."""
    out: set[int] = set()
    k = body_end + 1
    while k < len(feats) and labels[k] is None:
        f = feats[k]
        if f.n == 0:
            k += 1
            continue
        if _signs(blocks[k], f):
            out.add(k)
            break  # a signature ends what it signs
        sign = _next_block(feats, k, 1)
        if f.n <= _POST_WORDS and sign is not None and labels[sign] is None and _signs(blocks[sign], feats[sign]):
            out.update((k, sign))
            break
        if not _short_sentence(f, None, english):
            # The article's list or verse closing it (:func:`_article_goes_on`): short lines under
            # its sentence ending in ":", or followed by its next sentence.
            run = _short_lines(feats, labels, k + 1 if _introducing(f) else k)
            if len(run) < 2 or not _article_goes_on(feats, labels, run, k - 1):
                break
            out.update(i for i in range(k, run[-1] + 1) if feats[i].n)
            k = run[-1] + 1
            continue
        out.add(k)
        k += 1
    return out


def _page_outside(
    feats: list[_Feat],
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
        if _is_bio(f):
            labels[i] = ("byline", f"author bio {where}")
        elif _BY_LEAD.match(f.text) and f.n <= _BYLINE_WORDS and not f.sentence_end:
            labels[i] = ("byline", f"byline {where}")  # never a teaser: its date is the article's
        elif f.n <= 4 and not f.sentence_end:
            labels[i] = ("navigation", f"menu or page {'header' if i < body_start else 'footer'} line {where}")
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


def classify_page(blocks: list[Block]) -> tuple[list[tuple[str, str] | None], int | None]:
    """:func:`classify_blocks`' labels and the headline found above the main text, from one
    pass: what :func:`headline_block` takes as ``classified`` (an article read needs both)."""
    return _classify(blocks)


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
        labels = classified[0] if classified is not None else _classify(blocks)[0]
        noise = {i for i, lab in enumerate(labels) if lab is not None}
        first = blocks[0]
        if first.kind == "title" and _phrase(_features(first)) is None:
            return 0, noise
        return _live_headline(blocks, labels), noise
    labels, headline = classified if classified is not None else _classify(blocks)
    noise = {i for i, lab in enumerate(labels) if lab is not None}
    if headline is not None and headline not in noise:
        return headline, noise
    for i, b in enumerate(blocks):
        if i in noise:
            continue
        f = _features(b)
        if b.kind == "title" or (f.headline_like and 4 <= f.n <= 30 and not _is_stamp(f)):
            return i, noise
        if f.n >= 12:
            break  # prose came first: no headline line
    return None, noise


class _Memo:
    """Each block's features and phrase rule, made once for the passes over an HTML page's
    left-out lines (several look at the same lines)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self._feats: dict[int, _Feat] = {}
        self._phrases: dict[int, tuple[str, str] | None] = {}

    def feat(self, i: int) -> _Feat:
        got = self._feats.get(i)
        if got is None:
            got = self._feats[i] = _features(self.blocks[i])
        return got

    def phrase(self, i: int) -> tuple[str, str] | None:
        if i not in self._phrases:
            self._phrases[i] = _phrase(self.feat(i))
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
    for i, lab in zip(main, _classify([blocks[i] for i in main], whole_page=False)[0]):
        labels[i] = lab
    first_main = next((i for i in main if blocks[i].kind != "title"), len(blocks))
    titles = [i for i in range(first_main) if blocks[i].kind == "title"]
    body_vocab: set[str] = set()
    body_feats = [_features(blocks[i]) for i in main if blocks[i].kind != "title"]
    for f in body_feats:
        body_vocab.update(f.vocab)
    # English or not by the main text's function words, as :func:`_classify` tells a page's
    # language: a German or Norwegian standfirst the extractor left out holds none of English's.
    english = _reads_english(body_feats)
    listed = _introduced_lists_left_out(blocks, discarded) | _text_left_out(blocks, discarded)
    memo = _Memo(blocks)
    listed |= _posts_left_out(blocks, discarded, memo)
    if not titles:
        listed |= _headline_left_out(discarded, first_main, body_vocab, memo)
    _comments_kept(blocks, discarded, main, labels, english, memo)
    _list_kept(blocks, discarded, main, labels, english, memo)
    # An author box after the article: the extractor left out the author's name (in an "author"
    # container) and kept the line about them under it.
    byline_text = " ".join(blocks[k].text.lower() for k in range(first_main))
    lines = [k for k in range(len(blocks)) if blocks[k].text.strip()]
    for name, i in zip(lines, lines[1:]):
        if name in discarded and i not in discarded and labels[i] is None and i > first_main:
            named = discarded[name][0] == "byline" or blocks[name].text.strip().lower() in byline_text
            if named and _author_box(memo.feat(name), memo.feat(i)):
                labels[i] = ("byline", "author box after the article: a line about the author named above it")
    # A live blog's entry times, each over an entry the extractor kept, are the story's: those it
    # left out and those it kept (one page's entries may go either way).
    stamps = [
        i
        for i in range(len(blocks))
        if (lab := memo.phrase(i) if i in discarded else labels[i]) and _entry_time(memo.feat(i), lab)
    ]
    entries = set(_entry_times(stamps, memo.feat, len(blocks), lambda j: j not in discarded and labels[j] is None))
    for i in entries:
        labels[i] = None
    # Texts the page shows more than once outside its main text (a summary box drawn for both the
    # menu and the header): a standfirst is written once.
    seen: dict[str, int] = {}
    for i in discarded:
        if key := " ".join(blocks[i].text.split()).lower():
            seen[key] = seen.get(key, 0) + 1
    repeated = {i for i in discarded if seen.get(" ".join(blocks[i].text.split()).lower(), 0) > 1}
    prefixes = _prefixes(body_vocab, english)
    for i, (hint, where) in discarded.items():
        f = memo.feat(i)
        phrase = memo.phrase(i)
        if i in entries:
            continue
        if phrase is None and i in listed:
            continue  # the list the main text introduces ("as follows:"), which the extractor missed
        if phrase is None and _rescued(
            blocks, discarded, i, f, hint, titles, first_main, english, body_vocab, repeated, prefixes
        ):
            continue  # a standfirst or section heading the extractor missed: content
        if phrase is not None and hint == "comments" and _stamp_label(phrase):
            labels[i] = ("comments", f"a comment's {phrase[1]}, in the comments ({where})")
        elif phrase is not None:
            labels[i] = (phrase[0], f"{phrase[1]}, outside the main text")
        else:
            labels[i] = (hint or "outside-article", f"left out of the main text by the HTML extractor (in {where})")
    _items_under_header(blocks, discarded, labels)
    return labels


def _items_under_header(
    blocks: list[Block], discarded: dict[int, tuple[str | None, str]], labels: list[tuple[str, str] | None]
) -> None:
    """The lines the extractor left out right under a related-stories header it left out ("Trending",
    "Recent Posts"), in no part of the page naming a kind: that list's items, of its kind, not
    "outside-article" (s16 t14 item 15: the header and its items were told as two things). The
    list ends at the first line that is not such a line, or longer than an item."""
    header = False
    items = 0
    for i, block in enumerate(blocks):
        if not block.text.strip():
            continue
        lab = labels[i]
        if i in discarded and lab is not None and lab[0] == "headline-list" and lab[1].startswith(_HEADERS[0]):
            header, items = True, 0
            continue
        if (
            header
            and i in discarded
            and lab is not None
            and lab[0] == "outside-article"
            and discarded[i][0] is None
            and len(block.text.split()) <= _LEFT_OUT_ITEM_WORDS
            and items < _LEFT_OUT_LIST_ITEMS
        ):
            labels[i] = ("headline-list", "an item of the list under a related-stories header, outside the main text")
            items += 1
            continue
        header = False


# The most words an item of a list the extractor left out may have, and the most items: a list,
# not a section or the rest of the page.
_LEFT_OUT_ITEM_WORDS = 40
_LEFT_OUT_LIST_ITEMS = 25


def _introduced_lists_left_out(blocks: list[Block], discarded: dict[int, tuple[str | None, str]]) -> set[int]:
    """Runs of left-out blocks that the main text introduces with a line ending in ":" and resumes
    after: the article's own list (rankings, steps, names), left out by the extractor. A run with
    page furniture in it (a phrase rule's line) is not one."""
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
            and _phrase(_features(blocks[i - 1])) is None  # not "More games news:", a list of other stories
            and 0 < len(run) <= _LEFT_OUT_LIST_ITEMS
            and all(word_count(blocks[k].text) <= _LEFT_OUT_ITEM_WORDS for k in run)
            and not any(_phrase(_features(blocks[k])) for k in run)
        ):
            out.update(run)
        i = j
    return out


def _text_left_out(blocks: list[Block], discarded: dict[int, tuple[str | None, str]]) -> set[int]:
    """Runs of left-out blocks with the main text on both sides that read as the article's own
    text: every line a sentence, a fragment of one ("I've heard it before; and"), a short
    line ending in ":" ("Various people wrote:") or the signature of a quote or an embedded post
    ("— Jane Roe (@janeroe) April 15, 2019", under the post's words), at least one more than a title's few words
    (:func:`_running`), none in a part of the page that names its kind and none a phrase rule's. The extractor leaves out a quoted passage, an answer under an FAQ
    heading or a closing note between the article's paragraphs; page furniture inside an
    article (a caption, an advert, a teaser) is not written in sentences, or is named. A named
    caption, share box or advert next to the run (up to :data:`_IN_ARTICLE_FURNITURE` of them)
    stands between it and the main text without breaking it."""
    out: set[int] = set()
    n = len(blocks)

    def tight(k: int) -> str:
        return "".join(blocks[k].text.split()).lower()

    def free(k: int) -> bool:
        return k in discarded and discarded[k][0] is None

    def main_beside(k: int, step: int) -> bool:
        furniture = 0
        while 0 <= k < n and (not blocks[k].text.strip() or discarded.get(k, (None, ""))[0] in _IN_ARTICLE_KINDS):
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
            and all(tight(k) not in shown and (_texty(f := _features(blocks[k])) or _signs(blocks[k], f)) for k in run)
            and any(_running(_features(blocks[k])) for k in run)  # not a lone title ("Hear what happened …")
        ):
            out.update(run)
        i = j
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
    section, as after such a header in a saved page's text (:func:`_after_marker`)."""
    prose: list[int] | None = None
    for h in sorted(discarded):
        if len(blocks[h].text.split()) > 2 * _COMMENTS_HEADER_WORDS:  # (a cheap bound: no header)
            continue
        lab = memo.phrase(h)
        if lab is None or not lab[1].startswith(_COMMENTS_HEADER):
            continue
        if prose is None:
            prose = [i for i in main if blocks[i].kind != "title" and _is_prose(memo.feat(i), english)]
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
        if _SECTION_WORD.match(blocks[h].text) and _own_section(range(k, len(blocks)), memo.feat, memo.phrase, english):
            continue  # (the article's own "Discussion" section, its heading left out)
        header = _snip(blocks[h].text, 30)
        for i in main:
            if i > h and blocks[i].text.strip():
                labels[i] = (
                    "comments",
                    f"in the comments section after the article (from “{header}”), taken for main text",
                )
        return


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
        i for i in main if labels[i] is None and blocks[i].kind == "paragraph" and _is_prose(memo.feat(i), english)
    ]
    if len(prose) < 2 or sum(memo.feat(i).n for i in prose) < COMMENTS_PROSE_WORDS:
        return
    for h in sorted(discarded):
        if h < prose[-1] or len(blocks[h].text.split()) > 2 * _COMMENTS_HEADER_WORDS:  # (a cheap bound)
            continue
        lab = memo.phrase(h)
        if lab is None or lab[0] != "headline-list" or not lab[1].startswith(_HEADERS):
            continue
        under = [i for i in main if i > h and blocks[i].text.strip()]
        if len(under) < _KEPT_LIST_LINES:
            return
        header = _snip(blocks[h].text, 30)
        for i in under:
            if labels[i] is None:
                labels[i] = ("headline-list", f"in the list under “{header}” after the article, taken for main text")
        return


def _headline_left_out(
    discarded: dict[int, tuple[str | None, str]], first_main: int, body_vocab: set[str], memo: _Memo
) -> set[int]:
    """The headline the extractor left out, when it kept none: the nearest line above the main
    text, within :data:`_HEAD_WINDOW` blocks, that reads like a headline (4 to 30 words, no stamp),
    shares two words and 30% of its own with the body (as :func:`_page_head` asks in text), sits
    in no part of the page named other than a header or menu (a page's ``<header>`` holds its
    headline) and has a byline or date stamp straight under it ("By Jane Roe, March 14, 2025"):
    a news page's headline over its byline. Other stories' teasers above the article rarely
    share a third of their words with it."""
    for k in range(first_main - 1, max(-1, first_main - _HEAD_WINDOW - 1), -1):
        if k not in discarded or discarded[k][0] not in (None, "navigation"):
            continue
        f = memo.feat(k)
        if not (f.n and f.headline_like and _HEADLINE_WORDS <= f.n <= 30) or _is_stamp(f) or memo.phrase(k):
            continue
        shared = sum(1 for w in f.vocab if w in body_vocab)
        if shared < 2 or shared < 0.3 * len(f.vocab):
            continue
        under = next((j for j in range(k + 1, first_main) if memo.feat(j).n), None)
        if under is not None and _bylined(memo.feat(under)):
            return {k}
    return set()


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
    (up to :data:`_POST_WORDS`, no phrase rule's; a post need not read as a sentence, "JUST IN:
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
        if not _SIGNATURE.match(blocks[sign].text):
            continue
        if memo.feat(k).n <= _POST_WORDS and memo.phrase(k) is None and _signs(blocks[sign], memo.feat(sign)):
            out.update((k, sign))
    return out


_IN_ARTICLE_FURNITURE = 3


def _running(f: _Feat) -> bool:
    """Unmistakably running text: a sentence, a line leading in to what follows with ":", or a
    paragraph's worth of words (12) in a fragment; not a title's few words."""
    return f.sentence_end or f.text.rstrip().endswith((":", "：")) or f.n >= 12


def _texty(f: _Feat) -> bool:
    """Written as running text: a sentence, a fragment of one, or a short line introducing what
    follows with ":" (and no phrase rule's)."""
    if _phrase(f) is not None or not f.n:
        return False
    sentence = f.n >= 3 and f.sentence_end and f.stop_density >= 0.15
    lead_in = f.n <= 8 and f.text.rstrip().endswith((":", "："))
    return sentence or lead_in or _fragment(f)


def _rescued(
    blocks: list[Block],
    discarded: dict[int, tuple[str | None, str]],
    i: int,
    f: _Feat,
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
    two words, and 30% of its own, with the body, as :func:`_page_head` finds in text); and a section heading with body text on both sides
    (often in its own ``<div>``).
    """
    if hint not in (None, "navigation") or discarded[i][1] == "<nav>":
        return False  # (a page's <header> holds its deck; a <nav> a menu, or a summary box's controls)
    if titles and titles[-1] < i < first_main and f.n <= 80 and i not in repeated:
        shared = _shared(f.vocab, body_vocab, prefixes)
        # (On a page not in English, with no function words to tell a sentence by, the standfirst
        # also names the body's words, and lies near the headline: a note under the headline,
        # "This article was published in 2017 and may be out of date", names none of the story's;
        # another story's teaser in the page's header lies far above a title put on top.)
        if _is_prose(f, english) and (english or (shared >= 0.3 * len(f.vocab) and i - titles[-1] <= _HEAD_WINDOW)):
            return True
        if f.n >= 8 and f.sentence_end and f.stop_density >= 0.15:
            return True
        if i == titles[-1] + 1 and _short_sentence(f, None, english) and (english or shared >= 0.3 * len(f.vocab)):
            return True  # a short deck straight under the headline ("We have answers.")
        if i == titles[-1] + 1 and f.n >= 12 and (f.stop_density >= 0.15 or not english):
            # A standfirst straight under the headline written without its full stop, of the
            # body's words ("Brits who want to save money on a trip … there's a cheapest month").
            if shared >= 2 and shared >= 0.3 * len(f.vocab):
                return True
        deck = f.headline_like and 4 <= f.n <= 30 and not _is_stamp(f) and i - titles[-1] <= 3
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


# Boilerplate whose dates are never the article's: other stories' lists and cards, comments,
# menus, share boxes, legal lines, tags. A date stamp right under a comments section, a list of
# other stories or a copyright line is theirs (a comment's "Posted: March 20, 2025 at 10:12 pm",
# a related story's date, a footer's "Last updated"), not the article's.
DATELESS_KINDS = frozenset(
    {"headline-list", "related-topics", "comments", "navigation", "call-to-action", "legal", "advertisement", "tags"}
)
_SECTION_KINDS = frozenset({"headline-list", "related-topics", "comments", "legal"})
# A box whose short lines are all its own: a newsletter or alerts prompt ("Sign up for our
# newsletter", then "Our next edition: Monday, March 24, 2025").
_BOX_KINDS = frozenset({"call-to-action"})
_BOX_LINE_WORDS = 20


def _prose(b: Block) -> bool:
    """Whether ``b`` is a paragraph of the article's text, for :func:`dateless_blocks`: twelve
    words or more, or a sentence of three or more that is no date stamp ("The council met." in a
    short text: a comments section under it is the readers')."""
    n = len(words(b.text))
    return n >= 12 or (b.kind == "paragraph" and n >= 3 and ends_like_sentence(b.text) and not is_stamp(b.text))


def dateless_blocks(blocks: Sequence[Block], labels: Sequence[tuple[str, str] | None]) -> set[int]:
    """Indexes of the blocks whose dates are not the article's (:data:`DATELESS_KINDS`), given
    each block's label as :func:`classify_article` gives it: the boilerplate of those kinds, and
    the byline or date stamps on the lines straight under a comments section, a list of other
    stories, a related-stories card or a copyright line, once the article's text has begun (a
    paragraph of it, :func:`_prose`: "The council met." in a short text too; a
    blank line ends the section: a stamp after it is the next text's), and every short line
    straight under a newsletter or follow prompt then (its edition's date). Above the article's
    first paragraph a stamp under a credit or a comment count ("Copyright 2025 The Associated
    Press", "12 comments", then "Published: …") is the article's own."""
    out: set[int] = set()
    first_prose = next(
        (i for i, (b, lab) in enumerate(zip(blocks, labels, strict=True)) if lab is None and _prose(b)),
        len(blocks),
    )
    section = box = False
    for i, lab in enumerate(labels):
        if (section or box) and _blank_before(blocks, i):
            section = box = False
        if lab is not None and lab[0] in DATELESS_KINDS:
            out.add(i)
            section = lab[0] in _SECTION_KINDS and i > first_prose
            box = lab[0] in _BOX_KINDS and i > first_prose
        elif (section and (lab is None or lab[0] == "byline") and (lab is not None or is_stamp(blocks[i].text))) or (
            box and (lab is None or lab[0] == "byline") and len(words(blocks[i].text)) <= _BOX_LINE_WORDS
        ):
            out.add(i)
        else:
            section = box = False
    return out


def split_noise(article: Article, overrides: Overrides | None = None) -> NoiseSplit:
    """Split ``article`` into content and noise segments, one per block, with user marks applied."""
    blocks = article.blocks
    labels = article.noise_labels if article.noise_labels is not None else classify_article(blocks, article.discarded)
    content: list[Segment] = []
    noise: list[Segment] = []
    from waic_reader.index.analysis.overrides import block_key

    marks = overrides.for_article(article) if overrides is not None else {}
    for b, lab in zip(blocks, labels):
        mark = marks.get(block_key(b.text)) if marks else None
        if mark == "content":
            content.append(Segment(b.start, b.end, b.kind, b.text, None, True))
        elif mark == "noise":
            kind = lab[0] if lab else "other"
            noise.append(Segment(b.start, b.end, kind, b.text, "marked as noise by you", True))
        elif lab is None:
            content.append(Segment(b.start, b.end, b.kind, b.text))
        else:
            noise.append(Segment(b.start, b.end, lab[0], b.text, lab[1]))
    return NoiseSplit(content, noise)


def noise_json(items: Iterable[tuple[Article, NoiseSplit]]) -> dict[str, Any]:
    """The ``waic-reader noise --json`` document for ``(article, split)`` pairs."""
    return {
        "docs": [
            {
                "doc": a.doc,
                "title": a.title,
                "content": [s.to_json() for s in split.content],
                "noise": [s.to_json() for s in split.noise],
            }
            for a, split in items
        ]
    }


__all__ = [
    "ANALYSIS_VERSION",
    "DATELESS_KINDS",
    "NOISE_KINDS",
    "_CRUMB_SEP",
    "_FACT_LINE",
    "_PHRASES",
    "_PHRASE_NEEDS",
    "_STAMP_BY",
    "NoiseSplit",
    "Segment",
    "_classify",
    "_features",
    "_ignorecase_fold",
    "_is_stamp",
    "_phrase",
    "classify_article",
    "classify_blocks",
    "classify_page",
    "dateless_blocks",
    "headline_block",
    "is_page",
    "marked_together",
    "noise_json",
    "split_noise",
]
