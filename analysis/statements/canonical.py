"""One name per person across a corpus, and the registry entries a corpus suggests.

Within an article the extractor already names each person by the fullest form
written. Across articles, a person named only by surname ("Blair") takes the
full name ("Tony Blair") when the corpus has exactly one person of that surname
quoted within half a year of the statement; otherwise the surname stays as
written. Registry aliases always win (:meth:`SpeakerRegistry.resolve`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from analysis._engine.memory import shared_strings
from analysis.statements.entities import COMMONERS, KNIGHTS_AND_PEERS, surname_of
from analysis.statements.names import PARTICLES, first_names
from analysis.statements.registry import SpeakerRegistry
from analysis.statements.wordlists import BACK_REFERENCE_NOUNS, HONORIFICS, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS

#: How far apart in time a surname alone and a full name may be and still name one person.
NAME_WINDOW = pd.Timedelta(days=183)


def join_surnames(frame: pd.DataFrame, registry: SpeakerRegistry) -> pd.Series:
    """The ``speaker`` column with one name per person across the corpus.

    - Forms of one full name are joined to its most quoted form when the
      corpus has no other person of that surname whose name could be either:
      "Vince Cable" and "Vincent Cable", "Manuel Barroso" and "Jose Manuel
      Barroso", "Rodrigo Rato" and "Rodrigo de Rato".
    - A person named by surname alone ("Blair") takes the full name of the one
      person of that surname quoted within :data:`NAME_WINDOW` whose gender
      fits the honorific written ("Mrs Blair" is not Tony Blair); when several
      are, the one quoted by the same outlet in that window, if only one is.
      A pronoun ("he said") counts as an honorific here. Otherwise the surname
      stays as written: two people who share a surname are never joined.
    - Within an article (with ``doc_id``) every row of a surname takes the
      full name its other rows were joined to, when they agree.

    ``frame`` needs ``speaker``, ``speaker_type`` and ``published``
    (``speaker_mention``, ``outlet`` and ``doc_id`` are used when present).
    """
    names = frame["speaker"].astype(str)
    person = (frame["speaker_type"].astype(str) == "person").to_numpy()
    written = shared_strings(names)  # the names as the statements give them (read again below)
    out = written.copy()
    full_rows = person & names.str.contains(" ", regex=False).to_numpy()
    single = person & ~full_rows
    if full_rows.any():
        variants = _name_variants(Counter(out[full_rows]), registry)
        if variants:
            out[full_rows] = [variants.get(n, n) for n in out[full_rows]]
    if not single.any():
        return pd.Series(out, index=frame.index, dtype="string")
    when = pd.to_datetime(frame["published"], utc=True)
    missing = when.isna().to_numpy()
    ns = when.dt.tz_convert(None).to_numpy("datetime64[ns]").astype("int64")  # nanoseconds since 1970, UTC
    outlets = shared_strings(frame["outlet"].astype(str)) if "outlet" in frame else np.full(len(frame), "")
    mentions = (
        shared_strings(frame["speaker_mention"].astype(str))
        if "speaker_mention" in frame
        else np.full(len(frame), "", dtype=object)
    )
    by_surname: dict[str, dict[str, np.ndarray]] = defaultdict(dict)
    by_outlet: dict[tuple[str, str], dict[str, np.ndarray]] = defaultdict(dict)
    full_names = out[full_rows]
    for name, rows in _rows_by_value(full_names, np.flatnonzero(full_rows)):
        by_surname[surname_of(name)][name] = np.sort(ns[rows][~missing[rows]])
        for outlet in set(outlets[rows]):
            chosen = rows[(outlets[rows] == outlet) & ~missing[rows]]
            by_outlet[(surname_of(name), outlet)][name] = np.sort(ns[chosen])
    window = NAME_WINDOW.value
    first = first_names()
    noble_mentions = {m for m in set(mentions[full_rows]) if _honorific(m) in KNIGHTS_AND_PEERS}
    ennobled = {n for n, m in zip(full_names, mentions[full_rows], strict=True) if m in noble_mentions}
    docs = shared_strings(frame["doc_id"].astype(str)) if "doc_id" in frame else None
    article_gender = _article_genders(single, out, mentions, docs)
    for i in np.flatnonzero(single):
        name = out[i]
        candidates = by_surname.get(name)
        if not candidates or registry.by_alias(name) is not None:
            continue
        gender = _honorific_gender(mentions[i]) or (article_gender.get((docs[i], name)) if docs is not None else None)
        if gender is not None:  # "Mrs Blair": not Tony Blair
            candidates = {n: d for n, d in candidates.items() if first.get(n.split()[0]) in (gender, None)}
        honorific = _honorific(mentions[i])
        if honorific in COMMONERS or honorific in KNIGHTS_AND_PEERS:  # "Mr Blair": not Sir Ian Blair
            noble = honorific in KNIGHTS_AND_PEERS  # "Lord Nicholls": not Andrew Nicholls
            candidates = {n: d for n, d in candidates.items() if (n in ennobled) == noble}
        if missing[i]:
            fits = list(candidates) if len(candidates) == 1 else []
        else:
            lo, hi = ns[i] - window, ns[i] + window
            fits = [n for n, d in candidates.items() if bisect_right(d, hi) > bisect_left(d, lo)]
            if len(fits) > 1:  # several in the period: the one its own outlet quoted, if only one
                same = by_outlet.get((name, outlets[i]), {})
                fits = [n for n in fits if n in same and bisect_right(same[n], hi) > bisect_left(same[n], lo)]
        if len(fits) == 1:
            out[i] = fits[0]
    if docs is not None:  # within an article a surname is one person: the join one of its rows could make
        _join_within_articles(out, single, written, docs)
    return pd.Series(out, index=frame.index, dtype="string")


def _rows_by_value(values: np.ndarray, rows: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """``(value, its rows)`` for each distinct value, values sorted, rows in their order (a group-by without pandas)."""
    if not len(values):
        return []
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    ends = np.r_[starts[1:], len(ordered)]
    return [(ordered[a], rows[order[a:b]]) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]


def _article_genders(
    single: np.ndarray, names: np.ndarray, mentions: np.ndarray, docs: np.ndarray | None
) -> dict[tuple[str, str], str]:
    """The one gender an article's honorifics and pronouns give a surname it quotes alone, by (article, surname).

    "President Obama said" has none of its own; "he said" or "Mr. Obama said" in the same article gives it.
    An article whose rows of a surname give both genders (two people) gives none.
    """
    if docs is None:
        return {}
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in np.flatnonzero(single):
        gender = _honorific_gender(mentions[i])
        if gender is not None:
            seen[(docs[i], names[i])].add(gender)
    return {key: next(iter(genders)) for key, genders in seen.items() if len(genders) == 1}


def _join_within_articles(out: np.ndarray, single: np.ndarray, raw: np.ndarray, docs: np.ndarray) -> None:
    """Give every row of an article the full name one of its rows of that surname was joined to.

    "Mr. Obama said" joins Barack Obama by its honorific's gender; "President Obama told" and "he said"
    in the same article are the same man, when all the article's joined rows agree.
    """
    targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    rows = np.flatnonzero(single)
    for i in rows:
        if out[i] != raw[i]:
            targets[(docs[i], raw[i])].add(out[i])
    for i in rows:
        joined = targets.get((docs[i], raw[i]))
        if joined is not None and len(joined) == 1 and out[i] == raw[i]:
            out[i] = next(iter(joined))


def _honorific(mention: str) -> str:
    """The honorific a mention opens with ("Mrs Blair" → Mrs), or an empty string."""
    word = mention.split()[0].rstrip(".") if mention.strip() else ""
    return word if word in HONORIFICS else ""


_PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _honorific_gender(mention: str) -> str | None:
    """The gender an honorific written with a name, or a pronoun, gives ("Mrs Blair", "she" → f), or ``None``."""
    return HONORIFICS.get(_honorific(mention)) or _PRONOUN_GENDERS.get(mention.strip().lower())


def _name_variants(counts: Counter, registry: SpeakerRegistry) -> dict[str, str]:
    """Full names that are forms of one person's name, each with the most quoted form.

    Two names of one surname are forms of one name when the shorter's given
    names are the longer's last given names ("Manuel Barroso", "Jose Manuel
    Barroso"), a particle apart ("Rodrigo Rato", "Rodrigo de Rato"), or when
    one first name starts the other, a known first name ("Vince", "Vincent"; "Rafa", "Rafael"; not "Tim",
    "Time"). The form kept is the most quoted of those without a word before the name that is
    no first name ("UK Andrea Arnold").
    A surname with another person who could be one of the forms joins nothing.
    """
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        if registry.by_alias(name) is None:
            by_surname[surname_of(name)].append(name)
    out: dict[str, str] = {}
    for names in by_surname.values():
        if len(names) < 2:
            continue
        given = {n: _given_names(n) for n in names}  # middle initials and particles apart: "Donald J Trump"
        groups: list[set[str]] = []
        for n in names:
            linked = [g for g in groups if any(_same_given(given[n], given[m]) for m in g)]
            merged = {n}.union(*linked)
            groups = [g for g in groups if g not in linked] + [merged]
        for group in groups:
            if len(group) < 2 or not _one_person(group, given):
                continue
            best = max(sorted(group), key=lambda n: (not _leading_word(n, group), counts[n]))
            out.update({n: best for n in group if n != best})
    return out


def _without_accents(word: str) -> str:
    """A word with its letters' accents taken off: "José" → "Jose" (a name written both ways is one)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _given_names(name: str) -> tuple[list[str], tuple[str, ...]]:
    """A name's given names without particles or middle initials, and its middle initials apart.

    "Donald J Trump" → (["Donald"], ("J",)); a name without initials is
    compatible with any, two names with different initials are two people
    ("George W Bush", "George H W Bush").
    """
    words = [_without_accents(w) for w in name.split()[:-1] if w not in PARTICLES]  # "José" is "Jose"
    initials = tuple(w.rstrip(".") for w in words[1:] if len(w.rstrip(".")) == 1)
    return words[:1] + [w for w in words[1:] if len(w.rstrip(".")) > 1], initials


