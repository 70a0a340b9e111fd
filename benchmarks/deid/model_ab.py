"""The de-identifier with and without its statistical layer: CPU speed, and the spans the layer adds on real notes.

    python benchmarks/deid/model_ab.py --mtsamples ../shared/data/corpora/mtsamples/mtsamples.csv [--model PATH]

Speed: MB per CPU-second of `deidentify` over eval_generated and the MTSamples transcriptions (--max-mb of them),
model off vs on, after a warm-up. False positives: MTSamples notes carry almost no real PHI (identifiers are
blanked), so the spans the layer adds there are mostly false positives; they are printed in context.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evaluate import load  # noqa: E402

from medlm.corpus.deid import DeidConfig, deidentify  # noqa: E402
from medlm.corpus.deid.model import SHIPPED_MODEL  # noqa: E402

csv.field_size_limit(1 << 30)
HERE = Path(__file__).parent


def spans(texts: list[str], cfg: DeidConfig) -> tuple[list[list], float]:
    deidentify("Warm up with Dr. Okafor on 01/02/2020.", cfg)
    c0 = time.process_time()
    out = [deidentify(t, cfg).spans for t in texts]
    return out, time.process_time() - c0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mtsamples", type=Path, help="mtsamples.csv (column transcription)")
    ap.add_argument("--model", default=str(SHIPPED_MODEL))
    ap.add_argument("--max-mb", type=float, default=3.0, help="MB of MTSamples notes")
    ap.add_argument("--show", type=int, default=60, help="print this many added MTSamples spans in context")
    args = ap.parse_args(argv)
    corpora = {"eval_generated": [n["text"] for n in load(HERE / "eval_generated.jsonl")]}
    if args.mtsamples:
        with open(args.mtsamples, encoding="utf-8") as f:
            texts, size = [], 0
            for r in csv.DictReader(f):
                if r["transcription"].strip() and size < args.max_mb * 1e6:
                    texts.append(r["transcription"])
                    size += len(r["transcription"].encode())
        corpora["mtsamples"] = texts
    for name, texts in corpora.items():
        mb = sum(len(t.encode()) for t in texts) / 1e6
        off, t_off = spans(texts, DeidConfig(model="off"))
        on, t_on = spans(texts, DeidConfig(model=args.model))
        print(f"{name}: {mb:.2f} MB, {len(texts)} notes; rules {mb / t_off:.2f} MB/CPU-s, rules + CRF "
              f"{mb / t_on:.2f} MB/CPU-s ({t_on / t_off - 1:+.0%} CPU time)")
        added = [(i, s) for i, (a, b) in enumerate(zip(off, on)) for s in set(b) - set(a)]
        removed = sum(len(set(a) - set(b)) for a, b in zip(off, on))
        print(f"  spans: {sum(map(len, off))} -> {sum(map(len, on))}; new or changed {len(added)} "
              f"({dict(Counter(s[2] for _, s in added))}), rule spans changed {removed}")
        if name == "mtsamples":
            for i, (s, e, t, _) in added[:args.show]:
                text = texts[i]
                print(f"  {t:8s} {text[max(0, s - 40):s]!r} [{text[s:e]}] {text[e:e + 30]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
