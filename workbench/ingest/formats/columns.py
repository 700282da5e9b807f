"""Which column of an export table is which message field: by its name first (`automap`), then by what it holds
(the text, the date, the rating, the brand, the channel, a title, a survey's open questions), each choice a
researcher can override with `--map FIELD=COLUMN` and each inference named in a note."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats.base import FOREIGN_MONTH, LoadOptions, infer_dayfirst, norm
from workbench.ingest.formats.issue_comments import COMMENT, JOURNAL, comment_columns, journal_columns

# Column names each canonical field is recognised by, best first (compared after normalising: lower case,
# non-alphanumerics as "_").
CANDIDATES: dict[str, list[str]] = {
    S.TEXT: ["text", "body", "message", "message_text", "message_body", "content", "tweet", "tweet_text",
             "full_text", "review", "review_text", "review_body", "comment", "comments", "feedback",
             "verbatim", "utterance", "instruction", "query", "description", "answer", "response_text",
             "comment_body", "comment_text", "commentbody", "post_text", "post_content", "message_content",
             "body_text",
             "hit_sentence",  # a media monitor's post text (Meltwater's "Hit Sentence"; news have "Opening Text")
             "review_content",  # a shop's review export (Yotpo's)
             "extract", "preview"],  # a shared inbox's message (Front's "Extract", Help Scout's "Preview")
    S.CREATED_AT: ["created_at", "date", "datetime", "timestamp", "time", "created", "tweet_created",
                   "date_sent", "sent", "sent_at", "posted", "posted_at", "tweet_date", "submitted_at", "review_date",
                   "response_date", "created_time", "date_time", "time_stamp", "submitted", "date_received",
                   "received", "received_at", "date_submitted", "created_date", "creation_date", "date_created",
                   "created_utc", "timestamp_utc", "date_utc", "published_at", "published_date", "publish_date",
                   "submit_date", "submit_date_utc", "recorded_date",  # a survey's answer (Typeform, Qualtrics)
                   "create_date",  # a CRM's ticket (HubSpot's "Create date")
                   "review_datetime_utc", "review_datetime",  # a review scraper's (Outscraper's)
                   "publication_date", "created_datetime", "sent_datetime", "sent_date"],
    S.AUTHOR_ID: ["author_id", "author", "author_title", "user_id", "user", "username", "user_name", "screen_name",
                  "customer",
                  "customer_id", "customer_name", "name", "sender", "from", "reviewer_id", "reviewer",
                  "reviewer_email", "reviewer_name",  # Trustpilot's: an e-mail tells two "Anna S." apart
                  "respondent", "respondent_id", "email", "email_address", "e_mail", "handle", "requester",
                  # a social tool's sender by handle before their display name (Sprinklr's "Sender Screen Name")
                  "sender_screen_name", "sender_handle", "sender_username", "author_screen_name", "author_handle",
                  "author_username", "user_screen_name", "from_screen_name", "from_handle",
                  "requester_id", "requester_email", "visitor", "visitor_name", "visitor_email", "visitor_id",
                  "requester_name", "from_address", "from_email", "sender_email", "sender_address", "from_name",
                  "sender_name", "contact_name", "contact_email", "contact_id", "contact", "contact_full_name",
                  "associated_contact", "associated_contact_id",  # a CRM's ticket (HubSpot's "Associated Contact")
                  # a review API's nested reviewer (Trustpilot's "consumer.id", "consumer.displayName")
                  "consumer_id", "consumer_name", "consumer", "display_name", "author_name", "user_display_name",
                  "nickname", "nick_name", "reviewer_nickname", "user_nickname",  # App Store's reviewer
                  # who wrote a CRM's comment row (Salesforce's "Created By"), where no contact is named
                  "created_by", "created_by_name", "createdby", "posted_by", "written_by", "submitted_by",
                  "commented_by",
                  # who posted, in a media monitor's export (Meltwater's "Influencer": the @handle)
                  "influencer", "influencer_handle",
                  # who filed an issue tracker's issue (Jira's "Reporter")
                  "reporter", "reporter_name",
                  # who asked, in a service desk's ticket or a call log (ServiceNow's "Caller")
                  "caller", "caller_name", "caller_id",
                  # who said it in a messenger's or transcript's export (Freshchat's "Actor Name")
                  "actor_name", "actor", "actor_id", "speaker", "speaker_name", "participant_name", "sender_id",
                  # a TikTok comment scraper's commenter (Apify's "uniqueId", the @handle)
                  "unique_id",
                  # the same in the languages exports come in: German, French, Spanish, Italian, Dutch (not
                  # English "client": an agency's export names the brand it works for so)
                  "kunde", "kunden_nr", "kundennr", "kundennummer", "kunden_id", "kunde_id", "kundenname", "absender",
                  "autor", "verfasser", "benutzer", "id_client", "numero_client", "nom_client", "auteur",
                  "utilisateur", "cliente", "id_cliente", "numero_cliente", "nombre_cliente", "usuario",
                  "utente", "autore", "klant", "klantnummer", "klant_id", "klantnaam", "gebruiker"],
    S.SOURCE_ID: ["message_id", "id", "tweet_id", "review_id", "response_id", "comment_id", "post_id", "uuid",
                  "sid", "message_sid", "sms_sid", "cid"],  # a TikTok comment's "cid"
    S.RATING: ["rating", "stars", "star_rating", "score", "nps", "nps_score", "csat", "csat_score",
               "review_rating", "overall_rating", "likelihood_to_recommend", "review_score"],
    S.CHANNEL: ["channel", "source_channel", "medium", "platform", "via", "submitted_via", "page_type",
                "social_network", "source_type", "domain", "kanal", "canal", "kanaal", "canale"],
    S.BRAND: ["brand", "company", "airline", "organization", "organisation", "business", "merchant", "brand_name",
              "company_name", "airline_name", "organization_name", "organisation_name", "merchant_name",
              "app", "app_name", "package_name", "webshop_name", "business_name", "store_name", "shop_name",
              # what a review site's reviews are of (Booking.com's "Hotel_Name")
              "hotel_name", "hotel", "property_name", "restaurant_name", "venue_name",
              # Trustpilot's API: the business a review is of ("businessUnit.displayName")
              "business_unit_display_name", "business_unit_name"],
    S.CONVERSATION_ID: ["conversation_id", "thread_id", "ticket_id", "case_id", "session_id", "chat_id",
                        "case_number", "ticket_number", "call_id", "interaction_id", "transcript_id", "dialog_id",
                        "dialogue_id", "issue_key", "issue_id"],  # an issue tracker's issue (Jira's "Issue key")
    S.PARENT_ID: ["parent_id", "in_reply_to", "in_reply_to_id", "in_response_to", "reply_to", "parent",
                  "in_reply_to_message_id", "reply_to_message_id", "reply_to_id", "parent_message_id",
                  "parent_comment_id", "parent_post_id", "in_reply_to_tweet_id", "in_response_to_tweet_id",
                  "in_reply_to_status_id", "replies_to_id", "replies_to", "reply_to_comment_id"],  # TikTok's
    S.AUTHOR_ROLE: ["author_role", "role", "sender_type", "author_type", "direction", "actor_type", "actor_role",
                    "sender_role", "user_type", "speaker_type", "speaker_role", "participant_type",
                    # a flag saying who wrote the row (Gorgias' "from_agent"): `BRAND_SIDE` reads its true
                    "from_agent", "is_agent", "is_staff", "is_employee", "is_admin", "from_brand", "is_brand",
                    "is_outbound", "outbound", "from_customer", "is_customer", "is_inbound", "inbound", "incoming",
                    "is_incoming"],
    S.RATING_TYPE: ["rating_type"],
    # the language a listening tool or Twitter's API names for each message (Brandwatch's "Language",
    # Talkwalker's "lang"); `language_codes` reads it, the detector fills what it leaves unnamed
    S.LANGUAGE: ["language", "lang", "language_code", "lang_code", "detected_language", "message_language",
                 "tweet_language", "review_language", "text_language", "content_language", "iso_language",
                 "reviewer_language", "comment_language", "post_language", "user_language", "q_language",
                 "respondent_language", "survey_language"],
}


ROLE_WORDS = {
    "customer": {"customer", "client", "user", "end_user", "enduser", "requester", "visitor", "lead", "contact",
                 "inbound", "consumer", "true", "member", "guest", "caller", "patient", "buyer", "incoming", "in",
                 "received"},  # the brand's own export: what it received
    "brand": {"brand", "agent", "admin", "staff", "support", "company", "business", "outbound", "operator",
              "bot", "employee", "representative", "rep", "false", "advisor", "team", "moderator", "outgoing", "out",
              "sent", "system", "automated", "chatbot", "virtual_agent"},
}
# Words in a role column's name that say its "true" is the brand's side ("from_agent", "is_staff"): there,
# true, yes and 1 are the brand's rows and false, no and 0 the customer's (in "inbound", true is the customer).
BRAND_SIDE = {"agent", "staff", "employee", "admin", "brand", "outbound", "operator", "support", "company", "bot",
              "outgoing"}


# ---------------------------------------------------------------------------------------------- mapping
TITLE = "title"  # not a message field: the column read before the text (`infer_title_column`)
CLOCK = "clock"  # not a message field: the column of times of day beside a date column of days (`clock_column`)
AUTHOR_ALSO = "author_also"  # not a message field: who wrote the rows the author column leaves blank (`author_also`)


# A help desk's export: a company column there names the customer's organisation, not the brand addressed.
DESK_NAME_WORDS = {"ticket", "priority", "assignee", "agent", "requester", "sla", "escalated", "resolution"}


ORGANISATION_NAMES = {"company", "company_name", "organization", "organisation", "organization_name",
                      "organisation_name", "account", "account_name", "business", "business_name"}


def customer_organisation(columns, chosen: dict[str, str], options: LoadOptions) -> str | None:
    """The brand column automap chose where it names the customer's own organisation: a company or organisation
    column in a help desk's export (one with ticket, priority, agent or requester columns), unless the
    researcher mapped it."""
    col = chosen.get(S.BRAND)
    if col is None or S.BRAND in options.mapping or norm(col) not in ORGANISATION_NAMES:
        return None
    return col if any(_name_words(c) & DESK_NAME_WORDS for c in columns if c != col) else None


def names_other_things(ids: pd.Series, texts: pd.Series) -> bool:
    """Whether an id column names something other than the message: its values repeat (on 5% of rows or more)
    and, where they do, mostly over different texts (a product's id on each of its reviews, a ticket's on each
    of its comments). A row exported twice repeats its id with its text, and stays a duplicate."""
    repeated = ids.notna() & ids.duplicated(keep=False)
    if not repeated.any() or repeated.mean() < 0.05:  # none repeats (or no rows at all)
        return False
    t = texts[repeated].astype("string").fillna("")  # an empty text is a text (NA would make the mean NA)
    first = t.groupby(ids[repeated]).transform("first")
    later = ids[repeated].duplicated()  # each repeat against the first row of its id (not the first against itself)
    return bool((t[later] != first[later]).mean() > 0.5)


def message_id_column(df: pd.DataFrame, chosen: dict[str, str], options: LoadOptions) -> str | None:
    """The column of the messages' own ids: automap's choice, unless it names other things (`names_other_things`),
    then another column of an id's name ("reviews.id") that is filled and does not; where automap found none, a
    column named "... id" whose values never repeat (`unique_id_column`); None where none is."""
    col = chosen.get(S.SOURCE_ID)
    if S.SOURCE_ID in options.mapping or S.TEXT not in chosen:
        return col
    if col is None:
        return unique_id_column(df, chosen)
    texts = df[chosen[S.TEXT]]
    if not names_other_things(df[col], texts):
        return col
    taken = set(chosen.values())
    for c in df.columns:
        last = norm(str(c).rsplit(".", 1)[-1])
        if (c not in taken and (norm(c) in CANDIDATES[S.SOURCE_ID] or last in CANDIDATES[S.SOURCE_ID])
                and df[c].notna().mean() >= 0.9 and not names_other_things(df[c], texts)):
            return c
    return None


# Words in a column's name that say it names a person, not a message.
PERSON_WORDS = {"user", "customer", "author", "reviewer", "respondent", "requester", "sender", "member", "client",
                "contact", "person", "profile", "participant", "agent", "employee",
                "network", "device", "ip", "browser"}  # Typeform's "Network ID": the respondent's network


def unique_id_column(df: pd.DataFrame, chosen: dict[str, str]) -> str | None:
    """Where no column has a message id's name, one whose name ends in "id" ("Complaint ID", "Feedback Id"), or
    Typeform's "#" (its response token), that is filled on 90% of rows or more and never repeats: the export's
    own id for each row."""
    taken = set(chosen.values())
    for c in df.columns:
        words = norm(c).split("_") if str(c).strip() != "#" else ["response", "id"]
        if c in taken or len(words) < 2 or words[-1] != "id" or set(words) & PERSON_WORDS:
            continue  # a person's id ("reviewerID") is no message's, though each wrote once
        ids = df[c]
        if ids.notna().mean() >= 0.9 and not ids.dropna().duplicated().any():
            return c
    return None


# A nested record that is another message than the row's own: the one it answers or quotes (Discord's
# "reference", a tweet's "referenced_tweets"); its fields are never the row's.
OTHER_MESSAGE = {"reference", "referenced", "referenced_message", "referenced_tweets", "parent", "in_reply_to",
                 "reply_to", "replied_to", "quoted", "quoted_status", "original", "original_message"}


def _of_another_message(column: object) -> bool:
    """Whether a nested column ("reference.messageId") is a field of another message (`OTHER_MESSAGE`)."""
    path = str(column).split(".")[:-1]
    return any(norm(p) in OTHER_MESSAGE for p in path)


def _of_an_answer(column: object) -> bool:
    """Whether a nested column is a field of the brand's answer to the row's message (app-store-scraper's
    "developerResponse.body", a review API's "companyReply.text"): its text, id and date are the answer's, never
    the row's own."""
    path = [norm(p) for p in str(column).split(".")[:-1]]
    return any(p not in OTHER_MESSAGE and is_reply_column(p, {}) for p in path)


def automap(columns: list[str], mapping: dict[str, str], path: Path) -> dict[str, str]:
    """Canonical field -> export column: the explicit mapping first, then the first candidate name found."""
    for fld, col in mapping.items():
        if fld not in S.MAPPABLE:
            raise WorkbenchError(f"--map {fld}={col}: '{fld}' is not a field; mappable fields are "
                                 f"{', '.join(S.MAPPABLE)}.")
        if col not in columns:
            raise WorkbenchError(f"{path}: --map {fld}={col} names a column that is not there; columns found: "
                                 f"{', '.join(columns)}.")
    chosen = dict(mapping)
    used = set(chosen.values())
    by_norm: dict[str, str] = {}
    for c in columns:
        by_norm.setdefault(norm(c), c)
    for c in columns:  # a nested record's field by its own name ("answers.comment" as "comment")
        if not _of_another_message(c) and not _of_an_answer(c):
            by_norm.setdefault(norm(str(c).rsplit(".", 1)[-1]), c)
    for fld, names in CANDIDATES.items():
        if fld in chosen:
            continue
        for n in names:
            col = by_norm.get(n)
            if col is not None and col not in used:
                chosen[fld] = col
                used.add(col)
                break
    if S.PARENT_ID not in chosen:  # Discord's "reference.messageId": the id of the message a reply answers
        col = next((c for c in columns if c not in used and _of_another_message(c)
                    and norm(str(c).rsplit(".", 1)[-1]) in ("id", "message_id", "id_str")), None)
        if col is not None:
            chosen[S.PARENT_ID] = col
            used.add(col)
    if S.AUTHOR_ID not in chosen:  # "Review Consumer User ID", "Ticket Requester Email": a two-word author name
        ends = [n for n in CANDIDATES[S.AUTHOR_ID] if "_" in n]
        staff = {"agent", "assignee", "owner", "company", "brand", "staff", "reply", "responder", "employee"}
        col = next((c for n in ends for c in columns if c not in used and norm(c).endswith("_" + n)
                    and not _name_words(c) & staff), None)
        if col is not None:
            chosen[S.AUTHOR_ID] = col
            used.add(col)
    if S.AUTHOR_ROLE not in chosen:  # "Comment author role", "Message sender type": a help desk's rows of comments
        col = next((c for c in columns if c not in used and re.search(r"(^|_)(author|sender|user)_(role|type)$",
                                                                       norm(c))), None)
        if col is not None:
            chosen[S.AUTHOR_ROLE] = col
            used.add(col)
    if S.AUTHOR_ID not in chosen:  # "Comment author", "Message sender": whoever wrote the row
        col = next((c for c in columns if c not in used and re.search(r"_(author|sender)$", norm(c))  # not a flag
                    and not _name_words(c) & {"agent", "assignee", "owner", "staff", "employee", "by"}), None)
        if col is not None:
            chosen[S.AUTHOR_ID] = col
    return chosen


# A help desk's column saying whether a comment is shown to the customer ("Comment public": False is an
# internal note) or hidden from them ("Private", "Internal note": True is one).
_SHOWN_NAMES = re.compile(r"(^|_)(is_)?(public|visible)$")
_HIDDEN_NAMES = re.compile(r"(^|_)(is_)?(private|internal|internal_note|private_note)$")
FLAG_TRUE, FLAG_FALSE = {"true", "t", "yes", "y", "1"}, {"false", "f", "no", "n", "0"}
# A message's kind or visibility that says only the agents see it (Freshchat's `message_type` "private",
# LiveChat's `visibility` "agents")
_KIND_NAMES = re.compile(r"(^|_)(message_type|type|kind|visibility)$")
_HIDDEN_KINDS = {"private", "internal", "note", "private_note", "internal_note", "agents"}


def internal_note_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The column that marks internal notes (not visible to the customer), where one is named so
    (`_SHOWN_NAMES`, `_HIDDEN_NAMES`) and nearly all (90%) of its filled values are true or false, or a column of
    a few kinds of message one of which only agents see (`_KIND_NAMES`, `_HIDDEN_KINDS`), in an export
    that says who wrote each row (an author role column: notes are the agents'). A review or a survey answer
    that is not public is still the customer's message: without a role column nothing is set aside."""
    if S.AUTHOR_ROLE not in chosen:
        return None
    taken = set(chosen.values())
    for c in df.columns:
        if c in taken or not (_SHOWN_NAMES.search(norm(c)) or _HIDDEN_NAMES.search(norm(c))):
            continue
        filled = df[c].dropna().head(sample).astype("string").str.strip().str.lower()
        if len(filled) and filled.isin(FLAG_TRUE | FLAG_FALSE).mean() >= 0.9:
            return c
    for c in df.columns:  # a kind of message, a few of them, one saying only agents see it
        if c in taken or not _KIND_NAMES.search(norm(c)):
            continue
        filled = df[c].dropna().head(sample).astype("string").str.strip().str.lower()
        if filled.isin(_HIDDEN_KINDS).any() and filled.nunique() <= 10:
            return c
    return None


def internal_rows(df: pd.DataFrame, column: str) -> pd.Series:
    """The rows `column` (`internal_note_column`) marks as internal notes: false where it says a comment is
    public, true where it says one is private or internal, or the kind of message only agents see."""
    values = df[column].astype("string").str.strip().str.lower()
    if _KIND_NAMES.search(norm(column)) and not values.isin(FLAG_TRUE | FLAG_FALSE).all():
        return values.isin(_HIDDEN_KINDS).fillna(False).astype(bool)
    marked = values.isin(FLAG_FALSE) if _SHOWN_NAMES.search(norm(column)) else values.isin(FLAG_TRUE)
    return marked.fillna(False).astype(bool)


def _value_in_text(value: str, words: set[str]) -> bool:
    """Whether a brand-like `value` ("Virgin America", "apple") is named in a text's words (lower case, @ and #
    dropped): as one word ("virginamerica", "@apple"), or by its first word of 4+ letters at the start of one
    ("@SouthwestAir" for "Southwest")."""
    key = re.sub(r"[^0-9a-z]", "", value.lower())
    first = next((w for w in re.findall(r"[a-z0-9]+", value.lower()) if len(w) >= 4), None)
    return bool(key) and (key in words or (first is not None and any(w.startswith(first) for w in words)))


def _name_words(column: object) -> set[str]:
    """The words of a column's name, as `norm` splits them ("ProductCategory" -> product, category)."""
    return set(norm(column).split("_"))


# Words in a column's name that say it classifies the message, not whom it addresses.
CLASSIFYING_NAME_WORDS = {"category", "categories", "subcategory", "intent", "intents", "label", "labels", "tag",
                          "tags", "type", "issue", "reason", "product", "sentiment", "emotion", "class"}


RECIPIENT_NAMES = {"to", "to_address", "to_email", "recipient", "recipient_email", "recipient_address"}


# Names of the column that says which of the brand's accounts received a message in a social inbox's export
# (Sprout Social's "Profile", a Facebook page's "Page Name").
BRAND_ACCOUNT_NAMES = {"profile", "social_profile", "brand_profile", "page", "page_name", "inbox"}
# What a shared inbox is named for where it names a team, not a brand ("Support", "Billing", "Sales EMEA").
TEAM_WORDS = {"support", "sales", "billing", "help", "helpdesk", "info", "contact", "team", "service", "services",
              "customer", "customers", "care", "general", "inbox", "returns", "orders", "accounts", "tech", "technical",
              "escalations", "emea", "apac", "amer", "us", "uk", "eu", "vip", "priority", "tier", "1", "2", "3",
              "feedback", "enquiries", "inquiries", "partners", "hr", "finance", "marketing", "success", "onboarding"}


# The same in a social publishing tool's export (Sprinklr's "Account"), where each message's network is named:
# elsewhere an "Account" is the customer's (a CRM's).
SOCIAL_ACCOUNT_NAMES = {"account", "account_name", "social_account", "brand_account", "owned_account"}


def infer_brand_account_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The brand's receiving account where no column is called brand: a column so named (`BRAND_ACCOUNT_NAMES`,
    or `SOCIAL_ACCOUNT_NAMES` where the channel column names social networks) of at most 500 values that repeat
    (two rows a value or more) and are no web addresses."""
    if S.BRAND in chosen or df.empty:
        return None
    rows = df.head(sample)
    names = BRAND_ACCOUNT_NAMES
    if S.CHANNEL in chosen and channel_names(rows[chosen[S.CHANNEL]].dropna()).isin(NETWORKS).mean() >= 0.9:
        names = names | SOCIAL_ACCOUNT_NAMES
    for c in rows.columns:
        values = rows[c].dropna().astype(str)
        if (c not in set(chosen.values()) and norm(c) in names and len(values)
                and values.nunique() <= min(500, len(values) / 2) and not values.str.contains("/").any()
                and not all(set(norm(v).split("_")) <= TEAM_WORDS for v in values.unique())):
            return c
    return None


PLACE_IDS = {"place_id", "google_id", "placeid", "cid", "location_id", "business_id", "gmb_id"}
PLACE_NAMES = ["name", "place_name", "title", "place_title", "location_name", "business_name", "location"]


def place_name_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """A review scraper's place (Outscraper's Google Maps reviews: `name` beside `place_id`): the column naming
    the place each review is of, whose values repeat, where the reviewer is named by another column."""
    if S.BRAND in chosen or df.empty or not {norm(c) for c in df.columns} & PLACE_IDS:
        return None
    rows = df.head(sample)
    for name in PLACE_NAMES:
        c = next((c for c in rows.columns if norm(c) == name and c not in chosen.values()), None)
        values = rows[c].dropna().astype(str) if c is not None else pd.Series(dtype=str)
        if len(values) and values.nunique() <= len(values) / 2 and not values.str.contains("/").any():
            return c
    return None


def reviewed_name_column(df: pd.DataFrame, chosen: dict[str, str], shared_id: str, sample: int = 2000) -> str | None:
    """The name of what each review is of, where an id column repeats over the reviews (it is the reviewed
    thing's, as Datafiniti's hotel reviews' `id` beside their `name`): a column so named (`PLACE_NAMES`, or a
    product's name) that holds one value to each of that id's and repeats, no web address."""
    rows = df.head(sample)
    for name in (*PLACE_NAMES, "product_name", "product_title", "item_name", "hotel_name"):
        c = next((c for c in rows.columns if norm(c) == name and c not in chosen.values() and c != shared_id), None)
        values = rows[c].dropna().astype(str) if c is not None else pd.Series(dtype=str)
        if len(values) and values.nunique() <= len(values) / 2 and not values.str.contains("/").any() \
                and rows.groupby(shared_id)[c].nunique().max() == 1:
            return c
    return None


def infer_brand_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The column that names the company each message addresses, where no column is called so ("Topic" in a
    set of tweets about apple, google and microsoft): a column of 2 to 50 distinct values that repeat (two rows
    a value or more on average: a review's title is no company), filled in at least half the rows, whose own
    value is named in at least 30% of its rows' texts, and at least three times as often as any of its other
    values is (a column of words every text uses does not qualify). A column whose name says it classifies the
    message (a category, intent, label, tag, type, issue, reason, product or sentiment) never qualifies:
    Bitext's `category` (ORDER, REFUND, DELIVERY) is named in its requests as often as a brand would be."""
    if S.TEXT not in chosen or S.BRAND in chosen or df.empty:
        return None
    rows = df.sample(min(len(df), sample), random_state=0)
    words = [set(re.findall(r"[a-z0-9]+", str(t).lower())) for t in rows[chosen[S.TEXT]].fillna("")]
    taken = set(chosen.values())
    best, best_rate = None, 0.0
    for col in rows.columns:
        values = rows[col]
        if (col in taken or CLASSIFYING_NAME_WORDS & _name_words(col)
                or values.notna().mean() < 0.5 or not 2 <= values.nunique() <= 50
                or values.nunique() > values.notna().sum() / 2):
            continue
        if pd.to_numeric(values.dropna(), errors="coerce").notna().mean() > 0.5:
            continue  # numbers (ratings, counts) name no company
        named = {v: np.array([_value_in_text(str(v), w) for w in words]) for v in values.dropna().unique()}
        filled = values.notna().to_numpy()
        own = np.array([named[v][i] if f else False for i, (v, f) in enumerate(zip(values, filled, strict=True))])
        other = np.array([f and any(named[u][i] for u in named if u != v)
                          for i, (v, f) in enumerate(zip(values, filled, strict=True))])
        rate, cross = own[filled].mean(), other[filled].mean()
        if rate >= 0.3 and rate >= 3 * cross and rate > best_rate:
            best, best_rate = col, float(rate)
    return best


# Words in a column's name that say it holds what someone wrote ("Consumer complaint narrative", "Your
# comments", "What could we do better? (free text)").
TEXT_NAME_WORDS = {"text", "narrative", "comment", "comments", "review", "reviews", "feedback", "message", "body",
                   "description", "complaint", "verbatim", "remarks", "remark", "opinion", "details", "content",
                   "tweet", "post", "explanation", "suggestion", "suggestions", "improve", "why", "answer",
                   # the same in the languages exports come in (accents dropped as `norm` drops them): German,
                   # French, Spanish, Italian, Dutch
                   "kommentar", "kommentare", "nachricht", "beschreibung", "anmerkung", "anmerkungen", "ruckmeldung",
                   "begrundung", "commentaire", "commentaires", "avis", "texte", "remarque", "remarques",
                   "comentario", "comentarios", "mensaje", "texto", "resena", "commento", "commenti", "messaggio",
                   "testo", "recensione", "opmerking", "opmerkingen", "bericht", "tekst", "toelichting"}


def words_per_value(df: pd.DataFrame, taken: set[str]) -> dict[str, float]:
    """Mean count of words (two letters or more) per filled value, for each column not in `taken`: dates, ids
    and numbers have none, free text has many."""
    words = {c: df[c].dropna().astype(str).str.count(r"[^\W\d_]{2,}").mean() for c in df.columns if c not in taken}
    return {c: float(v) for c, v in words.items() if pd.notna(v)}


def wordless(values: pd.Series, sample: int = 2000) -> bool:
    """Whether a column named like a text holds none: nearly all (90%) of its filled values are numbers or flags
    (a "feedback" of 1 and 0, true and false)."""
    filled = values.dropna().astype(str).head(sample)
    flags = filled.str.fullmatch(r"\s*(?:[-+]?\d+(?:[.,]\d+)?|true|false)\s*", case=False)
    return bool(len(filled)) and flags.mean() >= 0.9


def nested_records(values: pd.Series, sample: int = 200) -> bool:
    """Whether a column holds records rather than text: nearly all (90%) of its filled values are JSON objects or
    lists of them, as a chat's events nested in one cell of an export no loader knows (LiveChat's
    `thread.events` before it had one)."""
    filled = values.dropna().astype(str).head(sample).str.lstrip()
    return bool(len(filled)) and filled.str.match(r'\[\s*\{|\{\s*"').mean() >= 0.9


QUESTION_OPENINGS = {"what", "why", "how", "please", "tell", "describe", "is", "are", "do", "did", "would", "could",
                     "any", "anything", "which", "where", "when", "was", "were", "if", "in"}


def is_question(column: object) -> bool:
    """Whether a column is named by the question a survey asked ("What could we do better?", "Please tell us
    why"): it ends with a question mark, or opens with a question's word and runs to four words or more."""
    name = str(column).strip()
    words = norm(name).split("_")
    return name.endswith("?") or (len(words) >= 4 and words[0] in QUESTION_OPENINGS)


ANSWER = "answer:"  # not a message field: chosen[ANSWER + "1"] is a further open question's column
PART = "part:"  # not a message field: chosen[PART + "2"] is a further part of the same review (`review_parts`)
# A review site's opinion written in parts (Capterra's and Glassdoor's "Pros" and "Cons", "Likes" and
# "Dislikes"): the parts of one review, which its one star rating rates.
PART_NAMES = {"pros", "cons", "likes", "dislikes", "liked", "disliked", "positives", "negatives", "advantages",
              "negative_review", "positive_review",  # Booking.com's reviews
              "disadvantages", "the_good", "the_bad", "what_i_liked", "what_i_disliked", "advice_to_management",
              "improvements", "plus", "minus", "pluspunkte", "minuspunkte", "avantages", "inconvenients", "ventajas",
              "desventajas", "pro", "contra", "voordelen", "nadelen"}


def review_parts(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> list[str]:
    """A review's parts where no column holds its text by name: the columns named as parts (`PART_NAMES`), or in
    a review site's export (a column named for the review: "Review ID", "Review Title") the columns named by the
    questions it asks its reviewers (G2's "What do you like best about Acme?", "What do you dislike ...?"),
    whose values run to two words or more on average, in their order; [] where fewer than two are."""
    if S.TEXT in chosen:
        return []
    words = words_per_value(df.head(sample), set(chosen.values()))
    parts = [c for c in df.columns if norm(c) in PART_NAMES and words.get(c, 0) >= 2]
    if len(parts) < 2 and any("review" in _name_words(c) for c in df.columns):
        parts = [c for c in df.columns if is_question(c) and words.get(c, 0) >= 2]
    return parts if len(parts) >= 2 else []


# An answer to an optional open question that says nothing: "No", "N/A", "Nothing else", "-".
NO_ANSWER = re.compile(r"^\W*(no+|nope|n/?a|none|nothing( else)?|no comments?|not really|nil|null|x)?\W*$", re.I)


def _open_answers(values: pd.Series) -> bool:
    """Whether a question's answers are written ones: three words or more on average, or, where many say
    nothing ("Anything else?": "No", "N/A"), a quarter of them three words or more and those mostly different
    (a choice among a few named options repeats itself)."""
    filled = values.dropna().astype(str)
    words = filled.str.count(r"[^\W\d_]{2,}")
    if not len(filled) or words.mean() >= 3:
        return bool(len(filled))
    long = filled[words >= 3]
    return len(long) >= 2 and len(long) >= 0.25 * len(filled) and long.nunique() >= 0.5 * len(long)


def open_answer_columns(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> list[str]:
    """The survey's other open questions, beside the one read as the text: columns named by a question whose
    answers are written ones (`_open_answers`; a 0-10 score named by its question has no words)."""
    if S.TEXT not in chosen or not is_question(chosen[S.TEXT]):
        return []
    rows = df.head(sample)
    words = words_per_value(rows, set(chosen.values()))
    return [c for c in df.columns if c in words and is_question(c) and _open_answers(rows[c])]


# A customer's comment on the rating they gave a ticket or a chat: Zendesk's "Satisfaction Comment", Intercom's
# "Conversation rating remark", a "CSAT comment" or "Feedback text".
RATING_COMMENT = re.compile(r"(^|_)(satisfaction|rating|csat|nps|survey|feedback)_(comment|comments|remark|reason|"
                            r"feedback|text)$")


def rating_comment_columns(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> list[str]:
    """Columns of the customer's comments on their rating, beside the message text (`RATING_COMMENT`), whose
    comments run to two words or more on average: each is a message of its own by the same customer."""
    words = words_per_value(df.head(sample), set(chosen.values()))
    return [c for c in df.columns if c in words and RATING_COMMENT.search(norm(c)) and words[c] >= 2]


def infer_text_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The column that holds the message text where none has a known name: the first column named by a survey's
    question whose answers run to three words or more; else, among the columns whose name holds a
    word such as "narrative", "comment" or "complaint", the one with the most words per value (at least three;
    or one and a half where no such column has three, and half its answers or more differ: short comments, not
    a column of a few kinds); failing that, a column of at least eight words per value on average and twice
    the next column's."""
    if S.TEXT in chosen or df.empty:
        return None
    rows = df.head(sample)
    words = {c: v for c, v in words_per_value(rows, set(chosen.values())).items() if not nested_records(rows[c])}
    questions = [c for c, v in words.items() if is_question(c) and v >= 3]
    if questions:  # a survey's open questions: the first one asked (the others become messages of their own)
        return questions[0]
    named = {c: v for c, v in words.items() if _name_words(c) & TEXT_NAME_WORDS and v >= 3}
    if not named:  # short answers ("Alles gut", "Too expensive") in a column named so, each its own
        named = {c: v for c, v in words.items() if _name_words(c) & TEXT_NAME_WORDS and v >= 1.5
                 and rows[c].dropna().astype(str).str.strip().str.lower().nunique() >= 0.5 * rows[c].notna().sum()}
    if named:
        return max(named, key=named.get)
    ranked = sorted(words.values(), reverse=True)
    best = max(words, key=words.get) if words else None
    if best is not None and ranked[0] >= 8 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
        return best
    return None


# A value that starts with a date written in numbers (ISO or day and month in either order), a time may follow.
DATE_LIKE = re.compile(r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?![\d])")
# A date written with its month's name, in English or a European language, and its year: "1. März 2024",
# "vendredi 1er mars 2024 à 10:15", "March 1, 2024" (a short value: no sentence that mentions a date)
_ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                   "nov", "dec"]
NAMED_MONTH_DATE = re.compile(r"^(?=.{6,48}$)(?=.*(?<![^\W\d_])(?:" + "|".join(
    sorted([*_ENGLISH_MONTHS, *FOREIGN_MONTH], key=len, reverse=True)) + r")\.?(?![^\W\d_])).*\b(?:19|20)\d{2}\b",
                              re.I)


def infer_date_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 200) -> str | None:
    """The column that says when each message was written where none has a known name ("Datum", "Fecha",
    "Eingegangen am"): the first column whose filled values nearly all (90%) start with a date written in
    numbers, or are short dates with a month's name in English or a European language ("1. März 2024"); else
    the first whose name says time ("unixReviewTime", "posted_epoch", Talkwalker's "published") and whose values
    are all Unix times in seconds or milliseconds (2001 to 2286)."""
    if S.CREATED_AT in chosen or df.empty:
        return None
    # the date of the brand's answer on the row ("owner_answer_timestamp_datetime_utc") is not the message's
    replied, _ = reply_columns(df.columns, chosen)
    taken = set(chosen.values()) | ({c for c in df.columns if is_reply_column(c, chosen) and
                                     _name_words(c) & WHEN_WORDS} if replied is not None else set())
    for c in df.columns:
        values = df[c].dropna().astype(str).head(sample)
        named = values.str.strip().map(lambda v: NAMED_MONTH_DATE.match(v) is not None)
        if c not in taken and len(values) and (values.str.match(DATE_LIKE.pattern).mean() >= 0.9
                                               or named.mean() >= 0.9):
            return c
    for c in df.columns:
        if c in taken or not _name_words(c) & (WHEN_WORDS | {"created", "posted", "submitted", "sent", "published"}):
            continue
        values = pd.to_numeric(df[c].dropna().head(sample).astype(str), errors="coerce")
        if len(values) and values.notna().all() and (values.between(1e9, 1e10) | values.between(1e12, 1e13)).all():
            return c
    return None


# What a help desk or CRM writes in its "Source" or "Origin" column: the channel a message came by.
CHANNEL_VALUES = {"email", "e_mail", "mail", "portal", "web", "website", "web_form", "webform", "form", "phone",
                  "call", "voice", "chat", "live_chat", "livechat", "sms", "text", "whatsapp", "messenger", "facebook",
                  "twitter", "instagram", "app", "mobile_app", "in_app", "forum", "community", "review", "survey",
                  "walk_in", "feedback_widget", "widget", "api", "social", "outbound_email", "telegram", "x",
                  *{norm(w) for w in ("telefon", "telephone", "telefono", "courriel", "correo", "e-mail")}}


# Channel names that a column of something else holds as often: a spreadsheet's tick mark ("x"), a field type
# ("text"), a yes/no of whether someone called ("call"). A column of these alone says no channel.
CHANNEL_LOOKALIKES = {"x", "text", "call", "form", "app", "api", "web"}


def author_also_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """Where the author column is blank on some rows (a help desk's `Email` of a customer who wrote in by
    Twitter), another column of an author's name ("Contact Name") that fills some of them."""
    col = chosen.get(S.AUTHOR_ID)
    if col is None or df.empty:
        return None
    rows = df.head(sample)
    blank = rows[col].astype("string").str.strip().fillna("").eq("").to_numpy(bool)
    if not blank.any():
        return None
    taken = set(chosen.values())
    for name in CANDIDATES[S.AUTHOR_ID]:
        other = next((c for c in df.columns if c not in taken and norm(c) == name), None)
        if other is not None and rows[other][blank].astype("string").str.strip().fillna("").ne("").any():
            return other
    return None


CLOCK_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*$", re.I)  # "09:15AM", "23:05:10"


CLOCK_WORDS = {"time", "uhrzeit", "heure", "hora", "ora", "tijd"}
CLOCK_OF = {"of", "day", "hit", "post", "posted", "utc", "local", "published", "created", "sent", "received",
            "submitted", "message", "review", "tweet"}


def clock_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 200) -> str | None:
    """Where the date column holds days alone ("04-Mar-2024"), a column named for the time ("Time", "Hit
    Time") whose values are times of day ("09:15AM"): a media monitor's export writes the two apart."""
    if S.CREATED_AT not in chosen or df.empty:
        return None
    days = df[chosen[S.CREATED_AT]].dropna().astype("string").head(sample)
    if not len(days) or days.str.contains(r"\d:\d\d").mean() > 0.1:
        return None
    taken = set(chosen.values())
    for c in df.columns:
        words = _name_words(c)  # "Time", "Hit Time", "Uhrzeit"; not "Handle Time" (a duration)
        if c in taken or not words & CLOCK_WORDS or not words <= CLOCK_WORDS | CLOCK_OF:
            continue
        values = df[c].dropna().astype("string").head(sample)
        if len(values) and values.str.match(CLOCK_TIME).mean() >= 0.9:
            return c
    return None


# Words of a column naming a channel by which something else than the message came or should come: a survey's
# "Distribution Channel" (the invitation was e-mailed; the answer is a survey's), a customer's "Preferred
# Contact Method", an "Acquisition Channel".
OTHER_CHANNEL_WORDS = {"distribution", "distributed", "invitation", "invite", "invited", "preferred", "preference",
                       "preferences", "acquisition", "acquired", "marketing", "referral", "referrer", "utm",
                       "campaign", "signup", "opt", "optin", "consent", "subscribed", "subscription"}


def infer_channel_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The column that says by which channel each message came where none has a known name (a help desk's
    "Source" of Email, Portal, Phone, Chat; a "Network" of Twitter alone): the first column of at most 20 distinct
    values, filled in at least half the rows, whose values are nearly all (90%) channel names, not all of them
    names other columns hold as often (`CHANNEL_LOOKALIKES`: a column of ticks "x" is no channel X), and whose
    name does not say the channel is something else's (`OTHER_CHANNEL_WORDS`)."""
    if S.CHANNEL in chosen or df.empty:
        return None
    taken = set(chosen.values())
    rows = df.head(sample)
    for c in rows.columns:
        values = rows[c].dropna()
        if c in taken or values.size < len(rows) / 2 or not 1 <= values.nunique() <= 20 \
                or _name_words(c) & OTHER_CHANNEL_WORDS:
            continue
        names = values.astype("string").str.strip().str.lower().map(norm)
        if set(names) <= CHANNEL_LOOKALIKES:
            continue
        if channel_names(values).map(lambda v: norm(str(v)) in CHANNEL_VALUES).mean() >= 0.9:
            return c
    return None


# A column holding each message's subject or title, which says in a few words what the body is about.
TITLE_NAMES = {"subject", "title", "summary", "headline", "review_title", "review_headline", "review_summary",
               "ticket_subject", "email_subject", "subject_line", "ticket_name", "ticket_title", "case_subject",
               "case_title", "conversation_subject",  # a CRM's ticket (HubSpot's "Ticket name")
               "short_description"}  # a service desk's ticket (ServiceNow's)


def infer_title_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """A ticket's subject or a review's title to read before its text: a column so named, of short values
    (under 20 words on average) that mostly differ (a product's name repeated on every review is no title) and
    are not the text's own opening (a listening tool's "Title" repeats the post's first words)."""
    if S.TEXT not in chosen or df.empty:
        return None
    rows = df.head(sample)
    taken = set(chosen.values())
    body = rows[chosen[S.TEXT]].fillna("").astype(str).str.strip().str.lower()
    for c in rows.columns:
        if c in taken or not {norm(c), norm(str(c).rsplit(".", 1)[-1])} & TITLE_NAMES:  # "reviews.title" too
            continue
        values = rows[c].dropna().astype(str).str.strip()
        values = values[values.ne("")]
        if not len(values) or values.str.count(r"\S+").mean() >= 20 or values.nunique() < 0.3 * len(values):
            continue
        opens = [b.startswith(t.lower().rstrip(".… ")) for t, b in zip(values, body[values.index], strict=True)]
        if np.mean(opens) < 0.5:
            return c
    return None


# Words in a column's name that say it holds a rating, in the languages exports come in ("Overall score",
# "Bewertung (0-10)", "Note", "Puntuación", "Valutazione").
RATING_NAME_WORDS = {"rating", "ratings", "score", "scores", "stars", "star", "nps", "csat", "grade", "recommend",
                     "recommendation", "likelihood", "satisfied", "satisfaction", "overall", "bewertung",
                     "punkte", "sterne", "note", "puntuacion", "valoracion", "calificacion", "valutazione", "voto",
                     "avaliacao", "nota", "cijfer", "beoordeling", "betyg"}


# Words saying a rating column sums up many reviews (Booking.com's "Average_Score" of the hotel on each review).
AGGREGATE_WORDS = {"average", "avg", "mean", "median", "total", "aggregate", "overall_average"}


# The same in a survey's question ("How would you rate your visit?", "On a scale of 1 to 5, ..."): not in any
# column's name ("Response rate" is no rating).
RATING_QUESTION_WORDS = {"rate", "rated", "scale"}


DECIMAL_COMMA = re.compile(r"^\s*([+-]?\d+),(\d+)\s*$")


def numbers(values: pd.Series) -> pd.Series:
    """Numbers read from text, a decimal comma as a decimal point ("4,5" is 4.5, as European exports write it);
    NaN where a value is no number."""
    text = values.astype("string").str.replace(DECIMAL_COMMA, r"\1.\2", regex=True)
    return pd.to_numeric(text, errors="coerce").astype(float)


# A rating as review pages and scrapers write it: "5.0 out of 5 stars", "4/5", "3 stars", "★★★★☆".
RATING_IN_WORDS = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:(?:/|out of|of)\s*\d+(?:[.,]\d+)?)?\s*(?:stars?)?\s*$",
                             re.I)
