"""The people of one article: mentions joined into persons, titles and pronouns resolved.

Within an article, "Tony Blair", "Mr Blair", "Blair" and (after he is named
with it) "the prime minister" are one person, named by the fullest form
written. Two people sharing a surname stay apart ("Boris Johnson" and "Jo
Johnson"): a surname alone then means the one mentioned last (an honorific's
gender decides where it can). A pronoun means the last subject whose gender
fits, before any object, and never a possessive ("Benitez's team"); a title
the last person written with it, or the registry person who holds it.
Everything runs once over the mentions in text order, looking back a bounded
number of mentions, so the work grows with the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.statements.names import (
    NAME_SUFFIXES,
    NOUN_GENDERS,
    PARTICLES,
    Mention,
    english_words,
    first_names,
    gendered_first_names,
    known_first_name,
    may_be_given_name,
)
from analysis.statements.registry import SpeakerRegistry
from analysis.statements.wordlists import BACK_REFERENCE_NOUNS, NATIONALITIES

#: Honorifics of knights and peers, and of everyone else: British news calls Sir Ian Blair "Sir Ian" and
#: never "Mr Blair", so "Mr Blair" is not he (US news may write "Mr. McCartney": then the two stay apart).
KNIGHTS_AND_PEERS = frozenset({"Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"})
COMMONERS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx"})
_PEERS = frozenset({"Lord", "Baroness", "Baron"})  # named by surname or title ("Lord Nicholls"), not first name

#: How many person mentions a pronoun looks back over.
PRONOUN_WINDOW = 8
#: Name suffixes that are not surnames.
#: Title words whose holder is someone else than the plain title's ("vice president" is not "the president").
_QUALIFIERS = frozenset({"vice", "deputy", "former", "assistant", "shadow", "acting", "junior", "under"})


@dataclass
class Person:
    """A person of the article: the fullest name written, surname, gender, titles, registry entry."""

    name: str
    surname: str
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    registered: bool = False
    has_first_name: bool = False
    last_seen: int = 0
    mentions: list[str] = field(default_factory=list)
    #: Where (mention position) the person last stood as a reporting verb's subject; -1 if never.
    last_spoke: int = -1
    #: Whether the person was written as a knight or peer ("Sir Ian Blair", "Lord Nicholls"), or with a
    #: commoner's honorific ("Mr Blair"): one person is never both.
    noble: bool = False
    plain: bool = False
    #: Whether the gender is only guessed from the broader list of first names (``gendered_first_names.txt``):
    #: "Mr" or "Ms" before the surname says otherwise ("Lakshmi Mittal … Mr Mittal").
    guessed_gender: bool = False
    #: A peer's honorific ("Lord" of "Lord Browne"), part of the name of a peer the text names by surname alone.
    peerage: str = ""

    def holds(self, noun: str) -> bool:
        """Whether one of the person's titles has the role noun ("coach" in "france coach")."""
        return any(noun in t.split() for t in self.titles)


def surname_of(name: str) -> str:
    """The surname of a name ("Martin Luther King Jr" → "King")."""
    words = [w for w in name.replace(".", "").split() if w not in NAME_SUFFIXES]
    return words[-1] if words else name


def _former(m: Mention) -> bool:
    """Whether a title's mention says its holder no longer holds it: "the former New Jersey governor"."""
    return "former" in m.text.lower().split()


def title_matches(wanted: str, held: str) -> bool:
    """Whether a title as written ("minister") fits one a person holds ("russian foreign minister")."""
    w, h = wanted.split(), held.split()
    if not w or not h or w[-1] != h[-1]:
        return False
    if any(q in h and q not in w for q in _QUALIFIERS):
        return False
    return set(w) <= set(h)


