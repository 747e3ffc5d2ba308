from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from safeshare.domain.naming import BELOW_BAR, READS_MOST_LIKE
from safeshare.domain.observation import Observation, infer
from safeshare.domain.signs import Evidence, rank, weigh
from safeshare.domain.triage import RULES_ONLY, triage
from safeshare.knowledge import KnowledgeBase
from safeshare.semantic.index import SignIndex
from safeshare.semantic.loader import load_matcher
from safeshare.semantic.minilm import MiniLM, ModelUnavailableError
from safeshare.semantic.sentences import sentences


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


class _Near:
    def __init__(self, indicator: int, similarity: float) -> None:
        self.indicator, self.similarity = indicator, similarity


def _confidence(base: KnowledgeBase, text: str, age: int, closest: float, second: float) -> float:
    harm = base.harms["neglect"]
    inferred = infer(Observation(text, age=age), base.inference)
    return weigh(harm, inferred, base, [_Near(0, closest), _Near(1, second)]).confidence


@pytest.mark.parametrize("which", ["closest", "second"])
def test_closer_never_lowers_confidence(base: KnowledgeBase, which: str) -> None:
    levels = np.linspace(0.2, 0.9, 8)
    values = [
        _confidence(
            base,
            "nothing in particular",
            6,
            level if which == "closest" else 0.5,
            level if which == "second" else 0.3,
        )
        for level in levels
    ]
    assert values == sorted(values)
    assert values[-1] > values[0]


def test_cue_evidence_never_lowers_confidence(base: KnowledgeBase) -> None:
    plain = _confidence(base, "nothing in particular", 6, 0.5, 0.4)
    one = _confidence(base, "The child is always hungry.", 6, 0.5, 0.4)
    two = _confidence(base, "The child is always hungry and wears dirty torn clothes.", 6, 0.5, 0.4)
    assert plain < one < two


def test_a_harm_that_does_not_fit_the_age_counts_for_less(base: KnowledgeBase) -> None:
    assert _confidence(base, "nothing in particular", 40, 0.8, 0.7) < _confidence(
        base, "nothing in particular", 6, 0.8, 0.7
    )


def test_signs_name_what_came_close(base: KnowledgeBase) -> None:
    harm = base.harms["neglect"]
    inferred = infer(Observation("nothing in particular", age=6), base.inference)
    evidence: Evidence = weigh(harm, inferred, base, [_Near(0, 0.9), _Near(1, 0.8)])
    assert evidence.shown_indicators(base.model.similarity_floor)[:2] == [
        harm.indicators[0].text,
        harm.indicators[1].text,
    ]
    situation = len(harm.indicators)
    only_situation = weigh(harm, inferred, base, [_Near(situation, 0.9)])
    assert only_situation.shown_indicators(base.model.similarity_floor)[0].startswith(
        "a situation like this one"
    )
    # Raised by the classifier's reading alone, nothing close enough: still never bare.
    faint = weigh(harm, inferred, base, [_Near(2, 0.2), _Near(0, 0.1)])
    assert faint.shown_indicators(base.model.similarity_floor) == [
        f"something close to this sign: {harm.indicators[2].text}"
    ]


def test_a_childs_typical_situation_is_not_close_evidence_for_an_adult(
    base: KnowledgeBase,
) -> None:
    harm = base.harms["fgm"]
    child_only = len(harm.indicators) + harm.situations.index(
        next(text for text, about in harm.scenarios.about if about == "child")  # type: ignore[union-attr]
    )
    for_anyone = len(harm.indicators) + harm.situations.index(
        next(text for text, about in harm.scenarios.about if about == "any")  # type: ignore[union-attr]
    )
    near = [_Near(child_only, 0.8), _Near(for_anyone, 0.6)]
    child = weigh(harm, infer(Observation("a trip", age=9), base.inference), base, near)
    adult = weigh(harm, infer(Observation("a trip", age=34), base.inference), base, near)
    assert [similarity for _, similarity, _ in child.near] == [0.8, 0.6]
    assert [similarity for _, similarity, _ in adult.near] == [0.6]
    assert adult.confidence < child.confidence


