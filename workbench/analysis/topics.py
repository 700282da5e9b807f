"""Topics that name what customers talk about: a BERTopic wrapper with defaults for short customer messages.

BERTopic objects never leave this module: `fit_topics` returns plain tables. Defaults: precomputed embeddings,
seeded UMAP (same input and parameters give the same topics), HDBSCAN cluster size scaled to the corpus,
k-means on the reduced vectors where HDBSCAN finds more than `max_topics` clusters, outliers re-assigned to
their nearest topic until at most `max_outlier_share` stay (both shares reported), brand handles, URLs and
stop words kept out of topic words, and labels made of keyphrases (KeyBERT-inspired with maximal marginal
relevance; no LLM). The words it leaves out are in `topic_words`, how keyphrases become names in `topic_names`,
how each topic's evidence is chosen in `topic_quotes`, the researcher's codebook in `codebook`.
"""

from __future__ import annotations

import importlib
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from workbench import schema as S
from workbench.analysis.codebook import SeedTopic
from workbench.analysis.needs import need_names
from workbench.analysis.topic_names import (
    completed,
    describe,
    distinct_name,
    export_wide_words,
    is_noun,
    naming_phrases,
    numbered,
    repeats_a_word,
    theme_name,
    used_as_thing,
    widened,
    word_bag,
    writes_phrase,
    written_case,
)
from workbench.analysis.topic_quotes import representatives
from workbench.analysis.topic_words import CARE_STOP_WORDS, LINKS, NAMING_WORDS, PLACES, PRAISE, UNNAMED, WORD
from workbench.errors import WorkbenchError
from workbench.ingest.clean import MENTION, URL
from workbench.ingest.person_names import ACCOUNT_SUFFIXES, account_name, brand_words

BROKEN_URL = re.compile(r"https?\s*:\s*//\S+|\b\S+\.(?:com|net|org|co|io|ly|gl|be|uk|de)(?:/\S*)?\b", re.I)
# An agent's sign-off: initials anywhere (^AB, *SR, -KC), a name at the end ("- Sam", "*ErikS", "^Kate")
SIGNATURE = re.compile(r"(?:^|\s)[\^*~-][A-Z]{1,3}\b|\s[-–]\s?[A-Z][a-z]+$|\s[\^*~][A-Z][A-Za-z]{1,14}\s*$")
NO_SUBJECT = -2  # reserved topic id: thanks, greetings and other messages with no subject (not an outlier)
NO_SUBJECT_LABEL = "thanks, greetings and messages with no subject"
OTHER_LANGUAGE = -3  # reserved topic id: messages in another language than the export's main one
OTHER_LANGUAGE_LABEL = "messages in other languages"
KEPT_OUT = (NO_SUBJECT, OTHER_LANGUAGE)  # groups kept out of the topic fit: neither topics nor outliers
NOT_TOPIC_IDS = {-1, *KEPT_OUT}




@dataclass(frozen=True)
class TopicConfig:
    """Parameters of the topic model. `min_cluster_size=None` scales it to the corpus."""

    seed: int = 42
    min_cluster_size: int | None = None
    min_topics: int = 8
    max_topics: int = 40
    max_outlier_share: float = 0.10
    n_neighbors: int = 15
    n_components: int = 5
    n_epochs: int = 200  # UMAP's own choice above 10,000 messages; below, its 500 cost 20-40% of the fit, same NMI
    keyphrases: bool = True  # KeyBERT-inspired labels (embeds candidate words); False: c-TF-IDF words
    seed_topics: tuple[SeedTopic, ...] = ()
    zeroshot_min_similarity: float = 0.55  # cosine to a codebook topic's "name: phrases" to belong to it
    extra_stop_words: tuple[str, ...] = ()
    fit_sample: int = 20_000  # larger exports: fit on this many (seeded sample), assign the rest by centroid

    def __post_init__(self) -> None:
        """A setting no topic model can take is one sentence naming it (`--seed -1` had been a traceback)."""
        if not 0 <= self.seed < 2**32:
            raise WorkbenchError(f"seed (--seed) {self.seed}: give a whole number from 0 to 4294967295.")
        if self.max_topics < 1:
            raise WorkbenchError(f"max_topics (--max-topics) {self.max_topics}: give 1 or more.")
        if self.min_cluster_size is not None and self.min_cluster_size < 2:
            raise WorkbenchError(f"min_cluster_size (--min-cluster-size) {self.min_cluster_size}: a topic holds "
                                 "2 messages or more; give 2 or more, or leave it out to scale it to the export.")


# What redaction leaves in place of personal data: "cancel order [PHONE]" names no phone problem.
# What redaction left in a text: ingest's own marks, and an export's ("XXXX", "XX/XX/2019" in the CFPB's
# complaint narratives, where "xxxxxxxx" had become a topic's keyword)
PLACEHOLDERS = re.compile(r"\[(?:NAME|EMAIL|PHONE|CARD|ADDRESS|IBAN|REDACTED)\]|\b[Xx]{2,}\b")


def topic_text(text: str) -> str:
    """What topic words are drawn from: no URLs, @handles, agent signatures or redaction placeholders."""
    t = PLACEHOLDERS.sub(" ", MENTION.sub(" ", URL.sub(" ", text)))  # a masked name or number names no need
    t = BROKEN_URL.sub(" ", t)
    return re.sub(r"\s+", " ", SIGNATURE.sub(" ", t)).strip()


# What a brand's account adds to its name: "SouthwestAir", "comcastcares", "#DeltaAssist" are the brand too.
HANDLE_SUFFIX = r"(?:" + "|".join((*ACCOUNT_SUFFIXES, "airlines", "airline", "airways", "air", "usa", "us", "uk",
                                     "app", "inc")) + r")?"


def name_masker(names: Sequence[str]):
    """A function that removes these brand names (whole words, any case, also as an account: the name with
    "air", "help", "cares", "support" and the like run on, and a care account's handle also as the brand's own
    name, `account_name`) from a text, so the same need addressed to two brands
    ("United lost my bag", "#SouthwestAir lost my bag") embeds and clusters as one."""
    names = [n for n in names if isinstance(n, str)]
    names += [account_name(n) for n in names]  # "AskPlayStation" also as "PlayStation"
    words = sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True)
    if not words:
        return lambda text: text
    pattern = re.compile(r"(?<![\w@])(?:" + "|".join(re.escape(w) for w in words) + r")" + HANDLE_SUFFIX
                         + r"(?![\w])", re.I)
    return lambda text: re.sub(r"\s+", " ", pattern.sub(" ", text)).strip()


def main_language_stop_words(languages: Sequence[str | None] | None) -> frozenset[str]:
    """The stop words of the export's main language (its most frequent detected one) where that is not
    English, from the stopwords-iso lists: "que", "por", "cuando" name no Spanish export's topic."""
    import stopwordsiso

    known = [lang for lang in languages or () if isinstance(lang, str) and lang not in ("und", "zxx")]
    main = Counter(known).most_common(1)[0][0] if known else "en"
    return frozenset(stopwordsiso.stopwords(main)) if main != "en" and stopwordsiso.has_lang(main) else frozenset()


def _stop_words(brands: Sequence[str], extra: Sequence[str]) -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = set(ENGLISH_STOP_WORDS - NAMING_WORDS) | CARE_STOP_WORDS | PLACES | {w.lower() for w in extra}
    words |= brand_stop_words(brands)
    return sorted(words)


def brand_stop_words(brands: Sequence[str], shared_by: int = 3) -> frozenset[str]:
    """The words of brand names that name the brand, not a need (`brand_words`: "Delta Air Lines" -> delta,
    air, lines, ...), less the words that `shared_by` or more brands' names share: an industry's own words
    ("bank", "credit", "mortgage", "financial" in the names of a complaint register's 300 companies) are what
    customers write about, and stopping them would leave the topics without their vocabulary."""
    per_brand = [brand_words([b]) for b in set(brands) if isinstance(b, str)]
    shared = Counter(w for words in per_brand for w in words)
    return frozenset(w for w, n in shared.items() if n < shared_by)


