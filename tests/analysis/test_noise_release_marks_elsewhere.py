"""Lines the press-release rules read as a release's furniture that are another part of a saved
page (issue #14, round s33-o; unseen19's tarnkappe-1, unseen16's newstatesman-1, unseen26's
correctiv-1), and what follows them.

- A writer's author box: an "About X" header ("Über Sunny", "About Jane Roe") over a paragraph
  saying X writes, covers or is a reporter is the author box (byline), no release's "About" section;
  it closes the article, so the other stories' teasers under it (headline and one-sentence
  summary pairs) stay outside the article, and no line is press-release furniture.
- A form's required field ("Email: *", "E-Mail: *") is the form's (call-to-action), no release's
  contact line, so the page after it is no press-release furniture.
- A site's own contact details under its postal address in the footer ("Fax: +49 …" under
  "12051 Berlin") are the site's (legal), no release's, when no other mark of a release stands
  before them; a release's own contact block under "Media contact" stays press-release.

Each reported shape and two variants of our own (other names, layouts and languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def line_kinds(art: Article) -> dict[str, str]:
    """Each line of the text (whitespace folded) and the kind of the segment holding it, "content"
    for the article's."""
    out: dict[str, str] = {}
    for seg in split_noise(art).segments():
        kind = "content" if seg.reason is None else (seg.kind or "?")
        for line in art.text[seg.start : seg.end].splitlines():
            if line.strip():
                out.setdefault(" ".join(line.split()), kind)
    return out


def kind_of(got: dict[str, str], line: str) -> str | None:
    line = " ".join(line.split())
    return got.get(line) or next((kind for text, kind in got.items() if line in text), None)


# ---------------------------------------------------------------------------------------------
# A writer's author box over a list of other stories' teasers

AUTHOR_BOX_PAGES = {
    # The reported shape: German, a first name alone, the bio's verb "schreibt".
    "tarnkappe": {
        "menu": ["Startseite", "News", "Szene", "Recht", "Lesetipps"],
        "headline": "Hafenbehörde schließt Fährrampe für ein Jahr",
        "byline": "Von Sunny Berger | 12. März 2025",
        "paras": [
            "Die Hafenbehörde hat am Dienstag beschlossen, die alte Fährrampe am Pier 4 für ein Jahr zu "
            "schließen, während Ingenieure das Scharnier erneuern, das im März versagt hatte.",
            "Fahrgäste steigen künftig an einem schwimmenden Ponton neben dem Fischmarkt ein, was nach "
            "Angaben der Behörde jede Überfahrt um etwa fünf Minuten verlängern wird.",
            "Die Fährleute sagten, sie hätten seit zwei Jahren vor dem Scharnier gewarnt, und die "
            "Gewerkschaft forderte die Behörde auf, alle Prüfberichte seit der letzten Reparatur zu veröffentlichen.",
            "Die Arbeiten sollen im kommenden Frühjahr abgeschlossen sein, teilte die Behörde mit, und "
            "die Kosten von rund vier Millionen Euro trägt zum größten Teil das Land.",
        ],
        "before_box": ["Jetzt kommentieren", "Mehr zu dem Thema"],
        "header": "Über Sunny",
        "bio": "Sunny schreibt seit 2019 für das Hafenblatt. Er verfasst die wöchentlichen Lesetipps und "
        "berichtet am liebsten über Themen wie Schifffahrt, Häfen und Verkehrspolitik.",
        "teasers": [
            ("Schleuse Kiel: Sanierung verzögert sich erneut", "Die Sanierung der Schleuse dauert ein weiteres Jahr."),
            ("Containerhafen: Neue Kräne für das Terminal", "Vier neue Kräne sollen die Abfertigung beschleunigen."),
            ("Fährverkehr: Streik legt Linien lahm", "Ein Warnstreik hat am Montag den Fährverkehr gestoppt."),
            ("Werft meldet Rekordauftrag aus Norwegen", "Die Werft baut drei Fähren für eine Reederei aus Bergen."),
            (
                "Hafengeburtstag: Besucherzahlen wie vor der Pandemie",
                "Über eine Million Gäste kamen zum Fest am Hafen.",
            ),
        ],
        "footer": ["Impressum", "Datenschutz", "© 2014-2025 Hafenblatt"],
    },
    # English, a full name, "covers".
    "courier": {
        "menu": ["Home", "Local", "Business", "Sport", "Opinion"],
        "headline": "Pier 4 ferry ramp to close for a year",
        "byline": "By Jane Roe | March 12, 2025",
        "paras": [
            "The harbour board voted on Tuesday to close the old ferry ramp at Pier 4 for a year while "
            "engineers rebuild the hinge that failed in March and left two boats stranded for a night.",
            "Passengers will board from a floating pontoon beside the fish market, which the board said "
            "would add about five minutes to each crossing until the work is finished next spring.",
            "Ferry workers said they had warned about the hinge for two years, and the union asked the "
            "board to publish the inspection reports it had received since the last repair was made.",
            "The work is expected to cost about four million pounds, most of it paid by the regional "
            "government, the board said in a statement after the vote.",
        ],
        "before_box": ["Leave a comment", "More on this story"],
        "header": "About Jane Roe",
        "bio": "Jane Roe covers transport and the harbour for the Kessel Courier. She joined the paper in "
        "2018 after five years at a news agency in Leeds.",
        "teasers": [
            ("Lock repairs delayed for another year", "The canal lock will stay closed until at least next summer."),
            (
                "New cranes arrive at the container terminal",
                "Four cranes are meant to halve the time ships spend in port.",
            ),
            ("Ferry strike halts crossings on Monday", "A walkout by deckhands stopped every crossing for a day."),
            ("Shipyard wins record order from Norway", "The yard will build three ferries for an operator in Bergen."),
            (
                "Harbour festival draws a million visitors",
                "Crowds returned to the quays for the first time since 2019.",
            ),
        ],
        "footer": ["About us", "Privacy policy", "© 2025 Kessel Courier"],
    },
    # French, a full name, "est journaliste".
    "courrier": {
        "menu": ["Accueil", "Région", "Économie", "Sports", "Culture"],
        "headline": "La rampe du quai 4 fermée pendant un an",
        "byline": "Par Marie Curel | 12 mars 2025",
        "paras": [
            "Le conseil portuaire a voté mardi la fermeture pour un an de l'ancienne rampe du quai 4, le "
            "temps pour les ingénieurs de reconstruire la charnière qui a cédé en mars.",
            "Les passagers embarqueront depuis un ponton flottant près du marché aux poissons, ce qui "
            "ajoutera environ cinq minutes à chaque traversée jusqu'à la fin des travaux au printemps.",
            "Les marins ont affirmé avoir signalé le problème depuis deux ans, et le syndicat demande la "
            "publication de tous les rapports d'inspection reçus depuis la dernière réparation.",
            "Les travaux devraient coûter environ quatre millions d'euros, pris en charge pour l'essentiel "
            "par la région, a précisé le conseil dans un communiqué après le vote.",
        ],
        "before_box": ["Réagir", "Sur le même sujet"],
        "header": "À propos de Marie Curel",
        "bio": "Marie Curel est journaliste au Courrier du Port depuis 2017. Elle suit les transports et "
        "l'activité du port pour la rubrique régionale.",
        "teasers": [
            ("Écluse : les travaux encore retardés", "La réouverture de l'écluse est repoussée à l'été prochain."),
            ("De nouvelles grues pour le terminal", "Quatre grues doivent accélérer le chargement des navires."),
            ("Grève : les traversées suspendues lundi", "Un mouvement des matelots a arrêté toutes les liaisons."),
            (
                "Le chantier naval décroche une commande record",
                "Trois ferries seront construits pour un armateur norvégien.",
            ),
            (
                "Fête du port : un million de visiteurs",
                "La foule est revenue sur les quais pour la première fois depuis 2019.",
            ),
        ],
        "footer": ["Mentions légales", "Confidentialité", "© 2025 Le Courrier du Port"],
    },
}