def _same_given(a: tuple[list[str], tuple[str, ...]], b: tuple[list[str], tuple[str, ...]]) -> bool:
    """Whether two given names can be one person's ("Jose Manuel" and "Manuel"; "Vince" and "Vincent").

    Each is :func:`_given_names`'s pair; middle initials must agree where both have them.
    """
    (a, initials_a), (b, initials_b) = a, b
    if initials_a and initials_b and initials_a != initials_b:
        return False
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if short == long[len(long) - len(short) :]:
        return True
    x, y = sorted((a[0], b[0]), key=len)
    genders = {first_names().get(x), first_names().get(y)} - {None}
    return (
        len(a) == len(b) == 1 and len(x) >= 3 and y.startswith(x) and x != y and y in first_names() and len(genders) < 2
    )


def _leading_word(name: str, group: set[str]) -> bool:
    """Whether a name is another form of the group with a word before it that is no first name ("UK Andrea Arnold")."""
    words = name.split()
    return words[0] not in first_names() and any(
        len(o.split()) < len(words) and words[-len(o.split()) :] == o.split() for o in group
    )


def _one_person(group: set[str], given: dict[str, list[str]]) -> bool:
    """Whether every two names of a group can be one person's (so no third person links two others)."""
    members = sorted(group)
    return all(
        _same_given(given[a], given[b]) or given[a] == given[b] for k, a in enumerate(members) for b in members[k + 1 :]
    )


