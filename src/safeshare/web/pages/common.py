"""What every page handler needs: the form with its CSRF check, journeys, errors and redirects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse

from safeshare.knowledge import KnowledgeBase
from safeshare.services.journeys import Journeys, new_token
from safeshare.web.security import csrf_valid


async def checked_form(request: Request) -> FormData:
    """The posted form, refused with 400 unless it carries this session's CSRF token."""
    form = await request.form()
    if not csrf_valid(request, form):
        raise HTTPException(400, "The form has expired. Go back, refresh the page and try again.")
    return form


def text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def knowledge(request: Request) -> KnowledgeBase:
    base: KnowledgeBase = request.app.state.knowledge
    return base


def journeys(request: Request) -> Journeys:
    store: Journeys = request.app.state.journeys
    return store


def load_answers(request: Request, kind: str) -> dict[str, Any]:
    return journeys(request).load(request.session.get(kind), kind)


def save_answers(request: Request, kind: str, answers: dict[str, Any]) -> None:
    token = request.session.get(kind)
    if not isinstance(token, str):
        token = new_token()
        request.session[kind] = token
    journeys(request).save(token, kind, answers)


def finish_journey(request: Request, kind: str) -> None:
    journeys(request).finish(request.session.pop(kind, None))


def remember(request: Request, reference: str) -> None:
    """Let this browser session see a record it made (up to the last 20)."""
    mine = [r for r in request.session.get("mine", []) if r != reference]
    request.session["mine"] = [*mine, reference][-20:]


def is_mine(request: Request, reference: str) -> bool:
    return reference in request.session.get("mine", [])


@dataclass
class Errors:
    """Errors for the summary at the top of the page and beside each field."""

    items: list[dict[str, str]] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str, anchor: str | None = None) -> None:
        self.items.append({"text": message, "href": f"#{anchor or name}"})
        self.fields[name] = message

    def __bool__(self) -> bool:
        return bool(self.items)

    def context(self) -> dict[str, Any]:
        return {"errors": self.items, "field_errors": self.fields}