def author_box_text(page: dict) -> str:
    lines = [*page["menu"], page["headline"], page["byline"], *page["paras"], *page["before_box"]]
    lines += [page["header"], page["bio"], "Newsletter"]
    for title, summary in page["teasers"]:
        lines += [title, summary]
    lines += page["footer"]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("name", sorted(AUTHOR_BOX_PAGES))
def test_author_box_is_no_release_and_closes_the_article(tmp_path: Path, name: str) -> None:
    page = AUTHOR_BOX_PAGES[name]
    got = line_kinds(article(tmp_path, f"{name}.txt", author_box_text(page)))
    assert kind_of(got, page["header"]) == "byline"
    assert kind_of(got, page["bio"]) == "byline"
    assert "press-release" not in got.values()
    for para in page["paras"]:
        assert kind_of(got, para) == "content", para
    for title, summary in page["teasers"]:
        assert kind_of(got, title) not in (None, "content"), title
        assert kind_of(got, summary) not in (None, "content"), summary


def test_release_about_header_over_company_paragraph_stays_release(tmp_path: Path) -> None:
    """A release's "About Acme" over a paragraph on the company ("Acme is a maker of …") is the
    release's furniture still: the author-box rule asks for a writer's verb or role."""
    paras = AUTHOR_BOX_PAGES["courier"]["paras"]
    text = "\n\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            "Kessel Ferries to close Pier 4 ramp for a year",
            *paras,
            "About Kessel Ferries",
            "Kessel Ferries is the largest ferry operator on the coast, running 14 routes with a fleet "
            "of 22 vessels and carrying four million passengers a year.",
            "Media contact",
            "Tom Hale, press@kessel-ferries.example",
        ]
    )
    got = line_kinds(article(tmp_path, "release.txt", text + "\n"))
    assert kind_of(got, "About Kessel Ferries") == "press-release"
    assert kind_of(got, "Kessel Ferries is the largest ferry operator") == "press-release"
    assert kind_of(got, paras[0]) == "content"


# ---------------------------------------------------------------------------------------------
# A form's required field

