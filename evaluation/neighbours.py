"""Show each case's nearest cases in the other sets by meaning, to check a new set for
situations already told in other words.

Run from the project folder: .venv/bin/python evaluation/neighbours.py held_back_67.jsonl
[--top N]

The near-copy test (tests/unit/test_case_sets.py) counts shared words, so it misses a case
that retells an earlier one in new words: "a 6 year old walks her 3 year old brother to
nursery in yesterday's clothes" against "a 7 year old crosses at my patrol with his 3 year
old sister, both in yesterday's clothes". This reads every case with the local sentence model
and prints, for each case of the named set, its closest cases elsewhere, closest first, so
that a writer can read the pairs side by side before the set is scored. Closeness is the
cosine of the two sentence vectors; pairs at 0.70 or above are marked, and the cases that
are not nearly the same situation are usually well below it. The quantised model's vectors
shift a little with the batch they are read in, so a pair's closeness can move by about
0.01 as sets are added: the mark is a prompt to read, not a line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from safeshare.knowledge import load_knowledge  # noqa: E402
from safeshare.semantic.loader import load_matcher  # noqa: E402

FOLDER = ROOT / "evaluation"
MARK = 0.70


def _cases(path: Path) -> list[tuple[str, str]]:
    return [(case["id"], case["text"]) for case in map(json.loads, path.read_text().splitlines())]


def _unit_vectors(texts: list[str]) -> np.ndarray:
    """The sentence model's vectors, which it already returns at unit length, so a dot product
    is the cosine."""
    matcher = load_matcher(load_knowledge())
    if matcher is None:
        sys.exit("The sentence model could not be loaded; see the log above.")
    return matcher.encoder.encode(texts)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("set", help="a file in evaluation/, such as held_back_67.jsonl")
    parser.add_argument("--top", type=int, default=1, help="closest cases to show (default 1)")
    arguments = parser.parse_args(argv)
    if arguments.top < 1:
        parser.error("--top must be 1 or more")
    return arguments


def main(argv: list[str]) -> None:
    arguments = _arguments(argv)
    target = FOLDER / Path(arguments.set).name
    if not target.exists():
        sys.exit(f"No such set: {target}")
    top = arguments.top
    new = _cases(target)
    old = [
        case for path in sorted(FOLDER.glob("*.jsonl")) if path != target for case in _cases(path)
    ]
    vectors = _unit_vectors([text for _, text in new] + [text for _, text in old])
    closeness = vectors[: len(new)] @ vectors[len(new) :].T
    for row, (case_id, text) in enumerate(new):
        print(f"{case_id}  {text}")
        for column in np.argsort(-closeness[row])[:top]:
            mark = "  <- read side by side" if closeness[row, column] >= MARK else ""
            other_id, other_text = old[column]
            print(f"    {closeness[row, column]:.2f} {other_id}  {other_text}{mark}")


if __name__ == "__main__":
    main(sys.argv[1:])
