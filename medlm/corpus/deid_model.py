"""Statistical layer of the de-identifier: a linear-chain CRF over tokens, stacked on the rules.

The rules (`medlm.corpus.deid`) are precise but tuned to the writing styles they have seen; a sequence model
learns the shapes and contexts of identifiers from labelled notes instead (the rules + CRF design of MIST,
CliniDeID and the i2b2 2014 systems). Each token carries its word, shape, affixes, membership in the
detector's word lists and Philter's whitelist, its line context (first on the line, after a header label, in a
table cell), a ±2-token window, and the rule detector's own BIO label: stacking, so the CRF learns where the
rules miss. At run time its spans are added with the lowest priority: only tokens no rule span covers.

    medlm corpus deid-train benchmarks/deid/eval_*.jsonl --out deid.crfsuite    # train on labelled notes
    deidentify(text, DeidConfig(model="deid.crfsuite"))                           # use it

Model files are crfsuite's own binary format (weights and feature names), not pickle: loading one runs no code.
Needs the optional package python-crfsuite (`pip install python-crfsuite`).
"""

from __future__ import annotations

import functools
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from medlm.config import opt
from medlm.errors import MedlmError

SHIPPED_MODEL = Path(__file__).parent / "deid_data" / "deid_crf.crfsuite"
# letters, digit runs and single symbols apart: "MRN12345" -> MRN 12345, so a span edge falls between tokens
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
LINE_LABEL = re.compile(r"[ \t]*([A-Za-z][A-Za-z .#/&'-]{0,30}?)[ \t]*[:#=][ \t]*")  # "Patient Name:", "MRN#"
SHAPE_MAP = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                          "X" * 26 + "x" * 26 + "d" * 10)


def _require_crfsuite():
    try:
        import pycrfsuite
    except ImportError as e:
        raise MedlmError("python-crfsuite is not installed: the de-identifier's statistical layer needs it; "
                         "pip install python-crfsuite (or set deid.model: off)") from e
    return pycrfsuite


# ---------------------------------------------------------------- tokens and features


def tokenize(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN_RE.finditer(text)]


def _shape(w: str) -> str:
    """'Okafor' -> 'Xx', '555-0134' -> 'd-d': character classes with repeats collapsed."""
    return re.sub(r"(.)\1+", r"\1", w.translate(SHAPE_MAP))


@functools.lru_cache(maxsize=200_000)
def _word_features(w: str, whitelisted: bool) -> tuple[str, ...]:
    """What a token says on its own (cached: most words recur)."""
    from medlm.corpus.deid import STOP, _lists

    L = _lists()
    lw = w.lower()
    f = ["sh=" + _shape(w)]
    if w.isdigit():
        f.append(f"nd={len(w)}")
        return tuple(f)
    f += ["w=" + lw, "p2=" + lw[:2], "s3=" + lw[-3:]]
    if w[0].isupper():
        f.append("upper" if w.isupper() and len(w) > 1 else "title")
    for key in ("first", "last", "common", "eponyms", "cities", "words"):
        if lw in L[key]:
            f.append("in_" + key)
    if lw in STOP:
        f.append("stop")
    if whitelisted:
        f.append("whitelist")
    return tuple(f)


def _rule_labels(text: str, tokens: list[tuple[int, int]], spans) -> list[str]:
    return _bio(tokens, [(s, e, t) for s, e, t, *_ in spans])


def _bio(tokens: list[tuple[int, int]], spans) -> list[str]:
    """BIO label per token: a token belongs to the span its first character falls in."""
    labels = ["O"] * len(tokens)
    spans = sorted(spans)
    j, prev = 0, None
    for i, (s, _) in enumerate(tokens):
        while j < len(spans) and spans[j][1] <= s:
            j += 1
        if j < len(spans) and spans[j][0] <= s:
            labels[i] = ("I-" if prev == j else "B-") + spans[j][2]
            prev = j
        else:
            prev = None
    return labels


