"""A wire's label in capitals opening a line before a firm is no part of its name, and an
entity is never named by a long form only boilerplate writes (t13n F2, round s27-i): a press
release's PR Newswire furniture line "SOURCE Sorvena Químicos S.A." named the firm "SOURCE Sorvena
Químicos S.A." corpus-wide. The reported line and two invented variants (other firms, other
labels)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


CASES = [
    # reported (t13n F2)
    ("Sorvena Químicos S.A.", "SOURCE", "Media contact:\nMarta Vilaça, Head of Communications\n\n"),
    # invented: another firm and legal form, the same label
    ("Halvik Chemicals Ltd", "SOURCE", "Contact: press@halvik.example\n\n"),
    # invented: another label in capitals
    ("Tennmark Foods SE", "CONTACT", ""),
]


@pytest.mark.parametrize(("firm", "label", "between"), CASES)
def test_the_line_label_is_left_out_of_the_firm(rec: Recognizer, firm: str, label: str, between: str) -> None:
    text = f"{firm} said the plant was safe on Monday.\n\n{between}{label} {firm}\n\n###\n"
    got = names(rec, text)
    assert (firm, "ORG") in got, got
    assert not any(label in t for t, _ in got), got


@pytest.mark.parametrize(("firm", "label", "between"), CASES)
def test_a_long_form_only_in_boilerplate_does_not_name_the_entity(firm: str, label: str, between: str) -> None:
    long = f"{label} {firm}"
    docs = {
        "a": [Mention(0, len(firm), firm, "ORG", f"ORG:{firm}")],
        "b": [
            Mention(0, len(firm), firm, "ORG", f"ORG:{firm}"),
            Mention(90, 90 + len(long), long, "ORG", f"ORG:{long}", True),
        ],
    }
    ents = [e for e in group(docs) if e.label == "ORG"]
    assert len(ents) == 1, [(e.name, e.key) for e in ents]
    assert ents[0].name == firm and ents[0].key == f"ORG:{firm}"
    assert len(ents[0].mentions) == 3


def test_an_acronym_opening_a_line_stays(rec: Recognizer) -> None:
    got = names(rec, "Orvane Mining said output fell.\nNATO Secretary Mark Rutte spoke.\n")
    assert ("NATO", "ORG") in got and ("Mark Rutte", "PERSON") in got, got
