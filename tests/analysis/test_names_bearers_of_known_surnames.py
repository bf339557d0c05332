"""A full name written in the article is never replaced by a gazetteer person who shares only its
surname (t13q F1, round s30-k): "Emre Erdoğan" (with ğ) gave a mention "Erdoğan" of the gazetteer's
"Recep Tayyip Erdogan", its given name lost, because the surname was compared with the gazetteer
name's as written, accents and all; a given name the name lists write without accents ("Ayşe",
listed as "Ayse") and one no list holds, inside a sentence ("the cook Zorvath Netanyahu"), were
lost the same way. The article's lone surname after the full name is that person's too; the
gazetteer's person keeps the surname alone, after a title and after a word of their own name."""

from __future__ import annotations

from pathlib import Path

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (t13q probe8/a.txt)
        "Among the injured was a Turkish tourist, Emre Erdoğan, 34, from İstanbul, who was flown to a hospital in "
        "Bern, a hospital spokeswoman said.\n",
        "Emre Erdoğan",
        None,
    ),
    (  # a given name the lists write without its accents, then the lone surname
        "Nurse Ayşe Erdoğan said the ward was full. Erdoğan, 41, had worked there for twenty years.\n",
        "Ayşe Erdoğan",
        "Erdoğan",
    ),
    (  # a given name no list knows, inside a sentence, then the lone surname in an attribution
        'Rescuers freed the cook Zorvath Netanyahu from the cabin. "I saw the cable snap," Netanyahu said.\n',
        "Zorvath Netanyahu",
        "Netanyahu",
    ),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _keys(rec: Recognizer, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in rec.recognize(Art("x", text)):
        out.setdefault(text[m.start : m.end], set()).add(m.key)
    return out


@pytest.mark.parametrize(("text", "full", "lone"), CASES)
def test_a_written_full_name_is_no_known_person_of_its_surname(
    rec: Recognizer, text: str, full: str, lone: str | None
) -> None:
    keys = _keys(rec, text)
    assert keys.get(full) == {f"PERSON:{full}"}, keys
    if lone is not None:
        assert keys.get(lone) == {f"PERSON:{full}"}, keys
    assert not any("Tayyip" in k or "Benjamin" in k for ks in keys.values() for k in ks), keys


def test_a_users_known_person_with_accents_leaves_a_bearer_written_without(tmp_path: Path) -> None:
    """The gazetteer writes the surname with accents, the article without ("Zsófia Orban")."""
    user = tmp_path / "gazetteer.yaml"
    user.write_text("PERSON:\n  - Viktor Orbán | Viktor Orban | Orbán | Orban\n", encoding="utf-8")
    rec = Recognizer(user_path=user)
    text = "The referee, Zsófia Orban, stopped the match in the second half.\n"
    assert _keys(rec, text).get("Zsófia Orban") == {"PERSON:Zsófia Orban"}, _keys(rec, text)
    text = "Prime Minister Orbán met the referee on Monday.\n"
    assert _keys(rec, text).get("Orbán") == {"PERSON:Viktor Orbán"}, _keys(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "President Erdoğan said the talks would go on.\n",
        "Turkish President Tayyip Erdoğan spoke to reporters in Ankara.\n",
        "Officials in Ankara said Erdoğan would visit the site.\n",
    ],
)
def test_the_known_person_keeps_the_surname_alone(rec: Recognizer, text: str) -> None:
    # (since s31-c a surname alone with no cue for the known person is keyed as written, and the
    # corpus's grouping makes it the known person when no article names another bearer in full)
    entities = group({"x": rec.recognize(Art("x", text))})
    assert {e.name for e in entities if e.label == "PERSON"} == {"Recep Tayyip Erdogan"}, entities