STAR_GLYPHS = re.compile(r"^\s*[★☆]+\s*$")


def rating_numbers(values: pd.Series) -> pd.Series:
    """A rating column's numbers (`numbers`), also where written as review pages write them: "5.0 out of 5 stars"
    and "4/5" are 5 and 4, "★★★★☆" is 4."""
    text = values.astype("string")
    stars = text.where(text.str.match(STAR_GLYPHS).fillna(False).astype(bool)).str.count("★")
    worded = text.str.extract(RATING_IN_WORDS, expand=False)
    return numbers(worded.fillna(text)).where(stars.isna(), stars.astype(float))


def infer_rating_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """The rating column where none has a known name: the first column whose name holds a rating word
    (`RATING_NAME_WORDS`, or a survey's question `RATING_QUESTION_WORDS`) and whose filled values are nearly all
    (90%) numbers from 0 to 10, or a help desk's satisfaction written in words (`worded_rating`)."""
    if S.RATING in chosen or df.empty:
        return None
    taken = set(chosen.values())
    for c in df.columns:
        if c in taken or not _name_words(c) & RATING_NAME_WORDS and not (
                is_question(c) and _name_words(c) & RATING_QUESTION_WORDS):
            continue
        if _name_words(c) & AGGREGATE_WORDS:  # the place's "Average_Score" on each of its reviews is none's own
            continue
        head = df[c].dropna().head(sample)
        values = rating_numbers(head)
        if len(values) and (values.between(0, 10).mean() >= 0.9 or worded_rating(head) is not None):
            return c
    return None


