"""Who said what: statements (direct quotes, partial quotes, reported speech) with their speakers.

For every article the extractor finds the quotations (:mod:`analysis.quotes`)
and the sentences (:mod:`analysis.text`), then attributes each quotation:

1. a cue right after it (``"…," Lavrov said``, ``"…" said Lavrov``,
   ``"…," Putin was quoted as saying``, ``"…," Lavrov told news agency TASS``);
2. a colon before it (``Lavrov also warned: "…"``);
3. a speaker and cue earlier in the sentence (``Lavrov noted that "…"``);
4. ``according to X`` in the sentence;
5. otherwise, a quotation that opens a sentence right after a direct quotation
   continues that speaker's words.

Sentences without quotation marks are reported speech when a speaker and a cue
introduce a clause (``Lavrov said that …``, ``…, Lavrov said on Friday.``,
``According to Lavrov, …``). Headlines are read too (``Lavrov: …``,
``…: Minister Lavrov``) and marked ``location="title"``. Speakers are resolved
with the registry (:mod:`analysis.speakers`); words inside a quotation never
count as attribution, so a president quoted inside a minister's quote stays
the minister's statement.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
import pandas as pd
import pyarrow as pa
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from analysis.duplicates import text_word_hashes, trigram_hash_set, window_hash
from analysis.parallel import map_chunks
from analysis.periods import complete_periods, period_start
from analysis.quotes import Quote, find_quotes
from analysis.regex_trie import trie_alternation
from analysis.speakers import Mention, SpeakerRegistry, load_speakers, np_pattern
from analysis.text import sentence_spans

#: Reporting verbs and phrases, longest first when matched.
CUES = (
    "was quoted as saying",
    "is quoted as saying",
    "went on to say",
    "goes on to say",
    "expressing his hope",
    "expressing her hope",
    "expressed his hope",
    "expressed her hope",
    "pointed out",
    "points out",
    "pointing out",
    "said",
    "says",
    "say",
    "added",
    "adds",
    "adding",
    "warned",
    "warns",
    "warning",
    "stressed",
    "stresses",
    "stressing",
    "noted",
    "notes",
    "noting",
    "pledged",
    "pledges",
    "told",
    "tells",
    "affirmed",
    "affirms",
    "explained",
    "explains",
    "reiterated",
    "reiterates",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "declared",
    "declares",
    "stated",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "concluded",
    "announced",
    "announces",
    "revealed",
    "reveals",
    "asserted",
    "remarked",
    "urged",
    "vowed",
    "vows",
    "promised",
    "assured",
    "underlined",
    "underscored",
    "observed",
    "commented",
    "replied",
    "responded",
    "wrote",
    "tweeted",
    "accused",
    "demanded",
    "acknowledged",
    "admitted",
    "denied",
    "confirmed",
    "recalled",
    "complained",
    "cautioned",
    "threatened",
    "predicted",
    "continued",
)
_CUE_ALT = "|".join(re.escape(c) for c in sorted(CUES, key=len, reverse=True))
_AUX = (
    r"(?:(?:also|even|then|further|again|later|previously|earlier|repeatedly|has|had|have|would|will|"
    r"[a-z]+ly|on|[A-Z][a-z]+day|\d{1,2}|January|February|March|April|May|June|July|August|September|"
    r"October|November|December),?\s+){0,6}"
)


#: Whether a sentence has a reporting verb (or "according to") at all: a cheap test before the speaker patterns.
_ANY_CUE_RE = re.compile(rf"\b{trie_alternation([*CUES, 'according to', 'According to'])}\b")
_PARTICIPLE_RE = re.compile(r"\b(adding|noting|stressing|saying|warning|insisting|arguing|explaining|stating)\b")
KINDS = ("direct", "partial", "reported")
#: The columns of the statements table and their dtypes.
STATEMENT_DTYPES: dict[str, str] = {
    **dict.fromkeys(("doc_id", "statement_id", "speaker", "quote", "kind", "cue", "location"), "string"),
    **dict.fromkeys(("sentence", "content"), "string"),
    "start": "int64",
    "end": "int64",
    "published": "datetime64[ns, UTC]",
    "outlet": "string",
    "original_source": "string",
    "statement_group": "string",
    "first_reported": "datetime64[ns, UTC]",
    "first_outlet": "string",
    "n_reports": "int64",
}
STATEMENT_COLUMNS = list(STATEMENT_DTYPES)
_GROUP_COLUMNS = ("statement_group", "first_reported", "first_outlet", "n_reports")
_MIN_QUOTE_LETTERS = 3


#: The fields of a found statement, in the order of the rows the extractor returns.
FOUND_FIELDS = ("speaker", "quote", "kind", "cue", "location", "sentence", "content", "start", "end")


@dataclass
class _Found:
    speaker: str
    quote: str
    kind: str
    cue: str
    location: str
    sentence: str
    content: str
    start: int
    end: int


class _Patterns:
    """The attribution patterns for one noun-phrase pattern (see :func:`analysis.speakers.np_pattern`)."""

    def __init__(self, np: str) -> None:
        self.after_re = re.compile(rf"^[\s,.;:—–-]*(?P<np>{np})\s+{_AUX}(?P<cue>{_CUE_ALT})\b")
        self.after_inverted_re = re.compile(rf"^[\s,.;:—–-]*(?P<cue>said|added|says|adds|warned|noted)\s+(?P<np>{np})")
        self.colon_re = re.compile(rf"(?P<np>{np})\s+{_AUX}(?P<cue>{_CUE_ALT})\s*(?:\w+\s+){{0,3}}?:\s*$")
        self.subject_re = re.compile(rf"(?P<np>{np})\s+{_AUX}(?P<cue>{_CUE_ALT})\b")
        self.according_re = re.compile(rf"\b(?P<cue>[Aa]ccording to)\s+(?P<np>{np})")
        self.trailing_re = re.compile(rf",\s*(?P<np>{np})\s+{_AUX}(?P<cue>{_CUE_ALT})\b[^,;:]{{0,60}}[.!?]?$")
        self.headline_lead_re = re.compile(rf"^(?P<np>{np})\s*:\s*(?P<rest>.+)$")
        self.headline_tail_re = re.compile(rf"^(?P<rest>.+?)\s*:\s*(?P<np>{np})\s*$")


@lru_cache(maxsize=256)
def _patterns(titles: tuple[str, ...]) -> _Patterns:
    return _Patterns(np_pattern(titles))


class _Extractor:
    def __init__(self, registry: SpeakerRegistry, outlets: set[str] = frozenset()) -> None:
        self.registry = registry
        self.outlets = {o.lower() for o in outlets}
        self.patterns = _patterns(registry.titles_in(""))

    # -- helpers -------------------------------------------------------------
    def _speaker(self, match: re.Match, offset: int, mentions: list[Mention]) -> str | None:
        who = self.registry.resolve(match.group("np"), offset + match.start("np"), mentions)
        if who and self.registry.get(who) is None and _is_outlet(who, self.outlets):
            return None  # "according to <an outlet>": a news outlet is a source, not a speaker
        return who

    @staticmethod
    def _outside(sentence: str, base: int, quotes: list[Quote]) -> str:
        """The sentence with quoted passages blanked out (same length, so offsets hold)."""
        chars = list(sentence)
        for q in quotes:
            for i in range(max(q.start, base), min(q.end, base + len(sentence))):
                chars[i - base] = " "
        return "".join(chars)

    # -- one quotation ---------------------------------------------------------
    def attribute(self, text: str, q: Quote, s_start: int, s_end: int, quotes: list[Quote], mentions: list[Mention]):
        sentence = text[s_start:s_end]
        masked = self._outside(sentence, s_start, quotes)
        after = masked[q.end - s_start :] if q.end <= s_end else ""
        for pattern in (self.patterns.after_re, self.patterns.after_inverted_re):
            m = pattern.match(after)
            if m:
                who = self._speaker(m, q.end, mentions)
                if who:
                    return who, m.group("cue")
        before = masked[: q.start - s_start]
        m = self.patterns.colon_re.search(before)
        if m:
            who = self._speaker(m, s_start, mentions)
            if who:
                return who, m.group("cue")
        for m in reversed(list(self.patterns.subject_re.finditer(before))):
            who = self._speaker(m, s_start, mentions)
            if who:
                nearer = _PARTICIPLE_RE.findall(before[m.end() :])
                return who, nearer[-1] if nearer else m.group("cue")
        m = self.patterns.according_re.search(masked)
        if m:
            who = self._speaker(m, s_start, mentions)
            if who:
                return who, "according to"
        for m in self.patterns.subject_re.finditer(after):
            who = self._speaker(m, q.end, mentions)
            if who:
                return who, m.group("cue")
        return None, None

    @staticmethod
    def kind_of(text: str, q: Quote, s_start: int, s_end: int) -> str:
        lead = text[s_start : q.start].strip()
        opens = lead == "" or lead.endswith(":")
        return "direct" if opens and len(q.text(text).split()) >= 2 else "partial"

    # -- one article -----------------------------------------------------------
    def article(self, text: str, location: str, spans: list | None = None) -> list[_Found]:
        # Patterns cut down to the titles this text can contain find exactly what the full ones find, faster.
        titles = self.registry.titles_in(text)
        self.patterns = _patterns(titles)
        quotes = [q for q in find_quotes(text, single=location == "title") if _wordy(q.text(text))]
        mentions = self.registry.mentions(text, [(q.start, q.end) for q in quotes], titles)
        if location == "title":
            found = self.headline(text, mentions)
            if found:
                return found
        found: list[_Found] = []
        previous: tuple[int, int, _Found] | None = None  # (sentence number, paragraph, statement)
        for n, (s_start, s_end, para) in enumerate(sentence_spans(text) if spans is None else spans):
            sentence = text[s_start:s_end]
            inside = [q for q in quotes if s_start <= q.start < s_end]
            if not inside:
                found.extend(self.reported(text, s_start, s_end, location, mentions))
            partial: _Found | None = None
            for q in inside:
                kind = self.kind_of(text, q, s_start, s_end)
                who, cue = self.attribute(text, q, s_start, s_end, quotes, mentions)
                if who is None and kind == "direct" and previous and _continues(previous, n, para, q):
                    who, cue = previous[2].speaker, "(continues)"
                if who is None:
                    continue
                if kind == "partial" and partial is not None and partial.speaker == who:
                    partial.quote = f"{partial.quote} … {q.text(text)}"  # fragments of one reported sentence
                    partial.end = _trimmed(text, q.inner_start, q.inner_end)[1]
                    continue
                start, end = _trimmed(text, q.inner_start, q.inner_end)
                content = text[start:end] if kind == "direct" else _clause_after_cue(sentence, cue)
                f = _Found(who, text[start:end], kind, cue, location, sentence, content, start, end)
                found.append(f)
                partial = f if kind == "partial" else None
            if found and s_start <= found[-1].start < s_end:
                previous = (n, para, found[-1])
        return found

    def reported(self, text: str, s_start: int, s_end: int, location: str, mentions: list[Mention]):
        sentence = text[s_start:s_end]
        if not _ANY_CUE_RE.search(sentence):
            return []  # no reporting verb: skip the costly speaker patterns
        for pattern, needs_that in ((self.patterns.according_re, False), (self.patterns.subject_re, True)):
            for m in pattern.finditer(sentence):
                tail = sentence[m.end() :]
                if needs_that:
                    clause = re.match(r"^\s*(?:[\w,]+\s+){0,4}?that\s+(?P<c>.+)$", tail) or re.match(
                        r"^\s*:\s*(?P<c>.+)$", tail
                    )
                else:
                    clause = re.match(r"^\s*,\s*(?P<c>.+)$", tail)
                if not clause:
                    continue
                who = self._speaker(m, s_start, mentions)
                if who:
                    cue = "according to" if pattern is self.patterns.according_re else m.group("cue")
                    words = clause.group("c").strip().rstrip(".")
                    start = s_start + m.end() + clause.start("c")
                    return [_Found(who, words, "reported", cue, location, sentence, words, start, start + len(words))]
        m = self.patterns.trailing_re.search(sentence)
        if m:
            who = self._speaker(m, s_start, mentions)
            if who:
                words = sentence[: m.start()].strip()
                return [
                    _Found(
                        who, words, "reported", m.group("cue"), location, sentence, words, s_start, s_start + len(words)
                    )
                ]
        return []

    def headline_statements(self, title: object) -> list[_Found]:
        """The statements of a headline (none for a missing or blank one)."""
        return self.article(title, "title") if isinstance(title, str) and title.strip() else []

    def headline(self, title: str, mentions: list[Mention]) -> list[_Found]:
        for pattern in (self.patterns.headline_lead_re, self.patterns.headline_tail_re):
            m = pattern.match(title)
            if m:
                who = self._speaker(m, 0, mentions)
                if who and len(m.group("np").split()) <= 5:
                    rest = m.group("rest").strip()
                    start = m.start("rest")
                    return [_Found(who, rest, "reported", ":", "title", title, rest, start, start + len(rest))]
        return []


def _continues(previous: tuple[int, int, _Found], n: int, para: int, q: Quote) -> bool:
    """Whether an unattributed quotation carries on the previous statement's words.

    It does when it follows a direct quotation in the very next sentence, or when
    its opening mark was lost (scraping) in the paragraph of the last statement.
    """
    last_n, last_para, statement = previous
    return (statement.kind == "direct" and last_n >= n - 1) or (not q.balanced and last_para == para)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding white space and trailing commas."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _is_outlet(name: str, outlets: set[str]) -> bool:
    low = name.lower()
    return any(o == low or o.startswith(low + " ") for o in outlets)


def _wordy(quote: str) -> bool:
    return any(len(w) >= _MIN_QUOTE_LETTERS and w.isalpha() for w in re.findall(r"[^\W\d_]+", quote))


def _clause_after_cue(sentence: str, cue: str) -> str:
    at = sentence.find(cue) if cue and cue != "(continues)" else -1
    clause = sentence[at + len(cue) :] if at >= 0 else sentence
    clause = re.sub(r"^\s*(?:[\w,]+\s+){0,4}?that\s+", "", clause) if " that " in clause[:60] else clause
    return clause.strip(" ,.:")


def extract_statements(
    articles: pd.DataFrame,
    speakers: SpeakerRegistry | str | None = None,
    *,
    include_titles: bool = True,
    group_threshold: float = 0.5,
    workers: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find the statements of named speakers in every article.

    Parameters
    ----------
    articles : pandas.DataFrame
        As returned by :func:`analysis.load_articles` (``text``, ``title``,
        ``published``, ``outlet``, ``original_source``; index ``doc_id``).
    speakers : SpeakerRegistry, path or None
        The speakers registry; default ``data/speakers.toml``.
    include_titles : bool
        Also read headlines (statements there get ``location="title"``).
    group_threshold : float
        Similarity (share of the shorter statement's word trigrams found in the
        other) above which two statements of one speaker are echoes.
    workers : int, optional
        Processes (default: one per core for large corpora).
    progress : bool, optional
        Progress bar (default: long runs outside CI only).

    Returns
    -------
    pandas.DataFrame
        One row per statement, in article and text order: ``doc_id``,
        ``statement_id`` (``<doc_id>:<n>``), ``speaker``, ``quote`` (the words
        attributed; fragments of one sentence joined by " … "), ``kind``
        (``direct``, ``partial``, ``reported``), ``cue``,
        ``location`` (``body`` or ``title``), ``sentence``, ``content`` (the
        reported clause, used to group echoes), ``start``/``end`` (offsets of
        ``quote`` in the article's ``text``, or in its ``title`` for headline
        statements), the article's ``published``, ``outlet``,
        ``original_source``, and the echo group: ``statement_group`` (the
        ``statement_id`` first reported), ``first_reported``, ``first_outlet``,
        ``n_reports``.

    """
    registry = speakers if isinstance(speakers, SpeakerRegistry) else load_speakers(speakers)
    outlets = corpus_outlets(articles)
    items = list(
        zip(articles["title"] if "title" in articles else [None] * len(articles), articles["text"], strict=True)
    )
    found = map_chunks(
        statements_of_texts,
        items,
        registry,
        outlets,
        include_titles,
        workers=workers,
        progress=progress,
        desc="statements",
    )
    return assemble_statements(articles, found_frame(list(articles.index), found), registry, group_threshold)


