"""Who a text mentions: people, titles, pronouns, organisations, places and unnamed sources.

:func:`find_mentions` reads a text once (regular expressions over the whole
text, so the work grows with its length) and classifies every noun phrase
that could say something:

- **people**: capitalised name sequences, with their honorific ("Mr", "Dr")
  and title ("Prime Minister", "Sen.") split off; leading words that are not
  part of a name ("But", "On Wednesday", "Harrogate" before "Mr Kennedy") are
  dropped, and a sequence that is a place, a month, a weekday, a pronoun or an
  organisation is never a person;
- **titles** standing for a person ("the prime minister", "The Russian Foreign Minister");
- **pronouns** ``he`` and ``she``;
- **organisations** (words such as Ministry, Party, Institute; acronyms;
  "the Kremlin", "the White House"), **news media** among them;
- **unnamed sources** ("a Conservative spokesperson", "officials", "a senior
  aide to the governor"), and **documents** that say things ("the report", "a new poll").

Word lists live in ``analysis/resources`` (first names with their usual
gender, places, honorifics, titles, organisation words…), loaded by
:mod:`analysis.statements.wordlists`.
"""

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from analysis.resources import word_list, word_table
from analysis.statements.wordlists import (
    BACK_REFERENCE_NOUNS,
    CUES,
    DOCUMENT_NOUNS,
    HONORIFICS,
    INSTITUTIONS,
    IRREGULAR_PASTS,
    LEADING_WORDS,
    MEDIA_WORDS,
    NAME_ABBREVIATIONS,
    NATIONALITIES,
    ORG_WORDS,
    ORGANISATION_NOUNS,
    PLACE_TAILS,
    PORTFOLIO_WORDS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    TITLE_WORDS,
    WORK_NOUNS,
)

MONTHS = frozenset("January February March April May June July August September October November December".split())
#: "Jan" alone is a month; before a surname it is a first name ("Jan Egeland"), so it is no leading word.
_MONTHS_AND_ABBREVIATIONS = MONTHS | {"Jan"}
#: Words after which a name is an object, not a speaker ("asked about Trump, officials … said").
PREPOSITIONS = frozenset(
    """about with to for from by against on at in into over between among than like toward towards during despite
    following amid through under across behind without within""".split()
)
PRONOUN_WORDS = frozenset("I We You He She It They Me Us Him Her Them His Hers Its Their Our My Your".split())
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’\-]*)"
#: Particles inside names ("Ursula von der Leyen", "Charles de Gaulle", "Simon Le Bon"), in lower case.
PARTICLES = frozenset("de da di du del della der den van von la le bin ibn al el y dos das ter 't".split()) | {"in 't"}
#: Particles inside names join its capitalised words.
_JOIN = rf"(?:\s+(?:{'|'.join(sorted(PARTICLES, key=lambda p: (-len(p), p)))}))*"
#: Particles joined to the next word by a hyphen ("Ghazi al-Gosaibi", "Abdel Aziz el-Fiki", "Saad ad-Din").
_HYPHENED_PARTICLES = "al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu|abd"
#: A nickname inside a name, between its quotation marks: "Head" of "Brian 'Head' Welch", "LA" of 'Antonio "LA" Reid'.
NICKNAME = r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?"
#: The marks that open and close a nickname inside a name.
_NICKNAME_OPENS, _NICKNAME_CLOSES = "'‘\"“", "'’\"”"
#: A capitalised sequence; "of"/"for" (with "the") join two capitalised parts ("Secretary of State").
_SEQUENCE_RE = re.compile(  # starting with a character set lets the search skip ahead to capitals
    rf"[A-Z](?<![\w'’\-][A-Z])(?:\.(?:[A-Z]\.)+|[\w'’\-]*)\.?"
    rf"(?:{_JOIN}[ \t]+{_CAP}\.?|[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+{_CAP}\.?|[ \t]*&[ \t]*{_CAP}"
    rf"|[ \t]+(?:{_HYPHENED_PARTICLES})-{_CAP}"
    rf"|[ \t]+[{_NICKNAME_OPENS}]{NICKNAME}[{_NICKNAME_CLOSES}](?=[ \t]+[A-Z])"
    r"|(?:(?<=Mail)|(?<=Independent)|(?<=Scotland))[ \t]+on[ \t]+Sunday)*"
)  # "&" joins a firm's names: "Marks & Spencer", "M&S", "AT&T" (an organisation word: no person's name holds it);
# "The Mail on Sunday", "the Independent on Sunday", "Scotland on Sunday": papers;
# a nickname in quotation marks stands inside a name: "Brian 'Head' Welch", 'Antonio "LA" Reid'
#: He, she, they as words; a character set first lets the search skip ahead (as ``\b(?:[Hh]e|[Ss]he|[Tt]hey)\b``).
_PRONOUN_RE = re.compile(r"[HhSsTt](?<!\w[HhSsTt])(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey)\b", re.ASCII)
#: The head nouns of phrases that may speak, by kind. Phrases are found head first (one search for
#: every head of every kind), then extended to the left over their modifiers within a short window:
#: the expensive patterns run only where a head stands, so the work stays small on any text.
_SHARE_NOUNS = "percent half third quarter thirds quarters majority majorities minority".split() + [
    f"{n}-{part}"  # "two-thirds of Democratic primary voters", "three-quarters said"
    for n, part in (("one", "third"), ("two", "thirds"), ("one", "quarter"), ("three", "quarters"), ("one", "half"))
]
_HEADS: dict[str, set[str]] = {}
for _kind, _words in (
    ("title", ROLE_NOUNS),
    ("unnamed", SOURCE_NOUNS),
    ("organisation", ORGANISATION_NOUNS),
    ("document", DOCUMENT_NOUNS),
    ("share", _SHARE_NOUNS),
):
    for _word in _words:
        _HEADS.setdefault(_word.lower(), set()).add(_kind)


def _plural_of(noun: str) -> str:
    """The plural of a role noun: "mayor" → "mayors", "chairman" → "chairmen", "secretary" → "secretaries"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


for _word in ROLE_NOUNS:  # "the mayors said", "two governors": holders of a role, unnamed
    if _word == _word.lower() and _plural_of(_word) not in _HEADS:
        _HEADS[_plural_of(_word)] = {"unnamed"}
#: Heads by their first word, longest first: a word is looked up, then a longer head is tried at it.
_HEADS_BY_FIRST: dict[str, list[str]] = {}
for _head in sorted(_HEADS, key=len, reverse=True):
    _HEADS_BY_FIRST.setdefault(_head.split()[0], []).append(_head)
#: "MPs", "PM" whole, then ordinary words; one letter class first, so the search skips ahead to letters.
_WORDLIKE_RE = re.compile(r"[A-Za-z](?:(?<=[A-Z])[A-Z]{1,3}s?\b|[a-z\-]*)")
_HEAD_END_RE = re.compile(r"(?![\w\-]|['’]s\b)")


#: A head's first word as a word scan reads it: lower case, capitalised, or as the word list writes it ("MPs").
_HEAD_FIRST_FORMS = frozenset(
    [form for word in _HEADS_BY_FIRST for form in (word, word.capitalize())]
    + [word.split()[0] for words in (ROLE_NOUNS, SOURCE_NOUNS, ORGANISATION_NOUNS, DOCUMENT_NOUNS) for word in words
       if word != word.lower()]
)  # fmt: skip


def _heads(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``(start, end, head)`` of every head noun between ``lo`` and ``hi``, in text order.

    The span's words are read once (in C) and intersected with the heads' first
    words; only the words found are then looked for, so the Python work follows
    the heads, not the words. A word counts where it stands whole (no letter,
    digit, apostrophe or hyphen before it, no lower-case letter after it),
    lower case or capitalised, as a word scan would read it.
    """
    found = _HEAD_FIRST_FORMS.intersection(_WORDLIKE_RE.findall(text, lo, hi))
    if not found:
        return []
    out = []
    for form in found:
        at = text.find(form, lo, hi)
        while at != -1:
            end = at + len(form)
            whole = not (at and (text[at - 1].isalnum() or text[at - 1] in "'’-")) and not (
                end < len(text) and text[end].islower()
            )
            if whole:
                low = text[at : at + 24].lower()
                for head in _HEADS_BY_FIRST[form.lower()]:
                    if low.startswith(head) and _HEAD_END_RE.match(text, at + len(head)):
                        out.append((at, at + len(head), head))
                        break
            at = text.find(form, end, hi)
    out.sort()
    return out


_WINDOW = 70  # characters a phrase's modifiers may take to the left of its head
_DETERMINERS = frozenset(
    """a an the another several some many these those one two three other most all both this that his her its
    their""".split()
)
#: Before an organisation's kind, words that leave it unnamed: "his campaign", "one research firm".
UNNAMING_DETERMINERS = frozenset({"his", "her", "their", "its", "a", "an", "one"})
_SOURCE_MODIFIERS = frozenset("top senior young old elderly fellow former current local".split())
_QUALIFIERS = frozenset("about nearly almost roughly over under only just least".split())
_WORD_RE = re.compile(r"\S+")


