"""A facility's name read again and again is checked for a person's cues once (review s35-rv2 item 3).

Reported: ``context_candidates`` asked ``_read_as_person`` (a search of the whole article for the
name and its surname) at every "the NAME mine" or "la mina NAME" match, so an article naming its
mine 2,000 times took 15.8 s. The answer depends only on the article and the name, so it is asked
once a name; the work is counted, not timed, and the spans stay those of every match.
"""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities import context

CASES = [
    # the reported input: a mine named after a person, in English
    ("Workers returned to the Kwame Asante gold mine on day {i} and the shift went well. ", ["Kwame Asante"]),
    # another name and structure noun, with the founder a person elsewhere
    (
        "Crews reached the San Telmo copper mine at hour {i}; Dr. Anna Berg said the Morwenna Vale colliery held. ",
        ["San Telmo", "Morwenna Vale"],
    ),
    # the kind noun before the name, Spanish
    ("Los mineros volvieron a la mina Rosa Quispe el día {i} sin problemas. ", ["Rosa Quispe"]),
]


@pytest.mark.parametrize(("unit", "names"), CASES)
def test_person_cues_read_once_a_name(monkeypatch: pytest.MonkeyPatch, unit: str, names: list[str]) -> None:
    text = "".join(unit.format(i=i) for i in range(60))
    few = context.context_candidates("".join(unit.format(i=i) for i in range(2)))
    asked: list[str] = []
    first = context._read_as_person

    def counting(text: str, name: str) -> bool:
        asked.append(name)
        return first(text, name)

    monkeypatch.setattr(context, "_read_as_person", counting)
    found = context.context_candidates(text)
    assert asked, "the rule under test ran"
    assert len(asked) == len(set(asked)) <= len(names) + 1, asked
    # every mention still found, as in a short text: 60 repetitions give 30 times the short one's
    fac = [t for t in found if t[2] == "FAC"]
    assert len(fac) == 30 * len([t for t in few if t[2] == "FAC"]) > 0
