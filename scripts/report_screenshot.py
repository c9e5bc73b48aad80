"""A screenshot of the HTML report, for the README: ``python scripts/report_screenshot.py [OUT.png] [--pair]``.

Lints the example article (with ``--pair``: the test pair in ``tests/bilingual/``, beside its Chinese source)
into an HTML report, opens it in headless Chromium (Debian's ``chromium``
and ``chromedriver``, driven by Selenium from the ``test`` extra), steps to the first finding of
``--code`` with the keyboard, so that its tooltip shows, and saves the window. The browser tests use
``chromium_driver`` too.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


def chromium_driver(profile: str, width: int = 1400, height: int = 1000):
    """Selenium driving the system chromium with the system chromedriver; RuntimeError saying why not."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not chromium or not os.path.exists(driver_path):
        raise RuntimeError("no Chromium here: apt-get install -y chromium chromium-driver")
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise RuntimeError("selenium is not installed: pip install '.[test]'") from None
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must download nothing
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # tests read the console
    try:
        return webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    except WebDriverException as exc:
        raise RuntimeError(f"Chromium would not start: {exc.msg}") from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "report.png"))
    parser.add_argument("--code", default="NAM006", help="step to the first finding with this code")
    parser.add_argument("--size", default="1280x760", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--pair", action="store_true", help="the bilingual view of the test pair")
    args = parser.parse_args()
    pair = ROOT / "tests" / "bilingual"
    inputs = ["--glossary", str(pair / "glossary.tsv"), "--source", str(pair / "pairs" / "drones.zh.txt"),
              str(pair / "pairs" / "drones.ja.txt")] if args.pair else ["corpus/"]
    width, height = map(int, args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "textqa", "lint", "--format", "html", "-o", str(report), *inputs],
                       cwd=ROOT, check=False)
        driver = chromium_driver(str(Path(tmp) / "profile"), width, height)
        try:
            driver.get(report.as_uri())
            steps = driver.execute_script(
                "return Array.from(document.querySelectorAll('.side li.fi')).findIndex(li => li.dataset.code === arguments[0])",
                args.code)
            for _ in range(steps + 1):  # j: the next finding (it takes the focus, and the keys follow it)
                driver.switch_to.active_element.send_keys("j")
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(args.out)
        finally:
            driver.quit()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
