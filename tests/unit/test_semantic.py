from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from safeshare.domain.observation import Observation, infer
from safeshare.domain.signs import Evidence, weigh
from safeshare.domain.triage import RULES_ONLY, triage
from safeshare.knowledge import KnowledgeBase
from safeshare.semantic.index import SignIndex
from safeshare.semantic.loader import load_matcher
from safeshare.semantic.minilm import MiniLM, ModelUnavailableError


@pytest.fixture(scope="module")
def model() -> MiniLM:
    return MiniLM()


def test_the_numpy_model_matches_the_published_similarity(model: MiniLM) -> None:
    """sentence-transformers gives 0.7553 for these two sentences with all-MiniLM-L6-v2."""
    vectors = model.encode(["A man is eating food.", "A man is eating a piece of bread."])
    assert float(vectors[0] @ vectors[1]) == pytest.approx(0.7553, abs=0.002)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_related_sentences_are_closer_than_unrelated_ones(model: MiniLM) -> None:
    a, b, c = model.encode(
        [
            "The child is always hungry at school.",
            "The pupil never has breakfast and asks others for food.",
            "The council will repaint the bus shelter next month.",
        ]
    )
    assert a @ b > a @ c + 0.2


def test_a_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="could not be read"):
        MiniLM(tmp_path)


def test_without_the_model_triage_answers_from_its_cues_and_says_so(base: KnowledgeBase) -> None:
    result = triage(Observation("The child is always hungry and steals food.", age=7), base, None)
    assert result.signs[0].category == "neglect"
    assert RULES_ONLY in result.explanation


def test_the_model_recognises_wording_no_cue_lists(base: KnowledgeBase) -> None:
    text = "The lad next door is constantly summoned by grown men in flash cars and returns with bundles of notes."
    matcher = load_matcher(base)
    assert matcher is not None
    result = triage(Observation(text, age=14), base, matcher)
    assert result.signs
    assert result.signs[0].category in ("child_criminal_exploitation", "child_sexual_exploitation")
    assert RULES_ONLY not in result.explanation
    assert result.signs[0].indicators  # it names what it found close


def _confidence(base: KnowledgeBase, **features: float) -> float:
    model = base.model
    logit = model.intercept + sum(model.weights[n] * v for n, v in features.items())
    return 1 / (1 + math.exp(-logit))


@pytest.mark.parametrize("name", ["lexical", "closest", "second"])
def test_more_evidence_never_lowers_confidence(base: KnowledgeBase, name: str) -> None:
    start = {"lexical": 0.3, "closest": 0.5, "second": 0.4, "age_mismatch": 0.0, "reassured": 0.0}
    values = [_confidence(base, **{**start, name: level}) for level in np.linspace(0, 1, 11)]
    assert values == sorted(values)


@pytest.mark.parametrize("name", ["age_mismatch", "reassured"])
def test_a_mismatch_or_an_ordinary_explanation_never_raises_confidence(
    base: KnowledgeBase, name: str
) -> None:
    start = {"lexical": 0.3, "closest": 0.5, "second": 0.4, "age_mismatch": 0.0, "reassured": 0.0}
    assert _confidence(base, **{**start, name: 1.0}) <= _confidence(base, **start)


def test_the_engine_uses_the_fitted_model(base: KnowledgeBase) -> None:
    class Near:
        def __init__(self, indicator: int, similarity: float) -> None:
            self.indicator, self.similarity = indicator, similarity

    harm = base.harms["neglect"]
    inferred = infer(Observation("nothing in particular", age=6), base.inference)
    evidence: Evidence = weigh(harm, inferred, base, [Near(0, 0.9), Near(1, 0.8)])
    assert evidence.confidence == round(_confidence(base, **evidence.features()), 2)
    assert evidence.shown_indicators(base.model.similarity_floor)[:2] == [
        harm.indicators[0].text,
        harm.indicators[1].text,
    ]


def test_the_signs_vectors_are_cached_between_runs(
    base: KnowledgeBase, model: MiniLM, tmp_path: Path
) -> None:
    class Counting:
        calls = 0

        def encode(self, texts: list[str]) -> np.ndarray:
            Counting.calls += 1
            return model.encode(texts)

    first = SignIndex(base, Counting(), tmp_path)
    calls = Counting.calls
    second = SignIndex(base, Counting(), tmp_path)
    assert Counting.calls == calls  # nothing re-encoded
    assert np.array_equal(first.vectors, second.vectors)
    assert list(tmp_path.glob("signs-*.npy"))
