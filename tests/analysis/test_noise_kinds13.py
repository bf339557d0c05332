"""Boilerplate kinds found in round s13-g on the labelled real-page half ``unseen12`` (now tuning
data), one kind per section: the shape met there, written anew for the test (no page is copied
from the evaluation pages), then two variants of our own, and a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_PARAS = [
    "The harbour council voted on Tuesday to close the old ferry terminal by the end of next year, ending a "
    "service that has run since 1952.",
    "Councillors said the building had become too expensive to repair after two winters of storm damage, and "
    "that passengers would move to the new quay.",
    "The ferry operator welcomed the decision but said it needed a firm date for the move before it could "
    "change its timetables for the summer.",
    "Residents of the old town, who use the terminal every day, asked the council to keep a waiting room open "
    "until the new quay has a shelter.",
    "The mayor said the council would publish a plan for the site in the spring, and that housing and a small "
    "park were among the ideas.",
    "A public meeting on the plan is set for April, and the council said anyone could send written comments "
    "to its offices before then.",
]
_HEADLINE = "Council votes to close the old ferry terminal"
_TEASER = "Mayor opens the new library on the hill"
_NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
_FOOT = "<footer><p>© 2025 Halvik Daily. All rights reserved.</p></footer>"


def _page(body: str, title: str = _HEADLINE, og: str | None = None, lang: str = "en") -> str:
    og_tag = f'<meta property="og:title" content="{og}">' if og else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{og_tag}</head>'
        f"<body>{_NAV}{body}{_FOOT}</body></html>"
    )


def _split(tmp_path: Path, html: str) -> tuple[str | None, dict[str, list[str]]]:
    """The article's title, and each shown line's verdicts ("content" or its noise kind)."""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("page")
    split = split_noise(article)
    where: dict[str, list[str]] = {}
    for seg in split.content:
        for line in seg.text.split("\n"):
            where.setdefault(line, []).append("content")
    for seg in split.noise:
        for line in seg.text.split("\n"):
            where.setdefault(line, []).append(seg.kind)
    return article.title, where


# ---------------------------------------------------------------------------------------------
# 1. An article body the page splits into several like containers, between adverts and a "Read
#    more" teaser: the extractor takes the first container only. The paragraphs of the others,
#    in elements of the same tag and class as the main text's, are the article's.

_AD = '<div class="ad-slot">Advertisement</div>'
_INLINE_TEASER = f'<div class="inline-teaser"><p>Read more</p><p>Politics</p><p><a href="/y">{_TEASER}</a></p></div>'


def _containers(parts: list[list[str]], cls: str = "article--paragraph", tag: str = "p", between: str = "") -> str:
    divs = [
        f'<div class="article-body">{"".join(f"<{tag} class={cls!r}>{p}</{tag}>" for p in part)}</div>'
        for part in parts
    ]
    return f"<main><h1>{_HEADLINE}</h1>{(between or _AD + _INLINE_TEASER + _AD).join(divs)}</main>"


@pytest.mark.parametrize(
    "body",
    [
        # the shape met: two containers of <p class="…">, an advert, a teaser and an advert between
        _containers([_PARAS[:3], _PARAS[3:]]),
        # variant: three containers, a teaser alone between each
        _containers([_PARAS[:2], _PARAS[2:4], _PARAS[4:]], between=_INLINE_TEASER),
        # variant: the paragraphs are <div class="txt"> blocks
        _containers([_PARAS[:3], _PARAS[3:]], cls="txt", tag="div"),
    ],
)
def test_article_body_split_into_like_containers_stays_whole(tmp_path: Path, body: str) -> None:
    _title, where = _split(tmp_path, _page(body))
    assert [where[p] for p in _PARAS] == [["content"]] * len(_PARAS), where
    assert "content" not in where.get("Advertisement", ["noise"]), where
    assert "content" not in where[_TEASER], where


def test_teaser_summary_and_a_second_copy_beside_the_body_stay_out(tmp_path: Path) -> None:
    """Guard: a related story's summary between the containers (a sentence in an element of another
    class, in a part of the page named for other stories), and the article's first paragraph shown
    again in a paywall box in an element of the main text's class, stay out (each text once)."""
    summary = "The library on the hill opened its doors on Monday after three years of building work and delays."
    teaser = f'<div class="related-story"><p class="lead">{summary}</p></div>'
    copy = f'<div class="paywall-box"><p class="article--paragraph">{_PARAS[0]}</p></div>'
    body = _containers([_PARAS[:3], _PARAS[3:]], between=_AD + teaser + _AD) + copy
    text_where = _split(tmp_path, _page(body))[1]
    assert "content" not in text_where[summary], text_where
    assert [text_where[p].count("content") for p in _PARAS] == [1] * len(_PARAS), text_where


