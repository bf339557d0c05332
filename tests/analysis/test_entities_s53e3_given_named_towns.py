"""A town whose name opens with a given name is a place, in every article of the corpus, where
the corpus says so (issue #16, round s53-e3; t13az N1).

Reported (/work/s53/t13az/corpus): "Harlow Bend" ("Harlow" a given name, "Bend" no word the lists
know) was a PERSON in 15 articles (38 mentions) beside a GPE in one, although the wire's dateline
says "HARLOW BEND, Ontario, Nov 17 (Northwire) -" and its prose "near the river town of Harlow
Bend", the hostile file "Residents of Harlow Bend"; it then spoke a quote. Fixed as a kind:

- a given name's stretch after a place's noun and "of" ("the town of", "the village of",
  "residents of": lexicons.PLACE_OF) is a place, as after "in" (places.placed_given_name);
- a person of two words or more that the same article names as a place (its dateline, a place
  cue) is that place, unless a title stands before it (places.persons_named_as_places);
- across the corpus, a name of two words or more read as one place in two articles or more and
  only as a person elsewhere is that place everywhere (corpus_votes._placed_reading).

Variants (invented): other towns so named ("Marlene Hollow", "Grace Harbour"), other cues."""

from __future__ import annotations

from pathlib import Path

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Entity, Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # reported (t13az wire/northwire-1117, hostile/weird)
        (
            "HARLOW BEND, Ontario, Nov 17 (Northwire) - A freight train operated by Northcastle Rail "
            "derailed near the river town of Harlow Bend early on Tuesday, spilling styrene into the river.",
            "Harlow Bend",
        ),
        ("Residents of Harlow Bend said the evacuation of 1,200 people was chaotic.", "Harlow Bend"),
        # variants: another town, "the village of", "inhabitants of"
        ("The fire started in the village of Marlene Hollow on Monday and spread east.", "Marlene Hollow"),
        ("Inhabitants of Grace Harbour said the water had turned brown overnight.", "Grace Harbour"),
    ],
)
def test_a_given_named_town_after_a_place_noun_is_a_place(rec: Recognizer, text: str, town: str) -> None:
    found = names(rec, text)
    assert (town, "GPE") in found
    assert (town, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # reported: the dateline says what the name is; "evacuated from" says nothing
        (
            "HARLOW BEND, Ontario, Nov 17 (Northwire) - A freight train derailed on Tuesday.\n\n"
            "Most of the 1,400 people evacuated from Harlow Bend were allowed home on Thursday.",
            "Harlow Bend",
        ),
        # variants: other towns, a speech verb after the name
        (
            "GRACE HARBOUR, Nova Scotia, May 2 (Coastwire) - A tanker ran aground on Friday.\n\n"
            "Officials in Grace Harbour said the beaches would stay closed.",
            "Grace Harbour",
        ),
        (
            "Ferry strands village\n\n"
            "The ferry docked in the village of Marlene Hollow on Monday.\n\n"
            "By evening Marlene Hollow had run out of bottled water.",
            "Marlene Hollow",
        ),
    ],
)
def test_the_article_names_it_a_place_everywhere(rec: Recognizer, text: str, town: str) -> None:
    found = names(rec, text)
    assert (town, "PERSON") not in found
    assert (town, "GPE") in found


def test_a_title_keeps_a_person(rec: Recognizer) -> None:
    """A person of that name after a title stays a person (not clearly a place there)."""
    text = "HARLOW BEND, Ontario, Nov 17 (Northwire) - A train derailed.\n\nMs Harlow Bend, a teacher, said she left."
    assert ("Harlow Bend", "PERSON") in names(rec, text)


def _article(doc: str, text: str) -> Article:
    return Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)


def _grouped(rec: Recognizer, texts: dict[str, str]) -> list[Entity]:
    arts = {doc: _article(doc, text) for doc, text in texts.items()}
    mentions: dict[str, list[Mention]] = {doc: rec.recognize(a) for doc, a in arts.items()}
    return group(mentions, {doc: a.name_text for doc, a in arts.items()})


def _corpus(town: str, shouted: str, region: str) -> dict[str, str]:
    """Two articles that say what the town is (a dateline, a place's noun) and three that do
    not (the name alone, as the subject or after "from" or "at")."""
    return {
        "wire": f"{shouted}, {region}, Nov 17 (Northwire) - A freight train derailed near the river "
        f"town of {town} early on Tuesday.\n",
        "release": f"Residents of {town} were told on Tuesday to boil their water.\n",
        "blog": f"{town} woke to the smell of styrene on Tuesday.\n",
        "monitor": f"Most of the 1,400 people evacuated from {town} were allowed home on Thursday.\n",
        "tv": f"Crews worked through the night at {town} to contain the spill.\n",
    }


@pytest.mark.parametrize(
    ("town", "shouted", "region"),
    [
        ("Harlow Bend", "HARLOW BEND", "Ontario"),  # reported
        ("Marlene Hollow", "MARLENE HOLLOW", "Vermont"),  # variants
        ("Grace Harbour", "GRACE HARBOUR", "Nova Scotia"),
    ],
)
def test_one_place_across_the_corpus(rec: Recognizer, town: str, shouted: str, region: str) -> None:
    entities = _grouped(rec, _corpus(town, shouted, region))
    named = [e for e in entities if any(" ".join(m.text.split()).lower() == town.lower() for _, m in e.mentions)]
    assert [(e.label, e.name) for e in named] == [("GPE", town)]
    assert {doc for doc, _ in named[0].mentions} == {"wire", "release", "blog", "monitor", "tv"}
