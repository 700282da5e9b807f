"""The explorer's widgets: filters, charts and verbatims that follow them, drill-down to a customer, curation.

The view only reads widget values into a `Filters` value and renders what the pure functions in state.py
return; tests drive it by setting widget values.
"""

from __future__ import annotations

import contextlib
import html
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.pipeline.summary import percent
from workbench.present.explorer.state import (
    Filters,
    customer_messages,
    facet_options,
    filter_messages,
    theme_sizes,
    topic_sizes,
    verbatims,
    who_wrote,
)

FACET_WIDGETS = ("brands", "segments", "themes", "topics", "channels", "sentiments", "emotions", "intents")
LABEL_TAB = 2  # "Label the next" (message) among the tabs


def week_label(start: pd.Timestamp) -> str:
    """A week as a reader says it: '6 Mar 2017'."""
    return f"{start.day} {start:%b %Y}"


def month_label(start: pd.Timestamp) -> str:
    """A month as a reader says it: 'Mar 2017'."""
    return f"{start:%b %Y}"


class Explorer:
    """`Explorer("workspace")` in a notebook cell shows the explorer; `.filters` and `.filtered` hold its state."""

    def __init__(self, workspace: str | Path = "workspace", rows: int = 20) -> None:
        import ipywidgets as w

        self.workspace = Path(workspace)
        self.rows = rows
        self._load()
        # an export dated by the month alone ("Jan 2024") is compared month by month, as the analysis does
        self.period = S.default_period(self.messages[S.CREATED_AT])
        self.by_month = self.period == "M"
        self.unit = S.PERIOD_UNITS[self.period]
        opts = facet_options(self.messages)
        self.widgets: dict[str, w.Widget] = {}
        # Searchable filters: type a few letters, pick from the suggestions; empty means everything.
        for attr in FACET_WIDGETS:
            self.widgets[attr] = w.TagsInput(value=[], allowed_tags=opts.get(attr, []), allow_duplicates=False,
                                             placeholder=f"all {attr}: type to pick",
                                             layout=w.Layout(width="100%"))
        periods = self._periods()
        self.widgets["period"] = w.SelectionRangeSlider(options=periods, index=(0, len(periods) - 1),
                                                        description=f"{self.unit.title()}s", readout=False,
                                                        layout=w.Layout(width="520px")) \
            if len(periods) > 1 else w.Label("")
        self.period_label = w.HTML()
        self.widgets["search"] = w.Text(placeholder="words in the message", description="Search")
        self.summary = w.HTML()
        self.charts = w.Output()
        self.verbatims = w.HTML()
        self.customer = w.Dropdown(options=[], description="Customer", layout=w.Layout(width="420px"))
        self.timeline = w.HTML()
        self.rename_to = w.Text(description="New name")
        self.rename_button = w.Button(description="Rename topic")
        self.merge_button = w.Button(description="Merge topics")
        self.split_button = w.Button(description="Split topic in two")
        self.to_label = w.Dropdown(options=[], description="Message", layout=w.Layout(width="520px"))
        self.label_task = w.Dropdown(options=["sentiment", "intent", "relevance"], description="Task")
        self.label_value = w.Dropdown(options=["negative", "neutral", "positive"], description="Label")
        self.label_button = w.Button(description="Save label")
        self.status = w.HTML()
        # The active-learning queue: the message whose sentiment label would teach the model most, one at a time.
        self.queue_text = w.HTML()
        self.queue_buttons = {c: w.Button(description=c) for c in ("negative", "neutral", "positive", "skip")}
        for choice, button in self.queue_buttons.items():
            button.on_click(lambda _b, choice=choice: self.answer_queue(choice))
        self._skipped: set[str] = set()
        self._queue: pd.DataFrame | None = None  # the suggested messages still to show
        self._queue_id: str | None = None
        self._holding = False
        for widget in self.widgets.values():
            if hasattr(widget, "observe"):
                widget.observe(lambda _change: None if self._holding else self.refresh(), names="value")
        self.customer.observe(lambda _change: self._show_timeline(), names="value")
        self.rename_button.on_click(lambda _b: self._rename())
        self.merge_button.on_click(lambda _b: self._merge())
        self.split_button.on_click(lambda _b: self._split())
        self.label_task.observe(lambda _c: self._label_options(), names="value")
        self.label_button.on_click(lambda _b: self.label(self.to_label.value, self.label_task.value,
                                                         self.label_value.value) if self.to_label.value else None)
        self.clear_button = w.Button(description="Clear filters")
        self.clear_button.on_click(lambda _b: self.clear_filters())
        # As many columns as fit, each at least 240px: on a narrow window the filters wrap, never overflow.
        filters = w.GridBox([w.VBox([w.HTML(f"<b>{a.capitalize()}</b>"), self.widgets[a]],
                                    layout=w.Layout(min_width="0", overflow="hidden")) for a in FACET_WIDGETS],
                            layout=w.Layout(grid_template_columns="repeat(auto-fill, minmax(240px, 1fr))",
                                            grid_gap="4px 12px", width="100%"))
        curation = w.HBox([self.rename_to, self.rename_button, self.merge_button, self.split_button])
        labelling = w.VBox([self.to_label, w.HBox([self.label_task, self.label_value, self.label_button])])
        queue = w.VBox([w.HTML("<p>The message the model is least sure of: your answer is saved at once and "
                               "calibrates the next analysis.</p>"), self.queue_text,
                        w.HBox(list(self.queue_buttons.values()))])
        self.tabs = w.Tab(children=[self.verbatims, w.VBox([self.customer, self.timeline]), queue,
                                    w.VBox([w.HTML("<p>Pick topics in the Topics filter, then:</p>"), curation]),
                                    labelling])
        # a tab shows 14 characters of its title or so ("What customers wrot" was cut)
        for i, title in enumerate(("Verbatims", "One customer", "Label the next", "Curate topics", "Label any")):
            self.tabs.set_title(i, title)
        self.box = w.VBox([filters, w.HBox([self.widgets["period"], self.period_label]),
                           w.HBox([self.widgets["search"], self.clear_button]), self.summary,
                           w.HTML("<p><i>Click a bar, a bubble, a point or a cell in a chart to filter the "
                                  "messages to it.</i></p>"), self.charts, self.tabs, self.status])
        self.refresh()
        # The labelling queue is chosen when its tab is first opened (k-means over the less certain messages:
        # seconds on a large export that a researcher who never labels should not wait for)
        self.queue_text.value = "<p>Choosing the messages worth labelling...</p>"
        self.tabs.observe(lambda change: self.next_suggestion() if change["new"] == LABEL_TAB
                          and self._queue is None else None, names="selected_index")

    # ---------------------------------------------------------------------------------------- data
    def _load(self) -> None:
        from workbench.store import Store

        with Store(self.workspace, read_only=True) as ws:
            messages = ws.messages()
            customers = ws.table("customers")
            self.topics = ws.table("topics")
            excluded = self.excluded = ws.excluded()
            self.labelled = set(ws.labels("sentiment")["message_id"])
        self.all_messages = messages
        seg_col = next((c for c in customers.columns if c.startswith("segment_")), "segment")
        segment = customers.set_index("customer_id")[seg_col]
        self.messages = customer_messages(messages, segment, excluded)

    def _periods(self) -> list[tuple[str, pd.Timestamp]]:
        dates = self.messages[S.CREATED_AT].dropna()
        if dates.empty:
            return []
        if self.by_month:
            return [(month_label(d), d) for d in pd.date_range(dates.min(), dates.max(), freq="MS")]
        starts = pd.date_range(dates.min().normalize() - pd.Timedelta(days=dates.min().weekday()),
                               dates.max(), freq="7D")  # the Mondays of the weeks that hold messages, no later
        return [(week_label(d), d) for d in starts]

    def _period_end(self, start: pd.Timestamp) -> pd.Timestamp:
        """Where the period that `start` opens ends (the next one's start)."""
        return start + (pd.DateOffset(months=1) if self.by_month else pd.Timedelta(days=7))

    # ---------------------------------------------------------------------------------------- state
    @property
    def filters(self) -> Filters:
        values = {a: tuple(self.widgets[a].value) for a in FACET_WIDGETS}
        period = self.widgets["period"]
        start = end = None
        if hasattr(period, "index") and period.options:
            lo, hi = period.value
            if period.index != (0, len(period.options) - 1):
                start, end = lo, self._period_end(hi)
        return Filters(start=start, end=end, search=self.widgets["search"].value, **values)

    def refresh(self) -> None:
        """Recompute everything shown from the current filters."""
        from IPython.display import HTML, display

        import workbench.present.plots as wp

        self.filtered = filter_messages(self.messages, self.filters)
        f = self.filtered
        period = self.widgets["period"]
        if hasattr(period, "index") and period.options:
            lo, hi = period.index
            the = "" if self.by_month else "the week of "
            self.period_label.value = (f"from {the}<b>{period.options[lo][0]}</b> to {the}"
                                       f"<b>{period.options[hi][0]}</b>")
        neg = (f["sentiment_label"] == "negative").mean() if len(f) else float("nan")
        self.summary.value = (f"{who_wrote(f)}; {percent(neg)} negative." if len(f)
                              else "<b>No message</b> passes the filters.")
        self.topic_table = topic_sizes(f)
        self.charts.clear_output(wait=True)
        if len(f):
            from workbench.analysis.topics import topics_over_time
            from workbench.customers.compare import segment_comparison

            self.trend_table = topics_over_time(f[[S.CREATED_AT, "topic_id", "topic_label"]], freq=self.period)
            self.grid = segment_comparison(f, f["segment"].fillna("(none)"), min_segment=10)
            figures = [self._clickable(wp.plot_topic_sizes(self.topic_table, top=15), self.click_topic)]
            self.theme_table = theme_sizes(f)
            if len(self.theme_table) > 1:  # the topics grouped by what they are about; one theme groups nothing
                figures.append(self._clickable(wp.plot_topic_sizes(self.theme_table, top=12, kind="theme"),
                                               self.click_theme))
            if {"x", "y"} <= set(self.topics.columns):  # the map, sized by the filtered volume
                placed = self.topics[["topic_id", "x", "y", "keywords"]].merge(
                    self.topic_table[["topic_id", "label", "size", "share"]], on="topic_id")
                figures.append(self._clickable(wp.plot_topic_map(placed), self.click_topic))
            figures.append(self._clickable(wp.plot_sentiment_by(f, "topic_label", top=12), self.click_sentiment))
            weeks = self.trend_table["period"].nunique()  # or months
            if weeks > 1:  # one week draws a point per topic on an axis of milliseconds: no change to see
                figures.append(self._clickable(wp.plot_topics_over_time(self.trend_table), self.click_week))
            if len(self.grid) and self.grid["segment"].nunique() > 1:  # one column compares nothing
                figures.append(self._clickable(wp.plot_segment_heatmap(self.grid, "topic"), self.click_cell))
            self.figures = figures
            with self.charts:
                for fig in figures:
                    display(fig)
                if weeks == 1:
                    display(HTML(f"<p><em>The dated messages shown fall within one {self.unit}: topics over time "
                                 f"need two {self.unit}s or more.</em></p>"))
        v = verbatims(f, self.rows)
        self.verbatims.value = v.drop(columns=[S.AUTHOR_ID]).to_html(index=False, escape=True, border=0)
        self.customer.options = [(f"{c} ({n} messages)", c) for c, n in
                                 f[S.AUTHOR_ID].value_counts().head(200).items()]
        self.to_label.options = [(t[:90], mid) for t, mid in zip(v[S.TEXT], v[S.MESSAGE_ID], strict=True)]

    # ---------------------------------------------------------------------------------------- clicks
    def _clickable(self, fig, handler):
        """The figure as a widget whose clicks call `handler(trace, points)`."""
        import plotly.graph_objects as go

        widget = go.FigureWidget(fig)
        for trace in widget.data:
            trace.on_click(lambda t, points, _state: handler(t, points) if points.point_inds else None)
        return widget

    @staticmethod
    def _label(trace, points) -> str:
        return str(trace.customdata[points.point_inds[0]][0])

    def click_topic(self, trace, points) -> None:
        """A topic's bar or bubble: show its messages."""
        self._set("topics", [self._label(trace, points)])

    def click_theme(self, trace, points) -> None:
        """A theme's bar: show its messages, all its topics."""
        self._set("themes", [self._label(trace, points)])

    def click_sentiment(self, trace, points) -> None:
        """A part of a topic's sentiment bar: that topic's messages of that sentiment."""
        self._set("topics", [self._label(trace, points)], refresh=False)
        self._set("sentiments", [trace.name])

    def click_week(self, trace, points) -> None:
        """A point of a topic's line: that topic's messages in that period."""
        period = self.widgets["period"]
        if hasattr(period, "index") and period.options:
            when = pd.Timestamp(points.xs[0])
            when = when.tz_localize("UTC") if when.tzinfo is None else when.tz_convert("UTC")
            starts = [d for _, d in period.options]
            first = max([j for j, d in enumerate(starts) if d <= when], default=0)
            last = max([j for j, d in enumerate(starts) if d < self._period_end(when)], default=first)
            with self._held():
                period.index = (first, last)
        self._set("topics", [self._label(trace, points)])

    def click_cell(self, trace, points) -> None:
        """A cell of the segment x topic grid: that segment's messages on that topic."""
        import workbench.present.plots as wp

        rows = {wp._esc([wp._short(v)])[0]: v for v in self.grid["value"].unique()}  # as the heatmap writes them
        cols = {wp._esc([v])[0]: v for v in self.grid["segment"].unique()}
        self._set("segments", [cols.get(points.xs[0], points.xs[0])], refresh=False)
        self._set("topics", [rows.get(points.ys[0], points.ys[0])])

    def _set(self, attr: str, values: list[str], refresh: bool = True) -> None:
        """Set a filter as a click does; `refresh=False` when another filter follows in the same click."""
        widget = self.widgets[attr]
        values = [v for v in values if v in set(widget.allowed_tags)]
        if refresh:
            widget.value = values
        else:
            with self._held():
                widget.value = values

    @contextlib.contextmanager
    def _held(self):
        """Filter changes inside this block redraw nothing (one redraw after several changes)."""
        self._holding = True
        try:
            yield
        finally:
            self._holding = False

    def clear_filters(self) -> None:
        with self._held():
            for attr in FACET_WIDGETS:
                self.widgets[attr].value = []
            self.widgets["search"].value = ""
            period = self.widgets["period"]
            if hasattr(period, "index") and period.options:
                period.index = (0, len(period.options) - 1)
        self.refresh()

    def _show_timeline(self) -> None:
        from workbench.customers.profiles import customer_timeline

        if not self.customer.value:
            self.timeline.value = ""
            return
        t = customer_timeline(self.all_messages, self.customer.value)
        self.timeline.value = t.to_html(index=False, escape=True, border=0)

    # ---------------------------------------------------------------------------------------- curation
    def _selected_topic_ids(self) -> list[int]:
        chosen = set(self.widgets["topics"].value)
        ids = self.messages.loc[self.messages["topic_label"].isin(chosen), "topic_id"].dropna().astype(int)
        return sorted(set(ids))

    def _curate(self, action) -> None:
        from workbench.errors import WorkbenchError
        from workbench.store import Store

        try:
            with Store(self.workspace) as ws:
                action(ws)
        except WorkbenchError as exc:
            self.status.value = f"<span style='color:#b00'>{html.escape(str(exc))}</span>"
            return
        self._load()
        self.widgets["topics"].allowed_tags = facet_options(self.messages).get("topics", [])
        self.status.value = "Saved in the workspace: the next analysis and report use it."
        self.refresh()

    def _rename(self) -> None:
        from workbench.pipeline.curation import rename_topic

        ids = self._selected_topic_ids()
        if len(ids) != 1:
            self.status.value = "Select exactly one topic to rename."
            return
        self._curate(lambda ws: rename_topic(ws, ids[0], self.rename_to.value))

    def _merge(self) -> None:
        from workbench.pipeline.curation import merge_topics

        ids = self._selected_topic_ids()
        self._curate(lambda ws: merge_topics(ws, ids, self.rename_to.value or None))

    def _split(self) -> None:
        from workbench.pipeline.curation import split_topic

        ids = self._selected_topic_ids()
        if len(ids) != 1:
            self.status.value = "Select exactly one topic to split."
            return
        self._curate(lambda ws: split_topic(ws, ids[0]))

    def _label_options(self) -> None:
        from workbench.store import LABEL_TASKS

        self.label_value.options = list(LABEL_TASKS[self.label_task.value])

    def label(self, message_id: str, task: str, label: str) -> None:
        """Label one message (sentiment, intent) or mark it (relevance: spam, irrelevant, relevant)."""
        from workbench.store import Store

        with Store(self.workspace) as ws:
            ws.add_labels(pd.DataFrame({"message_id": [message_id], "label": [label]}), task, source="explorer")
            n = len(ws.labels(task))
        self._load()
        self.refresh()
        self.status.value = f"Saved: {n} {html.escape(task)} labels in the workspace."

    def next_suggestion(self, batch: int = 200) -> str | None:
        """Show the next message worth labelling; its id, None when none is left. The queue is what `workbench
        label --suggest` writes (see workbench.analysis.suggest), `batch` messages at a time."""
        from workbench.analysis.suggest import suggest
        from workbench.errors import WorkbenchError
        from workbench.pipeline.run import analysis_vectors
        from workbench.store import Store

        done = self.labelled | self._skipped | set(self.excluded)
        queue = self._queue[~self._queue[S.MESSAGE_ID].isin(done)] if self._queue is not None else pd.DataFrame()
        try:
            if queue.empty:
                with Store(self.workspace, read_only=True) as ws:
                    vectors = analysis_vectors(ws)
                queue = suggest(self.all_messages, done, batch, "sentiment", excluded=self.excluded, vectors=vectors)
        except WorkbenchError as exc:
            self._queue, self._queue_id, self.queue_text.value = None, None, html.escape(str(exc))
            return None
        self._queue = queue
        nxt = queue.head(1)
        self._queue_id = nxt[S.MESSAGE_ID].iloc[0] if len(nxt) else None
        self.queue_text.value = (f"<blockquote>{html.escape(nxt[S.TEXT].iloc[0])}</blockquote>" if len(nxt)
                                 else "<p>Every customer message has a sentiment label.</p>")
        return self._queue_id

    def answer_queue(self, choice: str) -> None:
        """Save the researcher's answer for the queued message at once (or skip it), then show the next."""
        if self._queue_id is None:
            return
        if choice == "skip":
            self._skipped.add(self._queue_id)
        else:
            self.label(self._queue_id, "sentiment", choice)
        self.next_suggestion()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.box)
