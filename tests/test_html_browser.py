"""The HTML report in a real browser: headless Chromium driven by Selenium.

Checks that findings are visible, that the filters hide and show them, that the
inline script allowed by the CSP runs while no script from an article does,
and saves a screenshot (to `FACTDIFF_SCREENSHOT` when set: scripts/reports.sh
writes reports/seeds-html.png that way). Skips when Chromium, chromedriver or
selenium is missing (scripts/browser-deps.sh installs them on Debian).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import SEEDS
from factdiff.pipeline import Settings, run
from factdiff.report import render
from helpers_articles import write_article

webdriver = pytest.importorskip("selenium.webdriver")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium and chromedriver not installed"
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1280,1700",
)

HOSTILE = (
    "Le ministre va se rendre à Paris mercredi pour des discussions "
    "<script>document.title='pwned';window.pwned=1</script> sur l'Ukraine. "
    "<img src=x onerror=\"window.pwned=2;document.title='pwned'\"> "
    "Voir [le direct](javascript:window.pwned=3) et "
    '<a href="javascript:window.pwned=4" id="evil">ici</a>.'
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tmp_path_factory.mktemp("chromium-profile")
    options.add_argument(f"--user-data-dir={profile}")
    try:
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    except Exception as exc:  # a broken install: skip, do not fail the suite
        pytest.skip(f"chromium did not start: {exc}")
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _open(browser, tmp_path: Path, html: str, name: str = "report.html"):
    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    browser.get(page.as_uri())
    return page


def _visible(browser) -> list[str]:
    return [
        el.get_attribute("id")
        for el in browser.find_elements("css selector", "section.finding")
        if el.is_displayed()
    ]


def _box(browser, dim: str, value: str):
    return browser.find_element(
        "css selector", f'#filters input[data-filter="{dim}"][value="{value}"]'
    )


def test_seeds_report_shows_findings_and_filters_work(browser, tmp_path: Path) -> None:
    report = run([str(SEEDS)], Settings(nli=False))
    assert report.findings
    _open(browser, tmp_path, render(report, "html"))
    assert browser.title == "factdiff report"
    # the CSP-allowed script ran (it marks <html class="js"> and shows the filters)
    assert browser.execute_script("return document.documentElement.classList.contains('js')")
    assert browser.find_element("id", "filters").is_displayed()
    ids = [f"finding-{f.id}" for f in report.findings]
    assert sorted(_visible(browser)) == sorted(ids)
    assert browser.find_element("id", "shown").text == str(len(ids))

    kind = report.findings[0].kind
    _box(browser, "kind", kind).click()
    hidden = {f"finding-{f.id}" for f in report.findings if f.kind == kind}
    assert set(_visible(browser)) == set(ids) - hidden
    assert browser.find_element("id", "shown").text == str(len(ids) - len(hidden))
    _box(browser, "kind", kind).click()
    assert sorted(_visible(browser)) == sorted(ids)

    _box(browser, "severity", "error").click()
    assert set(_visible(browser)) == {
        f"finding-{f.id}" for f in report.findings if f.severity != "error"
    }
    _box(browser, "severity", "error").click()

    # every source unticked: nothing shown; the fact matrix and articles stay
    boxes = browser.find_elements("css selector", '#filters input[data-filter="source"]')
    for b in boxes:
        b.click()
    assert _visible(browser) == []
    assert browser.find_element("css selector", "table.matrix").is_displayed()
    for b in boxes:
        b.click()
    assert len(_visible(browser)) == len(ids)

    # highlighted claims in the article texts link to their findings
    links = browser.find_elements("css selector", ".article a.ref")
    assert links and all(a.get_attribute("href").split("#")[1] in ids for a in links)
    browser.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "seeds-html.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    target = os.environ.get("FACTDIFF_SCREENSHOT")
    if target:
        shutil.copyfile(shot, target)


def test_no_script_from_an_article_runs(browser, tmp_path: Path) -> None:
    a = write_article(
        tmp_path, "a.md", HOSTILE, "2025-04-15", title="<script>window.pwned=5</script>"
    )
    b = write_article(
        tmp_path,
        "b.txt",
        "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre. "
        '<svg onload="window.pwned=6"></svg> <iframe src="javascript:parent.pwned=7"></iframe> '
        '<a href="javascript:window.pwned=8" id="evil2">direct</a>.',
        "2025-04-17",
    )
    report = run([str(a), str(b)], Settings(nli=False))
    assert report.findings, "the hostile sentences must reach the report"
    html = render(report, "html")
    assert "window.pwned=1" in html  # the article text is there, as text
    _open(browser, tmp_path, html, "hostile.html")
    assert browser.title == "factdiff report"
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert browser.find_elements("css selector", "img, svg, iframe, #evil, #evil2") == []
    # only our own script element exists; every link is an in-page fragment
    assert len(browser.find_elements("css selector", "script")) == 1
    hrefs = [a.get_attribute("href") for a in browser.find_elements("css selector", "a[href]")]
    assert hrefs and all("#" in h and not h.startswith("javascript:") for h in hrefs)
    body = browser.find_element("tag name", "body").text
    assert "<script>document.title='pwned'" in body and '<img src=x onerror="' in body
    assert '<a href="javascript:window.pwned=8" id="evil2">' in body
    assert _visible(browser)
    for link in browser.find_elements("css selector", "a[href]")[:5]:
        link.click()
    assert browser.execute_script("return typeof window.pwned") == "undefined"


def test_editor_views_render_in_the_browser(browser, tmp_path: Path) -> None:
    """The seeds: each finding's word diff with its conflicting values, the date finding
    under an event named for the Paris talks, Trump on one row of the fact matrix."""
    report = run([str(SEEDS)], Settings(nli=False))
    _open(browser, tmp_path, render(report, "html"), "views.html")
    for f in report.findings:
        section = browser.find_element("id", f"finding-{f.id}")
        diff = section.find_element("css selector", "p.wd")
        assert diff.is_displayed()
        conflicts = diff.find_elements("css selector", "del.conflict, ins.conflict")
        assert len(conflicts) >= 2 and all(c.is_displayed() for c in conflicts)
        assert diff.find_elements("css selector", "del:not(.conflict), ins:not(.conflict)")
    date_id = next(f.id for f in report.findings if f.kind == "date")
    heading = browser.execute_script(
        "return document.getElementById(arguments[0]).closest('section.group')"
        ".querySelector('h3').textContent",
        f"finding-{date_id}",
    )
    assert "talks" in heading and "Paris" in heading
    rows = [
        th.text
        for th in browser.find_elements("css selector", "table.matrix th.fact")
        if "Trump" in th.text
    ]
    assert rows == ["title: Donald Trump"]
    browser.execute_script(
        "document.getElementById(arguments[0]).scrollIntoView()", f"finding-{date_id}"
    )
    shot = tmp_path / "views.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_timeline_svg_draws_updates_and_the_conflict(browser, tmp_path: Path) -> None:
    """A day of reports with a rising toll: the inline SVG shows one conflict link and
    one update link per update finding, each point drawn inside the chart."""
    toll = [
        ("1.md", "Un séisme a frappé Tarsus mardi matin. Le bilan fait état de 12 morts."),
        ("2.md", "Le bilan du séisme qui a frappé Tarsus mardi matin s'est alourdi à 19 morts."),
        ("3.md", "Le séisme qui a frappé Tarsus mardi matin a fait 14 morts."),
    ]
    for name, body in toll:
        write_article(tmp_path, name, body, "2025-03-11")
    report = run([str(tmp_path)], Settings(nli=False, cache=False))
    updates = [f for f in report.findings if f.rule == "number.update"]
    conflicts = [f for f in report.findings if f.kind == "number" and f not in updates]
    assert updates and conflicts
    _open(browser, tmp_path, render(report, "html"), "day.html")
    chart = browser.find_element("css selector", "svg.timeline")
    assert chart.is_displayed() and chart.size["width"] > 300
    assert len(chart.find_elements("css selector", "path.link.update")) == len(updates)
    assert len(chart.find_elements("css selector", "path.link.conflict")) == len(conflicts)
    box = chart.rect
    for point in chart.find_elements("css selector", "circle.pt"):
        r = point.rect
        assert box["x"] <= r["x"] <= box["x"] + box["width"]
        assert box["y"] <= r["y"] <= box["y"] + box["height"]
    # the CSP held: the chart's colours come from the page's own style sheet
    stroke = browser.execute_script(
        "return getComputedStyle(document.querySelector('path.link.conflict')).strokeDasharray"
    )
    assert stroke not in ("", "none")
    browser.execute_script("arguments[0].scrollIntoView()", chart)
    shot = tmp_path / "timeline.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 5_000
    target = os.environ.get("FACTDIFF_TIMELINE_SCREENSHOT")
    if target:
        shutil.copyfile(shot, target)
