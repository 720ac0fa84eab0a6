"""The scamtext classifier: features + a linear SVM with temperature-calibrated softmax."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np

from .._estimator import Estimator
from .._labels import NORMAL
from .._prediction import Prediction, Scores
from ..features import MAX_CHARS, FeatureExtractor, windows

__all__ = ["Classifier", "validate_texts", "validate_threshold"]

_PUNCT_RE = re.compile(r"[^\w\u4e00-\u9fff]")


def validate_threshold(threshold) -> float:
    """``threshold`` as a float in [0, 1], or a ``ValueError``/``TypeError`` that says so."""
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float, np.floating)):
        raise TypeError(f"threshold must be a number between 0 and 1, got {type(threshold).__name__}")
    if not 0.0 <= float(threshold) <= 1.0 or math.isnan(threshold):
        raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
    return float(threshold)


def validate_evidence(evidence) -> int:
    """``evidence`` (how many features to list) as a non-negative int, or a clear error."""
    if isinstance(evidence, bool) or not isinstance(evidence, (int, np.integer)):
        raise TypeError(f"evidence must be a non-negative int, got {type(evidence).__name__}")
    if evidence < 0:
        raise ValueError(f"evidence must be 0 or more, got {evidence}")
    return int(evidence)


def validate_texts(texts) -> tuple[list[str], bool]:
    """Return ``(list_of_texts, single)``: a ``str`` becomes a one-element list.

    Anything else must be an iterable of ``str``; a bad element raises ``TypeError``
    naming its index, before anything is classified.
    """
    if isinstance(texts, str):
        return [texts], True
    if isinstance(texts, (bytes, bytearray, memoryview)):
        raise TypeError("expected str or an iterable of str, got bytes: decode it first, e.g. data.decode('utf-8')")
    if texts is None or not isinstance(texts, Iterable) or isinstance(texts, dict):
        raise TypeError(f"expected str or an iterable of str, got {type(texts).__name__}")
    out = list(texts)
    for i, t in enumerate(out):
        if not isinstance(t, str):
            raise TypeError(f"element {i} is {type(t).__name__}, expected str (nothing was classified)")
    return out, False


class Classifier(Estimator):
    """Classify Chinese messages into the scam taxonomy.

    A scikit-learn estimator: ``fit(texts, labels)`` returns ``self``; ``predict`` and
    ``predict_proba`` take an iterable of strings; ``get_params``/``set_params``/``clone``
    work, so it fits in a ``Pipeline`` or ``GridSearchCV``. On top of that
    :meth:`classify` returns typed :class:`~scamtext.Prediction` results.

    Parameters
    ----------
    tokenizer, word_ngrams, char_ngrams, cues, min_df, max_features
        Passed to :class:`~scamtext.features.FeatureExtractor`.
    binary_tf : bool
        Weigh features by presence × IDF instead of ``1 + log(count)`` × IDF (the
        extractor's ``binary``). Presence needs no counting, so one message is a little
        cheaper to score, and the held-out macro-F1 is about the same; but long call
        transcripts, where repetition carries signal, lose recall (``python
        benchmarks/compare_tf.py``), so counts stay the default.
    C : float
        Inverse L2 regularisation strength of the one-vs-rest linear SVM (liblinear).
    class_weight : "balanced", "sqrt", None or dict
        ``"balanced"`` weights classes inversely to their frequency; ``"sqrt"`` by the square
        root of that (rare scam types count more, without drowning ``normal``).
    max_iter : int
        liblinear iterations.
    calibrate : bool
        Turn the SVM margins into probabilities with a softmax whose temperature is fitted
        on 3-fold out-of-fold margins (minimum log-loss), so that ``score`` is calibrated
        (the evaluation report measures reliability). Without it the temperature is 1.
    threshold : float
        Default decision threshold on ``scam_score``: a message is a scam when
        ``1 - P(normal) >= threshold``. Can be overridden per call.
    random_state : int
        Seed for the calibration folds.
    """

    def __init__(self, tokenizer="rjieba", word_ngrams=(1, 1), char_ngrams=(2, 2), cues=True,
                 min_df=2, max_features=300_000, binary_tf=False, C=0.5, class_weight="sqrt", max_iter=2000,
                 calibrate=True, threshold=0.5, random_state=0):
        self.tokenizer = tokenizer
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.cues = cues
        self.min_df = min_df
        self.max_features = max_features
        self.binary_tf = binary_tf
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.calibrate = calibrate
        self.threshold = threshold
        self.random_state = random_state

    # -- fitting --------------------------------------------------------------------
    def _make_featurizer(self) -> FeatureExtractor:
        return FeatureExtractor(tokenizer=self.tokenizer, word_ngrams=tuple(self.word_ngrams),
                                char_ngrams=tuple(self.char_ngrams), cues=self.cues,
                                min_df=self.min_df, max_features=self.max_features,
                                binary=self.binary_tf)

    def fit(self, X, y, progress: bool = False):
        """Fit on raw texts ``X`` and label ids ``y``; returns ``self``."""
        texts, _ = validate_texts(X)
        labels = np.asarray(list(y), dtype=object)
        if len(labels) != len(texts):
            raise ValueError(f"X has {len(texts)} texts but y has {len(labels)} labels")
        if len(set(labels)) < 2:
            raise ValueError("need at least two distinct labels to fit")
        validate_threshold(self.threshold)
        featurizer = self._make_featurizer()
        prepared = [featurizer.prepare(t) for t in _progress(texts, progress, "tokenising")]
        featurizer._fit_prepared(prepared)
        matrix = featurizer.transform_prepared(prepared)
        del prepared
        classes = np.array(sorted(set(labels)), dtype=object)
        y_idx = np.searchsorted(classes, labels)
        self.temperature_ = 1.0
        if self.calibrate:
            self.temperature_ = self._fit_temperature(matrix, y_idx, len(classes), progress)
        if progress:
            print("fitting the final model ...", flush=True)
        coef, intercept = self._fit_linear(matrix, y_idx)
        self._clear_caches()
        self.featurizer_ = featurizer
        self.classes_ = classes
        self.coef_ = coef.astype(np.float32)
        self.intercept_ = intercept.astype(np.float64)
        return self

    def _fit_linear(self, matrix, y_idx):
        from sklearn.svm import LinearSVC

        weight = self.class_weight
        if weight == "sqrt":  # halfway (geometric) between unweighted and "balanced"
            counts = np.bincount(y_idx)
            balanced = len(y_idx) / (len(counts) * np.maximum(counts, 1))
            weight = {k: float(np.sqrt(w)) for k, w in enumerate(balanced)}
        model = LinearSVC(C=self.C, class_weight=weight, max_iter=self.max_iter,
                          random_state=self.random_state)
        model.fit(matrix, y_idx)
        coef, intercept = model.coef_, model.intercept_
        if coef.shape[0] == 1:  # binary problems: sklearn keeps one row; expand to two
            coef = np.vstack([-coef, coef])
            intercept = np.array([-intercept[0], intercept[0]])
        return coef, intercept

    def _fit_temperature(self, matrix, y_idx, n_classes, progress) -> float:
        from scipy.optimize import minimize_scalar
        from sklearn.model_selection import StratifiedKFold

        counts = np.bincount(y_idx, minlength=n_classes)
        folds = min(3, int(counts.min()))
        if folds < 2:
            return 1.0
        logits = np.zeros((matrix.shape[0], n_classes))
        splitter = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
        for k, (tr, te) in enumerate(splitter.split(np.zeros(len(y_idx)), y_idx)):
            if progress:
                print(f"calibration fold {k + 1}/{folds} ...", flush=True)
            coef, intercept = self._fit_linear(matrix[tr], y_idx[tr])
            if coef.shape[0] != n_classes:  # a class missing from the fold
                return 1.0
            logits[te] = matrix[te] @ coef.T + intercept

        def nll(log_t):
            z = logits / math.exp(log_t)
            z -= z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            return -logp[np.arange(len(y_idx)), y_idx].mean()

        return float(math.exp(minimize_scalar(nll, bounds=(-3, 3), method="bounded").x))

    # -- inference ------------------------------------------------------------------
    def _check_fitted(self):
        if not hasattr(self, "coef_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("this Classifier is not fitted yet; call fit() or scamtext.load()")

    def _analyse(self, texts: list[str]):
        """TF-IDF rows ``(indptr, indices, data)`` (one row per text) and entities; long texts
        are read as windows (see :func:`scamtext.features.windows`) and their most
        scam-like window is kept."""
        prepare = self.featurizer_.prepare
        pieces = [windows(t) for t in texts]
        if all(len(p) == 1 for p in pieces):
            prepared = [prepare(t) for t in texts]
            return self.featurizer_.tfidf_rows(prepared), [p[2] for p in prepared]
        counts = [len(p) for p in pieces]
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        prepared = [prepare(w) for p in pieces for w in p]
        rows = self.featurizer_.tfidf_rows(prepared)
        proba = self._proba(rows)
        classes = list(self.classes_)
        scamness = 1 - proba[:, classes.index(NORMAL)] if NORMAL in classes else proba.max(axis=1)
        best = [start + int(np.argmax(scamness[start:start + n])) for start, n in zip(starts, counts)]
        indptr, indices, data = rows
        parts = [(indices[indptr[j]:indptr[j + 1]], data[indptr[j]:indptr[j + 1]]) for j in best]
        new_indptr = np.zeros(len(best) + 1, dtype=np.int64)
        np.cumsum([len(p[0]) for p in parts], out=new_indptr[1:])
        chosen = (new_indptr, np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
        return chosen, [prepared[j][2] for j in best]

    def _logits(self, rows) -> np.ndarray:
        """Class scores of TF-IDF rows, computed with numpy alone in blocks of rows.

        Each row is summed on its own, so a message gets the same score (up to float
        rounding) whatever batch it comes in; and no scipy set-up for small batches.
        """
        indptr, indices, data = rows
        n = len(indptr) - 1
        coef_t = self._coef_by_feature()
        # the weights are float32; sums are taken in float64, once cast for the whole batch
        data = data.astype(np.float64, copy=False)
        if n == 1:
            z = (data @ coef_t[indices])[None, :] if len(data) else np.zeros((1, len(self.classes_)))
            return z + self.intercept_
        z = np.zeros((n, len(self.classes_)))
        for lo in range(0, n, 512):
            hi = min(n, lo + 512)
            starts = indptr[lo:hi]
            nonempty = indptr[lo + 1:hi + 1] > starts
            if not nonempty.any():
                continue
            a, b = indptr[lo], indptr[hi]
            contrib = data[a:b, None] * coef_t[indices[a:b]]
            z[lo:hi][nonempty] = np.add.reduceat(contrib, starts[nonempty] - a, axis=0)
        z += self.intercept_
        return z

    def _coef_by_feature(self) -> np.ndarray:
        """``coef_`` transposed: one feature's class weights are one row (a float32 view of
        :meth:`_weight_table`)."""
        return self._weight_table()[:, :len(self.classes_)]

    def _weight_table(self) -> np.ndarray:
        """One row per feature: its class weights, their mean (for the evidence), then the
        feature's IDF (so that scoring one message gathers each feature's numbers once).

        float32 (the weights are stored in float32) with rows padded to a multiple of 16
        values, so that one feature's numbers fill whole 64-byte cache lines: scoring one
        message gathers a hundred or more rows scattered over the table, and on a busy
        machine those rows are rarely in cache. The returned view hides the padding."""
        table = self.__dict__.get("_weight_t")
        if table is None:
            n_classes, n_features = self.coef_.shape
            width = -(-(n_classes + 2) // 16) * 16
            padded = np.zeros((n_features, width), dtype=np.float32)
            padded[:, :n_classes] = self.coef_.T
            padded[:, n_classes] = self.coef_.astype(np.float64).mean(axis=0)
            padded[:, n_classes + 1] = self.featurizer_.idf_
            table = self.__dict__["_weight_t"] = padded[:, :n_classes + 2]
        return table

    def _intercept_list(self) -> list[float]:
        out = self.__dict__.get("_intercepts")
        if out is None:
            out = self.__dict__["_intercepts"] = [float(b) for b in self.intercept_]
        return out

    def _proba(self, rows) -> np.ndarray:
        z = self._logits(rows)
        z /= self.temperature_
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z

    def decision_function(self, X) -> np.ndarray:
        """Raw class scores (logits), one column per ``classes_`` entry."""
        self._check_fitted()
        texts, _ = validate_texts(X)
        rows, _ = self._analyse(texts)
        return self._logits(rows)

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities, shape ``(n_texts, n_classes)``, columns in ``classes_`` order."""
        self._check_fitted()
        texts, _ = validate_texts(X)
        rows, _ = self._analyse(texts)
        return self._proba(rows)

    def _restrict(self, proba: np.ndarray, labels) -> np.ndarray:
        """Probabilities renormalised over the allowed ``labels`` (others set to 0)."""
        if labels is None:
            return proba
        allowed = set(labels)
        unknown = allowed - set(self.classes_)
        if unknown:
            raise ValueError(f"labels not known to this model: {sorted(unknown)}; it knows {list(self.classes_)}")
        mask = np.array([c in allowed for c in self.classes_])
        proba = proba * mask
        total = proba.sum(axis=1, keepdims=True)
        total[total == 0] = 1
        return proba / total

    def _decide(self, proba: np.ndarray, threshold: float) -> np.ndarray:
        """Index of the chosen class per row: normal unless scam_score >= threshold."""
        classes = list(self.classes_)
        if NORMAL not in classes:
            return proba.argmax(axis=1)
        normal = classes.index(NORMAL)
        scam = proba.copy()
        scam[:, normal] = -1.0
        best_scam = scam.argmax(axis=1)
        is_scam = (1.0 - proba[:, normal]) >= threshold
        return np.where(is_scam, best_scam, normal)

    def predict(self, X, threshold=None) -> np.ndarray:
        """Label ids after the decision threshold (``self.threshold`` unless given)."""
        self._check_fitted()
        threshold = validate_threshold(self.threshold if threshold is None else threshold)
        return self.classes_[self._decide(self.predict_proba(X), threshold)]

    def classify(self, texts, threshold=None, *, evidence: int = 5, labels=None):
        """Classify one ``str`` (returns a :class:`Prediction`) or an iterable of ``str``
        (returns a ``list`` of the same length and order).

        The batch is vectorised: one feature matrix and one matrix product. Empty or
        white-space texts get a ``normal`` prediction with ``scam_score`` 0.
        ``evidence`` is how many features to report per message (0 for none, faster).
        ``labels`` restricts the answer to a subset of the model's labels (probabilities
        are renormalised over it), e.g. to score against a data set with a coarser
        taxonomy.
        """
        self._check_fitted()
        batch, single = validate_texts(texts)
        threshold = validate_threshold(self.threshold if threshold is None else threshold)
        evidence = validate_evidence(evidence)
        if single and labels is None and len(batch[0]) <= MAX_CHARS and batch[0].strip():
            return self._classify_one(batch[0], threshold, evidence)
        results = self._classify_list(batch, threshold, evidence, labels)
        return results[0] if single else results

    def _classify_one(self, text: str, threshold: float, n_evidence: int) -> Prediction:
        """:meth:`_classify_list` for one message in Python floats: for a single message,
        numpy's per-call overhead is most of the cost of softmax, decision and evidence.
        Same numbers up to float rounding."""
        prepared = self.featurizer_.prepare(text)
        indices, data = self.featurizer_._tf_one(prepared)
        # one gather brings each feature's class weights, mean weight and IDF
        rows = self._weight_table()[indices]
        n_classes = len(self.classes_)
        data *= rows[:, n_classes + 1]
        norm = math.sqrt(data @ data)
        if norm:
            data /= norm
        # zip stops at the intercepts: the last columns (mean weight, IDF) are not classes
        z = [a + b for a, b in zip((data @ rows).tolist(), self._intercept_list())]
        top = max(z)
        exps = [math.exp((v - top) / self.temperature_) for v in z]
        total = math.fsum(exps)
        row = [e / total for e in exps]
        classes = self._class_names()
        normal = self.__dict__["_normal"]
        if normal is None:
            k, scam_score = row.index(max(row)), 1.0
        else:
            scam_score = 1.0 - row[normal]
            k = normal
            if scam_score >= threshold:
                k = max((j for j in range(len(row)) if j != normal), key=row.__getitem__)
        evidence = ()
        if n_evidence > 0 and len(indices):
            # the weights are already at hand: pull towards class k (see _evidence)
            seg = data * (rows[:, k] - rows[:, n_classes])
            evidence = _top_features_one(seg, indices, n_evidence, self._display_names())
        return Prediction(classes[k], row[k], Scores(zip(classes, row)), max(0.0, scam_score),
                          threshold, evidence, tuple(prepared[2]))

    def _class_names(self) -> list[str]:
        names = self.__dict__.get("_classes")
        if names is None:
            names = self.__dict__["_classes"] = [str(c) for c in self.classes_]
            self.__dict__["_normal"] = names.index(NORMAL) if NORMAL in names else None
        return names

    def _classify_list(self, batch: list[str], threshold: float, n_evidence: int, labels=None) -> list[Prediction]:
        if not batch:
            return []
        rows, entities = self._analyse(batch)
        proba = self._restrict(self._proba(rows), labels)
        chosen = self._decide(proba, threshold)
        evidence = self._evidence(rows, chosen, n_evidence)
        classes = [str(c) for c in self.classes_]
        normal = classes.index(NORMAL) if NORMAL in classes else None
        out = []
        for i, text in enumerate(batch):
            if normal is not None and not text.strip():
                row = [0.0] * len(classes)
                row[normal] = 1.0
                out.append(Prediction(NORMAL, 1.0, Scores(zip(classes, row)), 0.0, threshold, (), ()))
                continue
            row = proba[i].tolist()
            scam_score = 1.0 - row[normal] if normal is not None else 1.0
            k = int(chosen[i])
            out.append(Prediction(classes[k], row[k], Scores(zip(classes, row)), max(0.0, scam_score),
                                  threshold, evidence[i], tuple(entities[i])))
        return out

    def _feature_names(self) -> list[str]:
        names = self.__dict__.get("_names")
        if names is None:
            names = [None] * len(self.featurizer_.vocabulary_)
            for f, j in self.featurizer_.vocabulary_.items():
                names[j] = f
            self.__dict__["_names"] = names
        return names

    def _evidence(self, rows, chosen: np.ndarray, k: int) -> list[tuple[str, ...]]:
        indptr, indices, data = rows
        if k <= 0:
            return [()] * (len(indptr) - 1)
        # Softmax ignores a constant added to every class, so a feature's pull towards a
        # class is its weight there minus its mean weight (the column after the classes).
        table, mean = self._weight_table(), len(self.classes_)
        contrib = data.astype(np.float64) * (table[indices, np.repeat(chosen, np.diff(indptr))] - table[indices, mean])
        return _top_features(contrib, indices, indptr, k, self._display_names())

    def _display_names(self) -> list[str]:
        """Feature names as a person reads them: no ``c:`` prefix, word bigrams unspaced,
        and ``None`` for features made only or partly of punctuation (not shown as evidence)."""
        shown = self.__dict__.get("_shown")
        if shown is None:
            shown = []
            for n in self._feature_names():
                if n.startswith("<"):
                    shown.append(n)
                    continue
                text = n[2:] if n.startswith("c:") else n.replace(" ", "")
                shown.append(None if _PUNCT_RE.search(text) else text)
            self.__dict__["_shown"] = shown
        return shown

    def save(self, path, metadata: dict | None = None):
        """Write the fitted model to directory ``path`` (arrays + JSON; see :mod:`scamtext.model.io`)."""
        from .io import save_model

        return save_model(self, path, metadata)

    _CACHES = ("_names", "_shown", "_weight_t", "_intercepts", "_classes", "_normal")

    def _clear_caches(self) -> None:
        """Forget tables derived from the fitted arrays (after fitting or loading them anew)."""
        for cached in self._CACHES:
            self.__dict__.pop(cached, None)

    def __getstate__(self):
        state = self.__dict__.copy()
        for cached in self._CACHES:
            state.pop(cached, None)
        return state

    _estimator_type = "classifier"

    def score(self, X, y, sample_weight=None) -> float:
        """Accuracy of :meth:`predict` on ``X`` against ``y`` (scikit-learn's classifier score)."""
        pred = self.predict(X)
        right = np.asarray([a == b for a, b in zip(pred, y)], dtype=float)
        if len(right) != len(pred):
            raise ValueError(f"X has {len(pred)} texts but y has {len(right)} labels")
        return float(np.average(right, weights=sample_weight))


