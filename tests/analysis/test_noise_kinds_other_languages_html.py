"""An HTML page's parts in other languages than English get their specific kind, not the generic
outside-article, where the English twin gets one (s31-h, t13s F7): a comment's lines in a
comments container named in another language (class "comentarios", "kommentare": "Ana M. dice: 4
de junio de 2026" / "Ya era hora.") are comments; a share row naming where ("Partager sur Facebook ·
Partager sur X") is call-to-action; a "Lire aussi" / "Leia também" list header is a
related-stories header and the lines under it its items. The first cases are the reported files;
the others are invented (a Portuguese, a French and a German page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31h"

PT = """<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>Barragem de Kessel: obras começam</title></head>
<body><header><p>Jornal da Serra</p></header>
<article><h1>Obras na barragem de Kessel começam esta segunda-feira</h1>
<p>As obras de reparação da parede norte da barragem de Kessel começam na segunda-feira, uma semana depois de uma fuga ter obrigado a baixar o nível da albufeira.</p>
<p>Segundo a empresa, os trabalhos devem durar seis semanas e a albufeira ficará a metade do nível habitual até ao fim das obras.</p>
</article>
<div class="partilha">Compartilhe no Facebook · Compartilhe no X</div>
<div class="veja"><p>Leia também</p><ul><li>Seca ameaça colheitas no interior</li><li>Nova ponte sobre o rio abre em março</li></ul></div>
<section class="area-comentarios"><h3>Comentários</h3><div class="c"><b>Rita S.</b> <span>disse:</span> <time>12 de março de 2026</time><p>Finalmente.</p></div></section>
<footer><p>© 2026 Jornal da Serra · Termos de uso</p></footer></body></html>
"""

FR = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le barrage de Kessel en travaux</title></head>
<body><header><p>Le Courrier des Lacs</p></header>
<article><h1>Les travaux commencent au barrage de Kessel</h1>
<p>Les travaux de réparation du mur nord du barrage de Kessel ont commencé lundi, une semaine après qu'une fuite a contraint l'exploitant à abaisser le niveau du lac.</p>
<p>Selon l'entreprise, le chantier doit durer six semaines et le lac restera à la moitié de son niveau habituel jusque-là.</p>
</article>
<div class="boutons">Partager sur LinkedIn · Partager sur WhatsApp</div>
<div class="encadre"><p>À lire aussi</p><ul><li>Sécheresse : les agriculteurs inquiets</li><li>Un nouveau pont ouvrira en mars</li></ul></div>
<section class="avis"><h3>Commentaires</h3><div class="c"><b>Luc B.</b> <span>a écrit :</span> <time>12 mars 2026</time><p>Enfin.</p></div></section>
<footer><p>© 2026 Le Courrier des Lacs · Mentions légales</p></footer></body></html>
"""


DE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kessel: Arbeiten am Damm beginnen</title></head>
<body><header><p>Seebote</p></header>
<article><h1>Arbeiten am Kessel-Damm beginnen am Montag</h1>
<p>Die Reparatur der Nordwand des Kessel-Damms beginnt am Montag, eine Woche nachdem ein Leck den Betreiber gezwungen hatte, den Stausee abzusenken.</p>
<p>Nach Angaben des Unternehmens dauern die Arbeiten sechs Wochen, bis dahin bleibt der See auf halber Höhe.</p>
</article>
<div class="teilen">Teilen auf Facebook · Teilen auf X</div>
<section class="leserkommentare"><h3>Kommentare</h3><div class="c"><b>Jens K.</b> <span>schreibt:</span> <time>12. März 2026</time><p>Höchste Zeit.</p></div></section>
<footer><p>© 2026 Seebote · Impressum</p></footer></body></html>
"""


def article(tmp_path: Path, name: str, text: str | None) -> Article:
    if text is None:
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (  # reported
            "es-social.html",
            None,
            {"Ana M. dice: 4 de junio de 2026": "comments", "Ya era hora.": "comments"},
        ),
        (  # reported
            "fr-lecho.html",
            None,
            {
                "Partager sur Facebook · Partager sur X": "call-to-action",
                "Lire aussi": "headline-list",
                "Grève des pilotes du port : accord trouvé": "headline-list",
            },
        ),
        (
            "pt.html",
            PT,
            {
                "Compartilhe no Facebook · Compartilhe no X": "call-to-action",
                "Leia também": "headline-list",
                "Seca ameaça colheitas no interior": "headline-list",
                "Finalmente.": "comments",
            },
        ),
        (
            "fr.html",
            FR,
            {
                "Partager sur LinkedIn · Partager sur WhatsApp": "call-to-action",
                "À lire aussi": "headline-list",
                "Un nouveau pont ouvrira en mars": "headline-list",
            },
        ),
        (
            "de.html",
            DE,
            {
                "Teilen auf Facebook · Teilen auf X": "call-to-action",
                "Jens K. schreibt: 12. März 2026": "comments",
                "Höchste Zeit.": "comments",
            },
        ),
    ],
)
def test_specific_kinds_in_other_languages(
    tmp_path: Path, name: str, text: str | None, expected: dict[str, str]
) -> None:
    split = split_noise(article(tmp_path, name, text))
    kinds = {seg.text.strip(): seg.kind for seg in split.noise}
    for line, kind in expected.items():
        assert kinds.get(line) == kind, (line, kinds)