# ---------------------------------------------------------------------------------------------
# 2. A page whose headline is worded otherwise than its metadata title (a word more or fewer, or
#    the title joins a kicker to it): the headline is shown where the page has it, as the title,
#    and the standfirst under it (here without its full stop) is the article's, not boilerplate
#    under a title put on top.

_DECK = (
    "Councillors who want to save money on repairs say the old terminal has had its day and passengers "
    "will move to the new quay next year"
)


def _headed(h1: str, og: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    header = (
        f'<header class="article-header"><div class="kicker"><a href="/news">News</a></div><h1>{h1}</h1>'
        f'<p class="standfirst">{_DECK}</p><div class="byline">By Jane Roe</div></header>'
    )
    return _page(
        f'{header}<article><div class="article-body">{body}</div></article>', title=f"{og} | Halvik Daily", og=og
    )


@pytest.mark.parametrize(
    ("h1", "og"),
    [
        (_HEADLINE, "Council votes to close ferry terminal"),  # the shape met: the title a word shorter
        ("Council votes to close the old harbour ferry terminal", _HEADLINE),  # variant: a word longer on the page
        (_HEADLINE, f"Ferry row: {_HEADLINE}"),  # variant: the title joins a kicker to the headline
    ],
)
def test_reworded_headline_is_shown_in_place_with_its_standfirst(tmp_path: Path, h1: str, og: str) -> None:
    title, where = _split(tmp_path, _headed(h1, og))
    assert title == og
    assert where[h1] == ["content"], where
    assert where[_DECK] == ["content"], where
    assert og not in where or og == h1  # no title line put on top of the page
    assert [where[p] for p in _PARAS] == [["content"]] * len(_PARAS)


def test_another_storys_heading_above_the_article_is_not_taken_for_its_headline(tmp_path: Path) -> None:
    """Guard: a heading sharing few of the title's words (another story's) stays left out, and the
    title is put on top as before."""
    title, where = _split(tmp_path, _headed("Council votes to close the town swimming pool", _HEADLINE))
    assert title == _HEADLINE
    assert where[_HEADLINE] == ["content"]
    assert "content" not in where["Council votes to close the town swimming pool"], where


# ---------------------------------------------------------------------------------------------
# 3. A standfirst the extractor left out in the page's <header>, on a page not in English: its
#    sentence is told by the main text's language (English function words are not asked of it).

_DE = [
    "Der Stadtrat hat am Dienstag beschlossen, das alte Fährterminal bis Ende nächsten Jahres zu schließen, "
    "nach mehr als siebzig Jahren Betrieb.",
    "Das Gebäude sei nach zwei Winterstürmen zu teuer in der Reparatur geworden, sagten mehrere Mitglieder des "
    "Rates am Abend.",
    "Die Reederei begrüßte die Entscheidung, verlangte aber einen festen Termin für den Umzug an den neuen Kai "
    "im Hafen.",
    "Anwohner der Altstadt forderten, einen Warteraum offen zu halten, bis der neue Kai einen Unterstand hat.",
]
_DE_TITLE = "Stadtrat schließt das alte Fährterminal"
_ES = [
    "El ayuntamiento aprobó el martes el cierre de la vieja terminal de ferris a finales del próximo año, tras "
    "más de setenta años de servicio.",
    "Los concejales dijeron que el edificio era demasiado caro de reparar después de dos inviernos de "
    "tormentas en la costa.",
    "La naviera celebró la decisión, pero pidió una fecha firme para el traslado al nuevo muelle del puerto.",
    "Los vecinos del casco antiguo pidieron mantener abierta una sala de espera hasta que el nuevo muelle "
    "tenga un refugio.",
]
_ES_TITLE = "El ayuntamiento cierra la vieja terminal de ferris"


def _foreign(title: str, deck: str, paras: list[str], lang: str, nav_copy: bool = False) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    header = f'<header class="article-header"><h1>{title}</h1><h3 class="subtitle">{deck}</h3></header>'
    menu = f'<nav class="summary"><p>{deck}</p></nav>' if nav_copy else ""
    return _page(f"{menu}{header}<article><div class='article-body'>{body}</div></article>", title=title, lang=lang)


@pytest.mark.parametrize(
    ("title", "deck", "paras", "lang"),
    [
        # the shape met: a Norwegian-like case, written here in German: the deck a sentence under the headline
        (_DE_TITLE, "Der Stadtrat will das Gebäude nach zwei Winterstürmen nicht mehr reparieren lassen.", _DE, "de"),
        # variant: Spanish
        (
            _ES_TITLE,
            "Los concejales no quieren pagar la reparación del edificio tras dos inviernos de tormentas.",
            _ES,
            "es",
        ),
        # variant: Spanish, the deck a question
        (
            _ES_TITLE,
            "¿Qué pasará con el edificio del puerto cuando los ferris se trasladen al nuevo muelle?",
            _ES,
            "es",
        ),
    ],
)
def test_foreign_standfirst_left_out_in_the_header_is_the_articles(
    tmp_path: Path, title: str, deck: str, paras: list[str], lang: str
) -> None:
    _title, where = _split(tmp_path, _foreign(title, deck, paras, lang))
    assert where[deck] == ["content"], where
    assert [where[p] for p in paras] == [["content"]] * len(paras)


def test_summary_the_page_also_shows_in_its_menu_stays_out(tmp_path: Path) -> None:
    """Guard: the same sentence drawn in a <nav> box too is a summary box's, not a standfirst."""
    deck = "Der Stadtrat will das Gebäude nach zwei Winterstürmen nicht mehr reparieren lassen."
    _title, where = _split(tmp_path, _foreign(_DE_TITLE, deck, _DE, "de", nav_copy=True))
    assert "content" not in where[deck], where


# ---------------------------------------------------------------------------------------------
# 4. A related-stories header in another language ("Mehr zum Thema", "Noticia relacionada",
#    "■関連記事"): a box inside the article takes its teasers up to the article's next section
#    heading over its prose; a list after the article goes whole.

_DE_TEXT = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte beschlossen, das alte Fährterminal am Hafen bis zum "
    "Ende des nächsten Jahres zu schließen, weil die Reparatur des Gebäudes nach zwei Winterstürmen zu teuer "
    "geworden ist.",
    "Die Reederei begrüßte die Entscheidung grundsätzlich, verlangte aber einen festen Termin für den Umzug an "
    "den neuen Kai, bevor sie ihre Fahrpläne für den Sommer ändern könne, und warnte vor Verspätungen.",
    "Anwohner der Altstadt, die das Terminal jeden Tag nutzen, forderten den Rat auf, einen Warteraum offen zu "
    "halten, bis der neue Kai einen Unterstand hat, und sammelten dafür in einer Woche mehr als tausend Unterschriften.",
    "Die Bürgermeisterin sagte, der Rat werde im Frühjahr einen Plan für das Gelände vorlegen; Wohnungen und ein "
    "kleiner Park gehörten zu den Ideen, über die bei einer öffentlichen Versammlung im April gesprochen werde.",
]
_ES_TEXT = [
    "El ayuntamiento aprobó el martes, tras un largo debate, el cierre de la vieja terminal de ferris del puerto "
    "a finales del próximo año, porque la reparación del edificio se ha vuelto demasiado cara tras dos inviernos.",
    "La naviera celebró la decisión, pero pidió una fecha firme para el traslado al nuevo muelle antes de cambiar "
    "sus horarios de verano, y advirtió de posibles retrasos durante las primeras semanas del cambio.",
    "Los vecinos del casco antiguo, que usan la terminal cada día, pidieron al ayuntamiento mantener abierta una "
    "sala de espera hasta que el nuevo muelle tenga un refugio, y reunieron más de mil firmas en una semana.",
    "La alcaldesa dijo que el ayuntamiento presentará en primavera un plan para el solar; viviendas y un pequeño "
    "parque están entre las ideas que se debatirán en una reunión pública prevista para el mes de abril.",
]


