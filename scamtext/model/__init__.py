"""The classifier estimator and its safe on-disk format."""

from .classifier import Classifier
from .io import FORMAT, ModelError, load_model, read_manifest, save_model

__all__ = ["Classifier", "FORMAT", "ModelError", "load_model", "read_manifest", "save_model"]