def _small(base: KnowledgeBase) -> KnowledgeBase:
    """Two harms and a few worked examples: the caches behave the same on any knowledge,
    and encoding all of it with the NumPy model in a fresh folder takes minutes."""
    kept = ("neglect", "self_harm")
    worked = [e for e in base.worked if not e.harms or e.harms[0] in kept][:40]
    return replace(base.with_worked(worked), harms={slug: base.harms[slug] for slug in kept})


def test_the_signs_vectors_are_cached_between_runs(
    base: KnowledgeBase, model: MiniLM, tmp_path: Path
) -> None:
    class Counting:
        calls = 0
        name = "counting"

        def encode(self, texts: list[str]) -> np.ndarray:
            Counting.calls += 1
            return model.encode(texts)

    small = _small(base)
    first = SignIndex(small, Counting(), tmp_path)
    calls = Counting.calls
    second = SignIndex(small, Counting(), tmp_path)
    assert Counting.calls == calls  # nothing re-encoded
    assert np.array_equal(first.vectors, second.vectors)
    assert list(tmp_path.glob("signs-*.npy"))


def test_the_fast_model_agrees_with_the_numpy_model(model: MiniLM, tmp_path: Path) -> None:
    from safeshare.semantic.fast import FastMiniLM

    fast = FastMiniLM(model, tmp_path)
    texts = ["A man is eating food.", "Her boyfriend reads her messages and takes her wages."]
    agreement = (fast.encode(texts) * model.encode(texts)).sum(axis=1)
    assert agreement.min() > 0.98
    assert list(tmp_path.glob("minilm-*-int8.onnx"))


def test_many_observations_at_once_give_the_same_answers(base: KnowledgeBase) -> None:
    from safeshare.domain.triage import triage_many

    matcher = load_matcher(base)
    assert matcher is not None
    observations = [
        Observation("The child is always hungry."),
        Observation("Cars stop for a minute and leave."),
        Observation("Hello."),
        Observation("Her partner checks her phone. She seems scared of him."),
    ]
    together = triage_many(observations, base, matcher)
    one_by_one = [triage(o, base, matcher) for o in observations]
    assert [r.to_dict() for r in together] == [r.to_dict() for r in one_by_one]


def test_the_classifier_is_fitted_once_and_cached(
    base: KnowledgeBase, model: MiniLM, tmp_path: Path
) -> None:
    small = _small(base)
    first = SignIndex(small, model, tmp_path)
    assert list(tmp_path.glob("classifier-*.npz"))
    second = SignIndex(small, model, tmp_path)
    assert np.array_equal(first.classifier.weights, second.classifier.weights)


def test_the_classifier_reads_the_kind_of_harm_from_new_wording(base: KnowledgeBase) -> None:
    matcher = load_matcher(base)
    assert matcher is not None
    kinds = matcher.read(["Her husband takes her wages and reads every message she sends."]).kinds
    assert set(kinds) == set(base.harms)  # ordinary life is a class, never a harm
    assert 0.0 < sum(kinds.values()) <= 1.0
    assert max(kinds, key=kinds.__getitem__) == "domestic_abuse"


class _Reading:
    def __init__(
        self,
        kinds: dict[str, float],
        similarity: float,
        concern: float = 0.5,
        danger: float = 0.0,
        peak: float = 0.0,
    ) -> None:
        self.kinds = kinds
        self.concern = concern
        self.peak = peak
        self.danger = danger
        self.danger_like: str | None = (
            "A child is alone on a busy road right now." if danger else None
        )
        self.closeness = {slug: [_Near(0, similarity), _Near(1, similarity)] for slug in kinds}


def test_the_classifier_cannot_raise_a_concern_on_its_own(base: KnowledgeBase) -> None:
    kinds = dict.fromkeys(base.harms, 0.0) | {"neglect": 1.0}
    inferred = infer(Observation("We went to the park.", age=6), base.inference)
    signs, _ = rank(inferred, base, _Reading(kinds, 0.2, concern=0.45))
    assert signs == []


