"""Captions each closed by a note in brackets on where their picture or video came from, in words
that change from one to the next, are captions (issue #14, unseen36 france24-1: "… party
atmosphere. (Video sent to our team by one of the protesters)", "… reads this banner. (One of the
protestors sent our team this photo.)", "(Video by Lorena)." under a reader-sourced report's
pictures stayed the article's text). The reported notes, then two variants of my own: notes with
the picture's word in the middle ("(Footage filmed by a resident and shared with us)") and Spanish
notes ("(Foto enviada por un vecino)"). One such note in the article is its own sentence's.
Invented text.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import PARAS, assert_article_kept, kinds

_CASES: dict[str, list[str]] = {
    "reported": [
        "At the beginning of last week, the protest had a party atmosphere. (Video sent to our team by one of the protesters)",
        '"We are not stateless", reads this banner. (One of the protestors sent our team this photo.)',
        "There was a surge in tensions on August 21. (Video by Lorena).",
    ],
    "footage": [
        "Water reached the first floor of the school on Main Street. (Footage filmed by a resident and shared with us)",
        "The bridge on the ring road, closed since Monday. (A reader took these images from her balcony)",
        "Volunteers fill sandbags at the fire station. (Photos provided by the fire brigade)",
    ],
    "es": [
        "El agua llegó al primer piso de la escuela de la calle Mayor. (Foto enviada por un vecino)",
        "El puente de la circunvalación, cerrado desde el lunes. (Vídeo grabado por una lectora)",
        "Voluntarios llenan sacos de arena en el cuartel. (Imágenes cedidas por los bomberos)",
    ],
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_captions_with_a_note_on_their_picture_are_captions(case: str) -> None:
    captions = _CASES[case]
    lines = [
        "Council passes budget after long debate",
        PARAS[0],
        captions[0],
        PARAS[1],
        captions[1],
        PARAS[2],
        captions[2],
        PARAS[3],
    ]
    got = kinds("\n\n".join(lines) + "\n")
    assert_article_kept(got)
    assert {got[c] for c in captions} == {"caption"}


def test_one_bracketed_note_on_a_video_stays_the_articles() -> None:
    line = "The mayor posted her answer online the same evening. (The video has since been removed.)"
    lines = ["Council passes budget after long debate", PARAS[0], PARAS[1], line, PARAS[2], PARAS[3]]
    got = kinds("\n\n".join(lines) + "\n")
    assert got[line] == "content"
