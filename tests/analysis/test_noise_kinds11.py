"""Boilerplate kinds found on the tuning half unseen11 (issue 14; Fundus's news pages in thirteen
languages), one kind per section: the reported shape first, then variants of our own, and guards
that boilerplate of the same look is still dropped. Every page here is written for the test; none
is copied from the evaluation pages.

The plain-text split kept 0.837 of unseen11's article lines: its rules measured a paragraph and
told a sentence from a menu line by English's function words, which a page in another language
does not have.
"""

from __future__ import annotations

from test_noise_kinds import kinds, make

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.analysis.noise.features import block_features
from waic_reader.index.corpus.blocks import Block


def _page(menu: list[str], head: list[str], body: list[str], footer: list[str]) -> str:
    return "\n".join([*menu, *head, *body, *footer]) + "\n"


def _kept(got: dict[str, str], lines: list[str]) -> None:
    assert [got[line] for line in lines] == ["content"] * len(lines), {line: got[line] for line in lines}


def _dropped(got: dict[str, str], lines: list[str]) -> None:
    assert all(got[line] != "content" for line in lines), {line: got[line] for line in lines}


# ---------------------------------------------------------------------------------------------
# Korean spaces its words. A Korean paragraph was measured as if each word were a Chinese
# character (halved, as two characters make about one English word), so paragraphs of ten to
# twenty words read as too short for prose, and the article's main text was sought elsewhere:
# a summary box, or nowhere, and most of the article was dropped as text outside it.

_KO_MENU = [
    "홈",
    "정치",
    "경제",
    "사회",
    "국제",
    "문화",
    "스포츠",
    "연예",
    "오피니언",
    "포토",
    "로그인",
    "회원가입",
    "구독",
]
_KO_FOOTER = [
    "회사소개",
    "광고문의",
    "제휴문의",
    "개인정보처리방침",
    "청소년보호정책",
    "이용약관",
    "고객센터",
    "Copyright © 항구신문. All rights reserved.",
]
_KO_HEADLINE = "항구 여객선 요금 내년 봄 다시 오른다"
_KO_BODY = [
    "항구관리공사는 월요일 여객선 요금을 4월부터 10% 올리겠다고 밝혔다. 1년 사이 두 번째 인상으로 연료비와 낡은 배 수리비가 늘었기 때문이라고 설명했다.",
    "섬 주민들은 도시로 나갈 다른 길이 없다며 한 해에 10만 원 넘게 더 들게 됐다고 말했다. 섬 의회는 공사에 인상을 다시 생각해 달라고 요청했다.",
    "공사 사장은 배를 안전하게 지키려면 어쩔 수 없다며 지난해 주문한 새 배가 내년 가을 운항을 시작하면 연료비가 줄어들 것이라고 말했다.",
    "어린이와 노인 요금은 바뀌지 않으며 공사는 섬 의회와 세부 사항을 논의한 뒤 3월에 새 시간표와 요금을 발표할 계획이다.",
]


def test_korean_paragraphs_are_the_article() -> None:
    got = kinds(_page(_KO_MENU, [_KO_HEADLINE, "김민지 기자"], _KO_BODY, _KO_FOOTER))
    _kept(got, [_KO_HEADLINE, *_KO_BODY])


def test_korean_article_after_a_summary_box_is_the_article() -> None:
    """Variant: a box of one-sentence summary points over the article (the page's "AI summary"),
    whose lines must not take the article's place as its main text."""
    box = [
        "요약 보기",
        "여객선 요금이 4월부터 오른다.",
        "섬 주민들은 부담이 커졌다고 말했다.",
        "새 배가 들어오면 연료비가 줄어든다.",
        "요약은 회원용 서비스입니다.",
    ]
    got = kinds(_page(_KO_MENU, [*box, _KO_HEADLINE, "김민지 기자"], _KO_BODY, _KO_FOOTER))
    _kept(got, _KO_BODY)


def test_korean_paragraphs_with_hanja_and_figures_are_the_article() -> None:
    """Variant: paragraphs mixing Hangul with Chinese characters, Latin letters and figures; they
    are the main text, so the menu around them goes."""
    body = [
        "항구관리공사(港灣管理公社)는 월요일 여객선 요금을 4월부터 10% 올리겠다고 밝혔다. 1년 사이 두 번째 인상이다.",
        "섬 주민들은 도시로 나갈 다른 길이 없다며 한 해에 10만 원 넘게 더 들게 됐다고 말했다. 섬 의회는 재검토를 요청했다.",
        "공사 측은 LNG 추진선 2척을 주문했으며 내년 가을부터 운항하면 연료비가 30% 가까이 줄어들 것이라고 설명했다.",
        *_KO_BODY[3:],
    ]
    got = kinds(_page(_KO_MENU, [_KO_HEADLINE], body, _KO_FOOTER))
    _kept(got, body)
    _dropped(got, _KO_MENU)


