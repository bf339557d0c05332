"""A tutorial's or an explainer's short lines between its own paragraphs are the article's (issue #14,
unseen42 edureka-1, round s47-a): a paragraph ending "Its functions include:", then "Destroy silos",
"Stop blaming", then the next paragraph. Each such run cost the main run of prose as a menu does, so the
article ended at its first list and 80 lines after it (its points, its section headings and the
paragraphs between them) were cut off as navigation, headline lists and "outside-article". A run of 3 to
16 short lines that a line ending in ":" introduces (the paragraph before it or a header in it), with a
paragraph of the article before it and one after it that names the article's words, is its own
(page._framed_runs, in page.span_with_own_lines); a site's menu after the article's last paragraph, and a
related-stories card's title between two blurbs (nothing introduces it), are still the page's. Inputs of our own
(the reported page's kind, and two variants: another field, another layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Corpus

MENU = ["Courses", "Blog", "Community", "Webinars", "Sign In", "Sign Up", "Home Blogs"]
# A site's header and footer around the article: the page's furniture (the reported page had 140 lines of it).
HEADER = ["Data Science", "Cloud Computing", "Mobile Development", "Project Management", "Programming", "All Courses"]
SITE_FOOTER = ["Newsroom", "Partners", "Help Centre", "Accessibility", "Sitemap", "Cookie Settings"]
FOOTER = [
    "Related Posts:",
    "Getting Started with Containers",
    "Ten Tips for Better Code Reviews",
    "Trending",
    "Why Every Team Needs a Style Guide",
    "The Five Best Laptops for Students",
    "About Us",
    "Careers",
    "Contact",
    "Privacy Policy",
    "Terms of Use",
]

# The reported kind: an explainer whose sections are a paragraph ending in ":" and its points.
PIPELINES = [
    *HEADER,
    *MENU,
    "Understanding Release Pipelines",
    "Mar 4, 2025",
    "Orla Venn",
    "Release pipelines carry a change from a developer's laptop to the servers that run it, and they decide "
    "how quickly a team can ship a fix to its users. A good pipeline is fast, repeatable and visible to everyone.",
    "Teams that build pipelines well start with their habits, not with their tools. The habits of a healthy "
    "release team include:",
    "Destroy silos",
    "Stop blaming",
    "Be open to options",
    "Engage early, engage often",
    "Other habits worth keeping are:",
    "Pair on hard problems",
    "Ask questions",
    "Never say never",
    "Daily stand-ups (invite everyone)",
    "Automation:",
    "Once the habits are in place, the team can automate the pipeline step by step, and every step it "
    "automates is one fewer manual release task that a tired engineer can get wrong. Why automate at all? Here is "
    "what a release team gains:",
    "Fewer late nights",
    "Known state",
    "Saves hours each week",
    "Calmer on-call rotas",
    "Audit trails",
    "What to automate first",
    "Compilation",
    "Changelogs",
    "Smoke tests",
    "Database migrations",
    "Certificates",
    "A pipeline that measures itself improves over time. Each release of the pipeline should record how long "
    "its build, test and deploy steps took, so the team can see which step slows it down. Measure what helps:",
    "Lead time",
    "Failure rate",
    "Mean time to recovery",
    "Deploys per day",
    "Queue length",
    "Sharing:",
    "Sharing closes the loop: a release team that shares its pipeline's numbers with the whole company earns "
    "the trust it needs to release more often. Post the pipeline's lead time and failure rate where every "
    "team can read them, talk through each failed release in the open, and the whole company learns how to ship.",
    *FOOTER,
    *SITE_FOOTER,
]

# Variant: a gardening explainer, points between paragraphs, headings ending in ":" among them.
COMPOST = [
    *HEADER,
    *["Garden", "Recipes", "Shop", "Subscribe", "Log in"],
    "How to Start a Compost Heap",
    "By Henrike Dahl",
    "Compost turns kitchen scraps and garden waste into dark, crumbly soil that feeds your beds for free. A heap "
    "needs air, moisture and a mix of green and brown material to break down quickly.",
    "Green material is rich in nitrogen and heats the compost heap up. Good green material for the heap is:",
    "Carrot tops",
    "Nettles",
    "Tea bags",
    "Brown material:",
    "Autumn foliage",
    "Egg boxes",
    "Straw",
    "Keep out:",
    "Meat",
    "Glossy paper",
    "Turn the compost heap every two weeks with a fork so that air reaches the middle, and keep the material "
    "as damp as a wrung-out sponge. A heap turned often is ready in three months.",
    "Common problems",
    "Sour odour",
    "Fruit flies",
    "A heap that stays cold",
    "Slugs",
    "Rats",
    "Soggy layers",
    "Woody stems",
    "Each of these problems means the mix of green and brown material in the heap is wrong: add brown "
    "material when the heap smells, and green material when it stays cold. Signs the compost is ready:",
    "Crumbly texture",
    "Earthy scent",
    "No recognisable scraps",
    "Spread the finished compost on your beds in spring, a layer of compost five centimetres deep, and the "
    "worms will carry it down into the soil for you.",
    *["More from Garden", "Ten Shrubs for Shady Corners", "Planting Bulbs in Pots", "Contact", "Privacy"],
    *SITE_FOOTER,
]

# Variant: another layout, the points in title case as a menu's links are, and numbered steps.
BUDGET = [
    *HEADER,
    *["News", "Money", "Tax", "Pensions", "Newsletters"],
    "Making a Household Budget That Lasts",
    "Priya Anand",
    "A household budget tells every pound where to go before the month begins. Families who write a budget "
    "down spend less on impulse and build savings faster than families who keep it in their heads.",
    "Start by listing the fixed costs your household pays each month, then the costs that change from month to month:",
    "Rent Or Mortgage",
    "Energy Bills",
    "Council Tax",
    "Variable costs:",
    "Groceries",
    "Travel Cards",
    "Birthdays",
    "With the fixed costs listed, the household budget shares what is left between savings and spending. "
    "Many families save a fifth of their income and spend the rest on food, travel and fun.",
    "Step two",
    "1. Add up your income",
    "2. Subtract the fixed costs",
    "3. Split what is left",
    "4. Open a second account",
    "5. Review it quarterly",
    "Useful apps",
    "Spreadsheets",
    "Envelopes",
    "A budget only lasts when the household reviews it together. Sit down once a quarter, compare what the "
    "budget planned with what the family spent, and move money between the budget's parts:",
    "Holidays",
    "Home Repairs",
    "Gifts",
    "The families who keep a budget longest treat it as a plan for the household, not a punishment, and "
    "change the budget whenever their income changes.",
    *["Most read", "Energy Price Cap Explained", "Best Savings Accounts This Week", "Contact us", "Cookies"],
    *SITE_FOOTER,
]

CASES: dict[str, tuple[list[str], list[str]]] = {
    "pipelines": (
        PIPELINES,
        [
            "Destroy silos",
            "Stop blaming",
            "Be open to options",
            "Engage early, engage often",
            "Fewer late nights",
            "Known state",
            "Saves hours each week",
            "What to automate first",
            "Compilation",
            "Changelogs",
            "A pipeline that measures itself improves over time.",
            "Pair on hard problems",
            "Daily stand-ups (invite everyone)",
            "Lead time",
            "Failure rate",
            "Sharing closes the loop",
        ],
    ),
    "compost": (
        COMPOST,
        [
            "Carrot tops",
            "Nettles",
            "Tea bags",
            "Autumn foliage",
            "Egg boxes",
            "Glossy paper",
            "Turn the compost heap every two weeks",
            "Common problems",
            "Sour odour",
            "Fruit flies",
            "Soggy layers",
            "Each of these problems means",
            "Crumbly texture",
            "Earthy scent",
            "Spread the finished compost",
        ],
    ),
    "budget": (
        BUDGET,
        [
            "Rent Or Mortgage",
            "Energy Bills",
            "Groceries",
            "Birthdays",
            "With the fixed costs listed",
            "Add up your income",
            "Split what is left",
            "Review it quarterly",
            "Spreadsheets",
            "Envelopes",
            "A budget only lasts",
            "Holidays",
            "Home Repairs",
            "The families who keep a budget longest",
        ],
    ),
}
NOISE = {
    "pipelines": ["Webinars", "Ten Tips for Better Code Reviews", "The Five Best Laptops for Students", "Careers"],
    "compost": ["Recipes", "Ten Shrubs for Shady Corners", "Planting Bulbs in Pots"],
    "budget": ["Pensions", "Energy Price Cap Explained", "Best Savings Accounts This Week"],
}


def _split(tmp_path: Path, name: str, lines: list[str]) -> NoiseSplit:
    (tmp_path / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return split_noise(art)


@pytest.mark.parametrize("name", list(CASES))
def test_short_lines_between_the_articles_paragraphs_are_kept(tmp_path: Path, name: str) -> None:
    lines, kept = CASES[name]
    split = _split(tmp_path, name, lines)
    lost = [s for s in split.noise if any(k in s.text for k in kept)]
    assert lost == [], [(s.kind, s.text[:50], s.reason) for s in lost]


@pytest.mark.parametrize("name", list(CASES))
def test_the_menus_and_lists_around_the_article_are_still_noise(tmp_path: Path, name: str) -> None:
    lines, _kept = CASES[name]
    split = _split(tmp_path, name, lines)
    content = split.content_text()
    assert [t for t in NOISE[name] if t in content] == []
