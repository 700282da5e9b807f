"""The DuckDB workspace: idempotent, transactional ingest that keeps what it sets aside."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import duckdb
import pandas as pd
import pytest

from workbench import Workspace
from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import LoadOptions


def counts(ws: Workspace) -> dict[str, int]:
    return {t: ws.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("messages", "ingests", "rejected", "pii_vault")}


def test_ingest_the_default_sample(ws, samples):
    reports = ws.ingest([samples / "customer_care_tweets.json"])
    assert reports[0].rows_read == 2350 and reports[0].loaded == 2343
    assert reports[0].rejected == {"exact duplicate": 7}
    m = ws.messages()
    S.validate_messages(m)
    assert isinstance(m[S.CREATED_AT].dtype, pd.DatetimeTZDtype) and str(m[S.CREATED_AT].dt.tz) == "UTC"
    st = ws.status()
    # One conversation consisted only of tweets that another conversation of the export already holds.
    assert st["messages"] == 2343 and st["conversations"] == 1024 and len(st["brands"]) == 25
    assert st["languages"]["en"] > 2000
    ing = ws.table("ingests").iloc[0]
    assert ing["format"] == "customer-care-json" and len(ing["sha256"]) == 64 and ing["rows_read"] == 2350


def test_ingesting_the_same_file_twice_adds_nothing(ws, samples):
    ws.ingest([samples / "support.mbox"])
    before = counts(ws)
    again = ws.ingest([samples / "support.mbox"])
    assert again[0].skipped.startswith("already ingested")
    assert counts(ws) == before


def test_an_overlapping_export_adds_only_new_messages(ws, tmp_path):
    a = tmp_path / "week1.csv"
    a.write_text("user,text,date\nu1,parcel is late,2024-01-01\nu2,love the new app,2024-01-02\n")
    b = tmp_path / "week1and2.csv"
    b.write_text(a.read_text() + "u3,cannot log in,2024-01-08\n")
    ws.ingest([a])
    report = ws.ingest([b])[0]
    assert report.loaded == 1 and report.rejected == {"exact duplicate": 2}
    assert counts(ws)["messages"] == 3


def test_reviews_with_the_same_words_are_different_reviews_unless_the_whole_row_repeats(ws, tmp_path):
    # No id, author or date: two customers may both write "Love it!", and reviews may hold only their stars.
    a = tmp_path / "reviews.csv"
    a.write_text("product,stars,review\nmug,5,Love it!\nlamp,5,Love it!\nmug,1,\nlamp,2,\nmug,5,Love it!\n")
    first = ws.ingest([a])[0]
    assert first.loaded == 5 and first.rejected == {}
    # A later export of the same reviews plus one more, under another name and order: one review is new.
    b = tmp_path / "reviews_later.csv"
    b.write_text("product,stars,review\nlamp,2,\nmug,5,Love it!\nmug,1,\nlamp,5,Love it!\nmug,5,Love it!\n"
                 "mug,5,Love it!\n")
    later = ws.ingest([b])[0]
    assert later.loaded == 1 and later.rejected == {"exact duplicate": 5}
    assert counts(ws)["messages"] == 6


JANUARY = ("id,conversation_id,parent_id,author,role,text,created_at\n"
           "1,c1,,u1,customer,my parcel is late,2024-01-05T10:00:00Z\n"
           "2,c1,1,AcmeSupport,agent,Sorry to hear that! Please DM us your order number.,2024-01-05T10:05:00Z\n")
FEBRUARY = ("3,c1,2,u1,customer,sent it in a DM,2024-02-01T09:00:00Z\n"
            "4,c1,3,AcmeSupport,agent,Sorry to hear that! Please DM us your order number.,2024-02-01T09:30:00Z\n")


def test_overlapping_exports_with_ids_store_each_message_once(ws, tmp_path):
    """January's export, then a January-February one under another name: brand replies (which repeat their
    text on purpose) are stored once each, and February's thread continues January's."""
    jan, janfeb = tmp_path / "acme-2024-01.csv", tmp_path / "acme-2024-01-to-02.csv"
    jan.write_text(JANUARY)
    janfeb.write_text(JANUARY + FEBRUARY)
    ws.ingest([jan])
    report = ws.ingest([janfeb])[0]
    assert report.loaded == 2 and report.rejected == {"exact duplicate": 2}
    m = ws.table("messages").set_index(S.SOURCE_ID)
    assert sorted(m.index) == ["1", "2", "3", "4"]
    assert m[S.CONVERSATION_ID].nunique() == 1 and m.loc["3", S.PARENT_ID] == m.loc["2", S.MESSAGE_ID]


def test_a_workspace_made_when_ids_carried_the_file_name_still_recognises_its_messages(ws, tmp_path):
    """Earlier versions prefixed a table's ids with its file name; those stored rows are matched by their
    export id, time, text and author, and replies to them point at them."""
    jan, janfeb = tmp_path / "jan.csv", tmp_path / "janfeb.csv"
    jan.write_text(JANUARY)
    janfeb.write_text(JANUARY + FEBRUARY)
    ws.ingest([jan])
    ns = ws.table("messages")[S.MESSAGE_ID].iloc[0].rsplit(":", 1)[0]
    for col in (S.MESSAGE_ID, S.PARENT_ID, S.CONVERSATION_ID):  # as an earlier version stored them
        ws.con.execute(f"UPDATE messages SET {col} = replace({col}, '{ns}:', 'jan.csv:')")
    report = ws.ingest([janfeb])[0]
    assert report.loaded == 2 and report.rejected == {"exact duplicate": 2}
    m = ws.table("messages").set_index(S.SOURCE_ID)
    assert m.loc["3", S.PARENT_ID] == "jan.csv:2" and set(m[S.CONVERSATION_ID]) == {"jan.csv:c1"}


def test_rejected_rows_are_kept_with_reasons(ws, tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("id,text\n1,fine\n2,a,b,c\n3,\n")
    ws.ingest([p])
    rej = ws.table("rejected").set_index("reason")
    assert rej.loc["wrong number of fields (the header has 2)", "location"] == "line 3 (4 fields)"
    assert rej.loc["wrong number of fields (the header has 2)", "raw"] == "2,a,b,c"
    assert rej.loc["empty text", "message_id"].endswith(":3")
    ing = ws.table("ingests").iloc[0]
    assert ing["rows_read"] == 3 and ing["loaded"] == 1 and ing["rejected"] == 2


def test_a_bad_file_stops_the_whole_ingest_before_anything_is_written(ws, samples, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"text": "cut off')
    with pytest.raises(WorkbenchError, match="truncated"):
        ws.ingest([samples / "support.mbox", bad])
    assert counts(ws) == {"messages": 0, "ingests": 0, "rejected": 0, "pii_vault": 0}


def test_a_failure_while_writing_rolls_everything_back(ws, samples, monkeypatch):
    ws.ingest([samples / "support.mbox"])
    before = counts(ws)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    real_write = Workspace._write_files
    calls = []

    def write_then_fail(self, *args):
        calls.append(1)
        if len(calls) == 2:
            boom()
        return real_write(self, *args)

    monkeypatch.setattr(Workspace, "_write_files", write_then_fail)
    with pytest.raises(RuntimeError):  # a batch of 5 rows: the first file is staged before the second fails
        ws.ingest([samples / "zendesk_tickets.json", samples / "intercom_conversations.json"], chunk_rows=5)
    assert len(calls) == 2 and counts(ws) == before  # the first file's rows were rolled back too


def test_a_process_killed_mid_ingest_leaves_the_workspace_as_it_was(tmp_path, samples):
    path = tmp_path / "ws"
    with Workspace(path) as w:
        w.ingest([samples / "support.mbox"])
        before = counts(w)
    script = textwrap.dedent(f"""
        import os
        from workbench.workspace import Workspace
        real = Workspace._write_files
        def write_and_die(self, *args):
            real(self, *args)
            os._exit(9)  # killed after the messages were inserted, before commit
        Workspace._write_files = write_and_die
        Workspace({str(path)!r}).ingest([{str(samples / "zendesk_tickets.json")!r}])
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 9
    with Workspace(path) as w:
        assert counts(w) == before
        assert w.ingest([samples / "zendesk_tickets.json"])[0].loaded == 9  # and it can be ingested afterwards


