"""The partnership's pages: sign-in, a practitioner's concern journey, the liaison
officer's inbox, a concern with its decisions and disclosures, the agreements register,
the audit trail, a subject's chronology and the analysts' counts. What each person sees is
decided by the services; these pages only show it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from safeshare.domain.concerns import (
    NEXT,
    STATUSES,
    ConcernDetails,
    ConcernError,
    Place,
    Subject,
    Submission,
    Vehicle,
)
from safeshare.domain.decision import DecisionInputError
from safeshare.domain.grading import HOW_KNOWN, SOURCE, Grading, GradingError
from safeshare.domain.observation import ObservationError
from safeshare.domain.policy import ROLE_NAMES, Action, may
from safeshare.services import accounts, agreements, audit_trail, concerns, disclosures, patterns
from safeshare.services.accounts import Person, SignInError
from safeshare.services.concerns import DuplicateConcernError, Intake, NotAllowedError
from safeshare.services.disclosures import DisclosureRefusedError, UnknownOrganisationError
from safeshare.services.storage import NotFoundError
from safeshare.web.pages.common import (
    Errors,
    checked_form,
    finish_journey,
    knowledge,
    load_answers,
    redirect,
    save_answers,
    text,
)
from safeshare.web.signed_in import SESSION_KEY, address, need_person
from safeshare.web.templating import render

router = APIRouter(include_in_schema=False)
KIND = "concern"
MAX_TEXT = 20_000
QUESTIONS = ("legitimate_purpose", "identifiable", "confidential", "consent", "other_lawful_basis")


def _page(
    request: Request, name: str, errors: Errors | None = None, **context: Any
) -> HTMLResponse:
    errors = errors or Errors()
    return render(
        request,
        f"partnership/{name}.html",
        {"section": "partnership", **errors.context(), **context},
        400 if errors else 200,
    )


def _safe_next(value: str) -> str:
    return value if value.startswith("/") and not value.startswith("//") else "/partnership"


@router.get("/sign-in", name="sign_in")
def sign_in_page(request: Request, next: str = "/partnership") -> HTMLResponse:
    return _page(request, "sign-in", next=_safe_next(next), email="")


@router.post("/sign-in", name="sign_in_submit")
async def sign_in(request: Request) -> Response:
    form = await checked_form(request)
    email, password = text(form, "email"), str(form.get("password") or "")
    errors = Errors()
    if not email:
        errors.add("email", "Enter your email address")
    if not password:
        errors.add("password", "Enter your password")
    if not errors:
        try:
            person = accounts.sign_in(
                request.app.state.db, email, password, address(request), datetime.now(UTC)
            )
        except SignInError as error:
            errors.add("email", str(error))
        else:
            request.session.clear()  # a fresh session: nothing carried over from before
            request.session[SESSION_KEY] = person.id
            return redirect(_safe_next(text(form, "next")))
    return _page(request, "sign-in", errors, next=_safe_next(text(form, "next")), email=email)


@router.post("/sign-out", name="sign_out")
async def sign_out(request: Request) -> Response:
    await checked_form(request)
    request.session.clear()
    return redirect("/")


@router.get("/partnership", name="partnership_home")
def home(request: Request) -> HTMLResponse:
    person = need_person(request)
    return _page(
        request,
        "home",
        roles=[ROLE_NAMES[r] for r in person.roles],
        can={action: may(person.roles, action) for action in _ACTIONS},
    )


_ACTIONS: tuple[Action, ...] = (
    "submit_concern",
    "read_concerns",
    "change_status",
    "view_agreements",
    "view_audit",
    "view_aggregates",
    "export_subject",
)


def _refusal(error: Exception) -> HTTPException:
    if isinstance(error, NotFoundError):
        return HTTPException(404, "not found")
    return HTTPException(403, str(error))


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
    return _page(
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
            Intake(state.knowledge, state.matcher, state.settings.retention_years),
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
        raise _refusal(error) from error
    finish_journey(request, KIND)
    return redirect(f"/partnership/concerns/{view.id}?submitted=1")


@router.get("/partnership/concerns", name="concern_list")
def concern_list(request: Request, subject: str = "", status: str = "") -> HTMLResponse:
    person = need_person(request)
    try:
        views = concerns.find(
            request.app.state.db, person, subject or None, status or None, address(request)
        )
    except NotAllowedError as error:
        raise _refusal(error) from error
    return _page(request, "list", views=views, subject=subject, statuses=STATUSES)


def _concern_page(
    request: Request, person: Person, concern_id: str, errors: Errors | None = None, **extra: Any
) -> HTMLResponse:
    db = request.app.state.db
    try:
        view = concerns.get(db, person, concern_id, address(request))
    except (NotFoundError, NotAllowedError) as error:
        raise _refusal(error) from error
    own = view.relation == "own"
    received = [
        d
        for d in view.data.get("disclosures", [])
        if d["to_organisation_id"] == person.organisation_id and not d["acknowledged_at"]
    ]
    return _page(
        request,
        "concern",
        errors,
        view=view,
        data=view.data,
        own=own,
        statuses=STATUSES,
        next_statuses=sorted(NEXT[view.data["status"]]) if own else [],
        can_manage=own and may(person.roles, "change_status"),
        can_acknowledge=may(person.roles, "acknowledge") and received,
        to_acknowledge=received,
        partners=[o for o in accounts.organisations(db) if o.id != person.organisation_id],
        questions=[q for q in knowledge(request).flowchart.questions if q.id in QUESTIONS],
        submitted=request.query_params.get("submitted") == "1",
        **extra,
    )


@router.get("/partnership/concerns/{concern_id}", name="concern_view")
def concern_view(request: Request, concern_id: str) -> HTMLResponse:
    return _concern_page(request, need_person(request), concern_id)


@router.post("/partnership/concerns/{concern_id}/status", name="concern_status")
async def concern_status(request: Request, concern_id: str) -> Response:
    person = need_person(request)
    form = await checked_form(request)
    try:
        concerns.change_status(
            request.app.state.db,
            person,
            concern_id,
            text(form, "status"),
            datetime.now(UTC),
            address(request),
        )
    except (NotFoundError, NotAllowedError) as error:
        raise _refusal(error) from error
    except ConcernError as error:
        errors = Errors()
        errors.add("status", str(error).capitalize(), "status")
        return _concern_page(request, person, concern_id, errors)
    return redirect(f"/partnership/concerns/{concern_id}")


@router.post("/partnership/concerns/{concern_id}/decision", name="concern_decision")
async def concern_decision(request: Request, concern_id: str) -> Response:
    person = need_person(request)
    form = await checked_form(request)
    answers = {q: text(form, q) for q in QUESTIONS if text(form, q)}
    errors = Errors()
    try:
        decision = disclosures.record_sharing_decision(
            request.app.state.db,
            knowledge(request),
            person,
            concern_id,
            answers,
            datetime.now(UTC),
            address(request),
        )
    except (NotFoundError, NotAllowedError) as error:
        raise _refusal(error) from error
    except DecisionInputError as error:
        errors.add("legitimate_purpose", str(error).capitalize())
        return _concern_page(request, person, concern_id, errors)
    if decision["outcome"] == "need_more_answers":
        question = decision["next_question"]
        errors.add(question["id"], f"Answer: {question['text']}")
        return _concern_page(request, person, concern_id, errors)
    return redirect(f"/partnership/concerns/{concern_id}#decisions")


@router.post("/partnership/concerns/{concern_id}/share", name="concern_share")
async def concern_share(request: Request, concern_id: str) -> Response:
    person = need_person(request)
    form = await checked_form(request)
    errors = Errors()
    recipient, purpose = text(form, "to_organisation"), text(form, "purpose")
    if not recipient:
        errors.add("to_organisation", "Choose the partner to share with", "to_organisation")
    if not purpose:
        errors.add("purpose", "Say why you are sharing it")
    if errors:
        return _concern_page(request, person, concern_id, errors)
    try:
        disclosures.disclose(
            request.app.state.db,
            knowledge(request),
            person,
            concern_id,
            recipient,
            purpose,
            datetime.now(UTC),
            justification=text(form, "justification") or None,
            address=address(request),
        )
    except (NotFoundError, NotAllowedError) as error:
        raise _refusal(error) from error
    except (DisclosureRefusedError, UnknownOrganisationError) as error:
        errors.add("to_organisation", f"Not shared: {error}", "to_organisation")
        return _concern_page(request, person, concern_id, errors)
    return redirect(f"/partnership/concerns/{concern_id}?shared=1#disclosures")


@router.post("/partnership/disclosures/{disclosure_id}/acknowledge", name="disclosure_acknowledge")
async def disclosure_acknowledge(request: Request, disclosure_id: str) -> Response:
    person = need_person(request)
    form = await checked_form(request)
    try:
        disclosures.acknowledge(
            request.app.state.db, person, disclosure_id, datetime.now(UTC), address(request)
        )
    except (NotFoundError, NotAllowedError) as error:
        raise _refusal(error) from error
    return redirect(f"/partnership/concerns/{text(form, 'concern_id')}")


@router.get("/partnership/inbox", name="inbox")
def inbox(request: Request) -> HTMLResponse:
    person = need_person(request)
    try:
        box = concerns.inbox(request.app.state.db, person, address(request))
    except NotAllowedError as error:
        raise _refusal(error) from error
    return _page(request, "inbox", box=box)


@router.get("/partnership/agreements", name="agreements")
def agreement_register(request: Request) -> HTMLResponse:
    person = need_person(request)
    try:
        entries = agreements.register(request.app.state.db, person, datetime.now(UTC).date())
    except NotAllowedError as error:
        raise _refusal(error) from error
    return _page(
        request,
        "agreements",
        entries=entries,
        can_sign=may(person.roles, "sign_off_agreement"),
        organisation_id=person.organisation_id,
    )


@router.post("/partnership/agreements/{agreement_id}/sign-off", name="agreement_sign_off")
async def agreement_sign_off(request: Request, agreement_id: str) -> Response:
    person = need_person(request)
    await checked_form(request)
    try:
        agreements.sign_off(
            request.app.state.db, person, agreement_id, datetime.now(UTC), address(request)
        )
    except (NotFoundError, NotAllowedError) as error:
        raise _refusal(error) from error
    return redirect("/partnership/agreements")


@router.get("/partnership/audit", name="audit_view")
def audit_view(request: Request) -> HTMLResponse:
    person = need_person(request)
    try:
        events = audit_trail.events_for_organisation(
            request.app.state.db, person, address=address(request)
        )
    except NotAllowedError as error:
        raise _refusal(error) from error
    return _page(
        request, "audit", events=events, chain=audit_trail.check_chain(request.app.state.db)
    )


@router.get("/partnership/chronology", name="chronology")
def chronology(request: Request, subject: str = "", born: str = "") -> HTMLResponse:
    person = need_person(request)
    errors = Errors()
    entries: list[dict[str, Any]] = []
    dob = None
    if born:
        try:
            dob = date.fromisoformat(born)
        except ValueError:
            errors.add("born", "Enter the date of birth as YYYY-MM-DD")
    if subject and not errors:
        try:
            entries = concerns.chronology(
                request.app.state.db, person, subject, dob, address(request)
            )
        except NotAllowedError as error:
            raise _refusal(error) from error
    return _page(
        request,
        "chronology",
        errors,
        entries=entries,
        subject=subject,
        born=born,
        can_export=may(person.roles, "export_subject"),
    )


@router.get("/partnership/subject-access", name="subject_access")
def subject_access(request: Request, subject: str, born: str = "") -> Response:
    person = need_person(request)
    try:
        dob = date.fromisoformat(born) if born else None
    except ValueError as error:
        raise HTTPException(400, "Enter the date of birth as YYYY-MM-DD") from error
    try:
        export = concerns.subject_records(
            request.app.state.db, person, subject, dob, address(request)
        )
    except NotAllowedError as error:
        raise _refusal(error) from error
    return Response(
        json.dumps(export, indent=2),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="subject-access.json"'},
    )


@router.get("/partnership/patterns", name="patterns")
def pattern_counts(request: Request) -> HTMLResponse:
    person = need_person(request)
    try:
        counts = patterns.aggregates(request.app.state.db, person)
    except NotAllowedError as error:
        raise _refusal(error) from error
    return _page(request, "patterns", counts=counts)
