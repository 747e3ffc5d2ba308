"""Fit the triage model's weights on the development cases and write knowledge/model.yaml.

Run from the project folder: .venv/bin/python evaluation/fit.py
Only development.jsonl and everyday.jsonl are used: held_back.jsonl must never be.

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
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from safeshare.domain.observation import Observation, infer  # noqa: E402
from safeshare.domain.signs import weigh  # noqa: E402
from safeshare.domain.text import sentences  # noqa: E402
from safeshare.knowledge import load_knowledge  # noqa: E402
from safeshare.semantic.loader import load_matcher  # noqa: E402

SETS = ["development.jsonl", "everyday.jsonl"]
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
            observation = Observation(
                case["text"],
                case["age"],
                case["age_group"] or "unknown",
                case["reporter_setting"],
                case["immediate_danger"],
            )
            inferred = infer(observation, base.inference)
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


def main() -> None:
    x, y = examples()
    intercept, weights = fit(x, y)
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
    )
    print(f"{len(y)} examples, {int(y.sum())} positive; intercept {intercept:.3f}; {pairs}")


if __name__ == "__main__":
    main()
