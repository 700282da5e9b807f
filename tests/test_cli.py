"""The `workbench` command as a user runs it: real processes, exit codes and one-sentence errors."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd)


def test_ingest_status_export_round_trip(tmp_path, samples):
    ws = tmp_path / "ws"
    p = run("ingest", samples / "customer_care_tweets.json", samples / "support.mbox", "--workspace", ws)
    assert p.returncode == 0, p.stderr
    assert "customer_care_tweets.json [customer-care-json]: 2,350 read, 2,343 loaded, set aside: 7 exact duplicate" \
        in p.stdout
    assert "2,348 messages in 1,026 conversations" in p.stdout
    again = run("ingest", samples / "support.mbox", "--workspace", ws)
    assert "support.mbox: already ingested (as support.mbox); nothing added" in again.stdout
    st = run("status", "--workspace", ws)
    assert st.returncode == 0 and "2,348 messages" in st.stdout and "customer-care-json" in st.stdout
    out = tmp_path / "m.parquet"
    ex = run("export", "messages", "--out", out, "--workspace", ws)
    assert ex.returncode == 0 and f"wrote 2,348 rows of 'messages' to {out}" in ex.stdout
    df = pd.read_parquet(out)
    assert {"source_id", "conversation_id", "author_role", "language"} <= set(df.columns)


def test_mapping_and_options_from_the_command_line(tmp_path):
    f = tmp_path / "crm.csv"
    f.write_text("Case,Body,Date Sent,Who,Side\n1,My parcel never arrived,05/03/2024 10:00,ann,Customer\n"
                 "1,Sorry! Refund sent,05/03/2024 11:00,acme,Agent\n")
    p = run("ingest", f, "--map", "text=Body", "--map", "created_at=Date Sent", "--map", "author_id=Who",
            "--map", "author_role=Side", "--map", "conversation_id=Case", "--dayfirst", "--channel", "email",
            "--workspace", tmp_path / "ws")
    assert p.returncode == 0, p.stderr
    out = tmp_path / "m.csv"
    run("export", "messages", "--out", out, "--workspace", tmp_path / "ws")
    df = pd.read_csv(out)
    assert df["author_role"].tolist() == ["customer", "brand"] and df["conversation_id"].nunique() == 1
    assert df["created_at"].iloc[0].startswith("2024-03-05 10:00") and (df["channel"] == "email").all()


@pytest.mark.parametrize(("text", "encoding"), [
    ("Die Lieferung kam zu spät, die Größe war falsch. Grüße aus Köln", "cp1252"),  # Excel on Windows, German
    ("Très déçu, où est mon remboursement? Merci «vraiment»", "cp1252"),
    ("Zamówienie przyszło za późno, rozmiar był zły, żółć", "cp1250"),  # Polish: Windows' Central European
    ("Заказ пришёл поздно, размер не тот", "cp1251"),
])
def test_an_export_saved_in_a_windows_encoding_is_read_with_a_note(tmp_path, text, encoding):
    f = tmp_path / "kommentare.csv"
    f.write_bytes(("id;text\n" + "".join(f"{i};{text} ({i})\n" for i in range(5))).encode(encoding))
    p = run("ingest", f, "--workspace", tmp_path / "ws")
    assert p.returncode == 0, p.stderr
    assert f"kommentare.csv is not UTF-8: read as {encoding}, detected from its bytes" in p.stdout
    out = tmp_path / "m.csv"
    run("export", "messages", "--out", out, "--workspace", tmp_path / "ws")
    assert pd.read_csv(out)["text"].tolist()[0] == f"{text} (0)"


def test_a_utf8_export_with_a_row_pasted_from_a_windows_file_keeps_its_utf8(tmp_path):
    # Curly quotes and accents in UTF-8 on every row, and one row whose "é" is Windows-1252's byte 0xe9: the
    # file is read as UTF-8, that one byte as Windows-1252, with a note naming its line; read whole as a
    # single-byte encoding, every "’" would come out as "â€™".
    f = tmp_path / "reviews.csv"
    rows = [f"{i},It’s too small – returned it ({i})".encode() for i in range(5)]
    rows.insert(3, "9,Caf\xe9 cr\xe8me dress".encode("cp1252"))
    f.write_bytes(b"id,text\n" + b"\n".join(rows) + b"\n")
    p = run("ingest", f, "--workspace", tmp_path / "ws")
    assert p.returncode == 0, p.stderr
    assert "reviews.csv is UTF-8 but for a few bytes, the first on line 5: those read as Windows-1252" in p.stdout
    out = tmp_path / "m.csv"
    run("export", "messages", "--out", out, "--workspace", tmp_path / "ws")
    assert sorted(pd.read_csv(out)["text"]) == sorted(["Café crème dress",
                                                       *(f"It’s too small – returned it ({i})" for i in range(5))])


def test_formats_lists_them_all():
    p = run("formats")
    for name in ("table", "twcs", "x-archive", "customer-care-json", "whatsapp", "telegram", "messenger",
                 "instagram", "mbox", "eml", "zendesk", "intercom", "youtube", "graph-comments", "discord", "slack",
                 "lines", "helpscout", "freshdesk", "auto"):
        assert f"\n{name} " in "\n" + p.stdout


@pytest.mark.parametrize(("name", "content", "args", "expected"), [
    (None, None, [], "no such file; check the path"),
    ("notes.dat", b"just some words\nnothing like an export\n", [], "format not recognised; name it with --format, one "
                                                                     "of: call-analytics, whatsapp"),
    ("x.csv", b"a,b\n1,2\n", ["--format", "excelish"],
     "unknown format 'excelish'; known formats: call-analytics, whatsapp"),
    ("survey.ods", b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet", [],
     "an OpenDocument spreadsheet, which the workbench does not read; save it as .xlsx or .csv"),
    ("complaint.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", [], "an Outlook message file, which the workbench does "
                                                                 "not read; save the e-mails as .eml files"),
    ("slack export.zip", b"PK\x03\x04users.json", [], "the archive cannot be opened (File is not a zip file); "
                                                      "download it again, or unpack it"),
    ("takeout.tgz", b"\x1f\x8b\x08\x00", [], "a compressed archive, which the workbench does not open; unpack it"),
    ("empty.zip", b"PK\x05\x06" + b"\x00" * 18, [], "the archive holds no files; download it again"),
    ("x.csv", b"ticket,Customer Note\n1,my router is broken again\n", [], 'name it with --map text="Customer Note"'),
    ("x.csv", b"id,text\n1,\xff\xfe\xfd\x00\x01\x02\x80\x81\n", [], "is not valid UTF-8; the file was probably saved"),
    ("x.json", b'[{"text": "hello"}, {"text": "cut', [], "the JSON ends too early (truncated?)"),
    ("x.csv", b"", [], "the file is empty"),
    ("x.csv", b"\xff\xfe\x00\x01garbage", [], "it starts as UTF-16 but byte 10 is not"),
    ("x.csv", b"a,b\n1,2\n", ["--map", "text"], "--map text: write FIELD=COLUMN"),
    ("x.json", b"[" * 100_000 + b"]" * 100_000, [], "nested too deeply"),
])
def test_bad_input_is_one_clear_sentence_and_writes_nothing(tmp_path, name, content, args, expected):
    path = tmp_path / (name or "missing.csv")
    if content is not None:
        path.write_bytes(content)
    ws = tmp_path / "ws"
    p = run("ingest", path, *args, "--workspace", ws)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0]
    if name is not None and "--format" not in args and "--map" not in args:
        assert str(path) in lines[0]  # the sentence names the file
    assert not ws.exists()  # a failed first ingest leaves no empty workspace behind


def test_a_failed_ingest_into_an_existing_workspace_keeps_it(tmp_path, samples):
    ws = tmp_path / "ws"
    assert run("ingest", samples / "airline_tweets.csv", "--workspace", ws).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"")
    assert run("ingest", bad, "--workspace", ws).returncode == 2
    assert "16 messages" in run("status", "--workspace", ws).stdout


def test_an_ingest_read_only_in_part_keeps_its_workspace(tmp_path, samples):
    # `workbench ingest ... | head -1`: the reader closes the pipe after one line; the new workspace stays whole
    ws = tmp_path / "ws"
    cmd = f"{sys.executable} -m workbench.cli ingest {samples / 'airline_tweets.csv'} --workspace {ws} | head -1"
    subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, check=True)
    assert "16 messages" in run("status", "--workspace", ws).stdout


def test_status_without_a_workspace(tmp_path):
    p = run("status", "--workspace", tmp_path / "none")
    told = f"no workspace there yet; run `workbench ingest PATH --workspace {tmp_path / 'none'}` first"
    assert p.returncode == 2 and told in p.stderr  # the workspace asked for, not the default
    # nor do the commands that read a workspace make an empty one: they say the same
    labels = tmp_path / "labels.csv"
    labels.write_text("message_id,label\nm1,negative\n", encoding="utf-8")
    for command in (("analyse",), ("report", "--out", tmp_path / "reports"), ("label", labels)):
        p = run(*command, "--workspace", tmp_path / "none")
        assert p.returncode == 2 and told in p.stderr, command
        assert not (tmp_path / "none").exists()


def test_paths_of_the_wrong_kind_are_one_sentence_and_touch_nothing(tmp_path, samples):
    import duckdb

    a_file = tmp_path / "notes.txt"
    a_file.write_text("my notes", encoding="utf-8")
    p = run("ingest", samples / "airline_tweets.csv", "--workspace", a_file)
    assert p.returncode == 2 and "is a file, not a workspace folder" in p.stderr and "Traceback" not in p.stderr
    assert a_file.read_text(encoding="utf-8") == "my notes"
    foreign = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE sales AS SELECT 1 AS x")
    before = foreign.read_bytes()
    p = run("ingest", samples / "airline_tweets.csv", "--workspace", foreign)
    assert p.returncode == 2 and "did not make; it was left untouched" in p.stderr
    assert foreign.read_bytes() == before
    ws = tmp_path / "ws"
    assert run("ingest", samples / "airline_tweets.csv", "--workspace", ws).returncode == 0
    p = run("export", "messages", "--out", tmp_path, "--workspace", ws)
    assert p.returncode == 2 and "a folder; give --out a file name" in p.stderr and "Traceback" not in p.stderr
    p = run("report", "--out", a_file, "--workspace", ws, "--embedding", "static")
    assert p.returncode == 2 and "a file; give --out a folder" in p.stderr and "Traceback" not in p.stderr


def test_an_export_of_the_brands_own_posts_says_there_is_nothing_from_customers(tmp_path, samples):
    # An X archive holds the account's own tweets: 133 kept after retweets, every one the brand's
    ws = tmp_path / "ws"
    assert run("ingest", samples / "x_archive", "--workspace", ws).returncode == 0
    r = run("analyse", "--workspace", ws, "--embedding", "static")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "no customer messages to analyse: all 133 messages are the brand's own posts" in r.stderr


def test_analysing_an_export_whose_every_row_was_set_aside_says_why(tmp_path):
    f = tmp_path / "empty.csv"
    f.write_text("id,text,date\n1,,2024-01-01\n2,,2024-01-02\n")
    assert run("ingest", f, "--workspace", tmp_path / "ws").returncode == 0
    p = run("analyse", "--workspace", tmp_path / "ws", "--embedding", "static")
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert ("no customer messages to analyse: every row ingested was set aside (2 empty text); see them with "
            f"`workbench export rejected --out rejected.csv --workspace {tmp_path / 'ws'}`") in p.stderr


def test_status_says_authors_whose_roles_are_unknown_rather_than_no_authors(capsys):
    from workbench.cli import print_status

    st = {"workspace": "ws", "period": (None, None), "messages": 2, "conversations": 1, "customers": 0,
          "unknown_authors": 2, "by_channel": {"whatsapp": 2}, "by_role": {"unknown": 2}, "brands": {},
          "languages": {"en": 2}, "rejected_by_reason": {}, "redacted_messages": 0}
    print_status(st)
    line = capsys.readouterr().out.splitlines()[1]
    assert line == ("  2 messages in 1 conversation from 2 authors whose roles are not known (--brand-author NAME "
                    "names the brand's side), no dates")
    # one day, and messages whose dates could not be read, said so
    day = pd.Timestamp("2024-03-03 10:00", tz="UTC")
    print_status({**st, "period": (day, day + pd.Timedelta(hours=5)), "dated": 1})
    line = capsys.readouterr().out.splitlines()[1]
    assert line.endswith("names the brand's side), on 2024-03-03 (1 message with no date)")
    # nothing set aside: no command to export an empty table; rows set aside: the command, with the workspace
    print_status(st)
    assert "  set aside: none\n" in capsys.readouterr().out
    print_status({**st, "workspace": "ws/workbench.duckdb", "rejected_by_reason": {"empty text": 1_200}})
    assert "  set aside: empty text 1,200 (see `workbench export rejected --out rejected.csv --workspace ws`)" \
        in capsys.readouterr().out


def test_status_counts_the_messages_that_name_no_author_beside_the_customers(tmp_path, capsys):
    from workbench.cli import main

    # tweets by two customers, and three reviews exported with no author beside them
    (tmp_path / "tweets.csv").write_text("id,author,text,date\n1,ann,My parcel never came,2024-03-01\n"
                                         "2,bob,Still no refund for my order,2024-03-02\n"
                                         "3,ann,Any news on that parcel?,2024-03-03\n", encoding="utf-8")
    (tmp_path / "reviews.csv").write_text("review\nThe strap broke in a week\n\"Lovely colour, fits well\"\n"
                                          "Arrived late and scratched\n", encoding="utf-8")
    ws = str(tmp_path / "ws")
    assert main(["ingest", str(tmp_path / "tweets.csv"), str(tmp_path / "reviews.csv"), "--workspace", ws]) == 0
    capsys.readouterr()
    assert main(["status", "--workspace", ws]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert line.startswith("  6 messages in 6 conversations from 2 customers (3 messages naming no author), ")


def test_a_zip_archive_is_read_as_the_folder_it_holds(tmp_path, samples):
    # exports arrive zipped (a Slack or X export, a chat with its media): each file in it is read, named by the
    # archive and its path there; the same archive again adds nothing
    import zipfile

    from workbench.errors import WorkbenchError
    from workbench.ingest.formats import load

    archive = tmp_path / "exports.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(samples / "airline_tweets.csv", "march/airline_tweets.csv")
        z.writestr("march/photo.jpg", b"\xff\xd8\xff\xe0 not an export")
        z.writestr("../outside.csv", "text\nan entry that names a path outside the archive\n")
    ws = tmp_path / "ws"
    p = run("ingest", archive, "--workspace", ws)
    assert p.returncode == 0, p.stderr
    assert "exports.zip/march/airline_tweets.csv [table]: 16 read, 16 loaded" in p.stdout
    assert "exports.zip/march/photo.jpg" in p.stdout and "skipped" in p.stdout
    assert "exports.zip/outside.csv [table]: 1 read" in p.stdout and not (tmp_path / "outside.csv").exists()
    assert "17 messages" in run("status", "--workspace", ws).stdout
    with pytest.raises(WorkbenchError, match="a .zip archive of files; `workbench ingest` reads it whole"):
        load(archive)  # one file at a time from Python: which one is the researcher's to say
    again = run("ingest", archive, "--workspace", ws)
    assert again.returncode == 0 and "already ingested" in again.stdout
    assert "17 messages" in run("status", "--workspace", ws).stdout


def test_archives_in_a_folder_and_in_archives_are_read_too(tmp_path, samples):
    import zipfile

    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "notes.csv").write_text("text\nthe first export and not zipped\n")
    inner = tmp_path / "april.zip"
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("april.csv", "text\nan export zipped twice\n")
    with zipfile.ZipFile(exports / "march.zip", "w") as z:
        z.write(samples / "airline_tweets.csv", "airline_tweets.csv")
        z.write(inner, "april.zip")
    p = run("ingest", exports, "--workspace", tmp_path / "ws")
    assert p.returncode == 0, p.stderr
    for name in ("notes.csv [table]: 1 read", "march.zip/airline_tweets.csv [table]: 16 read",
                 "april.zip/april.csv [table]: 1 read"):
        assert name in p.stdout
    assert "18 messages" in run("status", "--workspace", tmp_path / "ws").stdout


def test_an_export_dated_by_the_month_is_compared_month_by_month(tmp_path, samples):
    """A survey's "Month" column ("Jan 2024"): every message on the first of its month. Compared by weeks, three
    weeks in four were empty, the last month read as covering one of its 30 days, and the summary said "from 01
    Jan 2024 to 01 Jun 2024"; `--period MS`, as the help offered, stopped with a traceback from pandas."""
    texts = pd.read_json(samples / "customer_care_tweets.json")["dialogContent"].map(lambda d: d[0]["message"])
    months = ["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024"]
    survey = tmp_path / "monthly.csv"
    pd.DataFrame({"Month": [months[i % 6] for i in range(240)], "Feedback": texts.head(240).to_numpy()}).to_csv(
        survey, index=False)
    ws = tmp_path / "ws"
    assert run("ingest", survey, "--workspace", ws).returncode == 0
    out = run("analyse", "--workspace", ws, "--embedding", "static")
    assert out.returncode == 0, out.stderr
    said = " ".join(out.stdout.split())
    assert "from January 2024 to June 2024" in said and "01 Jan 2024" not in said
    assert "in the 6 months the export spans" in said or "alerts" in said
    exported = tmp_path / "over_time.csv"
    assert run("export", "topics_over_time", "--out", exported, "--workspace", ws).returncode == 0
    over_time = pd.read_csv(exported)
    assert sorted(over_time["period"].str[:10].unique()) == [f"2024-0{m}-01" for m in range(1, 7)]
    assert (over_time["days_covered"] == over_time["period_days"]).all()  # June is a whole month, not its 1st
    assert set(over_time["period_days"]) == {31, 29, 30}
    # the period named as the help names it, in any of its spellings; a period that is none is one sentence
    for period in ("MS", "M", "month", "W"):
        assert run("analyse", "--workspace", ws, "--embedding", "static", "--period", period).returncode == 0
    bad = run("analyse", "--workspace", ws, "--embedding", "static", "--period", "Q")
    assert bad.returncode == 2 and "--period Q: name a period of D (days), W (weeks) or M (months)." in bad.stderr


def test_status_names_the_brands_the_analysis_inferred(tmp_path, samples):
    """Customer tweets with no brand column: `workbench status` said "brands (0): none" after an analysis that
    had found the brands they write to."""
    texts = pd.read_json(samples / "customer_care_tweets.json")["dialogContent"].map(lambda d: d[0]["message"])
    texts = texts.str.replace(r"^(\s*@\w+)+", "", regex=True).str.strip().head(60)
    tweets = tmp_path / "tweets.csv"
    pd.DataFrame({"user": [f"u{i}" for i in range(60)],
                  "text": [f"@{'AcmeSupport' if i % 3 else 'GlobexHelp'} {t}" for i, t in enumerate(texts)]}
                 ).to_csv(tweets, index=False)
    ws = tmp_path / "ws"
    assert run("ingest", tweets, "--workspace", ws).returncode == 0
    assert "brands (0): none" in run("status", "--workspace", ws).stdout  # nothing inferred before an analysis
    assert run("analyse", "--workspace", ws, "--embedding", "static").returncode == 0
    said = run("status", "--workspace", ws).stdout
    assert "brands inferred by the latest analysis (2): AcmeSupport 40, GlobexHelp 20" in said
    assert "brands (0)" not in said
