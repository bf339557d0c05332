"""A social post the article embeds between its paragraphs (issue #14, round s32-f, unseen27's
20minutes-1): the post's lines over its signature naming the poster's handle ("— Téléfoot
(@telefoot_TF1) June 1, 2018"), on a page saved as text, neither end the article nor split it:
the paragraphs under the post are the article's, and so are the post's own words (the article
quotes them). The reported shape (a hashtag and score line over the post's sentence, French)
and two variants of our own (an Italian post, a German post of two lines and no hashtag)."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

HEADLINE = "Harbour Rovers beat Kestrel Town in the cup"
ABOVE = [
    "Harbour Rovers won at home on Saturday evening, three goals to one, in a match that was "
    "closer than the score suggests until the last twenty minutes of the second half.",
    "Their captain opened the scoring from a free kick before the break, and the visitors had "
    "barely touched the ball in the home side's half by then, as the crowd was quick to remind them.",
]
BELOW = [
    "After the break the visitors pressed harder, and twice their striker was left alone in front "
    "of the goal, but the home keeper saved both shots and the lead held until the end.",
]

POSTS = {
    "hashtag-score": [
        "#HARKES 36e 1-1",
        "Kestrel revient au score ! Le capitaine voit son coup franc repoussé par le gardien, mais "
        "Moreau suit et égalise de près.",
        "— Radio Sport (@radiosport_fr) May 3, 2025",
    ],
    "italian": [
        "#HARKES 1-0 (23')",
        "Che gol del capitano, all'incrocio da trenta metri. Rovers in vantaggio all'intervallo!",
        "— Radio Sport Italia (@radiosport_it) May 3, 2025",
    ],
    "german": [
        "Ausgleich in der 36. Minute!",
        "Kestrel trifft nach einem Freistoß, der Torwart ist ohne Chance. Jetzt wird es spannend.",
        "— Sportradio Nord (@sportradio_nord) 3. Mai 2025",
    ],
}


@pytest.mark.parametrize("name", sorted(POSTS))
def test_the_article_goes_on_under_an_embedded_post(name: str) -> None:
    post = POSTS[name]
    text = "\n".join([*MENU, HEADLINE, *ABOVE, *post, *BELOW, *FOOTER]) + "\n"
    got = kinds(text)
    for line in [*ABOVE, *post[:-1], *BELOW]:
        assert got[line] == "content", (line, got[line])


def test_a_post_after_the_article_leaves_the_footer_noise() -> None:
    post = POSTS["italian"]
    text = "\n".join([*MENU, HEADLINE, *ABOVE, *BELOW, *post, *FOOTER]) + "\n"
    got = kinds(text)
    assert all(got[line] != "content" for line in FOOTER), {line: got[line] for line in FOOTER}
