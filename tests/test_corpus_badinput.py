"""Bad input: a one-line error naming the file (exit 2) by default; counted and listed with --on-error skip."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from medlm.cli import main
from medlm.corpus.build import build_corpus
from medlm.corpus.config import CorpusBuildConfig
from medlm.errors import MedlmError
from medlm.manifest import read_manifest
from tests.test_corpus_build import PIPELINE_FIXTURES, assert_accounting


def _bad_files(d: Path) -> dict[str, tuple[dict, Path]]:
    """name -> (source config, bad file) for every kind of broken input."""
    d.mkdir(parents=True, exist_ok=True)
    xml = (PIPELINE_FIXTURES / "medline_base.xml").read_bytes()
    (d / "truncated.xml").write_bytes(xml[: len(xml) * 2 // 3])
    gz = gzip.compress((PIPELINE_FIXTURES / "medline_base.xml").read_bytes())
    (d / "truncated.xml.gz").write_bytes(gz[: len(gz) // 2])
    (d / "latin1.csv").write_bytes("note_id,text\nn1,Patient seen for caf\xe9-au-lait macules and followed up.\n".encode("latin-1"))
    (d / "empty.jsonl").write_bytes(b"")
    (d / "wrong_columns.csv").write_text("ROW_ID,NOTE\n1,Patient well.\n")
    (d / "bad_record.jsonl").write_text('{"id": "ok1", "text": "A fine record about asthma control in children."}\n{"id": "bad", "text": \n')
    medline = {"format": "medline", "kind": "literature"}
    return {
        "malformed_xml": ({**medline, "name": "xml"}, d / "truncated.xml"),
        "truncated_gzip": ({**medline, "name": "gz"}, d / "truncated.xml.gz"),
        "non_utf8": ({"name": "latin", "format": "csv", "kind": "clinical", "columns": {"id": "note_id", "text": "text"}}, d / "latin1.csv"),
        "empty_file": ({"name": "empty", "format": "jsonl"}, d / "empty.jsonl"),
        "csv_missing_columns": ({"name": "notes", "format": "csv", "kind": "clinical", "columns": {"id": "note_id", "text": "TEXT"}}, d / "wrong_columns.csv"),
        "bad_record": ({"name": "records", "format": "jsonl"}, d / "bad_record.jsonl"),
    }


EXPECTED = {  # what the one-line message must say besides the file name
    "malformed_xml": r"malformed or truncated XML at line \d+",
    "truncated_gzip": r"truncated or corrupt",
    "non_utf8": r"not utf-8",
    "empty_file": r"empty file",
    "csv_missing_columns": r"missing mapped column\(s\) note_id, TEXT",
    "bad_record": r"bad_record\.jsonl:2: invalid JSON.*--on-error skip",
}


def _recipe(tmp_path: Path, sources: list[dict], steps=None, name="recipe.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"name": "bad", "sources": sources, "steps": steps or []}))
    return path


@pytest.mark.parametrize("case", list(EXPECTED))
def test_bad_input_fails_with_one_line_naming_the_file(tmp_path, case):
    source, bad = _bad_files(tmp_path / "in")[case]
    recipe = _recipe(tmp_path, [{**source, "paths": [str(bad)]}])
    out = tmp_path / "out"
    with pytest.raises(MedlmError) as e:
        build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False))
    message = str(e.value)
    assert "\n" not in message and str(bad) in message, message
    assert re.search(EXPECTED[case], message), message
    assert not (out / "manifest.json").exists()


def test_cli_exit_code_and_single_line(tmp_path, capsys):
    source, bad = _bad_files(tmp_path / "in")["truncated_gzip"]
    recipe = _recipe(tmp_path, [{**source, "paths": [str(bad)]}])
    assert main(["corpus", "build", str(recipe), "--out", str(tmp_path / "out"), "--workers", "1", "--no-progress"]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("medlm: error:")]
    assert len(err) == 1 and str(bad) in err[0]


def test_on_error_skip_counts_and_lists_every_bad_file(tmp_path):
    bad = _bad_files(tmp_path / "in")
    sources = [{**src, "paths": [str(path)]} for src, path in bad.values()]
    sources.append({"name": "good", "format": "jsonl", "paths": [str(PIPELINE_FIXTURES / "abstracts_1.jsonl")]})
    recipe = _recipe(tmp_path, sources, [{"dedup": {}}])  # MinHash over shards left empty by skipped files
    out = tmp_path / "out"
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False, on_error="skip"))
    m = read_manifest(out, "corpus")
    assert_accounting(m)
    listed = " ".join(f"{e['where']} {e['message']}" for e in m["errors"])
    for name, (_, path) in bad.items():
        assert str(path) in listed, name
    assert m["steps"]["read"]["errored"] == len(bad) == len(m["errors"])
    # good records are kept, including those read from a file before it turned out to be truncated
    ids = {r for f in (out / "data").glob("*.parquet") for r in pq.read_table(f).column("id").to_pylist()}
    assert "records:ok1" in ids and sum(i.startswith("good:") for i in ids) == 14
    assert "report.html" in {p.name for p in out.iterdir()}
    assert "truncated.xml.gz" in (out / "report.html").read_text()


@pytest.mark.parametrize("steps, expected", [
    ([{"dedupe": {}}], r"unknown step 'dedupe' in steps\[0\]; did you mean 'dedup'\?"),
    ([{"dedup": {"treshold": 0.8}}], r"unknown setting 'steps\[0\]\.dedup\.treshold'; did you mean 'steps\[0\]\.dedup\.threshold'\?"),
    ([{"dedup": {"threshold": 1.5}}], r"threshold must be between 0 and 1"),
    ([{"dedup": {}, "quality": {}}], r"steps\[0\] must be a single mapping"),
])
def test_bad_recipe_steps_name_the_recipe_file(tmp_path, capsys, steps, expected):
    recipe = _recipe(tmp_path, [{"name": "good", "format": "jsonl", "paths": [str(PIPELINE_FIXTURES / "abstracts_1.jsonl")]}], steps)
    assert main(["corpus", "build", str(recipe), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(recipe.resolve()) in err
    assert re.search(expected, err), err


def test_typo_in_recipe_key_and_missing_input(tmp_path, capsys):
    good = {"name": "good", "format": "jsonl", "paths": [str(PIPELINE_FIXTURES / "abstracts_1.jsonl")]}
    recipe = tmp_path / "typo.yaml"
    recipe.write_text(yaml.safe_dump({"name": "x", "sources": [good], "stpes": []}))
    assert main(["corpus", "build", str(recipe), "--out", str(tmp_path / "out")]) == 2
    assert "unknown setting 'stpes'; did you mean 'steps'?" in capsys.readouterr().err
    recipe.write_text(yaml.safe_dump({"sources": [{**good, "paths": ["nowhere/*.jsonl"]}]}))
    assert main(["corpus", "build", str(recipe), "--out", str(tmp_path / "out")]) == 2
    assert "no input matches 'nowhere/*.jsonl'" in capsys.readouterr().err
    recipe.write_text(json.dumps({"sources": [{**good, "format": "pdf"}]}))
    assert main(["corpus", "build", str(recipe), "--out", str(tmp_path / "out")]) == 2
    assert "'sources[0].format' must be one of" in capsys.readouterr().err
