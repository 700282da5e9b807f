"""The generic table loader: delimiters, encodings, line endings, broken lines, mapping, file types."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import LoadOptions, load
from workbench.ingest.formats.columns import automap


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_any_delimiter(tmp_path, delim):
    p = write(tmp_path, "export.csv", delim.join(["id", "message", "date"]).encode() + b"\n"
              + delim.join(["1", "hello there", "2024-01-02"]).encode() + b"\n")
    m = load(p).messages
    assert m.loc[0, S.TEXT] == "hello there" and m.loc[0, S.SOURCE_ID] == "1"


def test_bom_crlf_quoted_newlines_and_stray_carriage_return(tmp_path):
    data = ('\ufeffid,text,created_at\r\n1,"line one\r\nline two",2024-01-01T10:00:00Z\r\n'
            '2,has a stray\rreturn,2024-01-01T11:00:00Z\r\n').encode()
    res = load(write(tmp_path, "t.csv", data))
    m = res.messages
    assert list(m[S.SOURCE_ID]) == ["1", "2"] and res.rejected.empty
    assert m.loc[0, S.TEXT] == "line one\nline two"
    assert m.loc[1, S.TEXT] == "has a stray return"
    assert res.mapping[S.SOURCE_ID] == "id"  # the BOM did not stick to the first column name


def test_broken_line_is_rejected_with_its_line_number_and_kept(tmp_path):
    data = b"id,text,stars\n1,fine,5\n2,too,many,fields,here\n3,also fine,4\n"
    res = load(write(tmp_path, "r.csv", data))
    assert list(res.messages[S.SOURCE_ID]) == ["1", "3"]
    assert res.rejected.to_dict("records") == [
        {"location": "line 3 (5 fields)", "reason": "wrong number of fields (the header has 3)",
         "raw": "2,too,many,fields,here"}]
    assert res.rows_read == 3


def test_explicit_mapping_with_spaces_in_names(tmp_path):
    data = b"Ticket,Body,Date Sent,Who\nT1,My card was declined,03/04/2024 10:00,anna\n"
    opts = LoadOptions(mapping={"text": "Body", "created_at": "Date Sent", "author_id": "Who"}, dayfirst=True)
    res = load(write(tmp_path, "x.csv", data), options=opts)
    m = res.messages
    assert m.loc[0, S.TEXT] == "My card was declined" and m.loc[0, S.AUTHOR_ID] == "anna"
    assert m.loc[0, S.CREATED_AT] == pd.Timestamp("2024-04-03 10:00", tz="UTC")
    assert m.loc[0, S.CONVERSATION_ID] == m.loc[0, S.MESSAGE_ID]  # 'Ticket' is no known name ('ticket_id' is)
    assert '"Ticket": "T1"' in m.loc[0, S.METADATA].replace(":", ": ").replace(":  ", ": ")


def test_timezone_for_naive_timestamps(tmp_path):
    data = b"text,date\nhello,2024-07-01 12:00\n"
    m = load(write(tmp_path, "t.csv", data), options=LoadOptions(timezone="Europe/Paris")).messages
    assert m.loc[0, S.CREATED_AT] == pd.Timestamp("2024-07-01 10:00", tz="UTC")


def test_a_literal_quote_inside_a_field_is_fine(tmp_path):
    m = load(write(tmp_path, "q.csv", b'id,text\n1,my 5" screen cracked\n')).messages
    assert m.loc[0, S.TEXT] == 'my 5" screen cracked'


def test_unreadable_dates_are_counted_in_a_note(tmp_path):
    res = load(write(tmp_path, "t.csv", b"text,date\na,2024-01-01\nb,yesterday\n"))
    assert res.messages[S.CREATED_AT].isna().tolist() == [False, True]
    assert any("1 timestamp in" in n and "yesterday" in n for n in res.notes)


def test_roles_from_a_role_column(tmp_path):
    data = b"conversation_id,sender_type,message\nc1,customer,hi\nc1,agent,hello\nc1,bot,menu\n"
    m = load(write(tmp_path, "chat.csv", data)).messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand"]
    assert m[S.CONVERSATION_ID].nunique() == 1 and (m[S.CHANNEL] == "chat").all()
    # a messaging tool's export says which way each message went
    data = b"conversation_id,direction,message\nc1,Incoming,my order is late\nc1,Outgoing,sorry about that\n"
    assert load(write(tmp_path, "sms.csv", data)).messages[S.AUTHOR_ROLE].tolist() == ["customer", "brand"]


def test_excel_parquet_json_and_jsonl(tmp_path):
    df = pd.DataFrame({"comment": ["slow delivery", "great"], "score": [2, 9], "respondent": ["a", "b"]})
    df.to_excel(tmp_path / "s.xlsx", index=False)
    df.to_parquet(tmp_path / "s.parquet")
    df.to_json(tmp_path / "s.json", orient="records")
    df.to_json(tmp_path / "s.jsonl", orient="records", lines=True)
    (tmp_path / "wrapped.json").write_text('{"data": ' + df.to_json(orient="records") + "}")
    (tmp_path / "pretty.json").write_text(json.dumps({"data": json.loads(df.to_json(orient="records"))}, indent=2))
    df.to_json(tmp_path / "dump.json", orient="records", lines=True)  # JSON lines named .json (Yelp's dumps)
    for name in ("s.xlsx", "s.parquet", "s.json", "s.jsonl", "wrapped.json", "pretty.json", "dump.json"):
        m = load(tmp_path / name).messages
        assert m[S.TEXT].tolist() == ["slow delivery", "great"], name
        assert m[S.RATING].tolist() == [2, 9] and (m[S.CHANNEL] == "survey").all(), name
    # a first line longer than a file's head is still a line of its own
    long = df.assign(comment=["slow" * 20000, "great"])
    long.to_json(tmp_path / "long.json", orient="records", lines=True)
    assert load(tmp_path / "long.json").messages[S.TEXT].str.len().tolist() == [80000, 5]


def test_jsonl_broken_line_is_rejected(tmp_path):
    p = write(tmp_path, "x.jsonl", b'{"text": "ok"}\n{"text": "broken\n{"text": "ok too"}\n')
    res = load(p)
    assert res.messages[S.TEXT].tolist() == ["ok", "ok too"]
    assert res.rejected.loc[0, "location"] == "line 2"


def test_automap_prefers_text_over_response():
    chosen = automap(["instruction", "response", "intent"], {}, path=None)
    assert chosen[S.TEXT] == "instruction"


def test_same_rows_without_ids_get_the_same_content_ids(tmp_path):
    a = load(write(tmp_path, "a.csv", b"user,text,date\nu1,hello,2024-01-01\n")).messages
    b = load(write(tmp_path, "b.csv", b"user,text,date\nu1,hello,2024-01-01\n")).messages
    assert a.loc[0, S.MESSAGE_ID] == b.loc[0, S.MESSAGE_ID]


@pytest.mark.parametrize(("data", "message"), [
    (b"foo,bar\n1,2\n", "no column holds the message text"),
    # numbers only: no column to suggest, so none is (not "--map text=foo")
    (b"foo,bar\n1,2\n", "no column holds words either (numbers, dates and ids only): check that this is the export"),
    (b"id,text\n", "has a header but no rows"),
    (b"", "the file is empty"),
    (b"id,text\n1,caf\xe9\n", "is not valid UTF-8"),
    (b'id,text\n1,ok\n2,"never closed\n3,lost\n', "a quote opened on line 3 is never closed"),
    # binary files under a text file's name: said for what they are, not as an encoding to guess
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00garbage", "this is no text file but a ZIP archive"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is no text file but a PDF document"),
    (b"\x00\x01\x02\x03" * 64, "the file holds NUL bytes"),
    (b"t\x00e\x00x\x00t\x00\n\x00h\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00\n\x00", "--encoding utf-16"),
])
def test_bad_tables_give_one_clear_sentence(tmp_path, data, message):
    p = write(tmp_path, "bad.csv", data)
    with pytest.raises(WorkbenchError) as exc:
        load(p)
    assert str(p) in str(exc.value) and message in str(exc.value)


def test_a_workbook_under_a_csv_name_is_named_for_what_it_is_and_a_stray_nul_is_read_around(tmp_path):
    book = tmp_path / "export.csv"
    pd.DataFrame({"text": ["my parcel is late", "refund please"]}).to_excel(book, index=False, engine="openpyxl")
    with pytest.raises(WorkbenchError, match="an Excel workbook saved under a text file's name: rename it to .xlsx"):
        load(book)
    stray = load(write(tmp_path, "stray.csv", b"text\nhello\x00world\nsecond row\n")).messages
    assert len(stray) == 2 and stray[S.TEXT].iloc[1] == "second row"


def test_missing_text_column_error_shows_the_fix(tmp_path):
    p = write(tmp_path, "bad.csv", b"Ticket ID,Customer Note,Date\n1,my router is broken again,2024-01-01\n")
    with pytest.raises(WorkbenchError) as exc:
        load(p)
    msg = str(exc.value)
    assert "columns found: Ticket ID, Customer Note, Date" in msg
    assert '--map text="Customer Note"' in msg
    # A long timestamp column is no message: short notes still win, being words.
    p = write(tmp_path, "bad2.csv", b"ticket,Sent,Note\n1,2024-01-01 10:00:00,broken\n2,2024-01-02 11:00:00,no wifi\n")
    with pytest.raises(WorkbenchError, match="--map text=Note"):
        load(p)


def test_encoding_option_reads_cp1252(tmp_path):
    p = write(tmp_path, "w.csv", "id,text\n1,café crème\n".encode("cp1252"))
    assert load(p, options=LoadOptions(encoding="cp1252")).messages.loc[0, S.TEXT] == "café crème"


def test_old_mac_line_endings_with_newlines_inside_quoted_fields(tmp_path, monkeypatch):
    """Rows ended by lone carriage returns (old Mac exports, as SXSW's brand tweets) and a tweet written over
    two lines inside its quotes: three rows, the newline kept in its text; the same when read in blocks."""
    from workbench.ingest.formats import base, tabular

    data = 'id,text\r1,"first line\nsecond line"\r2,plain\r3,"caf\xe9 \x9d"\r'.encode("latin-1")
    p = write(tmp_path, "mac.csv", data)
    with pytest.raises(WorkbenchError, match="pass --encoding latin-1"):  # 0x9d: no character in Windows-1252
        load(p)
    whole = load(p, options=LoadOptions(encoding="latin-1"))
    assert whole.messages[S.TEXT].tolist()[:2] == ["first line\nsecond line", "plain"] and whole.rejected.empty
    assert len(whole.messages) == 3
    monkeypatch.setattr(tabular, "STREAM_BYTES", 1)
    real = base.stream_lines
    monkeypatch.setattr(tabular, "stream_lines", lambda path, options: real(path, options, block=5))
    chunks = tabular.TabularLoader().load_chunks(p, LoadOptions(encoding="latin-1"), rows=2)
    streamed = pd.concat([c.messages for c in chunks], ignore_index=True)
    assert streamed[S.TEXT].tolist() == whole.messages[S.TEXT].tolist()


def test_a_file_saved_on_a_mac_reads_as_mac_roman_and_utf8_read_as_windows_1252_is_mended(tmp_path):
    """Lone carriage returns end the lines of a CSV saved on a Mac (Excel for Mac's), whose encoding is Mac
    Roman: "é" is its byte 0x8e. SXSW's brand tweets are such a file, holding UTF-8 that had been read as
    Windows-1252 before ("youâ€™re" for "you’re"): read as Mac Roman, then mended, the quotes come back (a
    detector had read it as Cyrillic: "you‰Ыєre")."""
    from workbench.ingest.clean import normalise_text
    from workbench.ingest.formats.base import guess_encoding

    data = "id,text\r1,Très déçu\r2,Whether youâ€™re at #SXSW\r3,“quoted” — naïve\r".encode("mac-roman")
    path = write(tmp_path, "mac.csv", data)
    encoding, note = guess_encoding(path)
    assert encoding == "mac-roman" and "mac.csv is not UTF-8: read as mac-roman" in note
    texts = load(path, options=LoadOptions(encoding=encoding)).messages[S.TEXT].map(normalise_text).tolist()
    assert texts == ["Très déçu", "Whether you’re at #SXSW", "“quoted” — naïve"]
    # UTF-8 read as Windows-1252 once is mended wherever it comes from; text that only looks alike is left alone
    assert normalise_text("Itâ€™s a cafÃ© dress") == "It’s a café dress"
    assert normalise_text("Grüße, naïve “café” — Ça va") == "Grüße, naïve “café” — Ça va"


def test_metadata_of_a_latin1_file_survives_characters_python_breaks_lines_on(tmp_path):
    # U+0085 (cp1252's ellipsis read as Latin-1) and U+2028 inside an unmapped column: still one row each.
    data = "id,text,note\n1,hello there,wait\x85 more\n2,second one,a\u2028b\n".encode("utf-8")
    m = load(write(tmp_path, "n.csv", data)).messages
    assert len(m) == 2 and m[S.METADATA].str.contains("more").tolist() == [True, False]


def test_utf16_with_bom(tmp_path):
    p = write(tmp_path, "u.csv", "id\ttext\n1\tnaïve\n".encode("utf-16"))
    assert load(p).messages.loc[0, S.TEXT] == "naïve"


def test_bad_mapping_names_the_fix(tmp_path):
    p = write(tmp_path, "m.csv", b"a,b\n1,2\n")
    with pytest.raises(WorkbenchError, match="names a column that is not there; columns found: a, b"):
        load(p, options=LoadOptions(mapping={"text": "Body"}))
    with pytest.raises(WorkbenchError, match="'txt' is not a field"):
        load(p, options=LoadOptions(mapping={"txt": "a"}))


def test_a_field_too_long_sets_its_row_aside_not_the_file(tmp_path):
    huge = "x" * 131_073  # one more than Python's csv module reads by default
    data = f'id,text\n1,first\n2,"{huge}"\n3,third\n'.encode()
    res = load(write(tmp_path, "long.csv", data))
    assert res.messages[S.TEXT].tolist() == ["first", "third"]
    assert res.rejected[["location", "reason"]].to_dict("records") == [
        {"location": "line 3", "reason": "a field longer than 131,072 characters"}]
    assert len(res.rejected.loc[0, "raw"]) == 10_000 and res.rows_read == 3
    just_fits = "y" * 131_072
    ok = load(write(tmp_path, "fits.csv", f'id,text\n1,"{just_fits}"\n'.encode()))
    assert ok.messages.loc[0, S.TEXT] == just_fits and ok.rejected.empty


def test_a_column_of_addresses_does_not_make_a_survey_an_email_channel(tmp_path):
    data = b"respondent,email,comment,score\nr1,ann@example.com,too slow,3\n"
    assert load(write(tmp_path, "q3.csv", data)).messages.loc[0, S.CHANNEL] == "survey"
    data = b"customer_email,text\nann@example.com,where is my parcel\n"
    assert load(write(tmp_path, "export.csv", data)).messages.loc[0, S.CHANNEL] == "other"
    data = b"email_subject,body\nOrder,where is my parcel\n"
    assert load(write(tmp_path, "export2.csv", data)).messages.loc[0, S.CHANNEL] == "email"


def test_dates_written_relative_to_when_a_page_was_read_are_left_empty_and_said_so(tmp_path):
    data = (b"Date,Review,Rating\n2 hours ago,late again,1\nYesterday,fixed my login,5\n"
            b"\"March 3, 2024\",box damaged,3\n")
    res = load(write(tmp_path, "scraped.csv", data))
    assert res.messages[S.CREATED_AT].notna().tolist() == [False, False, True]
    assert ("2 timestamps in column 'Date' could not be read (e.g. '2 hours ago') and were left empty: they count "
            "back from the day the page was saved") in " ".join(res.notes)
    data = b"Date,Review\nsoon,late again\n2024-03-03,box damaged\n"
    assert "1 timestamp in column 'Date' could not be read (e.g. 'soon') and was left empty." in \
        load(write(tmp_path, "other.csv", data)).notes


def test_a_german_export_names_its_channels_and_the_range_of_its_ratings(tmp_path):
    data = ("Datum;Kommentar;Bewertung;Kanal\n01.03.2024;Die Lieferung kam zwei Wochen zu spät;1;E-Mail\n"
            "02.03.2024;Sehr freundlicher Kundenservice, danke!;5;Telefon\n03.03.2024;Die App stürzt ab;2;App\n")
    res = load(write(tmp_path, "de.csv", data.encode("utf-8")))
    assert res.messages[S.CHANNEL].tolist() == ["email", "phone", "app"] and res.mapping[S.CHANNEL] == "Kanal"
    assert any("column 'Bewertung' read as the rating (its name says so and it holds numbers from 1 to 5)" in n
               for n in res.notes)


def test_a_column_of_tick_marks_is_no_channel(tmp_path):
    # a spreadsheet's "x" marks a ticked box, not the network X; a column of "text" is a field's type
    data = b"comment,urgent,kind\nmy parcel never came,x,text\nrefund still missing,x,text\nlove it,,text\n"
    m = load(write(tmp_path, "survey.csv", data)).messages
    assert m[S.CHANNEL].tolist() == ["survey"] * 3
    # a column of channel names among them is still a channel column
    data = b"comment,origin\nmy parcel never came,Web\nrefund still missing,Email\nlove it,X\n"
    m = load(write(tmp_path, "tickets.csv", data)).messages
    assert m[S.CHANNEL].tolist() == ["web", "email", "twitter"]


def test_a_large_file_decoded_in_blocks_reads_as_the_whole_file(tmp_path, monkeypatch):
    """Files above STREAM_BYTES are decoded a block at a time: BOM, CRLF cut between two blocks, stray
    carriage returns, quoted newlines and non-ASCII letters read as they do from the whole file."""
    from workbench.ingest.formats import base, tabular

    rows = [f'{i},"Zoë said\r\nline {i}",has a stray\rreturn {i},2024-01-{1 + i % 28:02d}' for i in range(200)]
    data = ("\ufeffid,text,note,date\r\n" + "\r\n".join(rows) + "\r\n").encode("utf-8")
    p = write(tmp_path, "big.csv", data)
    whole = load(p)
    monkeypatch.setattr(tabular, "STREAM_BYTES", 100)  # stream this small file ...
    real = base.stream_lines
    monkeypatch.setattr(tabular, "stream_lines", lambda path, options: real(path, options, block=7))  # tiny blocks
    chunks = list(tabular.TabularLoader().load_chunks(p, LoadOptions(), rows=50))
    streamed = pd.concat([c.messages for c in chunks], ignore_index=True)
    assert len(chunks) == 4 and streamed[S.TEXT].tolist() == whole.messages[S.TEXT].tolist()
    assert streamed.loc[3, S.TEXT] == "Zoë said\nline 3"
    assert pd.DataFrame(streamed).equals(whole.messages)
    bad = write(tmp_path, "latin1.csv", "id,text\n1,café\n".encode("latin-1"))
    monkeypatch.setattr(tabular, "STREAM_BYTES", 1)
    with pytest.raises(WorkbenchError, match="is not valid UTF-8"):
        list(tabular.TabularLoader().load_chunks(bad, LoadOptions(), rows=50))


def test_camel_case_column_names_are_recognised():
    # A tweet collection's own names (TweetId, TweetDate, TweetText): no --map needed.
    chosen = automap(["Topic", "Sentiment", "TweetId", "TweetDate", "TweetText"], {}, path=None)
    assert chosen[S.TEXT] == "TweetText" and chosen[S.SOURCE_ID] == "TweetId" and chosen[S.CREATED_AT] == "TweetDate"


def test_a_column_naming_the_company_addressed_is_found_by_its_values(tmp_path):
    # No column is called brand; "topic" holds the company each tweet is about, named in its text.
    texts = {"apple": ["@apple my iphone will not charge", "why does #apple keep changing the cable",
                       "Apple store lost my repair"],
             "google": ["@google maps sent me the wrong way", "my google account got locked", "@Google search is down"],
             "microsoft": ["@Microsoft teams crashed again", "windows update from microsoft broke my laptop",
                           "microsoft support never called back"]}
    rows = [f"{i},{topic},{'negative' if i % 2 else 'neutral'},{text}"
            for i, (topic, text) in enumerate((t, x) for t, xs in texts.items() for x in xs * 4)]
    res = load(write(tmp_path, "sanders.csv", ("id,topic,sentiment,text\n" + "\n".join(rows) + "\n").encode()))
    assert res.mapping[S.BRAND] == "topic" and any("read as the brand" in n for n in res.notes)
    assert res.messages[S.BRAND].value_counts().to_dict() == {"apple": 12, "google": 12, "microsoft": 12}
    # A product category the reviews talk around ("this dress", not "Dresses") names no company.
    reviews = [f"{i},{dept},this dress fits well and the fabric is soft" for i, dept in
               enumerate(["Dresses", "Tops", "Bottoms"] * 12)]
    res = load(write(tmp_path, "reviews.csv", ("id,department,text\n" + "\n".join(reviews) + "\n").encode()))
    assert S.BRAND not in res.mapping
    # An intent set's category is named in its requests ("cancel my order", ORDER) but classifies them: no brand
    requests = [f"{i},{cat},i want to cancel my {cat.lower()} please" for i, cat in
                enumerate(["ORDER", "REFUND", "DELIVERY"] * 12)]
    res = load(write(tmp_path, "intents.csv", ("id,category,text\n" + "\n".join(requests) + "\n").encode()))
    assert S.BRAND not in res.mapping
    # A review's own title repeats its words but names no company: every row has a title of its own.
    titled = ["1,Crashes on login,the app crashes on login every time", "2,Hidden fees,hidden fees on every transfer",
              "3,Love it,love it so much", "4,Login loop,stuck in a login loop", "5,Slow,so slow to open"]
    res = load(write(tmp_path, "titled.csv", ("id,title,text\n" + "\n".join(titled) + "\n").encode()))
    assert S.BRAND not in res.mapping


def test_text_column_inferred_from_its_name_and_its_words(tmp_path):
    # A consumer-complaint export: no column is called text, two name what someone wrote; the narrative (more
    # words per value than the company's boilerplate reply) is the message, and the date column is read.
    data = (b"Date received,Product,Consumer complaint narrative,Company public response,Company,Submitted via\n"
            b"2020/3/18,Mortgage,They charged me a late fee twice although I paid on time in May and June,"
            b"Company believes it acted appropriately,Acme Bank,Web\n"
            b"2020/3/19,Credit card,,Company believes it acted appropriately,Acme Bank,Phone\n")
    res = load(write(tmp_path, "complaints.csv", data))
    assert res.mapping[S.TEXT] == "Consumer complaint narrative"
    assert res.messages.loc[0, S.CHANNEL] == "web"  # how the complaint was submitted is its channel
    assert res.mapping[S.CREATED_AT] == "Date received" and res.mapping[S.BRAND] == "Company"
    assert res.messages.loc[0, S.TEXT].startswith("They charged me a late fee twice")
    assert res.messages.loc[0, S.CREATED_AT] == pd.Timestamp("2020-03-18", tz="UTC")
    assert any("'Consumer complaint narrative' read as the message text" in n for n in res.notes)


def test_text_column_inferred_from_long_free_text_alone(tmp_path):
    # A survey whose question is the column's name: the only column of many words per value is the answer.
    data = (b"respondent_id,score,What could we do better?\n"
            b"r1,6,The delivery took three weeks and nobody answered my emails about where the parcel was\n"
            b"r2,9,Honestly the app is great but the checkout keeps logging me out before I can pay for things\n")
    res = load(write(tmp_path, "survey.csv", data))
    assert res.mapping[S.TEXT] == "What could we do better?"
    assert res.messages.loc[1, S.TEXT].startswith("Honestly the app is great")


def test_which_way_dates_of_numbers_read():
    from workbench.ingest.formats.base import infer_dayfirst

    assert infer_dayfirst(pd.Series(["05.10.2025 02:16", "25.08.2025"])) is True  # 25 can only be a day
    assert infer_dayfirst(pd.Series(["08/25/2025", "03/04/2025"])) is False  # 25 can only be a day, second
    assert infer_dayfirst(pd.Series(["05.10.2025", "03.04.2025"])) is True  # dots: the day comes first
    assert infer_dayfirst(pd.Series(["05/10/2025", "03-04-25"])) is False  # slashes: the US month first
    assert infer_dayfirst(pd.Series(["2025-10-05", None, "yesterday"])) is None  # nothing to guess


def test_a_column_named_for_comments_holds_the_text_however_short_its_answers(tmp_path):
    # "Alles gut", "Zu teuer": two words on average, each answer its own, under a column named for comments
    data = ("id;Kommentar;Datum\n1;Lieferung zu spät;01.02.2024\n2;Alles gut;02.02.2024\n3;Zu teuer;03.02.2024\n"
            ).encode()
    res = load(write(tmp_path, "kurz.csv", data))
    assert res.messages[S.TEXT].tolist() == ["Lieferung zu spät", "Alles gut", "Zu teuer"]
    assert any("'Kommentar' read as the message text (its name says it holds what was written)" in n
               for n in res.notes)
    # a column of a few kinds named so is no text: the file still asks which column holds it
    kinds = "id;Feedback type;Score\n" + "".join(f"{i};{k};{i % 5}\n" for i, k in enumerate(
        ["Bug report", "Feature request"] * 5))
    with pytest.raises(WorkbenchError, match="no column holds the message text"):
        load(write(tmp_path, "kinds.csv", kinds.encode()))


def test_a_survey_export_in_german(tmp_path):
    # No column has an English name: the text is the column of free text, the date the column of dates, and
    # dates with dots read day first, the same way in every chunk (pandas alone reads 05.10.2025 as 10 May
    # and 25.08.2025 as 25 August in one column).
    data = ("Antwort-ID;Datum;Kommentar;Bewertung (0-10);Tarif\n"
            "R1;05.10.2025 02:16;Die App stürzt bei jedem Start ab, seit dem letzten Update;2;Plus\n"
            "R2;25.08.2025 15:41;Kündigung klappt nicht, ich werde seit Wochen vertröstet;0;Basis\n"
            "R3;03.04.2025 09:00;Rechnung doppelt abgebucht und keiner antwortet mir;3;Plus\n").encode()
    res = load(write(tmp_path, "umfrage.csv", data))
    m = res.messages
    assert res.mapping[S.TEXT] == "Kommentar" and res.mapping[S.CREATED_AT] == "Datum"
    assert res.mapping[S.RATING] == "Bewertung (0-10)" and list(m[S.RATING]) == [2, 0, 3]
    assert list(m[S.CREATED_AT]) == [pd.Timestamp("2025-10-05 02:16", tz="UTC"),
                                     pd.Timestamp("2025-08-25 15:41", tz="UTC"),
                                     pd.Timestamp("2025-04-03 09:00", tz="UTC")]
    assert any("'Datum' read as the date" in n for n in res.notes)
    assert any("read as day/month; --monthfirst" in n for n in res.notes)
    # told otherwise, the researcher is obeyed
    told = load(write(tmp_path, "umfrage2.csv", data), options=LoadOptions(dayfirst=False)).messages
    assert told.loc[0, S.CREATED_AT] == pd.Timestamp("2025-05-10 02:16", tz="UTC")


def test_title_lines_above_the_header_are_skipped_with_a_note(tmp_path):
    data = (b"Customer feedback export\nGenerated: 2025-03-01 by admin\n\nid,date,comment,score\n"
            b"1,2025-02-01,The delivery was late again,2\n2,2025-02-02,Great support thanks,9\n"
            b"3,2025-02-03,too,many,fields\n")
    res = load(write(tmp_path, "pre.csv", data))
    assert list(res.messages[S.TEXT]) == ["The delivery was late again", "Great support thanks"]
    assert res.mapping[S.TEXT] == "comment" and res.mapping[S.CREATED_AT] == "date"
    assert "3 lines above the header skipped: a title, not messages ('Customer feedback export')." in res.notes
    # a broken row is set aside under its line number in the file, title lines counted
    assert res.rejected["location"].tolist() == ["line 7 (5 fields)"]


def test_a_table_that_starts_at_once_loses_no_line():
    from workbench.ingest.formats.tabular import lines_above_header

    assert lines_above_header(["id,text\n", "1,hello\n"], ",") == 0
    assert lines_above_header(["Report\n", "\n", "id,text\n", "1,hello\n"], ",") == 2
    # one-column tables and a header whose first row is cut by a quoted line break are left as they are
    assert lines_above_header(["text\n", "hello\n", "hi\n"], ",") == 0
    assert lines_above_header(["Report\n", "id,text,date\n", '1,"hello\n'], ",") == 0
    # a listening tool's preamble of labelled values (two fields) above a wider header
    preamble = ["Brandwatch Consumer Research\n", "Report:,Mentions\n", "From:,2024-01-01\n", "\n",
                "Date,Author,Full Text\n", "2024-01-02,@ann,My parcel is lost\n"]
    assert lines_above_header(preamble, ",") == 4
    # a row with a stray comma among the first lines is no header: the real one, above it, has three fields
    assert lines_above_header(["id,text,date\n", "1,a,b,c\n", "2,a,b,c\n", "3,a,b\n"], ",") == 0


def test_title_rows_above_an_excel_header_are_skipped(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["Feedback report, Q1"], [], ["id", "comment", "date", None], [1, "Refund still missing", "2025-02-01"],
                [2, "Love the new app", "2025-02-02"]):
        sheet.append(row)
    book.save(tmp_path / "report.xlsx")
    res = load(tmp_path / "report.xlsx")
    assert list(res.messages[S.TEXT]) == ["Refund still missing", "Love the new app"]
    assert res.mapping[S.TEXT] == "comment" and res.mapping[S.SOURCE_ID] == "id"
    assert "2 rows above the header skipped: a title, not messages ('Feedback report, Q1')." in res.notes


def test_a_listening_tools_preamble_above_its_header_is_skipped(tmp_path):
    from openpyxl import Workbook

    preamble = (["Brandwatch Consumer Research"], ["Report:", "Mentions"], ["Brand:", "Acme"],
                ["From:", "2024-01-01 00:00:00.0"], [])
    rows = (["Query Id", "Date", "Full Text", "Author", "Sentiment"],
            [1, "2024-01-02 10:00:00.0", "My parcel never arrived @Acme", "@ann", "negative"],
            [1, "2024-01-02 11:00:00.0", "Great support from @Acme today", "@bob", "positive"])
    lines = "\n".join(",".join(map(str, r)) for r in (*preamble, *rows)) + "\n"
    res = load(write(tmp_path, "mentions.csv", lines.encode()))
    assert list(res.messages[S.TEXT]) == ["My parcel never arrived @Acme", "Great support from @Acme today"]
    assert res.mapping[S.TEXT] == "Full Text" and res.mapping[S.CREATED_AT] == "Date"
    assert "5 lines above the header skipped: a title, not messages ('Brandwatch Consumer Research')." in res.notes
    book = Workbook()
    for row in (*preamble, *rows):
        book.active.append(row)
    book.save(tmp_path / "mentions.xlsx")
    res = load(tmp_path / "mentions.xlsx")
    assert list(res.messages[S.TEXT]) == ["My parcel never arrived @Acme", "Great support from @Acme today"]
    assert "5 rows above the header skipped: a title, not messages ('Brandwatch Consumer Research')." in res.notes


def test_records_nested_in_a_json_export(tmp_path):
    import json

    data = {"meta": {"count": 2}, "links": [{"rel": "next"}],
            "data": {"responses": [
                {"id": "a1", "submitted": "2025-03-01T10:00:00+01:00",
                 "answers": {"nps": 3, "comment": "Support never called me back about my broken router"}},
                {"id": "a2", "submitted": "2025-03-02T11:00:00+01:00",
                 "answers": {"nps": 10, "comment": "Fast delivery and friendly staff"}}]}}
    p = tmp_path / "survey.json"
    p.write_text(json.dumps(data))
    res = load(p)
    m = res.messages
    # the longest list of records, found one level down; nested fields known by their own names
    assert list(m[S.TEXT]) == ["Support never called me back about my broken router",
                               "Fast delivery and friendly staff"]
    assert res.mapping[S.TEXT] == "answers.comment" and res.mapping[S.RATING] == "answers.nps"
    assert list(m[S.RATING_TYPE]) == ["nps", "nps"] and list(m[S.SOURCE_ID]) == ["a1", "a2"]
    assert m.loc[0, S.CREATED_AT] == pd.Timestamp("2025-03-01 09:00", tz="UTC")


def test_a_review_platform_export_with_long_column_names(tmp_path):
    # Trustpilot's layout: no column has a short known name, yet text, stars, date and reviewer are all there
    data = (b"Agent User ID,Review ID,Review Created (UTC),Review Consumer User ID,Review Title,Review Content,"
            b"Review Stars,Company Reply Content\n"
            b"a9,r1,2025-03-01 10:00:00,u1,Late,My parcel came two weeks late and nobody answered my emails,1,\n"
            b"a9,r2,2025-03-02 11:00:00,u1,Great,Second order was quick and the support team was lovely,5,"
            b"Thanks for your kind words!\n"
            b"a9,r3,2025-03-03 12:00:00,u2,Ok,Fine product but the packaging was damaged on arrival today,3,\n")
    res = load(write(tmp_path, "trustpilot.csv", data))
    m = res.messages
    assert res.mapping[S.TEXT] == "Review Content" and res.mapping[S.RATING] == "Review Stars"
    assert res.mapping[S.CREATED_AT] == "Review Created (UTC)"
    # the reviewer, not the agent who answered, is the author
    assert res.mapping[S.AUTHOR_ID] == "Review Consumer User ID"
    assert m.loc[m[S.AUTHOR_ROLE] == "customer", S.AUTHOR_ID].nunique() == 2
    reviews = m[m[S.AUTHOR_ROLE] == "customer"]
    assert list(reviews[S.RATING_TYPE]) == ["stars"] * 3
    # the company's answer on a review's row is the brand's reply to it, in its conversation
    reply = m[m[S.AUTHOR_ROLE] == "brand"]
    assert reply[S.TEXT].tolist() == ["Thanks for your kind words!"] and len(m) == 4
    r2 = reviews[reviews[S.SOURCE_ID] == "r2"].iloc[0]
    assert reply[S.PARENT_ID].iloc[0] == r2[S.MESSAGE_ID] and reply[S.CONVERSATION_ID].iloc[0] == r2[S.CONVERSATION_ID]
    assert any("1 answer of the brand in column 'Company Reply Content'" in n for n in res.notes)
    # Trustpilot's business export names the reviewer and their e-mail: two "Anna S." are two customers
    data = (b"Review Created (UTC),Review Title,Review Content,Review Stars,Reviewer Name,Reviewer Email\n"
            b"2025-03-01 10:00:00,Late,My parcel came two weeks late,1,Anna S.,anna.smith@example.com\n"
            b"2025-03-02 11:00:00,Great,Second order was quick,5,Anna S.,anna.shaw@example.com\n")
    res = load(write(tmp_path, "trustpilot_business.csv", data))
    assert res.mapping[S.AUTHOR_ID] == "Reviewer Email" and res.messages[S.AUTHOR_ID].nunique() == 2


def test_replies_on_review_rows_are_dated_by_their_own_column(tmp_path):
    data = (b"review_id,date,text,stars,developer_reply_text,developer_reply_date\n"
            b"g1,2025-03-01T10:00:00Z,App crashes on start,1,Sorry! Fixed in 2.1,2025-03-01T12:30:00Z\n"
            b"g2,2025-03-02T10:00:00Z,Works well,5,,\n")
    m = load(write(tmp_path, "play.csv", data)).messages
    reply = m[m[S.AUTHOR_ROLE] == "brand"].iloc[0]
    assert reply[S.TEXT] == "Sorry! Fixed in 2.1" and reply[S.PARENT_ID] == m.loc[0, S.MESSAGE_ID]
    assert reply[S.CREATED_AT] == pd.Timestamp("2025-03-01 12:30", tz="UTC") and len(m) == 3
    # a survey's "Response" of yes and no is no answer of the brand
    data = b"id,comment,response\n1,The app is slow since the update,yes\n2,Love the dark mode,no\n"
    assert (load(write(tmp_path, "survey.csv", data)).messages[S.AUTHOR_ROLE] == "customer").all()


def test_a_complaints_register_keeps_every_complaint_by_its_own_id_and_no_answer_to_an_empty_row(tmp_path):
    # A consumer-complaints export: no column has a message id's name, but 'Complaint ID' never repeats; two
    # people filed the same words on the same day against two companies; most rows hold no narrative, only the
    # company's canned public response
    data = (b"Date received,Product,Consumer complaint narrative,Company public response,Company,Complaint ID\n"
            b"2020-03-18,Credit,There are many mistakes in my report,Company chooses not to provide a public "
            b"response,EQUIFAX,101\n"
            b"2020-03-18,Credit,There are many mistakes in my report,,EXPERIAN,102\n"
            b"2020-03-18,Credit,,Company chooses not to provide a public response,EQUIFAX,103\n"
            b"2020-03-19,Debt,,Company chooses not to provide a public response,EQUIFAX,104\n")
    res = load(write(tmp_path, "complaints.csv", data))
    m = res.messages
    customers = m[m[S.AUTHOR_ROLE] == "customer"]
    assert sorted(customers[S.SOURCE_ID].tolist()) == ["101", "102", "103", "104"]
    assert customers[S.MESSAGE_ID].nunique() == 4  # both complaints of the same words are kept apart
    answers = m[m[S.AUTHOR_ROLE] == "brand"]
    assert answers[S.PARENT_ID].tolist() == customers.loc[customers[S.SOURCE_ID] == "101", S.MESSAGE_ID].tolist()
    assert "column 'Complaint ID' read as each message's id (its values never repeat); --map source_id=COLUMN " \
           "chooses another." in res.notes
    assert any(n.endswith("; 2 more on rows with no message, set aside with them.") for n in res.notes)
    assert res.rows_read == len(m) + len(res.rejected)  # read = loaded + set aside, answers included


def test_a_reddit_dump_keeps_its_threads_dates_and_channel(tmp_path):
    # Pushshift's comment layout: `parent_id` names the parent by its fullname ("t1_" + id, the `name` column), or
    # the post ("t3_..."), which is not in the export; `created_utc` in epoch seconds; deleted comments
    rows = [{"id": "c1", "name": "t1_c1", "author": "anna", "body": "The app logs me out every day",
             "created_utc": 1700000000, "subreddit": "acme", "parent_id": "t3_p1", "link_id": "t3_p1"},
            {"id": "c2", "name": "t1_c2", "author": "ben", "body": "Same here since the update",
             "created_utc": 1700003600, "subreddit": "acme", "parent_id": "t1_c1", "link_id": "t3_p1"},
            {"id": "c3", "name": "t1_c3", "author": "[deleted]", "body": "[removed]",
             "created_utc": 1700007200, "subreddit": "acme", "parent_id": "t1_c2", "link_id": "t3_p1"}]
    path = tmp_path / "comments.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    res = load(path)
    m = res.messages.set_index(S.SOURCE_ID)
    assert m.loc["c2", S.PARENT_ID] == m.loc["c1", S.MESSAGE_ID]
    assert m.loc["c3", S.PARENT_ID] == m.loc["c2", S.MESSAGE_ID]
    assert m[S.CONVERSATION_ID].nunique() == 1  # one thread, under the post
    assert m.loc["c1", S.CREATED_AT] == pd.Timestamp("2023-11-14 22:13:20", tz="UTC")
    assert (m[S.CHANNEL] == "reddit").all()
    assert pd.isna(m.loc["c3", S.AUTHOR_ID]) and m.loc["c3", S.TEXT] == ""  # then set aside as empty
    assert "column 'parent_id' names the message answered by its 'name', not its 'id': replies linked through " \
           "'name'." in res.notes


def test_an_amazon_review_dump(tmp_path):
    # The 2014/2018 layout, one object per line in a .json file: the reviewer by id (many are "Amazon Customer"
    # by name), stars in 'overall', the time in epoch seconds under a name no date column has
    rows = [{"reviewerID": "A1", "asin": "B01", "reviewerName": "Amazon Customer", "reviewText": "Broke in a week",
             "overall": 1.0, "summary": "Broken", "unixReviewTime": 1500000000, "reviewTime": "07 14, 2017"},
            {"reviewerID": "A2", "asin": "B01", "reviewerName": "Amazon Customer", "reviewText": "Works fine",
             "overall": 4.0, "summary": "Good", "unixReviewTime": 1500086400, "reviewTime": "07 15, 2017"}]
    path = tmp_path / "Electronics_5.json"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    m = load(path).messages
    assert m[S.AUTHOR_ID].nunique() == 2 and m[S.SOURCE_ID].str.startswith("A").sum() == 0
    assert m[S.RATING].tolist() == [1.0, 4.0]
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp("2017-07-14 02:40", tz="UTC"),
                                        pd.Timestamp("2017-07-15 02:40", tz="UTC")]


def test_a_crm_case_export_knows_its_customers_and_cases(tmp_path):
    # Salesforce's case report: the customer is the case's contact, the case number its conversation
    data = (b"Case Number,Subject,Description,Account Name,Contact Name,Date/Time Opened,Priority,Case Origin\n"
            b"00001001,Refund,My refund has not arrived,Acme Corp,Ann Lee,1/5/2024 9:31 AM,High,Email\n"
            b"00001002,Login,I cannot log in since Monday,Globex,Bob Stone,1/6/2024 2:10 PM,Low,Web\n"
            b"00001003,Refund,Still no refund after two weeks,Acme Corp,Ann Lee,1/19/2024 8:05 AM,High,Phone\n")
    m = load(write(tmp_path, "cases.csv", data)).messages
    assert m[S.AUTHOR_ID].tolist() == ["Ann Lee", "Bob Stone", "Ann Lee"]
    assert m[S.CONVERSATION_ID].nunique() == 3 and m[S.CONVERSATION_ID].str.endswith("00001001").sum() == 1
    assert m[S.CHANNEL].tolist() == ["email", "web", "phone"]
    assert m[S.CREATED_AT].iloc[2] == pd.Timestamp("2024-01-19 08:05", tz="UTC")


def test_a_crm_case_comment_export_knows_who_wrote_each_comment(tmp_path):
    # Salesforce's case comments: "Comment Body" is the text, "Created By" its author; "Published" says whether
    # the customer saw it (a flag, not a date)
    data = (b"Case Number,Comment Body,Created By,Published,Created Date\n"
            b'00001001,"My invoice is wrong, I was charged twice",Ann Lee,1,2024-03-01 10:00\n'
            b"00001002,The app logs me out every day,Bob Ray,1,2024-03-02 09:00\n")
    res = load(write(tmp_path, "case_comments.csv", data))
    m = res.messages
    assert res.mapping[S.TEXT] == "Comment Body" and res.mapping[S.CREATED_AT] == "Created Date"
    assert m[S.AUTHOR_ID].tolist() == ["Ann Lee", "Bob Ray"] and m[S.CONVERSATION_ID].nunique() == 2
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp("2024-03-01 10:00", tz="UTC"),
                                        pd.Timestamp("2024-03-02 09:00", tz="UTC")]
    # a column called "Published" alone is read as the date only where it holds dates
    flags = load(write(tmp_path, "flags.csv", b"id,text,Published\n1,My invoice is wrong,true\n")).messages
    assert flags[S.CREATED_AT].isna().all()


def test_html_bodies_are_read_as_plain_text(tmp_path):
    data = (b'id,body\n1,"<p>Hi team,</p><p>My order <b>#1234</b> never arrived.&nbsp;Please help!</p><div>Thanks'
            b'<br>Ann</div>"\n2,I <3 this app & the team\n')
    res = load(write(tmp_path, "crm.csv", data))
    assert res.messages[S.TEXT].tolist() == ["Hi team,\nMy order #1234 never arrived.\xa0Please help!\nThanks\nAnn",
                                             "I <3 this app & the team"]
    assert "1 text written in HTML in column 'body' read as plain text (tags dropped, line breaks kept)." in res.notes
    # a script inside rich text goes with the tags; markup with none of rich text's tags stays, to be escaped
    data = b'id,body\n1,"<p>late</p><script>alert(1)</script>"\n2,"<script>alert(2)</script> late"\n'
    assert load(write(tmp_path, "mixed.csv", data)).messages[S.TEXT].tolist() == [
        "late", "<script>alert(2)</script> late"]


def test_empty_lines_above_the_header(tmp_path):
    res = load(write(tmp_path, "blank.csv", b"\n\nid,text\n1,my refund is late\n2,the app crashes\n"))
    assert list(res.messages[S.TEXT]) == ["my refund is late", "the app crashes"]
    assert "2 lines above the header skipped (empty)." in res.notes


def test_a_google_play_reviews_export(tmp_path):
    # The Play Console's CSV: UTF-16, long column names, the developer's reply on the review's row
    header = ("Package Name,App Version Code,App Version Name,Reviewer Language,Device,Review Submit Date and Time,"
              "Review Submit Millis Since Epoch,Review Last Update Date and Time,Review Last Update Millis Since Epoch,"
              "Star Rating,Review Title,Review Text,Developer Reply Date and Time,Developer Reply Millis Since Epoch,"
              "Developer Reply Text,Review Link\n")
    rows = ("com.example.app,210,2.1,en,a10,2025-03-01T10:00:00Z,1740823200000,2025-03-01T10:00:00Z,1740823200000,1,,"
            "Crashes every time I open the camera,2025-03-02T09:00:00Z,1740906000000,"
            "Sorry about that! Version 2.2 fixes the camera crash,https://play.google.com/r1\n"
            "com.example.app,210,2.1,en,a20,2025-03-03T10:00:00Z,1740996000000,2025-03-03T10:00:00Z,1740996000000,5,,"
            "Love the new widgets,,,,https://play.google.com/r2\n")
    p = tmp_path / "reviews_reviews_com.example.app_202503.csv"
    p.write_bytes((header + rows).encode("utf-16"))
    res = load(p)
    m = res.messages
    assert res.mapping[S.TEXT] == "Review Text" and res.mapping[S.RATING] == "Star Rating"
    assert res.mapping[S.CREATED_AT] == "Review Submit Date and Time"
    reviews, replies = m[m[S.AUTHOR_ROLE] == "customer"], m[m[S.AUTHOR_ROLE] == "brand"]
    assert list(reviews[S.RATING]) == [1, 5] and list(reviews[S.RATING_TYPE]) == ["stars", "stars"]
    assert replies[S.TEXT].tolist() == ["Sorry about that! Version 2.2 fixes the camera crash"]
    assert replies[S.CREATED_AT].iloc[0] == pd.Timestamp("2025-03-02 09:00", tz="UTC")
    assert res.mapping[S.BRAND] == "Package Name" and set(m[S.BRAND]) == {"com.example.app"}  # the app is the brand
    assert replies[S.AUTHOR_ID].tolist() == ["com.example.app"]


def test_a_stores_placeholder_for_an_unnamed_author_is_no_one_customer(tmp_path):
    # google-play-scraper's CSV: Google writes "A Google user" for every reviewer it does not name
    data = (b"reviewId,userName,content,score,at,replyContent,repliedAt\n"
            b"gp:1,A Google user,Crashes on start,1,2024-01-01 10:00:00,,\n"
            b"gp:2,Jane Doe,Love the widgets,5,2024-01-02 10:00:00,,\n"
            b"gp:3,A Google user,Sync lost my podcasts,2,2024-01-03 10:00:00,Sorry! Please write to us,"
            b"2024-01-03 12:00:00\n"
            b"gp:4,Jane Doe,Still love it,5,2024-01-04 10:00:00,,\n")
    res = load(write(tmp_path, "play_reviews.csv", data))
    reviews = res.messages[res.messages[S.AUTHOR_ROLE] == "customer"].set_index(S.SOURCE_ID)
    assert reviews[S.AUTHOR_ID].isna().tolist() == [True, False, True, False]  # two people unnamed, one named
    assert reviews.loc["gp:2", S.AUTHOR_ID] == reviews.loc["gp:4", S.AUTHOR_ID]
    assert "2 messages by 'A Google user' in column 'userName' (what the export writes for an author it does not " \
           "name) read as naming no author, not as one customer." in res.notes
    assert res.messages[S.AUTHOR_ROLE].eq("brand").sum() == 1


def test_a_zendesk_tickets_csv(tmp_path):
    data = (b"Id,Requester,Requester id,Subject,Description,Status,Created at,Assignee,Via\n"
            b"101,Anna K,9001,Refund,I was charged twice for my plan,open,2025-03-01 10:00,Sam,email\n"
            b"102,Ben L,9002,Login,I cannot log in since the update,solved,2025-03-02 11:00,Sam,web\n")
    res = load(write(tmp_path, "tickets.csv", data))
    m = res.messages
    assert res.mapping[S.TEXT] == "Description" and res.mapping[S.AUTHOR_ID] == "Requester"
    assert list(m[S.CHANNEL]) == ["email", "web"] and (m[S.AUTHOR_ROLE] == "customer").all()


def test_a_listening_tools_export_names_its_site_as_the_channel(tmp_path):
    # Brandwatch's layout: title lines, "Page Type" and "Domain"; the site's address names the channel
    data = (b'"Brand mentions Q4"\n\nDate,Title,Domain,Page Type,Author,Full Text\n'
            b"2017-11-25 20:19:26.0,late,twitter.com,twitter,ann,@Tesco my delivery is late again\n"
            b"2017-11-26 10:00:00.0,app,www.reddit.com,reddit,bob,the app crashes on login\n")
    res = load(write(tmp_path, "mentions.csv", data))
    assert res.mapping[S.TEXT] == "Full Text" and res.mapping[S.CHANNEL] == "Page Type"
    assert res.messages[S.CHANNEL].tolist() == ["twitter", "reddit"]
    by_domain = load(write(tmp_path, "domains.csv", data.replace(b",Page Type", b",Kind"))).messages
    assert by_domain[S.CHANNEL].tolist() == ["twitter", "reddit"]


def test_a_date_column_saved_as_excels_serial_numbers_reads_as_dates(tmp_path):
    # 45352 days after 30 Dec 1899 is 1 Mar 2024 (Excel's serial dates); a half day is noon
    data = b"Date,Comment\n45352,app crashes on login\n45353.5,refund never came\n"
    m = load(write(tmp_path, "saved.csv", data)).messages
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp("2024-03-01", tz="UTC"),
                                        pd.Timestamp("2024-03-02 12:00", tz="UTC")]
    # numbers that are no serial dates stay unread
    data = b"Date,Comment\n12,app crashes on login\n45353,refund never came\n"
    assert load(write(tmp_path, "other.csv", data)).messages[S.CREATED_AT].isna().all()


def test_dates_with_month_names_in_european_languages_are_read(tmp_path):
    # a French, German, Spanish, Dutch and Portuguese tool's dates, weekday and "à"/"um" before the time included
    data = ("Datum,Kommentar\n"
            "vendredi 1er mars 2024 à 10:15,Livraison trop lente\n"
            "\"Freitag, 1. März 2024 um 10:15\",Paket kam nie an\n"
            "1 de marzo de 2024,La app se cierra sola\n"
            "15 dec. 2023,Bestelling kwam te laat\n"
            "2 de fevereiro de 2024,O aplicativo trava\n").encode()
    m = load(write(tmp_path, "eu.csv", data)).messages
    days = ["2024-03-01 10:15", "2024-03-01 10:15", "2024-03-01", "2023-12-15", "2024-02-02"]
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp(d, tz="UTC") for d in days]


def test_a_talkwalker_export_reads_its_epoch_dates_and_social_media_channel(tmp_path):
    # Talkwalker's layout: "published" in Unix milliseconds, "source_type" of SOCIALMEDIA_TWITTER
    data = (b"url,indexed,published,title,content,sentiment,source_type,extra_author_attributes.name\n"
            b"https://twitter.com/ann/status/1,1418202169000,1418142169000,my order is late,my order is late,-3,"
            b"SOCIALMEDIA_TWITTER,ann\n"
            b"https://facebook.com/bob/posts/2,1418302169000,1418242169000,app crashes,app crashes on login,0,"
            b"SOCIALMEDIA_FACEBOOK,bob\n")
    m = load(write(tmp_path, "talkwalker.csv", data)).messages
    # 1418142169 s after 1970-01-01 is 2014-12-09 16:22:49 UTC (date -d @1418142169 -u)
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp("2014-12-09 16:22:49", tz="UTC"),
                                        pd.Timestamp("2014-12-10 20:09:29", tz="UTC")]
    assert m[S.CHANNEL].tolist() == ["twitter", "facebook"]
    assert m[S.TEXT].tolist() == ["my order is late", "app crashes on login"]  # a title the text repeats: once


def test_a_social_inbox_export_knows_the_brands_replies_and_threads(tmp_path):
    # A social inbox's layout (Sprinklr-like): the brand's "Account", who sent each message, what it answers
    data = (b"Created Time,Account,Message Type,Sender Screen Name,Message,Message Id,In Reply To Message Id\n"
            b"10/31/2017 10:00:00 PM,AcmeCare,Twitter Mention,ann,@AcmeCare my parcel never came,11,\n"
            b"10/31/2017 10:05:00 PM,AcmeCare,Twitter Reply,AcmeCare,@ann sorry! DM us your order number,12,11\n"
            b"10/31/2017 10:09:00 PM,AcmeCare,Twitter Mention,ann,@AcmeCare done,13,12\n"
            b"11/01/2017 09:00:00 AM,BetaHelp,Twitter Mention,bob,@BetaHelp the app crashes on login,21,\n"
            b"11/01/2017 09:30:00 AM,BetaHelp,Twitter Reply,BetaHelp,@bob which version are you on?,22,21\n")
    m = load(write(tmp_path, "inbox.csv", data)).messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer", "brand"]
    assert m[S.BRAND].tolist() == ["AcmeCare"] * 3 + ["BetaHelp"] * 2
    assert m[S.CONVERSATION_ID].nunique() == 2 and m[S.PARENT_ID].notna().tolist() == [False, True, True, False, True]


def test_a_flag_or_an_actor_type_says_who_wrote_each_row(tmp_path):
    # Gorgias' layout: "from_agent" True is the brand's reply (where TWCS's "inbound" True is the customer's)
    data = (b"ticket_id,created_datetime,channel,from_agent,sender_email,body_text\n"
            b"101,2024-02-01 10:00,email,False,ann@example.com,My order arrived damaged\n"
            b"101,2024-02-01 11:00,email,True,support@shop.com,Sorry to hear that! A replacement is on its way.\n"
            b"102,2024-02-02 09:00,chat,0,bob@example.com,Where is my parcel?\n")
    m = load(write(tmp_path, "gorgias.csv", data)).messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert m[S.TEXT].iloc[0] == "My order arrived damaged" and m[S.CREATED_AT].notna().all()
    inbound = load(write(tmp_path, "twcs_like.csv", data.replace(b"from_agent", b"inbound"))).messages
    assert inbound[S.AUTHOR_ROLE].tolist() == ["brand", "customer", "brand"]
    # Freshdesk's conversations: "incoming" true is the customer's, "private" true an internal note, set aside
    data = (b"id,body_text,incoming,private,user_id,ticket_id,created_at\n"
            b"1,My invoice is wrong,true,false,501,77,2024-03-01T10:00:00Z\n"
            b"2,Checked with billing,false,true,9,77,2024-03-01T11:00:00Z\n"
            b"3,We fixed it,false,false,9,77,2024-03-01T12:00:00Z\n")
    res = load(write(tmp_path, "freshdesk_conversations.csv", data))
    assert res.messages[S.AUTHOR_ROLE].tolist() == ["customer", "brand"] and len(res.rejected) == 1
    # Freshchat's layout: "Actor Type" of user, agent and system; "Actor Name" who wrote it
    data = (b"Conversation ID,Actor Type,Actor Name,Message,Created At\n"
            b"c1,user,Ann,My order arrived damaged,2024-02-01 10:00\n"
            b"c1,agent,Sam,Sorry! Sending a replacement,2024-02-01 10:02\n"
            b"c1,system,Bot,Conversation resolved,2024-02-01 10:03\n")
    m = load(write(tmp_path, "freshchat.csv", data)).messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand"] and m[S.AUTHOR_ID].iloc[0] == "Ann"


def test_a_review_in_pros_and_cons_is_one_message_its_stars_rate(tmp_path):
    # Capterra's layout: no text column, the review in "Pros" and "Cons" under a title and one star rating
    data = (b"Reviewer Name,Date,Overall Rating,Title,Pros,Cons\n"
            b'Ann L.,2024-01-05,4,Solid CRM,"Easy to set up, clear pipeline","Reporting is limited"\n'
            b"Bob K.,2024-01-09,2,Let down,,Support took two weeks to answer\n")
    res = load(write(tmp_path, "capterra.csv", data))
    m = res.messages
    assert m[S.TEXT].tolist() == ["Solid CRM. Pros: Easy to set up, clear pipeline\nCons: Reporting is limited",
                                  "Let down. Cons: Support took two weeks to answer"]
    assert m[S.RATING].tolist() == [4.0, 2.0] and len(m) == 2
    assert any("'Pros', 'Cons' read together as each review's text" in n for n in res.notes)


def test_a_review_apis_nested_reviewer_is_the_author(tmp_path):
    # Trustpilot's API: {"reviews": [...]}, the reviewer nested as consumer.id and consumer.displayName
    data = json.dumps({"reviews": [
        {"id": "r1", "stars": 1, "text": "Ordered a sofa in March, still nothing", "createdAt": "2024-04-02T10:11:00Z",
         "consumer": {"id": "c1", "displayName": "Ann Lee"}},
        {"id": "r2", "stars": 2, "text": "The table came with a broken leg", "createdAt": "2024-04-07T10:11:00Z",
         "consumer": {"id": "c1", "displayName": "Ann Lee"}},
        {"id": "r3", "stars": 5, "text": "Quick delivery, friendly driver", "createdAt": "2024-04-05T10:11:00Z",
         "consumer": {"id": "c2", "displayName": "Bob Ray"}}]}).encode()
    m = load(write(tmp_path, "reviews.json", data)).messages
    assert m[S.AUTHOR_ID].tolist() == ["c1", "c1", "c2"] and m[S.SOURCE_ID].tolist() == ["r1", "r2", "r3"]
    # App Store Connect's reviews: the reviewer is the "Nickname"
    data = (b"Date,Rating,Title,Review,Nickname,Territory,Developer Response,Developer Response Date\n"
            b"2024-03-01,1,Crashes,The app crashes on the camera,jsmith88,USA,Please update to 4.2.2,2024-03-02\n"
            b"2024-03-04,2,Sync,Photos do not sync to my iPad,jsmith88,USA,,\n")
    m = load(write(tmp_path, "appstore.csv", data)).messages
    assert m.loc[m[S.AUTHOR_ROLE] == "customer", S.AUTHOR_ID].tolist() == ["jsmith88", "jsmith88"]


def test_reddits_own_api_listing_reads_posts_comments_and_the_care_account(tmp_path):
    # Reddit's API: a Listing of things, each under "data"; a post's text is its selftext under its title, a
    # comment's its body; "AcmeSupport" reads as a care account, the brand's
    listing = {"kind": "Listing", "data": {"children": [
        {"kind": "t3", "data": {"name": "t3_abc", "id": "abc", "title": "App keeps logging me out",
                                "selftext": "Since the update I get logged out every hour.", "author": "ann_r",
                                "created_utc": 1714557600, "subreddit": "acme"}},
        {"kind": "t1", "data": {"name": "t1_c1", "id": "c1", "body": "Same here", "author": "bob_k",
                                "created_utc": 1714561200, "subreddit": "acme", "parent_id": "t3_abc"}},
        {"kind": "t1", "data": {"name": "t1_c2", "id": "c2", "body": "A fix is rolling out today.",
                                "author": "AcmeSupport", "created_utc": 1714564800, "subreddit": "acme",
                                "parent_id": "t3_abc"}}]}}
    m = load(write(tmp_path, "listing.json", json.dumps(listing).encode())).messages
    assert m[S.TEXT].tolist() == ["App keeps logging me out. Since the update I get logged out every hour.",
                                  "Same here", "A fix is rolling out today."]
    assert (m[S.CHANNEL] == "reddit").all() and m[S.CONVERSATION_ID].nunique() == 1
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "customer", "brand"]


def test_a_text_message_log_knows_its_directions_and_threads_replies_by_recipient(tmp_path):
    # Twilio's message log: Direction of inbound, outbound-reply and outbound-api; no thread ids, so a reply
    # answers the latest message of the customer it was sent to
    data = (b"Sid,From,To,Body,Status,SentDate,NumSegments,NumMedia,Direction\n"
            b"SM1,+447700900123,+441234567890,My delivery did not arrive,received,2024-05-01 10:00:00,1,0,inbound\n"
            b"SM2,+441234567890,+447700900123,Sorry! It comes tomorrow.,delivered,2024-05-01 10:05:00,1,0,"
            b"outbound-reply\n"
            b"SM3,+441234567890,+447700900456,Your order has shipped,delivered,2024-05-01 11:00:00,1,0,outbound-api\n")
    m = load(write(tmp_path, "sms_log.csv", data)).messages.set_index(S.SOURCE_ID)
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand"] and (m[S.CHANNEL] == "sms").all()
    assert m.loc["SM2", S.PARENT_ID] == m.loc["SM1", S.MESSAGE_ID] and pd.isna(m.loc["SM3", S.PARENT_ID])
    assert m[S.CREATED_AT].notna().all()


def test_a_tickets_email_body_is_read_without_the_emails_it_quotes_and_its_signature(tmp_path):
    # A help desk's ticket export: the customer's e-mail with the brand's earlier reply quoted below it
    body = ("I still have not received my refund.\n\nThanks,\nAnn\n\nSent from my iPhone\n\n"
            "On Mon, Mar 4, 2024 at 10:00 AM Acme <help@acme.com> wrote:\n> Your refund has been issued.")
    outlook = "I cannot log in since the update.\n\n-----Original Message-----\nFrom: Acme\nWelcome to Acme!"
    rule = "Still broken.\n________________________________\nFrom: Acme <help@acme.com>\nSent: Monday\n\nFixed!"
    # a review's own rule before its pros, and its own "From:", are its author's words (2,000 dress reviews
    # had lost their pros and cons to the rule)
    review = "Lovely dress. My thoughts:\n_____________\npros:\n- great colour\nFrom: a happy customer in Leeds"
    data = pd.DataFrame({"Ticket ID": [1, 2, 3, 4, 5],
                         "Description": [body, outlook, rule, review, "Two lines\nof my own"]})
    res = load(write(tmp_path, "tickets.csv", data.to_csv(index=False).encode()))
    assert res.messages[S.TEXT].tolist() == ["I still have not received my refund.\n\nThanks,\nAnn",
                                             "I cannot log in since the update.", "Still broken.", review,
                                             "Two lines\nof my own"]
    assert any(n.startswith("3 texts in column 'Description' read without the e-mails they quote") for n in res.notes)


def test_google_business_profile_reviews_read_their_stars_in_words(tmp_path):
    # Google Business Profile's API: "starRating" of ONE ... FIVE, the reply nested as reviewReply
    data = json.dumps({"reviews": [
        {"reviewId": "r1", "reviewer": {"displayName": "Ann Lee"}, "starRating": "ONE", "comment": "Cold food",
         "createTime": "2024-03-01T19:00:00Z", "reviewReply": {"comment": "So sorry, Ann", "updateTime":
                                                               "2024-03-02T09:00:00Z"}},
        {"reviewId": "r2", "reviewer": {"displayName": "Cara Ng"}, "starRating": "THREE",
         "createTime": "2024-03-04T19:00:00Z"}]}).encode()
    m = load(write(tmp_path, "reviews.json", data)).messages
    customers = m[m[S.AUTHOR_ROLE] == "customer"]
    assert customers[S.RATING].tolist() == [1.0, 3.0] and (customers[S.RATING_TYPE] == "stars").all()
    assert m[S.AUTHOR_ROLE].tolist().count("brand") == 1  # the reply; the review of stars alone is kept


def test_a_survey_response_with_its_optional_email_left_blank_is_still_a_respondent(tmp_path):
    # Typeform's layout: the e-mail question is the author, left blank by one respondent
    data = (b"#,What is your email address?,How likely are you to recommend Acme to a friend?,"
            b"What is the main reason for your score?,Submit Date (UTC)\n"
            b"ab12,ann@example.com,2,Delivery took three weeks,2024-03-01 10:03:00\n"
            b"cd34,,6,The app is slow to load my orders,2024-03-03 10:02:00\n"
            b"ef56,ann@example.com,3,Still no answer to my emails,2024-03-05 10:02:00\n")
    res = load(write(tmp_path, "typeform.csv", data))
    authors = res.messages[S.AUTHOR_ID]
    assert authors.notna().all() and authors.nunique() == 2 and authors.iloc[0] == authors.iloc[2]
    assert "1 response with no 'What is your email address?' is taken as one respondent's" in " ".join(res.notes)


def test_a_call_transcripts_speaker_of_agent_and_customer_is_the_role(tmp_path):
    # A contact centre's transcript rows: "Speaker" says Agent or Customer (a role, not a person), "Call ID" the
    # conversation
    data = (b"Call ID,Speaker,Text,Start\n"
            b"c1,Agent,Thanks for calling Acme,2024-01-01 10:00:00\n"
            b"c1,Customer,My internet has been down since yesterday,2024-01-01 10:00:10\n"
            b"c2,Customer,I want to cancel my contract,2024-01-02 11:00:00\n")
    res = load(write(tmp_path, "calls.csv", data))
    m = res.messages
    assert res.mapping[S.AUTHOR_ROLE] == "Speaker" and S.AUTHOR_ID not in res.mapping
    assert m[S.AUTHOR_ROLE].tolist() == ["brand", "customer", "customer"] and m[S.CONVERSATION_ID].nunique() == 2


def test_a_dump_with_no_header_keeps_its_first_row_and_names_columns_by_number(tmp_path):
    # SemEval's layout: "id<TAB>label<TAB>text" with no header; the first row had named the columns
    data = (b"619950566786113536\tneutral\tPink Floyd's The Wall opening 29 Sept is making waves\n"
            b"619969366986235905\tnegative\tOrder a Watchman in store before Tuesday, my order is lost again\n")
    res = load(write(tmp_path, "twitter-2016test-A.tsv", data))
    m = res.messages
    assert len(m) == 2 and res.mapping[S.TEXT] == "column_3"
    assert m[S.TEXT].iloc[0] == "Pink Floyd's The Wall opening 29 Sept is making waves"
    assert json.loads(m[S.METADATA].iloc[1]) == {"column_1": "619969366986235905", "column_2": "negative"}
    assert any(n.startswith("the file has no header") for n in res.notes)
    # UCI's review sentences: "sentence<TAB>label", a bare number beside a sentence; all 3 rows are messages
    uci = (b"So there is no way for me to plug it in here in the US.\t0\r\n"
           b"Good case, excellent value, and it fits the phone well.\t1\r\n"
           b"Great for the jawbone, I have worn it all day at work.\t1\r\n")
    res = load(write(tmp_path, "amazon_cells_labelled.txt", uci))
    assert res.messages[S.TEXT].tolist()[0] == "So there is no way for me to plug it in here in the US."
    assert len(res.messages) == 3 and res.mapping[S.TEXT] == "column_1"
    # a header of names, dated rows below it, is a header; so is a survey's question beside a numbered column
    survey = b"What is the main reason for your score?,2024\nthe delivery was slow again,9\n"
    assert load(write(tmp_path, "survey.csv", survey)).mapping[S.TEXT] == "What is the main reason for your score?"
    dated = b"date,text\n2024-01-02,my order is late\n"
    assert load(write(tmp_path, "dated.csv", dated)).mapping[S.TEXT] == "text"


def test_tweets_are_told_by_twitters_short_links_where_no_column_says_so(tmp_path):
    # CrowdFlower's tweets to @Apple: columns "id, query, sentiment, text", channel "other" before
    data = (b"id,query,text\n1,#AAPL OR @Apple,The 10 best Steve Jobs emails ever http://t.co/82G1kL94tx\n"
            b"2,#AAPL OR @Apple,RT @JPDesloges: Why AAPL Stock Had a Mini-Flash Crash Today http://t.co/hGFcjYa0E9\n"
            b"3,#AAPL OR @Apple,my iPhone will not charge again\n")
    assert (load(write(tmp_path, "dfe.csv", data)).messages[S.CHANNEL] == "twitter").all()
    reviews = b"id,text\n1,Lovely dress\n2,Runs small\n"
    assert (load(write(tmp_path, "r.csv", reviews)).messages[S.CHANNEL] == "other").all()


def test_channel_names_read_a_sites_address_as_its_name():
    from workbench.ingest.formats.columns import channel_names

    got = channel_names(pd.Series(["Twitter", "https://www.reddit.com/", "x.com", "m.facebook.com", " Email ", None,
                                   "web form", ""]))
    assert got.tolist() == ["twitter", "reddit", "twitter", "facebook", "email", pd.NA, "web form", pd.NA]


def test_a_help_desk_export_reads_subject_source_and_the_customers_company(tmp_path):
    # Freshdesk's layout: the subject says what the ticket is about, "Source" is the channel, "Company Name" the
    # customer's organisation (not the brand they write to)
    data = (b"Ticket ID,Subject,Description,Status,Priority,Source,Type,Agent,Created time,Full name,Company Name\n"
            b"1001,Refund not received,I returned the parcel on 2 May,Open,High,Email,Incident,Kim,2025-05-10 09:00:00,"
            b"Ann Lee,Globex\n"
            b"1002,VPN drops every hour!,,Closed,Low,Portal,Problem,Sam,2025-05-11 10:00:00,Bob Roy,Initech\n"
            b"1003,,Cannot log in since the update,Open,Low,Chat,Question,Sam,2025-05-12 11:00:00,Bob Roy,Initech\n")
    res = load(write(tmp_path, "tickets.csv", data))
    m = res.messages
    assert m[S.TEXT].tolist() == ["Refund not received. I returned the parcel on 2 May", "VPN drops every hour!",
                                  "Cannot log in since the update"]
    assert m[S.CHANNEL].tolist() == ["email", "portal", "chat"] and res.mapping[S.CHANNEL] == "Source"
    assert S.BRAND not in res.mapping and m[S.BRAND].isna().all()
    meta = json.loads(m.loc[0, S.METADATA])
    assert meta["Company Name"] == "Globex" and meta["Subject"] == "Refund not received" and "Type" in meta
    assert any("'Company Name' taken as the customer's organisation" in n for n in res.notes)
    # the researcher's own choice of text reads it alone; a brand mapped by hand is the brand
    told = load(write(tmp_path, "tickets2.csv", data),
                options=LoadOptions(mapping={S.TEXT: "Description", S.BRAND: "Company Name"})).messages
    assert told[S.TEXT].tolist()[0] == "I returned the parcel on 2 May" and told[S.BRAND].tolist()[0] == "Globex"


def test_a_title_is_read_before_the_text_only_where_it_says_something_of_its_own(tmp_path):
    from workbench.ingest.formats.tabular import with_title

    got = with_title(pd.Series(["Great fit", "Too small?", None, "Meh", ""]),
                     pd.Series(["I love it", "Sized down", "No title here", None, "Body only"]))
    assert got.tolist() == ["Great fit. I love it", "Too small? Sized down", "No title here", "Meh", "Body only"]
    # a product's name on every review is no title; nor is a post's opening repeated by a listening tool
    reviews = b"Title,Review Text,Rating\n" + b"".join(b"Acme Kettle,boils fast and quiet number %d,5\n" % i
                                                        for i in range(6))
    assert load(write(tmp_path, "r.csv", reviews)).messages[S.TEXT].iloc[0] == "boils fast and quiet number 0"
    posts = (b"Title,Full Text\nmy delivery is late,my delivery is late again\n"
             b"the app crashes,the app crashes on login\n")
    assert load(write(tmp_path, "p.csv", posts)).messages[S.TEXT].tolist() == [
        "my delivery is late again", "the app crashes on login"]


def test_a_product_id_on_every_review_is_no_message_id(tmp_path):
    # Datafiniti's Amazon reviews: "id" is the product's, "reviews.id" often empty; three different reviews
    # had been one message and two "exact duplicates"
    data = (b"id,name,brand,reviews.date,reviews.id,reviews.rating,reviews.text,reviews.title,reviews.username\n"
            b"AVq1,Fire HD 8,Amazon,2017-01-13T00:00:00.000Z,,5,My children love it,Kindle,Adapter\n"
            b"AVq1,Fire HD 8,Amazon,2017-01-14T00:00:00.000Z,,2,The battery died after two weeks,Battery died,truman\n"
            b"AVq1,Fire HD 8,Amazon,2017-02-13T00:00:00.000Z,,4,Great for reading at night,Reading,DaveZ\n"
            b"AVq2,Echo Dot,Amazon,2017-03-01T00:00:00.000Z,,1,Stopped working,Dead,kim\n")
    res = load(write(tmp_path, "amazon.csv", data))
    m = res.messages
    assert len(m) == 4 and m[S.MESSAGE_ID].nunique() == 4 and S.SOURCE_ID not in res.mapping
    assert m[S.SOURCE_ID].tolist() == ["1", "2", "3", "4"] and json.loads(m.loc[0, S.METADATA])["id"] == "AVq1"
    assert any("column 'id' repeats over different messages" in n for n in res.notes)
    assert m[S.TEXT].tolist()[1] == "Battery died. The battery died after two weeks"  # its title first
    # an id repeated with its own text is a row exported twice: still one message
    twice = b"id,text\n1,late again\n1,late again\n2,refund please\n"
    assert load(write(tmp_path, "twice.csv", twice)).mapping[S.SOURCE_ID] == "id"
    # a product's id on just two different reviews is no message id either (the test had weighed the first row
    # of each id against itself: one repeat in two, never "mostly")
    pair = b"id,text\nAV1,Works great with my lights\nAV1,Stopped responding after a week\nAV2,Battery lasts\n"
    assert S.SOURCE_ID not in load(write(tmp_path, "pair.csv", pair)).mapping


def test_row_numbers_run_through_the_whole_file(tmp_path):
    from workbench.ingest.formats.tabular import TabularLoader

    data = b"text,score\n" + b"".join(b"message %d,5\n" % i for i in range(1, 6)) + b"bad,row,here\nlast one,4\n"
    parts = list(TabularLoader().load_chunks(write(tmp_path, "rows.csv", data), LoadOptions(), rows=2))
    got = pd.concat([p.messages for p in parts])
    # the set-aside row is row 6 of the file's rows; the chunks of two rows do not restart the count
    assert got[S.SOURCE_ID].tolist() == ["1", "2", "3", "4", "5", "7"]
    assert got[S.TEXT].tolist()[-1] == "last one"


def test_a_survey_named_by_its_questions_reads_every_open_answer(tmp_path):
    data = (b"Response ID,Submitted at,How likely are you to recommend us to a friend? (0-10),"
            b"What is the main reason for your score?,What could we do better?,Plan\n"
            b"r1,2025-03-01 10:00,9,Fast delivery and friendly support staff,Lower the shipping costs please,Pro\n"
            b"r2,2025-03-02 11:00,3,My refund took six weeks to arrive,Answer the phone when customers call,Basic\n"
            b"r3,2025-03-04 13:00,10,Everything just works,,Basic\n")
    res = load(write(tmp_path, "survey.csv", data))
    m = res.messages
    assert res.mapping[S.TEXT] == "What is the main reason for your score?"
    assert m[S.RATING_TYPE].tolist()[:3] == ["nps"] * 3 and m[S.RATING].tolist()[:3] == [9, 3, 10]
    assert m[S.TEXT].tolist() == ["Fast delivery and friendly support staff", "My refund took six weeks to arrive",
                                  "Everything just works", "Lower the shipping costs please",
                                  "Answer the phone when customers call"]
    # the second question's answers: the same respondent's conversation, no score of their own, the question said
    assert m[S.CONVERSATION_ID].tolist()[3:] == m[S.MESSAGE_ID].tolist()[:2] and m[S.RATING].iloc[3:].isna().all()
    assert json.loads(m[S.METADATA].iloc[4]) == {"Plan": "Basic", "question": "What could we do better?"}
    assert json.loads(m[S.METADATA].iloc[0])["question"] == "What is the main reason for your score?"
    assert m[S.MESSAGE_ID].is_unique
    # no author column: each response is one respondent, whose answers to both questions are theirs
    assert m[S.AUTHOR_ID].tolist() == ["respondent:r1", "respondent:r2", "respondent:r3", "respondent:r1",
                                       "respondent:r2"]
    assert any("each row is taken as one respondent's response (identified by 'Response ID')" in n
               for n in res.notes)


def test_an_optional_open_question_mostly_answered_no_is_still_read_and_its_nos_are_no_messages(tmp_path):
    # "Anything else?": most answer "No" or "N/A" (one word on average), the rest write something of their own
    rows = [b"r1,Fast delivery and friendly staff,No", b"r2,My refund took six weeks,N/A",
            b"r3,The app crashes on login,Please add a dark mode", b"r4,Good value for the price,nothing",
            b"r5,Support never answered my emails,-", b"r6,Checkout keeps failing,The invoice page is confusing",
            b"r7,Delivery was late,no.", b"r8,Great product overall,"]
    data = b"Response ID,What is the main reason for your score?,Anything else you'd like to tell us?\n" + \
        b"\n".join(rows) + b"\n"
    m = load(write(tmp_path, "survey.csv", data)).messages
    assert m[S.TEXT].tolist()[8:] == ["Please add a dark mode", "The invoice page is confusing"]
    assert len(m) == 10 and m[S.AUTHOR_ID].tolist()[8:] == ["respondent:r3", "respondent:r6"]
    # a question answered by picking one of a few options is no open question
    picks = b"\n".join(b"r%d,Answer number %d is here,%s" % (i, i, [b"Pro plan here", b"Basic plan", b"No"][i % 3])
                       for i in range(9))
    data = b"Response ID,What is the main reason for your score?,Which plan are you on?\n" + picks + b"\n"
    assert len(load(write(tmp_path, "plans.csv", data)).messages) == 9


def test_a_social_inbox_export_tells_the_brands_replies_from_its_customers(tmp_path):
    # Sprout Social's layout: "Profile" is the brand's account a message reached, "From" its author; the brand's
    # own replies are rows "From" that account; "Network" names the channel
    data = (b"Date,Network,Message Type,Profile,From,Message,Sent by\n"
            b"2025-03-03 09:14,Twitter,@Mention,AcmeSupport,@jane_d,@AcmeSupport my order never arrived,\n"
            b"2025-03-03 09:40,Twitter,Reply,AcmeSupport,@AcmeSupport,@jane_d Sorry! Please DM us,Kim L\n"
            b"2025-03-04 08:30,Instagram,Direct Message,acme.official,@mia_k,Can I still return a dress?,\n"
            b"2025-03-04 09:05,Instagram,Direct Message,acme.official,acme.official,Returns are open 60 days,Sam P\n")
    res = load(write(tmp_path, "inbox.csv", data))
    m = res.messages
    assert res.mapping[S.BRAND] == "Profile" and res.mapping[S.CHANNEL] == "Network"
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "brand"]
    assert m[S.BRAND].tolist() == ["AcmeSupport", "AcmeSupport", "acme.official", "acme.official"]
    assert m[S.CHANNEL].tolist() == ["twitter", "twitter", "instagram", "instagram"]
    # the reply that opens by addressing @jane_d answers her message before it; the DM names no one
    assert pd.isna(m[S.PARENT_ID].iloc[0]) and m[S.PARENT_ID].iloc[1] == m[S.MESSAGE_ID].iloc[0]
    assert m[S.CONVERSATION_ID].iloc[1] == m[S.CONVERSATION_ID].iloc[0] and pd.isna(m[S.PARENT_ID].iloc[3])
    # a profile column of web addresses (a CRM's link to each customer's profile) names no brand
    links = b"Profile,Message\nhttps://x.com/a,late again\nhttps://x.com/a,still late\n"
    assert S.BRAND not in load(write(tmp_path, "links.csv", links)).mapping


def test_replies_are_linked_by_the_handle_they_address_to_that_customers_latest_message():
    from workbench.ingest.formats.threads import answered_by_mention

    t = pd.to_datetime(["2025-03-01 09:00", "2025-03-01 10:00", "2025-03-01 11:00", "2025-03-01 12:00",
                        "2025-03-20 12:00"], utc=True)
    ids = pd.Series(["a1", "b1", "a2", "r1", "r2"])
    author = pd.Series(["@ann", "bob", "ann", "Acme", "Acme"])
    roles = pd.Series(["customer", "customer", "customer", "brand", "brand"])
    text = pd.Series(["late", "lost bag", "still late", "@Ann sorry, DM us", "@ann any news?"])
    got = answered_by_mention(ids, author, roles, text, pd.Series(t))
    # r1 answers ann's latest message before it (a2, not a1, not bob's); r2 comes 19 days later: no link
    assert got.iloc[:3].isna().all()
    assert got.iloc[3] == "a2" and pd.isna(got.iloc[4])


def test_a_workbook_is_read_from_its_sheet_of_messages(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    for row in (["Report", "Q1 feedback"], ["Responses", 3], ["Average score", 5]):
        summary.append(row)
    data = book.create_sheet("Responses")
    for row in (["id", "comment", "score"], [1, "The delivery was late again", 2], [2, "Great support", 9],
                [3, "App crashes when I pay", 4]):
        data.append(row)
    products = book.create_sheet("Products")  # a longer lookup list names no text column
    for i in range(10):
        products.append([f"SKU{i}", f"Product {i}", 9.99])
    book.save(tmp_path / "feedback.xlsx")
    res = load(tmp_path / "feedback.xlsx")
    assert res.messages[S.TEXT].tolist() == ["The delivery was late again", "Great support", "App crashes when I pay"]
    assert "sheet 'Responses' read ('Summary', 'Products' left out)" in res.notes[0]


def test_a_workbook_of_one_sheet_per_brand_is_read_whole(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Summary"
    book.active.append(["Mentions", 5])
    for brand, rows in (("Delta", [["My bag is lost", "a"], ["Flight delayed again", "b"], ["Great crew", "c"]]),
                        ("United", [["Refund still missing", "d"], ["Seat was broken", "e"]])):
        sheet = book.create_sheet(brand)
        sheet.append(["text", "user"])
        for row in rows:
            sheet.append(row)
    other = book.create_sheet("Notes")  # a sheet of messages laid out otherwise: not mixed in
    for row in (["comment", "owner"], ["Check the refund thread", "ana"]):
        other.append(row)
    book.save(tmp_path / "mentions.xlsx")
    res = load(tmp_path / "mentions.xlsx")
    m = res.messages
    assert m[S.TEXT].tolist() == ["My bag is lost", "Flight delayed again", "Great crew", "Refund still missing",
                                  "Seat was broken"]
    assert [json.loads(x)["sheet"] for x in m[S.METADATA]] == ["Delta"] * 3 + ["United"] * 2
    assert res.notes[0] == ("sheets 'Delta', 'United' read: they hold the same columns; each row's sheet is kept as "
                            "'sheet' (--segment-by sheet compares them); 'Summary', 'Notes' left out.")


def test_an_e_mail_clients_export_tells_the_mailbox_from_customers_and_threads_by_subject(tmp_path):
    # Outlook's CSV export: no dates, no ids; "From: (Address)", "To: (Address)", subjects with RE:
    data = (b'"Subject","Body","From: (Name)","From: (Address)","To: (Name)","To: (Address)"\n'
            b'"Order 4411 missing","my order never arrived","Jane Doe","jane@example.com","Acme","support@acme.com"\n'
            b'"Refund","charged twice","Bob Roy","bob@example.org","Acme","support@acme.com"\n'
            b'"RE: Order 4411 missing","sorry, a replacement is on its way","Acme","support@acme.com","Jane Doe",'
            b'"jane@example.com"\n'
            b'"RE: RE: Order 4411 missing","thanks!","Jane Doe","jane@example.com","Acme","support@acme.com"\n')
    res = load(write(tmp_path, "outlook.csv", data))
    m = res.messages
    assert res.mapping[S.AUTHOR_ID] == "From: (Address)" and (m[S.CHANNEL] == "email").all()
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "customer", "brand", "customer"]
    assert m[S.TEXT].tolist()[2] == "Order 4411 missing. sorry, a replacement is on its way"  # no "RE:"
    ids = m[S.MESSAGE_ID].tolist()
    assert m[S.PARENT_ID].tolist()[2:] == [ids[0], ids[2]] and m[S.PARENT_ID].iloc[:2].isna().all()
    assert m[S.CONVERSATION_ID].tolist() == [ids[0], ids[1], ids[0], ids[0]]


def test_a_ticket_export_with_a_satisfaction_column_is_tickets_not_a_survey(tmp_path):
    data = (b"Ticket ID,Subject,Description,Satisfaction Score,Survey results\n"
            b"1,VPN,The VPN drops every hour,2,Unhappy\n2,Laptop,My laptop will not boot,5,Happy\n")
    assert (load(write(tmp_path, "export.csv", data)).messages[S.CHANNEL] == "ticket").all()
    survey = b"Respondent,Comment,NPS\n1,Great service overall,9\n2,Too slow to answer,3\n"
    assert (load(write(tmp_path, "export2.csv", survey)).messages[S.CHANNEL] == "survey").all()


def test_a_help_desks_good_or_bad_satisfaction_is_a_rating(tmp_path):
    # Zendesk's CSV: "Good" and "Bad" where the customer answered the survey, "Offered" and "Unoffered" where not
    data = (b"Id,Subject,Description,Satisfaction Score\n"
            b"1,VPN,The VPN drops every hour,Bad\n2,Laptop,My laptop will not boot,Good\n"
            b"3,Printer,The printer jams,Offered\n4,Mail,Mailbox full again,Unoffered\n"
            b"5,Badge,Badge not working,good\n")
    res = load(write(tmp_path, "tickets.csv", data))
    m = res.messages
    assert res.mapping[S.RATING] == "Satisfaction Score"
    assert m[S.RATING].tolist()[:2] == [0.0, 1.0] and m[S.RATING].iloc[2:4].isna().all() and m[S.RATING].iloc[4] == 1
    assert m[S.RATING_TYPE].tolist()[:2] == ["csat_good_bad"] * 2 and m[S.RATING_TYPE].iloc[2:4].isna().all()
    assert any("good is read as 1 and bad as 0" in n for n in res.notes)
    # A five-point satisfaction scale in words is a 1-5 CSAT
    survey = (b"Timestamp,How satisfied are you with our service?,Any other comments?\n"
              b"2024-12-06 10:00,Very satisfied,Fast delivery and friendly staff\n"
              b"2024-12-07 11:00,Dissatisfied,My refund took six weeks to arrive\n"
              b"2024-12-08 12:00,Neither satisfied nor dissatisfied,The app is fine I guess\n")
    res = load(write(tmp_path, "form.csv", survey))
    assert res.messages[S.RATING].tolist() == [5.0, 2.0, 3.0] and set(res.messages[S.RATING_TYPE]) == {"csat"}
    assert any("read as 1 (very dissatisfied) to 5 (very satisfied)" in n for n in res.notes)
    # Freshdesk's happiness scale and Intercom's words are 1-5 CSATs too; "Not rated" is no rating
    freshdesk = (b"Ticket ID,Description,Customer satisfaction\n1,The VPN drops every hour,Extremely unhappy\n"
                 b"2,My laptop will not boot,Happy\n3,The printer jams,Neither happy nor unhappy\n4,Mailbox full,"
                 b"Not rated\n5,Badge works again,Extremely happy\n")
    m = load(write(tmp_path, "freshdesk.csv", freshdesk)).messages
    assert m[S.RATING].tolist()[:3] == [1.0, 4.0, 3.0] and pd.isna(m[S.RATING].iloc[3]) and m[S.RATING].iloc[4] == 5
    intercom = (b"Conversation ID,First message,Conversation rating\n1,Where is my parcel,Terrible\n"
                b"2,Thanks for the help,Amazing\n")
    m = load(write(tmp_path, "intercom.csv", intercom)).messages
    assert m[S.RATING].tolist() == [1.0, 5.0]
    assert (m[S.CHANNEL] == "chat").all()  # a messenger's conversations, not reviews
    # A column of other words (a category) is no rating, whatever its name
    other = b"Id,Description,Satisfaction Score\n1,The VPN drops,Network\n2,Laptop will not boot,Hardware\n"
    assert S.RATING not in load(write(tmp_path, "other.csv", other)).mapping


def test_a_european_export_reads_its_customer_number_and_decimal_comma_ratings(tmp_path):
    # Excel's German CSV: semicolons, Windows-1252, day-first dates, "4,5" stars, the customer as "Kunden-Nr"
    data = ("Kunden-Nr;Datum;Bewertung;Kommentar\n"
            "1001;31.12.2025 14:30;4,5;Lieferung schnell, Qualität gut\n"
            "1002;02.01.2026 09:15;2;Paket kam beschädigt an\n"
            "1001;03.01.2026 10:00;1,0;Keine Antwort vom Kundendienst\n").encode("cp1252")
    res = load(write(tmp_path, "feedback.csv", data), options=LoadOptions(encoding="cp1252"))  # ingest guesses it
    m = res.messages
    assert res.mapping[S.AUTHOR_ID] == "Kunden-Nr" and res.mapping[S.RATING] == "Bewertung"
    assert m[S.RATING].tolist() == [4.5, 2.0, 1.0] and set(m[S.RATING_TYPE]) == {"stars"}
    assert m[S.AUTHOR_ID].nunique() == 2 and m[S.AUTHOR_ID].iloc[0] == m[S.AUTHOR_ID].iloc[2]
    assert m[S.CREATED_AT].iloc[0] == pd.Timestamp("2025-12-31 14:30", tz="UTC")
    assert "Qualität" in m[S.TEXT].iloc[0]


def test_ratings_written_as_review_pages_write_them(tmp_path):
    # A scraped review page: "5.0 out of 5 stars", "2/5", "3 stars", star glyphs
    # and its dates within words ("Reviewed in the United States on March 5, 2023")
    data = ("title,review,Rating,Date\n"
            "Great,Works as described,5.0 out of 5 stars,\"Reviewed in the United States on March 5, 2023\"\n"
            "Broke,Stopped charging after a week,1.0 out of 5 stars,Reviewed in India on 12 January 2024\n"
            "Meh,Does the job,2/5,\"March 7th, 2023\"\n"
            "Fine,Arrived on time,3 stars,Posted 3 days ago\n"
            "Good,Nice fabric,★★★★☆,2023-04-01 10:00\n").encode()
    m = load(write(tmp_path, "reviews.csv", data)).messages
    assert m[S.RATING].tolist() == [5.0, 1.0, 2.0, 3.0, 4.0] and set(m[S.RATING_TYPE]) == {"stars"}
    assert m[S.CREATED_AT].tolist()[:3] == [pd.Timestamp("2023-03-05", tz="UTC"), pd.Timestamp("2024-01-12", tz="UTC"),
                                            pd.Timestamp("2023-03-07", tz="UTC")]
    assert pd.isna(m[S.CREATED_AT].iloc[3]) and m[S.CREATED_AT].iloc[4] == pd.Timestamp("2023-04-01 10:00", tz="UTC")


def test_a_live_chat_export_is_split_into_its_turns(tmp_path):
    # One row per chat, the whole transcript in one cell: the visitor's turns are customer messages, the agent's
    # and the bot's the brand's replies, in one conversation, each answering the one before, at its own time
    data = (b"Chat ID,Started,Visitor name,Transcript,Rating\n"
            b'1,2024-11-01 10:00,Ann,"(10:00:12 AM) Visitor: My parcel never arrived\n'
            b'(10:02:40 AM) Sam (Agent): Sorry to hear that, let me check\nIt left our depot on Monday.\n'
            b'(10:03:05 AM) Visitor: Thanks, still nothing here",bad\n'
            b'2,2024-11-02 23:59,Bob,"[11:59 PM] Bot: Hi! How can I help?\n[11:59 PM] Bob: I was charged twice\n'
            b'[12:01 AM] Lee: I have refunded the second charge",good\n'
            b'3,2024-11-03 09:00,Cat,"(09:00:01 AM) Visitor: Is the shop open on Sunday?",\n')
    res = load(write(tmp_path, "livechat.csv", data))
    m = res.messages.sort_values(S.CREATED_AT).reset_index(drop=True)
    assert m[S.TEXT].tolist() == ["My parcel never arrived", "Sorry to hear that, let me check\nIt left our depot on "
                                  "Monday.", "Thanks, still nothing here", "Hi! How can I help?", "I was charged twice",
                                  "I have refunded the second charge", "Is the shop open on Sunday?"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "brand", "customer", "brand", "customer"]
    assert [json.loads(x)["speaker"] for x in m.loc[[1, 3, 5], S.METADATA]] == ["Sam (Agent)", "Bot", "Lee"]
    # the bot's turn is no person's answer (responsiveness does not count it)
    assert [json.loads(x).get("automated", False) for x in m.loc[[1, 3, 5], S.METADATA]] == [False, True, False]
    assert set(m.loc[[1, 3, 5], S.AUTHOR_ID]) == {S.UNNAMED_BRAND}  # agents are the brand, not brands of their own
    assert m[S.CONVERSATION_ID].nunique() == 3 and m.loc[0, S.CONVERSATION_ID] == m.loc[2, S.CONVERSATION_ID]
    assert m.loc[1, S.PARENT_ID] == m.loc[0, S.MESSAGE_ID] and m.loc[2, S.PARENT_ID] == m.loc[1, S.MESSAGE_ID]
    assert m[S.CREATED_AT].tolist()[:6] == [pd.Timestamp(t, tz="UTC") for t in (
        "2024-11-01 10:00:12", "2024-11-01 10:02:40", "2024-11-01 10:03:05", "2024-11-02 23:59",
        "2024-11-02 23:59", "2024-11-03 00:01")]  # past midnight: the next day
    assert m[S.RATING].fillna(-1).tolist() == [0, -1, -1, -1, 1, -1, -1]  # the chat's, on its customer's first turn
    assert set(m[S.CHANNEL]) == {"chat"}
    assert any("holds whole chats: 3 rows split into 7 turns, 4 by the customer and 3 by the brand" in n
               for n in res.notes)
    assert not any(n.startswith("no author role column") for n in res.notes)
    # in the export's time zone, the chat's start and its turns' clock times alike
    paris = load(write(tmp_path, "livechat.csv", data), options=LoadOptions(timezone="Europe/Paris")).messages
    assert paris[S.CREATED_AT].min() == pd.Timestamp("2024-11-01 09:00:12", tz="UTC")


def test_lines_that_name_no_speaker_are_no_chat():
    from workbench.ingest.formats.transcripts import turns

    assert turns("Pros: light and fast\nCons: the battery dies by noon") == []  # a review's headings
    assert turns("Visitor: hello") == [] and turns("Visitor: hello", least=1) == [(None, "Visitor", "hello")]
    assert [s for _, s, _ in turns("Customer: my bill is wrong\nAgent: let me look")] == ["Customer", "Agent"]
    # where turns carry times, a line without one is the turn's own text, not a speaker "Note"
    said = turns("(10:00) Visitor: the app crashed\nNote: it said error 42\n(10:02) Agent: which version?")
    assert said == [("10:00", "Visitor", "the app crashed\nNote: it said error 42"),
                    ("10:02", "Agent", "which version?")]


def test_a_chat_turn_with_no_clock_time_has_no_time_of_its_own():
    # No times in the transcript: the first turn is the chat's start, a later one's time is unknown (a made-up
    # second later would read as an answer within a minute)
    from workbench.ingest.formats.transcripts import split_transcripts

    row = S.empty_messages().astype(object).reindex([0])
    row.loc[0, [S.MESSAGE_ID, S.TEXT, S.CREATED_AT]] = ["c1", "Customer: my bill is wrong\nAgent: let me look",
                                                        pd.Timestamp("2024-11-01 10:00", tz="UTC")]
    out, agents = split_transcripts(S.conform(row))
    assert out[S.CREATED_AT].iloc[0] == pd.Timestamp("2024-11-01 10:00", tz="UTC")
    assert pd.isna(out[S.CREATED_AT].iloc[1])
    assert out[S.AUTHOR_ROLE].tolist() == ["customer", "brand"] and agents == {"Agent"}


def test_a_google_forms_export_reads_its_respondents_and_gmt_offsets(tmp_path):
    # "GMT+1" is an hour ahead of UTC as Google Forms writes it (the date parser's POSIX reading is the opposite)
    data = (b"Timestamp,Email Address,How likely are you to recommend us to a friend?,Any other comments?\n"
            b"2024/12/06 10:13:20 AM GMT+1,ann@example.com,9,Fast delivery and friendly staff\n"
            b"2024/12/07 3:05:11 PM GMT-5,bob@example.com,3,My refund took six weeks to arrive\n"
            b"2024/12/08 9:00:00 AM GMT+1,ann@example.com,8,Still happy with the app\n")
    res = load(write(tmp_path, "form.csv", data))
    m = res.messages
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp("2024-12-06 09:13:20", tz="UTC"),
                                        pd.Timestamp("2024-12-07 20:05:11", tz="UTC"),
                                        pd.Timestamp("2024-12-08 08:00:00", tz="UTC")]
    assert res.mapping[S.AUTHOR_ID] == "Email Address" and m[S.AUTHOR_ID].nunique() == 2  # ann answered twice
    # A time zone by its abbreviation, as US and European tools write it: PST is 8 hours behind UTC, CEST 2 ahead
    zoned = (b"Date,Message\n2024/03/01 10:00:00 PST,my parcel is late\n03/01/2024 10:00 PM EST,refund please\n"
             b"2024-07-01 10:00 (CEST),where is my order\n2024-03-01 10:00:00 UTC,thanks\n")
    assert load(write(tmp_path, "zoned.csv", zoned)).messages[S.CREATED_AT].tolist() == [
        pd.Timestamp("2024-03-01 18:00", tz="UTC"), pd.Timestamp("2024-03-02 03:00", tz="UTC"),
        pd.Timestamp("2024-07-01 08:00", tz="UTC"), pd.Timestamp("2024-03-01 10:00", tz="UTC")]


def test_a_qualtrics_export_reads_its_question_row_as_the_column_names(tmp_path):
    # Qualtrics: short ids in the header, then the question texts, then import ids, then the responses
    data = (b'StartDate,ResponseId,Q1,Q2,Q3\n'
            b'Start Date,Response ID,How likely are you to recommend us to a friend?,'
            b'What is the primary reason for your score?,Anything else?\n'
            b'"{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}",'
            b'"{""ImportId"":""QID2_TEXT""}","{""ImportId"":""QID3_TEXT""}"\n'
            b'2024-03-01 10:00:00,R_1a,9,Fast delivery and friendly staff,Keep it up\n'
            b'2024-03-02 11:00:00,R_2b,2,My refund took six weeks to arrive,\n')
    res = load(write(tmp_path, "export.csv", data))
    m = res.messages
    assert res.mapping[S.TEXT] == "What is the primary reason for your score?"
    assert res.mapping[S.SOURCE_ID] == "Response ID" and res.mapping[S.CREATED_AT] == "Start Date"
    assert m[S.TEXT].tolist() == ["Fast delivery and friendly staff", "My refund took six weeks to arrive",
                                  "Keep it up"]  # neither the question row nor the import ids are responses
    assert set(m[S.CHANNEL]) == {"survey"} and m[S.RATING_TYPE].iloc[0] == "nps" and m[S.RATING].iloc[1] == 2
    assert m[S.AUTHOR_ID].tolist() == ["respondent:R_1a", "respondent:R_2b", "respondent:R_1a"]
    # the header's rows are not read as responses; two responses give three answers, each read and loaded
    assert res.rows_read == 3 and any("2 rows below the header read as column names" in n for n in res.notes)
    # short answers to a text entry question (its import id "QID2_TEXT") are the messages all the same; a
    # choice's "Other" text ("QID4_5_TEXT") is none
    data = (b'ResponseId,Q2,Q4_5_TEXT\nResponse ID,What should we improve?,Which plan? - Other - Text\n'
            b'"{""ImportId"":""_recordId""}","{""ImportId"":""QID2_TEXT""}","{""ImportId"":""QID4_5_TEXT""}"\n'
            b'R_1a,faster delivery,enterprise\nR_2b,cheaper shipping,\n')
    res = load(write(tmp_path, "short.csv", data))
    assert res.mapping[S.TEXT] == "What should we improve?"
    assert res.messages[S.TEXT].tolist() == ["faster delivery", "cheaper shipping"]


def test_a_channel_something_else_came_by_is_not_the_messages_channel(tmp_path):
    # Qualtrics' "Distribution Channel" says the invitation was e-mailed: the answers are a survey's, not e-mails
    data = (b'ResponseId,DistributionChannel,Q2\nResponse ID,Distribution Channel,What should we improve?\n'
            b'"{""ImportId"":""_recordId""}","{""ImportId"":""distributionChannel""}","{""ImportId"":""QID2_TEXT""}"\n'
            b'R_1a,email,faster delivery please\nR_2b,email,cheaper shipping to Canada\n')
    m = load(write(tmp_path, "qualtrics.csv", data)).messages
    assert m[S.CHANNEL].tolist() == ["survey", "survey"]
    assert json.loads(m[S.METADATA].iloc[0])["Distribution Channel"] == "email"
    # a customer's preferred way to be contacted is no channel either; the ticket's source is
    tickets = (b"Ticket ID,Preferred Contact Method,Description\nT1,Phone,my card was charged twice\n"
               b"T2,Email,where is my parcel\n")
    assert load(write(tmp_path, "tickets.csv", tickets)).messages[S.CHANNEL].tolist() == ["ticket", "ticket"]
    sourced = tickets.replace(b"Method,", b"Method,Source,").replace(b"Phone,", b"Phone,Chat,").replace(
        b"Email,", b"Email,Phone,")
    assert load(write(tmp_path, "sourced.csv", sourced)).messages[S.CHANNEL].tolist() == ["chat", "phone"]


def test_a_surveymonkey_export_drops_its_answer_kind_row(tmp_path):
    # SurveyMonkey: the questions in the header, the kind of answer below; a matrix's further columns have a
    # blank header and their option below it
    data = (b"Respondent ID,Start Date,How satisfied are you with our support?,,What should we improve?\n"
            b",,Speed,Friendliness,Open-Ended Response\n"
            b"114,03/01/2024 10:00:00 AM,Satisfied,Very satisfied,Answer the phone faster\n"
            b"115,03/02/2024 11:00:00 AM,Unsatisfied,Neutral,Stop sending so many e-mails\n")
    res = load(write(tmp_path, "survey_monkey.csv", data))
    m = res.messages
    assert m[S.TEXT].tolist() == ["Answer the phone faster", "Stop sending so many e-mails"]
    meta = json.loads(m[S.METADATA].iloc[0])
    assert meta["Friendliness"] == "Very satisfied"
    # the satisfaction question's first column, in SurveyMonkey's words ("Unsatisfied"), is the CSAT rating
    assert m[S.RATING].tolist() == [4, 2] and set(m[S.RATING_TYPE]) == {"csat"}
    # short open answers ("fast delivery") are found by the kind of answer SurveyMonkey names, not by their length;
    # a second open question's answers are messages of their own, and an "Other (please specify)" is no message
    data = (b"Respondent ID,Which do you use?,,What is one thing we could improve?,Anything else?\n"
            b",Response,Other (please specify),Open-Ended Response,Open-Ended Response\n"
            b"114,App,,faster delivery,no\n115,Web,tablet,cheaper shipping,live chat\n")
    res = load(write(tmp_path, "short_answers.csv", data))
    assert res.mapping[S.TEXT] == "What is one thing we could improve?"
    assert res.messages[S.TEXT].tolist() == ["faster delivery", "cheaper shipping", "live chat"]
    # each answer says which question it answers (a survey of one open question as well)
    assert [json.loads(m)["question"] for m in res.messages[S.METADATA]] == [
        "What is one thing we could improve?"] * 2 + ["Anything else?"]
    data = b"Respondent ID,What could we do better?\n1,deliver on weekends too\n"
    one = load(write(tmp_path, "one_question.csv", data)).messages
    assert json.loads(one[S.METADATA].iloc[0])["question"] == "What could we do better?"


def test_a_table_whose_every_row_has_too_many_fields_sets_them_all_aside(tmp_path):
    # Semicolons inside unquoted texts: every row has three fields under a header of two. Nothing to load, no
    # crash (the check for ids repeated over texts had met zero rows), every row counted as set aside.
    p = write(tmp_path, "semi.csv", b"id;text\n0;late; again\n1;lost; bag\n")
    out = load(p)
    assert out.messages.empty and out.rows_read == 2
    assert out.rejected["reason"].tolist() == ["wrong number of fields (the header has 2)"] * 2


def test_a_one_column_file_keeps_the_commas_of_its_unquoted_texts(tmp_path):
    # Reviews pasted one per line under a header of one column, unquoted: a comma is the review's own, not a
    # second field (the row was set aside as "wrong number of fields").
    p = write(tmp_path, "reviews.csv", b"review\nThe strap broke in a week\nLovely colour, fits well\n"
                                       b"Late, scratched, and, frankly, used\n")
    out = load(p)
    assert out.messages[S.TEXT].tolist() == ["The strap broke in a week", "Lovely colour, fits well",
                                             "Late, scratched, and, frankly, used"]
    assert out.rejected.empty


def test_a_chat_export_s_agents_and_bot_answer_for_the_company_their_names_give(tmp_path):
    # A chat tool's conversation parts: agents shown as "Sam from Acme", a bot "Operator" (its author type says
    # bot): one brand, Acme, not three brands named Operator, Sam from Acme and Kim | Acme
    data = (b"Conversation ID,Author type,Author name,Body,Created at\n"
            b"c1,bot,Operator,Hi there! How can we help?,2024-03-01 09:00\n"
            b"c1,user,Jo Bloggs,My parcel never arrived,2024-03-01 09:01\n"
            b"c1,admin,Sam from Acme,Sorry! A new parcel is on its way,2024-03-01 09:20\n"
            b"c2,bot,Operator,Hi there! How can we help?,2024-03-02 10:00\n"
            b"c2,user,Al Smith,How do I change my address?,2024-03-02 10:01\n"
            b"c2,admin,Kim | Acme,In your account settings,2024-03-02 10:05\n")
    res = load(write(tmp_path, "chats.csv", data))
    m = res.messages
    brand = m[m[S.AUTHOR_ROLE] == "brand"]
    assert brand[S.AUTHOR_ID].tolist() == ["Acme"] * 4
    assert [json.loads(x)["agent"] for x in brand[S.METADATA]] == ["Operator", "Sam from Acme", "Operator",
                                                                    "Kim | Acme"]
    assert [json.loads(x).get(S.AUTOMATED, False) for x in brand[S.METADATA]] == [True, False, True, False]
    assert any("(Acme, as the agents' names say)" in n for n in res.notes)
    # --brand names the company whatever the agents' names say
    named = load(write(tmp_path, "named.csv", data), options=LoadOptions(brand="Acme Inc")).messages
    assert set(named.loc[named[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID]) == {"Acme Inc"}
    # an agent known by a first name alone, on a row whose role says an agent wrote it, is no brand "Sam"; a
    # brand account that is also a first name ("Dell", role "brand") stays the brand it is
    first = (b"Conversation ID,Author type,Author name,Body\n"
             b"c1,user,Jo Bloggs,My parcel never arrived\nc1,admin,Sam,Sorry! A new one is on its way\n"
             b"c2,user,Al Smith,My laptop will not start\nc2,brand,Dell,Please DM us your service tag\n")
    m = load(write(tmp_path, "first.csv", first)).messages
    assert m.loc[m[S.AUTHOR_ROLE] == "brand", S.AUTHOR_ID].tolist() == [S.UNNAMED_BRAND, "Dell"]


def test_a_help_desks_comment_rows_keep_who_wrote_them_and_set_internal_notes_aside(tmp_path):
    # Zendesk's comments as rows: the role column is named for the comment's author, "Comment public" False is an
    # internal note, and the brand's replies are written by agents who are people, not brands
    data = (b"Ticket ID,Comment author,Comment author role,Comment public,Comment body,Comment created\n"
            b"7,Jo Bloggs,end-user,True,My parcel never arrived,2024-03-01 09:00\n"
            b"7,Dana Ruiz,agent,False,internal: courier says delivered,2024-03-01 09:05\n"
            b"7,Dana Ruiz,agent,True,Sorry about that! A new parcel is on its way,2024-03-01 10:00\n"
            b"8,Al Smith,end-user,True,How do I change my address?,2024-03-02 11:00\n"
            b"8,Sam L.,agent,TRUE,In your account settings,2024-03-02 11:30\n")
    res = load(write(tmp_path, "comments.csv", data))
    m = res.messages
    assert len(m) == 4 and res.rows_read == 5
    assert res.rejected["reason"].tolist() == ["internal note (not visible to the customer)"]
    assert "courier says delivered" in res.rejected["raw"].iloc[0] and res.rejected["location"].iloc[0] == "row 2"
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "brand"]
    assert m[S.AUTHOR_ID].tolist()[1::2] == [S.UNNAMED_BRAND] * 2  # the brand's replies, not two brands
    assert [json.loads(x)["agent"] for x in m[S.METADATA].iloc[1::2]] == ["Dana Ruiz", "Sam L."]
    assert m[S.CONVERSATION_ID].nunique() == 2
    assert any("marks internal notes" in n and "1 set aside" in n for n in res.notes)
    # a review that is not public is still the customer's message: with no role column nothing is set aside
    private = b"Review,Public\nGreat shoes but they run small,False\nLovely,True\n"
    assert len(load(write(tmp_path, "reviews.csv", private)).messages) == 2
    # where the export names the brand, the agents' replies are that brand's
    named = load(write(tmp_path, "named.csv", data), options=LoadOptions(brand="Acme")).messages
    assert named[S.AUTHOR_ID].tolist()[1::2] == ["Acme"] * 2


def test_people_are_told_from_accounts_by_their_names():
    from workbench.ingest.person_names import is_person

    assert [is_person(a) for a in ("Dana Ruiz", "Sam L.", "Maria de Souza")] == [True, True, False]
    assert not any(is_person(a) for a in ("Delta Assist", "AppleSupport", "@DeltaAssist", "Dana", "dana ruiz",
                                          "Comcast Cares", "Agent 42", None))


def test_a_customers_comment_on_their_rating_is_a_message_of_their_own(tmp_path):
    # Zendesk's ticket CSV: the requester's satisfaction comment explains the rating they gave the ticket
    data = (b"Id,Requester,Subject,Description,Satisfaction Score,Satisfaction Comment,Created at\n"
            b"1,ann@example.com,VPN,The VPN drops every hour,Bad,Took three days and nobody called back,"
            b"2024-03-01 10:00\n"
            b"2,bob@example.com,Laptop,My laptop will not boot,Good,,2024-03-02 11:00\n")
    res = load(write(tmp_path, "tickets.csv", data))
    m = res.messages
    assert len(m) == 3
    comment = m[m[S.TEXT] == "Took three days and nobody called back"].iloc[0]
    ticket = m[m[S.TEXT].str.contains("VPN drops")].iloc[0]
    assert comment[S.AUTHOR_ID] == ticket[S.AUTHOR_ID] and comment[S.CONVERSATION_ID] == ticket[S.CONVERSATION_ID]
    assert comment[S.AUTHOR_ROLE] == "customer" and pd.isna(comment[S.RATING]) and ticket[S.RATING] == 0.0
    assert json.loads(comment[S.METADATA])["question"] == "Satisfaction Comment"
    assert "question" not in json.loads(ticket[S.METADATA])  # a ticket answers no question
    assert any("comments on their ratings ('Satisfaction Comment')" in n for n in res.notes)


def test_a_listening_tools_language_column_names_each_messages_language(tmp_path):
    data = (b"Full Text,Language,Date\n"
            b"ok thanks,English,2024-01-02\n"
            b"gracias por nada,es-MX,2024-01-02\n"
            b"merci bien,fre,2024-01-02\n"
            b"lol,und,2024-01-02\n")
    res = load(write(tmp_path, "mentions.csv", data))
    m = res.messages
    assert m[S.LANGUAGE].fillna("").tolist() == ["en", "es", "fr", ""]
    assert m[S.METADATA].isna().all()  # nothing else to keep: the language is no metadata
    assert any("1 values in column 'Language' name no language" in n for n in res.notes)
    # the export's language stands; the detector only reads what the export left unnamed
    from workbench.ingest.clean import CleanOptions, clean
    cleaned = clean(m, CleanOptions(redact=False)).messages
    assert cleaned[S.LANGUAGE].tolist() == ["en", "es", "fr", "und"]


def test_a_language_column_of_something_else_stays_in_metadata(tmp_path):
    data = b"message,language\nyour tone was rude,formal\nhey,casual\n"
    res = load(write(tmp_path, "survey.csv", data))
    assert res.messages[S.LANGUAGE].isna().all()
    assert json.loads(res.messages.loc[0, S.METADATA])["language"] == "formal"
    assert any("column 'language' does not name languages (e.g. 'formal')" in n for n in res.notes)


def test_a_social_inbox_message_type_says_who_wrote_it_and_on_which_network(tmp_path):
    data = (b"Message,Message Type,Sender\n"
            b"@Acme my order never arrived,Twitter Mention,jo\n"
            b'"@jo sorry to hear that, please DM us",Twitter Sent Reply,Acme\n'
            b"Big sale this weekend,Facebook Published Post,Acme\n"
            b"where is my refund,Facebook Received Message,lee\n")
    res = load(write(tmp_path, "inbox.csv", data))
    m = res.messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "brand", "customer"]
    assert m[S.CHANNEL].tolist() == ["twitter", "twitter", "facebook", "facebook"]
    assert any(n.startswith("column 'Message Type' read as each message's author role") for n in res.notes)
    # a ticket's type says what it is about, not who wrote it: no role is read from it
    tickets = b"Description,Ticket type\nrefund please,Problem\nhow do I log in,Question\n"
    m = load(write(tmp_path, "tickets.csv", tickets)).messages
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "customer"] and m[S.CHANNEL].ne("problem").all()


def test_a_communitys_staff_ranks_are_the_brands_answers(tmp_path):
    data = (b"Subject,Body,Author,Author Rank,Post Date\n"
            b"Router drops wifi,My router drops wifi every night,kim,Regular Visitor,2024-03-01\n"
            b"Re: Router drops wifi,Please try the firmware update,dana,Acme Staff,2024-03-01\n"
            b"Re: Router drops wifi,Same here since the update,lee,Super User,2024-03-02\n"
            b"Billing page broken,Cannot open billing,max,New Member,2024-03-03\n")
    res = load(write(tmp_path, "community.csv", data))
    assert res.messages[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer"]
    assert any("whose 'Author Rank' says they are staff (e.g. 'Acme Staff')" in n for n in res.notes)


def test_language_values_as_exports_write_them():
    from workbench.ingest.languages import language_codes

    said = pd.Series(["EN", "ES-ES", "ZH-S", "pt_BR", "German", "Chinese (Simplified)", "ger", "und", "Unknown", "",
                      None, "formal"])
    codes = language_codes(said)
    assert codes.fillna("-").tolist() == ["en", "es", "zh", "pt", "de", "zh", "de", "-", "-", "-", "-", "-"]
    assert codes.attrs["readable"] == 9 / 10  # of the 10 filled values (not "" nor None), all but "formal"


def test_excels_sep_line_names_the_delimiter(tmp_path):
    data = b"sep=;\nid;comment;date\n1;the app crashes, again;2024-03-01\n2;love it;2024-03-02\n3;broken;row;extra;x\n"
    res = load(write(tmp_path, "excel.csv", data))
    assert res.messages[S.TEXT].tolist() == ["the app crashes, again", "love it"]
    assert res.rejected["location"].tolist() == ["line 5 (5 fields)"]  # the file's lines, its sep line counted


def test_a_band_over_groups_of_columns_above_the_header_is_skipped(tmp_path):
    rows = [["Customer", "", "Feedback", ""], ["Name", "Email", "Comment", "Rating"],
            ["Ann", "ann@x.com", "the app crashes on login", "2"], ["Bob", "bob@y.com", "love the update", "5"]]
    csv_file = write(tmp_path, "grouped.csv", "\n".join(",".join(r) for r in rows).encode() + b"\n")
    pd.DataFrame(rows).replace("", None).to_excel(tmp_path / "grouped.xlsx", header=False, index=False)
    for path in (csv_file, tmp_path / "grouped.xlsx"):
        m = load(path).messages
        assert m[S.TEXT].tolist() == ["the app crashes on login", "love the update"], path.name
        assert m[S.RATING].tolist() == [2.0, 5.0] and m[S.AUTHOR_ID].tolist() == ["Ann", "Bob"]
    # SurveyMonkey's second header line (kinds of answer under the questions) is no band's header
    survey = (b"Respondent ID,What do you think of us?,,Why?\n,Response,Other (please specify),Open-Ended Response\n"
              b"1,Good,,fast delivery\n2,Bad,,late again\n")
    m = load(write(tmp_path, "surveymonkey.csv", survey), options=LoadOptions(mapping={"text": "Why?"})).messages
    assert m[S.TEXT].tolist() == ["fast delivery", "late again"]


def test_exports_joined_end_to_end_set_their_repeated_headers_aside(tmp_path):
    week = "id,comment,date,user\n{}\n"
    data = (week.format("1,the app crashes,2024-03-01,ann\n2,love it,2024-03-02,bob")
            + week.format("3,refund please,2024-03-09,cy")).encode()
    res = load(write(tmp_path, "joined.csv", data))
    assert res.messages[S.TEXT].tolist() == ["the app crashes", "love it", "refund please"]
    assert res.rejected["reason"].tolist() == ["the header again (files joined end to end)"]
    assert any("1 row repeating the header set aside" in n for n in res.notes)
    # a row that names one column's name as its value is a message
    one = b"comment,user\ncomment,ann\ngreat app,bob\n"
    assert load(write(tmp_path, "one.csv", one)).messages[S.TEXT].tolist() == ["comment", "great app"]


def test_an_issue_trackers_comments_are_messages_in_their_issues_conversation(tmp_path):
    # Jira's CSV export: "Comment" repeated for each comment, each cell "time;author;text"; the description is
    # the reporter's first message, the reporter's comments are theirs, everyone else's the brand's
    data = (b"Summary,Issue key,Issue id,Issue Type,Priority,Reporter,Assignee,Created,Description,Comment,Comment,"
            b"Comment\n"
            b"Cannot log in,SUP-1,101,Support,High,jane.c,sam.a,03/Dec/24 9:15 AM,My account is locked after a reset,"
            b"\"03/Dec/24 10:02 AM;sam.a;Unlocked it; please try again.\",\"03/Dec/24 11:30 AM;jane.c;Still "
            b"locked,\nsame error\",04/Dec/24 1:45 PM;sam.a;Fixed now\n"
            b"Wrong VAT number,SUP-2,102,Support,Low,bob.b,,03/Dec/24 3:40 PM,Our invoice lists the wrong VAT "
            b"number,,,\n")
    res = load(write(tmp_path, "jira.csv", data))
    m = res.messages.sort_values(S.CREATED_AT).reset_index(drop=True)
    assert len(m) == 5 and res.rows_read == 5
    assert m[S.TEXT].tolist() == ["Cannot log in. My account is locked after a reset",
                                  "Unlocked it; please try again.", "Still locked,\nsame error",
                                  "Wrong VAT number. Our invoice lists the wrong VAT number", "Fixed now"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer", "brand"]
    assert m[S.AUTHOR_ID].tolist() == ["jane.c", S.UNNAMED_BRAND, "jane.c", "bob.b", S.UNNAMED_BRAND]
    assert [json.loads(x).get("agent") for x in m[S.METADATA]] == [None, "sam.a", None, None, "sam.a"]
    assert json.loads(m[S.METADATA][1])["Priority"] == "High"  # the issue's fields go with its comments
    assert m[S.CREATED_AT].dt.strftime("%d %H:%M").tolist() == ["03 09:15", "03 10:02", "03 11:30", "03 15:40",
                                                                "04 13:45"]
    # each answers the one before it, in the issue's conversation
    sup1 = m[m[S.CONVERSATION_ID] == m[S.CONVERSATION_ID][0]]
    assert sup1[S.PARENT_ID].tolist()[1:] == sup1[S.MESSAGE_ID].tolist()[:-1] and len(sup1) == 4
    assert set(m[S.CHANNEL]) == {"ticket"}
    assert any("3 comments in columns 'Comment', 'Comment.1', 'Comment.2'" in n and "1 by the ticket's reporter" in n
               for n in res.notes)
    # Jira Cloud names comment authors by account id: the reporter's id says which are theirs
    cloud = (b"Summary,Issue key,Reporter,Reporter Id,Created,Description,Comment,Comment\n"
             b"Refund,SUP-3,Ann Lee,5b10a2844c,2024-12-01 10:00,Charged twice,"
             b"2024-12-01 11:00;712020:9f3c;Refund issued,2024-12-01 12:00;5b10a2844c;Thanks!\n")
    c = load(write(tmp_path, "cloud.csv", cloud)).messages.sort_values(S.CREATED_AT)
    assert c[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert c[S.AUTHOR_ID].tolist() == ["Ann Lee", S.UNNAMED_BRAND, "Ann Lee"]
    # a column named Comment of plain comments is the text, as before
    plain = load(write(tmp_path, "plain.csv", b"Comment,Comment\nlove it; great,slow delivery\n")).messages
    assert plain[S.TEXT].tolist() == ["love it; great"]


def test_app_store_connect_reviews_keep_the_developers_responses(tmp_path):
    # App Store Connect's API (JSON:API): reviews in `data`, the developer's responses in `included`, linked by
    # each review's `relationships.response`
    page = {"data": [
        {"type": "customerReviews", "id": "5001", "attributes": {
            "rating": 1, "title": "Crashes on launch", "body": "It crashes every time I open it.",
            "reviewerNickname": "tomk88", "createdDate": "2024-05-02T08:10:00-07:00", "territory": "USA"},
         "relationships": {"response": {"data": {"type": "customerReviewResponses", "id": "r1"}}}},
        {"type": "customerReviews", "id": "5002", "attributes": {
            "rating": 5, "title": "Love it", "body": "Best budgeting app I have used.", "reviewerNickname": "sunny",
            "createdDate": "2024-05-03T12:00:00-07:00", "territory": "GBR"},
         "relationships": {"response": {"data": None}}}],
        "included": [{"type": "customerReviewResponses", "id": "r1", "attributes": {
            "responseBody": "Sorry! Version 4.2.1 fixes the crash.", "lastModifiedDate": "2024-05-02T15:00:00-07:00",
            "state": "PUBLISHED"}}],
        "meta": {"paging": {"total": 2, "limit": 50}}}
    m = load(write(tmp_path, "reviews.json", json.dumps(page).encode())).messages.sort_values(S.CREATED_AT)
    assert m[S.TEXT].tolist() == ["Crashes on launch. It crashes every time I open it.",
                                  "Sorry! Version 4.2.1 fixes the crash.", "Love it. Best budgeting app I have used."]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert m[S.PARENT_ID].iloc[1] == m[S.MESSAGE_ID].iloc[0]
    assert m[S.CREATED_AT].dt.strftime("%m-%d %H:%M").tolist() == ["05-02 15:10", "05-02 22:00", "05-03 19:00"]
    assert m[S.RATING].iloc[[0, 2]].tolist() == [1, 5] and set(m[S.CHANNEL]) == {"review"}


def test_a_typeform_export_is_known_by_its_response_tokens_and_submit_dates(tmp_path):
    # Typeform's CSV: "#" is the response token, "Network ID" the respondent's network (two respondents in one
    # office share it: no message id), "Submit Date (UTC)" when the answers were sent
    data = (b"#,How likely are you to recommend Acme?,What's the main reason for your score?,Start Date (UTC),"
            b"Submit Date (UTC),Network ID\n"
            b"k2j3h4g5,9,Easy to set up and the support team answered fast,2024-06-01 10:00:00,2024-06-01 10:03:12,"
            b"a1b2c3\n"
            b"p0o9i8u7,3,The mobile app keeps logging me out,2024-06-01 11:00:00,2024-06-02 08:00:00,d4e5f6\n")
    res = load(write(tmp_path, "typeform.csv", data))
    m = res.messages
    assert m[S.SOURCE_ID].tolist() == ["k2j3h4g5", "p0o9i8u7"]
    assert m[S.CREATED_AT].dt.strftime("%m-%d %H:%M").tolist() == ["06-01 10:03", "06-02 08:00"]
    assert m[S.AUTHOR_ID].nunique() == 2 and m[S.RATING].tolist() == [9, 3]
    assert json.loads(m[S.METADATA][0])["Network ID"] == "a1b2c3"


def test_a_crm_ticket_export_reads_its_ticket_name_and_associated_contact(tmp_path):
    # HubSpot's ticket export: "Ticket name" is the subject, "Associated Contact" the customer who asked,
    # "Ticket owner" the agent (left in metadata)
    data = (b"Ticket ID,Ticket name,Ticket description,Ticket status,Source,Create date,Ticket owner,"
            b"Associated Contact\n"
            b"3001,Refund request,Charged after I cancelled,Closed,Email,2024-05-03 09:12,Dana Ruiz,Ann Lee\n"
            b"3002,App login,The app will not let me log in,New,Chat,2024-05-04 14:20,Sam Li,Bo Chan\n"
            b"3003,Export,Could you add an export to Excel?,New,Email,2024-05-05 08:00,,Ann Lee\n")
    m = load(write(tmp_path, "tickets.csv", data)).messages
    assert m[S.TEXT].tolist() == ["Refund request. Charged after I cancelled",
                                  "App login. The app will not let me log in",
                                  "Export. Could you add an export to Excel?"]
    assert m[S.AUTHOR_ID].tolist() == ["Ann Lee", "Bo Chan", "Ann Lee"]
    assert m[S.CHANNEL].tolist() == ["email", "chat", "email"]
    assert json.loads(m[S.METADATA][0])["Ticket owner"] == "Dana Ruiz"


def test_a_media_monitors_export_reads_its_posts_whole(tmp_path):
    # Meltwater's export: UTF-16 tab-separated; a post's text in "Hit Sentence" (only news have "Opening Text"),
    # its day and time of day in two columns, "Source Type" of Social Media whose link names the network, and
    # "Influencer" the @handle that posted
    rows = [["Date", "Time", "Document ID", "URL", "Source Type", "Headline", "Opening Text", "Hit Sentence",
             "Influencer"],
            ["04-Mar-2024", "09:15AM", "1764553228", "http://twitter.com/ann/statuses/1764553228", "Social Media",
             "", "", "my flight was cancelled and I have been on hold for 3 hours", "@ann_l"],
            ["04-Mar-2024", "11:02PM", "1764553300", "https://www.facebook.com/acme/posts/99", "Social Media", "", "",
             "great crew today, thanks for rebooking me", "Bob Chan"],
            ["05-Mar-2024", "01:10PM", "8812", "https://news.example.com/acme-strike", "News",
             "Acme pilots to strike", "Pilots at Acme voted to strike next week over pay.",
             "Pilots at Acme voted to strike", "Jane Reporter"]]
    path = tmp_path / "meltwater.csv"
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-16")
    res = load(path)
    m = res.messages
    assert m[S.TEXT].tolist() == ["my flight was cancelled and I have been on hold for 3 hours",
                                  "great crew today, thanks for rebooking me",
                                  "Acme pilots to strike. Pilots at Acme voted to strike"]
    assert m[S.CREATED_AT].dt.strftime("%Y-%m-%d %H:%M").tolist() == ["2024-03-04 09:15", "2024-03-04 23:02",
                                                                      "2024-03-05 13:10"]
    assert m[S.CHANNEL].tolist() == ["twitter", "facebook", "news"]
    assert m[S.AUTHOR_ID].tolist() == ["@ann_l", "Bob Chan", "Jane Reporter"]
    assert any(n.startswith("column 'Time' read as the time of day") for n in res.notes)
    # a date column that holds times keeps them: a "Time" column beside it is something else (a duration)
    timed = load(write(tmp_path, "timed.csv", b"Date,Time,Text\n2024-03-04 10:00,0:45,slow answer\n")).messages
    assert timed[S.CREATED_AT].dt.strftime("%H:%M").tolist() == ["10:00"]
    # nor is a duration beside a day its time ("Handle Time" of a call log)
    calls = load(write(tmp_path, "calls.csv", b"Date,Handle Time,Text\n2024-03-04,0:45,slow answer\n")).messages
    assert calls[S.CREATED_AT].dt.strftime("%H:%M").tolist() == ["00:00"]


def test_a_service_desks_journal_is_read_entry_by_entry_and_its_work_notes_set_aside(tmp_path):
    # ServiceNow's export: a ticket's journal in one cell, newest first, each entry under "when - who (journal)";
    # "Work notes" are the agents' internal notes; the caller is the customer
    journal = ("2024-03-01 11:30:00 - Dana Ruiz (Additional comments)\nIt works again, the fix is live.\n\n"
               "2024-03-01 10:40:00 - Dana Ruiz (Work notes)\nRestarted the mail relay; caller is a VIP.\n\n"
               "2024-03-01 10:15:00 - Ann Lee (Additional comments)\nStill failing: error 550 on every mail.\n\n"
               "2024-03-01 09:50:00 - Dana Ruiz (Additional comments)\nCould you send the error you see?\n")
    data = pd.DataFrame({"Number": ["INC0010001", "INC0010002"], "Opened": ["2024-03-01 09:30:00",
                                                                            "2024-03-02 08:00:00"],
                         "Short description": ["Cannot send e-mail", "New laptop request"],
                         "Description": ["My e-mails bounce since this morning", "I need a laptop for a new hire"],
                         "Caller": ["Ann Lee", "Bo Chan"], "State": ["Resolved", "New"],
                         "Comments and Work notes": [journal, ""]})
    path = tmp_path / "incident.csv"
    data.to_csv(path, index=False)
    res = load(path)
    m = res.messages.sort_values(S.CREATED_AT).reset_index(drop=True)
    assert m[S.TEXT].tolist() == ["Cannot send e-mail. My e-mails bounce since this morning",
                                  "Could you send the error you see?", "Still failing: error 550 on every mail.",
                                  "It works again, the fix is live.",
                                  "New laptop request. I need a laptop for a new hire"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "brand", "customer"]
    assert m[S.AUTHOR_ID].tolist() == ["Ann Lee", S.UNNAMED_BRAND, "Ann Lee", S.UNNAMED_BRAND, "Bo Chan"]
    assert m[S.CREATED_AT].dt.strftime("%d %H:%M").tolist() == ["01 09:30", "01 09:50", "01 10:15", "01 11:30",
                                                                "02 08:00"]
    assert m[S.PARENT_ID].tolist()[1:4] == m[S.MESSAGE_ID].tolist()[:3]
    assert m[S.CONVERSATION_ID].nunique() == 2 and set(m[S.CHANNEL]) == {"ticket"}
    assert res.rejected["reason"].tolist() == ["internal note (not visible to the customer)"]
    assert "Restarted the mail relay" in res.rejected["raw"].iloc[0]
    assert not m[S.TEXT].str.contains("mail relay").any()
    assert not m[S.METADATA].str.contains("mail relay").any()  # the journal stays out of metadata too


def test_an_issue_trackers_wiki_markup_is_read_as_plain_text(tmp_path):
    # Jira writes descriptions and comments in its wiki markup: headings, lists, bold, colours, pasted logs,
    # attached screenshots, mentions and links are marks, not words a customer wrote
    description = ("h3. What happened\n# I open the *billing* page\n# I click {color:red}Pay now{color}\n"
                   "{code:java}\njava.lang.NullPointerException at com.acme.Pay\n{code}\n!screenshot-1.png|thumbnail!\n"
                   "See [the form|https://acme.example/pay]")
    data = pd.DataFrame({"Summary": ["Payment fails"], "Issue key": ["SUP-9"], "Reporter": ["jane.c"],
                         "Created": ["2024-03-01 10:00"], "Description": [description],
                         "Comment": ["2024-03-01 11:00;sam.a;Thanks [~jane.c], *fixed* in {{4.2.1}}"]})
    path = tmp_path / "jira.csv"
    data.to_csv(path, index=False)
    m = load(path).messages
    assert m[S.TEXT].tolist() == ["Payment fails. What happened\nI open the billing page\nI click Pay now\n\n"
                                  "See the form", "Thanks @jane.c, fixed in 4.2.1"]
    # the same marks in another export are its words
    other = load(write(tmp_path, "notes.csv", b"Text\n*urgent* see {code} and h3. here\n")).messages
    assert other[S.TEXT].tolist() == ["*urgent* see {code} and h3. here"]


def test_a_crms_chat_transcripts_in_html_are_split_into_timed_turns(tmp_path):
    # Salesforce's Live Chat Transcript: the body is HTML, a header above the turns, each turn timed from the
    # chat's start ("( 1m 10s ) Dana R: ...")
    body = ("Chat Started: Monday, March 04, 2024, 10:01:02 (+0000)<br>Chat Origin: Web Chat<br>Agent Dana R<br>"
            "( 5s ) Dana R: Hello, how can I help?<br>( 21s ) Visitor: My order is two weeks late<br>"
            "( 1m 10s ) Dana R: Sorry, I will send a replacement today.<br>( 1h 2m 3s ) Visitor: ok thanks<br>")
    data = pd.DataFrame({"Chat Transcript Name": ["00001"], "Body": [body], "Start Time": ["3/4/2024 10:01 AM"],
                         "Contact: Full Name": ["Ann Lee"]})
    path = tmp_path / "chats.csv"
    data.to_csv(path, index=False)
    m = load(path).messages
    assert m[S.TEXT].tolist() == ["Hello, how can I help?", "My order is two weeks late",
                                  "Sorry, I will send a replacement today.", "ok thanks"]
    assert m[S.AUTHOR_ROLE].tolist() == ["brand", "customer", "brand", "customer"]
    assert m[S.AUTHOR_ID].tolist()[1::2] == ["Ann Lee", "Ann Lee"]
    assert m[S.CREATED_AT].dt.strftime("%H:%M:%S").tolist() == ["10:01:05", "10:01:21", "10:02:10", "11:03:03"]
    assert set(m[S.CHANNEL]) == {"chat"} and m[S.CONVERSATION_ID].nunique() == 1


def test_rows_the_author_column_leaves_blank_are_known_by_another_author_column(tmp_path):
    # Zoho Desk's export: "Email" is the author, blank for a customer who wrote in by Twitter; "Contact Name" says
    # who that was, so three customers are counted, not two
    data = (b"Ticket Id,Subject,Description,Channel,Contact Name,Email,Created Time\n"
            b"101,Card declined,My card keeps getting declined,Email,Ann Lee,ann@x.com,04 Mar 2024 10:15 AM\n"
            b"102,Parcel,The parcel still has not shipped,Web,Bo Chan,bo@x.com,05 Mar 2024 02:30 PM\n"
            b"103,Thanks,The new app is great,Twitter,Cy Diaz,,06 Mar 2024 09:00 AM\n")
    res = load(write(tmp_path, "zoho.csv", data))
    m = res.messages
    assert m[S.AUTHOR_ID].tolist() == ["ann@x.com", "bo@x.com", "Cy Diaz"]
    assert json.loads(m[S.METADATA][0])["Contact Name"] == "Ann Lee"  # still kept for every row
    assert "where column 'Email' is blank, column 'Contact Name' names the author." in res.notes
    # where the researcher names the author column, it is the author, blanks and all
    mapped = load(write(tmp_path, "zoho2.csv", data), options=LoadOptions(mapping={"author_id": "Email"})).messages
    assert mapped[S.AUTHOR_ID].isna().sum() == 1


def test_a_surveys_score_of_zero_to_ten_is_the_recommendation_question(tmp_path):
    # Delighted's NPS export: "Score" 0-10 with a "Comment"; a survey's 0-10 score is NPS, a review site's is not
    data = (b"Response ID,Score,Comment,Created At (UTC),Email\n"
            b"9001,10,Love how fast support replies,2024-04-01 10:00:00,ann@x.com\n"
            b"9002,2,Billing charged us twice,2024-04-02 11:00:00,bo@x.com\n"
            b"9003,7,,2024-04-03 12:00:00,cy@x.com\n")
    res = load(write(tmp_path, "delighted.csv", data))
    assert set(res.messages[S.CHANNEL]) == {"survey"}
    assert res.messages[S.RATING_TYPE].tolist() == ["nps"] * 3
    assert any("read as the answers to the recommendation question" in n for n in res.notes)
    five = data.replace(b",10,", b",5,").replace(b",7,", b",4,").replace(b",2,", b",1,")
    # a survey's 1-5 score is satisfaction (CSAT), not a review's stars
    assert load(write(tmp_path, "csat.csv", five)).messages[S.RATING_TYPE].tolist() == ["csat"] * 3
    review = b"Review,Score,Date\nGreat hotel,9,2024-04-01\nNoisy room,3,2024-04-02\n"
    assert load(write(tmp_path, "hotel.csv", review)).messages[S.RATING_TYPE].tolist() == ["score"] * 2


def test_a_shops_review_export_reads_the_review_not_the_shops_comment_on_it(tmp_path):
    # Yotpo's export: the review is "review_content"; "comment_content" is the shop's public answer to it, which
    # was read as the customer's review
    data = (b"review_id,review_title,review_content,review_score,date,display_name,comment_content,comment_public,"
            b"comment_created_at\n"
            b"5501,Runs small,The shoes run a full size small,2,2024-02-01 10:00:00,Ann L.,Sorry about the fit! We "
            b"refunded the label,true,2024-02-02 09:00:00\n"
            b"5502,Perfect,Comfortable from day one,5,2024-02-03 11:00:00,Bo C.,,,\n")
    m = load(write(tmp_path, "yotpo.csv", data)).messages.sort_values(S.CREATED_AT)
    assert m[S.TEXT].tolist() == ["Runs small. The shoes run a full size small", "Sorry about the fit! We refunded "
                                  "the label", "Perfect. Comfortable from day one"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert m[S.PARENT_ID].iloc[1] == m[S.MESSAGE_ID].iloc[0]
    assert m[S.CREATED_AT].dt.strftime("%d %H").tolist() == ["01 10", "02 09", "03 11"]


def test_a_status_picked_from_a_list_is_no_reply_of_the_brand(tmp_path):
    # the CFPB's complaints: "Company public response" holds one of a few set phrases, addressed to no one; it was
    # read as the company's replies ("the brands answered 845 of 1,532 conversations")
    status = ["Company believes it acted appropriately as authorized by contract or law",
              "Company disputes the facts presented in the complaint"]
    rows = [f"{i},my credit report is wrong again {i},{status[i % 2] if i < 10 else ''},Acme Bureau\n"
            for i in range(12)]
    data = ("Complaint ID,Consumer complaint narrative,Company public response,Company\n" + "".join(rows)).encode()
    res = load(write(tmp_path, "cfpb.csv", data))
    assert res.messages[S.AUTHOR_ROLE].tolist() == ["customer"] * 12
    assert any("2 set phrases addressed to no one" in n and "not read as the brand's replies" in n
               for n in res.notes)
    # the status stays with its message
    assert "acted appropriately" in res.messages[S.METADATA].iloc[0]
    # a shop's canned answer, however often it repeats, answers the customer
    canned = data.replace(status[0].encode(), b"Thank you for your review!").replace(
        status[1].encode(), b"Sorry to hear that - we will call you")
    m = load(write(tmp_path, "canned.csv", canned)).messages
    assert (m[S.AUTHOR_ROLE] == "brand").sum() == 10


def test_links_to_the_posts_or_their_authors_name_the_network_where_no_column_does(tmp_path):
    # a comment scraper's export: no channel column, but each author's profile link is a TikTok one
    data = (b"Nickname,User URL,Comment Text,Time\n"
            b"Ann,https://www.tiktok.com/@ann.lee,my order never arrived,2024-05-01 10:00:00\n"
            b"Bo,https://www.tiktok.com/@bochan,obsessed with the new colours,2024-05-01 12:00:00\n")
    assert load(write(tmp_path, "comments.csv", data)).messages[S.CHANNEL].tolist() == ["tiktok", "tiktok"]
    # links to pages of no network say nothing
    blog = data.replace(b"https://www.tiktok.com/@ann.lee", b"https://blog.example.com/p/1")
    assert load(write(tmp_path, "blog.csv", blog)).messages[S.CHANNEL].tolist() == ["other", "other"]


def test_a_google_maps_review_scrape_reads_each_reviews_rating_date_place_and_owners_answer(tmp_path):
    # Outscraper's export: "rating" is the place's average on every row, "review_rating" the review's stars; the
    # owner's answer and its date sit on the review's row, before the review's own date; "name" is the place
    data = (b"name,place_id,rating,review_id,author_title,review_text,owner_answer,"
            b"owner_answer_timestamp_datetime_utc,review_rating,review_datetime_utc\n"
            b"Acme Bakery,ChIJ1,4.3,r1,Ann Lee,Best croissants but the queue is long,Thank you! A second till is "
            b"coming.,03/02/2024 12:00:00,4,03/01/2024 11:00:00\n"
            b"Acme Bakery,ChIJ1,4.3,r2,Bo Chan,Rude staff and my order was wrong,,,1,03/02/2024 11:00:00\n"
            b"Acme Bakery,ChIJ1,4.3,r3,Cy Diaz,Lovely,,,5,03/03/2024 11:00:00\n")
    res = load(write(tmp_path, "outscraper.csv", data))
    m = res.messages.sort_values(S.CREATED_AT)
    assert m[S.TEXT].tolist() == ["Best croissants but the queue is long", "Rude staff and my order was wrong",
                                  "Thank you! A second till is coming.", "Lovely"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "customer", "brand", "customer"]
    assert m[S.RATING].tolist()[:2] == [4, 1] and m[S.RATING].iloc[3] == 5
    assert m[S.CREATED_AT].dt.strftime("%m-%d %H").tolist() == ["03-01 11", "03-02 11", "03-02 12", "03-03 11"]
    assert set(m[S.BRAND]) == {"Acme Bakery"} and m[S.AUTHOR_ID].iloc[0] == "Ann Lee"
    # Apify's: "name" is the reviewer and "title" the place
    apify = (b"title,placeId,name,text,publishedAtDate,stars,responseFromOwnerText,responseFromOwnerDate\n"
             b"Acme Bakery,ChIJ1,Ann Lee,Queue too long,2024-03-01T11:00:00Z,3,Sorry about the wait!,"
             b"2024-03-02T12:00:00Z\n"
             b"Acme Bakery,ChIJ1,Bo Chan,Great bread,2024-03-03T11:00:00Z,5,,\n"
             b"Acme Bakery,ChIJ1,Cy Diaz,Stale rolls,2024-03-04T11:00:00Z,2,,\n"
             b"Acme Bakery,ChIJ1,Di Eve,Nice staff,2024-03-05T11:00:00Z,4,,\n")
    a = load(write(tmp_path, "apify.csv", apify)).messages.sort_values(S.CREATED_AT)
    assert a[S.AUTHOR_ID].tolist() == ["Ann Lee", "Acme Bakery", "Bo Chan", "Cy Diaz", "Di Eve"]
    assert set(a[S.BRAND]) == {"Acme Bakery"}
    assert a[S.TEXT].tolist() == ["Queue too long", "Sorry about the wait!", "Great bread", "Stale rolls", "Nice staff"]


def test_messages_sent_to_e_mail_addresses_are_e_mails(tmp_path):
    # a shared inbox's export (Front's): no channel column, but each message went "To" an e-mail address
    data = (b"Message ID,Conversation ID,Direction,Message date,From,To,Subject,Extract\n"
            b"m1,c1,Inbound,2024-03-01 09:00,ann@x.com,support@acme.com,Refund,I returned it and have no refund\n"
            b"m2,c1,Outbound,2024-03-01 09:45,support@acme.com,ann@x.com,Re: Refund,The refund was issued today\n")
    m = load(write(tmp_path, "front.csv", data)).messages
    assert m[S.CHANNEL].tolist() == ["email", "email"] and m[S.AUTHOR_ROLE].tolist() == ["customer", "brand"]
    # an inbox named for a team is no brand (it stays in metadata); one named for a brand is
    teams = data.replace(b"Message date,", b"Message date,Inbox,").replace(b"09:00,", b"09:00,Support,").replace(
        b"09:45,", b"09:45,Support,")
    assert load(write(tmp_path, "teams.csv", teams)).messages[S.BRAND].isna().all()
    named = teams.replace(b",Support,", b",Acme Care,")
    assert load(write(tmp_path, "named.csv", named)).messages[S.BRAND].tolist() == ["Acme Care"] * 2
    # a text-message log's "To" of phone numbers is no e-mail
    sms = b"From,To,Body,Date\n+15550001,+15550002,where is my order,2024-03-01 09:00\n"
    assert load(write(tmp_path, "log.csv", sms)).messages[S.CHANNEL].tolist() != ["email"]


def test_a_posts_votes_are_no_rating(tmp_path):
    # a Reddit scraper's CSV: "score" is the post's upvotes (154), which made every post a 154-point "review"
    data = (b"title,score,id,url,comms_num,created,body\n"
            b"Router drops wifi every night,154,t3a1,https://www.reddit.com/r/net/comments/t3a1/,42,1709290800.0,"
            b"It drops all clients at 2am\n"
            b"Is support always this slow?,-3,t3a2,https://www.reddit.com/r/net/comments/t3a2/,12,1709377200.0,"
            b"Nine days and no answer\n")
    res = load(write(tmp_path, "posts.csv", data))
    m = res.messages
    assert m[S.RATING].isna().all() and m[S.CHANNEL].tolist() == ["reddit", "reddit"]
    assert json.loads(m[S.METADATA][0])["score"] == "154"
    assert any("holds numbers beyond any rating's scale (-3 to 154" in n for n in res.notes)
    # a 0-100 score is a rating still, and so is any score the researcher names
    hundred = data.replace(b",154,", b",85,").replace(b",-3,", b",40,")
    assert load(write(tmp_path, "scores.csv", hundred)).messages[S.RATING].tolist() == [85, 40]
    named = load(write(tmp_path, "named.csv", data), options=LoadOptions(mapping={"rating": "score"})).messages
    assert named[S.RATING].tolist() == [154, -3]


def test_big_numeric_ids_in_json_keep_every_digit(tmp_path):
    # tweet ids written as JSON numbers: a column of them beside nulls became floats ("1.0501186211989217e+18"),
    # so a reply named no message the export holds
    records = [{"id": 1050118621198921728, "text": "my bag is lost", "parent_id": None},
               {"id": 1050121550496505856, "text": "sorry, please DM us", "parent_id": 1050118621198921728}]
    for name, content in (("tweets.json", json.dumps(records)), ("tweets.jsonl", "\n".join(map(json.dumps, records)))):
        m = load(write(tmp_path, name, content.encode())).messages
        assert m[S.SOURCE_ID].tolist() == ["1050118621198921728", "1050121550496505856"]
        assert m[S.PARENT_ID].iloc[1] == m[S.MESSAGE_ID].iloc[0]


def test_an_app_store_scrapers_nested_developer_response_is_the_brands_reply(tmp_path):
    # app-store-scraper's JSON: "review" is the text, "developerResponse" the developer's answer ({id, body,
    # modified}); its "body" was read as every review's text and its id as the conversation
    data = json.dumps([
        {"date": "2024-03-01 10:15:00", "review": "Logs me out every day", "rating": 1, "userName": "kay22",
         "title": "Logouts", "developerResponse": {"id": 4411, "body": "Sorry! Please update to 2.1.",
                                                   "modified": "2024-03-02T09:00:00Z"}},
        {"date": "2024-03-03 11:00:00", "review": "Fast checkout", "rating": 5, "userName": "bo", "title": "Solid"},
        {"date": "2024-03-05 16:45:00", "review": "Search shows nothing", "rating": 2, "userName": "cy",
         "title": "Search broken"}]).encode()
    m = load(write(tmp_path, "reviews.json", data)).messages.sort_values(S.CREATED_AT)
    assert m[S.TEXT].tolist() == ["Logouts. Logs me out every day", "Sorry! Please update to 2.1.",
                                  "Solid. Fast checkout", "Search broken. Search shows nothing"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer"]
    assert m[S.CREATED_AT].dt.strftime("%m-%d %H").tolist() == ["03-01 10", "03-02 09", "03-03 11", "03-05 16"]
    assert m[S.CONVERSATION_ID].nunique() == 3 and m[S.RATING].tolist()[0] == 1
    assert m[S.PARENT_ID].iloc[1] == m[S.MESSAGE_ID].iloc[0]


def test_a_social_tools_account_column_names_the_brand_whose_accounts_answer(tmp_path):
    # Sprinklr's export: "Account" is the brand's own profile on each network, "Sender Screen Name" the handle;
    # the brand's replies come from that account (the Facebook page answers as "Acme", not as a care account)
    rows = [("TWITTER", "AcmeHelp", "jdoe_22", "Jane Doe", "@AcmeHelp router offline since Monday"),
            ("TWITTER", "AcmeHelp", "AcmeHelp", "Acme Help", "@jdoe_22 Sorry Jane! Please DM us"),
            ("FACEBOOK", "Acme", "Bob Stone", "Bob Stone", "Any plans for faster fibre in Leeds?"),
            ("FACEBOOK", "Acme", "Acme", "Acme", "Hi Bob! Leeds gets fibre this summer."),
            ("INSTAGRAM", "acme.uk", "lil.mo", "Mo", "love the new ad"),
            ("TWITTER", "AcmeHelp", "kev_o", "Kevin O", "@AcmeHelp third outage this week"),
            ("INSTAGRAM", "acme.uk", "tina.t", "Tina", "when is the black friday deal back?"),
            ("INSTAGRAM", "acme.uk", "acme.uk", "Acme UK", "@tina.t Watch this space!")]
    data = "Created Time,Social Network,Message Type,Account,Sender Screen Name,Sender Name,Message\n" + "".join(
        f"2024-03-0{i + 1} 10:00,{net},Mention,{acc},{handle},{name},{text}\n"
        for i, (net, acc, handle, name, text) in enumerate(rows))
    res = load(write(tmp_path, "sprinklr.csv", data.encode()))
    m = res.messages.sort_values(S.CREATED_AT)
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "brand", "customer", "customer",
                                         "customer", "brand"]
    # the accounts spell one brand: Acme, the name the company's own page goes by
    assert set(m[S.BRAND]) == {"Acme"} and any("'AcmeHelp', 'acme.uk' read as the accounts of 'Acme'" in n
                                               for n in res.notes)
    assert m[S.AUTHOR_ID].tolist()[:2] == ["jdoe_22", "AcmeHelp"] and m[S.AUTHOR_ID].iloc[7] == "acme.uk"
    # a CRM's "Account" (no network named) is the customer's, no brand
    crm = b"Account,Contact,Description\nGlobex,ann,my invoice is wrong\nGlobex,bo,refund please\n"
    assert load(write(tmp_path, "crm.csv", crm)).messages[S.BRAND].isna().all()


def test_an_instagram_handles_dotted_parts_are_part_of_it():
    from workbench.ingest.clean import MENTION

    assert MENTION.findall("@tina.t watch this space, @acme.uk") == ["tina.t", "acme.uk"]
    # a full stop after a handle ends the sentence, not the handle; so does ".I" (a tweet's next sentence)
    assert MENTION.findall("thanks @AcmeHelp. Also .@united.I waited") == ["AcmeHelp", "united"]


def test_a_surveys_question_asking_for_a_rate_is_its_rating(tmp_path):
    # Google Forms: columns named by the questions; "How would you rate your experience?" holds 1-5 and was left
    # in metadata; a "Response rate" of fractions in another export is no rating
    data = (b"Timestamp,Email Address,How would you rate your experience? ,What could we improve?\n"
            b"3/1/2024 10:15:32,jane@x.com,2,Checkout queues were very long\n"
            b"3/1/2024 11:20:01,bob@y.com,5,Nothing - great service\n"
            b"3/2/2024 09:05:44,amy@z.com,4,More vegan options in the cafe\n")
    m = load(write(tmp_path, "form.csv", data)).messages
    assert m[S.RATING].tolist() == [2, 5, 4] and set(m[S.RATING_TYPE]) == {"csat"}
    rates = (b"Agent,Response rate,Comment\nann,0.5,slow answers\nbo,0.9,quick and kind\ncy,0.7,fine\n")
    assert load(write(tmp_path, "agents.csv", rates)).messages[S.RATING].isna().all()


def test_a_tiktok_comment_scrape_reads_the_video_owners_comments_as_the_brands_replies(tmp_path):
    # Apify's TikTok comments: "likedByAuthor" (a like) was read as every comment's author role, "uniqueId" (the
    # commenter's handle) as its id, and the brand's answer on its own video as a customer's
    video = "https://www.tiktok.com/@acme/video/7311"
    rows = [("7311001", "2024-03-01T10:15:00.000Z", "the new shade ran out everywhere", None, "bea.k", "false"),
            ("7311002", "2024-03-01T11:15:00.000Z", "restock is coming next week!", "7311001", "acme", "true"),
            ("7311003", "2024-03-01T12:15:00.000Z", "does it work on oily skin?", None, "sam_r", "false"),
            ("7311004", "2024-03-01T13:15:00.000Z", "same question here", "7311003", "lu.v", "false")]
    data = json.dumps([{"videoWebUrl": video, "cid": cid, "createTimeISO": at, "text": text, "repliesToId": parent,
                        "uniqueId": who, "likedByAuthor": liked == "true", "diggCount": 3}
                       for cid, at, text, parent, who, liked in rows]).encode()
    res = load(write(tmp_path, "comments.json", data))
    m = res.messages.sort_values(S.CREATED_AT)
    assert m[S.SOURCE_ID].tolist() == [r[0] for r in rows]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer", "customer"]
    assert set(m[S.BRAND]) == {"acme"} and m[S.AUTHOR_ID].iloc[1] == "acme" and m[S.AUTHOR_ID].iloc[0] == "bea.k"
    assert m[S.PARENT_ID].iloc[1] == m[S.MESSAGE_ID].iloc[0] and m[S.CONVERSATION_ID].nunique() == 2
    assert any("the account each comment's post is on (named in column 'videoWebUrl')" in n for n in res.notes)


def test_a_review_sites_questions_to_its_reviewers_are_one_reviews_parts(tmp_path):
    # G2's export: each review answers questions ("What do you like best about Acme CRM?", "... dislike ...?");
    # it was read as a survey, each answer a message of its own and the review's stars on the first alone
    data = (b"Review ID,Review Date,Reviewer Name,Star Rating,Review Title,What do you like best about Acme CRM?,"
            b"What do you dislike about Acme CRM?\n"
            b"r-101,2024-03-01,Dana K.,4.5,Solid pipeline views,The pipeline board is clear and fast,"
            b"Reporting needs too many clicks\n"
            b"r-102,2024-03-04,Luis P.,2.0,Good but pricey,Email sync works well,The price jumped at renewal\n")
    m = load(write(tmp_path, "g2.csv", data)).messages
    assert m[S.TEXT].tolist() == [
        "Solid pipeline views. The pipeline board is clear and fast\nReporting needs too many clicks",
        "Good but pricey. Email sync works well\nThe price jumped at renewal"]
    assert set(m[S.CHANNEL]) == {"review"} and m[S.RATING].tolist() == [4.5, 2.0]
    assert "question" not in json.loads(m[S.METADATA].iloc[0])
    # a survey's open questions stay answers of their own (no column names a review)
    survey = data.replace(b"Review ID", b"Response ID").replace(b"Review Date", b"Date").replace(
        b"Review Title", b"Title").replace(b"Star Rating", b"Score")
    assert len(load(write(tmp_path, "survey.csv", survey)).messages) == 4


def test_booking_coms_reviews_read_both_halves_under_the_reviewers_score_and_hotel(tmp_path):
    # Booking.com's hotel reviews (the 515k set's layout): the text was the negative half alone, the rating the
    # hotel's average on every review, and the hotel no brand
    data = (b"Hotel_Name,Review_Date,Average_Score,Negative_Review,Positive_Review,Reviewer_Score\n"
            b"Hotel Arena,8/3/2017,7.7, My room was dirty , Great location ,3.8\n"
            b"Hotel Arena,8/3/2017,7.7,No Negative, Staff were lovely ,9.6\n"
            b"Hotel Arena,7/31/2017,7.7, Noisy at night ,No Positive,5.0\n"
            b"Hotel Moon,7/30/2017,8.1, Small rooms , Good breakfast ,7.1\n")
    m = load(write(tmp_path, "Hotel_Reviews.csv", data)).messages.sort_values(S.CREATED_AT)
    assert sorted(m[S.TEXT]) == sorted([
        "Disliked: My room was dirty\nLiked: Great location", "Liked: Staff were lovely",
        "Disliked: Noisy at night", "Disliked: Small rooms\nLiked: Good breakfast"])
    assert sorted(m[S.RATING]) == [3.8, 5.0, 7.1, 9.6]  # each reviewer's score, not the hotel's average
    assert m[S.BRAND].value_counts().to_dict() == {"Hotel Arena": 3, "Hotel Moon": 1}


def test_the_name_of_what_each_review_is_of_is_its_brand(tmp_path):
    # Datafiniti's hotel reviews: "id" and "name" are the hotel's, repeated on each of its reviews; the hotel's
    # name was masked as a person's ("Rancho [NAME]") and no brand was read
    data = (b"id,name,city,reviews.date,reviews.rating,reviews.text,reviews.username\n"
            b"AVw1,Rancho Valencia Resort,Rancho Santa Fe,2013-11-14,5.0,Rancho Valencia was perfect,Paula\n"
            b"AVw1,Rancho Valencia Resort,Rancho Santa Fe,2014-07-06,2.0,The AC was loud all night,Dee\n"
            b"AVw2,Aloft Carlsbad,Carlsbad,2015-01-02,4.0,Clean rooms and friendly staff,Ron\n"
            b"AVw2,Aloft Carlsbad,Carlsbad,2015-02-02,1.0,Front desk lost our reservation,Kim\n")
    res = load(write(tmp_path, "Datafiniti_Hotel_Reviews.csv", data))
    m = res.messages.sort_values(S.CREATED_AT)
    assert m[S.BRAND].tolist() == ["Rancho Valencia Resort"] * 2 + ["Aloft Carlsbad"] * 2
    assert m[S.AUTHOR_ID].tolist() == ["Paula", "Dee", "Ron", "Kim"]
    assert any("column 'name' read as the brand" in n for n in res.notes)
    # a name that differs within one id is no such name (a reviewer's)
    mixed = data.replace(b"AVw1,Rancho Valencia Resort,Rancho Santa Fe,2014", b"AVw1,Dee Lane,Rancho Santa Fe,2014")
    assert load(write(tmp_path, "mixed.csv", mixed)).messages[S.BRAND].isna().all()


def test_a_column_named_like_a_text_that_holds_no_words_is_no_text(tmp_path):
    # Amazon's Alexa reviews: "feedback" (1 or 0) was read as the text, so every review was "1" or "0" and all
    # but two were set aside as duplicates; the reviews are in "verified_reviews"
    data = (b"rating\tdate\tvariation\tverified_reviews\tfeedback\n"
            b"5\t31-Jul-18\tCharcoal Fabric\tLove my Echo!\t1\n4\t31-Jul-18\tCharcoal Fabric\tLoved it!\t1\n"
            b"2\t30-Jul-18\tWalnut Finish\tSometimes Alexa says a right answer is wrong\t0\n"
            b"1\t30-Jul-18\tHeather Gray\tIt stopped working after two weeks\t0\n")
    res = load(write(tmp_path, "amazon_alexa.tsv", data))
    assert res.mapping[S.TEXT] == "verified_reviews" and len(res.messages) == 4
    assert any("column 'feedback' holds no words" in n for n in res.notes)


def test_the_app_stores_review_feed_reads_its_labelled_values(tmp_path):
    # The App Store's customer-review feed (RSS as JSON): every value wrapped as {"label": ...}, the review's
    # text with its attributes beside it, the author's name one level down.
    def entry(i, name, stars, title, text, when):
        return {"author": {"uri": {"label": f"https://itunes.apple.com/us/reviews/id{i}"}, "name": {"label": name},
                           "label": ""},
                "updated": {"label": when}, "im:rating": {"label": str(stars)}, "im:version": {"label": "4.2.1"},
                "id": {"label": f"1000{i}"}, "title": {"label": title},
                "content": {"label": text, "attributes": {"type": "text"}},
                "im:contentType": {"attributes": {"term": "Application", "label": "Application"}}}

    feed = {"feed": {"author": {"name": {"label": "iTunes Store"}}, "title": {"label": "Customer Reviews"},
                     "entry": [entry(1, "sunny_dayz", 1, "Crashes on launch", "It crashes since the update.",
                                     "2023-11-02T10:12:00-07:00"),
                               entry(2, "Mark T", 5, "Love it", "Best budgeting app I have used.",
                                     "2023-11-01T08:00:00-07:00")]}}
    (tmp_path / "reviews.json").write_text(json.dumps(feed))
    m = load(tmp_path / "reviews.json").messages
    assert m[S.SOURCE_ID].tolist() == ["10001", "10002"]
    assert m[S.TEXT].tolist() == ["Crashes on launch. It crashes since the update.",
                                  "Love it. Best budgeting app I have used."]
    assert m[S.RATING].tolist() == [1, 5] and (m[S.RATING_TYPE] == "stars").all()
    assert m[S.CREATED_AT].dt.strftime("%Y-%m-%d %H:%M").tolist() == ["2023-11-02 17:12", "2023-11-01 15:00"]
    assert m[S.AUTHOR_ID].nunique() == 2
    assert json.loads(m[S.METADATA].iloc[0])["im:version"] == "4.2.1"


def test_trustpilots_api_reviews_name_the_business_and_its_replies(tmp_path):
    # Trustpilot's API (business-unit reviews): the business a review is of is nested as
    # businessUnit.displayName beside the consumer's own displayName; its reply is nested as companyReply.
    def review(i, name, stars, title, text, reply=None):
        return {"id": f"r{i}", "consumer": {"id": f"c{i}", "displayName": name, "displayLocation": "Leeds, GB",
                                            "numberOfReviews": 1},
                "businessUnit": {"id": "5a", "identifyingName": "acmeshop.co.uk", "displayName": "Acme Shop"},
                "stars": stars, "title": title, "text": text, "language": "en",
                "createdAt": f"2024-01-1{i}T09:30:00Z", "experiencedAt": "2024-01-03T00:00:00Z", "isVerified": True,
                "companyReply": reply}

    data = {"links": [], "reviews": [
        review(1, "Sarah Jones", 1, "Parcel never arrived", "Still nothing and no reply to my emails.",
               {"text": "Sorry about this, a replacement is on its way.", "createdAt": "2024-01-11T14:00:00Z"}),
        review(2, "Tom", 5, "Great service", "Fast delivery and the jumper fits.")]}
    (tmp_path / "reviews.json").write_text(json.dumps(data))
    m = load(tmp_path / "reviews.json").messages
    assert m[S.BRAND].tolist() == ["Acme Shop"] * 3
    reply = m[m[S.AUTHOR_ROLE] == "brand"]
    assert reply[S.TEXT].tolist() == ["Sorry about this, a replacement is on its way."]
    assert reply[S.PARENT_ID].item() == m.loc[m[S.SOURCE_ID] == "r1", S.MESSAGE_ID].item()
    assert m.loc[m[S.SOURCE_ID] == "r1", S.TEXT].item() == ("Parcel never arrived. Still nothing and no reply to "
                                                          "my emails.")


def test_messages_nested_as_records_in_a_cell_are_a_clear_error_not_text(tmp_path):
    # A chat tool's JSON that no loader knows, its messages nested in each chat: the events' JSON was read as one
    # message's text
    chats = [{"id": f"c{i}", "users": [{"id": "u1", "type": "customer"}],
              "thread": {"id": f"t{i}", "events": [{"type": "message", "text": "my invoice is wrong", "author": "u1"},
                                                    {"type": "message", "text": "I can fix that", "author": "a1"}]}}
             for i in range(3)]
    (tmp_path / "chats.json").write_text(json.dumps({"chats": chats}))
    with pytest.raises(WorkbenchError, match=r"chats.json: the messages are nested as records inside column "
                                             r"'thread.events' .*--map text=COLUMN"):
        load(tmp_path / "chats.json", format="table")


def test_a_message_written_in_parts_reads_its_words_and_private_kinds_are_notes(tmp_path):
    # Freshchat's messages: the words nested in `message_parts` (a text part, an image part), the sender's side
    # in `actor_type`, and `message_type` "private" for what only agents see
    def msg(i, parts, actor, kind="normal"):
        return {"message_parts": parts, "id": f"m{i}", "conversation_id": "conv-1", "actor_id": actor,
                "actor_type": "user" if actor.startswith("u") else "agent", "message_type": kind,
                "created_time": f"2023-06-01T09:0{i}:00.000Z"}

    data = {"messages": [
        msg(1, [{"text": {"content": "My order arrived damaged"}}, {"image": {"url": "https://x.test/p.jpg"}}], "u1"),
        msg(2, [{"text": {"content": "So sorry!"}}, {"text": {"content": "Could you send a photo?"}}], "a9"),
        msg(3, [{"text": {"content": "customer is a VIP"}}], "a9", kind="private"),
        msg(4, [{"text": {"content": "Here it is"}}], "u1")]}
    (tmp_path / "messages.json").write_text(json.dumps(data))
    res = load(tmp_path / "messages.json")
    m = res.messages.sort_values(S.CREATED_AT)
    assert m[S.TEXT].tolist() == ["My order arrived damaged", "So sorry!\nCould you send a photo?", "Here it is"]
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert res.rejected["reason"].tolist() == ["internal note (not visible to the customer)"]


def test_records_with_an_author_of_their_own_are_messages_not_parts():
    from workbench.ingest.formats.tabular import _parts_text

    assert _parts_text([{"text": {"content": "Hi"}}, {"image": {"url": "u"}}, {"text": "there"}]) == "Hi\nthere"
    assert _parts_text([{"text": "Hi", "author_id": "u1"}, {"text": "Hello", "author_id": "a1"}]) is None
    assert _parts_text("plain text") is None and _parts_text([]) is None


def test_a_contact_beside_users_is_the_customer_and_the_users_the_brand(tmp_path):
    # Drift's conversation messages: author.type "contact" is the customer, "user" the brand's people (where
    # Intercom's "user" is the customer, beside "admin"); "private_note" is only the agents'
    def msg(i, kind_of_author, text, kind="chat"):
        return {"id": i, "conversationId": 501, "body": text, "author": {"type": kind_of_author, "id": i % 2},
                "type": kind, "createdAt": 1685610000000 + i * 60000}

    data = {"data": {"messages": [msg(1, "contact", "Can I change my plan to annual?"),
                                  msg(2, "user", "Sure, I can help with that."),
                                  msg(3, "user", "upsell opportunity", kind="private_note"),
                                  msg(4, "contact", "Great, thanks!")]}}
    (tmp_path / "drift.json").write_text(json.dumps(data))
    res = load(tmp_path / "drift.json")
    m = res.messages.sort_values(S.CREATED_AT)
    assert m[S.AUTHOR_ROLE].tolist() == ["customer", "brand", "customer"]
    assert res.rejected["reason"].tolist() == ["internal note (not visible to the customer)"]
    assert m[S.CREATED_AT].iloc[0] == pd.Timestamp("2023-06-01T09:01:00Z")
    # Intercom's layout in a table: "user" beside "admin" stays the customer
    from workbench.ingest.formats.columns import roles_of

    assert roles_of("author_type", pd.Series(["user", "admin", "user"])).tolist() == ["customer", "brand", "customer"]


def test_a_spreadsheets_summary_rows_are_set_aside_not_read_as_messages(tmp_path):
    # A researcher's sheet of comments with its own "Total" and "Average rating" rows under them; the review
    # of stars and no words (C2) is a review, kept
    data = (b"Date,Customer,Comment,Rating\n2024-07-01,C1,Great food and friendly staff,5\n2024-07-02,C2,,4\n"
            b"2024-07-03,C3,Cold fries again,2\nTotal,,,11\nAverage rating:,,,3.7\n")
    res = load(write(tmp_path, "feedback.csv", data))
    assert res.messages[S.RATING].tolist() == [5.0, 4.0, 2.0]
    assert res.rejected["reason"].tolist() == ["summary row (Total, Average)"] * 2
    assert not any("could not be read" in n for n in res.notes)  # "Total" is no date left unread
    german = b"Datum;Kunde;Kommentar;Bewertung\n01.07.2024;K1;Das Essen war kalt;2\nGesamt;;;2\nDurchschnitt;;;2\n"
    assert load(write(tmp_path, "feedback_de.csv", german)).rejected["reason"].tolist() == \
        ["summary row (Total, Average)"] * 2
    # a message that says "Total" is a message
    said = b"Date,Customer,Comment,Rating\n2024-07-01,C1,Total,1\n2024-07-02,C2,Total disaster from start to end,1\n"
    assert len(load(write(tmp_path, "said.csv", said)).messages) == 2
