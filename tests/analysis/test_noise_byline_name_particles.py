"""A byline whose author's name holds lower-case particles ("By Pieter de Wit", "By Ana van der
Berg", "Por María de los Ángeles Ruiz", "Von Jan van Dijk") names the article's author and is split
off as its byline, as "By Jane Roe" is (issue #14, round s39-x3: the English ones were no byline and
named no author, the Spanish one named none, the German one named its author while its line stayed
the article's). The reported lines and variants of our own: other particles and languages, and
the byline over a date stamp. A headline's words after "Von" or "Por" stay the title's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEADLINES = {
    "en": "Council approves new harbour ferry plan after long debate",
    "es": "El ayuntamiento aprueba el nuevo plan de transbordadores",
    "de": "Stadtrat beschließt neuen Fährplan nach langer Debatte",
    "fr": "Le conseil municipal adopte le nouveau plan des ferries",
    "nl": "Gemeenteraad keurt nieuw veerbootplan goed na lang debat",
}
BODIES = {
    "en": (
        "The city council approved the new harbour ferry plan on Tuesday after a debate that lasted more than "
        "six hours, officials said.\n\nThe plan adds two boats and a night service from next spring, according "
        "to the transport department.\n"
    ),
    "es": (
        "El ayuntamiento aprobó el martes el nuevo plan de transbordadores del puerto tras un debate de más de "
        "seis horas, dijeron los funcionarios.\n\nEl plan añade dos barcos y un servicio nocturno a partir de "
        "la próxima primavera, según el departamento de transporte.\n"
    ),
    "de": (
        "Der Stadtrat hat am Dienstag nach einer mehr als sechsstündigen Debatte den neuen Fährplan für den "
        "Hafen beschlossen, teilten Beamte mit.\n\nDer Plan sieht zwei Boote und einen Nachtdienst ab dem "
        "nächsten Frühjahr vor, so das Verkehrsamt.\n"
    ),
    "fr": (
        "Le conseil municipal a adopté mardi le nouveau plan des ferries du port après un débat de plus de six "
        "heures, ont indiqué des responsables.\n\nLe plan ajoute deux bateaux et un service de nuit dès le "
        "printemps prochain, selon le service des transports.\n"
    ),
    "nl": (
        "De gemeenteraad heeft dinsdag na een debat van meer dan zes uur het nieuwe veerbootplan voor de haven "
        "goedgekeurd, zeiden ambtenaren.\n\nHet plan voegt twee boten en een nachtdienst toe vanaf het "
        "volgende voorjaar, aldus de vervoersdienst.\n"
    ),
}
REPORTED = [
    ("en", "By Pieter de Wit", "Pieter de Wit"),
    ("en", "By Ana van der Berg", "Ana van der Berg"),
    ("es", "Por María de los Ángeles Ruiz", "María de los Ángeles Ruiz"),
    ("de", "Von Jan van Dijk", "Jan van Dijk"),
]
VARIANTS = [
    ("en", "By Alejandro de la Garza", "Alejandro de la Garza"),
    # (a name in capitals re-cased by the recogniser's rule, lexicons.title_cased: round s50-m)
    ("en", "BY PIETER DE WIT", "Pieter De Wit"),
    ("es", "Por Ana de las Heras", "Ana de las Heras"),
    ("fr", "Par Jean du Pont", "Jean du Pont"),
    ("nl", "Door Eva van den Heuvel", "Eva van den Heuvel"),
    ("de", "Von Lena von der Leyen", "Lena von der Leyen"),
]
LAYOUTS = {
    "under-headline": "{head}\n{byline}\n\n{body}",
    "over-date": "{head}\n\n{byline}\n14 March 2025\n\n{body}",
}


def _show_and_noise(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[dict, list[dict]]:  # type: ignore[type-arg]
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "story.txt").write_text(text, "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    capsys.readouterr()
    assert main([*base, "show", "story", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert main([*base, "noise", "story", "--json"]) == 0
    noise = json.loads(capsys.readouterr().out)["docs"][0]["noise"]
    return shown, noise


@pytest.mark.parametrize(("lang", "byline", "author"), REPORTED + VARIANTS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_byline_with_particles_names_the_author_and_is_split_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, byline: str, author: str, layout: str
) -> None:
    text = LAYOUTS[layout].format(head=HEADLINES[lang], byline=byline, body=BODIES[lang])
    shown, noise = _show_and_noise(tmp_path, capsys, text)
    assert shown["author"] == author
    assert shown["title"] == HEADLINES[lang]
    assert [n["text"] for n in noise if n["kind"] == "byline" and n["text"].strip() == byline] == [byline]
    # The article's prose stays the article's.
    assert not any(n["text"].strip() in BODIES[lang] for n in noise if n["text"].strip() != byline)


# A headline's words after the byline's words stay the headline (the line is no byline: not
# under a headline, over the text).
HEADLINE_WORDS = ["Von Braun Rocket Hall Opens", "Por Qué Suben Los Precios", "Door To Door Sales End"]


@pytest.mark.parametrize("head", HEADLINE_WORDS)
def test_a_headline_opening_with_a_bylines_word_is_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str
) -> None:
    shown, noise = _show_and_noise(tmp_path, capsys, f"{head}\n\n{BODIES['en']}")
    assert shown["title"] == head
    assert shown["author"] is None
    assert noise == []