def _left_start(text: str, head: int, kind: str) -> int | None:
    """Where a phrase of ``kind`` starts, extended left from its head over its modifiers (``None``: no phrase).

    Words are read backwards from the head: an unnamed source takes up to four
    modifiers (lower-case ones only after a determiner: "the state officials",
    "a Conservative spokesperson", "Democratic aides"); a title needs "the"
    within a few words ("the billionaire real estate magnate"); an organisation
    needs "the" or a possessive name ("the Sanders campaign", "Huckabee's
    campaign"); a document a determiner or "according to" ("a new poll",
    "according to early results"); a share a number or qualifier ("Six in 10",
    "55 percent", "nearly half").
    """
    lo = head - _WINDOW if head > _WINDOW else 0
    tokens = text[lo:head].split()
    if lo > 0 and tokens and not text[lo - 1].isspace() and not text[lo].isspace():
        tokens = tokens[1:]  # the window cut a word
    words = []
    at = head
    for token in reversed(tokens[-7:]):
        at = text.rfind(token, lo, at)
        words.append((at, token))
    if kind == "unnamed":
        start, modifiers_only, nouns = head, True, 0
        for n, (at, word) in enumerate(words[:5]):
            bare = word.lower().strip("’'")
            if word.endswith((",", ".", ";", ":", '"', "”", ")")) and not (
                _INITIALS_RE.fullmatch(word) and text[at + len(word) :].lstrip()[:1].islower()
            ):
                break  # the phrase's left edge, except at initials before a lower-case word ("U.S. officials")
            if (
                word == "the"
                and n + 3 < len(words)
                and words[n + 1][1] == "of"
                and words[n + 2][1][:1].isupper()
                and words[n + 3][1].lower() in ("a", "an", "the")
            ):
                start = at  # "A Top of the Pops spokesperson": a name's "of the" after an article
                continue
            if bare in ("that", "this") and text[head : head + 24].split()[0].rstrip(",.;:").endswith("s"):
                break  # "warned that companies would …": a conjunction, not "that" before a plural
            if bare in _DETERMINERS and not (
                word[:1].isupper() and n + 1 < len(words) and words[n + 1][1].lower() in ("a", "an", "the")
            ):  # "An All England club spokesperson": a capitalised "All" after an article is a name's
                return at  # "the state officials": lower-case words count after a determiner
            if word[:1].isupper() and word.endswith(("'s", "’s")) and n < 3:
                for at2, w2 in words[n + 1 : n + 3]:  # "Hillary Clinton's campaign strategists": the whole name
                    if not w2[:1].isupper() or w2.endswith((",", ".", ";", ":")) or w2 in LEADING_WORDS:
                        break
                    at = at2
                return at  # "Clinton's campaign strategists": a possessive name determines the phrase
            if bare == "and" and modifiers_only and start < head and n + 1 < len(words):
                nxt = words[n + 1][1]
                if nxt[:1].isupper() or nxt.lower() in _SOURCE_MODIFIERS:
                    continue  # "Current and former officials": coordinated modifiers
            if bare == "of" and 0 < n < len(words) - 1 and start == words[n - 1][0] and words[n + 1][1][:1].isupper():
                continue  # "Bank of England officials": a name's "of"
            if bare in _NOT_MODIFIERS or bare in _CUE_WORDS:
                break  # "Trump told election officials", "the government claimed tobacco firms": a verb ends it
            if (
                modifiers_only
                and nouns < 2
                and bare not in _SOURCE_MODIFIERS
                and bare not in IRREGULAR_PASTS  # "Barack Obama met survivors": a verb, no noun
                and _NOUN_MODIFIER_RE.fullmatch(word)
                and bare not in _CUE_WORDS
                and not (bare.endswith("s") and _after_full_name(words, n))  # "Philippe Sella believes coach …"
            ):
                nouns += 1  # "Florida election officials": a noun before the head, kept if a name comes first
                continue
            modifier = word[:1].isupper() or bare in _SOURCE_MODIFIERS
            modifiers_only = modifiers_only and modifier
            if modifiers_only and n < 4:
                start = at  # "Democratic aides", "senior Labour officials", "Virginia Democratic primary voters"
        return start
    if kind == "title":
        lower_case = text[head].islower()  # an unnamed holder only of a lower-case role after lower-case words
        for n, (at, word) in enumerate(words[:7]):
            if word in ("the", "The"):
                return at
            if word in _INDEFINITE and n <= 2 and lower_case:
                return at  # "a government minister said": an unnamed holder of the role (``_phrases``)
            lower_case = lower_case and word.islower()
            if word.endswith((",", ".", ";", ":")) or n >= 6:
                return None
        return None
    if kind == "organisation":
        for n, (at, word) in enumerate(words[:3]):
            if word in ("the", "The"):
                return at
            if word.lower() in UNNAMING_DETERMINERS and n <= 1:
                return at  # "his campaign said", "according to one research firm": no name
            if word[:1].isupper() and word.endswith(("'s", "’s", "'", "’")) and word[:-2]:
                first = at
                for at2, w2 in words[n + 1 : n + 3]:
                    if not w2[:1].isupper() or (w2.endswith((",", ".")) and _bare(w2) not in HONORIFICS):
                        break  # "Mr. Sanders's campaign" keeps its honorific
                    first = at2
                return first
            if word.endswith((",", ".", ";", ":")):
                return None
        return None
    if kind == "document":
        for n, (at, word) in enumerate(words[:4]):
            bare = word.lower()
            if bare in _DETERMINERS or (word[:1].isupper() and word.endswith(("'s", "’s"))):
                return at
            if n + 1 < len(words) and bare in ("to", "the") and words[n + 1][1].lower() in ("according", "to"):
                return head if n == 0 or bare == "the" else words[n - 1][0]
            if word.endswith((",", ".", ";", ":")) and not _INITIALS_RE.fullmatch(word):  # "F.A.A. records"
                return None
        return None
    # a share: "Six in 10", "55 percent", "nearly half", "a majority"
    start = head
    for at, word in words[:4]:
        bare = word.lower()
        if (
            bare in _QUALIFIERS
            or bare in ("a", "in", "large", "small", "more", "less", "fewer", "than", "at")  # "at least half"
            or any(ch.isdigit() for ch in word)
            or (re.fullmatch(r"[a-z]+(?:-[a-z]+)?", bare) and bare in _NUMBER_WORDS)
        ):
            start = at
        else:
            break
    return start


#: Words before a role that make its holder an unnamed source: "a government minister", "one musician".
_INDEFINITE = frozenset({"a", "an", "A", "An", "one", "One"})


def _after_full_name(words: list[tuple[int, str]], n: int) -> bool:
    """Whether the word at ``n`` (words read leftwards) follows two capitalised words: a name and its verb."""
    left = [w for _, w in words[n + 1 : n + 3]]
    return len(left) == 2 and all(w[:1].isupper() and w[-1:].isalpha() and w not in LEADING_WORDS for w in left)


#: Reporting verbs of one word: never a noun before a source's head.
_CUE_WORDS = frozenset(cue.lower() for cue in CUES if " " not in cue)
#: A lower-case word that may modify a source's head as a noun ("election officials", "primary voters").
_NOUN_MODIFIER_RE = re.compile(r"[a-z][a-z\-]{2,}(?<!ed)(?<!ly)(?<!ing)")
#: Words that end an unnamed source's phrase when read leftwards: verbs of saying, prepositions, conjunctions.
_NOT_MODIFIERS = (
    PREPOSITIONS
    | frozenset(
        """and or but nor of in on at to for with by from as than that which who whom whose said says say told tells
    is are was were be been being has have had will would can could may might must not also after before since
    during despite until""".split()
    )
    | frozenset(  # time words end a phrase too: "hit the shops in Europe last week fans wrote"
        "week weekend month year night day morning afternoon evening today yesterday tonight".split()
    )
)
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,}")
#: Numbers written as words, one to ten, in order: shares, parts of a group and sentence openings use them.
_SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMBER_WORDS = frozenset(
    [*_SMALL_NUMBERS, *"eleven twelve twenty thirty forty fifty sixty seventy eighty ninety".split()]
) | frozenset(
    f"{a}-{b}"
    for a in "twenty thirty forty fifty sixty seventy eighty ninety".split()
    for b in "one two three four five six seven eight nine".split()
)
#: What may follow each kind of head: "a spokesman for the ministry", "55 percent of Democrats".
_RIGHT = {
    "unnamed": re.compile(
        r"(?:\s+(?:for|of|at|from|with|close to|familiar with|to)\s+(?:the\s+)?(?:[A-Z][\w'’\-&.]*\s*){1,5})?"
    ),
    "organisation": re.compile(r"(?:[ \t]+(?:[A-Z][\w'’\-&]*|of|for)(?![\w'’]))*(?<![ \t]of)(?<![ \t]for)"),
    "share": re.compile(
        r"(?:\s+of)?(?:\s+(?:the|all|those|them|[A-Z][\w\-]*|registered|likely|primary|young|older|white|black|"
        r"Hispanic|Latino|female|male|independent)){0,3}(?:\s+(?:people|men|women|[a-z]{3,}s))?"
        r"(?=\s+(?:\w+\s+)?(?:said|say|says|saying)\b)"
    ),
}
_NEEDS_LEFT = {"title", "organisation", "document"}  # a bare head is no such phrase ("company", "report")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


@dataclass(slots=True)
class Mention:
    """A noun phrase that may say something, at ``start``..``end`` of the text.

    ``kind`` is ``person``, ``title``, ``pronoun``, ``organisation``, ``media``,
    ``unnamed``, ``place`` or ``other``. For a person, ``name`` is the name
    without honorific and title ("Tony Blair", "Blair"), ``title`` the title
    written with it ("Prime Minister"), ``gender`` what the honorific or the
    first name says. ``entity`` is filled in by :mod:`analysis.statements.entities`.
    """

    start: int
    end: int
    kind: str
    text: str
    name: str
    gender: str | None = None
    title: str | None = None
    possessive: bool = False
    entity: int = -1
    #: Where the phrase starts, honorific and title included ("Mr." of "Mr. Burman"); ``start`` if none.
    lead: int = -1
    #: Whether it reads as an object (see :attr:`oblique`), or ``None`` until first asked.
    _oblique: bool | None = field(default=False, repr=False, compare=False)
    #: What :attr:`oblique` is read from when first asked: the text, the lead, and the person or title before.
    _oblique_context: tuple[str, int, Mention | None, int] | None = field(default=None, repr=False, compare=False)
    #: The honorific written before a person's name ("Sir" of "Sir Ian"), without its full stop; "" if none.
    honorific: str = ""
    #: Whether a noun before the name in apposition gave the gender ("her son, Daud Arif"): not a guess.
    gender_told: bool = False
    #: Whether the name is a relative's, its surname taken from the family named before it ("Nogar's son Stephen").
    relative: bool = False

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start

    @property
    def oblique(self) -> bool:
        """An object of a preposition ("her clash with Williams", "a tribute to Robert").

        A pronoun after it more likely means someone else (see :mod:`analysis.statements.entities`).
        Read from the words before the mention when first asked (few mentions are ever asked).
        """
        if self._oblique is None:
            text, lead, previous, previous_end = self._oblique_context
            self._oblique = _reads_as_object(text, lead, previous, previous_end)
            self._oblique_context = None
        return self._oblique


_FIRST_WORD_RE = re.compile(r"^([^;\s]\S*)", re.M)  # a line's word, past comment lines (";;;")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words (TextBlob's spelling list, installed with it): words that may not be a name.

    The file is found without importing TextBlob (whose import takes longer than reading the list).
    """
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("analysis needs TextBlob installed: pip install textblob")
    path = Path(next(iter(spec.submodule_search_locations))) / "en" / "en-spelling.txt"
    return frozenset(_FIRST_WORD_RE.findall(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=20_000)
def may_be_given_name(word: str) -> bool:
    """Whether a capitalised word can open a person's name: a first name, or no English word or acronym.

    "Kostas", "Ryuhei" can; "Retail" (Retail Banking Research), "New" (New Line), "ISP" cannot.
    """
    if word in first_names():
        return True
    return word.lower() not in english_words() and not (len(word) > 1 and word.isupper())


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First names and their usual gender (``analysis/resources/first_names.txt``)."""
    return word_table("first_names")


@lru_cache(maxsize=1)
def gendered_first_names() -> dict[str, str]:
    """More first names with their usual gender, for a person named in full only.

    ``analysis/resources/gendered_first_names.txt``: unlike :func:`first_names` they do not make a word a name.
    """
    return word_table("gendered_first_names")


def known_first_name(word: str) -> bool:
    """Whether a word is a first name of either list (:func:`first_names`, :func:`gendered_first_names`)."""
    return word in first_names() or word in gendered_first_names()


@lru_cache(maxsize=1)
def short_name(organisation: str) -> str:
    """The part of an organisation's name a story repeats on its own.

    The first word of "Menatep Group" or "Multiplex Group" when it is no English word; a name that
    opens with one ("British Airways") stays whole.
    """
    parts = organisation.split(maxsplit=1)
    return organisation if not parts or parts[0].lower() in english_words() else parts[0]


def places() -> frozenset[str]:
    """Place names and the words for their peoples (``analysis/resources/places.txt``)."""
    return frozenset(word_list("places"))


def _bare(word: str) -> str:
    """A word without a final full stop or possessive ending."""
    return _POSSESSIVE_RE.sub("", word.rstrip("."))


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: Adjectives of faiths, never a surname: "Roman" is a first name, but "Roman Catholic" is no one.
_RELIGIONS = frozenset(
    "Catholic Catholics Protestant Muslim Jewish Hindu Sikh Buddhist Anglican Methodist Lutheran Presbyterian".split()
)
#: Words of organisations' names that are also surnames after a first name: "Graham Poll", "Charlotte Church".
_SURNAME_ORG_WORDS = frozenset({"Poll", "Church", "Hall"})


def _without_org_surname(words: list[str]) -> list[str]:
    """A name's words without a last word that is a surname after a first name: "Graham Poll", "Charlotte Church"."""
    if len(words) > 1 and words[-1] in _SURNAME_ORG_WORDS and words[-2] in first_names():
        return words[:-1]
    return words


def classify_sequence(words: list[str]) -> tuple[str, list[str], list[str], str | None]:
    """The kind of a capitalised word sequence (see :func:`_classify`), remembered per process.

    A nickname in quotation marks is no part of the name: "Brian 'Head' Welch" is Brian Welch,
    'Antonio "LA" Reid' Antonio Reid.
    """
    if any(w[:1] in _NICKNAME_OPENS and w not in PARTICLES for w in words):  # not "'t" of "Sophie in 't Veld"
        inside, kept = False, []
        for w in words:
            opens = w[:1] in _NICKNAME_OPENS and w not in PARTICLES
            if not (opens or inside):
                kept.append(w)
            inside = (inside or opens) and w[-1:] not in _NICKNAME_CLOSES
        words = kept
    return _classify(tuple(words))