class People:
    """The persons of one article, built from its mentions in text order (see the module docstring)."""

    def __init__(self, registry: SpeakerRegistry, surname_genders: dict[str, str] | None = None) -> None:
        self.registry = registry
        #: Genders the headline's full names give to surnames the text writes alone (see :func:`surname_genders`).
        self._surname_genders = surname_genders or {}
        self.persons: list[Person] = []
        self._by_name: dict[str, int] = {}
        self._by_surname: dict[str, list[int]] = {}
        self._recent: list[tuple[int, Mention]] = []  # (person, mention), in mention order
        self._by_title_word: dict[str, list[int]] = {}  # a title's last word → the persons holding such a title
        self._described: dict[str, int] = {}  # a description in apposition ("tory leader") → its person
        self._by_first: dict[str, list[int]] = {}  # the first word of a name written in full → its persons

    def resolve(self, mentions: list[Mention], speaking: frozenset[int] = frozenset()) -> None:
        """Give each person, title and pronoun mention its person (``mention.entity``; ``-1`` if none).

        ``speaking`` holds the positions of mentions that stand as a reporting verb's subject: a
        pronoun of unknown gender means the last of those people who spoke before any other
        ("Bipin Bihari … said Khan was being sent back. '…,' he said." is Bihari).
        """
        previous: Mention | None = None
        for position, m in enumerate(mentions):
            if m.kind == "person":
                m.entity = self._person(m, position)
            elif m.kind == "title":
                if previous is not None and previous.kind == "person" and _apposition(previous, m):
                    m.entity = previous.entity  # "Tony Blair, the prime minister,"
                    former = _former(m) and m.title  # "X, the former governor,": no "the governor" after
                    self._add_title(m.entity, f"former {m.title}" if former else m.title or "")
                else:
                    m.entity = self._titled(m, position)
            elif m.kind == "unnamed" and m.text[:4].lower() == "the ":
                key = " ".join(m.text.lower().split()[1:])
                if (
                    previous is not None
                    and previous.kind == "person"
                    and previous.entity >= 0
                    and _apposition(previous, m)
                ):
                    self._described[key] = previous.entity  # "Michael Howard, the Tory leader,"
                elif key in self._described:
                    m.entity = self._described[key]  # "The Tory leader added": Howard again
                elif " " not in key and (holder := self._one_holder(key)) >= 0:
                    m.entity = holder  # "US district court judge Susan Ilston … The judge said": the one judge
            elif m.kind == "pronoun":
                m.entity = self._pronoun(m)
                person = self.persons[m.entity] if m.entity >= 0 else None
                if person is not None and person.gender is None and m.gender in ("m", "f") and " " in person.name:
                    person.gender = m.gender  # "Steven Gerrard … he described": a man (not a word read as a name)
            if m.kind in ("title", "unnamed") and m.entity < 0 and refers_back(m.text):
                m.entity = self._leading_person(m.text.split()[-1])  # "the defender said" in a story
                previous = m  # about one player; no antecedent of "he" (the name it stands for already is)
                continue
            if m.entity >= 0:  # a possessive keeps its place in the window but is no antecedent of "he"
                self._recent.append((m.entity, m))  # whether it is an object is read only if a pronoun asks
                self.persons[m.entity].last_seen = position
                if position in speaking:
                    self.persons[m.entity].last_spoke = position
                self.persons[m.entity].mentions.append(m.text)
            previous = m

    def name(self, index: int) -> str:
        """The name of a person of the article ("Lord Browne" for a peer named by surname alone)."""
        person = self.persons[index]
        if person.peerage and not person.has_first_name and " " not in person.name:
            return f"{person.peerage} {person.name}"
        return person.name

    def index_of(self, name: str) -> int | None:
        """The person of the article named ``name`` (the fullest form), or ``None``."""
        return self._by_name.get(name)

    def one_known_person(self, name: str) -> int | None:
        """The one person of the article named ``name`` whose first name or gender the text gives, or ``None``.

        By full name, surname or first name ("the Wim report" after Wim Kok).
        """
        found = {self._by_name[name]} if name in self._by_name else set(self._by_surname.get(name, []))
        found = found or set(self._by_first.get(name, []))
        known = [i for i in found if self.persons[i].has_first_name or self.persons[i].gender is not None]
        return known[0] if len(known) == 1 else None

    # -- persons ---------------------------------------------------------------
    def _add(self, name: str, gender: str | None, registered: bool, has_first: bool) -> int:
        self.persons.append(Person(name, surname_of(name), gender, set(), registered, has_first))
        index = len(self.persons) - 1
        self._by_name[name] = index
        self._by_surname.setdefault(self.persons[index].surname, []).append(index)
        if has_first:
            self._by_first.setdefault(name.split()[0], []).append(index)
        return index

    def _registered(self, name: str) -> int:
        speaker = self.registry.get(name)
        if name in self._by_name:
            return self._by_name[name]
        index = self._add(name, speaker.gender if speaker else None, True, True)
        for alias in speaker.aliases if speaker else ():
            surname = surname_of(alias)
            if index not in self._by_surname.get(surname, []):
                self._by_surname.setdefault(surname, []).append(index)
        return index

    def _person(self, m: Mention, position: int) -> int:
        speaker = self.registry.by_alias(m.name) or self.registry.by_alias(m.text)
        index = self._registered(speaker.name) if speaker is not None else self._unregistered(m)
        person = self.persons[index]
        person.noble = person.noble or m.honorific in KNIGHTS_AND_PEERS
        person.plain = person.plain or m.honorific in COMMONERS
        if m.honorific in _PEERS:
            person.peerage = m.honorific
        if m.title:
            self._add_title(index, m.title)
        if not person.mentions and person.gender is not None and _gender_guessed(m):
            person.guessed_gender = True  # a new person whose gender only the broader list gives
        if m.gender is not None and (person.gender is None or (person.guessed_gender and m.honorific)):
            person.gender, person.guessed_gender = m.gender, _gender_guessed(m)
        if person.gender is None and " " not in person.name:
            person.gender = self._surname_genders.get(person.name)  # "Moore" under a headline's "Brian Moore"
        return index

    def _unregistered(self, m: Mention) -> int:
        words = m.name.split()
        if len(words) >= 2:
            if m.name in self._by_name:
                return self._by_name[m.name]
            if words[0].lower() in PARTICLES or m.honorific in COMMONERS:  # "Le Bon" after Simon Le Bon, "Mr Vargas
                # Llosa" after Mario Vargas Llosa: a surname of two words
                same = [
                    i
                    for i in self._by_surname.get(surname_of(m.name), [])
                    if self.persons[i].name.endswith(m.name) and _gender_fits(self.persons[i].gender, m.gender)
                ]
                if same:
                    return max(same, key=lambda i: self.persons[i].last_seen)
            surname = surname_of(m.name)
            for index in reversed(self._by_surname.get(surname, [])):
                person = self.persons[index]
                noble = m.honorific in KNIGHTS_AND_PEERS
                if (
                    not person.has_first_name
                    and _gender_fits(person.gender, m.gender)
                    and not (person.noble and not noble)  # "Lord Nicholls" is not Andrew Nicholls
                    and not (person.plain and noble)  # "Mr Blair" is not Sir Ian Blair
                ):
                    # "Mr Blair" first, "Tony Blair" later: one person, named in full from now on
                    del self._by_name[person.name]
                    person.name, person.has_first_name = m.name, True
                    self._by_name[m.name] = index
                    self._by_first.setdefault(words[0], []).append(index)
                    return index
            index = self._add(m.name, m.gender, False, True)
            if m.relative:  # "Mark Barden's son, Daniel": a later "Barden says" is still the father
                self._by_surname[self.persons[index].surname].remove(index)
            return index
        candidates = [
            i
            for i in self._by_surname.get(m.name, [])
            if _gender_fits(self.persons[i].gender, m.gender) or (self.persons[i].guessed_gender and m.honorific)
        ]
        honorific = m.honorific
        if honorific in KNIGHTS_AND_PEERS and honorific not in _PEERS:  # "Sir Ian", "Dame Judi": a first name
            candidates += [i for i in self._by_first.get(m.name, ()) if self.persons[i].noble]
        if honorific in KNIGHTS_AND_PEERS or honorific in COMMONERS:  # "Mr Blair" is not Sir Ian Blair
            candidates = [i for i in candidates if self.persons[i].noble == (honorific in KNIGHTS_AND_PEERS)]
        if not candidates and not honorific and (m.name in first_names() or may_be_given_name(m.name)):
            # "Serena said" after Serena Williams, "Ozzy said" after Ozzy Osbourne (a man: "he"); a word that is
            # no known first name joins only a person whose gender is known ("Cadbury" is not Cadbury Schweppes)
            known = m.name in first_names()
            first = [i for i in self._by_first.get(m.name, ()) if known or self.persons[i].gender is not None]
            candidates = first if len(first) == 1 else []
        if not candidates and honorific in COMMONERS and m.name not in first_names():  # "Wang Yan … Mr Wang":
            # a family name written first ("Mr John" is no John Smith)
            first = [  # not a firm read as a name ("Mittal Steel": an English word after the family name)
                i
                for i in self._by_first.get(m.name, ())
                if self.persons[i].name.split()[-1].lower() not in english_words()
            ]
            candidates = first if len(first) == 1 and not self.persons[first[0]].noble else []
        if not candidates and honorific in COMMONERS and m.name not in self._by_name and len(m.name) >= 5:
            # "Sonaptic's managing director David Monteith … explained Mr Montieth": the source's slip of a letter
            slips = [
                i
                for i in range(len(self.persons))
                if self.persons[i].has_first_name
                and _one_letter_slip(self.persons[i].surname, m.name)
                and _gender_fits(self.persons[i].gender, m.gender)
            ]
            candidates = slips if len(slips) == 1 else []
        if candidates:
            return max(candidates, key=lambda i: self.persons[i].last_seen)
        if m.name in self._by_name:
            return self._by_name[m.name]
        return self._add(m.name, m.gender, False, False)

    # -- titles and pronouns -----------------------------------------------------
    def _titled(self, m: Mention, position: int) -> int:
        owners = self.registry.owners(m.text)
        if owners:
            named = [self._by_name[s.name] for s in owners if s.name in self._by_name]
            if named:
                return max(named, key=lambda i: self.persons[i].last_seen)
            if len(owners) == 1:
                return self._registered(owners[0].name)
        if not m.title:
            return -1
        wanted = [m.title, f"former {m.title}"] if _former(m) else [m.title]  # "the former governor": either
        holders = [
            i
            for i in self._by_title_word.get(m.title.split()[-1], ())
            if any(title_matches(w, t) for t in self.persons[i].titles for w in wanted)
        ]
        return max(holders, key=lambda i: self.persons[i].last_seen) if holders else -1

    def _leading_person(self, noun: str) -> int:
        """The person the article is about so far, whom a role noun may describe (``-1``: none).

        Named at least twice, twice as often as anyone else, with a first name (not a band or a magazine read
        as a name); of the noun's gender ("actress"); not holding only titles other than the noun ("the
        striker" is not the manager the story quotes), unless the noun is a nationality ("the Scot" is the
        manager the story is about).
        """
        nationality = noun in NATIONALITIES
        noun = noun.lower()
        counts = sorted(((len(p.mentions), -i) for i, p in enumerate(self.persons)), reverse=True)
        if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
            held = self._one_holder(noun) == 0 and self.persons[0].has_first_name  # "France coach X believes …"
            return 0 if held else -1  # the one holder of the role, opening the story
        person = self.persons[-counts[0][1]]
        wanted = NOUN_GENDERS.get(noun)
        if not person.has_first_name or (wanted and person.gender != wanted):
            return -1
        if person.titles and not nationality and not person.holds(noun):
            return -1
        return -counts[0][1]

    def _one_holder(self, noun: str) -> int:
        """The one person of the article holding a role ("judge" of "US district court judge"; ``-1``: none or more)."""
        holders = [i for i, p in enumerate(self.persons) if p.holds(noun)]
        return holders[0] if len(holders) == 1 else -1

    def _add_title(self, index: int, title: str) -> None:
        key = " ".join(title.lower().replace(".", "").split())
        if key and key not in self.persons[index].titles:
            self.persons[index].titles.add(key)
            self._by_title_word.setdefault(key.split()[-1], []).append(index)

    @staticmethod
    def _candidates(recent: list[tuple[int, Mention]], subjects_only: bool) -> list[int]:
        """The distinct people of the recent mentions, newest first, at most :data:`PRONOUN_WINDOW`."""
        seen: list[int] = []
        for index, m in recent:
            if index in seen or m.possessive or (subjects_only and m.oblique):
                continue  # "Sir Alex Ferguson's side": never "he"
            seen.append(index)
            if len(seen) >= PRONOUN_WINDOW:
                break
        return seen

    def _pronoun(self, m: Mention) -> int:
        """The person "he" or "she" stands for (``-1``: none), by salience.

        First a recent subject of the pronoun's gender, then a recent subject of unknown gender who
        spoke or is named in full, then the same among objects; never a name in a possessive.
        """
        if m.gender == "plural":
            return -1  # "they" stands for a group, not one person (see the extractor)
        recent = self._recent[: -4 * PRONOUN_WINDOW - 1 : -1]  # the last mentions of people, newest first
        # a subject before an object: "Hantuchova … her clash with Williams. '…,' she said" is Hantuchova
        subjects = self._candidates(recent, subjects_only=True)
        for index in subjects:
            if self.persons[index].gender == m.gender:
                return index
        # "Manager Pat Lowe … he admitted": a subject of unknown gender before an object
        unknown = self._of_unknown_gender(subjects)
        if unknown >= 0:
            return unknown
        seen = self._candidates(recent, subjects_only=False)
        for index in seen:
            if self.persons[index].gender == m.gender:
                return index
        return self._of_unknown_gender(seen)

    def _of_unknown_gender(self, candidates: list[int]) -> int:
        """Of people whose gender is unknown, the one who last spoke, else the first named in full (``-1``: none).

        A lone word never heard speaking is no one's antecedent: it may be a club or a place.
        """
        unknown = [i for i in candidates if self.persons[i].gender is None]
        spoke = [i for i in unknown if self.persons[i].last_spoke >= 0]  # the one who last spoke
        if spoke:
            return max(spoke, key=lambda i: self.persons[i].last_spoke)
        named = [i for i in unknown if self.persons[i].has_first_name]  # "Yahoo … she said": a full name first
        return named[0] if named else -1


