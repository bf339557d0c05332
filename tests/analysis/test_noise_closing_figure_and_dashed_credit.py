"""Two closing lines of an article read wrong (acceptance t13ad N4, N19; issue #14: "a false split
costs a real paragraph"; "Reporting by …; Editing by …" lines are noise).

- A short news sentence with a figure right after the article's run of prose ("Nordair shares
  closed 4 per cent lower.", before a photo credit, an author bio and "Most read") is the
  article's last paragraph, not text outside it: its figure is a fact of the story.
- A wire's credit line led by a dash ("-- Reporting by Nils Berg", "— Reporting by …") is the
  attribution line it is without the dash, not article text.

Invented pages: the reported layout and variants (other outlets, sentences, dashes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.reader import Corpus


def _labels(tmp_path: Path, text: str, name: str = "a.txt") -> dict[str, tuple[str, str] | None]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    article = Corpus.scan(tmp_path).article(Path(name).stem)
    labels = classify_article(article.blocks, article.discarded)
    return {b.text.strip(): lab for b, lab in zip(article.blocks, labels)}


_GAZETTE_HEAD = [
    "Skip to content",
    "Home | News | Business | Sport | Travel | Opinion | Weather",
    "The Stavenholm Gazette",
    "Subscribe now",
    "NEWS",
    '"Like a scene from a film": passengers describe fire on Nordair flight',
    "By Ingrid Sorvaag · The Stavenholm Gazette · 3 March 2026 11:40",
    "Share on Facebook",
    "Share on X",
    "Email this article",
]
_GAZETTE_BODY = [
    "Twelve people were hurt when passengers fled a burning Nordair jet that made an emergency landing at "
    "Stavenholm airport on Tuesday morning, officials said. The airline put the number of passengers on board at 184.",
    "The plane, flight NR418 to Porto Marena, had been in the air for about half an hour when the pilot turned "
    "back. Outside temperatures were minus 5 degrees Celsius as passengers waited on the tarmac in their socks.",
    '"The captain was calm, completely calm. She told us to brace and then we were down," said Erik Dahl, 61, '
    "who was travelling with his wife.",
    "Nordair spokesperson Jonas Brekke told the Gazette that the airline would compensate passengers with 650 "
    'dollars each. "We are deeply sorry for what our passengers went through," Brekke said.',
    'Captain Marit Eskeland, 54, has been praised by the airport\'s fire chief. "She saved lives today," '
    "Chief Officer Tove Rask said.",
    "The Civil Aviation Authority has opened an investigation, which could take up to 18 months.",
]
_GAZETTE_TAIL = [
    "Photograph: Per Holm/Gazette Images",
    "Ingrid Sorvaag writes about transport for the Gazette. Follow Ingrid on X.",
    "Most read",
    "Council approves new harbour tunnel after ten-year row",
    "Stavenholm FC sign striker from Porto Marena",
    "Ferry timetable cut for the winter season",
    "Snow brings traffic chaos to the ring road",
    "Comments (3)",
    "Anders says: March 3, 2026 at 12:10",
    "Well done to the pilot!",
    "Reply",
    "Kari says: March 3, 2026 at 12:31",
    "Nordair has had problems for years.",
    "Reply",
    "Your email address will not be published. Required fields are marked *",
    "Sign up to our newsletter",
    "© 2026 Stavenholm Gazette Ltd. All rights reserved. Privacy | Cookies | Terms",
]

_HALVIK_HEAD = [
    "Skip to main content",
    "Home | Local | Business | Sport | Culture",
    "Halvik Daily",
    "Log in",
    "BUSINESS",
    "Ferry operator cuts routes after winter storm damage",
    "By Tom Hale · Halvik Daily · 14 January 2026 09:12",
    "Share on Facebook",
    "Share on X",
]
_HALVIK_BODY = [
    "Halvik Ferries will cut three of its island routes until the spring after storms damaged two of its "
    "vessels last week, the company said on Wednesday.",
    "The operator said repairs to the damaged hulls would take at least eight weeks and that passengers "
    "with season tickets would be offered refunds for the crossings that are cancelled.",
    '"We know this is hard for the islands, and we are doing all we can," chief executive Lene Vik told '
    "reporters at the harbour office.",
    "Island councils said they would ask the county to pay for a temporary replacement boat.",
]


@pytest.mark.parametrize(
    ("head", "body", "last", "tail"),
    [
        # the reported page
        (_GAZETTE_HEAD, _GAZETTE_BODY, "Nordair shares closed 4 per cent lower.", _GAZETTE_TAIL),
        # another outlet, a falling share price in per cent written as a sign
        (
            _HALVIK_HEAD,
            _HALVIK_BODY,
            "Halvik Ferries shares fell 6% in early trading.",
            ["Photo: Lise Berg/Halvik Daily", "Tom Hale covers business for Halvik Daily.", *_GAZETTE_TAIL[2:]],
        ),
        # another sentence: a count with a verb in the past tense
        (
            _HALVIK_HEAD,
            _HALVIK_BODY,
            "Bookings dropped 12 per cent last month.",
            ["Photograph: Lise Berg", *_GAZETTE_TAIL[1:]],
        ),
    ],
)
def test_a_short_figure_sentence_after_the_prose_is_the_articles(
    tmp_path: Path, head: list[str], body: list[str], last: str, tail: list[str]
) -> None:
    labels = _labels(tmp_path, "\n".join([*head, *body, last, *tail]) + "\n")
    assert labels[last] is None
    assert labels[body[-1]] is None
    # the page around it stays the page's
    assert labels[tail[0]] is not None and labels[tail[0]][0] == "caption"
    assert labels["Most read"] is not None


_WIRE = (
    "Jet fire\n\nSTAVENHOLM, March 3, 2026 - A Nordair jet landed at Stavenholm after an engine fire on Tuesday, "
    "the airline said. Nine people were hurt.\n\n"
)
_FERRY = (
    "Ferry strike ends\n\nHALVIK, Jan 14 (Nordwire) - Ferry crews in Halvik ended their three-day strike on "
    "Wednesday after the operator agreed to a pay rise of 4 per cent, the union said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (_WIRE, "-- Reporting by Nils Berg"),  # the reported input
        (_WIRE, "— Reporting by Nils Berg; Editing by Ana Soto"),  # an em dash, two fields
        (_FERRY, "– Additional reporting by Lene Vik in Osland"),  # an en dash, a place
        (_FERRY, "--Writing by Tom Hale"),  # no space after the dashes
    ],
)
def test_a_credit_line_led_by_a_dash_is_an_attribution(tmp_path: Path, text: str, credit: str) -> None:
    labels = _labels(tmp_path, text + credit + "\n")
    assert labels[credit] is not None and labels[credit][0] == "attribution", labels
    # the story itself stays
    assert all(lab is None for t, lab in labels.items() if t != credit)


def test_a_sentence_led_by_a_dash_naming_a_reporter_stays(tmp_path: Path) -> None:
    # A dashed sentence of the article's own that opens with the cue's words stays its text.
    line = "-- Reporting by the local newspaper first revealed the fault in the ferry's steering gear last year."
    labels = _labels(tmp_path, _FERRY + line + "\n")
    assert labels[line] is None
