"""Regenerate output/adobe-managed-services-view.png: the bundled page's interactive view.

Usage::

    .venv/bin/python tests/view_screenshot.py [--output output/adobe-managed-services-view.png]

Exports the bundled document with ``--format html`` into a temporary folder, opens the page in
Debian's chromium (Playwright, as tests/test_view.py does; no request leaves the file), clicks
the duty "Server-level patching" so the side panel shows its provenance, and saves a 1600 x
1000 screenshot. The picture depends on chromium's rendering and fonts, so it is not checked
byte for byte like the other files in output/.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_view import CHROME_ARGS, CHROMIUM  # noqa: E402

from graph.exporter import export  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--output", type=Path, default=ROOT / "output" / "adobe-managed-services-view.png"
    )
    parser.add_argument("--duty", default="Server-level patching")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        export(output_dir=Path(tmp), formats=["html"])
        url = (Path(tmp) / "adobe-managed-services.html").as_uri()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.route(
                "**/*",
                lambda route: route.continue_() if route.request.url == url else route.abort(),
            )
            page.goto(url)
            page.wait_for_function("window.srgraph !== undefined")
            find = "l => window.srgraph.visible().find(id => window.srgraph.duty(id).label === l)"
            node = page.evaluate(find, args.duty)
            box = page.locator("#cy").bounding_box()
            assert box is not None
            at = page.evaluate(
                "id => window.srgraph.cy.getElementById(id).renderedPosition()", node
            )
            page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
            page.screenshot(path=str(args.output))
            browser.close()
    print(args.output)


if __name__ == "__main__":
    main()
