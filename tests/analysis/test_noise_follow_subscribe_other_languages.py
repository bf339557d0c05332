"""A site's follow and subscribe prompt in another language is boilerplate, as its English twin is
(tester t13ai N13: "Síguenos en Facebook y Twitter. Suscríbete a nuestro boletín." stayed article
text in a Spanish story while "Follow us on … Subscribe to our newsletter." is split off). The
prompts are the one list of calls to action (corpus.page_links.CALL_PROMPTS) in the languages the
share lexicon reads. Inputs: the tester's Spanish story (copied from its corpus), a French and a
German story of our own; each story's paragraphs stay content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ai"

FRENCH = (
    "Le typhon Haruka fait neuf morts à Taïwan\n\n"
    "Le typhon Haruka a touché terre mardi dans le comté de Pingtung, faisant au moins neuf morts "
    "et 120 blessés, selon les pompiers.\n\n"
    "Plus de 35 000 personnes ont été évacuées à Kaohsiung et à Pingtung.\n\n"
    "Suivez-nous sur Facebook et Instagram. Abonnez-vous à notre newsletter.\n"
)
GERMAN = (
    "Taifun Haruka fordert neun Tote in Taiwan\n\n"
    "Der Taifun Haruka ist am Dienstag im Kreis Pingtung auf Land getroffen und hat mindestens "
    "neun Menschen getötet, teilte die Feuerwehr mit.\n\n"
    "Mehr als 35.000 Menschen wurden in Kaohsiung und Pingtung in Sicherheit gebracht.\n\n"
    "Folgen Sie uns auf X und Instagram. Abonnieren Sie unseren Newsletter.\n"
)

CASES = {
    "reported": (None, "Síguenos en Facebook y Twitter. Suscríbete a nuestro boletín.", "Más de 35.000 personas"),
    "french": (FRENCH, "Suivez-nous sur Facebook et Instagram. Abonnez-vous à notre newsletter.", "Plus de 35 000"),
    "german": (GERMAN, "Folgen Sie uns auf X und Instagram. Abonnieren Sie unseren Newsletter.", "Mehr als 35.000"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_follow_and_subscribe_prompt_in_another_language_is_boilerplate(tmp_path: Path, case: str) -> None:
    text, prompt, prose = CASES[case]
    if text is None:
        shutil.copy(FIXTURES / "el-faro-es.txt", tmp_path / "story.txt")
    else:
        (tmp_path / "story.txt").write_text(text, "utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(corpus.resolve("story")))
    assert [(s.text, s.kind) for s in split.noise if s.text == prompt] == [(prompt, "call-to-action")]
    assert any(s.text.startswith(prose) for s in split.content)
