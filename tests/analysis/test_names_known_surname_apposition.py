"""An apposition after a known person's lone surname says whose it is (t13v F1, round s32-r): one
describing an ordinary person or role ("Macron, the campsite owner,", "Sunak, the tourist,", "a
61-year-old florist", "who runs the bakery") is a cue for the other bearer of the surname, the one
the article names in full, never for the famous one; only a title of the title lexicon the famous
person holds ("Milei, the president,") is a cue for him. The famous person named in full as well
("President Emmanuel Macron") is one more referent for a cue-less mention, no longer its owner
whatever came between. Before, "Macron, the campsite owner," and the next "Macron said" went to
Emmanuel Macron although "Bruno Macron, 58," was named just before, and "Sunak, the tourist, said
she would fly home" went to Rishi Sunak after "Britain's Sunak". The reported inputs and two
invented variants (other names, other wording)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

# reported: /work/t13v/data/reuters-0815.txt
MACRON = (
    "Wildfire kills three near French Riviera campsite\n\n"
    'President Emmanuel Macron said on X that the state would "stand with the people of the Var". Macron is '
    "due to visit the area on Sunday, the Elysee said.\n\n"
    "Among those evacuated was Bruno Macron, 58, who runs the Les Cigales campsite. Macron, the campsite owner, "
    'said he had moved 340 guests to the beach. "We left everything, the tents, the cars, everything," Macron said.\n'
)
# reported: /work/t13v/repro/v3/a.txt
SUNAK = (
    "Tourists rescued from burning hills\n\n"
    "HYERES, France, Aug 16 (Reuters) - A British tourist, Harriet Sunak, 29, was rescued from the hills on "
    "Saturday, officials said.\n\n"
    '"I thought I would die up there," Sunak said.\n\n'
    "Britain's Sunak called the French authorities on Sunday to offer help, his office said.\n\n"
    "Sunak, the tourist, said she would fly home on Tuesday.\n"
)
# invented: another name, "a 61-year-old florist", the famous person named in full first
MELONI = (
    "Flood\n\n"
    "Prime Minister Giorgia Meloni visited the town on Monday. Meloni promised aid within a week.\n\n"
    "The water destroyed the shop of Carla Meloni on the main square. Meloni, a 61-year-old florist, said "
    "she had lost everything. Meloni added that her insurer had not called. Italy's Meloni later toured the "
    "harbour.\n"
)
# invented: another name, "who runs", the famous person by a cue only, a title in apposition
MILEI = (
    "Prices\n\n"
    "Laura Milei has baked bread in Córdoba for twenty years.\n\n"
    "President Milei spoke on television on Monday. Milei, who runs the bakery on Calle Ancha, said flour "
    "prices had doubled. Milei, the president, said inflation would fall by spring.\n"
)

# (text, the bearer named in full, the famous person, owner of each lone mention in order:
# "b" the bearer, "f" the famous person)
CASES = [
    (MACRON, "Bruno Macron", "Emmanuel Macron", "fbb"),
    (SUNAK, "Harriet Sunak", "Rishi Sunak", "bfb"),
    (MELONI, "Carla Meloni", "Giorgia Meloni", "fbbf"),
    (MILEI, "Laura Milei", "Javier Milei", "fbf"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _lone_keys(rec: Recognizer, text: str, surname: str) -> list[str]:
    """The key of each mention written as the lone surname, in the text's order."""
    ms = sorted(rec.recognize(Art("x", text)), key=lambda m: m.start)
    return [m.key for m in ms if text[m.start : m.end] == surname]


@pytest.mark.parametrize(("text", "bearer", "famous", "owners"), CASES, ids=["macron", "sunak", "meloni", "milei"])
def test_an_apposition_says_whose_surname(rec: Recognizer, text: str, bearer: str, famous: str, owners: str) -> None:
    surname = famous.rsplit(maxsplit=1)[-1]
    want = [f"PERSON:{bearer}" if o == "b" else f"PERSON:{famous}" for o in owners]
    assert _lone_keys(rec, text, surname) == want


@pytest.mark.parametrize(
    ("text", "surname", "famous", "owners"),
    [
        # no other bearer named in the article: an ordinary apposition leaves the lone surname
        # (the corpus's bearer named in full, or its own entity), and the cue-less mention after
        # it with it, until the famous person is named again
        (
            "Storm\n\nPresident Macron visited the coast. Macron, the campsite owner, said he moved 300 guests. "
            '"We left everything," Macron said. France\'s Macron promised aid.\n',
            "Macron",
            "Emmanuel Macron",
            "fllf",
        ),
        (
            "Storm\n\nChancellor Scholz flew over the dikes. Scholz, who keeps a bakery in Husum, said the water "
            "was rising. Scholz, the chancellor, promised help.\n",
            "Scholz",
            "Olaf Scholz",
            "flf",
        ),
    ],
    ids=["macron", "scholz"],
)
def test_an_ordinary_apposition_is_never_the_famous_person(
    rec: Recognizer, text: str, surname: str, famous: str, owners: str
) -> None:
    want = [f"PERSON:{famous}" if o == "f" else f"PERSON:{surname}" for o in owners]
    assert _lone_keys(rec, text, surname) == want