# Satisfaction written in words, and the number each word stands for. A help desk's survey as Zendesk's exports
# write it: "Good" or "Bad" where the customer answered, "Offered" or "Unoffered" where they did not (no rating);
# a survey's five-point scale ("Very satisfied" ... "Very dissatisfied"), read as a 1-5 CSAT, and the scales
# other help desks write: Freshdesk's "Extremely happy" ... "Extremely unhappy" (and its older "Awesome", "Just
# okay", "Not good"), Intercom's "Amazing" ... "Terrible", "Excellent" or "Very good" ... "Very poor".
WORDED_RATINGS = {
    "csat_good_bad": {"good": 1.0, "bad": 0.0, "good with comment": 1.0, "bad with comment": 0.0, "offered": None,
                      "unoffered": None, "not offered": None},
    "csat": {"very dissatisfied": 1.0, "extremely dissatisfied": 1.0, "dissatisfied": 2.0,
             "very unsatisfied": 1.0, "unsatisfied": 2.0,  # SurveyMonkey's scale
             "somewhat dissatisfied": 2.0, "neutral": 3.0, "neither satisfied nor dissatisfied": 3.0,
             "satisfied": 4.0, "somewhat satisfied": 4.0, "very satisfied": 5.0, "extremely satisfied": 5.0,
             "extremely unhappy": 1.0, "very unhappy": 1.0, "unhappy": 2.0, "neither happy nor unhappy": 3.0,
             "happy": 4.0, "very happy": 5.0,
             "extremely happy": 5.0, "not good": 1.0, "just okay": 3.0, "awesome": 5.0,
             "terrible": 1.0, "bad": 2.0, "ok": 3.0, "okay": 3.0, "great": 4.0, "amazing": 5.0,
             "very poor": 1.0, "poor": 2.0, "average": 3.0, "fair": 3.0, "good": 4.0, "very good": 5.0,
             "excellent": 5.0, "not rated": None, "no rating": None},
    # Google Business Profile's "starRating" of ONE ... FIVE
    "stars": {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "star rating unspecified": None},
}


