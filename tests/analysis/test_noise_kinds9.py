"""Boilerplate kinds found on the tuning half unseen8 (issue 14; postlight/parser's news and
magazine pages), one kind per section: the reported shape first, then variants of our own. Every
page here is written for the test; none is copied from the evaluation pages.
"""

from __future__ import annotations

from test_noise_kinds import FOOTER, MENU, kinds

# ---------------------------------------------------------------------------------------------
# A deals round-up saved as text: a paragraph of introduction, then the offers, each a product
# and its price, under section headings. Its main text was the introduction alone, and the
# offers, read as lines outside it, were dropped.

_INTRO = (
    "Every weekday our team looks through the shops for the best offers it can find. Here is what"
    " caught our eye this morning, from kitchen scales to walking boots, with the prices we saw."
)
_GADGETS = [
    "Harbour Mini Bluetooth Speaker with 12-Hour Battery, Blue for $24.99 (list price $39.99)",
    "Quayside 10-inch Tablet, 32 GB, Wi-Fi, Black for $89.99 (list price $129.99)",
    "Lantern Pro Wireless Earbuds with Charging Case for $35.50 (list price $59.00)",
    "Beacon 4K Streaming Stick with Voice Remote for $29.99 (list price $49.99)",
]
_KITCHEN = [
    "Marlow Digital Kitchen Scale with Removable Bowl for $15.59 (list price $39.99)",
    "Seaview Cast Iron Skillet, Pre-Seasoned, 12-inch for $36.29",
    "Tidewater 3-Piece Bamboo Cutting Board Set for $12.99 (list price $14.99)",
    "Galley Stainless Steel Electric Kettle, 1.7 Litre for $21.49 (list price $34.99)",
]


def _deals_page(intro: list[str], *sections: tuple[str | None, list[str]]) -> tuple[str, list[str]]:
    lines = [*MENU, "Weekday deals: kitchen scales, speakers and boots", "By Shopping Desk", *intro]
    shown: list[str] = []
    for heading, offers in sections:
        if heading is not None:
            lines.append(heading)
            shown.append(heading)
        lines += offers
        shown += offers
    lines += ["Most Popular", "Ferry fares to rise again in spring", "Council passes budget after long debate"]
    return "\n".join([*lines, *FOOTER]) + "\n", shown


def test_a_deals_round_ups_offers_under_headings_are_the_article() -> None:
    text, shown = _deals_page([_INTRO], ("GADGETS, TOYS, AND MEDIA", _GADGETS), ("KITCHEN", _KITCHEN))
    got = kinds(text)
    assert [got[line] for line in [_INTRO, *shown]] == ["content"] * (1 + len(shown)), got
    assert got["Ferry fares to rise again in spring"] != "content", got
    assert got["Privacy policy"] != "content", got


def test_a_gift_guides_offers_in_another_currency_without_headings_are_the_article() -> None:
    """Variant: no section headings, prices in pounds and euros, two paragraphs of introduction."""
    offers = [line.replace("$", "£") for line in _GADGETS] + [line.replace("$", "€") for line in _KITCHEN]
    intro = [_INTRO, "Prices change quickly, so check them before you buy; we earn nothing from these links."]
    text, shown = _deals_page(intro, (None, offers))
    got = kinds(text)
    assert [got[line] for line in [*intro, *shown]] == ["content"] * (len(intro) + len(shown)), got


def test_a_menus_word_as_a_section_heading_between_offers_is_the_lists() -> None:
    """Variant: a section named as a menu's link ("HOME") between two sections of offers."""
    text, shown = _deals_page([_INTRO], ("GADGETS", _GADGETS), ("HOME", _KITCHEN))
    got = kinds(text)
    assert [got[line] for line in shown] == ["content"] * len(shown), got


def test_a_few_priced_teasers_after_the_article_are_no_list_of_its() -> None:
    """Guard: three priced product teasers under a story (a shop's widget) are fewer than a list."""
    body = [
        "The city council approved a new budget on Tuesday after a long debate about spending on roads and schools.",
        "Council members said the plan would raise spending on maintenance by a fifth while keeping taxes flat.",
        "Opponents argued that the figures relied on optimistic forecasts of property tax revenue in coming years.",
    ]
    widget = ["Shop the Courier store", *_GADGETS[:3]]
    lines = [*MENU, "Council passes budget after long debate", *body, *widget, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert all(got[line] != "content" for line in widget), got
    assert [got[p] for p in body] == ["content"] * len(body), got
