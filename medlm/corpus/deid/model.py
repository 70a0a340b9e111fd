"""Statistical layer of the de-identifier: a linear-chain CRF over tokens, stacked on the rules.

The rules (`medlm.corpus.deid`) are precise but tuned to the writing styles they have seen; a sequence model
learns the shapes and contexts of identifiers from labelled notes instead (the rules + CRF design of MIST,
CliniDeID and the i2b2 2014 systems). Each token carries its word, shape, affixes, membership in the
detector's word lists and Philter's whitelist, its line context (first on the line, after a header label, in a
table cell), a ±2-token window, and the rule detector's own BIO label where a rule fired: stacking, so the CRF
learns where the rules miss (half the training notes carry no rule labels, so it learns PHI itself too). At run
time it adds spans with the lowest priority (only on tokens no rule span covers), only of the open-ended types
(MODEL_TYPES), and only proposals that pass the rules' not-a-name guards. Off by default: see docs/deid.md for the
leave-one-set-out measurement behind that. One tagger per process (crfsuite taggers are not thread-safe).

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
from medlm.progress import progress, say

SHIPPED_MODEL = Path(__file__).parent / "data" / "deid_crf.crfsuite"
# letters, digit runs and single symbols apart: "MRN12345" -> MRN 12345, so a span edge falls between tokens
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
LINE_LABEL = re.compile(r"[ \t]*([A-Za-z][A-Za-z .#/&'-]{0,30}?)[ \t]*[:#=][ \t]*")  # "Patient Name:", "MRN#"
# the types the CRF adds: the open-ended ones (names, institutions, free-form identifiers). Dates, phones, e-mails,
# URLs, IPs, SSNs, ZIPs, ages and addresses have formats the rules know with their exceptions (a ratio "20/40",
# a BP "132/84", a gestation "28/40"); on held-out sets the CRF's extra spans of those types were mostly wrong
MODEL_TYPES = frozenset({"NAME", "FACILITY", "ID"})
MIN_PROB = 0.5  # a CRF span is kept when each of its tokens' labels is at least this probable (marginals)
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
    from medlm.corpus.deid import _lists; from medlm.corpus.deid.lists import STOP

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
    """One feature list per token: its own features, line context, the words of a ±2 window, and the shape and
    rule label of its neighbours. A rule label is a feature only where a rule fired: "no rule here" must not
    weigh against PHI, or a model trained where the rules are near perfect would never tag what they miss."""
    n = len(tokens)
    words = [text[s:e] for s, e in tokens]
    low = ["<d>" if w.isdigit() else w.lower() for w in words]
    own = [_word_features(w, whitelist is not None and w.lower() in whitelist) for w in words]
    rules = [None if r == "O" else r for r in rule_labels]
    out = []
    line_end, label, cell, pos = -1, None, False, 0
    for k, (s, e) in enumerate(tokens):
        if s > line_end:  # a new line: its header label ("Phone:", "Attending:") and whether it is a table row
            ls = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", s)
            line_end = len(text) if line_end < 0 else line_end
            line, pos = text[ls:line_end], 0
            m = LINE_LABEL.match(line)
            label = ("lbl=" + m.group(1).lower().split()[-1], ls + m.end()) if m else None
            cell = "|" in line or "\t" in line or "   " in line.strip()
        f = list(own[k])
        f.append(f"pos={pos}" if pos < 3 else "pos=3")
        pos += 1
        if rules[k]:
            f.append("rule=" + rules[k])
        if label and s >= label[1]:
            f.append(label[0])
        if cell:
            f.append("cell")
        if s and text[s - 1] in " \t":
            f.append("sp")  # glued to the previous token or not: "555-0134" vs "Smith - 2020"
        if k >= 2:
            f.append("-2w=" + low[k - 2])
        if k >= 1:
            f += ["-1w=" + low[k - 1], "-1" + own[k - 1][0]]
            if rules[k - 1]:
                f.append("-1r=" + rules[k - 1])
        else:
            f.append("first")
        if k + 1 < n:
            f += ["1w=" + low[k + 1], "1" + own[k + 1][0]]
            if rules[k + 1]:
                f.append("1r=" + rules[k + 1])
        else:
            f.append("last")
        if k + 2 < n:
            f.append("2w=" + low[k + 2])
        out.append(f)
    return out


def _runs(labels: list[str]) -> list[tuple[int, int, str]]:
    """BIO labels -> (first token, end token, type); an I- continues only a span of its type on the token before."""
    out: list[tuple[int, int, str]] = []
    prev = "O"
    for k, lab in enumerate(labels):
        if lab != "O":
            if lab[0] == "I" and prev[2:] == lab[2:]:
                out[-1] = (out[-1][0], k + 1, out[-1][2])
            else:
                out.append((k, k + 1, lab[2:]))
        prev = lab
    return out


def spans_from_labels(tokens: list[tuple[int, int]], labels: list[str]) -> list[tuple[int, int, str]]:
    return [(tokens[i][0], tokens[j - 1][1], t) for i, j, t in _runs(labels)]


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


def model_spans(text: str, rule_spans, tagger, whitelist, min_prob: float = MIN_PROB) -> list[tuple[int, int, str]]:
    """The CRF's spans of MODEL_TYPES on tokens no rule span covers (rules win every overlap), each starting and ending on
    a letter or digit (not the '"}]' after a URL the rules found), kept when every token's label has a marginal
    probability of at least min_prob."""
    tokens = tokenize(text)
    if not tokens:
        return []
    rules = _rule_labels(text, tokens, rule_spans)
    labels = tagger.tag(features(text, tokens, rules, whitelist))
    free = ["O" if r != "O" else lab for lab, r in zip(labels, rules)]
    out = []
    for i, j, t in _runs(free):
        if t not in MODEL_TYPES:
            continue
        while i < j and not text[tokens[i][0]].isalnum():
            i += 1
        while j > i and not text[tokens[j - 1][1] - 1].isalnum():
            j -= 1
        if i < j and min(tagger.marginal(labels[k], k) for k in range(i, j)) >= min_prob:
            if _plausible(text, tokens[i][0], tokens[j - 1][1], t, whitelist):
                out.append((tokens[i][0], tokens[j - 1][1], t))
    return out


def _plausible(text: str, s: int, e: int, typ: str, whitelist) -> bool:
    """The rules' knowledge of what is no identifier, applied to a CRF proposal: it needs a piece of 2+ letters
    or digits (not "Dr. X", not a lone "0"); a name needs a word that is a listed name, or one no vocabulary knows,
    that is no stop word, common or lower-case word, country or eponym ("Doctor", "Oh", "Cuba", "Blake drain")."""
    from medlm.corpus.deid import _lists; from medlm.corpus.deid.lists import EPONYM_NEXT, STOP; from medlm.corpus.deid.patterns import _ascii

    words = re.findall(r"[^\W\d_]{2,}|\d{2,}", text[s:e])
    if not words or typ != "NAME":
        return bool(words)
    if EPONYM_NEXT.match(text, e):
        return False
    L, W = _lists(), whitelist or frozenset()
    for w in words:
        lw = _ascii(w.lower())
        if lw in STOP or lw in L["common"] or lw in L["hard_eponyms"] or lw in L["words"]:
            continue  # L["words"]: written mostly in lower case, countries, states ("Germany", "Danish")
        if lw in L["names"] or lw not in W:
            return True
    return False


# ---------------------------------------------------------------- training


@dataclass
class DeidTrainConfig:
    sets: list[str] = opt(help="labelled JSONL notes {'id', 'text', 'spans': [[start, end, type], ...]}", positional=True)
    out: str = opt("deid.crfsuite", help="the model file to write (crfsuite format); use it with deid.model: PATH")
    c1: float = opt(0.5, help="L1 penalty: larger prunes more features (smaller model, less overfitting)")
    c2: float = opt(0.01, help="L2 penalty")
    max_iterations: int = opt(100, help="L-BFGS iterations")
    rule_dropout: float = opt(0.5, help="share of notes trained without the rules' labels (so the model learns "
                              "PHI itself, not only to copy the rules)")
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


def note_sequence(note: dict, rule_cfg, whitelist, use_rules: bool = True) -> tuple[list[list[str]], list[str]]:
    """(features, gold BIO labels) of one labelled note; the rule labels come from `deidentify` under rule_cfg
    (none when use_rules is False: see `train`'s rule_dropout)."""
    from medlm.corpus.deid import deidentify; from medlm.corpus.deid.config import PHI_TYPES

    text = note["text"]
    bad = [s for s in note["spans"] if s[2] not in PHI_TYPES or not 0 <= s[0] < s[1] <= len(text)]
    if bad:
        raise MedlmError(f"note {note.get('id')}: bad span(s) {bad[:3]}; spans are [start, end, type] with a type in "
                         f"{', '.join(PHI_TYPES)}")
    tokens = tokenize(text)
    rules = _rule_labels(text, tokens, deidentify(text, rule_cfg).spans if use_rules else [])
    return features(text, tokens, rules, whitelist), _bio(tokens, [tuple(s[:3]) for s in note["spans"]])


def dropped(i: int, rule_dropout: float) -> bool:
    """Whether note i trains without rule labels: every 1/rule_dropout-th note, deterministically."""
    return int((i + 1) * rule_dropout) > int(i * rule_dropout)


def train(notes: list[tuple[dict, object]], out: str | Path, c1: float = 0.5, c2: float = 0.01,
          max_iterations: int = 100, whitelist=None, rule_dropout: float = 0.5) -> dict:
    """Train on (note, rule DeidConfig) pairs and write the model to `out`; returns a summary.

    rule_dropout: the share of notes trained without the rules' labels. The rules are near perfect on notes they
    were tuned on, so a model that always sees them learns only to copy them; without them it must learn
    the words, shapes and contexts of PHI, which is what it needs where the rules miss."""
    pycrfsuite = _require_crfsuite()
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tokens = 0
    for i, (note, rule_cfg) in enumerate(progress(notes, stage="deid-train features", unit="note")):
        x, y = note_sequence(note, rule_cfg, whitelist, not dropped(i, rule_dropout))
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

    if not cfg.sets:
        raise MedlmError("deid-train: give at least one labelled JSONL file")
    rule_cfg = DeidConfig(model="off", fax_as=cfg.fax_as, unknown_words=cfg.unknown_words)
    notes = [(n, rule_cfg) for path in cfg.sets for n in load_notes(path)]
    say("deid-train", f"{len(notes)} notes from {len(cfg.sets)} file(s); running the rules and training the CRF")
    summary = train(notes, cfg.out, cfg.c1, cfg.c2, cfg.max_iterations, _whitelist(cfg.unknown_words),
                    cfg.rule_dropout)
    say("deid-train", f"wrote {cfg.out} ({summary['bytes'] / 1e6:.2f} MB, {summary['features']:,} features, "
        f"{summary['tokens']:,} tokens, {summary['seconds']} s)")
    return summary
