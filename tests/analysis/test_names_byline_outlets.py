"""A byline's field after the author that ends in a newspaper's word is the outlet (ORG), with or
without "The", in Dutch, German, French or other languages too ("By Sjoerd Hoekstra, Leeuwarder
Koerier"), and a paper's title joined by "and" is one name ("The Skye and Lochalsh Courier")
(issue #16, round s29-c: heldout22's "Leeuwarder Koerier" was a second author, a PERSON). The
reported shapes first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("byline", "authors", "outlet"),
    [
        # reported (heldout22, heldout20)
        ("By Sjoerd Hoekstra, Leeuwarder Koerier", ["Sjoerd Hoekstra"], "Leeuwarder Koerier"),
        (
            "By Mòrag NicLeòid, Local Democracy Reporter, The Skye and Lochalsh Courier",
            ["Mòrag NicLeòid"],
            "The Skye and Lochalsh Courier",
        ),
        # invented: other papers, other languages, two authors
        ("By Jan de Vries and Tom Bakker, Haagsche Courant", ["Jan de Vries", "Tom Bakker"], "Haagsche Courant"),
        ("By Lena Maier, Oberhessischer Anzeiger", ["Lena Maier"], "Oberhessischer Anzeiger"),
        ("By Ruth Cole, The Tweed and Teviot Courier", ["Ruth Cole"], "The Tweed and Teviot Courier"),
    ],
)
def test_the_paper_after_the_author(rec: Recognizer, byline: str, authors: list[str], outlet: str) -> None:
    found = names(rec, f"{byline}\n\nThe ferry firm will drop its night sailings from November, it said.")
    for author in authors:
        assert (author, "PERSON") in found
    assert (outlet, "ORG") in found
    assert not any(label == "PERSON" and n in outlet for n, label in found)
