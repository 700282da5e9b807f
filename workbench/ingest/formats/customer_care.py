"""Threaded customer-care JSON in the layout of IBM's Twitter customer-care conversations.

A list of conversations, each with `dialogHeader` (company, sessionID, conversationDateTime, duration),
`dialogContent` (turns keyed `client` or `agent`, with datetime, message, tweet_ID) and `agentURL`, the
agent's closing answer (its time is the conversation start plus its duration).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, load_json, make_id, result


class CustomerCareLoader:
    name = "customer-care-json"
    description = "threaded customer-care JSON (dialogHeader/dialogContent/agentURL, as IBM's Twitter set)"

    def detect(self, path: Path, head: str) -> float:
        return 0.95 if '"dialogContent"' in head and '"dialogHeader"' in head else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        data = load_json(path, options)
        if not isinstance(data, list):
            raise WorkbenchError(f"{path}: expected a list of conversations with dialogHeader and dialogContent.")
        records, rejected = [], []
        rows_read = 0
        for i, conv in enumerate(data):
            header = conv.get("dialogHeader") if isinstance(conv, dict) else None
            turns = conv.get("dialogContent") if isinstance(conv, dict) else None
            if not isinstance(header, dict) or not isinstance(turns, list):
                rows_read += 1
                rejected.append((f"conversation {i}", "no dialogHeader or dialogContent", json.dumps(conv)[:10000]))
                continue
            company = options.brand or header.get("company")
            conv_id = make_id("care", header.get("sessionID") or f"{path.name}#{i}")
            turns = list(turns)
            agent_url = conv.get("agentURL") or {}
            seen = {str(t.get("tweet_ID")) for t in turns if isinstance(t, dict)}
            if agent_url.get("url_utterance") and str(agent_url.get("tweet_ID")) not in seen:
                end = _end_time(header)
                turns.append({"agent": company, "datetime": end, "message": agent_url["url_utterance"],
                              "tweet_ID": agent_url.get("tweet_ID"), "closing": True})
            parent = None
            for j, t in enumerate(turns):
                rows_read += 1
                key = next((k for k in t if k.startswith(("client", "agent"))), None) if isinstance(t, dict) \
                    else None
                if key is None:
                    rejected.append((f"conversation {i} turn {j}", "turn has neither 'client' nor 'agent'",
                                     json.dumps(t)[:10000]))
                    continue
                is_agent = key.startswith("agent")
                native = t.get("tweet_ID") or f"{header.get('sessionID')}-{j}"
                mid = make_id("tw", native)
                records.append({
                    S.MESSAGE_ID: mid, S.SOURCE_ID: str(native), S.CONVERSATION_ID: conv_id, S.PARENT_ID: parent,
                    S.CREATED_AT: t.get("datetime"), S.CHANNEL: options.channel or "twitter",
                    S.AUTHOR_ID: t[key],
                    S.AUTHOR_ROLE: "brand" if is_agent else "customer", S.BRAND: company,
                    S.TEXT: t.get("message") or "",
                    S.METADATA: {"turn": j + 1, "closing_answer": t.get("closing"),
                                 "document_url": agent_url.get("url") if t.get("closing") else None},
                })
                parent = mid
        return result(records, path, rejected, rows_read=rows_read)


def _end_time(header: dict) -> str | None:
    """Conversation start + duration ('01:26:55.0'), as an ISO timestamp."""
    start = pd.to_datetime(header.get("conversationDateTime"), utc=True, errors="coerce")
    m = re.match(r"(\d+):(\d+):(\d+(?:\.\d+)?)", str(header.get("duration", "")))
    if pd.isna(start) or not m:
        return None
    h, mi, s = int(m.group(1)), int(m.group(2)), float(m.group(3))
    return (start + pd.Timedelta(hours=h, minutes=mi, seconds=s)).isoformat()


register(CustomerCareLoader())
