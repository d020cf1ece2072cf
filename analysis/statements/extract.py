"""Find the statements of one article: quotations and reported speech, each with its speaker.

For an article the extractor blanks out its quotations (words inside a
quotation never attribute), finds the mentions of people, titles, pronouns,
organisations and unnamed sources (:mod:`analysis.statements.names`), joins
them into the article's persons (:mod:`analysis.statements.entities`) and
reads every reporting verb ("said", "told", "according to", …) outside the
quotations. A verb's speaker is the phrase right before it (``X said``,
``X, the minister, told reporters``, ``X has also warned``) or, inverted, right
after it (``"…," said X``, ``said co-ordinator X``). What the speaker said is:

- the quotation right before the verb (``"…," X said``) and one that carries on
  after it (``"…," X said, "…"``): direct;
- the quotation after a colon or comma that the verb introduces (``X told the
  BBC: "…"``): direct;
- quoted fragments inside the reported clause (``X said the plan was "a
  disgrace"``): partial;
- otherwise the reported clause itself, after the verb (``X said (that) …``,
  ``According to X, …``) or before it (``…, X said on Friday.``): reported.

A quotation that opens a sentence or a paragraph with no verb of its own,
right after a direct quotation, carries on that speaker's words. Headlines are
read with their own patterns (``X: …``, ``…: X``, ``…, says X``).

Every step walks the text once, sentence by sentence, with pointers into the
quotations, verbs and mentions, so the work grows with the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from analysis._engine.memo import paused_gc
from analysis._engine.regex_trie import trie_alternation
from analysis.resources import word_list
from analysis.statements.entities import People, refers_back, surname_genders
from analysis.statements.names import (
    COUNTRY_CODES,
    LEADING_WORDS,
    MONTHS,
    NICKNAME,
    NOUN_GENDERS,
    ORGANISATION_DESCRIPTORS,
    PART_NOUNS,
    PREPOSITIONS,
    UNNAMING_DETERMINERS,
    Mention,
    SpanSet,
    after_preposition,
    describes_next,
    english_words,
    find_mentions,
    first_names,
    is_group_name,
    known_first_name,
    may_be_given_name,
    places,
    short_name,
    unnamed_label,
)
from analysis.statements.quotes import Quote, find_quotes
from analysis.statements.registry import SpeakerRegistry
from analysis.statements.wordlists import (
    BACK_REFERENCE_NOUNS,
    BARE_CUES,
    CUES,
    DOCUMENT_NOUNS,
    HONORIFICS,
    INSTITUTIONS,
    INTRODUCING_CUES,
    IRREGULAR_PASTS,
    MEDIA_WORDS,
    NATIONALITIES,
    OBJECT_CUES,
    ORG_WORDS,
    ORGANISATION_KINDS,
    PARTICIPLE_CUES,
    PUBLIC_BODY_WORDS,
    THAT_CUES,
    THE_ORGANISATION_KINDS,
    TITLE_WORDS,
    WEAK_CUES,
)
from analysis.text.sentences import sentence_spans

#: Any reporting verb, as a trie (one try per first letter); at a position it matches the longest cue.
#: The reporting verbs. ASCII word boundaries: the same at a verb (English letters on either side), and a table
#: lookup instead of Unicode's four character-class calls at every position of the text the pattern scans.
_CUE_RE = re.compile(r"\b(?:" + trie_alternation([*CUES, "According to"]) + r")\b", re.ASCII)
#: Auxiliaries and adverbs that stand between a speaker and the verb ("has also said", "officials here said").
#: Finite auxiliaries: "has", "would", "was" …
_FINITE_AUXILIARIES = frozenset("has had have would will could may might did does is was were are".split())
_AUX_WORDS = _FINITE_AUXILIARIES | frozenset(
    """also even then further again later previously earlier repeatedly once recently reportedly just already
    subsequently been not never here there too
    both each all today yesterday tonight themselves himself herself since first initially now still
    overall""".split()
)
_AUX = (
    rf"(?:{'|'.join(sorted(_AUX_WORDS))}|[a-z]+ly|['’](?:s|ve|d)|"
    r"alleged to have|said to have|understood to have|reported to have|"
    r"on\s+[A-Z][a-z]+day|(?:later|earlier)\s+[A-Z][a-z]+day|in\s+\w+)"
)
_AUX_GAP_RE = re.compile(rf"\s*(?:{_AUX}\s+)*")
#: An apposition or a relative clause between a speaker and the verb: "X, the minister, said",
#: "X (D-Calif.), who …, said", "X — a teacher — says", "officials who spoke to us said", "X, who said".
_APPOSITION_GAP_RE = re.compile(
    rf"(?:\s*(?:,(?:[^,;:]{{1,150}},){{1,4}}|\([^()]{{1,80}}\),?|[—–][^—–]{{1,150}}[—–])"
    rf"|\s*,?\s+(?:who|that)(?=\s)"  # "X, 24, from Dayton, who said …": the relative pronoun's person
    rf"|\s+(?:of|from)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}"
    rf"|\s+(?:in|from|at|of|with|for|inside|within|close to|familiar with|near|on)\s+[^,;:\"“”.!?]{{1,60}}?(?=\s)"
    rf"|\s+[a-z]+ing\s+(?:to|with|for|on|at|in)\s+[^,;:\"“”.!?]{{1,60}}?(?=\s)"  # "a source speaking to X said"
    rf"|\s+(?:who|which|that|whose)\s+[^,;:\"“”«»]{{1,100}}?(?=[\s,]))+\s*(?:{_AUX}\s+)*"
)
_HEADLINE_CUE_RE = re.compile(r"\s*((?i:says|warns|tells))\b\s*")
_LOOK_BACK = 6  # mentions looked at before a verb for its speaker
#: Words that are prepositions before a noun and conjunctions before a clause ("after X said" is X's).
_CONJUNCTIONS = frozenset({"after", "before", "since", "until"})
#: Between an unnamed source and what it belongs to: "Leaders of the ", "a spokesman for ", "people close to the ".
_SOURCE_OF_RE = re.compile(r"\s+(?:of|for|from|at|with|behind|close\s+to|familiar\s+with)\s+(?:the\s+)?")
#: The same before an organisation or group described by a word or two: "Lawyers for news organisations said".
_SOURCE_OF_GAP_RE = re.compile(_SOURCE_OF_RE.pattern + r"(?:[a-z][\w\-]*\s+){0,2}")
_SPEAKING_INGS = frozenset(
    "speaking talking writing commenting responding testifying appearing answering replying".split()
)
_ING_RE = re.compile(r"[a-z]{3,}ing")  # "activists clamoring to block X say", "voters heading to the polls said"
_DOCUMENT_TO_RE = re.compile(r"\s+to\s+(?:the\s+)?")
_RELATIVE_END_RE = re.compile(r"\bwho\s*$")
#: What opens a clause describing a source before its verb: "aides who spoke with X said", "Mr. Y, whose firm, Z,
#: …, said", "activists hoping to block X say" (the last only after a group).
_DESCRIBING_CLAUSE_RE = re.compile(
    r"(\s*,)?\s*\b(?:(who|whose)(?:['’]d|['’]ve)?|[a-z]{3,}ing|(along\s+with|together\s+with))\s"
)  # "X, along with Y and Z, a professor, wrote": X's, with others
_AND_GAP_RE = re.compile(r"\s+and\s+")
#: A relative clause giving a role at an organisation, up to the organisation's name: "is chairman of Our ".
_ROLE_CLAUSE_RE = re.compile(
    r"(?:is|was)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w\-]*\s+){1,3}(?:of|at|for)\s+(?:[A-Z][\w\-]*\s+)*"
)
#: Pronouns that stand as a clause's subject: "She and her defenders argue", "an account she gave to …".
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "it"})
_PARTICIPLE_RE = re.compile(r"[a-z]{3,}ed")
_OPENING_CONJUNCTION_RE = re.compile(r"\s*(?:But|And|Yet|So|Still|Now)\s+")
_ADVERB_RE = re.compile(r"[a-z]+ly")
_BY_RE = re.compile(r"\s+by\s+(?:[a-z]+\s+){0,3}")  # "by host ", "by Fox Business moderator " (in the mention)
_ADDING = frozenset({"added", "adds", "adding"})
#: After "added": a thing added to another ("the Dubai trophy to his list"), or "to" and no listener's name
#: ("adding to honours"; not "added to People").
_ADDED_TO_RE = re.compile(
    r"\s+(?:to\s+(?![A-Z])|(?:the|a|an|his|her|its|their|another|\d[\w,.]*)\s+(?:[\w'’\-]+\s+){0,5}to\s)"
)
#: Words that open a subordinate clause, whose subject is not the sentence's.
#: A verb that labels, right before a quotation (its object between): "branded the plan", "was described as".
_LABELLING_RE = re.compile(
    r"(?<![\w\-])(?P<verb>branded|dubbed|label+ed|called|described|denounced|condemned|hailed|dismissed|derided"
    r"|decried|attacked|criticised|criticized|ridiculed|mocked|accused)"
    r"(?P<object>(?:\s+(?!by\b|as\b|of\b)[\w'’\-]+){0,5}?)(?P<link>\s+as|\s+of)?(?:\s+(?:a|an|the))?\s*[\"“‘']?$"
)
#: Verbs that label only with "as" ("described as '…'") and only with "of" ("accused the government of '…'").
_LABELLING_AS = frozenset(
    "described denounced condemned hailed dismissed derided decried attacked".split()
) | frozenset("criticised criticized ridiculed mocked".split())
_LABELLING_OF = frozenset({"accused"})
_BE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?$")
_CONTRASTS = "but|while|whereas|although|though|yet"
_CONTRAST_RE = re.compile(rf"\s*(?:{_CONTRASTS})\s")
#: A verb of opinion right after a name, whose view a bare quotation after the sentence may give.
_OPINION_AFTER_RE = re.compile(
    r"(?:,[ \t]*(?:though|however|meanwhile|for his part|for her part),)?[ \t]+(?:(?:also|still|clearly)[ \t]+)?"
    r"(believes|wants|feels|hopes|thinks|expects|believed|felt|hoped|"
    r"(?:is|was) (?:keen|confident|hopeful|convinced|determined|adamant))\b"
)  # "Ruddock, though, is keen to protect his players": a view, then the quotation that gives it
_CONTRAST_WORD_RE = re.compile(rf"\s(?:{_CONTRASTS})\s")  # inside a clause, a whole word
#: Unnamed sources that "he" or "she" may stand for right after their statement (their gender: NOUN_GENDERS).
_SINGLE_SOURCES = frozenset(
    """spokesman spokeswoman spokesperson official source executive analyst adviser advisor aide insider
    economist lawyer attorney representative diplomat officer manager director chairman chairwoman""".split()
)
#: Kinds of organisation so common that "the company said" is more likely the story's firm than one so described.
_COMMON_KINDS = frozenset({"the company", "the firm", "the club", "the team", "the group"})
#: "the" and an institution's last word, which names the institution of that name before: "the ministry".
_KIND_OF_NAMED_RE = re.compile(
    r"[Tt]he (?:ministry|department|commission|council|committee|institute|association|authority|bureau|"
    r"federation|foundation|society|trust|fund|administration|board|agency)"
)
#: Spokespeople, whom a story leaves unnamed even with "the": "the Trafford Centre spokeswoman".
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: A source's head noun of an organisation left unnamed: "the chief executive of a leading European car maker".
_OF_AN_UNNAMED_RE = re.compile(r"^the\s+[\w\s\-]+?\s+(?:of|at|for)\s+(?:a|an|one)\s")
#: A newspaper written by its kind, which stands for the one named just before.
_THE_PAPER = frozenset({"the paper", "the newspaper"})
_UNNAMED_REACH = 300  # characters from the end of an unnamed source's statement to the "he" that goes on with it
#: A word of a description that says where a person was born or how old they are: "Uruguayan-born", "47-year-old".
_PERSONAL_DESCRIPTOR_RE = re.compile(r"[\w\-]+-born|(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old")
#: "It" alone as a sentence's subject before its reporting verb: "It also said", "But it has warned".
_IT_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And|However,?)\s+)?(?P<it>[Ii]t)(?:\s+(?:also|has|had|later|further|again|previously))*\s+"
)
#: A finite verb right after a story's opening name: "Apple has expanded", "Nintendo reported".
_FIRM_VERB_RE = re.compile(r"\s+(?:has|have|is|was|will|says|said|[a-z]+ed|[a-z]+s)\b")
_DASH_RE = re.compile(r"\s[-—–]\s")
_DASH_END_RE = re.compile(r"\s[-—–]\s*$")
_DASH_ONLY_RE = re.compile(r"\s*[-—–]\s*")
_INTRODUCING_RE = re.compile(r"\s*[:,]")
_THAT_OR_END_RE = re.compile(r"\s+that\b|\s*(?:[.;]|$)")
_SUBORDINATORS = _CONJUNCTIONS | frozenset("when while because although though if as once whereas unless".split())
#: Words that open a sentence with a subordinate clause, its subject after the clause's comma.
_OPENING_SUBORDINATORS = frozenset("when whenever because although though if once whereas unless".split())
#: After a sentence's credit or dateline: "(Reuters) - ", "WASHINGTON — ".
_CREDIT_RE = re.compile(r"\)?\s*[-—–]\s")
_CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!?\"”]|$)")
#: A finite verb of the sentence's own inside an apposition's commas: "In Decatur, the plant is hanging on, …, said X".
_CLAUSE_IN_GAP_RE = re.compile(r",\s*+(?!who\b|which\b|whose\b|that\b)[^,]*\b(?:is|are|was|were)\s+[a-z]+ing\b")


def _no_clause(gap: str) -> bool:
    """Whether the commas of an apposition hold no clause of their own ("the plant is hanging on")."""
    return _CLAUSE_IN_GAP_RE.search(gap) is None


#: Words that open what was asked: a name after them is in the question, not the one asking.
_QUESTION_WORDS = frozenset("if whether why how what when where who which".split())
#: "quoted X as saying", "cited X as saying": X said it (``as`` ends right before the cue).
_QUOTED_AS_RE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )"  # not "X was quoted as"
    r"\b(?P<verb>quoted|quotes|quoting|cited|cites|citing)\s[^.;:!?\"“”]*?(?P<as>\s+as\s+)$"
)
_QUOTED_AS_REACH = 120
#: A determiner right before a cue word: "a warning", "the saying" are nouns.
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|its|their|this|that)[ \t]+$", re.IGNORECASE)
#: "admitted (in)to" a place or an institution: "admitted to hospital", "admitted to the United States".
_ADMITTED_TO_RE = re.compile(
    r"[ \t]+(?:in)?to[ \t]+(?:(?P<institution>hospital|prison|jail|care|school|college|university|the[ \t]+bar|"
    r"the[ \t]+country|the[ \t]+club)\b|(?:the[ \t]+)?(?P<place>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*))"
)
#: A relative word right before a verb: "critics who say" (their clause, not the sentence's subject's).
_WHO_BEFORE_RE = re.compile(r"\b(?:who|that|which)[ \t]+$")
#: "that" within a few words after a verb or noun: "issued a warning earlier in the week that …" (not past a relative
#: word: "the warning following analysis which shows that …").
_THAT_AHEAD_RE = re.compile(r"(?:(?!\bwhich\b|\bwho\b)[^.;:!?\"“”]){0,40}?\bthat\b")
#: Where a clause with a subject of its own opens inside a sentence: ", while ", ", but ", "; ".
_CLAUSE_OPENING_RE = re.compile(r",\s+(?:while|whereas|but|although|though)\s+|;\s+")
#: A word, with where it stands (``finditer``).
_WORD_SPAN_RE = re.compile(r"\S+")
#: "asked to" and a verb: a request ("delegates are asked to rank their choices").
_ASKED_TO_RE = re.compile(r"[ \t]+to[ \t]+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b")
#: "and" after a comma, opening a clause ("…, and three-quarters said …").
_AND_RE = re.compile(r"\s*and\s")
#: "for fear of", "in fear": the noun, not the verb.
_IN_FEAR_RE = re.compile(r"\b(?:for|in)\s+$")
#: ", and" before a clause with a subject of its own: "…, and the American Civil Liberties Union has sued …".
_AND_SUBJECT_RE = re.compile(r",\s+and\s+(?=(?:the|a|an|his|her|their|its)\s)")
#: Verbs whose object is a document its subject put out ("issued a statement saying …").
_ISSUING_VERBS = frozenset("issued released sent put posted published tweeted filed delivered signed".split())
#: Words after which "that" is a demonstrative, not a relative pronoun ("Beyond that, officials say").
_BEFORE_DEMONSTRATIVE = PREPOSITIONS | _CONJUNCTIONS | {"beyond", "besides", "of", "above"}
#: Between a role and what it is of: "The star of Rain Man".
_OF_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
#: Between two names of a list: "Rain Man and Tootsie", "A, B and C".
_JOINED_RE = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+|[ \t]*&[ \t]*")
#: Between a person's name and the organisation or place the name is "of": " of Save the ", " from the ", " at ".
_OF_PHRASE_RE = re.compile(r",?\s+(?:of|from|at)\s+(?:(?:the|of|and|for|at|in|[A-Z][\w'’.&\-]*)\s+)*")
_GROUP_REACH = 400  # how far back (characters) "they" looks for the group it stands for


def _is_group(m: Mention) -> bool:
    """Whether a mention may be what "they" stands for: an unnamed group ("analysts") or an organisation.

    The group's head noun is plural, not a word after it ("analyst at HSBC Trinkaus" is one person).
    """
    if m.kind != "unnamed":
        return m.kind == "organisation"
    parts = _SOURCE_OF_RE.split(m.name, maxsplit=1)  # the head's words, then what it is of ("… number of X")
    head = parts[0].split()
    if len(parts) > 1 and head and head[-1] in _PARTITIVES and parts[1].split():  # "an increasing number of X"
        head = parts[1].split()[:1]
    return bool(head) and head[-1].endswith(("s", "people", "staff"))


def _source_head(phrase: str) -> list[str]:
    """The words of a source's phrase before what it is of or for: "the chief executive" of "… of a car maker"."""
    return _SOURCE_OF_RE.split(phrase, maxsplit=1)[0].split()


#: Heads of a part of a group: "an increasing number of Democrats", "a handful of lawmakers".
_PARTITIVES = PART_NOUNS | {"third", "quarter", "half", "dozen"}
#: Between an organisation and a person it describes: "Ohio State University professor Paul Beck".
_ROLE_GAP_RE = re.compile(r"\s+(?!(?:who|whom|whose|which|that)\s)(?:[a-z][\w\-]*\s+){1,4}")
#: The same closing with a comma, the person in apposition after a verb other than "according to": "said the
#: festival's executive director, Craig Prater", "said another Twitter user, Johanna Bayer".
_APPOSED_ROLE_GAP_RE = re.compile(
    r"(?:\s+(?!(?:who|whom|whose|which|that|and|or|of|in|at|for|to)\b)[a-z][\w\-]*){0,2},\s+"
)
#: Between an organisation and a person whose rank is written before the name: "Air Force 1st Lt. X".
_RANK_GAP_RE = re.compile(r"\s+(?:\d+(?:st|nd|rd|th)\s+)?")
#: The same gap after a person's name, without prepositions: "said Ed Yarrow of Argus Partners" is Yarrow.
_PERSON_ROLE_GAP_RE = re.compile(r"\s+(?:(?!(?:of|at|for|from|with|in|and|or|to|on|by)\s)[a-z][\w\-]*\s+){1,3}")
#: A kind of organisation between a name and the organisation it describes: " newspaper ", " magazine ".
_DESCRIBED_BY_GAP_RE = re.compile(
    r"\s+(?:newspaper|magazine|daily|weekly|paper|tabloid|broadcaster|channel|network|website|agency|"
    r"firm|company|group|bank|broker|think-tank|thinktank)\s+"
)
#: Between a verb and its speaker after it: "said co-ordinator X", "said Clinton's top aide X", "said Mr. X".
_INVERTED_GAP_RE = re.compile(
    r"\s+(?:(?:the|a|an|(?!(?:it|he|she|they|we|i|you|was|were|is|are|has|had|have|would|will|could|should|may|"
    r"might|must|not|that|this)\b)[a-z][\w'’\-]*|[A-Z][\w\-]*['’]s?)\s+){0,5}"
)  # "said chief executive X", never "said it was cutting … North American production"
#: Between a quotation and its speaker: punctuation, and perhaps a few words of description
#: ("…," Foreign Minister Anna Berg added; "…," Anna Berg's colleague Sergei Petrov said).
_QUOTE_TO_CUE_RE = re.compile(
    r"[\s,—–\-]*(?!(?:while|but|and|whereas|although|though|when|as|after|before|because|if|since)\s)"
    r"(?:[\w.'’\-]+\s+){0,5}"
)  # not across a conjunction: 'X called it "a disaster" but Jones said' is not Jones's
#: The same before a name in apposition ("…," the Vatican spokesman, Federico Lombardi, told).
_QUOTE_TO_APPOSED_RE = re.compile(
    r"[\s,—–\-]*(?:the|a|an|his|her|their|its|[A-Z][\w.'’\-]*)\s+(?:[\w.'’\-]+\s+){0,5}[\w.'’\-]+,\s+"
)
_CARRIES_ON_RE = re.compile(r"\s*(?:[\w ]{0,30})?[,;:]\s*")
_INTRO_RE = re.compile(r"[^\"“”«»:.!?]{0,80}?[:,]\s*")
#: "that" opening a clause, a comma after it when an aside follows ("that, given such prices, …"; not
#: "Parry acknowledges that, but he is determined …", where "that" is the object).
_THAT_RE = re.compile(r"\s*(?:[\w'’,\-]+\s+){0,6}?that(?:,(?!\s+(?:but|and|or|so|yet)\b))?\s+(?=\S)")
_COLON_RE = re.compile(r"\s*(?:[\w'’,\-]+\s+){0,6}?[\w'’]*\s*:\s*(?=\S)")
#: A finite verb: a bare clause after "said" must hold one within a few words ("said the plan was dead").
_FINITE_RE = re.compile(
    r"^(?!(?:nothing|little|goodbye|yes|no(?=\s*(?:to\b|[.,;]|$))|so|hello|thanks|grace|mass|prayers|as much)\b)"
    r"(?:(?!(?:while|whereas)\b)\S+\s+){0,20}?(?:\S*?(?:[’'](?:s|re|ll|d|ve|m)|n[’']t)\b|(?:I|we|they|you)\s+[a-z]{2,}\b|(?:is|are|was|were|had|has|have|would|will|could|"
    r"should|can|cannot|may|might|must|did|does|do|need|needs|want|wants|[a-z]+ed|[a-z]{2,}[a-rtv-z]s|"
    rf"{'|'.join(sorted(IRREGULAR_PASTS))})\b)"
)  # irregular pasts too: "said it took the action"; any word after a subject pronoun: "said they support";
# not past "while" ("denied Duff, Jarosik and Kezman, while Bosvelt cleared …" holds no clause); a verb in -s not
# in -us, -ss or -is ("treats", not "anonymous", "business", "analysis")
#: The listener after "told": "reporters", "The Huffington Post", "a town hall in Salem", "him".
_TOLD_OBJECT_RE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|[A-Z][\w.'’\-]*|\d+(?:['’]s)?|reporters|journalists|supporters|him|her|them|"
    r"us|me|media|press|programme|program|website|newspaper|paper|magazine|radio|television|channel|station|show|"
    r"podcast|"
    r"audience|crowd|rally|[a-z]+(?=\s+(?:in|on|at|during|that)\b))s?(?![\w'’\-])\s*){1,8}"
    r"(?:,[^,;:\"“”]{1,80},\s+(?=that\b))?"  # "told Sen. Chuck Grassley, chairman of …, that"
    r"(?:of\s+[A-Z][\w.'’\-]*\s+)?"  # "told The Star-Ledger of Newark last week she would …"
    r"(?:(?:last|this)\s+(?:week|month|year|night|weekend)\s+)?"
    r"(?:(?:in|on|at|during)\s+[^,;:\"“”]{1,40}?\s+)?(?=that\b|[a-z])"
)
#: Verbs after which a clause without "that" is what was said ("said the plan had failed").
#: A transcript's paragraph: a speaker's name in capitals and a colon ("TAPPER: Do you think …").
#: A transcript line, matched at the start of each line ("TAPPER: Do you think …").
_TRANSCRIPT_RE = re.compile(
    r"[ \t]*(?P<who>[A-Z][A-Z'’\-.]+(?: [A-Z][A-Z'’\-.]+){0,2}):[ \t]+(?P<said>\S[^\n]*)$", re.M
)
_NEWLINE_RE = re.compile(r"\n")


