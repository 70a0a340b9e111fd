"""`medlm corpus build` end to end on tiny fixtures: accounting, dedup, outputs, manifest, report, CLI."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from medlm.cli import main
from medlm.corpus import config as corpus_config
from medlm.corpus.build import build_corpus
from medlm.corpus.config import CorpusBuildConfig
from medlm.errors import MedlmError
from medlm.manifest import read_manifest
from tests.chromium import chromium, needs_chromium
from tests.corpus_standins import STANDINS

PIPELINE_FIXTURES = Path(__file__).parent / "fixtures" / "corpus" / "pipeline"


def make_inputs(tmp_path: Path, extra_docs: list[dict] | None = None) -> Path:
    inputs = tmp_path / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    for f in PIPELINE_FIXTURES.iterdir():
        if f.name.endswith((".jsonl", ".csv", ".xml", ".xml.gz")):
            shutil.copy(f, inputs / f.name)
    if extra_docs:
        with open(inputs / "abstracts_3.jsonl", "w") as fh:
            for d in extra_docs:
                fh.write(json.dumps(d) + "\n")
    return inputs


def write_recipe(tmp_path: Path, steps: list, name: str = "recipe.yaml", medline: bool = False, **extra) -> Path:
    recipe = {
        "name": "pipeline-test",
        "sources": [{"name": "pubmed", "format": "medline", "paths": ["inputs/medline_*"]}] * medline + [
            {"name": "abstracts", "format": "jsonl", "paths": ["inputs/abstracts_*.jsonl"], "kind": "literature"},
            {"name": "notes", "format": "csv", "paths": ["inputs/notes.csv"], "kind": "clinical",
             "columns": {"id": "note_id", "text": "text"}},
        ],
        "steps": steps,
        **extra,
    }
    path = tmp_path / name
    path.write_text(yaml.safe_dump(recipe, sort_keys=False))
    return path


def read_output(out: Path) -> dict[str, str]:
    """id -> sha256(text) of a built corpus."""
    rows = {}
    for f in sorted((out / "data").glob("*.parquet")):
        t = pq.read_table(f)
        for i, text in zip(t.column("id").to_pylist(), t.column("text").to_pylist()):
            assert i not in rows, f"duplicate id {i}"
            rows[i] = hashlib.sha256(text.encode()).hexdigest()
    return rows


def assert_accounting(manifest: dict) -> None:
    steps = manifest["steps"]
    names = list(steps)
    assert names[0] == "read"
    for prev, name in zip([None, *names], names):
        s = steps[name]
        assert s["in"] == s["kept"] + sum(s["dropped"].values()) + s["errored"], (name, s)
        if prev:
            assert s["in"] == steps[prev]["kept"], (prev, name)
    t = manifest["totals"]
    assert t["in"] == t["kept"] + t["dropped"] + t["errored"]
    assert t["in"] == steps["read"]["in"] and t["kept"] == steps[names[-1]]["kept"] == manifest["output"]["docs"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """One standard build (normalize + dedup, one worker) shared by the read-only tests below."""
    tmp = tmp_path_factory.mktemp("built")
    make_inputs(tmp)
    recipe = write_recipe(tmp, [{"normalize": {}}, {"dedup": {}}])
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(tmp / "out"), workers=1, progress=False))
    return tmp


@pytest.fixture
def standins(monkeypatch):
    for name, target in STANDINS.items():
        monkeypatch.setitem(corpus_config.STEP_REGISTRY, name, target)


def test_build_accounts_for_every_document_and_removes_duplicates(tmp_path, standins):
    make_inputs(tmp_path, extra_docs=[
        {"id": "c1", "text": "A short review that quotes test material: CONTAMINATED question text about dosing of apixaban."},
    ])
    recipe = write_recipe(tmp_path, [{"quality": {"word": "psoriasis"}}, {"dedup": {}}, {"decontaminate": {}}], medline=True)
    out = tmp_path / "out"
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False))

    m = read_manifest(out, "corpus")
    assert_accounting(m)
    steps = m["steps"]
    assert list(steps) == ["read", "quality", "dedup", "decontaminate"]
    # 5 MEDLINE items (one a DeleteCitation), 28 abstracts, 9 note rows (one empty)
    assert steps["read"] == {**steps["read"], "in": 42, "kept": 40, "dropped": {"deleted_citation": 1, "empty_text": 1}, "errored": 0}
    # planted: an exact duplicate (case/spacing), a near duplicate, a revised and a deleted MEDLINE citation
    assert steps["dedup"]["dropped"] == {"deleted_citation": 1, "exact_duplicate": 1, "near_duplicate": 1, "superseded_id": 1}
    assert steps["quality"]["dropped"] == {"mentions_psoriasis": steps["quality"]["in"] - steps["quality"]["kept"]}
    assert steps["decontaminate"]["dropped"] == {"benchmark_toyqa": 1}
    dec = m["decontamination"]
    assert dec["removed"] == 1
    assert dec["hits"] == [{"benchmark": "toyqa", "item_id": "q1", "doc_id": "abstracts:c1", "ngram": "CONTAMINATED"}]

    rows = read_output(out)
    assert len(rows) == m["totals"]["kept"]
    assert "abstracts:a900" not in rows and "abstracts:c1" not in rows
    table = {r["id"]: r for r in pq.read_table(out / "data").to_pylist()}
    # a repeated id outside MEDLINE is another record: kept under a new id
    assert "abstracts:a010" in table and table["abstracts:a010#2"]["text"].startswith("A different record")
    assert json.loads(table["abstracts:a010#2"]["metadata"])["original_id"] == "abstracts:a010"
    # MEDLINE: the update's version wins, the deleted citation is gone
    assert "corrected analysis" in table["pubmed:31000002"]["text"] and "pubmed:31000003" not in table
    meta = json.loads(table["abstracts:a010"]["metadata"])
    assert meta["kind"] == "literature" and not any(k.startswith("_") for k in meta)
    assert {r["source"] for r in table.values()} == {"abstracts", "notes", "pubmed"}

    # manifest: inputs with checksums, resolved recipe with defaults, version
    assert len(m["inputs"]) == 6 and all(len(i["sha256"]) == 64 and i["bytes"] > 0 for i in m["inputs"])
    assert m["recipe"]["steps"][1] == {"dedup": corpus_config.to_dict(__import__("medlm.corpus.dedup", fromlist=["x"]).DedupConfig())}
    assert m["medlm_version"] and m["output"]["sources"]["notes"]["docs"] == 8
    assert (out / "report.html").read_text().count("data:image/png;base64,") == 3
    assert not (out / ".work").exists()


def test_output_opens_with_datasets(built, tmp_path):
    datasets = pytest.importorskip("datasets")
    out = built / "out"
    ds = datasets.load_dataset("parquet", data_dir=str(out / "data"), split="train", cache_dir=str(tmp_path / "hf"))
    assert ds.column_names == ["id", "source", "text", "metadata"]
    assert len(ds) == read_manifest(out, "corpus")["totals"]["kept"] == 33
    assert len(set(ds["id"])) == len(ds)


def test_parallel_workers_give_the_same_corpus(built):
    recipe = built / "recipe.yaml"
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(built / "two"), workers=2, progress=False))
    assert read_output(built / "out") == read_output(built / "two")
    assert_accounting(read_manifest(built / "two", "corpus"))


def test_rerun_is_a_noop_and_changed_recipe_needs_force(tmp_path, capsys):
    make_inputs(tmp_path)
    recipe = write_recipe(tmp_path, [{"dedup": {"near": False}}])
    out = tmp_path / "out"
    cfg = CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False)
    build_corpus(cfg)
    before = (out / "manifest.json").stat().st_mtime_ns, sorted((out / "data").iterdir())
    build_corpus(cfg)
    assert "nothing to do" in capsys.readouterr().err
    assert ((out / "manifest.json").stat().st_mtime_ns, sorted((out / "data").iterdir())) == before

    write_recipe(tmp_path, [{"dedup": {"near": True}}])
    with pytest.raises(MedlmError, match="another recipe.*--force"):
        build_corpus(cfg)
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False, force=True))
    assert read_manifest(out, "corpus")["steps"]["dedup"]["dropped"]["near_duplicate"] == 1


def test_out_dir_with_foreign_files_is_refused(tmp_path):
    make_inputs(tmp_path)
    recipe = write_recipe(tmp_path, [])
    out = tmp_path / "out"
    out.mkdir()
    (out / "thesis.tex").write_text("x")
    with pytest.raises(MedlmError, match="not empty"):
        build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False))


def test_recipe_without_steps_still_makes_ids_unique(tmp_path):
    make_inputs(tmp_path)
    recipe = write_recipe(tmp_path, [])
    out = tmp_path / "out"
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False))
    m = read_manifest(out, "corpus")
    assert list(m["steps"]) == ["read", "unique_ids"]
    assert m["steps"]["unique_ids"]["dropped"] == {} and m["totals"]["kept"] == 35
    assert "abstracts:a010#2" in read_output(out)
    assert_accounting(m)


def test_failing_step_names_step_and_document(tmp_path, standins):
    make_inputs(tmp_path)
    recipe = write_recipe(tmp_path, [{"language": {"on": "a005"}}])
    with pytest.raises(MedlmError, match=r"step 'language' failed at or near document abstracts:a005: ValueError: stand-in failure.*task_\d+\.log"):
        build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(tmp_path / "out"), workers=1, progress=False))
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_worker_killed_by_the_os_fails_the_build_instead_of_hanging(tmp_path, standins):
    make_inputs(tmp_path)
    recipe = write_recipe(tmp_path, [{"normalize": {"on": "a005"}}])
    with pytest.raises(MedlmError, match="worker process died.*run the same command again"):
        build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(tmp_path / "out"), workers=2, progress=False))
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_real_steps_full_recipe(tmp_path):
    """The registered steps (normalize ... abbreviations) run together through the pipeline."""
    make_inputs(tmp_path)
    bench = tmp_path / "bench.txt"
    bench.write_text("which of the following is the most likely diagnosis in a patient with fever and neck stiffness\n")
    recipe = write_recipe(tmp_path, [
        {"normalize": {}}, {"quality": {}}, {"language": {}}, {"deid": {}}, {"dedup": {}},
        {"decontaminate": {"benchmarks": [{"name": "toy", "path": "bench.txt", "format": "lines"}]}},
        {"abbreviations": {}},
    ])
    out = tmp_path / "out"
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False))
    m = read_manifest(out, "corpus")
    assert_accounting(m)
    assert list(m["steps"]) == ["read", "normalize", "quality", "language", "deid", "dedup", "decontaminate", "abbreviations"]
    assert m["totals"]["kept"] > 0
    assert isinstance(json.loads((out / "abbreviations.json").read_text()), dict)


# ---------------------------------------------------------------- CLI


def test_cli_build_and_stats(built, tmp_path, capsys):
    recipe = write_recipe(built, [{"dedup": {}}], name="cli.yaml")
    out = tmp_path / "out"
    assert main(["corpus", "build", str(recipe), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    assert read_output(out) == read_output(built / "out")
    assert main(["corpus", "stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert "36 read, 33 kept, 3 dropped, 0 errored" in text
    assert "near_duplicate=1" in text and "p50=" in text
    assert main(["corpus", "stats", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["kept"] == 33


def test_cli_stats_on_unfinished_dir_is_one_line_error(tmp_path, capsys):
    (tmp_path / "half").mkdir()
    assert main(["corpus", "stats", str(tmp_path / "half")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no manifest.json" in err


# ---------------------------------------------------------------- report in a real browser


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    raw = zlib.decompress(idat)
    return w, h, len(set(raw[i:i + 3] for i in range(0, min(len(raw), 3_000_000), 97)))


@needs_chromium
def test_report_renders_in_headless_chromium(built, tmp_path):
    out = built / "out"
    shot = tmp_path / "report.png"
    chromium(tmp_path / "chrome", "--window-size=1200,2000", f"--screenshot={shot}", (out / "report.html").as_uri(),
             check=True)
    w, h, colours = _png_size_and_colours(shot)
    assert (w, h) == (1200, 2000)
    assert colours > 20, "screenshot looks blank: the report did not render"


# ---------------------------------------------------------------- Slurm wiring (no cluster: fake sbatch)


def test_slurm_chain_is_submitted_and_its_pickled_jobs_build_the_corpus(built, tmp_path, monkeypatch):
    """--executor slurm submits one job array per stage, each depending on the previous, plus the
    manifest job; running the pickled jobs as Slurm would (rank from SLURM_ARRAY_TASK_ID) builds the corpus."""
    import dill

    bin_dir, log = tmp_path / "bin", tmp_path / "sbatch.log"
    bin_dir.mkdir()
    log.touch()
    (bin_dir / "sbatch").write_text(f"""#!/bin/sh
