"""`medlm bench leaderboard`: the results store and published numbers as Markdown, HTML and a plot.

    medlm bench leaderboard --db bench/results.sqlite --out benchmarks/results/leaderboard

writes OUT/leaderboard.md, OUT/leaderboard.html (static, sortable tables, inline JS, no CDN),
OUT/accuracy_vs_params.png (accuracy against parameter count, log x, one panel per task) and
OUT/manifest.json.

Two kinds of rows, never mixed:
- measured: what `medlm bench run` stored in the results database (medlm.bench.store);
- reported: published numbers from benchmarks/reference/*.yaml, each with its paper and table.
  Their settings (shots, chain-of-thought, fine-tuning on the task's training set) differ from
  ours, so they are shown in their own table section, marked "reported", drawn hollow in the plot.
Reference lines — chance, the PubMedQA majority class, human and passing scores — come from
the same YAML files (`lines:`) and are always shown for the tasks they apply to.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from medlm.config import opt
from medlm.errors import MedlmError

REFERENCE_DIR = "benchmarks/reference"
PLOT = "accuracy_vs_params.png"

# display order and names of the tasks medlm knows; unknown tasks follow, alphabetically
TASK_NAMES = {
    "multimedqa": "MultiMedQA (size-weighted mean)",
    "medqa_4options": "MedQA (USMLE, 4 options)",
    "medqa_5options": "MedQA (USMLE, 5 options)",
    "pubmedqa": "PubMedQA (reasoning-required)",
    "medmcqa": "MedMCQA",
    "mmlu_anatomy": "MMLU anatomy",
    "mmlu_clinical_knowledge": "MMLU clinical knowledge",
    "mmlu_college_biology": "MMLU college biology",
    "mmlu_college_medicine": "MMLU college medicine",
    "mmlu_medical_genetics": "MMLU medical genetics",
    "mmlu_professional_medicine": "MMLU professional medicine",
    "medical_bpb": "Medical bits per byte (held-out text; lower is better)",
}
ACCURACY_METRICS = ("acc", "acc_norm")


@dataclass
class LeaderboardConfig:
    db: str | None = opt(None, help="results database (default: $MEDLM_BENCH_DB, else bench/results.sqlite)")
    out: str = opt("benchmarks/results/leaderboard", help="output directory for leaderboard.md/.html and the plot")
    reference: list[str] = opt(
        [REFERENCE_DIR],
        help="YAML files or directories of published reference rows and lines (give 'none' for none)",
    )
    tasks: list[str] = opt([], help="only these tasks (default: every task with a row)")
    metric: str = opt("acc", help="accuracy metric shown in the overview and plot: acc or acc_norm")
    title: str = opt("medlm leaderboard: medical QA, domain vs general models", help="page title")

    def __post_init__(self):
        if self.metric not in ACCURACY_METRICS:
            raise ValueError(f"metric must be one of {ACCURACY_METRICS}, got {self.metric!r}")


# ---------------------------------------------------------------- published reference rows


REF_ROW_FIELDS = {
    "model", "model_kind", "params", "task", "split", "setting", "shots", "cot", "fine_tuned", "paper",
    "metric", "value_pct", "table", "note",
}
LINE_KINDS = ("chance", "majority", "human", "passing")


def load_reference(paths: list[str | Path]) -> tuple[list[dict], list[dict]]:
    """(rows, lines) from reference YAML files or directories of them.

    A file has `source: {paper, url}` and `rows:` (published scores, value_pct as printed in the
    paper) and/or `lines:` (kind chance|majority|human|passing, task, value_pct, source).
    """
    files: list[Path] = []
    for p in paths:
        if str(p).lower() == "none":
            continue
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml")))
        elif p.is_file():
            files.append(p)
        else:
            raise MedlmError(f"{p}: reference file or directory not found; pass --reference none to render without it")
    rows, lines = [], []
    for f in files:
        r, l = _read_reference_file(f)
        rows += r
        lines += l
    return rows, lines


def _read_reference_file(path: Path) -> tuple[list[dict], list[dict]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise MedlmError(f"{path}: not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise MedlmError(f"{path}: expected a mapping with 'source' and 'rows' / 'lines'")
    source = data.get("source") or {}
    rows = []
    for i, raw in enumerate(data.get("rows") or []):
        where = f"{path}: rows[{i}]"
        if not isinstance(raw, dict):
            raise MedlmError(f"{where}: expected a mapping")
        unknown = set(raw) - REF_ROW_FIELDS
        if unknown:
            raise MedlmError(f"{where}: unknown fields {sorted(unknown)} (known: {', '.join(sorted(REF_ROW_FIELDS))})")
        for key in ("model", "model_kind", "task", "setting", "value_pct", "table"):
            if raw.get(key) in (None, ""):
                raise MedlmError(f"{where}: '{key}' is required (every published number needs its setting and table)")
        if raw["model_kind"] not in ("domain", "general"):
            raise MedlmError(f"{where}: model_kind must be domain or general, got {raw['model_kind']!r}")
        value = _pct(raw["value_pct"], where)
        paper = raw.get("paper") or source.get("paper")
        if not paper:
            raise MedlmError(f"{where}: no source paper (give source.paper at the top of the file)")
        rows.append(
            {
                "status": "reported",
                "model": str(raw["model"]),
                "model_kind": raw["model_kind"],
                "params": int(float(raw["params"])) if raw.get("params") is not None else None,
                "task": str(raw["task"]),
                "split": str(raw.get("split") or "test"),
                "setting": str(raw["setting"]),
                "metric": str(raw.get("metric") or "acc"),
                "value": value,
                "ci_low": None,
                "ci_high": None,
                "n": None,
                "source": f"{paper}, {raw['table']}",
                "url": source.get("url"),
                "note": raw.get("note"),
                "contamination": "unknown",
            }
        )
    lines = []
    for i, raw in enumerate(data.get("lines") or []):
        where = f"{path}: lines[{i}]"
        if not isinstance(raw, dict) or raw.get("kind") not in LINE_KINDS:
            raise MedlmError(f"{where}: each line needs kind: one of {LINE_KINDS}")
        for key in ("task", "value_pct", "source"):
            if raw.get(key) in (None, ""):
                raise MedlmError(f"{where}: '{key}' is required")
        lines.append(
            {
                "kind": raw["kind"],
                "task": str(raw["task"]),
                "value": _pct(raw["value_pct"], where),
                "label": str(raw.get("label") or raw["kind"]),
                "source": str(raw["source"]),
            }
        )
    return rows, lines


def _pct(value: Any, where: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise MedlmError(f"{where}: value_pct must be a number (percent, as printed in the paper), got {value!r}") from None
    if not 0 <= v <= 100:
        raise MedlmError(f"{where}: value_pct {v} is not a percentage")
    return v / 100


# ---------------------------------------------------------------- assembling the board


def measured_rows(db: str | Path | None, tasks: list[str] | None = None) -> list[dict]:
    from medlm.bench import store

    rows = store.query(db, task=tasks or None)
    for r in rows:
        r["status"] = "measured"
        r["source"] = f"{r['harness']}, {str(r['date'])[:10]}"
    return rows


def task_order(tasks: set[str]) -> list[str]:
    known = [t for t in TASK_NAMES if t in tasks]
    return known + sorted(tasks - set(known))


def task_title(task: str) -> str:
    return TASK_NAMES.get(task, task)


def _fmt_params(n: int | None) -> str:
    if not n:
        return "undisclosed"
    for unit, size in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= size:
            v = n / size
            return f"{v:.0f}{unit}" if v >= 10 else f"{v:.1f}{unit}".replace(".0", "")
    return str(n)


def _fmt_tokens(n: int | None) -> str:
    """Training tokens of a measured model; unknown for models medlm did not train."""
    return _fmt_params(n) if n else "unknown"


def _fmt_value(r: dict) -> str:
    if r["metric"] == "bits_per_byte":
        v = f"{r['value']:.3f}"
        if r.get("ci_low") is not None:
            v += f" [{r['ci_low']:.3f}, {r['ci_high']:.3f}]"
        return v
    v = f"{100 * r['value']:.1f}"
    if r.get("ci_low") is not None and r.get("ci_high") is not None:
        v += f" [{100 * r['ci_low']:.1f}, {100 * r['ci_high']:.1f}]"
    return v


def _sort_rows(rows: list[dict]) -> list[dict]:
    lower_better = rows and rows[0]["metric"] == "bits_per_byte"
    return sorted(rows, key=lambda r: (r["value"] if lower_better else -r["value"], r["model"]))


def build_board(measured: list[dict], reported: list[dict], lines: list[dict], tasks: list[str] | None):
    """{task: {metric: {"measured": [...], "reported": [...]}}} plus the lines per task."""
    wanted = set(tasks) if tasks else None
    board: dict[str, dict[str, dict[str, list[dict]]]] = {}
    for r in measured + reported:
        if wanted and r["task"] not in wanted:
            continue
        board.setdefault(r["task"], {}).setdefault(r["metric"], {"measured": [], "reported": []})[r["status"]].append(r)
    for t in board.values():
        for m in t.values():
            m["measured"] = _sort_rows(m["measured"])
            m["reported"] = _sort_rows(m["reported"])
    lines_by_task: dict[str, list[dict]] = {}
    for line in lines:
        if line["task"] in board:
            lines_by_task.setdefault(line["task"], []).append(line)
    return board, lines_by_task


# ---------------------------------------------------------------- Markdown


TABLE_COLUMNS = ["Model", "Kind", "Params", "Split", "Setting", "Value [95% CI]", "n", "Contamination", "Source"]


def _table_cells(r: dict) -> list[str]:
    return [
        r["model"],
        r["model_kind"],
        _fmt_params(r.get("params")),
        r["split"],
        r["setting"],
        _fmt_value(r),
        str(r["n"]) if r.get("n") else "–",
        r.get("contamination") or "unknown",
        r["source"],
    ]


def render_markdown(cfg: LeaderboardConfig, board, lines_by_task, overview) -> str:
    out = [f"# {cfg.title}", ""]
    out += [
        "Accuracy in percent with bootstrap 95% CIs; bits per byte (lower is better) for held-out medical text.",
        "**measured** rows were run by `medlm bench` (harness and date in *Source*); **reported** rows are",
        "published numbers copied from the cited paper and table — their settings (few-shot, chain-of-thought,",
        "fine-tuning on the task's training split) differ from ours, so compare them with care.",
        "",
        f"![accuracy vs parameters]({PLOT})",
        "",
    ]
    if overview["rows"]:
        out += ["## Overview (measured, " + cfg.metric + ")", ""]
        header = ["Model", "Kind", "Params", "Train tokens", "Setting", "Harness"] + [task_title(t) for t in overview["tasks"]]
        out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for row in overview["rows"]:
            cells = [row["model"], row["model_kind"], _fmt_params(row["params"]), _fmt_tokens(row["train_tokens"]),
                     row["setting"], row["harness"]]
            cells += [f"{100 * row['scores'][t]:.1f}" if t in row["scores"] else "–" for t in overview["tasks"]]
            out.append("| " + " | ".join(_md(c) for c in cells) + " |")
        out.append("")
    for task in task_order(set(board)):
        for metric in sorted(board[task], key=lambda m: (m != cfg.metric, m)):
            group = board[task][metric]
            out += [f"## {task_title(task)} — {metric}", ""]
            out += ["| Status | " + " | ".join(TABLE_COLUMNS) + " |", "|" + "---|" * (len(TABLE_COLUMNS) + 1)]
            for status in ("measured", "reported"):
                for r in group[status]:
                    cells = _table_cells(r)
                    if status == "reported":
                        cells = [f"*{c}*" for c in cells]
                    out.append(f"| {status} | " + " | ".join(_md(c) for c in cells) + " |")
            if metric in ACCURACY_METRICS:
                for line in lines_by_task.get(task, []):
                    out.append(
                        f"| {line['kind']} | {_md(line['label'])} | – | – | – | – | {100 * line['value']:.1f} | – | – | "
                        f"{_md(line['source'])} |"
                    )
            out.append("")
    if not board:
        out += ["No results yet: run `medlm bench run ...` first, or check --db.", ""]
    return "\n".join(out)


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


# ---------------------------------------------------------------- overview (model × task, measured)


def build_overview(measured: list[dict], metric: str) -> dict:
    rows: dict[tuple, dict] = {}
    tasks: set[str] = set()
    for r in measured:
        if r["metric"] != metric:
            continue
        key = (r["model"], r["setting"], r["harness"])
        entry = rows.setdefault(
            key,
            {"model": r["model"], "model_kind": r["model_kind"], "params": r.get("params"), "setting": r["setting"],
             "harness": r["harness"], "train_tokens": r.get("train_tokens"), "scores": {}},
        )
        entry["scores"][r["task"]] = r["value"]
        tasks.add(r["task"])
    ordered = task_order(tasks)
    first = ordered[0] if ordered else None
    out = sorted(rows.values(), key=lambda e: -e["scores"].get(first, -1))
    return {"tasks": ordered, "rows": out}


# ---------------------------------------------------------------- HTML


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1300px;color:#1d2430;padding:0 16px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}
p.note{color:#4a5568;max-width:900px}
table{border-collapse:collapse;margin:8px 0 16px;width:100%}
th,td{border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9;cursor:pointer;user-select:none;white-space:nowrap}
th.sorted-asc::after{content:" \\25B2"}th.sorted-desc::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody.reported tr{color:#5b6472;font-style:italic;background:#fafafa}
tbody.lines tr{color:#7c3a00;background:#fff8ef}
tbody th.group{background:#fff;cursor:default;font-weight:600;color:#334155;text-align:left}
span.badge{display:inline-block;border-radius:3px;padding:0 5px;font-size:12px;font-style:normal}
span.measured{background:#dcfce7;color:#14532d}span.reported{background:#e2e8f0;color:#334155}
span.line{background:#ffedd5;color:#7c2d12}
span.domain{color:#b91c1c}span.general{color:#1d4ed8}
img.plot{max-width:100%;border:1px solid #e2e8f0}
"""

