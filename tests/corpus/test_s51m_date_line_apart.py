"""A date alone on its line under a headline is a line of its own in any language, never a wrapped
line of the headline, also where its month's name is not one the dates read (t13av N14, round
s51-m: a Hindi headline with a comma took "15 मार्च 2026" into the title)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("headline", "stamp", "body"),
    [
        (  # reported
            "तेवारो तट पर मालवाहक जहाज़ चट्टान से टकराया, तेल रिसाव",
            "15 मार्च 2026",
            "पोर्ट ऑब्राक के पास केसरा रीफ पर मालवाहक जहाज़ कोरल मेरिडियन शनिवार तड़के फँस गया, जिससे लगभग 340 टन "
            "भारी ईंधन तेल समुद्र में फैल गया।",
        ),
        (
            "ভোলায় ফেরি ডুবে নিখোঁজ ১২, উদ্ধার অভিযান চলছে জোরেশোরে",
            "14 মার্চ 2026",
            "ভোলার মেঘনা নদীতে শনিবার সকালে একটি ফেরি ডুবে গেছে বলে কর্তৃপক্ষ জানিয়েছে, উদ্ধারকাজ চলছে।",
        ),
        (
            "Kapal kargo kandas di karang dekat pelabuhan, minyak bocor",
            "March 15, 2026",
            "Sebuah kapal kargo kandas di karang pada Sabtu pagi dan menumpahkan minyak ke laut, kata pejabat.",
        ),
    ],
)
def test_date_line_is_not_the_headlines(tmp_path: Path, headline: str, stamp: str, body: str) -> None:
    (tmp_path / "a.txt").write_text(f"{headline}\n{stamp}\n\n{body}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.title == headline
    assert any(b.text.strip() == stamp for b in article.blocks)


def test_wrapped_prose_ending_on_a_date_runs_on(tmp_path: Path) -> None:
    # a hard-wrapped sentence whose last line is a date keeps it: the line before ends mid-sentence
    text = (
        "Ferry sinks off the coast\n\n"
        "The ferry, which had been inspected twice this year and passed both times, sank on\n"
        "15 March 2026.\n"
    )
    (tmp_path / "a.txt").write_text(text, "utf-8")
    blocks = Corpus.scan(tmp_path).article("a").blocks
    assert any("sank on\n15 March 2026." in b.text or "sank on 15 March 2026." in b.text for b in blocks)
