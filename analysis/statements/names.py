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
  aide to the governor").

Word lists live in ``analysis/resources`` (first names with their usual
gender, places) and here (honorifics, titles, organisation words).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate

HONORIFICS: dict[str, str | None] = {
    "Mr": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Mx": None,
    "Dr": None,
    "Sir": "m",
    "Dame": "f",
    "Lord": "m",
    "Lady": "f",
    "Madam": "f",
    "Monsieur": "m",
    "Madame": "f",
    "Herr": "m",
    "Frau": "f",
}
#: Words of a title that may stand before a name ("Prime Minister", "Sen.", "Foreign Secretary").
TITLE_WORDS = frozenset(
    """President Vice Prime Minister Ministers Secretary Foreign Home Defence Defense Finance Health Interior Justice
    Treasury Chancellor Senator Sen Sens Representative Rep Reps Congressman Congresswoman Governor Gov Mayor Judge
    General Gen Admiral Adm Colonel Col Lieutenant Lt Sergeant Sgt Captain Capt Commander Cmdr Major Maj Commissioner
    Director Chairman Chairwoman Chair Chief Executive CEO Spokesman Spokeswoman Spokesperson Ambassador Envoy Speaker
    Leader Deputy Assistant Attorney Solicitor King Queen Prince Princess Crown Emperor Pope Cardinal Archbishop
    Bishop Father Rabbi Imam Sheikh Professor Prof Doctor Officer Detective Inspector Superintendent Constable Coach
    Manager Minority Majority Whip Democratic Republican Labour Labor Conservative Liberal Former Acting Interim
    Senior Candidate Nominee Presidential Opposition Shadow First Councillor Councilman Councilwoman Chairperson
    Premier Chancellor Comptroller Trustee Justice Magistrate Coroner Economist Analyst Founder Co-founder Host
    Anchor Presenter Correspondent Editor Reporter Columnist Businessman Businesswoman Billionaire Mogul State
    Affairs Economy Trade Energy Transport Education Environment Culture Labour Agriculture Security Intelligence
    FM PM MP MEP Gen Lt Col Sgt Adviser Advisor Aide Strategist Consultant Counsel Official Activist Lawyer
    Spokeswoman Organizer Organiser Pastor Reverend Rev Dean Provost Chancellor""".split()
)
#: Words that make a capitalised sequence an organisation, an event or a thing, never a person.
ORG_WORDS = frozenset(
    """Party Parties Ministry Ministries Department Dept Council Committee Commission Agency Authority Institute
    Institution University College School Union Association Federation League Bank Fund Corporation Corp Company Co
    Inc Ltd LLC Plc PLC Group Holdings Foundation Trust Organisation Organization Office Service Services Court
    Parliament Congress Senate House Assembly Government Administration Campaign Police Army Navy Force Forces Guard
    Command Centre Center Board Bureau Secretariat Alliance Coalition Movement Front Club Society Cabinet Kremlin
    Pentagon Whitehall Capitol Church Mosque Hospital Clinic Airport Station Program Programme Project Initiative
    Plan Act Bill Treaty Accord Agreement Summit Conference Forum Games Cup Olympics War Day Week Report Survey Poll
    Index Review Study Festival Award Prize Street Road Avenue Square Bridge Tower Palace Hall Museum Stadium Park
    Facebook Twitter Google Apple Amazon Microsoft YouTube Instagram TikTok Airlines Airways Motors Energy Oil Gas
    Partners Capital Securities Industries Technologies Systems Labs Council Tribunal Chamber Republic Kingdom
    Empire Nations States Union Federation Democrats Republicans Conservatives Tories Socialists Greens Team Images
    Photo Photos Getty Convention Caucus Caucuses Primary Debate Debates Election Elections""".split()
)
#: Words that make an organisation a news medium: a news outlet is a source of reports, not a speaker.
MEDIA_WORDS = frozenset(
    """News Times Post Journal Herald Tribune Gazette Telegraph Guardian Mail Express Observer Chronicle Daily Weekly
    Magazine Radio TV Television Channel Broadcasting Media Press Reuters BBC CNN NBC CBS ABC Fox MSNBC AP AFP TASS
    Sputnik Xinhua Bloomberg Politico Breitbart HuffPost Axios Newsweek Economist Wire Agency Interfax RIA Novosti
    Al-Jazeera Jazeera NPR PBS Sky ITV""".split()
)
#: Names of institutions that speak without an organisation word ("the Kremlin said").
INSTITUTIONS = frozenset(
    """Kremlin Pentagon Whitehall Elysee Élysée Vatican Downing Congress Parliament Bundestag Duma Knesset Senate
    NATO EU UN UNICEF WHO IMF OPEC OSCE FBI CIA NSA NHS IFS ONS OECD ECB Fed Treasury Interpol""".split()
)
#: Capitalised words that start a sentence or a clause and never belong to a name.
LEADING_WORDS = frozenset(
    """The A An And But Or Nor So Yet Still Then Now Also Even Only Just In On At By For From To Of With Without After
    Before During Since Until While When Whereas Where Why How What Who Whom Whose Which That This These Those There
    Here If Unless Although Though As Because Like Unlike Despite Meanwhile However Moreover Furthermore Instead
    Indeed Nevertheless Nonetheless Otherwise Therefore Thus Hence Besides Yesterday Today Tomorrow Tonight Last Next
    Earlier Later Previously Recently Currently Finally First Second Third Speaking Asked According Both Each Every
    All Some Many Most Several Few No Not Never Once Twice Over Under Among Between Against Through Across Around
    About Above Below Into Onto Upon Within Including Amid Amidst Per Via Dear Please Yes Oh Well Sure Right Hey
    Thanks Sadly Unfortunately Fortunately Clearly Obviously Perhaps Maybe Certainly Surely Asked Told Said Says
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Breaking Watch Read
    Update Updated Exclusive Analysis Opinion Photo Video Live Related Editor Editors Note Share Our Their His Her
    Its My Your We They He She It I You Us Them Him Me Did Does Do Is Are Was Were Has Have Had Will Would Can Could
    Should Must May Might Shall Let Mr Mrs Ms""".split()
)
MONTHS = frozenset("January February March April May June July August September October November December".split())
PRONOUN_WORDS = frozenset("I We You He She It They Me Us Him Her Them His Hers Its Their Our My Your".split())
#: Particles inside names ("Ursula von der Leyen", "Charles de Gaulle").
PARTICLES = frozenset("de da di du del della der den van von la le bin ibn al el y dos das ter".split())
_CAP = r"(?:[A-Z][\w'’\-]*|[A-Z]\.(?:[A-Z]\.)*)"
_JOIN = r"(?:\s+(?:de|da|di|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|y|dos|das|ter))*"
#: A capitalised sequence; "of"/"for" (with "the") join two capitalised parts ("Secretary of State").
_SEQUENCE_RE = re.compile(
    rf"(?<![\w'’\-]){_CAP}\.?(?:{_JOIN}[ \t]+{_CAP}\.?|[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+{_CAP}\.?)*"
)
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
#: Titles standing for a person in lower case ("the prime minister", "the former foreign secretary").
_ROLE_NOUNS = (
    "prime minister|foreign minister|foreign secretary|home secretary|health secretary|defence secretary|"
    "defense secretary|secretary of state|chancellor|president|vice president|minister|secretary|senator|governor|"
    "mayor|congressman|congresswoman|spokesman|spokeswoman|spokesperson|chairman|chairwoman|ambassador|envoy|"
    "leader|candidate|nominee|front-runner|frontrunner|businessman|businesswoman|billionaire|lawmaker|judge|"
    "commissioner|chief executive|ceo|director|economist|founder|coach|manager|king|queen|prince|princess|pope"
)
_TITLE_NP_RE = re.compile(
    rf"\b[Tt]he\s+(?:(?:former|new|then|outgoing|incoming|current|acting|interim|deputy|shadow|[A-Z][\w'’\-]*)\s+){{0,3}}"
    rf"(?:(?:republican|democratic|labour|conservative|liberal|opposition|party|presidential|foreign|finance|"
    rf"health|defence|defense|interior|home|justice|economy|trade|energy|transport|education|state|chief|"
    rf"senior|top)\s+){{0,2}}(?:(?:{_ROLE_NOUNS})\s+)?(?P<role>{_ROLE_NOUNS})\b"
)
_SOURCE_NOUNS = (
    "officials?|spokes(?:man|woman|person|people)|sources?|aides?|advisers?|advisors?|diplomats?|analysts?|"
    "experts?|lawmakers?|insiders?|representatives?|staffers?|strategists?|operatives?|observers?|witnesses|"
    "witness|residents?|critics?|supporters?|voters?|protesters?|lawyers?|attorneys?|economists?|investigators?|"
    "prosecutors?|researchers?|scientists?|doctors?|officers?|executives?|organi[sz]ers?|authors?|members?|"
    "people familiar|people close|people|moderators?|reporters?|interviewers?|pollsters?|authorities|"
    "wom[ae]n|m[ae]n|mothers?|fathers?|wife|husband|sons?|daughters?|friends?|neighbou?rs?|teachers?|students?|"
    "workers?|owners?|farmers?|nurses?|activists?|organi[sz]ers?|delegates?|attendees?|fans?|veterans?|victims?|"
    "relatives?|colleagues?|parents?|employees?|managers?|defenders?|opponents?|rivals?|backers?|allies|ally|"
    "candidates?|politicians?|senators?|legislators?|judges?|justices?|leaders?|groups?|advocates?|donors?|"
    "consultants?|participants?|demonstrators?|spokespeople|commentators?|historians?|economists?"
)
#: A share of those polled or asked ("almost half", "six in 10 voters", "55 percent of Democrats").
_SHARE = (
    r"(?:(?:about|nearly|almost|roughly|more than|less than|fewer than|over|under|only|just)\s+)?"
    r"(?:half|a third|a quarter|two-thirds|three-quarters|a majority|a minority|\d+(?:\.\d+)?\s*(?:percent|%)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:10|ten|\d+))"
    r"(?:\s+of)?(?:\s+(?:the|all|those|them|[A-Z][\w\-]*|registered|likely|primary|young|older|white|black|"
    r"Hispanic|Latino|female|male|independent)){0,3}(?:\s+(?:voters|respondents|Americans|people|adults|members))?"
)
_SHARE_RE = re.compile(rf"\b{_SHARE}(?=\s+(?:\w+\s+)?(?:said|say|says)\b)", re.I)
#: An unnamed source: "a Conservative spokesperson", "senior officials", "a spokesman for the ministry".
_UNNAMED_RE = re.compile(
    rf"\b(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]op|[Ss]enior|"
    rf"[Hh]is|[Hh]er|[Tt]heir|[Yy]oung|[Oo]ld|[Ee]lderly|[Mm]ost|[Aa]ll|[Bb]oth|[Ff]ellow|[A-Z][\w.\-]*['’]s?|"
    rf"[Ff]ormer|[Ll]ocal|[Gg]overnment|[Pp]arty|[Cc]ampaign|[Aa]dministration|[Mm]ilitary|[Ss]ecurity|"
    rf"[Pp]olice|[Hh]ealth|[Ee]lection|[Hh]ospital|[Uu]nion|[Cc]ompany|[Ii]ndustry|[Ww]estern|[A-Z][\w'’\-]+)\s+){{0,4}}"
    rf"(?P<noun>{_SOURCE_NOUNS})\b"
    rf"(?:\s+(?:for|of|at|from|with|close to|familiar with|to)\s+(?:the\s+)?(?:[A-Z][\w'’\-&.]*\s*){{1,5}})?"
)
#: Organisations named by a common noun ("the company said", "the ministry said").
_ORG_NP_RE = re.compile(
    r"(?:\b[Tt]he\s+|(?<![\w.])(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s?\s+)(?:[\w'’\-]+\s+){0,2}"
    r"(?P<noun>company|campaign|agency|ministry|department|government|administration|group|organi[sz]ation|"
    r"committee|council|firm|bank|network|union|police|military|army|navy|court|board|commission|institute|"
    r"foundation|charity|office|embassy|regulator|watchdog|prosecutor's office|party|team|staff|spokesman|"
    r"spokeswoman|spokesperson)\b(?!['’])"
)
_POSSESSIVE_RE = re.compile(r"['’]s?$")