def corpus_outlets(articles: pd.DataFrame) -> frozenset[str]:
    """Names of the outlets in a corpus: "according to" one of them is a source, not a speaker."""
    return frozenset(str(v) for col in ("outlet", "original_source") if col in articles for v in articles[col].dropna())


def statements_of_texts(
    items: list[tuple[str | None, str]], registry: SpeakerRegistry, outlets: frozenset[str], include_titles: bool
) -> list[list[tuple]]:
    """The statements found in each ``(title, text)`` pair (one list per article).

    Each statement is a tuple of :data:`FOUND_FIELDS` followed by its echo key
    (:func:`statement_grams`). An item may carry a third element, the text's
    sentence spans (as from :func:`analysis.text.sentence_spans`), so that
    sentences are not split twice.
    """
    extractor = _Extractor(registry, outlets)
    out = []
    for title, text, *spans in items:
        found = extractor.headline_statements(title) if include_titles else []
        if isinstance(text, str):
            found.extend(extractor.article(text, "body", spans[0] if spans else None))
        out.append([found_row(f) for f in found])
    return out


def found_row(found: _Found) -> tuple:
    """A found statement as a tuple of :data:`FOUND_FIELDS` and its echo key."""
    return (*(getattr(found, name) for name in FOUND_FIELDS), statement_grams(found.content, found.quote))