def test_korean_menu_and_footer_are_still_dropped() -> None:
    """Guard: Korean words counted whole make no menu line prose."""
    got = kinds(_page(_KO_MENU, [_KO_HEADLINE], _KO_BODY, _KO_FOOTER))
    _dropped(got, [*_KO_MENU, *_KO_FOOTER])


def test_chinese_characters_are_still_counted_in_pairs() -> None:
    """Guard: a line of Chinese characters (no spaces) still weighs half its characters, so a
    short Chinese menu line is no paragraph."""
    text = "港口渡轮票价明年春天再次上涨"  # 14 characters
    block = Block(0, len(text), "paragraph", text)
    assert block_features(block).n == 7
    korean = "항구 여객선 요금 내년 봄 다시 오른다"  # 7 words
    assert block_features(Block(0, len(korean), "paragraph", korean)).n == 7


# ---------------------------------------------------------------------------------------------
# On a page not in English, a sentence shorter than prose (under twelve words) cost as much as a
# menu line: the test that made a short line a fragment of text asked for English function words.
# Turkish and Swedish sentences of seven to eleven words, under city subheadings, cut the article
# short, and its second half was dropped as text after it.

_TR_MENU = [
    "Anasayfa",
    "Gündem",
    "Ekonomi",
    "Dünya",
    "Spor",
    "Yaşam",
    "Sağlık",
    "Teknoloji",
    "Magazin",
    "Yazarlar",
    "Giriş",
    "Abone Ol",
]
_TR_FOOTER = [
    "Künye",
    "İletişim",
    "Reklam",
    "Gizlilik Politikası",
    "Çerez Politikası",
    "Kullanım Koşulları",
    "Site Haritası",
    "RSS",
    "Arşiv",
]
_TR_HEADLINE = "Karadeniz kıyısında fırtına hayatı etkiledi"
_TR_FIRST = [
    "Karadeniz kıyısındaki birçok ilde dün gece etkili olan fırtına nedeniyle ağaçlar devrildi, bazı"
    " evlerin çatıları uçtu ve limanlardaki tekneler zarar gördü, yetkililer açıklama yaptı.",
    "Meteoroloji Genel Müdürlüğü, rüzgarın bugün öğleden sonra hızını kaybedeceğini ancak denizde"
    " dalgaların yarın sabaha kadar yüksek kalacağını bildirerek vatandaşları uyardı.",
]
_TR_SECOND = [
    "SAMSUN",
    "Kentte fırtına nedeniyle elektrik kesintileri yaşandı.",
    "Ekipler sabaha kadar arızaları gidermek için çalıştı.",
    "Bazı mahallelerde okullar bir gün tatil edildi.",
    "ORDU",
    "Limanda bağlı olan iki balıkçı teknesi battı.",
    "Teknelerde bulunan balıkçılar kıyıya yüzerek kurtuldu.",
    "Sahil yolu bir süre trafiğe kapatıldı.",
]
_TR_LAST = [
    "Valilik, fırtınadan zarar gören vatandaşların belediyelere başvurarak yardım talep edebileceğini"
    " açıkladı ve hasar tespit çalışmalarının hafta sonuna kadar süreceğini duyurdu.",
]


def test_short_turkish_sentences_under_city_headings_are_the_article() -> None:
    body = [*_TR_FIRST, *_TR_SECOND, *_TR_LAST]
    got = kinds(_page(_TR_MENU, [_TR_HEADLINE], body, _TR_FOOTER))
    _kept(got, [s for s in body if s.endswith(".")])


def test_short_turkish_sentences_closing_the_article_are_the_article() -> None:
    """Variant: the short sentences end the article, after its last long paragraph."""
    body = [*_TR_FIRST, *_TR_LAST, *_TR_SECOND[1:4]]
    got = kinds(_page(_TR_MENU, [_TR_HEADLINE], body, _TR_FOOTER))
    _kept(got, body)


