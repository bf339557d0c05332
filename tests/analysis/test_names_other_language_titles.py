"""A title or role word of another language's news before a known person's lone surname is a cue
for the famous bearer and lies outside the PERSON span, as an English one is (issue #16, round
s32-i): "le président Macron", "el presidente Erdogan", "la primera ministra Meloni", "der
Präsident Erdoğan", "o presidente Milei", "il cancelliere Scholz" were no cues (the one title
lexicon held no "président", "presidente", "Präsident", "ministra", "cancelliere"...), so the lone
surname went to a bearer the article names in full, or stayed a lone "Meloni" where it names
none. Lower case and capitalised, a hyphenated role by its last word ("a primeira-ministra"); in
French, Spanish, Portuguese, Italian and German; articles naming another bearer in full and
articles naming none. A street named after a title holder keeps the title in its name ("Avenida
Presidente Vargas", "Avenida General Justo")."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _lone_keys(rec: Recognizer, text: str, surname: str) -> list[str]:
    """The key of each mention written as the lone surname, in the text's order."""
    ms = sorted(rec.recognize(Art("x", text)), key=lambda m: m.start)
    return [m.key for m in ms if text[m.start : m.end] == surname]


# articles naming another bearer in full: (text, surname, the owner of each lone mention in order)
WITH_BEARER = [
    (  # French (reported shape)
        "Incendie\n\nLe touriste Julien Macron, 29 ans, était près de la porte 7. « C'était comme une vague », "
        "a dit Macron.\n\nLe président Macron a envoyé ses condoléances dimanche.\n",
        "Macron",
        ["Julien Macron", "Emmanuel Macron"],
    ),
    (  # Spanish (reported shape)
        "Incendio\n\nEl turista Emre Erdoğan, de 29 años, estaba cerca de la puerta 7. «Fue como una ola», "
        "dijo Erdogan.\n\nEl presidente Erdogan envió sus condolencias el domingo.\n",
        "Erdogan",
        ["Emre Erdoğan", "Recep Tayyip Erdogan"],
    ),
    (  # German, capitalised as German writes it
        "Sturm\n\nKapitän Rolf Scholz brachte den Kutter am Morgen in den Hafen. Scholz sagte, die Wellen "
        "seien hoch gewesen.\n\nBundeskanzler Scholz dankte der Küstenwache am Dienstag.\n",
        "Scholz",
        ["Rolf Scholz", "Olaf Scholz"],
    ),
    (  # Italian
        "Tempesta\n\nIl capitano Rolf Scholz ha portato il peschereccio in porto. Scholz ha detto che le onde "
        "erano altissime.\n\nIl cancelliere Scholz ha ringraziato la guardia costiera martedì.\n",
        "Scholz",
        ["Rolf Scholz", "Olaf Scholz"],
    ),
    (  # Portuguese, a hyphenated role
        "Incêndio\n\nA professora Carla Meloni, de 61 anos, estava no convés. Meloni disse que a tripulação "
        "agiu depressa.\n\nA primeira-ministra Meloni telefonou para a companhia na segunda-feira.\n",
        "Meloni",
        ["Carla Meloni", "Giorgia Meloni"],
    ),
]


@pytest.mark.parametrize(("text", "surname", "owners"), WITH_BEARER, ids=["fr", "es", "de", "it", "pt-hyphenated"])
def test_other_language_title_is_a_cue_beside_a_bearer_in_full(
    rec: Recognizer, text: str, surname: str, owners: list[str]
) -> None:
    assert _lone_keys(rec, text, surname) == [f"PERSON:{o}" for o in owners]


# articles naming no other bearer: (text, surname, the famous person)
ALONE = [
    ("Naufragio\n\nLa primera ministra Meloni visitó el puerto el lunes.\n", "Meloni", "Giorgia Meloni"),
    ("Brand\n\nDer Präsident Erdoğan schickte am Sonntag sein Beileid.\n", "Erdoğan", "Recep Tayyip Erdogan"),
    ("Incendie\n\nLe président Macron a parlé aux familles dimanche.\n", "Macron", "Emmanuel Macron"),
    ("Mercados\n\nO presidente Milei anunciou novas medidas na segunda-feira.\n", "Milei", "Javier Milei"),
    ("Tempesta\n\nIl presidente Erdogan ha inviato le condoglianze.\n", "Erdogan", "Recep Tayyip Erdogan"),
    ("Mercados\n\nAyer habló Presidente Milei en Córdoba.\n", "Milei", "Javier Milei"),
    ("Sturm\n\nAm Dienstag dankte Kanzler Scholz der Küstenwache.\n", "Scholz", "Olaf Scholz"),
]


@pytest.mark.parametrize(
    ("text", "surname", "famous"), ALONE, ids=["es", "de", "fr", "pt", "it", "es-capitalised", "de-kanzler"]
)
def test_other_language_title_is_a_cue_alone(rec: Recognizer, text: str, surname: str, famous: str) -> None:
    assert _lone_keys(rec, text, surname) == [f"PERSON:{famous}"]


# the title outside the PERSON span, and a street's name keeping it
SPANS = [
    ("Sturm\n\nAm Dienstag sprach Bundeskanzlerin Angela Merkel mit den Fischern.\n", "Angela Merkel", "PERSON"),
    ("Tormenta\n\nEl lunes habló la Presidenta Claudia Sheinbaum en el puerto.\n", "Claudia Sheinbaum", "PERSON"),
    ("Tempesta\n\nIeri il Sindaco Giuseppe Sala ha visitato il porto.\n", "Giuseppe Sala", "PERSON"),
    ("Incêndio\n\nOntem o Governador Tarcísio Freitas visitou o porto.\n", "Tarcísio Freitas", "PERSON"),
    ("Carnaval\n\nO desfile seguiu pela Avenida Presidente Vargas ao meio-dia.\n", "Avenida Presidente Vargas", "FAC"),
    ("Carnaval\n\nLa marcha siguió por la Avenida General Justo hasta el río.\n", "Avenida General Justo", "FAC"),
]


@pytest.mark.parametrize(
    ("text", "name", "label"), SPANS, ids=["de", "es", "it", "pt", "street-presidente", "street-general"]
)
def test_the_title_lies_outside_the_span(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text), names(rec, text)
