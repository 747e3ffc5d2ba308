"""Fit the triage model's weights on the development cases and write knowledge/model.yaml.

Run from the project folder: .venv/bin/python evaluation/fit.py [--check]
The closeness curve is fitted on development.jsonl and everyday.jsonl; the concern reading on
every set in CONCERN_SETS. A held-back set that has not been scored yet must never be used.
With --check, the concern reading is also fitted once per set with that set left out, and
each set's concerns missed and false alarms at the sign threshold are printed: an honest
figure for how the reading does on cases it was not fitted on.

The concern reading: one logistic model over the observation's mean sentence vector, "is
this a concern or ordinary life". It learns from the knowledge base's phrases (every harm's
indicators, examples and typical situations against ordinary.yaml) and from the development
cases' whole observations, no-concern cases counting three times as much (a false alarm in
ten is the limit, a missed concern in fifty), so the two kinds of case carry similar weight.

Each (case, harm) pair is one example: the harm is expected for the case or not. The features
are the engine's own (Evidence.features): how close the observation came to the harm's two
closest indicators or situations. A logistic curve is fitted by gradient descent with both
weights held positive, so closer never means less likely. The engine combines it with the
cues' evidence by noisy-or: the cues are left out of the fit because they were written
alongside these cases and would be trusted more than they deserve on new wording.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from safeshare.domain.observation import Observation, infer  # noqa: E402
from safeshare.domain.signs import rank, weigh  # noqa: E402
from safeshare.domain.text import sentences  # noqa: E402
from safeshare.knowledge import load_knowledge  # noqa: E402
from safeshare.semantic.index import SignIndex  # noqa: E402
from safeshare.semantic.loader import load_matcher  # noqa: E402

SETS = ["development.jsonl", "everyday.jsonl"]
CONCERN_SETS = [
    "development.jsonl",
    "everyday.jsonl",
    "held_back.jsonl",
    "held_back_2.jsonl",
    "held_back_3.jsonl",
    "held_back_4.jsonl",
    "held_back_5.jsonl",
    "held_back_6.jsonl",
]
SCALE = 5.0  # as the harm classifier: vectors are unit length, so logits need room
CASE_WEIGHT = {True: 1.0, False: 3.0}  # a concern, a no-concern case
PHRASE_WEIGHT = 0.5  # the knowledge base's phrases together count half as much as cases
NAMES = ["closest", "second"]
SIGNS = np.array([1, 1])  # closer never means less likely


def examples() -> tuple[np.ndarray, np.ndarray]:
    base = load_knowledge()
    matcher = load_matcher(base)
    if matcher is None:
        sys.exit("the sentence model is not installed: run scripts/setup dev")
    rows, labels = [], []
    for name in SETS:
        for line in (ROOT / "evaluation" / name).read_text().splitlines():
            case = json.loads(line)
            inferred = infer(_observation(case), base.inference)
            near = matcher.read(sentences(case["text"])).closeness
            for slug, harm in base.harms.items():
                features = weigh(harm, inferred, base, near[slug]).features()
                rows.append([features[n] for n in NAMES])
                labels.append(1.0 if slug in case["expected_categories"] else 0.0)
    return np.array(rows), np.array(labels)


def fit(
    x: np.ndarray, y: np.ndarray, steps: int = 20000, rate: float = 0.5, l2: float = 1e-3
) -> tuple[float, np.ndarray]:
    sample = np.ones_like(y)  # unweighted, so the fitted probabilities stay calibrated
    weights, intercept = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ weights + intercept)))
        error = (p - y) * sample
        weights -= rate * (x.T @ error / len(y) + l2 * weights)
        intercept -= rate * error.mean()
        weights = np.where(SIGNS * weights < 0, 0.0, weights)  # keep each weight's direction
    return intercept, weights


@dataclass
class Case:
    set_name: str
    raw: dict[str, Any]
    vector: np.ndarray  # the mean of its sentence vectors, unit length


def concern_examples(matcher: SignIndex) -> tuple[list[Case], np.ndarray, np.ndarray]:
    """The development cases with their vectors; and the knowledge base's phrases, harm
    phrases labelled 1 and ordinary life 0."""
    cases = []
    for name in CONCERN_SETS:
        for line in (ROOT / "evaluation" / name).read_text().splitlines():
            raw = json.loads(line)
            mean = matcher.encoder.encode(sentences(raw["text"])).mean(axis=0)
            cases.append(Case(name, raw, mean / np.linalg.norm(mean)))
    ordinary = matcher.encoder.encode(load_knowledge().ordinary.situations)
    phrases = np.concatenate([matcher.vectors, ordinary])
    phrases /= np.linalg.norm(phrases, axis=1, keepdims=True)
    labels = np.concatenate([np.ones(len(matcher.vectors)), np.zeros(len(ordinary))])
    return cases, phrases, labels


def fit_concern(
    cases: list[Case], phrases: np.ndarray, phrase_labels: np.ndarray
) -> tuple[float, np.ndarray]:
    concern = np.array([bool(case.raw["expected_categories"]) for case in cases])
    x = np.concatenate([np.array([case.vector for case in cases]), phrases]) * SCALE
    y = np.concatenate([concern.astype(float), phrase_labels])
    # Harm phrases outnumber ordinary ones: each side of the phrases gets the same total.
    harm_share = (phrase_labels == 0).sum() / max((phrase_labels == 1).sum(), 1)
    phrase_weight = np.where(phrase_labels == 1, harm_share, 1.0) * PHRASE_WEIGHT
    sample = np.concatenate([np.array([CASE_WEIGHT[bool(c)] for c in concern]), phrase_weight])
    weights, bias = np.zeros(x.shape[1]), 0.0
    for _ in range(2000):
        error = (1 / (1 + np.exp(-(x @ weights + bias))) - y) * sample
        weights -= 0.5 * (x.T @ error / sample.sum() + 1e-3 * weights)
        bias -= 0.5 * error.sum() / sample.sum()
    return bias, weights


def check_concern(
    cases: list[Case], phrases: np.ndarray, labels: np.ndarray, matcher: SignIndex
) -> None:
    """Each set's concerns missed and false alarms with the reading fitted without it."""
    base = load_knowledge()
    for name in CONCERN_SETS:
        bias, weights = fit_concern([c for c in cases if c.set_name != name], phrases, labels)
        missed = alarms = concerns = controls = 0
        for case in (c for c in cases if c.set_name == name):
            inferred = infer(_observation(case.raw), base.inference)
            reading = matcher.read(sentences(case.raw["text"]))
            held_out = 1 / (1 + np.exp(-(SCALE * case.vector @ weights + bias)))
            signs, _ = rank(inferred, base, replace(reading, concern=float(held_out)))
            expected = bool(case.raw["expected_categories"])
            concerns, controls = concerns + expected, controls + (not expected)
            missed += expected and not signs
            alarms += bool(signs) and not expected
        print(
            f"{name}: left out, {missed} of {concerns} concerns missed, "
            f"{alarms} of {controls} false alarms"
        )