def not_a_name_label(word: str) -> bool:
    """Whether a one-word capitals label is a word, an acronym or a code rather than a surname ("TAPPER")."""
    low = word.lower()
    return (
        len(word) <= 4
        or low in common_words()
        or word in INSTITUTIONS
        or word.title() in LEADING_WORDS
        or low in _organisation_words()
        or word.title() in ORG_WORDS
        or not word.replace("'", "").replace("’", "").replace("-", "").isalpha()
    )


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """Organisation and media words in lower case ("YOUTUBE:" is YouTube's, not a person's)."""
    return frozenset(w.lower() for w in ORG_WORDS | MEDIA_WORDS)


def _names_someone(words: list[str]) -> bool:
    """Whether a label of several capitalised words reads as a person: a given name or a title first."""
    first = words[0].rstrip(".").title()
    return first in first_names() or first in TITLE_WORDS or first in HONORIFICS or first in {"The", "Mr", "Mrs", "Ms"}


#: A quotation in the first person singular: a person speaks (organisations say "we").
FIRST_PERSON_SINGULAR_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|myself)\b")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words of news prose and stop words: a label that is one of them names no one."""
    return frozenset(word_list("news_vocabulary")) | frozenset(word_list("stopwords_en"))


def _transcript_lines(text: str):
    """The matches of :data:`_TRANSCRIPT_RE` at line starts: tried once per line instead of at every character."""
    match = _TRANSCRIPT_RE.match
    for at in (0, *(m.end() for m in _NEWLINE_RE.finditer(text))):
        if (m := match(text, at)) is not None:
            yield m


#: What was asked: "asked (the minister) whether …", "asked about …".
_QUESTION_RE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|[A-Z][\w.'’\-]*|him|her|them|us|me|reporters|voters|[a-z]+ly)\s+){0,4}"
    r"(?P<q>(?:whether|if|what|why|how|when|who|whom|where|which|about)\b)"
)
_ASKED = frozenset({"asked", "asks", "asking"})
#: A verb joined to an earlier one of the same subject ("X thanked Miami and said …", "…, then says …").
#: The verb before "and" in "X smiled and said" (the last word before the conjunction).
_FIRST_VERB_RE = re.compile(r"\s([a-z]+(?<!ly)(?:ed|s))\s+(?:and|but)\s+(?:(?:also|later|then)\s+)?$")
_COORDINATED_RE = re.compile(
    r"(?:\band|,\s*then|\band then|\bbut)\s+(?:(?:also|later|then|did|has|had|would|will|could)\s+)?$"
)  # "X smiled and said", "He did not name them but did note"
#: After "…, X said": nothing, or an adjunct ("on Friday", "in a statement"), never a clause of its own.
_CLAUSE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "these"})


def _listener_end(rest: str) -> int:
    """Where the listener after "told" ends in ``rest`` (0 if none), leaving a determiner to the clause after it.

    "told BBC Radio 4's Today programme the tax would …": the listener ends
    before "the", which opens what was said (a listener never ends in one).
    """
    obj = _TOLD_OBJECT_RE.match(rest)
    if obj is None:
        return 0
    part_of_day = _PART_OF_DAY_RE.match(rest, obj.end())  # "told lawmakers on Wednesday night Enrico Bondi was …"
    if part_of_day is not None:
        return part_of_day.end()
    matched = rest[: obj.end()]
    words = matched.split()
    if len(words) > 1 and words[-1] in _CLAUSE_OPENERS and words[-2] not in _CLAUSE_OPENERS:
        return matched.rstrip().rfind(words[-1])
    return obj.end()


_TRAILING_TAIL_RE = re.compile(
    r"\s*(?:(?:on|in|at|to|during|after|before|while|when|last|this|late|early|earlier|later|yesterday|today|"
    r"of|about|from|with|via|by|through|told|adding|referring|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b[^,;:.!?\"“”]{0,60})?(?:,\s*(?:adding|noting|saying|referring|citing|according)\b.*|,\s+\S.*)?"
    r"[.!?]?\s*",
    re.S,
)
#: Right before a verb, the relative word that opens its clause: "the editor who wrote …", "which warned …".
_RELATIVE_VERB_BEFORE_RE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+ly\s+|also\s+)?$")
#: A verb in a relative clause ("which he said is …") adds to the sentence's statement; it is not one of its own.
_RELATIVE_RE = re.compile(
    r"\b(?:which|who|whom|that|as|what|[Nn]othing|[Ee]verything|[Aa]nything)\s+(?:[Hh]e|[Ss]he|[Tt]hey|\w+)\s+(?:\w+\s+)?$"
)  # "which he said is …", "Nothing the president said will …"
#: After a verb, a short phrase and the sentence's own verb: the verb stood in a clause describing the subject
#: ("One of the first songs he wrote for other artists was Wolverton Mountain"). The phrase's words are no
#: pronoun or question word ("said in a statement it is", "boasted of how it was"). Without the phrase the
#: clause holds what was said ("a probe the agency said was ongoing": the agency said the probe was ongoing).
_CONTACT_CLAUSE_END_RE = re.compile(
    r"(?:\s+(?:for|to|in|on|about|with|at|by|from|of)"
    r"(?:\s+(?!(?:he|she|it|they|we|i|you|him|her|them|us|me|how|what|why|whether|that|if|this)\b)[a-z][\w\-]*){1,2})"
    r"\s+(?:was|were|is|are|became|remains|remained)\b"
)
_MIN_QUOTE_LETTERS = 3
_LETTER_RE = re.compile(r"[^\W\d_]")
_PERSONISH = frozenset({"person", "title", "pronoun"})


@dataclass
class Found:
    """One statement found in a text; offsets index that text (the body, or the headline)."""

    speaker: str
    speaker_type: str
    speaker_mention: str
    quote: str
    kind: str
    cue: str
    location: str
    sentence: str
    content: str
    start: int
    end: int


#: The fields of a found statement, in the order of the rows the extractor returns.
FOUND_FIELDS = (
    "speaker",
    "speaker_type",
    "speaker_mention",
    "quote",
    "kind",
    "cue",
    "location",
    "sentence",
    "content",
    "start",
    "end",
)


def mask_quotes(text: str, quotes: list[Quote]) -> str:
    """The text with each quotation's words blanked out (marks kept, same length, so offsets hold)."""
    parts, at = [], 0
    for q in quotes:
        if q.inner_start < at:
            continue
        parts.append(text[at : q.inner_start])
        parts.append(" " * (q.inner_end - q.inner_start))
        at = q.inner_end
    parts.append(text[at:])
    return "".join(parts)


class Extractor:
    """Statements of articles for one registry and set of corpus outlets (news outlets are not speakers)."""

    def __init__(self, registry: SpeakerRegistry, outlets: frozenset[str] = frozenset()) -> None:
        self.registry = registry
        self.outlets = {o.lower() for o in outlets}
        #: Steps of the last text read (mentions, quotations, verbs and sentences looked at): see :class:`_Reader`.
        self.steps = 0

    # -- one article ---------------------------------------------------------------
    def article(self, text: str, location: str = "body", spans: list | None = None) -> list[Found]:
        """The statements of one text (``location`` is ``"body"`` or ``"title"``)."""
        return self.read(text, location, spans)[0]

    def read(
        self, text: str, location: str = "body", spans: list | None = None, headline: object = None
    ) -> tuple[list[Found], People]:
        """The statements of one text and its people (for reading the headline with the body's names).

        ``headline``, for a body: its full names give a gender to a surname the body writes alone ("Brian
        Moore believes …" over "Moore told the BBC … He added").
        """
        with paused_gc():  # a long text makes millions of short-lived objects and no cycles
            return self._read(text, location, spans, headline)

    def _read(
        self, text: str, location: str, spans: list | None, headline: object = None
    ) -> tuple[list[Found], People]:
        quotes = [q for q in find_quotes(text, single=location == "title") if _wordy(text, q)]
        masked = mask_quotes(text, quotes)
        if "\xa0" in masked:  # "James\xa0Comey" (a no-break space from a web page) is one name: a space
            masked = masked.replace("\xa0", " ")  # of the same length, so every offset holds
        if location == "title":
            mentions = self._mentions(masked)
            people = People(self.registry)
            people.resolve(mentions)
            return self.headline(text, mentions, people), people
        cues = [(m.start(), m.end(), m.group()) for m in _CUE_RE.finditer(masked) if not _passive(masked, m.start())]
        sentences = _attribution_sentences(text, sentence_spans(text) if spans is None else spans, quotes)
        labels = _labelling_verbs(masked, quotes)
        speaking = [c for c in cues if c[2] not in THAT_CUES or _THAT_OR_END_RE.match(masked, c[1])]  # not "demanded a"
        near = sorted([*speaking, *((m.start(), quotes[k].end, "") for k, m in labels.items())]) if labels else speaking
        mentions = self._mentions(masked, _near_cues(masked, near, [start for start, _, _ in sentences]))
        people = People(self.registry, surname_genders(headline))
        people.resolve(mentions, _speaking(masked, mentions, cues))
        reader = _Reader(self, text, masked, quotes, mentions, people, location)
        reader.labels = labels
        reader.headline = headline if isinstance(headline, str) else ""
        found = reader.read(sentences, cues)
        organisations = _organisation_names(masked, mentions)
        _retype_firms_said_it(text, found, people, organisations)
        _firms_by_last_word(found, people, organisations)
        _groups_by_plural_verb(text, found, people)
        _described_before(found, mentions)
        self.steps = reader.steps + len(mentions) + len(quotes) + len(cues)  # the work of the last text read
        return found, people

    def headline_statements(self, title: object, people: People | None = None) -> list[Found]:
        """The statements of a headline (none for a missing or blank one), naming people as the body does."""
        if not isinstance(title, str) or not title.strip():
            return []
        quotes = [q for q in find_quotes(title, single=True) if _wordy(title, q)]
        mentions = self._mentions(mask_quotes(title, quotes))
        people = people or People(self.registry)
        people.resolve(mentions)
        return self.headline(title, mentions, people)

    def _mentions(self, masked: str, near: list[tuple[int, int]] | None = None) -> list[Mention]:
        mentions = find_mentions(masked, near)
        titles = self.registry.find_titles(masked)
        if titles:  # a registry title replaces the mentions it covers, except a person's name
            covered = SpanSet([(s, e) for s, e, _ in titles])
            kept = [m for m in mentions if m.kind == "person" or not covered.overlaps(m.start, m.end)]
            people = SpanSet([(m.start, m.end) for m in kept if m.kind == "person"])
            kept.extend(Mention(s, e, "title", t, "") for s, e, t in titles if not people.overlaps(s, e))
            mentions = sorted(kept, key=lambda m: m.start)
        return mentions

    # -- speakers ---------------------------------------------------------------------
    def speaker_of(self, m: Mention, people: People) -> tuple[str, str] | None:
        """``(speaker, speaker_type)`` for a mention, or ``None`` when it names no one who speaks."""
        if m.possessive:
            return None
        if m.kind in _PERSONISH:
            if m.entity >= 0:
                return people.name(m.entity), "person"
            if m.kind == "title" and m.text[:4].lower() == "the ":
                return "the " + m.text[4:], "unnamed"  # "the moderator": no one named with that title
            if m.kind == "title" and " " not in m.text and m.text.endswith("s"):
                return m.text.lower(), "unnamed"  # "Ministers insist": holders of a title, unnamed
            return None
        if m.kind == "organisation" and m.text.split(None, 1)[0].lower() in UNNAMING_DETERMINERS:
            return m.text[0].lower() + m.text[1:], "unnamed"  # "his campaign": whose, the reader must look back
        if m.kind in ("organisation", "media"):  # another outlet is a source; the corpus's own outlets are not
            name = m.name if m.name else m.text
            return None if self.is_outlet(name) else (name, "organisation")
        if m.kind == "unnamed":
            return (people.name(m.entity), "person") if m.entity >= 0 else (m.name, "unnamed")
        if m.kind == "document":
            owner = document_owner(m.name)
            if owner is None or self.is_outlet(owner):
                return m.name, "document"
            # "a lawsuit filed … by Yulia V. Tymoshenko": the person named "Yulia V Tymoshenko" in the text
            index = people.one_known_person(" ".join(w.rstrip(".") for w in owner.split()))
            return (people.name(index), "person") if index is not None else (owner, "organisation")
        return None

    def is_outlet(self, name: str) -> bool:
        """Whether a name is one of the corpus's own outlets (or the start of one's name): no speaker."""
        low = name.lower()
        return any(o == low or o.startswith(low + " ") for o in self.outlets)

    # -- headlines -----------------------------------------------------------------
    def headline(self, title: str, mentions: list[Mention], people: People) -> list[Found]:
        """``X: …``, ``…: X``, ``…, says X`` and ``X says …`` headlines."""
        stripped = title.strip()
        for m in mentions:
            who = self.speaker_of(m, people) if m.kind in ("person", "title", "organisation") else None
            if who is None or (who[1] != "person" and not _HEADLINE_CUE_RE.match(title, m.end)):
                continue  # a label ("Covid: …") is a person's; "Sony says …" an organisation's too
            before, after = title[: m.start].strip(), title[m.end :].strip()
            # "Covid: …", "Obituary: …": a label is no one; a speaker is named in full or also in the text
            full_name = " " in who[0] or (m.entity >= 0 and len(people.persons[m.entity].mentions) > 1)
            if not before and after.startswith(":") and full_name:
                rest_start = m.end + len(title[m.end :]) - len(title[m.end :].lstrip()) + 1
                return [self._headline_found(title, who, m, ":", rest_start, len(title))]
            if re.search(r":\s*(?:[A-Z][\w.'’\-]*\s+){0,4}$", title[: m.start]) and not after and full_name:
                return [self._headline_found(title, who, m, ":", 0, title.rfind(":", 0, m.start))]
            says = re.search(r",?\s*(says|said)\s*$", title[: m.start])
            if says and not after:
                return [self._headline_found(title, who, m, says.group(1), 0, says.start())]
            says = re.fullmatch(r"\s*([Ss]ays|[Ss]aid)\.?\s*", after)
            if says and before.endswith(","):  # "…, Trevor Noah Says."
                return [self._headline_found(title, who, m, says.group(1).lower(), 0, title.rfind(",", 0, m.start))]
            cue = _HEADLINE_CUE_RE.match(title, m.end) if not before else None
            if cue is not None and who is not None:  # "X says …", "X Says …" (an organisation too)
                return [self._headline_found(title, who, m, cue.group(1).lower(), cue.end(), len(stripped))]
        return []

    @staticmethod
    def _headline_found(title: str, who: tuple[str, str], m: Mention, cue: str, start: int, end: int) -> Found:
        start, end = _trimmed(title, start, end)
        rest = title[start:end]
        return Found(who[0], who[1], m.text, rest, "reported", cue, "title", title, rest, start, end)


