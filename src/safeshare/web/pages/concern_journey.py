"""A practitioner's concern, one step at a time: what was noticed, who and where, how it is
known and may be shared (the 3x5x2 grading in plain words), then check and submit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from safeshare.domain.concerns import (
    ConcernDetails,
    ConcernError,
    Place,
    Subject,
    Submission,
    Vehicle,
)
from safeshare.domain.grading import HOW_KNOWN, SOURCE, Grading, GradingError
from safeshare.domain.observation import ObservationError
from safeshare.domain.policy import may
from safeshare.services import (
    concerns,
)
from safeshare.services.access import NotAllowedError
from safeshare.services.concerns import DuplicateConcernError
from safeshare.web.pages.common import (
    Errors,
    checked_form,
    finish_journey,
    load_answers,
    redirect,
    save_answers,
    text,
)
from safeshare.web.pages.partnership_common import page, refusal
from safeshare.web.signed_in import address, need_person

router = APIRouter(include_in_schema=False)
KIND = "concern"
MAX_TEXT = 20_000


# A practitioner's concern: what was noticed, who and where, how it is graded, then check.
STEPS = {
    "noticed": "/partnership/concerns/new",
    "details": "/partnership/concerns/new/who-and-where",
    "grading": "/partnership/concerns/new/how-you-know",
}
AGE_GROUPS = [
    ("child", "A child (under 18)"),
    ("adult", "An adult (18 or over)"),
    ("unknown", "Not known"),
]


def _journey(
    request: Request, step: str, errors: Errors | None = None, **extra: Any
) -> HTMLResponse:
    person = need_person(request)
    if not may(person.roles, "submit_concern"):
        raise HTTPException(403, "your role does not allow submitting concerns")
    answers = {**load_answers(request, KIND), **extra.pop("answers", {})}
    return page(
        request,
        f"concern-{step}",
        errors,
        answers=answers,
        age_groups=AGE_GROUPS,
        how_known=HOW_KNOWN,
        sources=SOURCE,
        max_text=MAX_TEXT,
        **extra,
    )


@router.get("/partnership/concerns/new", name="concern_new")
def concern_new(request: Request) -> HTMLResponse:
    return _journey(request, "noticed")


@router.post("/partnership/concerns/new", name="concern_new_save")
async def concern_new_save(request: Request) -> Response:
    need_person(request)
    form = await checked_form(request)
    answers = {
        "noticed": text(form, "noticed"),
        "age_group": text(form, "age_group") or "unknown",
        "age": text(form, "age"),
        "danger": text(form, "danger"),
    }
    errors = Errors()
    if not answers["noticed"]:
        errors.add("noticed", "Describe what was noticed")
    elif len(answers["noticed"]) > MAX_TEXT:
        errors.add("noticed", f"Keep the description under {MAX_TEXT:,} characters")
    if answers["age"] and not (answers["age"].isdigit() and int(answers["age"]) <= 120):
        errors.add("age", "Enter the age as a number of years, like 14")
    if answers["danger"] not in ("yes", "no"):
        errors.add("danger", "Say whether anyone is in immediate danger", "danger")
    if errors:
        return _journey(request, "noticed", errors, answers=answers)
    save_answers(request, KIND, {**load_answers(request, KIND), **answers})
    if answers["danger"] == "yes":
        return redirect("/tell/call-999")
    return redirect(STEPS["details"])


@router.get("/partnership/concerns/new/who-and-where", name="concern_details")
def concern_details(request: Request) -> HTMLResponse:
    return _journey(request, "details")


DETAIL_FIELDS = (
    "subject_name",
    "subject_dob",
    "subject_address",
    "place",
    "postcode",
    "registration",
    "phone",
)


def _details(answers: dict[str, Any], errors: Errors) -> ConcernDetails | None:
    try:
        dob = date.fromisoformat(answers["subject_dob"]) if answers.get("subject_dob") else None
    except ValueError:
        errors.add("subject_dob", "Enter the date of birth as YYYY-MM-DD, like 2012-03-31")
        return None
    try:
        subjects = (
            (Subject(answers["subject_name"], dob, answers.get("subject_address") or None),)
            if answers.get("subject_name")
            else ()
        )
        places = (
            (Place(answers["place"] or answers["postcode"], answers.get("postcode") or None),)
            if answers.get("place") or answers.get("postcode")
            else ()
        )
        vehicles = (Vehicle(answers["registration"]),) if answers.get("registration") else ()
        phones = (answers["phone"],) if answers.get("phone") else ()
        return ConcernDetails(subjects, places, vehicles, phones)
    except ConcernError as error:
        errors.add("details", str(error).capitalize(), "subject_name")
        return None


@router.post("/partnership/concerns/new/who-and-where", name="concern_details_save")
async def concern_details_save(request: Request) -> Response:
    need_person(request)
    form = await checked_form(request)
    answers = {name: text(form, name) for name in DETAIL_FIELDS}
    errors = Errors()
    if answers["subject_dob"] and not answers["subject_name"]:
        errors.add("subject_name", "Enter the name of the person the date of birth belongs to")
    _details(answers, errors)
    if errors:
        return _journey(request, "details", errors, answers=answers)
    save_answers(request, KIND, {**load_answers(request, KIND), **answers})
    return redirect(STEPS["grading"])


@router.get("/partnership/concerns/new/how-you-know", name="concern_grading")
def concern_grading(request: Request) -> HTMLResponse:
    return _journey(request, "grading")


@router.post("/partnership/concerns/new/how-you-know", name="concern_grading_save")
async def concern_grading_save(request: Request) -> Response:
    need_person(request)
    form = await checked_form(request)
    answers = {
        "source": text(form, "source"),
        "how_known": text(form, "how_known"),
        "handling": text(form, "handling"),
        "conditions": text(form, "conditions"),
    }
    errors = Errors()
    if answers["source"] not in SOURCE:
        errors.add("source", "Say how reliable the source is", "source")
    if answers["how_known"] not in HOW_KNOWN:
        errors.add("how_known", "Say how the source knows this", "how_known")
    if answers["handling"] not in ("P", "C"):
        errors.add("handling", "Say whether this may be shared without conditions", "handling")
    elif answers["handling"] == "C" and not answers["conditions"]:
        errors.add("conditions", "Write down the conditions for sharing it")
    if errors:
        return _journey(request, "grading", errors, answers=answers)
    save_answers(request, KIND, {**load_answers(request, KIND), **answers})
    return redirect("/partnership/concerns/new/check")


@router.get("/partnership/concerns/new/check", name="concern_check")
def concern_check(request: Request) -> HTMLResponse:
    answers = load_answers(request, KIND)
    if not all(k in answers for k in ("noticed", "subject_name", "source")):
        return _journey(request, "noticed")
    return _journey(request, "check")


def _submission(answers: dict[str, Any], errors: Errors) -> Submission | None:
    details = _details(answers, errors)
    if details is None:
        return None
    try:
        grading = Grading(
            answers["source"],
            HOW_KNOWN[answers["how_known"]][1],
            answers["handling"],
            answers["conditions"] if answers["handling"] == "C" else None,
        )
    except (GradingError, KeyError) as error:
        errors.add("source", f"Check how the concern is graded: {error}", "source")
        return None
    return Submission(
        answers["noticed"],
        grading,
        details,
        age=int(answers["age"]) if answers.get("age") else None,
        age_group=answers.get("age_group") or "unknown",
        immediate_danger=answers.get("danger") == "yes",
    )


@router.post("/partnership/concerns/new/check", name="concern_submit")
async def concern_submit(request: Request) -> Response:
    person = need_person(request)
    await checked_form(request)
    answers = load_answers(request, KIND)
    errors = Errors()
    submission = _submission(answers, errors) if "source" in answers else None
    if submission is None:
        errors.add("noticed", "Some answers are missing: start again from the first question")
        return _journey(request, "check", errors)
    state = request.app.state
    try:
        view = concerns.submit(
            state.db,
            state.intake,
            person,
            submission,
            datetime.now(UTC),
            address(request),
            channel="web",
        )
    except (DuplicateConcernError, ObservationError, ConcernError) as error:
        errors.add("noticed", str(error).capitalize())
        return _journey(request, "check", errors)
    except NotAllowedError as error:
        raise refusal(error) from error
    finish_journey(request, KIND)
    return redirect(f"/partnership/concerns/{view.id}?submitted=1")
