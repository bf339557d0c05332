"""A firm's leading word used as a river's, a lake's or a landform's name ("on the Tisza", "along
the Lomen", "across the Vuoksi", "the banks of the Tisza") is that place (LOC), not the firm
named after it, which keeps its full name (issue #16, acceptance reports t13l/t13m: "on the
Tisza" beside "Tisza Energia Zrt" was typed as the firm). Where a word of the firm's follows
("a seat on the Tisza board") or a town's reading does ("on the Kvalsund fire": the town, GPE)
the word is not the river. The reported sentence first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import keys

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "river", "firm"),
    [
        # reported
        (
            "Bálint grew up paddling on the Tisza a few kilometres away. The regatta is sponsored by "
            "the energy company Tisza Energia Zrt.",
            "Tisza",
            "Tisza Energia Zrt.",
        ),
        # invented
        (
            "Ferries run along the Lomen every day. Lomen Kraft AS said prices would rise.",
            "Lomen",
            "Lomen Kraft AS",
        ),
        (
            "He rowed across the Vuoksi to the plant. Vuoksi Power Oy said the plant was closed.",
            "Vuoksi",
            "Vuoksi Power Oy",
        ),
        (
            "Water rose on the Tisza overnight. Tisza Energia Zrt said its turbines were safe.",
            "Tisza",
            "Tisza Energia Zrt",
        ),
    ],
)
def test_a_river_reading_of_a_firms_leading_word_is_the_place(
    rec: Recognizer, text: str, river: str, firm: str
) -> None:
    article = f"Regional news\n\n{text}\n"
    assert keys(rec, article, river) == [("LOC", f"LOC:{river}")]
    assert [label for label, _key in keys(rec, article, firm)] == ["ORG"]


def test_a_word_of_the_firms_after_it_keeps_the_firm(rec: Recognizer) -> None:
    article = "Regional news\n\nTisza Energia Zrt posted a profit. She took a seat on the Tisza board in May.\n"
    assert [label for label, _key in keys(rec, article, "Tisza")] == ["ORG"]