def suggest_speakers(statements: pd.DataFrame, registry: SpeakerRegistry, n: int = 20) -> list[dict]:
    """The most quoted people the registry does not know, with the forms the texts name them by.

    Only what is safe to paste into the registry is proposed:

    - people named in full whose name holds no word of a title, party or
      organisation (not "Lib Dems", not "Leader Michael Howard");
    - as aliases, forms written of the name itself, with or without an
      honorific ("Mr Blair", "Blair", "Tony Blair"), never a title or an
      organisation ("Labour"), and never a surname or form that another person
      quoted in the corpus shares ("Blair" while Cherie Blair is quoted too), so
      that an alias can never take a namesake's words.

    Returns
    -------
    list of dict
        ``name``, ``aliases`` (most frequent first), ``n_statements`` and ``n_articles``, most statements first.

    """
    people = statements[statements["speaker_type"].astype(str) == "person"]
    speakers = people["speaker"].astype(str)
    forms_of_others: dict[str, set[str]] = defaultdict(set)  # a form → the people named in full it could name
    for name in {s for s in speakers if " " in s}:
        for form in _name_forms(name):
            forms_of_others[form].add(name)
    unknown = people[[registry.get(s) is None and registry.by_alias(s) is None for s in speakers]]
    out = []
    for name, group in unknown.groupby("speaker", sort=False):
        name = str(name)
        if not _suggestable(name):
            continue
        forms = Counter(str(m) for m in group["speaker_mention"].dropna())
        aliases = []
        for form, _ in forms.most_common():
            bare = _without_honorific(form)
            if form == name or bare not in _name_forms(name) or forms_of_others.get(bare, {name}) != {name}:
                continue  # a title, an organisation, or a form a namesake shares
            if registry.by_alias(form) is None and form not in aliases:
                aliases.append(form)
        out.append(
            {
                "name": name,
                "aliases": aliases,
                "n_statements": len(group),
                "n_articles": group["doc_id"].nunique(),
            }
        )
    out.sort(key=lambda e: (-e["n_statements"], e["name"]))
    return out[:n]


