"""A firm named after its partners, joined by "and" in any of the languages firms are named in
("és", "und", "y", "e", "i", "og", "och", "en", "et") or by a word for the partners ("Partners",
"Associates", "Sons", "Brothers", "Társa", "Társai", "Söhne", "Fils", "Figli", …), is one
organisation, with or without its legal form, in prose and in headlines (issue #16, acceptance
reports t13l/t13m F18: "Szabó és Társa Zrt" gave "Társa Zrt", "Smith and Partners Ltd" gave
"Partners Ltd" and a GPE "Smith", a headline's "McAteer and Quinn Ltd" gave "Quinn Ltd" or
nothing). The reported names first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        # reported
        ("The bridge contract went to Szabó és Társa Zrt last year.", "Szabó és Társa Zrt"),
        ("The plans were drawn up by Smith and Partners Ltd for the council.", "Smith and Partners Ltd"),
        # invented: other languages' "and", other words for the partners
        ("Valves came from Müller und Söhne GmbH of Kassel.", "Müller und Söhne GmbH"),
        ("The olives were pressed by García y Hermanos S.L. near Jaén.", "García y Hermanos S.L."),
        ("Nets were mended by Berg og Sønner AS in the harbour.", "Berg og Sønner AS"),
        ("The tiles were supplied by Ferraro e Figli S.p.A. last spring.", "Ferraro e Figli S.p.A."),
        ("Timber was sold to Lind och Söner AB on Friday.", "Lind och Söner AB"),
        ("The dyke was raised by Jansen en Zonen BV this summer.", "Jansen en Zonen BV"),
    ],
)
def test_partners_joined_in_any_language_are_one_firm(rec: Recognizer, sentence: str, firm: str) -> None:
    found = names(rec, f"Business news\n\n{sentence}\n")
    assert (firm, "ORG") in found, found
    # no partner's piece ("Társa Zrt", "Partners Ltd", "Smith") as a name of its own
    assert not any(text != firm and text in firm for text, _label in found), found


@pytest.mark.parametrize(
    ("text", "firm", "bare"),
    [
        # reported
        (
            "The bridge contract went to Szabó és Társa Zrt last year. Szabó és Társa said work would start in May.",
            "Szabó és Társa Zrt",
            "Szabó és Társa",
        ),
        (
            "The plans were drawn up by Smith and Partners Ltd. Smith and Partners said they were sound.",
            "Smith and Partners Ltd",
            "Smith and Partners",
        ),
        # invented
        (
            "Repairs were done by Kovács és Társai Kft in April. Kovács és Társai said the roof was sound.",
            "Kovács és Társai Kft",
            "Kovács és Társai",
        ),
        (
            "The barges belong to Haldane and Sons Ltd. A spokesman for Haldane and Sons declined to comment.",
            "Haldane and Sons Ltd",
            "Haldane and Sons",
        ),
    ],
)
def test_the_bare_name_without_the_form_is_an_organisation(rec: Recognizer, text: str, firm: str, bare: str) -> None:
    # (the entity list makes it the firm's: tests/cli/test_cli_partners_firms_bare_names.py)
    article = f"Business news\n\n{text}\n"
    assert keys(rec, article, firm) == [("ORG", f"ORG:{firm}")]
    assert [label for label, _key in keys(rec, article, bare)] == ["ORG"]
    found = names(rec, article)
    assert not any(text not in (firm, bare) and text in firm for text, _label in found), found


@pytest.mark.parametrize(
    ("headline", "firm"),
    [
        # reported (in a headline: nothing, or "QUINN LTD")
        ("McAteer and Quinn Ltd Fined Over Crane Collapse", "McAteer and Quinn Ltd"),
        ("MCATEER AND QUINN LTD FINED OVER CRANE COLLAPSE", "MCATEER AND QUINN LTD"),
        # invented
        ("Szabó és Társa Zrt Wins Bridge Contract", "Szabó és Társa Zrt"),
        ("MÜLLER UND SÖHNE GMBH SHUTS KASSEL PLANT", "MÜLLER UND SÖHNE GMBH"),
        ("Pennock and Vaile Ltd Lodges Appeal Over Mill", "Pennock and Vaile Ltd"),
    ],
)
def test_a_partners_firm_in_a_headline_is_one_firm(rec: Recognizer, headline: str, firm: str) -> None:
    found = names(rec, f"{headline}\n\nThe company said it would respond in due course.\n")
    assert (firm, "ORG") in found, found
    assert not any(label == "ORG" and text != firm for text, label in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # two firms or two people stay two: no partner word and no legal form after one word
        "Shares in Kestrel Hydro and Borealis Ltd fell on Monday.",
        "Talks between Velquist Ltd and Ardent LLP broke down.",
    ],
)
def test_two_firms_joined_by_and_stay_two(rec: Recognizer, sentence: str) -> None:
    found = {text for text, label in names(rec, f"Markets\n\n{sentence}\n") if label == "ORG"}
    assert not any(" and " in text for text in found), found
