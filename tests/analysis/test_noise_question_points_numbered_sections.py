"""A tutorial's own short lines the page split cut off as menus (issue #14, unseen42 edureka-1, round
s48-a), two kinds:

- points under a heading put as a question ("Why Automation?" over "Fast and efficient", "Known state"),
  between two paragraphs of the article: the run is introduced by its question as a run under "Its
  functions include:" is (page._framed_runs);
- a closing list in numbered sections ("Devops tools", "1. Operating Systems", "Linux", "Windows",
  "2. Infrastructure as a Service", …) straight after the article's last paragraph, which no paragraph
  follows: a site's menu numbers nothing and a most-read list numbered by rank has no lines between its
  numbers (page._numbered_sections).

A point closing with a bracketed aside holding a slash ("More time to add value (rather than
fix/maintain)") is no photo credit: the credit in brackets names its people capitalised ("(Scott
Heins/Gothamist)"). Inputs of our own: the reported page's kind and two variants each (another field,
another layout); the page's menus, other stories and footer are still noise."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.analysis.noise.block_rules import phrase_label
from waic_reader.index.analysis.noise.features import block_features
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.reader import Corpus

HEADER = ["Data Science", "Cloud Computing", "Mobile Development", "Project Management", "Programming", "All Courses"]
MENU = ["Courses", "Blog", "Community", "Webinars", "Sign In", "Sign Up", "Home Blogs"]
SITE_FOOTER = ["Newsroom", "Partners", "Help Centre", "Accessibility", "Sitemap", "Cookie Settings"]
RELATED = ["Related Posts:", "Getting Started with Containers", "Ten Tips for Better Code Reviews"]


def _page(title: str, byline: str, body: list[str]) -> list[str]:
    return [*HEADER, *MENU, title, "Mar 4, 2025", byline, *body, *RELATED, *SITE_FOOTER]


INTRO = (
    "Release pipelines carry a change from a developer's laptop to the servers that run it, and they decide how "
    "quickly a team can ship a fix to its users. A good pipeline is fast, repeatable and visible to everyone."
)
OUTRO = (
    "A pipeline that measures itself improves over time. Each release of the pipeline should record how long its "
    "build, test and deploy steps took, so the team can see which step of the pipeline slows it down."
)

# Kind 1: points under question headings, between the article's paragraphs, nothing ending in ":".
QUESTION_PIPELINE = _page(
    "Understanding Release Pipelines",
    "Orla Venn",
    [
        INTRO,
        "Culture",
        "Teams that build pipelines well start with their habits, not with their tools, and they automate the "
        "pipeline step by step once those habits are in place.",
        "Why Automate the Pipeline?",
        "Machines repeat the same release step without tiring",
        "Known state",
        "Fast and repeatable",
        "Saves hours each week",
        "What can a pipeline automate?",
        "Builds",
        "Deployments",
        "Smoke tests",
        "Certificates",
        "Changelogs",
        "Rollbacks",
        "Measurement (Metrics)",
        OUTRO + " The team can then fix that step before the next release goes out to its users.",
        "Lead time",
        "Failure rate",
        "Sharing",
        "Companies that build pipelines well share their habits, not their tools, and they automate the "
        "pipeline step by step once those habits are in place.",
    ],
)
QUESTION_COMPOST = _page(
    "How to Start a Compost Heap",
    "Henrike Dahl",
    [
        "Compost turns kitchen scraps and garden waste into dark, crumbly soil that feeds your beds for free. A "
        "compost heap needs air, moisture and a mix of green and brown material to break down quickly.",
        "Basics",
        "A compost heap wants a corner of the garden out of the midday sun, on bare soil so that worms can reach it.",
        "What goes on the heap?",
        "Carrot tops",
        "Nettles",
        "Tea bags",
        "Autumn foliage",
        "Egg boxes",
        "Straw",
        "What stays off it?",
        "Meat",
        "Glossy paper",
        "Cat litter",
        "Diseased plants",
        "Turn the compost heap every two weeks with a fork so that air reaches the middle of the heap, and keep "
        "the heap's material as damp as a wrung-out sponge. A compost heap turned often is ready in three months, "
        "and a heap left alone in about a year.",
        "Sieving",
        "Storage",
        "Spread the finished compost on your beds in spring, a layer of compost five centimetres deep, and the "
        "worms will carry the compost down into the soil for you.",
    ],
)
QUESTION_BUDGET = _page(
    "Making a Household Budget That Lasts",
    "Priya Anand",
    [
        "A household budget tells every pound where to go before the month begins. Families who write a budget "
        "down spend less on impulse and build savings faster than families who keep the budget in their heads.",
        "Getting started",
        "Start the household budget with last month's bank statement and a pen, not with an app or a spreadsheet.",
        "Where does the money go?",
        "Rent Or Mortgage",
        "Energy Bills",
        "Council Tax",
        "Groceries",
        "Travel Cards",
        "Phone Contracts",
        "Why write it down?",
        "Fewer impulse buys",
        "Clear savings goals",
        "Calmer month ends",
        "Shared household plans",
        "With the fixed costs listed, the household budget shares what is left between savings and spending. "
        "Many families save a fifth of their income and budget the rest for food, travel and fun, and they "
        "move money between the budget's parts when a month goes wrong.",
        "Reviews",
        "Quarterly",
        "A budget only lasts when the household reviews the budget together once a quarter and changes it "
        "whenever the family's income changes.",
    ],
)

# Kind 2: a closing list in numbered sections, each heading over its items.
TOOLS_PIPELINE = _page(
    "Understanding Release Pipelines",
    "Orla Venn",
    [
        INTRO,
        OUTRO,
        "Pipeline tools",
        "1. Build Servers",
        "Jenkins",
        "Buildkite",
        "2. Artifact Stores",
        "Nexus",
        "Artifactory",
        "3. Deployment Tools",
        "Spinnaker",
        "Argo CD",
        "4. Secrets",
        "Vault",
        "Doppler",
    ],
)
TOOLS_GARDEN = _page(
    "How to Start a Compost Heap",
    "Henrike Dahl",
    [
        "Compost turns kitchen scraps and garden waste into dark, crumbly soil that feeds your beds for free. A "
        "compost heap needs air, moisture and a mix of green and brown material to break down quickly.",
        "Turn the compost heap every two weeks with a fork so that air reaches the middle, and keep the heap's "
        "material as damp as a wrung-out sponge. A compost heap turned often is ready in three months.",
        "1) Bins",
        "Wooden slatted bin",
        "Plastic dalek bin",
        "Tumbler",
        "2) Hand tools",
        "Garden fork",
        "3) Extras",
        "Thermometer",
        "Sieve",
        "Kitchen caddy",
    ],
)
TOOLS_BUDGET = _page(
    "Making a Household Budget That Lasts",
    "Priya Anand",
    [
        "A household budget tells every pound where to go before the month begins. Families who write a budget "
        "down spend less on impulse and build savings faster than families who keep the budget in their heads.",
        "With the fixed costs listed, the household budget shares what is left between savings and spending. "
        "Many families save a fifth of their income and budget the rest for food, travel and fun.",
        "Budgeting tools",
        "1. Spreadsheets",
        "Google Sheets",
        "LibreOffice Calc",
        "2. Apps",
        "YNAB",
        "Emma",
        "Snoop",
        "3. Paper",
        "Envelopes",
        "Notebook",
    ],
)

CASES: dict[str, tuple[list[str], list[str]]] = {
    "question-pipeline": (QUESTION_PIPELINE, ["Known state", "Saves hours", "Builds", "Rollbacks", "Lead time"]),
    "question-compost": (QUESTION_COMPOST, ["Carrot tops", "Nettles", "Autumn foliage", "Cat litter", "Turn the"]),
    "question-budget": (QUESTION_BUDGET, ["Energy Bills", "Council Tax", "Travel Cards", "Calmer month", "Many fam"]),
    "tools-pipeline": (TOOLS_PIPELINE, ["Build Servers", "Jenkins", "Artifact Stores", "Argo CD", "Vault", "Doppler"]),
    "tools-garden": (TOOLS_GARDEN, ["Bins", "Tumbler", "Hand tools", "Garden fork", "Thermometer", "Kitchen caddy"]),
    "tools-budget": (TOOLS_BUDGET, ["Spreadsheets", "Google Sheets", "YNAB", "Snoop", "Paper", "Notebook"]),
}
NOISE = ["Webinars", "Sign In", "Getting Started with Containers", "Ten Tips for Better Code Reviews", "Sitemap"]


def _label(line: str) -> tuple[str, str] | None:
    return phrase_label(block_features(Block(0, len(line), "paragraph", line)))


def _split(tmp_path: Path, lines: list[str]) -> NoiseSplit:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return split_noise(art)


@pytest.mark.parametrize("name", list(CASES))
def test_the_articles_own_short_lines_are_kept(tmp_path: Path, name: str) -> None:
    lines, kept = CASES[name]
    split = _split(tmp_path, lines)
    lost = [s for s in split.noise if any(k in s.text for k in kept)]
    assert lost == [], [(s.kind, s.text[:50], s.reason) for s in lost]


@pytest.mark.parametrize("name", list(CASES))
def test_the_menus_and_other_stories_are_still_noise(tmp_path: Path, name: str) -> None:
    lines, _kept = CASES[name]
    content = _split(tmp_path, lines).content_text()
    assert [t for t in NOISE if t in content] == []


def test_a_most_read_list_numbered_by_rank_is_not_the_articles(tmp_path: Path) -> None:
    ranked = [
        "Most popular",
        "1. Ferry fares rise again",
        "2. Harbour festival returns",
        "3. Bridge closed for repairs",
        "4. New bus timetable",
    ]
    lines = [*HEADER, *MENU, "Understanding Release Pipelines", "Orla Venn", INTRO, OUTRO, *ranked, *SITE_FOOTER]
    content = _split(tmp_path, lines).content_text()
    assert [t for t in ranked[1:] if t[3:] in content] == []


@pytest.mark.parametrize(
    "line",
    [
        "More time available to add value (rather than fix/maintain)",
        "Fewer late releases (and fewer weekend/holiday call-outs)",
        "Cheaper to run (no licence fees per seat/server)",
    ],
)
def test_a_points_bracketed_aside_with_a_slash_is_no_credit(line: str) -> None:
    label = _label(line)
    assert label is None or label[0] != "caption", label


@pytest.mark.parametrize("line", ["A crowd at the quay. (Scott Heins/Gothamist)", "The old mill (Jane Roe/Reuters)"])
def test_a_credit_in_brackets_still_is(line: str) -> None:
    label = _label(line)
    assert label is not None and label[0] == "caption"
