"""A saved blog page whose readers' comments outweigh its article, with the comment form after the
thread (issue #14, unseen36 kenyatoday-1): "Comments", then each comment under its commenter's name
and stamp and over "Reply", then "Leave a Reply" and its form. The form's header closed the thread
as if it were the article's main text, so the article's paragraphs went as text before it and the
comments stayed content. The header above the thread says which is which, whatever follows the
thread. The reported layout (WordPress: "Name says" over its stamp), then two variants: "N thoughts
on “…”" over comments signed with the name alone and a form headed "Post a comment", and a Spanish
page ("Comentarios (6)", "Name dice:", "Responder", the form's header left in English as a theme
leaves it). Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = ["Kenya Daily", "Home", "News", "Opinion", "Politics", "Lifestyle", "Business", "Sports", "Gossip", "Global"]
_FOOTER = ["About Us", "Contact", "Privacy Policy", "Advertise", "Terms", "Careers", "Archives", "Sitemap"]
_NAMES = ["JamesObese", "Frari", "Moips", "linda mckee", "GeorgeVen", "Vible"]
# Between the article and the thread: its share row, other stories, its tags (page furniture that
# parts the two runs of prose, so the thread, longer, is the page's best run).
_BETWEEN = [
    "Share this:",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Telegram",
    "Print",
    "Related Posts",
    "Governor Sacks Three Officers Over Tender Scandal",
    "MCAs Walk Out Of Budget Session In Protest",
    "Police Deny Holding Activist In Secret Cell",
    "Filed Under: Politics Tagged With: County Assembly",
]

# (headline, the article's paragraphs, comments header, a commenter's stamp lines for
# (name, day), the reply word, the form's lines after the thread, the comments' text)
_CASES: dict[str, tuple[str, list[str], str, str, str, list[str], list[str]]] = {
    "reported": (
        "SHOCKING REVELATIONS: Councillor Exposed By Activist",
        [
            "I have known the councillor for about ten years. After I left the newspaper in 2008, we would"
            " freelance together and share stories about the county's budget, its missing money and the tenders"
            " that nobody in the assembly ever wanted to explain to the voters.",
            "In May 2012 he was accused of hacking the county assembly's website. He was arrested, and I"
            " visited him in the cells and advised him to stay strong and to keep a journal of his days.",
            "Five years later the witness is still missing, while the councillor was paid for his arrest."
            " He owes the county's voters an answer, not another round of insults on the radio every"
            " morning, and he should start by telling them where the money went.",
        ],
        "Comments",
        "{name} says\nJanuary {day}, 2024 at 10:42 pm",
        "Reply",
        ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *"],
        [
            "It is advisable to check the size guide of the company to see the one that best fits your move. However,"
            " you can hire a full service mover at a fraction of the cost if you book a container and hire helpers"
            " for the loading, which many families in the city have done for years without any trouble at all.",
            "Safe, honest and reliable: that is how the loyal players describe this online casino, which offers more"
            " than two hundred games and a welcome bonus to every new player who signs up before the end of the"
            " month, with free spins on the most popular slots and a friendly support team that answers quickly.",
        ],
    ),
    "thoughts": (
        "County Budget Row Deepens As Auditor Speaks Out",
        [
            "The county auditor said on Tuesday that more than a third of last year's budget could not be"
            " accounted for, and that she had asked the assembly twice for the missing receipts.",
            "Members of the assembly dismissed the report as politics. The governor's office said it would"
            " answer every question in writing before the end of the month, as the law requires of it.",
            "The auditor's full report is due in June. Until then, she said, no new contracts should be"
            " signed for roads or water, the two items where most of the money went missing, and the"
            " assembly should publish every contract it has signed since January.",
        ],
        "6 thoughts on “County Budget Row Deepens As Auditor Speaks Out”",
        "{name}\nMarch {day}, 2024 at 9:12 am",
        "Reply",
        ["Post a comment", "Your email address will not be published.", "Name", "Email"],
        [
            "Highly descriptive article, I loved that a lot, and I wonder why the other experts of this sector do"
            " not notice this; you should continue your writing, and I am confident you have a huge readers base"
            " already, so please keep us up to date like this and thank you for sharing this helpful information.",
            "This is my first time paying a visit here and I am impressed to read everything at one place; there is"
            " a problem with your web site in some browsers though, which you may want to check, since many"
            " readers will miss your great writing because of this problem with the layout on small screens.",
        ],
    ),
    "es": (
        "Polémica en el concejo por el presupuesto del municipio",
        [
            "La auditora del municipio dijo el martes que más de un tercio del presupuesto del año pasado no"
            " tiene respaldo, y que pidió dos veces al concejo los comprobantes que faltan desde hace meses, sin"
            " recibir ninguna respuesta de la mayoría.",
            "Los concejales de la mayoría rechazaron el informe y lo calificaron de maniobra política. La"
            " intendencia prometió responder por escrito cada pregunta antes de fin de mes, como manda la ley.",
            "El informe completo se conocerá en junio. Hasta entonces, dijo la auditora, no deberían firmarse"
            " nuevos contratos de obras viales ni de agua, donde se concentra la mayor parte del dinero faltante"
            " según los primeros números del informe.",
        ],
        "Comentarios (6)",
        "{name} dice:\n{day} de marzo de 2024 a las 9:12",
        "Responder",
        ["Leave a comment", "Tu dirección de correo electrónico no será publicada.", "Nombre", "Correo"],
        [
            "Muy buen artículo, lo disfruté mucho y me pregunto por qué los demás expertos del sector no lo ven;"
            " deberías seguir escribiendo, seguro que ya tienes muchos lectores, así que por favor mantennos al día"
            " con notas como esta y gracias por compartir esta información tan útil con todos nosotros aquí.",
            "Es la primera vez que visito la página y me impresiona leer todo en un solo lugar; hay un problema con"
            " el sitio en algunos navegadores, que quizás quieras revisar, porque muchos lectores se perderán tus"
            " notas por culpa de ese problema con el diseño en las pantallas pequeñas de los teléfonos móviles.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _page(case: str) -> tuple[str, list[str], list[str]]:
    """The saved page's text, the article's paragraphs and the comments' texts."""
    headline, paragraphs, header, stamp, reply, form, comments = _CASES[case]
    thread: list[str] = []
    texts: list[str] = []
    for k, name in enumerate(_NAMES):
        # (Each comment is long, as the spam filling such threads is: the thread outweighs the article.)
        text = f"{comments[k % 2]} {comments[(k + 1) % 2]}"
        thread += [*stamp.format(name=name, day=k + 3).split("\n"), text, reply]
        texts.append(text)
    lines = [*_MENU, headline, "By Jane Wambui", *paragraphs, *_BETWEEN, header, *thread, *form, *_FOOTER]
    return "\n\n".join(lines) + "\n", paragraphs, texts


@pytest.mark.parametrize("case", sorted(_CASES))
def test_the_article_above_a_comment_thread_closed_by_its_form_is_the_main_text(tmp_path: Path, case: str) -> None:
    text, paragraphs, texts = _page(case)
    split = split_noise(_article(tmp_path, text))
    content = {s.text for s in split.content}
    # The user's goal: the article reads as the article, the readers' comments are set aside.
    lost = [p for p in paragraphs if p not in content]
    assert not lost, lost
    kept = [t for t in texts if t in content]
    assert not kept, kept