def features(text: str, tokens: list[tuple[int, int]], rule_labels: list[str], whitelist) -> list[list[str]]:
    """One feature list per token: its own features, line context, and a ±2 window of word/shape/rule label."""
    own, ctx = [], []
    line_end, label, cell, pos = -1, None, False, 0
    for k, (s, e) in enumerate(tokens):
        w = text[s:e]
        if s > line_end:  # a new line: its header label ("Phone:", "Attending:") and whether it is a table row
            ls = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", s)
            line_end = len(text) if line_end < 0 else line_end
            line, pos = text[ls:line_end], 0
            m = LINE_LABEL.match(line)
            label = (m.group(1).lower().split()[-1], ls + m.end()) if m else None
            cell = "|" in line or "\t" in line or "   " in line.strip()
        c = [f"pos={min(pos, 3)}", "rule=" + rule_labels[k]]
        if label and s >= label[1]:
            c.append("lbl=" + label[0])
        if cell:
            c.append("cell")
        if s > 0 and text[s - 1] in " \t":
            c.append("sp")  # glued to the previous token or not: "555-0134" vs "Smith - 2020"
        own.append(_word_features(w, whitelist is not None and w.lower() in whitelist))
        ctx.append(c)
        pos += 1
    n = len(tokens)
    words = [text[s:e].lower() if not text[s:e].isdigit() else "<d>" for s, e in tokens]
    out = []
    for k in range(n):
        f = list(own[k]) + ctx[k]
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < n:
                f += [f"{d}w=" + words[j], f"{d}r=" + rule_labels[j], f"{d}{own[j][0]}"]
            else:
                f.append(f"{d}edge")
        out.append(f)
    return out


def spans_from_labels(tokens: list[tuple[int, int]], labels: list[str]) -> list[tuple[int, int, str]]:
    """BIO labels -> (start, end, type); an I- continues only a span of its own type on the token before."""
    out: list[tuple[int, int, str]] = []
    prev = "O"
    for (s, e), lab in zip(tokens, labels):
        if lab != "O":
            t = lab[2:]
            if lab[0] == "I" and prev[2:] == t:
                out[-1] = (out[-1][0], e, t)
            else:
                out.append((s, e, t))
        prev = lab
    return out


# ---------------------------------------------------------------- tagging inside deidentify


@functools.lru_cache(maxsize=4)
def load_tagger(path: str):
    pycrfsuite = _require_crfsuite()
    p = Path(path)
    if not p.is_file():
        raise MedlmError(f"{path}: de-identification model not found; train one with `medlm corpus deid-train` "
                         "or set deid.model: auto / off")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(p))
    except Exception as e:  # crfsuite reports a bad file as a bare error
        raise MedlmError(f"{path}: not a crfsuite model ({e}); train one with `medlm corpus deid-train`") from e
    return tagger


def model_spans(text: str, rule_spans, tagger, whitelist) -> list[tuple[int, int, str]]:
    """The CRF's spans on tokens that no rule span covers (rules win every overlap)."""
    tokens = tokenize(text)
    if not tokens:
        return []
    rules = _rule_labels(text, tokens, rule_spans)
    labels = tagger.tag(features(text, tokens, rules, whitelist))
    # only what the rules left: a CRF label on a rule-covered token is dropped, the span is cut there
    labels = ["O" if r != "O" else lab for lab, r in zip(labels, rules)]
    for i in range(1, len(labels)):  # a span cut by a rule span restarts with B-
        if labels[i].startswith("I-") and labels[i - 1] == "O":
            labels[i] = "B-" + labels[i][2:]
    return spans_from_labels(tokens, labels)


# ---------------------------------------------------------------- training