def test_a_concern_reading_past_its_share_of_the_threshold_raises_a_concern(
    base: KnowledgeBase,
) -> None:
    base = _classifier(base, concern_weight=0.3)
    bar = base.settings.sign_threshold / 0.3  # the reading whose share alone reaches it
    inferred = infer(Observation("Something about him worries me.", age=6), base.inference)
    # Neglect is named enough to be a sign, too faintly for either bar of read_as_concern.
    faint = dict.fromkeys(base.harms, 0.0) | {"neglect": 0.3}
    raised, _ = rank(inferred, base, _Reading(faint, 0.2, concern=bar + 0.02))
    under, _ = rank(inferred, base, _Reading(faint, 0.2, concern=bar - 0.05))
    assert [sign.category for sign in raised] == ["neglect"]
    assert raised[0].indicators  # still says what it was nearest to
    assert under == []


def test_both_readings_leaning_to_one_harm_raise_it(base: KnowledgeBase) -> None:
    settings = base.settings.classifier
    inferred = infer(Observation("We went to the park.", age=6), base.inference)
    leaning = dict.fromkeys(base.harms, 0.0) | {"neglect": settings.lean_kind}
    signs, _ = rank(inferred, base, _Reading(leaning, 0.2, concern=settings.lean_concern))
    assert [sign.category for sign in signs][:1] == ["neglect"]
    assert signs[0].indicators  # still says what it was nearest to
    faint = dict.fromkeys(base.harms, 0.0) | {"neglect": settings.lean_kind - 0.05}
    assert rank(inferred, base, _Reading(faint, 0.2, concern=settings.lean_concern))[0] == []


def test_an_ordinary_explanation_answers_a_leaning_reading(base: KnowledgeBase) -> None:
    settings = base.settings.classifier
    text = "He has a bruise on his forehead; he bumped his head on the coffee table at home."
    inferred = infer(Observation(text, age=4), base.inference)
    leaning = dict.fromkeys(base.harms, 0.0) | {"physical_abuse": settings.lean_kind}
    signs, evidence = rank(inferred, base, _Reading(leaning, 0.2, concern=settings.lean_concern))
    assert next(e for e in evidence if e.harm.slug == "physical_abuse").reassured
    assert signs == []


def test_reading_as_a_concern_tips_a_borderline_concern(base: KnowledgeBase) -> None:
    kinds = dict.fromkeys(base.harms, 0.0) | {"neglect": 0.5}
    inferred = infer(Observation("Nobody seems to be about.", age=6), base.inference)
    borderline = 0.5  # closeness alone just under the threshold
    unlike, evidence = rank(inferred, base, _Reading(kinds, borderline, concern=1.0))
    like, _ = rank(inferred, base, _Reading(kinds, borderline, concern=0.0))
    assert max(e.support for e in evidence) < base.settings.sign_threshold
    assert unlike
    assert not like


def test_the_classifier_reorders_signs_once_there_is_a_concern(base: KnowledgeBase) -> None:
    text = "The child is always hungry and wears dirty torn clothes."
    inferred = infer(Observation(text, age=6), base.inference)
    plain, _ = rank(inferred, base, _Reading(dict.fromkeys(base.harms, 0.0), 0.2))
    assert plain[0].category == "neglect"
    leaning = dict.fromkeys(base.harms, 0.0) | {"emotional_abuse": 1.0}
    signs, evidence = rank(inferred, base, _Reading(leaning, 0.2))
    assert "emotional_abuse" in [sign.category for sign in signs]
    assert next(e for e in evidence if e.harm.slug == "emotional_abuse").kind == 1.0