# Sorting: click a header; each <tbody> sorts on its own, so reported rows never mix with measured ones.
_JS = """
(function(){
  function key(td){var v=td.getAttribute('data-sort');if(v===null)v=td.textContent.trim();
    var x=parseFloat(v);return isNaN(x)?v.toLowerCase():x;}
  function cmp(a,b){if(typeof a===typeof b)return a<b?-1:a>b?1:0;return typeof a==='number'?-1:1;}
  function sortTable(table,col,dir){
    table.querySelectorAll('thead th').forEach(function(th,i){
      th.classList.remove('sorted-asc','sorted-desc');if(i===col)th.classList.add(dir>0?'sorted-asc':'sorted-desc');});
    table.querySelectorAll('tbody.sortable').forEach(function(tb){
      var rows=Array.prototype.slice.call(tb.rows);
      rows.sort(function(r1,r2){return dir*cmp(key(r1.cells[col]),key(r2.cells[col]));});
      rows.forEach(function(r){tb.appendChild(r);});});
    table.setAttribute('data-sorted-col',String(col));table.setAttribute('data-sorted-dir',dir>0?'asc':'desc');
  }
  window.medlmSort=sortTable;
  document.querySelectorAll('table.board').forEach(function(table){
    table.querySelectorAll('thead th').forEach(function(th,i){
      th.addEventListener('click',function(){
        var dir=th.classList.contains('sorted-desc')?1:-1;sortTable(table,i,dir);});});
    var d=table.getAttribute('data-default-col');if(d!==null)sortTable(table,parseInt(d,10),
      table.getAttribute('data-default-dir')==='asc'?1:-1);
  });
  document.body.setAttribute('data-ready','1');
  // leaderboard.html#selftest: sort every table by each column both ways and check that each section
  // comes out ordered and keeps its own rows (used by the headless-browser test)
  if(location.hash==='#selftest'){
    var problems=[];
    document.querySelectorAll('table.board').forEach(function(table){
      var before=Array.prototype.map.call(table.querySelectorAll('tbody'),function(tb){return tb.rows.length;});
      table.querySelectorAll('thead th').forEach(function(th,i){[1,-1].forEach(function(dir){
        sortTable(table,i,dir);
        table.querySelectorAll('tbody.sortable').forEach(function(tb){
          for(var r=1;r<tb.rows.length;r++){
            if(dir*cmp(key(tb.rows[r-1].cells[i]),key(tb.rows[r].cells[i]))>0)problems.push(table.id+' col '+i);}});
      });});
      var after=Array.prototype.map.call(table.querySelectorAll('tbody'),function(tb){return tb.rows.length;});
      if(before.join()!==after.join())problems.push(table.id+' rows moved between sections');
    });
    document.body.setAttribute('data-selftest',problems.length?'fail: '+problems.slice(0,5).join('; '):'pass');
  }
})();
"""


