"""Quotes of tester t13ap (round s48-q2): N6 + N7, N10, N20. Each test: the tester's input first,
then variants of my own.

* N6 + N7: a name that only modifies the subject's head was credited with the words: "said Cal
  Fire veteran Bartholomew Oduya-Pemberton" (the agency, typed a person), "Fire officials say"
  (the fire), "the Tamsin County coroner said" (the county). The head speaks: the person named
  after a role noun; a role's holder the article names (before or after); else the phrase,
  unattributed. The rule is the grammar's: it holds when the recogniser types the name a person
  by mistake (:func:`said_with` gives such mentions).
* N10: "The utility said" after "Shares of Sierra Crest Power Co … fell" and "the county said"
  after "Marsh County …" were unattributed: a firm's trade is told by its name's words, a kind of
  place by the place's name.
  "the sheriff's office said" in a story naming no office is credited across the corpus to the one
  office another article names, as "the coast guard said" is (its possessive modifier made the
  description no body's).
* N20: "She tells evacuees the state will "stand with …"" was no quote at all: "told"/"tells"
  with an audience no list held, any plural noun for people, then the clause reported.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Mention, Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _article(body: str) -> Article:
    text = f"Crews work through the night\n\nCrews worked on Monday.\n\n{body}\n"
    return Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)


def said(rec: Recognizer, body: str) -> list[tuple[str | None, str, str]]:
    article = _article(body)
    return [
        (q.speaker.name if q.speaker is not None else None, q.kind, q.text)
        for q in find_quotes(article, rec.recognize(article))
    ]


def said_with(body: str, names: dict[str, tuple[str, str]]) -> list[tuple[str | None, str]]:
    """The quotes of ``body`` with the mentions an entity recogniser would give: each spelling in
    ``names`` a mention of label and entity name its value gives (a wrong label on purpose)."""
    article = _article(body)
    mentions: list[Mention] = []
    for written in sorted(names, key=len, reverse=True):  # the longer spelling where two overlap
        label, entity = names[written]
        for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", article.text):
            if not any(m.start() < o.end and o.start < m.end() for o in mentions):
                mentions.append(Mention(m.start(), m.end(), written, label, f"{label}:{entity}"))
    mentions.sort(key=lambda m: m.start)
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in find_quotes(article, mentions)]


def _person(name: str) -> tuple[str, str]:
    return ("PERSON", name)


# --- N6: NAME ROLE NAME, a role noun no lexicon lists ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "modifier", "speaker"),
    [
        (  # the tester's (sierra-tribune#harlow-1)
            '"It jumped the highway in about ten minutes," said Cal Fire veteran Bartholomew Oduya-Pemberton.',
            "Cal Fire",
            "Bartholomew Oduya-Pemberton",
        ),
        (
            '"The river rose faster than anyone expected," said Harbour Watch stalwart Eleanor Quisenberry-Malik.',
            "Harbour Watch",
            "Eleanor Quisenberry-Malik",
        ),
        (  # the subject before its verb
            'Ravenscar Rescue mainstay Tobias Wainwright-Achebe said the crews had worked "through the night."',
            "Ravenscar Rescue",
            "Tobias Wainwright-Achebe",
        ),
    ],
)
def test_the_name_after_a_role_noun_speaks(body: str, modifier: str, speaker: str) -> None:
    quotes = said_with(body, {modifier: _person(modifier), speaker: _person(speaker)})
    assert [q[0] for q in quotes] == [speaker]


# --- N7: a name modifying a people noun or an office --------------------------------------------


@pytest.mark.parametrize(
    ("body", "names", "words"),
    [
        (  # the tester's (kmrw-liveblog): "Fire" a mention of the fire, typed a person
            "Live updates as the Harlow Ridge Fire burns.\n\n"
            "21:15 — Fire officials say 318 homes are now confirmed destroyed.",
            {"Harlow Ridge Fire": _person("Harlow Ridge Fire"), "Fire": _person("Harlow Ridge Fire")},
            "318 homes are now confirmed destroyed",
        ),
        (
            "Storm Ellery hit the coast overnight. Storm officials said 40 roads were closed.",
            {"Storm Ellery": _person("Storm Ellery"), "Storm": _person("Storm Ellery")},
            "40 roads were closed",
        ),
        (
            "The Hollis Creek Flood killed two people, Hollis Creek Flood officials said.",
            {"Hollis Creek Flood": _person("Hollis Creek Flood")},
            "The Hollis Creek Flood killed two people",
        ),
    ],
)
def test_a_person_typed_name_has_no_officials(body: str, names: dict[str, tuple[str, str]], words: str) -> None:
    assert said_with(body, names) == [(None, words)]


def test_the_coroner_named_after_the_office_speaks(rec: Recognizer) -> None:
    # the tester's (sierra-tribune#harlow-2): the coroner is named in the next paragraph
    body = (
        "Five people have now died in the Harlow Ridge Fire, the Tamsin County coroner said on Tuesday. "
        "Fourteen people are missing.\n\n"
        "Coroner Ifeoma Strzelecki said identification of the victims could take days."
    )
    assert [(q[0], q[2]) for q in said(rec, body)] == [
        ("Ifeoma Strzelecki", "Five people have now died in the Harlow Ridge Fire"),
        ("Ifeoma Strzelecki", "identification of the victims could take days"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the tester's (northwire-0819): no coroner named in the story
            "The death toll from the Harlow Ridge Fire rose to five on Tuesday, the Tamsin County coroner "
            "said, and the number of missing fell to nine.",
            None,
        ),
        (  # the holder introduced before
            "Coroner Alma Fitzwilliam arrived at noon. Nine people were hurt in the crash, the Marsh "
            "County coroner said on Tuesday.",
            "Alma Fitzwilliam",
        ),
        (  # the holder introduced after
            "Nine people were hurt, the Marsh County sheriff said on Tuesday. Sheriff Alma Fitzwilliam "
            "arrived at noon.",
            "Alma Fitzwilliam",
        ),
    ],
)
def test_a_place_office_is_its_holder_never_the_place(rec: Recognizer, body: str, speaker: str | None) -> None:
    quotes = said(rec, body)
    assert len(quotes) == 1
    assert quotes[0][0] == speaker


def test_a_place_office_typed_person_is_no_speaker() -> None:
    body = "Five people have now died in the fire, the Tamsin County coroner said on Tuesday."
    assert said_with(body, {"Tamsin County": _person("Tamsin County")}) == [
        (None, "Five people have now died in the fire")
    ]


def test_a_place_officials_still_speak_for_it(rec: Recognizer) -> None:
    # a place's officials speak for its government (valley-courier): since round s49-q one
    # speaker "Tamsin County officials" (for the county), never the place itself
    body = "A wind-driven wildfire has killed four people, Tamsin County officials said."
    assert [q[0] for q in said(rec, body)] == ["Tamsin County officials"]


# --- N10: a description told by the named body's words ----------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the tester's (northwire-0818)
            "Shares of Sierra Crest Power Co, whose lines run through the burn area, fell 14% in "
            "after-hours trading. The utility said it had de-energised lines serving 58,000 customers "
            "and would cooperate with investigators.",
            "Sierra Crest Power Co",
        ),
        (
            "Brightwater Energy Ltd cut power to 9,000 homes on Sunday. Crews worked overnight. The "
            "utility said supply would return by Friday.",
            "Brightwater Energy Ltd",
        ),
        (
            "Flights were cancelled across the region. Nordic Airways Ltd grounded 40 jets on Sunday. "
            "The airline said refunds would be paid within a week.",
            "Nordic Airways Ltd",
        ),
        (
            "Marsh County declared an emergency on Monday. Roads will stay closed until Friday, the county said.",
            "Marsh County",
        ),
        (  # the tester's other (sierra-tribune#harlow-1) with the office named before
            "The Marsh County Sheriff's Office opened an inquiry on Monday. Two people were killed, the "
            "sheriff's office said.",
            "Marsh County Sheriff's Office",
        ),
    ],
)
def test_a_description_is_the_body_named_before(rec: Recognizer, body: str, speaker: str) -> None:
    assert [q[0] for q in said(rec, body)] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        # a public body holding the trade's word is no utility
        "The Ministry of Energy set new rules on Monday. The utility said it would comply.",
        # the tester's (sierra-tribune#harlow-1): no office named in the story, unattributed as before
        "A wildfire that started near Harlow Ridge on Monday afternoon has forced evacuations. Two "
        "people were killed, the sheriff's office said.",
    ],
)
def test_a_description_with_no_body_named_stays_unattributed(rec: Recognizer, body: str) -> None:
    quotes = said(rec, body)
    assert len(quotes) == 1
    assert quotes[0][0] is None


def _sheet(tmp_path: Path, texts: dict[str, str]) -> dict[str, object]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()


def _credited(sheet: dict[str, object]) -> list[tuple[str, str]]:
    speakers = sheet["speakers"]
    assert isinstance(speakers, list)
    return sorted((sp["name"], " ".join(q["text"].split())) for sp in speakers for q in sp["quotes"])


@pytest.mark.parametrize(
    ("named", "described", "speaker", "words"),
    [
        (  # the tester's (sierra-tribune#harlow-1 and kmrw-liveblog)
            "Live updates\n\nThe Tamsin County Sheriff's Office confirms two deaths in Cedar Flats.\n",
            "Wildfire forces evacuations\n\nA wildfire that started near Harlow Ridge on Monday afternoon "
            "has forced evacuations. Two people were killed, the sheriff's office said.\n",
            "Tamsin County Sheriff's Office",
            "Two people were killed",
        ),
        (
            "Storm damage\n\nThe Marsh County Sheriff's Office closed the coast road on Sunday.\n",
            "Road closed\n\nWaves swept over the coast road. The sheriff's office said it would stay shut until Friday.\n",
            "Marsh County Sheriff's Office",
            "it would stay shut until Friday",
        ),
        (
            "Charges weighed\n\nThe Dunmore County Prosecutor's Office opened a case on Monday.\n",
            "Driver held\n\nThe driver was held overnight. Charges will follow this week, the prosecutor's office said.\n",
            "Dunmore County Prosecutor's Office",
            "Charges will follow this week",
        ),
    ],
)
def test_a_possessive_description_is_the_one_body_the_corpus_names(
    tmp_path: Path, named: str, described: str, speaker: str, words: str
) -> None:
    assert (speaker, words) in _credited(_sheet(tmp_path, {"a": named, "b": described}))


# --- N20: "tells <people> <clause>" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        (  # the tester's (kmrw-liveblog)
            "16:05 — Governor Vantongeren tours the fairgrounds shelter. She tells evacuees the state "
            'will "stand with Tamsin County for as long as it takes."',
            "Vantongeren",
            'the state will "stand with Tamsin County for as long as it takes."',
        ),
        (
            'Mayor Ines Halloran visited the gym. She told anxious parents the school would reopen on "the '
            'first possible day."',
            "Ines Halloran",
            'the school would reopen on "the first possible day."',
        ),
        (
            "Chief Tomas Reyk toured the camp on Monday. He tells survivors the search will go on until "
            "every family has answers.",
            "Tomas Reyk",
            "the search will go on until every family has answers",
        ),
    ],
)
def test_told_people_then_the_clause(rec: Recognizer, body: str, speaker: str, words: str) -> None:
    quotes = said(rec, body)
    assert [(q[0], q[2]) for q in quotes] == [(speaker, words)]
    assert quotes[0][1] in ("partial", "reported")


@pytest.mark.parametrize(
    "body",
    [
        "Chief Tomas Reyk toured the camp. He told evacuees to leave at once.",  # an instruction
        "Chief Tomas Reyk toured the camp. He told stories the children loved.",  # no people
    ],
)
def test_told_without_people_and_clause_reports_nothing(rec: Recognizer, body: str) -> None:
    assert said(rec, body) == []
