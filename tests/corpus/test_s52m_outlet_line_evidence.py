"""An outlet's line in a text's head needs evidence that it names an outlet (round s52-m).

Review s51-rv F8: a line closed by a common word that closes newspapers' names ("Today", "Star",
"Mail": ``lexicons.MEDIA_COMMON``) under the headline over the stamp names a paper only after "The"
or a place ("The Guardian", "Toronto Star", "Tevaro Today" where the text names Tevaro); after a
common word it is a column's, a newsletter's or a programme's name ("Markets Today", "Morning
Mail") and names no outlet. t13av N15: the outlet's name under the date line, over the prose,
names the outlet in Japanese, Korean and Russian as in English, and the split judges it a site
header there (it was article text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

BODY_EN = (
    "The volcano erupted shortly after 3am local time, sending an ash plume eleven kilometres into the sky, "
    "the meteorological office said, and flights across northern Europe were grounded within hours.\n"
)
BODY_TEVARO = (
    "Oil from the stricken carrier reached the beaches of Tevaro on Saturday, officials said, and clean-up "
    "crews worked through the night along the coast.\n"
)


def _outlet(tmp_path: Path, text: str) -> str | None:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a").outlet


@pytest.mark.parametrize(
    "line",
    # reported (s51-rv F8, c14) and variants: a desk, a column, a newsletter, a programme
    ["Markets Today", "Rising Star", "World Record", "Morning Mail", "Gold Standard", "Weekend Sun", "Science Express"],
)
def test_a_common_word_before_a_papers_word_names_no_outlet(tmp_path: Path, line: str) -> None:
    text = f"Ferry sinks off the coast as storm hits\n{line}\nSat 14 Mar 2026 09.10 GMT\n\n{BODY_EN}"
    assert _outlet(tmp_path, text) is None


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("The Guardian", BODY_EN),
        ("The Argus", BODY_EN),
        ("Toronto Star", BODY_EN),
        ("Perth Evening Mirror", BODY_EN),
        ("Tevaro Today", BODY_TEVARO),
    ],
)
def test_the_or_a_place_before_a_papers_word_names_the_outlet(tmp_path: Path, line: str, body: str) -> None:
    text = f"Ferry sinks off the coast as storm hits\n{line}\nSat 14 Mar 2026 09.10 GMT\n\n{body}"
    assert _outlet(tmp_path, text) == line


JA = (
    "テバロ沖のケスラ礁で14日未明、貨物船が座礁し、燃料油が流出した。海上保安当局によると、乗組員は全員救助された。"
    "地元の漁業者は被害の拡大を心配している。\n"
)
KO = (
    "테바로 케스라 암초에서 14일 새벽 화물선이 좌초해 중유 약 340톤이 유출됐다고 당국이 밝혔다. "
    "승무원은 모두 구조됐으며 어민들은 피해 확산을 우려하고 있다.\n"
)
RU = (
    "Сильные дожди вызвали наводнение в пригородах, сотни жителей были эвакуированы из своих домов, "
    "сообщили в МЧС. Пострадавших нет, спасатели продолжают работу на улицах города и в соседних районах.\n"
)


@pytest.mark.parametrize(
    ("headline", "stamp", "line", "body"),
    [
        # reported (t13av N15: asahi_kaiun_ja, yonhap_ko, ria_ru)
        ("貨物船が座礁、燃料油が流出", "2026年3月14日 15:20", "東海新報", JA),
        ("테바로 해안서 화물선 좌초…기름 340톤 유출", "2026년 3월 14일 16:30", "한빛통신", KO),
        ("Сухогруз сел на риф у побережья Теваро", "16 марта 2026 г.", "Северное агентство новостей", RU),
        # variants: other names, stamps with times
        ("豪雨で川が氾濫、数百人が避難", "2027年6月2日 08:10", "北海日報", JA),
        ("폭우로 강 범람…주민 수백 명 대피", "2027년 6월 2일 08:10", "남해일보", KO),
        ("Наводнение затопило пригороды Казани", "2 июня 2027 г., 08:10", "Волжская газета", RU),
        # and the English layout it matches
        ("Ship hits reef near port, leaks fuel oil", "14 March 2026", "Halvik Herald", BODY_EN),
    ],
)
def test_the_outlets_line_under_the_date_line_names_the_outlet_in_any_script(
    tmp_path: Path, headline: str, stamp: str, line: str, body: str
) -> None:
    (tmp_path / "a.txt").write_text(f"{headline}\n{stamp}\n{line}\n\n{body}", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.outlet == line
    assert article.title == headline
    assert split_noise(article).is_noise(article.text.index(line)), "the outlet's line is no article text"
