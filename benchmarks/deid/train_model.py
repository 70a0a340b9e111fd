"""Train and measure the de-identifier's statistical layer (medlm/corpus/deid/model.py) on the dev sets.

    python benchmarks/deid/train_model.py --loso --json loso.json     # leave-one-set-out: rules vs rules + CRF
    python benchmarks/deid/train_model.py --out medlm/corpus/deid/data/deid_crf.crfsuite   # the shipped model

Leave-one-set-out: for each of the dev sets, train on the others, then score the held-out set with
evaluate.py's metrics, rules alone and rules + CRF. Each set is run with its own fax convention (eval_generated
and eval_heldout label fax numbers as ID, the others as PHONE), for the rule labels the CRF learns from too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evaluate import load, score  # noqa: E402

from medlm.corpus.deid import model as deid_model  # noqa: E402
from medlm.corpus.deid import DeidConfig, _crf, _whitelist, deidentify; from medlm.corpus.deid.config import PHI_TYPES# noqa: E402

HERE = Path(__file__).parent
SETS = ["eval_generated", "eval_heldout", "eval_heldout2", "eval_heldout3", "eval_heldout4", "eval_heldout5",
        "eval_heldout6", "eval_heldout7", "eval_heldout8"]
FAX_AS = {"eval_generated": "ID", "eval_heldout": "ID"}


def rule_cfg(name: str, model: str = "off") -> DeidConfig:
    return DeidConfig(fax_as=FAX_AS.get(name, "PHONE"), model=model)


def sequences(names: list[str], W, rule_dropout: float) -> dict[str, list]:
    """Features and gold labels of every note, computed once (the rules run here); which notes train without
    the rules' labels is decided over all notes in order, as `deid_model.train` does."""
    out, i = {}, 0
    for n in names:
        out[n] = []
        for note in load(HERE / f"{n}.jsonl"):
            out[n].append(deid_model.note_sequence(note, rule_cfg(n), W, not deid_model.dropped(i, rule_dropout)))
            i += 1
    return out


def train_on(seqs: list, out: Path, args) -> dict:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in seqs:
        trainer.append(x, y)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations,
                        "feature.possible_transitions": True})
    t0 = time.perf_counter()
    trainer.train(str(out))
    return {"seconds": round(time.perf_counter() - t0, 1), "bytes": out.stat().st_size}


def loso(args, W) -> dict:
    seqs = None
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.hold or SETS:
            path = Path(args.models or tmp) / f"without_{held}.crfsuite"
            if args.models and path.is_file():  # re-score a fold's model after a change that leaves training alone
                info = {"seconds": None, "bytes": path.stat().st_size}
            else:
                seqs = seqs or sequences(SETS, W, args.rule_dropout)
                info = train_on([s for n in SETS if n != held for s in seqs[n]], path, args)
            notes = load(HERE / f"{held}.jsonl")
            rules = score(notes, [deidentify(n["text"], rule_cfg(held)).spans for n in notes])["metrics"]
            both = score(notes, [deidentify(n["text"], rule_cfg(held, str(path))).spans for n in notes])["metrics"]
            _crf.cache_clear()  # one tagger per fold
            deid_model.load_tagger.cache_clear()
            results[held] = {"rules": rules, "rules+crf": both, "train": info}
            print(table(held, rules, both, info), "\n", flush=True)
    return results


def table(name: str, rules: dict, both: dict, info: dict) -> str:
    f = lambda x: "  -  " if x is None else f"{x:.3f}"  # noqa: E731
    lines = [f"## {name} held out (model: {info['bytes'] / 1e6:.2f} MB, trained in {info['seconds']} s)", "",
             "| type | gold | recall rules | recall +CRF | prec. rules | prec. +CRF | pred. rules | pred. +CRF |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for t in list(PHI_TYPES) + ["ALL"]:
        a, b = rules[t], both[t]
        if a["gold"] or a["pred"] or b["pred"]:
            lines.append(f"| {t} | {a['gold']} | {f(a['recall'])} | {f(b['recall'])} | {f(a['precision'])} | "
                         f"{f(b['precision'])} | {a['pred']} | {b['pred']} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out evaluation instead of training one model")
    ap.add_argument("--out", default=str(HERE.parents[1] / "medlm/corpus/deid/data/deid_crf.crfsuite"))
    ap.add_argument("--json", help="write the leave-one-set-out metrics here")
    ap.add_argument("--models", help="keep each fold's model here, and reuse those already there")
    ap.add_argument("--hold", nargs="*", choices=SETS, help="the sets to hold out, in this order (default: all)")
    ap.add_argument("--c1", type=float, default=0.5)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iterations", type=int, default=100)
    ap.add_argument("--rule-dropout", type=float, default=0.5, help="share of notes trained without the rule labels")
    args = ap.parse_args(argv)
    W = _whitelist("auto")
    if args.loso:
        res = loso(args, W)
        if args.json:
            Path(args.json).write_text(json.dumps(res, indent=1))
        return 0
    seqs = sequences(SETS, W, args.rule_dropout)
    info = train_on([s for n in SETS for s in seqs[n]], Path(args.out), args)
    print(f"wrote {args.out}: {info['bytes'] / 1e6:.2f} MB, trained in {info['seconds']} s on "
          f"{sum(len(x) for n in SETS for x, _ in seqs[n]):,} tokens of {sum(len(seqs[n]) for n in SETS)} notes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