_SV_MENU = [
    "Nyheter",
    "Sport",
    "Nöje",
    "Ekonomi",
    "Kultur",
    "Debatt",
    "Ledare",
    "Väder",
    "Motor",
    "Resor",
    "Logga in",
    "Prenumerera",
]
_SV_FOOTER = [
    "Om oss",
    "Kontakta oss",
    "Annonsera",
    "Cookies",
    "Personuppgifter",
    "Tipsa oss",
    "Jobba hos oss",
    "Arkiv",
]
_SV_BODY = [
    "Hamnbolaget meddelade på måndagen att priset för färjan till öarna höjs med en tiondel i april,"
    " den andra höjningen på ett år, och pekade på dyrare bränsle och reparationer av de äldre båtarna.",
    "Pendlarna på öarna har ingen annan väg in till staden.",
    "De säger att höjningen kostar dem tusentals kronor om året.",
    "Kommunen har bett bolaget att tänka om.",
    "Bolagets ordförande säger att flottan måste hållas säker och att en ny båt som beställdes förra året"
    " kommer att sänka bränslekostnaden när den sätts i trafik, troligen nästa höst.",
    "Barn och pensionärer får behålla sina priser.",
]


def test_short_swedish_sentences_between_paragraphs_are_the_article() -> None:
    """Variant: Swedish, short sentences (seven to nine words) between and after long paragraphs."""
    got = kinds(_page(_SV_MENU, ["Färjepriserna höjs igen i vår"], _SV_BODY, _SV_FOOTER))
    _kept(got, [s for s in _SV_BODY if len(s.split()) >= 5])


def test_short_foreign_sentences_in_the_footer_are_still_dropped() -> None:
    """Guard: a short sentence among the page's footer lines, after the article and a run of
    menu lines, is the page's (a password reminder, a newsletter prompt), not the article's."""
    notes = [
        "Şifrenizi sıfırlamak için e-posta adresinizi girin.",
        "Lütfen gelen kutunuzu ve spam klasörünü kontrol edin.",
    ]
    footer = [*_TR_FOOTER[:4], *notes, *_TR_FOOTER[4:]]
    got = kinds(_page(_TR_MENU, [_TR_HEADLINE], [*_TR_FIRST, *_TR_LAST], footer))
    _dropped(got, [*notes, *_TR_FOOTER, *_TR_MENU])
    _kept(got, [*_TR_FIRST, *_TR_LAST])


# ---------------------------------------------------------------------------------------------
# The lines around the main text that are the article's too: a short sentence straight under the
# headline (its standfirst) or over the main text, and short sentences closing it. They were
# kept only when they held English function words.

_ES_MENU = [
    "Portada",
    "España",
    "Internacional",
    "Economía",
    "Deportes",
    "Cultura",
    "Ciencia",
    "Televisión",
    "Opinión",
    "Iniciar sesión",
    "Suscríbete",
]
_ES_FOOTER = [
    "Quiénes somos",
    "Contacto",
    "Aviso legal",
    "Política de privacidad",
    "Política de cookies",
    "Publicidad",
    "Hemeroteca",
    "Mapa web",
]
_ES_HEADLINE = "Los billetes del ferry volverán a subir en primavera"
_ES_BODY = [
    "La autoridad portuaria anunció el lunes que los billetes del ferry subirán un diez por ciento en"
    " abril, la segunda subida en un año, por el coste del combustible y las reparaciones de los barcos.",
    "Los vecinos de las islas, que no tienen otra forma de llegar a la ciudad, dicen que la subida les"
    " costará más de cien euros al año, y su ayuntamiento ha pedido a la autoridad que lo reconsidere.",
    "La presidenta de la autoridad dijo que la flota debe mantenerse segura y que un barco nuevo,"
    " encargado el año pasado, reducirá el gasto en combustible cuando entre en servicio el próximo otoño.",
]


def test_spanish_short_sentence_under_the_headline_is_the_article() -> None:
    lead = "Es la segunda subida en menos de un año."
    got = kinds(
        _page(_ES_MENU, [_ES_HEADLINE, lead, "Por Ana Ruiz", "Madrid, 14 de marzo de 2025"], _ES_BODY, _ES_FOOTER)
    )
    _kept(got, [_ES_HEADLINE, lead, *_ES_BODY])


