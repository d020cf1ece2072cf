"""Who is a person, by the corpus's own evidence: topic labels and one-word names that name no one.

Within one article the extractor takes "Platinum Jubilee: eight towns…" for a
speaker's turn and "Sony has announced" for a person. Across the corpus the
evidence is plain:

- a **label** ("Platinum Jubilee:", "Elden Ring:") that heads more than
  :data:`LABELS_PER_VERB` times as many statements as its bearer makes with a
  reporting verb anywhere, carries no title, stands alone (no other labelled
  speaker in its document, so it is not a dialogue) and is followed by words
  that are neither quoted nor in the first person is the topic of a headline,
  not a turn: those statements are dropped;
- a **one-word name** ("Sony", "Yukos", "Chelsea") that is nobody's surname in
  the corpus, never written after a first name, an honorific or a title
  anywhere in its texts, never followed by "he" or "she" and never quoted
  saying "I" or "my", is an organisation; one that is an ordinary word ("Up", "Patients", "Someone") is
  an unnamed source, and a statement of "he" or "she" read as one of them is
  kept as said by :data:`UNIDENTIFIED` (its antecedent was a misreading);
- a name whose first word is an organisation the corpus quotes by itself ("Activision
  Blizzard" where "Activision" speaks as one) is an organisation too.

"The company" and "the firm" said what the organisation their article quoted
last said ("Sony announced …; the company said …"); an organisation left
named by its kind alone ("the government", "the company") is unnamed.

People keep their type when there is any evidence for them: the registry
knows them, a full name in the corpus ends with them ("Blair") or starts with
them when they are a first name ("Serena"), they speak in the first person singular, or the texts give them a
first name, an honorific or a title.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis._engine.memory import keep_rows_consuming, shared_strings
from analysis.statements.documents import FIRST_PERSON_RE
from analysis.statements.entities import surname_of
from analysis.statements.extract import FIRST_PERSON_SINGULAR_RE, common_words
from analysis.statements.names import first_names, places, short_name
from analysis.statements.registry import SpeakerRegistry
from analysis.statements.wordlists import (
    HONORIFICS,
    NATIONALITIES,
    ORGANISATION_KINDS,
    THE_ORGANISATION_KINDS,
    TITLE_WORDS,
)

#: The cue of a labelled turn ("Name: …") and of the paragraphs that carry a quotation on.
LABEL_CUE = ":"
CONTINUES_CUE = "(continues)"
#: An organisation written by its kind (THE_ORGANISATION_KINDS) with a word or two in lower case that describe
#: it: "The chemicals-and-crops firm said". Only where a sentence opens with it ("JP Morgan, the US investment
#: bank, said" names its bank in apposition), and not with a nationality ("The US firm" may be another firm than
#: the one quoted last).
_GENERIC_DESCRIBED_RE = re.compile(
    r"The (?:[a-z][\w\-]* ){1,2}"
    rf"(?:{'|'.join(ORGANISATION_KINDS)})"
)
#: An organisation written by its kind alone, in lower case ("the government", "the ministry"): unnamed.
_GENERIC_RE = re.compile(r"^the(?: [a-z][\w'’\-]*)+$")
#: The speaker of a statement whose "he" or "she" was read as a word that names no one.
UNIDENTIFIED = "unidentified"
_PRONOUNS = frozenset({"he", "she"})
#: Two capitalised words in a row; the second may be a one-word speaker, the first its first name or title.
_PAIR_RE = re.compile(r"([A-Z][\w'’.\-]*)[ \t]+(?=([A-Z][\w'’\-]*))")
_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|You|Your)\b")
_QUOTE_MARKS = ('"', "“", "‘", "'", "«")
#: A label is a topic when it heads this many times more statements than its bearer makes with a verb.
LABELS_PER_VERB = 3
_CONTRACTION_RE = re.compile(r"^(?:I|We|You|They|He|She|It)['’]", re.I)


def speakers_by_evidence(
    frame: pd.DataFrame, texts: Iterable[object], registry: SpeakerRegistry
) -> tuple[pd.DataFrame, dict[str, int]]:
    """The statements with topic labels dropped and one-word non-people retyped (see the module docstring).

    Parameters
    ----------
    frame : pandas.DataFrame
        Statements with ``doc_id``, ``speaker``, ``speaker_type``,
        ``speaker_mention``, ``cue``, ``quote`` and ``location``, names already joined across the corpus;
        and ``kind`` where known (a reported clause that names a firm is not that firm's "the company").
    texts : iterable of str
        The corpus's headlines and bodies: where first names and titles are looked for.
    registry : SpeakerRegistry
        Names it knows are people whatever the texts say.

    Returns
    -------
    (pandas.DataFrame, dict)
        The statements kept (index reset), and counts of what changed:
        ``labels_dropped``, ``to_organisation``, ``to_unnamed``, ``pronouns_unidentified``,
        ``companies_named``, ``generic_to_unnamed``.

    """
    out, drop, changes = speakers_and_labels(frame, texts, registry)
    if drop is None:
        return out, changes
    return keep_rows_consuming(out, ~drop), changes


def speakers_and_labels(
    frame: pd.DataFrame, texts: Iterable[object], registry: SpeakerRegistry
) -> tuple[pd.DataFrame, np.ndarray | None, dict[str, int]]:
    """As :func:`speakers_by_evidence`, with the topic labels' rows marked rather than dropped.

    Returns the statements with speakers retyped (every row, index reset; ``frame`` itself when
    nothing changed), the rows to drop (``None`` when none) and the counts of what changed. The
    caller drops the rows, so that it may do so column by column
    (:func:`analysis._engine.memory.keep_rows_consuming`).
    """
    # one Python string per distinct value, not per row (a million statements repeat few speakers and types)
    speakers = shared_strings(frame["speaker"].astype(str))
    types = shared_strings(frame["speaker_type"].astype(str))
    mentions = shared_strings(frame["speaker_mention"].astype(str))
    cues = shared_strings(frame["cue"].astype(str))
    docs = shared_strings(frame["doc_id"].astype(str))
    quotes = frame["quote"].astype(str).to_numpy(dtype=object)
    locations = shared_strings(frame["location"].astype(str))
    drop = _topic_labels(speakers, types, mentions, cues, quotes, locations, docs, registry)
    changes = {"labels_dropped": int(drop.sum()), "to_organisation": 0, "to_unnamed": 0, "pronouns_unidentified": 0}
    verdicts = _one_word_verdicts(speakers, types, mentions, quotes, drop, texts, registry)
    for i in np.flatnonzero((types == "person") & ~drop):
        verdict = verdicts.get(speakers[i])
        if verdict is None:
            continue
        if mentions[i].lower() in _PRONOUNS:  # "she" read as "Up": who she is is not known
            speakers[i], types[i] = UNIDENTIFIED, "unnamed"
            changes["pronouns_unidentified"] += 1
            continue
        types[i] = verdict
        changes["to_organisation" if verdict == "organisation" else "to_unnamed"] += 1
    changes["to_organisation"] += _named_after_organisations(speakers, types, drop, registry)
    kinds = shared_strings(frame["kind"].astype(str)) if "kind" in frame else np.full(len(frame), "")
    reported = np.where(kinds == "reported", quotes, "")
    changes["companies_named"] = _name_generic_organisations(speakers, types, mentions, reported, docs, drop)
    generic = (types == "organisation") & np.array([_GENERIC_RE.match(s) is not None for s in speakers], dtype=bool)
    types[generic] = "unnamed"  # "the government", "the company" left unnamed: a kind of body, not a name
    changes["generic_to_unnamed"] = int(generic.sum())
    if not drop.any() and not any(changes.values()):
        return frame, None, changes
    out = frame.assign(speaker=pd.array(speakers, dtype="string"), speaker_type=pd.array(types, dtype="string"))
    return out.reset_index(drop=True), (drop if drop.any() else None), changes  # other columns shared, not copied


def _topic_labels(speakers, types, mentions, cues, quotes, locations, docs, registry: SpeakerRegistry) -> np.ndarray:
    """Rows that are a topic label's "turn" (and its continuations), to drop."""
    labelled = cues == LABEL_CUE
    person = types == "person"
    if not (labelled & person).any():
        return np.zeros(len(speakers), dtype=bool)
    verbs = Counter(speakers[person & ~labelled & (cues != CONTINUES_CUE)])
    labels = Counter(speakers[labelled & person])
    labels_per_doc: dict[str, set[str]] = defaultdict(set)
    for i in np.flatnonzero(labelled):
        labels_per_doc[docs[i]].add(speakers[i])
    titled = {speakers[i] for i in np.flatnonzero(labelled & person) if _titled(mentions[i], speakers[i])}
    suspects = {
        s
        for s, n in labels.items()
        if n > LABELS_PER_VERB * verbs.get(s, 0) and s not in titled and registry.by_alias(s) is None
    }
    drop = np.zeros(len(speakers), dtype=bool)
    dropped_docs: set[tuple[str, str]] = set()
    for i in np.flatnonzero(person & labelled):
        if speakers[i] in suspects and len(labels_per_doc[docs[i]]) < 2 and not _spoken(quotes[i], locations[i]):
            drop[i] = True
            dropped_docs.add((docs[i], speakers[i]))
    for i in np.flatnonzero(person & (cues == CONTINUES_CUE)):
        drop[i] = (docs[i], speakers[i]) in dropped_docs
    return drop


def _spoken(words: str, location: str) -> bool:
    """Whether what follows a label reads as speech: quoted, or in the first person ("Johnson: 'I will stay'").

    In a body, a question put to someone ("HARLOW: Do you think…?") is speech too; in a
    headline it is the topic's question ("Covid: how could it affect your brain?").
    """
    if words.lstrip().startswith(_QUOTE_MARKS) or FIRST_PERSON_RE.search(words) is not None:
        return True
    return location != "title" and (words.rstrip().endswith("?") or _SECOND_PERSON_RE.search(words) is not None)


def _named_after_organisations(speakers, types, drop, registry: SpeakerRegistry) -> int:
    """Type as organisations the "people" whose first word is an organisation the corpus quotes by itself.

    "Activision Blizzard" and "Sony Ericsson" are firms where "Activision" and "Sony" speak as
    organisations elsewhere; a first name ("Ford Madox Ford") or the registry keeps a person.
    Returns how many statements changed type.
    """
    organisations = {s for s in set(speakers[(types == "organisation") & ~drop]) if " " not in s}
    if not organisations:
        return 0
    known_first = first_names()
    changed = 0
    for i in np.flatnonzero((types == "person") & ~drop):
        first = speakers[i].split(" ", 1)[0]
        named = first in organisations and " " in speakers[i] and first not in known_first
        if named and registry.by_alias(speakers[i]) is None:
            types[i] = "organisation"
            changed += 1
    return changed


def _name_generic_organisations(speakers, types, mentions, reported, docs, drop) -> int:
    """Give "the company" (firm, bank, airline…) the organisation its article quoted last before it.

    So too a sentence that opens with a described one ("The chemicals-and-crops firm said"). Not
    when the reported clause (``reported``: a statement's words, empty for a quotation, where a firm
    may name itself) names that organisation ("But the company has said it intends to take action
    against Menatep" is not Menatep's).

    Rows are in article and text order. Returns how many were named.
    """
    named = 0
    last: tuple[str, str] | None = None  # (doc, organisation)
    for i in range(len(speakers)):
        if drop[i] or types[i] != "organisation":
            continue
        if speakers[i].lower() in THE_ORGANISATION_KINDS or _GENERIC_DESCRIBED_RE.fullmatch(mentions[i]):
            if last is not None and last[0] == docs[i] and not _names_in(last[1], reported[i]):
                speakers[i] = last[1]
                named += 1
        elif not _named_by_kind(speakers[i]):  # "the Vestey Group" is a name; "the government" no one's
            last = (docs[i], speakers[i])
    return named


def _named_by_kind(organisation: str) -> bool:
    """Whether an organisation is named by "the" and its kind alone ("the government", "the Swedish firm")."""
    words = organisation.split()
    return words[0].lower() == "the" and not any(
        w[:1].isupper() and w not in NATIONALITIES and w not in places() for w in words[1:]
    )


def _names_in(organisation: str, words: str) -> bool:
    """Whether ``words`` name an organisation: its whole name, or its first word when no English word."""
    if not organisation.split():
        return False
    name = short_name(organisation)  # "Menatep"; not "British"
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words) is not None


