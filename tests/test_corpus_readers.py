"""Source readers on real-format fixtures (tests/fixtures/corpus, see README there) and bad input."""

from __future__ import annotations

import gzip
import json
import lzma
import shutil
from pathlib import Path

import pytest
from datatrove.data import Document

from medlm.config import from_dict
from medlm.corpus.readers import (
    COLUMN_PRESETS,
    ColumnMap,
    Dropped,
    Errored,
    ReadError,
    SourceConfig,
    expand_inputs,
    read_file,
    read_hf,
)
from medlm.errors import MedlmError

FIX = Path(__file__).parent / "fixtures" / "corpus"


def src(format: str, **kw) -> SourceConfig:
    return SourceConfig(name=kw.pop("name", "s"), format=format, paths=kw.pop("paths", ["x"]), **kw)


def items(source: SourceConfig, path: Path) -> tuple[list[Document], list[Dropped], list[Errored]]:
    out = list(read_file(source, path))
    return (
        [i for i in out if isinstance(i, Document)],
        [i for i in out if isinstance(i, Dropped)],
        [i for i in out if isinstance(i, Errored)],
    )


# ---------------------------------------------------------------- MEDLINE


def test_medline_update_file_structured_abstracts_and_drop_reasons():
    docs, dropped, errored = items(src("medline", name="pubmed"), FIX / "medline_update.xml.gz")
    assert not errored
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"pubmed:27797938", "pubmed:9997"}
    telomere = by_id["pubmed:27797938"]
    assert telomere.text.startswith("Leucocyte telomere length, genetic variants at the TERT gene region")
    assert "\nOBJECTIVE: Telomere shortening occurs" in telomere.text  # structured label kept
    assert "\nCONCLUSIONS: " in telomere.text
    meta = telomere.metadata
    assert meta["source"] == "pubmed" and meta["kind"] == "literature"
    assert meta["pmid"] == "27797938" and meta["year"] == 2017 and meta["language"] == ["eng"]
    assert meta["section_labels"] == ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
    assert "Pancreatic Neoplasms" in meta["mesh"] and "Journal Article" in meta["publication_types"]
    reasons = {(d.reason, d.id) for d in dropped}
    assert reasons == {
        ("no_abstract", "pubmed:12091962"),
        ("non_english", "pubmed:90000001"),
        ("retracted", "pubmed:90000002"),
        ("deleted_citation", "pubmed:12345"),
        ("deleted_citation", "pubmed:67890"),
    }


def test_medline_plain_xml_and_language_choice():
    docs, dropped, _ = items(src("medline"), FIX / "medline_baseline.xml")
    assert [d.metadata["pmid"] for d in docs] == ["11748933", "11700088"]
    assert "(13)C NMR imaging" in docs[1].text
    # keeping German articles too: the edited record comes back
    docs, dropped, _ = items(src("medline", languages=["eng", "ger"]), FIX / "medline_update.xml.gz")
    assert "s:90000001" in {d.id for d in docs}
    # title-only records kept when asked
    docs, _, _ = items(src("medline", require_abstract=False), FIX / "medline_update.xml.gz")
    assert "s:12091962" in {d.id for d in docs}


# ---------------------------------------------------------------- PMC


def test_pmc_nxml_sections_without_tables_figures_formulas_refs():
    (doc,), dropped, errored = items(src("pmc", name="pmc"), FIX / "pmc_article.nxml")
    assert doc.id == "pmc:PMC1790863"
    text = doc.text
    assert text.startswith("Quantifying Organismal Complexity using a Population Genetic Approach\n\nAbstract\n\nBackground")
    assert "\n\nIntroduction\n\n" in text and "\n\nModel and Results\n\n" in text
    assert doc.metadata["section_labels"][:3] == ["Background", "Methodology", "Conclusions/Significance"]
    assert doc.metadata["year"] == 2007 and doc.metadata["pmid"] and doc.metadata["doi"]
    raw = (FIX / "pmc_article.nxml").read_text()
    # figure captions, formulas and the reference list are in the file but not in the text
    caption = raw.split("<fig ")[1].split("<title>")[1].split("</title>")[0]
    ref = raw.split("<ref ")[1].split("<article-title>")[1].split("</article-title>")[0]
    assert caption and caption not in text
    assert ref and ref not in text
    assert "<mml:" not in text and "mml:math" not in text
    assert not dropped and not errored