def worded_rating(values: pd.Series) -> tuple[pd.Series, str] | None:
    """The numbers a column of satisfaction words stands for (NA for no answer) and their kind of rating, where
    nearly all (90%) of its filled values are words of one scale (`WORDED_RATINGS`) and some are ratings; None
    otherwise."""
    words = values.astype("string").str.strip().str.lower().str.replace(r"[\s_]+", " ", regex=True)
    filled = words.dropna()
    filled = filled[filled != ""]
    for kind, scale in WORDED_RATINGS.items():
        rated = {w for w, v in scale.items() if v is not None}
        if len(filled) and filled.isin(scale).mean() >= 0.9 and filled.isin(rated).any():
            return words.map(scale, na_action="ignore").astype(float), kind
    return None


def _rating_words(values: pd.Series) -> str:
    """What a rating column was read as, for the note that names it."""
    worded = worded_rating(values)
    if worded is None:
        found = numbers(values).dropna()
        return f"numbers from {found.min():g} to {found.max():g}" if len(found) else "numbers from 0 to 10"
    if worded[1] == "csat_good_bad":
        return "a satisfaction survey's answers: good is read as 1 and bad as 0; offered and unoffered are no rating"
    if worded[1] == "stars":
        return "stars written as words, ONE to FIVE, read as 1 to 5"
    return "a satisfaction scale in words, read as 1 (very dissatisfied) to 5 (very satisfied)"


