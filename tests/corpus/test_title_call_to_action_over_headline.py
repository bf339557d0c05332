"""A call to action over the headline (an imperative verb and what it offers the reader: "Pay Your
Bill Online", "Sign Up For Alerts", "Download Our App Today") is page furniture, never the title
(issue #14: four-word calls to action took the title from the headline under them; a three-word one
did not). The reported lines and variants of our own: other verbs and objects ("Renew Your
Subscription Now", "Report A Power Outage", "Get Breaking News Alerts"), German, French and Spanish
calls, other layouts (over a date, over a byline, a text page and an HTML page). News headlines
opening with a word that can be a verb ("Report Finds Flaws In Varn Dam") stay titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.page_links import page_link
from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Storm closes Varn harbour for three days"
BODY = (
    "The harbour at Varn will stay closed for three days after a storm damaged its main pier on Tuesday, "
    "the port authority said. Fishing boats were moved to Oskby, and ferry services to the islands were "
    "cancelled until the pier is repaired.\n\n"
    "Engineers said the damage was worse than first thought and that repairs could take weeks.\n"
)
P1 = (
    "The harbour at Varn will stay closed for three days after a storm damaged its main pier on Tuesday, "
    "the port authority said."
)

REPORTED = ["Pay Your Bill Online", "Sign Up For Alerts", "Download Our App Today"]
VARIANTS = [
    "Renew Your Subscription Now",
    "Report A Power Outage",
    "Get Breaking News Alerts",
    "Start Your Free Trial",
    "Book Your Tickets Online",
    "Abonnieren Sie Unseren Newsletter",
    "Téléchargez Notre Application",
    "Paga Tu Factura Online",
]
LAYOUTS = {
    "over-date": "{cta}\n\n{head}\n14 March 2025\n\n{body}",
    "tight-over-headline": "{cta}\n{head}\n\n{body}",
    "over-byline": "{cta}\n\n{head}\nBy Anna Lindqvist\n\n{body}",
    "under-menu": "Home | News | Sport\n{cta}\n\n{head}\n\n{body}",
}


def _article(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, encoding="utf-8")
    return Corpus.scan(tmp_path).article(name.rsplit(".", 1)[0])


@pytest.mark.parametrize("cta", REPORTED + VARIANTS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_call_to_action_over_the_headline_is_never_the_title(tmp_path: Path, cta: str, layout: str) -> None:
    article = _article(tmp_path, "page.txt", LAYOUTS[layout].format(cta=cta, head=HEADLINE, body=BODY))
    assert article.title == HEADLINE
    assert article.outlet is None


@pytest.mark.parametrize("cta", REPORTED + VARIANTS)
def test_a_call_to_action_over_an_html_headline_is_never_the_title(tmp_path: Path, cta: str) -> None:
    page = (
        f"<html><head></head><body><div><p>{cta}</p></div>"
        f"<div><p><b>{HEADLINE}</b></p><p>{P1}</p><p>{P1} Repairs could take weeks.</p></div></body></html>"
    )
    assert _article(tmp_path, "page.html", page).title == HEADLINE


@pytest.mark.parametrize("cta", REPORTED + VARIANTS)
def test_a_call_to_action_is_a_pages_link(cta: str) -> None:
    got = page_link(cta)
    assert got is not None and got[0] == "call-to-action"


NEWS = [
    "Report Finds Flaws In Varn Dam",
    "Pay Rises For Nurses Approved",
    "Book Fair Draws Record Crowds",
    "Get Ready For Storm Season",
    "Download Speeds Double In Varn",
    "Start Of Ferry Season Delayed",
    "Your Bill Online",
    "Get Your Frontend JavaScript Code Covered",  # (a blog post's headline: unseen5 perriault-1)
    "Get Your Flu Jab Before Winter",
]


def test_a_line_introducing_the_articles_list_is_no_call() -> None:
    assert page_link("Shop the illustration here:") is None  # (unseen6 hellogiggles-1: its list follows)


@pytest.mark.parametrize("headline", NEWS)
def test_a_news_headline_opening_with_such_a_word_stays_the_title(tmp_path: Path, headline: str) -> None:
    assert page_link(headline) is None
    article = _article(tmp_path, "page.txt", f"{headline}\n14 March 2025\n\n{BODY}")
    assert article.title == headline
