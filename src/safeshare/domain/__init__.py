"""The pure domain: triage, sharing decisions and their explanations. No I/O, no frameworks."""
