"""A comments section outweighing a short article on a saved page (issue #14, unseen21): its
header in Dutch, Portuguese or Italian ("Reacties (5)"), each comment under its commenter's stamp
written without "at" ("hanna_v @pieterk • 6 september 2024 09:43") and over its reply link in the
page's language ("Reageer", "Responder", "Rispondi"). The comments' lines had been taken for the
main text and the article's paragraph for text before it. Each case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = ["Home", "Nieuws", "Reviews", "Forum", "Downloads", "Video", "Podcasts", "Inloggen", "Registreren"]

# (headline, the article's paragraph, comments header, reply word, month, comments' text lines)
_CASES: dict[str, tuple[str, str, str, str, str, list[str]]] = {
    "nl": (
        "Software-update: Quillpad 9.4.2",
        "Onlangs is versie 9.5 van Quillpad verschenen, maar nu heeft de Tavel Foundation ook een update voor de"
        " oudere versie 9.4 uitgebracht. Daarin zijn ruim dertig fouten verholpen, vooral in de tekstverwerker en in"
        " de export naar pdf, en de ontwikkelaars raden alle gebruikers aan om de update te installeren.",
        "Reacties (5)",
        "Reageer",
        "september",
        [
            "Zijn er nog mensen die dit gebruiken? Zelf gebruik ik het heel sporadisch, alleen voor een oud bestand.",
            "Zeker wel. Alleen al de ondersteuning voor het werken met grote tabellen is voor mij een verademing.",
            "Ik gebruik het dagelijks op mijn werk en thuis, en ik heb de betaalde pakketten nooit meer gemist.",
            "Bij mij crashte de vorige versie steeds bij het opslaan, dus ik ben benieuwd of dat nu opgelost is.",
            "Prima pakket, al zou ik graag zien dat de spellingscontrole eindelijk eens wat slimmer wordt gemaakt.",
        ],
    ),
    "pt": (
        "Atualização: Quillpad 9.4.2",
        "A versão 9.5 do Quillpad saiu há pouco, mas agora a Fundação Tavel também lançou uma atualização para a"
        " versão antiga 9.4. Mais de trinta erros foram corrigidos, sobretudo no editor de texto e na exportação"
        " para pdf, e os programadores recomendam que todos os utilizadores instalem a atualização.",
        "Comentários (5)",
        "Responder",
        "setembro",
        [
            "Ainda há quem use isto? Eu uso muito raramente, só para abrir um ficheiro antigo de vez em quando.",
            "Claro que sim. Só o suporte para trabalhar com tabelas grandes já é um alívio enorme para mim.",
            "Uso todos os dias no trabalho e em casa, e nunca mais senti falta dos pacotes pagos que usava antes.",
            "A versão anterior falhava sempre ao gravar, por isso estou curioso para ver se isso já foi resolvido.",
            "Bom pacote, mas gostava que a verificação ortográfica ficasse finalmente um pouco mais inteligente.",
        ],
    ),
    "it": (
        "Aggiornamento: Quillpad 9.4.2",
        "La versione 9.5 di Quillpad è uscita da poco, ma ora la Fondazione Tavel ha rilasciato anche un"
        " aggiornamento per la vecchia versione 9.4. Sono stati corretti più di trenta errori, soprattutto"
        " nell'editor di testo e nell'esportazione in pdf, e gli sviluppatori consigliano di installarlo.",
        "Commenti (5)",
        "Rispondi",
        "settembre",
        [
            "C'è ancora qualcuno che lo usa? Io lo uso molto di rado, solo per aprire ogni tanto un vecchio file.",
            "Certo che sì. Già solo il supporto per lavorare con tabelle grandi per me è un vero sollievo.",
            "Lo uso ogni giorno al lavoro e a casa, e non ho mai più sentito la mancanza dei pacchetti a pagamento.",
            "La versione precedente si bloccava sempre al salvataggio, quindi sono curioso di vedere se è risolto.",
            "Buon pacchetto, ma vorrei che il controllo ortografico diventasse finalmente un po' più intelligente.",
        ],
    ),
}
_HANDLES = ["hanna_v", "pieterk", "Ostrava77", "kwint", "MarenB"]


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_comment_thread_outweighing_a_short_article_is_comments(tmp_path: Path, lang: str) -> None:
    headline, paragraph, header, reply, month, comments = _CASES[lang]
    thread: list[str] = []
    for k, comment in enumerate(comments):
        # every comment twice as long as one line: two of its lines, as a reader's comment often runs
        thread += [f"{_HANDLES[k]} @{_HANDLES[k - 1]} • 6 {month} 2024 0{k}:4{k}", comment, comment.upper(), reply]
    lines = [*_MENU, headline, paragraph, "Facebook Linkedin X Whatsapp", header, *thread, "Privacy", "Cookies"]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    assert paragraph in content
    kept = [line for line in thread if line in content]
    assert not kept, kept
    noise = {s.kind for s in split.noise if s.text in thread}
    assert noise == {"comments"}
