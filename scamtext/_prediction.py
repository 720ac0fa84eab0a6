"""The typed, immutable result of classifying one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._labels import LABELS_BY_ID
from .entities import Entity


class Scores(dict):
    """A read-only ``dict`` of label id → probability."""

    def _readonly(self, *args, **kwargs):
        raise TypeError("Prediction.scores is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly
    __ior__ = _readonly

    def __reduce__(self):
        return (Scores, (dict(self),))

    def __hash__(self):  # a frozen dataclass hashes its fields
        return hash(tuple(sorted(self.items())))


@dataclass(frozen=True, slots=True)
class Prediction:
    """What scamtext decided about one message.

    Attributes
    ----------
    label : str
        Taxonomy id (``"normal"`` or a scam type) after the decision threshold.
    label_zh : str
        Chinese name of ``label``.
    score : float
        Probability of ``label``.
    scores : Scores
        Probability of every label the model knows; sums to 1.
    is_scam : bool
        ``label != "normal"``.
    scam_score : float
        ``1 - scores["normal"]``: the probability that the message is a scam of any type.
        It is compared with ``threshold`` to decide ``is_scam``.
    threshold : float
        The decision threshold that was applied.
    evidence : tuple of str
        The features that pushed the decision towards ``label`` most (words, character
        n-grams, or cues such as ``<url:unofficial>``), strongest first, read off the
        model's own weights.
    entities : tuple of Entity
        Links, phone / QQ / WeChat / card numbers, amounts and apps found in the text,
        with positions in the normalised text.
    """

    label: str
    score: float
    scores: Scores
    scam_score: float
    threshold: float
    evidence: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = field(default_factory=tuple)

    @property
    def label_zh(self) -> str:
        info = LABELS_BY_ID.get(self.label)
        return info.zh if info else self.label

    @property
    def is_scam(self) -> bool:
        return self.label != "normal"

    @property
    def tip(self) -> str:
        """A one-line safety tip for ``label`` that can be shown to a user."""
        info = LABELS_BY_ID.get(self.label)
        return info.tip if info else ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field (entities as ``{"kind", "value", "start", "end"}``)."""
        return {
            "label": self.label,
            "label_zh": self.label_zh,
            "score": self.score,
            "is_scam": self.is_scam,
            "scam_score": self.scam_score,
            "threshold": self.threshold,
            "scores": dict(self.scores),
            "evidence": list(self.evidence),
            "entities": [e._asdict() for e in self.entities],
        }

    def __repr__(self) -> str:
        return (f"Prediction(label={self.label!r}, label_zh={self.label_zh!r}, score={self.score:.3f}, "
                f"is_scam={self.is_scam}, scam_score={self.scam_score:.3f}, evidence={list(self.evidence)!r}, "
                f"entities={[(e.kind, e.value) for e in self.entities]!r})")
