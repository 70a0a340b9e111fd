"""Score medlm's de-identifier on labelled notes: precision and recall per PHI type, and speed.

    python benchmarks/deid/evaluate.py benchmarks/deid/eval_generated.jsonl benchmarks/deid/eval_heldout.jsonl
    python benchmarks/deid/evaluate.py SET.jsonl --errors 20      # show missed / spurious spans in context

Input: JSONL notes {"id", "text", "spans": [[start, end, type], ...]} (make_eval_set.py, heldout_notes.py).

Metrics, per type (entity level):
  recall     a gold entity counts as found when every letter/digit of it is covered by predicted spans of
             the same type (a half-removed name is a leak, so partial cover is a miss);
  recall_any the same with predicted spans of any type (what matters for privacy: was it removed at all?);
  precision  a predicted span counts as correct when it overlaps a gold entity of the same type;
and the micro-averaged totals (FACILITY left out of them for sets that label no facility at all). Speed: MB/s of note text through `deidentify` on one core.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from medlm.corpus.deid import DeidConfig, _whitelist, deidentify; from medlm.corpus.deid.config import PHI_TYPES# noqa: E402


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _covered(text: str, start: int, end: int, mask: bytearray) -> bool:
    return all(mask[i] or not text[i].isalnum() for i in range(start, end))


def score(notes: list[dict], predictions: list[list]) -> dict:
    """Per-type and total counts/metrics. predictions[i] is a list of (start, end, type[, ...]) for notes[i]."""
    stats = {t: {"gold": 0, "found": 0, "found_any": 0, "pred": 0, "pred_ok": 0} for t in PHI_TYPES}
    errors = []
    for note, preds in zip(notes, predictions):
        text = note["text"]
        gold = [tuple(s[:3]) for s in note["spans"]]
        any_mask = bytearray(len(text))
        type_mask = {t: bytearray(len(text)) for t in PHI_TYPES}
        for s, e, t, *_ in preds:
            any_mask[s:e] = b"\x01" * (e - s)
            type_mask[t][s:e] = b"\x01" * (e - s)
        for s, e, t in gold:
            st = stats[t]
            st["gold"] += 1
            ok = _covered(text, s, e, type_mask[t])
            st["found"] += ok
            st["found_any"] += _covered(text, s, e, any_mask)
            if not ok:
                errors.append(("missed", t, note["id"], s, e, text))
        for s, e, t, *_ in preds:
            st = stats[t]
            st["pred"] += 1
            ok = any(gt == t and gs < e and s < ge for gs, ge, gt in gold)
            st["pred_ok"] += ok
            if not ok:
                errors.append(("spurious", t, note["id"], s, e, text))
    # FACILITY came after the generated and first two held-out sets were labelled: a set without a single
    # FACILITY span cannot score that type, so its FACILITY predictions are shown but left out of ALL
    counted = [t for t in PHI_TYPES if t != "FACILITY" or stats[t]["gold"]]
    total = {k: sum(stats[t][k] for t in counted) for k in ("gold", "found", "found_any", "pred", "pred_ok")}
    out = {}
    for t, st in list(stats.items()) + [("ALL", total)]:
        out[t] = dict(st)
        out[t]["recall"] = st["found"] / st["gold"] if st["gold"] else None
        out[t]["recall_any"] = st["found_any"] / st["gold"] if st["gold"] else None
        out[t]["precision"] = st["pred_ok"] / st["pred"] if st["pred"] else None
    return {"metrics": out, "errors": errors}


def run(notes: list[dict], cfg: DeidConfig | None = None) -> tuple[list[list], float]:
    deidentify("Warm up with Dr. Okafor on 01/02/2020.", cfg)  # word lists load once, outside the timing
    t0 = time.perf_counter()
    preds = [deidentify(n["text"], cfg).spans for n in notes]
    return preds, time.perf_counter() - t0


def table(name: str, metrics: dict, mb: float, seconds: float) -> str:
    f = lambda x: "  -  " if x is None else f"{x:.3f}"  # noqa: E731
    lines = [f"## {name}  ({mb:.2f} MB, {mb / seconds:.2f} MB/s on one core)", "",
             "| type | gold | predicted | recall | recall (any type) | precision |", "|---|---:|---:|---:|---:|---:|"]
    for t, m in metrics.items():
        if m["gold"] or m["pred"]:
            lines.append(f"| {t} | {m['gold']} | {m['pred']} | {f(m['recall'])} | {f(m['recall_any'])} | {f(m['precision'])} |")
    return "\n".join(lines)


def show_errors(errors: list, n: int) -> None:
    for kind, t, nid, s, e, text in errors[:n]:
        ctx = text[max(0, s - 40):s] + "⟦" + text[s:e] + "⟧" + text[e:e + 40]
        print(f"{kind:8s} {t:7s} {nid}: {ctx!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="labelled JSONL files")
    ap.add_argument("--errors", type=int, default=0, help="print this many missed/spurious spans per set")
    ap.add_argument("--json", help="write all metrics here")
    ap.add_argument("--fax-as", choices=["ID", "PHONE"], default="PHONE",
                    help="the detector's fax_as setting: label sets differ on whether a fax number is a PHONE "
                    "(held-out 3 and 4, the detector's default) or an ID (eval_generated, eval_heldout: score "
                    "those with --fax-as ID)")
    ap.add_argument("--unknown-words", choices=["auto", "philter", "off"], default="auto",
                    help="the detector's unknown_words setting (Philter's whitelist from philter-ucsf; off = without it)")
    ap.add_argument("--model", default="off",
                    help="the detector's model setting: off (default), auto (the shipped CRF layer) or a model path")
    args = ap.parse_args(argv)
    cfg = DeidConfig(fax_as=args.fax_as, unknown_words=args.unknown_words, model=args.model)
    whitelist = _whitelist(args.unknown_words) is not None
    results = {}
    for path in args.sets:
        notes = load(path)
        preds, seconds = run(notes, cfg)
        res = score(notes, preds)
        mb = sum(len(n["text"].encode()) for n in notes) / 1e6
        print(table(Path(path).name, res["metrics"], mb, seconds), "\n")
        if args.errors:
            show_errors(res["errors"], args.errors)
            print()
        results[Path(path).name] = {"metrics": res["metrics"], "mb": mb, "seconds": seconds, "fax_as": args.fax_as,
                                    "unknown_words": args.unknown_words, "philter_whitelist": whitelist,
                                    "model": args.model}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
