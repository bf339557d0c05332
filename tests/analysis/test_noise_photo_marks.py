"""A photo the article shows with a control line repeated at each one ("이미지 확대보기", "View larger image")
and a caption under it does not cut the article (issue #14, unseen12 hankookilbo-1): a photo and a section
heading between the article's first paragraph and its second had cut the first off as text before the
article. The control line is the article's when it stands once inside the main text over a caption a
rule knows (closed by its photographer, or credited); at each of its photos, the line and the caption
under it neither extend nor split the article, and are the photo's furniture (caption). A control line
repeated with no caption under it (a box's "Show more") is no photo. Each case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = [
    "Skip to content", "Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather",
    "Podcasts", "Newsletter", "Contact", "About", "Search",
]  # fmt: skip
_FOOTER = ["Privacy Policy", "Terms of Use", "Advertise", "Jobs", "Cookie settings", "© 2025 Osland Media"]

# (headline, control line, first paragraph, caption under it, heading, body, credited caption, last paragraph)
_CASES: dict[str, tuple[str, str, str, str, str, list[str], str, str]] = {
    # The reported shape: a Korean article, its photo's caption closed by the agency's name.
    "ko": (
        "이 후보, 호남 찾아 통합 강조",
        "이미지 확대보기",
        "이틀간의 영남 공략을 마친 후보는 15일 호남을 찾아 통합을 키워드로 표밭을 다졌다. 경상도에서 전라도를 가로지르는 유세였다.",
        "후보가 15일 하동군 화개장터 입구에서 청년들과 이야기를 나누고 있다",
        '"지역으로 나눠서 왜 싸우나"',
        [
            "시작부터 통합이었다. 후보는 하동의 화개장터에서 청년들과 간담회를 열었다. 화개장터는 경상도와 전라도의 경계에 있는 곳으로, 두 지역 주민들이 함께 장을 보는 곳으로 알려져 있다. 후보는 이곳에서 지역 갈등을 끝내겠다고 말했다.",
            "후보는 여수에서 경상도에 가봤더니 거기도 힘들어 죽으려고 하더라고 말했다. 호남도 다를 바 없다며 국민끼리 싸우는 시대를 끝내겠다고 선언했다. 지지자들은 박수로 화답했다.",
        ],
        "후보가 15일 순천시 연향동 거리에서 열린 유세에서 연설하고 있다. 홍길동 기자",
        "민주당을 호남의 자식으로 규정하며 적극적 구애에도 나섰다. 지난달 담양 군수 보궐선거에서 패배한 뒤 지역 민심이 흔들리고 있다는 평가가 나오자 직접 호남을 찾은 것이다. 후보는 호남에 있어서 민주당은 잘되기를 바라는 큰아들 같은 존재라고 말했다. 유세장에는 수천 명의 지지자가 모였고, 후보는 늦은 밤까지 시민들과 인사를 나눴다.",
    ),
    # Variant: an English page, "View larger image" over each photo, the second credited.
    "en": (
        "Ferry fares to rise as harbour works begin",
        "View larger image",
        "Ferry fares will rise by a fifth from June, the harbour board said on Monday.",
        "The old ferry terminal at Osland harbour on a winter morning",
        "Works to last two years",
        [
            "The board said the increase would pay for the rebuilding of the harbour's two piers, which have been closed to heavy traffic since a storm damaged them last winter. Commuters who cross every day will pay about 40 crowns more a month.",
            "Local councillors said they had not been consulted and asked the board to delay the increase until the works were finished, so that travellers would not pay twice for a worse service.",
        ],
        "Commuters board the morning ferry to the mainland. Photograph: Jane Roe/Reuters",
        "The board will meet the councillors again next week, and said it was open to a smaller increase for children and pensioners, who make up a third of the ferry's passengers.",
    ),
    # Variant: a German page, "Bild vergrößern" over each photo.
    "de": (
        "Fährpreise steigen, der Hafen wird umgebaut",
        "Bild vergrößern",
        "Die Fährpreise steigen ab Juni um ein Fünftel, teilte die Hafenverwaltung am Montag mit.",
        "Der alte Fähranleger im Hafen von Osland an einem Wintermorgen",
        "Bauarbeiten dauern zwei Jahre",
        [
            "Mit dem Geld sollen die beiden Anleger des Hafens neu gebaut werden, die seit einem Sturm im vergangenen Winter für schwere Fahrzeuge gesperrt sind. Pendler, die täglich übersetzen, zahlen damit rund 40 Kronen mehr im Monat.",
            "Mehrere Gemeinderäte sagten, sie seien nicht gefragt worden, und baten die Verwaltung, die Erhöhung bis zum Ende der Arbeiten zu verschieben, damit Reisende nicht doppelt für einen schlechteren Dienst zahlen.",
        ],
        "Pendler steigen am Morgen in die Fähre zum Festland. Foto: Jane Roe / dpa",
        "Die Verwaltung will sich nächste Woche erneut mit den Gemeinderäten treffen und zeigte sich offen für eine geringere Erhöhung für Kinder und Rentner, die ein Drittel der Fahrgäste ausmachen.",
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _page(case: tuple[str, str, str, str, str, list[str], str, str], mark_under: str | None = None) -> str:
    headline, mark, first, caption, heading, body, credited, last = case
    lines = [
        *_MENU,
        headline,
        "By Jane Roe | March 14, 2025",
        first,
        mark,
        caption,
        heading,
        *body,
        mark,
        mark_under if mark_under is not None else credited,
        last,
        *_FOOTER,
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_photo_between_the_first_paragraphs_does_not_cut_the_article(tmp_path: Path, lang: str) -> None:
    case = _CASES[lang]
    _, mark, first, caption, heading, body, credited, last = case
    split = split_noise(_article(tmp_path, _page(case)))
    content = {s.text for s in split.content}
    lost = [line for line in [first, heading, *body, last] if line not in content]
    assert not lost, lost
    # The photos' control lines and captions are the photo's furniture, inside the article as well.
    by_text = {s.text: s for s in split.noise}
    assert {mark, caption, credited} <= set(by_text)
    assert by_text[caption].kind == "caption"
    assert {*_MENU[1:], *_FOOTER[:4]} <= set(by_text)


def test_a_repeated_line_with_no_caption_under_it_is_no_photo(tmp_path: Path) -> None:
    # "Show more" over a plain line, twice: a box's control, not a photo's (the rule needs a caption a
    # rule knows under the line inside the article); neither it nor the lines under it are taken
    # for a photo's, and the article is whole.
    headline, _, first, caption, heading, body, _, last = _CASES["en"]
    case = (headline, "Show more", first, caption, heading, body, "More results from the harbour board", last)
    split = split_noise(_article(tmp_path, _page(case)))
    assert {*body, last} <= {s.text for s in split.content}
    photo = [s.text for s in split.noise if s.reason and "photo's control line" in s.reason]
    assert photo == []
