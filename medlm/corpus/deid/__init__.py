"""De-identification of clinical text (HIPAA Safe Harbor): PHI -> typed placeholders.

`deidentify(text)` finds protected health information with compiled regular expressions plus
name/place word lists and replaces each span with a typed placeholder ([NAME], [DATE], ...).
`Deidentify` is the datatrove pipeline step around it.

How names are found (the hard part), strongest evidence first:
  1. cues: titles (Dr./Mr./Mrs.), credentials ("Jane Roe, MD"), header labels ("Patient Name:",
     "Attending:", "cc:"), verbs ("seen by", "discussed with"), relatives ("her husband, Tom"),
     greetings/sign-offs, "<Name> is a 45-year-old";
  2. lists: First + Last from the US Census and Faker name lists ("Maria Lopez"), "Last, First";
  3. propagation: a name part found once is replaced wherever else it occurs in the same document
     ("Mr. Okafor" ... "Okafor reports").
Eponyms and medical words (Parkinson, Crohn, Foley, Apgar, Gram, Bell's palsy) are kept: a mined +
hand-curated eponym list, and "<Name> disease/sign/fracture/..." context. Words that medical prose
writes in lower case ("Brown", "Mark", "Will") need a cue to count as names.

Speed: no pass over the text per pattern. Numbers are examined where a digit run starts (dates,
phones, SSNs, IPs, streets, ages, and identifiers whose cue word precedes them); names and places at
each capitalised word, with the context before it matched once, read backwards (`REV_CUE`); rare
patterns (e-mail, URL, holidays ...) run only when a substring gate says they can occur.

Kept on purpose: years alone (Safe Harbor allows them; `keep_years=False` removes them), times,
vitals/doses/scores ("BP 120/80", "1/2 tab", "2/10 pain", "5/5 strength"), states and countries.
Measured on labelled notes by benchmarks/deid/evaluate.py (see docs/deid.md).
"""

from __future__ import annotations

from datatrove.data import DocumentsPipeline

from medlm.corpus.scope import ScopedStep
from medlm.corpus.deid.addresses import (
    _address_chains, _extend_non_us_addresses, _find_non_us, _lower_case_addresses, _towns_before_nouns,
    _towns_by_phones_and_facilities, _towns_in_brackets,
)
from medlm.corpus.deid.config import DeidConfig, DeidResult
from medlm.corpus.deid.facilities import (
    _facility_aliases, _facility_list_items, _find_facilities, _letterhead_lines, _letterhead_title,
    _places_of_care, _propagate_identifiers, _spoken_numbers, _spoken_years, _typist_lines,
)
from medlm.corpus.deid.lists import _crf, _lists, _whitelist
from medlm.corpus.deid.names import _extend_names, _find_names_places, _lower_case_doc, _merge_adjacent
from medlm.corpus.deid.numbers import _find_numbers
from medlm.corpus.deid.spans import _Spans
from medlm.corpus.deid.styles import (
    OCR_NOISE, _caps_vocabulary_dropped, _document_case, _find_hl7, _find_json, _find_tables, _ocr_fixed,
    _ocr_split_names, _recased,
)


def _union(text: str, first: list, second: list, fill: bool = False) -> list[tuple[int, int, str]]:
    """Spans of the first reading, plus those of the second that it lacks; a span of the second that covers
    one span of the first replaces it ("[DORIS] YAZZIE-BEGAY" -> "[DORIS YAZZIE-BEGAY]", an ID "555-O112" ->
    the PHONE "(614)555-O112"), as a name does the pieces of one ("[Kar]1m, [Yusuf]" -> "[Kar1m, Yusuf]"), unless
    `fill` (the second only fills the first's gaps)."""
    out = list(first)
    for s, e, t in second:
        inside = [x for x in out if x[0] < e and s < x[1]]
        if fill and inside:
            continue
        # ... or retypes an [ID] of the same extent (the catch-all for odd tokens: "O4-Nov-2O25" is a date)
        # (a facility may cover several: "[Brook]1ands [Fami]1y Med1cal Centre" read as "Brooklands Family ..."; so may
        # a name read whole: "Tom as Greenbaum")
        if (len(inside) <= 1 or t == "FACILITY" or t == "NAME" and all(x[2] == t for x in inside)) and all(
                (x[2] == t or x[1] - x[0] < e - s or x[2] == "ID") and s <= x[0] and x[1] <= e for x in inside):
            out = [x for x in out if x not in inside] + [(s, e, t)]
    out.sort()
    return _merge_adjacent(text, out)