def _page_text(lines: list[str]) -> str:
    return "\n".join([*MENU, *lines, *FOOTER]) + "\n"


@pytest.mark.parametrize(
    ("title", "paras", "box", "heading"),
    [
        # the shape met: a German header, one teaser, then the article's next section heading
        (
            "Stadtrat schließt das alte Fährterminal",
            _DE_TEXT,
            ["Mehr zum Thema", "Bürgermeisterin eröffnet die neue Bibliothek"],
            "Reederei will einen festen Termin",
        ),
        # variant: Spanish, the teaser with its author's name
        (
            "El ayuntamiento cierra la vieja terminal de ferris",
            _ES_TEXT,
            ["Noticia Relacionada", "La alcaldesa inaugura la nueva biblioteca del puerto", "Ana Ruiz"],
            "La naviera pide una fecha firme",
        ),
        # variant: Polish header, a section name and the teaser
        (
            "Stadtrat schließt das alte Fährterminal",
            _DE_TEXT,
            ["Czytaj więcej", "Polityka", "Bürgermeisterin eröffnet die neue Bibliothek"],
            "Reederei will einen festen Termin",
        ),
    ],
)
def test_related_box_in_another_language_inside_the_article(
    title: str, paras: list[str], box: list[str], heading: str
) -> None:
    got = kinds(_page_text([title, *paras[:2], *box, heading, *paras[2:]]))
    assert [got[line] for line in box] == ["headline-list"] * len(box), got
    assert got[heading] == "content", got
    assert [got[p] for p in paras] == ["content"] * len(paras), got


