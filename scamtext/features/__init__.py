"""Feature extraction: normalised text → sparse TF-IDF vector of words, characters and cues.

For each message :class:`FeatureExtractor`

1. clips texts to :data:`MAX_CHARS` characters (their first 3,000 and last 1,000); the
   classifier never sends longer ones, it windows them first (see :func:`windows`);
2. normalises it (:func:`scamtext.normalization.normalize`);
3. extracts entities (:func:`scamtext.entities.extract_entities`) and replaces their
   spans by generic words (网址, 手机号, 金额, ...), so the model learns "asks you to call a
   mobile number" rather than one number;
4. segments it with jieba's dictionary plus the scam dictionary
   (:class:`scamtext.tokenizer.Tokenizer`);
5. emits word unigrams and bigrams, character n-grams (robust to segmentation errors
   and to words the dictionary lacks) and cue features written ``<...>``: which entity
   kinds occur, a link to a non-official domain, what the text asks for (a code, adding a
   contact, a transfer; see :func:`intent_cues`), and a length bucket.

Features seen in fewer than ``min_df`` training messages are dropped; weights are
sublinear TF × smoothed IDF, rows L2-normalised. The vocabulary is a plain list of
strings (character n-grams carry a ``c:`` prefix), so a fitted extractor is stored as
arrays + text (see :mod:`scamtext.model`).

Speed: character n-grams are never built as strings. A batch's characters become one
array of code points; an n-gram is the integer packing its code points (21 bits each),
looked up in a sorted key array with ``numpy.searchsorted``. Only words and cues go
through a ``dict``. Tokenisation stays the main cost.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain, repeat

import numpy as np

from .._estimator import Estimator
from ..entities import Entity, extract_entities, is_official_domain, mask_entities
from ..normalization import normalize
from ..tokenizer import Tokenizer

__all__ = ["FeatureExtractor", "clip", "windows", "MAX_CHARS", "WINDOW"]

MAX_CHARS = 4000
_HEAD, _TAIL = 3000, 1000
_LENGTH_BUCKETS = ((12, "<len:xs>"), (40, "<len:s>"), (100, "<len:m>"), (250, "<len:l>"))


WINDOW = 2000


def windows(text: str) -> list[str]:
    """How the classifier reads a text: whole when it has at most :data:`MAX_CHARS`
    characters, else as two :data:`WINDOW`-character windows, its start and its end.
    The window with the higher scam score decides, so a 1 MB message costs no more than
    two short ones, and a scam at either end of a long transcript is not diluted."""
    if len(text) <= MAX_CHARS:
        return [text]
    return [text[:WINDOW], text[-WINDOW:]]


def clip(text: str) -> str:
    """``text`` if it has at most :data:`MAX_CHARS` characters, else its head and tail."""
    if len(text) <= MAX_CHARS:
        return text
    return text[:_HEAD] + "\n" + text[-_TAIL:]


# What a message asks the reader to do. A request for a code is only a cue when it is not
# the usual warning (请勿/切勿/不要 告诉他人) that real verification-code SMS carry.
_ASK_CODE_RE = re.compile(r"(?:告诉|提供|发给|发送给|报给|念给|读给|截图给|报一下|念一下|发一下|告知)"
                          r"[^。!?！？]{0,8}?(?:验证码|动态码|校验码|短信码)"
                          r"|(?:验证码|动态码|校验码)[^。!?！？]{0,6}?(?:告诉|提供|发给|报给|念给|发过来|发我|给我)")
_NEGATION_RE = re.compile(r"勿|不要|别|不会|绝不|切莫|谨防|不得|严禁|警惕|不能")
_ASK_CONTACT_RE = re.compile(r"(?:加|添加|联系|私聊|私信|找)[^。!?！？,]{0,4}?(?:微信|qq|客服|好友|群|导师|老师|助理|专员)")
_ASK_TRANSFER_RE = re.compile(r"(?:转账|转到|转入|汇款|汇到|打款|打到|充值|缴纳|交纳|支付)[^。!?！？]{0,10}?"
                              r"(?:账户|帐户|账号|卡|平台|保证金|手续费|费用|税)")


def intent_cues(norm: str) -> list[str]:
    """``<ask:code>``, ``<ask:contact>``, ``<ask:transfer>`` when normalised text asks for them."""
    cues = []
    for m in _ASK_CODE_RE.finditer(norm):
        if not _NEGATION_RE.search(norm, max(0, m.start() - 8), m.end()):
            cues.append("<ask:code>")
            break
    if _ASK_CONTACT_RE.search(norm):
        cues.append("<ask:contact>")
    if _ASK_TRANSFER_RE.search(norm):
        cues.append("<ask:transfer>")
    return cues


def _length_feature(n: int) -> str:
    for limit, name in _LENGTH_BUCKETS:
        if n <= limit:
            return name
    return "<len:xl>"


_BITS = 21  # every code point fits in 21 bits, so up to three pack into an int64
CHAR_PREFIX = "c:"


def _pack(codes: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Keys of all character n-grams in ``codes`` (0 separates messages) and a validity mask."""
    m = len(codes) - n + 1
    if m <= 0:
        return np.empty(0, np.int64), np.empty(0, bool)
    keys = codes[:m].copy()
    valid = codes[:m] != 0
    for k in range(1, n):
        part = codes[k:k + m]
        keys <<= _BITS
        keys |= part
        valid &= part != 0
    return keys, valid


