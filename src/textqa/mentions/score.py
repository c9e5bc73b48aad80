"""The one scorer: a candidate's features -> a confidence, with weights from ``data/weights.json``.

The weights are a logistic regression fitted by ``scripts/fit_weights.py`` on the development corpus; the
same file holds the severity thresholds that follow from the fitted confidence (chosen there for a stated
precision). Literal glossary forms are certain and are not scored.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field

from ..findings import Mention, replaced
from ..wordlists import package_text
from .features import AMBIGUITY_FEATURES, FEATURE_NAMES, Features, open_features

WEIGHTS = "data/weights.json"
KNOWN_FEATURES = 1 << 16  # confidences remembered by features (then afresh)
MARGIN = 1e-9  # a ceiling this close to the report threshold is not trusted to be below it (rounding)


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    warning: float  # at or above: the rule's own severity
    report: float  # at or above (and below ``warning``): info; below: dropped
    meta: dict
    _known: dict = field(default_factory=dict, compare=False, repr=False)  # features -> confidence, bounded
    _hopeless: dict = field(default_factory=dict, compare=False, repr=False)  # features -> hopeless(), bounded

    def confidence(self, features: Features) -> float:
        known = self._known.get(features)  # candidates repeat their features across spans and documents
        if known is None:
            z = self._logit(features)
            known = remember(self._known, features, 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0)
        return known

    def _logit(self, features: Features) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.vector().items())

    def unreported(self, features: Features) -> bool:
        """A candidate with ``features`` (complete) scores below the report threshold: it is dropped."""
        return self.confidence(features) < self.report

    def hopeless(self, features: Features, glossary_size: int, ambiguous: bool = False) -> bool:
        """No token evidence, echo or ambiguity (``features.open_features``, decided after the finder describes a
        candidate) can bring ``features`` (with a glossary of ``glossary_size`` entries) up to the report threshold: the
        candidate is dropped whatever they are, so they need not be gathered. Each of those inputs lies in [0, 1],
        so a positive weight adds at most itself. ``ambiguous``: the candidate is known to be ambiguous already
        (another entity's candidate of its kind on its span), so that input counts as it is, not at its most."""
        known = self._hopeless.get((features, glossary_size, ambiguous))
        if known is None:
            fixed = replaced(features, tokens=None, echoed=False, ambiguous=ambiguous, glossary_size=glossary_size)
            z = self._logit(fixed) + sum(max(0.0, self.weights.get(name, 0.0))
                                         for name in open_features(features.kind)
                                         if not (ambiguous and name in AMBIGUITY_FEATURES))
            known = remember(self._hopeless, (features, glossary_size, ambiguous),
                              z < math.log(self.report / (1.0 - self.report)) - MARGIN)
        return known


    def out_of_reach(self, features: Features, glossary_size: int, ambiguous: bool = False) -> bool:
        """``features`` are complete but for ``echoed`` and ``ambiguous`` (their token evidence read), and no echo or
        ambiguity can bring them up to the report threshold: ``unreported`` whatever those turn out to be.
        ``ambiguous``: known to be so already (the input counts as it is, not at its most)."""
        memo_key = (features, glossary_size, ambiguous, "tokens")
        known = self._hopeless.get(memo_key)
        if known is None:
            fixed = replaced(features, echoed=False, ambiguous=ambiguous, glossary_size=glossary_size)
            z = self._logit(fixed) + sum(max(0.0, self.weights.get(name, 0.0))
                                         for name in open_features(features.kind, tokens=False)
                                         if not (ambiguous and name in AMBIGUITY_FEATURES))
            known = remember(self._hopeless, memo_key, z < math.log(self.report / (1.0 - self.report)) - MARGIN)
        return known


def remember(memo: dict, key, value):
    """``value`` stored under ``key`` in a memo bounded to ``KNOWN_FEATURES`` entries (emptied when full)."""
    if len(memo) >= KNOWN_FEATURES:
        memo.clear()
    memo[key] = value
    return value


def parse_model(data: dict) -> Model:
    """A model from the weights file's JSON; raises ValueError when it is incomplete or malformed."""
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        thresholds = data["thresholds"]
        model = Model(float(data["bias"]), weights, float(thresholds["warning"]), float(thresholds["report"]),
                      {k: v for k, v in data.items() if k not in ("bias", "weights", "thresholds")})
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{WEIGHTS}: malformed ({exc})") from None
    missing = [n for n in FEATURE_NAMES if n not in weights]
    unknown = [n for n in weights if n not in FEATURE_NAMES]
    if missing or unknown:
        raise ValueError(f"{WEIGHTS}: missing weights {missing}, unknown weights {unknown}")
    if not 0.0 < model.report <= model.warning < 1.0:
        raise ValueError(f"{WEIGHTS}: thresholds must satisfy 0 < report <= warning < 1")
    return model


@functools.lru_cache(maxsize=1)
def model() -> Model:
    text = package_text("textqa", WEIGHTS)
    return parse_model(json.loads(text))


def scored(m: Mention, current: Model | None = None) -> Mention:
    """The mention with the confidence its features earn (literal mentions have none and keep theirs)."""
    if m.features is None:
        return m
    return replaced(m, confidence=(current or model()).confidence(m.features))


def as_sure_as_parts(m: Mention, parts: list[float]) -> Mention:
    """A whole name (マー・ホアテン) with the confidence of its surest candidate part (ホアテン) when that is higher:
    the part's evidence that it names the entity is evidence for the whole."""
    best = max(parts, default=m.confidence)
    return replaced(m, confidence=best) if best > m.confidence else m


def thresholds() -> tuple[float, float]:
    """(warning, report): below ``warning`` a name finding is info, below ``report`` it is dropped."""
    current = model()
    return current.warning, current.report
