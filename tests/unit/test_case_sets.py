"""Every labelled case set is well formed: a typo in a label would silently score a case
as wrong (or right) for ever. Nothing here runs triage, so an unscored set stays unscored."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from safeshare.knowledge import KnowledgeBase
from safeshare.knowledge.schema import HARM_SLUGS, ROUTE_SLUGS, SETTING_SLUGS

SETS = sorted((Path(__file__).resolve().parents[2] / "evaluation").glob("*.jsonl"))
FIELDS = {"id", "text", "age", "age_group", "reporter_setting", "immediate_danger"}


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.stem)
def test_every_case_uses_known_labels(base: KnowledgeBase, path: Path) -> None:
    ids: set[str] = set()
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        case = json.loads(line)
        where = f"{path.name} line {number}"
        assert case.keys() >= FIELDS, where
        assert case["id"] not in ids, f"{where}: id {case['id']} repeated"
        ids.add(case["id"])
        assert case["text"].strip(), where
        assert set(case["expected_categories"]) <= set(HARM_SLUGS), where
        assert case["expected_routes"] or not case["expected_categories"], where
        assert set(case["expected_routes"]) <= set(ROUTE_SLUGS), where
        assert case["reporter_setting"] in (*SETTING_SLUGS, None), where
        assert case["age_group"] in ("child", "adult", "unknown", None), where
        assert case.get("source") in base.sources, f"{where}: unknown source"


# Pairs of cases, in different sets, that share most of their words. They were found after
# the later case of each pair had been scored, so the pairs are recorded here (and in
# evaluation/README.md) rather than edited away; a new set must not add another.
KNOWN_NEAR_COPIES = {
    frozenset({"AB26", "AI27"}),
    frozenset({"AI27", "AK29"}),
    frozenset({"X036", "E038"}),
    frozenset({"R066", "J034"}),
    frozenset({"N03", "X077"}),
    frozenset({"R079", "Y063"}),
    frozenset({"R023", "M009"}),
    frozenset({"AH32", "E103"}),
    frozenset({"X077", "AG33"}),
}
NEAR_COPY = 0.6  # share of the two cases' distinct words that they have in common


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9']+", text.lower()))


def test_no_case_nearly_copies_a_case_in_another_set() -> None:
    """A held-back set written from memory can repeat a case already learned from, and then
    its first scoring measures recall rather than generalisation."""
    cases = [
        (path.stem, case["id"], _words(case["text"]))
        for path in SETS
        for case in map(json.loads, path.read_text().splitlines())
    ]
    vocabulary = {word: n for n, word in enumerate({w for _, _, words in cases for w in words})}
    present = np.zeros((len(cases), len(vocabulary)), dtype=np.float32)
    for row, (_, _, words) in enumerate(cases):
        present[row, [vocabulary[word] for word in words]] = 1.0
    shared = present @ present.T
    sizes = present.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - shared
    sets = np.array([where for where, _, _ in cases])
    near = (shared >= NEAR_COPY * union) & (sets[:, None] != sets[None, :])
    rows, columns = np.nonzero(np.triu(near, 1))
    found = {frozenset({cases[i][1], cases[j][1]}) for i, j in zip(rows, columns, strict=True)}
    assert found == KNOWN_NEAR_COPIES