def _name_forms(name: str) -> set[str]:
    """The forms a name is written in: itself and each tail of its words ("Tony Blair", "Blair")."""
    words = name.split()
    return {" ".join(words[i:]) for i in range(len(words))}


def _without_honorific(form: str) -> str:
    words = form.replace(".", "").split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in HONORIFICS else " ".join(form.split())


def _suggestable(name: str) -> bool:
    """Whether a person's name is safe to propose: two words or more, none of a title, party or organisation."""
    words = name.replace(".", "").split()
    return len(words) >= 2 and not any(w in TITLE_WORDS or w in ORG_WORDS or w in HONORIFICS for w in words)


def as_toml(entries: list[dict]) -> str:
    """Registry entries as TOML to paste into ``data/speakers.toml``."""
    blocks = []
    for e in entries:
        aliases = ", ".join(f'"{a}"' for a in e["aliases"])
        blocks.append(
            f"# {e['n_statements']} statements in {e['n_articles']} articles\n"
            f'[[speaker]]\nname = "{e["name"]}"\naliases = [{aliases}]\n'
        )
    return "\n".join(blocks)


#: A bare title ("the president said") goes to the person the same outlet names with that title in the
#: same year when that person has at least this share of such mentions, and at least HOLDER_MIN of them.
HOLDER_SHARE = 0.8
HOLDER_MIN = 3
_BARE_TITLE_RE = re.compile(r"^the\s+(?:[\w\-]+\s+){0,2}(?P<title>[a-z][a-z\-]+(?:\s+minister|\s+secretary)?)$", re.I)


def resolve_titles(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """``speaker`` and ``speaker_type`` with bare titles given to their holder (see :data:`HOLDER_SHARE`).

    On a presidency's site "the President" is the president that site names
    ("President Volodymyr Zelenskyy") in that year; where an outlet names
    several holders of a title (many senators in US news) the bare title stays
    ``unnamed``. ``frame`` needs ``speaker``, ``speaker_type``,
    ``speaker_mention``, ``outlet`` and ``published``.
    """
    speakers = shared_strings(frame["speaker"].astype(str))
    types = shared_strings(frame["speaker_type"].astype(str))
    # an office one person holds at a time ("the president"), not a role many hold ("the striker", "the athlete")
    roles = {r.split()[-1].lower() for r in ROLE_NOUNS} - BACK_REFERENCE_NOUNS
    titled = [
        (i, m.group("title").lower())
        for i in np.flatnonzero(types == "unnamed")
        if (m := _BARE_TITLE_RE.match(speakers[i])) is not None and m.group("title").split()[-1].lower() in roles
    ]  # a person's title ("the president"), never an organisation's kind ("the bank")
    if not titled:
        return pd.Series(speakers, index=frame.index, dtype="string"), pd.Series(
            types, index=frame.index, dtype="string"
        )
    outlets = shared_strings(frame["outlet"].astype("string").fillna(""))
    years = pd.to_datetime(frame["published"], utc=True).dt.year.fillna(0).astype(int).to_numpy()
    mentions = shared_strings(frame["speaker_mention"].astype(str))
    person = np.flatnonzero(types == "person")
    by_group: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i in person:
        by_group[(outlets[i], years[i])].append(i)
    holders: dict[tuple[str, int, str], str | None] = {}
    for i, title in titled:
        key = (outlets[i], years[i], title)
        if key not in holders:
            word = re.compile(rf"\b{re.escape(title)}\b", re.I)
            named = Counter(speakers[j] for j in by_group.get(key[:2], ()) if word.search(mentions[j]))
            top = named.most_common(1)
            total = sum(named.values())
            holders[key] = top[0][0] if top and top[0][1] >= HOLDER_MIN and top[0][1] >= HOLDER_SHARE * total else None
        if holders[key] is not None:
            speakers[i], types[i] = holders[key], "person"
    return _columns(speakers, types, frame.index)


def _columns(speakers: np.ndarray, types: np.ndarray, index: pd.Index) -> tuple[pd.Series, pd.Series]:
    return pd.Series(speakers, index=index, dtype="string"), pd.Series(types, index=index, dtype="string")
