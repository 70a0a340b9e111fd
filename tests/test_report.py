"""The findings page: discovers stage outputs, renders every section, and loads in headless Chromium."""

import json
from pathlib import Path

import pytest

from medlm.cli import main
from medlm.errors import MedlmError
from medlm.manifest import write_manifest
from medlm.report.findings import ReportConfig, discover, render_findings
from tests.chromium import chromium, needs_chromium


def _png(path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(2, 2))
    ax.plot([0, 1], [1, 0])
    fig.savefig(path)
    plt.close(fig)


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    root = tmp_path / "runs"
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    write_manifest(corpus, "corpus", None, totals={"in": 10, "kept": 7, "errored": 0},
                   steps={"quality": {"in": 10, "kept": 8, "dropped": {"too_short": 2}, "errored": 0},
                          "decontaminate": {"in": 8, "kept": 7, "dropped": {"benchmark_medqa": 1}, "errored": 0}},
                   decontamination={"benchmarks": ["medqa_4options"],
                                    "hits": [{"benchmark": "medqa", "item_id": "q1", "doc_id": "d9"}]})
    run = root / "tiny"
    run.mkdir()
    write_manifest(run, "train", None, model={"n_layers": 2, "d_model": 64}, steps=3, tokens=300, final_val_loss=5.5)
    (run / "metrics.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"step": 1, "tokens": 100, "loss": 7.0}, {"step": 2, "tokens": 200, "loss": 6.0},
        {"step": 3, "tokens": 300, "loss": 5.4, "val_loss": 5.5}]) + "\n")
    merged = root / "merged"  # a merge run holds copies of its experts: they are not runs of their own
    (merged / "experts" / "0").mkdir(parents=True)
    write_manifest(merged, "merge", None, experts=[{"path": str(run)}], weights=[1.0], mode="logits")
    write_manifest(merged / "experts" / "0", "train", None, model={"n_layers": 2, "d_model": 64})
    (merged / "experts" / "0" / "model.safetensors").write_bytes(b"")
    exp = root / "growth"
    exp.mkdir()
    write_manifest(exp, "experiment", None)
    (exp / "table.md").write_text("| arm | final val loss |\n|---|---|\n| scratch | 5.1 |\n| stack | 4.9 |\n")
    _png(exp / "loss_vs_flops.png")
    board = root / "leaderboard"
    board.mkdir()
    (board / "leaderboard.md").write_text("# Leaderboard\n\n## MedQA\n\n| model | acc |\n|---|---|\n| tiny | 26.0 |\n")
    _png(board / "accuracy_vs_params.png")
    return root


def test_findings_page_has_every_section_and_its_images(outputs: Path, tmp_path: Path):
    found = discover([str(outputs)])
    assert [p.name for p, _ in found.corpus] == ["corpus"] and [p.name for p, _ in found.train] == ["tiny"]
    out = tmp_path / "findings"
    assert main(["report", str(outputs), "--out", str(out)]) == 0
    page = (out / "findings.html").read_text()
    assert [p.name for p, _ in found.merge] == ["merged"]
    for heading in ("Corpus", "Training", "Growth experiment", "Merged specialists", "Leaderboard"):
        assert f"<h2>{heading}" in page
    assert "benchmark_medqa 1" in page and "1 hits" in page  # accounting and decontamination rendered
    assert "<td>stack</td>" in page  # the experiment's table became an HTML table
    images = [line.split('src="')[1].split('"')[0] for line in page.splitlines() if "<img" in line]
    assert "training_curves.png" in images and len(images) == 3
    assert all((out / name).is_file() for name in images)
    assert (out / "findings.md").read_text().startswith("# medlm findings")


def test_nothing_to_report_is_a_clear_error(tmp_path: Path):
    with pytest.raises(MedlmError, match="no medlm stage outputs"):
        render_findings(ReportConfig(dirs=[str(tmp_path)], out=str(tmp_path / "out")))
    assert main(["report", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2


IMAGE_CHECK = """<script>addEventListener("load", () => { const ok = [...document.images].filter(
  i => i.complete && i.naturalWidth > 0).length; document.body.dataset.images = ok + (
  ok === document.images.length ? " ok" : " broken"); });</script>"""


@needs_chromium
def test_findings_page_renders_in_chromium_without_errors(outputs: Path, tmp_path: Path):
    out = tmp_path / "findings"
    render_findings(ReportConfig(dirs=[str(outputs)], out=str(out)))
    shot = out / "screenshot.png"
    page = (out / "findings.html").resolve().as_uri()
    chromium(tmp_path / "chrome", "--window-size=1200,2000", f"--screenshot={shot}", page)
    assert shot.is_file() and shot.stat().st_size > 10_000
    # a copy of the page, next to it, that records after load whether every image decoded
    check = out / "check.html"
    check.write_text((out / "findings.html").read_text().replace("</body>", IMAGE_CHECK + "</body>"))
    dom = chromium(tmp_path / "chrome", "--window-size=1200,2000", "--dump-dom", check.resolve().as_uri())
    assert "<h2>Growth experiment" in dom.stdout
    assert 'data-images="3 ok"' in dom.stdout
    assert "Uncaught" not in dom.stderr
