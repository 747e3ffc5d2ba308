"""API version 1: triage, sharing decisions and read-only knowledge."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response

from safeshare.api.models import DecisionRequest, DecisionResponse, TriageRequest, TriageResponse
from safeshare.domain.decision import DecisionInputError, decide, parse_answers
from safeshare.domain.observation import Observation, ObservationError
from safeshare.domain.records import Decider, RecordError
from safeshare.domain.triage import triage
from safeshare.knowledge import KnowledgeBase, UnknownLocalityError
from safeshare.services.sharing_decisions import get_record, record_decision
from safeshare.services.storage import NotFoundError

router = APIRouter(prefix="/api/v1", tags=["v1"])


def _base(request: Request) -> KnowledgeBase:
    base: KnowledgeBase = request.app.state.knowledge
    return base


@router.post("/triage", name="api_triage", response_model=TriageResponse)
def api_triage(body: TriageRequest, request: Request) -> dict[str, Any]:
    """Should I tell someone? Signs, urgency and whom to contact. Nothing is stored."""
    try:
        observation = Observation(
            text=body.text,
            age=body.age,
            age_group=body.age_group or "unknown",
            reporter_setting=body.reporter_setting,
            immediate_danger=body.immediate_danger,
            locality=body.locality or request.app.state.settings.default_locality,
            id=body.id,
        )
        return triage(observation, _base(request), request.app.state.matcher).to_dict()
    except (ObservationError, UnknownLocalityError) as error:
        raise HTTPException(422, str(error).strip("'\"")) from error


@router.post(
    "/decisions",
    name="api_decide",
    response_model=DecisionResponse,
    responses={201: {"model": DecisionResponse, "description": "Decision recorded"}},
)
def api_decide(body: DecisionRequest, request: Request, response: Response) -> dict[str, Any]:
    """Can I share? Walks the flowchart; with `record`, keeps the decision and returns its reference."""
    raw = body.model_dump(exclude={"record"}, exclude_none=True)
    try:
        given, context = parse_answers(raw, _base(request))
    except DecisionInputError as error:
        raise HTTPException(422, str(error)) from error
    decision = decide(given, context, _base(request))
    if body.record is None:
        return decision.to_dict()
    try:
        record = record_decision(
            request.app.state.db,
            decision,
            Decider(body.record.decided_by, body.record.role, body.record.organisation),
            datetime.now(UTC),
            body.record.what_was_shared,
            body.record.shared_with,
        )
    except RecordError as error:
        raise HTTPException(422, str(error)) from error
    response.status_code = 201
    return {**decision.to_dict(), "reference": record["reference"]}


@router.get("/decisions/{reference}", name="api_decision")
def api_decision(reference: str, request: Request) -> dict[str, Any]:
    """A recorded decision by its reference."""
    try:
        return get_record(request.app.state.db, reference)
    except NotFoundError as error:
        raise HTTPException(404, f"no decision record with reference {reference!r}") from error


@router.get("/harms", name="api_harms")
def api_harms(request: Request) -> list[dict[str, Any]]:
    return [harm.model_dump(mode="json") for harm in _base(request).harms.values()]


@router.get("/harms/{slug}", name="api_harm")
def api_harm(slug: str, request: Request) -> dict[str, Any]:
    harm = _base(request).harms.get(slug)
    if harm is None:
        raise HTTPException(404, f"no harm category {slug!r}")
    return harm.model_dump(mode="json")


@router.get("/routes", name="api_routes")
def api_routes(request: Request) -> list[dict[str, Any]]:
    return [route.model_dump(mode="json") for route in _base(request).routes]


@router.get("/localities", name="api_localities")
def api_localities(request: Request) -> list[dict[str, Any]]:
    return [locality.model_dump(mode="json") for locality in _base(request).localities.values()]


@router.get("/localities/{slug}", name="api_locality")
def api_locality(slug: str, request: Request) -> dict[str, Any]:
    locality = _base(request).localities.get(slug)
    if locality is None:
        raise HTTPException(404, f"no locality {slug!r}")
    return locality.model_dump(mode="json")


@router.get("/flowchart", name="api_flowchart")
def api_flowchart(request: Request) -> dict[str, Any]:
    return _base(request).flowchart.model_dump(mode="json")


@router.get("/gateways", name="api_gateways")
def api_gateways(request: Request) -> list[dict[str, Any]]:
    return [gateway.model_dump(mode="json") for gateway in _base(request).gateways]
