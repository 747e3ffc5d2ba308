"""Reporting anonymously, as Crimestoppers does: what you noticed, how you know, where
(optional), then a reference and a code to follow it up. No name, address or IP address
is asked for or kept."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from safeshare.domain.concerns import ConcernDetails, ConcernError, Place, Submission
from safeshare.domain.grading import HOW_KNOWN, public_grading
from safeshare.domain.observation import ObservationError
from safeshare.services import concerns
from safeshare.services.concerns import DuplicateConcernError
from safeshare.services.storage import NotFoundError
from safeshare.web.pages.common import (
    Errors,
    checked_form,
    finish_journey,
    load_answers,
    redirect,
    save_answers,
    text,
)
from safeshare.web.templating import render

router = APIRouter(prefix="/report", include_in_schema=False)
KIND = "report"
MAX_TEXT = 5000


def _page(
    request: Request, name: str, errors: Errors | None = None, **extra: object
) -> HTMLResponse:
    errors = errors or Errors()
    answers = {**load_answers(request, KIND), **extra.pop("answers", {})}  # type: ignore[dict-item]
    context = {
        "answers": answers,
        "how_known": HOW_KNOWN,
        "section": "report",
        "max_text": MAX_TEXT,
        **errors.context(),
        **extra,
    }
    return render(request, f"report/{name}.html", context, 400 if errors else 200)


@router.get("", name="report_start")
def start(request: Request) -> HTMLResponse:
    return _page(request, "start")


@router.get("/what-you-noticed", name="report_noticed")
def noticed(request: Request) -> HTMLResponse:
    return _page(request, "noticed")


@router.post("/what-you-noticed", name="report_noticed_save")
async def noticed_save(request: Request) -> Response:
    form = await checked_form(request)
    value = text(form, "noticed")
    errors = Errors()
    if not value:
        errors.add("noticed", "Describe what you noticed")
    elif len(value) > MAX_TEXT:
        errors.add("noticed", f"Keep it under {MAX_TEXT:,} characters")
    if errors:
        return _page(request, "noticed", errors, answers={"noticed": value})
    save_answers(request, KIND, {**load_answers(request, KIND), "noticed": value})
    return redirect("/report/how-you-know")


@router.get("/how-you-know", name="report_how")
def how(request: Request) -> HTMLResponse:
    return _page(request, "how")


@router.post("/how-you-know", name="report_how_save")
async def how_save(request: Request) -> Response:
    form = await checked_form(request)
    value = text(form, "how_known")
    if value not in HOW_KNOWN:
        errors = Errors()
        errors.add("how_known", "Say how you know", "how_known")
        return _page(request, "how", errors)
    save_answers(request, KIND, {**load_answers(request, KIND), "how_known": value})
    return redirect("/report/where")


@router.get("/where", name="report_where")
def where(request: Request) -> HTMLResponse:
    return _page(request, "where")


@router.post("/where", name="report_where_save")
async def where_save(request: Request) -> Response:
    form = await checked_form(request)
    answers = {"place": text(form, "place"), "postcode": text(form, "postcode")}
    errors = Errors()
    try:
        _place(answers)
    except ConcernError as error:
        errors.add("postcode", str(error).capitalize())
        return _page(request, "where", errors, answers=answers)
    save_answers(request, KIND, {**load_answers(request, KIND), **answers})
    return redirect("/report/check")


def _place(answers: dict[str, str]) -> tuple[Place, ...]:
    if not (answers.get("place") or answers.get("postcode")):
        return ()
    return (Place(answers.get("place") or answers["postcode"], answers.get("postcode") or None),)


@router.get("/check", name="report_check")
def check(request: Request) -> Response:
    answers = load_answers(request, KIND)
    if "noticed" not in answers or "how_known" not in answers:
        return redirect("/report/what-you-noticed")
    return _page(request, "check", how_text=HOW_KNOWN[answers["how_known"]][0])


@router.post("/check", name="report_submit")
async def submit(request: Request) -> Response:
    await checked_form(request)
    answers = load_answers(request, KIND)
    if "noticed" not in answers or "how_known" not in answers:
        return redirect("/report/what-you-noticed")
    state = request.app.state
    errors = Errors()
    try:
        receipt = concerns.submit_public(
            state.db,
            state.intake,
            Submission(
                answers["noticed"],
                public_grading(answers["how_known"]),
                ConcernDetails(places=_place(answers)),
                reporter_setting="neighbour_public",
            ),
            datetime.now(UTC),
            state.settings.public_organisation,
        )
    except (ObservationError, ConcernError, DuplicateConcernError) as error:
        errors.add("noticed", str(error).capitalize())
        return _page(request, "check", errors, how_text=HOW_KNOWN[answers["how_known"]][0])
    except NotFoundError:
        errors.add(
            "noticed", "Reports cannot be received yet: please call 101, or 999 in an emergency"
        )
        return _page(request, "check", errors, how_text=HOW_KNOWN[answers["how_known"]][0])
    finish_journey(request, KIND)
    # Shown once, from this answer only: the code is not kept anywhere it could be read back.
    return _page(request, "sent", receipt=receipt)


@router.get("/follow-up", name="report_follow_up")
def follow_up(request: Request) -> HTMLResponse:
    return _page(request, "follow-up", reference="", status=None)


@router.post("/follow-up", name="report_follow_up_check")
async def follow_up_check(request: Request) -> HTMLResponse:
    form = await checked_form(request)
    reference, code = text(form, "reference"), text(form, "code")
    try:
        status = concerns.public_status(request.app.state.db, reference, code)
    except NotFoundError:
        errors = Errors()
        errors.add("reference", "No report matches that reference and code")
        return _page(request, "follow-up", errors, reference=reference, status=None)
    return _page(request, "follow-up", reference=reference, status=status)
