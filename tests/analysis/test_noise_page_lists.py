"""A list the article introduces with a short header ending in ":" (materials, ingredients), one
item a line and not marked as list items, on a saved page: content, between the intro and the
steps. The reported shape (a how-to's "What You'll Need:") and two variants of our own."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

HEADLINE = "How to Build a Glass Cloche Terrarium at Home"
INTRO = (
    "Glass cloche terrariums are appealing to the eye, and they preserve a bit of nature in your home while "
    "serving as a simple and beautiful decoration for any room."
)
STEPS = [
    "Step 1",
    "Measure the circumference of your cloche and cut the foam about an inch smaller, then place the foam on the saucer.",
    "Step 2",
    "Dig a small hole in the foam with the spoon, insert your first plant into the hole and press the foam around it.",
    "Step 3",
    "Using the floral pins, attach enough moss around the foam to cover it, then place the cloche over the whole arrangement.",
]


@pytest.mark.parametrize(
    ("header", "items"),
    [
        (
            "What You'll Need:",
            [
                "Cloche",
                "Planter saucer, small shallow dish or platform",
                "Floral foam oasis",
                "Ruler",
                "Spoon",
                "Floral wire pins or paper clips",
                "Small plants (from a florist or nursery)",
                "Moss",
                "Tweezers",
            ],
        ),
        ("Ingredients:", ["2 cups of flour", "1 teaspoon of baking soda", "Salt", "3 large eggs, beaten", "Butter"]),
        (
            "You will need:",
            ["A glass jar with a wide mouth", "Potting soil", "Small pebbles or gravel", "Activated charcoal"],
        ),
    ],
    ids=["what-you-need", "ingredients", "you-will-need"],
)
def test_materials_list_between_intro_and_steps_stays_content(header: str, items: list[str]) -> None:
    text = "\n".join([*MENU, HEADLINE, "By Ana Ruiz", INTRO, header, *items, *STEPS, *FOOTER]) + "\n"
    got = kinds(text)
    for line in [HEADLINE, INTRO, header, *items, *STEPS]:
        assert got[line] == "content", line


def test_title_case_links_under_a_colon_header_after_the_article_stay_noise() -> None:
    links = ["Sponsored Links", "Free Online Game", "Hotel Deals Near You", "Cheap Flights Today"]
    text = "\n".join([*MENU, HEADLINE, INTRO, *STEPS, "More about:", *links, *FOOTER]) + "\n"
    got = kinds(text)
    for line in links:
        assert got[line] != "content", line
    for line in [INTRO, *STEPS]:
        assert got[line] == "content", line


def test_a_follow_box_under_a_colon_header_is_not_a_list_of_things() -> None:
    # Addresses and handles, and words in a script without capitals: not things to gather.
    box = [
        "ติดตามข่าวสารได้ที่:",
        "เฟซบุ๊ก https://fb.me/courier",
        "ทวิตเตอร์ https://twitter.com/courier",
        "ไลน์ ไอดี = @courier",
    ]
    text = "\n".join([*MENU, HEADLINE, INTRO, *STEPS, *box, *FOOTER]) + "\n"
    got = kinds(text)
    for line in box[1:]:
        assert got[line] != "content", line
