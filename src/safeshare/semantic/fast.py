"""The same model through ONNX Runtime, int8, for speed.

The graph is built here from the model's weights with the `onnx` package (no PyTorch), the
weights are quantised to int8 per channel by ONNX Runtime, and the result is cached on disk.
Its vectors agree with the NumPy forward pass to a cosine of about 0.99, and it is about
three times faster. If ONNX Runtime is missing, the NumPy model is used instead.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import numpy as np

from safeshare.semantic.minilm import Matrix, MiniLM

OPSET = 17
GRAPH_VERSION = "2"  # part of the cache key: change it when the graph changes


def _graph(model: MiniLM) -> Any:
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    weights: list[Any] = []

    def const(name: str, value: np.ndarray) -> str:
        weights.append(numpy_helper.from_array(value, name))
        return name

    def op(kind: str, inputs: list[str], name: str, **attributes: Any) -> str:
        nodes.append(helper.make_node(kind, inputs, [name], name=name, **attributes))
        return name

    def dense(x: str, weight: np.ndarray, bias: np.ndarray, name: str) -> str:
        return op(
            "Add",
            [op("MatMul", [x, const(name + "_w", weight)], name + "_mm"), const(name + "_b", bias)],
            name,
        )

    def add_and_norm(x: str, residual: str, norm: tuple[np.ndarray, np.ndarray], name: str) -> str:
        summed = op("Add", [x, residual], name + "_sum")
        return op(
            "LayerNormalization",
            [summed, const(name + "_g", norm[0]), const(name + "_b", norm[1])],
            name,
            epsilon=1e-12,
            axis=-1,
        )

    width, heads = model.words.shape[1], model.heads
    size = width // heads
    x = op("Gather", [const("words", model.words), "input_ids"], "word")
    x = op(
        "Add",
        [x, op("Gather", [const("positions", model.positions), "position_ids"], "position")],
        "embed0",
    )
    x = op("Add", [x, const("token_type", model.token_type)], "embed1")
    x = op(
        "LayerNormalization",
        [x, const("en_w", model.embed_norm[0]), const("en_b", model.embed_norm[1])],
        "embed",
        epsilon=1e-12,
        axis=-1,
    )
    split_shape = const("split_shape", np.array([0, 0, 3, heads, size], dtype=np.int64))
    merge_shape = const("merge_shape", np.array([0, 0, width], dtype=np.int64))
    scale = const("scale", np.array(1 / np.sqrt(size), dtype=np.float32))
    half, root2, one = (
        const(n, np.array(v, dtype=np.float32))
        for n, v in (("half", 0.5), ("root2", np.sqrt(2.0)), ("one", 1.0))
    )
    for i, layer in enumerate(model.layers):
        p = f"l{i}_"
        qkv = dense(x, layer.qkv, layer.qkv_bias, p + "qkv")
        qkv = op("Reshape", [qkv, split_shape], p + "qkv_r")
        qkv = op("Transpose", [qkv], p + "qkv_t", perm=[2, 0, 3, 1, 4])
        q, k, v = (
            op("Gather", [qkv, const(f"{p}i{j}", np.array(j, dtype=np.int64))], f"{p}{n}", axis=0)
            for j, n in enumerate("qkv")
        )
        key_t = op("Transpose", [k], p + "kT", perm=[0, 1, 3, 2])
        scores = op("MatMul", [q, key_t], p + "scores")
        scores = op("Add", [op("Mul", [scores, scale], p + "scaled"), "mask_bias"], p + "masked")
        context = op("MatMul", [op("Softmax", [scores], p + "probs", axis=-1), v], p + "context")
        context = op(
            "Reshape",
            [op("Transpose", [context], p + "ctx_t", perm=[0, 2, 1, 3]), merge_shape],
            p + "ctx",
        )
        attention = dense(context, layer.out, layer.out_bias, p + "attn")
        x = add_and_norm(x, attention, layer.norm1, p + "norm1")
        hidden = dense(x, layer.up, layer.up_bias, p + "hidden")
        gate = op(
            "Add", [op("Erf", [op("Div", [hidden, root2], p + "div")], p + "erf"), one], p + "gate"
        )
        hidden = op("Mul", [op("Mul", [hidden, gate], p + "gelu0"), half], p + "gelu")
        x = add_and_norm(
            x, dense(hidden, layer.down, layer.down_bias, p + "ffn"), layer.norm2, p + "norm2"
        )
    axis = const("axis1", np.array([1], dtype=np.int64))
    summed = op("ReduceSum", [op("Mul", [x, "pool_mask"], "pool_x"), axis], "summed", keepdims=0)
    op("Div", [summed, op("ReduceSum", ["pool_mask", axis], "count", keepdims=0)], "pooled")
    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"]),
        helper.make_tensor_value_info("position_ids", TensorProto.INT64, ["length"]),
        helper.make_tensor_value_info("mask_bias", TensorProto.FLOAT, ["batch", 1, 1, "length"]),
        helper.make_tensor_value_info("pool_mask", TensorProto.FLOAT, ["batch", "length", 1]),
    ]
    output = helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", width])
    graph = helper.make_graph(nodes, "minilm", inputs, [output], weights)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])


class FastMiniLM:
    """The int8 ONNX Runtime version of MiniLM, built on first use and cached."""

    name = f"minilm-onnx-int8-v{GRAPH_VERSION}"

    def __init__(self, model: MiniLM, cache_dir: Path) -> None:
        import onnxruntime

        self.tokenizer = model.tokenizer
        weights = model.words[:64].tobytes() + model.layers[0].qkv[:64].tobytes()
        digest = hashlib.sha256(GRAPH_VERSION.encode() + weights).hexdigest()[:16]
        quantised = cache_dir / f"minilm-{digest}-int8.onnx"
        if not quantised.exists():
            self._build(model, cache_dir, quantised)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # requests run in parallel threads already
        self.session = onnxruntime.InferenceSession(
            str(quantised), options, providers=["CPUExecutionProvider"]
        )

    @staticmethod
    def _build(model: MiniLM, cache_dir: Path, quantised: Path) -> None:
        import onnx
        from onnxruntime.quantization import QuantType, quantize_dynamic

        cache_dir.mkdir(parents=True, exist_ok=True)
        full = quantised.with_suffix(".fp32.onnx")
        onnx.save(_graph(model), str(full))
        partial = quantised.with_suffix(".part")
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # its advice to pre-process is for image models
        try:
            quantize_dynamic(str(full), str(partial), weight_type=QuantType.QInt8, per_channel=True)
        finally:
            root.setLevel(level)
        partial.replace(quantised)  # appears whole or not at all
        full.unlink(missing_ok=True)

    def encode(self, texts: list[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        batch = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in batch], dtype=np.int64)
        mask = np.array([e.attention_mask for e in batch], dtype=np.float32)
        feeds = {
            "input_ids": ids,
            "position_ids": np.arange(ids.shape[1], dtype=np.int64),
            "mask_bias": ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32),
            "pool_mask": mask[..., None],
        }
        pooled = self.session.run(["pooled"], feeds)[0]
        unit: Matrix = (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
        return unit
