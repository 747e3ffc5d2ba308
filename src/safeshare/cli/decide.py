"""`safeshare decide`: the sharing flowchart, from a file of answers or one question at a time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from safeshare.cli.common import fail, knowledge_or_exit
from safeshare.domain.decision import Decision, DecisionInputError, decide, parse_answers
from safeshare.domain.records import Decider, RecordError
from safeshare.knowledge import KnowledgeBase


def decide_command(
    answers: Annotated[Path | None, typer.Option(help="JSON file of answers.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    record_to: Annotated[
        Path | None, typer.Option("--record-to", help="Folder to save the record in.")
    ] = None,
    decided_by: Annotated[str, typer.Option(help="With --record-to: your name.")] = "",
    role: Annotated[str, typer.Option(help="With --record-to: your role.")] = "",
    organisation: Annotated[str, typer.Option(help="With --record-to: your organisation.")] = "",
    shared: Annotated[str, typer.Option(help="With --record-to: what was or was not shared.")] = "",
    recipient: Annotated[str, typer.Option(help="With --record-to: with whom.")] = "",
    subject_age: Annotated[int | None, typer.Option(help="Age of the person it is about.")] = None,
    category: Annotated[
        str | None, typer.Option(help="The harm, as a slug (see knowledge show harms).")
    ] = None,
    danger: Annotated[
        bool, typer.Option("--danger", help="Someone is in immediate danger.")
    ] = False,
) -> None:
    """Can I share this information? Walks the HM Government flowchart and gives the legal basis."""
    base = knowledge_or_exit()
    facts = {"subject_age": subject_age, "category": category, "immediate_danger": danger or None}
    given_context = {key: value for key, value in facts.items() if value is not None}
    raw = {**given_context, **(_read_answers(answers) if answers else _ask(base, given_context))}
    try:
        given, context = parse_answers(raw, base)
    except DecisionInputError as error:
        raise fail(str(error)) from error
    decision = decide(given, context, base)
    typer.echo(json.dumps(decision.to_dict(), indent=2) if as_json else readable(decision))
    if record_to is not None:
        from safeshare.services.decision_records import record_decision  # only when recording

        try:
            path, record = record_decision(
                decision, Decider(decided_by, role, organisation), record_to, shared, recipient
            )
        except RecordError as error:
            raise fail(str(error)) from error
        typer.echo(f"Recorded as {record['reference']} in {path}", err=as_json)


def _read_answers(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise fail(f"cannot read {path}: {error.strerror}") from error
    except json.JSONDecodeError as error:
        raise fail(f"{path} is not valid JSON: {error.msg} at line {error.lineno}") from error
    if not isinstance(raw, dict):
        raise fail(f"{path} must hold a JSON object of answers")
    return raw


def _ask(base: KnowledgeBase, context: dict[str, Any]) -> dict[str, Any]:
    """One question at a time, as the flowchart reaches it."""
    try:
        parse_answers(context, base)
    except DecisionInputError as error:
        raise fail(str(error)) from error
    answers: dict[str, Any] = {}
    while True:
        decision = decide(answers, parse_answers(context, base)[1], base)
        if decision.next_question is None:
            return answers
        question = decision.next_question
        typer.echo(f"\n{question['text']}\n  {question['help']}\n  (Source: {question['source']})")
        reply = typer.prompt("Answer yes, no or unsure").strip().lower()
        while reply not in ("yes", "no", "unsure"):
            reply = typer.prompt("Please answer yes, no or unsure").strip().lower()
        answers[question["id"]] = reply


def readable(decision: Decision) -> str:
    titles = {
        "share": "You can share the information.",
        "do_not_share": "Do not share the information.",
        "seek_advice": "Seek advice before you decide.",
        "need_more_answers": "More answers are needed.",
    }
    lines = [titles[decision.outcome], "", "Why:"]
    lines += [f"  - {reason}" for reason in decision.reasons]
    if decision.gateways:
        lines += ["", "The law and guidance that apply:"]
        for gateway in decision.gateways:
            lines.append(f"  - {gateway['name']} ({gateway['law']}): {gateway['summary']}")
            if "note" in gateway:
                lines.append(f"      Note: {gateway['note']}")
    lines += ["", "What to do:"] + [f"  - {action}" for action in decision.actions]
    if decision.next_question:
        lines += ["", f"Next question: {decision.next_question['text']}"]
    return "\n".join(lines)
