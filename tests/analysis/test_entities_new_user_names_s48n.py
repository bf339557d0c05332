"""Names a new user found wrong on a wildfire corpus (issue #16; t13ap N6, N8, N9, N13, N14, N15),
each fixed as a kind: the reported input and two invented variants.

- a name closed by a disaster's kind word ("Harlow Ridge Fire", "… Flood", "… Earthquake") is an
  EVENT, no person; a state's short name before "Fire" is its fire service, an ORG ("Cal Fire");
  the place such a disaster is named after, written alone, is the place; a capitalised common
  noun opening a sentence ("Fire officials") is no mention of the disaster's name (N13, N6);
- a job word before a lone surname inside a sentence ("…, Sheriff Mbeki-Krause said") is outside
  the name, and the surname is the person the article or the corpus names in full (N8);
- a name of four parts whose given names no list holds ("Thi Bich Ngoc Tran") is one person (N9);
- a name split by a plain-text file's hard wrap ("Cedar" / "Flats") is found where other
  articles type it, as on one line (N14);
- an abbreviation of a name's initials ("NWS") is the entity of that name another article writes
  in full ("National Weather Service") (N15)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Entity, Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _article(doc: str, text: str) -> Article:
    return Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)


def _grouped(rec: Recognizer, texts: dict[str, str]) -> list[Entity]:
    """The corpus grouping of ``texts`` (doc → a plain-text article's text), as the entity list
    makes it: each article's mentions, then ``group`` on the texts names are read in."""
    arts = {doc: _article(doc, text) for doc, text in texts.items()}
    mentions: dict[str, list[Mention]] = {doc: rec.recognize(a) for doc, a in arts.items()}
    return group(mentions, {doc: a.name_text for doc, a in arts.items()})


def _entity(entities: list[Entity], written: str) -> list[Entity]:
    """The entities with a mention written ``written`` (line breaks read as spaces)."""
    return [e for e in entities if any(" ".join(m.text.split()) == written for _, m in e.mentions)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # reported (t13ap N13: northwire-0818, kmrw-liveblog)
        (
            "MILLBROOK - The Harlow Ridge Fire has killed four people, officials said.\n\n"
            "Fire officials say 318 homes are now confirmed destroyed.",
            "Harlow Ridge Fire",
        ),
        (
            "The Kestrel Bay Flood swept through overnight.\n\nFlood victims said the water rose fast.",
            "Kestrel Bay Flood",
        ),
        (
            "The Marcus Valley Earthquake struck at dawn. Earthquake survivors queued for water.",
            "Marcus Valley Earthquake",
        ),
    ],
)
def test_a_named_disaster_is_an_event_and_its_kind_word_no_mention(rec: Recognizer, text: str, event: str) -> None:
    found = names(rec, text)
    assert (event, "EVENT") in found, found
    kind = event.rsplit(" ", 1)[1]
    assert not any(name == kind for name, _ in found), found
    assert not any(label == "PERSON" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # reported (t13ap N6: sierra-tribune#harlow-1)
        (
            '"It jumped the highway in about ten minutes," said Cal Fire veteran Bartholomew Oduya-Pemberton.',
            "Cal Fire",
        ),
        ("Ore Fire crews arrived on Tuesday from Salem.", "Ore Fire"),
        ("The blaze was contained by Tuesday, Tex Fire officials said.", "Tex Fire"),
    ],
)
def test_a_states_short_name_before_fire_is_its_fire_service(rec: Recognizer, text: str, service: str) -> None:
    found = names(rec, text)
    assert (service, "ORG") in found, found


@pytest.mark.parametrize(
    ("texts", "place"),
    [
        # reported (t13ap N13: courrier-incendie, opinion-harlow beside the fire's articles)
        (
            {
                "fire": "MILLBROOK - The Harlow Ridge Fire has killed four people, officials said.",
                "opinion": "OPINION\n\nWe knew Harlow Ridge would burn. We let it anyway.",
            },
            "Harlow Ridge",
        ),
        (
            {
                "fire": "Crews fought the Dorothy Falls Wildfire overnight, officials said.",
                "town": "Families who left Dorothy Falls on Monday slept in a school gym.",
            },
            "Dorothy Falls",
        ),
        (
            {
                "quake": "The Wilson Creek Earthquake damaged 40 homes, officials said.",
                "again": "Nobody expected Wilson Creek would shake again. Engineers disagreed.",
            },
            "Wilson Creek",
        ),
    ],
)
def test_the_place_a_disaster_is_named_after_is_no_person(rec: Recognizer, texts: dict[str, str], place: str) -> None:
    got = _entity(_grouped(rec, texts), place)
    assert got, place
    assert all(e.label in ("GPE", "LOC") for e in got), [(e.key, e.label) for e in got]