def _e(x: Any) -> str:
    return html.escape(str(x))


def _td(text: Any, sort: Any = None, num: bool = False) -> str:
    attrs = f' data-sort="{_e(sort)}"' if sort is not None else ""
    cls = ' class="num"' if num else ""
    return f"<td{cls}{attrs}>{_e(text)}</td>"


def _row_html(r: dict) -> str:
    status = f'<td data-sort="{r["status"]}"><span class="badge {r["status"]}">{r["status"]}</span></td>'
    kind = f'<td><span class="{_e(r["model_kind"])}">{_e(r["model_kind"])}</span></td>'
    source = _e(r["source"])
    if r.get("url"):
        source = f'<a href="{_e(r["url"])}">{source}</a>'
    note = f' title="{_e(r["note"])}"' if r.get("note") else ""
    return (
        f"<tr{note}>{status}{_td(r['model'])}{kind}"
        + _td(_fmt_params(r.get("params")), sort=r.get("params") or -1, num=True)
        + _td(r["split"])
        + _td(r["setting"])
        + _td(_fmt_value(r), sort=r["value"], num=True)
        + _td(r["n"] or "–", sort=r["n"] or -1, num=True)
        + _td(r.get("contamination") or "unknown")
        + f"<td>{source}</td></tr>"
    )