def _pack_plain(codes: np.ndarray, n: int) -> np.ndarray:
    """Keys of all character n-grams of one message's ``codes`` (no separators)."""
    if n == 1:
        return codes
    keys = codes[:len(codes) - n + 1] << _BITS
    keys |= codes[1:len(codes) - n + 2]
    for k in range(2, n):
        keys <<= _BITS
        keys |= codes[k:len(codes) - n + 1 + k]
    return keys


def _key_of(gram: str) -> int:
    key = 0
    for ch in gram:
        key = (key << _BITS) | ord(ch)
    return key


def _gram_of(key: int, n: int) -> str:
    mask = (1 << _BITS) - 1
    return "".join(chr((key >> (_BITS * (n - 1 - k))) & mask) for k in range(n))


class FeatureExtractor(Estimator):
    """Scikit-learn transformer from raw strings to a TF-IDF matrix (see module docs).

    Parameters
    ----------
    tokenizer : {"rjieba", "jieba"}
        Segmentation engine (same dictionary, same words; rjieba is faster).
    word_ngrams : tuple (min_n, max_n)
        Word n-gram orders; ``(1, 2)`` is unigrams and bigrams; ``(0, 0)`` turns words off.
    char_ngrams : tuple (min_n, max_n)
        Character n-gram orders, at most 3; ``(0, 0)`` turns them off.
    cues : bool
        Emit the ``<...>`` cue features (entity kinds, non-official link, length).
    min_df : int
        Minimum number of training messages a feature must occur in.
    max_features : int or None
        Keep at most this many features (the most frequent by document frequency).
    sublinear_tf : bool
        Use ``1 + log(tf)`` instead of raw counts.
    binary : bool
        Use presence (1) instead of counts; ``sublinear_tf`` then has no effect. One message
        is cheaper to score (no counting) and short messages lose little, but long call
        transcripts lose recall (``python benchmarks/compare_tf.py``).
    """

    def __init__(self, tokenizer="rjieba", word_ngrams=(1, 1), char_ngrams=(2, 2), cues=True,
                 min_df=2, max_features=300_000, sublinear_tf=True, binary=False):
        self.tokenizer = tokenizer
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.cues = cues
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf
        self.binary = binary

    def _tokenizer(self) -> Tokenizer:
        tok = self.__dict__.get("_tok")
        if tok is None or tok.engine != self.tokenizer:
            tok = Tokenizer(self.tokenizer)
            self.__dict__["_tok"] = tok
        return tok

    def _char_orders(self) -> range:
        cmin, cmax = self.char_ngrams
        if cmax > 3:
            raise ValueError(f"char_ngrams orders go up to 3, got {self.char_ngrams}")
        return range(max(1, cmin), cmax + 1) if cmax else range(0)

    # -- analysis -------------------------------------------------------------------
    def prepare(self, text: str) -> tuple[list[str], str, list[Entity]]:
        """Word and cue features, the masked character string, and entities of one message."""
        norm = normalize(clip(text))
        entities = extract_entities(norm)
        masked = mask_entities(norm, entities) if entities else norm
        words: list[str] = []
        wmin, wmax = self.word_ngrams
        if wmax:
            tokens = [t for t in self._tokenizer().cut(masked) if t != " "]
            if wmin <= 1:
                words += tokens
            if wmin <= 2 <= wmax:
                words += [a + " " + b for a, b in zip(tokens, tokens[1:])]
            for n in range(max(3, wmin), wmax + 1):
                words += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
        if self.cues:
            words.append(_length_feature(len(norm)))
            for ent in entities:
                words.append(f"<{ent.kind}>")
                if ent.kind == "url" and not is_official_domain(ent.value):
                    words.append("<url:unofficial>")
            words.extend(intent_cues(norm))
        return words, masked.replace(" ", ""), entities

    def analyze(self, text: str) -> tuple[list[str], list[Entity]]:
        """All feature names (with repeats) and the entities of one message, for inspection."""
        words, chars, entities = self.prepare(text)
        grams = [CHAR_PREFIX + chars[i:i + n] for n in self._char_orders() for i in range(len(chars) - n + 1)]
        return words + grams, entities

    def _char_keys(self, prepared) -> tuple[np.ndarray, np.ndarray]:
        """(row, key) of every character n-gram in a batch of prepared messages."""
        lengths = np.fromiter((len(p[1]) for p in prepared), dtype=np.int64, count=len(prepared))
        joined = "\0".join(p[1] for p in prepared)
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        row_of = np.repeat(np.arange(len(prepared), dtype=np.int64), lengths + 1)[:len(codes)]
        rows, keys = [], []
        for n in self._char_orders():
            k, valid = _pack(codes, n)
            keys.append(k[valid])
            rows.append(row_of[:len(k)][valid])
        if not keys:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        return np.concatenate(rows), np.concatenate(keys)

    # -- fitting --------------------------------------------------------------------
    def fit(self, X, y=None):
        self._fit_prepared([self.prepare(t) for t in _as_texts(X)])
        return self

    def _fit_prepared(self, prepared) -> None:
        self._char_orders()  # validates
        n = len(prepared)
        df = Counter()
        for words, _, _ in prepared:
            df.update(set(words))
        names = [(w, c) for w, c in df.items() if c >= self.min_df and not w.startswith(CHAR_PREFIX)]
        rows, keys = self._char_keys(prepared)
        if len(keys):
            order = np.lexsort((rows, keys))
            k, r = keys[order], rows[order]
            first = np.ones(len(k), bool)
            first[1:] = (k[1:] != k[:-1]) | (r[1:] != r[:-1])
            uniq, counts = np.unique(k[first], return_counts=True)
            sel = counts >= self.min_df
            for key, c in zip(uniq[sel].tolist(), counts[sel].tolist()):
                order_n = (key.bit_length() + _BITS - 1) // _BITS
                names.append((CHAR_PREFIX + _gram_of(key, order_n), c))
        if not names:
            raise ValueError("no feature occurs in min_df training messages; lower min_df or add data")
        # columns in order of document frequency (ties by name): reproducible, and the
        # features most messages contain sit together at the front of every per-feature
        # table, so scoring a message touches fewer cache lines
        names.sort(key=lambda fc: (-fc[1], fc[0]))
        if self.max_features is not None:
            names = names[:self.max_features]
        counts = np.array([c for _, c in names], dtype=np.float64)
        self.idf_ = (np.log((1 + n) / (1 + counts)) + 1).astype(np.float32)
        self._set_vocabulary([f for f, _ in names])

    def _set_vocabulary(self, names: list[str]) -> None:
        """Index ``names`` (the stored vocabulary) for lookups: a dict for words and cues,
        a sorted key array for character n-grams."""
        self.vocabulary_ = {f: i for i, f in enumerate(names)}
        char_cols = [i for i, f in enumerate(names) if f.startswith(CHAR_PREFIX)]
        keys = np.array([_key_of(names[i][len(CHAR_PREFIX):]) for i in char_cols], dtype=np.int64)
        order = np.argsort(keys)
        self.char_keys_ = keys[order]
        self.__dict__.pop("_char_table_cache", None)
        self.__dict__.pop("_word_ids_cache", None)
        self.char_cols_ = np.array(char_cols, dtype=np.int32)[order]
        self.n_features_out_ = len(names)

    def fit_transform(self, X, y=None, **fit_params):
        prepared = [self.prepare(t) for t in _as_texts(X)]
        self._fit_prepared(prepared)
        return self.transform_prepared(prepared)

    # -- transforming ---------------------------------------------------------------
    def transform(self, X):
        return self.transform_prepared([self.prepare(t) for t in _as_texts(X)])

    _estimator_type = None  # a transformer: scikit-learn tags it by its transformer_tags

    def transform_prepared(self, prepared):
        """TF-IDF ``scipy.sparse.csr_matrix`` of messages already run through :meth:`prepare`."""
        import scipy.sparse as sp

        indptr, indices, data = self.tfidf_rows(prepared)
        return sp.csr_matrix((data, indices, indptr), shape=(len(prepared), len(self.vocabulary_)))

    def tfidf_rows(self, prepared) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """CSR arrays ``(indptr, indices, data)`` of the TF-IDF rows, built with numpy alone
        (constructing a scipy matrix costs more than scoring one short message)."""
        if len(prepared) == 1:
            return self._tfidf_one(prepared[0])
        vocab = self._word_ids()
        n, width = len(prepared), len(self.vocabulary_)
        lengths = np.fromiter((len(p[0]) for p in prepared), dtype=np.int64, count=n)
        flat = list(chain.from_iterable(p[0] for p in prepared))
        # dict lookups at C speed; unknown words become -1 and are dropped
        ids = np.fromiter(map(vocab.get, flat, repeat(-1)), dtype=np.int64, count=len(flat))
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        crow, ckeys = self._char_keys(prepared)
        if len(self.char_keys_) and len(ckeys):
            table = self._char_table()  # keys with a sentinel, as in _tfidf_one
            pos = np.searchsorted(table, ckeys)
            hit = table[pos] == ckeys
            ids = np.concatenate([ids, self.char_cols_[pos[hit]]])
            rows = np.concatenate([rows, crow[hit]])
        keep = ids >= 0
        keys, counts = np.unique(rows[keep] * width + ids[keep], return_counts=True)
        row_of = keys // width
        indices = (keys - row_of * width).astype(np.int32)
        data = counts.astype(np.float32)
        if self.binary:
            data[:] = 1
        elif self.sublinear_tf:
            np.log(data, out=data)
            data += 1
        data *= self.idf_[indices]
        norms = np.sqrt(np.bincount(row_of, weights=data.astype(np.float64) ** 2, minlength=n))
        norms[norms == 0] = 1
        data /= norms[row_of].astype(np.float32)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=n), out=indptr[1:])
        return indptr, indices, data

    def _tfidf_one(self, prepared_one) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`tfidf_rows` for one message, with as few numpy calls as the work allows
        (for one short message, per-call overhead is most of the cost). Same numbers and
        column order, but ``data`` stays float64."""
        indices, data = self._tf_one(prepared_one)
        data *= self.idf_[indices]
        norm = math.sqrt(data @ data)
        if norm:
            data /= norm
        return np.array([0, len(indices)], dtype=np.int64), indices, data

    def _tf_one(self, prepared_one) -> tuple[np.ndarray, np.ndarray]:
        """Columns (ascending) and term frequencies (sublinear, raw or binary; float64, not
        yet multiplied by IDF) of one prepared message. The classifier's one-message path
        starts here and reads the IDF from its own weight table (see
        ``Classifier._weight_table``), which saves a scattered lookup per feature."""
        words, chars, _ = prepared_one
        ids = np.fromiter(map(self._word_ids().get, words, repeat(-1)), dtype=np.int32, count=len(words))
        ids = ids[ids >= 0]
        if chars and len(self.char_keys_):
            codes = np.frombuffer(chars.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
            # one message has no 0 separators, so no validity mask is needed
            grams = [_pack_plain(codes, n) for n in self._char_orders()]
            keys = grams[0] if len(grams) == 1 else np.concatenate(grams)
            # sorted keys walk the table front to back (numpy's search starts where the last
            # one ended); the order of the found ids does not matter, they are sorted below
            keys.sort()
            table = self._char_table()  # keys with a sentinel, so no position falls off the end
            pos = np.searchsorted(table, keys)
            ids = np.concatenate((ids, self.char_cols_[pos[table[pos] == keys]]))
        # columns in ascending order, as in tfidf_rows (CSR canonical form); a run of
        # equal ids is one feature, its length the feature's count
        ids.sort()
        edge = np.empty(len(ids) + 1, dtype=bool)
        edge[0] = edge[-1] = True
        np.not_equal(ids[1:], ids[:-1], out=edge[1:-1])
        starts = np.flatnonzero(edge)
        if self.binary:
            return ids[starts[:-1]], np.ones(len(starts) - 1)
        data = np.diff(starts).astype(np.float64)
        if self.sublinear_tf:
            np.log(data, out=data)
            data += 1
        return ids[starts[:-1]], data

    def _word_ids(self) -> dict[str, int]:
        """Columns of the word and cue features alone: a dict a fifth the size of
        ``vocabulary_`` (fewer cache misses per lookup), its keys copied so that they sit
        together in memory."""
        ids = self.__dict__.get("_word_ids_cache")
        if ids is None:
            ids = {f.encode().decode(): i for f, i in self.vocabulary_.items() if not f.startswith(CHAR_PREFIX)}
            self.__dict__["_word_ids_cache"] = ids
        return ids

    def _char_table(self) -> np.ndarray:
        table = self.__dict__.get("_char_table_cache")
        if table is None:
            table = np.append(self.char_keys_, np.iinfo(np.int64).max)
            self.__dict__["_char_table_cache"] = table
        return table

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_tok", None)
        state.pop("_char_table_cache", None)
        state.pop("_word_ids_cache", None)
        return state

    def get_feature_names_out(self, input_features=None):
        names = np.empty(len(self.vocabulary_), dtype=object)
        for f, i in self.vocabulary_.items():
            names[i] = f
        return names


def _as_texts(X) -> list[str]:
    if isinstance(X, str):
        raise TypeError("expected an iterable of str, got a single str; wrap it in a list")
    return list(X)
