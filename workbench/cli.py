"""The `workbench` command: ingest exports, see what is in the workspace, export tables."""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import shlex
import shutil
import sys
from pathlib import Path

from workbench.errors import WorkbenchError

EPILOG = "Every command takes --workspace DIR (default ./workspace)."


def _mapping(pairs: list[str]) -> dict[str, str]:
    out = {}
    for p in pairs:
        if "=" not in p:
            raise WorkbenchError(f"--map {p}: write FIELD=COLUMN, e.g. --map text=Body.")
        field, col = p.split("=", 1)
        out[field.strip()] = col.strip()
    return out


@contextlib.contextmanager
def _removed_if_new_and_failed(workspace: str | Path):
    """A workspace folder this command creates is taken away again if the command fails: a failed first ingest
    leaves nothing behind (an existing workspace is never removed; its transaction keeps it as it was)."""
    folder = Path(workspace)
    existed = folder.exists()
    try:
        yield
    except BaseException:
        if not existed and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
        raise


def cmd_ingest(args: argparse.Namespace) -> int:
    from workbench.ingest.formats import LoadOptions
    from workbench.ingest.run import report_lines
    from workbench.workspace import Workspace

    options = LoadOptions(mapping=_mapping(args.map), encoding=args.encoding, channel=args.channel,
                          brand=args.brand, brand_authors=tuple(args.brand_author), timezone=args.timezone,
                          dayfirst=args.dayfirst)
    with _removed_if_new_and_failed(args.workspace), Workspace(args.workspace) as ws:
        reports = ws.ingest(args.paths, format=args.format, options=options, redact=not args.no_redact)
        status = ws.status()
    # printed once the workspace is written: a reader that stops early (`| head`) takes nothing away
    for line in report_lines(reports):
        print(line)
    print()
    print_status(status)
    return 0


def print_status(st: dict) -> None:
    from workbench.store import workspace_flag

    first, last = st["period"]
    n = lambda k, word: f"{k:,} {word}{'' if k == 1 else 's'}"  # noqa: E731
    period = ("no dates" if first is None else f"on {first:%Y-%m-%d}" if f"{first:%Y-%m-%d}" == f"{last:%Y-%m-%d}"
              else f"{first:%Y-%m-%d} to {last:%Y-%m-%d}")
    undated = st["messages"] - st.get("dated", st["messages"])
    if first is not None and undated:
        period += f" ({n(undated, 'message')} with no date)"
    print(f"Workspace {st['workspace']}")
    unknown = st.get("unknown_authors", 0)
    anonymous = st.get("anonymous_messages", 0)  # reviews or answers beside them that name nobody
    who = (f"from {n(st['customers'], 'customer')}" + (f" ({n(anonymous, 'message')} naming no author)"
                                                          if anonymous else "") if st["customers"] else
           f"from {n(unknown, 'author')} whose roles are not known (--brand-author NAME names the brand's side)"
           if unknown else "all written by the brand (no customer messages)"
           if st["messages"] and st["by_role"].get("brand", 0) == st["messages"] else "with no authors named")
    print(f"  {n(st['messages'], 'message')} in {n(st['conversations'], 'conversation')} {who}, {period}")
    fmt = lambda d: ", ".join(f"{k} {v:,}" for k, v in d.items()) or "none"  # noqa: E731
    print(f"  channels: {fmt(st['by_channel'])}")
    print(f"  authors: {fmt(st['by_role'])}")
    brands, inferred = st["brands"], st.get("brands_inferred", {})
    top = dict(list(brands.items())[:8])
    if brands or not inferred:
        print(f"  brands ({len(brands)}): {fmt(top)}" + (", ..." if len(brands) > 8 else ""))
    if inferred:  # what the analysis told where the export names no brand: "brands (0): none" said nothing of it
        told = dict(list(inferred.items())[:8])
        print(f"  brands {'inferred' if not brands else 'inferred where the export names none'} by the latest "
              f"analysis ({len(inferred)}): {fmt(told)}" + (", ..." if len(inferred) > 8 else ""))
    print(f"  languages: {fmt(st['languages'])}")
    see = (f" (see `workbench export rejected --out rejected.csv{workspace_flag(Path(st['workspace']).parent)}`)"
           if st["rejected_by_reason"] else "")  # an empty table is nothing to see
    print(f"  set aside: {fmt(st['rejected_by_reason'])}{see}")
    print(f"  personal data: masked in {n(st['redacted_messages'], 'message')}, customers known by pseudonyms "
          "(originals in table pii_vault)")


