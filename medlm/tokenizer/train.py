"""`medlm tokenizer train`: a SentencePiece tokenizer for medical text, plus its HF twin.

Settings that matter for medical text, and why:
- identity normalisation, whitespace and case kept, no dummy prefix: "mg/dL", "IL-2", "5α", "µg"
  (micro sign) vs "μg" (Greek mu), double spaces and indentation all survive exactly;
- byte fallback: no <unk> ever; rare characters become UTF-8 byte pieces;
- digits split: numbers are read digit by digit (doses, lab values, dates);
- "\\n" and "\\n\\n" as pieces of their own: clinical notes are line-structured;
- seeded, bounded sampling of training lines ("bottom-k" by a hash of seed, document id and line
  number): the same corpus and settings give a byte-identical model, independent of file order,
  and a 100 GB corpus trains in the memory of `sample_sentences` lines;
- held-out documents (the same seeded split `medlm corpus tokenize` uses) are never trained on,
  so `tokenizer compare --split val` measures on unseen text.
"""

from __future__ import annotations

import hashlib
import heapq
import io
import json
import re
import shutil
import time
from collections import Counter
from pathlib import Path

from medlm.errors import MedlmError
from medlm.manifest import MANIFEST, atomic_write_bytes, read_manifest, sha256_file, write_manifest
from medlm.progress import progress, say
from medlm.tokenizer.config import TokenizerTrainConfig
from medlm.tokenizer.shards import split_of
from medlm.tokenizer.texts import corpus_info, is_corpus_dir, iter_documents, matches, split_sentences

STAGE = "tokenizer"
SPECIAL_IDS = {"unk_id": 0, "bos_id": 1, "eos_id": 2, "pad_id": 3}
NEWLINE_PIECES = ["\n", "\n\n"]
# Training-time only: a word never absorbs the sentence punctuation after it (no "cancer." next to
# "cancer"; GPT-2's reason for its pre-tokenizer), while pieces may still join letters with / - ' : ( )
# ("mg/dL", "and/or", "IL-", "patient's", "Doctor:"). Encoding needs no such step: no piece crosses it.
DELIMITER = "\ue000"
_PUNCT_BOUNDARY = re.compile(r"(?<=\w)(?=[.,;!?])")
REQUIRED_CHARS = "<>/0123456789ABCDEFabcdefklnpsux"


def train_tokenizer(cfg: TokenizerTrainConfig) -> Path:
    out = Path(cfg.out)
    _prepare_out(out, cfg.overwrite)
    corpus = Path(cfg.corpus)
    started = time.time()

    sample, held_out, counts = sample_sentences(corpus, cfg)
    if not sample:
        raise MedlmError(f"{corpus}: no training text (all documents empty or held out by val_fraction={cfg.val_fraction})")
    symbols, symbol_report = user_symbols(corpus, cfg, sample)
    say(STAGE, f"training {cfg.model_type} vocab {cfg.vocab_size} on {len(sample):,} lines "
        f"({counts['chars_sampled'] / 1e6:.1f}M chars), {len(symbols)} user-defined pieces")
    model = train_sentencepiece(sample, symbols, cfg)
    del sample

    from medlm.tokenizer.hf import parity_mismatches, write_hf_files

    atomic_write_bytes(out / "tokenizer.model", model)
    atomic_write_bytes(out / "tokenizer.vocab", vocab_text(model).encode("utf-8"))
    hf_files = write_hf_files(out, model)
    bad, examples = parity_mismatches(model, out, held_out)
    if bad:
        say(STAGE, f"WARNING: Hugging Face tokenizer differs from SentencePiece on {bad}/{len(held_out)} held-out documents: {examples[:2]}")
    files = {name: sha256_file(out / name) for name in ["tokenizer.model", "tokenizer.vocab", *hf_files]}
    write_manifest(
        out,
        STAGE,
        cfg,
        corpus=corpus_info(corpus),
        sha256=files["tokenizer.model"],
        files=files,
        tokenizer=tokenizer_facts(model),
        user_defined_symbols=symbol_report,
        vocab_stats=vocab_stats(model),
        training={**counts, "seconds": round(time.time() - started, 1)},
        hf_parity={"documents": len(held_out), "mismatches": bad, "examples": examples},
    )
    say(STAGE, f"wrote {out} in {time.time() - started:.0f} s")
    return out


def _prepare_out(out: Path, overwrite: bool) -> None:
    if (out / MANIFEST).is_file() and not overwrite:
        raise MedlmError(f"{out}: a finished tokenizer is already there; choose another --out or pass --overwrite")
    if out.exists() and overwrite:
        for name in ("tokenizer.model", "tokenizer.vocab", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", MANIFEST):
            (out / name).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).unlink(missing_ok=True)  # manifest last: nothing here looks finished until then


def _key(seed: int, doc_id: str, line: int, copy: int = 0) -> int:
    return int.from_bytes(hashlib.blake2b(f"{seed}:{doc_id}:{line}:{copy}".encode(), digest_size=8).digest(), "big")


