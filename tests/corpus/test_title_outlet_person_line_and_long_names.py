"""Two #14 leftovers on titles and outlets (round s37-a).

An author's line without its "By" at the top of a page is a person's name, never the site's: "Emily
Post" alone under the headline (its last word a newspaper's) named the outlet "Emily Post", and "Anna
Lindqvist" under the headline over the text named the outlet "Anna Lindqvist" (a short name set above
the prose). A person's name is read by the recogniser's given names, not a place's ("Charlotte
Observer" is a paper): ``bylines.person_name``.

A paper's name of three words after "The" over the headline ("The North Coast Herald", "The Valley
Sentinel Online") is the whole line's outlet: it was four words, no site's name, and the first took
the title from the headline under it; the second named no outlet at all ("Online" closes a web
edition's name after a paper's: ``titles._web_edition`` since round s37-y4; the article before three
words is no word of them: ``noise.menus.name_words``). The reported lines and two variants each."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Ferry service resumes after storm damage repaired"
BODY = (
    "The ferry between Kellby and Lindmark resumed service on Friday after engineers repaired the storm "
    "damage to the pier. The operator said the first crossing left at 07:40 with 112 passengers aboard.\n\n"
    "Repairs took nine days and cost about 2 million crowns, the harbour authority said.\n"
)


def _read(tmp_path: Path, text: str) -> tuple[str | None, str]:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art.outlet, art.title


PERSONS = {
    "reported-under-headline": f"{HEADLINE}\nEmily Post\n14 March 2025\n\n{BODY}",
    "reported-over-prose": f"{HEADLINE}\nAnna Lindqvist\n\n{BODY}",
    # (Over the headline, over its date: "Emily Post" over it, its words a paper's too, is the masthead
    # since round s37-y4, test_title_outlet_calls_to_action_and_masthead_names.py.)
    "over-date-over-headline": f"Emily Post\n14 March 2025\n{HEADLINE}\n\n{BODY}",
    "sun-under-headline": f"{HEADLINE}\nLily Sun\n\n{BODY}",
    "other-name-over-prose": f"{HEADLINE}\nJonas Eide\n\n{BODY}",
}


@pytest.mark.parametrize("name", list(PERSONS))
def test_an_authors_name_line_names_no_outlet(tmp_path: Path, name: str) -> None:
    outlet, title = _read(tmp_path, PERSONS[name])
    assert outlet is None
    assert title == HEADLINE


@pytest.mark.parametrize(
    "paper",
    ["Charlotte Observer", "Halvik Evening Post", "Sydney Morning Herald"],
)
def test_a_papers_name_over_the_headline_still_names_it(tmp_path: Path, paper: str) -> None:
    outlet, title = _read(tmp_path, f"{paper}\n{HEADLINE}\n14 March 2025\n\n{BODY}")
    assert (outlet, title) == (paper, HEADLINE)


LONG_NAMES = {
    "reported-the-herald": (f"The North Coast Herald\n{HEADLINE}\n14 March 2025\n\n{BODY}", "The North Coast Herald"),
    "reported-online": (
        f"The Valley Sentinel Online\n{HEADLINE}\n14 March 2025\n\n{BODY}",
        "The Valley Sentinel Online",
    ),
    "online-without-the": (f"Valley Sentinel Online\n{HEADLINE}\n14 March 2025\n\n{BODY}", "Valley Sentinel Online"),
    "capitals": (f"THE VALLEY SENTINEL ONLINE\n{HEADLINE}\n14 March 2025\n\n{BODY}", "THE VALLEY SENTINEL ONLINE"),
    "under-headline": (f"{HEADLINE}\nThe North Coast Herald\n14 March 2025\n\n{BODY}", "The North Coast Herald"),
}


@pytest.mark.parametrize("name", list(LONG_NAMES))
def test_a_three_word_papers_name_is_the_whole_lines_outlet(tmp_path: Path, name: str) -> None:
    text, paper = LONG_NAMES[name]
    assert _read(tmp_path, text) == (paper, HEADLINE)


@pytest.mark.parametrize("line", ["Shop Online", "Latest Local Online", "The Big Picture"])
def test_headings_closed_by_online_or_after_the_name_no_outlet(tmp_path: Path, line: str) -> None:
    outlet, _title = _read(tmp_path, f"{line}\n{HEADLINE}\n14 March 2025\n\n{BODY}")
    assert outlet is None
