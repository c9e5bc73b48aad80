"""The HTML report: built as data, then opened in headless Chromium (skipped when there is none)."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from html import unescape

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.findings import Finding, Severity
from textqa.render import render
from textqa.render.html_format import PAGE_CHARS, Segment, segments
from textqa.report import Report

from conftest import CORPUS, GLOSSARY, ROOT

XSS_LINES = [
    "記事の本文に<script>alert('xss')</script>が入っている。",
    "画像<img src=x onerror=\"window.__xss=1;alert(1)\">を書いた。",
    "閉じタグ</textarea>と{{ 7*7 }}と{% if 1 %}も文字として見える。",
    "李ホン氏は馬花騰と会った。",
]
XSS_GLOSSARY = ("zh\tja\ttype\treject\tnote\n"
                "马化腾\t馬化騰\tperson\t馬花騰\t<script>alert('note')</script> & <b>bold</b>\n")


def lint(*args, cwd=ROOT):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["lint", *map(str, args)], catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory):
    """The example article: (JSON findings, path of the HTML report)."""
    out = tmp_path_factory.mktemp("html") / "report.html"
    result = lint("--format", "html", "-o", out, "--glossary", GLOSSARY, CORPUS)
    assert result.exit_code == 1, result.output
    data = json.loads(lint("--format", "json", "--glossary", GLOSSARY, CORPUS).stdout)
    return data["findings"], out


@pytest.fixture(scope="module")
def xss_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xss")
    (folder / "x<b>.ja.txt").write_text("\n".join(XSS_LINES) + "\n", encoding="utf-8")
    (folder / "g.tsv").write_text(XSS_GLOSSARY, encoding="utf-8")
    out = folder / "report.html"
    result = lint("--format", "html", "-o", out, "--glossary", folder / "g.tsv", folder / "x<b>.ja.txt", cwd=folder)
    assert result.exit_code == 1, result.output
    return out


def expected_text(lines: list[str], f: dict) -> str:
    """The text a finding covers, newlines dropped (the report draws one line per row)."""
    if f["line"] == f["end_line"]:
        return lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]
    parts = [lines[f["line"] - 1][f["column"] - 1:]]
    parts += lines[f["line"]:f["end_line"] - 1]
    parts.append(lines[f["end_line"] - 1][:f["end_column"] - 1])
    return "".join(parts)


# ---------------------------------------------------------------- without a browser

def test_segments_cut_at_every_boundary_and_keep_points():
    text = "0123456789"
    segs = segments(text, [(2, 6, 1), (4, 8, 0), (9, 9, 2)])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.ids) for s in segs if s.ids and not s.point] == [
        ("23", (1,)), ("45", (1, 0)), ("67", (0,))]
    assert Segment("", (2,), point=True) in segs


def test_report_is_self_contained(corpus_report):
    html = corpus_report[1].read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp
    for tag in ("script", "style"):
        for body in re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S):
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in csp, f"inline {tag} not allowed by the page's own policy"


def test_report_header_names_glossary_version_and_signature(corpus_report, tmp_path):
    html = corpus_report[1].read_text(encoding="utf-8")
    assert "hunan-blockchain.names.tsv" in html and "textqa 0." in html
    signature = re.search(r'<code class="sig">([0-9a-f]{16})</code>', html).group(1)
    again = tmp_path / "again.html"
    lint("--format", "html", "-o", again, "--glossary", GLOSSARY, CORPUS)
    assert f'<code class="sig">{signature}</code>' in again.read_text(encoding="utf-8")
    other = tmp_path / "other.html"
    lint("--format", "html", "-o", other, "--glossary", GLOSSARY, "--ignore", "GRB011", CORPUS)
    assert f'<code class="sig">{signature}</code>' not in other.read_text(encoding="utf-8")


def test_everything_from_the_input_is_escaped(xss_report):
    html = xss_report.read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img src=x", "</textarea>", "<b>bold", "x<b>.ja"):
        assert raw not in html
    assert "&lt;script&gt;alert(" in html and "{{ 7*7 }}" in html and "&lt;/textarea&gt;" in html


def synthetic(n_lines: int, per_line: int, line: str):
    """A long article and ``per_line`` findings on every few lines: a report without linting."""
    text = "\n".join(line for _ in range(n_lines))
    findings = []
    for k in range(0, n_lines, max(1, n_lines * per_line // 1000)):
        for j in range(per_line):
            sev = (Severity.ERROR, Severity.WARNING, Severity.INFO)[(k + j) % 3]
            code = ("NAM004", "GRB002", "GRB009")[(k + j) % 3]
            findings.append(Finding(path="big.txt", code=code, severity=sev, message=f"finding {k}:{j} <b>",
                                    line=k + 1, column=1 + 10 * j, end_line=k + 1, end_column=5 + 10 * j,
                                    surface=line[10 * j:10 * j + 4]))
    return text, Report(findings=findings[:1000], files=["big.txt"])


def test_a_1mb_article_with_1000_findings_is_paginated():
    text, report = synthetic(6000, 2, "湖南省の企業はブロックチェーンを研究し、" * 3)
    assert len(text.encode()) > 1_000_000 and len(report.findings) == 1000
    html = render(report, "html", text_of=lambda path: text)
    pages = re.findall(r'<div class="page[^"]*" id="f0-p(\d+)"', html)
    assert len(pages) > 1_000_000 // (3 * PAGE_CHARS)
    assert html.count('<li class="fi ') == 1000
    assert len(set(re.findall(r'<mark class="hl [^"]*" data-f="(\d+)"', html))) == 1000


# ---------------------------------------------------------------- in headless Chromium

def screenshot_script():
    """scripts/report_screenshot.py, whose ``chromium_driver`` the browser tests share."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("report_screenshot", ROOT / "scripts" / "report_screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Selenium with Debian's chromium and chromedriver; skipped, with the reason, where there is none."""
    try:
        driver = screenshot_script().chromium_driver(str(tmp_path_factory.mktemp("chromium-profile")))
    except RuntimeError as exc:
        pytest.skip(f"browser tests skipped: {exc}")
    yield driver
    driver.quit()


