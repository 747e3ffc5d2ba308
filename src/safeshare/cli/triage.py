"""`safeshare triage` and `safeshare evaluate`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from safeshare.cli.common import default_locality, fail, knowledge_or_exit
from safeshare.domain.evaluation import Case, confusion_rows, reliability_table, score
from safeshare.domain.observation import Observation, ObservationError
from safeshare.domain.results import TriageResult
from safeshare.domain.signs import SignMatcher
from safeshare.domain.triage import triage, triage_many
from safeshare.knowledge import KnowledgeBase, UnknownLocalityError
from safeshare.semantic.loader import load_matcher

BATCH_CHUNK = 64
AgeGroupOption = Annotated[str, typer.Option("--age-group", help="child, adult or unknown")]


def triage_command(
    text: Annotated[str | None, typer.Argument(help="What you noticed, in your own words.")] = None,
    age: Annotated[int | None, typer.Option(help="The person's age, if known.")] = None,
    age_group: AgeGroupOption = "unknown",
    setting: Annotated[str | None, typer.Option(help="Your role: school, health, ...")] = None,
    danger: Annotated[
        bool | None,
        typer.Option(
            "--danger/--no-danger",
            help="Someone is in immediate danger, or (--no-danger) nobody is. Unsaid: unknown.",
        ),
    ] = None,
    locality: Annotated[
        str | None, typer.Option(help="Your area (see `safeshare localities`).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    batch: Annotated[Path | None, typer.Option(help="Answer every line of a JSONL file.")] = None,
    out: Annotated[Path | None, typer.Option(help="With --batch: write answers here.")] = None,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Do not use the sentence model.")
    ] = False,
) -> None:
    """Should I tell someone? Describe what you noticed and get signs, urgency and whom to contact."""
    base = knowledge_or_exit()
    matcher = None if rules_only else load_matcher(base)
    locality = default_locality(locality)
    if batch is not None:
        raise typer.Exit(_run_batch(base, matcher, batch, out, locality))
    if text is None:
        text = typer.prompt("What did you notice? Describe it in your own words")
    try:
        observation = Observation(
            text=text,
            age=age,
            age_group=age_group,  # type: ignore[arg-type]
            reporter_setting=setting,
            immediate_danger=danger,
            locality=locality,
        )
        result = triage(observation, base, matcher)
    except (ObservationError, UnknownLocalityError) as error:
        raise fail(str(error).strip("'\"")) from error
    typer.echo(json.dumps(result.to_dict(), indent=2) if as_json else readable(result))


def readable(result: TriageResult) -> str:
    lines = []
    if result.urgency == "emergency":
        lines += ["CALL 999 NOW: someone may be in immediate danger.", ""]
    if result.signs:
        lines.append("Yes, tell someone. Potential signs:")
        for sign in result.signs:
            lines.append(f"  - {sign.name} (confidence {sign.confidence:.2f})")
            lines += [f"      you described: {indicator}" for indicator in sign.indicators]
    elif result.urgency != "emergency":
        lines.append("Nothing you describe points clearly to harm.")
    lines += ["", f"Who to contact, in order ({result.locality}):"]
    for number, route in enumerate(result.routes, 1):
        contact = f" on {route.contact}" if route.contact else ""
        lines.append(f"  {number}. {route.name}{contact}")
        lines.append(f"     Why: {route.why}")
        if route.note:
            lines.append(f"     Note: {route.note}")
    lines += [f"  Also: {text}" for text in result.further_help]
    lines += ["", result.explanation]
    return "\n".join(lines)


def _observation(raw: Any, locality: str | None) -> Observation:
    if not isinstance(raw, dict):
        raise ObservationError("each line must be a JSON object")
    text = raw.get("text")
    if not isinstance(text, str):
        raise ObservationError("'text' must be a string")
    age = raw.get("age")
    if age is not None and (not isinstance(age, int) or isinstance(age, bool)):
        raise ObservationError("'age' must be a whole number or null")
    danger = raw.get("immediate_danger")
    if danger is not None and not isinstance(danger, bool):
        raise ObservationError("'immediate_danger' must be true, false or null")
    return Observation(
        text=text,
        age=age,
        age_group=raw.get("age_group") or "unknown",
        reporter_setting=raw.get("reporter_setting"),
        immediate_danger=danger,
        locality=raw.get("locality") or locality,
        id=_id(raw),
    )


def _id(raw: dict[str, Any]) -> str | None:
    value = raw.get("id")
    return None if value is None else str(value)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, line


def _run_batch(
    base: KnowledgeBase,
    matcher: SignMatcher | None,
    batch: Path,
    out: Path | None,
    locality: str | None,
) -> int:
    """Answer each line; report bad lines with their numbers and carry on with the rest.
    Good lines are answered in chunks, two at a time (see triage_many)."""
    if not batch.is_file():
        typer.echo(f"Error: cannot read {batch}: no such file", err=True)
        return 2
    failed = 0
    sink: TextIO = out.open("w", encoding="utf-8") if out else sys.stdout
    chunk: list[Observation] = []

    def flush() -> None:
        for result in triage_many(chunk, base, matcher):
            sink.write(json.dumps(result.to_dict()) + "\n")
        chunk.clear()

    try:
        for number, line in _lines(batch):
            try:
                observation = _observation(json.loads(line), locality)
                base.locality(observation.locality)  # an unknown area is this line's error
            except (json.JSONDecodeError, ObservationError, UnknownLocalityError) as error:
                failed += 1
                typer.echo(f"{batch}:{number}: skipped: {str(error).strip(chr(39))}", err=True)
                continue
            chunk.append(observation)
            if len(chunk) == BATCH_CHUNK:
                flush()
        flush()
    finally:
        if out:
            sink.close()
    return 1 if failed else 0


def evaluate_command(
    cases: Annotated[
        Path, typer.Argument(help="JSONL with expected_categories and expected_routes.")
    ],
    show_failures: Annotated[bool, typer.Option("--failures", help="List every miss.")] = False,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Do not use the sentence model.")
    ] = False,
    reliability: Annotated[
        bool, typer.Option("--reliability", help="Confidence against accuracy.")
    ] = False,
) -> None:
    """Print top-1, top-3, first-route, danger and false-alarm figures for labelled cases."""
    base = knowledge_or_exit()
    matcher = None if rules_only else load_matcher(base)
    pairs = []
    for number, line in _lines(cases):
        try:
            raw = json.loads(line)
            case = Case.from_json(raw)
            pairs.append((case, triage(_observation(raw, None), base, matcher)))
        except (json.JSONDecodeError, KeyError, ObservationError) as error:
            raise fail(f"{cases}:{number}: {error}") from error
    scores = score(pairs)
    for key, value in scores.figures().items():
        typer.echo(f"{key:>22}: {value}")
    rows = confusion_rows(scores)
    if rows:
        typer.echo("\nConfusions (expected -> got: count):")
        for expected, got, count in rows:
            typer.echo(f"  {expected} -> {got}: {count}")
    if reliability:
        typer.echo(
            "\nReliability (first sign's confidence -> share of concern cases where it was expected):"
        )
        for low, high, count, share in reliability_table(pairs):
            typer.echo(
                f"  {low:.1f}-{high:.1f}: {count:3d} cases, {share:.2f} right"
                if count
                else f"  {low:.1f}-{high:.1f}:   0 cases"
            )
    if show_failures:
        typer.echo("\nMisses:")
        for failure in scores.failures:
            typer.echo(f"  {failure}")
