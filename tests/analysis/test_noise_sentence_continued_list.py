"""A list that carries on the sentence introducing it (issue #14, unseen42 ibmdeveloper-1, round s48-a2).

A paragraph of the article ends in ":" ("… lets web apps go places they couldn't normally go to:") and
the lines under it, written in lower case, finish that sentence one item a line ("capturing health data
in developing countries", "recording IoT data from remote sites"); the article's closing paragraph
follows. The lines were read as other stories' headlines and the paragraph after them as outside the
article: a short header over them was the only introduction ``lists.introduced_plain_lists`` took.
An item written in lower case continues the sentence above it (a headline or a menu entry opens with
a capital), so a paragraph's closing ":" introduces such a list as a short header does. Inputs: the
reported page's kind and two variants (another field, another layout); the page's menus and other
stories are still noise, and capitalised lines under a paragraph ending in ":" are no such list."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.analysis.noise.features import Feat, block_features
from waic_reader.index.analysis.noise.lists import introduced_plain_lists
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.reader import Corpus

HEADER = ["Home", "Topics", "Tutorials", "Videos", "Events", "Sign In"]
RELATED = ["Related articles", "Scaling Your Queue Workers on Demand", "A Tour of Edge Functions in Practice"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Cookie preferences"]
SHARE = [
    "Share this:",
    "Click to share on Twitter (Opens in new window)",
    "Click to share on Reddit (Opens in new window)",
]
NOISE = [*HEADER, *RELATED, *FOOTER]


def _page(title: str, byline: str, body: list[str], links: list[str]) -> list[str]:
    """A page whose article closes on a box of links (a heading over "Label – address" lines), as
    the reported page's does: the box after the closing paragraph is what cut the article short."""
    return [*HEADER, title, byline, *body, *links, *SHARE, *RELATED, *FOOTER]


OFFLINE = _page(
    "Building Offline-First Web Applications",
    "Glenda Marsh / June 2, 2017",
    [
        "Offline-first applications keep working when the network goes away. The data lives in a database in "
        "the browser, and the application syncs it to a server when a connection comes back.",
        "Syncing",
        "Syncing to a remote database is as simple as calling one function, and the library retries on its own "
        "whenever the connection drops in the middle of a transfer.",
        "Conclusions",
        "Creating offline-first applications is in some ways easier than creating traditional client-server "
        "applications. Your database is always available because it resides on the same device as the "
        "browser. Allowing webpages to render and function without a network lets web apps go places they "
        "couldn't normally go to:",
        "capturing health data in developing countries",
        "recording sensor data from remote sites",
        "collecting information when the network is down or unusably slow",
        "Combining a browser database with a hosted one makes it easy to create such applications, without "
        "native code.",
    ],
    ["Links", "Source code – https://github.com/example/offline-forms", "Demo – https://offline-forms.example.net/"],
)
GARDEN = _page(
    "Why Every School Should Have a Garden",
    "By Tomasz Weller",
    [
        "A school garden costs little to start and pays back every year. Pupils who grow their own vegetables "
        "eat more of them, and teachers find that a bed of beans teaches biology better than a textbook.",
        "Lessons outdoors",
        "The garden also gives a school a place to teach outside the classroom. Over a single year, the "
        "teachers at one primary school in Leeds used their small plot for lessons in many subjects, "
        "including:",
        "measuring the growth of sunflowers in mathematics",
        "writing seed diaries in English",
        "weighing the harvest and pricing it for the school fair",
        "Other schools have copied the idea, and the council now funds tools and seeds.",
    ],
    [
        "Further reading",
        "Growing guide – https://schoolgardens.example.org/guide",
        "Seed swap – https://seeds.example.org/",
    ],
)
REPAIR = _page(
    "The Quiet Return of the Repair Café",
    "Marit Olsen, 14 March 2024",
    [
        "Repair cafés began in Amsterdam and now meet in thousands of towns. Volunteers fix what visitors "
        "bring them for free, and teach them how to fix it themselves the next time it breaks.",
        "The volunteers at the café in the town hall keep a tally of what comes through the door each month, "
        "and the same few jobs come up every time the café opens on a Saturday morning:",
        "toasters that no longer pop up",
        "trousers with broken zips",
        "bicycles whose brakes squeal",
        "Last year the café's volunteers saved two tonnes of goods from the tip.",
    ],
    [
        "Resources",
        "Find a café – https://repaircafe.example.org/map",
        "Start your own – https://repaircafe.example.org/start",
    ],
)
CASES = {
    "offline": (OFFLINE, ["capturing health", "recording sensor", "collecting information", "Combining a browser"]),
    "garden": (
        GARDEN,
        ["measuring the growth", "writing seed", "weighing the harvest", "Other schools"],
    ),
    "repair": (REPAIR, ["toasters that", "trousers with", "bicycles whose", "Last year the café"]),
}


def _split(tmp_path: Path, lines: list[str]) -> NoiseSplit:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return split_noise(art)


@pytest.mark.parametrize("name", list(CASES))
def test_the_list_continuing_a_sentence_is_kept(tmp_path: Path, name: str) -> None:
    lines, kept = CASES[name]
    split = _split(tmp_path, lines)
    lost = [s for s in split.noise if any(k in s.text for k in kept)]
    assert lost == [], [(s.kind, s.text[:50], s.reason) for s in lost]


@pytest.mark.parametrize("name", list(CASES))
def test_the_menus_and_other_stories_are_still_noise(tmp_path: Path, name: str) -> None:
    lines, _kept = CASES[name]
    content = _split(tmp_path, lines).content_text().splitlines()
    assert [t for t in NOISE if t in content] == []


def _feats(lines: list[str]) -> list[Feat]:
    return [block_features(Block(0, len(t), "paragraph", t)) for t in lines]


LEAD = (
    "The volunteers keep a tally of what comes through the door each month, and the same few jobs come up "
    "every time the café opens on a Saturday morning:"
)


def test_lower_case_items_under_a_paragraphs_colon_are_its_list_and_the_paragraph_stays_prose() -> None:
    lines = [LEAD, "toasters that no longer pop up", "trousers with broken zips", "bicycles whose brakes squeal"]
    assert introduced_plain_lists(_feats(lines), [None] * 4) == {1, 2, 3}


@pytest.mark.parametrize(
    "items",
    [
        ["Scaling Your Queue Workers", "Edge Functions Explained", "Choosing a Message Broker"],
        ["toasters that no longer pop up", "Trousers With Broken Zips", "bicycles whose brakes squeal"],
        ["toasters that no longer pop up", "trousers with broken zips"],
    ],
)
def test_capitalised_items_or_too_few_are_no_such_list(items: list[str]) -> None:
    assert introduced_plain_lists(_feats([LEAD, *items]), [None] * (len(items) + 1)) == set()
