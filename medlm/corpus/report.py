"""OUT/report.html: the corpus manifest for people — tables plus embedded PNG plots.

Self-contained (no scripts, no external resources: plots are base64 PNGs), so it opens from a
laptop, a cluster's file browser or headless Chromium alike.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import Any

from medlm.manifest import atomic_write_bytes

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em} th,td{border:1px solid #ddd;padding:.3em .6em;text-align:right}
th{background:#f4f4f4} td.l,th.l{text-align:left} .muted{color:#777} .bad{color:#b00020}
.plots{display:flex;flex-wrap:wrap;gap:1em} .plots img{max-width:520px;border:1px solid #eee}
code{background:#f6f6f6;padding:0 .25em}
"""


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _fmt_len(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n < 10**6 else (f"{n // 10**6}M" if n >= 10**6 else str(n))


def plots(m: dict[str, Any]) -> dict[str, str]:
    """Base64 PNGs: length histogram, drop reasons, source mix."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out: dict[str, str] = {}
    hist = m["output"]["length_hist"]
    bins, counts = hist["bins"], hist["counts"]
    labels = [f"{_fmt_len(a)}–{_fmt_len(b)}" if b < 10**12 else f"≥{_fmt_len(a)}" for a, b in zip(bins[:-1], bins[1:])]
    fig, ax = plt.subplots(figsize=(6.5, 3.2))
    ax.bar(range(len(counts)), counts, color="#3a6ea5")
    ax.set_xticks(range(len(counts)), labels, rotation=45, ha="right", fontsize=8)
    ax.set_xlabel("document length (characters)")
    ax.set_ylabel("documents")
    ax.set_title("Length of kept documents")
    out["lengths"] = _png(fig)

    reasons = list(m.get("dropped_by_reason", {}).items())[:20]
    names, values = zip(*reversed(reasons)) if reasons else ((), ())
    out["drops"] = _barh(plt, names, values, "documents dropped", "#c0504d", "Drop reasons (step:reason)",
                         "nothing dropped")
    sources = m["output"]["sources"]
    names = sorted(sources, key=lambda s: sources[s]["chars"])
    out["sources"] = _barh(plt, names, [sources[s]["chars"] / 1e6 for s in names], "million characters kept",
                           "#4f8f4f", "Source mix", "no documents kept")
    return out


def _barh(plt, names, values, xlabel: str, color: str, title: str, empty: str) -> str:
    """A horizontal bar chart as an embeddable PNG (a placeholder text when there is nothing to show)."""
    fig, ax = plt.subplots(figsize=(6.5, max(1.6, 0.33 * len(values) + 0.8)))
    if len(values):
        ax.barh(range(len(values)), values, color=color)
        ax.set_yticks(range(len(values)), names, fontsize=8)
        ax.set_xlabel(xlabel)
    else:
        ax.text(0.5, 0.5, empty, ha="center", va="center")
        ax.set_axis_off()
    ax.set_title(title)
    return _png(fig)


def _table(headers: list[str], rows: list[list[Any]], left: int | set[int] = 1) -> str:
    """An HTML table; numbers right-aligned, columns in `left` (first n, or a set of indexes) left-aligned."""
    left_cols = set(range(left)) if isinstance(left, int) else left

    def cell(tag: str, i: int, v: Any) -> str:
        text = f"{v:,}" if isinstance(v, int) else (f"{v:,.2f}" if isinstance(v, float) else html.escape(str(v)))
        return f"<{tag}{' class=l' if i in left_cols else ''}>{text}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render(m: dict[str, Any]) -> str:
    recipe = m["recipe"]
    totals = m["totals"]
    esc = html.escape
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        f"<title>medlm corpus report: {esc(recipe['name'])}</title><style>{CSS}</style></head><body>",
        f"<h1>Corpus <code>{esc(recipe['name'])}</code></h1>",
        f"<p class=muted>recipe {esc(recipe['path'])} · medlm {esc(str(m.get('medlm_version', '')))} · "
        f"{esc(str(m.get('created_at', '')))}</p>",
        "<h2>Summary</h2>",
        _table(["", "documents"], [["read", totals["in"]], ["kept", totals["kept"]], ["dropped", totals["dropped"]], ["errored", totals["errored"]]]),
        _table(["", "characters"], [["read", m["chars"]["read"]], ["kept", m["chars"]["output"]]]),
    ]
    img = plots(m)
    parts.append("<div class=plots>" + "".join(
        f'<img alt="{k}" src="data:image/png;base64,{v}">' for k, v in img.items()) + "</div>")
    parts.append("<h2>Steps</h2><p class=muted>in = kept + dropped + errored for every step; each step receives what the previous one kept.</p>")
    parts.append(_table(
        ["step", "in", "kept", "dropped", "errored", "drop reasons", "seconds (all tasks)"],
        [[name, s["in"], s["kept"], sum(s["dropped"].values()), s["errored"],
          ", ".join(f"{r}: {n:,}" for r, n in s["dropped"].items()) or "—", s["seconds"]] for name, s in m["steps"].items()],
        left={0, 5},
    ))
    near = m.get("near_duplicates") or {}
    if "minhash_candidates" in near:
        from medlm.corpus.stats import near_duplicates_line

        line = near_duplicates_line(near)
        parts.append(f"<p>{esc(line[0].upper() + line[1:])}.</p>")
    sources = m["output"]["sources"]
    parts.append("<h2>Sources kept</h2>")
    parts.append(_table(["source", "documents", "characters", "share of characters"],
                        [[s, v["docs"], v["chars"], f"{100 * v['chars'] / max(1, m['output']['chars']):.1f}%"] for s, v in sorted(sources.items())]))
    dec = m.get("decontamination") or {}
    parts.append("<h2>Decontamination</h2>")
    if dec.get("enabled"):
        hits = dec.get("hits", [])
        parts.append(f"<p>{len(hits):,} hit(s) against {', '.join(esc(str(b.get('name'))) for b in dec.get('benchmark_files', [])) or 'no benchmarks'}"
                     f" ({dec.get('ngram')}-grams).</p>")
        if hits:
            parts.append(_table(["benchmark", "item", "document"], [[h.get("benchmark"), h.get("item_id"), h.get("doc_id")] for h in hits[:500]], left=3))
            if len(hits) > 500:
                parts.append(f"<p class=muted>… {len(hits) - 500:,} more in manifest.json</p>")
    else:
        parts.append("<p class=muted>not run by this recipe</p>")
    errors = m.get("errors", [])
    parts.append("<h2>Errors</h2>")
    if errors:
        parts.append(_table(["where", "what"], [[e["where"], e["message"]] for e in errors[:200]], left=2))
    else:
        parts.append("<p class=muted>none</p>")
    parts.append("<h2>Inputs</h2>")
    parts.append(_table(["source", "file", "bytes", "sha256"],
                        [[i.get("source", ""), i.get("path") or f"hf:{i.get('hf')}", i.get("bytes", 0), (i.get("sha256") or "")[:16]]
                         for i in m["inputs"][:500]], left={0, 1, 3}))
    if len(m["inputs"]) > 500:
        parts.append(f"<p class=muted>… {len(m['inputs']) - 500:,} more in manifest.json</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(out: str | Path, manifest: dict[str, Any]) -> Path:
    path = Path(out) / "report.html"
    atomic_write_bytes(path, render(manifest).encode("utf-8"))
    return path