class _Reader:
    """One pass over an article's sentences (see :class:`Extractor`)."""

    def __init__(self, extractor, text, masked, quotes, mentions, people, location) -> None:
        self.x = extractor
        self.text, self.masked, self.quotes = text, masked, quotes
        self.mentions, self.people, self.location = mentions, people, location
        self.mention_starts = [m.start for m in mentions]
        self.mention_ends = sorted((m.end, i) for i, m in enumerate(mentions))
        self.quote_starts = [q.start for q in quotes]
        self.taken: set[int] = set()  # quotations already attributed
        self.attributed: dict[int, Found] = {}  # quotation number → its direct or partial statement
        self.found: list[Found] = []
        self.transcribed: list[tuple[int, int]] = []  # paragraphs read as a transcript
        self.labels: dict[int, re.Match] = {}  # quotation number → the labelling verb before it (_labelling_verbs)
        self.headline = ""  # the body's headline, read for the organisation a story is about (_story_firm)
        self.sentence_starts: list[int] = []  # the sentences being read (see read)
        self.sentence_ends: list[int] = []
        #: Steps taken (mentions and quotations looked at, sentences read): a measure of the work that,
        #: unlike the clock, tests can compare between texts (it grows with a text's length).
        self.steps = 0

    def read(self, sentences: list[tuple[int, int, int]], cues: list[tuple[int, int, str]]) -> list[Found]:
        """The statements of the text: ``sentences`` as :func:`_attribution_sentences` gives them."""
        self._transcript()
        self.sentence_starts = [s for s, _, _ in sentences]
        self.sentence_ends = [e for _, e, _ in sentences]
        cue_starts = [c[0] for c in cues]
        last: tuple[int, int, Found] | None = None  # (sentence number, paragraph, the last direct statement)
        last_any: tuple[int, int, Found] | None = None  # the same for a statement of any kind
        for n, (s_start, s_end, para) in enumerate(sentences):
            in_sentence = range(bisect_left(self.quote_starts, s_start), bisect_left(self.quote_starts, s_end))
            before = len(self.found)
            first, stop = bisect_left(cue_starts, s_start), bisect_left(cue_starts, s_end)
            subject: Mention | None = None  # the sentence's last speaker, for participles ("…, adding that …")
            main = [
                c
                for c in range(first, stop)
                if not (
                    (
                        relative := _RELATIVE_RE.search(
                            self.masked, (cues[c][0] - 30 if cues[c][0] > 30 else 0), cues[c][0]
                        )
                    )
                    and self._in_relative_clause(relative, cues[c][1])
                )
                and _CONTACT_CLAUSE_END_RE.match(self.masked, cues[c][1]) is None
            ]
            for k, c in enumerate(main):
                next_cue = cues[main[k + 1]][0] if k + 1 < len(main) else s_end
                made = len(self.found)
                speaker = self._cue(cues[c], s_start, s_end, next_cue, in_sentence, subject)
                if speaker is not None and len(self.found) > made and speaker.kind == "person":
                    self._said_jointly(speaker, s_start, made)
                if speaker is not None and not _WHO_BEFORE_RE.search(
                    self.masked, (cues[c][0] - 8 if cues[c][0] > 8 else 0), cues[c][0]
                ):
                    subject = speaker  # not "critics" of "X rebuked critics who say …, saying …": X's participle
            self.steps += 1 + len(in_sentence)
            for k in in_sentence:
                if k in self.taken or self._labelled(k, s_start, s_end):
                    continue
                q = self.quotes[k]
                prior = None
                if k - 1 in self.attributed and not self.masked[self.quotes[k - 1].end : q.start].strip():
                    prior = self.attributed[k - 1]  # "A. "B. "C.": one speaker's paragraphs run together
                elif (just := self._attributed_just_before(q, before)) is not None:
                    prior = just  # '"…," said Dr Gill. "What …': Gill, though the sentence ran on from another's words
                elif not main and self._opens(q, s_start) and (announced := self._announced_before(s_start)):
                    who, mention, verb = announced  # 'Sen. Ted Cruz tweeted a warning. "Missouri: …"': Cruz's words
                    self._quote_statement(k, who, mention, verb, "direct", s_start, s_end)
                    continue
                elif _just_reported(last_any, n, para, reach=1 if last is None or last[0] >= last_any[0] else 2) and (
                    self._opens(q, s_start)
                ):  # 'His agent told the Times that X was happy. "Of course …"': the agent; a sentence between
                    prior = last_any[2]  # when the agent spoke after the last direct quotation's speaker
                elif (
                    not main and self._opens(q, s_start) and (opinion := self._holder_of_opinion_before(s_start, last))
                ):
                    who, mention, verb = opinion  # 'US coach Patrick McEnroe wants his team to … "I think …"'
                    self._quote_statement(k, who, mention, verb, "direct", s_start, s_end)
                    continue
                elif _quoted_at_length(last_any, last, n, para) and self._opens(q, s_start):
                    # '… described it as "truly overwhelming. I'm not used to it," she said. "Thanks …"'
                    prior = last_any[2]
                elif last is not None and self._opens(q, s_start) and self._continues(last, n, para, q):
                    prior = last[2]
                elif last_any is not None and not q.balanced and last_any[1] == para:
                    prior = last_any[2]  # its opening mark was lost in the paragraph of the last statement
                if prior is not None:
                    who = (prior.speaker, prior.speaker_type)
                    self._quote_statement(k, who, prior.speaker_mention, "(continues)", "direct", s_start, s_end)
            for f in self.found[before:]:
                last_any = (n, para, f)
                if f.kind == "direct":
                    last = (n, para, f)
        return self.found

    def _said_jointly(self, speaker: Mention, s_start: int, made: int) -> None:
        """Give the statements found from ``made`` on to each person the speaker is joined to as well.

        "Former Maryland Gov. Martin O'Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced they
        will suspend their campaigns": both announced it, so each has the statement (the copies come first,
        so that a quotation carried on goes on with the speaker the verb was read with).
        """
        partners = self._joined_persons(speaker, s_start)
        who = self.x.speaker_of(speaker, self.people) if partners else None
        if who is None:
            return
        copies = []
        for partner in partners:
            named = self.x.speaker_of(partner, self.people)
            if named is None or named == who:
                continue
            copies += [
                replace(f, speaker=named[0], speaker_type=named[1], speaker_mention=self._as_written(partner))
                for f in self.found[made:]
                if (f.speaker, f.speaker_type) == who
            ]
        self.found[made:made] = copies

    def _joined_persons(self, m: Mention, s_start: int) -> list[Mention]:
        """The people named before ``m`` and joined to it by "and" or a list's commas, opening its clause.

        "A (D) and former Arkansas Gov. B", "Matthews, MSNBC's C and Reuters' D": ``[A]``, ``[Matthews, C]``.
        Not objects ("met Smith and Jones said"), possessives, or names after words that are no
        description of them.
        """
        if "and" not in self.masked[max(s_start, m.lead - 64) : m.lead]:
            return []  # the last two are joined by "and" (read below): most speakers stand alone
        i = bisect_left(self.mention_starts, m.start)
        out: list[Mention] = []
        current = m
        while i > 0:
            p = self.mentions[i - 1]
            if p.possessive and p.kind in ("organisation", "media") and i > 1:  # "Reuters' Luciana Lopez"
                i -= 1
                p = self.mentions[i - 1]
            if p.start < s_start or p.kind != "person" or p.possessive:
                break
            gap = _JOINED_GAP_RE.fullmatch(self.masked, p.end, current.lead)
            if gap is None or (current is m and not (gap.group("and") or gap.group("comma_and"))):
                break  # the last two are joined by "and" ("Trump, Sexton said," is no list)
            out.append(p)
            current = p
            i -= 1
        if not out:
            return []
        words = _past_opening_adverb(self.masked[s_start : current.lead].split())  # "Instead, Matthews, …"
        if len(words) > 5 or any(
            w in _AUX_WORDS or w.endswith(("ed", "ing", ",")) or w.lower() in CUES or w.lower() in PREPOSITIONS
            for w in words
        ):
            return []  # "Trump thanked Smith and Jones said", "A lawyer representing X and Y said": objects
        shared = len(out) == 1 and " " in m.name and m.lead == m.start  # "Khizr and Ghazala Khan": one surname
        if any(x.oblique or (shared and " " not in x.name and not x.honorific and x.lead == x.start) for x in out):
            return []
        return out[::-1]

    def _transcript(self) -> None:
        """Paragraphs of an interview transcript: "TAPPER: Do you think …" is what Tapper said."""
        for m in _transcript_lines(self.masked):
            label = m.group("who").strip()
            words = label.split()
            if not words or any(w in LEADING_WORDS or w.title() in places() for w in words):
                continue
            name = " ".join(w.title() for w in words)
            matching = [p for p in self.people.persons if p.surname == words[-1].title() or p.name == name]
            if not matching and (not_a_name_label(words[0]) if len(words) == 1 else not _names_someone(words)):
                continue  # "BTC: 1abc…", "UPDATE: …", "CASH APP: …": a word, code or heading, not a name
            who = (matching[-1].name, "person") if matching else (name, "person")
            start, end = _trimmed(self.text, m.start("said"), m.end("said"))
            if end - start < 8:
                continue
            words_said = self.text[start:end]
            paragraph = self.text[m.start() : m.end()]
            self.found.append(
                Found(
                    who[0], who[1], label, words_said, "direct", ":", self.location, paragraph, words_said, start, end
                )
            )
            self.transcribed.append((m.start(), m.end()))

    # -- one reporting verb ------------------------------------------------------------
    def _cue(self, cue, s_start, s_end, next_cue, in_sentence, earlier: Mention | None) -> Mention | None:
        """Attribute what one reporting verb introduces; return its speaker's mention (``None`` if it has none)."""
        c_start, c_end, word = cue
        if word in _ADDING and _ADDED_TO_RE.match(self.masked, c_end):
            return None  # "Federer added the Dubai trophy to his list", "…, adding to honours": no speech
        if _VERB_LIST_RE.match(self.masked, c_end):
            return None  # "Spacey wrote, directed and starred in the film": one of a list of things done
        if word in ("fear", "fears") and _IN_FEAR_RE.search(self.masked, (c_start - 4 if c_start > 4 else 0), c_start):
            return None  # "operators cap the number … for fear of overwhelming the system": a noun
        if word in _ASKED and _ASKED_TO_RE.match(self.masked, c_end):
            return None  # "they are asked to rank their choices", "asked to comment, X said": a request, not speech
        if word in INTRODUCING_CUES and not _INTRODUCING_RE.match(self.masked, c_end):
            return None  # 'He went on: "…"' reports; "went on to promote", "goes on recess" do not
        if word in THAT_CUES and not _THAT_OR_END_RE.match(self.masked, c_end):
            return None  # "ruled that …", "…, a court has ruled." report; "ruled out", "ruled in favour of" do not
        if (
            word in _PLURAL_NOUN_CUES
            and _NOUNS_AND_RE.search(self.masked, max(s_start, c_start - 30), c_start)
            and self.masked[s_start:c_start].split(None, 1)[0].lower() in PREPOSITIONS
        ):
            return None  # "In TV interviews and tweets, Trump has argued": nouns of the opening phrase
        if (
            word in _TELLING
            and _STORY_TOLD_RE.match(self.masked, c_end)
            and not any(self.quotes[k].start > c_end for k in in_sentence)
        ):
            return None  # "Sideways tells the story of two men …": narration, unless it quotes the teller
        if word in _ADMITTING and self._admitted_into(c_end):
            # "refugees admitted to the United States", "admitted to hospital": let in, not a confession; the
            # subject stays the participle's ("the duo were admitted to hospital after claiming …")
            return self._subject_before(c_start, s_start)
        if (
            word in PARTICIPLE_CUES
            and _ARTICLE_BEFORE_RE.search(self.masked, (c_start - 8 if c_start > 8 else 0), c_start)
            and not _THAT_AHEAD_RE.match(self.masked, c_end)
        ):
            return None  # "X tweeted a warning.": a noun, not a participle ("issued a warning … that …" reports)
        according = word.lower() == "according to"
        subject = None if according else self._subject_before(c_start, s_start, adjacent=word in PARTICIPLE_CUES)
        quoted_as = self._quoted_as_saying(s_start, c_start) if word == "saying" else None
        subject = quoted_as or subject
        if subject is not None and word not in PARTICIPLE_CUES:
            subject = self._coordinated_group(self._head_of_clause(subject, s_start, c_start), s_start)
            if subject.kind in ("unnamed", "title"):
                subject = self._person_before_aside(subject, c_start) or subject
        if (
            subject is not None
            and word in _ASKED
            and _PASSIVE_RE.search(self.masked, (c_start - 12 if c_start > 12 else 0), c_start)
        ):
            agent = self._agent_after(c_end)  # "X was asked by host Y whether …": the question is Y's
            if agent is not None:
                subject, c_end = agent, agent.end
        issued = self._issued(subject) if subject is not None and subject.kind == "document" else None
        if issued is not None and word in PARTICIPLE_CUES:  # "X issued a statement saying …" is X's
            issuer = self._subject_before(issued, s_start, adjacent=True) or self._sentence_subject(
                s_start, subject.lead
            )  # the subject right before the verb: "After Y's call ended, Z's campaign sent out a release saying"
            if issuer is not None and issuer.kind != "document" and not issuer.possessive:
                subject, earlier = None, issuer
        inverted = participle = False
        coordinated = _COORDINATED_RE.search(self.masked, max(s_start, c_start - 12), c_start) is not None
        if subject is None and coordinated and earlier is None:  # "Ms. Sherry smiled and said"
            earlier = (
                self._coordinated_subject(s_start, c_start)
                or self._last_clause_subject(s_start, c_start)
                or self._and_clause_subject(s_start, c_start)  # "…, and the League denounced it and said"
            )
        if subject is None and word in PARTICIPLE_CUES and earlier is not None:
            # "X argued that …, while Y has soared in the polls by saying …": Y's clause came between
            clause_subject = self._last_clause_subject(earlier.end, c_start) or self._and_clause_subject(
                earlier.end, c_start
            )  # "Groups say …, and the ACLU has sued the city, saying …"
            earlier = clause_subject if clause_subject is not None and clause_subject.kind != "pronoun" else earlier
        if (
            subject is None
            and word in PARTICIPLE_CUES
            and earlier is None
            and _AFTER_RE.search(self.masked, max(s_start, c_start - 8), c_start)
        ):
            joined = [m.end() for m in _AND_CLAUSE_RE.finditer(self.masked, s_start, c_start)]
            if joined:  # "Testers could not find them and the duo were admitted to hospital after claiming …"
                earlier = self._sentence_subject(joined[-1], c_start)
        if subject is None and word in PARTICIPLE_CUES and earlier is None:
            earlier = self._and_clause_subject(s_start, c_start)  # "…, and the ACLU has sued the city, saying …"
        if subject is None and (word in PARTICIPLE_CUES or coordinated):
            earlier = earlier or self._sentence_subject(s_start, c_start)
        if subject is None and (word in PARTICIPLE_CUES or coordinated) and earlier is not None:
            subject = earlier  # "X said …, adding that …", "X attacked Y, saying …": the participle's subject is X
            anchor_start, anchor_end = c_start, c_end
            participle = word in PARTICIPLE_CUES
        else:
            it = None if subject is not None or according else _IT_SUBJECT_RE.fullmatch(self.masked, s_start, c_start)
            if it is not None:  # "It also said …": the organisation quoted just before
                subject = Mention(it.start("it"), it.end("it"), "pronoun", it.group("it"), "", "neuter")
            elif subject is None and not according:  # "Shares in X fell after it warned …": X
                subject = self._firm_whose_shares_moved(s_start, c_start)
            if subject is None and word.lower() not in ("told", "tells", "telling"):  # "told Fox News:": a listener
                subject = self._subject_after(c_end, s_end, according)
                inverted = subject is not None
            if subject is None:
                return None
            anchor_start, anchor_end = min(subject.lead, c_start), max(subject.end, c_end)
        subject = self._named_in_apposition(subject, c_start)
        if inverted and subject.kind in ("document", "unnamed"):
            subject = self._whole_source(subject, s_start, c_start, s_end, according)
        elif not inverted and not according and (subject.kind in ("document", "unnamed") or _generic(subject)):
            subject = self._described_source(subject, c_start)
        elif not inverted and not according and is_group_name(subject) and subject.text == subject.name:
            described = self._described_source(subject, c_start)  # "Democrats in Iowa who watched the debate"
            subject = subject if described is subject else replace(described, kind="unnamed")
        if subject.kind == "pronoun" and subject.gender == "plural":
            fronted = (  # "US officials were talking up the dollar, they said, but …": what they said comes first
                self.masked[s_start : subject.start].rstrip().endswith(",")
                and not self.masked[subject.end : c_start].strip()
                and self.masked[c_end : c_end + 1] in (",", ".")
            )
            subject = self._group_before(subject, s_start if fronted else None)
            if subject is None:
                return None
        if subject.kind == "pronoun":
            story_person_described = self._story_person_described_before(subject, s_start) is not None
            carried = None if story_person_described else self._last_speaker_antecedent(subject)
            if carried is None:
                subject = self._salient_subject(subject, s_start)
        else:
            carried = self._described_last_speaker(subject) if subject.kind in ("unnamed", "title") else None
            if (
                carried is None
                and subject.kind in ("unnamed", "title")
                and (subject.entity < 0 or refers_back(subject.text))
            ):  # "Cueto was also puzzled … 'I don't think …,' said the Sale player": Cueto, not the story's man
                subject = self._described_subject_before(subject, s_start)
        who = (carried.speaker, carried.speaker_type) if carried else self.x.speaker_of(subject, self.people)
        if who == ("the group", "unnamed") and self._group_written_of(subject.start):
            pass  # "The trade group for the insurers spelled out … 'The pool is out of balance,' the group wrote"
        elif who is not None and who[0].lower() in THE_ORGANISATION_KINDS and self.location == "body":
            common = who[0].lower() in _COMMON_KINDS  # a story's firm more likely than a rival so described
            firm_named = self._organisation_described_as(who[0], subject.start, alone=common)  # "the watchdog, RSF,"
            who = (
                (None if common else firm_named)
                or self._lead_firm(subject.start)
                or self._firm_opening_sentence_before(subject.start, s_start)
                or self._firm_of_shares(s_start)
                or self._firm_of_first_sentence(subject.start, s_start)
                or (self._story_firm(subject.start) if who[0] in _STORY_KINDS else None)
                or (self._organisation_going_on(subject.start) if who == ("the group", "unnamed") else None)
                or firm_named
                or who
            )  # "Absa said … But the group said": read as an unnamed group, the organisation going on
        elif who is not None and self.location == "body" and _KIND_OF_NAMED_RE.fullmatch(who[0]):
            who = self._organisation_named_as(who[0].split()[-1], subject.start) or who  # "the ministry said"
        elif who is not None and self.location == "body" and who[0].lower() in _THE_PAPER:
            who = self._paper_named_before(subject.start) or who  # "According to the Observer, … The paper said"
        elif who is not None and self.location == "body" and _by_place_kind(who[0]):
            who = self._firm_of_shares(s_start) or who  # "Shares in Multiplex Group … The Australian firm said
        if who is None:
            if subject.kind == "pronoun" and not inverted:  # '"It will work," she said.' with no woman named:
                for k, _ in self._quotes_around(anchor_start, anchor_end, s_start, s_end, in_sentence, False):
                    self.taken.add(k)  # her words, whoever she is; not the officials' quoted before
            return None
        label = "according to" if according else word
        apposed = not inverted and self._closes_apposition(subject)
        # a quotation before "and said" is the first verb's object ("condemned '…' and declared")
        before = not (coordinated and subject is earlier)
        quoted = self._quotes_around(anchor_start, anchor_end, s_start, s_end, in_sentence, inverted, apposed, before)
        if quoted:
            for k, kind in quoted:
                self._quote_statement(k, who, self._as_written(subject), label, kind, s_start, s_end)
            return subject
        first = bisect_left(self.quote_starts, anchor_end, in_sentence.start, in_sentence.stop)
        last = bisect_left(self.quote_starts, next_cue, in_sentence.start, in_sentence.stop)
        partial = [k for k in range(first, last) if k not in self.taken]
        clause_end = self._relative_clause_end(c_start, c_end, s_end) or (
            s_end if next_cue >= s_end else self._clause_stop(c_end, next_cue, s_end)
        )
        if _SUBORDINATE_OPENING_RE.match(self.masked, s_start) and "," not in self.masked[s_start:c_start]:
            comma = self.masked.find(",", c_end, clause_end)  # "Not long after Trump tweeted the quote, Todd asked"
            clause_end = comma if comma > 0 else clause_end
        clause = self._clause(word, according, inverted, anchor_start, anchor_end, c_end, s_start, clause_end)
        if partial and not inverted:
            clause = clause or _trimmed(self.text, c_end, _clause_end(self.text, s_end))
            self._partial_statement(partial, who, self._as_written(subject), label, clause, s_start, s_end)
        elif (
            clause is not None
            and (word not in WEAK_CUES or word in _ASKED or participle or quoted_as or self._absolute(subject, word))
            and not self._parenthetical(subject)
        ):
            self._reported_statement(who, self._as_written(subject), label, clause, s_start, s_end)
        return subject

    def _absolute(self, subject: Mention, word: str) -> bool:
        """A participle with a subject of its own after "with": "…, with 50 percent saying she is prepared"."""
        before = _WITH_BEFORE_RE.search(self.masked, max(0, subject.lead - 6), subject.lead)
        return word in PARTICIPLE_CUES and before is not None

    def _in_relative_clause(self, relative: re.Match, cue_end: int) -> bool:
        """Whether a verb after a relative word stands in a relative or parenthetical clause ("which he said is …").

        Not "even as Trump claimed on Tuesday that …": a clause of its own, reporting.
        """
        return not (relative.group().startswith("as") and _THAT_AHEAD_RE.match(self.masked, cue_end))

    def _admitted_into(self, c_end: int) -> bool:
        """Whether "admitted" lets someone in: "refugees admitted to the United States", "admitted to hospital"."""
        into = _ADMITTED_TO_RE.match(self.masked, c_end)
        if into is None or _THAT_AHEAD_RE.match(self.masked, into.end()):
            return False  # "admitted to the court that he had lied"
        return into.group("institution") is not None or into.group("place") in places()

    def _clause_stop(self, c_end: int, next_cue: int, s_end: int) -> int:
        """Where a reported clause ends: at the comma before the next verb, or at the sentence's end.

        At the comma when the next verb is a participle ("…, adding that …") or has a subject of its own
        after "but" or "while" ("…, but the Conservatives say …").
        """
        comma = self.masked.rfind(",", c_end, next_cue)
        dash = _DASH_END_RE.search(self.masked, c_end, next_cue)  # "… of the refuge - noting that …"
        if dash is not None and dash.start() > comma and self.masked.startswith(_PARTICIPLE_STARTS, next_cue):
            return dash.start()
        if comma <= c_end:
            return s_end
        following = _CUE_RE.match(self.masked, next_cue)
        if following and following.group() in PARTICIPLE_CUES:
            # "X argued that …, while her rival, Y, has soared in the polls by saying …": at "while", Y's clause
            opening = _CLAUSE_OPENING_RE.search(self.masked, c_end, comma)
            if opening is not None:
                i = bisect_left(self.mention_starts, opening.end())
                if i < len(self.mentions) and self.mentions[i].end <= comma and self.mentions[i].kind != "pronoun":
                    return opening.start()
            return comma
        # "X said growth was strong, but the Conservatives say …": two statements, two speakers (not "…, but
        # noted …", the same speaker's)
        contrast = _CONTRAST_RE.match(self.masked, comma + 1)
        if contrast is None:
            joined = _AND_RE.match(self.masked, comma + 1)
            return comma if joined is not None and self._speaks_next(joined.end(), next_cue) else s_end
        i = bisect_left(self.mention_starts, contrast.end())
        subject = i < len(self.mentions) and self.mentions[i].end <= next_cue and self.mentions[i].kind != "pronoun"
        return comma if subject else s_end

    def _relative_clause_end(self, c_start: int, c_end: int, s_end: int) -> int | None:
        """The comma closing the relative clause a verb opens, where the sentence's own verb follows it.

        "Jane Vale, who said the plan was flawed, resigned": what she said ends at "resigned"; "X, the editor
        who wrote the profile on Y, tweeted …": "wrote" reports nothing. ``None`` if the verb opens no
        relative clause or no such comma follows.
        """
        if _RELATIVE_VERB_BEFORE_RE.search(self.masked, max(0, c_start - 16), c_start) is None:
            return None
        comma = self.masked.find(",", c_end, s_end)
        while comma != -1:
            word = self.masked[comma + 1 : comma + 24].split()[:1]
            if word and _opens_a_predicate(word[0]):
                return comma
            comma = self.masked.find(",", comma + 1, s_end)
        return None

    def _speaks_next(self, at: int, next_cue: int) -> bool:
        """Whether a named or described source opens the text at ``at`` and is the subject of the verb ``next_cue``.

        "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders": after "and",
        a clause with a speaker of its own (a few words at most between it and its verb).
        """
        i = bisect_left(self.mention_starts, at)
        if i >= len(self.mentions) or self.mentions[i].kind in ("pronoun", "place", "document"):
            return False
        m = self.mentions[i]
        between = self.masked[m.end : next_cue]
        return not self.masked[at : m.lead].strip() and len(between.split()) <= 3 and "," not in between

    def _last_speaker_antecedent(self, pronoun: Mention) -> Found | None:
        """The last statement's source when "he" or "she" goes on with it, else ``None`` (the usual reading).

        'A spokesman for the press said that … "I think …," he said.': the spokesman, not a man named before
        him; 'Kostas Panagiotou said it had not been proven. "The charge fails," he said.': Panagiotou, whose
        first name says no gender, not a man with a known first name named earlier. Only when that statement
        is the last one, a sentence or two back, and no one is named between them; an unnamed source must be
        one person not named anywhere ("a spokesman", not "the campaign manager") of the pronoun's gender ("a
        spokeswoman" is no "he"), a person named in full one of unknown gender.
        """
        if pronoun.gender not in ("m", "f", "neuter") or not self.found:
            return None
        last = self.found[-1]
        if pronoun.gender == "neuter":  # "The IFS said … It also said …"; not past another organisation
            near = last.speaker_type == "organisation" and 0 <= pronoun.start - last.end <= 2 * _UNNAMED_REACH
            return last if near and not self._named_since(last, pronoun.start, ("organisation", "media")) else None
        if not 0 <= pronoun.start - last.end <= _UNNAMED_REACH:
            return None
        if self._named_since(last, pronoun.start):
            return None  # someone named since: "… Mr Brown disagreed. 'No,' he said"
        if last.speaker_type == "person":
            index = self.people.index_of(last.speaker)
            if index is None or pronoun.entity < 0 or index == pronoun.entity:
                return None  # the usual reading found no one of the gender, or the same person
            person = self.people.persons[index]
            nameable = self._nameable_speaker(last.speaker)
            fits = person.gender == pronoun.gender or (person.gender is None and nameable)
            if fits and self._only_in_what_was_said(pronoun.entity, last, pronoun.start):
                return last  # "Mr Balls rejected claims that Mr Brown was sidelined. He …, saying": Balls
            return last if person.gender is None and " " in last.speaker and nameable else None
        if last.speaker_type != "unnamed":
            return None
        indefinite = last.speaker.split(None, 1)[0].lower() in ("a", "an", "one", "another")
        spokes = last.speaker.split()[-1].lower() in _SPOKESPEOPLE  # "The Trafford Centre spokeswoman said …"
        if not indefinite and not spokes and _OF_AN_UNNAMED_RE.search(last.speaker) is None:
            return None  # "the campaign manager" is someone the story named (his name, not the title), but "the
            # chief executive of a leading car maker" is not
        head = _source_head(last.speaker)
        noun = head[-1].lower() if head else ""
        if _plural(noun) or noun not in _SINGLE_SOURCES or NOUN_GENDERS.get(noun, pronoun.gender) != pronoun.gender:
            return None
        return last

    def _nameable_speaker(self, speaker: str) -> bool:
        """Whether a speaker of unknown gender may be "he" or "she": a person's name, not a firm's.

        A full name must open with a word that may be a given name ("New Line" is a firm); a single word
        must be no English word ("Souness", "Safin"), or one no commoner than a surname ("Parry", not
        "Windows") that has spoken in the first person singular in this text before or is written with an
        aside only a person takes ("Parry, speaking exclusively to BBC Sport, …", "Parry, who …").
        """
        if " " in speaker:
            return may_be_given_name(speaker.split()[0])
        low = speaker.lower()
        if low not in english_words():
            return True
        if low in common_words():
            return False
        return any(f"{speaker}{aside}" in self.masked for aside in _PERSON_ASIDES) or any(
            f.speaker == speaker and FIRST_PERSON_SINGULAR_RE.search(f.quote) is not None for f in self.found
        )

    def _subject_opening_sentence_before(self, s_start: int, after_phrase: bool = False) -> tuple[Mention, int] | None:
        """The subject opening the sentence before the one at ``s_start`` and that sentence's number.

        Two words at most before it (or, with ``after_phrase``, an opening phrase closed by a comma: "On
        the subject of Liverpool's captain, Parry revealed"), not a possessive; ``None`` for the first
        sentence or one that opens with no subject ("Ireland, despite having Gordon D'Arcy out, …").
        """
        k = bisect_left(self.sentence_starts, s_start) - 1
        if k < 0:
            return None
        subject = self._sentence_subject(self.sentence_starts[k], self.sentence_ends[k])
        if subject is None or subject.possessive:
            return None
        before = self.masked[self.sentence_starts[k] : subject.lead]
        if after_phrase and before.rstrip().endswith(",") and before.count(",") == 1:
            return subject, k
        words = _past_opening_adverb(before.split())  # "Meanwhile, Perpignan centre X is delighted …"
        return None if len(words) > 2 else (subject, k)

    def _person_opening_sentence_before(self, s_start: int, after_phrase: bool = False) -> tuple[Mention, int] | None:
        """The person opening the sentence before (see :meth:`_subject_opening_sentence_before`), or ``None``."""
        opening = self._subject_opening_sentence_before(s_start, after_phrase)
        if opening is None or opening[0].kind != "person" or opening[0].entity < 0:
            return None
        return opening

    def _salient_subject(self, pronoun: Mention, s_start: int) -> Mention:
        """A pronoun as the subject of the sentence before, not as a person named after that subject in it.

        'Ferguson, though, is confident his young players, particularly Wayne Rooney and Cristiano
        Ronaldo, are up to the task. "We have …," he declared.' is Ferguson's. Only when the pronoun's
        usual antecedent was last named after that subject, in that sentence, and the subject is a
        person of the pronoun's gender not named since.
        """
        if pronoun.gender not in ("m", "f") or pronoun.entity < 0:
            return pronoun
        described = self._story_person_described_before(pronoun, s_start)
        if described is not None:
            return replace(pronoun, entity=described)
        own = self._opening_pronoun(pronoun, s_start) or self._subject_of_main_clause(pronoun, s_start)
        if own is not None:
            return replace(pronoun, entity=own.entity)
        unsexed = self._subject_of_unknown_gender_before(pronoun, s_start)
        if unsexed is not None:
            return replace(pronoun, entity=unsexed.entity)
        opening = self._person_opening_sentence_before(s_start)
        if opening is None or opening[0].entity == pronoun.entity:
            return pronoun
        subject, k = opening
        if self.people.persons[subject.entity].gender != pronoun.gender:
            return pronoun  # "Final Wars", "the Beach Boys": a name of no known gender may be no one's
        i = bisect_right(self.mention_starts, subject.start)
        if i < len(self.mentions) and _DESCRIBES_NEXT_RE.fullmatch(self.masked, subject.end, self.mentions[i].lead):
            return pronoun  # "Franz Ferdinand frontman Alex Kapranos": a name that describes the next
        since = self.mentions[i : bisect_left(self.mention_starts, pronoun.start)]
        rival = [m for m in since if m.entity == pronoun.entity and m.kind in ("person", "title")]
        if not rival or any(m.entity == subject.entity for m in since):
            return pronoun
        if rival[-1].start >= self.sentence_ends[k] and not rival[-1].oblique:
            return pronoun  # the usual antecedent named in the pronoun's own sentence: "O'Leary … and he said"
            # (not as what is spoken of: 'Of Hepburn, she said')
        return replace(pronoun, entity=subject.entity)

    def _story_person_described_before(self, pronoun: Mention, s_start: int) -> int | None:
        """The story's person when the sentence before names no one but describes them, or ``None``.

        'The affair still rankles with the Dutchman. "I was settled at Manchester United," he said.' is
        Jaap Stam's, whom the story opens with, not Ferguson's, quoted last: the sentence before holds a
        description that refers back ("the Dutchman", "the 32-year-old") and no name or pronoun, and the
        person opening the story is not of the other gender ("Jaap" gives none).
        """
        k = bisect_left(self.sentence_starts, s_start) - 1
        if k < 1:
            return None
        lo, hi = self.sentence_starts[k], self.sentence_ends[k]
        inside = self.mentions[bisect_left(self.mention_starts, lo) : bisect_left(self.mention_starts, hi)]
        if any(m.kind in ("person", "title", "pronoun") or (m.kind == "unnamed" and _plural(m.text)) for m in inside):
            return None  # (not "An NHTCU spokeswoman said the American investigators …": a source, others)
        if not any(m.kind == "unnamed" and _person_description(m.text) is not None for m in inside):
            return None
        if any(lo <= f.start < hi for f in self.found[-3:]):
            return None  # a statement in that sentence: its speaker is the one to go on with
        opener = self._story_person()
        if opener is None or opener.entity < 0 or " " not in opener.name:
            return None
        return opener.entity if self.people.persons[opener.entity].gender in (pronoun.gender, None) else None

    def _subject_of_unknown_gender_before(self, pronoun: Mention, s_start: int) -> Mention | None:
        """The person of unknown gender opening the sentence before a quotation that "he" or "she" attributes.

        'Celtic manager O'Neill is no respecter of reputations. "The onus is on him," he said.' is O'Neill's,
        not the man of known first name quoted a paragraph before: only when the pronoun's sentence opens
        with the quotation, the subject is a person's name whose gender the text does not give, and the
        pronoun's usual antecedent is not named in that sentence.
        """
        opens_with_pronoun = pronoun.lead == s_start
        if self.text[s_start : s_start + 1] not in ('"', "“", "'", "‘") and not opens_with_pronoun:
            return None
        opening = self._person_opening_sentence_before(s_start, after_phrase=opens_with_pronoun)
        previous = bisect_left(self.sentence_starts, s_start) - 1
        if opening is None and opens_with_pronoun and previous > 0:  # 'Parry is … And he confessed … He said:'
            same = _PRONOUN_OPENS_RE.match(self.masked, self.sentence_starts[previous])
            if same is not None and same.group(1).lower() == pronoun.text.lower():
                opening = self._person_opening_sentence_before(self.sentence_starts[previous], after_phrase=True)
        if opening is None or opening[0].entity == pronoun.entity:
            return None
        subject, k = opening
        person = self.people.persons[subject.entity]
        named = (" " in person.name and may_be_given_name(person.name.split()[0])) or bool(person.titles)
        # 'Parry revealed … He said:', 'But Edu was critical … "…," he said.': a surname heard speaking before
        named = named or (person.last_spoke >= 0 and self._nameable_speaker(person.name))  # and nameable
        if person.gender is not None or not named:  # "Lee Gilmore", "manager O'Neill"; not "the Reds", "Yahoo"
            return None
        sentence = self.mentions[
            bisect_left(self.mention_starts, self.sentence_starts[k]) : bisect_left(self.mention_starts, s_start)
        ]
        return None if any(m.entity == pronoun.entity and m.kind != "pronoun" for m in sentence) else subject

    def _subject_of_main_clause(self, pronoun: Mention, s_start: int) -> Mention | None:
        """The person whose clause a "when he said" clause depends on, when the usual reading is someone else.

        'Labour Minister Ghazi al-Gosaibi had caused uproar when he said …' is al-Gosaibi's, not the prince
        named a sentence before: only when the pronoun follows a subordinating word, the mention just before
        it is a person of its gender or of none the text gives, and that person opens the sentence or the
        clause a reporting verb or "that" introduces (a subject, not an object: "Smith criticised Jones when
        he said" is left to the usual reading).
        """
        if not _SUBORDINATOR_BEFORE_RE.search(self.masked, max(s_start, pronoun.lead - 12), pronoun.lead):
            return None
        i = bisect_left(self.mention_starts, pronoun.start)
        if i == 0 or self.mentions[i - 1].start < s_start:
            return None
        subject = self.mentions[i - 1]
        if subject.kind != "person" or subject.entity in (-1, pronoun.entity) or subject.possessive:
            return None
        if self.people.persons[subject.entity].gender not in (None, pronoun.gender) or subject.oblique:
            return None
        before = self.masked[s_start : subject.lead]
        return subject if len(before.split()) <= 3 or _CLAUSE_OPENS_RE.search(before) else None

    def _opening_pronoun(self, pronoun: Mention, s_start: int) -> Mention | None:
        """The pronoun opening the sentence that ``pronoun`` goes on with, when someone else was named between.

        'He has been called the Johnny Carson of podcasting which, he says, "is a badge …"': the second "he"
        is the first, the sentence's subject, not the man it was compared to. Only when the opening pronoun
        has the same gender and stands for someone else, and that other person is named in this sentence only.
        """
        i = bisect_left(self.mention_starts, s_start)
        if i >= len(self.mentions) or self.mentions[i].lead != s_start:
            return None
        opening = self.mentions[i]
        if opening.kind != "pronoun" or opening.gender != pronoun.gender or opening.entity in (-1, pronoun.entity):
            return None
        named = self.mentions[i + 1 : bisect_left(self.mention_starts, pronoun.start)]
        if not any(m.entity == pronoun.entity and m.kind == "person" and not m.possessive for m in named):
            return None
        earlier = self.mentions[max(0, i - _LOOK_BACK) : i]
        return None if any(m.entity == pronoun.entity for m in earlier) else opening

    def _described_last_speaker(self, m: Mention) -> Found | None:
        """The last speaker, named in full, whom a description by birthplace, age or nationality stands for.

        '"I must admit I was surprised," added the Uruguayan-born researcher' after Gonzalo Frasca's
        statement is Frasca; "the 47-year-old", "the Dutch defender" likewise, and a side's role noun
        ("the Warriors chief", not "the Tory leader", see ``back_reference_nouns.txt``). ``None`` unless the
        description is one of these, the statement is the last one, a sentence or two back, and no one is
        named between them.
        """
        if not self.found or _person_description(m.text) is None:
            return None
        last = self.found[-1]
        if last.speaker_type != "person" or " " not in last.speaker or not 0 <= m.start - last.end <= _UNNAMED_REACH:
            return None
        return None if self._named_since(last, m.start) else last

    def _described_subject_before(self, m: Mention, s_start: int) -> Mention:
        """A description of a person (see :func:`_person_description`) as the subject of the sentence before.

        'Matchwinner Keane was full of praise for Duff. "It was great play," said the Tottenham striker.'
        is Keane's: the subject opens that sentence, is a person holding no title other than the
        description's noun, of its gender, and no other person is named between (a possessive may be)
        unless that subject also opens the story (:meth:`_opens_the_story`).
        """
        noun = _person_description(m.text)
        opening = self._person_opening_sentence_before(s_start) if noun is not None else None
        if opening is None:
            return m
        subject = opening[0]
        person = self.people.persons[subject.entity]
        if noun != "person" and noun not in _AGE_NOUNS and person.titles and not person.holds(noun):
            return m  # "the striker" is not the manager the sentence before was about (a youngster may be a centre)
        if NOUN_GENDERS.get(noun) not in (None, person.gender):
            return m
        between = self.mentions[
            bisect_right(self.mention_starts, subject.start) : bisect_left(self.mention_starts, m.start)
        ]
        others = any(
            x.kind in ("person", "title") and not x.possessive and x.entity != subject.entity and not x.oblique
            for x in between
        )  # "Cueto was puzzled his try had been disallowed by Kaplan": an object is no rival
        if others and not (opening[1] > 0 and self._opens_the_story(subject.entity)):
            return m
        return replace(m, entity=subject.entity)

    def _holder_of_opinion_before(
        self, s_start: int, last: tuple[int, int, Found] | None
    ) -> tuple[tuple[str, str], str, str] | None:
        """Who a bare quotation is by when the sentence before gives a person's view: its subject.

        'US coach Patrick McEnroe wants his players to play more on clay. "I think it will help …"' is
        McEnroe's: the sentence before opens with a person named in full (not the last speaker) and a verb
        of opinion right after the name ("believes", "wants", "feels"). Returns the speaker, the mention as
        written and the verb, or ``None``.
        """
        opening = self._person_opening_sentence_before(s_start)
        if opening is None:
            return None
        subject, k = opening
        verb = _OPINION_AFTER_RE.match(self.masked, subject.end)
        if verb is None or self.sentence_ends[k] > s_start:
            return None
        who = self.x.speaker_of(subject, self.people)
        if who is None or who[1] != "person" or " " not in who[0] or (last is not None and last[2].speaker == who[0]):
            return None
        return who, self._as_written(subject), verb.group(1)

    def _announced_before(self, s_start: int) -> tuple[tuple[str, str], str, str] | None:
        """Who announced the words a sentence opens with: the sentence before ends "tweeted a warning.".

        Returns the speaker, the mention as written and the verb, or ``None``.
        """
        k = bisect_left(self.sentence_starts, s_start) - 1
        if k < 0 or self.sentence_ends[k] > s_start:
            return None
        announcing = _ANNOUNCING_END_RE.search(self.masked, self.sentence_starts[k], self.sentence_ends[k])
        if announcing is None:
            return None
        subject = self._subject_before(announcing.start(), self.sentence_starts[k])
        if subject is None or subject.kind not in ("person", "organisation", "title", "unnamed"):
            return None
        who = self.x.speaker_of(subject, self.people)
        return (who, self._as_written(subject), announcing.group("verb")) if who is not None else None

    def _opens_the_story(self, entity: int) -> bool:
        """Whether the person ``entity`` is the subject opening the text's first sentence: whom the story is about.

        'Sir Alex Ferguson has called on the FA to punish X. Ferguson believes X caught Y … The United boss
        said …': the boss is Ferguson, though X and Y are named between.
        """
        first = self._story_person()
        return first is not None and first.entity == entity

    def _story_person(self) -> Mention | None:
        """The person opening the text's first sentence as its subject (whom the story is about), or ``None``."""
        if not self.sentence_starts:
            return None
        first = self._sentence_subject(self.sentence_starts[0], self.sentence_ends[0])
        return first if first is not None and first.kind == "person" else None

    def _only_in_what_was_said(self, entity: int, last: Found, at: int) -> bool:
        """Whether the person last mentioned before ``at`` was last named inside ``last``'s reported words."""
        if last.kind not in ("reported", "partial") or last.cue in _ASKED:
            return False  # a question's person answers it: "Earhardt asked whether Rubio … 'We feel great,' he said"
        i = bisect_left(self.mention_starts, at) - 1
        while i >= 0 and self.mentions[i].entity != entity:
            i -= 1
        if i < 0:
            return False
        content = self.text.find(last.content, max(0, last.start - len(last.content)), last.end + len(last.content))
        return content >= 0 and content <= self.mentions[i].start < content + len(last.content)

    def _named_since(self, last: Found, at: int, kinds: tuple[str, ...] = ("person", "title")) -> bool:
        """Whether someone of ``kinds`` other than ``last``'s speaker is named between that statement and ``at``.

        A lone word of no known gender as an object ("knocked out of the FA Cup by Newcastle") is no one named:
        it may be a club or a place. A partial quotation's statement ends where its reported clause does, or at
        a contrast in it: in
        'X said he did not feel the situation was as "dramatic" as Mr Renner believed', Renner is named in
        what X said; in 'X said he had had a "gutful" of it but Y rejected his comments', Y is not.
        """
        own = self.people.index_of(last.speaker) if last.speaker_type == "person" else None
        end = last.end
        after = self.text[last.end : last.end + 2].lstrip("\"”’'")
        if last.kind == "partial" and last.content and not last.quote.endswith(",") and not after.startswith(","):
            # (not past a comma closing the quotation: 'When X pointed out that … "Medicare for all," Clinton …')
            content = self.text.find(last.content, max(0, last.start - len(last.content)), last.end + len(last.content))
            if content >= 0 and content + len(last.content) > end:
                contrast = _CONTRAST_WORD_RE.search(self.masked, end, content + len(last.content))
                end = content + len(last.content) if contrast is None else contrast.start()
        between = self.mentions[bisect_left(self.mention_starts, end) : bisect_left(self.mention_starts, at)]
        if last.speaker_type != "person":  # "…, according to the Sunday Times. It says …": its own name is no other
            return any(x.kind in kinds and x.name != last.speaker and x.text != last.speaker for x in between)
        return any(x.kind in kinds and (own is None or x.entity != own) and not _bare_object(x) for x in between)

    def _person_before_aside(self, m: Mention, c_start: int) -> Mention | None:
        """The person before an aside between dashes that holds ``m``, or ``None``.

        "Mr Schroeder - a staunch supporter of the pact - said" is Schroeder's.
        """
        if not _DASH_RE.search(self.masked, m.end, c_start) or not _DASH_END_RE.search(self.masked, 0, m.lead):
            return None
        i = bisect_left(self.mention_starts, m.start) - 1
        if i < 0:
            return None
        before = self.mentions[i]
        between = self.masked[before.end : m.lead]
        return (
            before if before.kind == "person" and not before.possessive and _DASH_ONLY_RE.fullmatch(between) else None
        )

    def _paper_named_before(self, at: int) -> tuple[str, str] | None:
        """The newspaper named last before ``at``, in this sentence or the three before, for "the paper said".

        "…, according to The Mail on Sunday. It says … The much delayed Crossrail Link Bill would … The paper
        says …": the Mail, three sentences back.
        """
        k = bisect_right(self.sentence_starts, at) - 1
        since = self.sentence_starts[max(0, k - 3)] if k >= 0 else 0
        i = bisect_left(self.mention_starts, at)
        for m in reversed(self.mentions[max(0, i - _LOOK_BACK) : i]):
            if m.start < since:
                return None
            if m.kind == "media":
                return self.x.speaker_of(m, self.people)
        return None

    def _lead_firm(self, before: int) -> tuple[str, str] | None:
        """The firm a story opens with, for "the company said" when no organisation spoke before it.

        Only a name that opens the text as its first sentence's subject ("Apple has expanded its iPod
        family …"), named again before ``before`` or by its kind ("the company"), and no other
        organisation quoted before: otherwise ``None`` (the later pass names "the company" after the
        organisation quoted last).
        """
        if not self.mentions or any(f.speaker_type == "organisation" for f in self.found):
            return None
        m = self.mentions[0]
        if m.kind == "place" and len(self.mentions) > 1:
            m = self.mentions[1]  # "Russian oil and gas company Yukos is due in a US court …"
        opening = self.masked[: m.lead].strip()
        described = _KIND_BEFORE_FIRM_RE.fullmatch(opening) is not None
        if (
            m.kind != "organisation"
            or m.possessive
            or (opening not in ("", "The") and not described)
            or not _FIRM_VERB_RE.match(self.masked, m.end)
            or not self._firm_like(m)
        ):
            return None
        return m.name, "organisation"

    def _firm_of_first_sentence(self, before: int, s_start: int) -> tuple[str, str] | None:
        """The firm of the text's first sentence, for "the company said" in that same sentence.

        The name opening the text in a possessive ("Nintendo's new handheld console … will launch in
        Europe on 11 March, the company has announced"), else the one organisation the sentence names
        before the verb's subject ("… investigating Marsh & McLennan's transactions, the firm has said").
        ``None`` past the first sentence, or when no single firm stands out.
        """
        if not self.sentence_starts or s_start != self.sentence_starts[0]:
            return None
        named = self.mentions[bisect_left(self.mention_starts, s_start) : bisect_left(self.mention_starts, before)]
        if not named:
            return None
        lead = named[0]
        if (
            lead.possessive
            and lead.kind in ("organisation", "person")
            and not self.masked[s_start : lead.lead].strip()
            and (lead.kind == "organisation" or (" " not in lead.name and not lead.gender and not lead.title))
            and self._firm_like(lead)
        ):
            return lead.name, "organisation"  # "Nintendo's new console …, the company has announced"
        firms = [m for m in named if m.kind == "organisation"]
        return (firms[0].name, "organisation") if len(firms) == 1 and self._firm_like(firms[0]) else None

    def _firm_opening_sentence_before(self, at: int, s_start: int) -> tuple[str, str] | None:
        """The organisation opening the sentence before, for "the organisation said" at ``at``.

        'CENTR, the Council of European National Top Level Domain Registries, agrees. "…," the
        organisation said.' is CENTR's: its subject, not a possessive, an outlet or a place, and no
        other organisation named after it (past its apposition) before ``at``.
        """
        opening = self._subject_opening_sentence_before(s_start)
        if opening is None:
            return None
        subject, k = opening
        words = self.masked[self.sentence_starts[k] : self.sentence_ends[k]].split()
        if len(words) < 4 or not any(w.islower() for w in words):
            return None  # a heading or a caption ("ABSTRACT.", "Facebook/Mohamed Assem."), not a sentence
        if subject.kind != "organisation" or not self._firm_like(subject):  # (not "The company …. The group said")
            return None
        after = subject.end
        if self.masked.startswith(",", after):  # past "X, the Council of …,"
            comma = self.masked.find(",", after + 1, self.sentence_ends[k])
            after = comma if comma > 0 else after
        between = self.mentions[bisect_left(self.mention_starts, after) : bisect_left(self.mention_starts, at)]
        if any(x.kind in ("organisation", "media") for x in between):
            return None
        return subject.name, "organisation"

    def _firm_of_shares(self, s_start: int) -> tuple[str, str] | None:
        """The firm whose shares open this sentence or the one before, for "the firm said" in it.

        "Shares in Krispy Kreme Doughnuts have taken a dunking after the firm revealed …", "Shares in
        Multiplex Group … fell 19%. The Australian firm said …": the name after "Shares in" (or "of"),
        however the mention finder typed it, when it is not a place or an outlet.
        """
        k = bisect_left(self.sentence_starts, s_start)
        for j in (k, k - 1):
            if not 0 <= j < len(self.sentence_starts):
                continue
            firm = self._firm_of_shares_at(self.sentence_starts[j])
            if firm is not None:
                return firm.name, "organisation"
        return None

    def _firm_of_shares_at(self, s_start: int) -> Mention | None:
        """The firm of a sentence at ``s_start`` that opens with its shares ("Shares in Multiplex Group fell").

        The first name after "Shares in" (or "of"), past a place and lower-case words that describe it
        ("Shares in Australian budget airline Virgin Blue"), however the mention finder typed it (an outlet's
        name too: "American Express"); as an organisation.
        """
        opening = _SHARES_IN_RE.match(self.masked, s_start)
        if opening is None:
            return None
        at = opening.end()
        for m in self.mentions[bisect_left(self.mention_starts, at) :]:
            if not _DESCRIBING_GAP_RE.fullmatch(self.masked, at, m.start):
                return None
            if m.kind == "place":
                at = m.end
                continue
            if not m.name or m.possessive:
                return None
            if m.kind == "media" or (m.kind in ("organisation", "person") and self._firm_like(m)):
                return replace(m, kind="organisation")  # an outlet's name too: "Shares in American Express"
            return None
        return None

    def _organisation_described_as(self, phrase: str, at: int, alone: bool = False) -> tuple[str, str] | None:
        """The organisation the text described by the kind of "the watchdog said" at ``at``, the last before it.

        "… by the media watchdog, Reporters Without Borders. … according to the watchdog": Reporters Without
        Borders, named after its kind ("watchdog Ofcom", "the watchdog, X,") or before it in apposition ("JP
        Morgan, the US investment bank,"), however the mention finder typed it; not in the phrase at ``at``
        itself ("BitTorrent, the firm said"). With ``alone``, only when no other organisation is named between.
        """
        before, after = _kind_patterns(phrase.split()[-1].lower())
        others: set[str] = set()
        for m in reversed(self.mentions[: bisect_left(self.mention_starts, at)]):
            if m.kind not in ("organisation", "person", "media") or not m.name[:1].isupper():
                continue
            if m.possessive or (" " not in m.name and m.kind == "person" and m.gender is not None):
                continue  # a person's surname
            apposed = after.match(self.masked, m.end)
            if before.search(self.masked, max(0, m.lead - 40), m.lead) or (apposed and apposed.end() < at):
                return (m.name, "organisation") if not (alone and others - {m.name}) else None
            if m.kind in ("organisation", "media"):
                others.add(m.name)
        return None

    def _organisation_going_on(self, at: int) -> tuple[str, str] | None:
        """The organisation of the statement just before, for "the group said" at ``at`` going on with it.

        "Absa said it was close to a deal. But the group said …" is Absa's (the caller checks that no group
        is written of between them: :meth:`_group_written_of`).
        """
        if not self.found:
            return None
        last = self.found[-1]
        if last.speaker_type == "person":  # "Cairn said": a one-word name of no gender, which a later pass may
            index = self.people.index_of(last.speaker)  # find to be a firm's (and retype with this statement)
            if " " in last.speaker or index is None or self.people.persons[index].gender is not None:
                return None
        elif last.speaker_type != "organisation" or last.speaker.lower() in THE_ORGANISATION_KINDS:
            return None
        if not 0 <= at - last.end <= 2 * _UNNAMED_REACH:
            return None
        return last.speaker, last.speaker_type

    def _organisation_named_as(self, noun: str, at: int) -> tuple[str, str] | None:
        """The organisation named last before ``at`` whose name ends in ``noun`` (``None``: none).

        "the Finance and Economy Ministry" for "the ministry said", "the European Commission" for "the
        commission said".
        """
        tail = noun.capitalize()
        for m in reversed(self.mentions[: bisect_left(self.mention_starts, at)]):
            if m.kind == "organisation" and " " in m.name and m.name.split()[-1] == tail and not m.possessive:
                return m.name, "organisation"
        return None

    def _group_written_of(self, at: int) -> bool:
        """Whether a group is written of in lower case since the last statement, before "the group" at ``at``.

        "the trade group for the plans", "a group of parents": the group "the group said" goes on with.
        """
        since = self.found[-1].end if self.found and self.found[-1].end <= at else 0
        return _GROUP_WORD_RE.search(self.masked, since, at) is not None

    def _firm_whose_shares_moved(self, s_start: int, c_start: int) -> Mention | None:
        """The firm of "Shares in X plunged 20% after it warned …", for the "it" right before the verb at ``c_start``.

        The sentence opens with the firm's shares and "it" is the subject of a clause after "after", "as" or
        "when"; the name after "Shares in" is the firm, however the mention finder typed it.
        """
        if _IT_CLAUSE_RE.search(self.masked, max(s_start, c_start - 40), c_start) is None:
            return None
        return self._firm_of_shares_at(s_start)

    def _story_firm(self, before: int) -> tuple[str, str] | None:
        """The organisation a story is about, for "the company said" at ``before`` that no nearer rule named.

        The organisation named most often in the headline and the text before ``before``, at least
        twice and more often than any other ("Shares in Multiplex Group … Multiplex reporting … The
        firm said" is Multiplex Group's; "Rosneft bought … Rosneft already faces … But the company has
        said" is Rosneft's, though Yukos and Menatep are named too). A name of several words counts
        its first word when that is no English word ("Multiplex"). Not an outlet, a place, a group or a
        public body ("the Senate");
        ``None`` when a named organisation, or a one-word person the later pass may find to be a firm,
        was quoted before (that pass names "the company" after the organisation quoted last) or no
        organisation leads.
        """
        if any(
            (f.speaker_type == "organisation" and not f.speaker.startswith("the "))
            or (f.speaker_type == "person" and " " not in f.speaker)  # "Renault said": a firm the later pass may retype
            for f in self.found
        ):
            return None
        named = self.mentions[: bisect_left(self.mention_starts, before)]
        if self.headline:
            named = [*named, *self.x._mentions(self.headline)]
        names: dict[str, str] = {}  # the word counted → the longest name it stands for
        for m in named:
            if m.kind == "organisation" and self._firm_like(m):
                key = short_name(m.name)
                names[key] = max(names.get(key, ""), m.name, key=len)
        if not names:
            return None
        written = f"{self.headline}\n{self.masked[:before]}"
        counts = Counter({key: len(re.findall(rf"(?<![\w-]){re.escape(key)}(?![\w-])", written)) for key in names})
        ranked = counts.most_common(2)
        top, n = ranked[0]
        opener = next((key for key, name in names.items() if self._opens_story(name)), None)
        if opener is not None and counts[opener] == n:  # "Microsoft has said it will replace …" over "The company
            return names[opener], "organisation"  # said the move was …" (Xbox named once too)
        first = self.masked[: self.sentence_ends[0]] if self.sentence_ends else ""
        if len(first.split()) < 4 or not any(w.islower() for w in first.split()):
            first = ""  # a heading, not a sentence ("ABSTRACT.")
        others = {m.name for m in named if m.kind == "organisation" and short_name(m.name) != top}  # "the Senate"
        alone = not others and (names[top] in self.headline or names[top] in first)  # the one organisation named
        if (n < 2 and not alone) or (len(ranked) > 1 and ranked[1][1] == n):  # top: "German airline Lufthansa …"
            return None
        return names[top], "organisation"

    def _opens_story(self, name: str) -> bool:
        """Whether a name opens the headline or the text as its subject: "Microsoft has said …".

        Not "Microsoft's new console …", one of two ("Kestrel Group and Ormond Bank agreed …"), nor a label
        ("ABSTRACT Late last month …", "UPDATE: …").
        """
        subject = re.compile(rf"{re.escape(name)}[ \t]+(?!and\b|or\b)[a-z]")  # not "X and Y agreed a deal"
        return any(subject.match(opening) for opening in (self.headline.lstrip(), self.masked.lstrip()))

    def _firm_like(self, m: Mention) -> bool:
        """Whether an organisation's mention can be what "the company" or "the firm" stands for.

        Not a group ("Democrats"), an outlet, a place, a country's initials, a kind ("the company") or a
        public body ("the Senate").
        """
        return not (
            (is_group_name(m) and _plural_word(m.name))
            or self.x.is_outlet(m.name)
            or m.name in places()
            or m.name.lower() in THE_ORGANISATION_KINDS
            or m.name in COUNTRY_CODES
            or not PUBLIC_BODY_WORDS.isdisjoint(m.name.split())
        )

    def _group_before(self, they: Mention, fronted: int | None = None) -> Mention | None:
        """What "they" stands for: the last unnamed group or organisation mentioned shortly before it.

        ``fronted``: the start of a sentence whose opening clause is what they said ("US officials were
        talking up the dollar, they said"): a group in the sentences before, an unnamed one first
        ("European leaders blamed the US …").
        """
        i = bisect_left(self.mention_starts, they.start if fronted is None else fronted)
        if fronted is not None:
            groups = [m for m in self.mentions[max(0, i - _LOOK_BACK) : i] if not m.possessive and _is_group(m)]
            unnamed = [m for m in groups if m.kind == "unnamed"]
            m = (unnamed or groups or [None])[-1]
            return m if m is not None and they.start - m.end < _GROUP_REACH else None
        last = self.found[-1] if self.found else None
        if (
            last is not None
            and last.speaker_type == "unnamed"
            and _AFTER_STOP_RE.search(self.masked, max(0, they.start - 4), they.start)
            and 0 <= they.start - last.end < _GROUP_REACH
        ):  # "Critics say the law would favour large companies. They say …": the critics, who spoke last
            for m in reversed(self.mentions[max(0, i - _LOOK_BACK) : i]):
                said = last.speaker_mention  # "Critics of the plan say …": the mention "Critics", described
                if (m.text == said or said.startswith(m.text + " ")) and _is_group(m):
                    return m
        for m in reversed(self.mentions[max(0, i - _LOOK_BACK) : i]):
            if m.possessive:
                continue  # "offsetting Johnson & Johnson's reliance": the analysts before it
            if _is_group(m):
                return m if they.start - m.end < _GROUP_REACH else None
        return None

    def _coordinated_subject(self, s_start: int, c_start: int) -> Mention | None:
        """The subject of the verb coordinated with a reporting verb: X in "X smiled and said"."""
        verb = _FIRST_VERB_RE.search(self.masked, s_start, c_start)
        if verb is None:
            return None
        subject = self._subject_before(verb.start(1), s_start, adjacent=True)
        return None if subject is None or subject.possessive or subject.kind == "document" else subject

    def _last_clause_subject(self, s_start: int, c_start: int) -> Mention | None:
        """The subject of a sentence's last clause with one of its own before ``c_start``, or ``None``.

        "A signed an order, while B proposed … and said": B (after ", while", ", but", "; ").
        """
        clauses = [m.end() for m in _CLAUSE_OPENING_RE.finditer(self.masked, s_start, c_start)]
        return self._sentence_subject(clauses[-1], c_start) if clauses else None

    def _and_clause_subject(self, s_start: int, c_start: int) -> Mention | None:
        """The subject of the last clause joined by ", and" before ``c_start`` ("…, and the ACLU has sued …")."""
        joined = [m.end() for m in _AND_SUBJECT_RE.finditer(self.masked, s_start, c_start)]
        subject = self._sentence_subject(joined[-1], c_start) if joined else None
        return subject if subject is not None and subject.kind not in ("pronoun", "document") else None

    def _owner_of_next(self, i: int) -> bool:
        """Whether mention ``i`` is a possessive right before the next mention: "The Blaze's Matt Walsh"."""
        m = self.mentions[i]
        return (
            m.possessive and i + 1 < len(self.mentions) and not self.masked[m.end : self.mentions[i + 1].lead].strip()
        )

    def _describes_next(self, i: int) -> bool:
        """Whether mention ``i`` only describes the name after it: "UK" in "UK advertising giant WPP"."""
        m = self.mentions[i]
        if i + 1 >= len(self.mentions) or self.mentions[i + 1].kind not in ("person", "organisation", "media"):
            return False
        nxt = self.mentions[i + 1]
        if m.kind in ("unnamed", "title") and nxt.kind == "person" and not self.masked[m.end : nxt.lead].strip():
            return True  # "US coach Patrick McEnroe wants …": a role right before the name
        if m.kind == "person" and len(self.masked[m.end : self.mentions[i + 1].lead].split()) > 1:
            return False  # "Blair aide Alastair Campbell" describes; "McClaren also praised X" has a verb between
        return describes_next(self.masked, m.end, self.mentions[i + 1].lead)

    def _sentence_subject(self, s_start: int, before: int, past_clause: bool = True) -> Mention | None:
        """The mention that opens a sentence (past a few opening words), as the subject of a participle.

        A name after a preposition ("Like Corker, Menendez rejected …"), an opening subordinate clause ("When
        his family moved to X, his mother refused …") and a place or dateline are passed over; but a pronoun
        after the clause is its subject's ("When Mr. Rubio did take him on, he did it sideways"), and then the
        clause's subject is the sentence's (``past_clause`` ``False``).
        """
        i = bisect_left(self.mention_starts, s_start)
        opening = self.masked[s_start:before].split(None, 1)[:1]
        opened = False  # "At a June Trump campaign event in X, Ohio, Y said": the subject follows the phrase
        clause = past_clause and bool(opening) and opening[0].lower() in _OPENING_SUBORDINATORS
        if opening and (opening[0].lower() in PREPOSITIONS or clause):
            comma = self.masked.find(",", s_start, before)
            if comma > 0:
                i, opened = bisect_left(self.mention_starts, comma), True
        described = None  # where a description of the subject starts: "Oxfam senior policy adviser X"
        while i < len(self.mentions) and (
            self._object_of_preposition(self.mentions[i], s_start)
            or self.mentions[i].kind == "place"
            or self._opening_clause(self.mentions[i], s_start)
            or self._credit(self.mentions[i])
            or (opened and self._in_subordinate_clause(self.mentions[i], s_start))
            or self._owner_of_next(i)
            or self._describes_next(i)
        ):
            if described is None and self._describes_next(i):
                described = self.mentions[i].start
            i += 1  # "WASHINGTON — Sen. X …, saying", "At a rally in Portsmouth, N.H., X endorsed …, saying"
        if i >= len(self.mentions) or self.mentions[i].start >= before:
            return None
        m = self.mentions[i]
        if clause and opened and m.kind == "pronoun":
            return self._sentence_subject(s_start, before, past_clause=False)
        lead = self.masked[s_start : m.lead if described is None else described].split()
        introduced = len(lead) <= 12 and lead[-1:] != [] and lead[-1].endswith(",")  # "In an interview Thursday, X"
        if opened:  # past the opening phrase's last comma: "…, Ohio, 62-year-old Brenda Johnson"
            lead = self.masked[self.masked.rfind(",", s_start, m.lead) + 1 : m.lead].split()
        if (len(lead) > 3 and not introduced) or (m.kind in ("place", "media", "pronoun") and m.entity < 0):
            return None
        return m

    def _in_subordinate_clause(self, m: Mention, s_start: int) -> bool:
        """Whether a mention stands in a clause opened by a conjunction: "…, after Clinton suffered a concussion, X"."""
        opens = self.masked[max(s_start, self.masked.rfind(",", s_start, m.lead) + 1) : m.lead].split()[:1]
        return bool(opens) and opens[0].lower() in _SUBORDINATORS

    @staticmethod
    def _affiliation_gap(gap: str) -> bool:
        """Whether a gap is what places a name closing an apposition, and the closing comma: " of X in Y, "."""
        head, comma, tail = gap.rpartition(",")
        return (
            bool(comma and head.strip())
            and _AUX_GAP_RE.fullmatch(tail) is not None
            and (_APPOSITION_GAP_RE.fullmatch(head + " ") is not None and "," not in head)
        )

    def _credit(self, m: Mention) -> bool:
        """Whether a mention is a sentence's credit: "(Reuters) - …", "AP — …" (a news agency before a dash)."""
        if _CREDIT_RE.match(self.masked, m.end) is None:
            return False
        return m.kind == "media" or self.masked[m.lead - 1 : m.lead] == "("

    def _named_in_apposition(self, subject: Mention, c_start: int) -> Mention:
        """The person an unnamed source or a title is, when a name stands beside it.

        "a spokeswoman, Anna White, said" and "Mr. Ryan, a vocal advocate of …, said" name a person.
        """
        generic = subject.kind == "organisation" and subject.name.lower() in THE_ORGANISATION_KINDS  # "The firm, X,"
        if (subject.kind not in ("unnamed", "title") and not generic) or subject.entity >= 0:
            return subject
        i = bisect_right(self.mention_starts, subject.start)
        if i < len(self.mentions):
            m = self.mentions[i]
            inside = subject.start < m.lead < subject.end  # "The singer of Franz Ferdinand": what the role is of
            if m.kind == "person" and not inside and re.fullmatch(r"\s*,?\s*", self.masked[subject.end : m.lead]):
                return m
            if (  # "say analysts Jupiter Research", "according to market analysts Nielsen/NetRatings"
                m.kind in ("organisation", "media")
                and (subject.kind == "unnamed" or generic)
                and not inside
                and not m.possessive
                and (
                    self.masked[subject.end : m.lead] == " "
                    or (self.masked[subject.end : m.lead] == ", " and self.masked[m.end : m.end + 1] == ",")
                )  # "The firm, Paion, said"
                and not self.masked.startswith(" and ", m.end)  # "DJ duo JK and Joel": two people
            ):
                return m
            if (  # "the other candidate on the stage, former Secretary of State Hillary Clinton, drew …, saying"
                m.kind == "person"
                and subject.kind == "unnamed"
                and not m.possessive
                and _PLACED_APPOSITION_RE.fullmatch(self.masked, subject.end, m.lead)
                and self.masked[m.end : m.end + 1] == ","
            ):
                return m
        closed = "," in self.masked[subject.end : c_start]  # "X, a top aide, said"; not "X, a top aide said, is …"
        # "Marc Ostwald, a strategist at Monument Securities told Reuters that …": an apposition whose closing comma
        # is missing, when the cue is no aside ("X, a top aide said, is …")
        unclosed = (
            subject.kind == "unnamed"
            and subject.text.split()[0].lower() in ("a", "an")
            and _ASIDE_CUE_RE.match(self.masked, c_start) is None
        )
        if i >= 2 and ((closed and not _plural(subject.name or subject.text)) or unclosed):  # not "X, officials said"
            m = self.mentions[i - 2]
            if (
                m.kind == "person"
                and not m.possessive
                and re.fullmatch(r"\s*,\s*", self.masked[m.end : subject.lead])
                and not self._object_of_preposition(m, 0)
            ):
                return m
        if not closed and subject.kind == "unnamed" and _bare_singular(subject.text):
            for m in reversed(self.mentions[max(0, i - 5) : i - 1]):  # "Brent Bozell, PTC president and
                gap = self.masked[m.end : subject.lead]  # conservative activist said": a second description
                if m.kind == "person" and not m.possessive and _DESCRIPTION_GAP_RE.fullmatch(gap):
                    return m
        return subject

    def _as_written(self, m: Mention) -> str:
        """The words that name a speaker, honorific and title included ("Mr Blair", "Foreign Minister X")."""
        return " ".join(self.text[m.lead : m.end].split())

    def _parenthetical(self, subject: Mention) -> bool:
        """A verb in a relative or parenthetical clause ("which he said is …"): not a statement of its own."""
        before = self.masked[max(0, subject.start - 24) : subject.start].lower().split()
        if not before or before[-1].strip(",") not in {"which", "who", "that", "as", "what", "whom"}:
            return False
        if len(before) > 1 and before[-1] == "as" and before[-2] in ("many", "much", "few", "high", "well"):
            return False  # "as many as 40 percent of voters said"
        return not (len(before) > 1 and before[-2] in _BEFORE_DEMONSTRATIVE)  # "Beyond that, X say"

    def _object_before_participle(self, m: Mention) -> bool:
        """Whether a name right before a participle is a preposition's object, not the participle's subject.

        "wrote a letter to Attorney General Y asking …" (not "with analysts saying …": "with" gives the
        participle its own subject).
        """
        return after_preposition(self.masked, m.lead) not in (None, "with", "without", "according to")

    def _subject_before(self, c_start: int, s_start: int, adjacent: bool = False) -> Mention | None:
        """The mention whose phrase ends right before the verb, past an apposition or auxiliaries.

        With ``adjacent`` (a participle: "…, stressing that …") only a mention right
        before the verb counts: a name further back is inside the clause, and the
        participle's subject is the sentence's.
        """
        at = bisect_right(self.mention_ends, (c_start, len(self.mentions)))
        before = list(reversed(self.mention_ends[max(0, at - _LOOK_BACK) : at]))
        for n, (end, i) in enumerate(before):
            self.steps += 1
            m = self.mentions[i]
            if m.start < s_start:
                break
            gap = self.masked[end:c_start]
            if n == 0 and _DASH_ONLY_RE.fullmatch(gap) and m.kind in ("unnamed", "title", "place"):
                aside = self._person_before_aside(m, c_start)  # "Jason Sims - a teacher from X - says"
                if aside is not None:
                    return aside
            adjoining = n == 0 and (_AUX_GAP_RE.fullmatch(gap) or self._stray_comma(m, gap, s_start))
            if adjoining and m.kind in ("document", "organisation", "media"):
                respondents = self._respondents_of(m, before[1:], s_start)
                if respondents is not None:
                    return respondents  # "28% of the bosses polled for the survey say"
            if adjoining and m.kind == "document" and len(before) > 1:
                author = self.mentions[before[1][1]]  # "Jeb Bush in a Medium post said": not the post's host
                in_it = _IN_RE.fullmatch(self.masked, author.end, m.lead) is not None
                if author.kind == "person" and not author.possessive and in_it:
                    return author
            if adjoining and m.kind in ("media", "organisation") and self._object_of_preposition(m, s_start):
                source = self._source_of(m, before[1:], s_start)  # "one of the brothers behind the X Group said"
                if source is not None:
                    return source
                adjoining = False
            if adjoining:
                person = (
                    self._person_of(m, before[1:], s_start)
                    or self._named_before_role(m, before[1:], s_start)
                    or self._role_holder_of(m, before[1:], s_start)
                    or self._source_of(m, before[1:], s_start)
                    or self._leading_conjunct(m, before[1:], s_start)
                )
                if person is not None:
                    return person  # "Laura Brown of Save the Children said", "Leaders of the organization said"
                if adjacent and m.kind in ("person", "title") and self._object_before_participle(m):
                    return None  # "X wrote a letter to Attorney General Y asking …": X asks, not Y
                if m.kind != "place" and not (m.kind == "person" and _one_word_in_place(self.masked, m)):
                    return m
                continue  # "Officials in Iowa said", "a spokeswoman for the X Centre in Cardiff said": a place
            closing = gap.lstrip().startswith(",") and _AUX_GAP_RE.fullmatch(gap.lstrip()[1:])
            if (
                n == 0
                and closing
                and m.kind == "organisation"
                and len(before) > 1
                and self._names_its_kind(m, self.mentions[before[1][1]])
            ):
                return m  # "The business group, the CBI, said": the name, not its kind
            if n == 0 and closing and self._closes_apposition(m):  # "Clinton's campaign chairman, John Podesta, said"
                return self._heading_person(m, before[1:], s_start, c_start, always=True)
            named = " " in m.name and not m.possessive  # a full name, not "Democrat" in "X, Democrat of Y,"
            if n > 0 and named and self._closes_apposition(m) and self._affiliation_gap(gap):
                return m  # "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said"
            relative = _RELATIVE_END_RE.search(gap) is not None  # "… by Sen. X of Y, the …, who said"
            if (
                not adjacent
                and m.kind != "place"
                and _APPOSITION_GAP_RE.fullmatch(gap)
                and _no_clause(gap)
                and _COORDINATED_RE.search(gap) is None  # "X declined to name the delegates on the slate but said"
                and (relative or not self._object_of_preposition(m, s_start))
            ):
                # past an apposition, which may hold other names ("X, an expert at Y, said")
                return self._heading_person(m, before[n + 1 :], s_start, c_start, relative=relative)
        return None

    def _head_of_clause(self, m: Mention, s_start: int, c_start: int) -> Mention:
        """The source a clause describes, when the speaker found before the verb stands inside that clause.

        In "Current and former aides who spoke with The Boston Globe said", "Those insiders who think Rubio can
        overtake Grant said" and "Mr. Tinker, whose company, Dataform, sells software, said" the name before
        the verb is the clause's; the verb is its head's. Not so when the name is the clause's own subject
        ("the man who Smith said was there") or the clause is still open ("Smith, whose lawyer Jones said").
        """
        i = bisect_left(self.mention_starts, s_start)
        for head in self.mentions[i : bisect_left(self.mention_starts, m.start)]:
            if head.end > m.lead or head.possessive or head.kind not in ("person", "unnamed", "organisation"):
                continue
            opener = _DESCRIBING_CLAUSE_RE.match(self.masked, head.end)
            if opener is None or opener.end() > m.lead or head is m:
                continue
            group = head.kind == "unnamed" or is_group_name(head)
            if opener.group(3) is not None and opener.group(1) is None:
                continue  # "X along with Y": no aside
            if opener.group(2) is None and opener.group(3) is None and (not group or self._noun_follows(opener.end())):
                continue  # "activists hoping to …", "Democrats trying to …": a participle describes a group only;
                # "RICS housing spokesman X" is a noun
            if opener.group(2) == "who" and not self.masked[opener.end() : m.lead].strip():
                continue  # "the man who Smith said …": Smith is the clause's subject
            if any(mark in self.text[opener.end() : c_start] for mark in '"“”'):
                continue  # 'Teachers who connect online are "pro-Bernie," Smith said': the clause was quoted
            if any(mark in self.masked[opener.end() : m.lead] for mark in ":;"):
                continue  # "Even people who endorsed it sounded wary: Jane Harman called it …": the clause ended
            closing = self.masked.rfind(",", opener.end(), c_start)
            if opener.group(1) or opener.group(2) == "whose":  # "Mr. Y, whose firm, Z, sells …, said"
                unclosed_role = (  # "Katie Packer, who is chairman of Our Principles Pac said": a comma left out
                    closing < opener.end()
                    and head.kind == "person"
                    and (m.kind != "person" or m.name.split()[0] not in first_names())
                    and _ROLE_CLAUSE_RE.fullmatch(self.masked, opener.end(), m.lead) is not None
                    and _AUX_GAP_RE.fullmatch(self.masked, m.end, c_start) is not None
                )
                if not unclosed_role and (
                    closing < m.end or not _AUX_GAP_RE.fullmatch(self.masked, closing + 1, c_start)
                ):
                    continue  # the clause is not closed right before the verb
            elif closing >= 0:
                continue  # "Teachers who connect online are 'pro-Bernie,' Smith said": the clause is what was said
            if self._object_of_preposition(head, s_start) or self._in_subordinate_clause(head, s_start):
                continue
            return head
        return m

    def _coordinated_group(self, m: Mention, s_start: int) -> Mention:
        """An unnamed group with the groups it is joined to: "the families, supporters and administration officials".

        Only when the groups open the sentence and every word before "and" is a determiner, a capitalised word
        or a plural noun ("RNC members and officials"), so that a clause ("He met voters and officials said")
        is not read as one.
        """
        if m.kind != "unnamed" or not _plural(m.name):
            return m
        lead = self.masked[s_start : m.start]
        opening = _OPENING_CONJUNCTION_RE.match(lead)
        start = s_start + (opening.end() if opening else 0)
        words = self.masked[start : m.start].split()
        if len(words) < 2 or words[-1] != "and" or len(words) > 7:
            return m
        for w in words[:-1]:
            bare = w.rstrip(",")
            if bare.lower() in _SUBJECT_PRONOUNS:
                return m  # "She and her defenders argue": the person's side (see _leading_conjunct)
            opener = bare.lower() in ("the", "its", "their", "many", "some", "most", "other") or bare[:1].isupper()
            plural_noun = bare.endswith("s") and bare.isalpha() and bare.islower() and bare not in _AUX_WORDS
            if not (opener or plural_noun):
                return m
        phrase = " ".join(self.text[start : m.end].split())
        return replace(m, start=start, lead=start, text=phrase, name=unnamed_label(phrase))

    def _noun_follows(self, at: int) -> bool:
        """Whether a mention starts at ``at`` (the word before it is a noun that modifies it: "housing spokesman")."""
        i = bisect_left(self.mention_starts, at)
        return i < len(self.mentions) and self.mentions[i].lead <= at

    def _agent_after(self, c_end: int) -> Mention | None:
        """The mention right after "by" that follows a passive verb: Y in "X was asked by host Y"."""
        i = bisect_left(self.mention_starts, c_end)
        if i == len(self.mentions):
            return None
        m = self.mentions[i]
        if (
            m.kind in ("place", "document", "pronoun")
            or m.possessive
            or not _BY_RE.fullmatch(self.masked, c_end, m.lead)
        ):
            return None
        return m

    def _whole_source(self, m: Mention, s_start: int, c_start: int, s_end: int, according: bool = True) -> Mention:
        """A source after its verb with all that describes it, up to its comma or the sentence's end.

        "According to a recent poll of Indiana voters, …" is "a recent poll of Indiana voters", not "a recent
        poll"; "…, according to a count by The Associated Press." is "a count by The Associated Press". After
        another verb the description ends where the circumstances start: "said a spokesman for the company",
        "wrote analysts from Citigroup in a note to clients" is "analysts from Citigroup".
        """
        comma = self.masked.find(",", m.end, min(s_end, m.end + _ACCORDING_REACH))
        if not self.masked[s_start:c_start].strip(" ("):
            end = comma  # the clause follows the comma
        else:  # the clause came before: the source runs to a comma or the sentence's end
            end = comma if comma >= 0 else m.end + len(self.masked[m.end : s_end].rstrip(_SENTENCE_CLOSERS))
            first = [w.lower() for w in self.masked[m.end : end].split(None, 2)[:2]]
            if first[:1] and (first[0].endswith("day") or _ADVERB_RE.fullmatch(first[0])) and first[0].isalpha():
                first = first[1:]  # "a report Tuesday from WKOW", "a newly uncovered email previously kept secret"
            if not first or not (
                first[0] in _SOURCE_DESCRIBERS
                or (according and (first[0] in _SUBJECT_PRONOUNS or _PARTICIPLE_RE.fullmatch(first[0])))
            ):  # "an account she gave to The Free Beacon", "unofficial election results tallied through Wednesday"
                return m
            clause = _RELATIVE_OR_DASH_RE.search(self.masked, m.end, end)  # "a poll that shows …" is "a poll"
            end = clause.start() if clause else end
            circumstance = None if according else _CIRCUMSTANCE_RE.search(self.masked, m.end, end)
            end = circumstance.start() if circumstance else end
        if end < 0 or not self.masked[m.end : end].strip():
            return m
        phrase = " ".join(self.text[m.start : end].split())
        return m if len(phrase) > _WHOLE_SOURCE_MAX or '"' in phrase or "“" in phrase else self._extended(m, end)

    def _quoted_as_saying(self, s_start: int, c_start: int) -> Mention | None:
        """Who a source quoted: "a report in the Telegraph quoted an executive at Euronext as saying …".

        The mention that ends right before "as", after "quoted" or "cited" in the sentence; ``None`` if none.
        """
        quoted = _QUOTED_AS_RE.search(self.masked, max(s_start, c_start - _QUOTED_AS_REACH), c_start)
        if quoted is None:
            return None
        i = bisect_left(self.mention_ends, (quoted.start("as"), -1))
        if i < len(self.mention_ends) and self.mention_ends[i][0] == quoted.start("as"):
            m = self.mentions[self.mention_ends[i][1]]
            return m if m.start >= quoted.end("verb") and not m.possessive else None
        return None

    def _described_source(self, m: Mention, c_start: int) -> Mention:
        """An unnamed source or document with what describes it between it and its verb.

        "People with direct knowledge of the deal said" is "people with direct knowledge of the deal".
        """
        words = self.masked[m.end : c_start].split()
        closed = 0  # a dash that closes an aside before the verb: "insiders in the next two states — A and B — said"
        while words and (words[-1].lower() in _AUX_WORDS or _ADVERB_RE.fullmatch(words[-1]) or words[-1] in "—–"):
            closed += words.pop() in "—–"  # "… have said", "… also said", "… has vigorously denied"
        opens = bool(words) and (
            words[0].lower() in _POST_MODIFIERS or (_ING_RE.fullmatch(words[0]) and words[0] not in _SPEAKING_INGS)
        )  # "activists clamoring to block X" describes them; "a source speaking to Fox News" says to whom
        if not opens or words[-1].lower() in ("who", "that", "which"):
            return m  # "a person who said": the relative pronoun describes nothing
        if words[-1].lower() in ("and", "but", "or"):  # "… dismissed it and said": another verb's description
            return self._with_owner(m)
        tail = " ".join(words)
        dashes = tail.count("—") + tail.count("–")
        if len(tail) > _DESCRIPTION_MAX or any(ch in tail for ch in ',;:"“”()') or (dashes + closed) % 2:
            return self._with_owner(m)
        own = _verb_of_its_own(words)  # "European firms with listings in New York have objected - arguing"
        if own is not None:  # the description ends before the source's own verb
            spans = [w.span() for w in _WORD_SPAN_RE.finditer(self.masked, m.end, c_start)][:own]
            while spans and self.masked[slice(*spans[-1])].lower() in ("and", "or", "but"):
                spans.pop()  # "a review of premium line services and is likely to"
            return self._extended(m, spans[-1][1]) if len(spans) > 1 else self._with_owner(m)
        return self._extended(m, self.masked.rfind(words[-1], m.end, c_start) + len(words[-1]))

    def _respondents_of(self, m: Mention, earlier: list[tuple[int, int]], s_start: int) -> Mention | None:
        """The people a survey or poll asked, when it is named right before their verb: they speak, not it.

        "28% of the bosses polled for the survey say …" is "the bosses polled for the survey", "voters questioned
        by the institute said" likewise: an unnamed source, then "polled", "questioned", "surveyed" … with "for",
        "by" or "in", then ``m``.
        """
        if not earlier or _RESPONDENTS_GAP_RE.search(self.masked, max(s_start, m.lead - 30), m.lead) is None:
            return None
        p = self.mentions[earlier[0][1]]
        if p.start < s_start or p.kind != "unnamed" or p.possessive:
            return None
        gap = self.masked[p.end : m.lead]
        return self._extended(p, m.end) if _RESPONDENTS_GAP_RE.fullmatch(gap) else None

    def _with_owner(self, m: Mention) -> Mention:
        """An unnamed source with the organisation it speaks for right after it, when its verb comes later.

        "A spokesman for the firm refused to comment on the reports, but said …" is "a spokesman for the firm":
        the organisation's mention must follow "for", "of", "at" or "from" (and "the") directly.
        """
        if m.kind != "unnamed":
            return m
        i = bisect_left(self.mention_starts, m.end)
        owner = self.mentions[i] if i < len(self.mentions) else None
        if owner is None or owner.kind not in ("organisation", "media"):
            return m
        return self._extended(m, owner.end) if _SOURCE_OF_RE.fullmatch(self.masked, m.end, owner.lead) else m

    def _extended(self, m: Mention, end: int) -> Mention:
        """A source's mention taken on to ``end``, its label the whole phrase ("officials familiar with the talks")."""
        phrase = " ".join(self.text[m.start : end].split())
        return replace(m, end=end, text=phrase, name=unnamed_label(phrase))

    def _issued(self, document: Mention) -> int | None:
        """Where the verb starts that put a document out ("X issued a statement saying …"), or ``None``."""
        words = list(_WORD_SPAN_RE.finditer(self.masked, max(0, document.lead - 16), document.lead))
        if words and words[-1].group().lower() == "out":
            words.pop()  # "sent out a press release saying …"
        return words[-1].start() if words and words[-1].group().lower() in _ISSUING_VERBS else None

    def _source_of(self, m: Mention, earlier: list[tuple[int, int]], s_start: int) -> Mention | None:
        """The unnamed source an organisation or name belongs to: "Leaders of the organization said" are the leaders."""
        earlier = [e for e in earlier if self.mentions[e[1]].end <= m.lead]  # past a second reading of ``m``
        if (m.kind == "person" and " " in m.name) or not earlier:
            return None
        for _, i in earlier:  # "A report about immigrants issued over the summer by the OECD noted": the OECD's report
            d = self.mentions[i]
            if d.start < s_start:
                break
            if d.kind == "document" and not d.possessive and _DOCUMENT_BY_RE.fullmatch(self.masked, d.end, m.lead):
                return self._extended(d, m.end)
        p = self.mentions[earlier[0][1]]
        if p.start < s_start or p.kind not in ("unnamed", "document") or p.possessive:
            return None
        if p.kind == "document" and _DOCUMENT_TO_RE.fullmatch(self.masked, p.end, m.lead):
            return p  # "Sanders' fundraising email to his supporters notes": the email, not the supporters
        return p if _SOURCE_OF_GAP_RE.fullmatch(self.masked, p.end, m.lead) else None

    def _leading_conjunct(self, m: Mention, earlier: list[tuple[int, int]], s_start: int) -> Mention | None:
        """The named one of a subject joined to their own people: Trump in "Trump and his attorneys have said".

        "Sanders and his supporters argue", "Mr. Xi and other leaders have said": the statement is the named
        person's side; the group after "and" belongs to them.
        """
        first = m.text.split(None, 1)[0].lower()
        if m.kind != "unnamed" or first not in ("his", "her", "their", "its", "other", "others") or not earlier:
            return None
        p = self.mentions[earlier[0][1]]
        if p.start < s_start or p.kind not in ("person", "organisation") or p.possessive:
            return None
        return p if _AND_GAP_RE.fullmatch(self.masked, p.end, m.lead) else None

    def _opening_clause(self, m: Mention, s_start: int) -> bool:
        """Whether a mention closes an opening phrase ("Shortly after the merger announcement, …"): not the subject."""
        before = self.masked[max(s_start, m.lead - 12) : m.lead].split()
        return bool(before) and before[-1].lower() in _CONJUNCTIONS and self.masked[m.end : m.end + 1] == ","

    def _stray_comma(self, m: Mention, gap: str, s_start: int) -> bool:
        """Whether a comma stands alone between a sentence's opening name and its verb: "Sen. Jack Reed, said"."""
        named = " " in m.name or m.title is not None or m.lead < m.start  # "Often, said Mr Pearson": no name
        return gap.strip() == "," and m.kind == "person" and named and not self.masked[s_start : m.lead].strip()

    def _person_of(self, m: Mention, earlier: list[tuple[int, int]], s_start: int) -> Mention | None:
        """The person a name belongs to when it follows "of", "from" or "at" right after that person's name.

        Only an organisation or a name without a known first name is so read ("Nick Brul of BNP Paribas said" is
        Nick Brul; "… of Elections Susan Bucher said" is Susan Bucher), and only a person named in full or with
        an honorific or title owns it ("Two-thirds of …"); a chain of affiliations leads back to its person ("Dr X,
        of the Centre for Transport at the University of the West of England in Bristol said" is X).
        """
        if m.kind == "person" and " " in m.name and m.name.split()[0] in first_names():
            return None  # "… of BNP Paribas", read as a name, is still an affiliation; "… of John Smith" is not
        for _, i in earlier[:5]:
            p = self.mentions[i]
            if p.start < s_start or p.end > m.lead:
                return None
            if _OF_PHRASE_RE.fullmatch(self.masked, p.end, m.lead):
                if p.kind in ("organisation", "media") and not p.possessive:
                    m = p  # "X, of the Centre for Transport at the University … in Bristol": on to its person
                    continue
                named = " " in p.name or p.gender is not None or p.title
                return p if p.kind == "person" and not p.possessive and named else None
        return None

    def _named_before_role(self, m: Mention, earlier: list[tuple[int, int]], s_start: int) -> Mention | None:
        """The person named before a role whose closing comma is missing: "John Connors, Microsoft's CFO said".

        The name opens its sentence (after an opening word and comma at most), a comma follows it, and only the
        role's own words stand between the comma and the role; the role is one person's ("officials" are not).
        """
        role_of = m.kind == "organisation" and _ROLE_OF_RE.match(m.text) is not None  # "CEO of Washington …"
        if m.kind not in ("unnamed", "title") and not role_of:
            return None
        if m.possessive or not earlier or _plural(m.text.split()[-1].lower()):
            return None
        p = self.mentions[earlier[0][1]]
        if p.kind != "person" or " " not in p.name or p.possessive or p.start < s_start:
            return None
        if _UNCLOSED_ROLE_GAP_RE.fullmatch(self.masked, p.end, m.lead) is None:
            return None
        opening = self.masked[s_start : p.lead].strip()
        return p if not opening or (opening.endswith(",") and len(opening.split()) <= 2) else None

    def _role_holder_of(self, m: Mention, earlier: list[tuple[int, int]], s_start: int) -> Mention | None:
        """A bare role before "of" and the people or works it is of: "The star of Rain Man and Tootsie said".

        The speaker is the role's holder, unnamed here ("the star of Rain Man and Tootsie"), not the
        last name of what the role is of ("The singer of Franz Ferdinand" is not Franz Ferdinand). Only for
        names of people or things (an organisation's officer keeps the organisation: "The president of Acme
        Corp said").
        """
        if m.kind not in ("person", "unnamed") or m.possessive:
            return None
        last = m
        for _, i in earlier[:4]:
            p = self.mentions[i]
            if p.start < s_start or p.end > m.lead:
                return None
            joined = _JOINED_RE.fullmatch(self.masked, p.end, m.lead) is not None
            if p.kind in ("person", "unnamed") and not p.possessive and joined:
                m = p  # "Rain Man and Tootsie": on to the first of them
                continue
            if p.kind == "title" and not p.name and _OF_RE.fullmatch(self.masked, p.end, m.lead):
                return replace(self._extended(p, last.end), kind="unnamed")
            return None
        return None

    def _names_its_kind(self, m: Mention, kind: Mention) -> bool:
        """Whether an organisation's name stands in apposition to its kind: "Manufacturers' organisation, the EEF,"."""
        return (
            kind.kind in ("organisation", "unnamed")
            and kind.text.rsplit(None, 1)[-1].lower() in ORGANISATION_KINDS
            and _KIND_APPOSITION_RE.fullmatch(self.masked, kind.end, m.lead) is not None
        )

    def _closes_apposition(self, m: Mention) -> bool:
        """Whether a person's name ends an apposition: "Clinton's campaign chairman, John Podesta, said".

        Also with the role the mention holds written before it: "The prosecution's star witness, former
        WorldCom financial chief Scott Sullivan, has said".
        """
        if m.kind != "person":
            return False
        if self.masked[max(0, m.lead - 2) : m.lead] in (", ", "— ", "– "):
            return True
        if not m.title:
            return False
        comma = self.masked.rfind(", ", m.lead - 48 if m.lead > 48 else 0, m.lead)
        role = self.masked[comma + 2 : m.lead].split() if comma >= 0 else []
        return (
            0 < len(role) <= 5
            and role[-1] == m.title.split()[-1]
            and not any(w in CUES or w in _NOT_IN_A_ROLE or w in PREPOSITIONS or w in IRREGULAR_PASTS for w in role)
        )  # not a clause: "The South Yorkshire company, led by new chief executive X, said" is the company's

    def _object_of_preposition(self, m: Mention, s_start: int) -> bool:
        """Whether a mention follows a preposition ("asked about Trump, …"): an object, not a subject."""
        return after_preposition(self.masked, m.lead, s_start) is not None

    def _heading_person(
        self,
        m: Mention,
        earlier: list[tuple[int, int]],
        s_start: int,
        c_start: int,
        always: bool = False,
        relative: bool = False,
    ) -> Mention:
        """The person whose apposition holds ``m``, when ``m`` is not a person itself (or ``always``).

        In "Sam Ortiz, 52, of Dayton, Ohio, said" and "Peter Vance, director of
        Citizens Forward, said" the nearest name before the verb sits inside the
        apposition of the person who speaks; so does a newspaper's name in
        "Gianni Vian, the editor of the daily, L'Osservatore, said".
        """
        lead = self.masked[max(s_start, m.lead - 10) : m.lead].split()
        if lead and lead[-1] in ("the", "The"):
            lead.pop()  # "…, editor at large of The Forward, …, said"
        in_phrase = bool(lead) and lead[-1] == "of"  # "…, 52, of Dayton, Ohio, said": a place or employer
        if not always and not in_phrase and (m.kind == "person" or (m.kind == "title" and m.entity >= 0)):
            return m
        for _, i in earlier:
            p = self.mentions[i]
            if p.start < s_start:
                break
            if (
                p.kind == "person"
                and not p.possessive
                and (
                    self.masked[p.end : p.end + 2].lstrip()[:1] in (",", "(", "—", "–")
                    or self.masked.startswith((" of ", " from "), p.end)  # "Sen. X of California, the …, who said"
                )
                and _APPOSITION_GAP_RE.fullmatch(self.masked, p.end, c_start)
                and (relative or not self._object_of_preposition(p, s_start))  # "supported by X, who said"
                and not (m.kind == "person" and " " in m.name and self._listed_word(p))
            ):
                return p
        return m

    def _listed_word(self, p: Mention) -> bool:
        """Whether a one-word name of no gender or title ends a list: "for US Immigration, Customs and Enforcement".

        Such a word before a full name in apposition ("…, Customs and Enforcement, Dean Boyd, said") is part of
        what the speaker is of, not someone the name describes.
        """
        if " " in p.name or p.gender is not None or p.honorific or p.title:
            return False
        return _LIST_BEFORE_RE.search(self.masked, max(0, p.lead - 6), p.lead) is not None

    def _subject_after(self, c_end: int, s_end: int, according: bool) -> Mention | None:
        """The mention right after the verb (``said X``, ``according to X``)."""
        i = bisect_left(self.mention_starts, c_end)
        following = self.mentions[i : i + 3]
        after = c_end  # where the words between the verb and its subject start
        for k, m in enumerate(following):
            self.steps += 1
            if m.start >= s_end:
                return None
            if m.possessive:
                after = m.end  # "said Clinton's top aide Jake Sullivan", "said ABN Amro's Paul Mackel"
                continue
            gap = self.masked[after : m.lead]
            if according and _described_organisation(m, gap):
                return m  # "according to state statistics body INSEE,", "… mortgage lender Bradford & Bingley and …"
            fits = (
                (gap.strip().lower() in ("", "the"))  # "according to The Federalist"
                if according
                else bool(_INVERTED_GAP_RE.fullmatch(gap))
                and (gap.split() or [""])[0] not in PREPOSITIONS
                and _QUESTION_WORDS.isdisjoint(gap.split())
            )  # "asked about Trump", "asked if Gerrard would …": an object
            if not fits or (m.kind == "pronoun" and (gap.strip() or not _CLAUSE_END_RE.match(self.masked, m.end))):
                return None  # '"…," said he.' but not "associates said he is not planning"
            for later in following[k + 1 :]:  # "said Ohio State University professor Paul Beck": the person
                gap_re = _PERSON_ROLE_GAP_RE if m.kind == "person" else _ROLE_GAP_RE
                gap = self.masked[m.end : later.lead]
                ranked = not m.title and later.lead < later.start and _RANK_GAP_RE.fullmatch(gap)
                apposed = not according and m.kind != "person" and _APPOSED_ROLE_GAP_RE.fullmatch(gap)
                if later.kind == "person" and (gap_re.fullmatch(gap) or ranked or apposed):
                    return later
                if later.kind in ("organisation", "media") and _DESCRIBED_BY_GAP_RE.fullmatch(gap):
                    return later  # "according to Hollywood newspaper Daily Variety": the newspaper
            return m
        return None

    def _quotes_around(
        self, a_start, a_end, s_start, s_end, in_sentence, inverted, apposed=False, before=True
    ) -> list[tuple[int, str]]:
        """The quotations a verb attributes: one right before it, one it introduces after it, one that carries on.

        ``apposed``: the speaker's name closes an apposition, whose description may stand after the quotation.
        ``before``: whether a quotation before the verb may be its own.
        """
        self.steps += 2
        out = []
        # Only the nearest quotation on each side (found by bisection): many quotations cost no more per verb.
        k = bisect_left(self.quote_starts, a_start, in_sentence.start, in_sentence.stop) - 1
        if (
            before
            and k >= in_sentence.start
            and k not in self.taken
            and self.quotes[k].end <= a_start
            and (
                _QUOTE_TO_CUE_RE.fullmatch(self.masked, self.quotes[k].end, a_start)
                or (apposed and _QUOTE_TO_APPOSED_RE.fullmatch(self.masked, self.quotes[k].end, a_start))
            )
        ):
            out.append((k, self._kind(k, s_start)))  # "…," X said
        k = bisect_left(self.quote_starts, a_end, in_sentence.start, in_sentence.stop)
        if k == in_sentence.stop and self.masked[a_end:s_end].strip() == ":":  # "X says:" and a quoted paragraph
            k = bisect_left(self.quote_starts, s_end)
            if k < len(self.quotes) and k not in self.taken and not self.masked[s_end : self.quotes[k].start].strip():
                return [(k, "direct")]
            return out
        if k < in_sentence.stop and k not in self.taken:
            gap = self.masked[a_end : self.quotes[k].start]
            carries_on = bool(out) and _CARRIES_ON_RE.fullmatch(gap) is not None  # "…," X said, "…"
            if carries_on and gap.strip() == ":" and out[0][1] == "partial":
                out, carries_on = [], False  # 'Reminded that Ferguson called him "a disgrace", Wenger added: "…"'
            introduced = not out and _INTRO_RE.fullmatch(gap) is not None and (":" in gap or gap.strip() == ",")
            if carries_on or introduced:  # X said: "…"
                out.append((k, "direct" if len(self.quotes[k].text(self.text).split()) >= 2 else "partial"))
        return out

    def _labelled(self, k: int, s_start: int, s_end: int) -> bool:
        """Attribute a quotation that labels something to its labeller; return whether it did.

        "X branded the plan 'a retreat'", "what critics called 'a betrayal'": the labeller is the subject
        before the verb; "was branded 'a retreat' by the Tories": after a passive verb, the agent after "by".
        """
        q, m = self.quotes[k], self.labels.get(k)
        if m is None or m.start() < s_start:
            return False
        verb, words = m.group("verb").lower(), m.group("object").lower().split()
        link = (m.group("link") or "").strip()
        allowed = {"as"} if verb in _LABELLING_AS else {"of"} if verb in _LABELLING_OF else {"", "as"}
        if link not in allowed:
            return False  # "described the plan" labels nothing; "described it as '…'" does
        verb = f"{verb} as" if verb in _LABELLING_AS else verb
        has_object = bool(words)
        if any(w in PREPOSITIONS for w in words[1:]) or (words and words[0] in PREPOSITIONS - {"for", "on"}):
            return False  # "a boss called Mortimer Freeze in the 'Snow Cult Scuffle'": no label ("called for" is)
        passive = _BE_BEFORE_RE.search(self.masked, max(s_start, m.start() - 24), m.start()) is not None
        if passive and not has_object:
            subject = self._agent_after(q.end)  # "was branded 'a humiliating retreat' by the Tories"
            if subject is not None and subject.kind == "unnamed":
                subject = self._whole_source(subject, s_start, q.end, s_end, False)  # "by civil liberties groups"
        elif passive or not has_object:
            return False  # "a group called 'Women for Trump'": a name, nobody's words
        else:
            subject = self._subject_before(m.start("verb"), s_start)
            if subject is not None:
                subject = self._named_in_apposition(self._head_of_clause(subject, s_start, m.start()), m.start())
        if subject is None or subject.kind in ("place", "document"):
            return False
        who = self.x.speaker_of(subject, self.people)
        if who is None:
            return False
        self._quote_statement(k, who, self._as_written(subject), verb, "partial", s_start, s_end)
        return True

    def _kind(self, k: int, s_start: int) -> str:
        q = self.quotes[k]
        lead = self.text[s_start : q.start].strip()
        opens = lead == "" or lead.endswith(":")
        return "direct" if opens and len(q.text(self.text).split()) >= 2 else "partial"

    def _clause(self, word, according, inverted, a_start, a_end, c_end, s_start, s_end) -> tuple[int, int] | None:
        """The reported clause: after the verb (``said that …``), after "according to X,", or before the speaker."""
        masked = self.masked
        if according:
            rest = masked[a_end:s_end]
            comma = rest.find(",", 0, _ACCORDING_REACH)
            opening = not masked[s_start:a_start].strip(" (")  # "According to X of Y, …" opens its sentence
            clause_after = _CLAUSE_AFTER_SOURCE_RE.match(rest) and _FINITE_RE.match(rest.strip())
            if opening and clause_after:  # "According to Microsoft the messages were …", "… Pew Research 44% of"
                return _trimmed(self.text, a_end, _clause_end(self.text, s_end))
            lead = masked[s_start:a_start].rstrip()
            after = masked[a_end + comma + 1 : _clause_end(self.text, s_end)].strip()
            first = after.split(None, 1)[0].lower() if after else ""
            fragment = first in _NO_CLAUSE_OPENERS or not _FINITE_RE.match(after)
            if not opening and lead.endswith(",") and comma >= 0 and fragment:
                # "House prices fell 0.4% in October, according to the Nationwide, their biggest fall since …"
                return _trimmed(self.text, s_start, s_start + len(lead) - 1)
            if rest.lstrip().startswith(",") or (opening and comma >= 0):
                start = a_end + comma + 1
                return _trimmed(self.text, start, _clause_end(self.text, s_end))
            if lead.endswith(","):
                return _trimmed(self.text, s_start, s_start + len(lead) - 1)
            return None
        rest = masked[c_end:s_end]
        if word in ("asked", "asks", "asking") and not inverted:
            question = _QUESTION_RE.match(rest)  # "asked (him) whether …", "asked about …"
            return _trimmed(self.text, c_end + question.start("q"), _clause_end(self.text, s_end)) if question else None
        if word in ("told", "tells", "telling") and not inverted:
            end = _listener_end(rest)  # "told reporters (that) …", "told The Post on Monday (that) …"
            if end:
                c_end, rest = c_end + end, rest[end:]
                word = "said"
        when = None if inverted else _TIME_LEAD_RE.match(rest)  # "said on Sunday (that) he could not …"
        # a day, not "said last year its prices were too high" (whose "last year"?) unless "that" follows
        dated = when is not None and when.group().split()[0].lower() in ("on", "yesterday", "today", "overnight")
        bare = dated and word in BARE_CUES
        if when is not None and (
            _THAT_RE.match(rest, when.end()) or (bare and _FINITE_RE.match(rest[when.end() :].strip()))
        ):
            c_end, rest = c_end + when.end(), rest[when.end() :]
        m = None if inverted else (_THAT_RE.match(rest) or _COLON_RE.match(rest))
        if m is not None:
            return _trimmed(self.text, c_end + m.end(), _clause_end(self.text, s_end))
        if not inverted and (_NO_CLAUSE_RE.match(rest) or (word.startswith("claim") and _PRIZE_RE.match(rest))):
            return None  # "added four conversions", "…, but Contepomi replied in kind": play, not speech
        lead = masked[s_start:a_start]
        comma = lead.rfind(",")
        # "…, X said on Friday." and "…, Russian foreign minister X said." (a title may stand before the name)
        if comma >= 0 and len(lead[comma + 1 :].split()) <= 5 and len(lead[:comma].split()) >= 3:
            tail = masked[a_end:s_end]
            listener = _TOLD_OBJECT_RE.match(tail) if word in ("told", "tells") else None
            if _TRAILING_TAIL_RE.fullmatch(tail[listener.end() :] if listener else tail):
                return _trimmed(self.text, s_start, s_start + comma)
        if inverted:
            before_cue = masked[s_start:a_start].rstrip()
            if before_cue.endswith(",") and len(before_cue.split()) >= 3:  # "…, said X, an analyst."
                return _trimmed(self.text, s_start, s_start + len(before_cue) - 1)
            return None
        if (
            word in BARE_CUES
            and _FINITE_RE.match(rest.strip())
            and len(rest.split()) >= 3
            and rest.split(None, 1)[0] not in ("and", "but", "or")  # "Kipchoge responded and a burst … clinched"
            and not (word == "added" and _PERFECT_RE.search(masked, max(0, c_end - 20), c_end - len(word)))
        ):  # (not "the company has added smart folders", "has added Pacific Assault to its catalogue")
            return _trimmed(self.text, c_end, _clause_end(self.text, s_end))
        if word in OBJECT_CUES and len(rest.split()) >= 3 and rest.lstrip()[:1].islower():
            return _trimmed(self.text, c_end, _clause_end(self.text, s_end))  # "emphasised the need to …"
        return None

    # -- statements -------------------------------------------------------------------
    def _quote_statement(self, k, who, mention, cue, kind, s_start, s_end) -> None:
        q = self.quotes[k]
        self.taken.add(k)
        start, end = _trimmed(self.text, q.inner_start, q.inner_end)
        words = self.text[start:end]
        sentence = self.text[s_start:s_end]
        found = Found(who[0], who[1], mention, words, kind, cue, self.location, sentence, words, start, end)
        self.found.append(found)
        self.attributed[k] = found

    def _partial_statement(self, ks, who, mention, cue, clause, s_start, s_end) -> None:
        fragments = []
        for k in ks:
            self.taken.add(k)
            fragments.append(_trimmed(self.text, self.quotes[k].inner_start, self.quotes[k].inner_end))
        quote = " … ".join(self.text[s:e] for s, e in fragments)
        content = self.text[clause[0] : clause[1]]
        self.found.append(
            Found(
                who[0],
                who[1],
                mention,
                quote,
                "partial",
                cue,
                self.location,
                self.text[s_start:s_end],
                content,
                fragments[0][0],
                fragments[-1][1],
            )
        )

    def _reported_statement(self, who, mention, cue, clause, s_start, s_end) -> None:
        start, end = clause
        if end - start < 8 or not _LETTER_RE.search(self.text, start, end):
            return
        words = self.text[start:end]
        self.found.append(
            Found(
                who[0],
                who[1],
                mention,
                words,
                "reported",
                cue,
                self.location,
                self.text[s_start:s_end],
                words,
                start,
                end,
            )
        )

    # -- continued quotations ---------------------------------------------------------
    def _attributed_just_before(self, q: Quote, since: int) -> Found | None:
        """The quotation attributed in the sentence before ``q`` ('"…," said X. "…'), from ``found[since:]``.

        Only when nothing but that attribution stands between them: one full stop, right before ``q``.
        """
        recent = [f for f in self.found[since:] if f.kind in ("direct", "partial") and f.end <= q.start]
        if not recent:
            return None
        last = max(recent, key=lambda f: f.end)
        stops = _STOP_RE.findall(self.text, max(0, last.end - 1), q.start)  # from its last word: 'evening." X was'
        return last if len(stops) == 1 and _AFTER_STOP_RE.search(self.text, max(0, q.start - 4), q.start) else None

    def _opens(self, q: Quote, s_start: int) -> bool:
        return self.text[s_start : q.start].strip() == "" and len(q.text(self.text).split()) >= 2

    def _continues(self, last: tuple[int, int, Found], n: int, para: int, q: Quote) -> bool:
        """Whether a quotation with no verb of its own carries on the last direct statement.

        It does in the next sentence of the same paragraph, or at the start of the
        next paragraph when the last statement's quotation was the end of its own.
        """
        last_n, last_para, statement = last
        if para == last_para:
            return last_n >= n - 1 or not q.balanced
        if para != last_para + 1:
            return False
        tail = self.text[
            statement.end : self.text.find("\n", statement.end)
            if "\n" in self.text[statement.end :]
            else len(self.text)
        ]
        return len(tail.split()) <= 8  # the previous paragraph ended with (or just after) that quotation


