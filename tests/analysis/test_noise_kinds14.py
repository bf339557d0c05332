"""Boilerplate kinds found in round s16-n on the labelled real-page half ``unseen14`` (now tuning
data), one kind per section: the shape met there, written anew for the test (no page is copied
from the evaluation pages), then two variants of our own, and a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

from waic_reader.index.analysis.noise import classify_article, split_noise
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.html import read_html
from waic_reader.index.corpus.reader import Corpus

_HEADLINE = "What the harbour's tide gauges have been telling us"
_PARAS = [
    "The harbour has had a tide gauge since 1881, and for most of that time somebody wrote its readings "
    "down by hand twice a day in a ledger kept in the pilot station.",
    "Those ledgers survived two fires and a flood, and last winter a group of volunteers typed every one "
    "of them into a spreadsheet so that anyone could read the record.",
    "What the record shows is not subtle: the average high tide has risen by about a hand's width over the "
    "century, and the rise has been faster in the last thirty years.",
    "The gauge itself has moved twice, which is the first thing anyone asks about, and both moves were "
    "measured against a brass mark on the old customs house that is still there.",
    "The volunteers also found the storm nights, when the keeper wrote that the sea came over the quay and "
    "the reading was a guess, and they kept those notes beside the numbers.",
]
_SUBSCRIBE = ["Subscribe to new posts", "Enter your email to get new posts in your inbox:", "Email", "Sign up"]


def _page(lines: list[str]) -> str:
    return "\n".join([*MENU, _HEADLINE, *lines, *FOOTER]) + "\n"


def _assert_kept(got: dict[str, str], lines: list[str]) -> None:
    assert [got[line] for line in lines] == ["content"] * len(lines), got


# ---------------------------------------------------------------------------------------------
# 1. Asterisks or hashes leading a line of the text ("****** **** GAUCAAAA …", a sequence's
#    masked start) are no end-of-release mark: such a mark stands alone on its line.

_AFTER = [
    "This is thirty bases of the tail, then a short linker, followed by another seventy of the same base.",
    "There are various theories about why the linker is there, and the most common one has to do with how "
    "the template is copied in bacteria before it is written out.",
]


@pytest.mark.parametrize(
    "line",
    [
        # the shape met: a sequence printed with its first bases masked by asterisks
        "****** **** UAGCAAAAAA AAAAAAAAAA AAAAAAAAAA AAAAGCAUAU GACUAAAAAA AAAAAAAAAA",
        # variant: a note flagged with asterisks
        "*** Update: the council has since published the gauge's readings for 2024 as well.",
        # variant: a Markdown-style heading copied with its hashes
        "### What the ledgers show",
    ],
)
def test_asterisks_leading_the_texts_own_line_end_nothing(line: str) -> None:
    got = kinds(_page([*_PARAS[:3], line, *_AFTER, *_PARAS[3:]]))
    _assert_kept(got, [*_PARAS, *_AFTER])


@pytest.mark.parametrize("mark", ["###", "-30-", "*** ENDS ***", "***END***"])
def test_a_release_mark_alone_on_its_line_still_ends_the_release(mark: str) -> None:
    """Guard: a mark alone on its line ends a press release: the notes under it are its furniture."""
    notes = [
        "Notes to editors: the Harbour Trust is a charity founded in 1972 that looks after the old pilot station.",
        "Media contact: Jane Roe, press officer, on 01234 567890.",
    ]
    got = kinds(_page([*_PARAS, mark, *notes]))
    _assert_kept(got, _PARAS)
    assert [got[line] for line in notes] == ["press-release"] * 2, got


def test_asterisks_alone_are_a_section_break() -> None:
    """Guard: "***" alone between paragraphs is a section break (it never was an end mark)."""
    got = kinds(_page([*_PARAS[:2], "***", *_PARAS[2:]]))
    _assert_kept(got, _PARAS)


# ---------------------------------------------------------------------------------------------
# 2. "Discussion" alone heads an essay's own section when a paragraph follows it and no comment
#    furniture (a commenter's name and stamp, "Reply") does: no comments section starts there.

_DISCUSSION = [
    "None of this means that the gauge alone can tell us what the next century will bring, because the "
    "harbour wall and the river's silt both change the local record.",
    "It does mean that the town's planners now have a record of their own to set beside the regional models, "
    "and that they can check every new forecast against it.",
]
_THANKS = [
    "Acknowledgements",
    "The pilot station's keepers, for a century of careful ledgers.",
    "The volunteers, who typed every ledger into the spreadsheet.",
]


@pytest.mark.parametrize(
    "header",
    [
        # the shape met: the word alone, then the section's paragraphs and the acknowledgements
        "Discussion",
        # variant: with a colon
        "Discussion:",
        # variant: in capitals
        "DISCUSSION",
    ],
)
def test_discussion_heading_over_the_articles_own_paragraphs(header: str) -> None:
    got = kinds(_page([*_PARAS, header, *_DISCUSSION, *_THANKS[1:]]))
    _assert_kept(got, [*_PARAS, *_DISCUSSION, *_THANKS[1:]])
    assert got[header] == "content", got


def test_discussion_over_comments_is_still_a_comments_section() -> None:
    """Guard: "Discussion" over a commenter's name, stamp and "Reply" heads the comments."""
    comments = [
        "Mike Lund",
        "January 1, 2025 at 6:49 pm",
        "Great piece, I grew up near the pilot station and never knew the ledgers survived the fire.",
        "Reply",
    ]
    got = kinds(_page([*_PARAS, "Discussion", *comments]))
    _assert_kept(got, _PARAS)
    assert got["Discussion"] == "comments", got
    assert got[comments[2]] == "comments", got


