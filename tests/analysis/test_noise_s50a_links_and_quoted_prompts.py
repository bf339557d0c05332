"""Two leftovers of issue #14 (round s50-a), each the reported form and two variants of our own:

- a closing list of link titles under a "Links", "Further reading" or "Weiterführende Links" heading
  after a plain text's article is another list of reading, as under "See also" (it was dropped only
  in a saved page's layout; a short text kept it); an article's resource list, its addresses written
  out under such a heading, stays the article's;
- a sentence of the article that quotes a comments prompt, reporting who said it ("Join the
  conversation, the mayor told residents"), is the article's, not a comments section's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

HEADLINE = "Building a field survey app that works without a network"
PARAS = [
    "Survey teams often work where the mobile network is weak or missing altogether, so an app that stops"
    " working offline loses the very records it was written to collect in the first place.",
    "We store every answer in a database in the browser first and copy it to the server whenever a"
    " connection appears, so a surveyor can keep working for days without noticing the gaps.",
    "The same pattern suits any tool that gathers data in the field, from water-pump inspections to"
    " counting birds, and it needs no native app on the device at all.",
]
MENU = ["Home", "Blog", "Products", "Docs", "Pricing", "Community", "Events", "Support", "Sign in", "Register"]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


READING = [
    ["Links", "Offline-first apps in practice", "Syncing data with service workers"],
    [
        "Weiterführende Links",
        "Offline-Apps in der Praxis",
        "Daten mit Service Workern abgleichen",
        "Ein Leitfaden zu IndexedDB",
    ],
    ["Pour aller plus loin", "Les applications hors ligne", "Synchroniser avec un service worker"],
]


@pytest.mark.parametrize("reading", READING, ids=["reported", "german", "french"])
def test_closing_reading_list_of_a_plain_text_is_boilerplate(tmp_path: Path, reading: list[str]) -> None:
    art = text_article(tmp_path, [HEADLINE, *PARAS, *reading])
    assert [kind_at(art, line) for line in reading] == ["headline-list"] * len(reading)
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)


def test_resource_list_under_links_heading_stays_the_articles(tmp_path: Path) -> None:
    links = [
        "Links",
        "Source code – https://github.com/example-labs/field-survey",
        "Demo – https://field-survey.example.net/",
    ]
    art = text_article(tmp_path, [HEADLINE, *PARAS, *links])
    assert [kind_at(art, line) for line in links[1:]] == ["content", "content"]


QUOTED = [
    "Join the conversation, the mayor told residents.",
    "Leave a comment, the editor wrote in 2012.",
    "Kommentare sind geschlossen, hieß es am Montag.",
]


@pytest.mark.parametrize("quoted", QUOTED, ids=["reported", "leave-a-comment", "german"])
@pytest.mark.parametrize("layout", ["text", "page"])
def test_sentence_quoting_a_comments_prompt_is_the_articles(tmp_path: Path, quoted: str, layout: str) -> None:
    head = MENU if layout == "page" else []
    art = text_article(tmp_path, [*head, HEADLINE, PARAS[0], quoted, PARAS[1], PARAS[2]])
    assert kind_at(art, quoted) == "content"


def test_comments_header_alone_stays_a_comments_header(tmp_path: Path) -> None:
    art = text_article(
        tmp_path, [*MENU, HEADLINE, *PARAS, "Join the conversation", "Jane Roe says: May 2, 2026 at 9:14 am"]
    )
    assert kind_at(art, "Join the conversation") == "comments"