def test_once_one_sign_reaches_the_bar_a_fainter_one_is_named_after_it(
    base: KnowledgeBase,
) -> None:
    text = "The child is always hungry and wears dirty torn clothes."
    inferred = infer(Observation(text, age=6), base.inference)
    kinds = dict.fromkeys(base.harms, 0.0) | {"emotional_abuse": 0.25}
    reading = _Reading(kinds, 0.2, concern=0.5)
    lower = replace(base, settings=base.settings.model_copy(update={"further_sign_ratio": 0.1}))
    signs, evidence = rank(inferred, lower, reading)
    faint = next(e for e in evidence if e.harm.slug == "emotional_abuse")
    assert lower.settings.further_sign_threshold is not None
    assert lower.settings.further_sign_threshold <= faint.confidence < lower.settings.sign_threshold
    assert [sign.category for sign in signs][:1] == ["neglect"]
    assert "emotional_abuse" in [sign.category for sign in signs]
    settings = lower.settings.model_copy(update={"further_sign_threshold": None})
    plain, _ = rank(inferred, replace(lower, settings=settings), reading)
    assert "emotional_abuse" not in [sign.category for sign in plain]


def test_the_concern_reading_tells_harm_from_ordinary_life(base: KnowledgeBase) -> None:
    matcher = load_matcher(base)
    assert matcher is not None
    harm = matcher.read(["Her stepdad burns her arms with cigarettes and locks her in."])
    ordinary = matcher.read(["My toddler bumped his knee in the park and I gave him a cuddle."])
    settings = base.settings.classifier
    # Sure enough to raise a concern on the model alone; the ordinary afternoon does not even
    # lean towards a concern.
    assert harm.concern >= settings.alone_concern
    assert ordinary.concern < settings.lean_concern / 2


def test_worked_examples_teach_both_readings(base: KnowledgeBase) -> None:
    matcher = load_matcher(base)
    assert matcher is not None
    ordinary = next(e for e in base.worked if not e.harms)
    concern = next(e for e in base.worked if e.harms and e.harms[0] != "neglect")
    without = SignIndex(base.with_worked([]), matcher.encoder)
    taught_ordinary = matcher.read(sentences(ordinary.text))
    untaught_ordinary = without.read(sentences(ordinary.text))
    assert taught_ordinary.concern < untaught_ordinary.concern
    taught = matcher.read(sentences(concern.text)).kinds[concern.harms[0]]
    assert taught > without.read(sentences(concern.text)).kinds[concern.harms[0]]


def test_a_reading_of_ordinary_life_discounts_one_listed_word(base: KnowledgeBase) -> None:
    kinds = dict.fromkeys(base.harms, 0.0)
    text = "The family at number 8 have had lots of visitors calling at all hours this week."
    inferred = infer(Observation(text), base.inference)
    concern, evidence = rank(inferred, base, _Reading(kinds, 0.2, concern=1.0))
    ordinary, _ = rank(inferred, base, _Reading(kinds, 0.2, concern=0.0))
    assert max(e.support for e in evidence) >= base.settings.sign_threshold  # a cue matched
    assert concern
    assert not ordinary


def test_a_worry_told_among_chat_is_not_discounted_for_the_chat(base: KnowledgeBase) -> None:
    """The whole message reads as ordinary life, but the sentence the cue matched in reads
    as a concern on its own: the cue's evidence keeps its weight."""
    kinds = dict.fromkeys(base.harms, 0.0)
    text = "The family at number 8 have had lots of visitors calling at all hours this week."
    inferred = infer(Observation(text), base.inference)
    chat, _ = rank(inferred, base, _Reading(kinds, 0.2, concern=0.0, peak=1.0))
    plain, _ = rank(inferred, base, _Reading(kinds, 0.2, concern=0.0, peak=0.0))
    assert chat
    assert not plain


def test_the_peak_reading_is_the_sentence_that_reads_most_as_a_concern(
    base: KnowledgeBase,
) -> None:
    matcher = load_matcher(base)
    assert matcher is not None
    worry = "Her stepdad burns her arms with cigarettes and locks her in."
    chat = ["Thanks for the recipe, it was lovely.", worry, "The lasagne was delicious."]
    told = matcher.read(chat)
    alone = matcher.read([worry])
    assert told.concern < told.peak
    assert told.peak == pytest.approx(alone.concern, abs=0.02)
    assert alone.peak == alone.concern  # one sentence: the whole observation is the sentence


