"""The outlet's line under a text article's headline, over its date stamp, names the outlet (t13as
N8 re-tested in t13r, t13av N15; round s51-m): a paper's name the boilerplate split judged a name
line beside the date ("The Guardian", "Tevaro Today"), an agency's ("Adriatic Wire"), a paper's
name with the agency its copy is from ("Le Monde avec AFP") and a Chinese agency's three
characters ("新华社"). A person's name there stays the author's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY_EN = (
    "The volcano erupted shortly after 3am local time, sending an ash plume eleven kilometres into the sky, "
    "the meteorological office said, and flights across northern Europe were grounded within hours.\n"
)
BODY_FR = (
    "Le volcan est entré en éruption mercredi à 3 h 47, heure locale, et le panache de cendres a atteint onze "
    "kilomètres d'altitude, selon l'office météorologique, qui a demandé aux habitants de rester chez eux.\n"
)
# (A place's name before a paper's common closing word says it is a paper's, "Tevaro Today", when
# the text names the place, as the reported live blog does: round s52-m, review s51-rv F8.)
BODY_TEVARO = (
    "Oil from the stricken carrier reached the beaches of Tevaro on Saturday, officials said, and clean-up "
    "crews worked through the night along the coast.\n"
)
BODY_ZH = "冰岛雷克雅内斯半岛的赫拉夫恩山火山18日凌晨喷发，造成两名徒步者死亡，四人失踪，欧洲数千航班取消。\n"


@pytest.mark.parametrize(
    ("headline", "line", "stamp", "body", "outlet"),
    [
        # reported (t13as N8, t13r var/as-noyaml; t13av N15; t13r var/m1)
        (
            "Iceland volcano eruption: flights grounded across Europe – live",
            "The Guardian",
            "Wed 18 Nov 2026 04.05 GMT",
            BODY_EN,
            "The Guardian",
        ),
        (
            "Islande : l'éruption paralyse le ciel européen",
            "Le Monde avec AFP",
            "Publié le 18 novembre 2026 à 12h05",
            BODY_FR,
            "Le Monde",
        ),
        ("冰岛火山喷发致两人死亡 欧洲数千航班取消", "新华社", "2026年11月18日 15:20", BODY_ZH, "新华社"),
        (
            "LIVE: oil spill on the coast - latest updates",
            "Tevaro Today",
            "Updated: March 14, 2026",
            BODY_TEVARO,
            "Tevaro Today",
        ),
        ("Corvino floods – live", "Adriatic Wire", "Fri 9 Apr 2027 06.10 CET", BODY_EN, "Adriatic Wire"),
        # variants: other names, agencies and layouts
        (
            "Ferry sinks off the coast – live",
            "The Halvik Independent",
            "Sat 14 Mar 2026 09.10 GMT",
            BODY_EN,
            "The Halvik Independent",
        ),
        (
            "Inondations : la ville sous les eaux",
            "Le Courrier du Var avec Reuters",
            "Publié le 9 avril 2027 à 08h10",
            BODY_FR,
            "Le Courrier du Var",
        ),
        ("暴雨致多地停课 数万人转移", "中新社", "2026年6月30日 09:45", BODY_ZH, "中新社"),
    ],
)
def test_outlet_line_under_the_headline_names_the_outlet(
    tmp_path: Path, headline: str, line: str, stamp: str, body: str, outlet: str
) -> None:
    (tmp_path / "a.txt").write_text(f"{headline}\n{line}\n{stamp}\n\n{body}", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.outlet == outlet
    assert article.title == headline


@pytest.mark.parametrize("line", ["Anna Lindqvist", "Emily Post"])
def test_a_persons_name_there_names_no_outlet(tmp_path: Path, line: str) -> None:
    text = f"Ferry sinks off the coast\n{line}\nSat 14 Mar 2026 09.10 GMT\n\n{BODY_EN}"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    assert Corpus.scan(tmp_path).article("a").outlet is None