def test_japanese_related_header_after_the_article_takes_its_list() -> None:
    """Variant: "■関連記事" after the article's last paragraph, its list of headlines under it."""
    paras = [
        "元タレントの女性トラブルを発端にしたテレビ局の問題が、スポーツ界にも飛び火している。各競技団体は対応に追われており、"
        "今後の放映権契約のあり方が問われている。",
        "サッカーのリーグは、放映権契約を結ぶカップ戦の開幕を3月に控える。理事会で今後の対応について協議したが、結論は出ていない。"
        "関係者は慎重な姿勢を崩していない。",
    ]
    items = ["プロ野球界に飛び火しそうな女性トラブル…今後は接触は厳禁へ", "昨年放送の番組の意味深シーンとは"]
    got = kinds(_page_text(["テレビ局問題でスポーツ界にも激震", *paras, "■関連記事", *items]))
    assert got["■関連記事"] == "headline-list", got
    assert [got[i] for i in items] == ["headline-list"] * 2, got
    assert [got[p] for p in paras] == ["content", "content"], got


def test_related_list_after_the_article_still_goes_whole() -> None:
    """Guard: a related-stories list after the article's last paragraph (prose straight above its
    header, as a box inside the article has) goes whole: no line of it introduces prose."""
    items = [
        "Mayor signs the road repair plan",
        "Schools to get new heating before winter",
        "Bus fares frozen for a year",
    ]
    got = kinds(_page_text(["Council passes budget after long debate", *PARAS, "Related stories", *items]))
    assert [got[i] for i in ["Related stories", *items]] == ["headline-list"] * 4, got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


