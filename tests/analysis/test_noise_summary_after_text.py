"""A summary of the story closing it: a summary's heading after the text ("Zusammenfassung", "Key
points", "En bref") over bullets that say the story again in its words. Issue #14, unseen37
winfuture-1: its seven "Zusammenfassung" bullets were dropped as other stories' teasers. The
reported shape (German, a "Siehe auch:" list of other stories after it) and two variants of our own
(English "Key points", French "En bref"); and the guard: a "Highlights" heading over other stories'
headlines stays boilerplate. Every page is written for the test.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds

_DE = [
    "Die Stadt Halvik hat am Dienstag den neuen Haushalt beschlossen, nachdem der Rat lange über die Ausgaben"
    " für Straßen, Schulen und den Hafen gestritten hatte.",
    "Der Haushalt erhöht die Ausgaben für die Instandhaltung der Straßen um ein Fünftel und lässt die Steuern"
    " für die Bürger unverändert, sagte die Bürgermeisterin.",
    "Kritiker im Rat halten die Zahlen für zu optimistisch, weil die Einnahmen aus der Grundsteuer in diesem"
    " Jahr deutlich sinken könnten.",
]
_DE_SUMMARY = [
    "Halvik beschließt den neuen Haushalt nach langem Streit im Rat",
    "Die Ausgaben für die Straßen steigen um ein Fünftel",
    "Die Steuern für die Bürger bleiben unverändert",
]
_DE_TEASERS = ["Siehe auch:", "Neue Fähre für Osland kommt später als geplant", "Hafenfest lockt tausende Besucher"]

_FR = [
    "La ville de Halvik a adopté mardi son nouveau budget après un long débat du conseil sur les dépenses"
    " consacrées aux routes, aux écoles et au port.",
    "Le budget augmente d'un cinquième les dépenses d'entretien des routes et laisse les impôts des habitants"
    " inchangés, a déclaré la maire.",
    "Les opposants au conseil jugent les chiffres trop optimistes, car les recettes de la taxe foncière"
    " pourraient nettement baisser cette année.",
]
_FR_SUMMARY = [
    "Halvik adopte son budget après un long débat du conseil",
    "Les dépenses d'entretien des routes augmentent d'un cinquième",
    "Les impôts des habitants restent inchangés",
]
_EN_SUMMARY = [
    "The council approved a new budget after a long debate",
    "Spending on road maintenance rises by a fifth",
    "Opponents say the property tax forecasts are optimistic",
]


@pytest.mark.parametrize(
    ("paras", "heading", "summary"),
    [(_DE, "Zusammenfassung", _DE_SUMMARY), (PARAS, "Key points", _EN_SUMMARY), (_FR, "En bref", _FR_SUMMARY)],
    ids=["de", "en", "fr"],
)
def test_a_summary_closing_the_article_is_the_article(paras: list[str], heading: str, summary: list[str]) -> None:
    lines = [*MENU, "Halvik budget passes", *paras, heading, *summary, *_DE_TEASERS, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[line] for line in summary] == ["content"] * len(summary), got
    assert all(got[line] != "content" for line in _DE_TEASERS), got


def test_other_stories_under_a_highlights_heading_stay_boilerplate() -> None:
    """Guard: the heading alone is not enough; the lines under it must say this story again."""
    others = [
        "Ferry operator orders two electric boats for the island route",
        "Harbour festival draws record crowds despite the rain",
        "Local choir wins national competition for the third time",
    ]
    got = kinds("\n".join([*MENU, "Council passes budget", *PARAS, "Highlights", *others, *FOOTER]) + "\n")
    assert all(got[line] != "content" for line in others), got
