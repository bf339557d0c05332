"""The words of an e-mail address or a URL are no words the article writes in lower case, so a
firm's name opening a line keeps its first word (t13n F4, round s27-i): a press release whose
contact line is "press@sorvena.example" cut "Sorvena Químicos S.A." at line starts to "Químicos
S.A.". The reported shape and two invented variants (other firms, a URL)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("firm", "address"),
    [
        # reported (t13n F4)
        ("Sorvena Químicos S.A.", "press@sorvena.example"),
        # invented: another firm and form, an e-mail address
        ("Brenvik Têxteis Lda", "media@brenvik.example"),
        # invented: a URL
        ("Caldora Resinas S.A.", "https://www.caldora.example/news"),
    ],
)
def test_a_firm_opening_a_line_keeps_its_first_word(rec: Recognizer, firm: str, address: str) -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        f"{firm} statement on the incident at the plant\n\n"
        f"LISBON -- {firm} confirms that an incident occurred today.\n\n"
        f"Media contact:\nAna Costa, Head of Communications\n{address}\n"
    )
    got = names(rec, text)
    cut = firm.split(" ", 1)[1]
    assert (firm, "ORG") in got, got
    assert (cut, "ORG") not in got, got
