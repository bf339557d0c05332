"""A facility named by its kind noun, before the name in the languages the recogniser reads ("la
mina San Telmo", "le puits Sainte-Barbe", "die Zeche Glückauf") or after it in English, a
material or a working's word between ("the San Telmo copper mine", "Rescuers at the San Telmo
mine"), is that facility, FAC (the names gold's convention: "[Khuren Ovoo|FAC] mine"). t13y G10:
the mine "San Telmo" was a PERSON from the Spanish wire alone and no name at all in the English
articles, so the corpus typed it a person everywhere. The reported sentences and variants of other
names, layouts and languages."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the reported sentences (t13y repro v10)
        (
            "Diecisiete mineros quedaron atrapados el lunes a 420 metros de profundidad tras el derrumbe de "
            "una galería de la mina San Telmo, informaron los servicios de emergencia.",
            "San Telmo",
        ),
        (
            "Seventeen miners were trapped 420 metres underground on Monday after a gallery collapsed at the "
            "San Telmo copper mine, emergency services said.",
            "San Telmo",
        ),
        ("Rescuers at the San Telmo mine said the drill had reached the refuge chamber.", "San Telmo"),
        # variants: other names, nouns, languages
        ("Os mineiros da mina São Bento foram resgatados na terça-feira, disse a empresa.", "São Bento"),
        ("Les secours ont atteint les mineurs du puits Sainte-Barbe dans la nuit de lundi.", "Sainte-Barbe"),
        ("Die Bergleute der Zeche Glückauf Ost wurden am Montag gerettet, sagte die Feuerwehr.", "Glückauf Ost"),
        ("Water poured into the Morwenna Vale colliery overnight, the inspectorate said.", "Morwenna Vale"),
        ("Work stopped at the Kwame Asante open-pit gold mine after the landslide.", "Kwame Asante"),
        ("La presa Cerro Azul resistió la crecida, según la comisión del agua.", "Cerro Azul"),
    ],
)
def test_a_name_beside_its_facility_noun_is_the_facility(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "FAC") in found, found
    assert not any(n == name and label == "PERSON" for n, label in found), found


def test_the_facilitys_other_mentions_in_the_article_follow(rec: Recognizer) -> None:
    text = (
        "Seventeen miners were trapped after a gallery collapsed at the Tamsin Hollow copper mine.\n\n"
        "Families waited outside Tamsin Hollow through the night."
    )
    found = names(rec, text)
    assert ("Tamsin Hollow", "FAC") in found, found
    assert not any(label == "PERSON" for _n, label in found), found


def test_a_firm_before_its_works_stays_the_firm(rec: Recognizer) -> None:
    # a one-word owner before the works is no facility's name (the firm runs the plant)
    found = names(rec, "Ferrocobre said on Monday that the Ferrocobre smelter would stay shut.")
    assert ("Ferrocobre", "FAC") not in found, found
