"""The report: every notebook executed by papermill, the HTML opened in a real headless Chromium."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workbench.errors import WorkbenchError
from workbench.present.report import MAIN, NOTEBOOKS, build_report, quiet_kernel_manager

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync"]


@pytest.fixture(scope="module")
def report(analysed, tmp_path_factory):
    path, _ = analysed
    out = tmp_path_factory.mktemp("report")
    written = build_report(path, out, NOTEBOOKS, parameters={"rows": 15}, progress=False)
    return out, written


def test_every_notebook_runs_and_renders(report):
    out, written = report
    assert [p.name for p in written] == [f"{n}.html" for n in NOTEBOOKS]
    for name in NOTEBOOKS:
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "Traceback" not in page
        assert "plotly" in page and (out / f"{name}.ipynb").exists()
        prov = json.loads((out / f"{name}.provenance.json").read_text())
        assert prov["inputs"][0]["file"] == "customer_care_tweets.json" and len(prov["inputs"][0]["sha256"]) == 64
        assert prov["analysis"]["params"]["seed"] == 42 and prov["versions"]["bertopic"]
        assert prov["report_parameters"]["rows"] == 15
        files = len(prov["inputs"])  # folded, the page stays readable however many files were read
        assert f"<details><summary>The {files} input files with their hashes" in page
    main = (out / f"{MAIN}.html").read_text(encoding="utf-8")
    assert main.count("window.__xss = 1</script>") == 0  # never written raw
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in main
    for heading in ("Who they are", "What they want", "How they feel", "Who is at risk", "What is new",
                    "How well we respond"):
        assert heading in main
    assert main.count('href="#t-') > 10 and 'id="t-segments"' in main  # numbers link to their tables


def test_a_workspace_not_analysed_is_a_clear_error(tmp_path):
    from workbench import Workspace

    with Workspace(tmp_path / "ws") as ws:
        ws.ingest([ROOT / "data" / "samples" / "support.mbox"])
    with pytest.raises(WorkbenchError, match="not analysed yet; run `workbench analyse"):
        build_report(tmp_path / "ws", tmp_path / "out")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_report_in_a_real_browser(report, tmp_path):
    from playwright.sync_api import sync_playwright

    out, _ = report
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto((out / f"{MAIN}.html").as_uri())
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30000)
        charts = page.locator(".js-plotly-plot").count()
        drawn = page.evaluate("Array.from(document.querySelectorAll('.js-plotly-plot')).filter("
                              "d => d.querySelector('.main-svg') && d._fullData && d._fullData.length).length")
        # Percent axes whose tick labels repeat ("1%, 1%, 2%, 2%" on a 0-5% axis) read as wrong
        repeated = page.evaluate("Array.from(document.querySelectorAll('.xaxislayer-above, .yaxislayer-above'))"
                                 ".map(a => Array.from(a.querySelectorAll('text')).map(t => t.textContent)"
                                 ".filter(t => t.endsWith('%'))).filter(ts => new Set(ts).size < ts.length)")
        xss = page.evaluate("window.__xss")
        text = page.inner_text("body")
        page.screenshot(path=str(tmp_path / "report_first_screen.png"))  # kept by pytest for a look
        browser.close()
    assert charts >= 8 and drawn == charts
    assert not repeated, repeated
    assert xss is None  # the injected <script> and onload= did not run
    assert "<script>window.__xss = 1</script>" in text  # ... and show as text
    assert not errors, errors
    assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests  # opens offline
    assert (tmp_path / "report_first_screen.png").stat().st_size > 10000


def test_report_parameters_cannot_run_code(tmp_path):
    import subprocess
    import sys

    evil = "__import__('pathlib').Path('pwned.txt').write_text('y')#"
    params = tmp_path / "params.yaml"
    params.write_text(f'"{evil}": 1\n', encoding="utf-8")
    for extra in (["--params", str(params)], ["-p", evil, "1"], ["-p", "title", "[1, 2]"]):
        r = subprocess.run([sys.executable, "-m", "workbench.cli", "report", "--workspace", str(tmp_path / "ws"),
                            "--out", str(tmp_path / "out"), *extra], capture_output=True, text=True, cwd=tmp_path)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert "report parameter" in r.stderr
    assert not (tmp_path / "pwned.txt").exists() and not (tmp_path / "ws").exists()


def test_a_normal_install_renders_the_report(analysed, tmp_path):
    """Not editable: the package built into another folder, run from elsewhere, finds its notebooks."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    target = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                        "--target", str(target), str(root)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    assert sorted(p.name for p in (target / "workbench" / "present" / "notebooks").glob("*.ipynb")) == [
        "customer_insights.ipynb", "customers.ipynb", "data_quality.ipynb", "sentiment.ipynb", "topics.ipynb"]
    path, _ = analysed
    ws = tmp_path / "ws"
    shutil.copytree(path, ws)
    env = {**os.environ, "PYTHONPATH": str(target)}
    r = subprocess.run([sys.executable, "-c", "import workbench.present.report as r, sys; print(r.__file__); "
                        "sys.argv = ['workbench', 'report', '--workspace', sys.argv[1], '--out', 'out', '--notebook', "
                        "'customer_insights']; from workbench.cli import main; raise SystemExit(main())", str(ws)],
                       capture_output=True, text=True, cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.splitlines()[0].startswith(str(target))  # the installed copy ran, not the source tree
    assert (tmp_path / "out" / "customer_insights.html").stat().st_size > 10_000


def test_a_title_parameter_reaches_the_page_title(analysed, tmp_path, capfd):
    path, _ = analysed
    build_report(path, tmp_path, ("topics",), parameters={"title": "Q3 listening, EMEA"}, progress=False)
    page = (tmp_path / "topics.html").read_text(encoding="utf-8")
    assert "<title>Q3 listening, EMEA</title>" in page
    # the kernel's channels are encrypted: no warning of eavesdropping in the report's log
    assert "without encryption" not in capfd.readouterr().err


def test_a_kernel_being_shut_down_is_not_interrupted():
    """jupyter_client interrupts a kernel before shutting it down; ipykernel logs that as an ERROR in a
    report that went well. The report's kernel manager interrupts only a kernel that is not shutting down."""
    import asyncio

    manager = quiet_kernel_manager()()
    with pytest.raises(RuntimeError, match="No kernel is running"):  # an interrupt still goes to a kernel
        asyncio.run(manager._async_interrupt_kernel())
    manager.shutting_down = True
    assert asyncio.run(manager._async_interrupt_kernel()) is None  # at shutdown, nothing is sent


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_a_small_share_axis_repeats_no_tick_label(tmp_path):
    import pandas as pd
    from playwright.sync_api import sync_playwright

    from workbench.present.plots import plot_topic_sizes

    topics = pd.DataFrame({"topic_id": range(5), "label": list("abcde"), "keywords": list("abcde"),
                           "share": [0.047, 0.04, 0.03, 0.02, 0.017], "size": [47, 40, 30, 20, 17]})
    page_file = tmp_path / "sizes.html"
    plot_topic_sizes(topics).write_html(page_file, include_plotlyjs=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.goto(page_file.as_uri())
        page.wait_for_selector(".xaxislayer-above text")
        ticks = page.evaluate("Array.from(document.querySelectorAll('.xaxislayer-above text')).map(t => t.textContent)")
        browser.close()
    assert len(ticks) >= 3 and all(t.endswith("%") for t in ticks)
    assert len(set(ticks)) == len(ticks), ticks  # ".0%" gave 0%, 1%, 1%, 2%, 2%, ...


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_the_longest_bars_share_is_written_inside_the_plot(tmp_path):
    import pandas as pd
    from playwright.sync_api import sync_playwright

    from workbench.present.plots import plot_responsiveness, plot_topic_sizes

    # one topic holds every message (an explorer filter down to one topic): its "100.0%" was cut at the edge;
    # the slowest brand's "14.5 h, 100% answered" likewise
    topics = pd.DataFrame({"topic_id": [0, 1], "label": ["update and download", "refund"], "keywords": ["a", "b"],
                           "share": [1.0, 0.0], "size": [6, 0]})
    answers = pd.DataFrame({"brand": ["AskeBay", "RockstarSupport"], "channel": "twitter", "conversations": [50, 90],
                            "median_first_response_minutes": [870, 3], "reply_rate": [1.0, 0.98]})
    texts = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 900, "height": 600})
        for name, fig, longest in (("sizes", plot_topic_sizes(topics), "100.0%"),
                                   ("answers", plot_responsiveness(answers), "14.5 h, 100% answered")):
            fig.write_html(tmp_path / f"{name}.html", include_plotlyjs=True)
            page.goto((tmp_path / f"{name}.html").as_uri())
            page.wait_for_selector(".bartext")
            plot = page.locator("rect.nsewdrag").first.bounding_box()  # the plot area
            texts[name] = (page.locator(".bartext", has_text=longest).bounding_box(), plot)
        browser.close()
    for name, (text, plot) in texts.items():
        assert text["x"] + text["width"] <= plot["x"] + plot["width"], name


def test_the_committed_notebooks_are_what_the_script_writes(tmp_path):
    # Edit scripts/make_notebooks.py, not the notebooks: a notebook edited by hand drifts from the script,
    # and the next regeneration silently undoes the edit.
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("make_notebooks", root / "scripts" / "make_notebooks.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.main(tmp_path)
    committed = root / "workbench" / "present" / "notebooks"
    names = sorted(p.name for p in committed.glob("*.ipynb"))
    assert names == sorted(p.name for p in tmp_path.glob("*.ipynb"))
    for name in names:
        assert (tmp_path / name).read_text(encoding="utf-8") == (committed / name).read_text(encoding="utf-8"), name