def _weight(doc, weights: dict[str, float]) -> float:
    for pattern, w in weights.items():
        if matches(doc, [pattern]):
            return w
    return 1.0


def _copies(weight: float, seed: int, doc_id: str, line: int) -> int:
    """floor(weight) copies, plus one more with probability frac(weight), seeded per line."""
    whole = int(weight)
    frac = weight - whole
    return whole + (frac > 0 and _key(seed + 1, doc_id, line) / 2**64 < frac)


def sample_sentences(corpus: Path, cfg: TokenizerTrainConfig) -> tuple[list[str], list[str], dict]:
    """Seeded bottom-k sample of training lines from the train split, the first held-out documents
    (for the parity check) and counts. Memory: `cfg.sample_sentences` lines."""
    heap: list[tuple[int, str]] = []  # max-heap via negated keys: the k smallest keys so far
    k = cfg.sample_sentences
    held_out: list[str] = []
    counts = Counter(dict.fromkeys(("documents", "documents_held_out", "documents_empty", "chars", "sentences"), 0))
    bar = progress(stage=STAGE, unit="doc", total=None)
    for doc in iter_documents(corpus):
        bar.update(1)
        if not doc.text.strip():
            counts["documents_empty"] += 1
            continue
        if split_of(doc.id, cfg.val_fraction, cfg.seed) == "val":
            counts["documents_held_out"] += 1
            if len(held_out) < cfg.parity_docs:
                held_out.append(doc.text[:20_000])
            continue
        counts["documents"] += 1
        counts["chars"] += len(doc.text)
        weight = _weight(doc, cfg.weights)
        for n, line in enumerate(split_sentences(doc.text, cfg.max_sentence_bytes)):
            counts["sentences"] += 1
            for copy in range(_copies(weight, cfg.seed, doc.id, n)):
                item = (-_key(cfg.seed, doc.id, n, copy), line)
                if len(heap) < k:
                    heapq.heappush(heap, item)
                elif item[0] > heap[0][0]:
                    heapq.heapreplace(heap, item)
    bar.close()
    heap.sort(reverse=True)  # ascending key: a fixed order, independent of the input order
    sample = [line for _, line in heap]
    counts["sentences_sampled"] = len(sample)
    counts["chars_sampled"] = sum(len(s) for s in sample)
    if len(held_out) < cfg.parity_docs and sample:
        held_out += sample[: cfg.parity_docs - len(held_out)]  # small corpora: check on training lines too
    return sample, held_out, dict(counts)


def read_abbreviations(corpus: Path) -> dict[str, int]:
    """SHORT -> total count from CORPUS/abbreviations.json ({"SHORT": {"long form": count}})."""
    path = corpus / "abbreviations.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise MedlmError(f"{path}: not valid JSON ({e}); re-run `medlm corpus build` or set abbreviations: 0") from None
    totals = {}
    for short, forms in data.items():
        totals[short] = sum(forms.values()) if isinstance(forms, dict) else int(forms)
    return totals


def read_terms(path: str | Path) -> list[str]:
    path = Path(path)
    if not path.is_file():
        raise MedlmError(f"{path}: term list not found")
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            terms.append(line)
    return terms


def user_symbols(corpus: Path, cfg: TokenizerTrainConfig, sample: list[str]) -> tuple[list[str], dict]:
    """User-defined pieces: newlines, then abbreviations and terms as word-initial pieces ("▁CT").

    SentencePiece matches a user-defined piece wherever it occurs, also inside longer words, so only
    frequent, whitespace-free entries are taken, and they are bounded in number."""
    symbols = list(NEWLINE_PIECES) if cfg.newline_pieces else []
    report: dict = {"newlines": list(symbols), "abbreviations": [], "terms": [], "verbatim": list(cfg.user_symbols)}
    if cfg.abbreviations > 0:
        if not is_corpus_dir(corpus) or not (corpus / "abbreviations.json").is_file():
            raise MedlmError(f"{corpus}: no abbreviations.json (run the corpus build's abbreviations step, or set abbreviations: 0)")
        found = read_abbreviations(corpus)
        ranked = sorted(
            ((n, a) for a, n in found.items() if n >= cfg.min_abbreviation_count and a.strip() and not any(c.isspace() for c in a) and len(a) >= 2),
            key=lambda x: (-x[0], x[1]),
        )
        report["abbreviations"] = [a for _, a in ranked[: cfg.abbreviations]]
    if cfg.terms:
        wanted = {t for t in read_terms(cfg.terms) if not any(c.isspace() for c in t)}
        seen = Counter(w for line in sample for w in line.split(" ") if w in wanted)
        ranked = sorted(((n, t) for t, n in seen.items() if n >= cfg.min_term_count), key=lambda x: (-x[0], x[1]))
        report["terms"] = [t for _, t in ranked[: cfg.max_terms]]
    for word in report["abbreviations"] + report["terms"]:
        piece = "▁" + word
        if piece not in symbols:
            symbols.append(piece)
    for s in cfg.user_symbols:
        if s and s not in symbols:
            symbols.append(s)
    return symbols, report


