"""The editors' page of `factdiff serve` in headless Chromium (Selenium).

A real uvicorn server on a loopback port (typed rules only, for speed): two seed
articles dropped on the page, then two pasted ones, and the finding shows in the
report the page draws in place; the report's own filter script runs in its frame
(allowed by the page's CSP) and nothing breaks the CSP. Skips without Chromium,
chromedriver or selenium (scripts/browser-deps.sh installs them on Debian).
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from conftest import SEEDS
from test_html_browser import CHROMIUM, DRIVER, FLAGS

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
webdriver = pytest.importorskip("selenium.webdriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium and chromedriver not installed"
)

SEED_A = SEEDS / "000_4800e6b1c87996a3.txt"
SEED_B = SEEDS / "001_93743ebe22af9659.txt"


@pytest.fixture(scope="module")
def server():
    from factdiff.serve.app import create_app
    from factdiff.serve.config import ServeConfig

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(ServeConfig(warm=False, settings={"no_nli": True}))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.skip("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-serve')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    except Exception as exc:  # a broken install: skip, do not fail the suite
        pytest.skip(f"chromium did not start: {exc}")
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


DROP = """
const zone = document.getElementById('drop');
const dt = new DataTransfer();
for (const [name, text] of arguments[0]) {
  dt.items.add(new File([text], name, {type: 'text/plain'}));
}
zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
"""


def _wait_for_report(browser, timeout: float = 120) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, timeout).until(
        lambda d: (
            "finding" in d.find_element("id", "status").text
            or "Error" in d.find_element("id", "status").text
        )
    )
    return browser.find_element("id", "status").text


def _findings_in_frame(browser) -> list[str]:
    frame = browser.find_element("id", "report")
    browser.switch_to.frame(frame)
    try:
        js_ran = browser.execute_script("return document.documentElement.classList.contains('js')")
        shown = [
            el.text
            for el in browser.find_elements("css selector", "section.finding")
            if el.is_displayed()
        ]
    finally:
        browser.switch_to.default_content()
    assert js_ran, "the report's filter script did not run in the frame"
    return shown


def _csp_errors(browser) -> list[str]:
    return [
        e["message"]
        for e in browser.get_log("browser")
        if "Content Security Policy" in e["message"] or "Refused" in e["message"]
    ]


def test_drop_two_seeds_and_see_the_finding(server, browser, tmp_path):
    browser.get(server + "/")
    assert browser.title == "factdiff"
    seeds = [[p.name, p.read_text(encoding="utf-8")] for p in (SEED_A, SEED_B)]
    browser.execute_script(DROP, seeds)
    listed = browser.find_element("id", "files").text
    assert SEED_A.name in listed and SEED_B.name in listed
    browser.find_element("id", "check").click()
    status = _wait_for_report(browser)
    assert status.startswith("1 finding"), status
    shown = _findings_in_frame(browser)
    assert len(shown) == 1
    assert "mercredi" in shown[0] and "jeudi" in shown[0]
    shot = tmp_path / "serve-page.png"
    assert browser.save_screenshot(str(shot))
    assert _csp_errors(browser) == []


def test_paste_two_articles_and_see_the_finding(server, browser):
    browser.get(server + "/")
    areas = browser.find_elements("css selector", "#texts textarea")
    areas[0].send_keys(
        "---\npublished: 2025-04-15\nlang: fr\n---\n"
        "Le ministre va se rendre à Paris mercredi pour des discussions sur l'Ukraine."
    )
    areas[1].send_keys(
        "---\npublished: 2025-04-17\nlang: fr\n---\n"
        "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre."
    )
    browser.find_element("id", "check").click()
    status = _wait_for_report(browser)
    assert status.startswith("1 finding"), status
    shown = _findings_in_frame(browser)
    assert len(shown) == 1 and "mercredi" in shown[0]
    assert _csp_errors(browser) == []


def test_an_error_is_shown_as_text(server, browser):
    browser.get(server + "/")
    browser.find_element("id", "check").click()  # nothing to check
    status = _wait_for_report(browser, 30)
    assert status.startswith("Error 400"), status
    assert "no files" in status