# ---------------------------------------------------------------------------------------------
# 5. A photo caption written as a sentence and closed by its credit on the same line ("… on
#    Tuesday. Foto: Rescue Photo", "(Photo: Jane Roe / AP)", "(AP)" on two lines, a Korean
#    caption closed by its photographer): a caption, and the deck over it stays the article's.

_CAPTIONS = {
    "field": [
        "Police and volunteers search the woods near the lake. Foto: Rescue Photo",
        "Clothes were found in a recreation area on Tuesday. Foto: Bild Från Polisen.",
    ],
    "bracketed field": [
        "A man walks past the closed ferry terminal in Halvik on Tuesday. (Photo: Jane Roe / AP)",
    ],
    "bracketed names": [
        "More than 3,000 pages of court papers have been released on the case. (AP)",
        "The islands were listed for sale last year. (Bespoke Real Estate)",
    ],
    "korean": ["후보가 15일 전남 순천시 거리에서 열린 유세에서 연설을 마치고 시민들에게 인사하고 있다. 홍길동 기자"],
}


@pytest.mark.parametrize("case", sorted(_CAPTIONS))
def test_sentence_closed_by_its_credit_is_a_caption(case: str) -> None:
    caps = _CAPTIONS[case]
    lines = ["Council passes budget after long debate", PARAS[0], caps[0], PARAS[1], PARAS[2], *caps[1:], PARAS[3]]
    got = kinds(_page_text(lines))
    assert [got[c] for c in caps] == ["caption"] * len(caps), got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


def test_deck_over_a_caption_closed_by_its_credit_stays_the_articles() -> None:
    """The deck straight under the headline stays the article's though a caption follows it: a
    caption closed by its credit is whole, the line over it no part of it."""
    deck = "The mayor has ten days to sign the new budget."
    cap = "Council members debate the budget on Tuesday. Photo: Jane Roe"
    got = kinds(_page_text(["Council passes budget after long debate", deck, cap, *PARAS]))
    assert got[cap] == "caption"
    assert got[deck] == "content", got


@pytest.mark.parametrize(
    "line",
    [
        "The museum opened a new exhibition on Tuesday. Photos: a selection of them is on its website.",
        "The figures were confirmed by the World Health Organization (WHO).",
        "The mayor answered questions for an hour on Tuesday. (Jane Roe)",
    ],
)
def test_sentences_naming_photos_or_ending_in_brackets_stay_the_articles(line: str) -> None:
    """Guard: a credit's label followed by words, an abbreviation in brackets before the full stop,
    and one sentence closed by a person's name in brackets stay the article's."""
    got = kinds(_page_text(["Council passes budget after long debate", PARAS[0], line, *PARAS[1:]]))
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# 6. The article's first lines as several short sentences, one a line, over its main text: each
#    is the article's (up to three lines up), not only the one straight over the prose.


@pytest.mark.parametrize(
    ("first", "captioned"),
    [
        # the shape met (written in English here): two short sentences under a captioned photo
        (["The council met on Tuesday to vote on the budget.", "It passed by seven votes to four."], True),
        # variant: three of them
        (["The council met on Tuesday.", "It voted on the budget.", "The plan passed by seven votes to four."], True),
        # variant: two, with no caption over them (the headline straight above)
        (["The council met on Tuesday to vote on the budget.", "It passed by seven votes to four."], False),
    ],
)
def test_short_first_lines_over_the_main_text_stay_the_articles(first: list[str], captioned: bool) -> None:
    cap = "Council members debate the budget on Tuesday. Foto: Rescue Photo"
    head = ["Council passes budget after long debate", *([cap] if captioned else [])]
    got = kinds(_page_text([*head, *first, *PARAS]))
    assert [got[f] for f in first] == ["content"] * len(first), got
    if captioned:
        assert got[cap] == "caption"


