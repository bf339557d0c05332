"""Quote speakers: an inverted attribution with a role, unnamed groups, a subject with an
apposition, one speaker across articles (issues #13/#16; tester report t13 item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes import Quote
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace


def quotes_of(tmp_path: Path, text: str) -> list[Quote]:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(text, "utf-8")
    return Analyser(Corpus.scan(folder), data_dir=tmp_path / "data").doc("a").quotes


def _named(quotes: list[Quote]) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Unitree robots were deployed to search the hull, said Geoffrey Hinton, a volunteer adviser.",
            "Geoffrey Hinton",
            "Unitree robots were deployed to search the hull",
        ),
        (
            "Kessel Ferries had cancelled every crossing until Monday, said Marta Eklund, a union official.",
            "Marta Eklund",
            "Kessel Ferries had cancelled every crossing until Monday",
        ),
        (
            "The pumps failed twice overnight, said Priya Raman, who runs the harbour workshop.",
            "Priya Raman",
            "The pumps failed twice overnight",
        ),
    ],
)
def test_clause_then_said_name_and_role(tmp_path: Path, sentence: str, speaker: str, content: str) -> None:
    quotes = quotes_of(tmp_path, f"Ferry search\n\nThe search went on for a second day.\n\n{sentence}\n")
    assert _named(quotes) == [(speaker, content)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Harbour officials said the weather had been calm for most of the morning.",
            "the weather had been calm for most of the morning",
        ),
        ("Police said the crossing would stay closed until Monday.", "the crossing would stay closed until Monday"),
        ("The boat sank within minutes, witnesses said.", "The boat sank within minutes"),
        ("A spokesperson said the route would reopen next week.", "the route would reopen next week"),
    ],
)
def test_an_unnamed_group_is_no_named_entity_from_elsewhere(tmp_path: Path, sentence: str, content: str) -> None:
    # Before: the organisation named in the paragraph before ("Nordsea Lines"), or the agency of
    # the dateline ("Reuters").
    text = (
        "Ferry capsizes\n\nPORTMERE, March 14 (Reuters) - A ferry capsized on Friday.\n\n"
        "The operator, Nordsea Lines, said it was cooperating fully with the investigation.\n\n"
        f"{sentence}\n"
    )
    quotes = quotes_of(tmp_path, text)
    assert (None, content) in _named(quotes)
    assert all(name in (None, "Nordsea Lines") for name, _ in _named(quotes))
    assert [t for n, t in _named(quotes) if n == "Nordsea Lines"] == ["it was cooperating fully with the investigation"]


def test_a_group_of_a_named_organisation_is_that_organisation(tmp_path: Path) -> None:
    quotes = quotes_of(tmp_path, "Ferry\n\nA spokesperson for Nordsea Lines said the route would reopen next week.\n")
    # round s39-x2 (issue #16): the body's unnamed spokesperson, linked to the body, speaks
    # (this test had the body itself speak)
    assert _named(quotes) == [("Spokesperson for Nordsea Lines", "the route would reopen next week")]


def test_a_group_word_before_a_name_is_that_name(tmp_path: Path) -> None:
    quotes = quotes_of(tmp_path, "Ferry\n\nThe wreck would be raised next week, said police chief Anna Berg.\n")
    assert _named(quotes) == [("Anna Berg", "The wreck would be raised next week")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "quoted"),
    [
        (
            'Ueda, the harbour master, said "the sea was calm but the ship listed suddenly".',
            "Ueda",
            "the sea was calm but the ship listed suddenly",
        ),
        (
            'Eklund, who chairs the union, said "nobody takes this step lightly".',
            "Eklund",
            "nobody takes this step lightly",
        ),
        (
            'Hiroshi Ueda, the harbour master, said "the divers will go down again at dawn".',
            "Hiroshi Ueda",
            "the divers will go down again at dawn",
        ),
    ],
)
def test_name_apposition_said_quote(tmp_path: Path, sentence: str, speaker: str, quoted: str) -> None:
    quotes = quotes_of(tmp_path, f"Ferry disaster\n\nThe death toll rose to 14 on Friday.\n\n{sentence}\n")
    assert [(q.kind, n, t) for q, (n, t) in zip(quotes, _named(quotes), strict=True)] == [("direct", speaker, quoted)]


def test_called_for_a_quotation_stays_a_partial_quote(tmp_path: Path) -> None:
    quotes = quotes_of(tmp_path, 'Strike\n\nJonas Berg called for "calm heads and a quick settlement" on Monday.\n')
    assert [q.kind for q in quotes] == ["partial"]


def _sheet(tmp_path: Path, docs: dict[str, str]):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return Workspace(folder, tmp_path / "index", tmp_path / "data").quotes()


@pytest.mark.parametrize("title", ["Harbour Master", "Station Master", "Harbourmaster"])
def test_title_and_lone_surname_are_one_speaker_across_articles(tmp_path: Path, title: str) -> None:
    # t13: "Hiroshi Ueda", "Harbour Master Hiroshi Ue…" and "Ueda" were three speakers, and the
    # title's "Ueda" a place (the town of Ueda).
    sheet = _sheet(
        tmp_path,
        {
            "a": f"Ferry\n\nA ferry capsized on Friday, killing 12 people, {title} Hiroshi Ueda said.\n\n"
            '"We are still searching for survivors," Ueda told reporters.\n',
            "b": "Ferry update\n\nHiroshi Ueda said the ferry was carrying 212 passengers.\n",
            "c": 'Ferry toll\n\nUeda, the harbour master, said "the sea was calm but the ship listed suddenly".\n',
        },
    )
    by_name = {sp.name: {q.doc for st in sts for q in st.members} for sp, sts in sheet.speakers}
    assert by_name == {"Hiroshi Ueda": {"a", "b", "c"}}
    analysis = Analyser(Corpus.scan(tmp_path / "corpus"), data_dir=tmp_path / "data2").doc("a")
    ueda = [m for m in analysis.mentions if "Ueda" in m.text]
    assert {(m.label, m.key) for m in ueda} == {("PERSON", "PERSON:Hiroshi Ueda")}