@lru_cache(maxsize=100_000)
def _classify(sequence: tuple[str, ...]) -> tuple[str, list[str], list[str], str | None]:
    """The kind of a capitalised word sequence, its name words, its title words, and an honorific's gender.

    Returns ``(kind, name, title, gender)`` where ``kind`` is ``person``,
    ``title``, ``organisation``, ``media``, ``place``, ``unnamed`` ("Police") or ``other``; ``name`` and
    ``title`` are word lists (possibly empty).
    """
    words = list(sequence)
    bare = [_bare(w) for w in words]
    # Leading words that are not names: sentence openers, weekdays, months, places before an honorific.
    start = 0
    while start < len(words) and (
        (bare[start] in LEADING_WORDS and bare[start] not in HONORIFICS) or _DESCRIPTOR_RE.search(bare[start])
    ):  # "But", "On Wednesday", "Paris-based"
        if bare[start] == "May" and start + 1 < len(words) and bare[start + 1][:1].isupper():
            break  # "May" before a name may be a name ("Theresa May" is caught by its first name)
        if bare[start] == "Sunday" and start + 1 < len(words) and bare[start + 1] in MEDIA_WORDS:
            break  # "the Sunday Times", "Sunday Telegraph": a paper's name
        start += 1
    honorific = max((i for i in range(start, len(words)) if bare[i] in HONORIFICS), default=None)
    if honorific is not None:
        start = honorific  # "Harrogate Mr Kennedy": the name starts at its honorific
    words, bare = words[start:], bare[start:]
    if not words or _CONTRACTION_RE.match(words[0]):
        return "other", [], [], None  # "I've said": a pronoun, no one's name
    if (
        len(bare) > 1
        and {bare[0].lower(), bare[0].lower().removesuffix("s")} & ORGANISATION_DESCRIPTORS
        and not any(b in first_names() or b in TITLE_WORDS for b in bare[1:])
        and bare[1].lower() not in ("of", "for", "the", "and")
    ):
        return "organisation", bare[1:], [], None  # "Developer DICE said", "Bookmakers Ladbrokes says"
    if len(bare) > 2 and bare[-2:] == ["on", "Sunday"]:
        return "media", bare, [], None  # "Scotland on Sunday", "The Mail on Sunday": a paper
    if (
        any(b in MEDIA_WORDS for b in bare)
        and not any(b in HONORIFICS for b in bare)
        and not (len(bare) == 2 and bare[0] in first_names() and bare[1] in MEDIA_WORDS)  # "Liam Fox"
    ):
        return "media", bare, [], None
    if len(bare) == 1 and bare[0].lower() in _BODIES:
        return "unnamed", [bare[0].lower()], [], None  # "Police say": the police, unnamed
    joined = " ".join(bare)
    if joined in INSTITUTIONS or (bare[0] == "The" and " ".join(bare[1:]) in INSTITUTIONS):
        return "organisation", bare, [], None  # "the Islamic State": a name whose words would read as a title
    if (
        joined in places()
        or (len(bare) == 1 and bare[0] in _MONTHS_AND_ABBREVIATIONS)
        or (len(bare) > 1 and bare[-1] in _STREET_WORDS)
    ):
        return "place", bare, [], None  # also "Hollywood Boulevard", "Wembley Stadium"
    gender = HONORIFICS.get(bare[0]) if bare[0] in HONORIFICS else None
    in_title = [b in TITLE_WORDS or b in HONORIFICS or _hyphenated_title(b) for b in bare]
    for i in range(1, len(bare) - 1):  # "Chancellor of the Exchequer": a title's "of" phrase is the title's
        if bare[i] in ("of", "for") and all(in_title[:i]):
            j = i + 1 + (bare[i + 1] == "the")
            if " ".join(bare[j:]) in places():
                j = len(bare) - 1  # "Republican of New York": the place is the title's too
            if j < len(bare):
                in_title[i : j + 1] = [True] * (j + 1 - i)
    first = next(
        (
            i
            for i, b in enumerate(bare)
            if b in first_names()
            and not in_title[i]
            and not (i + 1 < len(bare) and in_title[i + 1] and b in places())  # "Virginia Attorney General X"
            and not (i and " ".join(bare[i - 1 : i + 1]) in places())  # "San Francisco Supervisor Jane Kim"
        ),
        len(bare),
    )
    # a title word after a first name is a surname ("Peter T. King", "Martin Luther King")
    titled = max((i for i, t in enumerate(in_title) if t and i < first), default=-1)
    title, name = bare[: titled + 1], bare[titled + 1 :]
    if "of" in bare and titled < bare.index("of") and " ".join(bare[bare.index("of") + 1 :]) in places():
        title, name = bare[: min(titled + 1, bare.index("of"))], bare[titled + 1 : bare.index("of")]
        titled = len(title) - 1  # "Peter T. King of New York": the place is not the name
    described, description = _description_before_first_name(name, title)
    org_like = any(b in ORG_WORDS or b in ("of", "for", "the") for b in _without_org_surname(described))
    if described is not name and not org_like:
        name, title = described, description  # "Elections Susan Bucher", "Green MSP Mark Ballard"
    named_part = name if title and name else bare  # "House Speaker Paul Ryan": a title's words are no organisation
    named_part = _without_org_surname(named_part)
    if len(named_part) > 1 and named_part[0] in first_names():
        named_part = named_part[1:]  # "Bill Conti": a first name, though "Bill" names a law in "the Finance Bill"
    if any(b in ORG_WORDS or "&" in b for b in named_part if b not in TITLE_WORDS) or any(
        w in ("of", "for", "the") for w in name
    ):  # "&" inside a word: "M&S", "AT&T"
        return "organisation", bare, [], None
    if len(name) > 1 and name[-1] in _RELIGIONS and name[0].lower() not in _DETERMINERS:
        return "other", [], [], None  # "Roman Catholic organisations": a faith's adjective, no one's surname
    if len(bare) == 1 and bare[0].isupper() and bare[0].title() in places():
        return "place", bare, [], None  # a dateline: "WASHINGTON —", "PARIS, Aug 31 (Reuters)"
    if len(bare) == 1 and _PARTY_STATE_RE.fullmatch(bare[0]):
        return "other", [], [], None  # "(R-OH)", "(D-N.Y.)": a party and a state
    if len(bare) == 1 and bare[0] in TITLE_WORDS and _is_acronym(bare[0]):
        return "title", [], bare, None  # "says PM": a title, not an organisation
    if len(bare) == 1 and (bare[0] in INSTITUTIONS or _is_acronym(bare[0])):
        return "organisation", bare, [], None
    if not name and len(bare) > 1 and bare[-1] in _DEPARTMENT_WORDS and not in_title[0]:
        return "organisation", bare, [], None  # "Cairn Energy", "Bupa Health": a firm, not an "Energy" title
    if not name and title and all(b in _PARTY_TITLES for b in title):
        return "organisation", title, [], None  # "Labour said": the party, not a holder of a title
    if not name:
        return ("title" if title else "other"), [], title, gender
    if all(w in places() or w in PRONOUN_WORDS or w in LEADING_WORDS for w in name):
        if title == bare[:1] and gender is not None and len(name) == 1 and name[0] not in PRONOUN_WORDS:
            return "person", name, [], gender  # "Mr. English", "Mrs. Holland": an honorific's word is a surname
        return ("title" if title else "place"), [], title, gender
    if len(name) == 1 and name[0].isupper() and name[0].title() in places():
        return "place", name, [], None  # a dateline: "WASHINGTON"
    if len(name) == 1 and _is_acronym(name[0]):
        return "organisation", name, [], None
    if len(name) == 1 and len(name[0].rstrip(".")) == 1 and not title and gender is None:
        return "other", [], [], None  # "N." of "N.C.", an initial cut from its name: no one
    if (
        len(name) == 1
        and not title
        and gender is None
        and name[0].endswith(("ing", "ly"))
        and len(name[0]) > 4
        and name[0].lower() in english_words()
    ):
        return "other", [], [], None  # "Continuing, …", "Hastily …": an opening word; "Desailly", "Keating" are names
    if len(name) == 1 and (_is_acronym(name[0].removesuffix("s")) or re.fullmatch(r"[A-Z]-[A-Z][\w.\-]*", name[0])):
        return "other", [], [], None  # "MPs", "(R-Texas)"
    if any(w in _TITLE_CASE_SMALL_WORDS for w in name[1:-1]) or bare[0] in _POSSESSIVE_OPENERS:
        return "other", [], [], None  # "My Summer Of Love", "Lord Of The Rings": a work's title in title case
    if len(name) > 2 and name[-1] in ("The", "An"):
        name = name[:-1]  # "analyst Vadim Mitroshin The dispute …": a full stop lost before "The"
    if gender is None and len(name) >= 2:
        gender = first_names().get(name[0]) or gendered_first_names().get(name[0])
    if gender is None and not title and (_names_a_club(name) or (len(name) > 1 and name[0] in COUNTRY_CODES)):
        return "organisation", name, [], None  # "Real Madrid", "UK Coal", "US Airways"
    return "person", name, [t for t in title if t not in HONORIFICS], gender


#: Small words that title case capitalises and no one's name holds inside it ("Summer Of Love", "Lord Of The
#: Rings"; a last "The" is a lost full stop: "analyst Vadim Mitroshin The dispute …").
_TITLE_CASE_SMALL_WORDS = frozenset("Of The And In On At To For With From An Is Are".split())  # "A" is an initial
#: Possessives that open a work's title, never a name: "My Fair Lady", "Our Town".
_POSSESSIVE_OPENERS = frozenset({"My", "Your", "Our", "Their"})
#: Title words that name a field, not a role ("Energy Secretary"): ending a name with no role before them,
#: they end a firm's name ("Cairn Energy").
_DEPARTMENT_WORDS = TITLE_WORDS & frozenset(
    "Culture Defence Defense Economy Education Energy Environment Finance Foreign Health Home Interior Justice "
    "Trade Transport Treasury Agriculture Commerce".split()
)
#: Countries written as initials, which open organisations' names and no one's: "UK Coal", "US Airways".
COUNTRY_CODES = frozenset({"UK", "US", "USA", "EU", "UN", "GB"})


def _names_a_club(name: list[str]) -> bool:
    """Whether two words without a first name name a club: "Real Madrid", "Dinamo Bucharest", "Real Sociedad".

    The second word is a city, the first no first name (its gender checked by the caller), or the first is
    a club's (:data:`_CLUB_OPENERS`). A plural second word ("Beach Boys") is left a person: "Venus Williams"
    reads the same way.
    """
    return len(name) == 2 and (name[0] in _CLUB_OPENERS or (name[0] not in first_names() and name[1] in places()))


#: First words of clubs' names: "Real Sociedad", "Borussia Dortmund", "Dinamo Zagreb".
_CLUB_OPENERS = frozenset(
    "Real Atletico Atlético Deportivo Borussia Olympique Dinamo Dynamo Lokomotiv Spartak Sporting".split()
)


