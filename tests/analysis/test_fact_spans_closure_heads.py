"""Round spans of years read whole, and the thing a closure's duration is of read past a phrase before
its subject, an aside after it, or as an active verb's object (issue #16, round s37-f2; t13ac M13 and
the brief's closures, with variants of my own)."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts.extract import RELATIVE_YEAR, extract_figures, relative_year


@pytest.mark.parametrize(
    ("said", "years"),
    [
        ("half a century ago", 50),  # reported
        ("a quarter of a century ago", 25),  # was "a century ago": 100
        ("three quarters of a century ago", 75),
        ("half a decade ago", 5),
        ("a half-century ago", 50),
        ("a half century ago", 50),
        ("a century ago", 100),
        ("two decades ago", 20),
    ],
)
def test_a_round_span_is_read_whole(said: str, years: int) -> None:
    m = RELATIVE_YEAR.search(f"The mountain last blew {said}.")
    assert m is not None and m.group() == said
    assert relative_year(m) == years


@pytest.mark.parametrize(
    "said", ["half a century ago", "a quarter of a century ago", "half a decade ago", "a half-century ago"]
)
def test_a_round_spans_date_entity_is_read_whole(said: str) -> None:
    # (t13ac M13: the DATE was "a century ago", "half" lost)
    from name_helpers import names

    from waic_reader.index.analysis.entities.recogniser import Recognizer

    text = f"The killer mountain last blew {said}, when 42 islanders perished."
    assert (said, "DATE") in names(Recognizer(), text)


def test_a_hyphened_half_is_no_span_without_ago() -> None:
    from name_helpers import names

    from waic_reader.index.analysis.entities.recogniser import Recognizer

    assert not [n for n in names(Recognizer(), "Dockers held a half-day strike.") if n[1] == "DATE"]


def test_span_share_names_a_share_or_none() -> None:
    from waic_reader.index.analysis.lexicon import span_share  # (round s37-f2's)

    assert [span_share(w) for w in ("half a", "A quarter of an", "three-quarters of a", "two", "a")] == [
        0.5,
        0.25,
        0.75,
        None,
        None,
    ]


def _durations(text: str) -> list[tuple[str, str]]:
    return [(v.measure, v.label) for v in extract_figures(Art("a", f"Story\n\n{text}")) if v.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the brief's wordings behind a phrase before the subject
        ("In Oskby, schools will stay closed for three days.", ("closure|schools", "closure duration (schools)")),
        ("After the eruption, the museum is closed for a week.", ("closure|museum", "closure duration (museum)")),
        # an aside after the subject: the airport, a way of travel (was keyed "km")
        ("Oskby airport, 30 km from the crater, will stay closed for 72 hours.", ("closure", "closure duration")),
        (
            "The museum, the island's oldest, will stay closed for a week.",
            ("closure|museum", "closure duration (museum)"),
        ),
        # an active verb and its object (was a bare "duration")
        ("Officials closed schools for three days.", ("closure|schools", "closure duration (schools)")),
        ("The council shut the museum for a week.", ("closure|museum", "closure duration (museum)")),
        ("Police suspended the driver for two weeks.", ("suspension|driver", "driver suspension")),
        # unchanged: a way's closure, a relative clause, the bare noun
        ("The line, which carries 40 trains a day, will remain closed for two days.", ("closure", "closure duration")),
        ("Schools will stay closed for three days.", ("closure|schools", "closure duration (schools)")),
    ],
)
def test_a_closures_thing_is_read_past_phrases_and_asides(text: str, expected: tuple[str, str]) -> None:
    assert _durations(text) == [expected]
