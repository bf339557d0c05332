"""Boilerplate reasons quote their cue whole (issue #14, round s33-l, t13w F8): a credit line's
reason quoted the rule's match cut after the name's first letter ("Photograph: K"), and a
caption's closing credit with the sentence's mark before it (". Photograph: Jan Berg/Getty
Images"). The cue is quoted to the end of its clause, with no mark before it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_PROSE = (
    "Five people have died after a blast at the Veltmark Chemicals plant, and dozens more were injured "
    "when a storage tank exploded early on Saturday morning.\n\n"
    "Firefighters worked through the morning to stop the fire spreading to two storage tanks holding "
    "solvents, the regional fire service said.\n\n"
)
_TAIL = (
    "Fire chief Torben Ekholm said the blast crater was about 6 metres deep. Windows were broken up to "
    "15 km away, he said.\n"
)

# credit line → the cue its reason quotes
CREDITS = {
    "Photograph: Kari Mo/KLV News 7": "Photograph: Kari Mo/KLV News 7",
    "Picture: Per Lund/Nordic Press": "Picture: Per Lund/Nordic Press",
    "Foto: Anna Berg/dpa": "Foto: Anna Berg/dpa",
    "Smoke rises over the town. Credit: Ola Nordmann/Reuters": "Credit: Ola Nordmann/Reuters",
    "Rescuers at work on Friday! Photo: Jan Berg, AFP": "Photo: Jan Berg, AFP",
}

_COASTAL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Seven dead after Kalvik chemical blast | The Coastal Times</title>
<meta property="og:site_name" content="The Coastal Times">
<meta property="og:title" content="Seven dead after Kalvik chemical blast">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Seven dead after Kalvik chemical blast</h1>
<p>The death toll from Saturday's explosion at the Veltmark Chemicals plant in Kalvik has risen to seven,
the regional health authority said on Saturday evening, after two badly burned workers died in hospital.</p>
<p>Forty-two people were treated for injuries, eleven of them for serious burns. About 2,000 residents spent
the day in emergency shelters.</p>
<figure><img src="x.jpg"><figcaption>Smoke rises over Kalvik. Photograph: Jan Berg/Getty Images</figcaption></figure>
</article></main>
<footer><p>© 2026 The Coastal Times. All rights reserved.</p></footer>
</body></html>
"""


def _noise(capsys: pytest.CaptureFixture[str], corpus: Path, doc: str) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "noise", doc, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    return list(got["docs"][0]["noise"])


@pytest.mark.parametrize("line", list(CREDITS))
def test_credit_reason_quotes_whole_cue(line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "klv7-news.txt").write_text(
        f"Kalvik explosion: what we know so far\n\n{_PROSE}{line}\n\n{_TAIL}", encoding="utf-8"
    )
    reasons = [b["reason"] for b in _noise(capsys, tmp_path, "klv7-news") if b["text"] == line]
    assert reasons == [f"photo caption or credit (“{CREDITS[line]}”)"]


def test_html_caption_reason_quotes_credit_without_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "coastaltimes.html").write_text(_COASTAL, encoding="utf-8")
    caption = "Smoke rises over Kalvik. Photograph: Jan Berg/Getty Images"
    reasons = [b["reason"] for b in _noise(capsys, tmp_path, "coastaltimes") if b["text"] == caption]
    assert reasons == ["photo caption or credit (“Photograph: Jan Berg/Getty Images”), outside the main text"]