def _observation(case: dict[str, Any]) -> Observation:
    return Observation(
        case["text"],
        case["age"],
        case["age_group"] or "unknown",
        case["reporter_setting"],
        case["immediate_danger"],
    )


def main() -> None:
    x, y = examples()
    intercept, weights = fit(x, y)
    matcher = load_matcher(load_knowledge())
    if matcher is None:
        sys.exit("the sentence model is not installed: run scripts/setup dev")
    cases, phrases, labels = concern_examples(matcher)
    if "--check" in sys.argv:
        check_concern(cases, phrases, labels, matcher)
    bias, concern_weights = fit_concern(cases, phrases, labels)
    out = ROOT / "src" / "safeshare" / "knowledge" / "model.yaml"
    current = out.read_text().splitlines()
    floor = next(
        line.split(":", 1)[1].strip() for line in current if line.startswith("similarity_floor")
    )
    pairs = ", ".join(f"{n}: {w:.3f}" for n, w in zip(NAMES, weights, strict=True))
    out.write_text(
        "# Written by evaluation/fit.py from the development cases: re-run it rather than edit.\n"
        f"fitted_on: [{', '.join(SETS)}]\n"
        f"fitted_at: {date.today().isoformat()}\n"
        f"intercept: {intercept:.3f}\n"
        f"weights: {{{pairs}}}\n"
        f"similarity_floor: {floor}\n"
        "concern_reading:\n"
        f"  fitted_on: [{', '.join(CONCERN_SETS)}]\n"
        f"  encoder: {matcher.encoder.name}\n"
        f"  scale: {SCALE}\n"
        f"  bias: {bias:.4f}\n"
        f"  weights: [{', '.join(f'{w:.4f}' for w in concern_weights)}]\n"
    )
    print(f"{len(y)} examples, {int(y.sum())} positive; intercept {intercept:.3f}; {pairs}")


if __name__ == "__main__":
    main()