_CLOSING_MARKS = ("”", '"', "»", "''")
#: A short sentence that only attributes: "Weaver said.", "Renteria told reporters on Tuesday.", "Will Vane, the
#: chairman for the county, said of the encounter he had last week with the candidate."
_ONE_WORD_CUES = "|".join(re.escape(c) for c in CUES if " " not in c)
_SHORT_ATTRIBUTION_RE = re.compile(
    rf"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,4}}\s+(?:{_ONE_WORD_CUES})"
    r"\b(?:[^.!?\"“”]{0,60}|\s+(?:of|about)\s[^.!?\"“”]{0,100})[.!?]?\s*$"
    # with an apposition, nothing but what the words were about: not "X, meanwhile, says it will …"
    rf"|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,4}},[^,.!?\"“”]{{1,80}},\s+(?:{_ONE_WORD_CUES})"
    r"\b(?:\s+(?:of|about)\s[^.!?\"“”]{0,100})?[.!?]?\s*$"
)


#: How far before and after a reporting verb its speaker may stand (an apposition included), in characters.
_SPEAKER_REACH = (200, 90)


#: A story told, not a claim: "tells the story of", "told a tale", "telling their stories".
_STORY_TOLD_RE = re.compile(
    r"[ \t]+(?:the|a|an|his|her|their|its|my|our)[ \t]+(?:[\w\-]+[ \t]+)?(?:story|stories|tale|tales|joke|jokes)\b"
)
#: A participle subordinated to the clause before it ("… after claiming"), and a clause coordinated by "and the".
_AFTER_RE = re.compile(r"\b(?:after|before|while|since)[ \t]+$")
_AND_CLAUSE_RE = re.compile(r"[ \t]+and[ \t]+(?=(?:the|a|an|his|her|their)[ \t])")
#: "with" right before a participle's own subject (an absolute construction: "with 22 percent saying …").
_WITH_BEFORE_RE = re.compile(r"\bwith\s+$", re.IGNORECASE)
#: A sentence opened by a subordinate clause: "Not long after Trump tweeted the quote, Todd asked …".
_SUBORDINATE_OPENING_RE = re.compile(
    r"\s*(?:(?:Not\s+long|Shortly|Soon|Just|Even|Days|Hours|Minutes|Weeks)\s+)?"
    r"(?:After|after|Before|before|When|Since|Although|Though|Because|While|as|Once|Until)\s"
)
#: A clause right after "According to X" with no comma between: "According to Microsoft the messages were …".
_CLAUSE_AFTER_SOURCE_RE = re.compile(
    r"[ \t]+(?:(?:the|a|an|it|he|she|they|we|there|this|these|its|his|her|their|some|many|most|more|about)[ \t]"
    r"|\d[\d.,]*%?[ \t]+(?=[a-z]))"  # "44% of searchers use"; not "Il Sole 24 Ore, …"
)
#: A story's opening words that describe the firm named next: "Russian oil and gas company ", "US car maker ".
_KIND_BEFORE_FIRM_RE = re.compile(
    rf"(?:The\s+)?(?:[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+){{0,5}}(?:{'|'.join(ORGANISATION_KINDS)}|giant|maker)"
)
#: When a verb was said, right after it and before the clause: " on Sunday", " yesterday", " last week,".
_TIME_LEAD_RE = re.compile(
    r"[ \t]+(?:(?:on|last|this|late|early)[ \t]+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \t]+(?:night|morning|afternoon|evening))?|week|month|year|night|morning|afternoon|evening)"
    r"|yesterday|today|earlier(?:[ \t]+this[ \t]+(?:week|month|year))?|overnight)\b,?(?=[ \t])"
)
#: A part of the day after a listener's day: "told lawmakers on Wednesday night X was …".
_PART_OF_DAY_RE = re.compile(r"(?:night|morning|afternoon|evening)[ \t]+")
#: The participles a clause may end before, for ``str.startswith``.
_PARTICIPLE_STARTS = tuple(sorted(PARTICIPLE_CUES))
#: Between a document and the organisation that put it out: " about … issued over the summer by the ".
_DOCUMENT_BY_RE = re.compile(
    r"[^.;:\"“”]{0,80}?\b(?:issued|released|published|commissioned|conducted|compiled|prepared|produced|written)\b"
    r"[^.;:\"“”]{0,40}?\bby[ \t]+(?:the[ \t]+)?"
)
#: A person's name, "in", then a document: "Jeb Bush in a Medium post said".
_IN_RE = re.compile(r"[ \t]+in[ \t]+")
_DOCUMENT_NOUN_SET = frozenset(DOCUMENT_NOUNS)
#: First words after "according to X," that open no clause of what X said: "with an estimated $17m", "which said",
#: "and the Bank is worried".
_NO_CLAUSE_OPENERS = frozenset("with which who whose up down after before from and but while".split())
#: Forms of "tell" and "admit", looked up at every reporting verb.
_TELLING = frozenset({"tell", "tells", "told", "telling", "Tell", "Tells", "Told", "Telling"})
_ADMITTING = frozenset({"admit", "admits", "admitted", "admitting"})
#: Reporting verbs that are also plural nouns, and a plural noun with "and" before one ("interviews and tweets").
_PLURAL_NOUN_CUES = frozenset({"tweets", "claims", "reports", "notes", "comments", "statements", "remarks"})
_NOUNS_AND_RE = re.compile(r"\b[a-z]+s[ \t]+and[ \t]+$")
#: An organisation's name read with the role of its head before it: "CEO of Washington Restaurant Association".
_ROLE_OF_RE = re.compile(r"(?:CEO|Chairman|Chairwoman|President|Director|Chief Executive)[ \t]+of[ \t]+")
#: Between a name and its role when the role's closing comma is missing: ", " and lower-case words of the role.
_UNCLOSED_ROLE_GAP_RE = re.compile(r",[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}")
#: Between respondents and the survey that asked them: " polled for ", " questioned by ", " surveyed in ".
_RESPONDENTS_GAP_RE = re.compile(
    r"\s+(?:polled|questioned|surveyed|interviewed|sampled|quizzed|consulted|asked)\s+(?:for|by|in)\s+$"
)
#: Words that open what describes an unnamed source after its head: "people with knowledge of …".
_POST_MODIFIERS = frozenset("of with for from at in on behind close familiar who that involved briefed".split())
_DESCRIPTION_MAX = 70  # characters of such a description kept in the label
_WHOLE_SOURCE_MAX = 120  # characters of a source's description kept in its label
#: Words that open what describes a source after "according to" at the end of a sentence: "a count by The
#: Associated Press", "a poll released Sunday", "exit polls reported by CNN".
_SOURCE_DESCRIBERS = _POST_MODIFIERS | frozenset(
    """by released conducted reported published obtained provided commissioned compiled prepared drafted filed
    posted issued sent seen reviewed last this earlier""".split()
)
#: Where the circumstances of a statement start after its source: "… in a statement", "… on Friday".
_CIRCUMSTANCE_RE = re.compile(
    r"(?<![\w'’\-])(?:in\s+(?:a|an|his|her|its|their)\s|on\s|during\s|told\s|after\s|before\s|when\s|while\s|last\s|"
    r"yesterday|today|tonight|earlier\s|later\s|this\s+(?:week|month|year|morning|afternoon|evening))"
)
_RELATIVE_OR_DASH_RE = re.compile(r"\s+(?:who|whom|whose|that|which|but|[-—–])\s")
_SENTENCE_CLOSERS = " \t\n.!?;:\"”)'’"
#: How far after "According to X" its clause may start: "According to an FBI summary of its investigation, …".
_ACCORDING_REACH = 120
_SPEAKING_REACH = 100  # characters between a name and its reporting verb (an apposition may stand between)