def test_export_parquet_and_csv_with_source_ids(ws, samples, tmp_path):
    ws.ingest([samples / "airline_tweets.csv"])
    out = ws.export("messages", tmp_path / "m.parquet")
    df = pd.read_parquet(out)
    assert len(df) == 16 and df["source_id"].iloc[0].startswith("91000000000000000")
    csv = pd.read_csv(ws.export("ingests", tmp_path / "i.csv"))
    assert csv.loc[0, "source"] == "airline_tweets.csv"
    with pytest.raises(WorkbenchError, match="writes .parquet, .csv or .xlsx"):
        ws.export("messages", tmp_path / "m.json")
    with pytest.raises(WorkbenchError, match="no table 'nope'") as told:
        ws.export("nope", tmp_path / "x.csv")
    assert "messages" in str(told.value) and "staged_" not in str(told.value)  # no ingest's staging table offered
    with pytest.raises(WorkbenchError, match="no table 'staged_messages'"):
        ws.export("staged_messages", tmp_path / "x.csv")


def test_reveal_shows_originals_only_on_request(ws, samples):
    ws.ingest([samples / "eml"])
    m = ws.messages().set_index(S.MESSAGE_ID)
    assert "[ADDRESS]" in m.loc["email:h1@example.com", S.TEXT]
    assert m.loc["email:h1@example.com", S.AUTHOR_ID].startswith("person-")
    assert m.loc["email:r1@acme-example.com", S.AUTHOR_ROLE] == "brand"  # learned from the first mail
    orig = ws.reveal(["email:h1@example.com"]).iloc[0]
    assert "42 Baker Street" in orig["text"] and orig["author_id"] == "helen.brooks@example.com"


