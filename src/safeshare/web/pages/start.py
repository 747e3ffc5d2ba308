"""The start page, the choice of area and a health check."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from safeshare.web.pages.common import Errors, checked_form, knowledge, redirect, text
from safeshare.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/", name="start")
def start(request: Request) -> HTMLResponse:
    return render(request, "start.html")


@router.get("/health", name="health")
def health() -> JSONResponse:
    return JSONResponse({"status": "ok"})


def _safe_next(value: str) -> str:
    # Only paths on this site, so the form cannot send anyone elsewhere.
    return value if value.startswith("/") and not value.startswith("//") else "/"


def _locality_page(
    request: Request, chosen: str | None, next_url: str, errors: Errors
) -> HTMLResponse:
    base = knowledge(request)
    options = [
        {
            "value": loc.slug,
            "text": loc.name,
            "hint": {"text": loc.description},
            "checked": loc.slug == chosen,
        }
        for loc in base.localities.values()
    ]
    return render(
        request,
        "locality.html",
        {"options": options, "next": next_url, "section": "locality", **errors.context()},
        400 if errors else 200,
    )


@router.get("/locality", name="locality")
def locality(request: Request, next: str = "/") -> HTMLResponse:
    chosen = (
        request.session.get("locality")
        or knowledge(request).locality(request.app.state.settings.default_locality).slug
    )
    return _locality_page(request, chosen, _safe_next(next), Errors())


@router.post("/locality", name="locality_save")
async def locality_save(request: Request) -> Response:
    form = await checked_form(request)
    chosen = text(form, "locality")
    if chosen not in knowledge(request).localities:
        errors = Errors()
        errors.add("locality", "Select the area you are in", "locality")
        return _locality_page(request, None, _safe_next(text(form, "next")), errors)
    request.session["locality"] = chosen
    return redirect(_safe_next(text(form, "next")))
