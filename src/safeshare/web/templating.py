"""Jinja with the GOV.UK Frontend macros and our own templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    select_autoescape,
)
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from safeshare.web.security import csrf_token
from safeshare.web.signed_in import current_person

TEMPLATES = Path(__file__).parent / "templates"


def make_templates() -> Jinja2Templates:
    environment = Environment(
        loader=ChoiceLoader(
            [
                FileSystemLoader(TEMPLATES),
                PrefixLoader(
                    {"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja", "templates")}
                ),
            ]
        ),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["tel"] = lambda number: "".join(c for c in str(number) if c.isdigit())
    environment.filters["words"] = lambda slug: str(slug).replace("_", " ")
    return Jinja2Templates(env=environment)


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    base = request.app.state.knowledge
    locality = base.locality(
        request.session.get("locality") or request.app.state.settings.default_locality
    )
    page = {
        "csrf_token": csrf_token(request),
        "locality": locality,
        "errors": [],
        "person": current_person(request),
        **(context or {}),
    }
    return templates.TemplateResponse(request, name, page, status_code=status_code)
