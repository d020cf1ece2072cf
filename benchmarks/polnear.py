"""Statement extraction scored against PolNeAR, 840 US political news articles with every attribution annotated.

Usage: ``python benchmarks/polnear.py [--data ../shared/statements/polnear-train] [--limit N] [--show K]``

PolNeAR (Newell, Margolin & Ruths, LREC 2018) marks every attribution's source,
cue and content. The data stay in ``../shared``; nothing of them is copied into
the project. Each article's first line is its headline (read as ``title``), the
rest its body (read as ``text``, unchanged, so offsets line up).

The rules of the measure:

- **Speech attributions** are the gold attributions whose cue holds a speech
  verb or phrase (:data:`SPEECH_CUES`: said, told, according to, added, wrote,
  asked, argued, warned, a colon…). Beliefs, intentions, reports of media and
  documents ("shows", "found", "reported", "called", "hopes") are left out.
- A gold attribution is **found** when an extracted statement's span (its quote
  or reported clause) overlaps the gold content by at least half of the shorter
  of the two (and by ten characters at least). A partial statement ("X said he
  was 'outraged' to hear it") also matches by its ``content``, the reported
  clause that holds the quoted words, as PolNeAR's content is that clause; the
  recall by the quoted words' span alone is printed beside it.
- **Recall**: found speech attributions / all speech attributions.
- **Precision**: extracted statements that overlap the content of any gold
  attribution (speech or not) / all extracted statements.
- **Speaker right** (named sources): of the found speech attributions whose gold
  source is a named person (the phrase's head, before any common noun, holds a
  capitalised word that is not a pronoun, determiner, number, title, place,
  acronym, or word of an organisation's or medium's name: "Sen. Ted Cruz (R-Tex.),
  a candidate", not "a lawsuit filed by Yulia Tymoshenko"), those whose
  extracted speaker shares such a name word with the gold source.
- **Speaker right, strict** (issue 29's rule): of the found speech attributions
  whose gold source is not a bare pronoun ("he", "they", a relative "who"), named or described
  ("a bartender", "some state lobbyists", "West Virginia officials" count too),
  those whose extracted speaker carries the source's key word: its last
  capitalised word before its first comma or parenthesis ("Sen. Ted Cruz
  (R-Tex.)" → Cruz, "West Virginia officials" → Virginia), or its head noun when
  it has none ("a bartender" → bartender, "officials familiar with the plan" →
  officials, not plan: the last word before a post-modifier; a plural matches its
  singular). An interview's "Q" is right as the speaker "questioner", as under
  the named rule.
- **Speaker right, strict with names in apposition**: the same, but a source
  that names its person in apposition after a description ("his campaign
  manager, Jeff Weaver,") also accepts that name's last word (Weaver), as the
  literal rule keys it on "manager"; "Laura Brown of Save the Children" accepts
  Brown as well as Children.

Prints the figures with their counts, and by cue and pattern.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402
from analysis.statements import names  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "statements" / "polnear-train"
#: Words of a cue that make it speech (any form of these verbs, or "according to", or a colon).
SPEECH_CUES = frozenset(
    """say said says saying tell told tells telling add added adds adding write wrote writes writing written
    ask asked asks asking note noted notes noting announce announced announces announcing tweet tweeted tweets
    tweeting argue argued argues arguing explain explained explains explaining declare declared declares state
    stated states stating acknowledge acknowledged acknowledges insist insisted insists insisting warn warned warns
    warning reply replied replies respond responded responds claim claimed claims claiming recall recalled recalls
    urge urged urges conclude concluded predict predicted promise promised pledge pledged vow vowed reveal revealed
    stress stressed stresses emphasize emphasized emphasise emphasised assert asserted contend contended remark
    remarked comment commented testify testified admit admitted admits deny denied denies confirm confirmed
    complain complained boast boasted joke joked quip quipped continue continued continues quoted repeated
    reiterated answered shouted yelled told: said: added: wrote: says: according""".split()
)
_WORD_RE = re.compile(r"[A-Za-z’']+|:")
_NON_NAME_WORDS = (
    names.TITLE_WORDS | names.ORG_WORDS | names.MEDIA_WORDS | names.LEADING_WORDS | names.INSTITUTIONS
) - {"May"}
#: Lower-case words that may stand in a named source's head ("state attorney Dave Aronberg").
_HEAD_WORDS = frozenset(
    """professor director chairman chairwoman chief spokesman spokeswoman adviser aide senator president leader state
    campaign manager host reporter moderator candidate executive secretary minister attorney of de van von and
    delegate former governor mayor""".split()
)
_NOT_NAMES = frozenset(
    """the a an he she they it we i you his her their our its this that these those some many one two three
    both all most several other others another each every no none mr mrs ms dr sen rep gov president
    republican republicans democrat democrats democratic percent half third quarter four five six seven eight nine
    ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand""".split()
)


@dataclass
class Gold:
    """One gold attribution: content spans, source text and cue text."""

    content: list[tuple[int, int]]
    source: str
    cue: str

    @property
    def speech(self) -> bool:
        words = [w.lower() for w in _WORD_RE.findall(self.cue)]
        return any(w in SPEECH_CUES for w in words) or self.cue.strip() == ":"

    @property
    def named(self) -> bool:
        """Whether the source is a named person: a name in the phrase's head, before any common noun.

        "Sen. Ted Cruz (R-Tex.), a candidate" and "Ohio State University professor Paul Beck" are;
        "a lawsuit filed by Yulia Tymoshenko" and "his wife, Huma Abedin" are not.
        """
        head = []
        for word in _WORD_RE.findall(self.source):
            if word[:1].isupper() or word.lower() in _HEAD_WORDS:
                head.append(word)
            elif head or word.lower() not in ("the", "a", "an"):
                break
        return bool(_name_words(" ".join(head)))


_ID_RE = re.compile(r"^([TEARN#]\d+)\t")


def read_annotations(path: Path, text: str) -> list[Gold]:
    """The attributions of one brat file (source, cue and content of each ``E`` line)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ID_RE.match(line)
        if not m:
            continue  # the rest of a span's text that ran over a line break
        if line.startswith("T"):
            tid, rest = line.split("\t")[:2]
            offsets = rest.split(" ", 1)[1]
            spans[tid] = [tuple(map(int, part.split())) for part in offsets.split(";")]
        elif line.startswith("E"):
            events.append(dict(p.split(":") for p in line.split("\t")[1].split()))
    out = []
    for event in events:
        if "Content" not in event:
            continue
        source = " ".join(text[a:b] for a, b in spans.get(event.get("Source", ""), []))
        cue = " ".join(text[a:b] for a, b in spans.get(event.get("Cue", ""), []))
        out.append(Gold(spans[event["Content"]], source, cue))
    return out