@pytest.mark.parametrize(
    ("texts", "full", "titled"),
    [
        # reported (t13ap N8: northwire-0818 beside the Valley Courier)
        (
            {
                "courier": "Sheriff Dashiell Mbeki-Krause said deputies had gone door to door.",
                "wire": "Crews rescued 37 people from Quarry Road near Cedar Flats, Sheriff Mbeki-Krause said.",
            },
            "Dashiell Mbeki-Krause",
            "Mbeki-Krause",
        ),
        (
            {
                "paper": "Warden Halima Lindqvist-Ekdahl said the dam held on Tuesday.",
                "wire": "The dam held through the night, Warden Lindqvist-Ekdahl said.",
            },
            "Halima Lindqvist-Ekdahl",
            "Lindqvist-Ekdahl",
        ),
        (
            {
                "one": "Officials met. Later, Sheriff Tomasz Wierzbicki said two roads were shut. "
                "Residents said Sheriff Wierzbicki had warned them.",
            },
            "Tomasz Wierzbicki",
            "Wierzbicki",
        ),
    ],
)
def test_a_job_word_before_a_lone_surname_is_the_one_person(
    rec: Recognizer, texts: dict[str, str], full: str, titled: str
) -> None:
    entities = _grouped(rec, texts)
    people = [e for e in entities if e.label == "PERSON"]
    assert [e.name for e in people] == [full], [(e.name, [m.text for _, m in e.mentions]) for e in people]
    assert any(m.text == titled for _, m in people[0].mentions)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (t13ap N9: channel9-harlow)
        (
            "Evacuee Thi Bich Ngoc Tran said she had been sleeping in her car for two nights. "
            '"We don\'t know if we have a house," Tran said.',
            "Thi Bich Ngoc Tran",
        ),
        ("Officials met. Thi Bich Ngoc Tran said so.", "Thi Bich Ngoc Tran"),
        ("Officials met. Later, Minh Chau Bao Tran, 34, said the road was closed. Tran left.", "Minh Chau Bao Tran"),
        ("The crews left. Kim Thuy Lan Pham told reporters she had lost her shop.", "Kim Thuy Lan Pham"),
    ],
)
def test_a_name_of_four_parts_stays_one_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    surname = person.rsplit(" ", 1)[1]
    keys = {m.key for m in rec.recognize(Art("x", text)) if m.label == "PERSON"}
    assert keys == {f"PERSON:{person}"}, (keys, surname)


# A paragraph after the wrapped one, at the same width: the text reads as wrapped at a fixed width.
_NEXT = (
    "Eleven people remain missing, according to the county sheriff's office, which said deputies "
    "were working through a list of calls from relatives who could not reach family members in the hills."
)


@pytest.mark.parametrize(
    ("paragraph", "width", "name"),
    [
        # reported (t13ap N14: valley-courier-harlow-fire.txt beside its HTML copy)
        (
            "MILLBROOK - A wind-driven wildfire that tore out of the foothills on Monday afternoon has "
            "killed four people and destroyed at least 312 homes, county officials said, as about 23,000 "
            "residents of Millbrook, Cedar Flats and Ostrava Springs were ordered to leave.",
            73,
            "Cedar Flats",
        ),
        (
            "Deputies went door to door overnight in the small hamlets along the river road while the "
            "wind pushed smoke over Tern Hollow all night, the county said in a statement on Tuesday morning.",
            58,
            "Tern Hollow",
        ),
        (
            "Buses left the fairgrounds before dusk for the shelters while embers fell around Sorrel Point "
            "overnight, and families who had no cars of their own waited, officials said on Monday night.",
            87,
            "Sorrel Point",
        ),
    ],
)
def test_a_name_split_by_a_hard_wrap_is_found_as_on_one_line(
    rec: Recognizer, paragraph: str, width: int, name: str
) -> None:
    wrapped = f"{textwrap.fill(paragraph, width)}\n\n{textwrap.fill(_NEXT, width)}"
    assert name.replace(" ", "\n") in wrapped  # the wrap splits the name
    texts = {"html": f"Smoke reached the town of {name} on Monday. {paragraph}", "txt": wrapped}
    entities = _entity(_grouped(rec, texts), name)
    assert len(entities) == 1, [(e.key, e.label) for e in entities]
    in_txt = [m for doc, m in entities[0].mentions if doc == "txt"]
    assert len(in_txt) == 1, in_txt


@pytest.mark.parametrize(
    ("short_text", "long_text", "long_name"),
    [
        # reported (t13ap N15: emberwatch-harlow beside the Valley Courier)
        (
            "Meteorologist Anwen Prytherch of the NWS said gusts would ease.",
            "A meteorologist with the National Weather Service said gusts of 55 mph were expected.",
            "National Weather Service",
        ),
        (
            "Inspectors from the FAA reached the site on Tuesday.",
            "The Federal Aviation Administration opened an inquiry into the crash.",
            "Federal Aviation Administration",
        ),
        (
            "The reservoir was full by Friday, the KWA said.",
            "The Kestrel Water Authority raised its prices on Monday.",
            "Kestrel Water Authority",
        ),
    ],
)
def test_initials_join_the_name_another_article_writes_in_full(
    rec: Recognizer, short_text: str, long_text: str, long_name: str
) -> None:
    entities = _grouped(rec, {"short": short_text, "long": long_text})
    homes = _entity(entities, long_name)
    assert len(homes) == 1, [(e.key, e.label) for e in entities]
    assert {doc for doc, _ in homes[0].mentions} == {"short", "long"}, homes[0].mentions


def test_initials_two_names_share_stay_apart(rec: Recognizer) -> None:
    entities = _grouped(
        rec,
        {
            "a": "The NWS said winds would ease.",
            "b": "The National Weather Service warned of gusts.",
            "c": "The Northern Water Syndicate raised its prices.",
        },
    )
    nws = _entity(entities, "NWS")
    assert nws and all(len({doc for doc, _ in e.mentions}) == 1 for e in nws), [(e.key, e.mentions) for e in nws]