def test_discussion_section_left_out_of_an_html_page_is_the_articles(tmp_path: Path) -> None:
    """Variant in HTML: the section's heading and paragraphs in the post's own markup."""
    body = "".join(f"<p>{p}</p>" for p in _PARAS) + "<h2>Discussion</h2>" + "".join(f"<p>{p}</p>" for p in _DISCUSSION)
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>'
        f"<article><h1>{_HEADLINE}</h1>{body}</article><footer><p>© 2025 Jane Roe</p></footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    split = split_noise(Corpus.scan(tmp_path).article("page"))
    kept = {line for seg in split.content for line in seg.text.split("\n")}
    assert set(_PARAS + _DISCUSSION) <= kept, split.noise


# ---------------------------------------------------------------------------------------------
# 3. Footnotes, each closed by its link back to the text ("↩"), after the article (even after a
#    subscribe box): short ones ("see Jane Roe's Harbour Towns↩", an address) are no menu.

_NOTES = [
    "see Jane Roe: Harbour Towns and Their Tides↩",
    "http://example.org/gauges/ledger-1881.pdf↩",
    "Sometimes translated as “the sea's account”: 海の記録↩",
    "The gauge moved in 1923 and again in 1968; both moves are in the council's minutes.↩",
    "see The Drowned Quay↩",
]


@pytest.mark.parametrize(
    ("notes", "between"),
    [
        # the shape met: the footnotes under a subscribe box after the article
        (_NOTES, _SUBSCRIBE),
        # variant: the arrow with its text variation selector, straight under the article
        ([n.replace("↩", "↩\ufe0e") for n in _NOTES], []),
        # variant: three notes only, all short
        ([_NOTES[0], _NOTES[1], _NOTES[4]], _SUBSCRIBE),
    ],
)
def test_footnotes_closed_by_their_back_link_are_the_articles(notes: list[str], between: list[str]) -> None:
    got = kinds(_page([*_PARAS, *between, *notes]))
    _assert_kept(got, [*_PARAS, *notes])
    assert all(got[line] != "content" for line in between), got


def test_one_arrow_line_and_the_menus_after_the_notes_still_go() -> None:
    """Guard: one line ending in an arrow is no footnotes, and a menu after the notes still goes."""
    got = kinds(_page([*_PARAS, "Back to top↩", "Home", "Archive", "Books I like", "Contact"]))
    _assert_kept(got, _PARAS)
    assert [got[line] for line in ("Back to top↩", "Home", "Archive", "Books I like")] != ["content"] * 4, got
    got = kinds(_page([*_PARAS, *_NOTES, "Home", "Archive", "Books I like", "Contact"]))
    _assert_kept(got, _NOTES)
    assert [got[line] for line in ("Home", "Archive", "Books I like")] == ["navigation"] * 3, got


# ---------------------------------------------------------------------------------------------
# 4. A blog post's own element names its author in a class ("hentry author-jane-roe", as it names
#    its tags): the lines the extractor leaves out of the post are in no author box.


def _hints(article_classes: str, inner: str) -> dict[str, str | None]:
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head><body>'
        f'<article class="{article_classes}"><h1>{_HEADLINE}</h1>'
        + "".join(f"<p>{p}</p>" for p in _PARAS)
        + inner
        + "</article></body></html>"
    )
    page = read_html(html)
    return {page.blocks[i].text: hint for i, (hint, _) in page.discarded.items()}


_INNER = '<ul class="resources"><li><a href="/a">Tide tables</a></li><li><a href="/b">Gauge maps</a></li></ul>'


