"""A page whose table of contents lists the article's section headings above the article (a
"Sommaire"/"Contents"/"Índice" list of links or items) shows the main text where its paragraphs
are on the page, not at the table of contents: the extractor's headings matched the list's items
first, which took the whole main text up above the article and left the page's own copy of it
(with the paragraphs only that copy has) as outside-article lines (s32-o, issue #14: unseen27
clubic-1's HTML, 21 content lines lost). A section's text the page splits with <br>s is the
article's in every piece, also the pieces the extractor dropped. The first case is the reported
page; the others are invented (other languages, other markup)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.corpus.html import HtmlPage, read_html

REPORTED = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen27" / "html" / "clubic-1.html.gz"

BIKE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Testing the Norvik X2 e-bike: light, quick and dear</title></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/tests">Tests</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div class="toc"><div class="tocTitle">Contents</div><ul>
<li><a href="#s1">A frame of carbon</a></li><li><a href="#s2">The motor and battery</a></li><li><a href="#s3">On the road</a></li><li><a href="#s4">Verdict</a></li></ul></div>
<div class="page"><h1>Testing the Norvik X2 e-bike: light, quick and dear</h1>
<div class="byline">By Ingrid Falk</div>
<div class="body">Norvik sent us its new X2 for three weeks of commuting through a wet autumn in the hills above the lake.<br><br>The X2 is the brand's first bike below fifteen kilograms, and it shows on every climb we tried it on.</div>
<h2 id="s1">A frame of carbon</h2>
<div class="body">The frame is a single carbon piece, with the cables run inside it from the bar to the rear hub.<br><br>Its welds are invisible and the paint survived a fall on gravel without a mark that we could find.<br><br>The fork is aluminium, which the maker says keeps the front end stiff under hard braking.</div>
<h2 id="s2">The motor and battery</h2>
<div class="body">A rear hub motor gives up to forty newton metres, enough for a steady climb at twenty kilometres an hour.<br><br>The battery sits in the down tube and lasted between sixty and eighty kilometres in our tests.<br><br>Charging it from empty takes a little under four hours with the supplied charger.</div>
<h2 id="s3">On the road</h2>
<div class="body">On the flat the bike feels like an ordinary road bike, and the motor cuts in so smoothly it is hard to notice.<br><br>On descents the disc brakes bit hard and evenly, even after an hour of rain on the mountain road.<br><br>The saddle was the one part our testers all wanted to swap for something softer.</div>
<h2 id="s4">Verdict</h2>
<div class="body">The X2 is one of the lightest electric bikes we have ridden, and one of the most pleasant to ride.<br><br>At four thousand euros it is also one of the dearest, which will put off most commuters.</div>
</div>
<footer><p>© 2026 Velo Tests. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>
"""

HUERTO = """<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"><title>Guía: cómo preparar el huerto para el invierno</title></head>
<body><div class="top"><a href="/">Inicio</a> <a href="/jardin">Jardín</a></div>
<div class="indice"><p class="indice-titulo">Índice</p><ol>
<li>Limpiar los bancales</li><li>Abonar la tierra</li><li>Proteger las plantas</li><li>Qué sembrar ahora</li></ol></div>
<article><h1>Guía: cómo preparar el huerto para el invierno</h1>
<p>Con las primeras heladas llega el momento de dejar el huerto listo para los meses fríos, y hacerlo bien ahorra trabajo en primavera.</p>
<h3>Limpiar los bancales</h3>
<p>Retire las plantas agotadas y las malas hierbas antes de que suelten semillas sobre la tierra desnuda.</p>
<p>Los restos sanos pueden ir al compost; los enfermos, mejor a la basura orgánica del ayuntamiento.</p>
<h3>Abonar la tierra</h3>
<p>Una capa de estiércol maduro de unos cinco centímetros alimentará el suelo durante todo el invierno.</p>
<p>No hace falta enterrarlo: las lombrices se encargan de mezclarlo con la tierra poco a poco.</p>
<h3>Proteger las plantas</h3>
<p>Las coles y los puerros aguantan el frío, pero agradecen una manta térmica en las noches de helada fuerte.</p>
<p>Un acolchado de paja alrededor de las fresas evita que las raíces se congelen en enero.</p>
<h3>Qué sembrar ahora</h3>
<p>Ajos, habas y guisantes se siembran en otoño y se cosechan al final de la primavera siguiente.</p>
<p>Siembre las habas a cinco centímetros de profundidad y a veinte entre plantas.</p>
</article>
<div class="pie"><p>© 2026 Huerto Hoy</p></div>
</body></html>
"""

CASES = [
    (
        "reported",
        None,
        "Radeon HD 7750/7770 : DirectX 11.1 & PCI-Express 3.0 accessibles",
        ["Radeon HD 7750/7770 : au cœur Cape Verde", "La ou plutôt les puces Cape Verde", "Overclocking", "Conclusion"],
        ["Avec un peu de retard sur le planning", "Succédant aux Radeon HD 6700", "Gravée en 28nm par TSMC"],
    ),
    (
        "bike",
        BIKE,
        "Testing the Norvik X2 e-bike: light, quick and dear",
        ["A frame of carbon", "The motor and battery", "On the road", "Verdict"],
        ["The X2 is the brand's first bike", "Its welds are invisible", "The battery sits in the down tube"],
    ),
    (
        "huerto",
        HUERTO,
        "Guía: cómo preparar el huerto para el invierno",
        ["Limpiar los bancales", "Abonar la tierra", "Proteger las plantas", "Qué sembrar ahora"],
        ["Retire las plantas agotadas", "Ajos, habas y guisantes"],
    ),
]


def _kept(page: HtmlPage) -> list[tuple[int, str]]:
    return [(i, b.text) for i, b in enumerate(page.blocks) if i not in page.discarded]


@pytest.mark.parametrize(("name", "html", "title", "headings", "paragraphs"), CASES, ids=[c[0] for c in CASES])
def test_main_text_placed_at_its_paragraphs_not_at_the_contents(
    name: str, html: str | None, title: str, headings: list[str], paragraphs: list[str]
) -> None:
    source = gzip.decompress(REPORTED.read_bytes()).decode("utf-8") if html is None else html
    page = read_html(source)
    for b in page.blocks:
        assert page.text[b.start : b.end] == b.text  # offsets refer to the text shown
    kept = _kept(page)
    at_title = next(i for i, t in kept if t == title)
    # nothing of the article above its headline (the table of contents' copies are left out)
    assert all(i >= at_title for i, _t in kept), [t for i, t in kept if i < at_title]
    for heading in headings:
        where = [i for i, t in kept if t == heading]
        assert len(where) == 1 and where[0] > at_title, (heading, where)
    for para in paragraphs:
        assert any(t.startswith(para) for _i, t in kept), para
    # the section headings are kept in the page's order, each over its own section
    order = [next(i for i, t in kept if t == h) for h in headings]
    assert order == sorted(order)