def tag_only_words(docs: Sequence[str]) -> set[str]:
    """Words that occur only as hashtags in these messages ("#hppsdr #ijkhelp" under every printer complaint to
    one brand): a campaign's or a support desk's tag, not a need, so never a topic word. A word also written
    plainly somewhere ("#help", "help") stays."""
    tags, plain = set(), set()
    for d in docs:
        for hashed, word in HASHTAGGED.findall(d.lower()):
            (tags if hashed else plain).add(word)
    return tags - plain


HASHTAGGED = re.compile(r"(#?)\b([^\W\d_]{3,})\b")


COMMON_SHARE = 0.2  # a word in this share of an export's messages is what it is about ("app" in app reviews)
# Words that turn praise around ("not good", "thanks for nothing"): a message holding one keeps its subject.
NEGATION = frozenset({"not", "no", "never", "nothing", "nobody", "none", "cannot", "cant", "dont", "doesnt", "didnt",
                      "isnt", "wasnt", "wont", "worst", "bad", "terrible", "awful", "hate", "again", "still"})


def word_shares(docs: Sequence[str], least: float = 0.1) -> dict[str, float]:
    """The share of the messages holding each word (3+ letters, lower case) that at least `least` of them
    hold; empty for fewer than 20 messages (too few to tell)."""
    from sklearn.feature_extraction.text import CountVectorizer

    if len(docs) < 20:
        return {}
    counts = CountVectorizer(binary=True, token_pattern=r"(?u)\b[^\W\d_]{3,}\b", dtype=np.int32,
                             min_df=max(least, 1 / len(docs)))
    try:
        df = np.asarray(counts.fit_transform(docs).sum(axis=0)).ravel() / len(docs)
    except ValueError:  # no word that common
        return {}
    return {w: float(df[i]) for w, i in counts.vocabulary_.items()}


def collection_words(docs: Sequence[str], share: float = 0.8, shares: dict[str, float] | None = None) -> set[str]:
    """Words in more than `share` of the messages: what the collection was gathered on (an event's tag, "sxsw",
    in 99.9% of a conference's tweets), which no topic is about. A subject most messages share stays: "credit"
    in 62% of the CFPB complaints (where "credit card" and "credit report" tell topics apart), an airline's
    "flight"; `export_wide_words` keeps those out of the names instead. `shares`: `word_shares(docs)` where
    already counted."""
    shares = word_shares(docs, least=min(share, 0.1)) if shares is None else shares
    return {w for w, x in shares.items() if x > share}


def has_subject(docs: Sequence[str], stop_words: Sequence[str], common: Iterable[str] = ()) -> np.ndarray:
    """True where a message names something beyond courtesy: at least one word (3+ letters) that is not a
    stop word, a brand's name, a care-conversation filler, courtesy or praise ("thanks!", "hi", "love you
    guys", "pretty good", "super!"). In praise or thanks, the export's `common` words (what many of its
    messages name: "app" in app reviews) name no subject either: "Great app!" and "Love this app" have none;
    "where is my app" has one, and so has praise turned around ("not a good app", "thanks for nothing, app",
    "great, the app crashed again")."""
    ignore, common = set(stop_words) | PRAISE, set(common)
    out = []
    for d in docs:
        lower = d.lower()
        words = WORD.findall(lower)
        rest = [w for w in words if w not in ignore]
        praise_only = (any(w in PRAISE for w in words) and all(w in common for w in rest)
                       and not any(w in NEGATION for w in words) and "n't" not in lower and "n’t" not in lower)
        out.append(bool(rest) and not praise_only)
    return np.array(out, dtype=bool)


class _Backend:
    """Our embedder seen as a BERTopic embedding backend (for keyphrases and zero-shot topic names). With a
    `cache` (an EmbeddingCache), the candidate words and documents it is asked for are looked up there first:
    a refit after a parameter change asks for mostly the same ones. The same texts get the same vectors
    whatever order they come in."""

    def __new__(cls, embedder, cache=None):
        _import_bertopic()
        from bertopic.backend import BaseEmbedder

        from workbench.analysis.embed import embed

        class Wrapped(BaseEmbedder):
            def embed(self, documents, verbose=False):
                # In a fixed order: int8 vectors shift a little with the batch a text is encoded in, and
                # BERTopic hands over its candidate words in the order of a set, which changes from one
                # process to the next (the labels did too).
                docs = list(documents)
                unique = sorted(set(docs))
                row = {d: i for i, d in enumerate(unique)}
                return embed(unique, embedder, cache, progress=False)[[row[d] for d in docs]]

        return Wrapped()


@dataclass
class TopicResult:
    """Topics as tables: per document, per topic, plus what the fit reported."""

    assignments: np.ndarray  # topic id per document (-1 = outlier, -2 = no subject, -3 = other language)
    topics: pd.DataFrame  # topic_id, label, keywords, size, share, representative_messages
    outlier_share_before: float
    outlier_share: float
    params: dict = field(default_factory=dict)
    _model: object = None  # the fitted BERTopic (stays inside this module)
    _docs: list[str] = field(default_factory=list)

    def save(self, folder: str | Path) -> Path:
        """Save the fitted model and tables (reload with `TopicResult.load`)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        logging.getLogger("BERTopic").setLevel(logging.ERROR)
        if self._model is not None:  # None: too few messages to fit one
            self._model.save(
                str(folder / "bertopic"), serialization="safetensors", save_ctfidf=True, save_embedding_model=False
            )
        self.topics.to_parquet(folder / "topics.parquet")
        np.save(folder / "assignments.npy", self.assignments)
        (folder / "fit.json").write_text(
            json.dumps(
                {
                    "outlier_share_before": self.outlier_share_before,
                    "outlier_share": self.outlier_share,
                    "params": self.params,
                },
                indent=2,
                default=str,
            )
        )
        return folder

    @classmethod
    def load(cls, folder: str | Path, embedder=None) -> TopicResult:
        _import_bertopic()
        from bertopic import BERTopic

        folder = Path(folder)
        if not (folder / "fit.json").exists():
            raise WorkbenchError(f"{folder}: no saved topic model there.")
        fit = json.loads((folder / "fit.json").read_text())
        model = BERTopic.load(str(folder / "bertopic"), embedding_model=_Backend(embedder) if embedder else None) \
            if (folder / "bertopic").exists() else None
        return cls(
            np.load(folder / "assignments.npy"),
            pd.read_parquet(folder / "topics.parquet"),
            fit["outlier_share_before"],
            fit["outlier_share"],
            fit["params"],
            model,
        )

    def merge(self, topic_ids: Sequence[int], label: str | None = None) -> TopicResult:
        """Merge topics into the first of them (sizes, representatives and label follow)."""
        keep = int(topic_ids[0])
        a = self.assignments.copy()
        a[np.isin(a, list(topic_ids))] = keep
        t = self.topics.copy()
        rows = t[t["topic_id"].isin(topic_ids)]
        merged = t[t["topic_id"] == keep].iloc[0].copy()
        merged["size"] = int(rows["size"].sum())
        merged["share"] = float(rows["share"].sum())
        for column in ("keywords", "phrases"):
            if column in rows:
                merged[column] = ", ".join(dict.fromkeys(", ".join(rows[column]).split(", ")))
        if label:
            merged["label"] = label
        t = pd.concat([t[~t["topic_id"].isin(topic_ids)], merged.to_frame().T], ignore_index=True)
        t = t.sort_values("size", ascending=False).reset_index(drop=True)
        return TopicResult(
            a,
            t.astype(self.topics.dtypes.to_dict()),
            self.outlier_share_before,
            self.outlier_share,
            self.params,
            self._model,
            self._docs,
        )

    def rename(self, labels: dict[int, str]) -> TopicResult:
        """New labels for some topics."""
        t = self.topics.copy()
        t["label"] = [labels.get(int(i), lab) for i, lab in zip(t["topic_id"], t["label"], strict=True)]
        return TopicResult(
            self.assignments, t, self.outlier_share_before, self.outlier_share, self.params, self._model, self._docs
        )

    def hierarchy(self) -> pd.DataFrame:
        """How topics merge into broader ones: parent, its label and the child topics it holds."""
        h = self._model.hierarchical_topics(self._docs)
        return pd.DataFrame(
            {
                "parent_id": h["Parent_ID"].astype(int),
                "parent_label": h["Parent_Name"],
                "topics": h["Topics"].map(lambda ts: [int(x) for x in ts]),
                "distance": h["Distance"].astype(float),
            }
        )


# A clustering whose largest cluster holds more than this share of the fitted messages tells them nothing apart.
MAX_TOPIC_SHARE = 0.5


def _scaled_cluster_size(n: int) -> int:
    return int(min(max(8, round(n * 0.006)), 400))


def exact_neighbours(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each vector's `k` nearest vectors by cosine (itself first), exactly: brute force over unit vectors
    (scikit-learn), as (indices, cosine distances). At the sizes topics are fitted on (at most
    `TopicConfig.fit_sample`) this is quicker than UMAP's approximate search, whose code numba compiles
    anew in every process (20-50 s), and it is exact."""
    from sklearn.neighbors import NearestNeighbors

    unit = np.asarray(x, dtype=np.float32)
    unit = unit / np.clip(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12, None)
    distance, index = NearestNeighbors(n_neighbors=k, algorithm="brute").fit(unit).kneighbors(unit)
    return index, np.clip(distance.astype(np.float32) ** 2 / 2, 0, 2)  # |a-b|^2 / 2 = 1 - cos on unit vectors