def _described_organisation(m: Mention, gap: str) -> bool:
    """Whether lower-case words before an organisation's name describe it: "state statistics body INSEE"."""
    words = gap.split()
    if words and words[0] == "the":
        words = words[1:]
    return (
        m.kind in ("organisation", "media")
        and 0 < len(words) <= 4
        and all(w.islower() and w.isalpha() for w in words)
        and words[-1] in ORGANISATION_DESCRIPTORS
    )


@lru_cache(maxsize=64)
def _kind_patterns(kind: str) -> tuple[re.Pattern, re.Pattern]:
    """Where a name is described by an organisation's kind: before it ("watchdog Ofcom") and after ("X, the bank")."""
    before = re.compile(rf"\b{re.escape(kind)},?\s+$")
    after = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(kind)}\b")
    return before, after


def _verb_of_its_own(words: list[str]) -> int | None:
    """Where the words after a source hold an auxiliary outside a relative clause: a verb of the source's own.

    "with secondary listings in New York have objected -" holds one (at 6); "who have seen the plan" none.
    """
    for k, w in enumerate(words):
        low = w.lower()
        if low in ("who", "that", "which", "whose"):
            return None
        if low in _FINITE_AUXILIARIES:
            return k
    return None


#: A sentence ending in the announcing of words that the next sentence quotes: "X tweeted a warning."
_ANNOUNCING_END_RE = re.compile(
    r"\b(?P<verb>tweeted|posted|issued|released|sent|wrote|offered|gave)\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}"
    r"(?:warning|statement|message|response|reply|tweet|note|post|explanation|rebuke|retort)"
    r"(?:\s+on\s+[A-Z]\w+)?\s*[.:]\s*$"
)
#: Between two people who speak together: "O'Malley (D) and former Arkansas Gov. Huckabee", "Matthews, MSNBC's".
_JOINED_GAP_RE = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:\s+(?P<and>and)\s+|\s*,\s+(?:(?P<comma_and>and)\s+)?)(?:(?:former|then)\s+)?"
    r"(?:[A-Z][\w.&\-]*['’]s?\s+)?"
)


