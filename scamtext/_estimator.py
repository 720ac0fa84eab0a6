"""A scikit-learn-compatible estimator base that does not import scikit-learn.

``get_params`` / ``set_params`` / ``__sklearn_tags__`` follow scikit-learn's estimator
protocol, so :class:`~scamtext.Classifier` and :class:`~scamtext.features.FeatureExtractor`
work with ``clone``, ``Pipeline`` and ``GridSearchCV``. Inheriting ``BaseEstimator``
instead would import scikit-learn (≈ 125 MB and 0.4 s) into every process that only
classifies; scikit-learn is imported only to train and when scikit-learn asks for tags.
"""

from __future__ import annotations

import inspect

__all__ = ["Estimator"]


class Estimator:
    """Parameters are the ``__init__`` arguments, stored unchanged as attributes."""

    _estimator_type: str | None = None

    @classmethod
    def _get_param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return sorted(p.name for p in sig.parameters.values()
                      if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD))

    def get_params(self, deep: bool = True) -> dict:
        out = {}
        for name in self._get_param_names():
            value = getattr(self, name)
            if deep and hasattr(value, "get_params") and not isinstance(value, type):
                out.update((f"{name}__{k}", v) for k, v in value.get_params().items())
            out[name] = value
        return out

    def set_params(self, **params):
        valid = set(self._get_param_names())
        for key, value in params.items():
            name, _, sub = key.partition("__")
            if name not in valid:
                raise ValueError(f"invalid parameter {name!r} for {type(self).__name__}; "
                                 f"valid parameters: {sorted(valid)}")
            if sub:
                getattr(self, name).set_params(**{sub: value})
            else:
                setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        sig = inspect.signature(type(self).__init__)
        changed = [f"{name}={getattr(self, name)!r}" for name, p in sig.parameters.items()
                   if name != "self" and p.default is not inspect.Parameter.empty
                   and getattr(self, name) != p.default]
        return f"{type(self).__name__}({', '.join(changed)})"

    def __sklearn_tags__(self):
        from sklearn.utils import ClassifierTags, InputTags, Tags, TargetTags, TransformerTags

        classifier = self._estimator_type == "classifier"
        return Tags(estimator_type=self._estimator_type, target_tags=TargetTags(required=classifier),
                    transformer_tags=None if classifier else TransformerTags(),
                    classifier_tags=ClassifierTags() if classifier else None,
                    input_tags=InputTags(one_d_array=True, two_d_array=False, string=True))