@dataclass
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

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First names and their usual gender (``analysis/resources/first_names.txt``)."""
    out = {}
    for line in resources.files("analysis.resources").joinpath("first_names.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, gender = line.split("\t")
            out[name.strip()] = gender.strip()
    return out


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Place names and the words for their peoples (``analysis/resources/places.txt``)."""
    text = resources.files("analysis.resources").joinpath("places.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _bare(word: str) -> str:
    """A word without a final full stop or possessive ending."""
    return _POSSESSIVE_RE.sub("", word.rstrip("."))


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def classify_sequence(words: list[str]) -> tuple[str, list[str], list[str], str | None]:
    """The kind of a capitalised word sequence, its name words, its title words, and an honorific's gender.

    Returns ``(kind, name, title, gender)`` where ``kind`` is ``person``,
    ``title``, ``organisation``, ``media``, ``place`` or ``other``; ``name`` and
    ``title`` are word lists (possibly empty).
    """
    bare = [_bare(w) for w in words]
    # Leading words that are not names: sentence openers, weekdays, months, places before an honorific.
    start = 0
    while start < len(words) and bare[start] in LEADING_WORDS and bare[start] not in HONORIFICS:
        if bare[start] == "May" and start + 1 < len(words) and bare[start + 1][:1].isupper():
            break  # "May" before a name may be a name ("Theresa May" is caught by its first name)
        start += 1
    honorific = max((i for i in range(start, len(words)) if bare[i] in HONORIFICS), default=None)
    if honorific is not None:
        start = honorific  # "Harrogate Mr Kennedy": the name starts at its honorific
    words, bare = words[start:], bare[start:]
    if not words:
        return "other", [], [], None
    if any(b in MEDIA_WORDS for b in bare) and not any(b in HONORIFICS for b in bare):
        return "media", bare, [], None
    joined = " ".join(bare)
    if joined in places() or (len(bare) == 1 and bare[0] in MONTHS):
        return "place", bare, [], None
    gender = HONORIFICS.get(bare[0]) if bare[0] in HONORIFICS else None
    in_title = [b in TITLE_WORDS or b in HONORIFICS for b in bare]
    for i in range(1, len(bare) - 1):  # "Chancellor of the Exchequer": a title's "of" phrase is the title's
        if bare[i] in ("of", "for") and in_title[i - 1]:
            j = i + 1 + (bare[i + 1] == "the")
            if j < len(bare):
                in_title[i : j + 1] = [True] * (j + 1 - i)
    titled = max((i for i, t in enumerate(in_title) if t), default=-1)
    title, name = bare[: titled + 1], bare[titled + 1 :]
    named_part = name if title and name else bare  # "House Speaker Paul Ryan": a title's words are no organisation
    if any(b in ORG_WORDS for b in named_part if b not in TITLE_WORDS) or any(w in ("of", "for", "the") for w in name):
        return "organisation", bare, [], None
    if len(bare) == 1 and (bare[0] in INSTITUTIONS or _is_acronym(bare[0])):
        return "organisation", bare, [], None
    if not name:
        return ("title" if title else "other"), [], title, gender
    if all(w in places() or w in PRONOUN_WORDS or w in LEADING_WORDS for w in name):
        return ("title" if title else "place"), [], title, gender
    if len(name) == 1 and _is_acronym(name[0]):
        return "organisation", name, [], None
    if len(name) == 1 and (_is_acronym(name[0].removesuffix("s")) or re.fullmatch(r"[A-Z]-[A-Z][\w.\-]*", name[0])):
        return "other", [], [], None  # "MPs", "(R-Texas)"
    if gender is None and name[0] in first_names() and len(name) >= 2:
        gender = first_names()[name[0]]
    return "person", name, [t for t in title if t not in HONORIFICS], gender


def find_mentions(text: str) -> list[Mention]:
    """Every mention in ``text`` (people, titles, pronouns, organisations, media, unnamed sources), by position.

    ``text`` should have its quotations blanked out, so that names quoted by a
    speaker are not taken for speakers. Where an unnamed source overlaps a
    capitalised sequence ("a Conservative spokesperson"), the unnamed source wins.
    """
    found: list[Mention] = []
    for m in _UNNAMED_RE.finditer(text):
        phrase = " ".join(m.group().split())
        first = phrase.split()[0]
        if first[:1].isupper() and first not in ("A", "An", "The", "One", "Two", "Three", "Several", "Some", "Many"):
            if _bare(first) in HONORIFICS or first in TITLE_WORDS:
                continue  # "Dr Jones's aides" is not an unnamed source phrase starting at a name
        found.append(Mention(m.start(), m.end(), "unnamed", phrase, _unnamed_label(phrase)))
    taken = SpanSet([(f.start, f.end) for f in found])
    for m in _SHARE_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            phrase = " ".join(m.group().split())
            found.append(Mention(m.start(), m.end(), "unnamed", phrase, _unnamed_label(phrase)))
    taken = SpanSet([(f.start, f.end) for f in found])
    for m in _ORG_NP_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            phrase = " ".join(m.group().split())
            found.append(Mention(m.start(), m.end(), "organisation", phrase, _unnamed_label(phrase)))
    taken = SpanSet([(f.start, f.end) for f in found])
    for m in _TITLE_NP_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            phrase = " ".join(m.group().split())
            found.append(Mention(m.start(), m.end(), "title", phrase, "", title=_title_key(phrase)))
    taken = SpanSet([(f.start, f.end) for f in found])
    for m in _SEQUENCE_RE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        for seq_start, raw in _split_sequence(m.start(), m.group()):
            mention = _sequence_mention(text, seq_start, raw)
            if mention is not None:
                found.append(mention)
    for m in _PRONOUN_RE.finditer(text):
        gender = {"h": "m", "s": "f", "t": "plural"}[m.group()[0].lower()]
        found.append(Mention(m.start(), m.end(), "pronoun", m.group(), "", gender))
    found.sort(key=lambda f: f.start)
    return found


_JOIN_WORD_RE = re.compile(r"[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+")


#: Words that end with a full stop inside a name: abbreviations and initials.
ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr St Jr Sr Prof Rev Sen Sens Rep Reps Gov Gen Lt Col Sgt Capt Adm Maj Cmdr Fr Hon Gov Mt No".split()
)
_SENTENCE_END_RE = re.compile(r"(?<=[\w'’])\.(?=[ \t]+[A-Z])")


