"""Comment sections: comments headers ("[ 234 comments ]", "Top Rated Comments"), a section
of its own ("Discussion"), a featured comment's box ("Top Comment" … "Join In"), and under a
comments header the commenters' stamps ("Name · 2 hours ago") and their comments' lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from waic_reader.index.analysis.main_text import COMMENTS_PROSE_WORDS, best_span
from waic_reader.index.analysis.noise.features import HEADLINE_WORDS, Feat, is_prose_block, reads_english, stamp_label
from waic_reader.index.analysis.noise.patterns import COMMENTS_HEADER, FOLD_CASE, MONTH_WORD

# A featured comment set between the article's paragraphs: a comments header, at most this many
# lines, and a prompt to join the comments.
_BOX_COMMENT_LINES = 3
_JOIN = re.compile(r"^join (?:in|the (?:conversation|discussion|debate))\W*$", FOLD_CASE)
_BOX_PROSE_WORDS = 30

# "Discussion" alone also heads an essay's or a paper's own section: it heads a comments section
# only when comment furniture (a commenter's stamp, "Reply") or a short line (a commenter's name)
# comes first. Its section opens with a paragraph and shows none within this many lines.
SECTION_WORD = re.compile(r"^\s*discussion\W*$", FOLD_CASE)
_SECTION_LINES = 6


def own_section(
    after: Iterable[int],
    feat: Callable[[int], Feat],
    phrase: Callable[[int], tuple[str, str] | None],
    english: bool,
) -> bool:
    """Whether the lines ``after`` a bare "Discussion" header (in order) are the article's own
    section: a paragraph of prose first, and no comment furniture (a line a comments phrase rule
    names, "Reply", or a date or time stamp) in its first :data:`_SECTION_LINES` lines."""
    seen = 0
    for k in after:
        f = feat(k)
        if not f.n:
            continue
        lab = phrase(k)
        if lab is not None and (lab[0] == "comments" or stamp_label(lab)):
            return False
        if seen == 0 and not is_prose_block(f, english):
            return False
        seen += 1
        if seen == _SECTION_LINES:
            break
    return seen > 0


def section_headers(labels: list[tuple[str, str] | None], feats: list[Feat]) -> list[int]:
    """The bare "Discussion" lines a phrase rule took for comments headers that head the
    article's own section instead (:func:`own_section`)."""
    heads = [
        i
        for i, lab in enumerate(labels)
        if lab and lab[1].startswith(COMMENTS_HEADER) and SECTION_WORD.match(feats[i].text)
    ]
    if not heads:
        return []
    english = reads_english(feats)
    n = len(feats)
    return [i for i in heads if own_section(range(i + 1, n), feats.__getitem__, labels.__getitem__, english)]


