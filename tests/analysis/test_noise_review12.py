"""Faults a review of session 12's boilerplate kinds found: ordinary sentences taken for what a
rule looks for (a sentence with a slash for a photo credit, a word ending "-share this post with"
for a prompt, a story paragraph about the author for an author note), and a breadcrumb rule
quadratic on long runs of whitespace. The reported input first, then variants of our own. Every
page here is written for the test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_noise_kinds import ARTICLE, FOOTER, MENU, PARAS, kinds
from test_noise_kinds10 import _BODY, _HEADLINE, _body_kept, _page

from waic_reader.index.analysis.noise import block_rules, lists

# ---------------------------------------------------------------------------------------------
# A sentence with a slash ("open 24/7", "and/or", "km/h", "9/11", "£2.50/£1.20") of twelve words
# or fewer was a bare photo credit, and a neighbouring sentence naming people its caption.

_CAPTION_LIKE = "Mayor Daniel Okafor said the first boats would run from North Quay in May."


@pytest.mark.parametrize(
    "line",
    [
        "The helpline is open 24/7 from Monday.",  # reported
        "Students and/or parents can apply online.",
        "Speeds fell to 30 km/h in the tunnel.",
        "The 9/11 memorial reopened on Sunday.",
        "Tickets will cost £2.50/£1.20 for children.",
        "Los sindicatos/asociaciones de usuarios celebraron la medida.",
    ],
)
def test_a_sentence_with_a_slash_is_no_credit(line: str) -> None:
    got = kinds(_page(line, _CAPTION_LIKE, after=2))
    assert [got[line], got[_CAPTION_LIKE]] == ["content", "content"], got
    _body_kept(got)


def test_a_sentence_with_a_slash_under_a_caption_like_one_is_no_credit() -> None:
    """Variant: the sentence under its neighbour, and no closing full stop (a list-like line)."""
    lines = [_CAPTION_LIKE, "Open 24/7 from Monday to Sunday"]
    got = kinds(_page(*lines, after=1))
    assert [got[line] for line in lines] == ["content", "content"], got
    _body_kept(got)


@pytest.mark.parametrize(
    "credit",
    [
        "Tom Lee/Getty Images",
        "AFP/Getty Images",
        "Ana Ruiz | Harbour Courier",
        "Tom Lee/Getty Images for The Courier",
        "Ángel de la Cruz/EFE",
        "Mara Quill/dpa",
        "Unsplash/Ana Ruiz",
    ],
)
def test_a_credit_with_a_slash_or_bar_still_marks_its_caption(credit: str) -> None:
    """Guard: a name or an agency, the mark, then names."""
    fig = ["Then-senator Mara Quill speaks at a rally on Sept. 28 in Halvik, Maine.", credit]
    got = kinds(_page(*fig, after=1))
    assert [got[line] for line in fig] == ["caption", "caption"], got
    _body_kept(got)


# ---------------------------------------------------------------------------------------------
# A prompt's dash inside a word: "re-share this post with" was the "– share this post with"
# prompt, so the article's sentence was a call to action.


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers asked followers to re-share this post with friends on the islands, and hundreds did.",  # reported
        "The council urged residents to re-share this post with neighbours who have no internet at home.",
        "After the channel was deleted, the band asked its fans to re-subscribe on YouTube.",
    ],
)
def test_a_word_with_a_hyphen_before_share_this_post_is_the_article(line: str) -> None:
    got = kinds(_page(line, after=2))
    assert got[line] == "content", got
    _body_kept(got)


def test_a_spaced_dash_before_share_this_post_is_still_a_prompt() -> None:
    """Guard: a hyphen standing alone as the dash, after the article."""
    line = "Tell your friends about the fares - share this post with them!"
    got = kinds(ARTICLE + line + "\n")
    assert got[line] == "call-to-action", got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


# ---------------------------------------------------------------------------------------------
# A story paragraph about the byline's author anywhere in the text ("Jane Roe is the reporter who
# first wrote about the flooding ...") was taken for an author note. A note is one or two
# sentences of up to forty words by the byline or closing the body.

_LONG_BODY = [
    *_BODY,
    "The island councils will meet the authority again in February to discuss the timetable, the"
    " prices for the summer season and the state of the piers at Halvik and at North Quay.",
    "A petition against the rise, started by a group of commuters from the outer islands, had"
    " gathered more than four thousand names by Sunday evening, the group's organisers said.",
    "The authority said it would answer the petition in writing before the councils meet, and"
    " that its board would publish the minutes of that meeting on its website the following week.",
]


def _long_page(note: str, after: int, byline: str = "By Jane Roe") -> str:
    return "\n".join([*MENU, _HEADLINE, byline, *_LONG_BODY[:after], note, *_LONG_BODY[after:], *FOOTER]) + "\n"


@pytest.mark.parametrize(
    ("note", "after", "byline"),
    [
        (  # reported: a long paragraph of the story about its reporter
            "Jane Roe is the reporter who first wrote about the flooding in January, and she was invited"
            " by the council to walk the flooded streets of the lower town with the engineers who are now"
            " planning the new sea wall and the pumps that will keep the quay dry.",
            2,
            "By Jane Roe",
        ),
        (  # short, but in the middle of a long story
            "Jane Roe was the first reporter to reach the island after the storm, and she stayed for a week.",
            3,
            "By Jane Roe",
        ),
        (  # three sentences, by the byline
            "Tom Lee joined the ferry on its first run. He counted the passengers. Most were commuters.",
            1,
            "By Tom Lee and Ana Ruiz",
        ),
    ],
)
def test_a_story_paragraph_about_the_author_is_the_article(note: str, after: int, byline: str) -> None:
    got = kinds(_long_page(note, after, byline))
    assert got[note] == "content", got
    assert [got[p] for p in _LONG_BODY] == ["content"] * len(_LONG_BODY), got


def test_an_author_note_by_the_byline_or_closing_a_long_body_is_the_byline() -> None:
    """Guard: the same long story, the note after its first paragraph or after its last."""
    note = "Jane Roe is the Courier’s transport correspondent and has covered the islands since 2019."
    for after in (1, len(_LONG_BODY)):
        got = kinds(_long_page(note, after))
        assert got[note] == "byline", (after, got)


# ---------------------------------------------------------------------------------------------
# A long run of spaces inside a line: the breadcrumb separator, the fact box's "Label:" and the
# date stamp's "by NAME" patterns rescanned the run from each of its spaces, so a line of 20,000
# spaces took seconds and one of 100,000 minutes. Each is tried where a run starts now.

_RUN = " " * 200_000
_SCRIPT = """
import sys
sys.path.insert(0, {here!r})
from test_noise_kinds import ARTICLE, kinds
got = kinds(ARTICLE + sys.stdin.read() + "\\n")
print(len(got))
"""


@pytest.mark.parametrize(
    "line",
    [
        "Home" + _RUN + "World",  # reported: between a breadcrumb's words
        "Home" + _RUN + ">" + _RUN + "World",  # around the separator
        "Fuel" + _RUN + ": 12 tonnes a week",  # before a fact box's colon
        "Updated 14:30" + _RUN + "by Jane Roe",  # before a stamp's byline
    ],
    ids=["between-words", "around-separator", "before-colon", "before-by"],
)
def test_a_long_run_of_spaces_is_read_in_linear_time(line: str) -> None:
    """A line of 200,000 spaces through the whole classifier, in a child process given 20 s (the
    quadratic patterns took minutes on it)."""
    here = str(Path(__file__).parent)
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(here=here)], input=line, capture_output=True, text=True, timeout=20
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= len(PARAS) + 1


def test_separators_split_the_same_after_a_run_of_spaces() -> None:
    """The patterns still find what they found: a separator, a label, a stamp's byline after spaces."""
    assert [p for p in block_rules.CRUMB_SEP.split("Home  >   World |Asia / Ferries") if p] == [
        "Home",
        "World",
        "Asia",
        "Ferries",
    ]
    m = lists.FACT_LINE.match("Fuel use    :  12 tonnes")
    assert m is not None and m.groups() == ("Fuel use", "12 tonnes")
    assert block_rules.STAMP_BY.sub("", "Updated 14:30    by Jane Roe") == "Updated 14:30"


def test_a_longer_author_note_under_the_byline_is_the_byline() -> None:
    """Guard: an author box of more than forty words (up to sixty) straight under the byline."""
    note = (
        "Jane Roe is the Courier’s transport correspondent. She has covered the islands, their ferries"
        " and the harbour authority since 2019, and before that reported on the coast road and the"
        " railway for the Halvik Post, where she started as a trainee on the night desk in 2012."
    )
    assert 40 < len(note.split()) <= 60
    got = kinds(_long_page(note, 0))
    assert got[note] == "byline", got
    assert [got[p] for p in _LONG_BODY] == ["content"] * len(_LONG_BODY), got
