"""A product's GitHub issues as the REST API returns them: issues (`/repos/OWNER/REPO/issues`, or a search's
`items`) and their comments (`/repos/OWNER/REPO/issues/comments`, each naming its `issue_url`), in one file or
several, one page per file, a list of pages or one item per line.

An issue is a conversation: its title and body open it, and each comment answers the one before it. Who speaks
for the brand: the repository's owner, members and collaborators (`author_association` OWNER, MEMBER,
COLLABORATOR) and authors named with `--brand-author`; they answer as the brand (the repository's owner, or
`--brand`), each one's login kept in metadata as `agent`. Bots' comments (a stale bot, CI) and pull requests
(code, not feedback) are set aside, counted. Fenced code blocks and the HTML comments of issue templates are left
out of the text: a stack trace names no need.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import register
from workbench.ingest.formats.base import LoadOptions, LoadResult, json_documents, make_id, page_items, result, to_utc
from workbench.ingest.formats.tabular import with_title

NS = "gh"
BRAND_SIDE = {"OWNER", "MEMBER", "COLLABORATOR"}
ISSUE = re.compile(r"github\.com/(?:repos/)?([^/\s]+)/([^/\s]+)/(?:issues|pull)/(\d+)")
CODE = re.compile(r"```.*?(?:```|$)|<!--.*?(?:-->|$)", re.S)


def _text(body: object) -> str:
    """A body's words: without fenced code blocks and template comments, blank runs closed."""
    return re.sub(r"\n{3,}", "\n\n", CODE.sub(" ", str(body or ""))).strip()


class GitHubLoader:
    name = "github"
    description = ("GitHub issues and their comments as the REST API returns them; the repository's members "
                   "answer for the brand")

    def detect(self, path: Path, head: str) -> float:
        if path.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
            return 0.0
        return 0.9 if '"author_association"' in head and "github.com" in head else 0.0

    def load(self, path: Path, options: LoadOptions) -> LoadResult:
        docs, rejected = json_documents(path, options)
        named = {n.lstrip("@").lower() for n in options.brand_authors}
        rows = []
        for n, item in enumerate(page_items(docs), start=1):
            link = ISSUE.search(str(item.get("issue_url") or item.get("html_url") or item.get("url") or ""))
            user = item.get("user") or {}
            login = user.get("login")
            if link is None or not item.get("id"):
                rejected.append((f"item {n}", "no issue or comment of a repository (no id or issue link)",
                                 str(item)[:10000]))
                continue
            if item.get("pull_request") or "/pull/" in str(item.get("html_url") or ""):
                rejected.append((f"item {n}", "a pull request (code, not feedback)", str(item.get("title"))[:10000]))
                continue
            if user.get("type") == "Bot" or str(login or "").endswith("[bot]"):
                rejected.append((f"item {n}", "a bot's comment, no one's words", _text(item.get("body"))[:10000]))
                continue
            comment = "issue_url" in item
            text = _text(item.get("body"))
            title = None if comment else item.get("title")
            if not text and not title:
                rejected.append((f"item {n}", "no text (only code or a template)", str(item)[:10000]))
                continue
            owner, repo, number = link.groups()
            brand = str(item.get("author_association") or "").upper() in BRAND_SIDE or str(login).lower() in named
            rows.append({"id": str(item["id"]), "issue": f"{owner}/{repo}#{number}", "owner": owner,
                         "comment": comment, "author": login, "brand": brand, "text": text, "title": title,
                         "created": item.get("created_at"),
                         "metadata": {"repository": f"{owner}/{repo}", "issue": int(number),
                                      "labels": [lb.get("name") for lb in item.get("labels") or []
                                                 if isinstance(lb, dict)] or None,
                                      "state": item.get("state"), "reactions": (item.get("reactions") or {}).get(
                                          "total_count") or None,
                                      "association": item.get("author_association"),
                                      "agent": login if brand else None}})
        if not rows:
            raise WorkbenchError(f"{path}: no GitHub issues or comments found; check that it is the REST API's "
                                 "response, or name the format with --format table.")
        df = pd.DataFrame(rows)
        df["created"] = to_utc(df["created"].astype(object), options)
        df["text"] = with_title(df["title"].astype("string"), df["text"].astype("string"))  # an issue's title first
        # within an issue: the issue first, then its comments in time; each answers the one before it
        df = df.sort_values(["issue", "comment", "created"], kind="stable").reset_index(drop=True)
        # an issue is known by its repository and number, so comments read from another file than their issue's
        # still answer it
        df["mid"] = [make_id(NS, f"c{i}") if c else make_id(NS, issue)
                     for c, i, issue in zip(df["comment"], df["id"], df["issue"], strict=True)]
        df["parent"] = df.groupby("issue")["mid"].shift().fillna(
            df["issue"].map(lambda issue: make_id(NS, issue)).where(df["comment"]))
        staff = sorted({a for a, b in zip(df["author"], df["brand"], strict=True) if b and a})
        records = [{
            S.MESSAGE_ID: r.mid, S.SOURCE_ID: r.id, S.CONVERSATION_ID: make_id(NS, r.issue),
            S.PARENT_ID: r.parent if isinstance(r.parent, str) else None, S.CHANNEL: options.channel or "github",
            # the brand's people answer as the brand (an agent is no brand of their own), named in metadata
            S.AUTHOR_ID: (options.brand or r.owner) if r.brand else r.author,
            S.AUTHOR_ROLE: "brand" if r.brand else "customer", S.BRAND: options.brand or r.owner, S.TEXT: r.text,
            S.METADATA: r.metadata,
        } for r in df.itertuples(index=False)]
        res = result(records, path, rejected)
        res.messages[S.CREATED_AT] = df["created"].to_numpy()
        res.notes.append(
            f"{len(staff)} author{'s' if len(staff) != 1 else ''} read as answering for the brand as the "
            f"repository's owner, members or collaborators, or as named ({', '.join(map(str, staff[:5]))}"
            f"{', ...' if len(staff) > 5 else ''}); --brand-author LOGIN names others." if staff else
            "no author is the repository's owner, member or collaborator, or named, so every message is taken as "
            "a customer's; --brand-author LOGIN names the brand's people.")
        return res


register(GitHubLoader())
