"""A firm, a town and a person sharing a word, across articles (tester report t13i, round s24-c):

- F3: a town that is a firm's leading word was filed under the firm: "Kvalsund" of "Voices from
  Kvalsund", "Tennfjord shares slide after Kvalsund fire", "the fire at its Kvalsund plant" (articles
  that never name the firm) was ORG "Kvalsund Polymers AS", and ``who:"Kvalsund Polymers"`` found
  them;
- F8: ``who:"Solfrid Tveter"`` found an article naming only the firm "Tveter Bygg AS" and missed
  "Tveter said she would testify" (in no entity, though Quotes gave it to her);
- F9: "Osterby said the warranty still applied." was in no entity (Quotes had a speaker "Osterby")
  where the corpus's one firm of that leading word is "Osterby Pumps AS".

The corpora are in ``tests/shared_word_corpora.py``: each list's first is the tester's (its
sentences), the other two invented. Entities, ``who:`` (totals and spans) and Quotes must agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_word_corpora import LEADING, SURNAMES, TOWNS
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import cli, hits

# -- F3: the town is the place, the firm keeps the articles naming it --------------------------


@pytest.mark.parametrize(("files", "firm", "town", "firm_docs", "town_only"), TOWNS)
def test_a_town_named_like_a_firm_is_not_the_firm(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    firm: str,
    town: str,
    firm_docs: list[str],
    town_only: list[str],
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, files)
    assert found["ORG"][firm] == firm_docs, found
    assert town not in found.get("ORG", {}), found
    core = firm.rsplit(" ", 1)[0]
    for query in (f'who:"{core}"', f'who:"{firm}"'):
        got = hits(capsys, root, query)
        assert sorted(got) == firm_docs, (query, got)
        # the town written alone in a firm's article is no match of the firm
        assert all(span != town for spans in got.values() for span in spans), (query, got)
    # the articles naming only the town: never the firm's, in each article's own list too
    for doc in town_only:
        listed = cli(capsys, root, "entities", doc)["entities"]
        assert not any(e["type"] == "ORG" and e["name"] == firm for e in listed), (doc, listed)


def test_a_dateline_town_gathers_the_place_uses_of_the_word(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # the reported corpus: the dateline's KVALSUND and the town written in a firm's article are one place
    files, _firm, town, _docs, town_only = TOWNS[0]
    found = run(capsys, tmp_path / "c", files)
    place = {name.casefold(): docs for name, docs in found.get("GPE", {}).items()}
    assert set(town_only) | {"wire", "union"} <= set(place[town.casefold()]), found.get("GPE")


# -- F8: a person's lone surname across articles, beside a firm of that word --------------------


@pytest.mark.parametrize(("files", "person", "firm"), SURNAMES)
def test_the_lone_surname_is_the_person_and_the_firm_article_is_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], person: str, firm: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, files)
    surname = person.rsplit(" ", 1)[-1]
    assert found["PERSON"][person] == ["a", "c", "d"], found
    assert found["ORG"][firm] == ["b", "c"], found
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "c", "d"], got  # never b, which names only the firm
    assert got["c"] == [surname] and got["d"] == [surname], got  # the firm in c is not lit
    listed = cli(capsys, root, "entities", "d")["entities"]
    assert [(e["type"], e["name"]) for e in listed if e["type"] == "PERSON"] == [("PERSON", person)], listed
    # Quotes credit the statements of c and d to the same person
    speakers = {(q["doc"], s["name"]) for s in cli(capsys, root, "quotes")["speakers"] for q in s["quotes"]}
    assert {("c", person), ("d", person)} <= speakers, speakers


# -- F9: a firm's leading word as a speaker, the corpus's one firm of that word -----------------


@pytest.mark.parametrize(("files", "firm", "word", "said"), LEADING)
def test_a_firms_leading_word_as_its_subject_is_the_one_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], firm: str, word: str, said: bool
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, files)
    docs = sorted(name.removesuffix(".txt") for name in files)
    assert found["ORG"][firm] == docs, found
    assert word not in found.get("ORG", {}) and word not in found.get("PERSON", {}), found
    for query in (f"who:{word}", f'who:"{firm.rsplit(" ", 1)[0]}"', f'who:"{firm}"'):
        got = hits(capsys, root, query)
        assert sorted(got) == docs, (query, got)
        assert got["c"] == [word], (query, got)
    speakers = {(q["doc"], s["name"]) for s in cli(capsys, root, "quotes")["speakers"] for q in s["quotes"]}
    assert not any(name == word for _doc, name in speakers), speakers
    if said:
        assert ("c", firm) in speakers, speakers


def test_a_firms_leading_word_that_is_also_a_persons_surname_is_not_the_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # the corpus names a person of that word too: "Osterby said" is not known to be the firm
    files = dict(LEADING[0][0])
    files["e.txt"] = "Firm notes five\n\nMechanic Anne Osterby fitted the pumps on Monday.\n"
    found = run(capsys, tmp_path / "c", files)
    assert found["ORG"]["Osterby Pumps AS"] == ["a", "b", "d"], found


def test_a_place_use_of_the_leading_word_is_not_the_firm(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # the one firm of that word, but the word used as a place: no firm's verb after it
    files = dict(LEADING[0][0])
    files["c.txt"] = "Firm notes three\n\nVoices from Osterby\n\nThe Osterby fire burned for a day.\n"
    found = run(capsys, tmp_path / "c", files)
    assert found["ORG"]["Osterby Pumps AS"] == ["a", "b", "d"], found
