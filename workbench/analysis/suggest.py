"""Which messages a researcher should label next: the ones that would teach the model most.

Active learning as a researcher runs it: `workbench label --suggest N --task sentiment --out FILE.csv` writes N
customer messages, the researcher fills the `label` column, `workbench label FILE.csv` stores the labels and the
next `workbench analyse` adapts to them. Messages are chosen by uncertainty (the model's probability of its own
answer, lowest first) and spread for diversity: one from each topic x brand group in turn, so no single topic
or brand fills the queue, and no text twice. Brand replies, messages already labelled for the task, messages
marked spam or irrelevant and (for sentiment) messages whose star rating sets their sentiment are left out.
"""

from __future__ import annotations

import pandas as pd

from workbench import schema as S
from workbench.errors import WorkbenchError

CONFIDENCE = {"sentiment": "sentiment_confidence", "intent": "intent_confidence"}
COLUMNS = ["message_id", "source_id", "text", "label"]


def suggest(messages: pd.DataFrame, labelled: set[str], n: int, task: str = "sentiment",
            excluded: set[str] = frozenset()) -> pd.DataFrame:
    """Up to `n` messages to label (message_id, source_id, text, label empty), most informative first.

    `messages` is the analysed message table (`Store.messages()`), `labelled` the ids already labelled
    for `task`, `excluded` ids marked spam or irrelevant.
    """
    if task not in CONFIDENCE:
        raise WorkbenchError(f"--suggest works for --task {' or '.join(CONFIDENCE)}, not '{task}'.")
    conf = CONFIDENCE[task]
    if conf not in messages.columns or messages[conf].isna().all():
        raise WorkbenchError("the workspace has not been analysed with this version yet; run `workbench analyse` "
                             "first, then ask for suggestions.")
    m = messages[(messages[S.AUTHOR_ROLE] != "brand") & messages[conf].notna()
                 & ~messages[S.MESSAGE_ID].isin(labelled) & ~messages[S.MESSAGE_ID].isin(excluded)]
    if task == "sentiment" and "sentiment_source" in m.columns:  # a star rating already says it
        m = m[m["sentiment_source"].ne("stars").fillna(True)]
    m = m.sort_values([conf, S.MESSAGE_ID]).drop_duplicates(S.TEXT_HASH)
    groups = m["topic_id"].astype("string").fillna("-") + "|" + m[S.BRAND].astype("string").fillna("-")
    m = m.assign(_turn=m.groupby(groups.to_numpy()).cumcount())  # 0 for each group's most uncertain message
    picked = m.sort_values(["_turn", conf, S.MESSAGE_ID]).head(n)
    return picked.assign(label="")[COLUMNS].reset_index(drop=True)