def _classifier(base: KnowledgeBase, **settings: float) -> KnowledgeBase:
    """The same knowledge with some of the classifier's settings changed."""
    classifier = base.settings.classifier.model_copy(update=settings)
    return replace(base, settings=base.settings.model_copy(update={"classifier": classifier}))


def test_a_confident_reading_of_one_harm_raises_a_concern_without_a_listed_sign(
    base: KnowledgeBase,
) -> None:
    # The bars alone, not the reading's share of evidence.
    base = _classifier(base, concern_weight=0.0)
    inferred = infer(Observation("Nothing I can put a name to.", age=6), base.inference)
    settings = base.settings.classifier
    named = dict.fromkeys(base.harms, 0.0) | {"neglect": settings.alone_kind}
    vague = dict.fromkeys(base.harms, 0.0) | {"neglect": settings.alone_kind - 0.05}
    sure, _ = rank(inferred, base, _Reading(named, 0.2, concern=settings.alone_concern))
    unsure, _ = rank(inferred, base, _Reading(named, 0.2, concern=settings.alone_concern - 0.05))
    unnamed, _ = rank(inferred, base, _Reading(vague, 0.2, concern=1.0))
    assert [sign.category for sign in sure] == ["neglect"]
    assert sure[0].indicators  # it still says what it was nearest to
    assert unsure == []
    assert unnamed == []


def test_a_concern_beyond_doubt_names_the_closest_harm_under_the_sign_bar(
    base: KnowledgeBase,
) -> None:
    settings = base.settings.classifier
    inferred = infer(Observation("Nothing I can put a name to.", age=6), base.inference)
    faint = _Reading(dict.fromkeys(base.harms, 0.0) | {"neglect": 0.2}, 0.2, concern=1.0)
    signs, evidence = rank(inferred, base, faint)
    assert settings.unnamed_floor <= evidence[0].confidence < base.settings.sign_threshold
    assert [sign.category for sign in signs] == ["neglect"]
    assert signs[0].named_first == BELOW_BAR  # the answer says why it is named at all
    doubtful = _Reading(faint.kinds, 0.2, concern=settings.alone_concern - 0.05)
    assert rank(inferred, base, doubtful)[0] == []
    floored = _classifier(base, unnamed_floor=evidence[0].confidence + 0.01)
    assert rank(inferred, floored, faint)[0] == []


def test_someone_in_immediate_danger_is_a_concern_whatever_the_reading(
    base: KnowledgeBase,
) -> None:
    text = "Nothing I can put a name to."
    kinds = dict.fromkeys(base.harms, 0.0) | {"neglect": 0.3}
    ordinary = _Reading(kinds, 0.2, concern=0.0)
    calm = infer(Observation(text, age=6), base.inference)
    assert rank(calm, base, ordinary)[0] == []
    danger = infer(Observation(text, age=6, immediate_danger=True), base.inference)
    signs, _ = rank(danger, base, ordinary)
    assert [sign.category for sign in signs] == ["neglect"]
    assert signs[0].named_first is None  # it reached the bar: named as any sign is
    faint = _Reading(dict.fromkeys(base.harms, 0.0) | {"neglect": 0.2}, 0.2, concern=0.0)
    assert [sign.named_first for sign in rank(danger, base, faint)[0]] == [BELOW_BAR]


class _Fixed:
    def __init__(self, reading: _Reading) -> None:
        self.reading = reading

    def read(self, sentences: list[str]) -> _Reading:
        return self.reading


def test_a_concern_much_like_past_danger_puts_999_first_only_if_the_question_was_unanswered(
    base: KnowledgeBase,
) -> None:
    margin = base.settings.classifier.danger_margin
    named = dict.fromkeys(base.harms, 0.0) | {"neglect": 0.9}
    text = "The little boy from number 4 is out there on his own."  # no danger words
    unanswered = Observation(text, age=3, age_group="child", reporter_setting="neighbour_public")
    like_danger = _Fixed(_Reading(named, 0.2, concern=0.95, danger=margin + 0.01))
    result = triage(unanswered, base, like_danger)
    assert result.routes[0].route == "emergency_999"
    assert result.urgency == "emergency"
    assert any("A child is alone on a busy road" in note for note in result.notes)
    said_no = replace(unanswered, immediate_danger=False)
    assert triage(said_no, base, like_danger).routes[0].route != "emergency_999"
    less_like = _Fixed(_Reading(named, 0.2, concern=0.95, danger=margin - 0.01))
    assert triage(unanswered, base, less_like).routes[0].route != "emergency_999"
    ordinary = _Fixed(_Reading(dict.fromkeys(base.harms, 0.0), 0.2, concern=0.0, danger=1.0))
    assert not triage(unanswered, base, ordinary).concern  # no concern, no danger from likeness


