"""`medlm corpus stats DIR`: what a corpus directory holds, from its manifest and its Parquet files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medlm.config import opt
from medlm.manifest import read_manifest


@dataclass
class CorpusStatsConfig:
    corpus: str = opt(help="corpus directory (output of `medlm corpus build`)", positional=True)
    json: bool = opt(False, help="print the statistics as JSON instead of tables")


def length_quantiles(data_dir: Path, qs=(0.0, 0.1, 0.5, 0.9, 0.99, 1.0)) -> dict[str, Any]:
    """Document lengths (characters) read from the Parquet files, one column chunk at a time."""
    import numpy as np
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    lengths = []
    for f in sorted(data_dir.glob("*.parquet")):
        pf = pq.ParquetFile(f)
        for i in range(pf.num_row_groups):
            lengths.append(pc.utf8_length(pf.read_row_group(i, columns=["text"]).column("text")).to_numpy(zero_copy_only=False))
    if not lengths:
        return {"docs": 0}
    arr = np.concatenate(lengths)
    if arr.size == 0:
        return {"docs": 0}
    return {"docs": int(arr.size), "mean": float(arr.mean()), **{f"p{int(q * 100)}": int(np.quantile(arr, q)) for q in qs}}


def collect(corpus: str | Path) -> dict[str, Any]:
    corpus = Path(corpus)
    m = read_manifest(corpus, "corpus")
    return {
        "corpus": str(corpus),
        "recipe": m["recipe"]["name"],
        "created_at": m.get("created_at"),
        "totals": m["totals"],
        "chars": m["chars"],
        "steps": m["steps"],
        "sources": m["output"]["sources"],
        "lengths": length_quantiles(corpus / "data"),
        "decontamination_hits": len((m.get("decontamination") or {}).get("hits", [])),
        "near_duplicates": m.get("near_duplicates"),
        "errors": len(m.get("errors", [])) + m.get("unlisted_errors", 0),
    }


def _rows(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[f"{v:,}" if isinstance(v, int) else str(v) for v in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = lambda r: "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def format_stats(s: dict[str, Any]) -> str:
    t = s["totals"]
    out = [
        f"corpus {s['corpus']} (recipe {s['recipe']}, built {s['created_at']})",
        f"documents: {t['in']:,} read, {t['kept']:,} kept, {t['dropped']:,} dropped, {t['errored']:,} errored",
        f"characters: {s['chars']['read']:,} read, {s['chars']['output']:,} kept",
        "",
        _rows(["step", "in", "kept", "dropped", "errored", "drop reasons"],
              [[n, v["in"], v["kept"], sum(v["dropped"].values()), v["errored"],
                ", ".join(f"{r}={c:,}" for r, c in sorted(v["dropped"].items(), key=lambda x: -x[1])) or "-"] for n, v in s["steps"].items()]),
        "",
        _rows(["source", "docs", "chars"], [[k, v["docs"], v["chars"]] for k, v in sorted(s["sources"].items())]),
        "",
    ]
    L = s["lengths"]
    if L.get("docs"):
        out.append("length (chars): " + ", ".join(f"{k}={v:,.0f}" for k, v in L.items() if k != "docs"))
    near = s.get("near_duplicates")
    if near and "minhash_candidates" in near:
        out.append(near_duplicates_line(near))
    out.append(f"decontamination hits: {s['decontamination_hits']:,}; errors listed: {s['errors']:,}")
    return "\n".join(out)


def near_duplicates_line(near: dict[str, Any]) -> str:
    return (f"near duplicates: {near['minhash_candidates']:,} MinHash LSH candidate pairs ({near['bands']} bands x {near['rows']} rows), "
            f"{near['minhash_verified']:,} with estimated Jaccard >= {near['threshold']}, {near['minhash_rejected']:,} rejected; "
            f"{near['removed']:,} documents removed")


def corpus_stats(cfg: CorpusStatsConfig) -> dict[str, Any]:
    s = collect(cfg.corpus)
    print(json.dumps(s, indent=2) if cfg.json else format_stats(s))
    return s
