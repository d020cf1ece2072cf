"""Stable word hashes, the shingles and echo keys made from them."""

import numpy as np
import pytest
from corpus_generator import generate_articles
from near_copies import templated_texts

from analysis._engine import hashing
from analysis._engine.hashing import hash64
from analysis.io import duplicates
from analysis.statements.echoes import _packed_grams, statement_grams, statements_grams


def test_word_hashes_are_the_words_hashes_even_when_the_memo_is_cleared(monkeypatch):
    monkeypatch.setattr(hashing, "_WORD_MEMO_SIZE", 5)
    monkeypatch.setattr(hashing, "_word_hashes", {})
    words = "the minister said the talks would go on said the minister".split()
    expected = [hash64(w) for w in words]
    assert hashing.word_hashes(words).tolist() == expected  # more new words than the memo holds
    assert hashing.word_hashes(words[:3]).tolist() == expected[:3]
    assert [hashing.word_hash(w) for w in words] == expected
    assert len(hashing._word_hashes) <= 7


def test_word_hashes_of_a_text_are_those_of_its_lower_cased_word_pattern_matches(monkeypatch):
    import random
    import re

    monkeypatch.setattr(hashing, "_WORD_MEMO_SIZE", 50)  # cleared now and then
    rng = random.Random(5)
    pieces = ["a", "B", "z9", "_", "x_y", " ", "\t", "\n", "\x00", "\x1c", ".", "'", "-", "“", "”", "’", "—", "\xa0"]
    pieces += ["é", "Ö", "İ", "ß", "ǅ", "Ⅻ", "²", "٣", "ſ", "K", "€", "🙂", "\u2028", "\ud800"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    texts += ["", "The talks—“he said”—go on.", "Ünal’s plan", "ASCII only, with_under_scores 42"]
    word = re.compile(r"\w+")
    assert [hashing.text_word_hashes(t) for t in texts] == [[hash64(w) for w in word.findall(t.lower())] for t in texts]


def test_echo_keys_are_the_sorted_distinct_window_hashes_of_the_word_trigrams():
    from analysis._engine.hashing import text_word_hashes, window_hash

    rng = np.random.default_rng(3)
    vocabulary = ["the", "talks", "will", "go", "on", "minister", "said", "Ömer", "x"]
    for n in range(0, 40):
        text = " ".join(rng.choice(vocabulary, n))
        ids = text_word_hashes(text)
        windows = [ids[i : i + 3] for i in range(len(ids) - 2)] or ([ids] if ids else [])
        expected = np.unique(np.array([window_hash(w) for w in windows], dtype=np.int64))
        assert np.array_equal(np.frombuffer(statement_grams(text, None), dtype=np.int64), expected)


def test_echo_keys_computed_together_equal_those_computed_one_by_one():
    import random

    rng = random.Random(11)
    words = ["the", "talks", "will", "go", "on", "Minister", "said", "“no”", "—", "Ünïcode", "a", "b", "the"]
    pairs = [(None, None), ("", ""), ("one", None), ("two words", None), (None, "a quote of some words here")]
    for _ in range(400):  # repeated trigrams, repeated statements, short and long texts
        content = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 40)))
        pairs.append((content if rng.random() < 0.8 else None, " ".join(rng.sample(words, 4))))
    pairs += pairs[:50]
    assert statements_grams(pairs) == [statement_grams(c, q) for c, q in pairs]
    assert statements_grams([]) == []


def test_echo_keys_are_the_same_for_the_same_words_and_differ_otherwise():
    one = statement_grams("The talks, he said, will go on.", None)
    assert one == statement_grams("the talks he said will go on", "ignored")  # case and punctuation aside
    assert one != statement_grams("The talks will go on, he said.", None)
    assert len(np.frombuffer(one, dtype=np.int64)) == 5  # seven words: five trigrams
    assert statement_grams("", "Two words") == statement_grams(None, "two WORDS")  # no content: the quote
    assert len(np.frombuffer(statement_grams("", "Two words"), dtype=np.int64)) == 1
    assert statement_grams("", "") == b""
    hashes, offsets = _packed_grams([one, statement_grams("", "Two words")])
    assert offsets.tolist() == [0, 5, 6] and np.all(hashes[1:5] > hashes[:4])  # sorted, distinct


def test_shingles_of_a_copy_are_the_originals():
    text = "Officials said on Monday that the talks in Geneva would continue next week despite tension."
    a, b, c = duplicates.shingle_sets([text, text.upper(), text.replace("Monday", "Tuesday")])
    assert np.array_equal(a, b) and len(np.intersect1d(a, c)) == len(a) - 4  # the 4 shingles with "Monday"


@pytest.mark.parametrize(
    "text", ["", "one", "one two three four", "a b c d e", "the talks in Geneva would go on next week"]
)
def test_a_shingle_is_the_polynomial_of_its_words_hashes(text):
    words = hashing.text_word_hashes(text)
    width = min(duplicates.SHINGLE_WORDS, len(words))
    expected = set()
    for at in range(len(words) - width + 1 if words else 0):
        h = 0
        for word in words[at : at + width]:
            h = (h * hashing.MIX + word) % (1 << 64)
        expected.add((h ^ (h >> 29)) & 0xFFFFFFFF)
    assert duplicates.shingle_sets([text])[0].tolist() == sorted(expected)


