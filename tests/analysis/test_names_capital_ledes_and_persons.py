"""Names written in capitals (t13k F3, F4; names invented): an all-caps lede running over
numbers and signs before "THE COMPANY SAID" ("… CLOSE 2 SITES BY 2026, THE COMPANY SAID.") gave
organisations 'THE' and 'SAID' and a Quotes speaker 'THE'; a person's name fully in capitals
whose given name is an English word ("EVEN HAUGLAND", "MAY OSEN") gave an ORG 'EVEN'. The
reported shapes and two invented variants each."""

from __future__ import annotations

from pathlib import Path

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


LEDES = [
    # reported shape (t13k F3): a number and a comma before "THE COMPANY SAID"
    (
        "Jobs\n\nOSLO, Aug 15 (Nordwire) - STRAND BYGG ASA TO SHED 45 JOBS AND CLOSE 2 SITES BY 2026, "
        "THE COMPANY SAID.\n\nStrand Bygg ASA builds roads.\n",
        "STRAND BYGG ASA",
        "Strand Bygg ASA",
    ),
    # invented: a number with a thousands comma
    (
        "Jobs\n\nBERGEN, May 2 (Fjordwire) - HOLMSTAD VERFT AS WILL CUT 1,200 JOBS, THE COMPANY SAID.\n\n"
        "Holmstad Verft AS builds ships.\n",
        "HOLMSTAD VERFT AS",
        "Holmstad Verft AS",
    ),
    # invented: a percentage and a date's day in the lede
    (
        "Prices\n\nTROMSØ, Jan 9 (Nordwire) - KALDER FISK AS RAISES PRICES 4.5% FROM 1 MARCH, THE FIRM "
        "SAID.\n\nKalder Fisk AS fishes.\n",
        "KALDER FISK AS",
        "Kalder Fisk AS",
    ),
]


@pytest.mark.parametrize(("text", "firm", "name"), LEDES)
def test_a_lede_over_numbers_gives_the_firm_and_no_word_organisations(
    rec: Recognizer, text: str, firm: str, name: str
) -> None:
    got = names(rec, text)
    assert (firm, "ORG") in got, got
    lede = text.splitlines()[2]
    shouted = [t for t, label in got if label == "ORG" and t.isupper() and t in lede]
    assert shouted == [firm], got


@pytest.mark.parametrize(("text", "_firm", "name"), LEDES)
def test_the_lede_is_the_firm_s_statement(rec: Recognizer, text: str, _firm: str, name: str) -> None:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == [name], quotes


PERSONS = [
    # reported (t13k F4): the name also written in mixed case in the article
    (
        "Talks\n\nEven Haugland spoke. Later EVEN HAUGLAND and Even HAUGLAND spoke again.\n",
        "EVEN HAUGLAND",
        "Even Haugland",
    ),
    # invented: "May" a month too, a short surname, a relative clause after it
    ("Talks\n\nThe council heard from MAY OSEN, who chairs the board.\n", "MAY OSEN", "May Osen"),
    # invented: "Will" a verb too, inside a sentence, the surname in mixed case later
    ("Talks\n\nThe board thanked WILL BRATT for his work. Bratt said nothing more.\n", "WILL BRATT", "Will Bratt"),
]


@pytest.mark.parametrize(("text", "written", "name"), PERSONS)
def test_a_name_in_capitals_with_a_word_s_given_name_is_the_person(
    rec: Recognizer, text: str, written: str, name: str
) -> None:
    got = names(rec, text)
    assert (written, "PERSON") in got, got
    assert not any(label == "ORG" for _, label in got), got
    mentions = rec.recognize(Art("a", text))
    people = {e.name for e in group({"a": mentions}, {"a": text}) if e.label == "PERSON"}
    assert people == {name}, people


def test_words_in_capitals_after_a_body_stay_no_person(rec: Recognizer) -> None:
    # "The EU WILL decide": a verb in capitals after a body is no given name; no person made
    got = names(rec, "Talks\n\nThe EU WILL DECIDE on Friday. The UN MAY ACT later.\n")
    assert not any(label == "PERSON" for _, label in got), got
