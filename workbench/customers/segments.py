"""Customer segments: researcher-defined (any column) and automatic behavioural ones, described in plain words."""

from __future__ import annotations

import json
from math import ceil

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.analysis.topics import NO_SUBJECT_LABEL, OTHER_LANGUAGE_LABEL
from workbench.customers.stats import wilson
from workbench.errors import WorkbenchError

NO_TOPIC = "(no clear topic)"
NOT_TOPICS = (NO_TOPIC, NO_SUBJECT_LABEL, OTHER_LANGUAGE_LABEL)  # outliers and groups kept out of the topics
SEGMENT_COLUMNS = ["segment", "name", "customers", "share_of_customers", "messages", "mean_sentiment",
                   "negative_share", "top_topics", "top_intents", "channels", "asks_less_contact", "asks_more_contact",
                   "channels_asked_for", "advocates", "detractors", "negative_share_low", "negative_share_high",
                   "net_advocacy", "net_advocacy_low", "net_advocacy_high", "small"]
SMALL_SEGMENT = 20  # customers: below this a segment's figures are flagged "small", read with care


def segment_values(messages: pd.DataFrame, by: str, aliases: dict[str, str] | None = None) -> pd.Series:
    """The value of `by` for each message: a message column, a metadata key (plan, region, airline...), or an
    export column that ingest mapped onto a canonical field (`aliases`: export column -> field)."""
    if by in messages.columns:
        return messages[by].astype("string").fillna("(none)")
    if aliases and by in aliases and aliases[by] in messages.columns:
        return messages[aliases[by]].astype("string").fillna("(none)")
    meta = messages[S.METADATA].dropna().map(json.loads)
    keys = sorted({k for d in meta for k in d})
    if by not in keys:
        raise WorkbenchError(f"no column '{by}' to segment by; message columns: {', '.join(messages.columns[:15])}"
                             f"; metadata keys: {', '.join(keys[:30]) or 'none'}.")
    values = S.metadata_values(messages[S.METADATA], by)
    return values.astype("string").fillna("(none)")


def customer_segment(messages: pd.DataFrame, values: pd.Series) -> pd.Series:
    """Each customer's segment: the value most of their messages carry."""
    df = pd.DataFrame({"customer_id": messages[S.AUTHOR_ID], "v": values})
    df = df[messages[S.AUTHOR_ROLE] == "customer"].dropna(subset=["customer_id"]).reset_index(drop=True)
    # Per customer, the most frequent value; a tie goes to the value they used first.
    pairs = (df.reset_index().groupby(["customer_id", "v"], sort=False)
             .agg(n=("index", "size"), first=("index", "min")).reset_index())
    top = pairs.sort_values(["customer_id", "n", "first"], ascending=[True, False, True], kind="stable")
    return top.drop_duplicates("customer_id").set_index("customer_id")["v"].rename("v")


def standardised(feats: pd.DataFrame) -> pd.DataFrame:
    """Each feature as z-scores; a feature every customer shares is 0 for all (its standard deviation is
    rounding error: 400 respondents who each wrote once are not "frequent" by 1e-16)."""
    spread = feats.std(ddof=0)
    constant = spread <= 1e-9 * feats.abs().max().clip(lower=1)
    return ((feats - feats.mean()) / spread.mask(constant, 1)).mask(constant, 0.0, axis=1)


def _features(customers: pd.DataFrame, messages: pd.DataFrame, top_topics: int = 10) -> pd.DataFrame:
    c = customers.set_index("customer_id")
    f = pd.DataFrame(index=c.index)
    f["activity"] = np.log1p(c["messages"])
    f["conversations"] = np.log1p(c["conversations"])
    f["frequency"] = np.log1p(c["contacts_per_month"].fillna(0))
    f["recency"] = c["recency_days"].fillna(c["recency_days"].median() if c["recency_days"].notna().any() else 0)
    f["sentiment"] = c.get("mean_sentiment", pd.Series(0.0, index=c.index)).fillna(0)
    voice = messages[(messages[S.AUTHOR_ROLE] == "customer") & messages[S.AUTHOR_ID].isin(c.index)]
    mixes = ((S.CHANNEL, "channel:", 6), ("topic_label", "topic:", top_topics), ("intent", "intent:", 6))
    for col, prefix, top in mixes:
        if col not in voice:
            continue
        v = voice[voice[col].notna() & ~voice[col].isin(NOT_TOPICS)]
        keep = v[col].value_counts().index[:top]
        counts = v.groupby([S.AUTHOR_ID, col]).size().unstack(fill_value=0)
        mix = counts.div(counts.sum(axis=1), axis=0).reindex(columns=keep, fill_value=0)
        mix = mix.reindex(c.index, fill_value=0)
        f[[prefix + str(k) for k in keep]] = mix.to_numpy()
    return f.fillna(0)