def require_text(chosen: dict[str, str], df: pd.DataFrame, path: Path) -> None:
    """A clear error, with the --map that fixes it, when no column holds the message text."""
    if S.TEXT in chosen:
        return
    # The column that reads most like free text: the most words per value (dates, ids and numbers have none),
    # among the columns not already mapped to another field.
    nested = [c for c in df.columns if c not in chosen.values() and nested_records(df[c])]
    if nested:
        longest = max(nested, key=lambda c: df[c].dropna().astype(str).str.len().mean())  # "thread.events"
        raise WorkbenchError(f"{path}: the messages are nested as records inside column '{longest}' (JSON in each "
                             "cell), a layout no loader reads; export one message per row, or say which column holds "
                             "the text with --map text=COLUMN.")
    words = {c: n for c, n in words_per_value(df, set(chosen.values())).items() if n > 0}
    guess = max(words, key=words.get) if words else None
    quoted = f'"{guess}"' if re.search(r"\s", str(guess)) else guess
    fix = (f"name it with --map text={quoted}." if guess is not None else "no column holds words either (numbers, "
           "dates and ids only): check that this is the export of the messages, or name the text's column with "
           "--map text=COLUMN.")
    raise WorkbenchError(f"{path}: no column holds the message text (looked for {', '.join(CANDIDATES[S.TEXT][:8])}"
                         f", ...); columns found: {', '.join(map(str, df.columns))}; {fix}")


