"""A list under a sentence ending in ":" closing a saved page's text in another language is the
article's, and so are the paragraphs after it (t13v F6: elcomercio-es.txt's "Los fallecidos
identificados por la prefectura:" over "Lucas Ferrand, 27 años" … was navigation, the two
paragraphs after it outside-article: the closing lines' rule read the sentence and the list by
English's function words whatever the page's language)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

TOP = {
    "es": [
        "El Comercio del Sur",
        "Iniciar sesión Suscríbete",
        "Portada | Internacional | Economía | Deportes | Cultura",
    ],
    "fr": ["La Gazette du Midi", "Se connecter S'abonner", "Accueil | Monde | Économie | Sports | Culture"],
    "de": ["Nordkurier Abend", "Anmelden Abonnieren", "Startseite | Welt | Wirtschaft | Sport | Kultur"],
}
BOTTOM = {
    "es": [
        "Compartir en Facebook  Compartir en Twitter  Enviar por WhatsApp",
        "Lo más leído\n1. El Real Madrid ficha a un delantero brasileño\n2. Ola de calor: 45 grados en Sevilla\n3. La bolsa cae un 2 %",
        "Comentarios (3)\npepe_88 dice: 16 agosto, 2026 a las 10:02\nQué tragedia, mucho ánimo a los bomberos.\nResponder",
        "© 2026 El Comercio del Sur. Todos los derechos reservados. Aviso legal | Política de privacidad | Cookies",
    ],
    "fr": [
        "Partager sur Facebook  Partager sur X",
        "Les plus lus\n1. Le PSG recrute un gardien italien\n2. Canicule : 42 degrés à Nîmes\n3. Le CAC 40 recule de 1 %",
        "Commentaires (2)\nmimi13 dit : 14 mai 2026 à 08:12\nCourage aux sinistrés de Manosque.\nRépondre",
        "© 2026 La Gazette du Midi. Tous droits réservés. Mentions légales | Confidentialité | Cookies",
    ],
    "de": [
        "Auf Facebook teilen  Auf X teilen",
        "Meistgelesen\n1. Hansa Rostock holt einen Stürmer aus Brasilien\n2. Hitzewelle: 38 Grad in Leipzig\n3. Der DAX fällt um 2 %",
        "Kommentare (2)\nkarl_w sagt: 3. März 2026 um 09:40\nSchlimm für die Leute auf der Insel.\nAntworten",
        "© 2026 Nordkurier Abend. Alle Rechte vorbehalten. Impressum | Datenschutz | Cookies",
    ],
}
BYLINE = {
    "es": ["Por María Sánchez Ortega", "16 de agosto de 2026 - 09:15"],
    "fr": ["Par Claire Vidal", "14 mai 2026 - 07:30"],
    "de": ["Von Anna Lind", "3. März 2026, 08:15 Uhr"],
}
BODY = {
    "es": [
        "Incendio en la Costa Azul: siete muertos y 2.000 evacuados",
        "TOULON (Francia).- Un violento incendio forestal arrasó el sábado la localidad de Saint-Aubrac-des-Pins, en el sur de Francia, y dejó siete muertos, según la prefectura del Var.",
        "Entre los evacuados estaba el español Daniel Ruiz, de 16 años, que pasaba las vacaciones con su familia en el camping Les Cigales.",
    ],
    "fr": [
        "Crue de la Durance : trois morts à Manosque",
        "MANOSQUE. La Durance est sortie de son lit dans la nuit de mardi à mercredi et a inondé les quartiers bas de la ville, selon la préfecture des Alpes-de-Haute-Provence.",
        "Plus de 400 habitants ont passé la nuit au gymnase municipal, où la Croix-Rouge a distribué des couvertures et des repas chauds.",
    ],
    "de": [
        "Sturm über Rügen: drei Tote",
        "SASSNITZ. Ein schwerer Sturm hat in der Nacht zum Sonntag auf Rügen Bäume entwurzelt und Dächer abgedeckt, wie die Polizei in Stralsund mitteilte.",
        "Mehr als 200 Urlauber verbrachten die Nacht in einer Turnhalle, wo das Rote Kreuz Decken und heißen Tee verteilte.",
    ],
}
LIST = {
    "es": [
        "Los fallecidos identificados por la prefectura:",
        "Lucas Ferrand, 27 años",
        "Amélie Costa, 35 años",
        "Jean-Pierre Aubert, 71 años",
        "Monique Aubert, 69 años",
        "Sofía Lindqvist, 44 años",
    ],
    "fr": [
        "Les victimes identifiées par les secours :",
        "Marcel Roux, 82 ans",
        "Odette Blanc, 77 ans",
        "Karim Haddad, 39 ans",
    ],
    "de": [
        "Die Toten, die die Polizei am Morgen nannte:",
        "Heinz Möller, 64 Jahre",
        "Greta Voss, 58 Jahre",
        "Timo Brandt, 19 Jahre",
    ],
}
AFTER = {
    "es": [
        "El coronel Thierry Vasseur, jefe de bomberos de la región, dijo que el fuego avanzó a una velocidad nunca vista.",
        "La alcaldesa Hélène Bérard anunció un homenaje el viernes.",
    ],
    "fr": [
        "Le maire Paul Girard a demandé l'ouverture d'une enquête sur l'entretien des digues.",
        "Une cellule psychologique est ouverte à la mairie.",
    ],
    "de": [
        "Der Landrat Stefan Kern sagte, der Sturm sei der schwerste seit zwanzig Jahren gewesen.",
        "Die Fähre nach Schweden fährt wieder.",
    ],
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, top in TOP.items():
        head, *paragraphs = BODY[doc]
        parts = [*top, head, "\n".join(BYLINE[doc]), *paragraphs, LIST[doc][0], "\n".join(LIST[doc][1:])]
        text = "\n\n".join([*parts, *AFTER[doc], *BOTTOM[doc]]) + "\n"
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(TOP))
def test_the_list_and_the_text_after_it_are_the_articles(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    noise = {" ".join(b["text"].split()) for b in out["noise"]}
    for line in [*LIST[doc], *AFTER[doc]]:
        assert line not in noise, line
    assert TOP[doc][2] in noise
