"""Source readers: raw files -> datatrove Documents, streaming, with every record accounted for.

A recipe lists sources (`SourceConfig`); `expand_inputs` turns a source's globs into files and
`read_file` streams one file as a sequence of

    Document(text, id, metadata)   a record to process (metadata["source"], metadata["kind"], + reader fields)
    Dropped(reason, id)            a record deliberately not used (deleted citation, retracted, no abstract ...)
    Errored(where, message)        one bad record; the rest of the file is still read

and raises `ReadError` when the file itself cannot be read (malformed/truncated XML, truncated
compression, bytes that are not in the declared encoding, empty file, CSV without the mapped
columns), naming the file and the line or record where known. Because reading streams, a
ReadError can come after some records of the file were already yielded.

Formats: MEDLINE/PubMed XML (baseline/update files, .xml or .xml.gz), PMC OA JATS .nxml (also a
pmc-articleset or a .tar.gz of .nxml files), clinical CSVs with a column mapping (presets for
MIMIC-III NOTEEVENTS, MIMIC-IV-Note discharge/radiology, MTSamples), JSONL (.gz/.xz/.bz2),
Parquet, plain text, and a Hugging Face dataset id (`read_hf`, online).
"""

from __future__ import annotations

import bz2
import codecs
import csv
import gzip
import io
import json
import lzma
import os
import re
import sys
import tarfile
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator, Literal

from datatrove.data import Document

from medlm.config import opt
from medlm.errors import MedlmError

Format = Literal["medline", "pmc", "csv", "jsonl", "parquet", "text", "hf"]
Kind = Literal["clinical", "literature"]


class ReadError(MedlmError):
    """A whole input file could not be read; the message names the file and the line/record."""


@dataclass
class Dropped:
    """A record intentionally not used, counted under `reason`."""

    reason: str
    id: str


@dataclass
class Errored:
    """A single record that could not be parsed; `where` is "file:line" or "file:record N"."""

    where: str
    message: str


ReadItem = Document | Dropped | Errored


# ---------------------------------------------------------------- configuration


@dataclass
class ColumnMap:
    """Which columns (CSV, JSONL, Parquet, HF) hold the id, the text and the metadata."""

    id: str | None = opt(None, help="column with the record id; unset: <file stem>:<row number>")
    text: str = opt("text", help="column with the document text")
    metadata: list[str] | None = opt(
        None, help="columns copied into metadata; unset: all other columns; [] for none"
    )
    error_flag: str | None = opt(
        None, help="column that marks a record as entered in error (value 1/true) -> dropped 'marked_error'"
    )


# Column layouts of widely used clinical note exports.
COLUMN_PRESETS: dict[str, ColumnMap] = {
    # MIMIC-III v1.4 NOTEEVENTS.csv
    "mimic3_noteevents": ColumnMap(
        id="ROW_ID",
        text="TEXT",
        metadata=["SUBJECT_ID", "HADM_ID", "CHARTDATE", "CATEGORY", "DESCRIPTION"],
        error_flag="ISERROR",
    ),
    # MIMIC-IV-Note v2.2 note/discharge.csv and note/radiology.csv (same columns)
    "mimic4_discharge": ColumnMap(
        id="note_id", text="text", metadata=["subject_id", "hadm_id", "note_type", "note_seq", "charttime"]
    ),
    "mimic4_radiology": ColumnMap(
        id="note_id", text="text", metadata=["subject_id", "hadm_id", "note_type", "note_seq", "charttime"]
    ),
    # Kaggle mtsamples.csv
    "mtsamples": ColumnMap(
        id=None, text="transcription", metadata=["description", "medical_specialty", "sample_name", "keywords"]
    ),
}

# File name endings each format reads when a path is a directory.
FORMAT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "medline": (".xml", ".xml.gz"),
    "pmc": (".nxml", ".nxml.gz", ".tar.gz", ".tgz", ".xml"),
    "csv": (".csv", ".csv.gz", ".csv.xz", ".tsv", ".tsv.gz"),
    "jsonl": (".jsonl", ".jsonl.gz", ".jsonl.xz", ".jsonl.bz2", ".json.gz", ".ndjson"),
    "parquet": (".parquet",),
    "text": (".txt", ".txt.gz", ".txt.xz", ".md"),
}


