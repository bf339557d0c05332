"""A newsletter's sign-up box set between an article's paragraphs, as a page's text saves it.

The box is a form: its heading naming the newsletter ("CryptoSlate Daily Brief", "Daily Debrief
Newsletter"), a line or two selling it ("Daily signals, zero noise."), the e-mail field's label
("Email address", "Your Email"), the button ("Get the brief", "Get it!") and the form's notes and
messages ("Free. No spam. Unsubscribe any time.", "Whoops, looks like there was a problem. Please
try again.", "You're subscribed. Welcome aboard."). Each line alone is short and says little (the
pitch is even a sentence), so the phrase rules took the box for the article's text (issue #14,
unseen39 cryptoslate-1 and decrypt-1). The field's label, a line of its own, is what no article
writes: the box is found around it.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.noise.features import Feat, next_block
from waic_reader.index.analysis.noise.menus import SENTENCE_INSIDE
from waic_reader.index.analysis.noise.patterns import FOLD_CASE

SIGNUP_BOX = "newsletter sign-up box (its heading, pitch, e-mail field, button and notes)"

# An e-mail field's label or placeholder alone on its line: "Email address", "Your Email", "Enter
# your e-mail address", "Ihre E-Mail-Adresse", "Votre adresse e-mail", "Tu correo electrónico".
_EMAIL_FIELD = re.compile(
    r"^\s*(?:(?:enter |type )?your |your work |work )?e-?mail(?: address| here)?\s*\*?\s*[:.]?\s*$"
    r"|^\s*(?:ihre |deine )?e-?mail(?:-adresse)?\s*\*?\s*$"
    r"|^\s*(?:votre |ton )?adresse (?:e-?mail|électronique|courriel)\s*\*?\s*$"
    r"|^\s*(?:tu |su )?(?:correo(?: electrónico)?|e-?mail)\s*\*?\s*$"
    r"|^\s*(?:seu |o seu )?(?:e-?mail|endereço de e-?mail)\s*\*?\s*$",
    FOLD_CASE,
)
# What names the newsletter in the box's heading or pitch.
_OFFER = re.compile(
    r"\b(?:newsletters?|briefs?|briefing|digest|debrief|bulletin|inbox|subscribe|sign up|alerts)\b"
    r"|\bnewsletter|\babonn|\bsuscr",
    FOLD_CASE,
)
# The box's lines above the field: at most this many, each of at most this many words (a
# pitch's sentence; the article's paragraphs are longer, and end the search).
_ABOVE = 4
_PITCH_WORDS = 30
# Under the field: the button (a few words: "Get the brief", "Get it!", "Sign up"), then at most this many short notes or messages of at most this
# many words, each a sentence ("Free. No spam. Unsubscribe any time.").
_BUTTON_WORDS = 5
_NOTES = 4
_NOTE_WORDS = 12
# What a form's note or message speaks of: the offer's terms (free, no spam, unsubscribe or cancel
# any time), the reader's data (privacy, policy, terms, consent), the form's own state (subscribed,
# signed up, thank you, welcome, check your inbox, confirm, try again, error, required, invalid).
# A short sentence under the button that says none of this is the article's again ("Vale Water was
# fined £2.3m last year." is a one-sentence paragraph, not a note): review s45 finding 8.
_FORM_NOTE = re.compile(
    r"\b(?:free|spam|unsubscribe|opt[ -]?out|cancel|any ?time|privacy|policy|terms|consent|agree|"
    r"subscribed|subscription|signed up|sign(?:ing)? up|thanks?|thank you|welcome|inbox|confirm\w*|"
    r"try again|problem|error|required|invalid|e-?mail)\b"
    r"|\b(?:kostenlos|kündbar|abmelden|datenschutz|gratuit|désabonn|désinscri|confidentialité|gratis|"
    r"baja|privacidad|cancelar|grátis|gratuito)",
    FOLD_CASE,
)


# "Email" alone is a share row's button as often as a field: a field's label names the address,
# the reader ("Your email") or is marked required or labelled ("Email *", "Email:").
_BARE_EMAIL = re.compile(r"^\s*e-?mail\s*$", FOLD_CASE)


def email_field(f: Feat) -> bool:
    """Whether a line is an e-mail field's label or placeholder alone (:data:`_EMAIL_FIELD`), not
    the bare word (:data:`_BARE_EMAIL`)."""
    return f.n <= 5 and _EMAIL_FIELD.match(f.text) is not None and _BARE_EMAIL.match(f.text) is None


# A form's message of two sentences, the first closed inside the line ("Thank you for signing up!
# Sign up for more newsletters here").
# The most lines of a pitch between a box's heading and its button when the page saved no field,
# and the fewest words of the article's paragraph straight above such a box.
_PITCH_LINES = 2
_PARAGRAPH_WORDS = 20


def _fieldless_box(feats: list[Feat], labels: list[tuple[str, str] | None], i: int) -> tuple[list[int], int] | None:
    """A sign-up box whose e-mail field the page's text did not keep, from its heading at ``i``:
    a line a phrase rule read as a call to action that names the newsletter (:data:`_OFFER`: "Get
    Fast Forward in your inbox:"), then one or two lines of pitch (:data:`_PITCH_WORDS` words or
    fewer, no rule's label: "Forget yesterday's news. Get what you need today in this early-morning
    email."), then the button, another call to action of :data:`_BUTTON_WORDS` words or fewer ("Sign
    Up"); the box is set under a paragraph of the article (:data:`_PARAGRAPH_WORDS` words or more,
    a sentence). Returns the box's lines (heading, pitch) and the button's index, or None. (Issue #14,
    unseen46 bostonglobe-1: the pitch and the form's message stayed the article's.)"""
    lab = labels[i]
    if lab is None or lab[0] != "call-to-action" or feats[i].n > _PITCH_WORDS or not _OFFER.search(feats[i].text):
        return None
    up = next_block(feats, i, -1)
    if up is None or labels[up] is not None or feats[up].n < _PARAGRAPH_WORDS or not feats[up].sentence_end:
        return None  # (set between the article's paragraphs: a page's header may show a prompt and a pitch too)
    box = [i]
    k = next_block(feats, i, 1)
    while k is not None and labels[k] is None and feats[k].n <= _PITCH_WORDS and len(box) <= _PITCH_LINES:
        box.append(k)
        k = next_block(feats, k, 1)
    if len(box) == 1 or k is None or (lab_k := labels[k]) is None or lab_k[0] != "call-to-action":
        return None
    return box, k


def signup_boxes(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """Label each sign-up box's lines ``("call-to-action", SIGNUP_BOX)`` in place; return the boxes'
    lines (set between the article's paragraphs, a box does not split its main text).

    Around each e-mail field line (:func:`email_field`): above it, up to the farthest line naming
    the newsletter (:data:`_OFFER`) within :data:`_ABOVE` lines of :data:`_PITCH_WORDS` words or
    fewer; under it, the button line (:data:`_BUTTON_WORDS` words or fewer), then up to
    :data:`_NOTES` sentences of :data:`_NOTE_WORDS` words or fewer that speak of the form
    (:data:`_FORM_NOTE`); the first that does not is the article's again and ends the box. Lines
    another rule labelled keep their labels. Linear in the blocks.
    """
    out: set[int] = set()
    for i, f in enumerate(feats):
        if not f.n:
            continue
        if email_field(f):
            box = [i]
            above: list[int] = []
            top = 0
            up = next_block(feats, i, -1)
            while len(above) < _ABOVE and up is not None and feats[up].n <= _PITCH_WORDS:
                above.append(up)
                if _OFFER.search(feats[up].text):
                    top = len(above)
                up = next_block(feats, up, -1)
            box += above[:top]
            button = next_block(feats, i, 1)
        elif (found := _fieldless_box(feats, labels, i)) is not None:
            box, button = found
            top = len(box) - 1  # (so that the notes are counted below as for a box with its field)
        else:
            continue
        if button is not None and feats[button].n <= _BUTTON_WORDS:
            if button not in box:
                box.append(button)
            note = next_block(feats, button, 1)
            while len(box) - top - 2 < _NOTES and note is not None:
                if not (
                    feats[note].n <= _NOTE_WORDS
                    and (feats[note].sentence_end or SENTENCE_INSIDE.search(feats[note].text))
                    and _FORM_NOTE.search(feats[note].text)
                ):
                    break
                box.append(note)
                note = next_block(feats, note, 1)
        out.update(box)
        for k in box:
            if labels[k] is None:
                labels[k] = ("call-to-action", SIGNUP_BOX)
    return out