def test_pmc_articleset_and_tar_gz(tmp_path):
    (doc,), _, _ = items(src("pmc"), FIX / "pmc_articleset.xml")
    assert doc.id == "s:PMC8435807"
    import tarfile

    tar_path = tmp_path / "oa_bulk.tar.gz"
    with tarfile.open(tar_path, "w:gz") as tar:
        tar.add(FIX / "pmc_article.nxml", arcname="PMC001xxxxxx/pone.0000217.nxml")
        tar.add(FIX / "README.md", arcname="PMC001xxxxxx/README.md")
    (doc,), _, _ = items(src("pmc"), tar_path)
    assert doc.id == "s:PMC1790863"


# ---------------------------------------------------------------- clinical CSV


def test_csv_presets_mimic3_mimic4_mtsamples():
    docs, dropped, _ = items(src("csv", name="mimic", kind="clinical", preset="mimic3_noteevents"), FIX / "NOTEEVENTS.csv")
    assert [d.id for d in docs] == ["mimic:174", "mimic:175"]
    assert dropped == [Dropped("marked_error", "mimic:176")]  # ISERROR=1
    assert docs[0].metadata["CATEGORY"] == "Discharge summary" and docs[0].metadata["kind"] == "clinical"
    assert docs[0].metadata["SUBJECT_ID"] == "22532"
    docs, _, _ = items(src("csv", name="m4", preset="mimic4_discharge"), FIX / "discharge.csv")
    assert [d.id for d in docs] == ["m4:10000030-DS-1", "m4:10000031-DS-2"]
    assert docs[0].metadata["note_type"] == "DS"
    docs, _, _ = items(src("csv", name="mts", preset="mtsamples"), FIX / "mtsamples.csv")
    assert [d.id for d in docs] == ["mts:mtsamples:1", "mts:mtsamples:2", "mts:mtsamples:3"]
    assert docs[0].metadata["sample_name"] == "Exercise Stress Test - 4"
    assert "EXERCISE" in docs[0].text.upper()


def test_csv_custom_mapping_from_recipe_dict():
    # the mapping as a hospital export would write it in the recipe
    cfg = from_dict(
        SourceConfig,
        {"name": "h", "format": "csv", "paths": ["x"], "columns": {"id": "note_id", "text": "text", "metadata": ["note_type"]}},
    )
    docs, _, _ = items(cfg, FIX / "discharge.csv")
    assert docs[0].metadata == {"note_type": "DS", "row": 1, "source": "h", "kind": "literature"}


def test_csv_missing_mapped_column_names_file_and_columns():
    with pytest.raises(ReadError, match=r"discharge\.csv: line 1: missing mapped column\(s\) TEXT, ROW_ID|discharge\.csv: line 1: missing mapped column\(s\) ROW_ID"):
        list(read_file(src("csv", preset="mimic3_noteevents"), FIX / "discharge.csv"))


def test_csv_ragged_row_is_errored_not_fatal(tmp_path):
    p = tmp_path / "notes.csv"
    p.write_text('id,text\n1,"first note text"\n2,"second",extra\n3,"third note"\n')
    docs, _, errored = items(src("csv", columns=ColumnMap(id="id", text="text")), p)
    assert [d.id for d in docs] == ["s:1", "s:3"]
    assert errored and errored[0].where.endswith("notes.csv:3") and "3 fields" in errored[0].message


# ---------------------------------------------------------------- JSONL / Parquet / text


def test_jsonl_xz_and_gz():
    docs, _, _ = items(src("jsonl", name="ct"), FIX / "ctgov.jsonl.xz")
    assert [d.id for d in docs] == ["ct:NCT00000102", "ct:NCT00000104", "ct:NCT00000107"]
    assert docs[0].metadata["original_source"] == "clinicaltrials.gov" and docs[0].metadata["line"] == 1
    docs, _, _ = items(src("jsonl"), FIX / "bioner.jsonl.gz")
    assert len(docs) == 3 and docs[0].id == "s:AnatEM-IOB/devel.tsv#197"


