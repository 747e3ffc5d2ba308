"""Loading the sentence model and the signs' vectors once per process, or saying why not."""

from __future__ import annotations

import logging
from functools import lru_cache

from safeshare.knowledge import KnowledgeBase
from safeshare.semantic.index import Encoder, SignIndex, default_cache_dir
from safeshare.semantic.minilm import MiniLM, ModelUnavailableError

log = logging.getLogger("safeshare.semantic")


@lru_cache(maxsize=1)
def _model() -> Encoder:
    """The int8 ONNX Runtime model when it can be built, else the NumPy one."""
    model = MiniLM()
    try:
        from safeshare.semantic.fast import FastMiniLM

        return FastMiniLM(model, default_cache_dir())
    except (ImportError, OSError, RuntimeError) as error:
        log.warning("using the slower NumPy sentence model: %s", error)
        return model


@lru_cache(maxsize=4)
def _index(base: KnowledgeBase) -> SignIndex:
    return SignIndex(base, _model())


def load_matcher(base: KnowledgeBase) -> SignIndex | None:
    """The signs' index with the local sentence model, or None (and a log line) if the model
    cannot be loaded, in which case triage answers from its cues alone."""
    try:
        return _index(base)
    except ModelUnavailableError as error:
        log.warning("semantic matching is off: %s", error)
        return None