def load(data: Path, limit: int | None = None) -> tuple[pd.DataFrame, dict[str, list[Gold]], dict[str, int]]:
    """The articles (title = first line, text = the rest, unchanged), their gold attributions, and body offsets."""
    files: dict[str, Path] = {}
    for ann in sorted((data / "attributions").glob("*.ann")):
        files.setdefault(ann.stem.rsplit("_", 1)[0], ann)  # one annotator per article
    rows, gold, offsets = [], {}, {}
    meta = pd.read_csv(data / "metadata.tsv", sep="\t", dtype=str).set_index("filename")
    for name in sorted(files)[:limit]:
        text = (data / "text" / f"{name}.txt").read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        offsets[name] = len(title) + 1
        gold[name] = read_annotations(files[name], text)
        published = pd.Timestamp(meta.loc[name, "publication_date"], tz="UTC") if name in meta.index else pd.NaT
        outlet = meta.loc[name, "publisher"] if name in meta.index else None
        rows.append({"doc_id": name, "title": title, "text": body, "published": published, "outlet": outlet})
    articles = pd.DataFrame(rows).set_index("doc_id")
    articles["original_source"] = pd.NA
    return articles, gold, offsets


def _overlap(a: list[tuple[int, int]], b: tuple[int, int]) -> int:
    return sum(max(0, min(e, b[1]) - max(s, b[0])) for s, e in a)


def _matches(gold: Gold, span: tuple[int, int]) -> bool:
    length = sum(e - s for s, e in gold.content)
    shared = _overlap(gold.content, span)
    return shared >= 10 and shared >= 0.5 * min(length, span[1] - span[0])


def _name_words(text: str) -> set[str]:
    """The words of a source that can be part of a person's name.

    Capitalised words other than pronouns, determiners, numbers, titles, places
    and the words of organisations and media (the project's word lists, which
    hold only such vocabulary), and not acronyms.
    """
    for place in sorted((p for p in names.places() if " " in p), key=len, reverse=True):
        text = text.replace(place, " ")  # "South Carolina" names no one
    words = set()
    for w in _WORD_RE.findall(re.sub(r"\b\w+-in-\w+\b", " ", text)):
        bare = w.strip("’'").removesuffix("’s").removesuffix("'s")
        if not bare[:1].isupper() or (len(bare) > 1 and bare.isupper()) or bare.lower() in _NOT_NAMES:
            continue
        if bare in _NON_NAME_WORDS or bare in names.places() or bare.rstrip(".") in names.NAME_ABBREVIATIONS:
            continue
        words.add(bare.lower())
    return words