def deidentify(text: str, cfg: DeidConfig | None = None) -> DeidResult:
    """Replace PHI in `text` with typed placeholders; spans are offsets into the original text."""
    cfg = cfg or _DEFAULT_CFG
    chosen = _detect(text, cfg)
    fixed = _ocr_fixed(text)
    other = _other_reading(text, fixed, cfg)
    if other is not None:  # a note in capitals, in lower case or from a scan is also read as if written plainly
        if _document_case(text) == "upper":
            chosen = _caps_vocabulary_dropped(text, other, chosen)
        second = _detect(other, cfg)
        # a scan's reading with its digits restored leads: "O5 Dec 08:3O" is "05 Dec" and a time, not "Dec 08";
        # the as-written reading fills its gaps, but not with a token the repair changed ("referra1")
        chosen = (_union(text, second, [x for x in chosen if fixed[x[0]:x[1]] == text[x[0]:x[1]]], fill=True)
                  if fixed is not None else _union(text, chosen, second))
        if OCR_NOISE.search(text, 0, 3000):
            chosen = _ocr_split_names(text, chosen)
    tagger = _crf(cfg.model)
    if tagger is not None:  # the CRF's spans only where no rule span is: the lowest priority
        from medlm.corpus.deid.model import model_spans

        found = model_spans(text, chosen, tagger, _whitelist(cfg.unknown_words))
        chosen = _merge_adjacent(text, sorted(chosen + [s for s in found if s[2] in cfg.types]))
    return _apply(text, chosen)


def _other_reading(text: str, fixed: str | None, cfg: DeidConfig) -> str | None:
    """The note as an ordinary typed note would have it (same length, same offsets): OCR confusions undone
    (`fixed`: "2O25" -> "2025", "D0NNA" -> "DONNA"), then re-cased; None when it already is one."""
    recased = _recased(fixed or text, cfg)
    return recased or fixed


def _detect(text: str, cfg: DeidConfig) -> list[tuple[int, int, str]]:
    L = _lists()
    spans = _Spans()
    tl = text.lower()
    if len(tl) != len(text):  # a few characters (e.g. "İ") change length when lower-cased
        tl = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    spaced_digits = _find_numbers(text, tl, spans, cfg)
    _find_non_us(text, spans, cfg)
    _extend_non_us_addresses(text, spans)
    cap_words = _find_names_places(text, tl, spans, cfg, L)
    if "FACILITY" in cfg.types:
        _find_facilities(text, spans, L, cfg.unknown_words)
        _places_of_care(text, spans, L, cap_words)
        _letterhead_lines(text, spans, L)
        _letterhead_title(text, spans, L)
        _facility_aliases(text, spans, L)  # (after the letterheads: "X Cancer Institute" over a street, then "XCI")
        if "\n1" in text or "\n-" in text or "\n*" in text or "\n•" in text:
            _facility_list_items(text, spans, L)
    _address_chains(text, tl, spans, cap_words)
    _towns_by_phones_and_facilities(text, spans, L)
    _lower_case_addresses(text, spans, L)
    _towns_before_nouns(text, spans, L)
    if "(" in text:
        _towns_in_brackets(text, spans, L)
    if "PID|" in text or "MSH|" in text:
        _find_hl7(text, spans)
    _find_tables(text, spans)
    if '":' in text:
        _find_json(text, spans)
    if spaced_digits or "dictat" in tl or "transcri" in tl or "spell" in tl or _lower_case_doc(text):
        _spoken_numbers(text, tl, spans)  # dictation and speech transcripts (the full pattern is costly)
        _spoken_years(tl, spans)
    _typist_lines(text, spans)
    _propagate_identifiers(text, spans)
    keep = set(cfg.types)
    chosen = [s for s in spans.resolve(len(text)) if s[2] in keep]
    return _merge_adjacent(text, _extend_names(text, chosen, L, cfg.unknown_words))


