"""Text normalisation: Unicode form, mojibake repair, invisible characters, whitespace. Keeps case.

Unicode form: NFC, not NFKC. NFKC folds "compatibility" characters, which in medical text carry
meaning: m² -> m2, 10⁹/L -> 109/L, ½ -> 1⁄2, ℃ -> °C, µ (micro sign) -> μ. NFC only composes
accents, so µ, β, ±, °, ≥, ², ⁹ stay as written. A few compatibility characters that carry no
meaning are folded explicitly instead (ligatures ﬁ/ﬂ from PDF extraction, unicode spaces).
The micro sign U+00B5 and Greek mu U+03BC both occur ("µg"/"μg"); `micro_sign: greek_mu` unifies
them for a smaller vocabulary, off by default so nothing is rewritten without being asked for.

Mojibake (UTF-8 read as cp1252/latin-1: "Ã©", "â€™", "Âµg") is repaired with ftfy, but ftfy runs
at ~2 MB/s, so it only sees documents that contain a typical mojibake sequence (a cheap regex;
pure-ASCII text is skipped outright).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from medlm.config import opt


@dataclass
class NormalizeConfig:
    unicode_form: Literal["NFC", "none"] = opt("NFC", help="Unicode normal form (NFKC is not offered: it rewrites µ, ², ⁹)")
    fix_mojibake: bool = opt(True, help="repair mis-decoded text (ftfy) where it looks broken")
    micro_sign: Literal["keep", "greek_mu"] = opt("keep", help="keep µ/μ as written, or write the micro sign as Greek mu")
    fold_ligatures: bool = opt(True, help="ﬁ, ﬂ, ﬀ, ﬃ, ﬄ -> fi, fl, ff, ffi, ffl (PDF extraction artefacts)")
    whitespace: bool = opt(
        True, help="unicode spaces -> space, collapse runs of spaces/tabs, strip line ends, at most one blank line"
    )
    remove_invisible: bool = opt(True, help="drop control, zero-width, soft-hyphen and BOM characters")


# Sequences that UTF-8 text takes on when decoded as cp1252/latin-1: a lead byte rendered as
# Â/Ã/Å/Î/Ï/Ð/â/ï followed by a continuation byte rendered as a Latin-1 or cp1252 symbol.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2\u00c3\u00c5\u00ce\u00cf\u00d0\u00e2\u00ef][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021"
    "\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
    "|\ufffd"
)
_INVISIBLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u2060\ufeff]")
_UNICODE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_HSPACE_RUN = re.compile(r"[ \t]{2,}|\t")
_TRAILING = re.compile(r"[ \t]+\n|\n[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb06": "st"})
_MICRO = str.maketrans({"\u00b5": "\u03bc"})


_MOJIBAKE_LEADS = ("\u00c2", "\u00c3", "\u00c5", "\u00ce", "\u00cf", "\u00d0", "\u00e2", "\u00ef", "\ufffd")
_LIGATURE_CHARS = ("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04", "\ufb06")


def looks_mojibaked(text: str) -> bool:
    # substring tests first: a regex scan of every non-ASCII text would cost more than the rest of the step
    if text.isascii() or not any(lead in text for lead in _MOJIBAKE_LEADS):
        return False
    return _MOJIBAKE_HINT.search(text) is not None


def _ftfy_config():
    import ftfy

    # Only undo encoding damage: keep curly quotes, full-width forms and HTML entities as they are.
    return ftfy.TextFixerConfig(
        unescape_html=False, uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
        fix_line_breaks=False, normalization=None, explain=False,
    )


def normalize_text(text: str, cfg: NormalizeConfig, _ftfy_cfg=None) -> str:
    """The normalised text (pure function, used by the step and the tests)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if cfg.fix_mojibake and looks_mojibaked(text):
        import ftfy

        text = ftfy.fix_text(text, _ftfy_cfg or _ftfy_config())
    if text.isascii():
        return _whitespace(_INVISIBLE.sub("", text) if cfg.remove_invisible else text) if cfg.whitespace else text
    if cfg.unicode_form == "NFC" and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if cfg.fold_ligatures and any(lig in text for lig in _LIGATURE_CHARS):
        text = text.translate(_LIGATURES)
    if cfg.micro_sign == "greek_mu" and "\u00b5" in text:
        text = text.translate(_MICRO)
    if cfg.remove_invisible:
        text = _INVISIBLE.sub("", text)
    if cfg.whitespace:
        text = _whitespace(_UNICODE_SPACES.sub(" ", text))
    return text


def _whitespace(text: str) -> str:
    # substring tests are ~20x faster than a regex pass, and most texts need few of these fixes
    if "\t" in text or "  " in text:
        text = _HSPACE_RUN.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _TRAILING.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


class Normalize(PipelineStep):
    """datatrove transform: rewrites doc.text; never drops a document (empty text is left to the quality step)."""

    name = "normalize"
    type = "✂️ - FORMAT"

    def __init__(self, cfg: NormalizeConfig, work_dir: str | None = None):
        super().__init__()
        self.cfg = cfg
        self._ftfy_cfg = None

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        # counted here and added to datatrove's stats once: its per-document timer and stat updates
        # cost more than normalising most documents (medlm's ledger times the step anyway)
        total = changed = 0
        try:
            for doc in data:
                total += 1
                new = self.normalize(doc.text)
                if new != doc.text:
                    changed += 1
                    doc.text = new
                yield doc
        finally:
            self.stat_update("total", value=total)
            self.stat_update("changed", value=changed)

    def normalize(self, text: str) -> str:
        if self._ftfy_cfg is None and self.cfg.fix_mojibake:
            self._ftfy_cfg = _ftfy_config()
        return normalize_text(text, self.cfg, self._ftfy_cfg)