def _split_sequence(start: int, raw: str) -> list[tuple[int, str]]:
    """Split a sequence at a sentence's full stop, and at "of"/"for" unless a title or organisation precedes it.

    "Secretary of State Antony Blinken", "Bank of England" and "Mr. J. R. Smith"
    stay whole; "Lavrov of Russia" and "Russia. Theresa May" are two sequences each.
    """
    cuts: list[tuple[int, int]] = []  # (end of a part, start of the next)
    for m in _SENTENCE_END_RE.finditer(raw):
        word = raw[: m.start()].split()[-1]
        if _bare(word) not in ABBREVIATIONS and not re.fullmatch(r"[A-Z]|(?:[A-Z]\.)+[A-Z]", word):
            cuts.append((m.start(), m.end()))
    for m in _JOIN_WORD_RE.finditer(raw):
        before = raw[: m.start()].split()
        if before and (_bare(before[-1]) in TITLE_WORDS or _bare(before[-1]) in ORG_WORDS):
            continue
        cuts.append((m.start(), m.end()))
    parts, begin = [], 0
    for end, following in sorted(cuts):
        parts.append((start + begin, raw[begin:end]))
        begin = following
    parts.append((start + begin, raw[begin:]))
    return [(s + len(r) - len(r.lstrip()), r.strip()) for s, r in parts if r.strip()]