@lru_cache(maxsize=1)
def _import_bertopic():
    """Import BERTopic without what the workbench never calls, about 7 s sooner in each new process. Its
    plotting module (plotly's widget stack, nbformat) stays a stand-in that imports the real one on first use;
    its representations that need transformers (text generation, zero-shot, visual) are not imported, so
    BERTopic marks them as not installed in this process; its saving module is deferred like the plotting one,
    and imported without torch, which it needs only for the legacy `pytorch` format (the workbench saves and
    loads safetensors): 2 s of every first analysis. The rest of BERTopic is untouched."""
    import sys
    import types

    if "bertopic" in sys.modules:
        return

    class Deferred(types.ModuleType):
        def __init__(self, name: str, without: tuple[str, ...] = ()):
            super().__init__(name)
            self._without = without  # modules its import must not load (None in sys.modules: "not installed")

        def __getattr__(self, attr):
            if attr.startswith("__") and attr != "__path__" or attr == "_without":
                raise AttributeError(attr)  # __path__: a submodule is being imported
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            blocked = [m for m in self._without if m not in sys.modules]
            sys.modules.update(dict.fromkeys(blocked))
            try:
                module = importlib.import_module(self.__name__)
            finally:
                for m in blocked:
                    if sys.modules.get(m, 0) is None:
                        del sys.modules[m]
            return getattr(module, attr)

    left_out = [f"bertopic.representation.{m}" for m in ("_textgeneration", "_zeroshot", "_visual")]
    for name in left_out:  # None in sys.modules: their import fails as not installed, which BERTopic expects
        sys.modules.setdefault(name, None)
    sys.modules.setdefault("bertopic.plotting", Deferred("bertopic.plotting"))
    sys.modules.setdefault("bertopic._save_utils", Deferred("bertopic._save_utils", without=("torch",)))
    try:
        import bertopic  # noqa: F401
    finally:
        for name in left_out:  # a later explicit import of one of them works as usual
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def _cache_umap_compilation() -> None:
    """Keep the machine code numba compiles for UMAP on disk (numba's cache, beside the installed package or in
    the user's cache folder): UMAP compiles it lazily in every new process and does not ask numba to keep it,
    which cost about 5 s of every analysis. Same code, same results (docs/benchmarks.md)."""
    from numba.core.dispatcher import Dispatcher
    from umap import layouts, spectral, umap_, utils

    for module in (umap_, layouts, utils, spectral):
        for function in vars(module).values():
            if isinstance(function, Dispatcher):
                try:
                    function.enable_caching()
                except RuntimeError:  # no writable cache folder: compiled in each process, as before
                    return


def class_tfidf():
    """BERTopic's c-TF-IDF, fitted also where the topics' vocabulary is one word: BERTopic squeezes that word's
    weight to a scalar and fails (MaartenGr/BERTopic#2034), as on a social inbox's export where one small
    cluster of Japanese messages shared a single word with the rest."""
    import scipy.sparse as sp
    from bertopic.vectorizers import ClassTfidfTransformer

    class OneWordSafe(ClassTfidfTransformer):
        def fit(self, X, multiplier=None):
            if X.shape[1] != 1:
                return super().fit(X, multiplier)
            self._idf_diag = sp.identity(1, format="csr", dtype=np.float64)  # one word: its weight ranks nothing
            return self

    return OneWordSafe()


