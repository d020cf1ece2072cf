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
from bisect import bisect_right
from dataclasses import dataclass

from analysis.statements.extract import Found
from analysis.statements.wordlists import HONORIFICS, LEADING_WORDS, TITLE_WORDS

#: Kinds of the statements this module finds.
SPEECH, TRANSCRIPT = "speech", "transcript"
#: The speaker type of a transcript's questions.
QUESTIONER = "questioner"

_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|de|van|von|bin|al))*"
#: A header line: a role and a name ("President: George W. Bush", "Speaker: Jane Roe").
_HEADER_RE = re.compile(rf"^\s*(?P<role>(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+)\s*:\s*(?P<name>{_NAME})\s*$")
#: A headline naming the document's speaker: "Address by President X", "… – statement by X".
_BY_RE = re.compile(
    rf"(?:^|[\s\-–—:|])(?P<genre>address|speech|remarks|statement|message|interview|op-ed|letter|"
    rf"press conference|news conference|briefing)\s+(?:of|by|from)\s+(?:the\s+)?(?P<name>{_NAME})\s*\.?\s*$",
    re.IGNORECASE,
)
#: A paragraph in the first person.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)\b")
#: A turn's label at a paragraph's start: "Q.", "Q:", "QUESTION:", "THE PRESIDENT.", "MR. PRICE:", "SECRETARY BLINKEN:".
_TURN_RE = re.compile(
    r"^[ \t]*(?P<label>Q|QUESTION|Question|(?:THE|MR\.?|MRS\.?|MS\.?|DR\.?)?\s?[A-Z][A-Z'’\-]+"
    r"(?:\s+[A-Z][A-Z'’\-]+){0,3})[.:][ \t]+(?=[A-Z\"“‘'(])",
    re.M,
)
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "Question"})
_LABEL_PREFIXES = frozenset({"THE", "MR", "MRS", "MS", "DR"})
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
    words = text.replace(",", " ").split()
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


def _label_speaker(label: str, speaker: DocumentSpeaker) -> tuple[str, str] | None:
    """Whose turn a label opens: the questioner, the document's speaker (by role or surname), or ``None``."""
    if label in _QUESTION_LABELS:
        return QUESTIONER, QUESTIONER
    words = [
        w.rstrip(".").title() for w in label.split() if w.rstrip(".").upper() not in {"THE", "MR", "MRS", "MS", "DR"}
    ]
    if not words:
        return None
    surname = speaker.name.split()[-1]
    if words[-1] == surname or " ".join(words) in {speaker.role.title(), speaker.role} or words[-1] == speaker.role:
        return speaker.name, "person"
    return None


def speaker_statements(text: str, speaker: DocumentSpeaker, taken: list[tuple[int, int]]) -> list[Found]:
    """The statements of a document's own speaker: its turns, and its first-person paragraphs.

    ``taken`` are the spans of statements already found in the text (quotations
    of other people); a paragraph overlapping one is left to them. A turn runs
    from its label to the next label, over paragraphs.
    """
    found: list[Found] = []
    labels = [(m.start(), m.end(), m.group("label")) for m in _TURN_RE.finditer(text)]
    turns = [(start, end, label) for start, end, label in labels if _label_speaker(label, speaker) is not None]
    covered: list[tuple[int, int]] = []
    for k, (start, end, label) in enumerate(turns):
        stop = turns[k + 1][0] if k + 1 < len(turns) else len(text)
        who = _label_speaker(label, speaker)
        said = text[end:stop].strip()
        if who is None or len(said) < 2:
            continue
        q_start = end
        q_end = q_start + len(text[end:stop].rstrip())
        found.append(Found(who[0], who[1], label, said, TRANSCRIPT, ":", "body", said[:300], said, q_start, q_end))
        covered.append((start, stop))
    others = _merged(sorted([*taken, *covered]))
    ends = [e for _, e in others]
    for m in _PARAGRAPH_RE.finditer(text):
        start, end = m.start(), m.end()
        k = bisect_right(ends, start)  # the first span ending after the paragraph starts
        if (k < len(others) and others[k][0] < end) or not _FIRST_PERSON_RE.search(m.group()):
            continue
        paragraph = m.group().strip()
        at = start + len(m.group()) - len(m.group().lstrip())
        mention, cue = speaker.role or speaker.name, f"({speaker.how})"
        end = at + len(paragraph)
        found.append(
            Found(speaker.name, "person", mention, paragraph, SPEECH, cue, "body", paragraph[:300], paragraph, at, end)
        )
    return sorted(found, key=lambda f: f.start)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans joined where they overlap, so that a search by end finds any span a range meets."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
