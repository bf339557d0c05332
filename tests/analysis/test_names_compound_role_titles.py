"""A capitalised German, Dutch or Scandinavian role noun before a name is a title outside the
PERSON span, read by its compound's last part ("Polizeichef", "Geschäftsführerin",
"Feuerwehrsprecherin", "Hoofdcommissaris", "Polischef") as well as from the title lexicon
(issue #16, round s35-v, t13z H22: "sagte Geschäftsführerin Miriam Okafor" and "Auch Polizeichef
Jonas Pellworth äußerte sich" named no person, so ``who:`` missed the German article). A surname
ending like a role after a given name stays the person's ("Anke Wagenführer", "Dale Hofmeister");
a role noun alone names no one. Names are invented, the first two texts the reported shapes."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _people(rec: Recognizer, text: str) -> set[str]:
    return {t for t, label in names(rec, text) if label == "PERSON"}


CASES = [
    # the reported shapes (German)
    ("Angriff\n\n„Wir zahlen nicht“, sagte Geschäftsführerin Miriam Okafor.\n", "Miriam Okafor"),
    ("Angriff\n\nAuch Polizeichef Jonas Pellworth äußerte sich.\n", "Jonas Pellworth"),
    # German, other roles and names
    ("Brand im Hafen\n\nAuch Feuerwehrsprecherin Lena Brinkmann äußerte sich am Morgen.\n", "Lena Brinkmann"),
    ("Streik\n\nDas sagte Abteilungsleiterin Gesa Thormählen am Abend.\n", "Gesa Thormählen"),
    # Dutch, capitalised in the middle of a sentence
    ("Brand in de haven\n\nNiemand raakte gewond, zei Hoofdcommissaris Ruud Akkerman.\n", "Ruud Akkerman"),
    # Swedish
    ("Brand i hamnen\n\nÄven Polischef Anders Thorsson bekräftade det.\n", "Anders Thorsson"),
]


@pytest.mark.parametrize(
    ("text", "person"), CASES, ids=["de-reported", "de-sentence-start", "de-2", "de-3", "nl", "sv"]
)
def test_compound_role_before_a_name_is_a_title(rec: Recognizer, text: str, person: str) -> None:
    people = _people(rec, text)
    assert person in people, people
    assert not any(p != person and person in p for p in people), people


@pytest.mark.parametrize(
    "text",
    [
        # (already read before this round: kept so)
        "Brand in de haven\n\nWoordvoerder Jan de Vries zei dat niemand gewond raakte. "
        "De brand is geblust, zei burgemeester Femke Halsema.\n",
        "Brand im Hafen\n\nDas Feuer sei gelöscht, sagte Bürgermeisterin Anke Vogt.\n",
    ],
)
def test_dutch_and_listed_titles_stay_read(rec: Recognizer, text: str) -> None:
    people = _people(rec, text)
    assert people & {"Jan de Vries", "Anke Vogt"}, people
    assert not any(p.startswith(("Woordvoerder", "Bürgermeisterin")) for p in people), people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Brand\n\nDas sagte Anke Wagenführer am Abend.\n", "Anke Wagenführer"),
        ("Brand\n\nAnke Wagenführer sagte, das Feuer sei aus.\n", "Anke Wagenführer"),
        ("Fire\n\nThe fire was out by noon, said Dale Hofmeister, a neighbour.\n", "Dale Hofmeister"),
    ],
)
def test_surname_shaped_like_a_role_stays_the_name(rec: Recognizer, text: str, person: str) -> None:
    assert person in _people(rec, text)