class CachedReducer:
    """UMAP on exact nearest neighbours (`exact_neighbours`), whose output is kept on disk under the hash of
    its input vectors and parameters, so that a rerun with other topic settings (--max-topics, a codebook,
    --min-cluster-size) skips the slowest step. Any change in the messages, the embedding model or UMAP's
    parameters gives another key. `folder=None`: no cache."""

    def __init__(self, umap, folder: Path | None, keep: int = 8) -> None:
        self.umap, self.folder, self.keep = umap, folder, keep
        self.reduced: np.ndarray | None = None  # the last fit's output

    def _path(self, x: np.ndarray) -> Path:
        import hashlib

        h = hashlib.sha1(np.ascontiguousarray(x, dtype=np.float32).tobytes())
        params = {k: v for k, v in self.umap.get_params().items() if k != "precomputed_knn"}
        h.update(repr(sorted((k, str(v)) for k, v in params.items())).encode())
        h.update(b"exact neighbours")
        return self.folder / f"{h.hexdigest()}.npy"

    def fit_transform(self, x: np.ndarray, y=None) -> np.ndarray:
        path = self._path(x) if self.folder else None
        if path is not None and path.exists():
            self.reduced = np.load(path)
            return self.reduced
        import warnings

        self.umap.set_params(precomputed_knn=exact_neighbours(x, self.umap.n_neighbors))
        with warnings.catch_warnings():  # new messages join topics by centroid, never through UMAP's transform
            warnings.filterwarnings("ignore", message="precomputed_knn.2. .knn_search_index.")
            reduced = self.umap.fit_transform(x)
        self.reduced = reduced
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, reduced)
            tmp.replace(path)
            for old in sorted(path.parent.glob("*.npy"), key=lambda p: p.stat().st_mtime)[:-self.keep]:
                old.unlink(missing_ok=True)  # the latest few fits are enough
        return reduced

    def fit(self, x: np.ndarray, y=None) -> CachedReducer:
        self.fit_transform(x)
        return self

    def transform(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError("topics assign new messages by centroid (fit_topics), not through UMAP")


def fit_topics(
    texts: Sequence[str],
    embeddings: np.ndarray,
    embedder,
    config: TopicConfig = TopicConfig(),
    brands: Sequence[str] = (),
    quotes_from: Sequence[str] | None = None,
    cache: Path | None = None,
    languages: Sequence[str | None] | None = None,
    vectors_cache=None,
) -> TopicResult:
    """Fit topics on customer messages with their precomputed embeddings. Representative messages are taken
    from `quotes_from` (the messages as written, same order) where given, else from `texts`. With `cache` (a
    folder), the reduced vectors are kept there for the next fit of the same messages. With `languages` (each
    message's detected language), messages in another language than the export's main one are kept out of
    the fit as their own group (`OTHER_LANGUAGE`): in a mixed export they would otherwise form topics by
    language, not by need. With `vectors_cache` (an open EmbeddingCache), the keyphrase candidates' vectors
    are kept there for the next fit."""
    _import_bertopic()
    from bertopic import BERTopic
    from bertopic.representation import KeyBERTInspired, MaximalMarginalRelevance
    from hdbscan import HDBSCAN
    from sklearn.feature_extraction.text import CountVectorizer
    from umap import UMAP

    _cache_umap_compilation()
    docs = [topic_text(t) for t in texts]
    n = len(docs)
    if n < MIN_MESSAGES:
        return _too_few(n, config)
    shares = word_shares(docs, least=COMMON_SHARE)
    stop = sorted({*_stop_words(brands, config.extra_stop_words), *tag_only_words(docs),
                   *collection_words(docs, shares=shares), *main_language_stop_words(languages)})
    vectorizer = CountVectorizer(
        stop_words=stop, ngram_range=(1, 2), min_df=2 if n > 200 else 1, token_pattern=r"(?u)\b[^\W\d_]{3,}\b"
    )
    backend = _Backend(embedder, vectors_cache)
    seeded = list(config.seed_topics)
    # Messages that name no subject (thanks, greetings, "?") stay out of the fit: their own group, not topics.
    subject = has_subject(docs, stop, common=shares)
    if subject.sum() < 20:
        subject[:] = True
    other = other_language(languages, n)
    if (subject & ~other).sum() >= 20:
        subject &= ~other
    else:
        other[:] = False
    # The codebook first: a message close enough to a codebook topic (name and phrases) belongs to it.
    seed_of = np.full(n, -1)
    if seeded:
        q = embedder.encode([_seed_text(s) for s in seeded])
        q = q / np.linalg.norm(q, axis=1, keepdims=True)
        sims = embeddings @ q.T
        close = (sims.max(axis=1) >= config.zeroshot_min_similarity) & subject
        seed_of[close] = sims.argmax(axis=1)[close]
    rest = np.flatnonzero((seed_of < 0) & subject)
    if len(rest) < 20:
        raise WorkbenchError(
            f"only {len(rest)} messages are left once the codebook topics are matched: too few "
            "to find other topics; raise zeroshot_min_similarity."
        )
    everyone = rest
    if len(rest) > config.fit_sample:  # UMAP and HDBSCAN grow faster than linearly: fit on a sample
        rest = np.sort(np.random.default_rng(config.seed).choice(rest, config.fit_sample, replace=False))
    rest_docs = [docs[i] for i in rest]
    # a smallest topic bigger than the messages fitted (`--min-cluster-size 1000` on 30): all of them at most
    size = min(config.min_cluster_size or _scaled_cluster_size(len(rest)), len(rest))
    max_found = max(1, config.max_topics - len(set(seed_of[seed_of >= 0].tolist())))
    for attempt in range(3):
        if attempt:
            size = max(5, size // 2)
        model = BERTopic(
            embedding_model=backend,
            umap_model=CachedReducer(UMAP(
                n_neighbors=min(config.n_neighbors, len(rest) - 1),
                n_components=config.n_components,
                n_epochs=config.n_epochs,
                min_dist=0.0,
                metric="cosine",
                random_state=config.seed,
            ), cache),
            hdbscan_model=HDBSCAN(
                min_cluster_size=size,
                min_samples=min(max(2, size // 4), len(rest) - 1),
                metric="euclidean",
                cluster_selection_method="eom",
                prediction_data=True,
            ),
            vectorizer_model=vectorizer,
            ctfidf_model=class_tfidf(),
            verbose=False,
        )
        logging.getLogger("BERTopic").setLevel(logging.ERROR)
        found_topics, _ = model.fit_transform(rest_docs, embeddings=embeddings[rest])
        found = len(set(found_topics) - {-1})
        if found >= config.min_topics or size <= 5 or config.min_cluster_size:
            break
    found_topics = np.asarray(found_topics)
    clustered = found_topics[found_topics >= 0]
    largest = float(np.bincount(clustered).max() / len(clustered)) if len(clustered) else 1.0
    if found > max_found:
        found_topics = _partition(model.umap_model.reduced, max_found, config.seed)
    elif len(rest) >= 50 * config.min_topics and (found < config.min_topics or largest > MAX_TOPIC_SHARE):
        # No density structure worth the name (22,000 clothing reviews: two clusters, one of 99.7%): the
        # messages are partitioned as where HDBSCAN finds too many, into about one topic per 50 messages.
        found_topics = _partition(model.umap_model.reduced, min(max_found, len(rest) // 50), config.seed)
    if (found_topics == -1).all():  # a small export with no cluster dense enough: one topic holds them all
        found_topics = np.zeros_like(found_topics)
    keys = same_words(docs)
    found_topics = _by_size(one_topic_per_text(keys[rest].reset_index(drop=True), found_topics,
                                               np.arange(len(rest))))
    topics = np.full(n, -1)
    topics[rest] = found_topics
    topics = _assign_unfitted(topics, np.setdiff1d(everyone, rest), embeddings)
    fitted_sample = np.zeros(n, bool)
    fitted_sample[rest] = True
    topics = one_topic_per_text(keys, topics, everyone, anchors=fitted_sample)
    topics = foreign_topics_set_apart(topics, languages)
    other = other | (topics == OTHER_LANGUAGE)
    first_seed_id = int(topics.max()) + 1
    seed_ids = {}
    for k in sorted(set(seed_of[seed_of >= 0].tolist())):
        seed_ids[first_seed_id + len(seed_ids)] = seeded[k].name
        topics[seed_of == k] = first_seed_id + len(seed_ids) - 1
    topics[~subject] = NO_SUBJECT
    topics[other] = OTHER_LANGUAGE
    before = float((topics == -1).mean())
    topics = _reassign_outliers(topics, embeddings, config.max_outlier_share)
    voters = everyone[~np.isin(topics[everyone], KEPT_OUT)]
    topics = one_topic_per_text(keys, topics, voters, anchors=topics >= 0)  # outliers join their copies' topic
    representation = (
        [KeyBERTInspired(top_n_words=10, random_state=config.seed), MaximalMarginalRelevance(diversity=0.3)]
        if config.keyphrases
        else None
    )
    logging.getLogger("BERTopic").setLevel(logging.ERROR)  # it warns about the custom assignments we made
    fitted = np.flatnonzero(~np.isin(topics, KEPT_OUT))
    model.update_topics([docs[i] for i in fitted], topics=topics[fitted].tolist(), vectorizer_model=vectorizer,
                        representation_model=representation)
    fitted_docs = [docs[i] for i in fitted]
    # a phrase of one word twice ("flight flight": "... my flight. Flight 212 ...") says nothing
    keyphrases = {t: same_words_together([w for w, _ in (model.get_topic(t) or []) if w and not repeats_a_word(w)])
                  for t in set(topics.tolist()) - NOT_TOPIC_IDS}
    naming = distinctive_phrases(fitted_docs, topics[fitted], keyphrases, vectorizer, seed=config.seed)
    naming = spoken_phrases(fitted_docs, topics[fitted], naming, seed=config.seed)
    written = written_phrases(fitted_docs, topics[fitted], keyphrases, seed=config.seed)
    table = _topic_table(keyphrases, topics, embeddings, list(quotes_from) if quotes_from is not None else texts,
                         seed_ids, naming, written)
    params = {**asdict(config), "min_cluster_size_used": size, "documents": n, "fitted_on": len(rest),
              "hdbscan_found": found, "hdbscan_largest_share": round(largest, 4),
              "no_subject": int((topics == NO_SUBJECT).sum()), "other_language": int(other.sum())}
    return TopicResult(topics, table, before, float((topics == -1).mean()), params, model, fitted_docs)


MIN_MESSAGES = 20  # fewer customer messages than this: no topics, and the report says why


def _too_few(n: int, config: TopicConfig) -> TopicResult:
    """An export too small to find topics in: every message without a topic, and a sentence saying why (its
    sentiment, intent and the rest are still read)."""
    table = pd.DataFrame([{
        "topic_id": -1, "label": "(no clear topic)", "keywords": "", "phrases": "", "size": n, "share": 1.0,
        "seeded": False, "x": None, "y": None, "representative_messages": [],
        "description": f"Too few customer messages ({n}) to find topics in: at least {MIN_MESSAGES} are needed.",
    }])
    params = {**asdict(config), "documents": n, "fitted_on": 0, "too_few_to_fit": True}
    return TopicResult(np.full(n, -1), table, 1.0, 1.0, params)


# Languages a detector confuses with the main one on short texts (English tweets read as Nigerian Pidgin).
LOOKALIKE_LANGUAGES = {"en": {"pcm", "sco"}}


def other_language(languages: Sequence[str | None] | None, n: int, min_messages: int = 20,
                   min_share: float = 0.005) -> np.ndarray:
    """Which messages are in another language than the export's main one (its most frequent detected
    language). Only languages that hold at least `min_messages` messages and `min_share` of them count:
    scattered detections are mostly misreadings of short texts. Undetermined ('und', missing) never counts.
    All False without languages."""
    if languages is None:
        return np.zeros(n, bool)
    lang = pd.Series(list(languages), dtype="string").fillna("und")
    counts = lang[lang != "und"].value_counts()
    if counts.empty:
        return np.zeros(n, bool)
    main = counts.index[0]
    other = counts[(counts >= max(min_messages, min_share * n)) & (counts.index != main)
                   & ~counts.index.isin(list(LOOKALIKE_LANGUAGES.get(main, ())))]
    return lang.isin(list(other.index)).to_numpy(bool)


def foreign_topics_set_apart(topics: np.ndarray, languages: Sequence[str | None] | None) -> np.ndarray:
    """Topics most of whose messages are detected in languages other than the export's main one join the
    other-language group. Languages too scattered to be set apart one by one (`other_language`: seven Swedish
    tweets, six Turkish, two Polish) still cluster together: on 4,586 brand tweets a topic of 233, "buenas
    noches and que descansen", held 20 English messages against 56 in eleven other languages (and 157 too
    short to tell). Undetermined messages and the main language's look-alikes count for neither side."""
    if languages is None:
        return topics
    lang = pd.Series(list(languages), dtype="string").fillna("und")
    counts = lang[lang != "und"].value_counts()
    if counts.empty:
        return topics
    main = counts.index[0]
    foreign = (~lang.isin([main, "und", *LOOKALIKE_LANGUAGES.get(main, ())])).to_numpy(bool)
    native = (lang == main).to_numpy(bool)
    out = topics.copy()
    for t in set(topics.tolist()) - NOT_TOPIC_IDS:
        members = topics == t
        if foreign[members].sum() > native[members].sum():
            out[members] = OTHER_LANGUAGE
    kept = sorted(set(out.tolist()) - NOT_TOPIC_IDS)  # ids stay 0..k-1 in their order
    if not kept:  # every topic foreign: the main language is not what the messages with a subject are in
        return topics
    renumber = dict(zip(kept, range(len(kept)), strict=True))
    return np.array([renumber.get(t, t) for t in out.tolist()], dtype=topics.dtype)


def _seed_text(s: SeedTopic) -> str:
    return f"{s.name}: {', '.join(s.phrases)}" if s.phrases else s.name


def _centroids(topics: np.ndarray, embeddings: np.ndarray) -> tuple[list[int], np.ndarray]:
    ids = sorted(set(topics.tolist()) - NOT_TOPIC_IDS)
    c = np.vstack([embeddings[topics == t].mean(axis=0) for t in ids])
    return ids, c / np.linalg.norm(c, axis=1, keepdims=True)


def _partition(reduced: np.ndarray, k: int, seed: int) -> np.ndarray:
    """HDBSCAN found more clusters than `k`: the fitted messages partitioned into `k` topics by k-means on
    their reduced vectors instead, ids by size (0 the largest). Against merging HDBSCAN's clusters by their
    centroids (BERTopic's `reduce_topics`), on seven labelled sets and both embeddings: NMI equal or higher on
    13 of 14 (-0.002 on the other); keeping HDBSCAN's outliers out of the partition lowers it (docs/quality.md)."""
    from sklearn.cluster import KMeans

    labels = KMeans(k, n_init=4, random_state=seed).fit_predict(reduced)
    by_size = np.argsort(-np.bincount(labels, minlength=k), kind="stable")
    return np.argsort(by_size)[labels]


def same_words(docs: Sequence[str]) -> pd.Series:
    """Each message's words, lower case, without punctuation or spacing: what makes two messages the same
    answer ("Fast delivery!", "fast delivery")."""
    return pd.Series(docs, dtype=object).str.lower().str.replace(r"[\W_]+", " ", regex=True).str.strip()


def one_topic_per_text(keys: pd.Series, topics: np.ndarray, voters: np.ndarray, anchors: np.ndarray | None = None
                       ) -> np.ndarray:
    """Messages with the same words (`keys`) share one topic: the one most of their `voters` (an index array)
    got, counting only the `anchors` (a boolean mask) of a text where it has any. A survey's 500 answers "Fast
    delivery and friendly staff" embed at one point, which UMAP spreads into a blob that k-means cut into nine
    topics of one name whose shares then rose and fell by chance in the trend alerts."""
    votes = pd.DataFrame({"key": keys.to_numpy()[voters], "topic": topics[voters],
                          "anchor": True if anchors is None else anchors[voters]})
    votes = votes[votes["key"].duplicated(keep=False) & (votes["key"] != "")]
    if votes.empty:
        return topics
    votes["grouped"] = votes.groupby("key")["anchor"].transform("any")
    counted = votes[votes["anchor"] | ~votes["grouped"]].groupby(["key", "topic"]).size().rename("n").reset_index()
    mode = counted.sort_values(["n", "topic"], ascending=[False, True]).drop_duplicates("key").set_index("key")
    new = topics.copy()
    new[voters[votes.index.to_numpy()]] = mode.loc[votes["key"], "topic"].to_numpy()
    return new


def _by_size(topics: np.ndarray) -> np.ndarray:
    """Topic ids renumbered 0, 1, ... by size (the largest first), with none left empty; -1 stays -1."""
    new = topics.copy()
    ids, counts = np.unique(topics[topics >= 0], return_counts=True)
    rank = np.empty(len(ids), int)
    rank[np.argsort(-counts, kind="stable")] = np.arange(len(ids))
    new[topics >= 0] = rank[np.searchsorted(ids, topics[topics >= 0])]
    return new


def _assign_unfitted(topics: np.ndarray, unfitted: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
    """Messages left out of a sampled fit join the topic whose centroid they are closest to, if they are as
    close to it as 95% of the fitted members are to theirs; the rest are outliers, like the fit's own."""
    if not len(unfitted) or len(set(topics.tolist()) - NOT_TOPIC_IDS) < 1:
        return topics
    ids, cent = _centroids(topics, embeddings)
    fitted = np.flatnonzero(topics >= 0)
    own = (embeddings[fitted] * cent[np.searchsorted(ids, topics[fitted])]).sum(axis=1)
    sims = embeddings[unfitted] @ cent.T
    best, best_sim = sims.argmax(axis=1), sims.max(axis=1)
    new = topics.copy()
    new[unfitted] = np.where(best_sim >= np.quantile(own, 0.05), np.array(ids)[best], -1)
    return new


def _reassign_outliers(
    topics: np.ndarray, embeddings: np.ndarray, max_share: float, min_similarity: float = 0.35
) -> np.ndarray:
    """Give outliers their nearest topic (by cosine to topic centroids): every one at least `min_similarity`
    alike, and more, most similar first, until at most `max_share` of all documents stay outliers."""
    out = np.flatnonzero(topics == -1)
    if not len(out) or len(set(topics.tolist()) - NOT_TOPIC_IDS) < 1:
        return topics
    ids, cent = _centroids(topics, embeddings)
    sims = embeddings[out] @ cent.T
    best, best_sim = sims.argmax(axis=1), sims.max(axis=1)
    must = max(0, len(out) - int(np.floor(max_share * (~np.isin(topics, KEPT_OUT)).sum())))
    order = np.argsort(-best_sim, kind="stable")
    take = np.zeros(len(out), bool)
    take[order[:must]] = True
    take |= best_sim >= min_similarity
    new = topics.copy()
    new[out[take]] = np.array(ids)[best[take]]
    return new


def _sampled(docs: Sequence[str], topics, sample: int, seed: int) -> tuple[Sequence[str], np.ndarray]:
    """At most `sample` of the messages and their topics (seeded, in their order): what phrases are counted on.
    `topics` may hold several columns, one row per message (a theme's and a topic's id)."""
    topics = np.asarray(topics)
    if len(docs) <= sample:
        return docs, topics
    keep = np.sort(np.random.default_rng(seed).choice(len(docs), sample, replace=False))
    return [docs[i] for i in keep], topics[keep]


def distinctive_phrases(docs: Sequence[str], topics: np.ndarray, candidates: dict[int, Sequence[str]], vectorizer,
                        min_lift: float = 1.5, extra: int = 10, sample: int = 5000, seed: int = 42
                        ) -> dict[int, list[str]]:
    """Each topic's phrases for naming it, those that set it apart first. A phrase sets a topic apart where the
    share of the topic's messages holding it is at least `min_lift` times its share among all messages
    (`probably`, `contacted` or `comfy`, in every topic of an export, do not). Per topic: its own `candidates`
    (the keyphrases, in their order) that set it apart or are too rare to be counted, then up to `extra` more
    phrases of the vocabulary that do, by how many of the topic's messages hold them times the log of the lift
    (held by at least 5% of them and three messages); all its candidates where none does. Counted on at most
    `sample` messages (seeded)."""
    from sklearn.base import clone

    docs, topics = _sampled(docs, topics, sample, seed)
    # The topic vocabulary's words and stop words, counted once a message, on the messages themselves.
    counter = clone(vectorizer).set_params(binary=True, min_df=2 if len(docs) > 200 else 1, dtype=np.int32)
    try:
        x = counter.fit_transform(docs).tocsc()
    except ValueError:  # no word left
        return {t: list(c) for t, c in candidates.items()}
    vocab = counter.get_feature_names_out()
    index = {w: i for i, w in enumerate(vocab)}
    overall = np.asarray(x.sum(axis=0)).ravel() / x.shape[0]
    out = {}
    for t, phrases in candidates.items():
        rows = np.flatnonzero(topics == t)
        if not len(rows):
            out[t] = list(phrases)
            continue
        held = np.asarray(x[rows].sum(axis=0)).ravel()
        lift = np.divide(held / len(rows), overall, out=np.zeros_like(overall), where=overall > 0)
        apart = [p for p in phrases if p not in index or lift[index[p]] >= min_lift]  # too rare to count: kept
        score = np.where((lift >= min_lift) & (held >= max(3, 0.05 * len(rows))), held * np.log(np.maximum(lift, 1)),
                         0)
        more = [vocab[i] for i in np.argsort(-score, kind="stable")[:extra + len(phrases)] if score[i] > 0]
        more = [p for p in more if p not in phrases][:extra]
        out[t] = apart + more or list(phrases)
    return out


def spoken_phrases(docs: Sequence[str], topics: np.ndarray, naming: dict[int, Sequence[str]],
                   sample: int = 5000, seed: int = 42) -> dict[int, list[str]]:
    """Each topic's naming phrases as its customers write them. The vocabulary's phrases are drawn once stop
    words are dropped, so they join words that stood apart ("password forgot" from "my password, I forgot it",
    "music automatically" from "music was added automatically") or drop the words that made them read
    ("failed load" for "failed to load"). A phrase of several words is kept where its words stand in that order,
    with at most two prepositions between two of them, in at least two of the topic's messages (one in a topic
    of fewer than ten), and written as most of those messages write it. A phrase with a preposition cut off
    before the noun it qualifies ("reported to credit" of "reported to credit bureaus") takes that noun where
    most of its messages go on with the same one, and is dropped where they go on with various nouns. A topic
    none of whose phrases is kept keeps them as they were. Counted on at most `sample` messages (seeded)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    docs, topics = _sampled(docs, topics, sample, seed)
    gap = r"((?:\s+(?:" + "|".join(sorted(LINKS)) + r")){0,2})\s+"  # not across a comma or a full stop
    lowered = [d.lower() for d in docs]
    holders = PhraseHolders(lowered)  # only the messages holding all of a phrase's words are searched
    out = {}
    for t, phrases in naming.items():
        members = np.flatnonzero(topics == t)
        need = 2 if len(members) >= 10 else 1
        spoken = []
        for p in phrases:
            words = p.split()
            if len(words) < 2:
                spoken.append(p)
                continue
            pattern = re.compile(r"\b" + gap.join(map(re.escape, words)) + r"\b(?:\s+([^\W\d_]+))?")
            forms: Counter[str] = Counter()
            after: Counter[str] = Counter()  # the word after the phrase
            holding = holders.with_words(words)
            searched = members if holding is None else np.intersect1d(members, holding, assume_unique=True)
            for m in filter(None, (pattern.search(lowered[i]) for i in searched)):
                links = [g.split() for g in m.groups()[:-1]]
                forms[" ".join([words[0], *(w for k, ls in enumerate(links) for w in [*ls, words[k + 1]])])] += 1
                after[m.group(len(words))] += 1
            n = forms.total()
            if n < need:
                continue
            form = max(forms, key=lambda f: (forms[f], -len(f)))
            # where the words stood side by side the phrase is as it is; else it may be cut off before its noun
            nouns = {w: c for w, c in after.items() if w and w not in LINKS | ENGLISH_STOP_WORDS and is_noun(w)} \
                if len(form.split()) > len(words) else {}
            if nouns and max(nouns.values()) >= n / 2:
                if len(form.split()) >= 4:
                    continue
                form = f"{form} {max(nouns, key=nouns.get)}"
            elif sum(nouns.values()) >= n / 2:
                continue  # goes on with one noun here, another there: a cut-off phrase
            spoken.append(form)
        out[t] = list(dict.fromkeys(spoken)) or list(phrases)
    return out


# Besides LINKS, what may stand inside a phrase as customers write it: "forgot my password" writes "forgot
# password", "refund for the ticket" writes "refund ticket".
_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that",
                          "these", "those", "me", "us", "them"})
_WRITTEN_GAP = r"(?:\s+(?:" + "|".join(sorted(LINKS | _DETERMINERS)) + r")){0,2}\s+"  # not across a comma or stop


def _written(phrase: str) -> re.Pattern:
    """A phrase as customers write it: its words in order, at most two prepositions, articles or possessives
    between two of them."""
    return re.compile(r"\b" + _WRITTEN_GAP.join(map(re.escape, phrase.split())) + r"\b")


def same_words_together(phrases: Sequence[str]) -> list[str]:
    """Phrases of the same words in another order ("provide access", "access provide") side by side, in
    alphabetical order, where the first of them stood. A static embedding averages words, so it reads them
    alike, and which came first turned on the last bits of two equal scores: two runs of one analysis listed
    them in either order."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for p in phrases:
        groups.setdefault(word_bag(p), []).append(p)
    return [p for group in groups.values() for p in sorted(group)]


class PhraseHolders:
    """Which of some texts (lower case) write a phrase as customers write it (`_written`), as a boolean array:
    the texts holding all of the phrase's words are looked up in an index of their words first, and only those
    are searched (a single word is there exactly where its index says: a word of letters and digits stands
    between word boundaries where it is one of the text's runs of word characters)."""

    _RUN = re.compile(r"\w+")

    def __init__(self, texts: Sequence[str]):
        self.texts = list(texts)
        index: dict[str, list[int]] = {}
        for i, t in enumerate(self.texts):
            for w in set(self._RUN.findall(t)):
                index.setdefault(w, []).append(i)
        self.index = {w: np.array(ids, dtype=np.int64) for w, ids in index.items()}
        self.cache: dict[str, np.ndarray] = {}

    def with_words(self, words: Sequence[str]) -> np.ndarray | None:
        """The texts (their positions) holding each of `words` as a word; None where a word is no run of word
        characters (the index cannot tell)."""
        if not words or not all(self._RUN.fullmatch(w) for w in words):
            return None
        ids = self.index.get(words[0], np.empty(0, np.int64))
        for w in words[1:]:
            ids = np.intersect1d(ids, self.index.get(w, np.empty(0, np.int64)), assume_unique=True)
        return ids

    def __call__(self, phrase: str) -> np.ndarray:
        if phrase not in self.cache:
            words = phrase.split()
            out = np.zeros(len(self.texts), bool)
            ids = self.with_words(words)
            if ids is not None:
                if len(words) > 1:
                    pattern = _written(phrase)
                    ids = np.array([i for i in ids if pattern.search(self.texts[i])], dtype=np.int64)
                out[ids] = True
            else:  # a word with a hyphen or an apostrophe: searched for in every text
                out[:] = list(map(bool, map(_written(phrase).search, self.texts)))
            self.cache[phrase] = out
        return self.cache[phrase]


def written_phrases(docs: Sequence[str], topics: np.ndarray, keyphrases: dict[int, Sequence[str]],
                    sample: int = 5000, seed: int = 42) -> dict[int, list[str]]:
    """Each topic's keyphrases that its messages write: single words, and phrases whose words stand in that
    order in at least two of the topic's messages (one in a topic of fewer than ten) with at most two
    prepositions, articles or possessives between two of them ("forgot my password"). The vocabulary's phrases
    are drawn once stop words are dropped, so some join words of two clauses ("email forgot" from "my email, I
    forgot"): those are left out. Counted on at most `sample` messages (seeded)."""
    docs, topics = _sampled(docs, topics, sample, seed)
    holders = PhraseHolders([d.lower() for d in docs])
    out = {}
    for t, phrases in keyphrases.items():
        member = topics == t
        need = 2 if member.sum() >= 10 else 1
        out[t] = [p for p in phrases if " " not in p or (holders(p) & member).sum() >= need]
    return out


def _topic_table(
    keyphrases: dict[int, list[str]], topics: np.ndarray, embeddings: np.ndarray, texts: Sequence[str],
    seed_ids: dict[int, str], naming: dict[int, list[str]] | None = None,
    written: dict[int, list[str]] | None = None,
) -> pd.DataFrame:
    """The topics table from each topic's keyphrases. `naming`: each topic's phrases to name it by
    (`distinctive_phrases`); its keyphrases where not given. `written`: its keyphrases as its messages write
    them (`written_phrases`), the `phrases` column that themes are named from."""
    ids, cent = _centroids(topics, embeddings)
    # A topic map: the centroids projected on their two main axes (deterministic; signs fixed).
    centred = cent - cent.mean(axis=0)
    u, sv, _ = np.linalg.svd(centred, full_matrices=False)
    xy = u[:, :2] * sv[:2] if len(ids) > 2 else np.zeros((len(ids), 2))
    xy = xy * np.where(xy.sum(axis=0) < 0, -1, 1)
    rows, used = [], set()
    wide = export_wide_words(list(keyphrases.values()))
    for k, t in enumerate(ids):
        words = keyphrases[t]
        members = np.flatnonzero(topics == t)
        quotes = representatives(members, embeddings, cent[k], texts)
        said = [texts[i] for i in members]
        label = seed_ids.get(t) or distinct_name((naming or {}).get(t, words), used, wide, writes_phrase(said),
                                                 used_as_thing(said)) or _unnamed(used)
        wider = label if t in seed_ids else completed(widened(label, said), said)  # "easy to use", "credit
        label = label if wider in used else wider  # reporting act"
        label = label if t in seed_ids else written_case(label, said)  # "FHA", "iPhone"
        used.add(label)
        rows.append(
            {
                "topic_id": int(t),
                "label": label,
                "description": describe(label, (written or {}).get(t, words), quotes),
                "keywords": ", ".join(words[:10]),
                "phrases": ", ".join((written or {}).get(t, words)[:10]),
                "size": len(members),
                "share": len(members) / len(topics),
                "seeded": t in seed_ids,
                "x": float(xy[k, 0]),
                "y": float(xy[k, 1]),
                "representative_messages": quotes,
            }
        )
    for special, label, description in (
        (-1, "(no clear topic)", "Messages not close enough to any topic."),
        (NO_SUBJECT, NO_SUBJECT_LABEL, "Thanks, greetings, praise or questions that name no subject: kept out "
         "of the topics, counted neither as a topic nor as unclear."),
        (OTHER_LANGUAGE, OTHER_LANGUAGE_LABEL, "Messages in another language than most of the export's: kept out "
         "of the topics (they would group by language, not by what they ask), counted neither as a topic nor as "
         "unclear."),
    ):
        members = np.flatnonzero(topics == special)
        if not len(members):
            continue
        centre = embeddings[members].mean(axis=0)
        rows.append(
            {
                "topic_id": special,
                "label": label,
                "description": description,
                "keywords": "",
                "phrases": "",
                "size": len(members),
                "share": len(members) / len(topics),
                "seeded": False,
                "x": None,
                "y": None,
                "representative_messages": representatives(members, embeddings, centre / np.linalg.norm(centre),
                                                           texts) if special in KEPT_OUT else [],
            }
        )
    return pd.DataFrame(rows).sort_values(["size", "topic_id"], ascending=[False, True]).reset_index(drop=True)


def _unnamed(used: set[str]) -> str:
    """The name of a topic whose phrases name no subject (`UNNAMED`: messages alike in tone, not in what they are
    about), told apart from another such topic by a number: never a word that names nothing, nor "topic 7"."""
    return UNNAMED if UNNAMED not in used else numbered(UNNAMED, used)


def themes(result: TopicResult, embeddings: np.ndarray, min_themes: int = 6,
           max_themes: int = 12, docs: Sequence[str] | None = None) -> tuple[pd.DataFrame, dict[int, int]]:
    """Topics grouped into broader themes (6-12 where there are enough topics): Ward clustering of the
    unit-length topic centroids, each weighted by the square root of its topic's messages (`_weighted_ward`).
    Returns the themes table (theme_id, label, description, topic_ids, size, share) and each topic's theme id; the
    outlier (-1), no-subject (-2) and other-language (-3) groups are their own themes with the same ids and
    labels. With `docs` (the texts topics were fitted on, in the order of the assignments) a theme of several
    topics is named from its messages, as a topic is (`_theme_phrases`)."""
    ids, cent = _centroids(result.assignments, embeddings) if (result.assignments >= 0).any() else ([], None)
    k = min(len(ids), max(min_themes, min(max_themes, round(len(ids) / 3))))
    t = result.topics.set_index("topic_id")
    # Counting each topic once (scipy's Ward) left topics of 1% of the messages as themes of their own beside a
    # theme of 40%; counting each message split the big needs over several themes, fewer of them named by a need.
    # The square root between the two: as many named by a need and the same NMI as once, a fifth of the lone
    # small topics (`quality.py themes`, docs/quality.md).
    weights = np.sqrt(t.loc[ids, "size"].to_numpy(float))
    groups = _weighted_ward(cent, weights, k) if len(ids) >= 2 else np.ones(len(ids), dtype=int)
    n = len(result.assignments)
    wide = export_wide_words([naming_phrases(t, i) for i in ids])
    order = sorted(set(groups.tolist()), key=lambda g: -sum(t.loc[i, "size"] for i, gg in zip(ids, groups,
                                                                                          strict=True) if gg == g))
    members_of = [sorted([i for i, gg in zip(ids, groups, strict=True) if gg == g], key=lambda i: -t.loc[i, "size"])
                  for g in order]
    of_topic = {int(i): theme_id for theme_id, members in enumerate(members_of) for i in members}
    vectorizer = getattr(result._model, "vectorizer_model", None)
    spoken = _theme_phrases(docs, result.assignments, of_topic, members_of, t, vectorizer) \
        if docs is not None and vectorizer is not None else {}
    needs = {}
    if docs is not None and len(members_of) > 1:
        texts, both = _sampled(docs, np.column_stack([[of_topic.get(int(a), -1) for a in result.assignments],
                                                      result.assignments]), 5000, 42)
        needs = need_names(texts, both[:, 0], both[:, 1])
    rows, used = [], {name for name, _ in needs.values()}
    for theme_id, members in enumerate(members_of):
        size = int(sum(t.loc[i, "size"] for i in members))
        need, cover = needs.get(theme_id, (None, 0.0))
        held = np.flatnonzero(np.isin(result.assignments, members))
        read = [docs[i] for i in held[:: max(1, len(held) // 2000)]] if docs is not None else []
        # nor a topic's name that another theme holds: "gta online" for a theme of shark cards and casinos, beside
        # the topic "gta online" in the theme of games
        taken = used | {str(t.loc[i, "label"]) for i in ids if of_topic[int(i)] != theme_id}
        label = need or theme_name(members, t, taken, wide=wide, spoken=spoken.get(theme_id),
                                   as_thing=used_as_thing(read) if read else None)
        if not need and docs is not None:  # a theme named "simple" is "simple to use" where its messages say so
            wider = completed(widened(label, read), read)
            label = written_case(label if wider in taken else wider, [docs[i] for i in held])
        used.add(label)
        names = "; ".join(str(t.loc[i, "label"]) for i in members[:4])
        more = f"; and {len(members) - 4} more" if len(members) > 4 else ""  # names hold "and" themselves
        why = f" {cover:.0%} of its messages write of {need}." if need else ""
        rows.append({"theme_id": theme_id, "label": label,
                     "description": f"{len(members)} topic{'s' if len(members) > 1 else ''}: {names}{more}.{why}",
                     "topic_ids": [int(i) for i in members], "size": size, "share": size / n})
    for special in (-1, *KEPT_OUT):
        if special in t.index:
            rows.append({"theme_id": special, "label": t.loc[special, "label"],
                         "description": t.loc[special, "description"], "topic_ids": [special],
                         "size": int(t.loc[special, "size"]), "share": float(t.loc[special, "share"])})
            of_topic[special] = special
    return pd.DataFrame(rows), of_topic


def _weighted_ward(centroids: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
    """Each of the `centroids`' group (1 to `k`): Ward's agglomeration with each centroid counting as its weight
    (scipy's counts each as one). Merging A and B costs w(A) w(B) / (w(A) + w(B)) times their centroids' squared
    distance, and the merged centroid is their weighted mean. At most 40 topics: a few dozen steps over a small
    matrix."""
    c, w = centroids.astype(float), weights.astype(float)
    members = [[i] for i in range(len(c))]
    while len(members) > k:
        cost = ((c[:, None] - c[None]) ** 2).sum(-1) * np.outer(w, w) / (w[:, None] + w[None])
        np.fill_diagonal(cost, np.inf)
        a, b = sorted(np.unravel_index(np.argmin(cost), cost.shape))
        c[a] = (w[a] * c[a] + w[b] * c[b]) / (w[a] + w[b])
        w[a] += w[b]
        members[a] += members.pop(b)
        c, w = np.delete(c, b, axis=0), np.delete(w, b)
    groups = np.empty(len(centroids), dtype=int)
    for g, held in enumerate(members, start=1):
        groups[held] = g
    return groups


def _theme_phrases(docs: Sequence[str], assignments: np.ndarray, of_topic: dict[int, int],
                   members_of: Sequence[Sequence[int]], topics: pd.DataFrame, vectorizer,
                   spread: float = 1 / 3, min_lift: float = 1.5, sample: int = 5000, seed: int = 42
                   ) -> dict[int, list[str]]:
    """Each theme's phrases for naming it, read from its messages as a topic's are (`distinctive_phrases`,
    `spoken_phrases`; its topics' phrases are the candidates), keeping those that no one topic holds alone:
    the theme's messages holding a phrase are at most 1 - `spread` in any one of its topics ("ios and
    channel" would name a theme of video channels, crashes and iOS apps by two of its topics), and that its
    messages hold at least `min_lift` times as often as all messages ("flight" in an airline's). Ordered as
    `distinctive_phrases` orders its extra phrases: by the theme's messages holding the phrase times the log
    of its lift over all messages ("password" before "money", which every theme writes). Counted on at most
    `sample` messages (seeded)."""
    theme_of = np.array([of_topic.get(int(a), -99) for a in assignments])
    texts, both = _sampled(docs, np.column_stack([theme_of, assignments]), sample, seed)
    texts, theme_of, assignments = [t.lower() for t in texts], both[:, 0], both[:, 1]
    candidates = {g: list(dict.fromkeys(p for i in members for p in naming_phrases(topics, i)))
                  for g, members in enumerate(members_of) if len(members) > 1}
    naming = spoken_phrases(texts, theme_of, distinctive_phrases(texts, theme_of, candidates, vectorizer))
    holding = PhraseHolders(texts)
    out = {}
    for g, phrases in naming.items():
        rows = theme_of == g
        score = {}
        for p in phrases:
            held = holding(p) & rows
            counts = np.unique(assignments[held], return_counts=True)[1]
            lift = held.sum() / rows.sum() / max(holding(p).mean(), 1e-9)
            if len(counts) and counts.max() <= (1 - spread) * held.sum() and lift >= min_lift:
                score[p] = held.sum() * np.log(lift)
        out[g] = sorted(score, key=lambda p: -score[p])
    return out


def topics_over_time(messages: pd.DataFrame, freq: str = "W") -> pd.DataFrame:
    """Messages per topic per period (`freq`: D, W, M...), with the topic's share of that period, and how many
    of the period's days (`period_days`) the export covers (`days_covered`, from its first message's day to its
    last's; to the last month's end where messages are dated by the month alone): a week the export ends in on
    its Wednesday holds three days of messages, not seven."""
    m = messages.dropna(subset=["topic_id", "created_at"])
    if m.empty:
        return pd.DataFrame(columns=["period", "topic_id", "topic_label", "messages", "share", "period_days",
                                     "days_covered"])
    when = m["created_at"].dt.tz_convert("UTC").dt.tz_localize(None)
    periods = when.dt.to_period(freq)
    period = periods.dt.start_time
    g = (
        m.assign(period=period)
        .groupby(["period", "topic_id", "topic_label"], dropna=False)
        .size()
        .rename("messages")
        .reset_index()
    )
    g["share"] = g["messages"] / g.groupby("period")["messages"].transform("sum")
    start = pd.to_datetime(g["period"])
    end = (pd.PeriodIndex(start, freq=freq).end_time.normalize()).to_numpy()  # the period's last day
    first, last = when.min().normalize(), when.max().normalize()
    if S.dated_by_month(m["created_at"]):  # "Jun 2024" is any day of June: the export covers the whole month
        last = last.to_period("M").end_time.normalize()
    g["period_days"] = ((end - start.to_numpy()) / pd.Timedelta(days=1)).astype(int) + 1
    covered = (np.minimum(end, last.to_datetime64()) - np.maximum(start.to_numpy(), first.to_datetime64()))
    g["days_covered"] = (covered / pd.Timedelta(days=1)).astype(int) + 1
    return g.sort_values(["period", "messages"], ascending=[True, False]).reset_index(drop=True)