def _sequence_mention(text: str, seq_start: int, raw: str) -> Mention | None:
    """The mention of one capitalised sequence (``None`` for words that are no one)."""
    words = raw.split()
    kind, name, title, gender = classify_sequence(words)
    if kind == "other":
        return None
    possessive = bool(_POSSESSIVE_RE.search(words[-1].rstrip(".")))
    start = lead = seq_start
    if kind == "person" and name:
        first = _first_word(words, title, name)
        lead = seq_start + raw.find(first)
        start = seq_start + raw.find(name[0], raw.find(title[-1]) + len(title[-1]) if title else 0)
    elif kind == "title" and title:
        start = lead = seq_start + raw.find(title[0])
    end = seq_start + len(raw)
    if raw.endswith(".") and not re.search(r"(?:\b[A-Z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd))\.$", raw):
        end -= 1  # a sentence's full stop is not part of the name
    shown = " ".join(text[start:end].split())
    if kind == "title":
        return Mention(start, end, "title", shown, "", gender, _title_key(" ".join(title)), possessive, lead=lead)
    return Mention(start, end, kind, shown, " ".join(name), gender, " ".join(title) or None, possessive, lead=lead)


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
    return " ".join(words)


def _unnamed_label(phrase: str) -> str:
    """An unnamed source as a speaker label: "a Conservative spokesperson", "officials"."""
    words = phrase.split()
    if words and words[0] in ("A", "An", "The", "One", "Two", "Three", "Several", "Some", "Many", "Other"):
        words[0] = words[0].lower()
    return " ".join(words)
