"""scamtext: detect scam scripts in Chinese text.

>>> import scamtext
>>> p = scamtext.classify("您好，我是公安局的，你的银行卡涉嫌洗钱，请把钱转到安全账户")
>>> p.label, p.is_scam
('police', True)
"""

from ._api import classify, default_classifier, load
from ._labels import LABELS, Label
from ._prediction import Prediction
from .entities import Entity, extract_entities
from .model import Classifier, ModelError
from .normalization import normalize

try:
    from importlib.metadata import PackageNotFoundError as _NotFound
    from importlib.metadata import version as _version

    __version__ = _version("scamtext")
except _NotFound:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Classifier",
    "Entity",
    "LABELS",
    "Label",
    "ModelError",
    "Prediction",
    "classify",
    "default_classifier",
    "extract_entities",
    "load",
    "normalize",
    "__version__",
]