def _apply(text: str, chosen) -> DeidResult:
    """The text with each (start, end, type) span replaced by its placeholder."""
    out, pos, result = [], 0, []
    for s, e, t, *_ in chosen:
        out.append(text[pos:s])
        out.append(f"[{t}]")
        result.append((s, e, t, text[s:e]))
        pos = e
    out.append(text[pos:])
    return DeidResult("".join(out), result)


FIELD_SEP = "\n\x00\n"  # no pattern matches across it: nothing matches NUL and a newline together


def deidentify_many(texts: list[str], cfg: DeidConfig | None = None) -> list[DeidResult]:
    """De-identify the short texts of one document (its metadata fields) in one call: the fixed cost of a call
    (~20 µs) is paid once, and a name found in one field is also replaced in the others."""
    if len(texts) < 2 or any("\x00" in t for t in texts):
        return [deidentify(t, cfg) for t in texts]
    res = deidentify(FIELD_SEP.join(texts), cfg)
    per_field: list[list] = [[] for _ in texts]
    i, start = 0, 0
    for s, e, t, _ in res.spans:
        while s >= start + len(texts[i]):
            start += len(texts[i]) + len(FIELD_SEP)
            i += 1
        if e > start + len(texts[i]):  # cannot happen (see FIELD_SEP); stay correct if it ever does
            return [deidentify(t, cfg) for t in texts]
        per_field[i].append((s - start, e - start, t))
    return [_apply(text, spans) for text, spans in zip(texts, per_field)]


_DEFAULT_CFG = DeidConfig()
# pipeline bookkeeping, never PHI
KEEP_METADATA = frozenset({"source", "kind", "phi", "language", "lang", "format", "license", "original_id"})


class Deidentify(ScopedStep):
    """Replace PHI in clinical documents; records per-type counts in metadata["phi"] and in the step stats."""

    name = "de-identify"
    type = "🔒 - DEID"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        drop = {k.lower() for k in self.cfg.drop_metadata}
        # checked before the first document: unknown_words=philter without the package fails here, and a build
        # that ran without the whitelist says so in its stats
        no_whitelist = self.cfg.unknown_words != "off" and _whitelist(self.cfg.unknown_words) is None
        no_model = _crf(self.cfg.model) is None and self.cfg.model == "auto"  # a bad model path fails here
        for doc in data:
            self.stat_update("total")
            if not self.applies(doc):
                self.stat_update("not_applicable")
                yield doc
                continue
            with self.track_time():
                res = deidentify(doc.text, self.cfg)
                if drop or self.cfg.scrub_metadata:
                    self._clean_metadata(doc.metadata, drop)
            counts = res.counts()
            doc.text = res.text
            doc.metadata["phi"] = counts
            self.stat_update("deidentified")
            if no_whitelist:
                self.stat_update("deidentified_without_whitelist")
            if no_model:
                self.stat_update("deidentified_without_model")
            for t, n in counts.items():
                self.stat_update(f"phi_{t}", value=n)
            self.update_doc_stats(doc)
            yield doc

    def _clean_metadata(self, meta: dict, drop: set[str]) -> None:
        for key in [k for k in meta if k.lower() in drop]:
            del meta[key]
            self.stat_update("metadata_dropped")
        if not self.cfg.scrub_metadata:
            return
        keys = [k for k, v in meta.items() if k not in KEEP_METADATA and isinstance(v, str) and v]
        for key, res in zip(keys, deidentify_many([meta[k] for k in keys], self.cfg)):
            if res.spans:
                meta[key] = res.text
                self.stat_update("metadata_phi", value=len(res.spans))
