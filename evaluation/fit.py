"""Fit the triage model's weights on the development cases and write knowledge/model.yaml.

Run from the project folder:
.venv/bin/python evaluation/fit.py [--worked-only | --folds N | --check [--failures]]
It does two things. It fits the closeness curve on development.jsonl and everyday.jsonl. And
it writes knowledge/worked/development_sets.yaml from every set in WORKED_SETS: the whole
observations the classifiers learn from at start-up, beside the knowledge base's phrases. A
held-back set that has not been scored yet must never be listed there.

With --worked-only, it writes the worked examples and nothing else: refitting the concern
reading leaves each set out in turn and takes over an hour once every scored set is a
worked example, so its weights stay as fitted on STACK_SETS.

With --folds N, the concern reading's weights are refitted with every worked set, the sets
in N folds of consecutive sets, each fold left out in turn (a refit per fold, under a minute
each), and the missed concerns and false alarms of the weights in use and the refitted ones
are printed, each case read with its own fold left out; nothing is written.

With --check, the classifiers are fitted once per set with that set's worked examples left
out, and each set's missed concerns, false alarms and top-1 are printed: an honest figure
for how the worked examples help on cases the engine did not learn from. Each set is a
refit of about a minute, so with every scored set this takes over an hour.

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
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from safeshare.domain.evaluation import Case, score  # noqa: E402
from safeshare.domain.observation import Observation, infer  # noqa: E402
from safeshare.domain.signs import weigh  # noqa: E402
from safeshare.domain.triage import triage  # noqa: E402
from safeshare.knowledge import load_knowledge  # noqa: E402
from safeshare.knowledge.base import KnowledgeBase  # noqa: E402
from safeshare.knowledge.tuning import ConcernReading  # noqa: E402
from safeshare.semantic.index import SignIndex  # noqa: E402
from safeshare.semantic.loader import load_matcher  # noqa: E402
from safeshare.semantic.sentences import sentences  # noqa: E402

SETS = ["development.jsonl", "everyday.jsonl"]
WORKED_SETS = [
    "development.jsonl",
    "everyday.jsonl",
    "held_back.jsonl",
    "held_back_2.jsonl",
    "held_back_3.jsonl",
    "held_back_4.jsonl",
    "held_back_5.jsonl",
    "held_back_6.jsonl",
    "held_back_7.jsonl",
    "held_back_8.jsonl",
    "held_back_9.jsonl",
    "held_back_10.jsonl",
    "held_back_12.jsonl",
    "held_back_13.jsonl",
    "held_back_14.jsonl",
    "held_back_15.jsonl",
    "held_back_16.jsonl",
    "held_back_11.jsonl",
    "held_back_17.jsonl",
    "held_back_18.jsonl",
    "held_back_19.jsonl",
    "held_back_20.jsonl",
    "held_back_21.jsonl",
    "held_back_22.jsonl",
    "held_back_23.jsonl",
    "held_back_24.jsonl",
    "held_back_25.jsonl",
    # The sets written since, each scored once before it joined. Adding them was measured
    # by scoring each of the twelve newest with the engine of its own scoring and the sets
    # before it as worked examples (docs/triage.md, "Worked examples from every scored set").
    "held_back_26.jsonl",
    "held_back_27.jsonl",
    "held_back_28.jsonl",
    "held_back_29.jsonl",
    "held_back_30.jsonl",
    "held_back_31.jsonl",
    "held_back_32.jsonl",
    "held_back_33.jsonl",
    "held_back_34.jsonl",
    "held_back_35.jsonl",
    "held_back_36.jsonl",
    "held_back_37.jsonl",
    "held_back_38.jsonl",
    "held_back_39.jsonl",
    "held_back_40.jsonl",
    "held_back_41.jsonl",
    "held_back_42.jsonl",
    "held_back_43.jsonl",
    "held_back_44.jsonl",
    "held_back_45.jsonl",
    "held_back_46.jsonl",
    "held_back_47.jsonl",
    "held_back_48.jsonl",
    "held_back_49.jsonl",
    "held_back_50.jsonl",
    "held_back_51.jsonl",
    "held_back_52.jsonl",
    "held_back_53.jsonl",
    "held_back_54.jsonl",
    "held_back_55.jsonl",
    "held_back_56.jsonl",
    "held_back_57.jsonl",
    "held_back_58.jsonl",
    "held_back_59.jsonl",
    "held_back_60.jsonl",
    "held_back_61.jsonl",
    "held_back_62.jsonl",
    "held_back_63.jsonl",
    "held_back_64.jsonl",
    "held_back_65.jsonl",
    "held_back_66.jsonl",
    "held_back_67.jsonl",
    "held_back_68.jsonl",
    "held_back_69.jsonl",
    "held_back_70.jsonl",
    "held_back_71.jsonl",
    "held_back_72.jsonl",
    "held_back_73.jsonl",
    "held_back_74.jsonl",
    "held_back_75.jsonl",
    "held_back_76.jsonl",
    "held_back_77.jsonl",
    "held_back_78.jsonl",
    "held_back_79.jsonl",
    "held_back_80.jsonl",
    "held_back_81.jsonl",
    "held_back_82.jsonl",
    "held_back_83.jsonl",
    "held_back_84.jsonl",
    "held_back_85.jsonl",
    "held_back_86.jsonl",
    "held_back_87.jsonl",
    "held_back_88.jsonl",
    "held_back_89.jsonl",
    "held_back_90.jsonl",
    "held_back_91.jsonl",
    "held_back_92.jsonl",
    "held_back_93.jsonl",
    "held_back_94.jsonl",
    "held_back_95.jsonl",
    "held_back_96.jsonl",
    "held_back_97.jsonl",
    "held_back_98.jsonl",
    "held_back_99.jsonl",
    "held_back_100.jsonl",
    "held_back_101.jsonl",
    "held_back_102.jsonl",
    "held_back_103.jsonl",
    "held_back_104.jsonl",
    "held_back_105.jsonl",
    "held_back_106.jsonl",
    "held_back_107.jsonl",
    "held_back_108.jsonl",
    "held_back_109.jsonl",
    "held_back_110.jsonl",
    "held_back_111.jsonl",
    "held_back_112.jsonl",
    "held_back_113.jsonl",
    "held_back_114.jsonl",
    "held_back_115.jsonl",
]
# The concern reading's two weights were fitted on these sets, each left out in turn; with
# --worked-only they are kept, as they were when the sets above were measured joining.
# --folds 10 refits them on every worked set and found no better weights (docs/triage.md).
STACK_SETS = WORKED_SETS[: WORKED_SETS.index("held_back_25.jsonl") + 1]
KNOWLEDGE = ROOT / "src" / "safeshare" / "knowledge"
NAMES = ["closest", "second"]
SIGNS = np.array([1, 1])  # closer never means less likely


def examples() -> tuple[np.ndarray, np.ndarray]:
    base, matcher = _knowledge_and_matcher()
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


def worked_examples() -> list[tuple[str, dict[str, Any]]]:
    """Every case of the worked sets, with the set it came from."""
    return [
        (name, json.loads(line))
        for name in WORKED_SETS
        for line in (ROOT / "evaluation" / name).read_text().splitlines()
        if line.strip()
    ]


def write_worked_examples(cases: list[tuple[str, dict[str, Any]]]) -> None:
    lines = [
        "# Worked examples: whole observations as people write them, with the harms a",
        "# safeguarding lead would see in them (none: ordinary life, not a concern), the primary",
        "# harm first. The sentence model's classifiers learn from them at start-up. Written by",
        "# evaluation/fit.py from the development case sets: re-run it rather than edit. An area",
        "# adds its own in another file in this folder, each with its source.",
        "examples:",
    ]
    for _, case in cases:
        lines += [
            f"  - text: {json.dumps(case['text'], ensure_ascii=False)}",
            f"    harms: [{', '.join(case['expected_categories'])}]",
            *(
                ["    danger: true"]
                if case.get("expected_danger", case["immediate_danger"])
                else []
            ),
            f"    source: {case['source']}",
            "    verified: false",
        ]
    (KNOWLEDGE / "worked" / "development_sets.yaml").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )


def concern_readings(cases: list[tuple[str, dict[str, Any]]]) -> tuple[np.ndarray, np.ndarray]:
    """For every case, with its own set's worked examples left out: the concern classifier's
    log-odds and the closest worked examples' margin; and whether it is a concern."""
    base, matcher = _knowledge_and_matcher()
    rows, labels = [], []
    for name, without in _each_set_left_out(base, matcher, cases, STACK_SETS):
        readings, concerns = _readings(without, [case for n, case in cases if n == name])
        rows += readings
        labels += concerns
    return np.array(rows), np.array(labels)


