"""The cited knowledge base: harms, routes, localities, law and the sharing flowchart."""

from safeshare.knowledge.base import KnowledgeBase, UnknownLocalityError
from safeshare.knowledge.loader import KnowledgeError, load_knowledge, load_knowledge_from

__all__ = [
    "KnowledgeBase",
    "KnowledgeError",
    "UnknownLocalityError",
    "load_knowledge",
    "load_knowledge_from",
]