def roles_of(column: str, values: pd.Series) -> pd.Series:
    """customer / brand / unknown for each value of the role column `column` (`role_from`); a column of true
    and false named for the brand's side (`BRAND_SIDE`: "from_agent") reads true as brand, one named for the
    customer's ("inbound", "is_customer") true as customer. Where "contact" stands beside "user" and no other
    value is the brand's, the contact is the customer and the users are the brand's people."""
    flags = values.astype("string").str.strip().str.lower()
    if flags.dropna().isin(FLAG_TRUE | FLAG_FALSE).all() and flags.notna().any():
        brand_side = bool(_name_words(column) & BRAND_SIDE)
        truth = flags.isin(FLAG_TRUE)
        out = pd.Series(np.where(truth == brand_side, "brand", "customer"), index=values.index, dtype="string")
        return out.where(flags.notna(), "unknown")
    roles = pd.Series([role_from(v) for v in values], index=values.index, dtype="string")
    kinds = set(flags.dropna())
    if {"contact", "user"} <= kinds and not (roles == "brand").any():
        # Drift's and HubSpot's conversations: the customer is the "contact", the brand's people are its "users"
        roles = roles.mask(flags == "user", "brand")
    return roles


DIRECTIONS = {"inbound": "customer", "incoming": "customer", "outbound": "brand", "outgoing": "brand"}


def role_from(value: object) -> str:
    """customer / brand / unknown from the words exports use (agent, admin, inbound=True, ...)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return "unknown"
    v = norm(value)
    for role, words in ROLE_WORDS.items():
        if v in words:
            return role
    first = v.split("_")[0]  # Twilio's "outbound-api", "outbound-reply": a direction and how it was sent
    if first in DIRECTIONS:
        return DIRECTIONS[first]
    said = {TYPE_DIRECTIONS[w] for w in v.split("_") if w in TYPE_DIRECTIONS}  # "Twitter Sent Reply"
    return said.pop() if len(said) == 1 else "unknown"


# Words in an author's rank, badge or server role that say they answer for the brand ("Khoros Staff", "Community
# Manager", "Acme Team", "Moderator").
STAFF_TITLE = re.compile(r"\b(?:staff|team|mods?|moderators?|admins?|administrators?|support|developers?|devs?|"
                         r"employees?|official|community managers?|cm|engineers?|founders?|agents?)\b", re.I)
# Names of a forum's or community's column giving each author's rank or badge (not a "User Role": in a software
# company's export, Admin and Member are the customer's role in their own account).
RANK_NAMES = re.compile(r"(^|_)(rank|ranking|badge|badges|user_title|author_title|member_title|"
                        r"author_roles|roles)$")


def staff_rank_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """A community's export without a role column: its column of each author's rank or badge (`RANK_NAMES`:
    Khoros' "Author Rank", a forum's "User Title") where some ranks are staff's (`STAFF_TITLE`) and most are not."""
    if S.AUTHOR_ROLE in chosen:
        return None
    taken = set(chosen.values())
    for c in df.columns:
        if c in taken or not RANK_NAMES.search(norm(c)):
            continue
        staff = df[c].dropna().head(sample).astype(str).str.contains(STAFF_TITLE)
        if len(staff) and 0 < staff.mean() < 0.5:
            return c
    return None


# Words of a message type that say which way it went, in a social inbox's export ("Twitter Sent Reply",
# "Facebook Received Comment", "Instagram Mention", "Published Post").
TYPE_DIRECTIONS = {"sent": "brand", "outbound": "brand", "outgoing": "brand", "published": "brand",
                   "received": "customer", "inbound": "customer", "incoming": "customer", "mention": "customer",
                   "mentions": "customer"}


