"""A known person's surname written alone with no cue, in an article that names both the famous
bearer (with a cue) and another bearer in full, goes to whichever of them was named last before
it, as a reader resolves a bare surname to the nearest referent (issue #16, round s32-i): the
bearer's full name or his own earlier mentions, or the famous person's cued mention and those
resolved to him; before any referent, the bearer named in full. Before, every cue-less mention
went to the bearer named in full, even right after a cued one ("Turkish tourist Emre Erdoğan ...
President Erdogan said ... Erdogan added" gave "Erdogan added" to the tourist; "French tourist
Julien Macron ... President Macron sent ... Meanwhile Macron sent condolences." gave the last to
the tourist). The reported inputs, both orders, and invented variants (other names, other
wording, a country's possessive as the cue)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

# reported: the tourist first, then the president's cued mention and a cue-less one after it
ERDOGAN_CUE_THEN_BARE = (
    "Eyewitness\n\n"
    "CORDALEZA, June 4 (AP) - Turkish tourist Emre Erdoğan, 29, was standing near Gate 7 when the crowd "
    "began to sway.\n\n"
    "President Erdogan said on Sunday he was shocked by the crush. Erdogan added that Turkey would send "
    "forensic teams.\n"
)
# the other order: the president first, then the tourist in full and a cue-less mention after him
ERDOGAN_CUE_FIRST = (
    "Eyewitness\n\n"
    "President Erdogan sent his condolences to Valdoria on Sunday.\n\n"
    "Turkish tourist Emre Erdoğan, 29, was standing near Gate 7 when the crowd began to sway. Erdogan "
    "said he lost sight of his brother within seconds.\n"
)
# reported: "Meanwhile Macron sent condolences." after "President Macron ..."
MACRON_CUE_THEN_BARE = (
    "Eyewitness\n\n"
    "French tourist Julien Macron, 29, was standing near Gate 7 when the crowd began to sway. "
    '"It was like a wave that never stopped," Macron said.\n\n'
    "President Macron spoke to Valdoria's leader by phone. Meanwhile Macron sent condolences.\n"
)
MACRON_CUE_FIRST = (
    "Eyewitness\n\n"
    "President Macron spoke to Valdoria's leader by phone on Sunday.\n\n"
    "French tourist Julien Macron, 29, was standing near Gate 7. Macron said he had lost his friend.\n"
)
# invented: other names, a country's possessive as the cue, a chain of cue-less mentions
MELONI = (
    "Ferry fire\n\n"
    "The retired chemistry teacher Carla Meloni, 61, was on the upper deck when the alarm sounded. "
    "Meloni said the crew acted fast.\n\n"
    "Italy's Meloni called the shipping line on Monday. Meloni promised an inquiry, and Meloni also "
    "met the families.\n"
)
MILEI = (
    "Market turmoil\n\n"
    "President Milei told the nation on Monday that the peso would float.\n\n"
    "Economist Laura Milei, who teaches in Córdoba, was sceptical. Milei said the reserves were too "
    "thin, and Milei warned of a run on the banks.\n\n"
    "Argentina's Milei dismissed the criticism. Milei insisted the plan would work.\n"
)

# (text, the bearer named in full, the famous person, the owner of each lone mention in order:
# "b" the bearer, "f" the famous person)
CASES = [
    (ERDOGAN_CUE_THEN_BARE, "Emre Erdoğan", "Recep Tayyip Erdogan", "ff"),
    (ERDOGAN_CUE_FIRST, "Emre Erdoğan", "Recep Tayyip Erdogan", "fb"),
    (MACRON_CUE_THEN_BARE, "Julien Macron", "Emmanuel Macron", "bff"),
    (MACRON_CUE_FIRST, "Julien Macron", "Emmanuel Macron", "fb"),
    (MELONI, "Carla Meloni", "Giorgia Meloni", "bfff"),
    (MILEI, "Laura Milei", "Javier Milei", "fbbff"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _lone_keys(rec: Recognizer, text: str, surname: str) -> list[str]:
    """The key of each mention written as the lone surname, in the text's order."""
    ms = sorted(rec.recognize(Art("x", text)), key=lambda m: m.start)
    return [m.key for m in ms if text[m.start : m.end] == surname]


@pytest.mark.parametrize(
    ("text", "bearer", "famous", "owners"),
    CASES,
    ids=["erdogan-cue-then-bare", "erdogan-cue-first", "macron-cue-then-bare", "macron-cue-first", "meloni", "milei"],
)
def test_a_bare_surname_goes_to_the_nearest_referent(
    rec: Recognizer, text: str, bearer: str, famous: str, owners: str
) -> None:
    surname = famous.rsplit(maxsplit=1)[-1]
    want = [f"PERSON:{bearer}" if o == "b" else f"PERSON:{famous}" for o in owners]
    assert _lone_keys(rec, text, surname) == want


def test_before_any_referent_the_bearer_named_in_full(rec: Recognizer) -> None:
    """A cue-less mention before both stays the bearer's, and so does one right after a sentence
    naming both (no reader could tell which is nearer)."""
    text = (
        "Harbour\n\n"
        "Scholz, the ship's cook, had warned of the storm. Captain Rolf Scholz docked at noon.\n\n"
        "Chancellor Scholz phoned Rolf Scholz on Monday. Scholz said the sea had been calm.\n"
    )
    assert _lone_keys(rec, text, "Scholz") == ["PERSON:Rolf Scholz", "PERSON:Olaf Scholz", "PERSON:Rolf Scholz"]
