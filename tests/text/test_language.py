"""Language identification: the codes langid gives, with the package's model, offline."""

from collections import Counter

import numpy as np
import pytest
from langid.langid import LanguageIdentifier, model

import analysis
import analysis.text.language as language
from analysis.text.language import UNDETERMINED, _identifier, _scorer, detect_language
from analysis.tone.validation import VALIDATION_SETS

SAMPLES = {
    "en": "The foreign minister said the talks in Geneva would continue next week despite the tensions.",
    "es": "El ministro de Asuntos Exteriores dijo que las conversaciones en Ginebra continuarán la próxima semana.",
    "ru": "Министр иностранных дел заявил, что переговоры в Женеве продолжатся на следующей неделе.",
    "de": "Der Außenminister sagte, die Gespräche in Genf würden nächste Woche trotz der Spannungen fortgesetzt.",
    "fr": "Le ministre des Affaires étrangères a déclaré que les pourparlers de Genève reprendraient bientôt.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_language_is_recognised(code):
    assert detect_language(SAMPLES[code]) == code


def test_too_little_text_is_undetermined():
    assert detect_language("Hi!") == detect_language("") == detect_language(None) == UNDETERMINED


def test_same_answer_as_langids_normalised_classifier(bundled):
    normalised = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    texts = [t for name in VALIDATION_SETS for t in analysis.load_validation_set(name)["text"]][::7]
    texts += bundled["text"].tolist() + list(SAMPLES.values())
    texts = [t for t in texts if detect_language(t) != UNDETERMINED]
    assert len(texts) > 1000
    assert [detect_language(t) for t in texts] == [normalised.classify(t[:1000])[0] for t in texts]


def _langid_state_counts(data: bytes) -> dict[int, int]:
    """The states langid's own loop enters, counted (``LanguageIdentifier.instance2fv``)."""
    identifier = _identifier()
    state, counts = 0, Counter()
    for byte in data:
        state = identifier.tk_nextmove[(state << 8) + byte]
        counts[state] += 1
    return dict(counts)


def test_states_entered_are_langids(bundled):
    texts = ["", "a", "ab", "abc", "abcd", "Привет, мир", "¿Qué? ¡Sí!", "emoji 🎉 here", *SAMPLES.values()]
    texts += [t[:1000] for t in bundled["text"]]
    scorer = _scorer()
    for text in texts:
        visited, counts = np.unique(scorer.states(text.encode("utf-8")), return_counts=True)
        assert dict(zip(visited.tolist(), counts.tolist(), strict=True)) == _langid_state_counts(text.encode("utf-8"))


def test_scores_are_langids():
    identifier, scorer = _identifier(), _scorer()
    for text in SAMPLES.values():
        visited, counts = np.unique(scorer.states(text.encode("utf-8")), return_counts=True)
        ours = counts.astype(float) @ scorer.state_weights[visited] + scorer.class_prior
        theirs = identifier.nb_classprobs(identifier.instance2fv(text))
        np.testing.assert_allclose(ours, theirs, rtol=1e-9)


def _same_scorer(a, b) -> bool:
    return (
        np.array_equal(a.nextmove, b.nextmove)
        and np.array_equal(a.state_weights, b.state_weights)
        and np.array_equal(a.class_prior, b.class_prior)
        and a.classes == b.classes
    )


def test_model_arrays_are_kept_and_read_back(tmp_path, monkeypatch):
    """The scorer's arrays are written to the cache folder once and read from there after, the same arrays."""
    path = tmp_path / "models" / "langid.npz"
    monkeypatch.setattr(language, "_model_file", lambda: path)
    made = language._cached_state_scorer()
    assert path.is_file()
    assert not [p for p in path.parent.iterdir() if p != path]  # no temporary file left behind
    written = path.stat().st_mtime_ns
    read = language._cached_state_scorer()
    assert path.stat().st_mtime_ns == written  # read, not made again
    assert _same_scorer(made, read)
    assert _same_scorer(read, language._StateScorer.from_identifier(_identifier()))
    assert [read.classify(t) for t in SAMPLES.values()] == [_identifier().classify(t)[0] for t in SAMPLES.values()]


def test_damaged_model_file_is_made_again(tmp_path, monkeypatch):
    path = tmp_path / "langid.npz"
    monkeypatch.setattr(language, "_model_file", lambda: path)
    good = language._cached_state_scorer()
    with np.load(path) as arrays:
        parts = dict(arrays)
    damaged = [b"not an archive", path.read_bytes()[:1000]]
    wrong = dict(parts, nextmove=parts["nextmove"][:-5])  # arrays that do not fit together
    for content in damaged:
        path.write_bytes(content)
        assert _same_scorer(language._cached_state_scorer(), good)
        assert path.stat().st_size > 1000  # replaced by a whole file
    np.savez(path, **wrong)
    assert _same_scorer(language._cached_state_scorer(), good)
    with np.load(path) as arrays:
        assert len(arrays["nextmove"]) == len(parts["nextmove"])


def test_unwritable_model_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(language, "_model_file", lambda: blocker / "models" / "langid.npz")
    scorer = language._cached_state_scorer()
    assert scorer.classify(SAMPLES["en"]) == "en"
