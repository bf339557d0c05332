"""A dateline in capitals closed by a colon names a place (t13v F3, round s32-r): "HYERES: The
mayor of Hyeres said" made "HYERES" and then "Hyeres" an organisation, where "PESHAWAR: The ..."
was a place, because only a place the lists know as written counted. A place the lists know
without its accents ("HYERES" for "Hyères") or one the article names again inside a sentence ("of
Korvik") is one too; a label ("WATCH:", "EXCLUSIVE:") stays none. The reported text and two
invented variants."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "dateline", "again"),
    [
        (  # reported (repro v9)
            "Fire season: clubs and towns help\n\nBy Anna Lind\n\nHYERES: The mayor of Hyeres said on Monday "
            "that Aubrac FC would host a charity match for the families of the fire victims.\n",
            "HYERES",
            "Hyeres",
        ),
        (  # invented: a listed town written without its accents, not named again
            "Vineyards burn\n\nBEZIERS: Firefighters said on Monday that the blaze near the vineyards was contained.\n",
            "BEZIERS",
            None,
        ),
        (  # invented: a town no list holds, named again in the text
            "Ferry back\n\nKORVIK: The harbour master of Korvik said the ferry had sailed at noon with "
            "forty passengers.\n",
            "KORVIK",
            "Korvik",
        ),
    ],
)
def test_a_colon_dateline_names_a_place(rec: Recognizer, text: str, dateline: str, again: str | None) -> None:
    assert (dateline, "GPE") in names(rec, text), names(rec, text)
    assert all(label == "GPE" for label, _ in keys(rec, text, dateline))
    if again is not None:
        assert keys(rec, text, again) and all(label == "GPE" for label, _ in keys(rec, text, again))
    assert not any(name.lower() == "the" for name, _ in names(rec, text))


@pytest.mark.parametrize(
    "text",
    [
        "EXCLUSIVE: The minister said the ferry had sailed.",
        "WATCH: The mayor explains the new bus lanes",
        "ANALYSIS: Why the ferry sailed late, as the Analysis desk saw it",
    ],
)
def test_a_label_before_a_colon_stays_no_place(rec: Recognizer, text: str) -> None:
    assert not any(label == "GPE" for _, label in names(rec, text)), names(rec, text)