#: Bare pronouns, the relative "who" and "which" among them ("said Ted Cruz, who said …": its person is named
#: elsewhere), which the strict rule leaves out.
_PRONOUNS = frozenset("he she they it we i you him her them us me who whom which".split())


def strict_key(source: str) -> str | None:
    """The word an extracted speaker must carry under the strict rule (lower case), or ``None`` for a bare pronoun."""
    head = re.split(r"[,(]", source, maxsplit=1)[0]
    words = [w.strip("’'").removesuffix("’s").removesuffix("'s") for w in _WORD_RE.findall(head) if w != ":"]
    words = [w for w in words if w]
    if not words or all(w.lower() in _PRONOUNS for w in words):
        return None
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in _NOT_NAMES and w.lower() not in _PRONOUNS]
    return (capitals[-1] if capitals else _head_noun(words)).lower()


#: Words that start what follows a noun phrase's head: "officials familiar with the plan", "a source close to him",
#: "people who attended", "three in 10".
_POST_MODIFIERS = frozenset(
    """of for with in at from on to by about close familiar who whom that which whose involved briefed
    knowledgeable speaking near inside within under over""".split()
)


def _head_noun(words: list[str]) -> str:
    """The head noun of a phrase without capitals: its last word before any post-modifier."""
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _POST_MODIFIERS:
            return words[i - 1]
    return words[-1]


def apposed_key(source: str) -> str | None:
    """The last word of the person's name a source gives in apposition or before "of" (lower case).

    "his adviser, Jeff Weaver," → weaver; "Laura Brown of Save the Children" → brown; "Another pollster,
    David Woodard of Clemson University," → woodard.

    Issue 29's strict rule keys "his campaign manager, Jeff Weaver," on "manager"
    and "the director of the FBI, James B. Comey," on "investigation"; a speaker
    named Jeff Weaver or James B Comey is the person the source names, so the
    second strict figure accepts this word as well.
    """
    of = re.match(r"\s*((?:[A-Z][\w.'’\-]*\s+){1,4})(?:of|from|at)\s+(?:the\s+)?[A-Z]", source)
    if of:  # "James Pethokoukis of the American Enterprise Institute": the person, not the institute
        return of.group(1).split()[-1].lower()
    parts = re.split(r",", source)
    if len(parts) < 2:
        return None
    apposed = re.split(r"\s+(?:of|from|at)\s+(?=(?:the\s+)?[A-Z])", parts[1], maxsplit=1)[0]  # "X of Clemson"
    words = [w for w in _WORD_RE.findall(apposed) if w != ":"]
    if not words or not all(w[:1].isupper() or w.rstrip(".").isupper() for w in words) or len(words) > 5:
        return None
    if any(w.lower() in _NOT_NAMES or w in _NON_NAME_WORDS for w in words[-1:]):
        return None
    return words[-1].lower()


def _carries(speaker: str, key: str) -> bool:
    """Whether a speaker's words hold the key word (a plural and its singular match)."""
    words = {w.lower().strip("’'").removesuffix("’s").removesuffix("'s") for w in _WORD_RE.findall(speaker)}
    stems = {w.removesuffix("s") for w in words}
    return key in words or key.removesuffix("s") in stems


def _content_span(row, text: str) -> tuple[int, int] | None:
    """Where a partial statement's content (the reported clause holding its quoted words) stands in ``text``."""
    content = row.content if isinstance(row.content, str) else ""
    if row.kind != "partial" or not content:
        return None
    at = text.find(content, max(0, row.start - len(content)), row.end + len(content))
    return None if at < 0 else (at, at + len(content))