def test_the_answer_says_why_a_harm_under_the_bar_is_named(base: KnowledgeBase) -> None:
    kinds = dict.fromkeys(base.harms, 0.0) | {"neglect": 0.2}
    result = triage(
        Observation("Nothing I can put a name to.", age=6),
        base,
        _Fixed(_Reading(kinds, 0.2, concern=1.0)),
    )
    assert result.concern
    assert [sign.category for sign in result.signs] == ["neglect"]
    assert f"Named first because {BELOW_BAR}." in result.explanation
    assert result.routes  # routed as any first sign is


def test_a_pattern_told_as_one_is_not_put_first_as_danger_by_likeness_alone(
    base: KnowledgeBase,
) -> None:
    margin = base.settings.classifier.danger_margin
    named = dict.fromkeys(base.harms, 0.0) | {"domestic_abuse": 0.9}
    like_danger = _Fixed(_Reading(named, 0.2, concern=0.95, danger=margin + 0.05))
    habit = Observation("Every weekend I hear a man shouting next door, then a thud.")
    moment = Observation("I can hear a man shouting next door, then a thud.")
    assert triage(habit, base, like_danger).routes[0].route != "emergency_999"
    assert triage(moment, base, like_danger).routes[0].route == "emergency_999"


def test_the_harm_the_whole_observation_reads_as_is_named_before_a_stronger_cue(
    base: KnowledgeBase,
) -> None:
    """A cue found physical abuse; the whole observation reads as domestic abuse. With the
    reading counted in the order, domestic abuse is named first, and the answer says why;
    without it, the order is the evidence alone."""
    inferred = infer(Observation("He has unexplained bruises on his arms.", age=30), base.inference)
    kinds = dict.fromkeys(base.harms, 0.0) | {"physical_abuse": 0.05, "domestic_abuse": 0.6}
    reading = _Reading(kinds, 0.2, concern=1.0)
    plain, _ = rank(inferred, _classifier(base, kind_in_order=0.0), reading)
    assert [sign.category for sign in plain][:2] == ["physical_abuse", "domestic_abuse"]
    assert all(sign.named_first is None for sign in plain)
    ordered, _ = rank(inferred, _classifier(base, kind_in_order=1.0), reading)
    assert [sign.category for sign in ordered][:2] == ["domestic_abuse", "physical_abuse"]
    assert ordered[0].confidence < ordered[1].confidence  # named first on the reading
    assert ordered[0].named_first == READS_MOST_LIKE
    assert ordered[1].named_first is None


def test_the_sentence_model_reads_short_forms_spelled_out_as_the_cues_do(
    base: KnowledgeBase,
) -> None:
    """A practitioner's "SF gets rough w/ M" and a child's "scard" reach the model as the
    words they stand for; other words, "M" and "8/12" among them, as written."""
    index = load_matcher(base)
    assert isinstance(index, SignIndex)
    encoder = index.encoder
    heard: list[str] = []

    class Listening:
        name = encoder.name

        def encode(self, texts: list[str]) -> np.ndarray:
            heard.extend(texts)
            return encoder.encode(texts)

    index.encoder = Listening()
    try:
        triage(Observation("SF gets rough w/ M, 8/12 baby. I am scard.", age=9), base, index)
        index.read(["Pt's b/f hurted her"])  # the index reads them so, whoever calls it
    finally:
        index.encoder = encoder
    assert heard == [
        "stepfather gets rough with M, 8/12 baby",
        "I am scared",
        "patient's boyfriend hurt her",
    ]