def _one_letter_slip(written: str, slipped: str) -> bool:
    """Whether ``slipped`` is ``written`` with two neighbouring letters swapped or one letter left out or added.

    "Montieth" for "Monteith", "Chada" for "Chadha"; not a letter changed ("Hanson" is not Hansen).
    """
    if written == slipped or written[:1] != slipped[:1] or abs(len(written) - len(slipped)) > 1:
        return False
    if len(written) == len(slipped):
        diff = [k for k in range(len(written)) if written[k] != slipped[k]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and written[diff[0]] == slipped[diff[1]]
            and written[diff[1]] == slipped[diff[0]]
        )
    shorter, longer = sorted((written, slipped), key=len)
    k = next((k for k in range(len(shorter)) if shorter[k] != longer[k]), len(shorter))
    return shorter[k:] == longer[k + 1 :]


def refers_back(text: str) -> bool:
    """Whether a description refers back to the person a story is about ("the defender", "the Scot"; not "the man")."""
    words = text.split()
    if 2 <= len(words) <= 3 and words[0].lower() == "the" and words[-1] in NATIONALITIES:
        return True  # "the Scot admitted", "the Dutchman said", "the 55-year-old Frenchman told"
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in BACK_REFERENCE_NOUNS:
        return False
    if words[-1].lower() in ("man", "woman"):  # "the Waterford man", "the 22-year-old woman"; not "the young woman"
        return any(w[:1].isupper() or w[:1].isdigit() for w in words[1:-1])
    return True


