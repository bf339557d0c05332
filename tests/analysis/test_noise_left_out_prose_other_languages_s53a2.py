"""Paragraphs of the article in a language other than English that the HTML extractor left out
between kept paragraphs (issue #14, round s53-a2; unseen18 urdupoint-1 as HTML: the report's two
opening paragraphs, "ڈبلن (اردو پوائنٹ …) …", between the byline and "(جاری ہے)", were
outside-article). The rescue of a left-out run between kept lines asked each line to be a sentence
by English's function words (stop density 0.15), none of which an Urdu, Swedish or Russian sentence
holds. On a page whose main text does not read as English, a sentence is told by its closing mark.
The reported shape (its lines shortened) and two variants of our own; guards: other stories'
titles and a menu's row, written without a sentence's end, stay out. Blocks and what the extractor
left out are given as the HTML reader gives them."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.blocks import Block

OUT = (None, "the page outside the main text")

# Each case: the kept lines before, the left-out run, the kept lines after.
CASES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "reported-urdu": (
        [
            "فخر اور رضوان کا لاٹھی چارج، پاکستان دوسرے ٹی ٹونٹی میں کامیاب",
            "ذیشان مہتاب اتوار 12 مئی 2024 23:04",
        ],
        [
            "ڈبلن (اردو پوائنٹ تازہ ترین اخبار ۔ 12 مئی 2024ء ) دوسرے ٹی ٹوئنٹی انٹرنیشنل میچ میں پاکستان نے"
            " آئرلینڈ کو 7 وکٹوں سے شکست دے کر سیریز 1-1 سے برابر کر دی۔",
            "آئر لینڈ کے بلے بازوں نے میچ کا آغاز دھواں دار انداز میں کیا اور پہلے تین اوورز میں کوئی وکٹ"
            " گنوائے بغیر شاہین آفریدی کو نشانہ بنایا۔",
        ],
        [
            "(جاری ہے)",
            "اس کے بعد ہیری ٹیکٹر 32 سکور بنا کر عباس آفریدی کی گیند پر آوٹ ہوئے۔",
        ],
    ),
    "swedish": (
        [
            "Regeringen vill sänka skatten på bensin redan i höst, enligt ett förslag som presenterades på tisdagen.",
        ],
        [
            "Förslaget innebär att priset vid pumpen sjunker med ungefär en krona per liter från och med oktober.",
            "Oppositionen kallar beslutet för ett valfläsk och menar att pengarna borde gå till kollektivtrafiken.",
        ],
        [
            "Finansministern säger att sänkningen ska finansieras genom ökade intäkter från bolagsskatten.",
        ],
    ),
    "russian": (
        [
            "Власти города объявили о закрытии центрального моста на ремонт с понедельника.",
        ],
        [
            "По словам мэра, работы продлятся не меньше трёх месяцев, а объезд будет организован по набережной.",
        ],
        [
            "Жители соседних районов уже жалуются на пробки и просят пустить дополнительные автобусы.",
        ],
    ),
}


def _labels(before: list[str], run: list[str], after: list[str]) -> dict[str, tuple[str, str] | None]:
    lines = [("title", before[0]), *(("paragraph", t) for t in before[1:] or before)]
    lines += [("paragraph", t) for t in run] + [("paragraph", t) for t in after]
    blocks: list[Block] = []
    at = 0
    for kind, text in lines:
        blocks.append(Block(at, at + len(text), kind, text))
        at += len(text) + 1
    first = len(lines) - len(run) - len(after)
    discarded: dict[int, tuple[str | None, str]] = dict.fromkeys(range(first, first + len(run)), OUT)
    labels = classify_article(blocks, discarded)
    return {b.text: lab for b, lab in zip(blocks, labels)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_left_out_paragraphs_in_another_language_are_the_articles(name: str) -> None:
    before, run, after = CASES[name]
    got = _labels(before, run, after)
    assert all(got[line] is None for line in run), {line: got[line] for line in run}


GUARDS: dict[str, list[str]] = {
    # other stories' titles (urdupoint-1's "most read" list), no sentence's end
    "urdu-teasers": [
        "رات گئے اسلام آباد میں تحریک انصاف کے مرکزی دفتر پر آپریشن",
        "گندم سستی ہونے پر پنجاب بھر میں آٹے، میدے اور سوجی کی قیمتوں میں واضح کمی ہوگئی",
        "کراچی کی مویشی منڈی میں 30 ہزار سے زائد مویشی پہنچ گئے",
    ],
    # a photo's credit closed by an abbreviation's full stop (unseen11 lrt-1, Lithuanian)
    "lithuanian-photo-credit": [
        "Kryžius, asociatyvi nuotr. / J. Stacevičiaus / LRT nuotr.",
    ],
    # a Swedish menu's row and a section's links
    "swedish-menu": [
        "Nyheter Sport Nöje Ekonomi Kultur Debatt",
        "Mer från Sverige",
        "Polisen söker vittnen efter branden i Malmö",
    ],
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_left_out_titles_and_menus_in_another_language_stay_out(name: str) -> None:
    """Guard: a run of lines with no sentence's end between kept paragraphs is no text of the article."""
    before, _run, after = CASES["reported-urdu" if name.startswith("urdu") else "swedish"]
    got = _labels(before, GUARDS[name], after)
    assert all(got[line] is not None for line in GUARDS[name]), {line: got[line] for line in GUARDS[name]}
