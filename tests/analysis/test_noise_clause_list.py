"""A list the article writes as one sentence, an item a line (issue #14, round s32-f, unseen27's
20minutes-1): a line ending in ":" over items each ending in ";", the last in a full stop, then
the article's next paragraph, on a page saved as text. Its lines are neither prose alone nor page
furniture: they do not end the article's run of prose, and the paragraph under them stays the
article's. The reported shape (French, "(46e) ;" items) and two variants of our own (Spanish
items ending in ";", German items ending in ",")."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

HEADLINE = "Council approves the new harbour plan"
ABOVE = [
    "The council approved the new harbour plan on Tuesday evening after a debate that ran for "
    "almost four hours, with most members agreeing that the old quay could not wait much longer.",
    "The plan was drawn up over two years with the port authority, and its cost has been shared "
    "between the town, the region and the ferry operators who use the quay every day of the year.",
]
AFTER = (
    "Members said the work would begin in the spring and take two years, and that the ferries "
    "would keep running from the temporary pier while the old quay is rebuilt stone by stone."
)

LISTS = {
    "french": [
        "Sinon, le conseil n'a hésité que sur trois points, et surtout en fin de séance :",
        "une question sur le coût du nouveau quai, vite réglée par le maire (21 h) ;",
        "une autre sur le calendrier des travaux (22 h) ;",
        "un vote sur la rampe, adopté de justesse (22 h 30) ;",
        "une dernière sur les horaires du ferry, renvoyée en commission (23 h).",
    ],
    "spanish": [
        "Por lo demás, el pleno solo dudó en tres puntos, sobre todo al final de la sesión:",
        "una pregunta sobre el coste del nuevo muelle, resuelta por el alcalde (21 h);",
        "otra sobre el calendario de las obras (22 h);",
        "una última sobre los horarios del ferri, enviada a una comisión (23 h).",
    ],
    "german": [
        "Ansonsten zögerte der Rat nur an drei Stellen, vor allem am späten Abend:",
        "bei den Kosten für den neuen Kai, die der Bürgermeister schnell klärte,",
        "beim Zeitplan der Bauarbeiten,",
        "und beim Fahrplan der Fähre, der an einen Ausschuss ging.",
    ],
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_written_as_one_sentence_does_not_end_the_article(name: str) -> None:
    items = LISTS[name]
    text = "\n".join([*MENU, HEADLINE, *ABOVE, *items, AFTER, *FOOTER]) + "\n"
    got = kinds(text)
    for line in [*ABOVE, *items, AFTER]:
        assert got[line] == "content", (line, got[line])
