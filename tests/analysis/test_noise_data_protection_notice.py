"""A form's data-protection notice (issue #14, unseen44 fcbarcelona-1): the controller named, what the
reader's data is processed for, the reader's rights of access, rectification, cancellation and
opposition and where to exercise them, a first-person consent line. Its paragraphs are legal noise,
not the page's main text, in plain text and in HTML; the reported kind and two variants of our own
(German, Spanish), on small pages of our own. And what stays: an explainer about data-protection
rights, naming no form and no address of its own, keeps its paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

MENU = ["Home", "Club", "Teams", "Tickets", "Shop", "Members", "Museum", "Contact", "Press", "Jobs"]
SIGNUP = ["Join the supporters' club", "Name *", "Email *", "Country *", "Send"]

ENGLISH = [
    "Notice under the Data Protection Act 2018 and the UK GDPR on the protection of personal data.",
    "Personal data entered on this form will be stored in a file of which Riverside Rovers Ltd is the controller"
    " and will be processed to manage your membership and to send you club publications by post and e-mail.",
    "Your personal information may also be used to send you offers from our sponsors unless you tick the box.",
    "To exercise your rights of access, rectification, erasure and objection, write to privacy@rovers.example.",
    "I expressly authorize Riverside Rovers to send me news and offers by e-mail and text message.",
]
GERMAN = [
    "Hinweise zum Schutz personenbezogener Daten nach der DSGVO.",
    "Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten aus diesem Formular ist der Turnverein"
    " Lindenau e.V., der sie zur Verwaltung Ihrer Mitgliedschaft verarbeitet.",
    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Widerspruch; schreiben Sie an"
    " datenschutz@tv-lindenau.example.",
    "Ich willige ein, dass mir der Verein Neuigkeiten per E-Mail sendet.",
]
SPANISH = [
    "Información básica sobre protección de datos personales.",
    "Los datos personales facilitados en este formulario serán incorporados a un fichero cuyo responsable del"
    " tratamiento es el Club Náutico Levante, para gestionar su inscripción.",
    "Para ejercer sus derechos de acceso, rectificación, cancelación y oposición escriba a lopd@nautico.example.",
    "Acepto recibir comunicaciones comerciales del club por correo electrónico.",
]
HEADLINE = "Club museum reopens after a year of repairs to its roof"
STORY = [
    "The club museum reopened on Saturday after a year of repairs to the roof that leaked over the trophy room"
    " during the storms of last winter, and about two thousand supporters queued to see it.",
    "The restored room shows the first league trophy again, cleaned by conservators who spent three months"
    " removing the damage that the water had done to its silver and its wooden base.",
    "Entry is free for members until the end of the month, the club said, and school groups can book visits"
    " on weekday mornings through the ticket office from next week.",
]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def html_article(tmp_path: Path, notice: list[str]) -> Article:
    paras = "".join(f"<p>{p}</p>" for p in notice)
    story = "".join(f"<p>{p}</p>" for p in STORY)
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    html = (
        "<html><head><title>Club museum reopens | Rovers</title></head><body>"
        f'<div class="modal"><form><h2>{SIGNUP[0]}</h2><input name="email"><button>Send</button></form>'
        f'<div class="legal-text">{paras}</div></div>'
        f"<nav><ul>{menu}</ul></nav>"
        f"<article><h1>{HEADLINE}</h1>{story}</article>"
        "<footer><p>© 2026 Riverside Rovers</p></footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kinds(art: Article, lines: list[str]) -> list[str]:
    segs = split_noise(art).segments()
    out = []
    for line in lines:
        at = art.text.index(" ".join(line.split()))
        [seg] = [s for s in segs if s.start <= at < s.end]
        out.append("content" if seg.reason is None else (seg.kind or "?"))
    return out


@pytest.mark.parametrize("notice", [ENGLISH, GERMAN, SPANISH], ids=["english", "german", "spanish"])
def test_notice_is_legal_and_story_is_kept_in_text(tmp_path: Path, notice: list[str]) -> None:
    art = text_article(tmp_path, [*SIGNUP, *notice, *MENU, HEADLINE, *STORY, "© 2026 Riverside Rovers"])
    assert kinds(art, notice) == ["legal"] * len(notice)
    assert kinds(art, STORY) == ["content"] * len(STORY)


@pytest.mark.parametrize("notice", [ENGLISH, GERMAN, SPANISH], ids=["english", "german", "spanish"])
def test_notice_is_legal_in_html(tmp_path: Path, notice: list[str]) -> None:
    art = html_article(tmp_path, notice)
    assert all(k != "content" for k in kinds(art, notice))
    assert kinds(art, STORY) == ["content"] * len(STORY)


def test_explainer_on_data_rights_keeps_its_paragraphs(tmp_path: Path) -> None:
    explainer = [
        "Under the regulation, your personal data may only be processed for a purpose you were told about,"
        " and the company that decides how it is used, the controller, must be able to show why it holds it.",
        "You have rights of access, rectification and erasure, and a company has a month to answer a request,"
        " which it cannot charge for unless the request is plainly excessive.",
        "Regulators fined more than forty firms last year for ignoring such requests, most of them small"
        " online shops that had never read the rules, the report found.",
    ]
    art = text_article(tmp_path, [*MENU, "What the new data rules mean for you", *explainer, "© 2026 Ledger"])
    assert kinds(art, explainer) == ["content"] * len(explainer)
