"""API version 1 for partner systems: concerns, sharing decisions, disclosures, the
liaison officer's inbox and the agreements register. Bearer tokens from `safeshare users
token`; a record the caller may not see is a 404, never its content."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from safeshare.api.platform_models import (
    AgreementIn,
    AgreementStatusIn,
    ConcernIn,
    DisclosureIn,
    SharingDecisionIn,
    StatusIn,
)
from safeshare.domain.agreements import AgreementError
from safeshare.domain.concerns import (
    ConcernDetails,
    ConcernError,
    Place,
    Subject,
    Submission,
    Vehicle,
)
from safeshare.domain.decision import DecisionInputError
from safeshare.domain.grading import Grading, GradingError
from safeshare.domain.observation import ObservationError
from safeshare.domain.records import RecordError
from safeshare.services import agreements, concerns, disclosures
from safeshare.services.access import NotAllowedError
from safeshare.services.accounts import AccountError, Person, person_for_token
from safeshare.services.concerns import DuplicateConcernError, Intake
from safeshare.services.disclosures import DisclosureRefusedError, UnknownOrganisationError
from safeshare.services.storage import NotFoundError

router = APIRouter(prefix="/api/v1", tags=["platform"])
_bearer = HTTPBearer(auto_error=False, description="A token from `safeshare users token EMAIL`")


def api_person(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Person:
    person = (
        person_for_token(request.app.state.db, credentials.credentials) if credentials else None
    )
    if person is None:
        raise HTTPException(
            401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"}
        )
    return person


Caller = Annotated[Person, Depends(api_person)]


def intake(request: Request) -> Intake:
    built: Intake = request.app.state.intake
    return built


def address(request: Request) -> str | None:
    return request.client.host if request.client else None


@contextmanager
def answering() -> Iterator[None]:
    """The services' refusals as HTTP answers that say why."""
    try:
        yield
    except NotFoundError as error:
        raise HTTPException(404, "not found") from error
    except (NotAllowedError, DisclosureRefusedError) as error:
        raise HTTPException(403, str(error)) from error
    except DuplicateConcernError as error:
        raise HTTPException(409, str(error)) from error
    except (
        ConcernError,
        GradingError,
        ObservationError,
        DecisionInputError,
        RecordError,
        AgreementError,
        AccountError,
        UnknownOrganisationError,
    ) as error:
        raise HTTPException(422, str(error)) from error


def submission(body: ConcernIn) -> Submission:
    grading = body.grading
    return Submission(
        observation=body.observation,
        grading=Grading(grading.source, grading.intelligence, grading.handling, grading.conditions),
        details=ConcernDetails(
            subjects=tuple(Subject(s.name, s.date_of_birth, s.address) for s in body.subjects),
            places=tuple(Place(p.description, p.postcode) for p in body.locations),
            vehicles=tuple(Vehicle(v.registration, v.description) for v in body.vehicles),
            phones=tuple(body.phones),
        ),
        age=body.age,
        age_group=body.age_group,
        reporter_setting=body.reporter_setting,
        immediate_danger=body.immediate_danger,
    )


@router.post("/concerns", name="api_concern_submit", status_code=201)
def submit_concern(body: ConcernIn, request: Request, person: Caller) -> dict[str, Any]:
    """Submit a concern for your organisation: triaged and graded on the way in."""
    with answering():
        view = concerns.submit(
            request.app.state.db,
            intake(request),
            person,
            submission(body),
            datetime.now(UTC),
            address(request),
            channel="api",
        )
    return view.to_dict()


@router.get("/concerns", name="api_concern_search")
def search_concerns(
    request: Request, person: Caller, subject: str | None = None, status: str | None = None
) -> dict[str, Any]:
    """Concerns you may see, newest first; `subject` finds those about a named person."""
    with answering():
        views = concerns.find(request.app.state.db, person, subject, status, address(request))
    return {"concerns": [view.to_dict() for view in views]}


@router.get("/concerns/{concern_id}", name="api_concern")
def get_concern(concern_id: str, request: Request, person: Caller) -> dict[str, Any]:
    """One concern, with only the parts your role and organisation may see."""
    with answering():
        view = concerns.get(request.app.state.db, person, concern_id, address(request))
    return {**view.to_dict(), "visible_parts": sorted(view.parts)}


@router.post("/concerns/{concern_id}/status", name="api_concern_status")
def set_status(concern_id: str, body: StatusIn, request: Request, person: Caller) -> dict[str, Any]:
    """Move a concern on (liaison officers of the organisation that holds it)."""
    with answering():
        view = concerns.change_status(
            request.app.state.db,
            person,
            concern_id,
            body.status,
            datetime.now(UTC),
            address(request),
        )
    return view.to_dict()


