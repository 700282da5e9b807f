"""The DuckDB workspace: idempotent, transactional ingest that keeps what it sets aside."""

from __future__ import annotations

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


def test_rejected_rows_are_kept_with_reasons(ws, tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("id,text\n1,fine\n2,a,b,c\n3,\n")
    ws.ingest([p])
    rej = ws.table("rejected").set_index("reason")
    assert rej.loc["4 fields where the header has 2", "location"] == "line 3"
    assert rej.loc["4 fields where the header has 2", "raw"] == "2,a,b,c"
    assert rej.loc["empty text", "message_id"] == "r.csv:3"
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

    real_write = Workspace._write_file
    calls = []

    def write_then_fail(self, *args):
        calls.append(1)
        if len(calls) == 2:
            boom()
        return real_write(self, *args)

    monkeypatch.setattr(Workspace, "_write_file", write_then_fail)
    with pytest.raises(RuntimeError):
        ws.ingest([samples / "zendesk_tickets.json", samples / "intercom_conversations.json"])
    assert counts(ws) == before  # the first file's rows were rolled back too


def test_a_process_killed_mid_ingest_leaves_the_workspace_as_it_was(tmp_path, samples):
    path = tmp_path / "ws"
    with Workspace(path) as w:
        w.ingest([samples / "support.mbox"])
        before = counts(w)
    script = textwrap.dedent(f"""
        import os
        from workbench.workspace import Workspace
        real = Workspace._write_file
        def write_and_die(self, *args):
            real(self, *args)
            os._exit(9)  # killed after the messages were inserted, before commit
        Workspace._write_file = write_and_die
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
    with pytest.raises(WorkbenchError, match="writes .parquet or .csv"):
        ws.export("messages", tmp_path / "m.xlsx")
    with pytest.raises(WorkbenchError, match="no table 'nope'"):
        ws.export("nope", tmp_path / "x.csv")


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