_EVIDENCE_BLOCK = 65_536  # rows per sort: keeps the sort key exact and memory bounded


def _top_features(contrib: np.ndarray, indices: np.ndarray, indptr: np.ndarray, k: int,
                  names: list) -> list[tuple[str, ...]]:
    """Per CSR row, display names of the ``k`` features with the largest positive
    contribution.

    One stable sort serves a block of rows: by row, then by contribution, largest first,
    compared to 5 decimals so that float32 and float64 arithmetic agree; equal values keep
    feature order (CSR rows are sorted by column). So every code path shows the same
    evidence. Several features can read the same ("c:刷单" and "刷单"), so each row is
    walked until ``k`` names are found."""
    out: list[tuple[str, ...]] = []
    n = len(indptr) - 1
    for start in range(0, n, _EVIDENCE_BLOCK):
        stop = min(n, start + _EVIDENCE_BLOCK)
        lo, hi = int(indptr[start]), int(indptr[stop])
        rounded = np.clip(np.round(contrib[lo:hi], 5), -31.0, 31.0)
        rows = np.repeat(np.arange(stop - start, dtype=np.float64), np.diff(indptr[start:stop + 1]))
        order = np.argsort(rows * 64.0 - rounded, kind="stable")
        feature = indices[lo:hi][order].tolist()
        value = rounded[order].tolist()
        for a, b in zip((indptr[start:stop] - lo).tolist(), (indptr[start + 1:stop + 1] - lo).tolist()):
            out.append(_first_names(range(a, b), value, feature, k, names))
    return out


