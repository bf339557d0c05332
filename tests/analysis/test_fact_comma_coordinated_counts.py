"""A count's role comes from its own verb in a clause joined to the one before by a comma, as
headlines and ledes write them: "Harlow Ridge Fire kills four, forces 23,000 from homes" is a toll
of four and 23,000 people evacuated, never a toll of 23,000 the article later "revised" to four
(issue #16, t13ap N1: the timeline said the first death toll was 23,000)."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.facts.display import value_text


def _rows(text: str) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """label → [(value, its article's earlier values)] of one article whose first line is its headline."""
    return {
        f.label: [(value_text(v), tuple(value_text(e) for e in v.earlier)) for v in f.values]
        for f in fact_sheet([(Art("a", text), [])])
    }


@pytest.mark.parametrize(
    ("headline", "body", "toll", "moved"),
    [
        # the tester's headline (valley-courier-harlow-fire.txt)
        (
            "Harlow Ridge Fire kills four, forces 23,000 from homes",
            "The Harlow Ridge Fire has killed four people, Tamsin County officials said.",
            "4",
            "23,000",
        ),
        # another verb of forcing, another figure
        (
            "Flash flood kills six, drives 4,500 from homes in the valley",
            "Officials said the flood had killed six people overnight.",
            "6",
            "4,500",
        ),
        # "out of homes", digits for the toll
        (
            "Wildfire kills 2, forces 9,000 out of homes",
            "Two people have died in the blaze, the sheriff said.",
            "2",
            "9,000",
        ),
    ],
)
def test_second_count_takes_its_own_verb(headline: str, body: str, toll: str, moved: str) -> None:
    rows = _rows(f"{headline}\n\n{body}")
    assert rows["death toll"] == [(toll, ())], rows
    assert rows["people evacuated"] == [(moved, ())], rows


def test_second_count_of_another_verb_is_no_toll() -> None:
    """A verb the sheet has no measure for ("leaves 40,000 without power") still keeps the count
    out of the toll."""
    rows = _rows("Storm kills six, leaves 40,000 in the dark\n\nThe storm killed six people, police said.")
    assert rows["death toll"] == [("6", ())], rows


def test_part_after_the_comma_without_a_verb_keeps_the_cue() -> None:
    """ "killed four people, including three children": a part of the toll, as before."""
    rows = _rows("Crash kills four people, including 3 children\n\nFour people died in the crash.")
    assert rows["death toll"] == [("4", ())], rows
