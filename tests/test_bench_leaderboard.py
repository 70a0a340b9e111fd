"""`medlm bench leaderboard`: Markdown, static sortable HTML (checked in headless Chromium), plot,
published reference rows kept apart from measured ones, reference lines always shown."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medlm.bench import leaderboard, store
from medlm.bench.leaderboard import LeaderboardConfig, load_reference, render_leaderboard
from medlm.cli import main
from medlm.errors import MedlmError
from tests.chromium import chromium, needs_chromium

ROOT = Path(__file__).resolve().parents[1]


def _row(model, kind, params, task, value, metric="acc", **kw):
    r = dict(model=model, model_kind=kind, params=params, task=task, split="test", setting="0-shot", metric=metric,
             value=value, ci_low=value - 0.03, ci_high=value + 0.03, n=500, harness="medlm-0.1.0",
             date="2026-12-01", contamination="clean" if kind == "domain" else "unknown")
    r.update(kw)
    return r


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "results.sqlite"
    rows = []
    for model, kind, params, base in [("medlm:runs/med-350m", "domain", 350_000_000, 0.33),
                                      ("gguf:models/SmolLM2-135M.gguf", "general", 135_000_000, 0.27),
                                      ("gguf:models/gemma-3-270m.gguf", "general", 270_000_000, 0.29)]:
        tokens = 7_000_000_000 if kind == "domain" else None
        rows += [_row(model, kind, params, "medqa_4options", base, train_tokens=tokens), _row(model, kind, params, "pubmedqa", base + 0.2),
                 _row(model, kind, params, "medqa_4options", base + 0.01, metric="acc_norm"),
                 _row(model, kind, params, "medical_bpb", 1.5 - base, metric="bits_per_byte", ci_low=None, ci_high=None)]
    store.record(path, rows)
    return path


@pytest.fixture
def reference(tmp_path):
    path = tmp_path / "ref.yaml"
    path.write_text(yaml.safe_dump({
        "source": {"paper": "Doe et al. 2099, A paper", "url": "https://example.org/paper"},
        "rows": [{"model": "BigGeneral-70B", "model_kind": "general", "params": 70_000_000_000, "task": "medqa_4options",
                  "setting": "5-shot", "shots": 5, "value_pct": 62.5, "table": "Table 2"},
                 {"model": "Closed-Med", "model_kind": "domain", "params": None, "task": "pubmedqa",
                  "setting": "fine-tuned", "fine_tuned": True, "value_pct": 81.0, "table": "Table 3"}],
        "lines": [{"kind": "chance", "task": "medqa_4options", "value_pct": 25.0, "source": "1/4"},
                  {"kind": "majority", "task": "pubmedqa", "value_pct": 55.2, "source": "Jin et al. 2019"},
                  {"kind": "human", "task": "pubmedqa", "value_pct": 78.0, "source": "Jin et al. 2019"}],
    }))
    return path


def test_render_markdown_html_plot_and_manifest(db, reference, tmp_path):
    out = tmp_path / "board"
    paths = render_leaderboard(LeaderboardConfig(db=str(db), out=str(out), reference=[str(reference)]))
    assert set(paths) == {"markdown", "html", "plot"}
    md = paths["markdown"].read_text()
    # overview: measured models only, best first on the first task
    overview = md.split("## Overview")[1].split("\n## ")[0]
    assert overview.index("med-350m") < overview.index("gemma-3-270m") < overview.index("SmolLM2-135M")
    assert "BigGeneral" not in overview
    assert "| medlm:runs/med-350m | domain | 350M | 7B | 0-shot |" in overview  # training tokens when known
    medqa = md.split("## MedQA (USMLE, 4 options) — acc\n")[1].split("\n## ")[0]
    lines = [l for l in medqa.splitlines() if l.startswith("| ")][1:]
    statuses = [l.split("|")[1].strip() for l in lines]
    # measured first, then reported (never interleaved), then the reference lines
    assert statuses == ["measured"] * 3 + ["reported", "chance"]
    assert "*BigGeneral-70B*" in medqa and "Doe et al. 2099, A paper, Table 2" in medqa and "62.5" in medqa
    assert "33.0 [30.0, 36.0]" in medqa  # value with its bootstrap CI, in percent
    assert "| test | 0-shot | 33.0" in medqa  # the split is shown: dev-set numbers are not test-set numbers
    pubmedqa = md.split("## PubMedQA (reasoning-required) — acc\n")[1].split("\n## ")[0]
    assert "| majority |" in pubmedqa and "55.2" in pubmedqa and "| human |" in pubmedqa and "78.0" in pubmedqa
    assert "Closed-Med" in pubmedqa and "undisclosed" in pubmedqa
    bpb = md.split("— bits_per_byte\n")[1]
    assert bpb.index("med-350m") < bpb.index("SmolLM2")  # lower bits per byte ranks first
    html = paths["html"].read_text()
    assert '<tbody class="sortable measured">' in html and '<tbody class="sortable reported">' in html
    assert '<tbody class="lines">' in html and "<script>" in html and "http" not in html.split("<script>")[1]
    assert paths["plot"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and paths["plot"].stat().st_size > 20_000
    manifest = (out / "manifest.json").read_text()
    assert '"measured_rows": 12' in manifest and '"reported_rows": 2' in manifest


def test_cli_and_shipped_reference_rows(db, tmp_path):
    out = tmp_path / "board"
    assert main(["bench", "leaderboard", "--db", str(db), "--out", str(out)]) == 0  # default: benchmarks/reference
    md = (out / "leaderboard.md").read_text()
    assert "Med-PaLM 2" in md and "arXiv:2305.09617" in md and "single human" in md and "55.2" in md
    rows, lines = load_reference([ROOT / "benchmarks" / "reference"])
    assert rows and all(r["source"] and r["setting"] for r in rows)
    assert {r["task"] for r in rows} <= set(leaderboard.TASK_NAMES)
    kinds = {(l["task"], l["kind"]) for l in lines}
    assert {("pubmedqa", "majority"), ("pubmedqa", "human"), ("pubmedqa", "chance"), ("medqa_4options", "passing"),
            ("medqa_4options", "chance"), ("medqa_5options", "chance")} <= kinds
    assert next(l for l in lines if l["task"] == "medqa_5options" and l["kind"] == "chance")["value"] == 0.2


@pytest.mark.parametrize("bad, match", [
    ({"table": None}, "'table' is required"),
    ({"value_pct": 140}, "not a percentage"),
    ({"model_kind": "medical"}, "domain or general"),
    ({"colour": "red"}, "unknown fields"),
])
def test_bad_reference_rows_are_clear_errors(tmp_path, bad, match):
    row = {"model": "M", "model_kind": "general", "task": "pubmedqa", "setting": "0-shot", "value_pct": 50,
           "table": "Table 1", "paper": "P"}
    row.update(bad)
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump({"rows": [{k: v for k, v in row.items() if v is not None}]}))
    with pytest.raises(MedlmError, match=match):
        load_reference([path])
    with pytest.raises(MedlmError, match="not found"):
        load_reference([tmp_path / "missing.yaml"])


def test_empty_store_still_renders_reference_rows(tmp_path, reference):
    paths = render_leaderboard(LeaderboardConfig(db=None, out=str(tmp_path / "b"), reference=[str(reference)]))
    assert "BigGeneral-70B" in paths["markdown"].read_text()
    with pytest.raises(MedlmError, match="results database not found"):
        render_leaderboard(LeaderboardConfig(db=str(tmp_path / "nope.sqlite"), out=str(tmp_path / "c")))


@needs_chromium
def test_html_sorts_in_headless_chromium(db, reference, tmp_path):
    out = tmp_path / "board"
    html = render_leaderboard(LeaderboardConfig(db=str(db), out=str(out), reference=[str(reference)]))["html"]
    dom = chromium(tmp_path / "profile", "--dump-dom", f"file://{html}#selftest")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert 'data-ready="1"' in dom.stdout, "the sorting script did not run"
    assert 'data-selftest="pass"' in dom.stdout, dom.stdout.split("data-selftest=")[1][:300] if "data-selftest=" in dom.stdout else dom.stdout[:500]
    console = [l for l in dom.stderr.splitlines() if "CONSOLE" in l or "Uncaught" in l]
    assert not [l for l in console if "Uncaught" in l or "Error" in l], console
    shot = out / "leaderboard.png"  # kept next to the page for people reviewing the output
    chromium(tmp_path / "profile", f"--screenshot={shot}", "--window-size=1400,1000", f"file://{html}", check=True)
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size > 20_000
