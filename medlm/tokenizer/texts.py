"""Reading documents for the tokenizer stage: corpus directories (the contract of medlm.corpus)
or plain files, streamed; and cutting them into training "sentences" for SentencePiece.

A document is `Doc(id, source, kind, text)`. `kind` comes from the corpus metadata
("clinical"/"literature") when the corpus builder recorded it.
"""

from __future__ import annotations

import bz2
import fnmatch
import gzip
import json
import lzma
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from medlm.errors import MedlmError
from medlm.manifest import MANIFEST, manifest_hash, read_manifest, sha256_file

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".jsonl.bz2", ".json")


@dataclass
class Doc:
    id: str
    source: str
    kind: str
    text: str


def is_corpus_dir(path: str | Path) -> bool:
    path = Path(path)
    return path.is_dir() and (path / "data").is_dir()


def corpus_files(corpus: str | Path) -> list[Path]:
    """The parquet files of a finished corpus directory, in a stable order; checks the manifest."""
    corpus = Path(corpus)
    read_manifest(corpus, "corpus")
    files = sorted((corpus / "data").glob("*.parquet"))
    if not files:
        raise MedlmError(f"{corpus}/data: no .parquet files (is this the output of `medlm corpus build`?)")
    return files


def corpus_info(path: str | Path) -> dict:
    """What a later manifest records about its text input: path and, for corpus dirs, the manifest hash."""
    path = Path(path)
    if is_corpus_dir(path) and (path / MANIFEST).is_file():
        return {"path": str(path), "manifest_sha256": manifest_hash(path)}
    if path.is_file():  # plain text input: pin the file itself
        return {"path": str(path), "manifest_sha256": None, "sha256": sha256_file(path)}
    return {"path": str(path), "manifest_sha256": None}


def kind_of(metadata: str | dict | None) -> str:
    if not metadata:
        return ""
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except json.JSONDecodeError:
            return ""
    return str(metadata.get("kind", "")) if isinstance(metadata, dict) else ""


def iter_parquet(path: Path, batch_rows: int = 1024) -> Iterator[Doc]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises several types for a bad file
        raise MedlmError(f"{path}: not a readable parquet file ({e})") from None
    names = set(pf.schema_arrow.names)
    if not {"id", "text"} <= names:
        raise MedlmError(f"{path}: needs columns 'id' and 'text' (has {sorted(names)})")
    columns = [c for c in ("id", "source", "text", "metadata") if c in names]
    for batch in pf.iter_batches(batch_size=batch_rows, columns=columns):
        cols = batch.to_pydict()
        sources = cols.get("source") or [""] * batch.num_rows
        metas = cols.get("metadata") or [None] * batch.num_rows
        for doc_id, source, text, meta in zip(cols["id"], sources, cols["text"], metas):
            yield Doc(str(doc_id), source or "", kind_of(meta), text or "")


def _open_text(path: Path):
    name = path.name
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if name.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8")
    if name.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_jsonl(path: Path) -> Iterator[Doc]:
    with _open_text(path) as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise MedlmError(f"{path}:{line_no}: not valid JSON ({e.msg})") from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise MedlmError(f"{path}:{line_no}: no 'text' field; expected a JSON object with a 'text' string")
            meta = rec.get("metadata")
            kind = rec.get("kind") or kind_of(meta)
            yield Doc(str(rec.get("id", f"{path.name}#{line_no}")), str(rec.get("source", "")), str(kind or ""), rec["text"])


def iter_documents(path: str | Path) -> Iterator[Doc]:
    """Stream the documents of a corpus dir, a parquet/JSONL(.gz/.xz/.bz2) file, a .txt file
    (one document) or a directory of such files."""
    path = Path(path)
    if is_corpus_dir(path):
        for f in corpus_files(path):
            yield from iter_parquet(f)
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        if not files:
            raise MedlmError(f"{path}: no corpus data/ dir and no .parquet/.jsonl/.txt files in it")
        for f in files:
            yield from iter_documents(f)
        return
    if not path.is_file():
        raise MedlmError(f"{path}: no such file or directory")
    if path.suffix == ".parquet":
        yield from iter_parquet(path)
    elif path.name.endswith(JSONL_SUFFIXES):
        yield from iter_jsonl(path)
    elif path.name.endswith(TEXT_SUFFIXES) or not _readable(path):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise MedlmError(f"{path}: not UTF-8 text ({e})") from None
        yield Doc(path.name, path.stem, "", text)


def _readable(p: Path) -> bool:
    return p.suffix == ".parquet" or p.name.endswith(JSONL_SUFFIXES) or p.name.endswith(TEXT_SUFFIXES)


def matches(doc: Doc, patterns: list[str]) -> bool:
    """Does the document match the patterns: a glob on its source name (case-insensitive) or
    `kind:KIND` (the kind the corpus builder recorded: "clinical", "literature"); a pattern starting
    with "!" excludes. A document matches if it matches any inclusion (or there is none) and no exclusion."""

    def hit(p: str) -> bool:
        if p.startswith("kind:"):
            return doc.kind == p[5:]
        return fnmatch.fnmatchcase(doc.source.lower(), p.lower())

    include = [p for p in patterns if not p.startswith("!")]
    exclude = [p[1:] for p in patterns if p.startswith("!")]
    return (not include or any(map(hit, include))) and not any(map(hit, exclude))


def split_sentences(text: str, max_bytes: int = 2048) -> Iterator[str]:
    """Training units for SentencePiece: the non-blank lines of a document, long lines cut at a
    space (or hard, if there is none) so that none exceeds `max_bytes` UTF-8 bytes.

    Newlines themselves are not training material: they are user-defined pieces of the tokenizer.
    SentencePiece silently skips sentences over its max_sentence_length, hence the cut.
    """
    for line in text.split("\n"):
        if not line.strip():
            continue
        while len(line.encode("utf-8")) > max_bytes:
            head = line.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
            cut = head.rfind(" ", max_bytes // 4)
            cut = cut if cut > 0 else len(head)
            yield line[:cut]
            line = line[cut:]
        if line.strip():
            yield line


def write_corpus(out: str | Path, records, rows_per_file: int = 20_000, row_group_rows: int = 2000,
                 write_manifest_file: bool = True, **manifest_fields) -> Path:
    """Write records ({"id", "source", "text", "metadata": dict|str}) as a corpus directory in the
    medlm.corpus contract (data/part-NNNNN.parquet + manifest.json). For converting ready-made text
    and for tests; `medlm corpus build` is the real producer (cleaning, de-identification, dedup)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from medlm.manifest import write_manifest

    out = Path(out)
    (out / "data").mkdir(parents=True, exist_ok=True)
    schema = pa.schema([("id", pa.string()), ("source", pa.string()), ("text", pa.string()), ("metadata", pa.string())])
    rows, part = [], 0

    def flush():
        nonlocal rows, part
        if rows:
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), out / "data" / f"part-{part:05d}.parquet", row_group_size=row_group_rows)
            rows, part = [], part + 1

    for r in records:
        meta = r.get("metadata") or {}
        rows.append({"id": str(r["id"]), "source": r.get("source", ""), "text": r["text"],
                     "metadata": meta if isinstance(meta, str) else json.dumps(meta, ensure_ascii=False)})
        if len(rows) >= rows_per_file:
            flush()
    flush()
    if write_manifest_file:
        write_manifest(out, "corpus", None, **manifest_fields)
    return out
