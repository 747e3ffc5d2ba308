"""The application: settings, knowledge, database, middleware, pages, API and error pages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles

from safeshare.api import platform, v1
from safeshare.knowledge import load_knowledge, load_knowledge_from
from safeshare.semantic.loader import load_matcher
from safeshare.services import demo
from safeshare.services.concerns import Intake
from safeshare.services.journeys import Journeys
from safeshare.services.storage import open_database
from safeshare.settings import Settings, get_settings
from safeshare.web.access import undeclared
from safeshare.web.pages import (
    concern_journey,
    guidance,
    partnership,
    partnership_records,
    report,
    share,
    start,
    tell,
)
from safeshare.web.security import BodySizeLimit, RequestLog, SecurityHeaders, configure_logging
from safeshare.web.templating import make_templates, render

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("safeshare.web")

MESSAGES = {
    404: (
        "Page not found",
        [
            "If you typed the web address, check it is correct.",
            "If you pasted the web address, check you copied the entire address.",
            "Results of 'Should I tell someone?' can only be seen in the browser that made them.",
        ],
    ),
    403: ("You cannot do that", []),
    405: ("That did not work", ["Go back and try again."]),
    413: ("Your answer is too long", ["Go back and make it shorter."]),
    500: (
        "Sorry, there is a problem with the service",
        ["Try again later.", "If someone is in immediate danger, call 999 now."],
    ),
}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging()
    app = FastAPI(
        title="safeshare",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        description="Should I tell someone? Can I share, and on what basis?",
    )
    app.state.settings = settings
    app.state.knowledge = (
        load_knowledge_from(settings.knowledge_dir) if settings.knowledge_dir else load_knowledge()
    )
    app.state.knowledge.locality(settings.default_locality)  # fail at start on an unknown area
    app.state.db = open_database(settings.database)
    app.state.journeys = Journeys(app.state.db, settings.journey_lifetime)
    app.state.matcher = load_matcher(app.state.knowledge) if settings.semantic else None
    # What every concern needs on the way in, built once rather than per request.
    app.state.intake = Intake(app.state.knowledge, app.state.matcher, settings.retention_years)
    if settings.demo_data and settings.environment != "production":
        demo.load_if_empty(app.state.db, app.state.intake)
    app.state.templates = make_templates()
    production = settings.environment == "production"
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key.get_secret_value(),
        session_cookie="safeshare_session",
        max_age=settings.journey_lifetime,
        same_site="lax",
        https_only=production,
    )
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, hsts=production)
    app.add_middleware(RequestLog)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in (
        start.router,
        tell.router,
        share.router,
        guidance.router,
        report.router,
        concern_journey.router,  # before partnership: /concerns/new is not a concern id
        partnership.router,
        partnership_records.router,
        v1.router,
        platform.router,
    ):
        app.include_router(router)
    _add_error_handlers(app)
    missing = undeclared(app.routes)
    if missing:
        raise RuntimeError(f"routes without an access rule in web/access.py: {', '.join(missing)}")
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse(
                {"detail": error.detail},
                status_code=error.status_code,
                headers=getattr(error, "headers", None),
            )
        location = (getattr(error, "headers", None) or {}).get("Location")
        if error.status_code == 303 and location:
            return RedirectResponse(location, status_code=303)
        heading, paragraphs = MESSAGES.get(error.status_code, ("There is a problem", []))
        if error.status_code == 403:
            paragraphs = [str(error.detail)]
        if error.status_code == 400:
            paragraphs = [str(error.detail)]
        return render(
            request, "error.html", {"heading": heading, "paragraphs": paragraphs}, error.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        problems = [_problem(detail) for detail in error.errors()]
        message = "; ".join(f"{p['field']}: {p['message']}" for p in problems)
        return JSONResponse({"detail": message, "errors": problems}, status_code=422)

    @app.exception_handler(Exception)
    async def server_error(request: Request, error: Exception) -> Response:
        log.exception(
            "unhandled error", extra={"request_id": getattr(request.state, "request_id", None)}
        )
        if _wants_json(request):
            return JSONResponse(
                {"detail": "Something went wrong on our side; nothing was stored."}, status_code=500
            )
        heading, paragraphs = MESSAGES[500]
        return render(request, "error.html", {"heading": heading, "paragraphs": paragraphs}, 500)


def _problem(detail: Any) -> dict[str, str]:
    location = [str(part) for part in detail.get("loc", ()) if part != "body"]
    message = str(detail.get("msg", "is not valid"))
    if detail.get("type") == "json_invalid":
        message = "the request body is not valid JSON"
    return {"field": ".".join(location) or "body", "message": message}