def _readings(
    without: SignIndex, cases: list[dict[str, Any]]
) -> tuple[list[list[float]], list[float]]:
    """Each case's two concern readings by ``without``, and whether it is a concern."""
    rows = [
        list(without.concern_evidence(without.encode(sentences(c["text"]) or [c["text"]])))
        for c in cases
    ]
    return rows, [1.0 if case["expected_categories"] else 0.0 for case in cases]


def _knowledge_and_matcher() -> tuple[KnowledgeBase, SignIndex]:
    base = load_knowledge()
    matcher = load_matcher(base)
    if matcher is None:
        sys.exit("the sentence model is not installed: run scripts/setup dev")
    return base, matcher


def _each_set_left_out(
    base: KnowledgeBase,
    matcher: SignIndex,
    cases: list[tuple[str, dict[str, Any]]],
    names: list[str] = WORKED_SETS,
) -> Iterator[tuple[str, SignIndex]]:
    """Each named worked set, with the sentence model fitted without that set's cases."""
    for name in names:
        yield name, _left_out(base, matcher, cases, {name})


def _left_out(
    base: KnowledgeBase,
    matcher: SignIndex,
    cases: list[tuple[str, dict[str, Any]]],
    names: set[str],
) -> SignIndex:
    """The sentence model fitted without the named sets' cases as worked examples."""
    left_out = {case["text"] for n, case in cases if n in names}
    kept = [example for example in base.worked if example.text not in left_out]
    return SignIndex(base.with_worked(kept), matcher.encoder)