def render_html(cfg: LeaderboardConfig, board, lines_by_task, overview, has_plot: bool) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(cfg.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(cfg.title)}</h1>",
        '<p class="note">Accuracy in percent with bootstrap 95% CIs; bits per byte (lower is better). '
        '<span class="badge measured">measured</span> rows were run by <code>medlm bench</code>; '
        '<span class="badge reported">reported</span> rows are published numbers from the cited paper and table, '
        "in their own section of each table (their settings — few-shot, chain-of-thought, fine-tuning — differ). "
        '<span class="badge line">chance / majority / human / passing</span> rows are reference lines. '
        "Click a column header to sort; each section sorts on its own.</p>",
    ]
    if has_plot:
        parts.append(f'<img class="plot" src="{PLOT}" alt="accuracy vs parameters per task">')
    if overview["rows"]:
        parts.append(f"<h2>Overview (measured, {_e(cfg.metric)})</h2>")
        heads = ["Model", "Kind", "Params", "Train tokens", "Setting", "Harness"] + [task_title(t) for t in overview["tasks"]]
        parts.append('<table class="board" id="overview" data-default-col="6" data-default-dir="desc"><thead><tr>')
        parts.append("".join(f"<th>{_e(h)}</th>" for h in heads) + '</tr></thead><tbody class="sortable">')
        for row in overview["rows"]:
            cells = _td(row["model"]) + f'<td><span class="{_e(row["model_kind"])}">{_e(row["model_kind"])}</span></td>'
            cells += _td(_fmt_params(row["params"]), sort=row["params"] or -1, num=True)
            cells += _td(_fmt_tokens(row["train_tokens"]), sort=row["train_tokens"] or -1, num=True)
            cells += _td(row["setting"]) + _td(row["harness"])
            for t in overview["tasks"]:
                v = row["scores"].get(t)
                cells += _td(f"{100 * v:.1f}" if v is not None else "–", sort=v if v is not None else -1, num=True)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</tbody></table>")
    heads = ["Status"] + TABLE_COLUMNS
    value_col = heads.index("Value [95% CI]")
    for task in task_order(set(board)):
        for metric in sorted(board[task], key=lambda m: (m != cfg.metric, m)):
            group = board[task][metric]
            slug = f"{task}-{metric}"
            direction = "asc" if metric == "bits_per_byte" else "desc"
            parts.append(f'<h2 id="h-{_e(slug)}">{_e(task_title(task))} — {_e(metric)}</h2>')
            parts.append(
                f'<table class="board" id="t-{_e(slug)}" data-default-col="{value_col}" data-default-dir="{direction}">'
                "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr></thead>"
            )
            for status in ("measured", "reported"):
                if group[status]:
                    parts.append(f'<tbody class="sortable {status}">')
                    parts.extend(_row_html(r) for r in group[status])
                    parts.append("</tbody>")
            if metric in ACCURACY_METRICS and lines_by_task.get(task):
                parts.append('<tbody class="lines">')
                for line in sorted(lines_by_task[task], key=lambda l: -l["value"]):
                    value = _td(f"{100 * line['value']:.1f}", sort=line["value"], num=True)
                    parts.append(
                        f'<tr><td><span class="badge line">{_e(line["kind"])}</span></td>{_td(line["label"])}'
                        f"<td>–</td><td>–</td><td>–</td><td>–</td>{value}<td>–</td><td>–</td>{_td(line['source'])}</tr>"
                    )
                parts.append("</tbody>")
            parts.append("</table>")
    if not board:
        parts.append("<p>No results yet: run <code>medlm bench run ...</code> first.</p>")
    parts.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------- plot