# ---------------------------------------------------------------------------------------------
# 7. A standfirst in an inflected language names the story's words in other cases than its
#    paragraphs ("sezony" over "sezóna", "granice" over "granic"): on a page not in English, words
#    sharing their first letters (accents aside) count as the body's, so the standfirst the HTML
#    extractor left out under the headline is rescued (a note naming none of them is not).

_PL = [
    "Niemiecki parlament przyjął w piątek wniosek o zaostrzenie przepisów migracyjnych, a kandydat na kanclerza "
    "zapowiedział stałe kontrole na granicach kraju już po wyborach, które odbędą się pod koniec lutego.",
    "Przeciwnicy ostrzegają, że zamknięcie granic dla imigrantów może naruszyć prawo europejskie, a sąsiednie "
    "państwa obawiają się dłuższych kolejek na przejściach i strat dla przewoźników towarowych.",
    "Rząd w Warszawie zapowiedział, że będzie uważnie śledził decyzje Berlina, i nie wykluczył własnych kontroli, "
    "jeżeli ruch migracyjny przeniesie się na polską stronę granicy w najbliższych miesiącach.",
]
_CS = [
    "Fotbalisté West Hamu potvrdili, že loňská sezóna nebyla náhoda: po sedmi kolech jsou znovu na čele tabulky "
    "a jejich trenér mluví o nejlepším týmu, jaký kdy v klubu vedl, i když sezóna je ještě dlouhá.",
    "Pochybovači tvrdili, že zázrak se nebude opakovat, protože klub prodal dva nejlepší hráče; noví útočníci "
    "ale dali dohromady už devět gólů a obrana inkasovala nejméně ze všech týmů v soutěži.",
    "Vedení klubu slibuje, že v zimě neprodá nikoho ze základní sestavy, a fanoušci už vyprodali všechny "
    "zápasy až do jara, což se v historii klubu ještě nikdy nestalo v takto rané fázi sezóny.",
]


def _standfirst_page(title: str, deck: str, paras: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    header = f'<header class="article-header"><h1>{title}</h1><p>{deck}</p></header>'
    return _page(f"{header}<article><div class='article-body'>{body}</div></article>", title=title, lang=lang)


@pytest.mark.parametrize(
    ("title", "deck", "paras", "lang"),
    [
        # the shape met: a Czech standfirst, its words inflected otherwise in the body
        (
            "West Ham znovu vede tabulku",
            "Zázrak jedné sezony? Fotbalisté West Hamu dávají pochybovačům stále pádnější odpovědi a vedou tabulku.",
            _CS,
            "cs",
        ),
        # variant: Polish
        (
            "Niemcy zamykają granice",
            "Niemiecki parlament za zaostrzeniem przepisów, kanclerz zapowiada kontrole na granicy z Polską.",
            _PL,
            "pl",
        ),
        # variant: Polish, a question
        (
            "Niemcy zamykają granice",
            "Czy zamknięcie granicy dla imigrantów naruszy prawo europejskie i wydłuży kolejki na przejściach?",
            _PL,
            "pl",
        ),
    ],
)
def test_inflected_standfirst_left_out_under_the_headline_is_the_articles(
    tmp_path: Path, title: str, deck: str, paras: list[str], lang: str
) -> None:
    _title, where = _split(tmp_path, _standfirst_page(title, deck, paras, lang))
    assert where[deck] == ["content"], where
    assert [where[p] for p in paras] == [["content"]] * len(paras)


def test_note_under_a_foreign_headline_naming_none_of_its_words_stays_out(tmp_path: Path) -> None:
    """Guard: a sentence under the headline sharing no word (nor word stem) with the story, an
    archive note, is not taken for its standfirst."""
    note = "Upozorňujeme, že tento článek byl zveřejněn před několika lety a nemusí být aktuální."
    _title, where = _split(tmp_path, _standfirst_page("West Ham znovu vede tabulku", note, _CS, "cs"))
    assert "content" not in where[note], where


# ---------------------------------------------------------------------------------------------
# 8. A byline in capitals with its fields set apart by spaced hyphens or dashes ("BY ANNA LIND -
#    HARBOUR TIMES - March 3, 2025"): a byline, its date field the article's date and its middle
#    field the outlet, the month in capitals too.


def _read_text(tmp_path: Path, text: str) -> tuple[str | None, str | None, str | None]:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("story")
    return article.date, article.date_source, article.outlet


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("BY ANNA LIND - HARBOUR TIMES - March 3, 2025", "HARBOUR TIMES"),  # the known shape
        ("BY ANNA LIND – HARBOUR TIMES – MARCH 3, 2025", "HARBOUR TIMES"),  # variant: en dashes, month in capitals
        ("By Anna Lind-Smith - Harbour Times - 3 March 2025", "Harbour Times"),  # variant: a hyphenated name
    ],
)
@pytest.mark.parametrize("page", [False, True])
def test_dash_separated_byline_is_a_byline_and_dates_the_article(
    tmp_path: Path, byline: str, outlet: str, page: bool
) -> None:
    lines = ["Council passes budget after long debate", byline, *PARAS]
    text = _page_text(lines) if page else "\n".join(lines) + "\n"
    assert kinds(text)[byline] == "byline"
    assert _read_text(tmp_path, text) == ("2025-03-03", "text", outlet)


