"""safeshare: safe, lawful, recorded information sharing for Community Safety Partnerships."""

from safeshare.domain.observation import Observation, ObservationError
from safeshare.domain.results import TriageResult
from safeshare.domain.triage import triage as _triage
from safeshare.knowledge import load_knowledge

__all__ = ["Observation", "ObservationError", "TriageResult", "triage"]


def triage(observation: Observation) -> TriageResult:
    """Answer one observation with the knowledge base that ships with the package."""
    return _triage(observation, load_knowledge())
