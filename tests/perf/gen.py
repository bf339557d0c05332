"""Deterministic synthetic news corpus for the benchmark (seeded RNG, Zipf-ranked vocabulary).

Every article is a headline, sometimes a byline or an outlet line, 300–900 words of prose drawn
from a Zipf distribution over ~30k words (real English function and news words at the top,
generated words in the tail), sprinkled with real entity names, and some boilerplate: "Powered
by", trailing "Related" headline lists, "Tags:" lines and share prompts.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

GENERATOR_VERSION = 1
SEED = 20261121

# Real English, roughly by frequency: function words first (most are stop words for the index),
# then news vocabulary. The tail of the vocabulary is generated.
COMMON = """the of and to a in that is was he for it with as his on be at by i this had not are but
from or have an they which one you were her all she there would their we him been has when who will
more no if out so said what up its about into than them can only other new some could time these two
may then do first any my now such like our over man me even most made after also did many before must
through back years where much your way well down should because each just those people mr how too
little state good very make world still own see men work long get here between both life being under
never day same another know while last might us great old year off come since against go came right
used take three""".split()
NEWS = """government company market percent president minister country official report week billion
million economy trade policy security technology industry data model chip semiconductor investment
growth export sanction regulation summit conference delegate premier leader agency ministry bank
price share investor analyst research development network platform startup robot software hardware
cloud energy supply demand production factory worker labour union election vote parliament court
judge law bill committee spokesman statement interview source document plan strategy deal agreement
partnership alliance rival competition capacity infrastructure innovation artificial intelligence
machine learning compute training inference algorithm open source standard governance safety risk
ethics privacy surveillance military defence diplomatic foreign domestic global regional national
local city province capital border region crisis recovery inflation interest rate currency dollar
yuan euro tariff quota subsidy budget deficit revenue profit loss quarter annual forecast estimate
survey index stock exchange listing merger acquisition executive chairman founder engineer scientist
professor university student school hospital health climate emission carbon battery vehicle electric
autonomous satellite launch mission space telecom broadband wireless mobile phone device consumer
retail online digital content media outlet newspaper broadcast press freedom censorship protest
reform transition challenge opportunity concern warning threat attack response measure decision
announcement launch release update version feature product service customer user license patent
lawsuit fine penalty investigation probe inquiry hearing testimony witness evidence verdict appeal""".split()
ENTITIES = """Geoffrey Hinton|Eric Schmidt|Li Qiang|Xi Jinping|Donald Trump|Nvidia|Huawei|Alibaba|Tencent|
Baidu|DeepSeek|OpenAI|Google|Microsoft|Shanghai|Beijing|Shenzhen|Washington|Brussels|United States|
China|Japan|Germany|France|India|European Union|United Nations|World Artificial Intelligence Conference|
Jensen Huang|Sam Altman|Elon Musk|Tesla|Apple|Samsung|TSMC|Reuters|Xinhua""".replace("\n", "").split("|")
OUTLETS = [
    "Reuters",
    "Xinhua",
    "Bloomberg",
    "South China Morning Post",
    "The Guardian",
    "CNN",
    "BBC News",
    "Nikkei Asia",
    "Al Jazeera",
    "Financial Times",
    "TechCrunch",
    "The Verge",
    "Global Times",
    "Associated Press",
    "Le Monde",
    "Deutsche Welle",
    "Caixin",
    "Wired",
    "Axios",
    "Politico",
]
FIRST = "Jane John Wei Li Maria Ahmed Sarah David Chen Anna Kenji Priya Lucas Fatima Tom Yuki".split()
LAST = "Doe Smith Zhang Wang Garcia Khan Brown Miller Liu Rossi Tanaka Patel Martin Ali Lee Sato".split()
SYLLABLES = (
    "ka ri to ne sha mor ven tal pra lin dor ex qu ber sol min tra gon vel cor "
    "ast pel ium ane ous ist ment tion ly ble ard ick ound"
).split()

VOCAB_SIZE = 30_000
ZIPF_S = 1.05


def _vocabulary() -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    for w in itertools.chain(COMMON, NEWS):
        if w not in seen:
            seen.add(w)
            words.append(w)
    rng = random.Random(SEED)
    while len(words) < VOCAB_SIZE:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    # Interleave news words lower in the ranking so they are neither all top nor all tail.
    return words


VOCAB = _vocabulary()
_CUM: list[float] = list(itertools.accumulate(1.0 / (r**ZIPF_S) for r in range(1, VOCAB_SIZE + 1)))


def _sentence(rng: random.Random) -> str:
    n = rng.randint(8, 26)
    ws = rng.choices(VOCAB, cum_weights=_CUM, k=n)
    if rng.random() < 0.35:
        ws.insert(rng.randrange(n), rng.choice(ENTITIES))
    if rng.random() < 0.1:
        ws.insert(rng.randrange(n), f"{rng.randint(2, 900):,}")
    s = " ".join(ws)
    return s[0].upper() + s[1:] + "."


def _headline(rng: random.Random) -> str:
    ws = rng.choices(VOCAB[:3000], cum_weights=_CUM[:3000], k=rng.randint(5, 11))
    if rng.random() < 0.6:
        ws.insert(rng.randrange(len(ws)), rng.choice(ENTITIES))
    return " ".join(w[:1].upper() + w[1:] for w in ws)


def article_text(i: int) -> str:
    rng = random.Random(SEED * 1_000_003 + i)
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    lines = [_headline(rng)]
    style = rng.random()
    if style < 0.25:
        lines.append(f"By {rng.choice(FIRST)} {rng.choice(LAST)}")
    elif style < 0.45:
        lines.append(outlet)
    target = rng.randint(300, 900)
    total = 0
    first = True
    while total < target:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        if first and rng.random() < 0.3:
            para = f"{rng.choice(['Shanghai', 'Beijing', 'Washington', 'Tokyo'])} ({outlet}) - {para}"
        first = False
        lines.append(para)
        total += para.count(" ") + 1
    if rng.random() < 0.3:
        lines.append(f"Powered by {outlet}")
    if rng.random() < 0.25:
        lines.append("Related")
        lines.extend(_headline(rng) for _ in range(rng.randint(3, 6)))
    if rng.random() < 0.25:
        lines.append("Tags: " + ", ".join(rng.sample(NEWS[:80], 4)))
    if rng.random() < 0.15:
        lines.append("Share this article on Facebook Twitter LinkedIn Email")
    return "\n\n".join(lines) + "\n"


def long_article_text(words: int, i: int = 10**6) -> str:
    """One long feature (``words`` words or a paragraph more) written as :func:`article_text`
    writes its body: a headline, a byline, paragraphs of 2-5 sentences, a closing share line."""
    rng = random.Random(SEED * 1_000_003 + i)
    lines = [_headline(rng), f"By {rng.choice(FIRST)} {rng.choice(LAST)}"]
    total = 0
    while total < words:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        lines.append(para)
        total += para.count(" ") + 1
    lines.append("Share this article on Facebook Twitter LinkedIn Email")
    return "\n\n".join(lines) + "\n"


def ensure_corpus(root: Path, n: int) -> Path:
    """The corpus of ``n`` articles under ``root`` (generated once, reused while unchanged)."""
    folder = root / f"corpus-{n}-v{GENERATOR_VERSION}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:06d}.txt").write_text(article_text(i), "utf-8")
    marker.write_text("ok", "utf-8")
    return folder
