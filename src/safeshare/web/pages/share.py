"""'Can I share this information?': the flowchart one question a page, the outcome, the record."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from safeshare.domain.decision import QUESTION_KEYS, Decision, decide, parse_answers
from safeshare.domain.records import Decider, RecordError
from safeshare.services.sharing_decisions import get_record, record_decision
from safeshare.services.storage import NotFoundError
from safeshare.services.triage_submissions import get_submission
from safeshare.web.pages.common import (
    Errors,
    checked_form,
    finish_journey,
    is_mine,
    knowledge,
    load_answers,
    redirect,
    remember,
    save_answers,
    text,
)
from safeshare.web.records import record_pdf
from safeshare.web.templating import render

router = APIRouter(prefix="/share", include_in_schema=False)
KIND = "share"
RECORD_FIELDS = {
    "decided_by": ("Your name", 200),
    "role": ("Your role", 200),
    "organisation": ("Your organisation", 200),
    "shared": ("What you shared, or decided not to share", 2000),
    "recipient": ("Who you shared it with, or who asked for it", 500),
}
REQUIRED = ("decided_by", "role", "organisation")


def _decision(request: Request, answers: dict[str, Any]) -> Decision:
    given, context = parse_answers(answers, knowledge(request))
    return decide(given, context, knowledge(request))


def _next_url(decision: Decision) -> str:
    if decision.next_question is not None:
        return f"/share/question/{decision.next_question['id']}"
    return "/share/outcome"


@router.get("/start", name="share_start")
def start(request: Request) -> HTMLResponse:
    reference = request.query_params.get("from")
    carried = None
    if reference and is_mine(request, reference):
        carried = get_submission(request.app.state.db, reference)
    return render(
        request,
        "share/start.html",
        {"carried": carried, "section": "share", "harms": knowledge(request).harms},
    )


@router.post("/start", name="share_begin")
async def begin(request: Request) -> Response:
    form = await checked_form(request)
    answers: dict[str, Any] = {}
    reference = text(form, "from")
    if reference and is_mine(request, reference):
        submitted = get_submission(request.app.state.db, reference)
        signs = submitted.result.get("signs") or []
        answers = {
            "subject_age": submitted.observation.age,
            "age_group": submitted.observation.age_group,
            "category": signs[0]["category"] if signs else None,
            "immediate_danger": bool(submitted.observation.immediate_danger),
            "from": reference,
        }
        answers = {key: value for key, value in answers.items() if value is not None}
    save_answers(request, KIND, answers)
    return redirect(_next_url(_decision(request, _context_only(answers))))


def _context_only(answers: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in answers.items() if key != "from"}


@router.get("/question/{question_id}", name="share_question")
def question(request: Request, question_id: str) -> HTMLResponse:
    return _question_page(request, question_id, load_answers(request, KIND), Errors())


def _question_page(
    request: Request, question_id: str, answers: dict[str, Any], errors: Errors
) -> HTMLResponse:
    base = knowledge(request)
    asked = base.question(question_id)
    if asked is None or question_id not in QUESTION_KEYS:
        raise HTTPException(404)
    law = base.law.sections if question_id in ("consent", "other_lawful_basis") else {}
    earlier = [key for key in QUESTION_KEYS[: QUESTION_KEYS.index(question_id)] if key in answers]
    return render(
        request,
        "share/question.html",
        {
            "back": f"/share/question/{earlier[-1]}" if earlier else "/share/start",
            "question": asked,
            "source": base.cited(asked.source),
            "answer": answers.get(question_id),
            "law": law,
            "section": "share",
            **errors.context(),
        },
        400 if errors else 200,
    )


@router.post("/question/{question_id}", name="share_answer")
async def answer(request: Request, question_id: str) -> Response:
    form = await checked_form(request)
    if question_id not in QUESTION_KEYS:
        raise HTTPException(404)
    answers = load_answers(request, KIND)
    chosen = text(form, "answer")
    if chosen not in ("yes", "no", "unsure"):
        errors = Errors()
        errors.add("answer", "Select yes, no or I'm not sure", "answer")
        return _question_page(request, question_id, answers, errors)
    # A changed answer can change the path: later answers are asked again.
    later = QUESTION_KEYS[QUESTION_KEYS.index(question_id) + 1 :]
    answers = {key: value for key, value in answers.items() if key not in later}
    answers[question_id] = chosen
    save_answers(request, KIND, answers)
    return redirect(_next_url(_decision(request, _context_only(answers))))


@router.get("/outcome", name="share_outcome")
def outcome(request: Request) -> Response:
    answers = load_answers(request, KIND)
    decision = _decision(request, _context_only(answers))
    if decision.next_question is not None:
        return redirect(_next_url(decision))
    return render(
        request,
        "share/outcome.html",
        {
            "decision": decision,
            "section": "share",
            "questions": knowledge(request).flowchart.questions,
        },
    )


@router.get("/record", name="share_record_form")
def record_form(request: Request) -> Response:
    answers = load_answers(request, KIND)
    if _decision(request, _context_only(answers)).next_question is not None:
        return redirect("/share/start")
    return render(
        request,
        "share/record-form.html",
        {"values": {}, "fields": RECORD_FIELDS, "section": "share"},
    )


@router.post("/record", name="share_record_save")
async def record_save(request: Request) -> Response:
    form = await checked_form(request)
    answers = load_answers(request, KIND)
    decision = _decision(request, _context_only(answers))
    if decision.next_question is not None:
        return redirect("/share/start")
    values = {name: text(form, name) for name in RECORD_FIELDS}
    errors = Errors()
    for name, (label, limit) in RECORD_FIELDS.items():
        if name in REQUIRED and not values[name]:
            errors.add(name, f"Enter {label[0].lower()}{label[1:]}")
        elif len(values[name]) > limit:
            errors.add(name, f"{label} must be {limit:,} characters or fewer")
    if errors:
        return render(
            request,
            "share/record-form.html",
            {"values": values, "fields": RECORD_FIELDS, "section": "share", **errors.context()},
            400,
        )
    try:
        record = record_decision(
            request.app.state.db,
            decision,
            Decider(values["decided_by"], values["role"], values["organisation"]),
            datetime.now(UTC),
            values["shared"],
            values["recipient"],
        )
    except RecordError as error:
        raise HTTPException(400, str(error)) from error
    remember(request, record["reference"])
    finish_journey(request, KIND)
    return redirect(f"/share/record/{record['reference']}")


def _record(request: Request, reference: str) -> dict[str, Any]:
    try:
        return get_record(request.app.state.db, reference)
    except NotFoundError as error:
        raise HTTPException(404) from error


@router.get("/record/{reference}", name="share_record")
def record_page(request: Request, reference: str) -> HTMLResponse:
    record = _record(request, reference)
    return render(
        request,
        "share/record.html",
        {"record": record, "section": "share", "just_made": is_mine(request, reference)},
    )


@router.get("/record/{reference}/json", name="share_record_json")
def record_json(request: Request, reference: str) -> Response:
    record = _record(request, reference)
    return Response(
        json.dumps(record, indent=2),
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="{reference}.json"'},
    )


@router.get("/record/{reference}/pdf", name="share_record_pdf")
def record_pdf_download(request: Request, reference: str) -> Response:
    record = _record(request, reference)
    return Response(
        record_pdf(record),
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{reference}.pdf"'},
    )