@dataclass
class SourceConfig:
    """One input source of a corpus recipe."""

    name: str = opt(help="short source name; recorded in each document's metadata and id")
    format: Format = opt(help="input format")
    paths: list[str] = opt(
        [], help="files, directories or globs, relative to the recipe's directory; ${VAR} and ${VAR:-default} expand"
    )
    kind: Kind = opt("literature", help="clinical sources get de-identified; literature sources do not")
    preset: str | None = opt(None, help=f"column layout preset: {', '.join(COLUMN_PRESETS)}")
    columns: ColumnMap | None = opt(None, help="column mapping for csv/jsonl/parquet/hf (overrides preset)")
    delimiter: str = opt(",", help="CSV field delimiter (.tsv files use tab)")
    encoding: str = opt("utf-8", help="text encoding of the files")
    text_unit: Literal["file", "line", "blank_line"] = opt(
        "file", help="plain text: one document per file, per line, or per blank-line-separated block"
    )
    languages: list[str] = opt(
        ["eng"], help="MEDLINE: article languages to keep (MEDLINE codes); others are dropped 'non_english'"
    )
    require_abstract: bool = opt(True, help="MEDLINE: drop records without an abstract ('no_abstract')")
    hf_id: str | None = opt(None, help="Hugging Face dataset id (format hf)")
    hf_config: str | None = opt(None, help="Hugging Face dataset configuration name")
    hf_split: str = opt("train", help="Hugging Face dataset split")
    limit: int | None = opt(None, help="read at most this many records per file (for trials)")

    def __post_init__(self):
        if self.preset is not None and self.preset not in COLUMN_PRESETS:
            raise ValueError(f"source '{self.name}': unknown preset '{self.preset}' (known: {', '.join(COLUMN_PRESETS)})")
        if self.format == "hf" and not self.hf_id:
            raise ValueError(f"source '{self.name}': format hf needs hf_id")
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise ValueError(f"source '{self.name}': unknown encoding '{self.encoding}' (e.g. utf-8, latin-1, cp1252, utf-16)") from None
        if self.format != "hf" and not self.paths:
            raise ValueError(f"source '{self.name}': paths must list at least one file, directory or glob")

    def column_map(self) -> ColumnMap:
        if self.columns is not None:
            return self.columns
        if self.preset is not None:
            return COLUMN_PRESETS[self.preset]
        return ColumnMap(id="id") if self.format in ("jsonl", "parquet", "hf") else ColumnMap()


# ---------------------------------------------------------------- inputs


_VAR = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}")


def expand_path(pattern: str) -> str:
    """Expand ~, ${VAR} and ${VAR:-default} (so recipes can point at data with an overridable root)."""

    def sub(m: re.Match) -> str:
        value = os.environ.get(m.group(1))
        if value is None and m.group(2) is None:
            raise MedlmError(f"path '{pattern}': environment variable {m.group(1)} is not set")
        return value if value is not None else m.group(2)

    return os.path.expanduser(_VAR.sub(sub, pattern))


def expand_inputs(source: SourceConfig, base_dir: str | Path) -> list[Path]:
    """The files a source reads, sorted; directories are searched recursively for the format's suffixes.

    Format hf has no files (see `read_hf`). A pattern that matches nothing is an error.
    """
    if source.format == "hf":
        return []
    base = Path(base_dir)
    suffixes = FORMAT_SUFFIXES[source.format]
    found: dict[Path, None] = {}
    for pattern in source.paths:
        expanded = expand_path(pattern)
        full = Path(expanded) if os.path.isabs(expanded) else base / expanded
        if any(ch in expanded for ch in "*?["):
            anchor = Path(full.anchor)
            matches = sorted(anchor.glob(str(full.relative_to(anchor))))
        else:
            matches = [full] if full.exists() else []
        if not matches:
            raise MedlmError(f"source '{source.name}': no input matches '{pattern}' (looked in {full}); check the path")
        for m in matches:
            if m.is_dir():
                for f in sorted(m.rglob("*")):
                    if f.is_file() and f.name.lower().endswith(suffixes):
                        found[f] = None
            elif m.is_file():
                found[m] = None
    files = list(found)
    if not files:
        raise MedlmError(
            f"source '{source.name}': {source.paths} contain no {source.format} files ({', '.join(suffixes)})"
        )
    return files


