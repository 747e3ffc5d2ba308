from __future__ import annotations

import pytest

from safeshare.knowledge import KnowledgeBase, load_knowledge


@pytest.fixture(scope="session")
def base() -> KnowledgeBase:
    return load_knowledge()
