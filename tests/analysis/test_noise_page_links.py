"""A short saved page's own links in any language read are page furniture, and its headline the
title (issue #14, acceptance t13s F1 and F2): the skip link ("Ir para o conteúdo", "メインコンテンツへ
スキップ"), the account links ("Iniciar sesión  Suscríbete") and the share row ("Compartir en Facebook
Compartir en X  Enviar por correo", "Compartilhe no WhatsApp", "この記事をシェアする", "ツイート") are
noise; the headline under them is the title and content, and a byline under it dates the article.

The same layout in French and German was right only because those copies were longer (a page of
25 lines or more is judged as a whole page); the phrases are now a lexicon per language
(corpus/page_links.py) and the walk up from the prose to the headline passes a share row
in any language. The first three pages are the reported ones (t13s data, copied); the others are
invented (Italian, Dutch, Korean)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PAGES: dict[str, str] = {
    "es_w3m_reported": "El Faro del Sur | Portada | Nacional | Internacional | Deportes | Opinión\nIniciar sesión  Suscríbete\nMueren cinco personas en el incendio del Hotel Mirador de Puerto Alcina\nPor Lucía Benítez | El Faro del Sur | 3 de junio de 2026, 14:20\nCompartir en Facebook  Compartir en X  Enviar por correo\nAl menos cinco personas murieron y catorce resultaron heridas en el incendio que arrasó la madrugada del miércoles el Hotel Mirador, en el paseo marítimo de Puerto Alcina.\nLa jefa de bomberos, Lucía Ferrández, explicó que el fuego comenzó en la lavandería de la planta baja poco después de las dos de la madrugada.\n«La escalera funcionó como una chimenea», declaró Ferrández a la prensa.\nEl alcalde, Tomás Oyarzún, decretó tres días de luto oficial.\nLo más leído\n1. El Gobierno aprueba la reforma de las pensiones\n2. Receta: sardinas a la plancha con limón\n3. El Costa FC ficha a un delantero uruguayo\nComentarios (3)\nJuan P. dice: 3 de junio de 2026 a las 15:02\nQué tragedia, mi más sentido pésame a las familias.\nResponder\n© 2026 El Faro del Sur. Todos los derechos reservados. Aviso legal | Política de cookies\n",
    "pt_copy_reported": "Ir para o conteúdo\nJornal da Costa\nInício\nMundo\nEconomia\nEntrar\nIncêndio em hotel de Puerto Alcina deixa sete mortos\nPor João Silveira | Jornal da Costa | 4 de junho de 2026, 09:00\nCompartilhe no Facebook\nCompartilhe no WhatsApp\nO incêndio que atingiu o Hotel Mirador, em Puerto Alcina, na madrugada de quarta-feira, deixou sete mortos e 16 feridos, segundo a chefe dos bombeiros, Lucía Ferrández.\nO fogo começou na lavanderia do térreo, por volta das 2h, e subiu pela escada dos fundos.\nA empresa dona do hotel, a Calder Hospitality Group, disse que colabora com as investigações.\nLeia também\nGreve dos práticos do porto termina após acordo\nMais lidas\n1. Previsão do tempo: onda de calor no fim de semana\nComentários\nDeixe seu comentário\n© 2026 Jornal da Costa. Todos os direitos reservados.\n",
    "ja_copy_reported": "メインコンテンツへスキップ\n海岸新聞デジタル\nトップ\n国際\n経済\nログイン\nホテル火災、スプリンクラー停止か\u3000プエルトアルシナ\n2026年6月4日 12時30分\n南米の港町プエルトアルシナのホテル「ミラドール」で7人が死亡した火災で、上層階のスプリンクラーが改修工事中に停止していたことが分かった。\n消防局長のフェランデス氏は「階段が煙突のようになった」と話した。\nこの記事をシェアする\nツイート\n関連記事\n円相場、一時150円台に\n今週末の天気\nアクセスランキング\n1. 人気の駅弁ランキング\nCopyright © 海岸新聞社 All rights reserved. 無断転載を禁じます。\n",
    "it_copy": "Vai al contenuto\nIl Corriere della Costa\nHome\nCronaca\nSport\nAccedi  Abbonati\nCrolla il ponte sul fiume Serio, due feriti nella notte\nDi Marco Bellini | Il Corriere della Costa | 12 marzo 2026, 07:40\nCondividi su Facebook\nCondividi su WhatsApp\nIl ponte pedonale sul fiume Serio è crollato poco dopo le tre di notte, ferendo due persone che stavano attraversando.\nI vigili del fuoco hanno lavorato fino all'alba per recuperare i detriti dall'acqua, secondo il comandante Paolo Riva.\nIl sindaco ha annunciato un'indagine sulla manutenzione della struttura, costruita nel 1974.\nLeggi anche\nSciopero dei treni regionali venerdì\nPiù letti\n1. Meteo: arriva la neve in collina\n© 2026 Il Corriere della Costa. Tutti i diritti riservati.\n",
    "nl_w3m": "De Kustkrant | Home | Binnenland | Buitenland | Sport\nInloggen  Abonneren\nDijk bij Vlissingen verzwakt na zware storm, bewoners geëvacueerd\nDoor Anne de Vries | De Kustkrant | 14 maart 2026, 18:05\nDelen op Facebook  Delen op X  Verstuur per e-mail\nNa de zware storm van dinsdagnacht is de dijk bij Vlissingen over een lengte van tweehonderd meter verzwakt.\nHet waterschap heeft uit voorzorg 120 bewoners van de nabijgelegen straten geëvacueerd naar een sporthal.\nDijkgraaf Pieter Jansen zei dat het herstel minstens twee weken gaat duren.\nMeest gelezen\n1. Kabinet presenteert nieuwe woonplannen\n2. Recept: stamppot met boerenkool\nReacties (2)\n© 2026 De Kustkrant. Alle rechten voorbehouden.\n",
    "ko_copy": "본문 바로가기\n해안일보\n뉴스\n경제\n로그인\n부산항 화물선 화재로 선원 3명 부상\n2026년 3월 12일 09시 15분\n12일 새벽 부산항에 정박 중이던 화물선에서 불이 나 선원 3명이 다쳐 병원으로 옮겨졌다고 해경이 밝혔다.\n해경은 기관실에서 불이 시작된 것으로 보고 정확한 화재 원인을 조사하고 있다.\n기사 공유\n트윗\n관련 기사\n항만 노조 파업 종료\n많이 본 뉴스\n1. 주말 날씨 맑음\nCopyright © 해안일보 All rights reserved.\n",
}

# Per page: the headline (the title, kept as content), the furniture lines dropped, and the date
# its byline or stamp gives (None: not asserted).
EXPECTED: dict[str, tuple[str, list[str], str | None]] = {
    "es_w3m_reported": (
        "Mueren cinco personas en el incendio del Hotel Mirador de Puerto Alcina",
        ["Iniciar sesión  Suscríbete", "Compartir en Facebook  Compartir en X  Enviar por correo"],
        "2026-06-03T14:20",
    ),
    "pt_copy_reported": (
        "Incêndio em hotel de Puerto Alcina deixa sete mortos",
        ["Ir para o conteúdo", "Compartilhe no Facebook", "Compartilhe no WhatsApp"],
        "2026-06-04T09:00",
    ),
    "ja_copy_reported": (
        "ホテル火災、スプリンクラー停止か　プエルトアルシナ",
        ["メインコンテンツへスキップ", "この記事をシェアする", "ツイート"],
        "2026-06-04T12:30",
    ),
    "it_copy": (
        "Crolla il ponte sul fiume Serio, due feriti nella notte",
        ["Vai al contenuto", "Accedi  Abbonati", "Condividi su Facebook", "Condividi su WhatsApp"],
        None,
    ),
    "nl_w3m": (
        "Dijk bij Vlissingen verzwakt na zware storm, bewoners geëvacueerd",
        ["Inloggen  Abonneren", "Delen op Facebook  Delen op X  Verstuur per e-mail"],
        "2026-03-14T18:05",
    ),
    "ko_copy": ("부산항 화물선 화재로 선원 3명 부상", ["본문 바로가기", "기사 공유", "트윗"], "2026-03-12T09:15"),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_links_are_furniture_and_the_headline_is_the_title(tmp_path: Path, name: str) -> None:
    headline, furniture, date = EXPECTED[name]
    article = _article(tmp_path, PAGES[name])
    split = split_noise(article)
    content = {s.text for s in split.content}
    noise = {s.text for s in split.noise}
    assert article.title.replace("\u3000", " ") == headline.replace("\u3000", " ")
    assert headline in content
    for line in furniture:
        assert line in noise, line
    if date is not None:
        assert article.date == date


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers can log in to read the full report.",
        "Compartir en Facebook fue la decisión del alcalde, dijo.",
        "Entrar no porto foi impossível durante a tempestade.",
        "シェアする人が増えている。",
    ],
)
def test_a_sentence_naming_those_links_is_no_link(line: str) -> None:
    from waic_reader.index.corpus.page_links import page_link

    assert page_link(line) is None
