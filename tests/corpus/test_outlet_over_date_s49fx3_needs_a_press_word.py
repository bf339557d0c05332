"""Review s49-rv3 findings 5 and 6 on round s49-m2's outlet-over-date rule: any line between the
headline and the date stamp of a text in another language was taken as the outlet, and shown as
navigation: a section's rubric ("Politik", "Économie"), a dateline's place ("Berlin", "Madrid"), a
topic ("Deutsche Bahn"), a Chinese subtitle, a Japanese author's name ("山田太郎"), a Chinese
byline ("记者王小明") or a desk's rubric ("国际新闻"). The line names an outlet only with a press
word in it (a periodical's noun, a CJK masthead's ending); the headline stays the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

_DE_HEAD = "Neue Regeln für den Bahnverkehr beschlossen"
_DE_DATE = "14. März 2026, 15:20 Uhr"
_DE_BODY = (
    "Die Bundesregierung hat am Montag neue Regeln für den Bahnverkehr beschlossen. Die Betreiber müssen "
    "künftig mehr Personal in den Stellwerken einsetzen, sagte ein Sprecher des Ministeriums."
)
_ZH_HEAD = "奥地利哈尔施泰因附近发生火车脱轨事故 造成11人死亡"
_ZH_DATE = "2026年3月14日 18:30"
_ZH_BODY = "奥地利警方14日说，一列城际列车当天上午在哈尔施泰因附近脱轨，造成11人死亡、70人受伤，另有2人失踪。"
_JA_HEAD = "ハルシュタイン近郊で列車脱線 11人死亡"
_JA_BODY = "オーストリア警察によると、14日午前、ハルシュタイン近郊で都市間列車が脱線し、11人が死亡、70人が負傷した。"


def _article(tmp_path: Path, head: str, line: str, date: str, body: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"{head}\n{line}\n{date}\n\n{body}\n\n{body}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("head", "line", "date", "body"),
    [
        (_DE_HEAD, "Politik", _DE_DATE, _DE_BODY),  # reported
        (_DE_HEAD, "Wirtschaft", _DE_DATE, _DE_BODY),  # reported
        (_DE_HEAD, "Berlin", _DE_DATE, _DE_BODY),  # reported
        (_DE_HEAD, "Deutsche Bahn", _DE_DATE, _DE_BODY),  # reported
        (_DE_HEAD, "Kommentar", _DE_DATE, _DE_BODY),  # reported
        (_DE_HEAD, "Landespolitik", _DE_DATE, _DE_BODY),
        (_DE_HEAD, "Nordrhein-Westfalen", _DE_DATE, _DE_BODY),
        (
            "Le gouvernement adopte de nouvelles règles ferroviaires",
            "Économie",
            "Publié le 14 mars 2026 à 12h10",
            "Le gouvernement a adopté lundi de nouvelles règles pour le transport ferroviaire, a indiqué le "
            "ministère dans un communiqué publié dans la soirée.",
        ),  # reported
        (
            "El Gobierno aprueba nuevas normas ferroviarias",
            "Madrid",
            "14 de marzo de 2026, 12:10",
            "El Gobierno aprobó el lunes nuevas normas para el transporte ferroviario, según informó el "
            "ministerio en un comunicado difundido por la tarde.",
        ),  # reported
        (
            "El Gobierno aprueba nuevas normas ferroviarias",
            "Sevilla",
            "14 de marzo de 2026, 12:10",
            "El Gobierno aprobó el lunes nuevas normas para el transporte ferroviario, según informó el "
            "ministerio en un comunicado difundido por la tarde.",
        ),
        (_ZH_HEAD, "救援工作仍在继续进行中", _ZH_DATE, _ZH_BODY),  # reported (a subtitle)
        (_ZH_HEAD, "现场仍有两人下落不明", _ZH_DATE, _ZH_BODY),
        (_JA_HEAD, "山田太郎", _ZH_DATE, _JA_BODY),  # reported (finding 6)
        (_JA_HEAD, "佐藤健一", _ZH_DATE, _JA_BODY),
        (_ZH_HEAD, "记者王小明", _ZH_DATE, _ZH_BODY),  # reported
        (_ZH_HEAD, "本报记者李华", _ZH_DATE, _ZH_BODY),
        (_ZH_HEAD, "国际新闻", _ZH_DATE, _ZH_BODY),  # reported
        (_ZH_HEAD, "财经新闻", _ZH_DATE, _ZH_BODY),
    ],
)
def test_a_rubric_place_or_person_over_the_date_is_no_outlet(
    tmp_path: Path, head: str, line: str, date: str, body: str
) -> None:
    article = _article(tmp_path, head, line, date, body)
    assert article.outlet != line
    assert article.title == head  # the round's title rule kept


@pytest.mark.parametrize(
    ("head", "line", "date", "body"),
    [
        (_DE_HEAD, "Oberland Rundschau", _DE_DATE, _DE_BODY),
        (_DE_HEAD, "Heimatkurier", _DE_DATE, _DE_BODY),
        (_ZH_HEAD, "江南晚报", _ZH_DATE, _ZH_BODY),
        (_JA_HEAD, "北海道新報", _ZH_DATE, _JA_BODY),
    ],
)
def test_a_masthead_over_the_date_stays_the_outlet(tmp_path: Path, head: str, line: str, date: str, body: str) -> None:
    article = _article(tmp_path, head, line, date, body)
    assert (article.title, article.outlet) == (head, line)