def open_report(browser, path):
    browser.set_window_size(1400, 1000)
    browser.get(path.as_uri())
    assert browser.execute_script("return document.documentElement.classList.contains('js')")
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors  # no script error, no request the page's policy refused


MARKS_JS = """return Array.from(document.querySelectorAll('mark.hl')).map(m => {
  const s = getComputedStyle(m);
  return [m.dataset.f, m.textContent, s.textDecorationLine, m.classList.contains('off')];
});"""


def marks_by_finding(browser) -> dict[int, list]:
    out: dict[int, list] = {}
    for ids, text, decoration, off in browser.execute_script(MARKS_JS):
        for i in ids.split():
            out.setdefault(int(i), []).append((text, decoration, off))
    return out


def assert_highlighted(browser, findings, lines: list[str]):
    """Every finding has highlights whose text is exactly the text it covers, and its list item."""
    marks = marks_by_finding(browser)
    assert browser.execute_script("return document.querySelectorAll('.side li.fi').length") == len(findings)
    for i, f in enumerate(findings):
        assert f["line"], f
        got = marks.get(i)
        assert got, f"finding {i} ({f['code']} at {f['line']}:{f['column']}) has no highlight"
        assert "".join(text for text, _, _ in got) == expected_text(lines, f) == (f["surface"] or "")
        assert all(decoration == "underline" and not off for _, decoration, off in got)
        item = browser.execute_script(f"return Object.assign({{}}, document.getElementById('F{i}').dataset)")
        assert (item["code"], int(item["line"]), int(item["col"])) == (f["code"], f["line"], f["column"])


def test_every_finding_is_highlighted_with_its_text(browser, corpus_report):
    findings, path = corpus_report
    open_report(browser, path)
    assert_highlighted(browser, findings, CORPUS.read_text(encoding="utf-8-sig").split("\n"))


def visible_items(browser) -> list[str]:
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('.side li.fi')).filter(li => li.offsetParent).map(li => li.dataset.f)")


def click_filter(browser, name, value):
    browser.find_element("css selector", f'#filters input[name="{name}"][value="{value}"]').click()