def _first_names(order, value: list, feature: list, k: int, names: list) -> tuple[str, ...]:
    """Walk positions ``order`` (best first) and keep the first ``k`` distinct, displayable
    names of features with a positive value."""
    shown: list[str] = []
    for j in order:
        if len(shown) == k or value[j] <= 0:
            break
        name = names[feature[j]]
        if name is not None and name not in shown:
            shown.append(name)
    return tuple(shown)


def _top_features_one(contrib: np.ndarray, indices: np.ndarray, k: int, names: list) -> tuple[str, ...]:
    """:func:`_top_features` for one row whose ``indices`` are sorted, in fewer numpy calls."""
    # np.round(contrib, 5) in three ufunc calls (np.round's own steps, so the same
    # values); only positive values are shown, so only the upper clip matters
    rounded = contrib * 1e5
    np.rint(rounded, out=rounded)
    rounded /= 1e5
    np.minimum(rounded, 31.0, out=rounded)
    order = np.argsort(-rounded, kind="stable")
    # the first 4k features almost always hold k shown names: only they become Python
    # objects; the whole row is walked when they do not (repeats, punctuation)
    top = order[:4 * k]
    shown = _first_names(range(len(top)), rounded[top].tolist(), indices[top].tolist(), k, names)
    if len(shown) < k and len(order) > len(top) and rounded[order[len(top)]] > 0:
        return _first_names(order.tolist(), rounded.tolist(), indices.tolist(), k, names)
    return shown


def _progress(items, enabled: bool, desc: str):
    if not enabled:
        return items
    try:
        from tqdm.auto import tqdm
    except ImportError:  # tqdm is optional: print a line instead
        print(f"{desc} {len(items)} messages ...", flush=True)
        return items
    return tqdm(items, desc=desc, unit="msg")
