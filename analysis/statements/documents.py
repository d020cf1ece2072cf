"""Documents whose speaker is the author: speeches, addresses, statements, transcripts of one speaker.

A document names its speaker in a header line (``President: George Washington``)
or in its headline (``… – address by President Volodymyr Zelenskyy``,
``Remarks by Prime Minister Jane Roe``). Its first-person paragraphs are then
that speaker's statements (kind ``speech``); a transcript's turns labelled with
the speaker's role (``THE PRESIDENT:``) are theirs too, and questions (``Q.``,
``Q:``, ``Question:``) are kept as the questioner's. A news story *about* a
speech names no such speaker in its headline, so its text stays the reporter's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.statements.extract import Found, not_a_name_label
from analysis.statements.names import SpanSet, first_names
from analysis.statements.wordlists import HONORIFICS, LEADING_WORDS, SOURCE_NOUNS, TITLE_WORDS

#: Kinds of the statements this module finds.
SPEECH, TRANSCRIPT = "speech", "transcript"
#: The speaker type of a transcript's questions.
QUESTIONER = "questioner"

_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|de|van|von|bin|al))*"
#: A header line: a role and a name ("President: George W. Bush", "Speaker: Jane Roe").
_HEADER_RE = re.compile(rf"^\s*(?P<role>(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+)\s*:\s*(?P<name>{_NAME})\s*$")
#: A headline naming the document's speaker: "Address by President X", "… – statement by X".
_BY_RE = re.compile(
    rf"(?:^|[\s\-–—:|])(?P<genre>address|speech|remarks|statement|message|interview|op-ed|letter|q\s?&\s?a|"
    rf"conversation|press conference|news conference|briefing)\s+(?:of|by|from|with)\s+(?:the\s+)?"
    rf"(?P<name>{_NAME})\s*\.?\s*$",
    re.IGNORECASE,
)
#: A paragraph in the first person.
FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)\b")
#: A turn's label at a paragraph's start: "Q.", "Q:", "QUESTION:", "THE PRESIDENT.", "MR. PRICE:", "SECRETARY BLINKEN:".
_TURN_RE = re.compile(
    r"^[ \t]*(?P<label>Q|QUESTION|Question|(?:THE|MR\.?|MRS\.?|MS\.?|DR\.?)?[ \t]?[A-Z][A-Z'’\-]+"
    r"(?:[ \t]+[A-Z][A-Z'’\-]+){0,3})[.:][ \t]+(?=[A-Z\"“‘'(])",
    re.M,
)
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "Question"})
#: Labels of an interview's answers: the interviewee's turns (the document's speaker, when known).
_ANSWER_LABELS = frozenset({"A", "ANSWER", "Answer"})
_LABEL_PREFIXES = frozenset({"THE", "MR", "MRS", "MS", "DR"})
#: Words of a label that make it a role, not a name ("THE MODERATOR", "AUDIENCE MEMBER").
_SOURCE_WORDS = frozenset(SOURCE_NOUNS) | {"audience", "announcer", "narrator", "participant", "member"}
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


@dataclass(frozen=True)
class DocumentSpeaker:
    """Who a document is by: ``name`` (a person's name), the ``role`` it gives them, and ``how`` it was read."""

    name: str
    role: str
    how: str


def _person_name(text: str) -> tuple[str, str] | None:
    """A name without its leading titles and honorifics, and the titles: ``("Volodymyr Zelenskyy", "President")``.

    ``None`` when what is left is not a person's name (no word, a role only,
    a word that opens sentences).
    """
    words = text.replace(",", " ").strip(" .;:").split()
    k = 0
    while k < len(words) and (words[k].rstrip(".") in TITLE_WORDS or words[k].rstrip(".") in HONORIFICS
                              or words[k] in {"of", "the"}):  # fmt: skip
        k += 1
    name = words[k:]
    if not 2 <= len(name) <= 4 or name[0] in LEADING_WORDS or any(w.rstrip(".") in TITLE_WORDS for w in name[-1:]):
        return None
    return " ".join(name), " ".join(words[:k])


def document_speaker(title: object) -> DocumentSpeaker | None:
    """The speaker a document's header line or headline names, or ``None`` (most news stories)."""
    if not isinstance(title, str) or not title.strip():
        return None
    header = _HEADER_RE.match(title)
    if header and header.group("role") in TITLE_WORDS | {"Author", "Speaker", "Byline"}:
        found = _person_name(header.group("name"))
        if found:
            return DocumentSpeaker(found[0], header.group("role"), "header")
    by = _BY_RE.search(title)
    if by:
        found = _person_name(by.group("name"))
        if found:
            return DocumentSpeaker(
                found[0], found[1] or by.group("genre").lower(), f"headline ({by.group('genre').lower()})"
            )
    return None


def speaker_from_column(value: object) -> DocumentSpeaker | None:
    """The speaker a ``speaker`` column names ("President Vladimir Putin" → Vladimir Putin), or ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    found = _person_name(value)
    return DocumentSpeaker(*found, "speaker column") if found else DocumentSpeaker(value.strip(), "", "speaker column")


def _label_speaker(label: str, speaker: DocumentSpeaker) -> tuple[str, str] | None:
    """Whose turn a label opens: the questioner, the document's speaker (by role or surname), or ``None``."""
    if label in _QUESTION_LABELS:
        return QUESTIONER, QUESTIONER
    if label in _ANSWER_LABELS:
        return speaker.name, "person"
    words = [
        w.rstrip(".").title() for w in label.split() if w.rstrip(".").upper() not in {"THE", "MR", "MRS", "MS", "DR"}
    ]
    if not words:
        return None
    surname = speaker.name.split()[-1]
    if words[-1] == surname or " ".join(words) in {speaker.role.title(), speaker.role} or words[-1] == speaker.role:
        return speaker.name, "person"
    return None


def _other_speaker(label: str) -> tuple[str, str] | None:
    """Who a capitals label other than the document speaker's names, in a dialogue.

    "MR. CARTER", "DR. FAUCI", "SECRETARY MNUCHIN" → the person ("Carter", "Fauci",
    "Mnuchin"; joined to a full name across the corpus); "THE MODERATOR",
    "AUDIENCE MEMBER" → an unnamed source ("the moderator", "audience member");
    ``None`` for a label that names no one ("NOTE").
    """
    words = [w.rstrip(".") for w in label.split()]
    the = bool(words) and words[0].upper() == "THE"
    words = words[the:]
    honorific = bool(words) and words[0].upper() in _LABEL_PREFIXES
    words = words[honorific:]
    k = 0
    while k < len(words) and (words[k].title() in TITLE_WORDS or words[k].lower() in {"under", "of", "the"}):
        k += 1
    name = [w.title() for w in words[k:]]
    role = not honorific and any(w.lower() in _SOURCE_WORDS for w in words)  # "THE MODERATOR", "AUDIENCE MEMBER"
    if name and not role and len(name) <= 3 and (honorific or k or len(name) > 1 or not not_a_name_label(name[0])):
        return " ".join(name), "person"
    if words and not honorific and (role or all(not_a_name_label(w) or w.title() in TITLE_WORDS for w in words)):
        return ("the " if the else "") + " ".join(w.lower() for w in words), "unnamed"
    return None


#: A turn's label naming a person, at a paragraph's start or inline after a sentence or a "* * *" separator:
#: "President of Russia Vladimir Putin: Good afternoon", "… as agreed. Dmitry Peskov: Yes." (flattened bodies).
#: Matched backwards from each colon (:data:`_COLON_RE`), so a text without such colons costs one search.
_NAMED_LABEL_RE = re.compile(
    r"(?:^|(?<=[.!?…\"”]\s)|(?<=\*\s)|(?<=\n))[ \t]*(?P<label>(?:[A-Z][\w.'’\-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,7}"
    r"[A-Z][\w'’\-]*)$"
)
_COLON_RE = re.compile(r":[ \t]+(?=[A-Z\"“‘'(])")
#: How far before a colon a label may start.
_LABEL_REACH = 120
#: How far after a label a section heading's text names its person again, in the third person.
_HEADING_REACH = 400


def _named_labels(text: str):
    """``(label start, end after the colon, label)`` of each named label in the text."""
    for colon in _COLON_RE.finditer(text):
        lo = max(0, colon.start() - _LABEL_REACH)
        m = _NAMED_LABEL_RE.search(text, lo, colon.start())
        if m is not None:
            yield m.start("label"), colon.end(), m.group("label")


def _named_speaker(label: str, speaker: DocumentSpeaker | None = None) -> tuple[str, str] | None:
    """The person an inline label names ("President of Russia Vladimir Putin" → Vladimir Putin), else ``None``.

    A question's label names the questioner; an answer's, the document's speaker when known.
    """
    if label in _QUESTION_LABELS or label.rstrip(".") == "Q":
        return QUESTIONER, QUESTIONER
    if label in _ANSWER_LABELS:
        return (speaker.name, "person") if speaker is not None else None
    words = label.split()
    known = first_names()
    first = next((k for k, w in enumerate(words) if w in known), None)  # the name starts at a given name
    if first is None or not 2 <= len(words) - first <= 4 or any(w.rstrip(".") in TITLE_WORDS for w in words[first:]):
        return None
    return " ".join(words[first:]), "person"


def _names_again(text: str, label: tuple[int, int, str, tuple[str, str] | None], following: list) -> bool:
    """Whether an inline label's person is named again in what follows it: a section heading, not a turn.

    "Bernie Sanders: Credit scores On his website, Senator Bernie Sanders calls for …" is a story's section
    about Sanders; a speaker in a transcript does not name themselves in full. Read up to the next label.
    """
    _, end, written, who = label
    if who is None or who[1] != "person" or " " not in who[0] or written.isupper():  # not "THE PRESIDENT."
        return False
    stop = min(end + _HEADING_REACH, following[0][0] if following else len(text))
    return who[0] in text[end:stop]


def transcript_turns(text: str, speaker: DocumentSpeaker | None) -> list[Found]:
    """The turns of a transcript: each label's words, up to the next label (kind ``transcript``).

    Labels are roles or names in capitals at a paragraph's start (``THE PRESIDENT.``,
    ``Q.``, read only in a document whose speaker is known; in a dialogue, where two
    such labels are the speaker's or questions, the others are other speakers:
    ``MR. SMITH.``, ``THE MODERATOR:``), and names with their
    titles at a paragraph's start or inline (``President of Russia Vladimir Putin:``,
    ``Question:``). A text without a known speaker is a transcript only when it
    holds at least two named labels.
    """
    labels: list[tuple[int, int, str, tuple[str, str] | None]] = []
    if speaker is not None:
        for m in _TURN_RE.finditer(text):
            labels.append((m.start(), m.end(), m.group("label"), _label_speaker(m.group("label"), speaker)))
        if sum(who is not None for *_, who in labels) >= 2:  # a dialogue: the other labels are other speakers
            labels = [(s, e, label, who or _other_speaker(label)) for s, e, label, who in labels]
    taken = SpanSet([(start, end) for start, end, *_ in labels])
    for start, end, label in _named_labels(text):
        if not taken.overlaps(start, end):
            who = _named_speaker(label, speaker)
            if who is not None and speaker is not None and who[0] == speaker.name.split()[-1]:
                who = (speaker.name, "person")
            labels.append((start, end, label, who))
    labels.sort()
    labels = [label for k, label in enumerate(labels) if not _names_again(text, label, labels[k + 1 : k + 2])]
    named = sum(who is not None and who[1] == "person" for *_, who in labels)
    if speaker is None and named < 2 and not any(label in _ANSWER_LABELS for _, _, label, _ in labels):
        return []  # a transcript has two named turns, or questions and answers
    found = []
    for k, (_, end, label, who) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else len(text)
        said = text[end:stop].strip()
        if who is None or len(said) < 2:
            continue
        at = end + len(text[end:stop]) - len(text[end:stop].lstrip())
        found.append(Found(who[0], who[1], label, said, TRANSCRIPT, ":", "body", said[:300], said, at, at + len(said)))
    return found


def speaker_statements(text: str, speaker: DocumentSpeaker, taken: list[tuple[int, int]]) -> list[Found]:
    """The statements of a document's own speaker: its turns, and its first-person paragraphs.

    ``taken`` are the spans of statements already found in the text (quotations
    of other people); a paragraph overlapping one is left to them.
    """
    found = transcript_turns(text, speaker)
    covered = [(f.start, f.end) for f in found]
    others = SpanSet([*taken, *covered])
    for m in _PARAGRAPH_RE.finditer(text):
        start, end = m.start(), m.end()
        if others.overlaps(start, end) or not FIRST_PERSON_RE.search(m.group()):
            continue
        paragraph = m.group().strip()
        at = start + len(m.group()) - len(m.group().lstrip())
        mention, cue = speaker.role or speaker.name, f"({speaker.how})"
        end = at + len(paragraph)
        found.append(
            Found(speaker.name, "person", mention, paragraph, SPEECH, cue, "body", paragraph[:300], paragraph, at, end)
        )
    return sorted(found, key=lambda f: f.start)