def test_filters_hide_and_show(browser, corpus_report):
    findings, path = corpus_report
    open_report(browser, path)
    n = len(findings)
    warnings = {str(i) for i, f in enumerate(findings) if f["severity"] == "warning"}
    assert len(visible_items(browser)) == n and warnings
    click_filter(browser, "sev", "warning")
    shown = set(visible_items(browser))
    assert shown and not shown & warnings and len(shown) == n - len(warnings)
    for i, got in marks_by_finding(browser).items():
        if str(i) in warnings:  # a warning's marks are off unless another shown finding covers them
            assert all(off or decoration == "underline" for _, decoration, off in got)
    only_warnings = [m for m in browser.execute_script(MARKS_JS) if set(m[0].split()) <= warnings]
    assert only_warnings and all(m[3] and m[2] == "none" for m in only_warnings)
    assert browser.find_element("id", "pos").text.endswith(f"(of {n})")
    click_filter(browser, "sev", "warning")
    assert len(visible_items(browser)) == n
    assert not any(m[3] for m in browser.execute_script(MARKS_JS))

    garble = {str(i) for i, f in enumerate(findings) if f["code"].startswith("GRB")}
    click_filter(browser, "fam", "garble")
    assert set(visible_items(browser)) == {str(i) for i in range(n)} - garble
    click_filter(browser, "fam", "garble")

    browser.find_element("css selector", ".rules-filter summary").click()
    browser.find_element("css selector", 'button[data-rules="none"]').click()
    assert visible_items(browser) == []
    click_filter(browser, "code", "NAM004")
    assert set(visible_items(browser)) == {str(i) for i, f in enumerate(findings) if f["code"] == "NAM004"}
    browser.find_element("css selector", 'button[data-rules="all"]').click()
    assert len(visible_items(browser)) == n


