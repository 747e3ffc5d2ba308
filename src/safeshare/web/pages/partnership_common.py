"""What the partnership's pages share: rendering a page, and a service's refusal as 403 or 404."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from safeshare.services.access import NotAllowedError
from safeshare.services.storage import NotFoundError
from safeshare.web.pages.common import Errors
from safeshare.web.templating import render


def page(request: Request, name: str, errors: Errors | None = None, **context: Any) -> HTMLResponse:
    errors = errors or Errors()
    return render(
        request,
        f"partnership/{name}.html",
        {"section": "partnership", **errors.context(), **context},
        400 if errors else 200,
    )


def refusal(error: Exception) -> HTTPException:
    if isinstance(error, NotFoundError):
        return HTTPException(404, "not found")
    return HTTPException(403, str(error))


@contextmanager
def refusing() -> Iterator[None]:
    """A service's refusal as the page's answer: 404 for a record the person may not see,
    403 for something their role does not allow."""
    try:
        yield
    except (NotFoundError, NotAllowedError) as error:
        raise refusal(error) from error