def test_no_redact_keeps_text(ws, samples):
    ws.ingest([samples / "eml" / "complaint.eml"], redact=False)
    assert "42 Baker Street" in ws.messages()[S.TEXT].iloc[0]
    assert ws.table("pii_vault").empty


def test_brand_authors_option(ws, samples):
    reports = ws.ingest([samples / "whatsapp_support_chat.txt"],
                        options=LoadOptions(brand_authors=("Acme Broadband",)))
    assert reports[0].loaded == 10 and reports[0].rejected == {"system message (no author)": 1, "empty text": 1}
    assert ws.messages()[S.AUTHOR_ROLE].value_counts().to_dict() == {"customer": 6, "brand": 4}


def test_a_workspace_in_use_gives_a_clear_error(tmp_path):
    path = tmp_path / "ws"
    Workspace(path).close()
    db = str(path / "workbench.duckdb")
    code = f"import duckdb, time; c = duckdb.connect({db!r}); print('open', flush=True); time.sleep(30)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkbenchError, match="is another notebook or command using it"):
            Workspace(path)
    finally:
        holder.kill()


def test_read_only_on_a_missing_workspace(tmp_path):
    with pytest.raises(WorkbenchError, match="no workspace there yet"):
        Workspace(tmp_path / "nothing", read_only=True)


def test_schema_in_duckdb_matches_the_canonical_types(ws):
    types = dict(ws.con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                "WHERE table_name = 'messages'").fetchall())
    assert types["created_at"] == "TIMESTAMP WITH TIME ZONE" and types["rating"] == "DOUBLE"
    with pytest.raises(duckdb.ConstraintException):
        ws.con.execute("INSERT INTO messages (message_id, conversation_id, channel, source, author_role, text) "
                       "VALUES ('x', 'c', 'twitter', 's', 'customer', NULL)")


