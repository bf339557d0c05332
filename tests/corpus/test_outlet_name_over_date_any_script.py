"""A text's head laid out "headline / outlet's name / date line / body" names its outlet and
titles it with its headline in any script (t13aq N1, N2): the Chinese file took its outlet line
"环球快讯" for its title and had no outlet; the German one's "Tagesblick" was neither outlet nor
site header, while the French "Le Matin Alpin" of the same layout was both. The name's place (under
the headline, over the date stamp) says it is the outlet's: capitals and spaces, which Chinese,
Japanese and Korean names lack, are not asked for. A person's name there (an author's line without
its "By") and a rubric ("Opinion") stay no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

CASES = [
    # reported (t13aq intl/huanqiu-zh.txt, intl/tagesblick-de.txt)
    (
        "奥地利哈尔施泰因附近发生火车脱轨事故 造成11人死亡",
        "环球快讯",
        "2026年3月14日 18:30",
        "新华社维也纳3月14日电 奥地利警方14日说，一列城际列车当天上午在哈尔施泰因附近脱轨，造成11人死亡、70人受伤，另有2人失踪。",
    ),
    (
        "Zugunglück bei Hallstein: Elf Tote, Dutzende Verletzte",
        "Tagesblick",
        "14. März 2026, 15:20 Uhr",
        "Bei dem schweren Zugunglück nahe Hallstein sind nach Angaben der Polizei elf Menschen ums Leben "
        "gekommen. 70 Personen wurden verletzt, zwei werden noch vermisst.",
    ),
    # variants: Japanese, Korean, Danish and Czech heads, other names and dates
    (
        "ハルシュタイン近郊で列車脱線 11人死亡",
        "北日本新報",
        "2026年3月14日 19時05分",
        "オーストリア警察によると、14日午前、ハルシュタイン近郊で都市間列車が脱線し、11人が死亡、70人が負傷した。",
    ),
    (
        "오스트리아 할슈타인 인근 열차 탈선 11명 사망",
        "한빛일보",
        "2026년 3월 14일 18:30",
        "오스트리아 경찰은 14일 오전 할슈타인 인근에서 열차가 탈선해 11명이 숨지고 70명이 다쳤다고 밝혔다.",
    ),
    (
        "Togulykke ved Hallstein: elleve døde",
        "Nordjysk Morgenavis",
        "14. marts 2026 kl. 16.05",
        "Elleve mennesker er omkommet, og 70 er kommet til skade, efter at et intercitytog lørdag morgen "
        "kørte af sporet ved Hallstein i Østrig, oplyser politiet.",
    ),
    (
        "Vlakové neštěstí u Hallsteinu si vyžádalo jedenáct obětí",
        "Polabský Deník",
        "14. března 2026 15:40",
        "Při sobotním vykolejení mezistátního vlaku u rakouského Hallsteinu zemřelo podle policie jedenáct "
        "lidí a sedmdesát jich bylo zraněno.",
    ),
]


def _article(tmp_path: Path, head: str, name: str, date: str, body: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"{head}\n{name}\n{date}\n\n{body}\n\n{body}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(("head", "name", "date", "body"), CASES)
def test_the_line_between_headline_and_date_is_the_outlet(
    tmp_path: Path, head: str, name: str, date: str, body: str
) -> None:
    article = _article(tmp_path, head, name, date, body)
    assert article.title == head
    assert article.outlet == name


@pytest.mark.parametrize(("head", "name", "date", "body"), CASES)
def test_the_outlets_line_is_a_site_header(tmp_path: Path, head: str, name: str, date: str, body: str) -> None:
    split = split_noise(_article(tmp_path, head, name, date, body))
    kinds = {s.text.strip(): s.kind for s in split.noise}
    assert kinds.get(name) == "navigation"
    assert kinds.get(date) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Opinion",  # a rubric (a genre: IPTC)
        "Anna Lindqvist",  # an author's name line without its "By"
        "张伟",  # a Chinese person's name: two characters
    ],
)
def test_a_rubric_or_a_persons_name_there_is_no_outlet(tmp_path: Path, line: str) -> None:
    article = _article(tmp_path, *CASES[1][:1], line, *CASES[1][2:])
    assert article.outlet != line
