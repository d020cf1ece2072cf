"""The word lists statement extraction reads, loaded from ``analysis/resources/`` (one file each).

Kept apart from the code that uses them, as data: a user adds a reporting verb
to ``reporting_cues.txt`` or a title word to ``title_words.txt`` without
touching code. Each constant names its file.
"""

from __future__ import annotations

from analysis.resources import word_list, word_table

#: Reporting verbs and phrases, matched longest first (``reporting_cues.txt``).
CUES: tuple[str, ...] = word_list("reporting_cues")
#: Participles that carry on the subject of the sentence's earlier verb (``participle_cues.txt``).
PARTICIPLE_CUES = frozenset(word_list("participle_cues"))
#: Verbs after which a clause without "that" is what was said (``bare_cues.txt``).
BARE_CUES = frozenset(word_list("bare_cues"))
#: Verbs of emphasis whose object is what was said (``object_cues.txt``).
OBJECT_CUES = frozenset(word_list("object_cues"))
#: Irregular past tenses, finite verbs that end in neither "-ed" nor "-s" (``irregular_pasts.txt``).
IRREGULAR_PASTS = frozenset(word_list("irregular_pasts"))
#: Role nouns by which a story refers back to the one person it is about (``back_reference_nouns.txt``).
BACK_REFERENCE_NOUNS = frozenset(word_list("back_reference_nouns"))
#: Last words of what a place's possessive names that is no speaker: "America's Cup" (``place_tails.txt``).
PLACE_TAILS = frozenset(word_list("place_tails"))
#: Verbs that report speech only when something quoted or a clause follows (``weak_cues.txt``).
WEAK_CUES = frozenset(word_list("weak_cues"))
#: Reporting phrases that report only before a colon or comma (``introducing_cues.txt``): 'He went on: "…"'.
INTRODUCING_CUES = frozenset(word_list("introducing_cues"))
#: Reporting verbs that report only before "that" or at a clause's end (``that_cues.txt``): "ruled that".
THAT_CUES = frozenset(word_list("that_cues"))
#: Nouns by which a story names an organisation it named before: "the company said" (``organisation_kinds.txt``).
ORGANISATION_KINDS: tuple[str, ...] = word_list("organisation_kinds")
#: The same written as a source names them: "the company", "the firm".
THE_ORGANISATION_KINDS = frozenset(f"the {noun}" for noun in ORGANISATION_KINDS)
#: Words of a public body's name, which "the company" never stands for: "the Senate" (``public_body_words.txt``).
PUBLIC_BODY_WORDS = frozenset(word_list("public_body_words"))
#: Nouns of creative works, before a title that names no one: "the album Exodus" (``work_nouns.txt``).
WORK_NOUNS = frozenset(word_list("work_nouns"))

#: Honorifics and the gender each implies (``honorifics.txt``).
HONORIFICS: dict[str, str | None] = word_table("honorifics")
#: Words of a title that may stand before a name (``title_words.txt``).
TITLE_WORDS = frozenset(word_list("title_words"))
#: Role nouns that stand for a person ("the prime minister"), in file order (``role_nouns.txt``).
ROLE_NOUNS: tuple[str, ...] = word_list("role_nouns")
#: Head nouns of unnamed sources (``source_nouns.txt``).
SOURCE_NOUNS: tuple[str, ...] = word_list("source_nouns")
#: Head nouns of organisations written with "the" (``organisation_nouns.txt``).
ORGANISATION_NOUNS: tuple[str, ...] = word_list("organisation_nouns")
#: Head nouns of documents that say things (``document_nouns.txt``).
DOCUMENT_NOUNS: tuple[str, ...] = word_list("document_nouns")
#: Words that make a capitalised sequence an organisation or a thing, never a person (``organisation_words.txt``).
ORG_WORDS = frozenset(word_list("organisation_words"))
#: Words that make an organisation a news medium (``media_words.txt``).
MEDIA_WORDS = frozenset(word_list("media_words"))
#: Institutions that speak without an organisation word (``institutions.txt``).
INSTITUTIONS = frozenset(word_list("institutions"))
#: Capitalised words that start a sentence or clause and never belong to a name (``leading_words.txt``).
LEADING_WORDS = frozenset(word_list("leading_words"))
#: Words that end with a full stop inside a name: abbreviations (``name_abbreviations.txt``).
NAME_ABBREVIATIONS = frozenset(word_list("name_abbreviations"))
#: Words of a minister's portfolio, joined by "and" in a title: "Trade and Industry" (``portfolio_words.txt``).
PORTFOLIO_WORDS = frozenset(word_list("portfolio_words"))
#: Nationalities that may stand before a person's name as a description (``nationalities.txt``).
NATIONALITIES = frozenset(word_list("nationalities"))
