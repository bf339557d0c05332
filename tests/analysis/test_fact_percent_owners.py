"""A percentage "of the X's Y" is a share of the owner's noun phrase, never of the owner (issue #16,
session 26 probe of an invented typhoon). Found: the local paper's "70 percent of the province's
standing rice crop" and the explainer's "about 18 percent of the province's people" were both
labelled "share of province's" (one head, "province's": two different nouns' shares could be one
fact). A common noun's possessive after "the" ("the province's", "the city's") is the story's own
thing, as "its" is, and left out of the label (#16, t13z H2); a name's is kept ("Norway's")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # found (Casilang Courier, The Monsoon Review)
        (
            "The provincial agriculture office estimated that 70 percent of the province's standing rice crop was flattened.",
            "share of standing rice crop flattened",  # its state labels it too (s36-qa)
        ),
        (
            "About 18 percent of the province's people already lived below the poverty line.",
            "share of people",
        ),
        # variants of my own
        ("Some 40% of Norway's salmon farms were hit by the algae.", "share of Norway's salmon farms hit"),
        ("About 12% of the city's buses were out of service.", "share of buses"),
    ],
)
def test_a_share_of_an_owners_noun_is_labelled_by_the_noun(text: str, label: str) -> None:
    labels = [f.label for f in sheet(text) if f.values[0].kind == "percent"]
    assert labels == [label], labels


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "The office said 70 percent of the province's standing rice crop was flattened.",
            "The office said 40 percent of the province's people had no water.",
        ),
        ("About 12% of the city's buses were out of service.", "About 15% of the city's trains were out of service."),
    ],
)
def test_shares_of_one_owners_different_nouns_are_never_compared(text: str, other: str) -> None:
    facts = sheet(text, other)
    shares = [(f.label, f.status, [value_text(v) for v in f.values]) for f in facts if f.values[0].kind == "percent"]
    assert len(shares) == 2 and all(status == "single source" for _, status, _ in shares), shares
