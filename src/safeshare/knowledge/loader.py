"""Load the knowledge folder once, reporting every problem at once with file, key and line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.checks import cross_reference_problems
from safeshare.knowledge.schema import (
    Gateway,
    Harm,
    Inference,
    Locality,
    OrdinaryLife,
    Route,
    Routing,
    Source,
    WorkedExamples,
)
from safeshare.knowledge.sharing import Flowchart, Law
from safeshare.knowledge.tuning import TriageModel, TriageSettings

KNOWLEDGE_DIR = Path(__file__).parent
# libyaml's loader where PyYAML was built with it (about ten times faster), else Python's.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    file: str
    key: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.key or '(top level)'}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base did not load; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        listed = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{len(problems)} problem(s) in the knowledge base:\n{listed}")


class _Reader:
    """Reads YAML files under one folder, collecting problems instead of stopping at the first."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Problem] = []
        self._texts: dict[str, str] = {}

    def _node(self, name: str) -> yaml.Node | None:
        """The file's parse tree, for a problem's line number: built only when there is one."""
        text = self._texts.get(name)
        return None if text is None else yaml.compose(text, Loader=_LOADER)

    def relative(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def raw(self, path: Path) -> Any:
        name = self.relative(path)
        try:
            text = path.read_text(encoding="utf-8")
            self._texts[name] = text
            return yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader, C or Python)
        except OSError as error:
            self.problems.append(Problem(name, "", None, f"cannot read the file: {error}"))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            self.problems.append(Problem(name, "", line, f"not valid YAML: {error}"))
        return None

    def model(
        self, path: Path, model: type[Model], data: Any, prefix: tuple[Any, ...] = ()
    ) -> Model | None:
        name = self.relative(path)
        try:
            return model.model_validate(data)
        except ValidationError as error:
            node = self._node(name)  # once per file, not once per problem
            for detail in error.errors():
                loc = prefix + tuple(detail["loc"])
                key = ".".join(str(part) for part in loc)
                line = _line_of(node, loc)
                self.problems.append(Problem(name, key, line, detail["msg"]))
        return None

    def one(self, path: Path, model: type[Model]) -> Model | None:
        data = self.raw(path)
        return None if data is None and self.problems else self.model(path, model, data)

    def mapping(self, path: Path, key: str, model: type[Model]) -> dict[str, Model]:
        data = self.raw(path)
        if not isinstance(data, dict) or not isinstance(data.get(key), dict):
            self._missing(path, key, "a mapping")
            return {}
        items = (
            (name, self.model(path, model, value, (key, name))) for name, value in data[key].items()
        )
        return {name: item for name, item in items if item is not None}

    def listing(self, path: Path, key: str, model: type[Model]) -> list[Model]:
        data = self.raw(path)
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            self._missing(path, key, "a list")
            return []
        items = (
            self.model(path, model, value, (key, index)) for index, value in enumerate(data[key])
        )
        return [item for item in items if item is not None]

    def _missing(self, path: Path, key: str, shape: str) -> None:
        name = self.relative(path)
        if not any(problem.file == name for problem in self.problems):
            self.problems.append(Problem(name, key, None, f"expected {key!r} to hold {shape}"))


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest YAML node that ``loc`` reaches, so errors point somewhere useful."""
    for part in loc:
        child = _child(node, part)
        if child is None:
            break
        node = child
    return node.start_mark.line + 1 if node is not None else None


def _child(node: yaml.Node | None, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((value for key, value in node.value if key.value == str(part)), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None


def _each(folder: Path) -> Iterator[Path]:
    return iter(sorted(folder.glob("*.yaml")))


def load_knowledge_from(folder: Path) -> KnowledgeBase:
    """Load and check every file under ``folder``; raise ``KnowledgeError`` listing all problems."""
    reader = _Reader(folder)
    sources = reader.mapping(folder / "sources.yaml", "sources", Source)
    harms = [harm for path in _each(folder / "harms") if (harm := reader.one(path, Harm))]
    localities = [
        loc for path in _each(folder / "localities") if (loc := reader.one(path, Locality))
    ]
    routes = reader.listing(folder / "routes.yaml", "routes", Route)
    gateways = reader.listing(folder / "gateways.yaml", "gateways", Gateway)
    routing = reader.one(folder / "routing.yaml", Routing)
    inference = reader.one(folder / "inference.yaml", Inference)
    settings = reader.one(folder / "triage.yaml", TriageSettings)
    flowchart = reader.one(folder / "flowchart.yaml", Flowchart)
    law = reader.one(folder / "law.yaml", Law)
    model = reader.one(folder / "model.yaml", TriageModel)
    ordinary = reader.one(folder / "ordinary.yaml", OrdinaryLife)
    worked_files = {
        path.name: examples
        for path in _each(folder / "worked")
        if (examples := reader.one(path, WorkedExamples))
    }
    if reader.problems or not (
        routing and inference and settings and flowchart and law and model and ordinary
    ):
        raise KnowledgeError(reader.problems)
    base = KnowledgeBase(
        sources=sources,
        harms={h.slug: h for h in harms},
        localities={loc.slug: loc for loc in localities},
        routes=routes,
        gateways=gateways,
        routing=routing,
        inference=inference,
        settings=settings,
        flowchart=flowchart,
        law=law,
        model=model,
        ordinary=ordinary,
        worked_files=worked_files,
    )
    problems = [
        Problem(file, key, None, message) for file, key, message in cross_reference_problems(base)
    ]
    if problems:
        raise KnowledgeError(problems)
    return base


@cache
def load_knowledge() -> KnowledgeBase:
    """The knowledge base that ships with the package, loaded once per process."""
    return load_knowledge_from(KNOWLEDGE_DIR)
