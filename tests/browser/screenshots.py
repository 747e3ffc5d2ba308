"""Screenshots of every page of both journeys, as a person sees them.

Run from the project folder: .venv/bin/python -m tests.browser.screenshots [FOLDER]
(default docs/screenshots). Needs Chromium (apt-get install chromium).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from tests.browser.journeys import share, tell
from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, live_server


class Camera:
    def __init__(self, folder: Path) -> None:
        self.folder, self.count = folder, 0

    def __call__(self, page: Any) -> None:
        self.count += 1
        slug = (
            page.url.split("//", 1)[1].split("/", 1)[1].replace("/", "-").split("?")[0] or "start"
        )
        page.screenshot(path=self.folder / f"{self.count:02d}-{slug}.png", full_page=True)


def take(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    camera = Camera(folder)
    with (
        tempfile.TemporaryDirectory() as data,
        live_server(Path(data)) as url,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=url, viewport={"width": 1024, "height": 768}).new_page()
        tell(
            page,
            "As a dinner lady you gradually notice a child becoming quieter. They no longer "
            "interact with other children and are often wearing ripped clothing.",
            "A child or young person (under 18)",
            "School, college or nursery",
            danger="Yes",
            age="8",
            on_page=camera,
        )
        page.get_by_role("link", name="Can I share this information?").click()
        share(
            page,
            ["Yes", "Yes", "Yes", "No", "Yes"],
            {
                "Your name": "Sam Jones",
                "Your role": "Designated safeguarding lead",
                "Your organisation": "Oak School",
            },
            on_page=camera,
        )
        phone = browser.new_context(
            base_url=url, viewport={"width": 375, "height": 667}, is_mobile=True
        )
        mobile = phone.new_page()
        tell(
            mobile,
            "My neighbours often leave their windows open when they go out, and there have "
            "been opportunistic burglars about.",
            "An adult (18 or over)",
            "A neighbour or member of the public",
        )
        mobile.screenshot(path=folder / "phone-result.png", full_page=True)
        browser.close()
    return camera.count + 1


if __name__ == "__main__":
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    print(f"{take(out)} screenshots in {out}")
