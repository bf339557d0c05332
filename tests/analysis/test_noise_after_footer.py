"""A dialog the page sets after its footer is no article (issue #14, unseen18): a consent notice's
paragraphs after the site's dated copyright line outweighed a short article above it, so the
article went as "outside the main text" and the title came from the dialog. Each case: a short
article, the page's footer, then a longer dialog in sentences (invented text, three languages).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = ["Home", "News", "Sport", "Weather", "Culture", "Travel", "Opinion", "Video", "Podcasts", "Log in"]
_RELATED = [
    "Osland ferry timetable changes again for the summer",
    "New bridge plan divides Halvik council",
    "Storm closes northern harbour for two days",
    "Island school wins national science prize",
    "Fishing quota talks end without deal",
    "Halvik airport adds route to the capital",
]
_FOOTER = ["About us", "Contact", "Careers", "Advertise", "Privacy settings", "Terms"]

_ARTICLE = [
    "Harbour board backs second ferry for Osland",
    "The harbour board of Osland voted on Monday to lease a second ferry for the island route from May, after a winter of cancelled crossings and long queues at the quay.",
    "The lease will cost 2.4 million crowns a year, and the board will review it after the summer season, chair Liv Hagen said after the vote.",
    "Islanders had asked for a second boat since the old ferry broke down twice in January, leaving the island without a crossing for four days.",
]

_DIALOGS = {
    "en": (
        "© 1998-2025 Halvik Media Group",
        [
            "We value your privacy",
            "By clicking accept you agree that Halvik Media and its 812 trusted partners store and read information on your device, such as identifiers and browsing data, to show you personalised content and adverts and to measure how they perform.",
            "Our partners may combine the data they collect with data from other sources, link your devices to each other and scan the characteristics of your device to identify it for the purposes listed in the settings below.",
            "Some partners process your data on the basis of a legitimate interest, which you can object to at any time in the advanced settings, where every purpose and every partner is described in detail.",
            "You may withdraw your consent at any time by opening the privacy settings again from the link in the footer of every page of the site, without affecting the lawfulness of processing before withdrawal.",
            "Your data may be transferred to partners in countries outside the European Economic Area, where the level of protection of personal data may differ from the one you are used to.",
            "You have the right to access, correct, erase and move your data and to lodge a complaint with the supervisory authority, as our privacy policy explains in full.",
        ],
    ),
    "de": (
        "Copyright 2025 Halvik Verlag",
        [
            "Wir respektieren Ihre Privatsphäre",
            "Wenn Sie auf Zustimmen klicken, speichern Halvik Verlag und seine 640 Partner Informationen auf Ihrem Gerät und lesen sie aus, um Ihnen personalisierte Inhalte und Werbung zu zeigen und deren Wirkung zu messen.",
            "Unsere Partner können die gesammelten Daten mit Daten aus anderen Quellen verbinden, Ihre Geräte miteinander verknüpfen und die Merkmale Ihres Geräts zur Erkennung aktiv abfragen.",
            "Einige Partner verarbeiten Ihre Daten auf Grundlage eines berechtigten Interesses, dem Sie in den erweiterten Einstellungen jederzeit widersprechen können, wo jeder Zweck beschrieben ist.",
            "Sie können Ihre Einwilligung jederzeit über den Link in der Fußzeile jeder Seite widerrufen, ohne dass die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung berührt wird.",
            "Ihre Daten können an Partner in Ländern außerhalb des Europäischen Wirtschaftsraums übermittelt werden, in denen das Datenschutzniveau von dem hier üblichen abweichen kann.",
            "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Übertragung Ihrer Daten sowie auf Beschwerde bei der Aufsichtsbehörde, wie unsere Datenschutzerklärung ausführt.",
            "Wenn Sie die Website nutzen, ohne die Einstellungen Ihres Browsers zu ändern, werden Cookies auf Ihrem Endgerät gespeichert, und Sie können diese Einstellungen jederzeit in den erweiterten Einstellungen ändern.",
            "Die Zwecke, besonderen Zwecke, Funktionen und besonderen Funktionen der Verarbeitung beschreiben wir ausführlich in den erweiterten Einstellungen, die Sie über die Schaltfläche unten erreichen.",
        ],
    ),
    "fr": (
        "© 2025 Groupe Halvik",
        [
            "Nous respectons votre vie privée",
            "En cliquant sur Accepter, vous permettez au Groupe Halvik et à ses 700 partenaires de stocker et de lire des informations sur votre appareil afin de vous montrer des contenus et des publicités personnalisés.",
            "Nos partenaires peuvent combiner les données collectées avec des données provenant d'autres sources, relier vos appareils entre eux et analyser les caractéristiques de votre appareil.",
            "Certains partenaires traitent vos données sur la base d'un intérêt légitime, auquel vous pouvez vous opposer à tout moment dans les paramètres avancés, où chaque finalité est décrite.",
            "Vous pouvez retirer votre consentement à tout moment grâce au lien situé en bas de chaque page du site, sans remettre en cause la licéité du traitement effectué auparavant.",
            "Vos données peuvent être transférées à des partenaires situés dans des pays hors de l'Espace économique européen, où le niveau de protection peut être différent du nôtre.",
            "Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de vos données ainsi que du droit d'introduire une réclamation auprès de l'autorité de contrôle.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("lang", sorted(_DIALOGS))
def test_a_dialog_after_the_footer_is_not_the_article(tmp_path: Path, lang: str) -> None:
    copyright_line, dialog = _DIALOGS[lang]
    lines = [*_MENU, *_ARTICLE, "More news", *_RELATED, *_FOOTER, copyright_line, *dialog]
    article = _article(tmp_path, "\n".join(lines) + "\n")
    split = split_noise(article)
    content = {s.text for s in split.content}
    for paragraph in _ARTICLE[1:]:
        assert paragraph in content
    for paragraph in dialog[1:]:
        assert paragraph not in content
    assert article.title == _ARTICLE[0]
