"""A subscription box read from HTML: its form's required fields ("First Name: *", "Email: *") the
extractor left out after the article, and the box's text under them it kept as main text ("Welcome
to Natural Home …", prices), are the sign-up form's (call-to-action), not the article's nor a press
release's (issue #14, round s33-o; unseen27's naturalhomemagazine-1, where "Email:*" was read as a
release's contact line and only that dropped the box). A form between the article's paragraphs,
most of the article under it, closes nothing. The reported shape (English) and two variants of our
own (German; a shorter form in a sidebar after the article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PARAS = {
    "en": [
        "The harbour board voted on Tuesday to close the old ferry ramp at Pier 4 for a year while engineers "
        "rebuild the hinge that failed in March and left two boats stranded for a night.",
        "Passengers will board from a floating pontoon beside the fish market, which the board said would add "
        "about five minutes to each crossing until the work is finished next spring.",
        "Ferry workers said they had warned about the hinge for two years, and the union asked the board to "
        "publish the inspection reports it had received since the last repair was made.",
        "The work is expected to cost about four million pounds, most of it paid by the regional government, "
        "the board said in a statement after the vote.",
        "Engineers found cracks in three of the hinge's six bolts during an inspection in April, and the board "
        "decided that a repair would not last another winter of storms.",
    ],
    "de": [
        "Die Hafenbehörde hat am Dienstag beschlossen, die alte Fährrampe am Pier 4 für ein Jahr zu schließen, "
        "während Ingenieure das Scharnier erneuern, das im März versagt hatte.",
        "Fahrgäste steigen künftig an einem schwimmenden Ponton neben dem Fischmarkt ein, was nach Angaben der "
        "Behörde jede Überfahrt um etwa fünf Minuten verlängern wird.",
        "Die Fährleute sagten, sie hätten seit zwei Jahren vor dem Scharnier gewarnt, und die Gewerkschaft "
        "forderte die Behörde auf, alle Prüfberichte seit der letzten Reparatur zu veröffentlichen.",
        "Die Arbeiten sollen im kommenden Frühjahr abgeschlossen sein, teilte die Behörde mit, und die Kosten "
        "von rund vier Millionen Euro trägt zum größten Teil das Land.",
        "Bei einer Prüfung im April hatten Ingenieure Risse in drei der sechs Bolzen gefunden, und die Behörde "
        "entschied, dass eine Reparatur keinen weiteren Sturmwinter halten würde.",
    ],
}

FORMS = {
    "natural-home": {
        "lang": "en",
        "header": "Subscribe today and save 58%",
        "fields": ["First Name: *", "Last Name: *", "Address: *", "City: *", "Email: *"],
        "box": [
            "Canadian readers: one year, postage included. Other countries: one year, in U.S. funds.",
            "Welcome to Harbour Living, the magazine of coastal towns and the sea. Each issue brings you "
            "stories, recipes and walks along the shore.",
            "Save money and paper by paying with your card now. Or choose to be billed later and pay just $19.95.",
        ],
        "where": "article",
    },
    "hafenblatt": {
        "lang": "de",
        "header": "Jetzt abonnieren und 30 % sparen",
        "fields": ["Vorname: *", "Nachname: *", "E-Mail: *"],
        "box": [
            "Willkommen beim Hafenblatt, der Zeitung für die Küste. Jede Woche erhalten Sie Berichte, "
            "Reportagen und Tipps für Ausflüge ans Meer.",
            "Sparen Sie Papier und zahlen Sie bequem per Lastschrift. Oder zahlen Sie später nur 4,90 Euro.",
        ],
        "where": "article",
    },
    "courier-sidebar": {
        "lang": "en",
        "header": "Get the Courier delivered",
        "fields": ["Name: *", "Email: *"],
        "box": [
            "Join twelve thousand readers who get the Courier on their doorstep every morning of the week.",
            "Your first month is free. Cancel at any time by writing to our subscriptions team.",
        ],
        "where": "aside",
    },
}


def form_html(form: dict, paras: list[str]) -> str:
    fields = "".join(f"<label>{f}</label><input type='text'>" for f in form["fields"])
    box = f"<div class='subscribe'><h3>{form['header']}</h3><form>{fields}<button>OK</button></form>"
    box += "".join(f"<p>{b}</p>" for b in form["box"]) + "</div>"
    body = "".join(f"<p>{p}</p>" for p in paras)
    inside, aside = (box, "") if form["where"] == "article" else ("", f"<aside>{box}</aside>")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier 4</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/biz">Business</a></li></ul></nav>
<article><h1>Pier 4 ramp to close for a year</h1>{body}{inside}</article>{aside}
<footer><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></footer></body></html>"""


def article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.html").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize("name", sorted(FORMS))
def test_sign_up_box_under_its_form_is_call_to_action(tmp_path: Path, name: str) -> None:
    form = FORMS[name]
    paras = PARAS[form["lang"]]
    art = article(tmp_path, form_html(form, paras))
    for line in form["box"]:
        assert kind_at(art, line) == "call-to-action", line
    for para in paras:
        assert kind_at(art, para) == "content", para


def test_form_between_paragraphs_closes_nothing(tmp_path: Path) -> None:
    """A newsletter form after the article's first paragraph, the rest of the article under it."""
    form = FORMS["natural-home"]
    paras = PARAS["en"]
    fields = "".join(f"<label>{f}</label><input type='text'>" for f in form["fields"])
    body = f"<p>{paras[0]}</p><div class='subscribe'><form>{fields}<button>OK</button></form></div>"
    body += "".join(f"<p>{p}</p>" for p in paras[1:])
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier 4</title></head><body>
<article><h1>Pier 4 ramp to close for a year</h1>{body}</article></body></html>"""
    art = article(tmp_path, html)
    for para in paras:
        assert kind_at(art, para) == "content", para
