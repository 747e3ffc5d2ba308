"""A decision record as a PDF a person can file or print."""

from __future__ import annotations

from typing import Any

# The PDF core fonts cover Latin-1 only: map the punctuation people type, drop the rest.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)
OUTCOMES = {
    "share": "You can share the information.",
    "do_not_share": "Do not share the information.",
    "seek_advice": "Seek advice before you decide.",
}


def _plain(value: object) -> str:
    return str(value).translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


class _Writer:
    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf

    def heading(self, text: str, size: int = 14) -> None:
        self.pdf.set_font("Helvetica", "B", size)
        self.pdf.multi_cell(0, 8, _plain(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def para(self, text: str) -> None:
        self.pdf.set_font("Helvetica", "", 11)
        self.pdf.multi_cell(0, 6, _plain(text), new_x="LMARGIN", new_y="NEXT")

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.para(f"- {item}")
        self.pdf.ln(2)


def record_pdf(record: dict[str, Any]) -> bytes:
    from fpdf import FPDF  # slow to import and needed only here, so not at start-up

    pdf = FPDF(format="A4")
    pdf.set_title(f"Information sharing decision {record['reference']}")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    out = _Writer(pdf)
    out.heading("Information sharing decision record", 18)
    by = record["decided_by"]
    out.para(f"Reference: {record['reference']}")
    out.para(f"Decided: {record['decided_at']} by {by['name']}, {by['role']}, {by['organisation']}")
    pdf.ln(3)
    out.heading(OUTCOMES.get(record["outcome"], record["outcome"]))
    if record.get("what_was_shared"):
        out.para(f"What was shared (or not): {record['what_was_shared']}")
    if record.get("shared_with"):
        out.para(f"With whom: {record['shared_with']}")
    pdf.ln(2)
    out.heading("Answers", 12)
    out.bullets(
        [f"{step['question'].replace('_', ' ')}: {step['answer']}" for step in record["path"]]
    )
    out.heading("Reasons", 12)
    out.bullets(record["reasons"])
    if record["gateways"]:
        out.heading("The law and guidance that apply", 12)
        out.bullets([f"{g['name']} ({g['law']}): {g['summary']}" for g in record["gateways"]])
    out.heading("Actions", 12)
    out.bullets(record["actions"])
    return bytes(pdf.output())
