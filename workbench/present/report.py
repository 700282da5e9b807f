"""The report: parameterised notebooks executed with papermill and rendered to standalone HTML.

Notebooks in workbench/present/notebooks/ (package data) are thin: they call the helpers here (`load_tables`, `header`,
`show_summary`, `show_figure`, `show_table`, `show_provenance`). `build_report` executes them, writes code-free
HTML with plotly.js embedded (opens offline), each chart with a static PNG fallback for readers without JavaScript,
the executed notebooks, and a JSON provenance sidecar.
"""

from __future__ import annotations

import base64
import html
import json
import os
import shutil
import time
import warnings
from importlib import metadata
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd

from workbench.errors import WorkbenchError
from workbench.ingest.languages import language_name
from workbench.pipeline.summary import (
    REPLIES_UNKNOWN,
    adjusted_for_segment,
    agreement_sentence,
    analysis_period,
    count_of,
    customer_voice,
    export_sentiment_crosstab,
    is_survey,
    no_customers_reason,
    nothing_new_sentence,
    percent,
    plain,
    summary_html,
    unknown_side_authors,
)

NOTEBOOK_DIR = Path(str(files("workbench") / "present" / "notebooks"))  # package data: works from a normal install
MAIN = "customer_insights"
NOTEBOOKS = (MAIN, "data_quality", "topics", "sentiment", "customers")
TABLES = (
    "messages",
    "themes",
    "topics",
    "topics_over_time",
    "sentiment_shares",
    "sentiment_calibration",
    "customers",
    "segments",
    "segment_topics",
    "drivers",
    "trends",
    "alerts",
    "responsiveness",
    "quotes",
    "share_of_voice",
    "ingests",
    "rejected",
    "analysis_runs",
)
STYLE = """<style>
.wb-title{font:600 28px/1.2 system-ui,sans-serif;margin:8px 0 4px}.wb-sub{color:#555;margin:0 0 16px}
.wb-summary{background:#f6f8fa;border-left:4px solid #1f77b4;padding:8px 18px;margin:12px 0 24px}
.wb-summary h3{font:600 16px system-ui,sans-serif;
margin:14px 0 4px}
.wb-summary p{margin:0 0 6px;line-height:1.5}
.wb-table{border-collapse:collapse;font-size:12px}
.wb-table td,.wb-table th{padding:3px 8px;border-bottom:1px solid #ddd;
text-align:left;vertical-align:top;max-width:420px}
</style>"""


PAGE_STYLE = ("body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;color:#222;max-width:1240px;"
              "margin:0 auto;padding:16px 24px}h2{font:600 22px system-ui,sans-serif;margin:36px 0 8px;"
              "border-bottom:1px solid #ddd;padding-bottom:4px}pre{background:#f6f8fa;padding:8px}")


def _title(executed: Path) -> str:
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    title = "workbench report"
    for cell in nb.cells:  # the injected parameters (papermill -p title ...) come after the defaults: last wins
        if "parameters" in cell.metadata.get("tags", []) or "injected-parameters" in cell.metadata.get("tags", []):
            for line in cell.source.splitlines():
                if line.startswith("title"):
                    title = line.split("=", 1)[1].split("#")[0].strip().strip("\"'")
    return title


