"""A wire's credit line written at the end of the article's last paragraph, after its last sentence
("… take 18 months. (Reporting by Tom Hale; Editing by Clara Meier)", with or without the
brackets), is cut off as a block of its own and is attribution, as it is on a line of its own
(s30-i, t13q F3: probe4/midbody4.txt, midbody5.txt and midbody.txt left the whole paragraph
content; README: attribution "also where it ends a paragraph after the article's text: it is cut
off as a block of its own"). The first cases are the reported files; the others are invented (a
Reuters credit of several fields, names with a place and a particle, at the end of a hard-wrapped
paragraph; a credit after a closing quote, fields ending in full stops; a credit closing an HTML
page's last <p>). The guards keep a sentence that opens with a credit's words and goes on as
prose, and a credit inside a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30i"
LAST = "Relatives of the victims have formed an association to follow the investigation, which is expected to take 18 months."

REUTERS = (
    "Ferry operator halts Nordby crossings\n\n"
    "NORDBY, Norway, March 14 (Reuters) - The operator of the Nordby ferry halted all crossings on\n"
    "Friday after a second engine failure in a week, the company said.\n\n"
    "Passengers were taken to the mainland by bus, and the operator said it expected to resume\n"
    "the service on Monday once inspectors had cleared the vessel. (Reporting by Ana Ruiz in\n"
    "Oslo and Piet de Vries in Bergen; Additional reporting by Jon Berg; Editing by Hugh Lawson)\n"
)
REUTERS_CREDIT = "(Reporting by Ana Ruiz in\nOslo and Piet de Vries in Bergen; Additional reporting by Jon Berg; Editing by Hugh Lawson)"
QUOTED = (
    "Quay wall to be rebuilt\n\n"
    "The Valdmark council voted on Tuesday to rebuild the old quay wall, which engineers said could fail "
    "in a winter storm.\n\n"
    '"We cannot wait for the next storm," the harbour master, Kari Lund, said. Writing by Tom Rivers. '
    "Editing by Mei Chen.\n"
)
QUOTED_CREDIT = "Writing by Tom Rivers. Editing by Mei Chen."


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def verdicts(art: Article) -> dict[str, str]:
    split = split_noise(art)
    out = {seg.text.strip(): "content" for seg in split.content}
    out.update({seg.text.strip(): seg.kind for seg in split.noise})
    return out


@pytest.mark.parametrize(
    ("name", "credit", "last"),
    [
        ("midbody4.txt", "(Reporting by Tom Hale; Editing by Clara Meier)", LAST),  # reported
        ("midbody5.txt", "Reporting by Tom Hale; Editing by Clara Meier", LAST),  # reported, no brackets
        ("midbody.txt", "Reporting by Tom Hale; Editing by Clara Meier", LAST),  # reported, a bio and comments after
    ],
    ids=["midbody4", "midbody5", "midbody"],
)
def test_the_reported_credit_ending_the_last_paragraph_is_attribution(
    tmp_path: Path, name: str, credit: str, last: str
) -> None:
    got = verdicts(article(tmp_path, name, (FIXTURES / name).read_text("utf-8")))
    assert got[credit] == "attribution"
    assert got[last] == "content"


@pytest.mark.parametrize(
    ("name", "text", "credit", "last_words"),
    [
        ("reuters.txt", REUTERS, REUTERS_CREDIT, "once inspectors had cleared the vessel."),
        ("quoted.txt", QUOTED, QUOTED_CREDIT, "the harbour master, Kari Lund, said."),
    ],
    ids=["reuters-fields-wrapped", "after-a-quote-full-stops"],
)
def test_a_credit_ending_a_paragraph_is_split_off(
    tmp_path: Path, name: str, text: str, credit: str, last_words: str
) -> None:
    art = article(tmp_path, name, text)
    got = verdicts(art)
    assert got[credit] == "attribution"
    assert any(t.endswith(last_words) and kind == "content" for t, kind in got.items())
    for b in art.blocks:  # offsets into the one text
        assert art.text[b.start : b.end] == b.text


PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Crossings halted</title></head><body>'
    "<article><h1>Ferry operator halts Nordby crossings</h1>"
    "<p>The operator of the Nordby ferry halted all crossings on Friday after a second engine failure in a "
    "week, the company said in a statement issued at the harbour.</p>"
    "<p>Passengers were taken to the mainland by bus, and the operator said it expected to resume the "
    "service on Monday once inspectors had cleared the vessel. (Reporting by Ana Ruiz; Editing by Hugh "
    "Lawson)</p></article></body></html>"
)


def test_a_credit_ending_an_html_paragraph_is_split_off(tmp_path: Path) -> None:
    # the same on a page: the credit in the last <p>, after its last sentence
    art = article(tmp_path, "page.html", PAGE)
    got = verdicts(art)
    assert got["(Reporting by Ana Ruiz; Editing by Hugh Lawson)"] == "attribution"
    assert any(t.endswith("once inspectors had cleared the vessel.") and k == "content" for t, k in got.items())
    for b in art.blocks:
        assert art.text[b.start : b.end] == b.text


@pytest.mark.parametrize(
    "tail",
    [
        # a sentence opening with a credit's words, going on as prose
        "Reporting by the local newspaper first revealed the fault in March, the council said.",
        # a credit's words inside a sentence
        "The union praised the reporting by Halvik Post and the council's quick response.",
    ],
    ids=["credit-words-opening-prose", "credit-words-inside-a-sentence"],
)
def test_prose_ending_a_paragraph_stays_whole(tmp_path: Path, tail: str) -> None:
    para = f"The council voted on Tuesday to rebuild the old quay wall. {tail}"
    art = article(tmp_path, "t.txt", f"Quay wall to be rebuilt\n\n{para}\n\nThe work will start in May.\n")
    assert any(b.text == para for b in art.blocks)


BIO_TEXT = (
    "Ferry operator halts Nordby crossings\n\n"
    "By Ana Ruiz · Nordby Courier · 14 March 2025\n\n"
    "The operator of the Nordby ferry halted all crossings on Friday after a second engine failure in a week, "
    "the company said.\n\n"
    "Sign up for the Nordby Courier morning briefing and get the news that matters in your inbox.\n\n"
    "Passengers were taken to the mainland by bus, and the operator said it expected to resume the service on "
    "Monday once inspectors had cleared the vessel. (Reporting by Ana Ruiz; Editing by Hugh Lawson)\n\n"
    "Ana Ruiz is the Nordby Courier's Oslo correspondent. Follow her on X @anaruiz.\n\n"
    "Comments (2)\nOle B. says: March 14, 2025 at 6:12 pm\nGood news.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "bio"),
    [
        (
            "midbody.txt",
            (FIXTURES / "midbody.txt").read_text("utf-8"),
            "Tom Hale is the Alpine Courier's Bern correspondent. Follow him on X @tomhale.",
        ),
        ("bio.txt", BIO_TEXT, "Ana Ruiz is the Nordby Courier's Oslo correspondent. Follow her on X @anaruiz."),
    ],
    ids=["reported-midbody", "other-names"],
)
def test_the_authors_bio_after_the_credit_stays_a_byline(tmp_path: Path, name: str, text: str, bio: str) -> None:
    # The credit cut off the last paragraph stands between the text and the bio closing it: the
    # bio is still the author's (it was, when the credit was inside the paragraph).
    got = verdicts(article(tmp_path, name, text))
    assert got[bio] == "byline"
