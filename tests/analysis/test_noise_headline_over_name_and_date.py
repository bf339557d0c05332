"""The page's own headline straight over its author's name without "By" and a date stamp, then the
article, under a "Top Stories" box whose items are one-word topic links ("Coronavirus Treatment
Could Be Ready in ‘Matter of Months’" over "Maya Margit" and "03/24/2020"; issue #14, unseen33
medialine-1, round s38-a: the headline was taken for the box's last item and dropped). The
reported shape written anew, and variants with other names, dates and a German page; a box's item
over a line that is no person's name stays the box's."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds

_DE_PARAS = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte über Ausgaben für Straßen und Schulen einen neuen Haushalt beschlossen.",
    "Die Ratsmitglieder sagten, der Plan erhöhe die Ausgaben für die Instandhaltung um ein Fünftel, ohne die Steuern anzuheben.",
    "Kritiker wandten ein, die Zahlen beruhten auf zu optimistischen Prognosen der Einnahmen aus der Grundsteuer.",
    "Die Bürgermeisterin hat zehn Tage Zeit, den Haushalt zu unterzeichnen, und ihr Büro sagte, sie werde es noch diese Woche tun.",
]


# A deck under the byline, a sentence of fewer than twenty words without its full stop.
_DECK = "Budget expected to pass within days, other spending plans likely to follow much later, councillors say"
_DE_DECK = (
    "Haushalt soll in wenigen Tagen stehen, weitere Ausgabenpläne folgen wohl erst später, sagen die Ratsmitglieder."
)


@pytest.mark.parametrize(
    ("header", "topics", "headline", "name", "stamp", "paras"),
    [
        (
            "Top Stories",
            ["budget", "Council", "Taxes"],
            "Council Budget Could Be Signed in ‘Matter of Days’",
            "Maya Margit",
            "03/24/2020",
            [_DECK, *PARAS],
        ),
        (
            "Most Read",
            ["Harbour", "Budget"],
            "Council passes budget after long debate",
            "Jane Roe",
            "March 24, 2020",
            [_DECK, *PARAS],
        ),
        (
            "Mehr zum Thema",
            ["Haushalt", "Stadtrat"],
            "Stadtrat beschließt Haushalt nach langer Debatte",
            "Anna Lind",
            "24.03.2020",
            [_DE_DECK, *_DE_PARAS],
        ),
    ],
)
def test_own_headline_over_name_and_date_stays(
    header: str, topics: list[str], headline: str, name: str, stamp: str, paras: list[str]
) -> None:
    got = kinds("\n".join([*MENU, header, *topics, headline, name, stamp, *paras, *FOOTER]) + "\n")
    for p in paras:
        assert got[p] == "content", p
    assert got[headline] == "content"
    assert got[name] != "content" or got[stamp] != "content"


def test_an_item_over_no_name_stays_the_boxs() -> None:
    items = ["Ferry fares to rise again in spring", "Night bus route saved after petition"]
    got = kinds(
        "\n".join([*MENU, "Council passes budget after long debate", *PARAS, "Top Stories", *items, *FOOTER]) + "\n"
    )
    assert_article_kept(got)
    for item in items:
        assert got[item] != "content"
