"""A town that is a firm's first word, written alone, is no firm (t13k F9; names invented): the
heading "Hallvik counts the cost" in the article whose footer names the newspaper "Hallvik Avis
AS", and "the port of Kvalsund" beside "Kvalsund Havn AS", were filed under the firms. A
newspaper is named after its town (its legal form after its newspaper's word now too), and a
place's own kind of place before "of" ("the port of", "the harbour of") names a place. The
reported shapes and two invented variants each; the s24-c rules are in
test_names_firm_town_surname.py."""

from __future__ import annotations

import pytest
from name_helpers import keys

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "town", "firm"),
    [
        # reported (t13k F9)
        (
            "# Hallvik counts the cost\n\nThe flood hit the town on Monday.\n\nCopyright (c) Hallvik Avis AS 2025\n",
            "Hallvik",
            "Hallvik Avis AS",
        ),
        ("Port news\n\nKvalsund Havn AS, which runs the port of Kvalsund, said the quay was closed.\n", "Kvalsund",
         "Kvalsund Havn AS"),
        # invented: another newspaper's word and a copyright sign; "the harbour of"
        ("# Fjordal mourns its fishermen\n\nTwo boats sank off the coast.\n\n© Fjordal Tidende AS\n", "Fjordal",
         "Fjordal Tidende AS"),
        ("Ferry news\n\nSolvik Hamn AB runs the harbour of Solvik and said the quay was closed.\n", "Solvik",
         "Solvik Hamn AB"),
    ],
)  # fmt: skip
def test_the_town_written_alone_is_not_the_firm(rec: Recognizer, text: str, town: str, firm: str) -> None:
    assert ("ORG", f"ORG:{firm}") not in keys(rec, text, town), keys(rec, text, town)
    assert keys(rec, text, firm) == [("ORG", f"ORG:{firm}")]


def test_the_port_firm_s_word_used_as_the_firm_stays_the_firm(rec: Recognizer) -> None:
    # "a statement from Kvalsund": the firm's bare name, as before
    text = "Port news\n\nKvalsund Havn AS closed the quay, according to a statement from Kvalsund.\n"
    assert keys(rec, text, "Kvalsund") == [("ORG", "ORG:Kvalsund Havn AS")]


def test_a_newspaper_s_town_written_alone_is_the_place(rec: Recognizer) -> None:
    # a newspaper is named after its town: its first word alone is that town
    text = "# Hallvik counts the cost\n\nThe flood hit the town. Hallvik has 4,000 people.\n\n© Hallvik Avis AS 2025\n"
    assert keys(rec, text, "Hallvik") == [("GPE", "GPE:Hallvik"), ("GPE", "GPE:Hallvik")]