def test_jsonl_bad_lines_are_errored_with_line_numbers(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"id": "a", "text": "fine"}\n{"id": "b", "text": \n{"id": "c"}\n{"id": "d", "text": ""}\n')
    docs, dropped, errored = items(src("jsonl"), p)
    assert [d.id for d in docs] == ["s:a"]
    assert [e.where for e in errored] == [f"{p}:2", f"{p}:3"]
    assert "invalid JSON" in errored[0].message and "no 'text' field" in errored[1].message
    assert dropped == [Dropped("empty_text", "s:d")]


def test_parquet_keeps_duplicate_source_ids_apart_by_row():
    docs, _, _ = items(src("parquet", name="mq"), FIX / "medquad.parquet")
    # MedQuAD re-uses ids for different pages: the row number tells them apart
    assert [d.id for d in docs] == ["mq:0000013_2", "mq:0000013_2", "mq:0000010"]
    assert [d.metadata["row"] for d in docs] == [1, 2, 3]
    assert docs[0].text != docs[1].text and docs[0].metadata["url"].startswith("https://www.cancer.gov")


def test_text_files_directory_and_units(tmp_path):
    source = src("text", name="notes", paths=["notes"], kind="clinical")
    files = expand_inputs(source, FIX)
    assert [f.name for f in files] == ["aci_D2N001.txt", "aci_D2N002.txt"]
    (doc,), _, _ = items(source, files[0])
    assert doc.id == "notes:notes/aci_D2N001.txt" and doc.metadata["kind"] == "clinical"
    p = tmp_path / "many.txt"
    p.write_text("first doc line one\nline two\n\n\nsecond doc\n")
    docs, _, _ = items(src("text", text_unit="blank_line"), p)
    assert [d.text for d in docs] == ["first doc line one\nline two", "second doc"]
    docs, _, _ = items(src("text", text_unit="line"), p)
    assert len(docs) == 3 and docs[2].metadata["line"] == 5


def test_expand_inputs_globs_env_vars_and_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDLM_TEST_DATA", str(FIX))
    s = src("medline", paths=["${MEDLM_TEST_DATA}/medline_*.xml*"])
    assert [f.name for f in expand_inputs(s, tmp_path)] == ["medline_baseline.xml", "medline_update.xml.gz"]
    s = src("medline", paths=["${MEDLM_UNSET_VAR:-" + str(FIX) + "}/medline_baseline.xml"])
    assert len(expand_inputs(s, tmp_path)) == 1
    with pytest.raises(MedlmError, match="no input matches 'nothing/\\*.xml'"):
        expand_inputs(src("medline", paths=["nothing/*.xml"]), tmp_path)
    assert expand_inputs(SourceConfig(name="h", format="hf", hf_id="x/y"), tmp_path) == []


def test_source_config_validation():
    with pytest.raises(MedlmError, match="unknown preset 'mimic5'"):
        from_dict(SourceConfig, {"name": "a", "format": "csv", "paths": ["x"], "preset": "mimic5"})
    with pytest.raises(MedlmError, match="'format' must be one of"):
        from_dict(SourceConfig, {"name": "a", "format": "xlsx", "paths": ["x"]})
    with pytest.raises(MedlmError, match="format hf needs hf_id"):
        from_dict(SourceConfig, {"name": "a", "format": "hf"})
    with pytest.raises(MedlmError, match="unknown encoding 'latin9x'"):
        from_dict(SourceConfig, {"name": "a", "format": "csv", "paths": ["x"], "encoding": "latin9x"})
    assert set(COLUMN_PRESETS) >= {"mimic3_noteevents", "mimic4_discharge", "mimic4_radiology", "mtsamples"}


# ---------------------------------------------------------------- bad input -> ReadError naming file and position


def test_truncated_xml_names_line(tmp_path):
    raw = gzip.decompress((FIX / "medline_update.xml.gz").read_bytes())
    p = tmp_path / "cut.xml"
    p.write_bytes(raw[: len(raw) * 2 // 3])
    seen = []
    with pytest.raises(ReadError, match=r"cut\.xml: malformed or truncated XML at line \d+, column \d+ after record PMID \d+"):
        for item in read_file(src("medline"), p):
            seen.append(item)
    assert seen  # records before the damage were delivered (streaming)


def test_malformed_xml(tmp_path):
    p = tmp_path / "bad.xml"
    p.write_text("<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>1</PMID></Medline>\n</PubmedArticleSet>")
    with pytest.raises(ReadError, match=r"bad\.xml: malformed or truncated XML at line 2"):
        list(read_file(src("medline"), p))


def test_wrong_root_element():
    with pytest.raises(ReadError, match="not a MEDLINE <PubmedArticleSet>"):
        list(read_file(src("medline"), FIX / "pmc_article.nxml"))


def test_truncated_gzip_and_xz(tmp_path):
    data = (FIX / "medline_update.xml.gz").read_bytes()
    p = tmp_path / "cut.xml.gz"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError, match=r"cut\.xml\.gz: truncated or corrupt file"):
        list(read_file(src("medline"), p))
    q = tmp_path / "cut.jsonl.xz"
    q.write_bytes((FIX / "ctgov.jsonl.xz").read_bytes()[:-30])
    with pytest.raises(ReadError, match=r"cut\.jsonl\.xz: truncated or corrupt file"):
        list(read_file(src("jsonl"), q))


def test_non_utf8_bytes(tmp_path):
    p = tmp_path / "latin1.csv"
    p.write_bytes("id,text\n0,fine\n1,Patient febrile 39\xb0C\n".encode("latin-1"))
    with pytest.raises(ReadError, match=r"latin1\.csv: bytes that are not utf-8 \(line 3, after record 0\).*encoding: latin-1"):
        list(read_file(src("csv", columns=ColumnMap(id="id", text="text")), p))
    docs, _, _ = items(src("csv", columns=ColumnMap(id="id", text="text"), encoding="latin-1"), p)
    assert docs[1].text == "Patient febrile 39°C"
    excel = tmp_path / "excel.csv"
    excel.write_bytes("id,text\r\n7,Temp 39°C\r\n".encode("utf-16"))
    docs, _, _ = items(src("csv", columns=ColumnMap(id="id", text="text"), encoding="utf-16"), excel)
    assert [(d.id, d.text) for d in docs] == [("s:7", "Temp 39°C")]
    t = tmp_path / "note.txt"
    t.write_bytes(b"line one\nline two \xff\n")
    with pytest.raises(ReadError, match=r"note\.txt: bytes that are not utf-8 \(line 2\)"):
        list(read_file(src("text"), t))
    j = tmp_path / "x.jsonl"
    j.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(ReadError, match=r"x\.jsonl: bytes that are not utf-8 \(line 2\)"):
        list(read_file(src("jsonl"), j))
    x = tmp_path / "x.xml"
    x.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\xe9</PubmedArticleSet>')
    with pytest.raises(ReadError, match=r"x\.xml: malformed or truncated XML at line 2"):
        list(read_file(src("medline"), x))


def test_empty_and_missing_files(tmp_path):
    for name, fmt in [("e.xml", "medline"), ("e.csv", "csv"), ("e.jsonl", "jsonl"), ("e.nxml", "pmc"), ("e.txt", "text")]:
        (tmp_path / name).write_bytes(b"")
        with pytest.raises(ReadError, match=rf"{name}: empty file"):
            list(read_file(src(fmt), tmp_path / name))
    with pytest.raises(ReadError, match="cannot open"):
        list(read_file(src("jsonl"), tmp_path / "absent.jsonl"))


def test_corrupt_parquet(tmp_path):
    p = tmp_path / "bad.parquet"
    p.write_bytes((FIX / "medquad.parquet").read_bytes()[:300])
    with pytest.raises(ReadError, match=r"bad\.parquet: not a readable Parquet file"):
        list(read_file(src("parquet"), p))


def test_hf_offline_gives_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    s = SourceConfig(name="h", format="hf", hf_id="medlm-test/definitely-not-cached", hf_split="train")
    with pytest.raises(ReadError, match=r"hf:medlm-test/definitely-not-cached: cannot open the Hugging Face dataset .*HF_HUB_OFFLINE"):
        next(read_hf(s))


def test_limit_and_readers_stream(tmp_path):
    p = tmp_path / "big.jsonl.xz"
    with lzma.open(p, "wt") as f:
        for i in range(1000):
            f.write(json.dumps({"id": str(i), "text": f"document {i}"}) + "\n")
    gen = read_file(src("jsonl", limit=5), p)
    assert [d.id for d in gen] == [f"s:{i}" for i in range(5)]
    shutil.rmtree(tmp_path, ignore_errors=True)