def _titled(mention: str, speaker: str) -> bool:
    """Whether a label carries a title or honorific before the name ("President of Russia Vladimir Putin")."""
    words = mention.split()
    return len(words) > len(speaker.split()) and (words[0] in TITLE_WORDS or words[0] in HONORIFICS)


def _one_word_verdicts(speakers, types, mentions, quotes, drop, texts, registry: SpeakerRegistry) -> dict[str, str]:
    """One-word "people" without evidence of being one, each with the type it is: organisation or unnamed."""
    person = (types == "person") & ~drop
    single = {s for s in set(speakers[person]) if " " not in s}
    if not single:
        return {}
    full_names = [s.split() for s in set(speakers[person]) if " " in s]
    known_first = first_names()
    parts = {surname_of(" ".join(n)) for n in full_names} | {n[0] for n in full_names if n[0] in known_first}
    parts |= _first_words_of_persons(speakers, mentions, quotes, person)  # "Ozzy" of Ozzy Osbourne, who says "I"
    evidenced = {s for s in single if s in parts or registry.by_alias(s) is not None}
    for i in np.flatnonzero(person):
        s = speakers[i]
        if s in single and s not in evidenced:
            low = mentions[i].lower()
            if low in _PRONOUNS:  # "he said" after the name; never for an ordinary word ("Up … she said")
                if _nameable(s):
                    evidenced.add(s)
            elif (low != s.lower() and s.lower() in low.replace(".", " ").split()) or (  # "Mr Conti", "DR. FAUCI"
                FIRST_PERSON_SINGULAR_RE.search(quotes[i]) and _nameable(s)  # "I am happy here," said Ronaldinho
            ):
                evidenced.add(s)
    verdicts = {s: "unnamed" for s in single - evidenced if not _nameable(s)}
    unknown = single - evidenced - set(verdicts)
    if unknown:
        named = _named_in_texts(unknown, texts)
        verdicts.update({s: "organisation" for s in unknown - named})
    return verdicts