def score(
    statements: pd.DataFrame,
    gold: dict[str, list[Gold]],
    offsets: dict[str, int],
    articles: pd.DataFrame | None = None,
) -> dict:
    """Recall, precision and speaker-right with their counts (see the module docstring).

    With ``articles`` (as :func:`load` gives them), a partial statement also matches by its content.
    """
    spans: dict[str, list[tuple[list[tuple[int, int]], str, str]]] = defaultdict(list)
    for row in statements.itertuples():
        base = offsets[row.doc_id] if row.location == "body" else 0
        own = [(row.start + base, row.end + base)]
        if articles is not None:
            text = articles.at[row.doc_id, "text" if row.location == "body" else "title"]
            content = _content_span(row, text if isinstance(text, str) else "")
            own += [] if content is None else [(content[0] + base, content[1] + base)]
        spans[row.doc_id].append((own, str(row.speaker), str(row.cue)))
    found = speech = named = right = found_quoted = 0
    correct = strict = strict_right = strict_apposed_right = 0
    by_cue: Counter = Counter()
    missed_by_cue: Counter = Counter()
    wrong: list = []
    for doc_id, attributions in gold.items():
        extracted = spans.get(doc_id, [])
        correct += sum(any(_matches(g, span) for g in attributions for span in own) for own, _, _ in extracted)
        for g in attributions:
            if not g.speech:
                continue
            speech += 1
            cue = g.cue.lower().strip()
            hits = [(own, who) for own, who, _ in extracted if any(_matches(g, span) for span in own)]
            if not hits:
                missed_by_cue[cue] += 1
                continue
            found += 1
            found_quoted += any(_matches(g, own[0]) for own, _ in hits)
            by_cue[cue] += 1
            key = strict_key(g.source)
            question = g.source.strip().lower().rstrip(".:") in {"q", "question"}  # an interview's questioner
            if key is not None:
                strict += 1
                strict_right += any(_carries(who, key) or (question and who == "questioner") for _, who in hits)
                apposed = apposed_key(g.source)
                strict_apposed_right += any(
                    _carries(who, key)
                    or (apposed is not None and _carries(who, apposed))
                    or (question and who == "questioner")
                    for _, who in hits
                )
            if g.named:
                named += 1
                gold_names = _name_words(g.source)
                if any(_name_words(who) & gold_names or (question and who == "questioner") for _, who in hits):
                    right += 1
                else:
                    wrong.append((doc_id, g.source, [who for _, who in hits]))
    n = sum(len(v) for v in spans.values())
    return {
        "recall": found / speech if speech else float("nan"),
        "recall_quoted": found_quoted / speech if speech else float("nan"),
        "found_quoted": found_quoted,
        "precision": correct / n if n else float("nan"),
        "speaker_right": right / named if named else float("nan"),
        "speaker_right_strict": strict_right / strict if strict else float("nan"),
        "strict_right": strict_right,
        "speaker_right_apposed": strict_apposed_right / strict if strict else float("nan"),
        "strict_apposed_right": strict_apposed_right,
        "strict": strict,
        "found": found,
        "speech": speech,
        "correct": correct,
        "extracted": n,
        "right": right,
        "named": named,
        "missed_by_cue": missed_by_cue,
        "wrong": wrong,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="print K misses by cue and K wrong speakers")
    args = parser.parse_args()
    if not (args.data / "attributions").is_dir():
        sys.exit(f"{args.data}: no PolNeAR data here (expected attributions/ and text/); pass --data")
    articles, gold, offsets = load(args.data, args.limit)
    start = time.perf_counter()
    statements = analysis.extract_statements(articles, workers=1, progress=False)
    seconds = time.perf_counter() - start
    result = score(statements, gold, offsets, articles)
    print(
        f"PolNeAR: {len(articles)} articles, {result['speech']} speech attributions (of {sum(map(len, gold.values()))})"
    )
    print(f"extraction: {len(statements)} statements in {seconds:.1f} s")
    print(f"recall of speech attributions: {result['recall']:.3f} ({result['found']}/{result['speech']})")
    print(
        f"  of which found by the quoted words' span alone (a partial statement not by its clause): "
        f"{result['recall_quoted']:.3f} ({result['found_quoted']}/{result['speech']})"
    )
    print(f"precision: {result['precision']:.3f} ({result['correct']}/{result['extracted']})")
    print(f"named speaker right: {result['speaker_right']:.3f} ({result['right']}/{result['named']})")
    print(
        f"speaker right, strict (named or described sources, key word carried): "
        f"{result['speaker_right_strict']:.3f} ({result['strict_right']}/{result['strict']})"
    )
    print(
        f"speaker right, strict with the person's name in apposition or before 'of' accepted: "
        f"{result['speaker_right_apposed']:.3f} ({result['strict_apposed_right']}/{result['strict']})"
    )
    if args.show:
        print("most missed cues:", result["missed_by_cue"].most_common(args.show))
        for doc_id, source, who in result["wrong"][: args.show]:
            print(f"  wrong speaker in {doc_id}: gold {source!r}, extracted {who}")


if __name__ == "__main__":
    main()
