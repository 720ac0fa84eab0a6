"""Classifier and FeatureExtractor follow scikit-learn conventions."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from scamtext import Classifier
from scamtext.features import FeatureExtractor


def _data(rows):
    return [r["text"] for r in rows], [r["label"] for r in rows]


def test_get_params_clone_and_fit_returns_self(sample_rows):
    clf = Classifier(C=0.3, threshold=0.7, calibrate=False)
    params = clf.get_params()
    assert params["C"] == 0.3 and params["threshold"] == 0.7
    twin = clone(clf)
    assert twin.get_params() == params and not hasattr(twin, "coef_")
    X, y = _data(sample_rows)
    assert clf.fit(X, y) is clf
    assert clf.coef_.shape == (len(set(y)), clf.featurizer_.n_features_out_)
    assert list(clf.classes_) == sorted(set(y))


def test_unfitted_classifier_says_so():
    with pytest.raises(NotFittedError):
        Classifier().classify("你好")


def test_predict_proba_and_predict_shapes(small_model, sample_rows):
    X, y = _data(sample_rows[:50])
    proba = small_model.predict_proba(X)
    assert proba.shape == (50, len(small_model.classes_))
    assert np.allclose(proba.sum(axis=1), 1.0)
    pred = small_model.predict(X)
    assert pred.shape == (50,) and set(pred) <= set(small_model.classes_)
    assert small_model.score(X, y) > 0.8  # ClassifierMixin.score: training rows


def test_pipeline_and_grid_search(sample_rows):
    X, y = _data(sample_rows)
    pipe = Pipeline([("strip", FunctionTransformer(lambda texts: [t.strip() for t in texts])),
                     ("clf", Classifier(calibrate=False, char_ngrams=(2, 2)))])
    grid = GridSearchCV(pipe, {"clf__C": [0.1, 1.0]}, cv=2, scoring="accuracy")
    grid.fit(X, y)
    assert grid.best_params_["clf__C"] in (0.1, 1.0)
    assert grid.best_score_ > 0.5
    assert len(grid.predict(X[:7])) == 7


def test_feature_extractor_is_a_transformer(sample_rows):
    X, _ = _data(sample_rows)
    X = X + ["请立即把资金转到安全账户配合调查"]  # a scam-dictionary word stays one feature
    fe = FeatureExtractor(min_df=1)
    m = fe.fit_transform(X)
    assert m.shape == (len(X), fe.n_features_out_)
    assert np.allclose(np.sqrt(m.multiply(m).sum(axis=1)), 1.0, atol=1e-5)
    assert np.allclose(fe.transform(X[:5]).toarray(), m[:5].toarray(), atol=1e-6)
    names = fe.get_feature_names_out()
    assert "安全账户" in set(names) and any(n.startswith("c:") for n in names)
    assert clone(fe).get_params() == fe.get_params()


def test_columns_follow_document_frequency_then_name(sample_rows):
    """Columns run from the most to the least common feature, ties by name, so a refit on
    the same data gives the same columns, and max_features keeps the most common ones."""
    X, _ = _data(sample_rows)
    fe = FeatureExtractor(min_df=1).fit(X)
    names = list(fe.get_feature_names_out())
    df = {f: 0 for f in names}
    for text in X:
        for f in set(fe.analyze(text)[0]) & df.keys():
            df[f] += 1
    assert names == sorted(names, key=lambda f: (-df[f], f))
    assert np.all(np.diff(fe.idf_) >= 0)  # idf falls as document frequency rises
    assert list(FeatureExtractor(min_df=1).fit(X).get_feature_names_out()) == names
    top = FeatureExtractor(min_df=1, max_features=50).fit(X)
    assert list(top.get_feature_names_out()) == names[:50]


def test_fit_validates_inputs():
    with pytest.raises(ValueError, match="2 texts but y has 1"):
        Classifier().fit(["a", "b"], ["normal"])
    with pytest.raises(ValueError, match="two distinct labels"):
        Classifier().fit(["a", "b"], ["normal", "normal"])
    with pytest.raises(TypeError, match="element 1"):
        Classifier().fit(["a", 3], ["normal", "police"])


def test_restricted_label_set_model(sample_rows):
    rows = [r for r in sample_rows if r["label"] in {"normal", "police", "task_rebate"}]
    clf = Classifier(calibrate=False).fit(*_data(rows))
    assert list(clf.classes_) == ["normal", "police", "task_rebate"]
    preds = clf.classify(["您好我是公安局的，您涉嫌洗钱", "点赞关注就能日结佣金", "晚上吃啥"])
    assert {p.label for p in preds} <= {"normal", "police", "task_rebate"}
    assert set(preds[0].scores) == {"normal", "police", "task_rebate"}


@pytest.mark.parametrize("text, cues", [
    ("【招商银行】验证码362817，请勿告诉他人", []),
    ("切勿向任何人提供验证码", []),
    ("您好，请把短信验证码发给我核实一下", ["<ask:code>"]),
    ("加我微信详聊", ["<ask:contact>"]),
    ("请将资金转到安全账户", ["<ask:transfer>"]),
])
def test_intent_cues(text, cues):
    from scamtext.features import intent_cues
    from scamtext.normalization import normalize

    assert intent_cues(normalize(text)) == cues
