"""Round s35-d (t13y G7): a speech verb's content is a quotation, a "that" clause or a reported
clause; never a particle's or a preposition's phrase ("wrote down the shift roster", "argued about
the cracked timber", "writes about the region for the Daily Beacon"), nor a bare object noun
phrase or sum ("has announced an inquiry", "the European Union added €1.5 million"). A possessive
subject ("Her father", "The minister's aide") is its head noun's person, never the possessor, but
for one who speaks for it (a spokesman, an office); a place after "from" in the subject ("A
rescuer from Asturias") is never the speaker. The reported sentences (t13y repro v7, the t13x
corpus's "Governor Brannock has announced an inquiry.", a bio line) and variants of our own: other
verbs and particles, other names and sums, clauses that still report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), "Mine news\n\n" + text + "\n", "utf-8", "", True, None, True)
    return [
        (q.speaker.name if q.speaker is not None else None, q.text)
        for q in find_quotes(article, rec.recognize(article))
    ]


LEAD = '"We are going to bring every one of them out," Ángela Ríos said on the first night. '

NOT_SPEECH = [
    # reported (t13y v7 history.txt, t13x web/analysis, a bio line)
    LEAD + "The foreman wrote down the shift roster for week 12 before the shift changed.",
    LEAD + "A rescuer from Asturias argued about the cracked timber in gallery 4 in the winter of 1987.",
    LEAD + "The regional government's aid is €3 million; the European Union added €1.5 million.",
    LEAD + "Her father argued about the water seeping through level 9 as the lift came up.",
    LEAD + "Her father wrote down a letter from the ministry without saying a word.",
    "Ilsa Brannock visited the dam on Monday. Governor Brannock has announced an inquiry.",
    "Hanna Ostrova writes about the Ostrand region for the Daily Beacon.",
    '"This was a catastrophe we had been warned about," Brannock said, announcing an independent inquiry.',
    # variants: other particles and verbs, other names, other sums and currencies
    LEAD + "The shift boss noted down the names of the missing men in his book.",
    "Pavel Horák complained about the noise from the pumps in the valley.",
    "Minister Lena Sorvik announced a new inquiry into the collapse.",
    "Carla Mendes revealed a crack in the lining of the second shaft.",
    "The World Bank added $2.4 billion to the reconstruction fund.",
    "Olaf Brekke writes for the Northern Courier about mining towns.",
    # the oral history's other shapes: a relative "that" on the object, "as" opening a clause of
    # time, a month "May" (no modal)
    "An old miner argued about the cage that ran every 31 minutes on the morning of the vote.",
    "The night shift described the cage that ran every 7 minutes as the sirens started.",
    "The foreman described the sound of the roof settling as the light faded.",
    "Her father wrote down a loose bolt in crosscut 25 on a Sunday in May, with some pride.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_no_statement_from_a_phrase_or_an_object(rec: Recognizer, text: str) -> None:
    got = quotes(rec, text)
    # the direct quotes the sentences hold are the only statements
    assert [q for q in got if f'"{q[1]}' not in text] == [], got


STILL_SPEECH = [
    ("Governor Ilsa Brannock has announced that an inquiry will open on Monday.", "Ilsa Brannock"),
    ("The European Union added that €1.5 million would follow in May.", "European Union"),
    ("Pavel Horák argued the pumps were too old to run another winter.", "Pavel Horák"),
    ("Hanna Ostrova wrote that the region had been forgotten.", "Hanna Ostrova"),
    ('Carla Mendes added: "We will not stop until they are out."', "Carla Mendes"),
    ("Lena Sorvik said on Monday the shaft would be sealed.", "Lena Sorvik"),
    ("Lena Sorvik spoke on Monday, announcing that the shaft would be sealed.", "Lena Sorvik"),
    ("Mayor Ana Ruiz described the town as the worst affected in the valley.", "Ana Ruiz"),
    ("Ana Ruiz said the council may close the road.", "Ana Ruiz"),
    ("Pavel Horák insisted on a full inquiry.", "Pavel Horák"),
    ("The shaft is unsafe, Pavel Horák wrote in a letter to the ministry.", "Pavel Horák"),
]


@pytest.mark.parametrize(("text", "speaker"), STILL_SPEECH)
def test_clauses_and_quotes_still_report(rec: Recognizer, text: str, speaker: str) -> None:
    got = quotes(rec, text)
    assert got and all(s == speaker for s, _t in got), got


@pytest.mark.parametrize(
    "text",
    [
        # reported kind: a possessive determiner's person (with a clause, so there is a statement)
        "Ángela Ríos leads the rescue. Her father said the water had reached level 9.",
        # variants: a name's possessive, another relation, a man
        "Tomas Arvid met the families. The minister's aide said the lift would be repaired by Friday.",
        "Jonas Lind runs the pit. His daughter told reporters that the shaft had flooded twice.",
        "Ángela Ríos leads the rescue. Ríos's elderly father said the water had reached level 9.",
    ],
)
def test_a_possessive_subject_is_not_its_possessor(rec: Recognizer, text: str) -> None:
    got = quotes(rec, text)
    assert got and all(s is None for s, _t in got), got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A rescuer from Asturias said the timber in gallery 4 had cracked.", None),
        ("An engineer from Pontegrís told reporters that the drill had reached 200 metres.", None),
        ("Engineer Marta Vidal from Oviedo said the drill had reached 200 metres.", "Marta Vidal"),
    ],
)
def test_a_place_after_from_is_never_the_speaker(rec: Recognizer, text: str, speaker: str | None) -> None:
    got = quotes(rec, text)
    assert got and all(s == speaker for s, _t in got), got


GOLD = Path(__file__).resolve().parents[1] / "gold" / "names"


@pytest.mark.parametrize(
    ("path", "words", "speaker"),
    [
        # a possessive inside a clause before the verb is no subject of its own: "he gave her his
        # second instrument and told her father: …", "accused Castillejos's camp of vote-buying …,
        # where she said …" (found by a before/after diff on the names gold texts)
        ("heldout23/07_obituary_harare_mbira.md", "This one the ancestors have chosen", "Simbarashe Chinembiri"),
        ("heldout6/01_ph_mayoral_recount.md", "accused", "Ma. Teresita Alcala-Dimaano"),
    ],
)
def test_a_possessive_inside_a_clause_is_no_subject(rec: Recognizer, path: str, words: str, speaker: str) -> None:
    text = re.sub(r"\[([^|\]\n]+)\|[A-Z_]+\]", r"\1", (GOLD / path).read_text("utf-8"))  # gold marks off
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    found = find_quotes(article, rec.recognize(article))
    got = [q for q in found if q.text.startswith(words) or q.cue == words]
    assert got and all(q.speaker is not None and q.speaker.name == speaker for q in got), got
    assert not [q for q in found if q.text.startswith("envelopes of cash")], found