_CONTRACTION_RE = re.compile(r"(?:I|We|You|They|He|She|It)['’](?:ve|m|ll|d|re|s)\b")
#: The last words of streets and venues: "Hollywood Boulevard … he said" is no one.
_STREET_WORDS = frozenset("Street Road Avenue Boulevard Lane Square Stadium Arena Bridge Drive".split())
#: A word that describes what follows it: "Paris-based Euronext", "London-born Ann Vale".
_DESCRIPTOR_RE = re.compile(
    r"-(?:based|born|bred|led|owned|listed|headquartered|registered|made|maker|makers|winning|winner|nominated|"
    r"year-old|old)$|-[a-z]{3,}(?:ing|ed)$|-(?:of|the|in)-"
)  # "Paris-based Euronext", "Film-maker Spike Lee", "Oscar-winning Kate Vale", "Man-of-the-match Damien Duff"
#: Bodies named by their kind, which speak as unnamed sources when a sentence's capital starts them ("Police say").
_BODIES = frozenset({"police", "prosecutors", "investigators", "officials", "authorities", "firefighters"})
#: Title words that name a party on their own ("Labour said").
_PARTY_TITLES = frozenset({"Labour", "Labor"})
_PARTY_STATE_RE = re.compile(r"[A-Z]-[A-Z][\w.\-]*")


def _hyphenated_title(word: str) -> bool:
    """Whether a hyphenated word is made of title words: "Vice-President", "Attorney-General"."""
    return "-" in word and all(part in TITLE_WORDS for part in word.split("-"))


def _description_before_first_name(name: list[str], title: list[str]) -> tuple[list[str], list[str]]:
    """A name with words of description before its first name split off them.

    "Fellow Lib Dem Norman Baker" and "Green MSP Mark Ballard" are Norman Baker
    and Mark Ballard: when a name of three words or more does not start with a
    first name but holds one later (not in last place), the words before it
    describe the person; so does a nationality before two words ("Russian
    Dmitriy Bogdanov").
    """
    if len(name) < 3 or name[0] in first_names() or len(name[0]) == 1:  # "W Neil Eggleston": an initial
        return name, title
    known = first_names()
    for i in range(1, len(name) - 1):
        if name[i] in known:
            if i == 1 and _unknown_given_name(name[0]):
                return name, title  # "Ard Jan Vetham", "Farhat Omar Ben Gadaravice": a first name not in the list
            return name[i:], [*title, *name[:i]]
    if name[0] in NATIONALITIES:
        return name[1:], [*title, name[0]]  # "Russian Dmitriy Bogdanov", "Dutchman Arnoud Okken"
    if name[0].lower() in _LOWER_ROLES or name[0].lower() in BACK_REFERENCE_NOUNS:
        return name[1:], [*title, name[0]]  # "Wing Christophe Dominici said": a role, capitalised to open a sentence
    return name, title


def _unknown_given_name(word: str) -> bool:
    """Whether a word before a first name is a given name the list lacks, not a description ("Goalscorer")."""
    low = word.lower()
    return (
        may_be_given_name(word)
        and not low.endswith(_ROLE_ENDINGS)
        and low not in _LOWER_ROLES
        and low not in BACK_REFERENCE_NOUNS
        and word not in NATIONALITIES
    )


_ROLE_ENDINGS = ("er", "or", "man", "woman", "ist", "ian", "ee", "ant", "ent")
_NUMBER_TEN_RE = re.compile(r"\.?[ \t]?(?:10|Ten)\b")


#: Nouns for a person that say the person's gender: "the actress" is no man, "a spokeswoman" no "he", "The
#: woman, Robin Vale," is Robin Vale.
NOUN_GENDERS = {
    "man": "m",
    "woman": "f",
    "actor": "m",
    "actress": "f",
    "frontman": "m",
    "frontwoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "girlfriend": "f",
    "boyfriend": "m",
    "wife": "f",
    "husband": "m",
    "widow": "f",
    "widower": "m",
    "mother": "f",
    "father": "m",
    "daughter": "f",
    "son": "m",
    "sister": "f",
    "brother": "m",
}
#: A description of a person's gender right before the name in apposition: "The woman, ", "his ex-wife, ".
_GENDERED_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[\w\-]+\s+){0,2}?(?:ex-)?("
    + "|".join(NOUN_GENDERS)
    + r")\s*,\s*$"
)


#: Last words of an institution's name that may hold "and" ("Securities and Exchange Commission"); not a
#: club's ("West Brom and Aston Villa" are two).
_INSTITUTION_TAILS = frozenset(
    """Commission Office Administration Department Bureau Council Agency Authority Board Service Services Center
    Centre Institute Association Committee Co Company Corporation Corp Group Foundation Society Trust Ministry
    Federation Bank Fund Organisation Organization""".split()
)


def _joined_by_and(text: str, sequences: list[Mention]) -> list[Mention]:
    """Organisations whose names hold "and": "Securities and Exchange Commission", "Food and Drug Administration".

    Two sequences with only " and " between them are one organisation when the second ends in an
    institution's word (:data:`_INSTITUTION_TAILS`) and the first opens with no first name and is no
    institution itself ("Marks and Spencer", "Tom and Jerry Smith", "X Association and Y Association" stay
    apart); and when the first is an organisation "for" or "of" something and the second one common word
    ("Centers for Disease Control and Prevention", "Organisation for Economic Co-operation and Development").
    """
    out: list[Mention] = []
    for m in sequences:
        first = out[-1] if out else None
        joined = first is not None and text[first.end : m.lead] == " and "
        portfolio = (  # "the Finance and Economy Ministry": a portfolio word read as a title
            joined and first.kind == "title" and all(w.lower() in PORTFOLIO_WORDS for w in first.text.split())
        )
        if portfolio:
            first = replace(first, name=first.text)
        tail = (  # "Securities and Exchange Commission": the second part ends in an institution's word
            joined
            and m.kind == "organisation"
            and len(m.name.split()) >= 2
            and m.name.split()[-1] in _INSTITUTION_TAILS
            and (first.kind in ("person", "organisation", "other") or portfolio)
            and first.name
            and first.name.split()[0] not in first_names()
            and first.name.split()[-1] not in _INSTITUTION_TAILS  # "British Bankers Association and X Association"
            and not first.possessive
            and (not first.title or portfolio)
        )
        purpose = (  # "Centers for Disease Control and Prevention": what the first part is for, and a common word
            joined
            and not m.possessive
            and first.kind == "organisation"
            and (" for " in first.name or " of " in first.name)
            and " " not in m.name
            and m.name.lower() in english_words()
        )
        if tail or purpose:
            name = f"{first.name} and {m.name}"
            out[-1] = Mention(first.start, m.end, "organisation", text[first.start : m.end], name, lead=first.lead)
            continue
        out.append(m)
    return out


#: Capitalised words joined by commas and "and" right before a title: "Trade and ", "Culture, Media and ".
_PORTFOLIO_BEFORE_RE = re.compile(r"(?:[A-Z][a-z]+(?:,[ \t]+|[ \t]+and[ \t]+))+$")


