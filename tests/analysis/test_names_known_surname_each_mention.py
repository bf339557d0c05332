"""A known person's surname written alone, in an article that names another bearer of it in full,
is decided mention by mention, by its own cue (t13u F1, round s32-a): with a title or role other
than a courtesy title ("President Erdogan"), a country's possessive ("Turkey's Erdogan") or a
possessive role after it ("Trudeau's government") it is the gazetteer's famous bearer; with none
("Erdogan said", "Ms Meloni") it is the bearer the article names in full. Before, one cued mention
pulled every lone mention to the famous person ("Turkish tourist Emre Erdoğan ... Erdogan said ...
President Erdogan sent his condolences": the tourist's words were the president's), or the
bearer named in full took the cued ones ("French tourist Julien Macron ... President Macron
sent ..., and France's Macron offered ...": all Julien Macron). The reported input and invented
variants (other names, the cued mention first); a title the article writes before the bearer's
own full name too is no cue for the famous one."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

EYEWITNESS = (
    'Eyewitness: "I lost my brother in the tunnel"\n\n'
    "CORDALEZA, June 4 (AP) - Turkish tourist Emre Erdoğan, 29, was standing near Gate 7 when the crowd "
    "began to sway.\n\n"
    '"It was like a wave that never stopped," Erdogan said on Sunday. Erdogan, who had flown in for the '
    "final, said he lost sight of his brother within seconds.\n\n"
    "President Erdogan sent his condolences to Valdoria in a message on Sunday, and Turkey's Erdogan "
    "offered forensic help.\n"
)
EYEWITNESS_FR = (
    'Eyewitness: "I lost my friend in the tunnel"\n\n'
    "CORDALEZA, June 4 (AFP) - French tourist Julien Macron, 29, was standing near Gate 7 when the crowd "
    "began to sway.\n\n"
    '"It was like a wave that never stopped," Macron said on Sunday. Macron, who had flown in for the '
    "final, said he lost sight of his friend within seconds.\n\n"
    "President Macron sent his condolences to Valdoria in a message on Sunday, and France's Macron "
    "offered forensic help.\n"
)
FERRY = (
    'Ferry fire: "The smoke came from below"\n\n'
    "PORTSMOUTH, May 2 (Reuters) - The retired chemistry teacher Carla Meloni, 61, was on the upper deck "
    "when the alarm sounded.\n\n"
    '"We had perhaps two minutes," Meloni told reporters. Meloni, who was travelling with her sister, '
    "said the crew acted fast. Ms Meloni thanked them later.\n\n"
    "Prime Minister Meloni called the shipping line on Monday, and Italy's Meloni later promised help "
    "to the families.\n"
)
FLOOD = (
    "Flood rescue\n\n"
    "Chef Hana Modi, 42, kept her restaurant open as a shelter through the night.\n\n"
    '"Nobody had anywhere else to go," said Modi. Modi\'s regulars brought blankets, and Modi cooked for '
    "sixty people.\n\n"
    "Prime Minister Modi sent his sympathy to the region, and India's Modi announced relief funds.\n"
)
BRIDGE = (  # the cued mention first, then the bearer in full and a cue-less one: the bearer's
    # (a cue-less one right after the cued mention is the famous person's since round s32-i: the
    # nearest referent, tests/analysis/test_names_known_surname_nearest_referent.py)
    "Bridge collapse\n\n"
    "Prime Minister Trudeau visited the site on Tuesday.\n\n"
    "Local engineer Sophie Trudeau, who inspected the bridge in March, warned of cracks in the pier. "
    "Trudeau said on Wednesday that she had filed her report twice. Canada's Trudeau promised an "
    "inquiry, and Trudeau's government named a judge.\n"
)

# (text, the bearer named in full, the famous person, the bearer's lone mentions (n-th "X"
# written alone, from 0), the famous person's)
CASES = [
    (EYEWITNESS, "Emre Erdoğan", "Recep Tayyip Erdogan", [0, 1], [2, 3]),
    (EYEWITNESS_FR, "Julien Macron", "Emmanuel Macron", [0, 1], [2, 3]),
    (FERRY, "Carla Meloni", "Giorgia Meloni", [0, 1, 2], [3, 4]),
    (FLOOD, "Hana Modi", "Narendra Modi", [0, 1, 2], [3, 4]),
    (BRIDGE, "Sophie Trudeau", "Justin Trudeau", [1], [0, 2, 3]),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _lone_keys(rec: Recognizer, text: str, surname: str) -> list[str]:
    """The key of each mention written as the lone surname, in the text's order."""
    ms = sorted(rec.recognize(Art("x", text)), key=lambda m: m.start)
    return [m.key for m in ms if text[m.start : m.end] == surname]


@pytest.mark.parametrize(
    ("text", "bearer", "famous", "of_bearer", "of_famous"),
    CASES,
    ids=["eyewitness", "eyewitness-fr", "meloni", "modi", "trudeau-cue-first"],
)
def test_each_lone_surname_by_its_own_cue(
    rec: Recognizer, text: str, bearer: str, famous: str, of_bearer: list[int], of_famous: list[int]
) -> None:
    surname = famous.rsplit(maxsplit=1)[-1]
    keys = _lone_keys(rec, text, surname)
    assert len(keys) == len(of_bearer) + len(of_famous), keys
    assert [keys[n] for n in of_bearer] == [f"PERSON:{bearer}"] * len(of_bearer), keys
    assert [keys[n] for n in of_famous] == [f"PERSON:{famous}"] * len(of_famous), keys


SHARED_TITLE = [  # the bearer's own title before the lone surname: the bearer, not the famous one
    ("Council\n\nMayor Ana Milei opened the session. Mayor Milei said the budget was tight.\n", "Ana Milei", "Milei"),
    (
        "Harbour\n\nCaptain Rolf Scholz docked at noon. Captain Scholz said the sea was calm.\n",
        "Rolf Scholz",
        "Scholz",
    ),
]


@pytest.mark.parametrize(("text", "bearer", "surname"), SHARED_TITLE, ids=["mayor", "captain"])
def test_a_title_the_bearer_holds_is_no_cue(rec: Recognizer, text: str, bearer: str, surname: str) -> None:
    assert _lone_keys(rec, text, surname) == [f"PERSON:{bearer}"]
