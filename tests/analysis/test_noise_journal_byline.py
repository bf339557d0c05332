"""A journal's or a trade paper's byline between its deck and its text: the date under a "Published
Online:" label, and the author's name closed by their degrees ("Surabhi Dangi-Garimella, PhD")
(issue #14, unseen33 ajmc-1, round s38-a: both stayed the article's, in plain text and HTML). The
reported lines written anew, and other degrees, labels and languages; a sentence naming a doctor
by their degree stays the article's."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds

_HEADLINE = "Regulator Approves New Drug for Advanced Kidney Cancer"
_DECK = (
    "Patients with advanced kidney cancer who have had earlier treatment now have the option of a new "
    "drug, after a trial showed it delayed the disease by several months."
)


def _page(stamp: str, name: str) -> dict[str, str]:
    return kinds("\n".join([*MENU, _HEADLINE, _DECK, stamp, name, *PARAS, *FOOTER]) + "\n")


@pytest.mark.parametrize(
    ("stamp", "name"),
    [
        ("Published Online: April 25, 2016", "Surabhi Dangi-Garimella, PhD"),
        ("Published online 12 March 2020", "Jane Roe, MD, MPH"),
        ("First published online: 3 May 2021", "Anna Lind, PhD, RN"),
        ("Published Online: 4 June 2019", "Jonas Weber, Dr. med."),
    ],
)
def test_journal_byline_goes(stamp: str, name: str) -> None:
    got = _page(stamp, name)
    assert_article_kept(got)
    assert got[_HEADLINE] == "content"
    assert got[_DECK] == "content"
    assert got[stamp] == "byline"
    assert got[name] == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, MD, said the results were the best the clinic had seen in a decade of trials.",
        "Online, the drug's price drew hundreds of complaints within a day of the approval.",
    ],
)
def test_sentences_naming_degrees_stay(line: str) -> None:
    got = kinds("\n".join([*MENU, _HEADLINE, *PARAS[:2], line, *PARAS[2:], *FOOTER]) + "\n")
    assert_article_kept(got)
    assert got[line] == "content"