def _mark_punctuation(line: str) -> str:
    return _PUNCT_BOUNDARY.sub(DELIMITER, line.replace(DELIMITER, " "))


def train_sentencepiece(sample: list[str], symbols: list[str], cfg: TokenizerTrainConfig) -> bytes:
    import sentencepiece as spm

    spm.set_random_generator_seed(cfg.seed)
    buf = io.BytesIO()
    try:
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(sample) if not cfg.separate_punctuation else (_mark_punctuation(s) for s in sample),
            pretokenization_delimiter=DELIMITER if cfg.separate_punctuation else "",
            model_writer=buf,
            model_type=cfg.model_type,
            vocab_size=cfg.vocab_size,
            character_coverage=cfg.character_coverage,
            byte_fallback=True,
            split_digits=True,
            normalization_rule_name="identity",
            add_dummy_prefix=False,
            remove_extra_whitespaces=False,
            allow_whitespace_only_pieces=True,
            max_sentencepiece_length=cfg.max_piece_length,
            split_by_unicode_script=cfg.split_by_script,
            max_sentence_length=2 * cfg.max_sentence_bytes + 16,  # room for the boundary marks
            input_sentence_size=0,
            shuffle_input_sentence=False,
            user_defined_symbols=symbols,
            # every character of "<unk>", "</s>", "<0x0A>"... is a piece of its own, so that the HF
            # unigram lattice (which cannot exclude those pieces) never prefers them for literal text
            required_chars=REQUIRED_CHARS,
            unk_piece="<unk>", bos_piece="<s>", eos_piece="</s>", pad_piece="<pad>",
            **SPECIAL_IDS,
            num_threads=cfg.num_threads,
            minloglevel=1,
        )
    except RuntimeError as e:
        raise MedlmError(f"{cfg.corpus}: SentencePiece training failed: {e} (a smaller --vocab-size or more text usually fixes this)") from None
    return buf.getvalue()


def _pieces(model: bytes):
    from medlm.tokenizer.hf import _model_proto

    return _model_proto(model).pieces


def vocab_text(model: bytes) -> str:
    """SentencePiece's .vocab format: piece TAB score, one per line (newlines in pieces escaped)."""
    return "".join(f"{p.piece.replace(chr(10), chr(92) + 'n')}\t{p.score:g}\n" for p in _pieces(model))


def tokenizer_facts(model: bytes) -> dict:
    from medlm.tokenizer.hf import _model_proto

    proto = _model_proto(model)
    spec = proto.trainer_spec
    ids = {"unk_id": spec.unk_id, "bos_id": spec.bos_id, "eos_id": spec.eos_id, "pad_id": spec.pad_id}
    return {
        "kind": "sentencepiece",
        "model_type": "bpe" if spec.model_type == spec.BPE else "unigram",
        "vocab_size": len(proto.pieces),
        **ids,
        "special_tokens": {proto.pieces[i].piece: i for i in ids.values() if i >= 0},
        "add_bos": False,
        "add_eos": False,
        "document_separator": "</s>",
    }


def vocab_stats(model: bytes) -> dict:
    from sentencepiece import sentencepiece_model_pb2 as pb

    T = pb.ModelProto.SentencePiece.Type
    pieces = _pieces(model)
    by_type = Counter(T.Name(p.type).lower() for p in pieces)
    normal = [p.piece for p in pieces if p.type == T.NORMAL]
    return {
        "by_type": dict(sorted(by_type.items())),
        "normal_mean_chars": round(sum(len(p) for p in normal) / max(1, len(normal)), 3),
        "normal_word_initial": sum(p.startswith("▁") for p in normal),
        "normal_whitespace_only": sum(set(p) == {"▁"} for p in normal),
        "longest": max(normal, key=len, default=""),
    }


def read_tokenizer(directory: str | Path) -> tuple[dict, bytes]:
    """Manifest and SentencePiece model bytes of a finished `medlm tokenizer train` output."""
    directory = Path(directory)
    manifest = read_manifest(directory, STAGE)
    path = directory / "tokenizer.model"
    if not path.is_file():
        raise MedlmError(f"{path}: missing (the tokenizer directory is incomplete; re-run `medlm tokenizer train`)")
    model = path.read_bytes()
    if manifest.get("sha256") and hashlib.sha256(model).hexdigest() != manifest["sha256"]:
        raise MedlmError(f"{path}: sha256 differs from {directory}/manifest.json (file changed after training?)")
    return manifest, model


def copy_tokenizer(src: str | Path, dst: str | Path) -> None:
    """Copy a tokenizer directory (manifest last)."""
    src, dst = Path(src), Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    for f in sorted(src.iterdir()):
        if f.is_file() and f.name != MANIFEST and not f.name.startswith("."):
            shutil.copyfile(f, dst / f.name)
    shutil.copyfile(src / MANIFEST, dst / MANIFEST)
