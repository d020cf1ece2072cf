"""Fast re-implementations of library code run only with the tested library versions, and equal the library."""

import warnings

import pytest

import analysis
from analysis._engine import shadows
from analysis.text import language, sentences
from analysis.text.language import detect_language
from analysis.tone import lexicons, scoring


def _clear_caches():
    for cached in (
        shadows.use_fast_path, sentences._punkt, language._scorer, lexicons.textblob_scorer, lexicons.vader_scorer,
        scoring._vader_sentence,
    ):  # fmt: skip
        cached.cache_clear()


@pytest.fixture
def library_code(monkeypatch):
    """Every library reports an untested version: the libraries' own code runs."""
    monkeypatch.setattr(shadows, "installed_version", lambda library: "0.0.untested")
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


def outputs(texts):
    scored = analysis.score_tone(analysis.split_sentences(texts), progress=False)
    return (
        [sentences.sentence_spans(t) for t in texts["text"]],
        [detect_language(t) for t in texts["text"]],
        scored[["polarity", "subjectivity", "vader_compound"]].round(12).to_numpy().tolist(),
    )


def test_the_installed_versions_are_the_tested_ones():
    for library, tested in shadows.TESTED.items():
        assert shadows.installed_version(library) in tested, library


def test_an_untested_version_uses_the_library_with_one_warning_and_the_same_results(bundled, library_code):
    sample = bundled.head(3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        outputs(sample)
        outputs(sample)  # a second run: no second warning
    messages = [str(w.message) for w in caught if issubclass(w.category, shadows.ShadowWarning)]
    assert sorted(m.split(" was tested against ")[1].split()[0] for m in messages) == sorted(shadows.TESTED)
    assert type(sentences._punkt()).__name__ == "_LibraryPunkt"
    assert type(lexicons.textblob_scorer()).__name__ == "_LibraryTextBlob"
    assert type(language._scorer()).__name__ == "_LibraryScorer"


def test_both_paths_give_the_same_results(bundled, monkeypatch):
    sample = bundled.head(3)
    _clear_caches()
    fast = outputs(sample)
    assert type(sentences._punkt()).__name__ == "_RememberingPunkt"
    monkeypatch.setenv(shadows.ENV_VARIABLE, "1")
    _clear_caches()
    slow = outputs(sample)
    assert type(sentences._punkt()).__name__ == "_LibraryPunkt"
    assert type(lexicons.vader_scorer()).__name__ == "_LibraryVader"
    assert slow == fast
    monkeypatch.delenv(shadows.ENV_VARIABLE)
    _clear_caches()
