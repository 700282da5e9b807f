"""A realistic benchmark export of N messages, built deterministically from real ones.

    python benchmarks/corpus.py N OUT.csv [--seed 0] [--shared ../shared/data]

Real customer messages are resampled from the bundled samples (customer-care tweets, app reviews, survey
comments) and, where `../shared/data` is present, from its customer tweets, reviews, review sentences and
complaint narratives; brand replies from the brands' real replies. Each copy is lightly perturbed (an order
number, a typo, changed case or punctuation) so that most texts differ and embedding caches start cold.
Around them, the shape of a real export:

- customers whose activity is heavy-tailed (most write once, a few write dozens of times: Zipf), each with
  a home channel (twitter, email, chat or review) and a main brand among 25;
- threads: a customer's message opens a conversation or, now and then, follows up their last one; brands
  answer 60% of twitter, email and chat messages after a log-normal delay (median 40 minutes);
- a year of dates with a weekly rhythm (weekends quieter) and one spike week at three times the volume;
- star ratings on reviews.

The same N, seed and inputs give the same file, byte for byte. Used by the ingest, analysis, report and
side-by-side benchmarks.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
CHANNELS = np.array(["twitter", "email", "chat", "review"])
CHANNEL_MIX = np.array([0.45, 0.2, 0.2, 0.15])
BRANDS = np.array([f"Brand{chr(65 + i // 5)}{i % 5}" for i in range(25)])
ANSWERED = {"twitter", "email", "chat"}
MENTIONS = re.compile(r"^(?:@\w+\s*)+")


def _samples() -> tuple[list[str], list[str], list[str]]:
    """(customer messages, brand replies, reviews) of the bundled samples."""
    from workbench.ingest.formats import load

    care = load(SAMPLES / "customer_care_tweets.json").messages
    customers = care.loc[care["author_role"] == "customer", "text"].tolist()
    replies = care.loc[care["author_role"] == "brand", "text"].tolist()
    reviews = pd.read_csv(SAMPLES / "app_reviews.csv")["review_text"]
    survey = pd.read_csv(SAMPLES / "nps_survey.csv", sep=";", encoding="utf-8-sig")["comment"]
    return customers, replies, reviews.dropna().tolist() + survey.dropna().tolist()


def _shared(shared: Path) -> tuple[list[str], list[str], list[str], list[str]]:
    """The same three pools from ../shared/data, and complaint narratives for e-mail (empty where absent)."""
    customers, replies, reviews, letters = [], [], [], []
    twcs = shared / "twcs-sample" / "twcs_monalisapatra26.csv"
    if twcs.exists():
        t = pd.read_csv(twcs, lineterminator="\n", dtype=str)
        inbound = t["inbound"].str.strip() == "True"
        customers += t.loc[inbound, "text"].dropna().tolist()
        replies += t.loc[~inbound, "text"].dropna().tolist()
    clothes = shared / "sentiment-extra/womens-clothing-reviews/Womens Clothing E-Commerce Reviews.csv"
    if clothes.exists():
        reviews += pd.read_csv(clothes)["Review Text"].dropna().sample(20000, random_state=0).tolist()
    apps = shared / "topic-labelled/app-review-issues/LABELLED_REVIEWS.jsonl"
    if apps.exists():
        reviews += [json.loads(line)["text"] for line in apps.read_text(encoding="utf-8").splitlines() if line]
    cfpb = shared / "topic-labelled/cfpb-complaints-sample/complaints_sample.csv"
    if cfpb.exists():
        narratives = pd.read_csv(cfpb, usecols=["Consumer complaint narrative"]).dropna().iloc[:, 0]
        narratives = narratives.str.replace(r"X{2,}[/X]*|\{\$[\d.,]+\}", "", regex=True)
        letters += narratives.str.slice(0, 1500).str.replace(r"\s\S*$", "", regex=True).tolist()
    return customers, replies, reviews, letters


def _perturb(texts: np.ndarray, rng: np.random.Generator, orders: bool = True) -> np.ndarray:
    """Light, realistic edits: an order number (30%, customers only), one typo (15%), lower case (10%), extra
    '!' (5%)."""
    out = texts.astype(object).copy()
    n = len(out)
    order = (rng.random(n) < 0.30) & orders
    numbers = rng.integers(100000, 999999, n)
    typo = rng.random(n) < 0.15
    lower = rng.random(n) < 0.10
    shout = rng.random(n) < 0.05
    where = rng.random(n)
    for i in np.flatnonzero(order | typo | lower | shout):
        t = out[i]
        if typo[i] and len(t) > 8:
            k = int(where[i] * (len(t) - 2))
            t = t[:k] + t[k + 1] + t[k] + t[k + 2:]  # two neighbouring letters swapped
        if lower[i]:
            t = t.lower()
        if shout[i]:
            t = t.rstrip(".") + "!!"
        if order[i]:
            t = f"{t} (order {numbers[i]})"
        out[i] = t
    return out


def _dates(n: int, rng: np.random.Generator) -> pd.DatetimeIndex:
    """n times over 2024: weekends at 60% of a weekday, the week of 7 October at three times the volume."""
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D", tz="UTC")
    weight = np.where(days.day_of_week >= 5, 0.6, 1.0)
    weight[(days >= "2024-10-07") & (days < "2024-10-14")] *= 3
    day = rng.choice(len(days), n, p=weight / weight.sum())
    return days[day] + pd.to_timedelta(rng.normal(14 * 3600, 4 * 3600, n).clip(0, 86399), unit="s")


def build(n: int, seed: int = 0, shared: Path | None = None) -> pd.DataFrame:
    """About n messages (customers' and brands' replies together), deterministic in (n, seed, inputs)."""
    rng = np.random.default_rng(seed)
    customers, replies, reviews = _samples()
    letters: list[str] = []
    if shared is not None and shared.exists():
        more = _shared(shared)
        customers, replies, reviews, letters = customers + more[0], replies + more[1], reviews + more[2], more[3]
    clean = re.compile(r"\s+")
    customers, replies, reviews, letters = (
        np.array([clean.sub(" ", t).strip() for t in pool if isinstance(t, str) and t.strip()], dtype=object)
        for pool in (customers, replies, reviews, letters or customers))

    n_customer = int(round(n / (1 + 0.6 * CHANNEL_MIX[:3].sum())))  # replies make up the rest
    per_customer = np.minimum(rng.zipf(2.2, n_customer), 150)
    author = np.repeat(np.arange(n_customer), per_customer)[:n_customer]
    n_people = author.max() + 1
    home = rng.choice(len(CHANNELS), n_people, p=CHANNEL_MIX)
    other = rng.choice(len(CHANNELS), n_people, p=CHANNEL_MIX)
    channel = np.where(rng.random(n_customer) < 0.85, home[author], other[author])
    brand_of = rng.choice(len(BRANDS), n_people, p=_zipf_weights(len(BRANDS)))
    is_review = CHANNELS[channel] == "review"

    letter = (CHANNELS[channel] == "email") & (rng.random(n_customer) < 0.5)
    text = np.where(is_review, reviews[rng.integers(0, len(reviews), n_customer)],
                    np.where(letter, letters[rng.integers(0, len(letters), n_customer)],
                             customers[rng.integers(0, len(customers), n_customer)]))
    # Customers address the brand's own account; brands answer the customer's.
    handle = "@" + BRANDS[brand_of[author]] + "Support"
    text = np.where(CHANNELS[channel] == "twitter",
                    [f"{h} {MENTIONS.sub('', t)}" for h, t in zip(handle, text, strict=True)],
                    [MENTIONS.sub("", t) for t in text])
    msgs = pd.DataFrame({
        "author": "cust" + pd.Series(author).astype(str).str.zfill(7),
        "author_role": "customer",
        "channel": CHANNELS[channel],
        "brand": BRANDS[brand_of[author]],
        "text": _perturb(text, rng),
        "created_at": _dates(n_customer, rng),
        "rating": np.where(is_review, rng.choice([1, 2, 3, 4, 5], n_customer, p=[.12, .08, .1, .25, .45]), np.nan),
    }).sort_values("created_at", kind="stable").reset_index(drop=True)
    msgs["message_id"] = "m" + pd.Series(np.arange(len(msgs))).astype(str).str.zfill(8)

    # A follow-up (25% of a customer's later messages on the same channel) continues their last thread.
    follow = ((msgs.groupby(["author", "channel"]).cumcount() > 0) & (rng.random(len(msgs)) < 0.25)
              & (msgs["channel"] != "review"))
    previous = msgs.groupby(["author", "channel"])["message_id"].shift()
    msgs["parent_id"] = previous.where(follow)
    root = msgs["message_id"].where(msgs["parent_id"].isna())
    msgs["conversation_id"] = root.groupby([msgs["author"], msgs["channel"]]).ffill().fillna(msgs["message_id"])

    answered = msgs["channel"].isin(ANSWERED) & (rng.random(len(msgs)) < 0.6)
    asked = msgs[answered]
    delay = pd.to_timedelta(np.exp(rng.normal(np.log(40), 1.0, len(asked))).clip(1, 60 * 24 * 5), unit="min")
    reply = pd.DataFrame({
        "author": asked["brand"].to_numpy() + "Support",
        "author_role": "brand",
        "channel": asked["channel"].to_numpy(),
        "brand": asked["brand"].to_numpy(),
        "text": _perturb(np.array([f"@{a} {MENTIONS.sub('', t)}" if c == "twitter" else MENTIONS.sub("", t)
                                   for a, c, t in zip(asked["author"], asked["channel"],
                                                      replies[rng.integers(0, len(replies), len(asked))],
                                                      strict=True)], dtype=object), rng, orders=False),
        "created_at": (asked["created_at"] + delay.to_numpy()).to_numpy(),
        "rating": np.nan,
        "message_id": "r" + asked["message_id"].str.slice(1).to_numpy(),
        "parent_id": asked["message_id"].to_numpy(),
        "conversation_id": asked["conversation_id"].to_numpy(),
    })
    out = pd.concat([msgs, reply], ignore_index=True).sort_values(["created_at", "message_id"], kind="stable")
    out["created_at"] = pd.to_datetime(out["created_at"], utc=True).dt.strftime("%Y-%m-%d %H:%M:%S")
    out["rating"] = out["rating"].astype("Int64")
    cols = ["message_id", "conversation_id", "parent_id", "created_at", "author", "author_role", "channel",
            "brand", "text", "rating"]
    return out[cols].reset_index(drop=True)


def _zipf_weights(k: int, a: float = 1.1) -> np.ndarray:
    w = 1 / np.arange(1, k + 1) ** a
    return w / w.sum()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    df = build(args.n, args.seed, args.shared)
    df.to_csv(args.out, index=False)
    print(f"{len(df):,} messages ({(df['author_role'] == 'customer').sum():,} from "
          f"{df.loc[df['author_role'] == 'customer', 'author'].nunique():,} customers) -> {args.out}")


if __name__ == "__main__":
    main()