# ---------------------------------------------------------------- dispatch + error translation


class _Cursor:
    """Where a reader is in its file, so errors can name the line or record."""

    def __init__(self) -> None:
        self.line: int | None = None
        self.record: str | None = None

    def describe(self) -> str:
        parts = []
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.record is not None:
            parts.append(f"after record {self.record}")
        return " (" + ", ".join(parts) + ")" if parts else ""


def read_file(source: SourceConfig, path: str | Path) -> Iterator[ReadItem]:
    """Stream one input file as Documents, Dropped and Errored items; ReadError if the file is unreadable."""
    path = Path(path)
    readers = {
        "medline": _read_medline,
        "pmc": _read_pmc,
        "csv": _read_csv,
        "jsonl": _read_jsonl,
        "parquet": _read_parquet,
        "text": _read_text,
    }
    if source.format not in readers:
        raise ReadError(f"source '{source.name}': format {source.format} is not read from files (use read_hf)")
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(f"{path}: cannot open ({e.strerror or e}); check the path and permissions") from None
    if size == 0:
        raise ReadError(f"{path}: empty file; remove it from the source or re-download it")
    cursor = _Cursor()
    count = 0
    try:
        for item in readers[source.format](source, path, cursor):
            if isinstance(item, Document):
                item.metadata["source"] = source.name
                item.metadata["kind"] = source.kind
            yield item
            count += 1
            if source.limit is not None and count >= source.limit:
                return
    except ReadError:
        raise
    except ET.ParseError as e:
        line, col = e.position
        raise ReadError(
            f"{path}: malformed or truncated XML at line {line}, column {col}"
            f"{' after record ' + cursor.record if cursor.record else ''} ({_xml_reason(e)}); fix or re-download the file"
        ) from None
    except UnicodeDecodeError as e:
        raise ReadError(
            f"{path}: bytes that are not {source.encoding}{cursor.describe()}: {e.reason} at byte {e.start}; "
            f"set the source's encoding (e.g. encoding: latin-1) or convert the file"
        ) from None
    except (EOFError, gzip.BadGzipFile, lzma.LZMAError, OSError, tarfile.TarError, zlib.error) as e:
        raise ReadError(
            f"{path}: truncated or corrupt file{cursor.describe()}: {e}; re-download or recompress it"
        ) from None
    except csv.Error as e:
        raise ReadError(f"{path}: malformed CSV{cursor.describe()}: {e}") from None


def _xml_reason(e: ET.ParseError) -> str:
    return str(e).split(":")[0]


def _decoded_lines(f: IO[bytes], encoding: str, cursor: _Cursor) -> Iterator[str]:
    """Lines decoded one by one, so an undecodable byte is reported on its own line number."""
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):  # b"\n" does not split these
        for number, line in enumerate(io.TextIOWrapper(f, encoding=encoding, newline=""), start=1):
            cursor.line = number
            yield line
        return
    for number, raw in enumerate(f, start=1):
        cursor.line = number
        yield raw.decode(encoding)


def _open_binary(path: Path) -> IO[bytes]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".xz"):
        return lzma.open(path, "rb")
    if name.endswith(".bz2"):
        return bz2.open(path, "rb")
    return open(path, "rb")


