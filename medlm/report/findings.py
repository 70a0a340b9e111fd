"""`medlm report DIR...`: one static page (HTML + Markdown) of what the pipeline found.

It walks the given directories for stage outputs (each recognised by its manifest or its output
files) and renders, in pipeline order: corpus accounting, tokenizer comparison, training curves,
the growth experiment, merged models and the leaderboard. Images are copied next to the page,
so OUT/ can be published as it is.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from medlm import __version__
from medlm.config import opt
from medlm.errors import MedlmError
from medlm.manifest import atomic_write_bytes, now
from medlm.progress import say

STAGE = "report"
MAX_DEPTH = 4  # stage outputs sit at most this deep below a given directory
IMAGE_LINK = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


@dataclass
class ReportConfig:
    dirs: list[str] = opt(help="directories holding stage outputs (searched recursively)", positional=True)
    out: str = opt("findings", help="output directory for findings.html, findings.md and their images")
    title: str = opt("medlm findings", help="page title")


@dataclass
class Found:
    """Stage outputs discovered under the given directories, by kind."""

    corpus: list[tuple[Path, dict]]
    tokenizer_compare: list[Path]  # compare.json files
    train: list[tuple[Path, dict]]
    experiment: list[tuple[Path, dict]]
    merge: list[tuple[Path, dict]]
    leaderboard: list[Path]  # leaderboard.md files


def discover(dirs: list[str]) -> Found:
    found = Found([], [], [], [], [], [])
    for root in map(Path, dirs):
        if not root.is_dir():
            raise MedlmError(f"{root}: not a directory (give the directories that hold medlm stage outputs)")
        for path in _walk(root):
            _classify(path, found)
    return found


def _walk(root: Path, depth: int = 0):
    yield root
    if depth >= MAX_DEPTH or _is_model_run(root):  # a merged run holds copies of its experts: not runs of their own
        return
    for child in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if child.name in ("checkpoints", "data", "tensorboard"):
            continue
        yield from _walk(child, depth + 1)


def _is_model_run(path: Path) -> bool:
    return (path / "manifest.json").is_file() and (path / "model.safetensors").is_file() or (path / "experts").is_dir()


def _classify(path: Path, found: Found) -> None:
    manifest_path = path / "manifest.json"
    if manifest_path.is_file():
        try:
            manifest = json.loads(manifest_path.read_text())
        except json.JSONDecodeError:
            manifest = {}
        bucket = {"corpus": found.corpus, "train": found.train, "experiment": found.experiment,
                  "merge": found.merge}.get(manifest.get("stage"))
        if bucket is not None:
            bucket.append((path, manifest))
    for compare in sorted(path.glob("*.json")):
        if compare.with_suffix(".md").is_file() and _is_tokenizer_compare(compare):
            found.tokenizer_compare.append(compare)
    if (path / "leaderboard.md").is_file():
        found.leaderboard.append(path / "leaderboard.md")


def _is_tokenizer_compare(path: Path) -> bool:
    try:
        data = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and data.get("stage") == "tokenizer compare"


# ---------------------------------------------------------------- sections (Markdown + images)


class Page:
    def __init__(self, out: Path):
        self.out = out
        self.parts: list[str] = []
        self.images = 0

    def add(self, text: str) -> None:
        self.parts.append(text.strip())

    def image(self, path: Path, caption: str) -> None:
        if path.is_file():
            self.add(f"![{caption}]({self.copy(path)})")

    def embed_markdown(self, path: Path, skip_title: bool = False) -> None:
        """Add a Markdown file written by a stage, copying the images it links to next to the page."""
        text = path.read_text()
        if skip_title and text.startswith("# "):
            text = text.split("\n", 1)[1] if "\n" in text else ""
        linked = set()

        def relink(match: re.Match) -> str:
            target = path.parent / match.group(2)
            if not target.is_file():
                return match.group(0)
            linked.add(target.resolve())
            return f"![{match.group(1)}]({self.copy(target)})"

        self.add(IMAGE_LINK.sub(relink, text).replace("\n## ", "\n### "))
        for png in sorted(path.parent.glob("*.png")):
            if png.resolve() not in linked and "screenshot" not in png.name:  # plots its Markdown does not link
                linked.add(png.resolve())
                self.image(png, png.stem.replace("_", " "))

    def copy(self, path: Path) -> str:
        self.images += 1
        name = f"img{self.images:02d}-{path.name}"
        shutil.copyfile(path, self.out / name)
        return name

    def markdown(self) -> str:
        return "\n\n".join(self.parts) + "\n"


def corpus_section(page: Page, corpora: list[tuple[Path, dict]]) -> None:
    page.add("## Corpus")
    for path, m in corpora:
        totals = m.get("totals", {})
        chars = m.get("chars", {})
        kept_chars = (f"; {chars['output']:,} of {chars['read']:,} characters kept"
                      if {"output", "read"} <= set(chars) else "")
        page.add(f"**{path}** — {totals.get('in', '?')} documents in, {totals.get('kept', '?')} kept, "
                 f"{totals.get('errored', 0)} errored{kept_chars}.")
        rows = ["| step | in | kept | dropped (by reason) | errored |", "|---|---:|---:|---|---:|"]
        for name, s in m.get("steps", {}).items():
            reasons = ", ".join(f"{r} {n}" for r, n in sorted(s.get("dropped", {}).items(), key=lambda kv: -kv[1]))
            rows.append(f"| {name} | {s.get('in', '')} | {s.get('kept', '')} | {reasons or '—'} | {s.get('errored', 0)} |")
        page.add("\n".join(rows))
        decontam = m.get("decontamination") or {}
        hits = decontam.get("hits", [])
        if decontam:
            benchmarks = ", ".join(decontam.get("benchmarks", [])) or "—"
            page.add(f"Decontamination against {benchmarks}: {len(hits)} hits "
                     f"(each listed with benchmark, item id and document id in `{path}/manifest.json`).")
        if (path / "report.html").is_file():
            page.add(f"Full corpus report: `{path / 'report.html'}`.")


def tokenizer_section(page: Page, compares: list[Path]) -> None:
    page.add("## Tokenizer")
    for path in compares:
        page.add(f"From `{path}`:")
        page.embed_markdown(path.with_suffix(".md"), skip_title=True)


def training_section(page: Page, runs: list[tuple[Path, dict]]) -> None:
    page.add("## Training")
    rows = ["| run | layers | d_model | steps | tokens | final val loss |", "|---|---:|---:|---:|---:|---:|"]
    for path, m in runs:
        model = m.get("model", {})
        val = m.get("final_val_loss")
        rows.append(f"| {path.name} | {model.get('n_layers', '')} | {model.get('d_model', '')} | {m.get('steps', '')} | "
                    f"{m.get('tokens', '')} | {val:.4f} |" if isinstance(val, (int, float)) else
                    f"| {path.name} | {model.get('n_layers', '')} | {model.get('d_model', '')} | {m.get('steps', '')} | "
                    f"{m.get('tokens', '')} | — |")
    page.add("\n".join(rows))
    plot_path = page.out / "training_curves.png"
    if plot_training(runs, plot_path):
        page.add("![training loss per run](training_curves.png)")


def plot_training(runs: list[tuple[Path, dict]], path: Path) -> bool:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from medlm.train.metrics import read_metrics

    fig, ax = plt.subplots(figsize=(8, 4.5))
    drawn = False
    for run, _ in runs:
        rows = read_metrics(run)
        train = [(r["tokens"], r["loss"]) for r in rows if "loss" in r and "tokens" in r]
        val = [(r["tokens"], r["val_loss"]) for r in rows if r.get("val_loss") is not None and "tokens" in r]
        if train:
            line, = ax.plot(*zip(*train), lw=1, alpha=0.6, label=f"{run.name} train")
            if val:
                ax.plot(*zip(*val), "o-", color=line.get_color(), ms=3, label=f"{run.name} val")
            drawn = True
    if drawn:
        ax.set_xlabel("training tokens (this run)")
        ax.set_ylabel("cross-entropy (nats/token)")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7, ncol=2)
        fig.tight_layout()
        fig.savefig(path, dpi=110)
    plt.close(fig)
    return drawn


def experiment_section(page: Page, experiments: list[tuple[Path, dict]]) -> None:
    page.add("## Growth experiment (equal training FLOPs)")
    for path, _ in experiments:
        page.add(f"From `{path}`:")
        if (path / "table.md").is_file():
            page.embed_markdown(path / "table.md", skip_title=True)
        else:
            page.image(path / "loss_vs_flops.png", "validation loss vs training FLOPs")


def merge_section(page: Page, merges: list[tuple[Path, dict]]) -> None:
    page.add("## Merged specialists")
    for path, m in merges:
        experts = ", ".join(Path(str(e.get("path", e)) if isinstance(e, dict) else str(e)).name for e in m.get("experts", []))
        page.add(f"**{path.name}**: {m.get('mode', 'logits')} average of {experts} (weights {m.get('weights')}); "
                 "its scores are in the leaderboard below.")


def leaderboard_section(page: Page, boards: list[Path]) -> None:
    page.add("## Leaderboard")
    for path in boards:
        page.embed_markdown(path, skip_title=True)


# ---------------------------------------------------------------- rendering


def render_findings(cfg: ReportConfig) -> Path:
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    found = discover(cfg.dirs)
    page = Page(out)
    page.add(f"# {cfg.title}")
    page.add(f"Generated {now()} by medlm {__version__} from {', '.join(f'`{d}`' for d in cfg.dirs)}. "
             "Every figure on this page was measured by the commands that wrote these directories.")
    sections = [(found.corpus, corpus_section), (found.tokenizer_compare, tokenizer_section),
                (found.train, training_section), (found.experiment, experiment_section),
                (found.merge, merge_section), (found.leaderboard, leaderboard_section)]
    if not any(items for items, _ in sections):
        raise MedlmError(f"no medlm stage outputs found under {', '.join(cfg.dirs)} (looked for manifest.json, "
                         "compare.json and leaderboard.md up to 4 levels deep)")
    for items, section in sections:
        if items:
            section(page, items)
    md = page.markdown()
    atomic_write_bytes(out / "findings.md", md.encode())
    atomic_write_bytes(out / "findings.html", to_html(md, cfg.title).encode())
    say(STAGE, f"findings page → {out / 'findings.html'} (and findings.md)")
    return out / "findings.html"


def to_html(md: str, title: str) -> str:
    import markdown

    body = markdown.markdown(md, extensions=["tables", "fenced_code"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; font-size: 13px; }}
th, td {{ border: 1px solid #ccc; padding: 3px 8px; }} th {{ background: #f3f3f3; }}
td:not(:first-child) {{ text-align: right; }}
img {{ max-width: 100%; border: 1px solid #eee; }} h2 {{ border-bottom: 1px solid #ddd; margin-top: 2em; }}
code {{ background: #f6f6f6; padding: 0 3px; }}
</style></head>
<body>
{body}
</body></html>
"""
