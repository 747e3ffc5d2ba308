"""The partnership's records: the agreements register, the audit trail, a person's
chronology and subject access export, and the analysts' counts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from safeshare.domain.policy import ROLE_NAMES, may
from safeshare.services import (
    accounts,
    agreements,
    audit_trail,
    patterns,
    subject_records,
)
from safeshare.services.access import NotAllowedError, require
from safeshare.services.accounts import Person
from safeshare.web.pages.common import (
    Errors,
    checked_form,
    redirect,
    text,
)
from safeshare.web.pages.partnership_common import page, refusal, refusing
from safeshare.web.signed_in import address, need_person

router = APIRouter(include_in_schema=False)


@router.get("/partnership/agreements", name="agreements")
def agreement_register(request: Request) -> HTMLResponse:
    person = need_person(request)
    with refusing():
        entries = agreements.register(request.app.state.db, person, datetime.now(UTC).date())
    return page(
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
    with refusing():
        agreements.sign_off(
            request.app.state.db, person, agreement_id, datetime.now(UTC), address(request)
        )
    return redirect("/partnership/agreements")


@router.get("/partnership/audit", name="audit_view")
def audit_view(request: Request) -> HTMLResponse:
    person = need_person(request)
    with refusing():
        events = audit_trail.events_for_organisation(
            request.app.state.db, person, address=address(request)
        )
    return page(
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
        with refusing():
            entries = subject_records.chronology(
                request.app.state.db, person, subject, dob, address(request)
            )
    return page(
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
    with refusing():
        export = subject_records.subject_records(
            request.app.state.db, person, subject, dob, address(request)
        )
    return Response(
        json.dumps(export, indent=2),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="subject-access.json"'},
    )


@router.get("/partnership/patterns", name="patterns")
def pattern_counts(request: Request) -> HTMLResponse:
    person = need_person(request)
    with refusing():
        counts = patterns.aggregates(request.app.state.db, person)
    return page(request, "patterns", counts=counts)


@router.get("/partnership/accounts", name="accounts")
def account_list(request: Request) -> HTMLResponse:
    person = need_person(request)
    return _accounts_page(request, person, Errors(), {})


def _accounts_page(
    request: Request, person: Person, errors: Errors, answers: dict[str, str]
) -> HTMLResponse:
    with refusing():
        require(person, "manage_accounts")
    db = request.app.state.db
    return page(
        request,
        "accounts",
        errors,
        people=accounts.people(db),
        organisations=accounts.organisations(db),
        roles=ROLE_NAMES,
        answers=answers,
    )


@router.post("/partnership/accounts", name="account_add")
async def account_add(request: Request) -> Response:
    person = need_person(request)
    form = await checked_form(request)
    answers = {
        name: text(form, name) for name in ("email", "name", "organisation", "role", "password")
    }
    errors = Errors()
    try:
        require(person, "manage_accounts")
        accounts.create_user(
            request.app.state.db,
            person.actor(address(request)),
            answers["email"],
            answers["name"],
            answers["organisation"],
            [answers["role"]] if answers["role"] else [],
            answers["password"],
        )
    except NotAllowedError as error:
        raise refusal(error) from error
    except accounts.AccountError as error:
        errors.add("email", str(error).capitalize())
        return _accounts_page(request, person, errors, {**answers, "password": ""})
    return redirect("/partnership/accounts")
