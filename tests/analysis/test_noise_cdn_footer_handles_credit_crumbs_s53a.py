"""Four kinds of page furniture that stayed article text in plain text (issue #14, round s53-a):
a content network's footer ("Performance & security by Cloudflare", "Ray ID: ..."), a line of a
site's name and its accounts ("Metro · @MetroUK · @metro_news"), a "prepared by" credit in
Ukrainian and its neighbours ("Підготувала NAME") and a trail from the front page in Persian and
other languages ("خانه » سیاست"). Each: the reported line and variants of other wording, other
names and other languages, at the article's end, over it and between a menu and a footer; and
the story's own sentences of the same words stay."""

from __future__ import annotations

import pytest
from test_noise_kinds import ARTICLE, FOOTER, MENU, PARAS, assert_article_kept, kinds


def _placed(line: str) -> list[str]:
    """The article with ``line`` after it, over it, and after it between a menu and a footer."""
    return [
        ARTICLE + line + "\n",
        line + "\n" + ARTICLE,
        "\n".join([*MENU, ARTICLE.rstrip("\n"), line, *FOOTER]) + "\n",
    ]


def _goes(line: str, kind: str) -> None:
    for text in _placed(line):
        got = kinds(text)
        assert_article_kept(got)
        assert got[line] == kind, (line, text[:60])


def _stays(line: str) -> None:
    got = kinds("\n".join(["Council passes budget after long debate", *PARAS[:2], line, *PARAS[2:]]) + "\n")
    assert_article_kept(got)
    assert got[line] == "content"


@pytest.mark.parametrize(
    "line",
    [
        "Performance & security by Cloudflare",  # reported
        "Cloudflare Ray ID: 8f2a1b3c4d5e6f70",
        "Ray ID: 7d9e3f1a2b4c5d6e • Your IP: Click to reveal • Performance & security by Cloudflare",
        "Performance and security by Fastly",
    ],
)
def test_content_network_footer_goes(line: str) -> None:
    _goes(line, "attribution")


@pytest.mark.parametrize(
    "line",
    [
        "Metro · @MetroUK · @metro_news",  # reported
        "The Guardian · @guardian · @guardiannews",
        "Der Spiegel | @derspiegel",
        "@nytimes · @nytimesworld",
    ],
)
def test_site_name_and_handles_line_goes(line: str) -> None:
    _goes(line, "call-to-action")


@pytest.mark.parametrize(
    "line",
    [
        "Підготувала Ірина Шевчук",  # reported kind: "Підготував/Підготувала NAME"
        "Підготував: Олександр Петренко",
        "Подготовила Анна Смирнова",
        "Opracowała Anna Nowak",
    ],
)
def test_prepared_by_credit_goes(line: str) -> None:
    _goes(line, "attribution")


@pytest.mark.parametrize(
    "line",
    [
        "خانه » سیاست",  # reported kind: "خانه » سیاست » ..." (two steps stayed)
        "صفحه اصلی » ورزش",
        "Головна » Економіка",
        "الرئيسية › أخبار",
    ],
)
def test_front_page_trail_in_other_languages_goes(line: str) -> None:
    _goes(line, "navigation")


@pytest.mark.parametrize(
    "line",
    [
        "The outage page showed a Ray ID: 7d9e3f1a2b4c5d6e, which the company logged.",
        "Metro reported the claim on X, where @MetroUK has 1.2 million followers.",
        "Підготувала вона доповідь про бюджет за два тижні до засідання ради.",
    ],
)
def test_the_story_sentences_stay(line: str) -> None:
    _stays(line)