FORM_PAGES = {
    # The reported shape: a newsletter box and a login box over the article, English.
    "statesman": {
        "before": [
            "Newsletter",
            "Enter your email address here to receive updates from the team.",
            "Email: *",
            "Subscribe",
            "User login",
            "Email: *",
            "Password: *",
            "Create new account",
        ],
        "after": ["Related posts", "The politics of childcare are heating up. Here's why."],
    },
    # German, the box after the article.
    "hafenblatt": {
        "before": ["Startseite", "Politik", "Wirtschaft"],
        "after": [
            "Newsletter",
            "Tragen Sie Ihre E-Mail-Adresse ein, um unseren Newsletter zu erhalten.",
            "E-Mail: *",
            "Abonnieren",
            "Die Werft baut drei Fähren für eine Reederei aus Bergen, heißt es.",
        ],
    },
    # English, a sign-in box after the article, "E-mail: *" and "Password: *".
    "courier": {
        "before": ["Home", "Local", "Business"],
        "after": [
            "Sign in",
            "E-mail: *",
            "Password: *",
            "Forgot your password?",
            "Crowds returned to the quays for the first time since 2019, organisers said.",
        ],
    },
}


@pytest.mark.parametrize("name", sorted(FORM_PAGES))
def test_required_form_field_is_no_release_contact(tmp_path: Path, name: str) -> None:
    page = FORM_PAGES[name]
    paras = AUTHOR_BOX_PAGES["courier"]["paras"]
    lines = [*page["before"], "Pier 4 ferry ramp to close for a year", "By Jane Roe", *paras, *page["after"]]
    got = line_kinds(article(tmp_path, f"{name}.txt", "\n\n".join(lines) + "\n"))
    field = next(line for line in lines if line.endswith(": *") and "mail" in line.lower())
    assert kind_of(got, field) == "call-to-action"
    assert "press-release" not in got.values()
    for para in paras:
        assert kind_of(got, para) == "content", para


# ---------------------------------------------------------------------------------------------
# A site's contact details under its postal address, in the footer

FOOTERS = {
    # The reported shape: German, "Fax:" under a street and a postcode with its town.
    "correctiv": [
        "Kontakt",
        "Redaktion Berlin",
        "Hafenblatt c/o Verlag Nord",
        "Hermannstr. 90",
        "12051 Berlin",
        "Fax: +49 (0) 30 – 555 780 2 20",
        "Büro Hamburg",
        "Singerstraße 109",
        "20095 Hamburg",
        "Allgemeine Anfragen: info[at]hafenblatt.example",
        "Presseanfragen: presse[at]hafenblatt.example",
        "Impressum",
        "Datenschutz",
    ],
    # English (UK): "Tel:" and "Email:" under a street and a postcode.
    "courier": [
        "Contact us",
        "Kessel Courier",
        "12 Harbour Street",
        "Leeds LS1 4AP",
        "Tel: +44 113 496 0000",
        "Email: newsdesk@kessel-courier.example",
        "Advertise with us",
        "Careers",
        "Privacy policy",
    ],
    # English (US): "Phone:" under a street and a town with its ZIP code.
    "gazette": [
        "Our newsroom",
        "Springfield Gazette",
        "1200 Harbor Avenue",
        "Springfield, IL 62701",
        "Phone: (555) 123-4567",
        "Fax: (555) 123-4568",
        "Subscriptions",
        "Terms of use",
    ],
}


@pytest.mark.parametrize("name", sorted(FOOTERS))
def test_site_contact_under_its_address_is_no_release(tmp_path: Path, name: str) -> None:
    paras = AUTHOR_BOX_PAGES["courier"]["paras"]
    footer = FOOTERS[name]
    lines = ["Home", "Local", "Business", "Pier 4 ferry ramp to close for a year", "By Jane Roe", *paras, *footer]
    got = line_kinds(article(tmp_path, f"{name}.txt", "\n\n".join(lines) + "\n"))
    assert "press-release" not in got.values()
    contact = next(line for line in footer if line.startswith(("Fax", "Tel", "Phone")))
    assert kind_of(got, contact) == "legal"
    for line in footer:
        assert kind_of(got, line) not in (None, "content"), line
    for para in paras:
        assert kind_of(got, para) == "content", para


def test_release_contact_block_with_address_stays_release(tmp_path: Path) -> None:
    """A release's contact details under "Media contact", an address among them, stay its furniture."""
    paras = AUTHOR_BOX_PAGES["courier"]["paras"]
    lines = [
        "PRESS RELEASE",
        "Kessel Ferries to close Pier 4 ramp for a year",
        *paras,
        "###",
        "Media contact",
        "Kessel Ferries Ltd",
        "12 Harbour Street",
        "Leeds LS1 4AP",
        "Tel: +44 113 496 0001",
    ]
    got = line_kinds(article(tmp_path, "release.txt", "\n\n".join(lines) + "\n"))
    assert kind_of(got, "Tel: +44 113 496 0001") == "press-release"
    assert kind_of(got, "Media contact") == "press-release"
