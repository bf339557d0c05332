"""A determiner written alone is never a name (t13v F3, round s32-r). Since the gazetteer keeps a
country's "The" outside its name (round s32-b), "The Gambia and The Netherlands" left the second
"The" alone in the name's run; it was typed a GPE "The" by the place beside it, and that one-word
name then spread to every sentence-opening "The" of the article. The reported sentences and two
invented variants (other countries, other wording)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # reported (saved-page-coastwatch.txt, repro v9)
        (
            "By Tom Hale\n\nThe crew of a small ferry were hailed as heroes.\n\n"
            "The Gambia and The Netherlands sent condolences, their embassies in The Hague said in a joint note.\n",
            ["Gambia", "Netherlands", "The Hague"],
        ),
        (
            "Fire season\n\nThe Netherlands and The Gambia sent messages, and the International Court of "
            "Justice in The Hague observed a minute of silence.\n",
            ["Netherlands", "Gambia", "The Hague"],
        ),
        # invented: other countries, other wording, a list of three
        (
            "Relief flights\n\nThe first plane landed at dawn. Aid came from The Bahamas, The Philippines "
            "and The Gambia, officials said. The second plane was delayed.\n",
            ["Bahamas", "Philippines", "Gambia"],
        ),
        (
            "Talks\n\nDelegates of The Philippines and The Netherlands met in Geneva. The talks ended late.\n",
            ["Philippines", "Netherlands", "Geneva"],
        ),
    ],
)
def test_a_determiner_alone_is_no_name(rec: Recognizer, text: str, places: list[str]) -> None:
    found = names(rec, text)
    assert not any(name.lower() == "the" for name, _ in found), found
    for place in places:
        assert (place, "GPE") in found, found
