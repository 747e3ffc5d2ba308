"""Who may use each route: one table, checked at start-up and by a test that walks every
route. "public" needs nothing; "token" needs an API bearer token; "signed_in" needs a web
sign-in. What a signed-in person may then do or see is decided by their roles and
organisation in the services (domain/policy.py), so a route never decides that alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Literal

Access = Literal["public", "token", "signed_in"]

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
    "report_start": "public",
    "report_noticed": "public",
    "report_noticed_save": "public",
    "report_how": "public",
    "report_how_save": "public",
    "report_where": "public",
    "report_where_save": "public",
    "report_check": "public",
    "report_submit": "public",
    "report_follow_up": "public",
    "report_follow_up_check": "public",
    "sign_in": "public",
    "sign_in_submit": "public",
    "sign_out": "public",
    "partnership_home": "signed_in",
    "concern_new": "signed_in",
    "concern_new_save": "signed_in",
    "concern_details": "signed_in",
    "concern_details_save": "signed_in",
    "concern_grading": "signed_in",
    "concern_grading_save": "signed_in",
    "concern_check": "signed_in",
    "concern_submit": "signed_in",
    "concern_list": "signed_in",
    "concern_view": "signed_in",
    "concern_status": "signed_in",
    "concern_decision": "signed_in",
    "concern_share": "signed_in",
    "disclosure_acknowledge": "signed_in",
    "inbox": "signed_in",
    "agreements": "signed_in",
    "agreement_sign_off": "signed_in",
    "audit_view": "signed_in",
    "chronology": "signed_in",
    "subject_access": "signed_in",
    "patterns": "signed_in",
    "accounts": "signed_in",
    "account_add": "signed_in",
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
    "api_concern_submit": "token",
    "api_concern_search": "token",
    "api_concern": "token",
    "api_concern_status": "token",
    "api_concern_decision": "token",
    "api_disclosure": "token",
    "api_acknowledge": "token",
    "api_inbox": "token",
    "api_agreements": "token",
    "api_me": "token",
    "api_agreement_create": "token",
    "api_agreement_sign_off": "token",
    "api_agreement_status": "token",
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
