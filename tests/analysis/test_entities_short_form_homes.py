"""The corpus grouping sends a key to the entity its home is merged into in turn (t13o F3, round
s29-g): "Andina Sur" typed a person in the live blog went into the firm "Andina Sur", which went
into "Minera Andina Sur S.A."; the article's own entities kept "Andina Sur" apart. The reported
keys and two invented variants."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.index.search.whoosh.corpus_names import merged_keys

CASES = [
    ("Andina Sur", "Minera Andina Sur", "Minera Andina Sur S.A."),  # reported (t13o F3)
    ("Costa Verde", "Pesquera Costa Verde", "Pesquera Costa Verde S.A."),
    ("Cobre Norte", "Minera Cobre Norte", "Minera Cobre Norte S.A."),
]


@pytest.mark.parametrize(("short", "long", "full"), CASES)
def test_every_form_goes_to_the_last_home(short: str, long: str, full: str) -> None:
    keys = [f"ORG:{short}", f"ORG:{long}", f"ORG:{full}", f"PERSON:{short}", f"PERSON:{long}"]
    into = merged_keys(keys)
    for key in keys[:2] + keys[3:]:
        assert into.get(key_form(key)) == f"ORG:{full}", (key, into)