@dataclass
class DeidTrainConfig:
    sets: list[str] = opt(help="labelled JSONL notes {'id', 'text', 'spans': [[start, end, type], ...]}", positional=True)
    out: str = opt("deid.crfsuite", help="the model file to write (crfsuite format); use it with deid.model: PATH")
    c1: float = opt(0.5, help="L1 penalty: larger prunes more features (smaller model, less overfitting)")
    c2: float = opt(0.01, help="L2 penalty")
    max_iterations: int = opt(150, help="L-BFGS iterations")
    fax_as: str = opt("PHONE", help="the rules' fax_as while training: the type your labels give fax numbers (PHONE or ID)")
    unknown_words: str = opt("auto", help="the rules' unknown_words (Philter's whitelist) while training; use the "
                             "setting you will de-identify with")


def load_notes(path: str | Path) -> list[dict]:
    notes = []
    try:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    note = json.loads(line)
                    if not isinstance(note.get("text"), str) or not isinstance(note.get("spans"), list):
                        raise ValueError(f"line {i} has no 'text' string and 'spans' list")
                    notes.append(note)
    except OSError as e:
        raise MedlmError(f"{path}: cannot read labelled notes ({e.strerror})") from e
    except ValueError as e:
        raise MedlmError(f"{path}: not labelled JSONL ({e}); each line is "
                         '{"id": ..., "text": ..., "spans": [[start, end, type], ...]}') from e
    return notes


def note_sequence(note: dict, rule_cfg, whitelist) -> tuple[list[list[str]], list[str]]:
    """(features, gold BIO labels) of one labelled note; the rule labels come from `deidentify` under rule_cfg."""
    from medlm.corpus.deid import PHI_TYPES, deidentify

    text = note["text"]
    bad = [s for s in note["spans"] if s[2] not in PHI_TYPES or not 0 <= s[0] < s[1] <= len(text)]
    if bad:
        raise MedlmError(f"note {note.get('id')}: bad span(s) {bad[:3]}; spans are [start, end, type] with a type in "
                         f"{', '.join(PHI_TYPES)}")
    tokens = tokenize(text)
    rules = _rule_labels(text, tokens, deidentify(text, rule_cfg).spans)
    return features(text, tokens, rules, whitelist), _bio(tokens, [tuple(s[:3]) for s in note["spans"]])


def train(notes: list[tuple[dict, object]], out: str | Path, c1: float = 0.5, c2: float = 0.01,
          max_iterations: int = 150, whitelist=None) -> dict:
    """Train on (note, rule DeidConfig) pairs and write the model to `out`; returns a summary."""
    pycrfsuite = _require_crfsuite()
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tokens = 0
    for note, rule_cfg in notes:
        x, y = note_sequence(note, rule_cfg, whitelist)
        if x:
            trainer.append(x, y)
            n_tokens += len(x)
    if not n_tokens:
        raise MedlmError("deid-train: no tokens in the labelled notes; give JSONL notes with text")
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True})
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    trainer.train(str(out))
    info = pycrfsuite.Tagger()
    info.open(str(out))
    feats = len(info.info().state_features)
    info.close()
    return {"notes": len(notes), "tokens": n_tokens, "features": feats, "seconds": round(time.perf_counter() - t0, 1),
            "bytes": Path(out).stat().st_size}


def deid_train(cfg: DeidTrainConfig) -> dict:
    """`medlm corpus deid-train`: train the CRF layer on a team's own labelled notes."""
    from medlm.corpus.deid import DeidConfig, _whitelist
    from medlm.progress import say

    if not cfg.sets:
        raise MedlmError("deid-train: give at least one labelled JSONL file")
    rule_cfg = DeidConfig(model="off", fax_as=cfg.fax_as, unknown_words=cfg.unknown_words)
    notes = [(n, rule_cfg) for path in cfg.sets for n in load_notes(path)]
    say("deid-train", f"{len(notes)} notes from {len(cfg.sets)} file(s); running the rules and training the CRF")
    summary = train(notes, cfg.out, cfg.c1, cfg.c2, cfg.max_iterations, _whitelist(cfg.unknown_words))
    say("deid-train", f"wrote {cfg.out} ({summary['bytes'] / 1e6:.2f} MB, {summary['features']:,} features, "
        f"{summary['tokens']:,} tokens, {summary['seconds']} s)")
    return summary