def _opens_a_predicate(word: str) -> bool:
    """Whether a word right after a comma is a finite verb, opening the predicate of the subject before.

    A reporting verb in any case ("Tweeted"), else a lower-case past ("resigned", "went") or auxiliary.
    """
    word = word.rstrip(".;:")
    if word.lower() in CUES:
        return True
    return (
        word.islower()
        and word.isalpha()
        and ((len(word) > 4 and word.endswith("ed")) or word in IRREGULAR_PASTS or word in _FINITE_AUXILIARIES)
    )


def _bare_object(m: Mention) -> bool:
    """Whether a person's mention is one word of no known gender after a preposition: "by Newcastle"."""
    return m.kind == "person" and m.gender is None and not m.honorific and " " not in m.name and m.oblique


def _speaking(masked: str, mentions: list[Mention], cues: list[tuple[int, int, str]]) -> frozenset[int]:
    """The positions of person mentions that stand as a reporting verb's subject, before or right after it."""
    starts = [c[0] for c in cues]
    out = set()
    for position, m in enumerate(mentions):
        if m.kind != "person" or m.possessive:
            continue
        k = bisect_left(starts, m.end)
        gap = masked[m.end : cues[k][0]] if k < len(cues) else ""
        before = k < len(cues) and len(gap) <= _SPEAKING_REACH and ". " not in gap and '"' not in gap  # "X, …, said"
        after = k > 0 and 0 <= m.lead - cues[k - 1][1] <= 3 and _CLAUSE_END_RE.match(masked, m.end)  # "…," said X.
        if (before or after) and not m.oblique:  # an object is read last: a reading of the words before it
            out.add(position)
    return frozenset(out)