def _portfolio_titles(text: str, sequences: list[Mention]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """A title's portfolio words before "and" joined to the title: "Trade and Industry Secretary Patricia Hewitt".

    The capitalised words were read as a name of their own ("said Economic and Fiscal Policy Minister
    Heizo Takenaka" made "Economic" a speaker). They join the title of the person after them when each is a
    portfolio word (:data:`PORTFOLIO_WORDS`), as is the title's first word: "Brown and Home Secretary Charles
    Clarke" stays two people. Returns the mentions and the spans the titles took over.
    """
    taken: list[tuple[int, int]] = []
    for m in sequences:
        if m.kind != "person" or not m.title or m.lead >= m.start or m.title.split()[0].lower() not in PORTFOLIO_WORDS:
            continue
        before = _PORTFOLIO_BEFORE_RE.search(text, max(0, m.lead - 80), m.lead)
        if before is None or " and" not in before.group():
            continue
        words = before.group().replace(",", " ").split()
        if all(w == "and" or w.lower() in PORTFOLIO_WORDS for w in words):
            taken.append((before.start(), m.lead))
            m.title = " ".join(text[before.start() : m.start].split())
            m.lead = before.start()
    if not taken:
        return sequences, taken
    inside = SpanSet(taken)
    return [m for m in sequences if not inside.overlaps(m.start, m.end)], taken


#: Titles that are also first names: "Dean Baker" is a man, "Dean Amar" after "Vikram Amar, dean of …" a title.
_TITLES_AS_FIRST_NAMES = frozenset({"Dean"})


def _titles_named_as_first_names(text: str, sequences: list[Mention]) -> None:
    """Read "Dean Amar" as the title and surname of "Vikram Amar" named before it, in place.

    A two-word name whose first word is also a title (:data:`_TITLES_AS_FIRST_NAMES`) is a first name
    and a surname ("Dean Boyd said") unless the text named someone of that surname in full before it.
    """
    if not any(f"{title} " in text for title in _TITLES_AS_FIRST_NAMES):
        return
    full: set[str] = set()
    for m in sequences:
        if m.kind != "person":
            continue
        words = m.name.split()
        if len(words) == 2 and words[0] in _TITLES_AS_FIRST_NAMES and words[1] in full:
            m.title, m.name, m.gender = words[0], words[1], None if not m.honorific else m.gender
            m.start = m.end - len(m.text.split()[-1])
            m.text = words[1] if not m.possessive else m.text.split()[-1]
        elif len(words) >= 2:
            full.add(words[-1])


#: A relative named by first name after the family's surname: "Nogar's son ", "Hewitt's sister ".
_KIN = "son|daughter|wife|husband|brother|sister|father|mother|widow"
_KIN_BEFORE_RE = re.compile(rf"\b([A-Z][\w\-]+)['’]s[ \t]+(?:[a-z]+[ \t]+)?({_KIN})[ \t]*,?[ \t]+$")


#: A relative named by first name after "his" or "her" opening a sentence or after "said": "His brother Anil",
#: "said his wife, Sheila" (not "met his older brother, Freddy", whom "his" may be anyone's).
_PRONOUN_KIN_BEFORE_RE = re.compile(
    rf"(?:(?:^|[.!?\"”][ \t]+|\n)(His|Her)|\b(?:said|says)[ \t]+(his|her))[ \t]+({_KIN})[ \t]*,?[ \t]+$"
)


def _family_named_before(family: re.Match, f: Mention, sequences: list[Mention]) -> Mention | None:
    """The person "his" or "her" of a relative's phrase (``family``) stands for: the last named in full before it.

    Named at most :data:`_FAMILY_REACH` characters before, with a first name of the pronoun's gender or one
    no English word ("Ozzy Osbourne", not "New Providence"), not the relative under the same first name.
    """
    wanted = "m" if (family.group(1) or family.group(2)).lower() == "his" else "f"
    for p in reversed(sequences):
        if p.lead >= f.lead or p.kind != "person" or " " not in p.name or p.possessive:
            continue
        if f.lead - p.end > _FAMILY_REACH:
            return None
        first = p.name.split()[0]
        gender = first_names().get(first)
        if gender == wanted or (gender is None and first.lower() not in english_words()):  # "Ozzy", not "New"
            return None if first == f.name or p.name.split()[-1] in NAME_SUFFIXES else p
    return None


_FAMILY_REACH = 400  # characters from the person named in full to "his wife Sharon"
#: Words after a surname that are no part of it: "Hank Williams Jr", "Martin Luther King III".
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def find_mentions(text: str, near: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every mention in ``text`` (people, titles, pronouns, organisations, media, unnamed sources), by position.

    ``text`` should have its quotations blanked out, so that names quoted by a
    speaker are not taken for speakers. Where an unnamed source overlaps a
    capitalised sequence ("a Conservative spokesperson"), the unnamed source wins.
    ``near`` limits unnamed sources, titles, organisations, documents and
    pronouns to those spans (people are found everywhere: pronouns and titles
    refer back to them).
    """
    sequences, loose = [], []
    for m in _SEQUENCE_RE.finditer(text):
        whole = m.group()
        if whole in ("Number", "No") and (ten := _NUMBER_TEN_RE.match(text, m.end())) is not None:
            sequences.append(Mention(m.start(), ten.end(), "organisation", text[m.start() : ten.end()], "Number 10"))
            continue  # "Number 10 said", "No 10 sources": Downing Street
        for seq_start, raw in _split_sequence(m.start(), whole):
            mention = _sequence_mention(text, seq_start, raw)
            if (mention is None or mention.kind == "place") and " " not in raw:
                loose.append((seq_start, raw, mention))
            if mention is not None:
                sequences.append(mention)
    sequences = [r for m in _surnames_read(text, sequences, loose) if (r := _in_context(text, m)) is not None]
    sequences = _joined_by_and(text, sequences)
    sequences, portfolios = _portfolio_titles(text, sequences)
    _titles_named_as_first_names(text, sequences)
    if near is not None:  # "Tony Blair, the prime minister,": a title after a name is read wherever it stands
        appositions = [(m.end, m.end + _APPOSITION_REACH) for m in sequences if text.startswith(", ", m.end)]
        near = _merged(sorted([*near, *appositions]))
    found = _phrases(text, near)
    joined = [m for m in sequences if " and " in m.name]  # few: only names joined by _joined_by_and
    for k, f in enumerate(found if joined else ()):  # "a spokesperson for the Parks and Recreation Department"
        joined_name = next((m for m in joined if f.start <= m.start < f.end < m.end), None)
        if joined_name is not None:
            phrase = " ".join(text[f.start : joined_name.end].split())
            found[k] = replace(f, end=joined_name.end, text=phrase, name=unnamed_label(phrase))
    taken = SpanSet([(f.start, f.end) for f in found])
    found.extend(m for m in sequences if not taken.overlaps(m.start, m.end))
    for lo, hi in near if near is not None else [(0, len(text))]:  # a pronoun matters as a speaker only
        for m in _PRONOUN_RE.finditer(text, lo, hi):
            gender = {"h": "m", "s": "f", "t": "plural"}[m.group()[0].lower()]
            found.append(Mention(m.start(), m.end(), "pronoun", m.group(), "", gender))
    found.sort(key=lambda f: f.start)
    if portfolios:  # "Trade and Industry Secretary": no title "Trade" of its own
        inside = SpanSet(portfolios)
        found = [f for f in found if not inside.overlaps(f.start, f.end)]
    previous: Mention | None = None
    for f in found:
        if f.kind == "person" and not f.honorific:  # "The woman, Robin Vale, said": a woman, whatever her name says
            # both patterns end in one of their nouns and perhaps a comma: read the word before first (cheap)
            tail = text[(f.lead - 24 if f.lead > 24 else 0) : f.lead].rstrip()
            comma = tail.endswith(",")
            words = tail.rstrip(",").split()[-1:]
            noun = words[0].removeprefix("ex-") if words else ""
            described = (
                _GENDERED_BEFORE_RE.search(text, (f.lead - 40 if f.lead > 40 else 0), f.lead)
                if comma and noun in NOUN_GENDERS
                else None
            )
            if described is not None:
                f.gender, f.gender_told = NOUN_GENDERS[described.group(1)], True
            kin = (
                _KIN_BEFORE_RE.search(text, (f.lead - 40 if f.lead > 40 else 0), f.lead)
                if words and words[0] in NOUN_GENDERS and " " not in f.name
                else None
            )
            if kin is not None and f.name in first_names() and kin.group(1) not in places():
                f.name = f"{f.name} {kin.group(1)}"  # "Nogar's son Stephen, 57, said": Stephen Nogar
                f.gender, f.gender_told, f.relative = NOUN_GENDERS[kin.group(2)], True, True
            elif words and words[0] in NOUN_GENDERS and " " not in f.name and f.name in first_names():
                family = _PRONOUN_KIN_BEFORE_RE.search(text, (f.lead - 40 if f.lead > 40 else 0), f.lead)
                named = _family_named_before(family, f, sequences) if family else None
                if named is not None:  # "Mukesh Ambani … His brother Anil, the vice-chairman, said": Anil Ambani
                    f.name = f"{f.name} {named.name.split()[-1]}"
                    f.gender, f.gender_told, f.relative = NOUN_GENDERS[family.group(3)], True, True
        if f.kind in ("person", "title"):  # read when first asked: few are
            f._oblique, f._oblique_context = None, (text, f.lead, previous, previous.end if previous else 0)
            previous = f
    return found


def _reads_as_object(text: str, lead: int, previous: Mention | None, previous_end: int) -> bool:
    """Whether the person or title at ``lead`` is an object, as :attr:`Mention.oblique` says.

    ``previous`` is the person or title mentioned before it, ending at ``previous_end``: a name
    coordinated with an object is one too ("to youngsters such as centres Matthew Tait and Jamie
    Noon": objects, never "he").
    """
    return (
        (after_preposition(text, lead) not in (None, "according to") and not _topic(text, lead))
        or _opening_of(text, lead)
        or _object_before(text, lead)
        or (
            previous is not None
            and _COORDINATION_RE.fullmatch(text, previous_end, lead) is not None
            and previous.oblique
        )
    )


#: Lower-case nouns that say the name after them is an organisation's: "investment bank Merrill Lynch",
#: "mobile firm Sony Ericsson", "games developer Digital Dice".
ORGANISATION_DESCRIPTORS = frozenset(
    """company agency group organization organisation firm bank network union foundation charity regulator body
    watchdog party airline carrier newspaper magazine broadcaster station university club league association
    federation developer maker giant retailer studio publisher insurer website operator manufacturer chain lender
    broker label brand conglomerate supermarket outfit consultancy tabloid broadsheet
    carmaker automaker drugmaker chipmaker bookmaker""".split()
)


_BEFORE_WINDOW = 32  # characters before a name whose words the rules below read


#: After a name, the kind of publication it is: "Rolling Stone magazine", "the Herald newspaper".
_PAPER_AFTER_RE = re.compile(r"[ \t]+(?:magazine|newspaper|tabloid|broadsheet)\b")


def _in_context(text: str, m: Mention) -> Mention | None:
    """A capitalised sequence's mention as the words right before it say it is (``None``: no one).

    The title of a work ("the album Exodus") is no one; then, in turn, :func:`_as_determined`,
    :func:`_as_described`, :func:`_with_role_before` and :func:`_as_part`. The words before the name
    are read once for all of them.
    """
    if m.kind == "person" and not m.title and m.lead >= m.start:
        if _PAPER_AFTER_RE.match(text, m.end) and m.name.split()[0] not in first_names():
            return replace(m, kind="media")  # "Rolling Stone magazine", "the Herald newspaper": a publication
        before = text[(m.lead - _BEFORE_WINDOW if m.lead > _BEFORE_WINDOW else 0) : m.lead].split()
        if _names_a_work(m, before):
            return None
    elif m.kind == "organisation":
        before = []  # only the number rule and a group's part apply
    else:
        return m
    return _as_part(text, _with_role_before(_as_described(text, _as_determined(text, m, before), before), before))


def _as_described(text: str, m: Mention, before: list[str]) -> Mention:
    """A name as the organisation the words right before it (``before``) say it is.

    After a lower-case organisation noun ("mobile firm Sony Ericsson"), or one and a comma when the name
    is in apposition ("Def Jam's parent company, Universal,"), after experts of a firm ("analysts
    Nielsen"), or with a number that is part of the name ("343 Industries"; a year is not: "In 2016 Vale said").
    """
    if m.kind not in ("person", "organisation") or m.title or m.lead < m.start or m.name.split()[0] in first_names():
        return m
    number = (  # the pattern only where a digit stands before the space before the name
        _NUMBER_BEFORE_RE.search(text, (m.lead - 8 if m.lead > 8 else 0), m.lead)
        if text[m.lead - 2 : m.lead - 1].isdigit()
        else None
    )
    if number is not None and not number.group(1).startswith(("19", "20")):  # "343 Industries" (not "In 2016 X")
        name = f"{number.group(1)} {m.name}"
        return Mention(number.start(1), m.end, "organisation", name, name, possessive=m.possessive)
    if m.kind != "person" or not before:
        return m
    last = before[-1]
    apposed = (  # "Def Jam's parent company, Universal,"; not "The head of the Naftohaz company, Yury Boyko,"
        last.endswith(",")
        and last[:-1] in ORGANISATION_DESCRIPTORS
        and text[m.end : m.end + 1] in (",", ".")
        and _OF_BEFORE_RE.search(text, (m.lead - 64 if m.lead > 64 else 0), m.lead) is None
    )
    if not (last in ORGANISATION_DESCRIPTORS or last in _PAPERS or last in _FIRMS_OF_EXPERTS or apposed):
        return m  # "parent company, Universal,", "analysts Nielsen": an organisation
    return Mention(m.start, m.end, "organisation", m.text, m.name, possessive=m.possessive, lead=m.lead)


#: "of", "at" or "for" opening the phrase of the organisation noun before a name: what someone is of ("The head
#: of the Ukrainian state-owned Naftohaz company, Yury Boyko,"; not "accused of blocking it by the watchdog, X,").
_OF_BEFORE_RE = re.compile(r"\b(?:of|at|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}[a-z]+,\s*$")
#: Plural experts right before a name without a first name, which is then their firm: "analysts Nielsen",
#: "accountants KPMG", "consultants Deloitte" (one person is "analyst Nick Brul").
_FIRMS_OF_EXPERTS = frozenset(
    "analysts consultants researchers accountants auditors brokers stockbrokers lawyers solicitors pollsters".split()
)


#: Newspapers' kinds, which describe a name only in lower case: "French daily Les Echos" (not "Daily Mail").
_PAPERS = frozenset({"daily", "weekly"})
_NUMBER_BEFORE_RE = re.compile(r"(?:^|(?<=\s))(\d{2,4})[ \t]$")


#: Roles written in lower case right before a name ("England coach Andy Robinson", "chief executive Ann Vale").
_LOWER_ROLES = frozenset(r for r in ROLE_NOUNS if r == r.lower())
#: The last words of those roles: a name after none of them has no role written before it.
_LOWER_ROLE_ENDS = frozenset(r.split(" ")[-1] for r in _LOWER_ROLES)


#: Words between two names that make the first the subject: auxiliaries and common verbs of news.
_VERB_LIKE = frozenset(
    """has have had is was are were will would could can may might must shall should did does do be been also
    told tells said says met meets beat beats face faces sign signs named names hired hires sacked""".split()
)


def describes_next(text: str, end: int, lead: int) -> bool:
    """Whether the words between a name's ``end`` and the next name's ``lead`` make the first describe the second.

    One to three lower-case words ending in an organisation's kind or a role: "UK advertising giant WPP",
    "US carmaker General Motors", "French daily Les Echos", "England coach Andy Robinson" (the second
    name is the subject, the first a modifier).
    """
    words = text[end:lead].split()
    if not 1 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    if any(w.endswith(("ed", "ly")) or w in _VERB_LIKE for w in words[:-1]):
        return False  # "McClaren also praised winger Stewart Downing": a verb, so the first name is the subject
    last, role = words[-1], " ".join(words[-2:])
    return last in ORGANISATION_DESCRIPTORS or last in _PAPERS or last in _LOWER_ROLES or role in _LOWER_ROLES


def _names_a_work(m: Mention, before: list[str]) -> bool:
    """Whether a "person" is the title of a work its noun introduces: "the album Exodus", "his film Vera Drake".

    The noun must follow a determiner, a possessive or a modifier of works ("will play Cyril Saulnier" is a
    verb); not a name with a known first name, a gender, an honorific or a title ("the film Ray" stays a
    person).
    """
    if m.kind != "person" or m.title or m.gender or m.lead < m.start or m.name.split()[0] in first_names():
        return False
    if len(before) < 2 or before[-1] not in WORK_NOUNS:
        return False
    return before[-2].lower() in _WORK_DETERMINERS or before[-2].endswith(("'s", "’s", "s'"))


#: Words before a work's noun that make it one: "the album", "his film", "the hit single", "a new book".
_WORK_DETERMINERS = frozenset(
    """the a an his her their its our this that whose new latest hit debut first second third last next
    upcoming forthcoming original classic""".split()
)


def _with_role_before(m: Mention, before: list[str]) -> Mention:
    """A person with the role written in lower case right before the name as a title, so "the coach" finds them."""
    if m.kind != "person" or m.title or m.lead < m.start or not before or before[-1] not in _LOWER_ROLE_ENDS:
        return m
    for n in (2, 1):
        role = " ".join(before[-n:])
        if len(before) >= n and role in _LOWER_ROLES:
            return replace(m, title=role)
    return m


_THING_DETERMINERS = frozenset("the a an their his her its our this that these those".split())
#: A member of a party, written as one: "a Democrat", "one well-connected Tory" (an unnamed source; "Republican"
#: is a title word, read before this).
_PARTY_MEMBERS = frozenset({"Democrat", "Tory"})
_ONE_OF_MANY = frozenset(w.lower() for w in _INDEFINITE) | {"another"}  # "another Tory"


def _as_determined(text: str, m: Mention, before: list[str]) -> Mention:
    """A "person" after a lower-case determiner as what "he" or "she" never stands for.

    After "a" or "an" an unnamed source ("said a Nevada Democrat"), else an organisation or a place
    ("the Bundesbank warned", "at the Nou Camp", "their Grand Slam hopes"). A name takes no article;
    one with a known first name, an honorific or a title stays a person
    ("the young Tony Blair").
    """
    if m.kind != "person" or m.title or m.gender is not None or m.lead < m.start:
        return m
    before = before[-2:]
    if before[-1:] == ["The"] and len(before) > 1 and before[-2][-1:].islower() and " " in m.name:
        before[-1] = "the"  # "according to The Harbor Ledger": a capital inside a sentence starts a title
    if len(before) > 1 and before[-2] in ("the", "The") and m.name in NATIONALITIES and _AGED_RE.fullmatch(before[-1]):
        start = text.rfind(before[-2], 0, m.lead)  # "The 55-year-old Frenchman told": the story's man
        phrase = " ".join(text[start : m.end].split())
        return Mention(start, m.end, "unnamed", phrase, phrase, possessive=m.possessive)
    if m.name in _PARTY_MEMBERS and before:  # "one well-connected Democrat said", "A Democrat said"
        k = len(before) - 1 - (len(before) > 1 and before[-1].islower() and before[-1] not in _THING_DETERMINERS)
        if before[k].lower() in _ONE_OF_MANY:
            start = text.rfind(before[k], 0, m.lead)
            phrase = " ".join(text[start : m.end].split())
            return Mention(start, m.end, "unnamed", phrase, phrase, possessive=m.possessive)
    if not before or before[-1] not in _THING_DETERMINERS or m.name.split()[0] in first_names():
        return m
    if before[-1] in ("the", "The") and m.name in NATIONALITIES:  # "the Scot admitted": a person, described
        start = m.lead - len(text[: m.lead]) + len(text[: m.lead].rstrip()) - 3
        phrase = " ".join(text[start : m.end].split())
        return Mention(start, m.end, "unnamed", phrase, phrase, possessive=m.possessive)
    if before[-1] not in ("a", "an"):  # "the Bundesbank", "at the Nou Camp": an institution or a place
        return Mention(m.start, m.end, "organisation", m.text, m.name, possessive=m.possessive, lead=m.lead)
    start = m.lead - len(text[: m.lead]) + len(text[: m.lead].rstrip()) - len(before[-1])
    phrase = " ".join(text[start : m.end].split())
    return Mention(start, m.end, "unnamed", phrase, phrase, possessive=m.possessive)  # "a Nevada Democrat"


#: An age or a plain description between "the" and a nationality: "the 55-year-old Frenchman", "the veteran Scot".
_AGED_RE = re.compile(r"\d+-year-old|veteran|former|young|experienced|talented|injured")


def is_group_name(m: Mention) -> bool:
    """Whether a mention is a group's plural name, standing for its members: "Democrats", "Republicans"."""
    return m.kind == "organisation" and not m.possessive and " " not in m.name and m.name.endswith("s")


def _as_part(text: str, m: Mention) -> Mention:
    """A group's plural name after a partitive or quantifier as some of its members, unnamed.

    "a handful of Democrats said", "some Republicans say": members, not the party.
    """
    if not is_group_name(m):
        return m
    name_at = m.end - len(m.name)  # "Some Republicans": the quantifier may be inside the mention
    if not text.startswith(m.name, name_at):
        return m
    start = _part_before(text, name_at, quantifiers=True)
    if start is None:
        return m
    phrase = " ".join(text[start : m.end].split())
    return Mention(start, m.end, "unnamed", phrase, unnamed_label(phrase))


def _surnames_read(text: str, sequences: list[Mention], loose: list[tuple[int, str, Mention | None]]) -> list[Mention]:
    """The mentions with single words read as no one or a place taken as a surname when the text names its person.

    "Mark Cuban … Cuban said", "Ian Read … Read said", "Bob English … English said": a word that is
    also a people's name or an opening word is the person's surname where the text gives that person's
    full name, except after a preposition ("moved to Jordan"). Other loose words keep their reading.
    """
    if not loose:
        return sequences
    surnames = {m.name.rsplit(None, 1)[-1] for m in sequences if m.kind == "person" and " " in m.name}
    if surnames.isdisjoint(_bare(raw) for _, raw, _ in loose):
        return sequences
    out = {id(m): m for m in sequences}
    for seq_start, raw, mention in loose:
        bare = _bare(raw)
        if bare not in surnames or bare in PRONOUN_WORDS or after_preposition(text, seq_start) is not None:
            continue  # "Everything I … I said": a pronoun is no one's surname
        if mention is None and _CUE_AFTER_RE.match(text, seq_start + len(raw)) is None:
            continue  # an opening word ("Read this.") is a surname only as a reporting verb's subject
        end = seq_start + len(raw) - (raw.endswith(".") and len(raw) > 1)
        possessive = bool(_POSSESSIVE_RE.search(raw.rstrip(".")))
        person = Mention(seq_start, end, "person", text[seq_start:end], bare, possessive=possessive)
        out.pop(id(mention), None)
        out[id(person)] = person
    return sorted(out.values(), key=lambda m: m.start)


_CUE_AFTER_RE = re.compile(
    rf"['’]?s?,?[ \t]+(?:{'|'.join(sorted(map(re.escape, CUES), key=len, reverse=True))})\b", re.ASCII
)


def after_preposition(text: str, at: int, lo: int = 0) -> str | None:
    """The preposition written right before ``at`` (lower case; "according to" as two words), or ``None``.

    ``lo`` bounds the look back (a sentence's start). A name after one is an
    object ("asked about Trump", "a tribute to Robert"), except after "according to".
    """
    before = text[max(lo, at - 16) : at].split()
    if not before or before[-1].lower() not in PREPOSITIONS:
        return None
    return "according to" if [w.lower() for w in before[-2:]] == ["according", "to"] else before[-1].lower()


#: Prepositions whose object a name may be, a few words after them ("such as" is read as "as" after "such").
_OBJECT_PREPOSITIONS = frozenset(
    "to with against about for from by between among like toward towards including as".split()
)
_LISTENER_VERBS = frozenset({"told", "tells", "telling"})
#: The word before an "as" whose noun phrase is an object: "such as", "dressed as", "known as".
_AS_OBJECT_RE = re.compile(r"such|known|[a-z]+ed")
_OBJECT_WORD_RE = re.compile(r"[a-z][\w\-]*|[A-Z][\w\-]*(?:['’]s?)?")


def _topic(text: str, lead: int) -> bool:
    """Whether a name follows a sentence's opening "For" or "As for": the topic, not an object.

    "For Richard Tateson, who worked on the project, the need grew out of frustration. '…,' he said."
    """
    return text[(lead - 4 if lead > 4 else 0) : lead] == "For " and (lead < 5 or not text[lead - 5].isalnum())


def _opening_of(text: str, lead: int) -> bool:
    """Whether a name follows a sentence's opening "Of": what is spoken of ('Of Hepburn, she said: "…"')."""
    if text[(lead - 3 if lead > 3 else 0) : lead] != "Of ":
        return False
    before = text[: lead - 3].rstrip()
    return not before or before[-1] in '.!?"”'


def _object_before(text: str, lead: int) -> bool:
    """Whether the name at ``lead`` follows a preposition and one to three words (five after "as"): an object.

    "such as centres ", "against former president ", "made to Henry's Arsenal club-mate " (not a
    conjunction's clause: "after the meeting Smith said"); also a pronoun's verb ("He sees ") and a role after
    a preposition and the sides it is at ("for England and Real Madrid striker ").
    """
    words = text[(lead - 64 if lead > 64 else 0) : lead].split()[-7:]
    apposed = len(words) > 2 and words[-1][-1:] == "," and words[-1][:-1] in _LOWER_ROLE_ENDS
    if apposed:  # "adviser to IMF's managing director, Rodrigo Rato": the name is that role's, an object too
        words[-1] = words[-1][:-1]  # (a determined role only: not "In her bid for president, Clinton said")
    if len(words) > 1 and words[-2] in _LISTENER_VERBS and words[-1].endswith(("'s", "’s")):
        return True  # "Ryan told CNN's Jake Tapper": the reporter told is no "he" who spoke after
    if len(words) > 1 and words[-2] in _SUBJECT_PRONOUN_WORDS and _verb_taking_an_object(words[-1]):
        return True  # "He sees Owen as the ideal replacement": whom he sees is no "he" who speaks next
    if len(words) > 2 and words[-1] in _LOWER_ROLES:  # "a move for England and Real Madrid striker Michael Owen"
        k = len(words) - 2
        while k > 0 and ((words[k][:1].isupper() and words[k][-1:].isalnum()) or words[k] in ("and", "&")):
            k -= 1  # past the sides or firms the role is at
        if k < len(words) - 2 and words[k] in _OBJECT_PREPOSITIONS:
            return True
    for k in (1, 2, 3, 4, 5):
        if len(words) <= k:
            return False
        if not _OBJECT_WORD_RE.fullmatch(words[-k]):
            return False
        word = words[-k - 1]
        if word == "as":  # "such as centres X", "dressed as his former Take That colleagues X" (not "as X said")
            if len(words) > k + 1 and _AS_OBJECT_RE.fullmatch(words[-k - 2]):
                return True
        elif word in _OBJECT_PREPOSITIONS and (k <= 3 or (apposed and k == 4)):  # "to the IMF's managing director,"
            return not apposed or words[-k] in _DETERMINERS or words[-k].endswith(("'s", "’s"))
    return False


#: Pronouns whose verb's object a name right after may be: "He sees Owen as …".
_SUBJECT_PRONOUN_WORDS = frozenset({"He", "he", "She", "she", "They", "they", "We", "we", "I"})
#: Verbs after a pronoun whose next word opens a clause, not an object: "he believes Smith will stay".
_CLAUSE_VERBS = frozenset("believes believed thinks thought feels felt knows knew hopes hoped expects fears".split())


def _verb_taking_an_object(word: str) -> bool:
    """Whether a word after a subject pronoun is a verb whose next name is its object (not a verb of saying)."""
    if not word.isalpha() or not word.islower() or word in CUES or word in _CLAUSE_VERBS:
        return False
    return word.endswith(("s", "ed")) or word in IRREGULAR_PASTS


#: Between the last two names of a list: " and ", ", or " (a comma alone may open an apposition).
_COORDINATION_RE = re.compile(r",?\s+(?:and|or)\s+")
_APPOSITION_REACH = 60  # characters after ", " in which a title may describe the name before it


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


_OUTLET_POSSESSIVE_RE = re.compile(r"(\S+(?:['’]s|[sS]['’]))[ \t]+(?=\S)")  # "NBC's", "Reuters'", "PBS'"
_JOIN_WORD_RE = re.compile(r"[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+")


#: A reporting verb in a headline written in title case, which runs the speaker and the words into one sequence.
_TITLE_CASE_CUE_RE = re.compile(r"[ \t]+(?:Says|Warns|Tells|Claims|Insists|Admits)(?=[ \t]|$)")
_SENTENCE_END_RE = re.compile(r"(?<=[\w'’])\.(?=[ \t]+[A-Z])")


def _a_person_after_possessive(rest: list[str]) -> bool:
    """Whether the words after an organisation's or a place's possessive are a person's name.

    Two or three words, the first a first name or no English word ("Elfyn Llwyd", "Gerry Adams"), none
    of a title, an organisation or a place's feature: not "Britain's Got Talent", "Australia's Gold Coast".
    """
    if not 2 <= len(rest) <= 3 or rest[-1] in PLACE_TAILS or rest[-1].endswith(("'s", "’s", "'", "’")):
        return False
    if any(w in ORG_WORDS or w in TITLE_WORDS or w in MEDIA_WORDS or w in HONORIFICS for w in rest):
        return False
    return (rest[0] in first_names() or rest[0][1:].islower()) and may_be_given_name(rest[0])


def _split_sequence(start: int, raw: str) -> list[tuple[int, str]]:
    """Split a sequence (see :func:`_sequence_parts`), at offset ``start`` of the text."""
    if " " not in raw and "\t" not in raw:
        return [(start, raw)]
    return [(start + offset, part) for offset, part in _sequence_parts(raw)]


@lru_cache(maxsize=100_000)
def _sequence_parts(raw: str) -> tuple[tuple[int, str], ...]:
    """Split a sequence at a sentence's full stop, and at "of"/"for" unless a title or organisation precedes it.

    "Secretary of State Antony Blinken", "Bank of England" and "Mr. J. R. Smith"
    stay whole; "Lavrov of Russia" and "Russia. Theresa May" are two sequences each.
    """
    cuts: list[tuple[int, int]] = []  # (end of a part, start of the next)
    for m in _SENTENCE_END_RE.finditer(raw):
        word = raw[: m.start()].split()[-1]
        following = raw[m.end() :].split(None, 1)[0]
        if (
            _bare(word) not in NAME_ABBREVIATIONS and not re.fullmatch(r"[A-Z]|(?:[A-Z]\.)+[A-Z]", word)
        ) or following in PRONOUN_WORDS:  # "… Hank Williams Jr. He wrote": a pronoun opens a sentence
            cuts.append((m.start(), m.end()))
    for m in _TITLE_CASE_CUE_RE.finditer(raw):  # "Trump Says He Never …": a headline in title case
        cuts.append((m.start(), m.end()))
    sentence_cuts = sorted(end for end, _ in cuts)
    for m in _OUTLET_POSSESSIVE_RE.finditer(raw):  # "NBC's Chuck Todd", "Reuters' Luciana Lopez": a reporter
        limit = next((end for end in sentence_cuts if end >= m.end()), len(raw))  # this sentence's words only
        owner, rest = _bare(m.group(1)), [_bare(w) for w in raw[m.end() : limit].split()]
        if not rest:
            continue
        before = raw[: m.start()].split()[-1:]
        if owner not in places() and before and f"{before[0]} {owner}" in places():
            owner = f"{before[0]} {owner}"  # "South Korea's Hyundai Motor": a place of two words'
        if (owner in MEDIA_WORDS or _is_acronym(owner)) and rest[0] in first_names():
            cuts.append((m.end(1), m.end()))
        elif owner in places() and " ".join(rest) not in places() and rest[-1] not in PLACE_TAILS:
            cuts.append((m.end(1), m.end()))  # a place's: "France's Snecma", "Germany's Tommy Haas"
        elif _a_person_after_possessive(rest):
            cuts.append((m.end(1), m.end()))  # "Plaid Cymru's Elfyn Llwyd", "Sinn Fein's Gerry Adams"
        elif before and before[0] in first_names() and owner not in ORG_WORDS:
            cuts.append((m.end(1), m.end()))  # "flautist James Newton's Choir": a person's, then what is theirs
    for m in _JOIN_WORD_RE.finditer(raw):
        before = raw[: m.start()].split()
        if before and (_bare(before[-1]) in TITLE_WORDS or _bare(before[-1]) in ORG_WORDS):
            continue
        cuts.append((m.start(), m.end()))
    parts: list[tuple[int, str]] = []
    begin = 0
    for part_end, next_start in sorted(cuts):
        parts.append((begin, raw[begin:part_end]))
        begin = next_start
    parts.append((begin, raw[begin:]))
    return tuple((s + len(r) - len(r.lstrip()), r.strip()) for s, r in parts if r.strip())


_AFTER_WORD_RE = re.compile(r"[ \t]*(?:([,.;:)]|$)|([a-z]+)\b)")
#: After a person's name in "'s", what makes the "'s" an "is" or "has": "'s been", "'s pressing ahead".
_CONTRACTED_IS_RE = re.compile(
    r"[ \t]+(?:been|got|going|[a-z]+ing[ \t]+(?:ahead|on|forward|back|out|up|off|away|down)\b)"
)
#: Verbs after a name in "'s" that make it a name ("Sainsbury's said"); not the nouns among the reporting
#: verbs ("Biden's warning", "Wilson's fears").
_VERB_AFTER_NAME = frozenset("has had is was will would also says said told added announced reported".split())


def _names_itself(text: str, end: int, kind: str) -> bool:
    """Whether a word in "'s" ending at ``end`` is a name, not a possessive.

    So when a verb follows it ("Sainsbury's said") or, for an organisation, a mark ("According to
    Standard & Poor's, …").
    """
    m = _AFTER_WORD_RE.match(text, end)
    if m is None:
        return False
    return m.group(2) in _VERB_AFTER_NAME if m.group(1) is None else kind == "organisation"


def _sequence_mention(text: str, seq_start: int, raw: str) -> Mention | None:
    """The mention of one capitalised sequence (``None`` for words that are no one)."""
    shape = _sequence_shape(raw)
    if shape is None:
        return None
    kind, name, title, gender, possessive, lead, start, end = shape
    shown = " ".join(text[seq_start + start : seq_start + end].split())
    if possessive and kind == "person" and _CONTRACTED_IS_RE.match(text, seq_start + end):
        possessive = False  # "Adam Curry's pressing ahead": "is", not a possessive
    elif possessive and kind in ("organisation", "media", "person") and _names_itself(text, seq_start + end, kind):
        possessive = False  # "McDonald's said", "According to Standard & Poor's,": the name ends in "'s"
        if kind != "person" or " " not in name:
            kind, name = "organisation", shown
    mention = Mention(
        seq_start + start, seq_start + end, kind, shown, name, gender, title, possessive, -1, seq_start + lead
    )
    if kind == "person" and start > lead:
        before = raw[lead:start].split()
        if before and before[-1].rstrip(".") in HONORIFICS:
            mention.honorific = before[-1].rstrip(".")
    return mention


@lru_cache(maxsize=100_000)
def _sequence_shape(raw: str) -> tuple | None:
    """What a sequence's mention is, with offsets into the sequence (a name recurs: remembered per process).

    ``(kind, name, title, gender, possessive, lead, start, end)``; ``None`` for words that are no one.
    """
    words = raw.split()
    kind, name, title, gender = classify_sequence(words)
    if kind == "other":
        return None
    if kind == "unnamed":
        return ("unnamed", name[0], None, None, False, 0, 0, len(raw))
    possessive = bool(_POSSESSIVE_RE.search(words[-1].rstrip(".")))
    start = lead = 0
    if kind == "person" and name:
        first = _first_word(words, title, name)
        lead = raw.find(first)
        start = raw.find(name[0], raw.find(title[-1]) + len(title[-1]) if title else 0)
    elif kind == "title" and title:
        start = lead = raw.find(title[0])
    end = len(raw)
    if raw.endswith(".") and not re.search(r"(?:(?<![\w&])[A-Z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd))\.$", raw):
        end -= 1  # a sentence's full stop is not part of the name
    if kind == "title":
        return ("title", "", _title_key(" ".join(title)), gender, possessive, lead, start, end)
    return (kind, " ".join(name), " ".join(title) or None, gender, possessive, lead, start, end)


#: Capitalised heads that make a phrase a name inside a sentence: "the Conservatives", "the Observer".
_NAMING_HEADS = ORG_WORDS | MEDIA_WORDS


def _name_inside_sentence(text: str, head_start: int, head_end: int) -> bool:
    """Whether a capitalised head noun inside a sentence names an organisation or a newspaper ("the Observer")."""
    before = text[max(0, head_start - 3) : head_start].rstrip(" \t")
    return text[head_start:head_end] in _NAMING_HEADS and bool(before) and before[-1] not in '.!?"“\n'


_DOCUMENT_TITLES = frozenset(w.title() for w in DOCUMENT_NOUNS if w.isalpha())
#: Capitalised words that end organisations' names and are also documents in lower case ("records", "post").
_NAME_ENDINGS = (ORG_WORDS | MEDIA_WORDS) - _DOCUMENT_TITLES | {"Records", "Post"}
#: The capitalised words (and the small words inside names) right before a head: "Institute for Fiscal ".
_NAME_BEFORE_RE = re.compile(r"(?:(?:[A-Z][\w'’\-&]*|of|for|the|and|&)[ \t]+){1,6}$")


def _ends_a_name(text: str, head_start: int, head_end: int) -> bool:
    """Whether a capitalised document noun ends an organisation's name, not a document's.

    "the Factory Records founder", "the Washington Post", "the Institute for Fiscal Studies"; not
    "a Gallup Poll", "The Report".
    """
    before = _NAME_BEFORE_RE.search(text, max(0, head_start - 60), head_start)
    if before is None:
        return False
    words = [w for w in before.group().split() if w[:1].isupper() and w not in ("The", "A", "An")]
    if not words:
        return False
    return text[head_start:head_end] in _NAME_ENDINGS or any(w in ORG_WORDS - _DOCUMENT_TITLES for w in words)


#: Heads that are also verbs, a source only before "of": "the heads of both lobbying firms".
_HEADS_BEFORE_OF = frozenset({"heads"})


def _phrases(text: str, near: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Unnamed sources, titles, organisations, documents and shares of respondents, found head first.

    ``near`` (sorted, disjoint spans) limits the search to heads inside them:
    these phrases matter only as speakers, next to a reporting verb. Where two
    phrases overlap, the one found first in the order unnamed, document,
    share, organisation, title wins (as the longer or more specific), except
    that a share wins over the group inside it.
    """
    found: dict[str, list[Mention]] = {kind: [] for kind in ("unnamed", "document", "share", "organisation", "title")}
    spans = near if near is not None else [(0, len(text))]
    for head_start, head_end, word in (h for lo, hi in spans for h in _heads(text, lo, hi)):
        if word in _HEADS_BEFORE_OF and not text.startswith(" of ", head_end):
            continue  # "the heads of both firms told AP", not "Smith heads the committee"
        for kind in _HEADS[word]:
            start = _left_start(text, head_start, kind)
            if start is None or (kind in _NEEDS_LEFT and start == head_start):
                continue
            indefinite = kind == "title" and text[start : start + 4].split(None, 1)[0] in _INDEFINITE
            if indefinite and "unnamed" in _HEADS[word]:
                continue  # "a strategist": found as an unnamed source, with what it is of
            if indefinite:  # "a government minister said": an unnamed holder of the role
                kind = "unnamed"
            right = _RIGHT[kind].match(text, head_end) if kind in _RIGHT else None
            if kind == "share" and right is None:
                continue  # a share speaks only as the subject of "said"
            end = _without_full_stop(text, head_end, right.end()) if right else head_end
            phrase = " ".join(text[start:end].split())
            if kind == "unnamed" and text[head_start].isupper() and _NAME_AFTER_RE.match(text, head_end):
                continue  # "Representative Peter T. King": a title before a name
            if kind == "unnamed" and text[head_start].isupper() and _name_inside_sentence(text, head_start, head_end):
                continue  # "the Conservatives said": the party (a sentence's "Conservatives say" may be people)
            if kind == "document" and text[head_start].isupper() and _ends_a_name(text, head_start, head_end):
                continue  # "the Factory Records founder", "the Washington Post": a name, not records or a post
            if kind == "unnamed":
                start, phrase = _without_opening_words(text, start, end, phrase)
                if not phrase or _bare(phrase.split()[0]) in HONORIFICS:
                    continue  # "Dr Jones's aides": a person's name, not an unnamed source
                part = _part_before(text, start)
                if part is not None:  # "one of those advisers", "a handful of Democrats": a part, not all
                    start, phrase = part, " ".join(text[part:end].split())
            label = unnamed_label(phrase)
            if kind == "organisation" and end > head_end and text[head_start].islower():
                label = " ".join(text[head_end:end].split())  # "the biggest phone company BT": BT
            elif kind == "organisation" and word in _NAMED_KINDS_OF_FIRM:
                label = _firm_named_before_kind(phrase) or label  # "the NBC network": NBC
            mention_kind = "unnamed" if kind == "share" else kind
            if kind == "title":
                found[kind].append(Mention(start, end, "title", phrase, "", title=_title_key(phrase)))
            else:
                found[kind].append(Mention(start, end, mention_kind, phrase, label))
    for lo, hi in spans:  # "One in five say", "about four out of 10 voters said": a share without a head noun
        for start, end in _ratios(text, lo, hi):
            right = _RIGHT["share"].match(text, end)
            if right is not None:
                phrase = " ".join(text[start : right.end()].split())
                found["share"].append(Mention(start, right.end(), "unnamed", phrase, unnamed_label(phrase)))
    out: list[Mention] = []
    shares = found["share"]  # "Seventy percent of Democratic voters": the share, not the voters inside it
    found["unnamed"] = [
        u
        for u in found["unnamed"]
        if not any(h.start < u.start and u.end <= h.end for h in [*shares, *found["unnamed"]])
    ]  # "Lawyers for news organisations": the lawyers, not the organisations inside their phrase
    if found["unnamed"] and found["document"]:  # "according to official figures": the figures, not an official
        found["unnamed"] = [
            u
            for u in found["unnamed"]
            if not any(
                d.start <= u.start < u.end < d.end and " " not in text[u.end + 1 : d.end] for d in found["document"]
            )
        ]  # (the unnamed head right before the document's: "its diplomats announced of statement" keeps them)
    if found["document"] and found["organisation"]:  # "the editorial board": the board, not "the editorial"
        bodies = {(o.start, o.end) for o in found["organisation"]}
        found["document"] = [
            d for d in found["document"] if not any(start == d.start and end > d.end for start, end in bodies)
        ]
    if found["unnamed"] and found["organisation"]:  # "the Department of Justice": not a justice
        bodies = {(o.start, o.end) for o in found["organisation"]}
        found["unnamed"] = [
            u
            for u in found["unnamed"]
            if not (u.text[:1].isupper() and any(start < u.start and u.end <= end for start, end in bodies))
        ]
    for kind in ("unnamed", "document", "share", "organisation", "title"):
        if not found[kind]:
            continue
        if not out:
            out.extend(_longest(found[kind]))
            continue
        taken = SpanSet([(m.start, m.end) for m in out])
        out.extend(m for m in _longest(found[kind]) if not taken.overlaps(m.start, m.end))
    return out


#: Words of a region's name: "the South Yorkshire company" is described by a place, not named.
_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"})
#: Kinds of firm written after a firm's name: "the NBC network", "the Virgin group" (not "the Obama administration").
_NAMED_KINDS_OF_FIRM = frozenset(
    "network channel broadcaster company firm group bank airline carrier chain retailer studio label".split()
)
#: "the", then a name of one to three capitalised words, then a lower-case kind.
_NAME_THEN_KIND_RE = re.compile(r"[Tt]he ((?:[A-Z][\w&\-]*|&)(?: (?:[A-Z][\w&\-]*|&)){0,2}) [a-z]+")


def _firm_named_before_kind(phrase: str) -> str | None:
    """The firm's name in "the NBC network", "the Sony group"; ``None`` for "the US company", "the Swedish firm"."""
    named = _NAME_THEN_KIND_RE.fullmatch(phrase)
    if named is None:
        return None
    words = named.group(1).split()
    if named.group(1) in places() or any(
        w in NATIONALITIES or w in places() or w in COUNTRY_CODES or w in _COMPASS or "-" in w for w in words
    ):
        return None  # a place or a nationality: "the Canada-based company", "the South Yorkshire company"
    return named.group(1)


def _longest(mentions: list[Mention]) -> list[Mention]:
    """The mentions less one that a mention of the same kind extends by one word ("The billionaire businessman")."""
    if len(mentions) < 2:
        return mentions
    by_start: dict[int, list[Mention]] = {}
    for m in mentions:
        by_start.setdefault(m.start, []).append(m)
    out = []
    for m in mentions:
        longer = [o for o in by_start[m.start] if o.end > m.end]
        if any(len(o.text.split()) == len(m.text.split()) + 1 for o in longer):
            continue
        out.append(m)
    return out


#: Nouns of a part of a group after "a" or "an": "a handful of", "an increasing number of".
PART_NOUNS = frozenset("handful number couple group majority minority array range host lot variety".split())
#: Before an unnamed source, the part of it that spoke: "one of ", "a handful of ", "some of ".
_PARTITIVE_RE = re.compile(
    rf"(?<![\w\-])(?i:{'|'.join(_SMALL_NUMBERS[:5])}|some|many|most|several|none|each|few|both|either|neither|"
    rf"a few|an?(?:\s+[a-z]+)?\s+(?:{'|'.join(sorted(PART_NOUNS))})|"
    r"dozens|hundreds|thousands)\s+of\s+$"
)
#: Before a group's plural name, words that make it some of its members: "some Democrats", "a handful of".
_SOME_OF_RE = re.compile(
    rf"(?<![\w\-])(?:(?i:{'|'.join(_SMALL_NUMBERS[1:5])}|some|many|most|several|few|other|fellow|prominent|"
    r"leading|dozens of|hundreds of)\s+){1,2}$"
)
#: How far before a group the words naming the part of it that spoke may start ("a significant number of ").
_PART_REACH = 40


def _part_before(text: str, at: int, quantifiers: bool = False) -> int | None:
    """Where the words naming a part of the group at ``at`` start ("one of ", "a handful of "), if any.

    With ``quantifiers`` also words that make a group's name some of its members ("some ", "many prominent ").
    """
    lo = max(0, at - _PART_REACH)
    part = _PARTITIVE_RE.search(text, lo, at) or (_SOME_OF_RE.search(text, lo, at) if quantifiers else None)
    return None if part is None else part.start()


#: A share written as a ratio: "One in five", "nearly eight in 10", "about four out of 10". Found from its
#: " in " or " out of " (plain string search), then read both ways with anchored patterns.
_RATIO_HEAD_RE = re.compile(
    r"(?<![\w\-])(?:(?:[Nn]early|[Aa]bout|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust|(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than)\s+)?"
    rf"(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _SMALL_NUMBERS[:9])}|\d{{1,3}})$"
)
_RATIO_TAIL_RE = re.compile(rf"\s+(?:\d{{1,3}}|{'|'.join(_SMALL_NUMBERS[1:])})(?![\w\-])")


def _ratios(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``(start, end)`` of every ratio share between ``lo`` and ``hi``."""
    out = []
    for joint in (" in ", " out of "):
        at = text.find(joint, lo, hi)
        while at >= 0:
            tail = _RATIO_TAIL_RE.match(text, at + len(joint) - 1, hi)
            head = _RATIO_HEAD_RE.search(text, max(lo, at - 30), at) if tail is not None else None
            if head is not None:
                out.append((head.start(), tail.end()))
            at = text.find(joint, at + 1, hi)
    return sorted(out)


_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][\w.'’\-]*)")


#: Opening words that determine the phrase after them ("That person said", "Some aides").
_OPENING_DETERMINERS = frozenset(
    "The A An Some Many Most All Both That This These Those Another Dozens Hundreds Thousands Millions".split()
    + ["His", "Her", "Their", "Its"]  # "His agent said": whose agent, the reader must look back
    + [number.capitalize() for number in _SMALL_NUMBERS]
)


_SENTENCE_STOP_RE = re.compile(r"(?<=[a-z]{2})\.\s")


def _without_full_stop(text: str, lo: int, end: int) -> int:
    """The end of a phrase without trailing space and without a sentence's full stop.

    "a user from Hanover." ends before its stop, "officials of the U.S." after the abbreviation's.
    """
    stop = _SENTENCE_STOP_RE.search(text, lo, end)  # "from Hanover. Officials": not into the next sentence
    end = stop.start() + 1 if stop else end
    end = lo + len(text[lo:end].rstrip())
    word = text[lo:end].rsplit(None, 1)[-1] if text[lo:end].strip() else ""
    if word.endswith(".") and "." not in word[:-1] and len(word) > 2:
        end -= 1
    return end


#: Opening words that are adjectives before a source's noun: "Outside experts say" (not "Outside, experts say").
_OPENING_ADJECTIVES = frozenset({"Outside", "Several"})


def _without_opening_words(text: str, start: int, end: int, phrase: str) -> tuple[int, str]:
    """An unnamed source without words that open a sentence ("First his wife", "Even the organizer")."""
    first = phrase.split()[0]
    while first in LEADING_WORDS and first not in _OPENING_DETERMINERS and first not in _OPENING_ADJECTIVES:
        start = text.index(first, start) + len(first)
        start += len(text[start:end]) - len(text[start:end].lstrip())
        phrase = " ".join(text[start:end].split())
        if not phrase:
            return start, ""
        first = phrase.split()[0]
    return start, phrase


def _first_word(words: list[str], title: list[str], name: list[str]) -> str:
    """The first word of a person's phrase as written: its honorific, title or name (past leading words)."""
    wanted = title[0] if title else name[0]
    honorifics = [w for w in words if _bare(w) in HONORIFICS]
    return honorifics[-1] if honorifics and not title else next((w for w in words if _bare(w) == wanted), wanted)


class SpanSet:
    """Spans, for asking by bisection whether a new span overlaps any of them."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max, initial=0))[1:]  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` overlaps a span of the set."""
        i = bisect_left(self.starts, end)  # the spans starting before ``end``
        return i > 0 and self.reach[i - 1] > start


def _title_key(phrase: str) -> str:
    """A title as a lookup key: lower case, without "the" and words such as "former"."""
    words = [w for w in phrase.lower().replace(".", "").split() if w not in {"the", "former", "then", "new", "current"}]
    key = " ".join(words)
    return _TITLE_ABBREVIATIONS.get(key, key)


#: Titles written short, as their full form ("the PM" holds the title "prime minister").
_TITLE_ABBREVIATIONS = {"pm": "prime minister"}


def unnamed_label(phrase: str) -> str:
    """An unnamed source as a speaker label: "a Conservative spokesperson", "officials" (not "Officials")."""
    words = phrase.split()
    if words and words[0][:1].isupper():
        low = words[0].lower()
        named = len(words) > 2 and words[1] == "of" and words[2][:1].isupper()  # "Bank of England officials"
        partitive = len(words) > 1 and words[1] == "of" and low in _NUMBER_WORDS | _DETERMINERS  # "One of …"
        opening = words[0] in _OPENING_ADJECTIVES
        if low in _DETERMINERS or low in _SOURCE_MODIFIERS or (low in _HEADS and not named) or partitive or opening:
            words[0] = low  # a sentence's capital, not a name's
    return " ".join(words)
