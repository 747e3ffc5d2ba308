"""The partnership's pages: sign-in, a practitioner's concern journey, the liaison
officer's inbox, a concern with its decisions and disclosures, the agreements register,
the audit trail, a subject's chronology and the analysts' counts. What each person sees is
decided by the services; these pages only show it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from safeshare.domain.concerns import (
    NEXT,
    STATUSES,
    ConcernError,
)
from safeshare.domain.decision import DecisionInputError
from safeshare.domain.policy import ROLE_NAMES, Action, may
from safeshare.services import (
    accounts,
    concerns,
    disclosures,
)
from safeshare.services.access import NotAllowedError
from safeshare.services.accounts import Person, SignInError
from safeshare.services.disclosures import DisclosureRefusedError, UnknownOrganisationError
from safeshare.services.storage import NotFoundError
from safeshare.web.pages.common import (
    Errors,
    checked_form,
    knowledge,
    redirect,
    text,
)
from safeshare.web.pages.partnership_common import page, refusal, refusing
from safeshare.web.signed_in import SESSION_KEY, address, need_person

router = APIRouter(include_in_schema=False)
QUESTIONS = ("legitimate_purpose", "identifiable", "confidential", "consent", "other_lawful_basis")


def _safe_next(value: str) -> str:
    return value if value.startswith("/") and not value.startswith("//") else "/partnership"


@router.get("/sign-in", name="sign_in")
def sign_in_page(request: Request, next: str = "/partnership") -> HTMLResponse:
    return page(request, "sign-in", next=_safe_next(next), email="")


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
    return page(request, "sign-in", errors, next=_safe_next(text(form, "next")), email=email)


@router.post("/sign-out", name="sign_out")
async def sign_out(request: Request) -> Response:
    await checked_form(request)
    request.session.clear()
    return redirect("/")


@router.get("/partnership", name="partnership_home")
def home(request: Request) -> HTMLResponse:
    person = need_person(request)
    return page(
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
    "manage_accounts",
)


@router.get("/partnership/concerns", name="concern_list")
def concern_list(request: Request, subject: str = "", status: str = "") -> HTMLResponse:
    person = need_person(request)
    with refusing():
        views = concerns.find(
            request.app.state.db, person, subject or None, status or None, address(request)
        )
    return page(request, "list", views=views, subject=subject, statuses=STATUSES)


def _concern_page(
    request: Request, person: Person, concern_id: str, errors: Errors | None = None, **extra: Any
) -> HTMLResponse:
    db = request.app.state.db
    with refusing():
        view = concerns.get(db, person, concern_id, address(request))
    own = view.relation == "own"
    received = [
        d
        for d in view.data.get("disclosures", [])
        if d["to_organisation_id"] == person.organisation_id and not d["acknowledged_at"]
    ]
    return page(
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
        raise refusal(error) from error
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
        raise refusal(error) from error
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
        raise refusal(error) from error
    except (DisclosureRefusedError, UnknownOrganisationError) as error:
        errors.add("to_organisation", f"Not shared: {error}", "to_organisation")
        return _concern_page(request, person, concern_id, errors)
    return redirect(f"/partnership/concerns/{concern_id}?shared=1#disclosures")


@router.post("/partnership/disclosures/{disclosure_id}/acknowledge", name="disclosure_acknowledge")
async def disclosure_acknowledge(request: Request, disclosure_id: str) -> Response:
    person = need_person(request)
    form = await checked_form(request)
    with refusing():
        disclosures.acknowledge(
            request.app.state.db, person, disclosure_id, datetime.now(UTC), address(request)
        )
    return redirect(f"/partnership/concerns/{text(form, 'concern_id')}")


@router.get("/partnership/inbox", name="inbox")
def inbox(request: Request) -> HTMLResponse:
    person = need_person(request)
    with refusing():
        box = concerns.inbox(request.app.state.db, person, address(request))
    return page(request, "inbox", box=box)