def test_sentence_with_dashes_and_a_date_is_no_byline(tmp_path: Path) -> None:
    """Guard: a sentence opening with "By" whose dashes set off a clause around a date is prose:
    not read as a byline's date, nor its words as an outlet."""
    line = "By the end of the month - March 3, 2025 - the council must decide on the terminal."
    text = "\n".join(["Council passes budget after long debate", PARAS[0], line, *PARAS[1:]]) + "\n"
    date, _source, outlet = _read_text(tmp_path, text)
    assert date != "2025-03-03"
    assert outlet is None
    assert kinds(text)[line] == "content"


# ---------------------------------------------------------------------------------------------
# 9. Other stories' cards between the article's paragraphs: a headline straight over a bare date
#    stamp naming its year ("23. 12. 2024 13:31"). The article's own section headings are not
#    dated, and a labelled stamp ("Published …") under a headline is an article's own.


@pytest.mark.parametrize(
    "cards",
    [
        # the shape met: a card with a day-first date with spaced dots and its time
        [["Mayor opens the new library on the hill at last", "23. 12. 2024 13:31"]],
        # variant: a stamp with the month's name
        [["Ferry fares to rise again next spring, operator says", "14 March 2025 09:30"]],
        # variant: two cards, apart
        [
            ["Mayor opens the new library on the hill at last", "23. 12. 2024 13:31"],
            ["Ferry fares to rise again next spring, operator says", "25. 4. 2023 5:00"],
        ],
    ],
)
def test_dated_card_between_the_articles_paragraphs_is_a_teaser(cards: list[list[str]]) -> None:
    lines = ["Council passes budget after long debate", PARAS[0], *cards[0], PARAS[1]]
    if len(cards) > 1:
        lines += [PARAS[2], *cards[1]]
    lines += PARAS[len(cards) + 1 :]
    got = kinds(_page_text(lines))
    assert [got[line] for card in cards for line in card] == ["headline-list"] * (2 * len(cards)), got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


