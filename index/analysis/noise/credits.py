"""Photo captions and their credits: a bare credit alone on its line ("X/Getty Images", "© X /
site", "X via AP"), captions closed by a credit ("(Photo: Jane Roe / AP)", "Credit: X",
"… 홍길동 기자"), the same bracketed credit under three pictures or more, a credit under a
caption, and a gallery's numbered slides.

Captions are the "image caption" boilerplate trafilatura and Boilerpipe drop by markup
(``<figcaption>``); in text they are told by their credits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from waic_reader.index.analysis.noise.block_rules import SAYS, is_bio, whole_cue
from waic_reader.index.analysis.noise.features import INNER_STOP, Feat, is_prose_block, next_block, snip
from waic_reader.index.analysis.noise.patterns import FOLD_CASE, NAMED_AGENCY, SIGNATURE, STAGE_DIRECTION
from waic_reader.index.corpus.blocks import ends_like_sentence

# A credit alone on its line: "Jane Roe/Getty Images", "© Jane Roe / stock.example.com (detail)",
# "Jane Roe via AP" (no label word: "Photo by", "Credit:" lines are credits of other layouts).
_BARE_CREDIT = re.compile(
    r"^(?:©\s*)?(?!(?:by|photo|photograph|image|picture|screenshot|credit|illustration|foto|bild|view|post)s?\b)"
    r"[^\W\d_][\w.'’&-]*(?:\s+[^\s/|]+){0,4}\s*[/|]\s*[^!?]{2,60}$"
    r"|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+via\s+(?:AP|Reuters|AFP|EPA|Getty Images)\W*$",
    FOLD_CASE,
)
_BARE_CREDIT_WORDS = 12
_CREDITED_CAPTION_WORDS = (6, 30)
_CAPTION_NAMES = 2
# A credit's two sides ("open 24/7", "and/or", "30 km/h" and "£2.50/£1.20 for children" are a
# sentence's): before the slash or bar two capitalised name words or more (particles between
# them), an agency or one word (a stock site's name); after it no lower-case word but a
# connector, an agency's or a credit's word ("dpa", "staff", "file"), a site's address or a
# bracketed note ("stock.example.com (detail)").
_CREDIT_MARK = re.compile(r"\s*[/|]\s*")
_CREDIT_AGENCY = re.compile(
    r"(?:AP|AFP|Reuters|EPA|Getty(?: Images)?|dpa|ANP|Xinhua|Alamy|Shutterstock|iStock(?:photo)?|imago(?: images)?"
    r"|Keystone|picture[ -]alliance|[A-Z]{2,8})$"
)
_CREDIT_PARTICLES = frozenset("van von der den de da di del la le du bin al".split())
_CREDIT_WORDS = frozenset(
    "via for of and the de la del du von und dpa istock istockphoto imago images picture alliance"
    " staff file handout courtesy photo foto".split()
)


def _credit_name(head: str) -> bool:
    """Two name words or more, each opening with a capital (or a letter of a script without
    case), name particles ("van", "de") between them: "Jane Roe", "Ángel de la Cruz"."""
    ws = head.split()
    names = [w for w in ws if w not in _CREDIT_PARTICLES]
    return len(names) >= 2 and ws[0] in names and all(w[:1].isalpha() and not w[:1].islower() for w in names)


def _bare_credit(text: str) -> bool:
    """Whether a line alone is a photo credit (:data:`_BARE_CREDIT`) and no sentence: in the
    slash or bar form, a name or agency before the mark and names after it."""
    if _BARE_CREDIT.match(text) is None or ends_like_sentence(text):
        return False
    parts = _CREDIT_MARK.split(text, maxsplit=1)
    if len(parts) == 1:
        return True  # "Jane Roe via AP"
    head = parts[0].removeprefix("©").strip()
    if not (_credit_name(head) or _CREDIT_AGENCY.match(head) or (len(head.split()) == 1 and head[:1].isalpha())):
        return False  # (one word: an agency or a stock site by its name, "Unsplash", "iStock")
    tail = re.sub(r"\([^()]*\)", " ", parts[1])
    return not any(
        w[:1].islower() and w.lower() not in _CREDIT_WORDS and "." not in w.strip(".")
        for w in re.findall(r"[^\W\d_][\w.'’-]*", tail)
    )


# A credit line with its label: "Photograph: Kari Lund/Getty Images", "Credit: Coastguard via AP",
# "Photo by Jane Roe/Halvik Post"; the phrase rule calls it a caption or credit, and its value
# (:func:`_credit_who`: names, agencies, credit words) says it is a credit, not a caption's sentence.
_LABELLED_CREDIT = re.compile(
    r"^(?:photograph|photo|picture|image|illustration|credit|foto|bild)s?(?: credit)?\s*(?:[:：]|\sby\s)"
    r"\s*(?P<who>[^.!?:：]{2,80}?)\W*$",
    FOLD_CASE,
)
# A sentence going on from the one before it (a cohesive tie: a connective or a pronoun opening
# it, "In contrast, WBG opted for …", "She said …"): the article's running prose, never a caption,
# which stands alone and names who and where.
_GOES_ON = re.compile(
    r"^\W*(?:in contrast|by contrast|in addition|as a result|of course|after that|however|meanwhile|instead"
    r"|still|yet|but|and|so|then|also|additionally|moreover|furthermore|afterwards|later|earlier"
    r"|he|she|they|it|we|i|his|her|their|its)(?=[\s,])",  # (not "Then-senator")
    FOLD_CASE,
)


# A reporting verb anywhere in the sentence ("Author X, from Y, said she started …"): a caption
# shows who and where, it reports no one's words.
_REPORTS = re.compile(rf"\b{SAYS}\b", FOLD_CASE)


def _credit_line(f: Feat, label: tuple[str, str] | None) -> bool:
    """Whether a line is a photo credit alone (up to :data:`_BARE_CREDIT_WORDS` words): bare
    (:func:`_bare_credit`, no label but the caption or copyright rules'), or with its label
    (:data:`_LABELLED_CREDIT`, which the caption rule names)."""
    if f.n > _BARE_CREDIT_WORDS or (label is not None and label[0] not in ("caption", "legal")):
        return False
    text = f.text.strip()
    if _bare_credit(text):
        return True
    m = _LABELLED_CREDIT.match(text)
    return label is not None and label[0] == "caption" and m is not None and _credit_who(m["who"])


def credited_captions(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A photo's caption beside its credit: a credit alone on its line (:func:`_credit_line`: bare,
    "Kari Lund/Getty Images", or with its label, "Photograph: Kari Lund/Getty Images") and on one
    side of it, not both, one sentence of 6 to 30 words closing with a full stop that names
    :data:`_CAPTION_NAMES` capitalised words or more after its first (who and where: "Then-senator
    Jane Roe speaks at a rally in Halvik, Maine."). Templates put the caption over the credit or
    under it; a short sentence of the article beside a credit with no caption ("Which brings us
    to the next story.") names no one, and when both sides could be the caption neither is taken.
    Nor is a sentence of the article's running prose beside a credit: one reporting speech
    (:data:`_REPORTS`: "Author X, from Y, said she …") or going on from the sentence before it
    (:data:`_GOES_ON`), or an author's note under their photo's credit (:func:`is_bio`); nor one with a caption unended on a labelled credit's other side (the
    caption there, "Jane Roe with Tom Lee. File image", the sentence the article's; a quote's
    signature there, "–Jane Roe, chef of the Ledger Grill", is no caption).
    """
    lines = [i for i, f in enumerate(feats) if f.n]

    def caption(pos: int) -> bool:
        if not 0 <= pos < len(lines) or labels[lines[pos]] is not None:
            return False
        f = feats[lines[pos]]
        text = f.text.strip()
        lo, hi = _CREDITED_CAPTION_WORDS
        return (
            lo <= f.n <= hi
            and text[-1:] in ".!"
            and text[:1] not in "\"“'‘"
            and INNER_STOP.search(text) is None
            and sum(1 for w in text.split()[1:] if w[:1].isupper()) >= _CAPTION_NAMES
        )

    def unended(pos: int) -> bool:
        # A caption set without its full stop ("Jane Roe with Tom Lee. File image") over a credit
        # with its label ("Image: GCIS"), as the templates printing those set them: the sentence on
        # the credit's other side is left in doubt. (A bare credit's other side may be another
        # story's headline, "Justice X rejects calls …", which leaves its caption be.)
        if not 0 <= pos < len(lines) or labels[lines[pos]] is not None:
            return False
        f = feats[lines[pos]]
        if SIGNATURE.match(f.text):
            # (A quote's signature, "–Bobby Benjamin, executive chef of Butchertown Grocery", over
            # a labelled credit is the article's; the caption is under the credit: unseen38's
            # gardenandgun-1.)
            return False
        names = sum(1 for w in f.text.split()[1:] if w[:1].isupper())
        return 0 < f.n <= _CREDITED_CAPTION_WORDS[1] and not f.sentence_end and names >= _CAPTION_NAMES

    def running(pos: int) -> bool:
        f = feats[lines[pos]]
        return _GOES_ON.match(f.text.strip()) is not None or _REPORTS.search(f.text) is not None or is_bio(f)

    for pos, i in enumerate(lines):
        lab = labels[i]
        if not _credit_line(feats[i], lab) or _data_row(feats, lines, pos):
            continue
        sides = [p for p in (pos - 1, pos + 1) if caption(p)]
        labelled = not _bare_credit(feats[i].text.strip())
        if len(sides) == 1 and not running(sides[0]) and not (labelled and unended(2 * pos - sides[0])):
            labels[lines[sides[0]]] = ("caption", "photo caption beside its credit")
            if lab is None:
                labels[i] = ("caption", "photo credit beside its caption")


def _data_row(feats: list[Feat], lines: list[int], pos: int) -> bool:
    """Whether a line written "label | value" is a data table's row, no photo credit (s31-h, t13s
    F3: "Victims | 7" under a table layout's paragraph made it a caption): what follows its bar
    holds no letter ("7", "1,200", "16%"), or a line beside it with as many bars is such a row (a
    run of rows, "Cause | Under investigation" beside "Passengers | 86"). A credit names who took
    the photo (credits in a run, "Kari Lund | AP" over "Jan Berg | Reuters", stay credits)."""

    def figures(k: int) -> bool:  # "label | figure"
        text = feats[lines[k]].text.strip()
        return "|" in text and not any(ch.isalpha() for ch in text.split("|", 1)[1])

    bars = feats[lines[pos]].text.count("|")
    if not bars:
        return False
    return figures(pos) or any(
        0 <= p < len(lines) and feats[lines[p]].text.count("|") == bars and figures(p) for p in (pos - 1, pos + 1)
    )


# A caption written as a sentence (or two) and closed by its photo credit, on the same line:
# "Police search the woods. Foto: Rescue Photo", "… on Tuesday. (Photo: Jane Roe / AP)", the
# credit's label in a few languages or a copyright sign ("… for glorifying terrorism. © Jane Roe":
# issue #14, s34-d, unseen29's lepoint-1), a "show more" control glued after it by the page.
_CREDIT_FIELD_END = re.compile(
    r"(?<=[.!?…\"”’)])\s+(?:[\[(]?(?:photos?|foto|fotó|fot\.|bild|images?|picture|photograph|credits?|kuva|zdjęcie"
    r"|crédit|créditos?)\s*[:：=]|©)\s*(?P<who>[^()\[\]:：=]{2,80}?)\s*[\])]?"
    r"(?:\s+(?:vis|se|les|läs|visa) mer|\s+show more)?\s*\.?$",
    FOLD_CASE,
)
# A sentence closed by a bracketed name, "… on Tuesday. (AP)", "… was sold. (Bespoke Real Estate)",
# the page's template maybe gluing it on ("… enough of.(Unsplash)"):
# a caption when an agency is named or the page closes two such lines so (an article's sentence
# ends with its full stop, not with a name in brackets after it).
_CREDIT_NAME_END = re.compile(r"[.!?][\"”’]?\s*\((?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\)\s*$")
_CREDIT_KO_END = re.compile(r"다\.\s*[가-힣]{2,4}\s?기자$")
_CLOSING_CREDIT_WORDS = 80
# How the reason of a caption whole in itself, its sentence closed by its credit, opens.
CLOSED_CAPTION = "photo caption closed by"
_CLOSING_CREDIT_LINES = 2


def _credit_who(who: str) -> bool:
    """A credit's value: names, agencies and credit words ("Jane Roe / AP", "Frank van Beek / UN
    Photo", "Bild Från Polisen"), no other lower-case word."""
    return not any(
        w[:1].islower() and w.lower() not in _CREDIT_WORDS and w.lower() not in _CREDIT_PARTICLES
        for w in re.findall(r"[^\W\d_][\w.'’-]*", who)
    )


def closing_credits(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """Captions written as sentences and closed by their credit on the same line (up to
    :data:`_CLOSING_CREDIT_WORDS` words): a credit field ("Foto: Rescue Photo", "(Photo: Jane Roe
    / AP)") after a sentence mark, its value names alone; a bracketed name after a full stop
    (an agency, or on :data:`_CLOSING_CREDIT_LINES` such lines of the page); a Korean caption's
    sentence closed by its photographer ("… 있다. 홍길동 기자").

    A bracketed name or a Korean reporter's name closing the article's last prose paragraph is the
    article's sign-off ("… at short notice. (AFP)", "… 덧붙였다. 김철수 기자"), not a caption; nor is
    such a line set in the run of prose, a paragraph on each side, longer than both. A bracketed stage direction or a name
    closed by a full stop ("(Applause.)", "(Laughter)") is no credit."""

    def prose(i: int) -> bool:
        return labels[i] is None and is_prose_block(feats[i], english=False)

    lines = [i for i, f in enumerate(feats) if f.n]
    last_prose = next((i for i in reversed(lines) if prose(i)), -1)
    place = {i: pos for pos, i in enumerate(lines)}

    def signed_off(i: int) -> bool:
        """The article's sign-off (no paragraph after it), or a paragraph of the prose run longer
        than the paragraphs on both sides of it (a caption between paragraphs is rarely so)."""
        if i >= last_prose:
            return True
        pos = place[i]
        if pos == 0 or pos + 1 >= len(lines):
            return False
        before, after = lines[pos - 1], lines[pos + 1]
        return prose(before) and prose(after) and feats[i].n > max(feats[before].n, feats[after].n)

    named: list[int] = []
    for i, f in enumerate(feats):
        if labels[i] is not None or not 0 < f.n <= _CLOSING_CREDIT_WORDS:
            continue
        text = f.text.strip()
        if (m := _CREDIT_FIELD_END.search(text)) is not None and _credit_who(m.group("who")):
            labels[i] = ("caption", f"{CLOSED_CAPTION} its credit (“{snip(whole_cue(text, m), 30)}”)")
        elif _CREDIT_KO_END.search(text) is not None:
            if not signed_off(i):
                labels[i] = ("caption", f"{CLOSED_CAPTION} its photographer's name")
        elif (m := _CREDIT_NAME_END.search(text)) is not None:
            who = m["who"]
            if not who.endswith(".") and not STAGE_DIRECTION.match(who) and not signed_off(i):
                named.append(i)
    agency = [
        i for i in named if (m := _CREDIT_NAME_END.search(feats[i].text.strip())) and NAMED_AGENCY.fullmatch(m["who"])
    ]
    for i in named if len(named) >= _CLOSING_CREDIT_LINES else agency:
        who = _CREDIT_NAME_END.search(feats[i].text.strip())
        labels[i] = ("caption", f"{CLOSED_CAPTION} its credit (“({who['who'] if who else ''})”)")
    _credited_paragraphs(feats, labels, prose)


# A credit field closing a sentence, bracketed or not: "… until Tuesday. (Photo: Jane Roe)",
# "… on Sunday. Photo: Jane Roe"; ``body`` is the sentence before it.
_CLOSING_FIELD = re.compile(
    r"^(?P<body>.*[.!?…][\"”’]?)\s+[\[(]?(?:photos?|foto|picture|image|photograph|credit)s?\s*[:：]\s*"
    r"(?P<who>[^()\[\]:：=.!?]{2,80}?)\s*[\])]?\W*$",
    FOLD_CASE,
)
_PARAGRAPH_BODY_WORDS = 6


def _credited_paragraphs(feats: list[Feat], labels: list[tuple[str, str] | None], prose: Callable[[int], bool]) -> None:
    """A paragraph of the article's prose closed by a credit is no caption (issue #13/#14, s17
    m4: "Two boats burned and the harbour master closed the quay until Tuesday. (Photo: Jane
    Roe)" was hidden whole). A line taken as a caption for the credit closing its sentence (of
    :data:`_PARAGRAPH_BODY_WORDS` words or more) is the article's again when it is a paragraph
    of the prose run, longer than the paragraph on each side of it (as :func:`closing_credits`
    judges a bracketed name), or when such lines are as many as the page's other paragraphs of
    prose: captions are set between an article's paragraphs, never most of them. (The credit
    stays in the paragraph: a segment is a whole block.)"""
    lines = [i for i, f in enumerate(feats) if f.n]
    credited: list[int] = []
    for i in lines:
        lab = labels[i]
        if lab is None or lab[0] != "caption" or lab[1].startswith("photo caption beside"):
            continue
        m = _CLOSING_FIELD.match(feats[i].text.strip())
        if m is None or not _credit_who(m["who"]):
            continue
        if len(m["body"].split()) >= _PARAGRAPH_BODY_WORDS:
            credited.append(i)
    if not credited:
        return
    others = sum(1 for i in lines if prose(i))
    place = {i: pos for pos, i in enumerate(lines)}
    found = set(credited)

    def paragraph(i: int) -> bool:
        return prose(i) or i in found

    def in_run(i: int) -> bool:
        pos = place[i]
        if pos == 0 or pos + 1 >= len(lines):
            return False
        before, after = lines[pos - 1], lines[pos + 1]
        return paragraph(before) and paragraph(after) and feats[i].n > max(feats[before].n, feats[after].n)

    every = len(credited) >= others
    for i in credited:
        if every or in_run(i):
            labels[i] = None


# A photo credit in brackets closing a line: "(Lucy Akins)", "(Courier staff)".
_BRACKET_CREDIT = re.compile(r"\(\s*([^\W\d_][^()]{1,40}?)\s*\)\W*$")
# A credit field in brackets closing a line, its label and value: "[Photo = Jane Roe]",
# "(Foto: Reuters)"; the label is one to three words. A colon between digits is a clock time's,
# never a field's: a live blog's "(Updated 10:01)" closing each entry is its stamp, not a credit
# field "Updated 10" repeated under pictures (issue #14, s18 item 5).
_BRACKET_FIELD = re.compile(
    r"[\[(]\s*([^\W\d_][^\[\]()=:：]{0,30}?)\s*(?:=|(?<!\d)[:：]|[:：](?!\d))\s*[^\[\]()=:：]{1,60}?\s*[\])]\W*$"
)
_CREDIT_REPEATS = 3
_CAPTION_WORDS = 40
# A note in brackets closing a line that says where its picture or video came from, in a few words:
# "(Video sent to our team by one of the protesters)", "(One of the protesters sent our team this
# photo.)", "(Video by Lorena)." (issue #14, unseen36 france24-1). An article's sentence names a
# photo in brackets once; a note under every picture is the pictures' captions.
_MEDIA_NOTE = re.compile(r"\(([^()]{2,80})\)\W*$")
_MEDIA_WORD = re.compile(
    r"\b(?:photo|picture|image|video|footage|foto|vídeo|imagen|imágenes|imagem|imagens|bild|immagine)(?:s|er|n)?\b",
    FOLD_CASE,
)
_MEDIA_NOTE_WORDS = 14


def _outermost(text: str, at: int) -> bool:
    """Whether the bracket opening at ``at`` stands in no other bracket: the text before it closes
    every bracket it opens. A caption's credit closes its line at the top level; a bracket inside
    another is code's nesting ("defmodule(Hello, do: ( … do: ( temp = a * b temp + c )) ))" read
    as a field "temp" under four pictures dropped a blog post's code; issue #14, unseen40
    elixir-1)."""
    head = text[:at]
    return head.count("(") + head.count("[") <= head.count(")") + head.count("]")


def repeated_credits(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """Captions whose credit the page repeats: lines of up to :data:`_CAPTION_WORDS` words closing
    with the same bracketed name (one to four capitalised words, "(Lucy Akins)"), on
    :data:`_CREDIT_REPEATS` lines or more. A how-to's pictures each carry their photographer's
    name; an article's sentence closes with a bracketed name once, not under every picture. Lines
    closing with the same bracketed field label (:data:`_BRACKET_FIELD`, "[Photo = …]") on as many
    lines are captions likewise, whatever the names after the label, and so are lines closing with a
    short bracketed note naming a picture or a video (:data:`_MEDIA_NOTE`, "(Video sent to our team
    by one of the protesters)") on as many lines, whatever its words."""
    found: dict[int, str] = {}
    fields: dict[int, str] = {}
    # Lines closing with a note on their picture or video (:data:`_MEDIA_NOTE`), one a phrase rule
    # took for a caption already among them ("(Photos provided by the fire brigade)").
    notes = [
        i
        for i, f in enumerate(feats)
        if ((lab := labels[i]) is None or lab[0] == "caption")
        and 0 < f.n <= _CAPTION_WORDS
        and (m := _MEDIA_NOTE.search(f.text)) is not None
        and len(m.group(1).split()) <= _MEDIA_NOTE_WORDS
        and _MEDIA_WORD.search(m.group(1)) is not None
    ]
    for i, f in enumerate(feats):
        if labels[i] is not None or not 0 < f.n <= _CAPTION_WORDS:
            continue
        if (m := _BRACKET_CREDIT.search(f.text)) is not None and _outermost(f.text, m.start()):
            name = m.group(1).split()
            if 1 <= len(name) <= 4 and all(w[0].isupper() for w in name):
                found[i] = " ".join(name)
        m = _BRACKET_FIELD.search(f.text)
        if m is not None and 1 <= len(m.group(1).split()) <= 3 and _outermost(f.text, m.start()):
            fields[i] = m.group(1).strip().lower()
    counts = Counter(found.values())
    for i, name in found.items():
        if counts[name] >= _CREDIT_REPEATS:
            labels[i] = ("caption", f"photo credit repeated under {counts[name]} pictures (“({snip(name, 30)})”)")
    # The same credit field under each picture, whoever took it: "[Photo = Jane Roe]", then
    # "[Photo = Reuters]" (in any language: the label repeats, not its words).
    counts = Counter(fields.values())
    for i, label in fields.items():
        if labels[i] is None and counts[label] >= _CREDIT_REPEATS:
            labels[i] = (
                "caption",
                f"photo credit field repeated under {counts[label]} pictures (“{snip(label, 30)}”)",
            )
    # A note on where each picture or video came from, in whatever words: "(Video sent to our team
    # by one of the protesters)", then "(One of the protesters sent our team this photo)".
    if len(notes) >= _CREDIT_REPEATS:
        for i in notes:
            if labels[i] is None:
                labels[i] = ("caption", f"a note on its picture or video, as under {len(notes)} pictures")


_SLIDE = re.compile(r"^\s*(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\b")
# A gallery slide is its counter line, a title and a caption or two, perhaps a credit.
_SLIDE_BLOCKS = 6


def gallery_lines(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """A photo gallery written out as text: counters "1/50 Title", "2/50 …" (three or more with the
    same total, rising) each followed by the slide's caption. Every slide is a caption block.

    Returns the gallery's blocks: an embedded gallery neither extends nor splits the article.
    """
    out: set[int] = set()
    counters: dict[int, list[tuple[int, int]]] = {}
    for i, f in enumerate(feats):
        m = _SLIDE.match(f.text)
        if m and 1 <= int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) >= 3:
            counters.setdefault(int(m.group(2)), []).append((i, int(m.group(1))))
    for total, found in counters.items():
        if len(found) < 3 or any(b[1] <= a[1] for a, b in zip(found, found[1:])):
            continue
        gaps = [sum(1 for k in range(a[0], b[0]) if feats[k].n) for a, b in zip(found, found[1:])]
        if max(gaps) > _SLIDE_BLOCKS:
            continue  # counters too far apart to be one gallery's slides
        ends = [b[0] for b in found[1:]]
        # The last slide: as many blocks as most slides before it have.
        rest = Counter(gaps).most_common(1)[0][0]
        k = found[-1][0]
        while k < len(feats) and rest > 0:
            rest -= 1 if feats[k].n else 0
            k += 1
        ends.append(k)
        for (start, number), end in zip(found, ends):
            for j in range(start, end):
                # The counter itself may read as a date ("3/12"): it is the slide's.
                if (labels[j] is None or j == start) and feats[j].n:
                    labels[j] = ("caption", f"photo gallery slide {number} of {total}")
                out.add(j)
    return out


# The most words of a photo's control line ("View larger image", "이미지 확대보기") and of the caption under it.
_PHOTO_MARK_WORDS = 4
_PHOTO_CAPTION_WORDS = 40


def photo_marks(
    feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool], span: tuple[int, int]
) -> tuple[set[int], set[int]]:
    """The article's photos shown by a control line repeated at each one ("이미지 확대보기", "View
    larger image") and the caption straight under it: like a gallery, furniture that neither extends nor
    splits the article (issue #14, unseen12 hankookilbo-1: a photo between the article's first
    paragraph and its second cut the first off).

    A control line is a short line (up to :data:`_PHOTO_MARK_WORDS` words, no sentence, no phrase
    rule's: a credit repeated at two photos, "Jane Roe/Getty Images", is no control) shown twice or more on the page, once inside the main run of prose ``span`` (block
    indices, inclusive) with prose above it in the run and a caption rule's line straight under it
    (a caption, a credit): the article itself sets it at a photo. (A share row's or a box's control
    repeated on the page, "Beitrag weitersagen", "Box aufklappen", has no caption under it.) Each
    one's caption is the next line, not prose and no phrase rule's (a caption rule's aside), up to
    :data:`_PHOTO_CAPTION_WORDS` words. Returns the block indices of the control lines, and of
    their captions."""
    seen: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        if f.n and f.n <= _PHOTO_MARK_WORDS and labels[i] is None and not f.sentence_end and not is_prose[i]:
            seen.setdefault(" ".join(f.text.split()).lower(), []).append(i)
    marks: set[int] = set()
    captions: set[int] = set()
    for places in seen.values():
        inside = [
            k
            for k in places
            if span[0] < k < span[1]
            and any(is_prose[j] for j in range(span[0], k))
            and (below := next_block(feats, k, 1)) is not None
            and (cap := labels[below]) is not None
            and cap[0] == "caption"
        ]
        if len(places) < 2 or not inside:
            continue
        for k in places:
            marks.add(k)
            under = next_block(feats, k, 1)
            if (
                under is not None
                and not is_prose[under]
                and ((lab := labels[under]) is None or lab[0] == "caption")
                and feats[under].n <= _PHOTO_CAPTION_WORDS
            ):
                captions.add(under)
    return marks, captions


def over_credit(feats: list[Feat], labels: list[tuple[str, str] | None], k: int) -> bool:
    """Whether the line after block ``k`` is a photo caption or credit ("Photo: Jane Roe"); not a
    caption whole in itself, its sentence closed by its credit (:func:`closing_credits`): the line
    over that is no part of it."""
    under = next_block(feats, k, 1)
    return (
        under is not None
        and (lab := labels[under]) is not None
        and lab[0] == "caption"
        and not lab[1].startswith(CLOSED_CAPTION)
    )
