"""Hygiene on tiny literal tables: normalising, empties, retweets, duplicates, language and redaction."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench import schema as S
from workbench.ingest.clean import CleanOptions, clean, dedupe_key, detect_language, pseudonym, redact_text


def msgs(rows: list[dict]) -> pd.DataFrame:
    base = {S.CONVERSATION_ID: "c", S.CHANNEL: "twitter", S.SOURCE: "t", S.AUTHOR_ROLE: "customer"}
    return S.conform(pd.DataFrame([{**base, **r} for r in rows]))


def test_empty_retweets_and_exact_duplicates_are_counted_and_kept():
    df = msgs([
        {S.MESSAGE_ID: "1", S.AUTHOR_ID: "a", S.TEXT: "My order is late", S.CREATED_AT: "2024-01-01"},
        {S.MESSAGE_ID: "2", S.AUTHOR_ID: "b", S.TEXT: "   "},
        {S.MESSAGE_ID: "3", S.AUTHOR_ID: "c", S.TEXT: "RT @brand: big sale today"},
        {S.MESSAGE_ID: "1", S.AUTHOR_ID: "a", S.TEXT: "My order is late", S.CREATED_AT: "2024-01-01"},
        {S.MESSAGE_ID: "4", S.AUTHOR_ID: "d", S.TEXT: "", S.RATING: 9},  # a score without a comment stays
    ])
    out = clean(df, CleanOptions(redact=False))
    assert out.messages[S.MESSAGE_ID].tolist() == ["1", "4"]
    assert out.rejected.set_index("message_id")["reason"].to_dict() == {
        "2": "empty text", "3": "retweet", "1": "exact duplicate"}
    assert out.rejected.set_index("message_id").loc["3", "raw"] == "RT @brand: big sale today"


def test_what_a_spreadsheet_wrote_for_an_empty_cell_is_no_text():
    # Kaggle's Google Play reviews hold "nan" where a review had no text: 26,000 messages saying "nan"
    df = msgs([{S.MESSAGE_ID: str(i), S.AUTHOR_ID: str(i), S.TEXT: t}
               for i, t in enumerate(["nan", " NaN ", "#N/A", "null", "None", "nan bread is great", "no"])])
    df.loc[4, S.RATING] = 5.0  # a rating without text stays, as it always did
    out = clean(df, CleanOptions(redact=False))
    assert out.messages[S.MESSAGE_ID].tolist() == ["4", "5", "6"] and out.messages[S.TEXT].iloc[0] == ""
    assert set(out.rejected["reason"]) == {"empty text"} and len(out.rejected) == 4


def test_near_duplicates_of_customers_go_brand_templates_stay_and_replies_are_repointed():
    df = msgs([
        {S.MESSAGE_ID: "1", S.AUTHOR_ID: "a", S.TEXT: "@Brand my WiFi is down!!", S.CREATED_AT: "2024-01-01 10:00"},
        {S.MESSAGE_ID: "2", S.AUTHOR_ID: "a", S.TEXT: "@OtherBrand My wifi is down", S.CREATED_AT: "2024-01-01 10:01"},
        {S.MESSAGE_ID: "3", S.AUTHOR_ID: "brand", S.AUTHOR_ROLE: "brand", S.TEXT: "Please DM us",
         S.CREATED_AT: "2024-01-01 10:05", S.PARENT_ID: "2"},
        {S.MESSAGE_ID: "4", S.AUTHOR_ID: "brand", S.AUTHOR_ROLE: "brand", S.TEXT: "Please DM us",
         S.CREATED_AT: "2024-01-01 10:06", S.PARENT_ID: "1"},
        {S.MESSAGE_ID: "5", S.AUTHOR_ID: "b", S.TEXT: "my wifi is down", S.CREATED_AT: "2024-01-01 10:07"},
    ])
    out = clean(df, CleanOptions(redact=False))
    kept = out.messages.set_index(S.MESSAGE_ID)
    assert sorted(kept.index) == ["1", "3", "4", "5"]
    assert kept.loc["3", S.PARENT_ID] == "1"  # it answered the duplicate that was dropped
    rej = out.rejected.iloc[0]
    assert rej["reason"] == "near-duplicate" and rej["detail"] == "same author and text as 1"


def test_near_duplicates_against_the_workspace_use_pseudonyms():
    df = msgs([{S.MESSAGE_ID: "9", S.AUTHOR_ID: "a", S.TEXT: "refund please"}])
    opts = CleanOptions(salt="s")
    out = clean(df, opts, existing_keys={(pseudonym("a", "s"), dedupe_key("Refund, please!"))})
    assert out.messages.empty and out.rejected.loc[0, "detail"].endswith("already in the workspace")


def test_normalising_text():
    df = msgs([{S.MESSAGE_ID: "1", S.TEXT: "  Fish &amp; chips\u00a0were   cold \n\n\n\nreally  "}])
    assert clean(df, CleanOptions(redact=False)).messages.loc[0, S.TEXT] == "Fish & chips were cold\n\nreally"
    # control characters of a damaged export (a NUL, a bell, a form feed) are spaces; tabs and line breaks too
    from workbench.ingest.clean import normalise_text

    assert normalise_text("hello\x00world\x07 and\x0c more\tand\nnext") == "hello world and more and\nnext"
    # a workbook's cell keeps Excel's escape of a carriage return; Windows and old Mac line ends are line breaks
    assert normalise_text("Line one_x000D_\nLine two") == "Line one\nLine two"
    assert normalise_text("a\r\nb\rc my_x_var") == "a\nb\nc my_x_var"


def test_language_detection_offline():
    assert detect_language("My flight was cancelled and nobody helped me at the airport") == "en"
    assert detect_language("Mi pedido no ha llegado y nadie responde a mis correos") == "es"
    assert detect_language("Je voudrais annuler mon abonnement dès que possible") == "fr"
    assert detect_language("@brand ok") == "und"
    assert detect_language("https://t.co/abc") == "und"


def test_redaction_of_personal_data():
    keep = frozenset({"acmehelp"})
    t = ("@AcmeHelp @jane_doe mail me at jane.doe@example.com or call +44 7700 900123 / (555) 123-4567; card "
         "4111 1111 1111 1111; I live at 221B Baker Street, London NW1 6XE. https://x.com/a/status/1234567890123")
    r = redact_text(t, keep)
    assert r.startswith("@AcmeHelp @user mail me at [EMAIL] or call [PHONE] / [PHONE]; card [CARD];")
    assert "[ADDRESS]" in r and "Baker" not in r and "NW1" not in r
    assert r.endswith("https://x.com/a/status/1234567890123")  # URLs untouched
    # a reply made public (".@someone") names a person too
    assert redact_text(".@jane_doe99 told me so", keep) == ".@user told me so"
    assert redact_text("order 4111 1111 1111 1112 and flight 2212, 3 bags, 20 kg") == \
        "order 4111 1111 1111 1112 and flight 2212, 3 bags, 20 kg"  # fails Luhn; short numbers are not phones


def test_redaction_is_on_by_default_and_reversible_through_the_vault():
    df = msgs([
        {S.MESSAGE_ID: "1", S.AUTHOR_ID: "jane_doe", S.TEXT: "@Acme my email is jane@example.com"},
        {S.MESSAGE_ID: "2", S.AUTHOR_ID: "Acme", S.AUTHOR_ROLE: "brand", S.TEXT: "@jane_doe thanks, on it"},
    ])
    out = clean(df, CleanOptions(salt="secret"))
    m = out.messages.set_index(S.MESSAGE_ID)
    assert m.loc["1", S.TEXT] == "@Acme my email is [EMAIL]"  # the brand's handle stays
    assert m.loc["2", S.TEXT] == "@user thanks, on it"
    assert m.loc["1", S.AUTHOR_ID] == pseudonym("jane_doe", "secret") != "jane_doe"
    assert m.loc["2", S.AUTHOR_ID] == "Acme"
    vault = out.vault.set_index(S.MESSAGE_ID)
    assert vault.loc["1", S.TEXT] == "@Acme my email is jane@example.com" and vault.loc["1", S.AUTHOR_ID] == "jane_doe"


def test_pseudonyms_are_stable_per_workspace_secret():
    assert pseudonym("a", "s1") == pseudonym("a", "s1") != pseudonym("a", "s2")


@pytest.mark.parametrize(("text", "expected"), [
    # English, German and French: phones as each country writes them, street addresses, IBANs (checksummed).
    ("call me on 0207 946 0958 tomorrow", "call me on [PHONE] tomorrow"),
    ("ruf mich an: 030/12345678", "ruf mich an: [PHONE]"),
    ("appelez-moi au 06 12 34 56 78 svp", "appelez-moi au [PHONE] svp"),
    ("Lieferung an Hauptstraße 12, 10115 Berlin", "Lieferung an [ADDRESS], [ADDRESS]"),
    ("livrez au 12 rue de la Paix, 75002 Paris", "livrez au [ADDRESS], [ADDRESS]"),
    ("IBAN DE89 3704 0044 0532 0130 00 bitte", "IBAN [IBAN] bitte"),
    ("mon IBAN FR76 3000 6000 0112 3456 7890 189", "mon IBAN [IBAN]"),
    ("not an IBAN: DE89 3704 0044 0532 0130 01", "not an IBAN: DE89 3704 0044 0532 0130 01"),  # checksum fails
    ("flight 2212 at 10:30, 3 bags, paid 12000 dollars in 2019", "flight 2212 at 10:30, 3 bags, paid 12000 dollars "
                                                                  "in 2019"),
    # Dates and times are no phone numbers (a help desk's "Resolved time" had read "[PHONE]:27:00")
    ("resolved 2025-03-20 14:27:00, reopened 20.03.2025 16:05", "resolved 2025-03-20 14:27:00, reopened 20.03.2025 "
                                                                 "16:05"),
    ("since 03/20/2025 14:27 call me on 0207 946 0958", "since 03/20/2025 14:27 call me on [PHONE]"),
    # An order number is no phone number (an Amazon order had read "Order [PHONE]-4118645"); a phone beside it is
    ("Order 113-2345678-4118645, call 555-123-4567", "Order 113-2345678-4118645, call [PHONE]"),
])
def test_redaction_beyond_us_formats(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Names the detector knows, alone or with a surname; English, German and French messages.
    ("Ayesha Khalid at the desk was horrible", "[NAME] at the desk was horrible"),
    ("thanks Priya, sorted!", "thanks [NAME], sorted!"),
    ("Hi Sarah, the parcel is still missing", "Hi [NAME], the parcel is still missing"),
    ("Herr Schneider hat mich nicht zurückgerufen, Jürgen war freundlicher", "Herr [NAME] hat mich nicht "
                                                                            "zurückgerufen, [NAME] war freundlicher"),
    ("Merci à Camille pour son aide", "Merci à [NAME] pour son aide"),
    # Any capitalised word after "my name is" or a role; a name that is also a word only in such a context.
    ("my name is Xanthe Oyelaran and my order is late", "my name is [NAME] and my order is late"),
    ("agent Mark was great", "agent [NAME] was great"),
    ("spoke to Will for an hour", "spoke to [NAME] for an hour"),
    # Not names: common words, places, days, capitalised phrases.
    ("Will you refund me? Mark my words", "Will you refund me? Mark my words"),
    ("My flight to Paris on Sunday was delayed", "My flight to Paris on Sunday was delayed"),
    ("I spoke to Customer Service, Please Help", "I spoke to Customer Service, Please Help"),
    # A product called by a person's name is one only where a cue says so
    ("Sometimes Alexa says a right answer is wrong", "Sometimes Alexa says a right answer is wrong"),
    ("Siri never understands me but agent Alexa did", "Siri never understands me but agent [NAME] did"),
])
def test_people_s_names_in_free_text_are_masked(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # German capitalises every noun: a first name that is also a German word is a word ("jedes Mal", "bis Morgen")
    ("Die App stürzt beim Start jedes Mal ab", "de", "Die App stürzt beim Start jedes Mal ab"),
    ("Bis Morgen, Jürgen war freundlicher", "de", "Bis Morgen, [NAME] war freundlicher"),
    ("Danke Frank für die schnelle Hilfe", "de", "Danke [NAME] für die schnelle Hilfe"),  # a cue: thanks
    ("Hallo Zusammen, danke schön", "de", "Hallo Zusammen, danke schön"),
    ("La luz no funciona, gracias Carmen", "es", "La luz no funciona, gracias [NAME]"),
    # A language with no word list: a first name alone is no person, one after a cue is
    ("Kai hat geholfen", "xx", "Kai hat geholfen"),
    # English as before
    ("I tried Mark twice and Ayesha was so helpful", "en", "I tried Mark twice and [NAME] was so helpful"),
])
def test_names_in_other_languages_are_told_from_that_language_s_words(text, language, expected):
    assert redact_text(text, language=language) == expected


def test_ingest_reads_names_in_the_message_s_own_language():
    df = msgs([{S.MESSAGE_ID: "1", S.AUTHOR_ID: "c1", S.TEXT: "Die App stürzt beim Start jedes Mal ab, seit dem "
                "letzten Update ist sie unbrauchbar geworden"},
               {S.MESSAGE_ID: "2", S.AUTHOR_ID: "c2", S.TEXT: "The app crashes every time, Mal from support could "
                "not help me at all with it"}])
    m = clean(df, CleanOptions(salt="s")).messages.set_index(S.MESSAGE_ID)
    assert m.loc["1", S.LANGUAGE] == "de" and "jedes Mal ab" in m.loc["1", S.TEXT]
    assert m.loc["2", S.LANGUAGE] == "en" and "[NAME] from support" in m.loc["2", S.TEXT]


def test_brand_names_and_authors_names_in_messages():
    df = msgs([
        {S.MESSAGE_ID: "1", S.AUTHOR_ID: "Helen Brooks", S.BRAND: "Wendy's",
         S.TEXT: "Wendy's got my order wrong. Helen"},
        {S.MESSAGE_ID: "2", S.AUTHOR_ID: "Acme Care", S.AUTHOR_ROLE: "brand", S.BRAND: "Wendy's",
         S.TEXT: "Sorry Helen Brooks, we will fix it"},
        {S.MESSAGE_ID: "3", S.AUTHOR_ID: "Zorawar Quennell", S.BRAND: "Wendy's", S.TEXT: "Ask Zorawar about it"},
    ])
    m = clean(df, CleanOptions(salt="s", detect_language=False)).messages.set_index(S.MESSAGE_ID)
    assert m.loc["1", S.TEXT] == "Wendy's got my order wrong. [NAME]"  # a brand that is also a first name stays
    assert m.loc["2", S.TEXT] == "Sorry [NAME], we will fix it"
    assert m.loc["3", S.TEXT] == "Ask [NAME] about it"  # not in any name list: the export names its author


def test_a_brands_account_is_kept_however_few_write_to_it():
    from workbench.ingest.clean import brand_account_handles

    df = pd.DataFrame({S.BRAND: ["Alaska", "British Airways", "Delta", "Delta", None],
                       S.AUTHOR_ROLE: "customer",
                       S.TEXT: ["Thank you @AlaskaAir and @AskAlaska!", "@British_Airways my bag",
                                "@Delta @deltagirl77 hi", "@DeltaAssist where is my bag", "@AlaskaAirFan is me"]})
    assert brand_account_handles(df) == {"alaskaair", "askalaska", "british_airways", "delta", "deltaassist"}
    rows = df.assign(**{S.MESSAGE_ID: [f"m{i}" for i in range(5)], S.AUTHOR_ID: [f"c{i}" for i in range(5)],
                        S.CREATED_AT: pd.Timestamp("2024-01-01", tz="UTC")})
    out = clean(S.conform(rows), CleanOptions(salt="s", detect_language=False)).messages
    out = out.set_index(S.MESSAGE_ID)[S.TEXT]
    assert out["m0"] == "Thank you @AlaskaAir and @AskAlaska!" and out["m2"] == "@Delta @user hi"