def found_frame(doc_ids: list, found: list[list[tuple]]) -> pd.DataFrame:
    """One row per found statement (``doc_id``, :data:`FOUND_FIELDS`, ``grams``), in document order."""
    rows = [(d, *row) for d, doc in zip(doc_ids, found, strict=True) for row in doc]
    frame = pd.DataFrame(rows, columns=["doc_id", *FOUND_FIELDS, "grams"])
    frame["grams"] = pd.arrays.ArrowExtensionArray(pa.array(frame["grams"].tolist(), pa.large_binary()))
    return frame


def assemble_statements(
    articles: pd.DataFrame, found: pd.DataFrame, registry: SpeakerRegistry, group_threshold: float = 0.5
) -> pd.DataFrame:
    """The statements table from found statements: ids, article metadata, names joined, echo groups.

    ``found`` has ``doc_id``, :data:`FOUND_FIELDS` and ``grams`` (as from
    :func:`found_frame`), in article and text order.
    """
    current = found["doc_id"].isin(articles.index)
    frame = (found if current.all() else found[current]).reset_index(drop=True)
    doc_ids = frame["doc_id"].astype(str)
    frame["statement_id"] = doc_ids + ":" + frame.groupby("doc_id", sort=False).cumcount().astype(str)
    meta = articles.reindex(columns=["published", "outlet", "original_source"])
    rows = meta.index.get_indexer(frame["doc_id"])  # every doc_id is an article's (filtered above)
    for column in meta.columns:
        frame[column] = meta[column].array.take(rows)  # stays in Arrow / numpy: no Python object per statement
    names = frame["speaker"].astype(str)
    unknown = names.isin([n for n in names.unique() if registry.get(n) is None]).to_numpy()
    if unknown.any():  # only names the registry does not know can change
        names = names.copy()
        names[unknown] = _joined_surnames(doc_ids[unknown].tolist(), names[unknown].tolist(), registry)
    frame["speaker"] = names
    grams = frame.pop("grams").reset_index(drop=True)
    frame = frame[[c for c in STATEMENT_COLUMNS if c not in _GROUP_COLUMNS]]
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    frame = frame.astype({c: t for c, t in STATEMENT_DTYPES.items() if c in frame.columns and c != "published"})
    return add_statement_groups(frame, group_threshold, grams=grams)