n=$(($(wc -l < {log}) + 1))
echo "$n $*" >> {log}
echo "Submitted batch job $n"
""")
    (bin_dir / "scontrol").write_text("#!/bin/sh\necho localhost\n")  # `scontrol show hostnames`
    for tool in ("sbatch", "scontrol"):
        (bin_dir / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{__import__('os').environ['PATH']}")
    out = tmp_path / "out"
    build_corpus(CorpusBuildConfig(recipe=str(built / "recipe.yaml"), out=str(out), executor="slurm",
                                   slurm_partition="cpu", progress=False))
    assert not (out / "manifest.json").exists()
    stages = ["process", "keys", "minhash_signatures", "minhash_buckets", "minhash_clusters", "finalize", "finish"]
    jobs = [line.split() for line in log.read_text().splitlines()]
    deps = [next((a for a in j if a.startswith("--dependency=")), None) for j in jobs]
    assert len(jobs) == 2 * len(stages)  # a job array + datatrove's stats-merging job per stage
    assert deps[0] is None and all(d and "afterok:" in d for d in deps[2::2]), deps
    monkeypatch.setenv("SLURM_NODELIST", "localhost")
    for stage in stages:  # what Slurm would run, in dependency order
        logging_dir = out / ".work" / "logs" / stage
        assert f"source {Path(__import__('sys').prefix)}" in (logging_dir / "launch_script.slurm").read_text()
        with open(logging_dir / "executor.pik", "rb") as f:
            executor = dill.load(f)
        for task in range(executor.tasks):
            monkeypatch.setenv("SLURM_ARRAY_TASK_ID", str(task))
            executor.run()
    monkeypatch.delenv("SLURM_ARRAY_TASK_ID")
    assert read_output(out) == read_output(built / "out")
    assert_accounting(read_manifest(out, "corpus"))


# ---------------------------------------------------------------- dedup internals


def test_lsh_parameters_follow_the_threshold():
    from medlm.corpus.dedup import DedupConfig, candidate_probability

    bands, rows = DedupConfig().lsh_params()
    assert bands * rows <= 128
    assert candidate_probability(0.95, bands, rows) > 0.99 and candidate_probability(0.9, bands, rows) > 0.9
    assert candidate_probability(0.5, bands, rows) < 0.01
    assert DedupConfig(bands=20, rows=5).lsh_params() == (20, 5)
    loose_b, loose_r = DedupConfig(threshold=0.5).lsh_params()
    assert candidate_probability(0.6, loose_b, loose_r) > candidate_probability(0.6, bands, rows)


def _signatures(texts: list[str]):
    from medlm.corpus.dedup import DedupConfig, minhash_parameters, signatures

    cfg = DedupConfig()
    bands, rows = cfg.lsh_params()
    return signatures(texts, cfg.shingle, *minhash_parameters(bands * rows, cfg.seed)), bands, rows


def test_minhash_signatures_match_near_duplicates_only():
    from medlm.corpus.dedup import text_hash

    rows_ = [json.loads(line)["text"] for line in (PIPELINE_FIXTURES / "abstracts_1.jsonl").read_text().splitlines()]
    words = rows_[0].split()
    one_word_changed = " ".join(words[:40] + ["altered"] + words[41:])
    sig, bands, rows = _signatures([rows_[0], one_word_changed, *rows_[1:6]])

    def bands_shared(i: int, j: int) -> int:
        return sum((sig[i, b * rows : (b + 1) * rows] == sig[j, b * rows : (b + 1) * rows]).all() for b in range(bands))

    assert bands_shared(0, 1) >= 1
    assert all(bands_shared(0, k) == 0 for k in range(2, 7))
    assert text_hash(rows_[0]) == text_hash(rows_[0].upper().replace(" ", "  ")) != text_hash(one_word_changed)


def test_minhash_signatures_do_not_depend_on_batching_case_or_punctuation():
    import numpy as np

    from medlm.corpus.dedup import EMPTY

    texts = [json.loads(line)["text"] for line in (PIPELINE_FIXTURES / "abstracts_1.jsonl").read_text().splitlines()][:8]
    texts += ["too short", "Café crème naïve 12,5 mg µg/kg ± 3 °C – résumé of β-blockers in ½ of cases", ""]
    together = _signatures(texts)[0]
    alone = np.concatenate([_signatures([t])[0] for t in texts])
    assert (together == alone).all()  # a batch's texts do not leak into each other's shingles
    assert (together[8] == EMPTY).all() and (together[10] == EMPTY).all() and (together[:8] != EMPTY).all()
    assert (together[:8] < EMPTY).all()
    # case, punctuation and spacing do not change shingles; digits count by position only
    variant = texts[9].replace("Café crème", "CAFÉ Crème").replace(" ", " \n ").replace("–", "—").replace("12,5", "34;7")
    assert (_signatures([variant])[0] == together[9]).all()


def test_estimated_jaccard_tracks_the_shingle_sets():
    import numpy as np

    from medlm.corpus.dedup import batch_shingles, estimated_jaccard, shingle_bytes

    rng = np.random.default_rng(0)
    vocab = [f"term{i}" for i in range(5000)]
    errors = []
    for trial in range(60):
        words = list(rng.choice(vocab, 300))
        k = int(rng.integers(5, 150))
        other = words[:-k] + list(rng.choice(vocab, k))
        (sa, sb), _, _ = _signatures([" ".join(words), " ".join(other)])
        a = set(batch_shingles([shingle_bytes(" ".join(words))], 5)[0].tolist())
        b = set(batch_shingles([shingle_bytes(" ".join(other))], 5)[0].tolist())
        errors.append(estimated_jaccard(sa, sb) - len(a & b) / len(a | b))
    errors = np.array(errors)
    # 117 hashes: the estimate's standard deviation is at most sqrt(0.25 / 117) = 0.046
    assert abs(errors.mean()) < 0.02 and errors.std() < 0.06


def test_text_hash_equals_the_normalised_word_sequence_hash():
    from medlm.corpus.dedup import normalised_words, text_hash

    for text in ["A_b c\x00d\x7fe", "X-ray 5mg/kg", "\t\nFoo__bar  ", "Straße ÅNGSTRÖM – café‿x µg ½ ²", "a\u0301b"]:
        expected = int.from_bytes(hashlib.blake2b(normalised_words(text).encode(), digest_size=8).digest(), "little")
        assert text_hash(text) == expected, text


def test_lsh_candidates_below_the_jaccard_threshold_are_kept(tmp_path):
    """64 bands of 2 rows make a pair of Jaccard ~0.47 collide in some band almost surely (p = 1 - 0.78**64);
    the Jaccard check must reject it, while a true near-duplicate (Jaccard ~0.96) is still removed."""
    import numpy as np

    rng = np.random.default_rng(1)
    vocab = [f"term{i}" for i in range(20_000)]
    base = list(rng.choice(vocab, 200))
    docs = {
        "base": base,
        "half_shared": base[:130] + list(rng.choice(vocab, 70)),  # shingle Jaccard ~0.47
        "near_copy": base[:196] + list(rng.choice(vocab, 4)),  # shingle Jaccard 0.96
        "unrelated": list(rng.choice(vocab, 200)),
    }
    # the near copy comes first in input order (a.jsonl), so it is the one kept
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"id": k, "text": " ".join(docs[k])}) + "\n" for k in ("near_copy", "unrelated")))
    (tmp_path / "b.jsonl").write_text("".join(json.dumps({"id": k, "text": " ".join(docs[k])}) + "\n" for k in ("base", "half_shared")))
    recipe = tmp_path / "recipe.yaml"
    recipe.write_text(yaml.safe_dump({"name": "jaccard", "sources": [{"name": "d", "format": "jsonl", "paths": ["*.jsonl"]}],
                                      "steps": [{"dedup": {"bands": 64, "rows": 2, "threshold": 0.8}}]}))
    outputs = []
    for tasks in (1, 2):  # one shard, or one per file: the same decisions
        out = tmp_path / f"out{tasks}"
        build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, tasks=tasks, progress=False))
        m = read_manifest(out, "corpus")
        outputs.append(read_output(out))
        assert set(outputs[-1]) == {"d:near_copy", "d:half_shared", "d:unrelated"}
        near = m["near_duplicates"]
        assert near["minhash_candidates"] >= 2 and near["minhash_verified"] == 1 and near["removed"] == 1
        assert near["minhash_rejected"] == near["minhash_candidates"] - 1
        assert m["steps"]["dedup"]["dropped"] == {"near_duplicate": 1}
    assert outputs[0] == outputs[1]


def test_near_duplicate_clusters_keep_their_first_document():
    from medlm.corpus.dedup import first_in_input_order

    order = {(0, 0): 5, (0, 1): 1, (1, 0): 3, (1, 1): 0, (2, 7): 9}.__getitem__
    pairs = [(0, 0, 1, 0), (1, 0, 0, 1), (2, 7, 1, 1)]  # {(0,0), (1,0), (0,1)} and {(2,7), (1,1)}
    assert first_in_input_order(pairs, lambda f, d: order((f, d))) == {0: [0], 1: [0], 2: [7]}


def test_in_memory_buckets_equal_datatrove_streaming_merge(tmp_path):
    """Both stage-2 paths (numpy sort for bands that fit in memory, datatrove's heap merge beyond) give the same pairs."""
    import numpy as np

    from medlm.corpus.dedup import Buckets, DedupConfig

    cfg = DedupConfig(bands=2, rows=3)
    rng = np.random.default_rng(0)
    record = np.dtype([(f"f{i}", "<u4") for i in range(3)] + [("doc", "<u4")])
    for band in range(2):
        for rank in range(3):
            values = rng.integers(0, 5, size=(40, 3), dtype=np.uint32)  # small alphabet: many equal signatures
            docs = np.arange(40, dtype=np.uint32)
            order = np.lexsort((docs, *(values[:, c] for c in reversed(range(3)))))
            out = np.empty(40, dtype=record)
            for c in range(3):
                out[f"f{c}"] = values[order, c]
            out["doc"] = docs[order]
            path = tmp_path / "sigs" / f"bucket_{band:03d}" / f"{rank:05d}.minhash.sig"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(out.tobytes())
    for name, limit in (("numpy", 1 << 20), ("datatrove", 0)):
        step = Buckets(str(tmp_path / "sigs"), str(tmp_path / name), cfg, in_memory_bytes=limit)
        for band in range(2):
            step.run(None, band, 2)
    for band in range(2):
        fast, slow = (tmp_path / name / f"{band:05d}_00.dups" for name in ("numpy", "datatrove"))
        assert fast.read_bytes() == slow.read_bytes() and len(fast.read_bytes()) > 16 * 10


def test_long_documents_are_signed_in_pieces_with_the_same_result(monkeypatch):
    import numpy as np

    from medlm.corpus import dedup

    texts = [json.loads(line)["text"] for line in (PIPELINE_FIXTURES / "abstracts_1.jsonl").read_text().splitlines()][:6]
    texts.insert(2, " ".join(texts))  # one document much longer than the (shrunk) batch below
    whole = _signatures(texts)[0]
    monkeypatch.setattr(dedup, "_BATCH_BYTES", 400)  # pieces of 25 words
    pieces = _signatures(texts)[0]
    assert (whole == pieces).all() and (whole[2] != dedup.EMPTY).all()
    assert len(texts[2].encode()) > 10 * 400 and not np.array_equal(whole[2], whole[0])


def test_candidate_check_does_not_depend_on_document_numbering(tmp_path):
    """A band group a, b, c (a~b and b~c similar, a~c not) gives the same verified pairs whichever way the
    documents were numbered, i.e. whichever chain of neighbours the buckets stage wrote."""
    import numpy as np

    from medlm.corpus.dedup import verify_candidates

    a = np.arange(10, dtype=np.uint32)
    b = a.copy()
    b[0] = 100
    c = b.copy()
    c[1] = 101  # estimated Jaccard: a~b 0.9, b~c 0.9, a~c 0.8
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "00000.u32").write_bytes(np.stack([a, b, c]).tobytes())
    results = []
    for chain in ([(0, 0, 0, 1), (0, 1, 0, 2)], [(0, 0, 0, 2), (0, 2, 0, 1)]):  # a-b-c or a-c-b
        (tmp_path / "dups").mkdir(exist_ok=True)
        (tmp_path / "dups" / "00000_00.dups").write_bytes(np.array(chain, dtype="<u4").tobytes())
        counts = verify_candidates(str(tmp_path / "dups"), str(tmp_path / "ok"), str(tmp_path / "full"), 10, 0.85)
        results.append(sorted(map(tuple, np.fromfile(tmp_path / "ok" / "00000_00.dups", dtype="<u4").reshape(-1, 4).tolist())))
        assert counts == {"minhash_candidates": 3, "minhash_verified": 2, "minhash_rejected": 1}
    assert results[0] == results[1] == [(0, 0, 0, 1), (0, 1, 0, 2)]