def fit_concern_reading(x: np.ndarray, y: np.ndarray, ordinary_weight: float) -> str:
    """The two readings' weights (held positive) and intercept, with each ordinary case
    counting as the concern classifier counts a no-concern worked example. Fitted to
    convergence by Newton's method: the margin's spread is a few hundredths, so plain
    gradient steps stopped far short of the best weight for it."""
    fitted = _fitted_reading(x, y, ordinary_weight)
    return (
        f"{{classifier: {fitted.classifier:.3f}, neighbours: {fitted.neighbours:.3f}, "
        f"intercept: {fitted.intercept:.3f}}}"
    )


def _fitted_reading(x: np.ndarray, y: np.ndarray, ordinary_weight: float) -> ConcernReading:
    weights, intercept = _newton(x, y, np.where(y > 0, 1.0, ordinary_weight))
    return ConcernReading(
        classifier=float(weights[0]), neighbours=float(weights[1]), intercept=intercept
    )


def _newton(x: np.ndarray, y: np.ndarray, sample: np.ndarray) -> tuple[np.ndarray, float]:
    """Weighted logistic regression; a reading whose best weight would be negative is
    dropped (weight 0), so that closer to a concern never reads as less of one."""
    kept = np.ones(x.shape[1], dtype=bool)
    while True:
        design = np.c_[x[:, kept], np.ones(len(x))]
        theta = np.zeros(design.shape[1])
        for _ in range(100):
            p = 1 / (1 + np.exp(-(design @ theta)))
            gradient = design.T @ ((p - y) * sample)
            hessian = (design * (sample * p * (1 - p))[:, None]).T @ design
            step = np.linalg.solve(hessian + 1e-9 * np.eye(len(theta)), gradient)
            theta -= step
            if np.abs(step).max() < 1e-10:
                break
        if (theta[:-1] >= 0).all():
            weights = np.zeros(x.shape[1])
            weights[kept] = theta[:-1]
            return weights, float(theta[-1])
        kept[np.flatnonzero(kept)[theta[:-1] < 0]] = False


