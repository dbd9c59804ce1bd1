"""axe-core on every page type, in both colour schemes, on a phone and a desktop: no serious or critical violation."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import screenshot

PAGE_TYPES = {
    "home": "/",
    "search": "/search/?q=创先争优",
    "timeline": "/timeline/",
    "facet": "/genres/",
    "facet-value": "/years/2010/",
    "document": "/documents/001_c7e687d74acad71f/",
    "document-with-contents": "/documents/002_bff57ed234c65540/",
    "source": "/documents/001_c7e687d74acad71f/source/",
    "not-found": "/no-such-page/",
}
AXE = Axe()


def serious_violations(tab) -> list[str]:
    results = AXE.run(tab).response
    return [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes']][:3]}"
        for violation in results["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_serious_accessibility_violation(device_page, site_url, kind, scheme):
    tab = device_page
    tab.emulate_media(color_scheme=scheme)
    if kind == "not-found":
        tab.expected_errors.append("status of 404")
    tab.goto(f"{site_url}{PAGE_TYPES[kind]}")
    if kind == "search":
        tab.wait_for_function("() => document.body.dataset.searchState === 'done'")
        tab.click("#filters summary")
    if tab.locator("details").count():
        tab.eval_on_selector_all("details", "all => all.forEach(d => d.open = true)")
    assert serious_violations(tab) == []
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]
    if kind in ("document", "search"):
        screenshot(tab, f"axe-{kind}-{scheme}-{tab.device}")
