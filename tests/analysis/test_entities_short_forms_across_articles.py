"""Short forms one article writes and another article's long form implies, as one entity
(issue #16, t13ai N12; round s41-e2): a firm's one-word name made of the openings of every core
word of its name ("Taipower" of "Taiwan Power Co"), and a place without its township or borough
("Fangliao" of "Fangliao Township"). Two different bodies stay apart."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer, group


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def entity_mentions(rec: Recognizer, texts: dict[str, str]) -> dict[str, set[str]]:
    table = group({doc: rec.recognize(Art(doc, t)) for doc, t in texts.items()})
    return {e.key: {m.text for _, m in e.mentions} for e in table}


@pytest.mark.parametrize(
    ("long_text", "short_text", "key", "short"),
    [
        # the reported input (t13ai's AP wire and Nordic page)
        (
            "Taiwan Power Co. said 410,000 households were without power.",
            "About 35,000 people were evacuated. Taipower said power had been cut to 410,000 households.",
            "ORG:Taiwan Power Co.",
            "Taipower",
        ),
        # variants of my own: both words cut short, accents folded; a firm's whole first word
        (
            "Petróleo Brasileiro SA said output would fall.",
            "Shares of Petrobras fell 3% in Sao Paulo.",
            "ORG:Petróleo Brasileiro SA",
            "Petrobras",
        ),
        (
            "Kestrel Power Company said the lines were down.",
            "Kestrelpower said crews were waiting for the winds to ease.",
            "ORG:Kestrel Power Company",
            "Kestrelpower",
        ),
        # the reported input (t13ai's CWA press release and four articles)
        (
            "The storm made landfall in Fangliao Township, Pingtung County, at 05:40.",
            "The storm made landfall near Fangliao at dawn.",
            "GPE:Fangliao Township",
            "Fangliao",
        ),
        # variants of my own: another township, a borough
        (
            "Flooding closed roads in Linbian Township on Tuesday.",
            "Roads in Linbian were closed.",
            "GPE:Linbian Township",
            "Linbian",
        ),
        (
            "Flooding closed roads in Tarnvik Borough on Tuesday.",
            "Roads in Tarnvik were closed.",
            "GPE:Tarnvik Borough",
            "Tarnvik",
        ),
    ],
)
def test_short_form_merges_with_the_long_form_another_article_writes(
    rec: Recognizer, long_text: str, short_text: str, key: str, short: str
) -> None:
    across = entity_mentions(rec, {"a": long_text, "b": short_text})
    assert short in across.get(key, set()), across
    assert not any(k.endswith(":" + short) for k in across), across


def test_openings_that_skip_a_word_name_another_body(rec: Recognizer) -> None:
    # "Taipower" is no short form of "Taiwan Petroleum Power Co" (its "petroleum" gives no opening)
    across = entity_mentions(
        rec,
        {
            "a": "Taiwan Petroleum Power Co said the plant was shut.",
            "b": "Taipower said power had been cut to 410,000 households.",
        },
    )
    assert "Taipower" not in across.get("ORG:Taiwan Petroleum Power Co", set()), across
