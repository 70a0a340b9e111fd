"""De-identification settings (DeidConfig, the `deid` step's config) and the result type."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from medlm.config import opt


PHI_TYPES = ("NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP", "URL", "IP", "AGE>89", "ID", "FACILITY")
DATA_DIR = Path(__file__).parent / "data"


@dataclass
class DeidConfig:
    apply_to: str = opt(
        "clinical",
        help="which documents to de-identify: 'clinical' (metadata kind == clinical), 'all', "
        "or a comma-separated list of source names",
    )
    types: list[str] = opt(list(PHI_TYPES), help="PHI types to replace (others are left in the text)")
    name_lists: bool = opt(
        True, help="also find names without a cue from US Census first-name/surname lists ('Maria Lopez')"
    )
    keep_years: bool = opt(True, help="keep a bare year (Safe Harbor allows it); False replaces years too")
    fax_as: str = opt(
        "PHONE",
        help="placeholder type for fax numbers: PHONE (how clinicians and labellers read a fax number) or ID "
        "(HIPAA lists fax numbers as an identifier of their own)",
    )
    scrub_metadata: bool = opt(
        True,
        help="also de-identify the string metadata of documents in scope (mapped CSV columns such as a chart "
        "date); set false for sources already de-identified upstream (MIMIC) whose shifted dates you need",
    )
    drop_metadata: list[str] = opt(
        [], help="metadata keys removed from documents in scope (case-insensitive), e.g. [mrn, patient_name, dob]"
    )
    unknown_words: str = opt(
        "auto",
        help="a capitalised word that is in no English/medical word list is taken as a name (Philter's whitelist, "
        "from the optional package philter-ucsf: pip install 'medlm[deid]'): auto (use it when installed, else "
        "warn once), philter (required: error if missing), off",
    )
    model: str = opt(
        "off",
        help="statistical layer: a CRF over tokens stacked on the rules, adding spans where no rule fired "
        "(medlm.corpus.deid.model; needs python-crfsuite): off, auto (the shipped model when python-crfsuite is "
        "installed, else warn once) or the path of a model trained with `medlm corpus deid-train`",
    )

    def __post_init__(self):
        bad = [t for t in self.types if t not in PHI_TYPES]
        if bad:
            raise ValueError(f"deid.types: unknown PHI type(s) {bad}; valid: {', '.join(PHI_TYPES)}")
        if self.fax_as not in ("ID", "PHONE"):
            raise ValueError(f"deid.fax_as must be ID or PHONE, got {self.fax_as!r}")
        if self.unknown_words not in ("auto", "philter", "off"):
            raise ValueError(f"deid.unknown_words must be auto, philter or off, got {self.unknown_words!r}")
        if not self.model:
            raise ValueError("deid.model must be off, auto or the path of a model file, got an empty string")


@dataclass
class DeidResult:
    text: str
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)  # (start, end, type, original)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _, _, t, _ in self.spans:
            out[t] = out.get(t, 0) + 1
        return out