def test_german_closing_sentences_are_the_article() -> None:
    """Variant: German, two short sentences closing the article after its last paragraph."""
    menu = [
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Panorama",
        "Sport",
        "Kultur",
        "Wissen",
        "Reise",
        "Meinung",
        "Anmelden",
        "Abo",
    ]
    footer = [
        "Impressum",
        "Datenschutz",
        "Kontakt",
        "Mediadaten",
        "AGB",
        "Nutzungsbedingungen",
        "Barrierefreiheit",
        "Archiv",
    ]
    body = [
        "Die Hafenbehörde hat am Montag angekündigt, dass die Fahrkarten für die Fähre im April um ein"
        " Zehntel teurer werden, zum zweiten Mal in einem Jahr, wegen der Kosten für Treibstoff und Reparaturen.",
        "Pendler von den Inseln, die keinen anderen Weg in die Stadt haben, rechnen mit Mehrkosten von über"
        " hundert Euro im Jahr; ihr Gemeinderat hat die Behörde gebeten, die Erhöhung noch einmal zu prüfen.",
    ]
    closing = ["Für Kinder und Rentner bleiben die Preise gleich.", "Der neue Fahrplan erscheint im März."]
    got = kinds(_page(menu, ["Fährpreise steigen im Frühjahr erneut"], [*body, *closing], footer))
    _kept(got, [*body, *closing])


def test_foreign_caption_over_a_credit_and_short_notices_are_still_dropped() -> None:
    """Guard: a sentence straight under the headline over a photo credit is that photo's caption,
    and after the article a notice of a few words ("Alle Rechte vorbehalten.") is the page's."""
    caption = "El ferry de las islas, atracado en el puerto."
    notice = "Todos los derechos reservados."
    got = kinds(
        _page(_ES_MENU, [_ES_HEADLINE, caption, "Foto: Ana Ruiz", "Por Ana Ruiz"], [*_ES_BODY, notice], _ES_FOOTER)
    )
    _kept(got, [_ES_HEADLINE, *_ES_BODY])
    _dropped(got, [caption, notice])


# ---------------------------------------------------------------------------------------------
# A page's captions each closing with the same bracketed credit field, whoever is credited:
# "[사진 출처 = 연합뉴스]", "[Photo = Jane Roe]". The bracketed-credit rule counted only the same
# name in round brackets, so captions crediting different sources stayed in the article.


def _captioned(captions: list[str]) -> str:
    body = list(_KO_BODY)
    lines = [body[0], captions[0], body[1], captions[1], body[2], captions[2], body[3]]
    return _page(_KO_MENU, [_KO_HEADLINE], lines, _KO_FOOTER)


def test_korean_captions_with_a_credit_field_are_captions() -> None:
    captions = [
        "여객선이 항구에 정박해 있다. [사진 출처 = 항구관리공사]",
        "섬 주민들이 배를 기다리고 있다. [사진 출처 = 연합뉴스]",
        "새로 주문한 배의 모형. [사진 출처 = 항구관리공사]",
    ]
    got = kinds(_captioned(captions))
    assert [got[c] for c in captions] == ["caption"] * 3, got
    _kept(got, _KO_BODY)


def test_english_and_german_credit_fields_are_captions() -> None:
    """Variants: English square brackets with a colon; German round brackets."""
    english = [
        "The island ferry at its berth in the harbour. [Photo: Harbour Authority]",
        "Commuters wait for the morning boat. [Photo: Jane Roe]",
        "A model of the new boat ordered last year. [Photo: Harbour Authority]",
    ]
    got = kinds(_captioned(english))
    assert [got[c] for c in english] == ["caption"] * 3, got
    german = [
        "Die Inselfähre an ihrem Liegeplatz im Hafen. (Foto: Hafenbehörde)",
        "Pendler warten auf das Morgenschiff. (Foto: dpa)",
        "Ein Modell des neuen Schiffs. (Foto: Anna Berg)",
    ]
    got = kinds(_captioned(german))
    assert [got[c] for c in german] == ["caption"] * 3, got


def test_a_credit_field_shown_twice_or_a_cited_source_stays() -> None:
    """Guard: a bracketed field on two lines only, or a sentence citing its source once in
    brackets, is no run of captions: the article keeps them."""
    lines = [
        "여객선 요금은 2년 전보다 20% 올랐다. [자료 = 항구관리공사]",
        "섬 주민 수는 10년 사이 절반으로 줄었다. [자료 = 통계청]",
        "공사는 새 배 두 척을 더 주문할 계획이다.",
    ]
    got = kinds(_captioned(lines))
    _kept(got, [*lines, *_KO_BODY])