LINE_STYLES = {
    "chance": dict(color="#6b7280", linestyle="--"),
    "majority": dict(color="#a16207", linestyle=":"),
    "human": dict(color="#15803d", linestyle="-."),
    "passing": dict(color="#b91c1c", linestyle=(0, (5, 2, 1, 2))),
}
KIND_STYLE = {"domain": dict(color="#dc2626", marker="o"), "general": dict(color="#2563eb", marker="s")}


def _short_name(r: dict) -> str:
    """Plot label: a measured spec's file/run name (gguf:models/x.gguf -> x.gguf), a published model's name."""
    name = r["model"]
    if r["status"] == "measured":
        name = name.partition(":")[2] or name
        name = name.rstrip("/").split("/")[-1].split("#")[-1]
    return name if len(name) <= 26 else name[:25] + "…"


def render_plot(path: Path, board, lines_by_task, metric: str) -> bool:
    """One panel per task: accuracy vs parameters (log x). Returns False when nothing can be drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tasks = [t for t in task_order(set(board)) if metric in board[t]]
    if not tasks:
        return False
    ncols = min(3, len(tasks))
    nrows = math.ceil(len(tasks) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(5.6 * ncols, 4.3 * nrows), squeeze=False)
    all_params = [r["params"] for t in tasks for s in ("measured", "reported") for r in board[t][metric][s] if r.get("params")]
    xmin = min(all_params, default=1e8) / 3
    xmax = max(all_params, default=1e11) * 3
    x_undisclosed = xmax * 2  # published models of undisclosed size are drawn at the right edge
    for ax, task in zip(axes.flat, tasks):
        group = board[task][metric]
        for status in ("measured", "reported"):
            for r in group[status]:
                style = KIND_STYLE[r["model_kind"]]
                x = r.get("params") or x_undisclosed
                filled = status == "measured"
                ax.scatter(
                    [x], [100 * r["value"]], s=46 if filled else 40, marker=style["marker"],
                    facecolors=style["color"] if filled else "none", edgecolors=style["color"],
                    linewidths=1.3, alpha=0.95 if filled else 0.8, zorder=3,
                )
                if filled and r.get("ci_low") is not None:
                    ax.errorbar([x], [100 * r["value"]],
                                yerr=[[100 * (r["value"] - r["ci_low"])], [100 * (r["ci_high"] - r["value"])]],
                                color=style["color"], capsize=2, linewidth=1, zorder=2)
                ax.annotate(_short_name(r), (x, 100 * r["value"]), fontsize=6.5,
                            xytext=(4, 3), textcoords="offset points", color="#334155" if filled else "#64748b")
        for line in lines_by_task.get(task, []):
            st = LINE_STYLES[line["kind"]]
            ax.axhline(100 * line["value"], linewidth=1.1, **st, zorder=1)
            ax.text(xmin * 1.1, 100 * line["value"] + 0.6, f"{line['label']} {100 * line['value']:.1f}",
                    fontsize=7, color=st["color"])
        ax.set_xscale("log")
        ax.set_xlim(xmin, x_undisclosed * 3)
        ax.axvspan(xmax * 1.3, x_undisclosed * 3, color="#f1f5f9", zorder=0)
        ax.text(x_undisclosed, 1, "size\nundisclosed", fontsize=6.5, ha="center", va="bottom",
                transform=ax.get_xaxis_transform(), color="#64748b")
        ax.set_ylim(0, 100)
        ax.set_title(task_title(task), fontsize=10)
        ax.set_xlabel("parameters (log scale)")
        ax.set_ylabel(f"{metric} (%)")
        ax.grid(True, which="major", alpha=0.3)
    for ax in axes.flat[len(tasks):]:
        ax.axis("off")
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], linestyle="", marker="o", color=KIND_STYLE["domain"]["color"], label="domain model, measured"),
        Line2D([], [], linestyle="", marker="s", color=KIND_STYLE["general"]["color"], label="general model, measured"),
        Line2D([], [], linestyle="", marker="o", markerfacecolor="none", color=KIND_STYLE["domain"]["color"],
               label="domain model, reported (published)"),
        Line2D([], [], linestyle="", marker="s", markerfacecolor="none", color=KIND_STYLE["general"]["color"],
               label="general model, reported (published)"),
    ] + [Line2D([], [], linewidth=1.1, label=k, **v) for k, v in LINE_STYLES.items()]
    fig.legend(handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.07 if nrows == 1 else 0.04, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


# ---------------------------------------------------------------- the command


def render_leaderboard(cfg: LeaderboardConfig) -> dict[str, Path]:
    """Render the leaderboard into cfg.out; returns the paths written."""
    from medlm.bench import store
    from medlm.manifest import atomic_write_bytes, write_manifest
    from medlm.progress import say

    db = store.resolve_db(cfg.db)
    if cfg.db and not db.exists():
        raise MedlmError(f"{db}: results database not found; run `medlm bench run ... --db {db}` first")
    measured = measured_rows(db, cfg.tasks or None)
    reported, lines = load_reference(cfg.reference)
    board, lines_by_task = build_board(measured, reported, lines, cfg.tasks or None)
    overview = build_overview(measured, cfg.metric)
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    has_plot = render_plot(out / PLOT, board, lines_by_task, cfg.metric)
    paths = {"markdown": out / "leaderboard.md", "html": out / "leaderboard.html"}
    atomic_write_bytes(paths["markdown"], render_markdown(cfg, board, lines_by_task, overview).encode())
    atomic_write_bytes(paths["html"], render_html(cfg, board, lines_by_task, overview, has_plot).encode())
    if has_plot:
        paths["plot"] = out / PLOT
    counts = {
        "measured_rows": sum(len(m["measured"]) for t in board.values() for m in t.values()),
        "reported_rows": sum(len(m["reported"]) for t in board.values() for m in t.values()),
        "tasks": task_order(set(board)),
    }
    write_manifest(out, "leaderboard", cfg, db=str(db), files={k: p.name for k, p in paths.items()}, counts=counts)
    say("bench leaderboard", f"{counts['measured_rows']} measured + {counts['reported_rows']} reported rows "
        f"over {len(board)} tasks -> {paths['html']}")
    return paths