def _first_words_of_persons(speakers, mentions, quotes, person) -> set[str]:
    """The first words of full names that are shown to be people's: quoted saying "I" or "my", or called he or she.

    "Ozzy said" is Ozzy Osbourne's where "I acted on impulse," Osbourne said; a firm ("Activision
    Blizzard") speaks as "we" and is not "he".
    """
    out = set()
    for i in np.flatnonzero(person):
        name = speakers[i]
        if " " in name and (mentions[i].lower() in _PRONOUNS or FIRST_PERSON_SINGULAR_RE.search(quotes[i]) is not None):
            out.add(name.split(" ", 1)[0])
    return {w for w in out if _nameable(w)}  # not "Another" of "Another Democrat"


def _nameable(word: str) -> bool:
    """Whether a capitalised word can be a name: not an ordinary word ("Up", "Patients") or a contraction."""
    return not _CONTRACTION_RE.match(word) and word.lower() not in common_words()


#: Up to this many words are looked for in a text where they occur (_pairs_ending_in); more, and the pair pattern
#: reads the whole text.
_FEW_WORDS = 16
#: The characters of the pair pattern's first word, and of its second.
_PAIR_WORD_CHARS = re.compile(r"[\w'’.\-]")
_PAIR_NAME_RUN_RE = re.compile(r"[\w'’\-]*")


