""":func:`person_joins.surname_aliases`: a one-word person is the corpus's one person of that
surname, unless another person or an entity of another kind bears it (names invented)."""

from __future__ import annotations

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.person_joins import surname_aliases


def test_the_one_person_of_a_surname() -> None:
    assert surname_aliases(["PERSON:Ilse Korvan", "PERSON:Korvan", "GPE:Halvik"]) == {
        "person:korvan": "PERSON:Ilse Korvan"
    }
    # folded as keys are (key_form): case and accents
    assert surname_aliases(["PERSON:korvan", "PERSON:Ilse Körvan"]) == {"person:korvan": "PERSON:Ilse Körvan"}


def test_no_alias_when_the_surname_is_shared_or_names_something_else() -> None:
    assert surname_aliases(["PERSON:Ilse Korvan", "PERSON:Jan Korvan", "PERSON:Korvan"]) == {}
    assert surname_aliases(["PERSON:Ilse Korvan", "ORG:Korvan", "PERSON:Korvan"]) == {}
    assert surname_aliases(["PERSON:Ilse Korvan", "GPE:Korvan"]) == {}  # no lone person to join


def m(start: int, name: str) -> Mention:
    return Mention(start, start + len(name), name, "PERSON", f"PERSON:{name}")


def test_group_moves_the_surname_into_the_person_in_document_order() -> None:
    [ent] = group({"c": [m(9, "Korvan")], "b": [m(20, "Ilse Korvan"), m(90, "Ilse Korvan")]})
    assert ent.key == "PERSON:Ilse Korvan" and [d for d, _ in ent.mentions] == ["c", "b", "b"]
    apart = group({"c": [m(9, "Korvan")], "b": [m(20, "Ilse Korvan")], "d": [m(3, "Jan Korvan")]})
    assert sorted(e.name for e in apart) == ["Ilse Korvan", "Jan Korvan", "Korvan"]
