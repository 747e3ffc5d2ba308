"""Who is signed in to the web pages, from the session; pages that need someone send
everyone else to the sign-in page and back."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import HTTPException
from starlette.requests import Request

from safeshare.services.accounts import Person, person

SESSION_KEY = "person"


def current_person(request: Request) -> Person | None:
    user_id = request.session.get(SESSION_KEY)
    if not isinstance(user_id, str):
        return None
    found = person(request.app.state.db, user_id)
    if found is None:
        request.session.pop(SESSION_KEY, None)
    return found


def need_person(request: Request) -> Person:
    found = current_person(request)
    if found is None:
        target = quote(request.url.path, safe="/")
        raise HTTPException(303, "Sign in first", headers={"Location": f"/sign-in?next={target}"})
    return found


def address(request: Request) -> str | None:
    return request.client.host if request.client else None