def _joined_surnames(doc_ids: list[str], speakers: list[str], registry: SpeakerRegistry) -> list[str]:
    """Give a speaker named by surname alone ("Keller") the full name used for them ("Anna Keller").

    The registry already does this for the people it knows; for others, a
    surname takes the full name from the same article, or else the one full name
    with that surname in the corpus. An ambiguous surname is left as written.
    """
    unknown = {name for name in set(speakers) if registry.get(name) is None}
    full = {name for name in unknown if " " in name}
    corpus_wide: dict[str, set[str]] = {}
    for name in full:
        corpus_wide.setdefault(name.split()[-1], set()).add(name)
    in_article: dict[tuple[str, str], set[str]] = {}
    for doc_id, name in zip(doc_ids, speakers, strict=True):
        if name in full:
            in_article.setdefault((doc_id, name.split()[-1]), set()).add(name)
    out = []
    for doc_id, name in zip(doc_ids, speakers, strict=True):
        if name in unknown and " " not in name:
            candidates = in_article.get((doc_id, name)) or corpus_wide.get(name, set())
            if len(candidates) == 1:
                name = next(iter(candidates))
        out.append(name)
    return out


def statement_grams(content: str | None, quote: str | None) -> bytes:
    """A statement's echo key: the sorted 64-bit hashes of its word trigrams, packed as bytes.

    Trigrams of the reported content, or of the quote when the content has no
    words; a text of one or two words is one "trigram". A trigram's hash is a
    polynomial of its words' stable hashes (:func:`analysis.duplicates.word_hash`),
    so hashes are the same across processes and runs.
    """
    ids = text_word_hashes(content or "") or text_word_hashes(quote or "")
    hashes = sorted(trigram_hash_set(ids)) if len(ids) >= 3 else [window_hash(ids)] if ids else []
    return array("q", hashes).tobytes()  # the bytes of a native int64 array, as numpy writes them


