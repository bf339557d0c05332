"""Wrong entity types the s38 name rounds made (review s38-rv findings 7-12, round s38-z2): a
person after a place list, a firm described with "who", a government speaking in a quote tag, the
verb "to guard" before a place, a town after "not in" beside a language, and an "-ist" noun or a
surname particle gluing an organisation or an outlet onto a person. Each reported input and
variants with other names and layouts; the rounds' own wins are kept by their test files."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


# Finding 7: a place list ends at its "and"/"or" item; the speaker after it is no place.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Power failed in cities like Halvik, Norden and Brask, Anna Lindqvist told reporters.", "Anna Lindqvist"),
        (
            "The storm hit towns including Boston, Providence and Hartford, Michelle Wu said on Monday. "
            "Michelle Wu is the mayor of Boston.",
            "Michelle Wu",
        ),
        ("Floods reached villages such as Ostrava, Tarnek or Welmo, Jonas Petersen said.", "Jonas Petersen"),
        ("Relief came to districts like Kwalembe and Sikuyu, Grace Wanjiru told the radio.", "Grace Wanjiru"),
        ("Power failed in cities like Halvik, Anna Lindqvist told reporters.", "Anna Lindqvist"),
    ],
)
def test_speaker_after_a_place_list_is_no_place(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "GPE") not in names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("villages such as Napaskiak, Kwethluk and Akiak, Brandt Lines and Nordic Fish, cut jobs.", "Nordic Fish"),
        ("Towns like Zorvanka and Pelturik, Harbor Freight and Baltic Steel, were hit.", "Baltic Steel"),
    ],
)
def test_names_after_a_closed_place_list_are_no_places(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "GPE") not in names(rec, text)


# Finding 8: a firm described with "who" and a firm's trade is no person.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nordic Fish, seafood exporter who supplies Tesco, cut 40 jobs.", "Nordic Fish"),
        ("Baltic Lines, ferry operator who runs the island route, raised fares.", "Baltic Lines"),
        ("Kestrel Foods, grain supplier who sells to bakeries, closed a plant.", "Kestrel Foods"),
        ("Tenvik Salmon, fish exporter who sells to Norway, cut jobs.", "Tenvik Salmon"),
    ],
)
def test_firm_described_with_who_is_no_person(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maren Olsby, teacher who runs the choir, spoke at the meeting.", "Maren Olsby"),
        ("Marta Kovic, seafood exporter who runs a family boat, spoke.", "Marta Kovic"),
        ("The prison guard Tomas Berg was hurt.", "Tomas Berg"),
        ("He spoke to coach Ana Ruiz after the match.", "Ana Ruiz"),
        ("Carmela Di Stefano Lo Presti said the village was empty.", "Carmela Di Stefano Lo Presti"),
        ("Ana De La Cruz said the rain stopped.", "Ana De La Cruz"),
    ],
)
def test_persons_stay_persons(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") in names(rec, text)


# Finding 9: a capital or a region speaking in a tag is its government, not a person.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The talks on tariffs stalled again. "The ceasefire must hold," Washington said. '
            '"We reject the claims," Beijing said.',
            "Washington",
        ),
        (
            'Canberra and the states met on the floods. "We will fund the repairs in full," Victoria said. '
            '"We need more time," Queensland said.',
            "Victoria",
        ),
        (
            'Ministers met again on Friday. "We will not sign," Georgia said. "The deal is fair," Ankara said.',
            "Georgia",
        ),
        ('"It was a hard week," Paris added. "We lost everything," Moscow said.', "Paris"),
    ],
)
def test_government_speaking_in_a_tag_is_no_person(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text)


# Finding 10: "guard" as a verb is no title.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Soldiers were sent to guard Brenzola Dam after the slide, and police will guard Castelmarro overnight.",
            "Brenzola Dam",
        ),
        (
            "Soldiers were sent to guard Brenzola Dam after the slide, and police will guard Castelmarro overnight.",
            "Castelmarro",
        ),
        ("The army will guard Tarvento Bridge while engineers inspect it.", "Tarvento Bridge"),
        ("Volunteers helped guard Veldmoor through the night.", "Veldmoor"),
        ("Police will guard Marrow Bridge tonight.", "Marrow Bridge"),
        ("Soldiers came to guard Velden Dam.", "Velden Dam"),
    ],
)
def test_verb_guard_makes_no_person(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text)


# Finding 11: "not in X" after a language is a place when X is one.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The warnings were sent in Swedish, not in Brenzola, where most tourists stay.", "Brenzola"),
        ("Alerts went out in English but not in Castelmarro or Tarvento, the mayor said.", "Castelmarro"),
        ("Alerts went out in English but not in Castelmarro or Tarvento, the mayor said.", "Tarvento"),
        ("Leaflets were printed in French, not in Marseille, where the rally was held.", "Marseille"),
        ("The leaflets were printed in Swedish, not in Norvik, where few speak it.", "Norvik"),
        ("Broadcasts go out in English but not in Varnak or Telmo, officials said.", "Varnak"),
    ],
)
def test_place_after_not_in_is_no_language(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "LANGUAGE") not in names(rec, text)


# Finding 12: an "-ist" noun before an organisation, and a particle-led outlet after a name.
@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("The lobbyist Fossil Free Norway and the environmentalist Greenpeace both objected.", "Greenpeace"),
        ("The lobbyist Fossil Free Norway and the environmentalist Greenpeace both objected.", "Fossil Free"),
        ("The activist group Extinction Rebellion and the lobbyist Friends of the Earth marched.", "Friends"),
        ("Ana Lopez La Nación columnist, wrote about it.", "Ana Lopez La Nación"),
        ("Pierre Martin Le Monde columnist, wrote the piece.", "Pierre Martin Le Monde"),
        ("Jan Berg De Telegraaf reporter, asked the question.", "Jan Berg De Telegraaf"),
        ("The conservationist WWF Norway and the lobbyist Fossil Free Norway objected.", "Fossil Free"),
        ("The environmentalist Greenpeace objected.", "Greenpeace"),
    ],
)
def test_ist_noun_or_outlet_makes_no_wrong_person(rec: Recognizer, text: str, bad: str) -> None:
    assert (bad, "PERSON") not in names(rec, text)