@pytest.mark.parametrize(
    "classes",
    [
        # the shape met: Squarespace's post classes
        "entry--item h-entry clearfix hentry tag-harbour author-jane-roe post-type-text",
        # variant: microformats' hentry alone beside the author's class
        "post hentry author-ann-lee",
        # variant: the author's class first
        "author-jane-roe h-entry",
    ],
)
def test_post_classes_naming_the_author_make_no_author_box(classes: str) -> None:
    hints = _hints(classes, _INNER)
    assert all(hint != "byline" for hint in hints.values()), hints


def test_author_box_inside_a_post_is_still_a_byline() -> None:
    """Guard: an author box (its own element's class) inside the post is still one, and so is an
    author class on an element that is no post."""
    bio = "Jane Roe writes about the coast and its weather for the Harbour Courier."
    hints = _hints("hentry author-jane-roe", f'<div class="author-bio"><p>{bio}</p></div>')
    assert hints.get(bio, "byline") == "byline", hints
    hints = _hints("post author-jane-roe", _INNER)
    assert all(hint in (None, "byline") for hint in hints.values()), hints


# ---------------------------------------------------------------------------------------------
# 5. In HTML, other stories the extractor took for main text under a related-stories header it
#    left out ("Latest", "Trending"), after the article's last paragraph: their section-and-time
#    lines ("Economy44 mins ago") and headlines are that list's.


def _extracted(lines: list[tuple[str, bool]]) -> dict[str, str]:
    """Each line's verdict from :func:`classify_article`, the lines handed over as the HTML reader
    does: ``(text, left out by the extractor)``, one block a line, the headline the third."""
    blocks: list[Block] = []
    discarded: dict[int, tuple[str | None, str]] = {}
    pos = 0
    for i, (text, left_out) in enumerate(lines):
        kind = "title" if i == 2 else "list-item" if text.startswith("- ") else "paragraph"
        blocks.append(Block(pos, pos + len(text), kind, text))
        pos += len(text) + 1
        if left_out:
            discarded[i] = (None, "the page")
    labels = classify_article(blocks, discarded)
    return {b.text: lab[0] if lab else "content" for b, lab in zip(blocks, labels, strict=True)}


_LATEST = [
    ("Economy44 mins ago", False),
    ("Harbour towns sign a new transit agreement", True),
    ("Energy2 hours ago", False),
    ("Wind farm off the point gets its last turbine", True),
    ("Defense4 hours ago", False),
    ("- Navy moves its training ship to the north quay", False),
    ("Economy6 hours ago", False),
]


@pytest.mark.parametrize(
    ("header", "items"),
    [
        # the shape met: "Latest", its section-and-time lines kept, its headlines left out
        ("Latest", _LATEST),
        # variant: "Trending", its headlines kept as list items, one ending in "U.S."
        (
            "Trending",
            [
                ("Finance4 days ago", False),
                ("- Port authority rejects the loan and looks to the U.S.", False),
                ("East Asia3 days ago", False),
                ("- Ferry strike ends after two weeks", False),
            ],
        ),
        # variant: "Related stories", the headlines alone kept
        (
            "Related stories",
            [
                ("Council opens the new library on the hill", False),
                ("Storm closes the coast road for a day", False),
                ("Fishing fleet returns early as prices fall", False),
            ],
        ),
    ],
)
def test_html_list_kept_under_a_left_out_related_header(header: str, items: list[tuple[str, bool]]) -> None:
    lines = [("Home", True), ("News", True), (_HEADLINE, False), *[(p, False) for p in _PARAS], (header, True), *items]
    got = _extracted([*lines, ("© 2025 Harbour Courier Media", True)])
    _assert_kept(got, _PARAS)
    kept = [t for t, left_out in items if not left_out]
    assert all(got[t] != "content" for t in kept), got
    assert "headline-list" in {got[t] for t in kept}, got


def test_html_related_box_inside_the_article_keeps_what_follows() -> None:
    """Guard: a left-out "Read more" box between paragraphs closes nothing, and one short closing
    line after such a box at the end is no list."""
    lines = [
        ("Home", True),
        ("News", True),
        (_HEADLINE, False),
        *[(p, False) for p in _PARAS[:3]],
        ("Read more", True),
        ("Council opens the new library on the hill", True),
        *[(p, False) for p in _PARAS[3:]],
        ("Related", True),
        ("The ledgers are at the pilot station.", False),
    ]
    got = _extracted(lines)
    _assert_kept(got, [*_PARAS, "The ledgers are at the pilot station."])
