"""The shapes of the sharing knowledge: the information sharing flowchart (flowchart.yaml)
and the law's summary shown beside it (law.yaml)."""

from __future__ import annotations

from typing import Literal

from safeshare.knowledge.schema import Cited, Strict


class AnswerRule(Strict):
    next: str
    reason: str


class FlowchartQuestion(Cited):
    id: str
    text: str
    help: str
    yes: AnswerRule
    no: AnswerRule
    unsure: AnswerRule


class FlowchartOutcome(Cited):
    id: str
    outcome: Literal["share", "do_not_share", "seek_advice"]
    summary: str
    actions: list[str]


class Flowchart(Cited):
    title: str
    editions: list[str]
    start: str
    questions: list[FlowchartQuestion]
    outcomes: list[FlowchartOutcome]
    always: str
    side_box: Cited | None = None
    side_box_text: str | None = None


class LawItem(Cited):
    text: str


class LawSection(Strict):
    title: str
    intro: str | None = None
    items: list[LawItem]


class Law(Strict):
    sections: dict[str, LawSection]