CLIP = 3.0  # standard deviations: how far out a feature counts when clustering customers
MIN_SEGMENT, MIN_SEGMENT_SHARE = 5, 0.02  # the fewest customers, and the least share of them, a segment holds


def behavioural_segments(customers: pd.DataFrame, messages: pd.DataFrame, k_min: int = 2, k_max: int = 8,
                         seed: int = 0, fit_sample: int = 10_000) -> tuple[pd.Series, pd.DataFrame]:
    """Cluster customers on activity, channel mix, sentiment, topic and intent mix (k-means on standardised
    features, each clipped at 3 standard deviations so that a few customers far out on one feature weigh no more
    than any other; k chosen in [k_min, k_max] by the best silhouette score on a sample of 2,000 among the
    k whose every segment holds at least `MIN_SEGMENT` customers and `MIN_SEGMENT_SHARE` of them (the best
    of all k where none does); seeded, so deterministic). Above `fit_sample` customers the centres are fitted
    on a seeded sample of that many and every customer joins the nearest one.

    Returns each customer's segment id and a table describing every segment."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    feats = _features(customers, messages)
    n = len(feats)
    if n < 20:
        raise WorkbenchError(f"only {n} customers: too few for behavioural segments (at least 20).")
    # Two customers who wrote four conversations where everyone else wrote one stand 9 deviations out: unclipped,
    # k-means gave them a segment of their own at every k (2 of 173 customers, read as a finding)
    x = standardised(feats).clip(-CLIP, CLIP).to_numpy()
    fit = x if n <= fit_sample else x[np.sort(np.random.default_rng(seed).choice(n, fit_sample, replace=False))]
    smallest = max(MIN_SEGMENT, MIN_SEGMENT_SHARE * n)
    tried = []
    for k in range(k_min, min(k_max, n // 10) + 1):
        model = KMeans(n_clusters=k, n_init=4, random_state=seed).fit(fit)
        labels = model.predict(x)
        score = silhouette_score(x, labels, sample_size=min(n, 2000), random_state=seed)
        tried.append((np.bincount(labels, minlength=k).min() >= smallest, score, -k, labels))
    big_enough, score, k, labels = max(tried, key=lambda t: t[:3])  # ties: the fewer segments
    k = -k
    # Number segments by size, biggest first, so ids are stable and readable.
    order = pd.Series(labels).value_counts().index.tolist()
    labels = np.array([order.index(v) for v in labels])
    assignment = pd.Series(labels, index=feats.index, name="segment")
    table = describe_segments(customers, messages, assignment.astype(str), feats)
    table["kind"] = "behavioural"
    table["criterion"] = (f"k-means, k={k} of {k_min}-{min(k_max, n // 10)} by silhouette ({score:.3f})"
                          + (f" among k whose every segment holds {ceil(smallest)} customers or more" if big_enough
                             else f"; no k gave every segment {ceil(smallest)} customers"))
    return assignment, table


def message_segments(authors: pd.Series, assignment: pd.Series, table: pd.DataFrame) -> pd.Series:
    """Each message's behavioural segment by its id and name ("Segment 1 (one-off, more negative, complaints)",
    never "1.0"), from its author's (`assignment`: customer -> segment id; `table`: `behavioural_segments`'s).
    A message whose author is in no segment (a brand's reply, or every message where there are no segments):
    "(none)"; where there are segments, one that names no author (reviews beside a survey): "(no author named)"."""
    named = {int(i): f"Segment {i} ({name})" for i, name in zip(table["segment"], table["name"], strict=True)}
    out = authors.map(assignment).map(named).astype("string")
    if out.notna().any():
        out = out.mask(authors.isna(), "(no author named)")
    return out.fillna("(none)")


# How a segment differs from another of the same name, by the feature it differs most on (z-scores; a topic,
# intent or channel only where it has more of it)
_MORE_LESS = {"activity": ("more messages", "fewer messages"), "conversations": ("more conversations",
              "fewer conversations"), "frequency": ("more often", "less often"),
              "recency": ("not heard from lately", "recently active"), "sentiment": ("more positive", "more negative")}


# The least difference (in standard deviations of the customers' feature) a name may tell two segments apart by:
# TeamYouTube's customers, 76% of whose messages were negative, were "less negative" than AdobeCare's 81%
MIN_DIFFERENCE = 0.2

# What a segment's name says of how much its customers wrote (`describe_segments`): more of it says it again
_ACTIVITY_WORDS = {"frequent", "one-off", "more open answers", "fewer open answers"}


def distinct_names(segments: pd.Series, names: pd.Series, profiles: dict[str, pd.Series],
                   leading: dict[str, set[str]] | None = None, sentiment: dict[str, float] | None = None
                   ) -> list[str]:
    """Segment names told apart where two or more read the same ("frequent" twice): each takes the trait it
    differs most on from the others of that name, a feature mean (`profiles`, standardised) furthest from theirs;
    a topic or an intent only where it is among what the segment writes most (`leading`, where given). Where
    `sentiment` gives a segment's mean sentiment, a segment that reads negative on the whole and less so than
    its namesakes is "less negative", not "more positive" (and one that reads positive, "less positive")."""
    out = dict(zip(segments, names, strict=True))
    for _, same in pd.Series(names.to_numpy(), index=segments.to_numpy()).groupby(names.to_numpy()):
        if len(same) < 2:
            continue
        group = pd.DataFrame({seg: profiles[seg] for seg in same.index}).T
        for seg in same.index:
            diff = (group.loc[seg] - group.drop(index=seg).mean()).sort_values(key=abs, ascending=False)
            said = {"activity", "frequency", "conversations"} if _ACTIVITY_WORDS & set(
                out[seg].split(", ")) else set()  # "frequent, less often" would read as a contradiction
            for feature, d in diff.items():
                if abs(d) < MIN_DIFFERENCE:  # hardly different from the others here, nor on any feature after it
                    break
                if feature in said:
                    continue
                if feature in _MORE_LESS:
                    trait = _MORE_LESS[feature][0 if d > 0 else 1]
                    mood = (sentiment or {}).get(seg, np.nan)
                    if feature == "sentiment" and (mood < 0 if d > 0 else mood > 0):
                        trait = "less negative" if d > 0 else "less positive"
                elif d > 0 and ":" in str(feature):
                    kind, value = str(feature).split(":", 1)
                    if leading is not None and kind in ("topic", "intent") and feature not in leading.get(seg, ()):
                        continue
                    trait = {"topic": value.split(" and ")[0], "intent": value.replace("_", " ") + "s",
                             "channel": f"mostly {value}"}.get(kind)
                else:
                    continue
                if trait and trait not in out[seg]:
                    out[seg] = f"{out[seg]}, {trait}" if out[seg] != "like most customers" else trait
                    break
    return [out[seg] for seg in segments]


def describe_segments(customers: pd.DataFrame, messages: pd.DataFrame, assignment: pd.Series,
                      feats: pd.DataFrame | None = None) -> pd.DataFrame:
    """Size, profile and a plain-words name for each segment (assignment: customer -> segment)."""
    feats = _features(customers, messages) if feats is None else feats
    z = standardised(feats)
    c = customers.set_index("customer_id").loc[assignment.index]
    voice = messages[(messages[S.AUTHOR_ROLE] == "customer") & messages[S.AUTHOR_ID].isin(assignment.index)].copy()
    voice["segment"] = voice[S.AUTHOR_ID].map(assignment)
    rows, profiles, leading = [], {}, {}
    # Feelings name a segment only where they differ from the export's (every segment of a care export is
    # mostly negative: "negative" would tell them apart from nothing).
    overall = c["mean_sentiment"].mean() if "mean_sentiment" in c else np.nan
    survey = bool(len(voice)) and voice[S.CHANNEL].eq("survey").all()
    for seg, members in assignment.groupby(assignment):
        ids = members.index
        zs = z.loc[ids].mean()
        profiles[str(seg)] = zs
        sub = voice[voice["segment"] == seg]
        words = []
        if zs.get("activity", 0) > 0.5:  # a survey's respondents answer once: more of its questions, not often
            words.append("more open answers" if survey else "frequent")
        elif zs.get("activity", 0) < -0.3:
            words.append("fewer open answers" if survey else "one-off")
        sent = c.loc[ids, "mean_sentiment"].mean() if "mean_sentiment" in c else np.nan
        if pd.notna(sent) and pd.notna(overall) and abs(sent - overall) > 0.15:  # a trait only where it differs
            words.append(("more negative" if sent <= 0 else "less positive") if sent < overall
                         else ("more positive" if sent >= 0 else "less negative"))
        topics = sub.loc[~sub.get("topic_label", pd.Series(dtype=str)).isin(NOT_TOPICS), "topic_label"] \
            if "topic_label" in sub else pd.Series(dtype=str)
        intents = sub["intent"].value_counts() if "intent" in sub else pd.Series(dtype=int)
        # A topic or an intent names a segment where its customers lean to it more than others do and it is among
        # what they write most (its top topics, its top two intents): "praises" for a segment of seven customers,
        # 86% of whose messages are negative, because one of them praised, would contradict its own row.
        leading[str(seg)] = ({f"topic:{t}" for t in topics.value_counts().index[:3]}
                             | {f"intent:{i}" for i in intents.index[:2]})
        topic_cols = [k for k in zs.index if k.startswith("topic:")]
        if topic_cols:
            top = max(topic_cols, key=lambda k: zs[k])
            if zs[top] > 0.3 and top in leading[str(seg)]:
                words.append(top.removeprefix("topic:").split(" and ")[0].split(",")[0].strip())  # its first phrase
        intent_cols = [k for k in zs.index if k.startswith("intent:") and k != "intent:other"]
        if intent_cols:
            top = max(intent_cols, key=lambda k: zs[k])
            if zs[top] > 0.5 and top in leading[str(seg)]:
                words.append(top.removeprefix("intent:").replace("_", " ") + "s")
        channels = sub[S.CHANNEL].value_counts(normalize=True)
        if len(channels) and voice[S.CHANNEL].nunique() > 1:  # a trait only where the export varies
            words.append(f"{channels.index[0]} only" if channels.iloc[0] >= 0.95 else f"mostly {channels.index[0]}")
        rows.append({
            "segment": str(seg), "name": ", ".join(words) or "like most customers", "customers": len(ids),
            "share_of_customers": len(ids) / len(assignment), "messages": len(sub),
            "mean_sentiment": sent,
            "negative_share": float((sub["sentiment_label"] == "negative").mean()) if "sentiment_label" in sub
            else np.nan,
            "top_topics": list(topics.value_counts().index[:3]),
            "top_intents": list(intents.index[:3]),
            "channels": {k: round(float(v), 3) for k, v in channels.items()},
            "asks_less_contact": float(c.loc[ids, "asks_less_contact"].mean()) if "asks_less_contact" in c else np.nan,
            "asks_more_contact": float(c.loc[ids, "asks_more_contact"].mean()) if "asks_more_contact" in c else np.nan,
            "channels_asked_for": json.dumps(pd.Series([x for v in c.loc[ids, "channels_asked_for"] for x in v],
                                                       dtype=object).value_counts().to_dict())
            if "channels_asked_for" in c else "{}",
            "advocates": int((c.loc[ids, "relationship"] == "advocate").sum()) if "relationship" in c else 0,
            "detractors": int((c.loc[ids, "relationship"] == "detractor").sum()) if "relationship" in c else 0,
        })
    if not rows:  # no customer carries a value (an export without authors): an empty table, same columns
        return pd.DataFrame(columns=SEGMENT_COLUMNS)
    out = pd.DataFrame(rows)
    out["name"] = distinct_names(out["segment"], out["name"], profiles, leading,
                                 dict(zip(out["segment"], out["mean_sentiment"], strict=True)))
    out["negative_share_low"], out["negative_share_high"] = wilson(
        (out["negative_share"].fillna(0) * out["messages"]).round(), out["messages"])
    out.loc[out["negative_share"].isna(), ["negative_share_low", "negative_share_high"]] = np.nan
    advocacy = [net_advocacy(a, d, n) for a, d, n in zip(out["advocates"], out["detractors"], out["customers"],
                                                         strict=True)]
    out["net_advocacy"], out["net_advocacy_low"], out["net_advocacy_high"] = (
        [a[i] for a in advocacy] for i in range(3))
    out["small"] = out["customers"] < SMALL_SEGMENT
    out["channels"] = out["channels"].map(json.dumps)
    # Small segments are flagged and listed after the others, never ranked among them.
    return out.sort_values(["small", "customers"], ascending=[True, False]).reset_index(drop=True)


def net_advocacy(advocates: int, detractors: int, customers: int) -> tuple[float, float, float]:
    """% advocates - % detractors and its 95% interval (normal approximation to the difference of two shares of
    one multinomial sample: var = (p_a + p_d - (p_a - p_d)^2) / n), clipped to [-100, 100]. The variance takes
    its shares with half a customer added to each of the three kinds, so that a segment with no advocates and no
    detractors gets an interval around 0, not the certainty of 0 to 0."""
    if not customers:
        return 0.0, -100.0, 100.0
    pa, pd_ = advocates / customers, detractors / customers
    va, vd = (advocates + 0.5) / (customers + 1.5), (detractors + 0.5) / (customers + 1.5)
    half = 1.96 * np.sqrt(max(va + vd - (va - vd) ** 2, 0) / customers)
    net = pa - pd_
    return 100 * net, 100 * max(net - half, -1), 100 * min(net + half, 1)