@router.post("/concerns/{concern_id}/decisions", name="api_concern_decision", status_code=201)
def record_decision(
    concern_id: str, body: SharingDecisionIn, request: Request, person: Caller
) -> dict[str, Any]:
    """Record a sharing decision on the flowchart's answers; the concern's age, harm and
    danger add the duties and gateways that apply."""
    with answering():
        decision = disclosures.record_sharing_decision(
            request.app.state.db,
            request.app.state.knowledge,
            person,
            concern_id,
            body.model_dump(exclude_none=True),
            datetime.now(UTC),
            address(request),
        )
    if decision["outcome"] == "need_more_answers":
        raise HTTPException(422, f"answer {decision['next_question']['id']} as well")
    return decision


@router.post("/concerns/{concern_id}/disclosures", name="api_disclosure", status_code=201)
def disclose(
    concern_id: str, body: DisclosureIn, request: Request, person: Caller
) -> dict[str, Any]:
    """Share with a partner: 201 with the basis, or 403 with the reason it is not allowed."""
    with answering():
        return disclosures.disclose(
            request.app.state.db,
            request.app.state.knowledge,
            person,
            concern_id,
            body.to_organisation,
            body.purpose,
            datetime.now(UTC),
            decision_id=body.decision_id,
            justification=body.justification,
            subject_informed=body.subject_informed,
            address=address(request),
        )


@router.post("/disclosures/{disclosure_id}/acknowledgement", name="api_acknowledge")
def acknowledge(disclosure_id: str, request: Request, person: Caller) -> dict[str, Any]:
    """Acknowledge receipt of a concern shared with your organisation."""
    with answering():
        return disclosures.acknowledge(
            request.app.state.db, person, disclosure_id, datetime.now(UTC), address(request)
        )


@router.get("/inbox", name="api_inbox")
def inbox(request: Request, person: Caller) -> dict[str, Any]:
    """A liaison officer's work: new and in-review concerns, and receipts to acknowledge."""
    with answering():
        box = concerns.inbox(request.app.state.db, person, address(request))
    return {
        "new": [v.to_dict() for v in box.new],
        "in_review": [v.to_dict() for v in box.in_review],
        "to_acknowledge": box.to_acknowledge,
    }


@router.get("/agreements", name="api_agreements")
def agreement_register(request: Request, person: Caller) -> dict[str, Any]:
    """The information sharing agreements, with parties, sign-off and review alerts."""
    with answering():
        entries = agreements.register(request.app.state.db, person, datetime.now(UTC).date())
    return {"agreements": entries}


@router.post("/agreements", name="api_agreement_create", status_code=201)
def create_agreement(body: AgreementIn, request: Request, person: Caller) -> dict[str, Any]:
    """Add an agreement to the register (administrators); each party's liaison officer then
    signs it off, and it is in force once all have."""
    draft = agreements.AgreementDraft(
        title=body.title,
        parties=body.parties,
        purposes=body.purposes,
        categories=body.categories,
        parts=body.fields,
        gateways=body.gateways,
        starts_on=body.starts_on,
        review_on=body.review_on,
        expires_on=body.expires_on,
        status=body.status,
    )
    with answering():
        agreement_id = agreements.create(
            request.app.state.db,
            request.app.state.knowledge,
            person.actor(address(request)),
            draft,
            person,
        )
        entries = agreements.register(request.app.state.db, person, datetime.now(UTC).date())
    return next(entry for entry in entries if entry["id"] == agreement_id)


@router.post("/agreements/{agreement_id}/sign-off", name="api_agreement_sign_off")
def sign_off_agreement(agreement_id: str, request: Request, person: Caller) -> dict[str, str]:
    """Sign an agreement off for your organisation (its liaison officer)."""
    with answering():
        agreements.sign_off(
            request.app.state.db, person, agreement_id, datetime.now(UTC), address(request)
        )
    return {"signed_off": person.organisation}


@router.post("/agreements/{agreement_id}/status", name="api_agreement_status")
def agreement_status(
    agreement_id: str, body: AgreementStatusIn, request: Request, person: Caller
) -> dict[str, str]:
    """Suspend, end or reactivate an agreement (administrators)."""
    with answering():
        agreements.set_status(
            request.app.state.db, person, agreement_id, body.status, address(request)
        )
    return {"status": body.status}


@router.get("/me", name="api_me")
def me(person: Caller) -> dict[str, Any]:
    """Who the token acts as."""
    return asdict(person)