_SPAN_STOP_RE = re.compile(r"\.(?<!\b[A-Z]\.) ")  # "." first: the search skips ahead to full stops


def _labelling_verbs(masked: str, quotes: list[Quote]) -> dict[int, re.Match]:
    """The quotations right after a verb that labels ("branded the plan '…'"), by number, with the verb's match."""
    out = {}
    for k, q in enumerate(quotes):
        m = _LABELLING_RE.search(masked, max(0, q.start - 90), q.start)
        if m is not None:
            out[k] = m
    return out


def _near_cues(masked: str, cues: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int]]:
    """The spans around reporting verbs where a speaker may stand, merged; wider before "they" (a group's pronoun).

    ``starts`` are the sentences' starts: a speaker stands in its verb's sentence.
    """
    spans: list[tuple[int, int]] = []
    for start, end, _ in cues:
        lo = start - _SPEAKER_REACH[0] if start > _SPEAKER_REACH[0] else 0
        if "they" in masked[(start - 12 if start > 12 else 0) : start].lower():
            lo = max(0, start - _GROUP_REACH - _SPEAKER_REACH[0])
        else:
            k = bisect_right(starts, start) - 1
            lo = max(lo, starts[k] if k >= 0 else 0)
        hi = min(len(masked), end + _SPEAKER_REACH[1])
        stop = _SPAN_STOP_RE.search(masked, end, hi)  # a sentence's full stop, not an initial's ("F.A.A. records")
        hi = stop.start() + 1 if stop is not None else hi
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def _attribution_sentences(text: str, spans, quotes: list[Quote]) -> list[tuple[int, int, int]]:
    """Sentences as attribution reads them: a quotation and a sentence opening in lower case join the one before.

    A sentence splitter ends sentences inside quotations (``''A. B,'' X said.``)
    and after a quotation's question mark (``"Mistake?" he asked.``) or an
    abbreviation (``(D-Ore.) said.``); each such piece belongs to the sentence
    before it, so that the verb and its quotation are read together.
    """
    out: list[tuple[int, int, int]] = []
    k = 0  # the next quotation to look at
    for start, end, para in spans:
        start, end, para = int(start), int(end), int(para)
        joined = False
        if out and out[-1][2] == para:
            while k < len(quotes) and quotes[k].start < out[-1][0]:
                k += 1
            open_quote = False
            for q in quotes[k : k + 4]:
                if q.start >= out[-1][1]:
                    break
                if out[-1][1] < q.end:
                    open_quote = True
                    break
            if (
                open_quote
                or text[start : start + 1].islower()
                or (
                    text[max(out[-1][0], out[-1][1] - 4) : out[-1][1]].rstrip().endswith(_CLOSING_MARKS)
                    and _SHORT_ATTRIBUTION_RE.match(text, start, end)
                )  # after a quotation
            ):
                out[-1] = (out[-1][0], end, para)
                joined = True
        if not joined:
            out.append((start, end, para))
    return out


def _wordy(text: str, q: Quote) -> bool:
    """Whether a quotation holds words (not "A", "22") and is no nickname inside a name ('Earvin "Magic" Johnson')."""
    words = re.findall(r"[^\W\d_]+", q.text(text))
    if not any(len(w) >= _MIN_QUOTE_LETTERS and w.isalpha() for w in words):
        return False
    return not (
        _NICKNAME_RE.fullmatch(text, q.inner_start, q.inner_end)
        and _NAME_BEFORE_NICKNAME_RE.search(text, q.start - 24 if q.start > 24 else 0, q.start)
        and _NAME_AFTER_NICKNAME_RE.match(text, q.end)
    )