def _display(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


# The reports' titles for a survey's answers (the notebooks' own defaults speak of customers).
SURVEY_TITLES = {"topics": "What respondents write about", "sentiment": "How respondents feel",
                 "customers": "Who our respondents are"}


def load_tables(workspace: str | Path) -> dict[str, pd.DataFrame]:
    """Every analysis table of an analysed workspace (read-only)."""
    from workbench.store import Store

    with Store(workspace, read_only=True) as ws:
        present = ws.tables()
        if "topics" not in present or "customers" not in present:
            raise WorkbenchError(
                f"{ws.path}: not analysed yet; run `workbench analyse --workspace {ws.path.parent}` first."
            )
        tables = {name: ws.messages() if name == "messages" else ws.table(name) for name in TABLES if name in present}
    tables.setdefault("themes", pd.DataFrame(columns=["theme_id", "label", "description", "topic_ids", "size",
                                                      "share"]))  # analysed before themes existed
    return tables


def header(title: str, tables: dict[str, pd.DataFrame]) -> None:
    runs = tables["analysis_runs"]
    run = runs.iloc[-1]
    reader = json.loads(run.get("params") or "{}").get("sentiment_reader")  # the fine-tuned sentiment model
    models = str(run["embedding"]) + (f" and the fine-tuned sentiment model {reader}" if reader else "")
    _display(
        STYLE + f'<div class="wb-title">{html.escape(title)}</div><p class="wb-sub">Analysed '
        f"{count_of(int(run['messages_analysed']), 'answer' if is_survey(tables['messages']) else 'customer message')}"
        f" with {html.escape(models)} on "
        f"{pd.Timestamp(run['run_at']):%d %b %Y}; workbench {html.escape(str(run['workbench_version']))}.</p>"
    )


def show_summary(tables: dict[str, pd.DataFrame]) -> None:
    _display(summary_html(tables))


def show_export_sentiment(tables: dict[str, pd.DataFrame]) -> None:
    """Where the export carries its own sentiment of each message (a listening tool's "Sentiment" column): its
    labels against the workbench's, under the sentence that compares them; nothing where it carries none."""
    m = tables["messages"]
    analysed = customer_voice(m)[lambda v: v["sentiment_label"].notna()]
    table = export_sentiment_crosstab(analysed)
    if len(table):
        note = plain(agreement_sentence(table, "message"))
        show_table(table, "messages", "The export's own sentiment against the workbench's", note=note)


def show_drivers(tables: dict[str, pd.DataFrame], rows: int) -> None:
    """What drives sentiment: the chart and the table, said to be adjusted for segment only where it is."""
    from workbench.present import plots

    show_figure(plots.plot_drivers(tables["drivers"]), tables["drivers"])
    show_table(tables["drivers"], "drivers", f"Drivers of sentiment{adjusted_for_segment(tables)}", rows)


def show_whats_new(tables: dict[str, pd.DataFrame], rows: int) -> None:
    """Spikes and alerts; where there are none, the sentence that says whether none were found or none could be
    looked for (no dates, one week), never an empty chart and two empty tables."""
    from workbench.present import plots

    trends, alerts = tables["trends"], tables["alerts"]
    spikes = trends[trends["spike"].astype("boolean").fillna(False)] if "spike" in trends else trends.iloc[:0]
    if note := missing(tables, "dates"):
        show_note(note)
    elif alerts.empty and spikes.empty:
        m = tables["messages"]
        show_note(plain(nothing_new_sentence(customer_voice(m), tables["topics"], analysis_period(tables))))
    else:
        show_figure(plots.plot_spikes(trends), spikes)
        show_table(alerts, "alerts", "Alerts", rows)
        show_table(spikes, "trends", "Spikes (topic x period)", rows)


def show_share_of_voice(tables: dict[str, pd.DataFrame], rows: int) -> None:
    """Each brand's and competitor's share of the mentions in customers' messages, where there are two or more
    to compare and any is named; else the sentence that says why there is no share to show (never "0%")."""
    voice = tables["share_of_voice"]
    named = voice[voice["mentions"] > 0]
    how = "; name competitors with --competitors when analysing to compare their share of mentions with the brand's."
    if voice.empty:
        show_note("The export names no brand and no competitors were named, so there is no share of voice to "
                  "measure" + how)
    elif named.empty:
        show_note("No customer message names " + ("the brand" if len(voice) == 1 else "a brand or competitor")
                  + " by name or handle, so there is no share of voice to measure" + how)
    elif len(voice) == 1:
        show_note(f"Customers name only {voice['name'].iloc[0]} ({count_of(int(named['mentions'].iloc[0]), 'message')}"
                  f"), so it holds all the share of voice there is" + how)
    else:
        show_table(voice, "share_of_voice", "Share of voice", rows)


def missing(tables: dict[str, pd.DataFrame], need: str) -> str | None:
    """None when the export holds what a section needs, else the one sentence that says why the section is
    not shown (instead of zeros, NaN or contradictions). `need`: customers, segments, replies, dates, ratings."""
    m = tables["messages"]
    if need == "customers" and tables["customers"].empty:
        if unknown_side_authors(m):
            return no_customers_reason(m, "counted, segmented or followed over time") + "."
        return ("This export names no authors (as in reviews and surveys), so customers cannot be counted, "
                "segmented or followed over time.")
    if need == "segments" and (tables["segments"].empty or "share_of_customers" not in tables["segments"]):
        return ("Too few customers to compare segments (behavioural segments need at least 20 customers, or name a "
                "column with --segment-by).")
    if need == "replies" and not (m["author_role"] == "brand").any():
        if unknown_side_authors(m):
            return REPLIES_UNKNOWN
        return "This export holds no replies from the brand, so responsiveness cannot be measured."
    if need == "dates" and m["created_at"].notna().sum() < 2:
        return "This export has no dates, so nothing can be said about change over time."
    over_time = tables.get("topics_over_time", pd.DataFrame(columns=["period"]))
    if need == "dates" and over_time["period"].nunique() == 1:  # a chart of one point per topic shows nothing
        days = int(over_time["period_days"].iloc[0]) if "period_days" in over_time else 7
        span = {1: "one day", 7: "one week"}.get(days, "one month" if 28 <= days <= 31 else
                                                 f"one period of {days} days")
        first, last = m["created_at"].min(), m["created_at"].max()
        return (f"The dated messages fall within {span} ({first:%d %b %Y} to {last:%d %b %Y}), too short to "
                "follow topics over time.")
    if need == "ratings" and m["rating"].notna().sum() < 30:
        return "This export carries too few ratings (under 30) to relate them to topics."
    return None


def check_parameters(parameters: dict, notebooks: tuple[str, ...] = NOTEBOOKS) -> dict:
    """Report parameters, checked before anything runs: every name must be one the notebooks declare (their
    `parameters` cell) and every value plain data (text, number, true/false), so nothing a parameter file
    holds can run as code in a notebook."""
    import papermill as pm

    declared: set[str] = set()
    for name in notebooks:
        declared |= set(pm.inspect_notebook(str(NOTEBOOK_DIR / f"{name}.ipynb")))
    unknown = sorted(map(str, set(parameters) - declared))
    if unknown:
        raise WorkbenchError(f"unknown report parameter {', '.join(map(repr, unknown))}; the report takes "
                             f"{', '.join(sorted(declared))}.")
    bad = sorted(k for k, v in parameters.items() if not isinstance(v, (str, int, float, bool)))
    if bad:
        raise WorkbenchError(f"report parameter {', '.join(map(repr, bad))} must be text, a number or true/false.")
    return dict(parameters)


def share_note(shares: pd.DataFrame) -> str:
    """The sentence under the sentiment shares: what the columns mean and how the interval was made."""
    from workbench.pipeline.summary import share_sentence

    calibrated = "researcher labels" in str(shares["method"].iloc[0]) if len(shares) else False
    return ("predicted_share: the share of messages the model labels so (what every count in this report uses). "
            "corrected_share: that share corrected for the model's errors where they were measured on your own "
            "labels (else the same share), with its 95% interval (ci_low, ci_high). "
            + (share_sentence(shares.set_index("label"), calibrated) if len(shares) else ""))


def show_note(text: str) -> None:
    """One plain sentence in place of a section the data cannot support."""
    _display(f'<p class="wb-note"><em>{html.escape(text)}</em></p>')


_PLOTLY_EMBEDDED = False


_KALEIDO: bool | None = None  # None: not tried yet


def _kaleido_ready() -> bool:
    """Start one kaleido browser for the whole notebook (0.3 s a chart instead of 3 s), if a Chromium exists."""
    global _KALEIDO
    if _KALEIDO is None:
        browser = shutil.which("chromium") or shutil.which("google-chrome")
        _KALEIDO = False
        if browser:
            os.environ.setdefault("BROWSER_PATH", browser)
            try:
                import atexit

                import kaleido

                kaleido.start_sync_server(silence_warnings=True)
                atexit.register(kaleido.stop_sync_server, silence_warnings=True)
                _KALEIDO = True
            except Exception:  # no usable browser: charts fall back to their data
                _KALEIDO = False
    return _KALEIDO


def _png(fig) -> str | None:
    """A PNG of the figure (kaleido with a local Chromium), or None where none is available."""
    if not _kaleido_ready():
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # kaleido notes that a server ignores per-call options
            png = fig.to_image(format="png", width=900, height=int(fig.layout.height or 450), scale=1)
        return base64.b64encode(png).decode()
    except Exception:  # the browser failed: the data table is the fallback
        return None


def show_heatmaps(segment_topics: pd.DataFrame, *dimensions: str) -> None:
    """The segment heatmaps of `dimensions` (topic, intent, sentiment), where there are groups to compare:
    with one segment (an export without authors or groups) a heatmap has one column and says nothing."""
    from workbench.present.plots import plot_segment_heatmap

    if len(segment_topics) and segment_topics["segment"].nunique() > 1:
        for dimension in dimensions:
            show_figure(plot_segment_heatmap(segment_topics, dimension), segment_topics)


def show_sentiment_by(messages: pd.DataFrame, by: str) -> None:
    """Sentiment by `by` (a channel, a topic), where there are two values or more to compare; else one sentence:
    an export of one channel draws one bar that compares nothing."""
    from workbench.present.plots import plot_sentiment_by

    values = messages.loc[messages["sentiment_label"].notna(), by].dropna().unique()
    if len(values) == 1:
        name = by.replace("_label", "").replace("_", " ")
        where = "came through one channel" if by == "channel" else f"is in one {name}"
        show_note(f"Every customer message {where}: {values[0]}. There is no other {name} to compare sentiment "
                  "with.")
        return
    show_figure(plot_sentiment_by(messages, by))


def _has_data(fig) -> bool:
    """Whether any trace of a plotly figure holds a point to draw."""
    for trace in fig.data:
        for attr in ("x", "y", "z", "values"):
            v = getattr(trace, attr, None)
            if v is not None and len(v):
                return True
    return False


def show_figure(fig, table: pd.DataFrame | None = None) -> None:
    """A chart, interactive (plotly.js embedded once per notebook, so the HTML opens offline), with a static
    fallback for readers without JavaScript: a PNG where one can be made, else the data."""
    global _PLOTLY_EMBEDDED
    if not _has_data(fig):
        title = str(fig.layout.title.text or "This chart").split("<br>")[0]
        _display(f"<p><em>{html.escape(title)}: no data to draw in this export.</em></p>")
        return
    interactive = fig.to_html(full_html=False, include_plotlyjs=not _PLOTLY_EMBEDDED, config={"responsive": True})
    _PLOTLY_EMBEDDED = True
    png = _png(fig)
    if png:
        fallback = f'<img alt="{html.escape(str(fig.layout.title.text or "chart"))}" src="data:image/png;base64,{png}">'
    elif table is not None:  # formatted as the report's tables are: shares in percent, no NaN
        fallback = _table_markup(table, 30)
    else:
        fallback = "<p>This chart needs JavaScript.</p>"
    _display(f'<div class="wb-chart">{interactive}<noscript>{fallback}</noscript></div>')


def _cell(v: object) -> object:
    """Lists as 'a | b | c', dicts as 'key: value; ...'; the rest as is (escaped by to_html)."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return " | ".join(map(str, v))
    if isinstance(v, dict):
        return "; ".join(f"{k}: {json.dumps(x, ensure_ascii=False, default=str) if isinstance(x, (dict, list)) else x}"
                         for k, x in v.items())
    return v


def _json_column(col: pd.Series) -> bool:
    """A column of JSON texts (a table's JSON column read back from DuckDB: notes, counts by reason)."""
    values = col.dropna()
    if not len(values) or not values.map(lambda v: isinstance(v, str) and v[:1] in "[{").all():
        return False
    try:
        values.map(json.loads)
    except ValueError:
        return False
    return True


def _percent(v: float) -> str:
    return "" if pd.isna(v) else percent(v)


def _is_share(col: pd.Series) -> bool:
    """A float column of shares (its name says share or rate, every value within [0, 1]): shown in percent."""
    name = str(col.name).lower()
    values = col.dropna()
    return (pd.api.types.is_float_dtype(col) and ("share" in name or name.endswith("_rate")) and len(values) > 0
            and bool(values.between(0, 1).all()))


def messages_by(messages: pd.DataFrame, column: str) -> pd.DataFrame:
    """How many messages each value of `column` holds, most first, as a reader reads them: a language by its
    name beside its code ("en (English)", "und (undetermined ...)"), a missing value as "(no brand)" (not
    "(none)", a column a table leaves out where it is all there is)."""
    values = messages[column].astype(object)
    named = values.map(language_name, na_action="ignore") if column == "language" else values
    word = column.replace("_", " ")
    return named.fillna(f"(no {word})").value_counts().rename("messages").rename_axis(word).reset_index()


def customers_view(customers: pd.DataFrame) -> pd.DataFrame:
    """The customers table as a reader scans it: those at high risk of leaving first, then the most active;
    who they are, how much and how they wrote, and why they are at risk, in words and whole days (the whole
    table: `workbench export customers`)."""
    c = customers.copy()
    risk = c["churn_risk"].map({"high": 0, "medium": 1}).fillna(2) if "churn_risk" in c else 0
    c = c.assign(_risk=risk).sort_values(["_risk", "messages"], ascending=[True, False], kind="stable")
    for col in ("first_seen", "last_seen"):
        if col in c:
            c[col] = pd.to_datetime(c[col], utc=True, errors="coerce").dt.strftime("%Y-%m-%d")
    if "mean_sentiment" in c:
        c["mean_sentiment"] = pd.to_numeric(c["mean_sentiment"], errors="coerce").round(2) + 0.0  # never -0.0
    shown = {"customer_id": "customer", "messages": "messages", "conversations": "conversations",
             "first_seen": "first seen", "last_seen": "last seen", "main_brand": "main brand",
             "preferred_channel": "channel", "top_topics": "top topics", "main_intent": "main intent",
             "mean_sentiment": "mean sentiment (-1 to 1)", "churn_risk": "risk of leaving",
             "churn_reasons": "why"}
    out = c[[k for k in shown if k in c]].rename(columns=shown)
    if "main intent" in out:
        out["main intent"] = out["main intent"].astype("string").str.replace("_", " ")
    return out.reset_index(drop=True)


def ingests_view(ingests: pd.DataFrame) -> pd.DataFrame:
    """The ingests table as a reader reads it: what each file gave, in messages (a row holding a review and the
    shop's answer gives two), and what was set aside and why."""
    shown = {"source": "file", "format": "format", "rows_read": "messages read", "loaded": "loaded",
             "rejected": "set aside", "rejected_by_reason": "set aside, by reason", "notes": "notes"}
    return ingests[[c for c in shown if c in ingests]].rename(columns=shown)


def segments_view(seg: pd.DataFrame) -> pd.DataFrame:
    """The segments table as a reader reads it: shares in percent with their 95% intervals, small segments
    flagged in words (they are listed last and not ranked among the others)."""
    def interval(v, lo, hi, fmt) -> str:
        return "" if pd.isna(v) else f"{fmt(v)} ({fmt(lo)} to {fmt(hi)})" if pd.notna(lo) else fmt(v)

    def advocacy(v: float) -> str:
        return f"{v:+.0f}"

    out = pd.DataFrame({"kind": seg["kind"], "segment": seg["segment"], "name": seg["name"],
                        "customers": seg["customers"], "share of customers": seg["share_of_customers"].map(_percent)})
    out["negative share (95% interval)"] = [
        interval(v, lo, hi, _percent) for v, lo, hi in
        zip(seg["negative_share"], seg.get("negative_share_low", np.nan), seg.get("negative_share_high", np.nan),
            strict=False)]
    out["mean sentiment (-1 to 1)"] = seg["mean_sentiment"].round(2) + 0.0  # never -0.0
    out["top topics"] = seg["top_topics"]
    out["top intents"] = seg["top_intents"].map(  # "churn threat", as the summary says it
        lambda v: [str(i).replace("_", " ") for i in v] if isinstance(v, (list, tuple, np.ndarray)) else v)
    out["net advocacy (95% interval)"] = [
        interval(v, lo, hi, advocacy) for v, lo, hi in
        zip(seg["net_advocacy"], seg.get("net_advocacy_low", np.nan), seg.get("net_advocacy_high", np.nan),
            strict=False)]
    from workbench.customers.segments import SMALL_SEGMENT

    small = seg["small"] if "small" in seg else seg["customers"] < SMALL_SEGMENT
    out["note"] = np.where(small, f"small: under {SMALL_SEGMENT} customers, read with care", "")
    return out


def _table_markup(df: pd.DataFrame, rows: int) -> str:
    """The first `rows` rows as an HTML table a reader reads: cell text escaped, shares in percent, missing
    values as empty cells (never "nan" or "None")."""
    shown = df.head(rows).copy()
    # A column that says "(none)" in every row (the segment of an export with nothing to segment by) says nothing
    shown = shown.drop(columns=[c for c in shown.columns if len(df) and df[c].astype("string").eq("(none)").all()])
    # The interval of a share is a share too (sentiment_shares, segment_topics), not of an effect (drivers).
    of_shares = any(_is_share(df[c]) for c in df.columns) and not {"effect", "difference"} & set(df.columns)
    for col in shown.columns:
        interval = of_shares and str(col).lower() in ("ci_low", "ci_high") and pd.api.types.is_float_dtype(df[col]) \
            and bool(df[col].dropna().between(0, 1).all())
        if _is_share(df[col]) or interval:
            shown[col] = shown[col].map(_percent)
            continue
        if _json_column(shown[col]):
            shown[col] = shown[col].map(lambda v: json.loads(v) if isinstance(v, str) else v)
        if len(shown) and shown[col].map(lambda v: isinstance(v, (list, tuple, np.ndarray, dict))).astype(bool).any():
            shown[col] = shown[col].map(_cell)
        if not pd.api.types.is_float_dtype(shown[col]):  # None / NA / NaT shown as an empty cell, never "None"
            shown[col] = shown[col].astype(object).where(shown[col].notna(), "")
    return shown.to_html(index=False, escape=True, float_format=_number, na_rep="", border=0, classes="wb-table")


def _number(v: float) -> str:
    """A figure in a table as a reader reads it: three significant digits, thousands written out with their
    separators ("2,160", never "2.16e+03"); only a figure under 0.001 (a p-value) in powers of ten."""
    if v == 0 or not np.isfinite(v):
        return "0" if v == 0 else ""
    if abs(v) >= 999.5:  # 999.6 rounds to "1e+03" at three digits
        return f"{v:,.0f}"
    return f"{v:.3g}" if abs(v) >= 0.001 else f"{v:.2e}"


def table_html(df: pd.DataFrame, table: str, title: str, rows: int = 15, note: str = "",
               source: str | None = None) -> str:
    """A table section with its anchor (`t-` and `table`) and, where it is cut, the command that exports it whole;
    rows counted or picked from a workspace table (`source`) point to that table instead."""
    command = f"<code>workbench export {source or table} --out {source or table}.csv</code>"
    whole = f"drawn from the table {source}: {command}" if source else f"the whole table: {command}"
    more = f"<p><em>First {rows} of {len(df):,} rows; {whole}.</em></p>" if len(df) > rows else ""
    body = _table_markup(df, rows) if len(df) else "<p><em>No rows in this export.</em></p>"
    return (f'<h3 id="t-{table}">{html.escape(title)}</h3>' + (f"<p>{html.escape(note)}</p>" if note else "")
            + body + more)


def show_table(df: pd.DataFrame, table: str, title: str, rows: int = 15, note: str = "",
               source: str | None = None) -> None:
    _display(table_html(df, table, title, rows, note, source))


def provenance(workspace: str | Path, params: dict, tables: dict[str, pd.DataFrame] | None = None) -> dict:
    """Inputs (file hashes, rows after each step), parameters, versions, models, seeds and timings."""
    tables = tables or load_tables(workspace)
    ing = tables["ingests"]
    runs = tables["analysis_runs"]
    run = runs.iloc[-1]
    versions = {}
    for pkg in (
        "workbench",
        "pandas",
        "duckdb",
        "bertopic",
        "sentence-transformers",
        "model2vec",
        "torch",
        "umap-learn",
        "hdbscan",
        "scikit-learn",
        "plotly",
        "papermill",
        "vadersentiment",
        "py3langid",
    ):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    m = tables["messages"]
    return {
        "inputs": [
            {
                "file": r.source,
                "sha256": r.sha256,
                "format": r.format,
                "rows_read": int(r.rows_read),
                "loaded": int(r.loaded),
                "set_aside": json.loads(r.rejected_by_reason),
            }
            for r in ing.itertuples()
        ],
        "rows": {
            "messages": len(m),
            "customer_messages": int((m["author_role"] == "customer").sum()),
            "analysed": int(run["messages_analysed"]),
            "customers": len(tables["customers"]),
            "topics": int(run["topics"]),
        },
        "analysis": {
            "embedding": run["embedding"],
            "params": json.loads(run["params"]),
            "timings_seconds": json.loads(run["timings"]),
            "run_at": str(run["run_at"]),
            "outlier_share_before": float(run["outlier_share_before"]),
            "outlier_share": float(run["outlier_share"]),
        },
        "report_parameters": params,
        "versions": versions,
    }


def show_provenance(workspace: str | Path, params: dict, tables: dict[str, pd.DataFrame]) -> None:
    p = provenance(workspace, params, tables)
    files = len(p.get("inputs") or [])
    # folded: a Slack export's thousands of files would otherwise fill the page's end
    _display(
        f'<h3 id="t-provenance">Provenance</h3><details><summary>The {files:,} input file{"s" if files != 1 else ""} '
        f"with {'their hashes' if files != 1 else 'its hash'}, the parameters, models, seeds, versions and timings of "
        "this analysis (also saved beside this page as a .provenance.json file)</summary>"
        '<pre style="font-size:11px;white-space:pre-wrap">' + html.escape(json.dumps(p, indent=1, default=str))
        + "</pre></details>"
    )


def _html(executed: Path, out: Path, title: str) -> None:
    """Standalone HTML: outputs only, no input code, and nothing fetched from the network (nbconvert's full
    templates load require.js and MathJax from a CDN; the basic one inside our own page needs nothing)."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, anchor_link_text="")
    body, _ = exporter.from_notebook_node(nb)
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{PAGE_STYLE}</style></head><body>{body}</body></html>")
    out.write_text(page, encoding="utf-8")


def quiet_kernel_manager():
    """The kernel manager a report's notebooks run under: jupyter_client interrupts every kernel before
    shutting it down, and where that interrupt lands while the kernel answers a message, ipykernel logs
    "ERROR | KeyboardInterrupt caught in kernel" in the middle of a report that went well. A notebook that
    has run to its end has nothing to interrupt, so a kernel being shut down is not interrupted."""
    from jupyter_client import AsyncKernelManager

    class QuietShutdown(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if not self.shutting_down:
                await super()._async_interrupt_kernel()

    return QuietShutdown


def build_report(
    workspace: str | Path = "workspace",
    out: str | Path = "reports",
    notebooks: tuple[str, ...] = NOTEBOOKS,
    parameters: dict | None = None,
    progress: bool = True,
) -> list[Path]:
    """Execute the notebooks on an analysed workspace and render each to HTML in `out`.

    Writes NAME.html, NAME.ipynb (executed) and NAME.provenance.json per notebook; returns the HTML paths,
    the main report first.
    """
    import papermill as pm
    from traitlets.config import Config

    workspace = Path(workspace).resolve()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise WorkbenchError(f"{out}: a file; give --out a folder for the reports.")
    out.mkdir(parents=True, exist_ok=True)
    parameters = check_parameters(parameters or {}, notebooks)
    tables = load_tables(workspace)  # fails early, with a clear sentence, on a workspace not analysed
    written = []
    for name in notebooks:
        source = NOTEBOOK_DIR / f"{name}.ipynb"
        if not source.exists():
            raise WorkbenchError(f"{source}: no such notebook; known ones: {', '.join(NOTEBOOKS)}.")
        params = {"workspace": str(workspace), **(parameters or {})}
        if is_survey(tables["messages"]) and name in SURVEY_TITLES and "title" not in params:
            params["title"] = SURVEY_TITLES[name]  # a survey's reports speak of respondents, as its summary does
        started = time.time()
        executed = out / f"{name}.ipynb"
        try:
            pm.execute_notebook(
                str(source),
                str(executed),
                parameters=params,
                progress_bar=progress,
                kernel_name="python3",
                kernel_manager_class=quiet_kernel_manager(),
                cwd=str(out),
                # The kernel's channels encrypted where it can be (ipykernel 7.4 and later): it warns of
                # eavesdropping on every start otherwise, five times in a report's log.
                config=Config({"KernelManager": {"transport_encryption": "auto"}}),
            )
        except pm.PapermillExecutionError as exc:
            raise WorkbenchError(
                f"{source.name} failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}; the "
                f"executed notebook is {executed}."
            ) from None
        _html(executed, out / f"{name}.html", _title(executed))
        prov = provenance(workspace, params, tables)
        prov["report"] = {"notebook": source.name, "seconds": round(time.time() - started, 1)}
        (out / f"{name}.provenance.json").write_text(json.dumps(prov, indent=2, default=str), encoding="utf-8")
        written.append(out / f"{name}.html")
    return written