def test_split_noise_tells_each_caption_its_field() -> None:
    """The reason names the repeated field, so the boilerplate panel says why."""
    captions = [
        "여객선이 항구에 정박해 있다. [사진 = 항구관리공사]",
        "섬 주민들이 배를 기다리고 있다. [사진 = 연합뉴스]",
        "새로 주문한 배의 모형. [사진 = 김민지 기자]",
    ]
    split = split_noise(make(_captioned(captions)))
    reasons = {s.text: s.reason for s in split.noise}
    assert all("사진" in (reasons.get(c) or "") for c in captions), reasons


# ---------------------------------------------------------------------------------------------
# The headline shown twice above the text: first over its standfirst, then again nearer the text
# in a player or share box. The second showing won (the nearer of two equal candidates) and the
# standfirst under the first was dropped as text before the article.

_SV_HEADLINE = "Priset för färjan till öarna höjs i april"
_SV_LEAD = [
    "Hamnbolaget höjer priset för färjan till öarna med en tiondel i april.",
    "Pendlarna på öarna säger att höjningen blir dyr för dem.",
]
_SV_ARTICLE = [_SV_BODY[0], _SV_BODY[4], "Barn och pensionärer får behålla sina priser på färjan till öarna i april."]


def _twice(head_box: list[str], lead: list[str], headline: str = _SV_HEADLINE, body: list[str] = _SV_ARTICLE) -> str:
    head = [headline, "Publicerad 14 mars 2025 kl 10.23", *lead, "Anna Berg", *head_box, headline, "Foto: Anna Berg"]
    return _page(_SV_MENU, head, body, _SV_FOOTER)


def test_standfirst_under_the_first_showing_of_the_headline_is_the_article() -> None:
    player = ["Lyssna på artikeln", "0.5x", "1.0x", "1.5x", "2.0x", "Dela artikeln", "Kopiera länk"]
    got = kinds(_twice(player, _SV_LEAD))
    _kept(got, [_SV_HEADLINE, *_SV_LEAD, *_SV_ARTICLE])
    _dropped(got, ["Lyssna på artikeln", "Dela artikeln", "Kopiera länk"])


def test_english_standfirst_under_the_first_showing_of_the_headline_is_the_article() -> None:
    """Variant: English, one standfirst sentence, a share box between the two showings, the
    byline under the second."""
    headline = "Harbour ferry fares to rise again in spring"
    body = [
        "The harbour authority said on Monday that ferry fares would rise by a tenth in April, the second"
        " increase in a year, blaming the cost of fuel and of repairs to the older boats in the fleet.",
        "Commuters from the islands, who have no other way to reach the city, said the rise would cost"
        " them more than a hundred pounds a year, and their council asked the authority to think again.",
        "Fares for children and pensioners will not change, and the authority will publish the new"
        " timetable with the prices in March, after a meeting with the island councils on the details.",
    ]
    lead = ["Ferry fares for the islands will rise by a tenth in April, the second rise in a year."]
    share = ["Share this article", "Facebook", "Twitter", "Email", "Copy link"]
    page = "\n".join([*_SV_MENU, headline, *lead, *share, headline, "By Jane Roe", *body, *_SV_FOOTER]) + "\n"
    got = kinds(page)
    _kept(got, [headline, *lead, *body])


def test_turkish_standfirst_of_three_sentences_is_the_article() -> None:
    """Variant: Turkish, a standfirst of three sentences (one short) between the two showings."""
    lead = [
        "Karadeniz kıyısında dün gece etkili olan fırtına ağaçları devirdi ve evlerin çatılarını uçurdu.",
        "Limanlarda tekneler zarar gördü.",
        "Meteoroloji, denizde dalgaların yarın sabaha kadar yüksek kalacağını bildirdi.",
    ]
    body = [*_TR_FIRST, *_TR_LAST]
    head = [_TR_HEADLINE, *lead, "Ahmet Yılmaz", "Dinle", "Paylaş", "Kaydet", _TR_HEADLINE]
    got = kinds(_page(_TR_MENU, head, body, _TR_FOOTER))
    _kept(got, [_TR_HEADLINE, lead[0], lead[2], *body])


def test_a_prompt_between_the_two_showings_is_still_dropped() -> None:
    """Guard: a sentence between the two showings that is not the story in brief (a prompt to
    sign in, few of its words the article's) is the page's."""
    prompt = "Logga in med ditt konto för att spara och läsa sparade texter senare."
    got = kinds(_twice(["Lyssna på artikeln", "Dela artikeln"], [prompt]))
    _dropped(got, [prompt])
    _kept(got, _SV_ARTICLE)