#: A nickname in quotation marks, and the first name and surname around it: 'Earvin "Magic" Johnson'.
_NICKNAME_RE = re.compile(NICKNAME)
_NAME_BEFORE_NICKNAME_RE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_NAME_AFTER_NICKNAME_RE = re.compile(r"[ \t]+[A-Z][a-z]")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding white space, quotation marks and commas ("But, he said, if …")."""
    while start < end and (text[start].isspace() or text[start] in '"“”«»,;'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ',;"“”«»'):
        end -= 1
    return start, end


#: Before a verb: "the said persons" (an adjective), "it is said", "may be said to have" (a passive, no speaker).
_SAID_ADJECTIVE_RE = re.compile(r"\b(?:of|to|for|from|with|on|by|upon|under)\s+$", re.IGNORECASE)
_PARTICIPLE_AT_RE = re.compile(r"said\b|[a-z]+ed\b", re.ASCII)
_PASSIVE_RE = re.compile(
    r"(?:\b(?:the|be|is|was|were|been|being|are)(?:\s+(?:[a-z]+ly|later|also|not|never|still|then|since|once))?"
    r"|aforesaid)\s+$",
    re.IGNORECASE,
)  # "is said", "is closely observed", "was later revealed"


def _passive(masked: str, at: int) -> bool:
    """Whether the reporting verb at ``at`` is no statement.

    Passive ("is said", "be admitted"), "the said", or "say" as a noun ("should have a greater say in reforms").
    """
    if masked.startswith("say", at) and not masked[at + 3 : at + 4].isalpha():
        return _A_SAY_RE.search(masked, at - 10 if at > 10 else 0, at) is not None
    if masked.startswith("told", at):  # "…, a Houston court has been told.", "Ms X was told her suspension was …":
        return _PASSIVE_RE.search(masked, (at - 12 if at > 12 else 0), at) is not None  # the listener, not the speaker
    if masked.startswith(("ask", "tell"), at) or not _PARTICIPLE_AT_RE.match(masked, at):
        return False  # "was asked": the person asked answers next; "is insisting": active
    if masked.startswith("said", at) and _SAID_ADJECTIVE_RE.search(masked, (at - 8 if at > 8 else 0), at):
        return True  # "the use of said material": an adjective
    return _PASSIVE_RE.search(masked, (at - 24 if at > 24 else 0), at) is not None


#: Right before a quotation: the end of a sentence ('… said Dr Gill. "What …').
_AFTER_STOP_RE = re.compile(r"[.!?][\"”’']?\s+$")
#: A sentence's end in running text (a full stop, perhaps closing a quotation, then a space).
_STOP_RE = re.compile(r"[.!?][\"”’']?\s")
#: "told" ending its sentence ("… a court was told."): nothing follows it that the listener says.
_TOLD_LAST_RE = re.compile(r"told\s*[.;]")


#: What opens a score after a verb of play: "a try", "their second", "six goals".
_SCORE_OPENER = r"(?:a|an|another|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+)"
#: What follows a verb of speaking used for play: a score ("added four conversions", "added a second try") or a
#: manner of playing ("responded quickly by slotting …", "replied with a try", "replied in kind").
_NO_CLAUSE_RE = re.compile(
    r"\s*(?:in\s+kind\b|(?:[a-z]+ly\s+)?(?:by\s+(?!(?:saying|explaining|telling|arguing|noting|insisting|asking|writing|adding|"
    rf"pointing\s+out|warning)\b)[a-z]+ing|with\s+{_SCORE_OPENER})\b"
    rf"|{_SCORE_OPENER}\s+(?:[\w\-]+\s+)?"
    r"(?:tr(?:y|ies)|conversions?|penalt(?:y|ies)|goals?|points?|runs?|wickets?|drop-goals?|touchdowns?|"
    r"baskets?|birdies?)\b(?!\s+(?:was|were|is|are|would|will|had|has|have|could|should|must|may|might|did)\b)"
    r"|(?:tries|conversions|penalties|goals|wickets|touchdowns|birdies)\s+(?:to|for|in|as|before|after)\b)"
)  # "both added tries to the All Blacks' tally"
#: After a verb, more verbs in a list: "wrote, directed and starred in", "wrote, produced, and sang".
_VERB_LIST_RE = re.compile(r",\s+[a-z]+ed(?:,\s+[a-z]+ed)*,?\s+and\s+[a-z]+\b", re.ASCII)
#: A perfect tense's auxiliary before a verb: "has added" is a thing added, unless "that" follows.
_PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?$")
#: A prize claimed, not a claim made: "claiming victory in the women's race", "claimed the title".
_PRIZE_RE = re.compile(
    r"\s*(?:victory|gold|silver|bronze|the\s+(?:title|crown|win|lead|points|honours)|a\s+(?:place|win|share|hat-trick)"
    r"|(?:their|his|her|its|a|an|the)\s+(?:[\w'’\-]+\s+){0,4}?(?:titles?|crown|win|victory|medal|trophy|cup|"
    r"championship|scalp|prize|award|honours|place|spot|record|lead|double|treble)"
    r"(?!\s+(?:was|were|is|are|would|will|had|has|have|could|should|must|may|might|did)\b))\b"
)


def _quoted_at_length(
    last_any: tuple[int, int, Found] | None, last: tuple[int, int, Found] | None, n: int, para: int
) -> bool:
    """Whether the statement just before quoted its speaker at length, inside a sentence of the writer's.

    A partial quotation of five words or more in the sentence before, in the same paragraph, after the last
    direct one: a bare quotation next carries it on (a quoted word or two, "was told it was 'inappropriate'",
    does not).
    """
    if last_any is None or last_any[1] != para or n - last_any[0] != 1 or last_any[2].kind != "partial":
        return False
    return len(last_any[2].quote.split()) >= 5 and (last is None or last[0] < last_any[0])


def _just_reported(last: tuple[int, int, Found] | None, n: int, para: int, reach: int = 1) -> bool:
    """Whether a bare quotation in sentence ``n`` carries on the words of the last statement's source.

    So when that statement, up to ``reach`` sentences before in the same paragraph, reported what a source
    named there said. Not a direct quotation (the usual carrying on applies), nor a statement by "according
    to", by a participle or by a pronoun, whose speaker is less sure.
    """
    if last is None or last[1] != para or not 1 <= n - last[0] <= reach:
        return False
    f = last[2]
    if n - last[0] > 1 and f.speaker_type == "person" and " " not in f.speaker:
        return False  # a sentence between: only a source named in full ("Deloitte stressed …" may be a firm)
    return (
        f.kind != "direct"
        and f.cue != "according to"
        and f.cue not in PARTICIPLE_CUES
        and f.speaker_type in ("person", "unnamed")
        and f.speaker_mention.lower() not in _SUBJECT_PRONOUNS
    )


#: A cue and a word or two of its own, then a comma: an aside ("X, a top aide said, is …"), not a clause's verb.
_ASIDE_CUE_RE = re.compile(r"\w+(?:\s+[\w.]+){0,2}\s*,")
#: Asides after a name that only a person takes: "Parry, speaking to BBC Sport, …", "Parry, who joined in 1998, …".
_PERSON_ASIDES = (", speaking", ", talking", ", who ")
#: What stands before the last item of a list: "…, Customs and ", "…, Customs, ".
_LIST_BEFORE_RE = re.compile(r"(?:,|\band|\bor)[ \t]+$")
#: The word "group" in lower case, not as "the group" itself: a group written of ("the trade group for the
#: plans", "a group of parents").
_GROUP_WORD_RE = re.compile(r"(?<![Tt]he )\bgroups?\b")
#: "it" as the subject of a clause, right before its verb: " after it ", " as it also ", " when it had ".
_IT_CLAUSE_RE = re.compile(r"\b(?:after|as|when|because|since|before|while)\s+it(?:\s+(?:also|had|has|was))?\s+$")
#: Words that no role written before a name holds: a list or a clause ("X, Y and WorldCom chief Z").
_NOT_IN_A_ROLE = frozenset({"and", "or", "who", "which", "that", "but"})
#: Before "say" as a noun: "should have a greater say in reforms", "the final say", "no say".
_A_SAY_RE = re.compile(r"\b(?:a|the|greater|final|no|any|more|bigger|real|equal|little|some|their|his|her|its|our)\s+$")


def _one_word_in_place(masked: str, m: Mention) -> bool:
    """Whether a one-word name of no known gender follows "in": a place ("… Shopping Centre in Cardiff said")."""
    return m.gender is None and " " not in m.name and after_preposition(masked, m.lead) == "in"


#: Between an organisation's kind and its name in apposition: "The business group, the CBI,".
_KIND_APPOSITION_RE = re.compile(r",\s+(?:the\s+)?")
#: A sentence that opens with a firm's shares: "Shares in Multiplex Group, which …, fell".
_SHARES_IN_RE = re.compile(r"\s*(?:Shares|Stock) (?:in|of) ")
#: Lower-case words at most, between "Shares in" and the firm's name: " budget airline ".
_DESCRIBING_GAP_RE = re.compile(r"\s*(?:[a-z][\w\-]*\s+)*")
#: A firm written by its kind with an adjective: "The Australian firm", "the German company" (see _by_place_kind).
_BY_KIND_RE = re.compile(rf"the ([A-Z][a-z]+) (?:{'|'.join(ORGANISATION_KINDS)})")
#: The kinds "the company said" may stand for the organisation a story is about by (:meth:`_Reader._story_firm`); not
#: a regulator, watchdog or agency, which a story names beside the firm it is about.
_STORY_KINDS = frozenset(
    f"the {noun}"
    for noun in ("company", "firm", "group", "bank", "airline", "carrier", "retailer", "club", "team", "charity")
) | frozenset({"the organisation", "the organization"})


def _by_place_kind(speaker: str) -> bool:
    """Whether a speaker is a firm written by its kind with a place's adjective: "the Australian firm"."""
    m = _BY_KIND_RE.fullmatch(speaker)
    return m is not None and (m.group(1) in NATIONALITIES or m.group(1) in places())


def _generic(m: Mention) -> bool:
    """Whether an organisation is named by a common noun ("the government", "the company"), not a name."""
    words = m.text.split()
    return m.kind == "organisation" and len(words) > 1 and words[0].lower() == "the" and words[-1].islower()


#: A quotation's close followed by "it" and its reporting verb: '…," it said.'
_IT_AFTER_QUOTE_RE = re.compile(r"[,.!?]?[\"”'’][ \t]+it[ \t]+(?:also[ \t]+)?")


#: A document's owner: "Chelsea's statement", "the Kok report", "a World Bank report", "Labor Department
#: figures", "a report by UK think-tank Demos", "lending figures from the Bank of England".
_OWNER_POSSESSIVE_RE = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})['’]s\s+[a-z]")
_OWNER_BEFORE_RE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<owner>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?:\s+[a-z][\w\-]*){1,3}"
)
_OWNER_AFTER_RE = re.compile(
    r".*?\s(?:by|from)\s+(?:\S+\s+){0,4}?"
    r"(?P<owner>[A-Z][\w&.\-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|&\s+)?[A-Z][\w&.\-]*){0,5})"
)


def document_owner(phrase: str) -> str | None:
    """The organisation or person a document phrase says is its author, or ``None``.

    ``"an SFA statement"`` → ``"SFA"``, ``"Chelsea's statement"`` → ``"Chelsea"``, ``"a report by
    UK think-tank Demos"`` → ``"Demos"``; ``None`` for "the report", "the Beige Book" (a title, not an
    owner), "Chinese state press reports", "Wednesday's statement" (a nationality, place or day).
    """
    m = _OWNER_POSSESSIVE_RE.match(phrase) or _OWNER_BEFORE_RE.fullmatch(phrase) or _OWNER_AFTER_RE.fullmatch(phrase)
    if m is None:
        return None
    owner = m.group("owner").removeprefix("The ")  # "a count by The Daily Ledger"
    words = owner.split()
    if all(w in NATIONALITIES or w in places() or w in _NO_OWNERS for w in words):
        return None
    return owner


#: Words that date or place a document, never its author ("Wednesday's statement", "the UK report";
#: "an EU statement" is the EU's).
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_NO_OWNERS = (COUNTRY_CODES - {"EU", "UN"}) | MONTHS | _WEEKDAYS


def _described_before(found: list[Found], mentions: list[Mention]) -> None:
    """A bare "the spokesman" as the source described in full before it in the text ("the Vodafone spokesman").

    Only for a single noun after "the", and only the latest earlier unnamed source with that head noun
    and more words ("a spokesman for Vodafone", "the Vodafone spokesman"). A bare spokesman right after
    an organisation's statement is that organisation's (:func:`_spoke_for`).
    """
    described: dict[str, str] = {}  # head noun → the latest fuller description
    documents: dict[str, tuple[str, str]] = {}  # a document's noun → who put out the latest one named in full
    before = None  # the statement before, in the text's order
    for f in sorted(found, key=lambda f: f.start):
        spoke_for, before = _spoke_for(before, f, mentions), f
        if spoke_for is not None:
            f.speaker, f.speaker_type = spoke_for
            continue
        written = f.speaker_mention.split()
        if f.speaker_type == "document" and len(written) == 2 and written[0].lower() == "the":
            # '"…," the World Bank report said. … the report said': the World Bank's
            f.speaker, f.speaker_type = documents.get(written[1].lower(), (f.speaker, f.speaker_type))
        elif len(written) > 2 and written[0].lower() == "the" and written[-1].lower() in _DOCUMENT_NOUN_SET:
            documents[written[-1].lower()] = (f.speaker, f.speaker_type)
        if f.speaker_type != "unnamed":
            continue
        words = _source_head(f.speaker)
        if not words:
            continue
        noun = words[-1].lower()
        if len(f.speaker.split()) == 2 and words[0].lower() == "the":
            f.speaker = described.get(noun, f.speaker)
        elif len(f.speaker.split()) > 2:
            described[noun] = f.speaker


def _spoke_for(before: Found | None, f: Found, mentions: list[Mention]) -> tuple[str, str] | None:
    """A bare "a spokesman" just after an organisation's statement speaks for it.

    '"But Sky denied the programme breached guidelines. A spokesperson said: …"' is a spokesperson for
    Sky. Only when the organisation's statement ends at most :data:`_SPOKE_FOR_GAP` characters before
    and no other person or organisation is named between them ("the agency" may come between: it names
    no other). A bare "the statement" stays a document: PolNeAR's annotators name it as its source.
    """
    if before is None or before.speaker_type != "organisation" or f.start - before.end > _SPOKE_FOR_GAP:
        return None
    bare = _BARE_SPOKESMAN_RE.fullmatch(f.speaker) if f.speaker_type == "unnamed" else None
    if bare is None:
        return None
    between = mentions[bisect_left(mentions, before.end, key=_start_of) : bisect_left(mentions, f.start, key=_start_of)]
    if any(
        m.kind in _NAMED_KINDS and (m.name or m.text)[:1].isupper() and (m.name or m.text) != before.speaker
        for m in between
    ):
        return None
    written_the = re.search(rf"\b[Tt]he\s+{re.escape(before.speaker)}$", before.speaker_mention)
    the = "the " if written_the else ""  # "the FBI said …" → "a spokeswoman for the FBI"
    return f"{bare.group(1).lower()} {bare.group(2).lower()} for {the}{before.speaker}", "unnamed"


_BARE_SPOKESMAN_RE = re.compile(r"([Aa]n?|[Tt]he)\s+(spokes(?:man|woman|person))")
_SPOKE_FOR_GAP = 400
_NAMED_KINDS = frozenset(("person", "organisation", "media"))
_start_of = attrgetter("start")


def _organisation_names(masked: str, mentions: list[Mention]) -> set[str]:
    """The names the text gives organisations ("consultancy Retail Decisions" names Retail Decisions).

    Not a name typed an organisation only for the "that" before it ("stressed that Juninho would …").
    """
    return {
        m.name or m.text
        for m in mentions
        if m.kind == "organisation" and not _THAT_BEFORE_RE.search(masked, max(0, m.lead - 6), m.lead)
    }


_THAT_BEFORE_RE = re.compile(r"\b[Tt]hat\s+$")


def _retype_firms_said_it(text: str, found: list[Found], people: People, organisations: set[str]) -> None:
    """An organisation read as a person, typed again when the text says "it said" of its words or names it so.

    '"Deutsche Boerse is convinced …," it said.' after "Deutsche Boerse said …": a person's name has no
    "it", so a speaker without a known first name, honorific or gender whose quotation "it" reports is
    an organisation, in every statement of the text; so is one the text names as an organisation
    elsewhere ("Anti-fraud consultancy Retail Decisions says …" before "…, Retail Decisions said").
    """
    firms = set()
    for f in found:
        if f.speaker_type != "person" or f.speaker in firms:
            continue
        if f.speaker not in organisations:
            if f.kind != "direct":
                continue
            it = _IT_AFTER_QUOTE_RE.match(text, f.end)
            if it is None or _CUE_RE.match(text, it.end()) is None:
                continue
        if _nothing_personal(people, f.speaker) and not known_first_name(f.speaker.split()[0]):
            firms.add(f.speaker)
    for f in found:
        if f.speaker in firms and f.speaker_type == "person":
            f.speaker_type = "organisation"


def _nothing_personal(people: People, name: str) -> bool:
    """Whether the text gives a "person" of that name nothing a person has: no gender, honorific or registry entry."""
    index = people.index_of(name)
    person = people.persons[index] if index is not None else None
    return person is not None and person.gender is None and not (person.noble or person.plain or person.registered)


def _firms_by_last_word(found: list[Found], people: People, organisations: set[str]) -> None:
    """A one-word "person" that is the last word of one organisation the text names is that organisation.

    "Real Sociedad … Sociedad say they will pay" is Real Sociedad's: only a word with no first name,
    honorific or gender the text gives, no place, and the last word of exactly one organisation's name of two
    words or more holding no first name or title (not "Judge James Kleinberg", typed an organisation).
    """
    for f in found:
        if f.speaker_type != "person" or " " in f.speaker or not _nothing_personal(people, f.speaker):
            continue
        if f.speaker in places():
            continue  # "France" is no "Stade de France"
        whole = [o for o in organisations if " " in o and o.rsplit(None, 1)[-1] == f.speaker]
        if len(whole) == 1 and not any(known_first_name(w) or w in TITLE_WORDS for w in whole[0].split()):
            f.speaker, f.speaker_type = whole[0], "organisation"


def _plural_word(name: str) -> bool:
    """Whether a one-word name ending in "s" is a plural ("Democrats", "Tories"), not a firm's name ("Yukos")."""
    low = name.lower()
    return low[:-1] in english_words() or low.endswith(("ans", "ers", "ists", "ies", "ats", "ives"))


def _groups_by_plural_verb(text: str, found: list[Found], people: People) -> None:
    """A one-word "person" the text gives a plural verb is a club, band or firm: "Blackburn have said all along".

    Only a word with no first name, honorific or gender the text gives, and a verb right after it that is
    not shared with a name before it ("Ronaldinho and Deco have" is two people).
    """
    groups: dict[str, bool] = {}
    for f in found:
        name = f.speaker
        if f.speaker_type != "person" or " " in name or not name[:1].isupper():
            continue
        if name.lower().removesuffix("s") in english_words():
            continue  # not "Shareholders have", "The Game have": words, whose type the corpus's evidence gives
        if name not in groups:
            plural = re.compile(rf"(?<!\band )(?<!, )\b{re.escape(name)}[ \t]+(?:have|are|were)\b")
            groups[name] = _nothing_personal(people, name) and plural.search(text) is not None
        if groups[name]:
            f.speaker_type = "organisation"


def _person_description(text: str) -> str | None:
    """The noun of a description that stands for a person the story named, or ``None``.

    "the Uruguayan-born researcher", "the 47-year-old", "the Dutch defender", a side's role ("the Warriors
    chief", "the Tottenham striker"; not "the Tory leader", see ``back_reference_nouns.txt``) and a
    nationality alone ("the Irishman": noun "person"). Not "the Philippine Star", a newspaper's name.
    """
    words = text.split()
    if 2 <= len(words) <= 3 and words[0].lower() == "the" and words[-1] in NATIONALITIES and words[1:-1] != ["new"]:
        return "person"  # "the Irishman conceded", "the 55-year-old Frenchman told": a nationality describes too
    if len(words) == 2 and words[0].lower() == "the" and words[1] in _AGE_NOUNS:
        return words[1]  # "'It's incredible,' the youngster said": the young player just named
    if len(words) < 3 or words[0].lower() != "the" or not words[-1].islower():
        return None
    described = any(_PERSONAL_DESCRIPTOR_RE.fullmatch(w) or w in NATIONALITIES for w in words[1:-1])
    side_role = words[-1].lower() in BACK_REFERENCE_NOUNS and any(
        w[:1].isupper() or w in _SIDE_WORDS for w in words[1:-1]
    )  # "the Tottenham striker", "the national team coach"
    return words[-1].lower() if described or side_role else None


#: Sentence adverbs before a subject, which leave it the sentence's opening subject: "Meanwhile, X …".
_OPENING_ADVERBS = frozenset({"Meanwhile", "However", "Nevertheless", "Still", "Elsewhere", "Instead"})


def _past_opening_adverb(words: list[str]) -> list[str]:
    """A sentence's opening words without the sentence adverb and comma they may open with ("Meanwhile,")."""
    return words[1:] if words and words[0].endswith(",") and words[0][:-1] in _OPENING_ADVERBS else words


#: Nouns of a person's age, which describe whoever the sentence before was about: "the youngster".
_AGE_NOUNS = frozenset({"youngster", "teenager"})
#: Lower-case words that place a role in a side, as a side's name does: "the national team coach".
_SIDE_WORDS = frozenset({"national", "team", "club", "squad"})
#: One lower-case word between two names, the first describing the second: "Franz Ferdinand frontman X".
#: A sentence opened by "he" or "she" (after "And" or "But"): it goes on with the subject before it.
_PRONOUN_OPENS_RE = re.compile(r"\s*(?:(?:And|But)\s+)?([Hh]e|[Ss]he)\b")
#: A subordinating word just before a pronoun: "… had caused uproar when he said".
_SUBORDINATOR_BEFORE_RE = re.compile(r"\b(?:when|as|after|because|while|since|before|until|although|though)\s+$")
#: The end of words that open a reported clause, up to its subject's title: "… said Labour Minister ".
_CLAUSE_OPENS_RE = re.compile(r"\b(?:said|says|reported|reports|that)\s+(?:[A-Z][\w\-]*\s+){0,3}$")
_DESCRIBES_NEXT_RE = re.compile(r"[ \t]+[a-z][\w\-]*[ \t]+")
#: Between an unnamed source placed by a short phrase and the name in apposition: " on the stage, former ".
_PLACED_APPOSITION_RE = re.compile(
    r"[ \t]+(?:on|at|in|from|with|for)[ \t]+(?:the[ \t]+|a[ \t]+)?[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?"
    r"[ \t]*,[ \t]+(?:former[ \t]+)?"
)
#: Between a name and a bare description of it: ", PTC president and " (no mark, no clause opener).
_DESCRIPTION_GAP_RE = re.compile(r",[ \t]+(?!(?:and|but|or|while|as|who|which)\b)[^\n,.;:!?()\"“”]{0,60}")


def _bare_singular(phrase: str) -> bool:
    """Whether an unnamed source is one lower-case noun phrase without a determiner: "conservative activist"."""
    words = phrase.split()
    return (
        bool(words)
        and phrase.islower()
        and words[0] not in UNNAMING_DETERMINERS
        and words[0] not in ("the", "some", "many", "several", "two", "three", "these", "those", "other", "most", "all")
        and not _plural(phrase)
    )


def _plural(phrase: str) -> bool:
    """Whether a phrase's head noun (its last word) is plural: "officials", "these people"."""
    head = phrase.rsplit(None, 1)[-1].lower() if phrase.strip() else ""
    return head in ("people", "men", "women", "staff", "police") or (head.endswith("s") and not head.endswith("ss"))


def _clause_end(text: str, s_end: int) -> int:
    """The end of a reported clause: the sentence's end without its full stop."""
    end = s_end
    while end > 0 and text[end - 1] in " \n\t":
        end -= 1
    if end > 0 and text[end - 1] in ".!?":
        end -= 1
    return end