_FULL_NAME_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z][\w'’\-]*[a-z])\b")


def surname_genders(headline: object) -> dict[str, str]:
    """The surnames a headline gives with a known first name, and the gender that name says.

    "Brian Moore believes the England captain …" → ``{"Moore": "m"}``; "Fly-half Jonny Wilkinson has been
    named …" → ``{"Wilkinson": "m"}`` (a first name of a person named in full, :func:`gendered_first_names`).
    """
    if not isinstance(headline, str):
        return {}
    out = {}
    for first, surname in _FULL_NAME_RE.findall(headline):
        gender = first_names().get(first) or gendered_first_names().get(first)
        if gender in ("m", "f"):
            out[surname.removesuffix("'s").removesuffix("’s")] = gender
    return out


def _gender_guessed(m: Mention) -> bool:
    """Whether a mention's gender comes only from the broader list of first names (no honorific, no known name)."""
    first = m.name.split()[0] if m.name else ""
    return (
        not m.honorific
        and not m.gender_told
        and " " in m.name
        and first not in first_names()
        and known_first_name(first)
    )


def _gender_fits(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


def _apposition(person: Mention, title: Mention) -> bool:
    """Whether a title directly follows a person's name after a comma ("Tony Blair, the prime minister")."""
    return 0 < title.start - person.end <= 3
