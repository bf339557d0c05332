"""A review's verdict box after its last paragraph, read from HTML (issue #14, round s33-e,
unseen27's clubic-1): the product's name and mark, a header of good points over them ("Les
plus"), a header of bad points over them ("Les moins"), which the HTML extractor left out of the
main text, is the review's own text, as in the page saved as text
(tests/analysis/test_noise_verdict_box.py). The reported shape (French, two products' boxes, each
with its rating lines and a carousel repeating its tabs and points) and two variants of our own
(English "Pros"/"Cons" in an <aside>, German "Vorteile"/"Nachteile")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PARAS = [
    "We rode both of the new Kestrel e-bikes for three weeks on the hills around the harbour, in "
    "rain and sun, and measured how far each went on one charge of its battery.",
    "The K3 is the lighter of the two and climbs well, but its motor whines under load and its "
    "display is hard to read in the sun, which matters on a bike sold at this price.",
    "The K5 costs a good deal more and goes further, yet its frame is heavy and the brakes squeal "
    "in the wet: in the end neither bike convinced us that it is worth what it costs.",
]

GERMAN_PARAS = [
    "Wir sind drei Wochen lang mit beiden neuen E-Rädern von Kestrel über die Hügel am Hafen "
    "gefahren, bei Regen und Sonne, und haben gemessen, wie weit jedes mit einer Akkuladung kommt.",
    "Das K3 ist das leichtere der beiden und klettert gut, doch sein Motor heult unter Last, und "
    "die Anzeige ist in der Sonne schwer zu lesen, was bei diesem Preis nicht sein darf.",
    "Das K5 kostet deutlich mehr und fährt weiter, aber sein Rahmen ist schwer und die Bremsen "
    "quietschen bei Nässe: Am Ende hat uns keines der beiden Räder überzeugt.",
]


def _box(name: str, mark: str, pros: tuple[str, list[str]], cons: tuple[str, list[str]], ratings: list[str]) -> str:
    good = "".join(f"<li>{p}</li>" for p in pros[1])
    bad = "".join(f"<li>{p}</li>" for p in cons[1])
    rates = "".join(f"<p class='progress'><span>{r[:-1]}</span><span>{r[-1]}</span></p>" for r in ratings)
    return (
        f"<div class='rating-block'><h4 class='rating-block__title'>{name}</h4>"
        f"<div class='rating-block__score'><em>{mark}</em></div>"
        f"<div class='rating-block__cell'><p>{pros[0]}</p><ul>{good}</ul></div>"
        f"<div class='rating-block__cell'><p>{cons[0]}</p><ul>{bad}</ul></div>"
        f"<div class='rating-block__details'>{rates}</div>"
        f"<div class='rating-block__carousel'><ul><li><a href='0'>{pros[0]}</a></li><li><a href='1'>{cons[0]}</a></li>"
        f"<li><a href='2'>Details</a></li></ul><ul>{good}</ul><ul>{bad}</ul>{rates}</div></div>"
    )


FRENCH_BOXES = [
    (
        "Kestrel K3",
        "5",
        ("Les plus", ["Cadre léger (14 kg, aluminium)", "Bonne autonomie en côte"]),
        ("Les moins", ["Prix trop élevé", "Moteur bruyant"]),
        ["Performances7", "Confort / prix5"],
    ),
    (
        "Kestrel K5",
        "4",
        ("Les plus", ["Autonomie record", "Freins puissants"]),
        ("Les moins", ["Cadre très lourd", "Freins bruyants sous la pluie"]),
        ["Performances6", "Confort / prix3"],
    ),
]
ENGLISH_BOXES = [
    (
        "Harrow Trail 2",
        "7",
        ("Pros", ["Light frame for its size", "Long range on hills"]),
        ("Cons", ["Whining motor", "Display hard to read"]),
        ["Value for money6"],
    ),
]
GERMAN_BOXES = [
    (
        "Brandt City E",
        "6",
        ("Vorteile", ["Leichter Rahmen", "Große Reichweite am Berg"]),
        ("Nachteile", ["Zu teuer", "Laute Bremsen bei Nässe"]),
        ["Preis / Leistung4"],
    ),
]


def page(paras: list[str], boxes: list[tuple], wrap: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    verdict = "".join(f"<div class='legacy-body'>{_box(*b)}</div><br>" for b in boxes)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Review: the Kestrel e-bikes</title></head>
<body><nav><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/bikes">Bikes</a></nav>
<div class="page"><article><h1>Review: the Kestrel e-bikes</h1><div class="article-body">{body}</div></article>
{wrap.format(verdict)}
<div class="share"><a>Facebook</a> <a>Twitter</a></div></div>
<footer><p>© 2025 Kestrel Reviews. All rights reserved.</p><a>Privacy</a> <a>Terms</a></footer></body></html>
"""


PAGES = {
    # (clubic-1's disclosure under the boxes, which the extractor may keep as a paragraph.)
    "les-plus": (
        PARAS,
        FRENCH_BOXES,
        "<div class='verdicts'>{}</div><p class='disclosure'>Cet article contient des liens d'affiliation, ce qui "
        "signifie qu'une commission peut être reversée au site si vous achetez un produit par ces liens.</p>",
    ),
    "pros-aside": (PARAS, ENGLISH_BOXES, "<aside class='verdict'>{}</aside>"),
    "vorteile": (GERMAN_PARAS, GERMAN_BOXES, "<section class='fazit'>{}</section>"),
}


def content(tmp_path: Path, name: str, html: str) -> set[str]:
    (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return {" ".join(seg.text.split()) for seg in split_noise(art).content}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_reviews_verdict_box_left_out_of_html_stays_content(tmp_path: Path, name: str) -> None:
    paras, boxes, wrap = PAGES[name]
    kept = content(tmp_path, name, page(paras, boxes, wrap))
    for p in paras:
        assert p in kept, (p, kept)
    for product, _mark, (good, goods), (bad, bads), _ratings in boxes:
        for line in [product, good, *goods, bad, *bads]:
            assert line in kept, (line, kept)


def test_good_points_alone_are_no_verdict_box(tmp_path: Path) -> None:
    # A header of good points with no bad points under it is no verdict: the page's, as left out.
    html = page(PARAS, [], "<div class='box'><p>Pros</p><ul><li>Light frame</li><li>Quiet motor</li></ul>{}</div>")
    kept = content(tmp_path, "pros-alone", html)
    assert "Light frame" not in kept and "Quiet motor" not in kept
    for p in PARAS:
        assert p in kept