def _named_in_texts(words: set[str], texts: Iterable[object]) -> set[str]:
    """Which of ``words`` the texts write after a first name, an honorific or a title ("Andy Robinson", "Mr Conti")."""
    known_first = first_names()
    found: set[str] = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        left = words - found
        pairs = _PAIR_RE.findall(text) if len(left) > _FEW_WORDS else _pairs_ending_in(text, sorted(left))
        for before, word in pairs:
            if word in words and word not in found:
                before = before.rstrip(".")
                if before in known_first or before in HONORIFICS or before in TITLE_WORDS:
                    found.add(word)
        if len(found) == len(words):
            break
    return found


def _pairs_ending_in(text: str, words: list[str]) -> list[tuple[str, str]]:
    """The pairs ``_PAIR_RE.findall(text)`` finds whose second word is one of ``words``, and maybe a few others.

    Each place a word occurs after a space or tab is read by the pattern from the start of the run of
    word characters before that space to the end of the run the word starts: where the pattern's scan
    of the whole text would start its match (a match's first word is the run from its first capital,
    and ends at the space) and end its second word.
    """
    out: list[tuple[str, str]] = []
    for m in _words_pattern(tuple(words)).finditer(text):  # the words hold no space: no place is skipped
        at = m.start()
        space = at
        while space > 0 and text[space - 1] in " \t":
            space -= 1
        if space == at:
            continue
        run = space
        while run > 0 and _PAIR_WORD_CHARS.match(text, run - 1):
            run -= 1
        end = _PAIR_NAME_RUN_RE.match(text, at).end()  # the second word as the pattern reads it ("Seal-Andy")
        out.extend(_PAIR_RE.findall(text[run:end]))
    return out


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words``, the longest first (a pattern of literal alternatives is searched for quickly)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))