def test_a_process_killed_while_storing_an_analysis_leaves_its_topic_model_as_it_was(tmp_path, samples):
    """Killed after the new topic model is saved but before its run is committed: the workspace and
    models/topics stay as the last committed run left them; the next analysis clears what was left over."""
    path = tmp_path / "ws"
    with Workspace(path) as w:
        w.ingest([samples / "bitext_sample.csv"])
        w.analyse(embedding="static", progress=False)
        runs = len(w.table("analysis_runs"))
    model = path / "models" / "topics"
    before = {p.name: p.read_bytes() for p in model.rglob("*") if p.is_file()}
    script = textwrap.dedent(f"""
        import os
        from workbench.store import Store
        from workbench.workspace import Workspace
        def store_and_die(self, *args):
            self.con.begin()
            self.con.execute("DELETE FROM message_analysis")  # half-way through writing the run ...
            os._exit(9)  # ... killed before the commit
        Store.save_analysis = store_and_die
        from workbench.analysis.topics import TopicConfig
        Workspace({str(path)!r}).analyse(embedding="static", progress=False, force=True,
                                          config=TopicConfig(max_topics=5))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr[-2000:]
    assert (path / "models" / "topics.next").exists()  # the killed run got as far as saving its model
    assert {p.name: p.read_bytes() for p in model.rglob("*") if p.is_file()} == before
    with Workspace(path) as w:
        assert len(w.table("analysis_runs")) == runs and len(w.table("message_analysis")) > 0
        w.analyse(embedding="static", progress=False, force=True)
        assert len(w.table("analysis_runs")) == runs + 1
    assert not (path / "models" / "topics.next").exists() and (model / "fit.json").exists()


def _export_of_30_rows(tmp_path):
    lines = ["id,conversation_id,parent_id,author,role,text,created_at"]
    for i in range(1, 31):
        role, author = ("agent", "AcmeSupport") if i % 3 == 0 else ("customer", f"u{i % 7}")
        date = "not a date" if i in (4, 24) else f"2024-01-{i:02d}T10:00:00Z"
        lines.append(f"{i},c{i % 5},{i - 1 if i % 3 == 0 else ''},{author},{role},message number {i % 12},{date}")
    lines.insert(12, "99,c1,,u1,customer,too,many,fields")  # a broken line in the second chunk
    lines.append(lines[5])  # the same row again, in another chunk
    p = tmp_path / "export.csv"
    p.write_text("\n".join(lines) + "\n")
    return p


def test_a_file_read_in_chunks_is_stored_as_if_read_whole(tmp_path):
    """Tables are read, cleaned and stored in chunks inside one transaction: the same rows, set-aside rows,
    duplicates across chunks, replies to messages of earlier chunks and notes as reading the file whole."""
    export = _export_of_30_rows(tmp_path)
    stored = {}
    for rows in (7, 100_000):
        with Workspace(tmp_path / f"ws{rows}") as w:
            report = w.ingest([export], chunk_rows=rows)[0]
            m = w.table("messages").drop(columns="ingest_id").sort_values(S.MESSAGE_ID).reset_index(drop=True)
            stored[rows] = (report.rows_read, report.loaded, report.rejected, report.notes, m,
                            w.table("rejected")[["reason", "raw"]].sort_values("raw").reset_index(drop=True))
    chunked, whole = stored[7], stored[100_000]
    assert chunked[:4] == whole[:4]
    assert whole[:3] == (32, 30, {"wrong number of fields (the header has 7)": 1, "exact duplicate": 1})
    assert any(n.startswith("2 timestamps in column 'created_at' could not be read") for n in chunked[3])
    pd.testing.assert_frame_equal(chunked[4].drop(columns=S.AUTHOR_ID), whole[4].drop(columns=S.AUTHOR_ID))
    pd.testing.assert_frame_equal(chunked[5], whole[5])


def test_a_failure_in_a_later_chunk_stores_nothing(tmp_path, monkeypatch):
    export = _export_of_30_rows(tmp_path)
    calls = []
    real = Workspace._write_files

    def fail_on_third(self, *args):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(self, *args)

    monkeypatch.setattr(Workspace, "_write_files", fail_on_third)
    with Workspace(tmp_path / "ws") as w:
        with pytest.raises(RuntimeError, match="disk full"):
            w.ingest([export], chunk_rows=7)
        assert len(calls) == 3 and counts(w) == {"messages": 0, "ingests": 0, "rejected": 0, "pii_vault": 0}


def test_files_in_a_folders_subfolders_are_named_by_their_path_there(ws, tmp_path):
    export = tmp_path / "slack"
    (export / "help").mkdir(parents=True)
    (export / "billing").mkdir()
    (export / "users.json").write_text('[{"id": "U1", "name": "dana"}]')
    (export / "channels.json").write_text('[{"id": "C1", "name": "help"}, {"id": "C2", "name": "billing"}]')
    for channel, text in (("help", "the app crashes on start"), ("billing", "charged twice this month")):
        message = {"type": "message", "user": "U1", "text": text, "ts": "1709280000.0001"}
        (export / channel / "2024-03-01.json").write_text(json.dumps([message]))
    reports = ws.ingest([export])
    assert sorted(r.source for r in reports) == ["billing/2024-03-01.json", "help/2024-03-01.json"]
    assert sorted(ws.messages()[S.SOURCE]) == ["billing/2024-03-01.json", "help/2024-03-01.json"]
    assert sorted(ws.table("ingests")["source"]) == ["billing/2024-03-01.json", "help/2024-03-01.json"]


def test_a_text_file_in_a_folder_is_skipped_not_read_as_verbatims(ws, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "reviews.csv").write_text("review,stars\nbroke after a week,1\n")
    (folder / "notes.txt").write_text("exported by the marketing team\nfilters: last 30 days\n")
    reports = {r.source: r for r in ws.ingest([folder])}
    assert reports["reviews.csv"].loaded == 1
    assert reports["notes.txt"].skipped.startswith("a plain text file in a folder")
    assert ws.messages()[S.TEXT].tolist() == ["broke after a week"]
    # named on its own, it is read: one message per line
    assert ws.ingest([folder / "notes.txt"])[0].loaded == 2


def test_status_of_an_archive_of_the_brands_own_posts_says_so(ws, samples, capsys):
    from workbench.cli import print_status

    ws.ingest([samples / "x_archive" / "tweets.js"])
    print_status(ws.status())
    first = capsys.readouterr().out.splitlines()[1]
    assert "conversations all written by the brand (no customer messages)" in first


def test_an_ingest_of_many_files_is_said_per_format_not_per_file():
    from workbench.ingest.run import FileReport, report_lines

    days = [FileReport(f"help/2024-03-{d:02d}.json", "slack", 10, 9, {"exact duplicate": 1},
                       notes=["messages read as the brand's: admins"]) for d in range(1, 26)]
    days[0].notes.append("1 timestamp could not be read")
    others = [FileReport("users.csv", "table", 3, 3), FileReport("LICENSE", "?", skipped="not a known export format"),
              FileReport("NOTICE", "?", skipped="not a known export format")]
    lines = report_lines(days + others)
    assert lines == [
        "25 files [slack]: 250 read, 225 loaded, set aside: 25 exact duplicate",
        "  note (25 of the files): messages read as the brand's: admins",
        "  note: 1 timestamp could not be read",
        "1 file [table]: 3 read, 3 loaded",
        "2 files skipped: not a known export format",
    ]
    # a few files: each its own line and notes, as before
    assert report_lines(days[:2]) == [days[0].line(), "  note: messages read as the brand's: admins",
                                      "  note: 1 timestamp could not be read", days[1].line(),
                                      "  note: messages read as the brand's: admins"]


def test_small_files_cleaned_together_keep_their_own_counts_rows_and_originals(ws, tmp_path):
    # three small exports in one ingest, two of the same name in different folders; one message in two files
    a, b = tmp_path / "week1", tmp_path / "week2"
    a.mkdir()
    b.mkdir()
    (a / "export.csv").write_text("id,text,user\n1,my parcel is late call me on 07700 900123,ann\n2,love it,bob\n")
    (b / "export.csv").write_text("id,text,user\n2,love it,bob\n3,refund please,cy\n")
    (tmp_path / "other.csv").write_text("id,text,user\n9,app crashes,dee\n")
    reports = ws.ingest([a / "export.csv", b / "export.csv", tmp_path / "other.csv"])
    assert [(r.source, r.loaded, r.rejected) for r in reports] == [
        ("export.csv", 2, {}), ("export.csv", 1, {"exact duplicate": 1}), ("other.csv", 1, {})]
    ingests = ws.table("ingests").sort_values("ingest_id")
    assert ingests["loaded"].tolist() == [2, 1, 1] and ingests["rejected"].tolist() == [0, 1, 0]
    by_ingest = ws.con.execute("SELECT ingest_id, count(*) FROM messages GROUP BY 1 ORDER BY 1").fetchall()
    assert [n for _, n in by_ingest] == [2, 1, 1]
    assert ws.con.execute("SELECT ingest_id FROM rejected").fetchall() == [(int(ingests["ingest_id"].iloc[1]),)]
    assert ws.con.execute("SELECT count(*) FROM pii_vault").fetchone()[0] >= 1  # the phone number's original
    assert "[PHONE]" in " ".join(ws.messages()[S.TEXT])


def test_a_duplicate_across_files_of_one_batch_is_set_aside_under_the_later_file(ws, tmp_path):
    folder = tmp_path / "days"
    folder.mkdir()
    for d in range(1, 31):  # thirty one-message files, cleaned as one batch
        (folder / f"day{d:02d}.csv").write_text(f"id,text,user\n{d},message of day {d},u{d}\n")
    # day 5's message again, and one of its own
    (folder / "day31.csv").write_text("id,text,user\n5,message of day 5,u5\n31,message of day 31,u31\n")
    reports = {r.source: r for r in ws.ingest([folder])}
    assert reports["day05.csv"].loaded == 1 and reports["day05.csv"].rejected == {}
    assert reports["day31.csv"].loaded == 1 and reports["day31.csv"].rejected == {"exact duplicate": 1}
    ingests = ws.table("ingests").set_index("source")
    assert ingests["loaded"].sum() == 31 and ingests.loc["day31.csv", "rejected"] == 1
    assert ws.con.execute("SELECT count(*) FROM messages").fetchone()[0] == 31


def test_periods_and_exports_dated_by_the_month():
    from workbench import schema as S
    from workbench.errors import WorkbenchError

    assert [S.period_alias(p) for p in ("MS", "M", "month", "w", "Week", "D", " day ")] == [
        "M", "M", "M", "W", "W", "D", "D"]
    with pytest.raises(WorkbenchError, match="name a period of D"):
        S.period_alias("Q")
    firsts = pd.Series(pd.to_datetime(["2024-01-01", "2024-02-01", None, "2024-03-01"], utc=True))
    assert S.dated_by_month(firsts)
    assert not S.dated_by_month(firsts.head(1))  # one month: nothing to compare
    at_half_nine = pd.Series([pd.Timestamp("2024-01-01", tz="UTC"), pd.Timestamp("2024-02-01 09:30", tz="UTC")])
    assert not S.dated_by_month(at_half_nine)
    assert not S.dated_by_month(pd.Series(pd.to_datetime(["2024-01-01", "2024-02-02"], utc=True)))
    assert not S.dated_by_month(pd.Series([], dtype="datetime64[ns, UTC]"))