def comment_boxes(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """A featured comment between the article's paragraphs ("Top Comment", the comment, "Join
    In"): a comments header, one to :data:`_BOX_COMMENT_LINES` lines, then a prompt to join or
    see the comments, with a paragraph of :data:`_BOX_PROSE_WORDS` words or more on each side.
    It is comments, and it closes nothing: the article goes on under it. (A comments section
    after the article has no paragraph of the article under it.) Returns the boxes' blocks."""
    lines = [i for i, f in enumerate(feats) if f.n]
    found: set[int] = set()

    def paragraph(pos: int) -> bool:
        return 0 <= pos < len(lines) and labels[lines[pos]] is None and feats[lines[pos]].n >= _BOX_PROSE_WORDS

    for pos, i in enumerate(lines):
        lab = labels[i]
        if not (lab and lab[1].startswith(COMMENTS_HEADER)) or not paragraph(pos - 1):
            continue
        for end in range(pos + 2, min(pos + 2 + _BOX_COMMENT_LINES, len(lines))):
            j = lines[end]
            closer = _JOIN.match(feats[j].text) or ((lab_j := labels[j]) and lab_j[1].startswith(COMMENTS_HEADER))
            if closer:
                if paragraph(end + 1):
                    for k in lines[pos : end + 1]:
                        labels[k] = ("comments", "featured comment between the article's paragraphs")
                        found.add(k)
                break
    return found


# A commenter's stamp ("Robert Lang says: March 18, 2025 at 9:02 am", "Rarst · March 10, 2017 at
# 1:26 AM", "kari @jon • 6 september 2024 09:43") and the link closing a comment ("Reply", "Report",
# "Reageer", "Répondre"), as the comment-furniture phrase rule reads them.
_COMMENTER = re.compile(
    rf"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,3}}\s+(?:says|said|wrote|replied):?\s*"
    rf"(?:{MONTH_WORD}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_WORD}\b|\d{{1,2}}[/.]\d{{1,2}}\b)"
    r"|^[^·•|]{2,60}\s[·•|]\s+.*(?:\bat|\d{4})\s+\d{1,2}[:.]\d{2}\b",
    FOLD_CASE,
)
_COMMENT_CLOSER = re.compile(
    r"^(?:reply|antworten|reageer|répondre|responder|rispondi|report(?: abuse| comment)?|flag|permalink)\b", FOLD_CASE
)
# A commenter's name and how long ago they posted: "Olav Hansen · 2 hours ago", "kari_m | 3 days
# ago". Read so only under a comments header: a teaser's "News · 2 hours ago" is the teaser's.
_COMMENTER_AGO = re.compile(
    r"^[^·•|]{2,60}\s[·•|]\s+(?:\d{1,3}|an?|one)\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\W*$",
    FOLD_CASE,
)
# A commenter's name alone on its line over the stamp of when they posted ("Kari Holm says:" over
# "April 17, 2025 at 10:12 am"): WordPress's comment header written on two lines. (Alone, "The report
# says:" may introduce a quoted passage of the article: only a date stamp under it makes it a commenter's.)
_SAYS_ALONE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s+(?:says|said|wrote|replied):\s*$")
_SAYS_LABEL = ("comments", "a commenter's name over the stamp of when they posted")


def commenter_lines(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A commenter's name over their stamp ("Kari Holm says:" then "April 17, 2025 at 10:12 am"),
    both lines unjudged or the stamp judged a date stamp: both are comment furniture, labelled as the
    one-line "X says: April 17, 2025 at 10:12 am" is (the stamp is the comment's, never the article's
    date)."""
    lines = [i for i, f in enumerate(feats) if f.n]
    for pos, i in enumerate(lines[:-1]):
        j = lines[pos + 1]
        if labels[i] is None and _SAYS_ALONE.match(feats[i].text.strip()) and stamp_label(labels[j]):
            labels[i] = _SAYS_LABEL
            labels[j] = ("comments", "a commenter's stamp, under their name")


def commenter_header(feats: list[Feat], labels: list[tuple[str, str] | None], header: int) -> bool:
    """Whether the first line under comments header ``header`` is a commenter's stamp ("X says:
    April 17, 2025 at 10:12 am", or "X says:" over its stamp): the header then heads readers'
    comments, not a share row's comment count, however short the article above it."""
    k = next((j for j in range(header + 1, len(feats)) if feats[j].n), None)
    if k is None:
        return False
    lab = labels[k]
    return (
        lab is not None and lab[0] == "comments" and (lab == _SAYS_LABEL or _COMMENTER.match(feats[k].text) is not None)
    )


# A reader's comment written as its handle, a colon and the text ("llama_lover: so sad, prayers
# for the families", "anon22: who approved that bridge??"): a handle is one word, letters, digits
# and the marks of a user name.
_HANDLE_LINE = re.compile(r"^[^\W_][\w.'’-]{1,29}:\s+\S")


def handle_comments(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """Under a comments header ("Comments (3)", "12 comments", "Join the discussion"), the blocks
    every line of which is a comment written as "handle: text" are readers' comments, also where
    the hard-wrap joiner glued several into one paragraph (s30-s, t13r F11: saved-page.txt's
    "llama_lover: …" / "Quispe_fan: Quispe is doing a great job" / "anon22: …" stayed one
    content paragraph under "Comments (3)"). The comments run on from the header over such
    blocks and the comments lines judged already; the first other block ends them."""
    n = len(feats)
    header = next((i for i, lab in enumerate(labels) if lab and lab[1].startswith(COMMENTS_HEADER)), n)
    for i in range(header + 1, n):
        if not feats[i].n:
            continue
        lab = labels[i]
        if lab is not None:
            if lab[0] == "comments":
                continue
            break
        lines = [line for line in feats[i].text.splitlines() if line.strip()]
        if not lines or not all(_HANDLE_LINE.match(line.strip()) for line in lines):
            break
        labels[i] = ("comments", "a reader's comment (handle: text), under the comments header")


# The most lines a comment's text runs to between its stamp and its "Reply".
_COMMENT_BODY_LINES = 12


def comment_bodies(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A comment's text between its commenter's stamp ("X says: March 18, 2025 at 9:02 am") and
    its "Reply" line is the comment's, however long: both furniture lines judged comments by the
    phrase rules, at most :data:`_COMMENT_BODY_LINES` lines apart, nothing else judged between.

    Under a comments header, a commenter's name and how long ago they posted ("Olav Hansen · 2
    hours ago") is a commenter's stamp too, and a comment's text runs from it to the next
    comments line (the next commenter's stamp, "Load more comments") or the end of the text."""
    n = len(feats)
    header = next((i for i, lab in enumerate(labels) if lab and lab[1].startswith(COMMENTS_HEADER)), n)
    for i in range(header + 1, n):
        if labels[i] is None and _COMMENTER_AGO.match(feats[i].text.strip()):
            labels[i] = ("comments", "a commenter's name and when they posted, under the comments header")
    for i in range(n):
        lab = labels[i]
        ago = i > header and _COMMENTER_AGO.match(feats[i].text.strip()) is not None
        if not (lab and lab[0] == "comments" and (ago or _COMMENTER.match(feats[i].text))):
            continue
        j = i + 1
        while j < n and j <= i + _COMMENT_BODY_LINES and labels[j] is None:
            j += 1
        # (The last comment under a stamp of how long ago runs to the end of the text.)
        if not (ago and j >= n):
            lab_j = labels[j] if j < n else None
            if j == i + 1 or lab_j is None or lab_j[0] != "comments":
                continue
            if not (ago or _COMMENT_CLOSER.match(feats[j].text.strip())):
                continue  # (under a stamp of how long ago, any comments line ends the comment)
        if not any(feats[k].n for k in range(i + 1, j)):
            continue
        why = "under its commenter's stamp" if ago else "between its commenter's stamp and its “Reply”"
        for k in range(i + 1, j):
            if feats[k].n:
                labels[k] = ("comments", f"a comment's text, {why}")


# The most lines of furniture (share buttons, a "Print" link, the byline's stamp) between a page's
# headline and a share row's comment count under it, and between that count and the article's first
# paragraph.
_SHARE_ROW_LINES = 4
# The fewest paragraphs of prose under such a count whose words are sought in the headline.
_SHARE_ROW_PROSE = 3
# A bare count, as a share row shows it: "4 Comments", "Comments (186)", "[ 12 comments ]".
_BARE_COUNT = re.compile(
    r"^[\[(]?\s*(?:(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+comments?"
    r"|comments?\s*\(\s*\d+\s*\))\s*[\])]?\s*$",
    FOLD_CASE,
)


def share_row_count(feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool], header: int) -> bool:
    """Whether comments header ``header`` is a share row's comment count between the article's
    headline and its first paragraph ("Fantastic Four Gain A New Member" over "Tweet", "4
    Comments", the byline's stamp, then the story), not a comments section: the nearest line above
    it judged content, past at most :data:`_SHARE_ROW_LINES` lines of furniture, is a headline (4
    to 30 words, no sentence end, title case if it reads as prose), and prose follows within as
    many other lines (a stamp, a short first line) and repeats
    the headline's words (two of them and a third of its own, in its first
    :data:`_SHARE_ROW_PROSE` paragraphs), with no comment furniture (a stamp with "Reply") between.
    Such a count (:data:`_BARE_COUNT`: "22 comments on “Title”" heads a section) closes no
    article, however much prose (other stories' teasers above the headline) precedes it."""
    if not _BARE_COUNT.match(feats[header].text):
        return False  # ("22 comments on “Title”" heads the section itself)
    above = [k for k in range(header - 1, -1, -1) if feats[k].n][: _SHARE_ROW_LINES + 1]
    head = next((k for k in above if labels[k] is None), None)
    if head is None:
        return False
    f = feats[head]
    # (A long headline may pass for prose: it is told by its capitals.)
    if not (f.headline_like and HEADLINE_WORDS <= f.n <= 30) or (is_prose[head] and f.title_ratio < 0.5):
        return False
    skipped = 0
    prose: list[int] = []
    for k in range(header + 1, len(feats)):
        if not feats[k].n:
            continue
        if is_prose[k]:
            prose.append(k)
            if len(prose) == _SHARE_ROW_PROSE:
                break
        elif prose:
            break
        elif skipped == _SHARE_ROW_LINES or ((lab := labels[k]) is not None and lab[0] == "comments"):
            return False  # (a commenter's stamp, "Reply": the section's own furniture)
        else:
            skipped += 1  # (a stamp, "Written on … by NAME", a short first line)
    vocab: set[str] = set()
    for k in prose:
        vocab |= feats[k].vocab
    shared = len(f.vocab & vocab)
    return shared >= 2 and 3 * shared >= len(f.vocab)


# The fewest stamps, bylines or comment furniture lines in a run of prose that make it a comments
# section's (one per comment), not an article's (its byline, its date).
_SECTION_STAMPS = 3


def span_before_comments(
    span: tuple[int, int],
    gains: list[float],
    is_prose: list[bool],
    words: list[int],
    labels: list[tuple[str, str] | None],
    headers: list[int],
) -> tuple[int, int] | None:
    """The article's main text when the best run of prose (``span``) lies in the comments section
    after it: a comments header (``headers``, in text order) before ``span`` follows a run of
    prose of its own (the best run before the header: two paragraphs, :data:`COMMENTS_PROSE_WORDS`
    words or more), and ``span`` is broken by :data:`_SECTION_STAMPS` lines or more judged
    bylines, stamps or comment furniture (each comment's "Name", "Posted on …", "Report"). Many
    readers' comments can outweigh a short article in words; the header says which is which.
    None when no header does so (``gains``: :func:`main_text.gain` of each block)."""
    start, end = span
    stamps = sum(1 for k in range(start, end + 1) if (lab := labels[k]) and lab[0] in ("byline", "comments"))
    if stamps < _SECTION_STAMPS:
        return None
    for m in reversed([h for h in headers if h < start]):
        before = best_span(gains[:m])
        if before is None:
            continue
        prose = [k for k in range(before[0], before[1] + 1) if is_prose[k]]
        if len(prose) >= 2 and sum(words[k] for k in prose) >= COMMENTS_PROSE_WORDS:
            return before
    return None
