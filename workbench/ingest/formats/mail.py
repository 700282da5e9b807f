"""E-mail: mbox mailboxes and single .eml files.

Threads come from Message-ID, In-Reply-To and References; quoted replies and signatures are stripped so each
message holds only what its author wrote. The brand is the mailbox customers write to: senders at the
domain that receives thread-starting mail (or the addresses and domains named with --brand-author).
"""

from __future__ import annotations

import email
import mailbox
import re
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import (
    LoadOptions,
    LoadResult,
    content_id,
    html_to_text,
    read_bytes,
    result,
    strip_reply,
)


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        content = part.get_payload(decode=True).decode("utf-8", errors="replace")
    return html_to_text(content) if part.get_content_type() == "text/html" else content


def _ids(value: str | None) -> list[str]:
    return re.findall(r"<([^<>\s]+)>", value or "")


def _address(value: str | None) -> str | None:
    addrs = getaddresses([value or ""])
    return addrs[0][1].lower() if addrs and addrs[0][1] else None


def messages_to_result(msgs: list[tuple[str, EmailMessage]], path: Path, options: LoadOptions) -> LoadResult:
    """Canonical messages from parsed e-mails (location, message)."""
    parsed, rejected = [], []
    for where, msg in msgs:
        try:
            sender = _address(msg.get("From"))
            to = [a.lower() for _, a in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])) if a]
        except Exception as exc:  # malformed headers
            rejected.append((where, f"unreadable headers ({exc})", msg.as_string()[:10000]))
            continue
        parsed.append((where, msg, sender, to))
    brand_set = {b.lower() for b in options.brand_authors if "@" in b or "." in b}
    # The domain customers write to in thread-starting mail.
    starters = Counter(a.split("@")[-1] for _, m, _, to in parsed if not m.get("In-Reply-To") for a in to[:1])
    if starters:
        brand_set.add(starters.most_common(1)[0][0])
    records = []
    for where, msg, sender, to in parsed:
        mid_native = (_ids(msg.get("Message-ID")) or [None])[0]
        parent = (_ids(msg.get("In-Reply-To")) or [None])[0]
        refs = _ids(msg.get("References"))
        subject = str(msg.get("Subject") or "").strip()
        body = strip_reply(_body(msg))
        text = f"{subject}\n\n{body}".strip() if subject and not parent else body
        try:
            created = parsedate_to_datetime(msg.get("Date")) if msg.get("Date") else None
        except (TypeError, ValueError):
            created = None
        if created is not None and created.tzinfo is None:  # a Date with no zone (or -0000): --timezone's
            created = pd.Timestamp(created).tz_localize(options.timezone or "UTC", ambiguous="NaT",
                                                        nonexistent="NaT")
        mid = f"email:{mid_native}" if mid_native else content_id("email", sender, msg.get("Date"), text)
        is_brand = sender is not None and (sender in brand_set or sender.split("@")[-1] in brand_set)
        root = refs[0] if refs else parent or mid_native
        records.append({
            S.MESSAGE_ID: mid, S.SOURCE_ID: mid_native or where,
            S.CONVERSATION_ID: f"email:{root}" if root else mid, S.PARENT_ID: f"email:{parent}" if parent else None,
            S.CREATED_AT: created, S.CHANNEL: options.channel or "email", S.AUTHOR_ID: sender,
            S.AUTHOR_ROLE: "brand" if is_brand else ("customer" if brand_set else "unknown"),
            S.BRAND: options.brand or _brand_of(sender if is_brand else (to[0] if to else None), brand_set),
            S.TEXT: text,
            S.METADATA: {"subject": subject, "to": ", ".join(to), "location": where},
        })
    res = result(records, path, rejected, rows_read=len(msgs))
    if not brand_set:
        res.notes.append(f"{path.name}: the brand's mailbox could not be told apart; pass --brand-author "
                         "support@example.com (or a domain).")
    return res


def _brand_of(address: str | None, brand_set: set[str]) -> str | None:
    """The brand domain an address belongs to (the mailbox a customer wrote to, or a brand sender's)."""
    if address is None:
        return None
    domain = address.split("@")[-1]
    return domain if address in brand_set or domain in brand_set else None


class MboxLoader:
    name = "mbox"
    description = "an mbox mailbox (threads from In-Reply-To/References, quotes and signatures stripped)"

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if head.startswith("From ") and re.search(r"^(Subject|Message-ID|Date):", head, re.M | re.I) \
            else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        read_bytes(path)
        box = mailbox.mbox(path, factory=lambda f: email.message_from_binary_file(f, policy=policy.default),
                           create=False)
        msgs = [(f"message {i + 1}", m) for i, m in enumerate(box)]
        if not msgs:
            raise WorkbenchError(f"{path}: no e-mail found in the mailbox; export it again as mbox.")
        return messages_to_result(msgs, path, options)


class EmlLoader:
    name = "eml"
    description = "a single e-mail (.eml); name a folder to load all its .eml files"

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() == ".eml":
            return 0.95
        headers = re.findall(r"^(From|To|Subject|Date|Message-ID|Received|MIME-Version):", head[:4000], re.M | re.I)
        return 0.6 if len({h.lower() for h in headers}) >= 3 and not head.startswith("From ") else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        msg = email.message_from_bytes(read_bytes(path), policy=policy.default)
        if not msg.keys():
            raise WorkbenchError(f"{path}: no e-mail headers found; is it an .eml file?")
        return messages_to_result([(path.name, msg)], path, options)


register(MboxLoader())
register(EmlLoader())