def test_copies_found_with_workers_are_those_found_in_one_process():
    texts = generate_articles(120, seed=4)["text"].tolist()
    texts += [t.replace(" the ", " a ", 3) for t in texts]  # near copies: over 200 texts to shingle, in chunks
    from analysis._engine.executors import ProcessExecutor

    serial = duplicates.duplicate_clusters(texts, 0.5)
    with ProcessExecutor(2) as executor:
        assert duplicates.duplicate_clusters(texts, 0.5, executor=executor) == serial
    assert len(set(serial)) <= len(texts) // 2  # the near copies (and the generator's copies) were clustered


def test_a_memo_is_filled_once_per_new_key_and_never_grows_past_its_limit():
    from analysis._engine.memo import fill_memo

    calls = []
    memo = fill_memo({}, ["a", "b", "a"], lambda k: calls.append(k) or k.upper(), limit=3)
    assert memo == {"a": "A", "b": "B"} and sorted(calls) == ["a", "b"]
    fill_memo(memo, ["a", "c"], lambda k: calls.append(k) or k.upper(), limit=3)
    assert sorted(calls) == ["a", "b", "c"]  # "a" was not computed again
    fill_memo(memo, ["d", "e"], str.upper, limit=3)  # five would be too many: emptied first
    assert memo == {"d": "D", "e": "E"}


def _pair(rng, vocabulary, n_words, replace_share):
    base = rng.choice(vocabulary, size=n_words).tolist()
    copy = list(base)
    for k in rng.choice(n_words, size=int(n_words * replace_share), replace=False):
        copy[k] = f"w{rng.integers(10**9)}"
    return " ".join(base), " ".join(copy)


@pytest.mark.parametrize("threshold", [0.5, 0.8])
def test_near_duplicates_match_exact_jaccard_around_the_threshold(threshold):
    """Generated pairs with Jaccard just above and below the threshold: all above found, none below."""
    rng = np.random.default_rng(7)
    vocabulary = np.array([f"v{k}" for k in range(50_000)])
    texts, shares = [], np.linspace(0.045, 0.1, 300) if threshold == 0.5 else np.linspace(0.01, 0.035, 300)
    for share in shares:
        texts.extend(_pair(rng, vocabulary, 300, share))
    sets = duplicates.shingle_sets(texts)
    exact = np.array([duplicates.jaccard(sets[2 * k], sets[2 * k + 1]) for k in range(len(shares))])
    near = (exact >= threshold) & (exact < threshold + 0.1)
    assert near.sum() >= 100 and (exact < threshold).sum() >= 60  # pairs on both sides, many just above
    clusters = duplicates.duplicate_clusters(texts, threshold)
    found = np.array([clusters[2 * k] == clusters[2 * k + 1] for k in range(len(shares))])
    assert found[exact >= threshold].mean() >= 0.98  # measured before the bands followed the threshold: 0.71
    assert not found[exact < threshold].any()  # candidates are confirmed by the exact Jaccard
    assert len(set(clusters)) == len(texts) - found.sum()  # no pair joined another


def test_near_identical_texts_are_clustered_with_linearly_many_comparisons(monkeypatch):
    texts = templated_texts(2_000)
    calls = []
    exact = duplicates.jaccard
    monkeypatch.setattr(duplicates, "jaccard", lambda a, b: calls.append(1) or exact(a, b))
    clusters = duplicates.duplicate_clusters(texts, 0.5)
    assert len(calls) <= 4 * len(texts)  # was about n² / 2 per band: 7.3 million calls for 2,000 such pages
    by_text = {}
    for text, cluster in zip(texts, clusters, strict=True):
        by_text.setdefault(text, set()).add(cluster)
    assert all(len(found) == 1 for found in by_text.values())  # identical texts always together
    sets = duplicates.shingle_sets(texts)
    members = {}
    for k, cluster in enumerate(clusters):
        members.setdefault(cluster, []).append(k)
    for group in members.values():  # every member joined by a confirmed copy of it (single linkage)
        for k in group[1:]:
            assert any(exact(sets[k], sets[j]) >= 0.5 for j in group if j != k)


def test_look_alikes_in_crowded_buckets_are_compared_once_each_not_pair_by_pair(monkeypatch):
    from near_copies import templated_variants

    texts = templated_variants(1_500)
    texts += [texts[7], texts[300].replace("fans", "supporters")]  # two copies among the look-alikes
    calls = []
    exact = duplicates.jaccard
    monkeypatch.setattr(duplicates, "jaccard", lambda a, b: calls.append(1) or exact(a, b))
    clusters = duplicates.duplicate_clusters(texts, 0.5)
    assert clusters[-2] == clusters[7] and clusters[-1] == clusters[300]
    sets = duplicates.shingle_sets(texts)
    members = {}
    for k, cluster in enumerate(clusters):
        members.setdefault(cluster, []).append(k)
    for group in members.values():  # every join confirmed by the exact similarity
        for k in group[1:]:
            assert any(exact(sets[k], sets[j]) >= 0.5 for j in group if j != k)
    assert len(calls) < 0.05 * len(texts) ** 2 / 2  # of the 1.1 million pairs, most share a bucket; few compared


def test_words_key_is_the_pattern_s_reading_on_random_texts():
    import random
    import re

    rng = random.Random(7)
    alphabet = [*"abcXYZ09_ -.,;:'\"!?\t", "é", "—", "’", "İ", "ß", "\u212a", "\x00", "\x7f"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    assert all(hashing.words_key(t) == re.sub(r"\W+", " ", t).strip().lower() for t in texts)
