"""A sentence ending in ":" straight over the article's main text introduces it ("This week I want
to cover a pet peeve of mine, best seen in this comic:", "Here is what we know so far:"): the
article's, no line of the page around it (issue #14, unseen33 buttondown-1, round s38-a: a
newsletter's opening line was dropped as "text before the article's main text"). The reported
line written anew, other wordings and a German page; a related-stories header ending in ":" over
the text still goes."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds

_DE_PARAS = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte über Ausgaben für Straßen und Schulen einen neuen Haushalt beschlossen.",
    "Die Ratsmitglieder sagten, der Plan erhöhe die Ausgaben für die Instandhaltung um ein Fünftel, ohne die Steuern anzuheben.",
    "Kritiker wandten ein, die Zahlen beruhten auf zu optimistischen Prognosen der Einnahmen aus der Grundsteuer.",
    "Die Bürgermeisterin hat zehn Tage Zeit, den Haushalt zu unterzeichnen, und ihr Büro sagte, sie werde es noch diese Woche tun.",
]


@pytest.mark.parametrize(
    ("headline", "intro", "paras"),
    [
        (
            "A sufficiently long budget is not (necessarily) a plan",
            "This week I want to cover a pet peeve of mine, best seen in this chart:",
            PARAS,
        ),
        ("Council passes budget after long debate", "Here is what we know so far about the council's plan:", PARAS),
        (
            "Stadtrat beschließt Haushalt",
            "Das wissen wir bisher über den Plan des Stadtrats und seine Folgen:",
            _DE_PARAS,
        ),
    ],
)
def test_intro_line_over_the_text_stays(headline: str, intro: str, paras: list[str]) -> None:
    got = kinds("\n".join([*MENU, headline, intro, *paras, *FOOTER]) + "\n")
    for p in paras:
        assert got[p] == "content", p
    assert got[intro] == "content"


def test_a_header_ending_in_a_colon_still_goes() -> None:
    got = kinds(
        "\n".join(
            [
                *MENU,
                "Council passes budget after long debate",
                *PARAS,
                "Related stories:",
                "Ferry fares to rise again in spring",
                *FOOTER,
            ]
        )
        + "\n"
    )
    assert_article_kept(got)
    assert got["Related stories:"] != "content"
