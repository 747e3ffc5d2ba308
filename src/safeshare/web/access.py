"""Who may use each route: one table, checked by a test that walks every route.

Everything is public until sign-in exists; a route missing from this table fails the test.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Literal

Access = Literal["public"]

POLICY: dict[str, Access] = {
    # pages
    "start": "public",
    "locality": "public",
    "locality_save": "public",
    "tell_noticed": "public",
    "tell_noticed_save": "public",
    "tell_who": "public",
    "tell_who_save": "public",
    "tell_role": "public",
    "tell_role_save": "public",
    "tell_danger": "public",
    "tell_danger_save": "public",
    "tell_call_999": "public",
    "tell_check": "public",
    "tell_submit": "public",
    "tell_result": "public",
    "share_start": "public",
    "share_begin": "public",
    "share_question": "public",
    "share_answer": "public",
    "share_outcome": "public",
    "share_record_form": "public",
    "share_record_save": "public",
    "share_record": "public",
    "share_record_json": "public",
    "share_record_pdf": "public",
    "guidance": "public",
    "guidance_section": "public",
    "guidance_signs": "public",
    "guidance_sign": "public",
    "guidance_contacts": "public",
    "health": "public",
    "static": "public",
    # API
    "api_triage": "public",
    "api_decide": "public",
    "api_decision": "public",
    "api_harms": "public",
    "api_harm": "public",
    "api_routes": "public",
    "api_localities": "public",
    "api_locality": "public",
    "api_flowchart": "public",
    "api_gateways": "public",
    "openapi": "public",
}


def flat_routes(routes: Iterable[Any]) -> Iterator[Any]:
    """Every route, looking inside included routers (FastAPI keeps them nested)."""
    for route in routes:
        nested = getattr(route, "original_router", None)
        if nested is not None:
            yield from flat_routes(nested.routes)
        else:
            yield route


def undeclared(routes: Iterable[Any]) -> list[str]:
    """Names of routes with no entry in the policy table."""
    return sorted({str(getattr(r, "name", "")) for r in flat_routes(routes)} - set(POLICY))