def cmd_status(args: argparse.Namespace) -> int:
    from workbench.workspace import Workspace

    with Workspace(args.workspace, read_only=True) as ws:
        st = ws.status()
        print_status(st)
        if len(st["ingests"]):
            print("\nIngests:")
            print(st["ingests"].to_string(index=False))
    return 0


def cmd_formats(args: argparse.Namespace) -> int:
    from workbench.ingest.formats import formats

    for name, desc in formats().items():
        print(f"{name:20} {desc}")
    print(f"{'auto':20} detect the format from the file (the default)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.workspace import Workspace

    if args.table == "pii_vault" and not args.include_personal_data:
        raise WorkbenchError("pii_vault holds the original names, addresses and texts that redaction masked; export "
                             "it only if you must re-identify people: add --include-personal-data.")
    with Workspace(args.workspace, read_only=True) as ws:
        out = ws.export(args.table, args.out)
        n = len(ws.table(args.table)) if args.table != "messages" else len(ws.messages(analysed=False))
    print(f"wrote {n:,} rows of '{args.table}' to {out}")
    if args.table == "pii_vault":
        print(f"warning: {out} holds personal data in clear; keep it out of shared folders and delete it after use.",
              file=sys.stderr)
    return 0


def cmd_analyse(args: argparse.Namespace) -> int:
    from workbench.analysis.topics import TopicConfig
    from workbench.pipeline.run import analyse
    from workbench.store import require_workspace
    from workbench.workspace import Workspace

    config = TopicConfig(seed=args.seed, max_topics=args.max_topics, min_cluster_size=args.min_cluster_size,
                         keyphrases=not args.no_keyphrases)
    competitors = tuple(c.strip() for c in (args.competitors or "").split(",") if c.strip())
    require_workspace(args.workspace)
    with Workspace(args.workspace) as ws:
        out = analyse(ws, embedding=args.embedding, seed_topics=args.seed_topics, config=config, period=args.period,
                      segment_by=args.segment_by, competitors=competitors, force=args.force, engine=args.engine,
                      scheduler=args.scheduler)
    print(out.summary())
    print("Tables written: message_analysis (per message: sentiment, emotion, intent, topic, theme, brand), topics, "
          "themes, "
          "topics_over_time, sentiment_shares, customers, "
          "segments, segment_topics, drivers, trends, alerts, responsiveness, quotes, share_of_voice, "
          "analysis_runs.")
    return 0


def cmd_label(args: argparse.Namespace) -> int:
    import pandas as pd

    from workbench.store import require_workspace, workspace_flag
    from workbench.workspace import Workspace

    if args.suggest is not None:
        return _suggest(args)
    if args.file is None:
        raise WorkbenchError("name the CSV file of labels to store, or ask for suggestions with --suggest N --out "
                             "FILE.csv.")
    if not args.file.exists():
        raise WorkbenchError(f"{args.file}: no such file; check the path.")
    if args.file.suffix.lower() in (".xlsx", ".xlsm"):  # the suggestions filled in Excel (texts as add_labels reads)
        try:
            df = pd.read_excel(args.file, dtype=str)
        except (ValueError, OSError, KeyError) as exc:
            raise WorkbenchError(f"{args.file}: cannot be read as an Excel workbook ({exc}); save it again from "
                                 "Excel, or as UTF-8 CSV.") from None
    else:
        try:
            df = pd.read_csv(args.file, dtype=str)
        except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
            raise WorkbenchError(f"{args.file}: cannot be read as CSV ({exc}); save it as UTF-8 CSV, or give an "
                                 ".xlsx workbook.") from None
    require_workspace(args.workspace)
    with Workspace(args.workspace) as ws:
        n = ws.add_labels(df, args.task)
        total = len(ws.labels(args.task))
    print(f"stored {n} {args.task} labels ({total} in the workspace); the next `workbench analyse"
          f"{workspace_flag(args.workspace)}` uses them.")
    return 0


def _suggest(args: argparse.Namespace) -> int:
    from workbench.analysis.suggest import suggest
    from workbench.pipeline.run import analysis_vectors
    from workbench.store import LABEL_TASKS, defuse_formulas, workspace_flag
    from workbench.workspace import Workspace

    if args.out is None:
        raise WorkbenchError("--suggest needs --out FILE.csv: the file you will fill in.")
    if args.suggest < 1:
        raise WorkbenchError(f"--suggest takes a positive number of messages, not {args.suggest}.")
    with Workspace(args.workspace, read_only=True) as ws:
        picked = suggest(ws.messages(), set(ws.labels(args.task)["message_id"]), args.suggest, args.task,
                         excluded=ws.excluded(), vectors=analysis_vectors(ws))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sheet = picked.assign(text=defuse_formulas(picked["text"]))
    if args.out.suffix.lower() == ".xlsx":  # to fill in Excel; read back by `workbench label FILE.xlsx`
        sheet.to_excel(args.out, index=False, sheet_name="to label", engine="openpyxl")
    else:
        sheet.to_csv(args.out, index=False, encoding="utf-8")
    note = "" if len(picked) == args.suggest else f" (only {len(picked)} unlabelled customer messages remain)"
    print(f"wrote {len(picked)} messages to label to {args.out}{note}. Fill the 'label' column "
          f"({' / '.join(LABEL_TASKS[args.task])}), in some or all rows, then run `workbench label "
          f"{shlex.quote(str(args.out))} --task {args.task}{workspace_flag(args.workspace)}`.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import yaml

    from workbench.pipeline.run import analyse
    from workbench.present.report import MAIN, NOTEBOOKS, build_report, check_parameters
    from workbench.store import require_workspace
    from workbench.workspace import Workspace

    params: dict = {}
    if args.params:
        if not args.params.exists():
            raise WorkbenchError(f"{args.params}: no such parameter file.")
        loaded = yaml.safe_load(args.params.read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise WorkbenchError(f"{args.params}: write the parameters as 'name: value' lines (YAML).")
        params.update(loaded)
    for name, value in args.p:
        params[name] = yaml.safe_load(value)
    notebooks = tuple(args.notebook) if args.notebook else NOTEBOOKS
    unknown = sorted(set(notebooks) - set(NOTEBOOKS))
    if unknown:
        raise WorkbenchError(f"no report notebook {', '.join(unknown)}; known ones: {', '.join(NOTEBOOKS)}.")
    params = check_parameters(params, notebooks)  # before any analysis: names declared, values plain data
    if args.out.exists() and not args.out.is_dir():
        raise WorkbenchError(f"{args.out}: a file; give --out a folder for the reports.")
    competitors = tuple(c.strip() for c in (args.competitors or "").split(",") if c.strip())
    if not args.paths:  # with paths, report ingests them first, into a new workspace if need be
        require_workspace(args.workspace)
    with Workspace(args.workspace) as ws:
        if args.paths:
            for r in ws.ingest(args.paths):
                print(r.line())
        if args.paths or not ws.has_table("customers"):
            analyse(ws, embedding=args.embedding, segment_by=args.segment_by, competitors=competitors)
    written = build_report(args.workspace, args.out, notebooks, params)
    for path in written:
        print(f"wrote {path}")
    if MAIN in notebooks:
        print(f"Open {Path(args.out) / (MAIN + '.html')} in a browser: it works offline.")
    return 0


def cmd_explore(args: argparse.Namespace) -> int:
    import subprocess

    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    from workbench.workspace import Workspace

    with Workspace(args.workspace, read_only=True) as ws:
        folder = ws.path.parent.resolve()
    nb = new_notebook(cells=[
        new_markdown_cell("# Explore who our customers are and what they want\n\nRun the cell below. Filters, "
                          "charts and verbatims follow each other; renames, merges and labels are saved in the "
                          "workspace for the next analysis and report."),
        new_code_cell(f"import workbench as wb\n\nwb.Explorer({str(folder)!r})"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / "explorer.ipynb"
    nbformat.write(nb, path)
    print(f"wrote {path}")
    if args.no_browser:
        return 0
    # JupyterLab and Voila run with this Python (`python -m`), whether or not its environment is activated:
    # `.venv/bin/workbench explore` finds them as `make report`'s `.venv/bin/workbench` finds the rest
    if args.voila:  # a standalone page, no notebook interface, for people who do not use notebooks
        if importlib.util.find_spec("voila") is None:
            raise WorkbenchError("voila is not installed in this environment; pip install voila.")
        return subprocess.call([sys.executable, "-m", "voila", str(path)])
    from workbench.present.explorer.serve import lab_command

    if importlib.util.find_spec("jupyterlab") is None:
        raise WorkbenchError("jupyter is not installed in this environment; install workbench with its dependencies.")
    # JupyterLab refuses to run as root unless told to, and `workbench explore` passes no flags through: in a
    # container, where root is the only user, it would stop with advice the researcher cannot follow
    as_root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    return subprocess.call(lab_command(path, *as_root))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="workbench", description="Customer listening: who are our customers and "
                                "what do they want?", epilog=EPILOG)
    sub = p.add_subparsers(dest="command", required=True)
    ws_help = "workspace folder (default ./workspace)"

    i = sub.add_parser("ingest", help="load export files into the workspace")
    i.add_argument("paths", nargs="+", help="export files or folders")
    i.add_argument("--format", default="auto", help="format name (see `workbench formats`); default: detect")
    i.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="map an export column to a message field, e.g. --map text=Body")
    i.add_argument("--encoding", help="text encoding of the files (default UTF-8)")
    i.add_argument("--channel", help="channel of these messages, where the export does not say")
    i.add_argument("--brand", help="the brand these messages address, where the export does not say")
    i.add_argument("--brand-author", action="append", default=[], metavar="NAME",
                   help="an author (name, address or domain) who speaks for the brand; repeatable")
    i.add_argument("--timezone", help="zone of timestamps written without one (default UTC), e.g. Europe/Paris")
    day = i.add_mutually_exclusive_group()
    day.add_argument("--dayfirst", dest="dayfirst", action="store_true", default=None,
                     help="read ambiguous dates like 03/04/21 as day/month")
    day.add_argument("--monthfirst", dest="dayfirst", action="store_false", help="read them as month/day")
    i.add_argument("--no-redact", action="store_true",
                   help="keep e-mails, phone numbers, addresses and private @handles in the text (default: redact)")
    i.add_argument("--workspace", default="workspace", help=ws_help)
    i.set_defaults(func=cmd_ingest)

    a = sub.add_parser("analyse", help="topics, sentiment, emotion and intent of the customer messages")
    a.add_argument("--embedding", default="minilm", help="minilm (default, int8), minilm-fp32, static (fast) or "
                   "a local sentence-transformers folder")
    a.add_argument("--engine", choices=("local", "dask"), default="local", help="where per-message work runs: "
                   "this process (default) or a Dask cluster")
    a.add_argument("--scheduler", help="with --engine dask: the scheduler's address (tcp://HOST:8786); default a "
                   "local cluster. Workers need workbench installed and the workspace folder at the same path")
    a.add_argument("--force", action="store_true", help="recompute even when nothing changed since the last "
                   "analysis (by default the stored one is reused)")
    a.add_argument("--seed-topics", type=Path,
                   help="codebook (YAML/JSON, or a .csv/.xlsx of topic and keywords): topics to look for")
    a.add_argument("--seed", type=int, default=42, help="random seed (same input and seed: same topics)")
    a.add_argument("--max-topics", type=int, default=40, help="merge topics down to at most this many")
    a.add_argument("--min-cluster-size", type=int, help="smallest topic (default: scaled to the corpus)")
    a.add_argument("--period", default=None, help="period of topics over time and trends: D, W or M (default: W, "
                   "or M where the export dates its messages by the month alone)")
    a.add_argument("--segment-by", help="compare segments defined by this column (brand, channel, or an export "
                   "column such as airline, plan, region); default: the brand addressed when customers write to "
                   "two or more brands, else automatic behavioural segments; 'none': behavioural segments only")
    a.add_argument("--competitors", help="comma-separated competitor names for share of voice")
    a.add_argument("--no-keyphrases", action="store_true", help="label topics with c-TF-IDF words (faster)")
    a.add_argument("--workspace", default="workspace", help=ws_help)
    a.set_defaults(func=cmd_analyse)

    lb = sub.add_parser("label", help="store your own labels (CSV: message_id or source_id, label), or get "
                        "the messages worth labelling next (--suggest N --out FILE.csv)")
    lb.add_argument("file", type=Path, nargs="?", help="CSV with a message_id (or source_id) column and a label "
                    "column; blank labels are skipped")
    lb.add_argument("--suggest", type=int, metavar="N", help="write the N messages whose labels would teach the "
                    "model most to --out (columns message_id, source_id, text, label)")
    lb.add_argument("--out", type=Path, help="with --suggest: the CSV file to write")
    lb.add_argument("--task", default="sentiment", help="sentiment (default), intent or relevance")
    lb.add_argument("--workspace", default="workspace", help=ws_help)
    lb.set_defaults(func=cmd_label)

    r = sub.add_parser("report", help="render the HTML reports (ingesting and analysing first if needed)")
    r.add_argument("paths", nargs="*", help="export files to ingest (and analyse) first")
    r.add_argument("--out", default="reports", type=Path, help="output folder (default reports/)")
    r.add_argument("--params", type=Path, help="YAML file of notebook parameters")
    r.add_argument("-p", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="a notebook parameter, e.g. -p rows 20")
    r.add_argument("--notebook", action="append", help="render only this notebook (repeatable)")
    r.add_argument("--embedding", default="minilm", help="embedding for the analysis (minilm, minilm-fp32 or static)")
    r.add_argument("--segment-by", help="segments for the analysis (a column such as brand, airline, plan)")
    r.add_argument("--competitors", help="comma-separated competitor names")
    r.add_argument("--workspace", default="workspace", help=ws_help)
    r.set_defaults(func=cmd_report)

    x = sub.add_parser("explore", help="open JupyterLab on an explorer notebook for the workspace")
    x.add_argument("--no-browser", action="store_true", help="only write WORKSPACE/explorer.ipynb")
    x.add_argument("--voila", action="store_true", help="serve the explorer as a standalone page with Voila")
    x.add_argument("--workspace", default="workspace", help=ws_help)
    x.set_defaults(func=cmd_explore)

    s = sub.add_parser("status", help="what is in the workspace")
    s.add_argument("--workspace", default="workspace", help=ws_help)
    s.set_defaults(func=cmd_status)

    f = sub.add_parser("formats", help="list the export formats the workbench reads")
    f.set_defaults(func=cmd_formats)

    e = sub.add_parser("export", help="write a workspace table to .parquet, .csv or .xlsx")
    e.add_argument("table", help="messages, topics, themes, customers, segments, ingests, rejected, "
                   "topics_over_time, analysis_runs, sentiment_shares, pii_vault, or any other table the analysis "
                   "writes (drivers, alerts, quotes, trends, responsiveness, segment_topics, share_of_voice, "
                   "message_analysis)")
    e.add_argument("--out", required=True, type=Path, help="output file (.parquet, .csv or .xlsx)")
    e.add_argument("--include-personal-data", action="store_true", help="needed to export pii_vault (the "
                   "originals that redaction masked)")
    e.add_argument("--workspace", default="workspace", help=ws_help)
    e.set_defaults(func=cmd_export)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `workbench` command; errors are one sentence on stderr and exit status 2."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except WorkbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the workspace is as it was before this command.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `workbench status | head`: the reader has read enough, no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # as the Python docs advise (signal)
        return 141


if __name__ == "__main__":
    sys.exit(main())