def _strip_ns(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text_of(elem: ET.Element | None) -> str:
    return " ".join("".join(elem.itertext()).split()) if elem is not None else ""


# ---------------------------------------------------------------- MEDLINE / PubMed XML


def _read_medline(source: SourceConfig, path: Path, cursor: _Cursor) -> Iterator[ReadItem]:
    keep_languages = set(source.languages)
    with _open_binary(path) as f:
        context = ET.iterparse(f, events=("start", "end"))
        _, root = next(context)
        if _strip_ns(root.tag) not in ("PubmedArticleSet", "PubmedArticle", "DeleteCitation"):
            raise ReadError(f"{path}: root element <{root.tag}> is not a MEDLINE <PubmedArticleSet>; is this a {source.format} file?")
        for event, elem in context:
            if event != "end":
                continue
            tag = elem.tag
            if tag == "PubmedArticle":
                yield _medline_record(source, elem, keep_languages, cursor)
                root.clear()  # drop finished records so memory stays flat
            elif tag == "PubmedBookArticle":
                pmid = elem.findtext(".//PMID") or "?"
                cursor.record = f"PMID {pmid}"
                yield Dropped("book_article", f"{source.name}:{pmid}")
                root.clear()
            elif tag == "DeleteCitation":
                for pmid_el in elem.iter("PMID"):
                    yield Dropped("deleted_citation", f"{source.name}:{(pmid_el.text or '').strip()}")
                root.clear()


_RETRACTED_TYPES = {"Retracted Publication"}


def _medline_record(source: SourceConfig, art: ET.Element, keep_languages: set[str], cursor: _Cursor) -> ReadItem:
    citation = art.find("MedlineCitation")
    pmid = (citation.findtext("PMID") if citation is not None else None) or ""
    pmid = pmid.strip()
    doc_id = f"{source.name}:{pmid}"
    cursor.record = f"PMID {pmid}"
    article = citation.find("Article") if citation is not None else None
    if not pmid or article is None:
        return Errored(f"PMID {pmid or '?'}", "record has no PMID or no <Article>")
    pub_types = [_text_of(p) for p in article.iterfind("PublicationTypeList/PublicationType")]
    retracted_in = citation.find("CommentsCorrectionsList/CommentsCorrections[@RefType='RetractionIn']")
    if _RETRACTED_TYPES.intersection(pub_types) or retracted_in is not None:
        return Dropped("retracted", doc_id)
    languages = [(lang.text or "").strip() for lang in article.iterfind("Language")]
    if keep_languages and not keep_languages.intersection(languages):
        return Dropped("non_english", doc_id)
    title = _text_of(article.find("ArticleTitle")) or _text_of(article.find("VernacularTitle"))
    sections, labels = [], []
    for part in article.iterfind("Abstract/AbstractText"):
        text = _text_of(part)
        if not text:
            continue
        label = (part.get("Label") or "").strip()
        if label:
            labels.append(label)
            text = f"{label}: {text}"
        sections.append(text)
    if not sections and source.require_abstract:
        return Dropped("no_abstract", doc_id)
    text = "\n".join([title, *sections]) if title else "\n".join(sections)
    if not text.strip():
        return Dropped("empty_text", doc_id)
    meta: dict[str, Any] = {
        "pmid": pmid,
        "title": title,
        "year": _medline_year(article, citation),
        "journal": _text_of(article.find("Journal/Title")),
        "language": languages,
        "publication_types": pub_types,
        "mesh": [_text_of(d) for d in citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName")],
        "section_labels": labels,
    }
    doi = art.find("PubmedData/ArticleIdList/ArticleId[@IdType='doi']")
    if doi is not None and doi.text:
        meta["doi"] = doi.text.strip()
    return Document(text=text, id=doc_id, metadata=meta)


def _medline_year(article: ET.Element, citation: ET.Element) -> int | None:
    for where in ("Journal/JournalIssue/PubDate/Year", "ArticleDate/Year"):
        year = article.findtext(where)
        if year and year.strip().isdigit():
            return int(year)
    medline_date = article.findtext("Journal/JournalIssue/PubDate/MedlineDate") or ""
    m = re.search(r"\b(1[89]|20)\d\d\b", medline_date)
    if m:
        return int(m.group(0))
    year = citation.findtext("DateCompleted/Year")
    return int(year) if year and year.strip().isdigit() else None


# ---------------------------------------------------------------- PMC OA JATS (.nxml)

# JATS elements whose content is not running text.
_JATS_SKIP = {
    "ref-list", "table-wrap", "table", "fig", "fig-group", "disp-formula", "inline-formula", "math",
    "tex-math", "supplementary-material", "graphic", "media", "alternatives", "back", "fn-group",
    "table-wrap-foot", "inline-graphic", "chem-struct-wrap", "object-id",
}


def _read_pmc(source: SourceConfig, path: Path, cursor: _Cursor) -> Iterator[ReadItem]:
    if path.name.lower().endswith((".tar.gz", ".tgz")):
        with tarfile.open(path, "r|gz") as tar:  # stream mode: members in archive order
            for member in tar:
                if member.isfile() and member.name.endswith(".nxml"):
                    cursor.record = member.name
                    f = tar.extractfile(member)
                    if f is not None:
                        yield from _pmc_articles(source, f, cursor, member.name)
        return
    with _open_binary(path) as f:
        yield from _pmc_articles(source, f, cursor, path.name)


def _pmc_articles(source: SourceConfig, f: IO[bytes], cursor: _Cursor, name: str) -> Iterator[ReadItem]:
    depth = 0
    root = None
    for event, elem in ET.iterparse(f, events=("start", "end")):
        if event == "start":
            if root is None:
                root = elem
                if _strip_ns(elem.tag) not in ("article", "pmc-articleset", "articles"):
                    raise ReadError(f"{name}: root element <{elem.tag}> is not a JATS <article>; is this a PMC .nxml file?")
            depth += 1
            continue
        depth -= 1
        if _strip_ns(elem.tag) == "article" and depth <= 1:
            yield _pmc_record(source, elem, cursor, name)
            if elem is not root:
                root.clear()


def _pmc_record(source: SourceConfig, art: ET.Element, cursor: _Cursor, name: str) -> ReadItem:
    meta_el = art.find("front/article-meta")
    if meta_el is None:
        return Errored(name, "article has no <front>/<article-meta>")
    ids = {(e.get("pub-id-type") or ""): (e.text or "").strip() for e in meta_el.iterfind("article-id")}
    pmcid = ids.get("pmc") or ids.get("pmcid") or ""
    if pmcid and not pmcid.upper().startswith("PMC"):
        pmcid = "PMC" + pmcid
    key = pmcid or ids.get("pmid") or ids.get("doi") or Path(name).stem
    doc_id = f"{source.name}:{key}"
    cursor.record = key
    title = _text_of(meta_el.find("title-group/article-title"))
    abstracts = [a for a in meta_el.iterfind("abstract") if a.get("abstract-type") in (None, "summary", "structured")]
    parts: list[str] = [title] if title else []
    section_labels: list[str] = []
    for a in abstracts[:1]:
        parts.extend(_jats_blocks(a, section_labels, heading="Abstract"))
    body = art.find("body")
    if body is not None:
        parts.extend(_jats_blocks(body, section_labels))
    text = "\n\n".join(p for p in parts if p)
    if not text.strip() or (not abstracts and body is None):
        return Dropped("no_text", doc_id)
    year = None
    for date in meta_el.iterfind("pub-date"):
        y = (date.findtext("year") or "").strip()
        if y.isdigit():
            year = int(y)
            break
    meta = {
        "pmcid": pmcid or None,
        "pmid": ids.get("pmid"),
        "doi": ids.get("doi"),
        "title": title,
        "year": year,
        "journal": _text_of(art.find("front/journal-meta/journal-title-group/journal-title"))
        or _text_of(art.find("front/journal-meta/journal-title")),
        "article_type": art.get("article-type"),
        "section_labels": section_labels,
        "license": _text_of(meta_el.find("permissions/license")) or None,
    }
    return Document(text=text, id=doc_id, metadata=meta)


def _jats_blocks(elem: ET.Element, labels: list[str], heading: str | None = None) -> list[str]:
    """Section titles and paragraphs of a JATS container, in order, without tables/figures/formulas/refs."""
    out: list[str] = [heading] if heading else []
    for child in elem:
        tag = _strip_ns(child.tag)
        if tag in _JATS_SKIP:
            continue
        if tag == "sec":
            title = _text_of(child.find("title"))
            if title:
                labels.append(title.rstrip(":"))
            out.extend(_jats_blocks(child, labels, heading=title or None))
        elif tag in ("p", "list", "disp-quote", "boxed-text", "def-list", "statement"):
            text = _jats_text(child)
            if text:
                out.append(text)
        elif tag == "title":
            continue
    return out


def _jats_text(elem: ET.Element) -> str:
    pieces: list[str] = []

    def walk(e: ET.Element) -> None:
        if e.text:
            pieces.append(e.text)
        for c in e:
            if _strip_ns(c.tag) not in _JATS_SKIP:
                walk(c)
            if c.tail:
                pieces.append(c.tail)

    walk(elem)
    return " ".join("".join(pieces).split())


# ---------------------------------------------------------------- CSV clinical notes


def _read_csv(source: SourceConfig, path: Path, cursor: _Cursor) -> Iterator[ReadItem]:
    cols = source.column_map()
    csv.field_size_limit(sys.maxsize)  # clinical notes exceed the 128 KB default
    delimiter = "\t" if path.name.lower().endswith((".tsv", ".tsv.gz")) else source.delimiter
    with _open_binary(path) as f:
        reader = csv.reader(_decoded_lines(f, source.encoding, cursor), delimiter=delimiter)
        header = next(reader, None)
        if not header:
            raise ReadError(f"{path}: no header row; clinical CSVs need a header naming the columns")
        header = [h.strip().lstrip("\ufeff") for h in header]
        needed = [c for c in (cols.id, cols.text, cols.error_flag, *(cols.metadata or [])) if c]
        missing = [c for c in needed if c not in header]
        if missing:
            raise ReadError(
                f"{path}: line 1: missing mapped column(s) {', '.join(missing)} (header has: {', '.join(header)}); "
                f"fix the source's columns/preset in the recipe"
            )
        index = {h: i for i, h in enumerate(header)}
        meta_cols = cols.metadata if cols.metadata is not None else [h for h in header if h and h not in (cols.id, cols.text)]
        row_number = 0
        for row in reader:
            row_number += 1
            record_id = row[index[cols.id]].strip() if cols.id and len(row) > index[cols.id] else ""
            doc_id = f"{source.name}:{record_id or f'{path.stem}:{row_number}'}"
            cursor.record = record_id or f"row {row_number}"
            if len(row) != len(header):
                yield Errored(f"{path}:{reader.line_num}", f"row has {len(row)} fields, header has {len(header)}")
                continue
            if cols.error_flag and row[index[cols.error_flag]].strip().lower() in ("1", "true", "yes"):
                yield Dropped("marked_error", doc_id)
                continue
            text = row[index[cols.text]]
            if not text.strip():
                yield Dropped("empty_text", doc_id)
                continue
            meta = {c: row[index[c]] for c in meta_cols if row[index[c]] != ""}
            meta["row"] = row_number
            yield Document(text=text, id=doc_id, metadata=meta)


# ---------------------------------------------------------------- JSONL / Parquet / text


def _json_loads():
    try:
        import orjson

        return orjson.loads
    except ImportError:  # pragma: no cover - orjson is a datatrove dependency
        return json.loads


def _record_to_item(
    source: SourceConfig, record: Any, cols: ColumnMap, where: str, fallback_id: str, position: dict[str, int]
) -> ReadItem:
    if not isinstance(record, dict):
        return Errored(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get(cols.text)
    if text is None:
        return Errored(where, f"no '{cols.text}' field (fields: {', '.join(map(str, record))})")
    if not isinstance(text, str):
        return Errored(where, f"'{cols.text}' is {type(text).__name__}, not text")
    raw_id = record.get(cols.id) if cols.id else None
    doc_id = f"{source.name}:{raw_id if raw_id not in (None, '') else fallback_id}"
    if cols.error_flag and str(record.get(cols.error_flag, "")).strip().lower() in ("1", "true", "yes"):
        return Dropped("marked_error", doc_id)
    if not text.strip():
        return Dropped("empty_text", doc_id)
    if cols.metadata is None:
        meta = {k: v for k, v in record.items() if k not in (cols.id, cols.text) and v is not None}
    else:
        meta = {k: record[k] for k in cols.metadata if record.get(k) is not None}
    nested = meta.pop("metadata", None)  # a medlm corpus's own metadata column (JSON text)
    if isinstance(nested, str):
        try:
            nested = json.loads(nested)
        except ValueError:
            nested = None
    if isinstance(nested, dict):
        meta = {**nested, **meta}
    if "source" in meta:  # keep the original source label; metadata["source"] becomes this source's name
        meta["original_source"] = meta.pop("source")
    meta.update(position)  # ids in the wild are not always unique (MedQuAD): the position disambiguates
    return Document(text=text, id=doc_id, metadata=meta)


def _read_jsonl(source: SourceConfig, path: Path, cursor: _Cursor) -> Iterator[ReadItem]:
    loads = _json_loads()
    cols = source.column_map()
    with _open_binary(path) as f:
        for line_number, raw in enumerate(f, start=1):
            cursor.line = line_number
            line = raw.decode(source.encoding).strip()
            if not line:
                continue
            where = f"{path}:{line_number}"
            try:
                record = loads(line)
            except ValueError as e:
                yield Errored(where, f"invalid JSON: {e}")
                continue
            yield _record_to_item(source, record, cols, where, f"{path.stem}:{line_number}", {"line": line_number})


def _read_parquet(source: SourceConfig, path: Path, cursor: _Cursor) -> Iterator[ReadItem]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = source.column_map()
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as e:
        raise ReadError(f"{path}: not a readable Parquet file ({e}); re-create or re-download it") from None
    names = pf.schema_arrow.names
    missing = [c for c in (cols.id, cols.text, *(cols.metadata or [])) if c and c not in names]
    if missing:
        raise ReadError(f"{path}: missing mapped column(s) {', '.join(missing)} (columns: {', '.join(names)})")
    row_number = 0
    try:
        for batch in pf.iter_batches(batch_size=1024):
            for record in batch.to_pylist():
                row_number += 1
                cursor.record = f"row {row_number}"
                yield _record_to_item(
                    source, record, cols, f"{path}:row {row_number}", f"{path.stem}:{row_number}", {"row": row_number}
                )
    except pa.ArrowInvalid as e:
        raise ReadError(f"{path}: corrupt Parquet data near row {row_number}: {e}") from None


def _read_text(source: SourceConfig, path: Path, cursor: _Cursor) -> Iterator[ReadItem]:
    stem = f"{path.parent.name}/{path.name}"
    with _open_binary(path) as f:
        if source.text_unit == "file":
            raw = f.read()  # one document: it is held in memory anyway
            try:
                text = raw.decode(source.encoding)
            except UnicodeDecodeError as e:
                cursor.line = raw.count(b"\n", 0, e.start) + 1
                raise
            doc_id = f"{source.name}:{stem}"
            yield Document(text=text, id=doc_id, metadata={"path": stem}) if text.strip() else Dropped("empty_text", doc_id)
            return
        block: list[str] = []
        start = 1
        for line_number, line in enumerate(_decoded_lines(f, source.encoding, cursor), start=1):
            if source.text_unit == "line":
                if line.strip():
                    yield Document(text=line.rstrip("\r\n"), id=f"{source.name}:{stem}:{line_number}", metadata={"path": stem, "line": line_number})
                continue
            if line.strip():
                if not block:
                    start = line_number
                block.append(line)
            elif block:
                yield Document(text="".join(block).rstrip(), id=f"{source.name}:{stem}:{start}", metadata={"path": stem, "line": start})
                block = []
        if block:
            yield Document(text="".join(block).rstrip(), id=f"{source.name}:{stem}:{start}", metadata={"path": stem, "line": start})


# ---------------------------------------------------------------- Hugging Face datasets (online)


def read_hf(source: SourceConfig, rank: int = 0, world_size: int = 1) -> Iterator[ReadItem]:
    """Stream a Hugging Face dataset (shard `rank` of `world_size`); needs network access or a local cache."""
    try:
        import datasets
        from datasets.distributed import split_dataset_by_node

        ds = datasets.load_dataset(source.hf_id, name=source.hf_config, split=source.hf_split, streaming=True)
        if world_size > 1:
            ds = split_dataset_by_node(ds, rank=rank, world_size=world_size)
    except Exception as e:  # the hub raises many types (offline, not found, gated)
        raise ReadError(
            f"hf:{source.hf_id}: cannot open the Hugging Face dataset ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}); "
            f"check the id, network access (HF_HUB_OFFLINE/HF_DATASETS_OFFLINE) and HF_TOKEN for gated datasets"
        ) from None
    cols = source.column_map()
    for i, record in enumerate(ds):
        item = _record_to_item(
            source, record, cols, f"hf:{source.hf_id}:{i}", f"{source.hf_split}:{rank}:{i}", {"row": i}
        )
        if isinstance(item, Document):
            item.metadata["source"] = source.name
            item.metadata["kind"] = source.kind
        yield item
        if source.limit is not None and i + 1 >= source.limit:
            return


__all__ = [
    "COLUMN_PRESETS", "ColumnMap", "Dropped", "Errored", "ReadError", "SourceConfig",
    "expand_inputs", "read_file", "read_hf",
]