def _packed_grams(grams: Sequence[bytes] | pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """All statements' trigram hashes in one array, and where each statement's start (``n + 1`` offsets).

    ``grams`` is a list of :func:`statement_grams` values or a column of them;
    an Arrow-backed column is read from its buffers, without a Python object per statement.
    """
    if isinstance(grams, pd.Series) and isinstance(grams.dtype, pd.ArrowDtype):
        packed = grams.array._pa_array.combine_chunks().cast(pa.large_binary())
        if packed.null_count == 0:
            first = packed.offset
            offsets = np.frombuffer(packed.buffers()[1], dtype=np.int64)[first : first + len(packed) + 1]
            data = np.frombuffer(packed.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
            return data.view(np.int64), (offsets - offsets[0]) // 8
    grams = [g if isinstance(g, bytes) else b"" for g in grams]
    lengths = np.fromiter((len(g) // 8 for g in grams), dtype=np.int64, count=len(grams))
    return np.frombuffer(b"".join(grams), dtype=np.int64), np.r_[0, np.cumsum(lengths)]


def _echo_edges(
    speakers: np.ndarray, flat: np.ndarray, offsets: np.ndarray, threshold: float, max_posting: int
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``j < i``, of statements by one speaker that are echoes of each other.

    ``flat`` and ``offsets`` are from :func:`_packed_grams`. Two statements are
    echoes when the distinct trigrams they share are at least ``threshold`` of
    the shorter one's. Trigrams that more than ``max_posting`` statements of a
    speaker share (set phrases) are ignored. One speaker at a time, and only
    the echoes are kept: the pairs that share a set phrase or two, far more
    numerous, never accumulate over the corpus.
    """
    n = len(offsets) - 1
    lengths = np.diff(offsets)
    order = np.argsort(speakers, kind="stable")
    bounds = np.flatnonzero(np.r_[True, speakers[order][1:] != speakers[order][:-1], True])
    later_parts, earlier_parts = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for first, last in pairwise(bounds):
        members = order[first:last]  # ascending statement numbers
        if len(members) < 2:
            continue
        owner = np.repeat(members, lengths[members])
        within = np.arange(len(owner)) - np.repeat(np.cumsum(lengths[members]) - lengths[members], lengths[members])
        gram = flat[offsets[owner] + within]
        by_gram = np.lexsort((owner, gram))
        gram, owner = gram[by_gram], owner[by_gram]
        starts = np.flatnonzero(np.r_[True, gram[1:] != gram[:-1]])
        sizes = np.diff(np.r_[starts, len(gram)])
        pairs = []
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= max_posting)]):
            run_starts = starts[sizes == size]
            a, b = np.triu_indices(size, k=1)  # positions within a run: a < b, so owner[a] < owner[b]
            later = owner[(run_starts[:, None] + b[None, :]).ravel()]
            earlier = owner[(run_starts[:, None] + a[None, :]).ravel()]
            pairs.append(later * n + earlier)
        if not pairs:
            continue
        keys, shared = np.unique(np.concatenate(pairs), return_counts=True)
        del pairs
        later, earlier = keys // n, keys % n
        echo = shared >= threshold * np.minimum(lengths[later], lengths[earlier])
        later_parts.append(later[echo])
        earlier_parts.append(earlier[echo])
    return np.concatenate(later_parts), np.concatenate(earlier_parts)


def add_statement_groups(
    statements: pd.DataFrame,
    threshold: float = 0.5,
    max_posting: int = 2000,
    grams: Sequence[bytes] | pd.Series | None = None,
) -> pd.DataFrame:
    """Group echoes: the same statement by one speaker reported several times or by several outlets.

    Two statements are echoes when at least ``threshold`` of the shorter one's
    word trigrams occur in the other; echoes of echoes join one group. Each group
    is named after its first-reported statement (earliest ``published``, then
    ``statement_id``). ``grams`` (each statement's :func:`statement_grams`, in
    row order) saves hashing the texts again.
    """
    frame = statements.copy()
    if frame.empty:
        for column in _GROUP_COLUMNS:
            frame[column] = pd.Series(dtype=STATEMENT_DTYPES[column])
        return frame[STATEMENT_COLUMNS]
    if grams is None:
        grams = [
            statement_grams(c, q) for c, q in zip(frame["content"].fillna(""), frame["quote"].fillna(""), strict=True)
        ]
    n = len(frame)
    speakers = pd.factorize(frame["speaker"].astype(str))[0].astype(np.int64)
    flat, offsets = _packed_grams(grams)
    later, earlier = _echo_edges(speakers, flat, offsets, threshold, max_posting)
    graph = coo_matrix((np.ones(len(later), dtype=np.int8), (later, earlier)), shape=(n, n))
    frame["_root"] = connected_components(graph, directed=False)[1]
    order = frame[["published", "statement_id", "_root"]].assign(_row=np.arange(n))
    order = order.sort_values(["published", "statement_id"], na_position="last", kind="stable")
    first = order.groupby("_root").head(1)
    first_row = np.zeros(int(frame["_root"].max()) + 1, dtype=np.int64)
    first_row[first["_root"].to_numpy()] = first["_row"].to_numpy()
    first_of_mine = first_row[frame["_root"].to_numpy()]  # each statement's group's first report, by row
    frame["statement_group"] = frame["statement_id"].array.take(first_of_mine).astype("string")
    frame["first_reported"] = frame["published"].array.take(first_of_mine)
    frame["first_outlet"] = frame["outlet"].array.take(first_of_mine).astype("string")
    frame["n_reports"] = frame.groupby("_root")["statement_id"].transform("size").astype("int64")
    return frame.drop(columns="_root")[STATEMENT_COLUMNS].reset_index(drop=True)


def statement_frequency(
    statements: pd.DataFrame,
    freq: str = "W",
    by: tuple[str, ...] | list[str] = ("speaker",),
    distinct: bool = False,
    locations: tuple[str, ...] = ("body",),
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> pd.DataFrame:
    """Statements per period, in long form, with empty periods as zeros.

    Parameters
    ----------
    statements : pandas.DataFrame
        As returned by :func:`extract_statements`.
    freq : str
        Period alias (``"D"``, ``"W"``, ``"M"``).
    by : sequence of str
        Columns to break the counts down by (``speaker``, ``outlet``, ``kind``…).
    distinct : bool
        Count distinct statements (echo groups, each in the period it was first
        reported) instead of reports.
    locations : tuple of str
        Which statements count: ``("body",)`` leaves out headlines, which
        restate the body; add ``"title"`` to count them.
    span : (start, end), optional
        Time range to cover (default: the statements' own range); pass the
        corpus range so that frequencies line up with coverage volume.

    Returns
    -------
    pandas.DataFrame
        ``period``, the ``by`` columns, ``n_statements`` and ``n_articles``
        (articles with at least one such statement).

    """
    by = list(by)
    data = statements[statements["location"].isin(locations) & statements["published"].notna()].copy()
    if distinct:
        data = data.sort_values(["published", "statement_id"]).drop_duplicates("statement_group")
        data["published"] = data["first_reported"]
    data["period"] = period_start(data["published"], freq)
    counts = (
        data.groupby([*by, "period"], observed=True)
        .agg(n_statements=("statement_id", "size"), n_articles=("doc_id", "nunique"))
        .reset_index()
        .astype({"n_statements": "int64", "n_articles": "int64"})
    )
    if span is not None:
        span = (period_start(pd.Series([span[0]]), freq).iloc[0], period_start(pd.Series([span[1]]), freq).iloc[0])
    out = complete_periods(counts, by, freq, span=span)
    return out[["period", *by, "n_statements", "n_articles"]]


def coverage_volume(
    articles: pd.DataFrame, freq: str = "W", by: tuple[str, ...] | list[str] = ("outlet",)
) -> pd.DataFrame:
    """Articles per period (and per ``by`` group), with each group's share of the period's coverage.

    Returns
    -------
    pandas.DataFrame
        ``period``, the ``by`` columns, ``n_articles``, ``n_total`` (all
        articles in the period) and ``share`` (``n_articles / n_total``, NA when
        the period has no articles).

    """
    by = list(by)
    data = articles[articles["published"].notna()].reset_index()
    data["period"] = period_start(data["published"], freq)
    for column in by:
        data[column] = data[column].fillna("(unknown)")
    counts = data.groupby([*by, "period"]).size().rename("n_articles").reset_index()
    out = complete_periods(counts, by, freq)
    totals = out.groupby("period")["n_articles"].transform("sum")
    out["n_total"] = totals.astype("int64")
    out["share"] = (out["n_articles"] / totals.where(totals > 0)).astype("Float64")
    return out[["period", *by, "n_articles", "n_total", "share"]]
