"""'Should I tell someone?': what you noticed, who it is about, your role, danger, then the answer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from safeshare.domain.observation import Observation, ObservationError
from safeshare.services.storage import NotFoundError
from safeshare.services.triage_submissions import get_submission, submit_observation
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
from safeshare.web.templating import render

router = APIRouter(prefix="/tell", include_in_schema=False)
KIND = "tell"
MAX_TEXT = 5000
STEPS = ("noticed", "who", "role", "danger")
PATHS = {
    "noticed": "/tell/what-you-noticed",
    "who": "/tell/who-is-it-about",
    "role": "/tell/your-role",
    "danger": "/tell/immediate-danger",
}
ROLES = [
    ("school", "School, college or nursery"),
    ("health", "Health, such as a GP, hospital or health visitor"),
    ("social_care", "Social care or family support"),
    ("care_home", "Care home or home care"),
    ("housing", "Housing"),
    ("police", "Police"),
    ("youth_work", "Youth work, sport or clubs"),
    ("faith", "A faith group"),
    ("workplace", "Another workplace (a colleague)"),
    ("neighbour_public", "A neighbour or member of the public"),
    ("online", "Something I saw online"),
    ("other", "Something else"),
]
WHO = [
    ("child", "A child or young person (under 18)"),
    ("adult", "An adult (18 or over)"),
    ("unknown", "I'm not sure"),
]


def _next_step(answers: dict[str, Any], after: str) -> str:
    """The next unanswered step, or the check page once every step has an answer."""
    if all(step in answers for step in STEPS):
        return "/tell/check-your-answers"
    remaining = STEPS[STEPS.index(after) + 1 :]
    return next((PATHS[s] for s in remaining if s not in answers), "/tell/check-your-answers")


def _page(
    request: Request, name: str, answers: dict[str, Any], errors: Errors | None = None, **extra: Any
) -> HTMLResponse:
    errors = errors or Errors()
    context = {"answers": answers, "section": "tell", **errors.context(), **extra}
    return render(request, f"tell/{name}.html", context, 400 if errors else 200)


@router.get("/what-you-noticed", name="tell_noticed")
def noticed(request: Request) -> HTMLResponse:
    return _page(request, "noticed", load_answers(request, KIND), max_text=MAX_TEXT)


@router.post("/what-you-noticed", name="tell_noticed_save")
async def noticed_save(request: Request) -> Response:
    form = await checked_form(request)
    answers = load_answers(request, KIND)
    value = text(form, "noticed")
    errors = Errors()
    if not value:
        errors.add("noticed", "Describe what you noticed")
    elif len(value) > MAX_TEXT:
        errors.add("noticed", f"Description must be {MAX_TEXT:,} characters or fewer")
    if errors:
        return _page(request, "noticed", {**answers, "noticed": value}, errors, max_text=MAX_TEXT)
    answers["noticed"] = value
    save_answers(request, KIND, answers)
    return redirect(_next_step(answers, "noticed"))


@router.get("/who-is-it-about", name="tell_who")
def who(request: Request) -> HTMLResponse:
    return _page(request, "who", load_answers(request, KIND), options=WHO)


@router.post("/who-is-it-about", name="tell_who_save")
async def who_save(request: Request) -> Response:
    form = await checked_form(request)
    answers = load_answers(request, KIND)
    group, age_text = text(form, "who"), text(form, "age")
    errors = Errors()
    if group not in {value for value, _ in WHO}:
        errors.add("who", "Select who it is about", "who")
    age = _parse_age(age_text, errors)
    if age is not None and group in ("child", "adult") and (age < 18) != (group == "child"):
        errors.add("age", "The age does not match your answer: check whether they are under 18")
    if errors:
        return _page(
            request, "who", {**answers, "who": group, "age": age_text}, errors, options=WHO
        )
    answers.update(who=group, age=age)
    save_answers(request, KIND, answers)
    return redirect(_next_step(answers, "who"))


def _parse_age(value: str, errors: Errors) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        errors.add("age", "Age must be a whole number, like 14")
        return None
    if int(value) > 120:
        errors.add("age", "Age must be 120 or less")
        return None
    return int(value)


@router.get("/your-role", name="tell_role")
def role(request: Request) -> HTMLResponse:
    return _page(request, "role", load_answers(request, KIND), options=ROLES)


async def _save_choice(
    request: Request, step: str, allowed: list[str], message: str, **extra: Any
) -> tuple[dict[str, Any], Response | None]:
    """A one-choice question: the answers with it saved, or the page again with the error."""
    form = await checked_form(request)
    answers = load_answers(request, KIND)
    chosen = text(form, step)
    if chosen not in allowed:
        errors = Errors()
        errors.add(step, message, step)
        return answers, _page(request, step, answers, errors, **extra)
    answers[step] = chosen
    save_answers(request, KIND, answers)
    return answers, None


@router.post("/your-role", name="tell_role_save")
async def role_save(request: Request) -> Response:
    answers, error = await _save_choice(
        request,
        "role",
        [value for value, _ in ROLES],
        "Select where you noticed this",
        options=ROLES,
    )
    return error or redirect(_next_step(answers, "role"))


@router.get("/immediate-danger", name="tell_danger")
def danger(request: Request) -> HTMLResponse:
    return _page(request, "danger", load_answers(request, KIND))


@router.post("/immediate-danger", name="tell_danger_save")
async def danger_save(request: Request) -> Response:
    answers, error = await _save_choice(
        request, "danger", ["yes", "no"], "Select yes if anyone is in immediate danger"
    )
    if error:
        return error
    return redirect(
        "/tell/call-999" if answers["danger"] == "yes" else _next_step(answers, "danger")
    )


@router.get("/call-999", name="tell_call_999")
def call_999(request: Request) -> HTMLResponse:
    return _page(request, "call-999", load_answers(request, KIND))


@router.get("/check-your-answers", name="tell_check")
def check(request: Request) -> Response:
    answers = load_answers(request, KIND)
    missing = [step for step in STEPS if step not in answers]
    if missing:
        return redirect(PATHS[missing[0]])
    return _page(request, "check", answers, roles=dict(ROLES), who_options=dict(WHO))


@router.post("/check-your-answers", name="tell_submit")
async def submit(request: Request) -> Response:
    await checked_form(request)
    answers = load_answers(request, KIND)
    if any(step not in answers for step in STEPS):
        return redirect("/tell/check-your-answers")
    try:
        observation = Observation(
            text=answers["noticed"],
            age=answers.get("age"),
            age_group=answers["who"],
            reporter_setting=answers["role"],
            immediate_danger=answers["danger"] == "yes",
            locality=request.session.get("locality") or request.app.state.settings.default_locality,
        )
    except ObservationError as error:
        raise HTTPException(400, str(error)) from error
    submitted = submit_observation(
        request.app.state.db,
        observation,
        knowledge(request),
        datetime.now(UTC),
        request.app.state.matcher,
    )
    remember(request, submitted.reference)
    finish_journey(request, KIND)
    return redirect(f"/tell/result/{submitted.reference}")


@router.get("/result/{reference}", name="tell_result")
def result(request: Request, reference: str) -> HTMLResponse:
    # The answer holds what the person wrote: only the browser session that made it sees it.
    if not is_mine(request, reference):
        raise HTTPException(404)
    try:
        submitted = get_submission(request.app.state.db, reference)
    except NotFoundError as error:
        raise HTTPException(404) from error
    base = knowledge(request)
    names = {slug: harm.name for slug, harm in base.harms.items()}
    return render(
        request,
        "tell/result.html",
        {
            "submitted": submitted,
            "answer": submitted.result,
            "harm_names": names,
            "section": "tell",
            "caveat": base.settings.caveat,
        },
    )