def check(cases: list[tuple[str, dict[str, Any]]]) -> None:
    """Each set's figures with the classifiers fitted without its worked examples."""
    base, matcher = _knowledge_and_matcher()
    for name, without in _each_set_left_out(base, matcher, cases):
        scores = score(
            (Case.from_json(case), triage(_observation(case), base, without))
            for n, case in cases
            if n == name
        )  # scored exactly as `safeshare evaluate` scores
        figures = scores.figures()
        print(
            f"{name}: left out, {figures['missed_concerns']} of {figures['concern_cases']} "
            f"concerns missed, {figures['false_alarms']} of {figures['no_concern_controls']} "
            f"false alarms, top-1 {figures['top1']}"
        )
        if "--failures" in sys.argv:
            print("".join(f"  {failure}\n" for failure in scores.failures), end="")


def check_folds(cases: list[tuple[str, dict[str, Any]]], folds: int) -> None:
    """The concern reading refitted on every worked set, the sets left out a fold at a time,
    beside the weights in use: each case scored with its own fold's worked examples left out."""
    base, matcher = _knowledge_and_matcher()
    rows, labels, scored = [], [], []
    for chunk in np.array_split(np.array(WORKED_SETS), folds):
        fold = set(chunk.tolist())
        without = _left_out(base, matcher, cases, fold)
        readings, concerns = _readings(without, [case for n, case in cases if n in fold])
        rows += readings
        labels += concerns
        scored.append((fold, without))
    x, y = np.array(rows), np.array(labels)
    ordinary_weight = base.settings.classifier.ordinary_example_weight
    refitted = _fitted_reading(x, y, ordinary_weight)
    for label, stack in (("in use", base.model.concern_reading), ("refitted", refitted)):
        missed = alarms = 0
        for fold, without in scored:
            without.stack = stack
            figures = score(
                (Case.from_json(case), triage(_observation(case), base, without))
                for n, case in cases
                if n in fold
            ).figures()
            missed += figures["missed_concerns"]
            alarms += figures["false_alarms"]
        print(
            f"{label}: {stack.classifier:.3f} x classifier + {stack.neighbours:.3f} x neighbours "
            f"+ {stack.intercept:.3f}; {missed} of {int(y.sum())} concerns missed, {alarms} of "
            f"{int(len(y) - y.sum())} false alarms"
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
    if "--folds" in sys.argv:
        check_folds(worked_examples(), int(sys.argv[sys.argv.index("--folds") + 1]))
        return
    if "--worked-only" in sys.argv:
        write_worked_examples(worked_examples())
        print(f"worked examples written from {len(WORKED_SETS)} sets")
        return
    x, y = examples()
    intercept, weights = fit(x, y)
    cases = worked_examples()
    write_worked_examples(cases)
    load_knowledge.cache_clear()
    readings, concerns = concern_readings(cases)
    ordinary_weight = load_knowledge().settings.classifier.ordinary_example_weight
    stack = fit_concern_reading(readings, concerns, ordinary_weight)
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
        "# The concern reading: the concern classifier's log-odds and the closest worked\n"
        "# examples' margin, each case read with its own set left out.\n"
        f"concern_reading: {stack}\n"
    )
    load_knowledge.cache_clear()
    if "--check" in sys.argv:
        check(cases)
    print(f"{len(y)} examples, {int(y.sum())} positive; intercept {intercept:.3f}; {pairs}")


if __name__ == "__main__":
    main()