def test_keyboard_tooltip_and_rule_documentation(browser, corpus_report):
    findings, path = corpus_report
    open_report(browser, path)
    body = browser.find_element("tag name", "body")
    body.send_keys("j")
    assert browser.find_element("id", "pos").text.startswith("1 / ")
    active = browser.switch_to.active_element
    assert active.tag_name == "mark" and "0" in active.get_attribute("data-f").split()
    tip = browser.find_element("id", "tip")
    assert tip.is_displayed() and findings[0]["message"] in tip.text and findings[0]["code"] in tip.text
    active.send_keys("j")
    active = browser.switch_to.active_element
    active.send_keys("j")
    assert browser.find_element("id", "pos").text.startswith("3 / ")
    browser.switch_to.active_element.send_keys("k")
    assert browser.find_element("id", "pos").text.startswith("2 / ")
    browser.switch_to.active_element.send_keys("k")
    browser.switch_to.active_element.send_keys("k")  # wraps round to the last finding
    assert browser.find_element("id", "pos").text.startswith(f"{len(findings)} / ")
    mark = browser.find_element("css selector", 'mark.hl[data-f~="1"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()  # pins the tooltip; its rule code opens the embedded documentation
    tip.find_element("css selector", "a.code").click()
    dialog = browser.find_element("id", "ruledoc")
    assert dialog.is_displayed() and "What it does" in dialog.text and findings[1]["code"] in dialog.text


def test_scripted_text_stays_text(browser, xss_report):
    from selenium.common.exceptions import NoAlertPresentException

    open_report(browser, xss_report)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    assert browser.execute_script("return window.__xss") is None
    assert browser.execute_script("return document.querySelectorAll('.article script, .article img').length") == 0
    text = browser.find_element("css selector", ".article").text
    for line in XSS_LINES:
        assert line in text
    page = browser.find_element("tag name", "body").text
    assert "<script>alert('note')</script> & <b>bold</b>" in page  # the glossary note, in a message
    assert "x<b>.ja.txt" in page
    body = browser.find_element("tag name", "body")
    body.send_keys("j")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    assert browser.execute_script("return window.__xss") is None


def test_long_article_pages_and_navigation(browser, tmp_path):
    text, report = synthetic(6000, 2, "湖南省の企業はブロックチェーンを研究し、" * 3)
    path = tmp_path / "big.html"
    path.write_text(render(report, "html", text_of=lambda p: text), encoding="utf-8")
    open_report(browser, path)
    shown = browser.execute_script("return Array.from(document.querySelectorAll('.page')).map(p => !!p.offsetParent)")
    assert len(shown) > 1 and shown.count(True) == 1 and shown[0]
    browser.find_element("tag name", "body").send_keys("k")  # back from the start: the last finding
    last = len(report.findings) - 1
    assert browser.switch_to.active_element.get_attribute("data-f").split()[0] == str(last)
    in_view = browser.execute_script(
        "const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;")
    assert in_view
    shown = browser.execute_script("return Array.from(document.querySelectorAll('.page')).map(p => !!p.offsetParent)")
    assert shown.count(True) == 1 and shown[-1]


def test_phone_width_print_and_screenshot(browser, corpus_report, tmp_path):
    _, path = corpus_report
    open_report(browser, path)
    browser.set_window_size(390, 844)
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    browser.set_window_size(1400, 1000)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:  # printed: no controls, every page of every file, the highlights kept
        assert browser.execute_script("return getComputedStyle(document.querySelector('.toolbar')).display") == "none"
        assert browser.execute_script(MARKS_JS)[0][2] == "underline"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    shot = tmp_path / "report.png"
    browser.find_element("tag name", "body").send_keys("j")
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_readme_shows_the_report():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## HTML report", 1)[1].split("\n## ", 1)[0]
    assert "textqa lint --format html -o report.html corpus/" in section
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", section)
    assert images and all((ROOT / image).is_file() for image in images)


BILINGUAL = ROOT / "tests" / "bilingual"
PAIR = (BILINGUAL / "pairs" / "drones.zh.txt", BILINGUAL / "pairs" / "drones.ja.txt")


@pytest.fixture(scope="module")
def bilingual_report(tmp_path_factory):
    """A translation beside its source: (JSON findings, path of the HTML report)."""
    out = tmp_path_factory.mktemp("bilingual") / "report.html"
    args = ("--glossary", BILINGUAL / "glossary.tsv", "--source", *PAIR)
    assert lint("--format", "html", "-o", out, *args).exit_code == 1
    return json.loads(lint("--format", "json", *args).stdout)["findings"], out


def test_bilingual_side_by_side(browser, bilingual_report):
    findings, path = bilingual_report
    open_report(browser, path)
    assert_highlighted(browser, findings, PAIR[1].read_text(encoding="utf-8").split("\n"))
    source = PAIR[0].read_text(encoding="utf-8").split("\n")
    rels = browser.execute_script(
        "return Array.from(document.querySelectorAll('mark.rel')).map(m => [m.dataset.r, m.textContent])")
    related_text: dict[int, str] = {}
    for ids, text in rels:
        for i in ids.split():
            related_text[int(i)] = related_text.get(int(i), "") + text
    with_related = [i for i, f in enumerate(findings) if f.get("related")]
    assert with_related and any(f["code"].startswith("BIL") for f in findings)
    for i in with_related:  # each source location is highlighted in the source column
        assert related_text[i] == "".join(expected_text(source, r) for r in findings[i]["related"])

    rows = browser.execute_script("""return Array.from(document.querySelectorAll('.bi .row')).map(r => [
        r.className, Array.from(r.querySelectorAll('.src .ln')).map(l => +l.dataset.n),
        Array.from(r.querySelectorAll('.tgt .ln')).map(l => +l.dataset.n), r.querySelector('.gap') !== null])""")
    targets = [n for _, _, tgt, _ in rows for n in tgt]
    assert targets == sorted(targets) and set(targets) >= {f["line"] for f in findings}
    omitted = [r for r in rows if "omitted" in r[0]]
    assert omitted and all(src and not tgt and gap for _, src, tgt, gap in omitted)
    omission = next(i for i, f in enumerate(findings) if f["related"] and f["related"][0]["line"] == omitted[0][1][0])

    # both ways: the source span leads to its finding, the finding's source link to the source line
    mark = browser.find_element("css selector", f'mark.rel[data-r~="{omission}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert browser.switch_to.active_element.get_attribute("data-f").split()[0] == str(omission)
    link = browser.find_element("css selector", f'#tip a[href="#f0-S{omitted[0][1][0]}"]')
    link.click()
    flashed = browser.execute_script("return Array.from(document.querySelectorAll('.ln.flash')).map(l => l.id)")
    assert flashed == [f"f0-S{omitted[0][1][0]}"]


def test_text_is_read_in_the_given_encoding(tmp_path):
    article = tmp_path / "sjis.ja.txt"
    article.write_bytes("湖南省の記事です。\nモバイル インターネットの時代。\n".encode("shift_jis"))
    out = tmp_path / "report.html"
    lint("--format", "html", "-o", out, "--encoding", "shift_jis", article, cwd=tmp_path)
    html = out.read_text(encoding="utf-8")
    assert "cannot be shown" not in html and "湖南省の記事です。" in html
