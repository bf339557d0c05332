"""A possessor named in a subject is not its speaker when the subject names its own person in
apposition: "Olsen's husband, Peter Olsen, said …" is Peter Olsen's, "said … Col. Thierry
Vasseur's deputy, Lt. Col. Nadia Benali" Nadia Benali's (t13v F10c: both went to the possessor).
With no other person in the subject, what the possessor speaks through is still the possessor's
("Mayor Ana Ruiz's office said": hers), but a person acting for it is its own speaker ("Premier Li
Qiang's spokesman said": his spokesperson, as "a spokesman for Li Qiang" is; review s41-rv
finding 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def speakers(rec: Recognizer, text: str) -> list[str | None]:
    article = Article("t", Path("/x/t.txt"), "Fire\n\n" + text + "\n", "utf-8", "", True, None, True)
    return [q.speaker.name if q.speaker is not None else None for q in find_quotes(article, rec.recognize(article))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # reported (t13v var-herald.txt)
        (
            "Margaret Olsen runs the campsite. Olsen's husband, Peter Olsen, said they would come back next year.",
            "Peter Olsen",
        ),
        (
            '"We will rebuild," said regional fire chief Col. Thierry Vasseur\'s deputy, Lt. Col. Nadia Benali.',
            "Nadia Benali",
        ),
        # variants: a colleague and "told reporters"; a curly apostrophe and a daughter
        ("Anna Berg leads the team. Berg's colleague, Jonas Lind, told reporters the fire was out.", "Jonas Lind"),
        ("Tomas Riva owns the farm. Riva’s daughter, Elena Riva, said the barn was lost.", "Elena Riva"),
    ],
)
def test_the_person_in_apposition_speaks_not_the_possessor(rec: Recognizer, text: str, speaker: str) -> None:
    assert speakers(rec, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Premier Li Qiang's spokesman said the talks went well.", "Spokesperson for Li Qiang"),
        ("Mayor Ana Ruiz's office said the road was closed.", "Ana Ruiz"),
    ],
)
def test_a_possessor_alone_still_speaks_for_its_subject(rec: Recognizer, text: str, speaker: str) -> None:
    assert speakers(rec, text) == [speaker]
