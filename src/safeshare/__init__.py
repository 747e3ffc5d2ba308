"""safeshare: safe, lawful, recorded information sharing for Community Safety Partnerships."""

from safeshare.domain.observation import Observation, ObservationError
from safeshare.domain.results import TriageResult
from safeshare.domain.triage import triage as _triage
from safeshare.knowledge import load_knowledge

__all__ = ["Observation", "ObservationError", "TriageResult", "triage"]


def triage(observation: Observation) -> TriageResult:
    """Answer one observation with the knowledge base and sentence model that ship with the
    package (cues alone if the model cannot be loaded)."""
    from safeshare.semantic.loader import load_matcher

    base = load_knowledge()
    return _triage(observation, base, load_matcher(base))