def test_undated_section_heading_and_a_labelled_stamp_stay_the_articles() -> None:
    """Guard: a section heading between paragraphs (no stamp under it), and a headline over a
    "Published …" stamp after a paragraph, stay the article's."""
    heading = "What the council decided on schools"
    head2 = "How the budget will change the roads"
    stamp = "Published Thursday 14 March 2025"
    lines = ["Council passes budget after long debate", PARAS[0], heading, PARAS[1], head2, stamp, *PARAS[2:]]
    got = kinds(_page_text(lines))
    assert got[heading] == "content", got
    assert got[head2] == "content", got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


# ---------------------------------------------------------------------------------------------
# 10. A trending box inside the article ("More Trending", its headlines, "Read More Stories") and a
#     video player's "Up Next" label over the article's prose: boilerplate, the prose the article's.

_TRENDING = ["Mayor opens the new library on the hill", "Schools to get new heating before winter"]


@pytest.mark.parametrize(
    "box",
    [
        ["More Trending", *_TRENDING, "Read More Stories"],  # the shape met
        ["More Trending", *_TRENDING],  # variant: no closing link
        ["Read more stories", *_TRENDING],  # variant: the link as the header
    ],
)
def test_trending_box_inside_the_article_goes(box: list[str]) -> None:
    lines = ["Council passes budget after long debate", PARAS[0], PARAS[1], *box, PARAS[2], PARAS[3]]
    got = kinds(_page_text(lines))
    assert [got[line] for line in box] == ["headline-list"] * len(box), got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


def test_up_next_label_over_the_prose_is_navigation() -> None:
    lines = ["Council passes budget after long debate", PARAS[0], "Up Next", *PARAS[1:]]
    got = kinds(_page_text(lines))
    assert got["Up Next"] == "navigation"
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


def test_headings_naming_what_is_next_or_trending_stay_the_articles() -> None:
    """Guard: section headings that only contain the words stay the article's."""
    heads = ["What is up next for the council", "Trending upward: house prices in the harbour towns"]
    lines = ["Council passes budget after long debate", PARAS[0], heads[0], PARAS[1], heads[1], *PARAS[2:]]
    got = kinds(_page_text(lines))
    assert [got[h] for h in heads] == ["content", "content"], got


# ---------------------------------------------------------------------------------------------
# 11. Prompts after the article: a link's prompt closing a short line (", click here."), a
#     bookmark's notice ("Story Saved"), a magazine's issue link ("View our current issue"), and a
#     newsletter or subscription prompt inside a sentence ("… by signing up to our free weekly
#     newsletter", "Support independent journalism by subscribing …").


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("To submit a correction for our consideration, click here.", "call-to-action"),  # met
        ("For reprints and permissions, click here", "call-to-action"),  # variant
        ("Story Saved", "call-to-action"),  # met
        ("You can find this article in your reading list at any time.", "call-to-action"),  # variant
        ("View our current issue", "navigation"),  # met
        ("Read the latest issue", "navigation"),  # variant
        (
            "Check out more of our latest travel stories by signing up to our free weekly newsletter here.",
            "call-to-action",
        ),
        (
            "Just R20 for the first month. Support independent journalism by subscribing to our digital edition.",
            "call-to-action",
        ),
        ("Read more of our local reporting by signing up for the Harbour Courier newsletter.", "call-to-action"),
    ],
)
def test_prompts_after_the_article_go(line: str, kind: str) -> None:
    got = kinds(_page_text(["Council passes budget after long debate", *PARAS, line]))
    assert got[line] == kind, got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


@pytest.mark.parametrize(
    "line",
    [
        "Residents who want to object can click here on the council's website, the mayor said, or write to her office.",
        "The council's newsletter reported in May that signing up to the scheme was slow at first.",
        "The library said the current issue of its magazine would be the last one printed on paper.",
    ],
)
def test_sentences_mentioning_links_newsletters_or_issues_stay_the_articles(line: str) -> None:
    """Guard: the article's sentences that only mention a link, a newsletter or an issue."""
    got = kinds(_page_text(["Council passes budget after long debate", PARAS[0], line, *PARAS[1:]]))
    assert got[line] == "content", got