def infer_role_column(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> str | None:
    """Where no column is named for the author's role, a message type column ("Message Type", "Post Type") whose
    values say which way each message went (`TYPE_DIRECTIONS`): 90% of its filled values or more read as the
    brand's or a customer's, some each way (an issue tracker's "Issue Type" of "Support" says no direction)."""
    if S.AUTHOR_ROLE in chosen:
        return None
    taken = set(chosen.values())
    for c in df.columns:
        if c in taken or not _name_words(c) & {"type", "kind", "direction"}:
            continue
        roles = df[c].dropna().head(sample).map(role_from)
        if len(roles) and roles.ne("unknown").mean() >= 0.9 and roles.eq("brand").any() and roles.eq("customer").any():
            return c
    return None


def rating_type_of(column: str, values: pd.Series, survey: bool = False) -> str | None:
    """stars, nps, csat or score, from the rating column's name and range. In a `survey`'s answers, whole numbers
    from 0 to 10 that reach above 5 are the recommendation question's (Delighted's, Wootric's "Score"), and
    numbers from 1 to 5 a satisfaction score (CSAT), not a review's stars."""
    n = norm(column)
    if "nps" in n or "recommend" in n:
        return "nps"
    if "csat" in n or "satisf" in n:
        return "csat"
    if "star" in n:
        return "stars"
    v = pd.to_numeric(values, errors="coerce").dropna()
    if v.empty:
        return None
    if v.min() >= 1 and v.max() <= 5:
        return "csat" if survey else "stars"  # a survey's "How would you rate your visit?" is satisfaction
    if v.min() >= 0 and v.max() <= 10:
        whole = bool((v == v.round()).all())
        return "nps" if "survey" in n or (survey and whole and v.max() > 5) else "score"
    return "score"


def guess_channel(columns: list[str], chosen: dict[str, str], path: Path) -> str:
    """twitter, review, survey, ticket, chat, email or other, from column and file names."""
    # A column holding someone's address ('email', 'customer_email') says nothing about the channel.
    contact = re.compile(r"(^|_)(e_?mail|email_address|phone|phone_number)$")
    # a nested record's fields by their own names too (Reddit's API: "data.subreddit")
    fields = [*columns, *(str(c).rsplit(".", 1)[-1] for c in columns if "." in str(c))]
    names = {n for n in map(norm, fields) if not contact.search(n)} | {norm(path.stem)}
    joined = " ".join(names)
    if names & {"from_address", "to_address", "from_email", "to_email", "sender_email", "recipient_email"}:
        return "email"  # an e-mail client's export (Outlook's "From: (Address)", "To: (Address)")
    if "tweet" in joined or "retweet_count" in names:
        return "twitter"
    if "subreddit" in names:  # a Reddit dump's comments or posts
        return "reddit"
    if names & {"num_segments", "num_media", "sms_sid", "sms_status", "message_segments"} or "sms" in names:
        return "sms"  # a text-message log (Twilio's "NumSegments", "NumMedia")
    if "ticket" in joined or names & {"issue_key", "issue_type", "short_description", "assignment_group"}:
        # a help desk's, an issue tracker's (Jira's) or a service desk's (ServiceNow's)
        return "ticket"  # export, whatever satisfaction survey columns it carries
    parted = any(k.startswith(PART) for k in chosen)  # a review site's questions to its reviewers (G2's)
    if any(w in joined for w in ("nps", "csat", "survey", "respondent")) or is_question(chosen.get(S.TEXT, "")) \
            and not parted or names & {"response_id", "responseid", "response_type", "recorded_date"}:
        return "survey"  # also where the text answers a question, or rows are responses (Qualtrics' ids)
    if "chat" in joined or "transcript" in joined:  # a live-chat tool's export, whatever rating it carries
        return "chat"
    if names & {"conversation_rating", "conversation_rating_remark", "first_message", "conversation_started_at"}:
        return "chat"  # a messenger's conversations (Intercom's "Conversation rating", "First message")
    if "review" in joined or S.RATING in chosen:
        return "review"
    for word, channel in (("ticket", "ticket"), ("chat", "chat"), ("email", "email"), ("mail", "email")):
        if word in joined:
            return channel
    return "other"


HOST = re.compile(r"^(?:https?://)?(?:www\.|m\.|mobile\.)?([a-z0-9-]+)\.[a-z.]+/?$")
LINK_HOST = re.compile(r"^\s*https?://(?:www\.|m\.|mobile\.)?([a-z0-9-]+)\.(?:com|be)/", re.I)
# What a media monitor writes for any social network ("Source Type": Social Media): the post's link says which.
NO_NETWORK = {"social media", "social", "socialmedia", "social network", "social networks", "social media post"}
HOST_NETWORKS = {"twitter": "twitter", "x": "twitter", "facebook": "facebook", "fb": "facebook",
                 "instagram": "instagram", "reddit": "reddit", "youtube": "youtube", "youtu": "youtube",
                 "tiktok": "tiktok", "linkedin": "linkedin", "pinterest": "pinterest", "threads": "threads"}


def networks_by_link(df: pd.DataFrame, chosen: dict[str, str], sample: int = 200) -> pd.Series | None:
    """Each row's social network as the link to its post or its author's profile names it
    ("http://twitter.com/ann/statuses/1": twitter), from the first column not mapped whose values are links; None
    where no column is."""
    taken = set(chosen.values())
    for c in df.columns:
        values = df[c].dropna().astype("string").head(sample)
        if c not in taken and len(values) and values.str.match(r"\s*https?://").mean() >= 0.9:
            hosts = df[c].astype("string").str.extract(LINK_HOST, expand=False).str.lower()
            return hosts.map(HOST_NETWORKS, na_action="ignore").astype("string")
    return None


# A link to a post that names the account it is on: a TikTok video's ("tiktok.com/@acme/video/7311").
POST_OWNER = re.compile(r"^\s*https?://(?:www\.|m\.|vm\.)?tiktok\.com/@([\w.]+)/(?:video|photo)/", re.I)


def post_owners(df: pd.DataFrame, chosen: dict[str, str], sample: int = 2000) -> tuple[str, pd.Series] | None:
    """(the column, the account each row's post is on) where a comment scraper's rows name the post they comment
    on by a link that names its account (Apify's TikTok comments: "videoWebUrl"), the same post on many rows;
    None where no column does. The account is the brand's own: its comments on its post are its replies."""
    taken = set(chosen.values())
    for c in df.columns:
        values = df[c].dropna().astype("string").head(sample)
        if c in taken or not len(values) or values.str.match(POST_OWNER).mean() < 0.9 \
                or values.nunique() > len(values) / 2:
            continue
        return c, df[c].astype("string").str.extract(POST_OWNER, expand=False)
    return None


def channel_names(values: pd.Series) -> pd.Series:
    """A channel column's values as channel names: lower case, and a site's address as the site's name (a
    listening tool's "Domain" of "twitter.com" or "www.reddit.com" is twitter or reddit; x.com and X are twitter;
    "SOCIALMEDIA_TWITTER" is twitter)."""
    names = values.astype("string").str.strip().str.lower()
    names = names.str.replace(r"^social[\s_-]?media[\s_:-]+", "", regex=True)  # Talkwalker's SOCIALMEDIA_TWITTER
    site = names.str.extract(HOST, expand=False)
    parts = names.str.extract(r"^([a-z]+)[\s_-]+(.+)$")  # a message type's network: "twitter sent reply"
    typed = [isinstance(net, str) and net in NETWORKS and set(norm(rest).split("_")) <= TYPE_WORDS
             for net, rest in zip(parts[0], parts[1], strict=True)]
    named = parts[0].astype("string").where(pd.Series(typed, index=names.index))
    named = site.fillna(named).fillna(names).replace({"": pd.NA, "x": "twitter"})  # X is twitter's new name
    return named.map(lambda v: CHANNEL_WORDS.get(norm(v), v) if isinstance(v, str) else v, na_action="ignore")


# Channels as exports in other languages name them: a German "Kanal" of E-Mail and Telefon.
CHANNEL_WORDS = {"telefon": "phone", "telephone": "phone", "telefono": "phone", "telefoon": "phone",
                 "anruf": "phone", "appel": "phone", "llamada": "phone", "courriel": "email", "correo": "email",
                 "correo_electronico": "email", "e_mail": "email", "brief": "letter",
                 "lettre": "letter", "carta": "letter", "filiale": "store", "magasin": "store", "tienda": "store",
                 "negozio": "store", "winkel": "store", "webformular": "web form", "formulaire": "web form",
                 "formulario": "web form", "kontaktformular": "web form"}


# Words of a social inbox's message type after its network ("Twitter Sent Reply", "Facebook Wall Post").
TYPE_WORDS = {"mention", "mentions", "reply", "replies", "comment", "comments", "post", "posts", "dm", "dms",
              "direct", "message", "messages", "private", "public", "sent", "received", "published", "tweet",
              "tweets", "retweet", "quote", "story", "stories", "wall", "review", "reviews", "inbound", "outbound",
              "incoming", "outgoing", "ad", "thread"}
# Networks a social inbox's message type starts with ("Twitter Mention", "Facebook Comment").
NETWORKS = {"twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "reddit", "whatsapp", "messenger",
            "pinterest", "threads", "telegram"}


# A column holding the company's answer on the same row as the review (Trustpilot's "Company Reply Content",
# Google Play's "Developer Reply Text") and the one saying when it was written.
REPLY_WORDS = {"reply", "replied", "response", "responded"}


WHEN_WORDS = {"date", "time", "at", "timestamp", "utc", "millis", "epoch", "on"}
# What a nested answer's date is called ("developerResponse.modified"), besides `WHEN_WORDS`.
EDITED_WORDS = {"modified", "updated", "edited", "created", "posted"}


# Who answers a review on its row, besides a column named for a reply: an "owner_answer" (Outscraper's Google
# reviews), a "seller_comment".
ANSWERING = {"owner", "business", "company", "merchant", "seller", "developer", "host", "management", "store", "shop"}


def is_reply_column(column: object, chosen: dict[str, str]) -> bool:
    """Whether a column holds (or dates) the brand's answers to the messages on their rows: named for a reply
    ("Developer Reply Text"), for an answer by the business ("owner_answer"), or, where the text is a review's
    ("review_content"), for a comment on it (Yotpo's "comment_content")."""
    words = _name_words(column)
    reviewed = S.TEXT in chosen and norm(chosen[S.TEXT]).startswith("review")
    return bool(words & REPLY_WORDS or words & {"answer", "comment"} and words & ANSWERING
                or reviewed and "comment" in words)


def reply_columns(columns, chosen: dict[str, str]) -> tuple[str | None, str | None]:
    """(the column of the brand's answers, the column of when they were written) on review rows, or None. Where
    the text is a review's ("review_content"), a comment on it is the shop's answer (Yotpo's "comment_content",
    "comment_created_at")."""
    free = [c for c in columns if c not in set(chosen.values())]
    text = next((c for c in free if is_reply_column(c, chosen) and not _name_words(c) & (WHEN_WORDS | {"id"})
                 and not _name_words(c) & {"count", "rate", "status", "type", "needed"}), None)
    when = next((c for c in free if is_reply_column(c, chosen) and "millis" not in _name_words(c)
                 and (_name_words(c) & WHEN_WORDS or _of_an_answer(c) and _name_words(c) & EDITED_WORDS)), None)
    return (text, when) if text is not None and S.TEXT in chosen else (None, None)


def map_columns(df: pd.DataFrame, path: Path, options: LoadOptions, notes: list[str],
                open_ended: Sequence[str] = ()) -> tuple[dict[str, str], LoadOptions]:
    """Field -> export column for a table, decided once on its first rows: the names `automap` knows, then what
    the columns hold, each inference with a note in `notes`; and `options` with the date order read from the
    data where the researcher gave none. `open_ended`: the columns a survey tool marks as open questions'
    answers (SurveyMonkey's "Open-Ended Response"), read as the text where no column is named so, however short
    their answers ("faster delivery")."""
    # a ticket's later messages in cells of its row: Jira's "Comment" columns, ServiceNow's journals
    cells = [c for c in comment_columns(df, options) if c not in options.mapping.values()]
    journals = journal_columns(df, {*cells, *options.mapping.values()}, options)
    chosen = automap([c for c in df.columns if c not in cells and c not in journals], options.mapping, path)
    chosen.update({f"{COMMENT}{i}": col for i, col in enumerate(cells, start=1)})
    chosen.update({f"{JOURNAL}{i}": col for i, col in enumerate(journals, start=1)})
    named = chosen.get(S.TEXT)
    if named is not None and S.TEXT not in options.mapping and wordless(df[named]):
        del chosen[S.TEXT]  # Amazon's Alexa reviews: a "feedback" of 1 and 0 beside the "verified_reviews"
        notes.append(f"column '{named}' holds no words (e.g. '{df[named].dropna().iloc[0]}'), so it is no message "
                     "text; --map text=COLUMN names the text's column.")
    said = chosen.get(S.AUTHOR_ID)
    if said is not None and S.AUTHOR_ROLE not in chosen and S.AUTHOR_ID not in options.mapping:
        values = df[said].dropna().head(2000)
        if len(values) and values.map(role_from).ne("unknown").mean() >= 0.9:  # "Speaker": Agent, Customer
            chosen[S.AUTHOR_ROLE] = chosen.pop(S.AUTHOR_ID)
            notes.append(f"column '{said}' says customer or agent, not who: read as each message's author role; "
                         "--map author_id=COLUMN names an author column.")

    def adopt(field: str, col: str | None, note) -> None:
        """Take an inferred column for `field`, with the note `note(col)` says."""
        if col is not None:
            chosen[field] = col
            notes.append(note(col))

    parts = review_parts(df, chosen)
    if parts:
        chosen[S.TEXT] = parts[0]
        chosen.update({f"{PART}{i}": col for i, col in enumerate(parts[1:], start=2)})
        notes.append("columns " + ", ".join(f"'{c}'" for c in parts) + " read together as each review's text, each "
                     + ("answer on a line of its own" if all(map(is_question, parts)) else
                        f"part under its column's name ('{parts[0]}: ...')") + "; --map text=COLUMN reads one alone.")
    marked = [c for c in open_ended if c in df.columns and c not in chosen.values()]
    if S.TEXT not in chosen and marked:
        adopt(S.TEXT, marked[0], lambda c: f"column '{c}' read as the message text (the survey marks it as an open "
              "question's answers); --map text=COLUMN chooses another.")
    adopt(S.TEXT, infer_text_column(df, chosen), lambda c: f"column '{c}' read as the message text (" + (
          "its name says it holds what was written" if _name_words(c) & TEXT_NAME_WORDS else
          "no column is called text, body, comment or the like") + "); --map text=COLUMN chooses another.")
    require_text(chosen, df, path)
    own_id = message_id_column(df, chosen, options)
    if S.SOURCE_ID not in chosen:
        adopt(S.SOURCE_ID, own_id, lambda c: f"column '{c}' read as each message's id (its values never repeat); "
              "--map source_id=COLUMN chooses another.")
    elif own_id != chosen.get(S.SOURCE_ID):
        shared_id = chosen.pop(S.SOURCE_ID)
        if own_id is not None:
            chosen[S.SOURCE_ID] = own_id
        notes.append(f"column '{shared_id}' repeats over different messages (it names something else, such as the "
                     "product reviewed), so it is no message id: " + (f"column '{own_id}' is." if own_id else
                     "messages are known by their content and row number.")
                     + " --map source_id=COLUMN names the right column.")
        adopt(S.BRAND, None if S.BRAND in chosen else reviewed_name_column(df, chosen, shared_id),
              lambda c: f"column '{c}' read as the brand: the name of what each review is of (one name to each "
              f"'{shared_id}'); --map brand=COLUMN chooses another.")
    rated = chosen.get(S.RATING)
    if rated is not None and S.RATING not in options.mapping:
        values = rating_numbers(df[rated].dropna().head(2000))
        if len(values) and (values.max() > 100 or values.min() < 0):  # a post's votes or likes ("score": 154)
            del chosen[S.RATING]
            notes.append(f"column '{rated}' holds numbers beyond any rating's scale ({values.min():g} to "
                         f"{values.max():g}: votes or likes, not a rating), so it stays in metadata; --map "
                         f"rating={rated} reads it as the rating.")
    constant = chosen.get(S.RATING)
    if constant is not None and S.RATING not in options.mapping and len(df) >= 3 \
            and df[constant].dropna().nunique() <= 1:  # a place's average rating on each of its reviews
        varying = next((c for c in df.columns if c not in chosen.values() and norm(c) in CANDIDATES[S.RATING]
                        and df[c].dropna().nunique() > 1), None)
        if varying is not None:
            chosen[S.RATING] = varying
            notes.append(f"column '{constant}' holds one value on every row (what is rated, not each message): "
                         f"column '{varying}' read as the rating; --map rating=COLUMN chooses another.")
    adopt(S.RATING, infer_rating_column(df, chosen), lambda c: f"column '{c}' read as the rating (its name says so "
          "and it holds " + _rating_words(df[c].head(2000)) + "); --map rating=COLUMN chooses another.")
    adopt(S.CREATED_AT, infer_date_column(df, chosen), lambda c: f"column '{c}' read as the date of each message "
          "(no column is called date, created_at or the like); --map created_at=COLUMN chooses another.")
    if options.dayfirst is None and S.CREATED_AT in chosen:
        # Decided once, on the first rows: every chunk reads its dates the same way.
        dayfirst = infer_dayfirst(df[chosen[S.CREATED_AT]])
        if dayfirst is not None:
            options = replace(options, dayfirst=dayfirst)
            notes.append(f"dates in column '{chosen[S.CREATED_AT]}' read as {'day/month' if dayfirst else 'month/day'}"
                         f"; --{'monthfirst' if dayfirst else 'dayfirst'} reads them the other way.")
    adopt(AUTHOR_ALSO, None if S.AUTHOR_ID in options.mapping else author_also_column(df, chosen),
          lambda c: f"where column '{chosen[S.AUTHOR_ID]}' is blank, column '{c}' names the author.")
    adopt(CLOCK, clock_column(df, chosen), lambda c: f"column '{c}' read as the time of day of the dates in "
          f"'{chosen[S.CREATED_AT]}'.")
    adopt(S.AUTHOR_ROLE, infer_role_column(df, chosen), lambda c: f"column '{c}' read as each message's author role "
          f"(its values say which way it went: {', '.join(map(str, df[c].dropna().unique()[:3]))}); --map "
          "author_role=COLUMN chooses another.")
    typed = chosen.get(S.AUTHOR_ROLE)
    if typed is not None and S.CHANNEL not in chosen and not options.channel and S.AUTHOR_ROLE not in options.mapping:
        networks = channel_names(df[typed].dropna().head(2000))
        if len(networks) and networks.isin(NETWORKS).mean() >= 0.9:  # "Twitter Sent Reply": twitter, the brand's
            chosen[S.CHANNEL] = typed
            notes.append(f"column '{typed}' also read as the channel of each message (its values name the network).")
    adopt(S.CHANNEL, None if options.channel else infer_channel_column(df, chosen), lambda c: f"column '{c}' read as "
          f"the channel of each message (its values name channels: {', '.join(map(str, df[c].dropna().unique()[:4]))})"
          "; --map channel=COLUMN chooses another.")
    answers = open_answer_columns(df, chosen)
    answers += [c for c in marked if c not in chosen.values() and c not in answers]
    for i, col in enumerate(answers, start=2):
        chosen[f"{ANSWER}{i}"] = col
    if answers:
        notes.append(f"{len(answers) + 1} open questions: the answers to '{chosen[S.TEXT]}' are the messages' text, "
                     "and those to " + ", ".join(f"'{c}'" for c in answers)
                     + " messages of their own by the same respondent (the question in their metadata).")
    comments = [c for c in rating_comment_columns(df, chosen) if c not in answers]
    for i, col in enumerate(comments, start=len(answers) + 2):
        chosen[f"{ANSWER}{i}"] = col
    if comments:
        notes.append("the customers' comments on their ratings (" + ", ".join(f"'{c}'" for c in comments) + ") read "
                     "as messages of their own, by the same customer in the same conversation (the column's name in "
                     "their metadata as 'question').")
    adopt(TITLE, infer_title_column(df, chosen) if S.TEXT not in options.mapping else None,
          lambda c: f"column '{c}' (each message's subject or title) read before its text in '{chosen[S.TEXT]}'; "
          f"--map text={chosen[S.TEXT]} reads the text alone.")
    organisation = customer_organisation(df.columns, chosen, options)
    if organisation is not None:
        del chosen[S.BRAND]
        notes.append(f"column '{organisation}' taken as the customer's organisation, not the brand (a help desk's "
                     f"export names the company that asks): it stays in metadata; --segment-by '{organisation}' "
                     f"compares them, --map brand='{organisation}' reads it as the brand.")
    adopt(S.BRAND, place_name_column(df, chosen), lambda c: f"column '{c}' read as the brand: the place each review "
          "is of; --map brand=COLUMN chooses another.")
    adopt(S.BRAND, infer_brand_account_column(df, chosen), lambda c: f"column '{c}' read as the brand's account each "
          "message was sent to; --map brand=COLUMN chooses another.")
    adopt(S.BRAND, infer_brand_column(df, chosen), lambda c: f"column '{c}' read as the brand each message addresses "
          "(its values are named in the messages); --map brand=COLUMN chooses another.")
    return chosen, options
