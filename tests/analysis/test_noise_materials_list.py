"""A materials or ingredients list under its own header written without ":" (issue #14, round
s32-f, unseen27's naturalhomemagazine-1): "You will need (per lantern)" over one thing a line,
between a craft's introduction and its numbered steps, on a page saved as text, is the article's
list, not other stories' headlines or a menu before the article. The reported shape and two
variants of our own: a recipe's "Ingredients" and a German "Zutaten" list. A header ending in
":" did so already; a menu of the same shape with no such header stays noise."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

HEADLINE = "Make a paper lantern for the harvest festival"
INTRO = (
    "Why not make a lantern for each guest at the festival? You can vary the size of the balloon "
    "to make small and large lanterns, and the paper need not be new: old wrapping paper works too."
)
STEPS = [
    "1. Mix the paste with water in the bowl. Blow up the balloon and tie it to the top of the jar.",
    "2. Tear the paper into strips about two fingers wide, and set aside a few whole sheets for the top.",
    "3. Lay the strips over the balloon one by one, brushing each with paste until the balloon is covered.",
    "4. Leave it to dry overnight, then pop the balloon, pull it out and set the candle inside the lantern.",
]

LISTS = {
    "you-will-need": [
        "You will need (per lantern)",
        "2 tablespoons wallpaper paste",
        "1 1/2 cups warm water",
        "Mixing bowl",
        "12-inch round balloon",
        "Masking tape",
        "Glass jar or other recycled container for the base",
        "6 sheets recycled brown paper (30 cm squares)",
        "Small battery candle",
        "Method",
    ],
    "ingredients": [
        "Ingredients",
        "200 g plain flour",
        "2 free-range eggs",
        "300 ml semi-skimmed milk",
        "A pinch of sea salt",
        "Butter for the pan",
    ],
    "zutaten": [
        "Zutaten (für vier Laternen)",
        "4 Esslöffel Kleister",
        "1 Liter warmes Wasser",
        "Vier große Luftballons",
        "Altes Packpapier in Streifen",
        "Kleine LED-Kerzen",
    ],
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_materials_list_under_its_own_header_stays_content(name: str) -> None:
    items = LISTS[name]
    text = "\n".join([*MENU, HEADLINE, INTRO, *items, *STEPS, *FOOTER]) + "\n"
    got = kinds(text)
    for line in [INTRO, *items, *STEPS]:
        if len(line.split()) >= 2:
            assert got[line] == "content", (line, got[line])


def test_a_menu_of_the_same_shape_without_the_header_stays_noise() -> None:
    menu = ["Craft Projects", "Garden Tips", "Home Recipes", "Green Living", "Holiday Ideas"]
    text = "\n".join([*MENU, HEADLINE, INTRO, *STEPS, *menu, *FOOTER]) + "\n"
    got = kinds(text)
    assert all(got[line] != "content" for line in menu), {line: got[line] for line in menu}
