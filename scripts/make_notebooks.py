"""Write the report notebooks in workbench/present/notebooks/ (thin: parameters, then calls into
workbench.present.report and plots).

    python scripts/make_notebooks.py

They are committed without outputs; edit this file, not the notebooks, and run it again.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

OUT = Path(__file__).resolve().parent.parent / "workbench" / "present" / "notebooks"

PARAMS = '''# Run with the defaults on the workspace `make report` builds, or set these (papermill -p NAME VALUE).
workspace: str = "../workspace"  # folder of the analysed workspace
title: str = "{title}"  # title shown at the top of the report
rows: int = 12  # rows shown per table (the full tables: `workbench export TABLE`)'''

SETUP = '''import workbench.present.plots as wp
from workbench.present.report import (customers_view, header, ingests_view, load_tables, messages_by, missing,
                                      segments_view, share_note, show_drivers, show_export_sentiment, show_figure,
                                      show_heatmaps, show_note, show_provenance, show_sentiment_by,
                                      show_share_of_voice, show_summary, show_table, show_whats_new)

t = load_tables(workspace)
header(title, t)'''

PROVENANCE = '''show_provenance(workspace, {"title": title, "rows": rows}, t)'''

NOTEBOOKS = {
    "customer_insights": ("Who are our customers and what do they want?", [
        ("code", "show_summary(t)"),
        ("md", "## Who they are"),
        ("code", '''if note := missing(t, "customers") or missing(t, "segments"):
    show_note(note)
else:
    show_table(segments_view(t["segments"]), "segments", "Segments", rows,
               "Name: what sets a segment's customers apart from the others (how often and how lately they "
               "wrote, how they feel, their topic and intent). Net advocacy: the percentage of a segment's "
               "customers who are advocates minus the percentage who are detractors (-100 to +100). Segments "
               "under 20 customers are flagged and listed last.")
show_heatmaps(t["segment_topics"], "topic")  # groups compared message by message, with or without customers'''),
        ("md", "## What they want"),
        ("code", '''show_table(t["themes"][["label", "description", "size", "share"]], "themes",
           "Themes: topics grouped by what they are about", rows)
show_figure(wp.plot_topic_sizes(t["topics"]), t["topics"])
show_figure(wp.plot_topic_map(t["topics"]), t["topics"])
show_heatmaps(t["segment_topics"], "intent")
show_table(t["topics"][["topic_id", "label", "description", "size", "share", "representative_messages"]],
           "topics", "Topics", rows)
show_table(t["quotes"][["segment", "topic_label", "sentiment_label", "intent", "text"]], "quotes",
           "What customers said (PII redacted)", rows)'''),
        ("md", "## How they feel, and how that is changing"),
        ("code", '''show_table(t["sentiment_shares"], "sentiment_shares", "Sentiment shares",
           note=share_note(t["sentiment_shares"]))
show_sentiment_by(t["messages"], "topic_label")
if note := missing(t, "dates"):
    show_note(note)
else:
    show_figure(wp.plot_topics_over_time(t["topics_over_time"]), t["topics_over_time"])'''),
        ("md", "## Who is at risk, and who would recommend us"),
        ("code", '''if note := missing(t, "customers"):
    show_note(note)
else:
    c = t["customers"]
    show_table(c[c["churn_risk"] == "high"][["customer_id", "messages", "main_brand", "mean_sentiment",
                                             "churn_reasons", "top_topics", "last_seen"]], "customers",
               "Customers at high churn risk", rows, source="customers")
    show_table(c[c["relationship"] == "advocate"][["customer_id", "messages", "main_brand", "mean_sentiment",
                                                   "rating_class", "recommends", "top_topics"]],
               "advocates", "Advocates", rows, source="customers")'''),
        ("md", "## What drives dissatisfaction"),
        ("code", "show_drivers(t, rows)"),
        ("md", "## What is new"),
        ("code", "show_whats_new(t, rows)"),
        ("md", "## How well we respond"),
        ("code", '''if note := missing(t, "replies"):
    show_note(note)
else:
    show_figure(wp.plot_responsiveness(t["responsiveness"]), t["responsiveness"])
    show_table(t["responsiveness"], "responsiveness", "Responsiveness by brand and channel", rows)
show_share_of_voice(t, rows)'''),
        ("md", "## The data"),
        ("code", '''m = t["messages"]
show_table(m[m["author_role"] == "customer"][["created_at", "channel", "brand", "sentiment_label", "intent",
                                              "topic_label", "text"]], "messages", "Customer messages", rows,
           source="messages")'''),
        ("code", PROVENANCE),
    ]),
    "data_quality": ("Data quality and coverage", [
        ("code", '''show_table(ingests_view(t["ingests"]), "ingests", "What was ingested", rows,
           "Messages read: each row's message and any replies it holds (a review and the brand's answer are two); "
           "each is loaded or set aside.")
rej = t["rejected"]
if rej.empty:
    show_note("No row was set aside: every row read was loaded.")
else:
    show_table(rej.groupby("reason").size().rename("rows").reset_index().sort_values("rows", ascending=False),
               "rejected", "Rows set aside, by reason (all kept in the table `rejected`)", rows,
               source="rejected")
m = t["messages"]
for col in ("channel", "author_role", "language", "brand"):
    show_table(messages_by(m, col), f"messages-by-{col}", f"Messages by {col.replace('_', ' ')}", rows,
               source="messages")
if note := missing(t, "dates"):
    show_note(note)
else:
    show_figure(wp.plot_topics_over_time(t["topics_over_time"]), t["topics_over_time"])'''),
        ("code", PROVENANCE),
    ]),
    "topics": ("What customers talk about", [
        ("code", '''show_table(t["themes"], "themes", "Themes: topics grouped by what they are about", 20)
show_figure(wp.plot_topic_sizes(t["topics"], top=30), t["topics"])
show_figure(wp.plot_topic_map(t["topics"]), t["topics"])
if note := missing(t, "dates"):
    show_note(note)
else:
    show_figure(wp.plot_topics_over_time(t["topics_over_time"]), t["topics_over_time"])
show_table(t["topics"][["topic_id", "label", "description", "keywords", "size", "share",
                         "representative_messages"]], "topics", "Topics", 50)
show_table(t["quotes"], "quotes", "Quotes by segment and topic (PII redacted)", rows)'''),
        ("code", PROVENANCE),
    ]),
    "sentiment": ("How customers feel", [
        ("code", '''show_table(t["sentiment_shares"], "sentiment_shares", "Sentiment shares",
           note=share_note(t["sentiment_shares"]))
if len(t["sentiment_calibration"]):
    show_table(t["sentiment_calibration"], "sentiment_calibration", "Calibration on your labels")
show_export_sentiment(t)
show_sentiment_by(t["messages"], "topic_label")
show_sentiment_by(t["messages"], "channel")
show_heatmaps(t["segment_topics"], "sentiment")
m = t["messages"]
show_table(m["emotion"].dropna().value_counts().rename("messages").reset_index(), "emotions", "Emotions",
           source="messages")
show_drivers(t, rows)'''),
        ("code", PROVENANCE),
    ]),
    "customers": ("Who our customers are", [
        ("code", '''if note := missing(t, "customers") or missing(t, "segments"):
    show_note(note)
else:
    show_table(segments_view(t["segments"]), "segments", "Segments", 30)
    show_heatmaps(t["segment_topics"], "topic", "intent")
    show_table(t["segment_topics"][t["segment_topics"]["significant"]], "segment_topics",
               "Significant differences between segments (FDR q < 0.05)", rows)
    show_table(customers_view(t["customers"]), "customers", "Customers, those at risk of leaving first", rows)
if note := missing(t, "replies"):
    show_note(note)
else:
    show_figure(wp.plot_responsiveness(t["responsiveness"]), t["responsiveness"])
    show_table(t["responsiveness"], "responsiveness", "Responsiveness", rows)'''),
        ("code", PROVENANCE),
    ]),
}


def main(out: Path = OUT) -> None:
    for name, (title, cells) in NOTEBOOKS.items():
        params = new_code_cell(PARAMS.format(title=title))
        params.metadata["tags"] = ["parameters"]
        nb = new_notebook(cells=[params, new_code_cell(SETUP)]
                          + [new_markdown_cell(src) if kind == "md" else new_code_cell(src) for kind, src in cells])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.metadata["language_info"] = {"name": "python"}
        for i, cell in enumerate(nb.cells):  # stable ids: regenerating changes only what changed
            cell.id = f"{name.replace('_', '-')}-{i}"
        nbformat.write(nb, out / f"{name}.ipynb")


if __name__ == "__main__":
    main()
