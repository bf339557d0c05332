"""Other stories' cards after an article, each a headline, one or two lines naming its authors, a
date stamp and a one-paragraph summary (unseen25, session 27: an opinion site's "More Washington
Examiner" box of fifteen such cards, summaries written as prose, stayed the article's: plain-text
boilerplate dropped 0.791 on that half). The reported shape, written anew, and invented variants;
a chronology whose entries each carry their own date stays the article's."""

from __future__ import annotations

from test_noise_kinds import PARAS, assert_article_kept, kinds, page

_SUMMARIES = [
    "The harbour board has spent two years arguing about the price of a new ferry, and the cost has risen each time it met.",
    "Rents in the old town rose again this spring, and families who have lived there for decades say they are being pushed out.",
    "A plan to close the night bus route was dropped after a petition signed by four thousand residents reached the council.",
    "The school's new roof leaked in the first storm of the autumn, and the builder says the design was not his to change.",
]
_HEADLINES = [
    "Why the ferry still costs more than it should",
    "No, the old town is not for sale to the highest bidder",
    "The night bus stays, for now, after a petition",
    "A leaking roof and nobody to blame for it",
]


def _cards(authors: list[list[str]], stamps: list[str]) -> list[str]:
    lines = ["More from the Courier"]
    for h, names, stamp, summary in zip(_HEADLINES, authors, stamps, _SUMMARIES, strict=True):
        lines += [h, *names, stamp, summary]
    return lines


def _assert_cards_dropped(got: dict[str, str]) -> None:
    assert_article_kept(got)
    for line in (*_HEADLINES, *_SUMMARIES):
        assert got[line] != "content", line


def test_cards_with_an_author_line() -> None:
    day = "Tuesday June 18, 2019"
    cards = _cards(
        [["Penny Hale"], ["Kaylee Moss"], ["Rep. Darin Loft"], ["Tim Worth"]], [day, day, day, "Monday June 17, 2019"]
    )
    _assert_cards_dropped(kinds(page(*cards)))


def test_cards_with_two_authors_on_two_lines() -> None:
    day = "18 June 2019"
    authors = [["Penny Hale", "& Shea Garr"], ["Kaylee Moss"], ["Ana Lind", "& Tom Rivers"], ["Tim Worth"]]
    _assert_cards_dropped(kinds(page(*_cards(authors, [day, day, "17 June 2019", "17 June 2019"]))))


def test_cards_with_numeric_stamps() -> None:
    stamps = ["6/2/2021, 0:11", "6/2/2021, 0:11", "4/2/2021, 23:40", "1/2/2021, 7:13"]
    authors = [["Alberto Gomes"], ["José Matos"], ["Luís Rosa"], ["Teresa Roque"]]
    _assert_cards_dropped(kinds(page(*_cards(authors, stamps))))


def test_a_chronology_with_its_own_dates_stays() -> None:
    entries = [
        "March 3, 2025",
        "The council first proposed the ferry plan, saying the old boat could not be repaired any more.",
        "April 9, 2025",
        "The harbour board rejected the first design, and the cost estimate rose by a quarter.",
        "May 21, 2025",
        "A second design was approved after a long meeting that ran past midnight.",
    ]
    got = kinds(page(*entries))
    assert_article_kept(got)
    assert all(got[e] == "content" for e in entries[1::2])
    assert PARAS
