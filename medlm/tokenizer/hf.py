"""SentencePiece model -> Hugging Face fast tokenizer that gives the same ids and decodes losslessly.

The medlm SentencePiece settings (identity normalisation, no dummy prefix, whitespace kept,
byte fallback) map onto `tokenizers` like this:

    normalizer     Replace(" ", "▁")                 SentencePiece escapes spaces the same way
    pre_tokenizer  BPE: split before each run of "▁"  exact: no SP piece crosses such a point
    model          BPE(merges from the vocab, byte_fallback) or Unigram(scores, byte_fallback)
    added tokens   user-defined pieces ("\n", "▁CT", ...) matched before the model, like SP does;
                   <unk> <s> </s> <pad> as special tokens, NOT matched inside text (SP never
                   turns the characters "</s>" in a document into the eos id either)
    decoder        Replace("▁", " "), ByteFallback, Fuse — no stripping, no clean-up of spaces
    post-processor none: no <s> is added, matching `sp.encode(text)`; documents end with </s>
                   in token shards, added by `medlm corpus tokenize`.
"""

from __future__ import annotations

import json
from pathlib import Path

from medlm.manifest import atomic_write_bytes, atomic_write_json

SPECIAL_NAMES = {"unk": "<unk>", "bos": "<s>", "eos": "</s>", "pad": "<pad>"}


def _model_proto(model_bytes: bytes):
    from sentencepiece import sentencepiece_model_pb2 as pb

    proto = pb.ModelProto()
    proto.ParseFromString(model_bytes)
    return proto


def bpe_merges(vocab: dict[str, int], mergeable: list[str]) -> list[tuple[str, str]]:
    """Merge list equivalent to SentencePiece BPE encoding: every split (left, right) of a piece into
    two vocabulary pieces, ordered by the piece's rank (SP merges the highest-scoring pair first)."""
    merges: list[tuple[int, int, int, str, str]] = []
    for piece in mergeable:
        rank = vocab[piece]
        for i in range(1, len(piece)):
            left, right = piece[:i], piece[i:]
            if left in vocab and right in vocab:
                merges.append((rank, vocab[left], vocab[right], left, right))
    merges.sort()
    return [(left, right) for _, _, _, left, right in merges]


def build_hf_tokenizer(model_bytes: bytes):
    """A `tokenizers.Tokenizer` equivalent to the SentencePiece model (medlm settings)."""
    from sentencepiece import sentencepiece_model_pb2 as pb
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers

    proto = _model_proto(model_bytes)
    norm = proto.normalizer_spec
    if norm.add_dummy_prefix or norm.remove_extra_whitespaces or (norm.name not in ("identity", "")):
        raise ValueError("only medlm's SentencePiece settings are supported (identity, no dummy prefix, whitespace kept)")
    T = pb.ModelProto.SentencePiece.Type
    pieces = [(p.piece, p.score, p.type) for p in proto.pieces]
    vocab = {piece: i for i, (piece, _, _) in enumerate(pieces)}
    unk = next(piece for piece, _, t in pieces if t == T.UNKNOWN)
    if proto.trainer_spec.model_type == pb.TrainerSpec.BPE:
        mergeable = [piece for piece, _, t in pieces if t == T.NORMAL]
        model = models.BPE(
            vocab=vocab, merges=bpe_merges(vocab, mergeable), unk_token=unk, fuse_unk=True, byte_fallback=True
        )
    elif proto.trainer_spec.model_type == pb.TrainerSpec.UNIGRAM:
        # SP's unigram puts user-defined pieces into its Viterbi lattice with score
        # len * max_score - 0.1 (so they nearly always win); doing the same here keeps ties identical
        best = max(score for _, score, t in pieces if t == T.NORMAL)
        # control and byte pieces ("</s>", "<0x41>") must never match literal text, as in SP
        scored = [
            (piece, score if t == T.NORMAL else len(piece) * best - 0.1 if t == T.USER_DEFINED else -1e6)
            for piece, score, t in pieces
        ]
        model = models.Unigram(scored, unk_id=vocab[unk], byte_fallback=True)
    else:
        raise ValueError(f"unsupported SentencePiece model type {proto.trainer_spec.model_type}")
    tok = Tokenizer(model)
    tok.normalizer = normalizers.Replace(" ", "▁")
    if proto.trainer_spec.model_type == pb.TrainerSpec.BPE:
        # Cut the text where no piece can cross: before each run of "▁" that follows a non-"▁" (pieces
        # carry "▁" only as a prefix, or are all "▁"). Exact for BPE, and it lets the model cache words
        # instead of merging a whole document at once. Not for unigram: a word alone could break a
        # float near-tie of the Viterbi search differently than SentencePiece does on the whole text.
        tok.pre_tokenizer = pre_tokenizers.Split(Regex("▁*[^▁]+|▁+"), behavior="isolated")
    tok.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse()])
    if proto.trainer_spec.model_type == pb.TrainerSpec.BPE:
        # SP's BPE cuts user-defined pieces out first, longest match from the left: HF added tokens.
        # "normalized=True": they match the escaped text, so "▁CT" matches " CT"
        user = [piece for piece, _, t in pieces if t == T.USER_DEFINED]
        tok.add_tokens([AddedToken(p, normalized=("▁" in p), special=False) for p in user])
    tok.add_special_tokens(
        [AddedToken(piece, special=True, normalized=False) for piece, _, t in pieces if t in (T.CONTROL, T.UNKNOWN)]
    )
    return tok


def special_ids(model_bytes: bytes) -> dict[str, int]:
    spec = _model_proto(model_bytes).trainer_spec
    return {"unk_id": spec.unk_id, "bos_id": spec.bos_id, "eos_id": spec.eos_id, "pad_id": spec.pad_id}


def write_hf_files(out_dir: str | Path, model_bytes: bytes, model_max_length: int = 1_000_000_000) -> list[str]:
    """Write tokenizer.json, tokenizer_config.json and special_tokens_map.json next to tokenizer.model."""
    out_dir = Path(out_dir)
    tok = build_hf_tokenizer(model_bytes)
    atomic_write_bytes(out_dir / "tokenizer.json", tok.to_str(pretty=False).encode("utf-8"))
    ids = special_ids(model_bytes)
    special = {name + "_token": SPECIAL_NAMES[name] for name in SPECIAL_NAMES if ids[name + "_id"] >= 0}
    decoder = {
        str(i): {"content": tok.id_to_token(i), "special": True, "normalized": False, "lstrip": False, "rstrip": False, "single_word": False}
        for i in sorted(ids[n + "_id"] for n in SPECIAL_NAMES if ids[n + "_id"] >= 0)
    }
    config = {
        # the generic fast-tokenizer class: no model-specific class may rewrite the pipeline above
        "tokenizer_class": "PreTrainedTokenizerFast",
        "added_tokens_decoder": decoder,
        **special,
        "add_bos_token": False,
        "add_eos_token": False,
        "clean_up_tokenization_spaces": False,
        "split_special_tokens": True,
        "model_max_length": model_max_length,
        "padding_side": "right",
    }
    atomic_write_json(out_dir / "tokenizer_config.json", config)
    atomic_write_json(out_dir / "special_tokens_map.json", special)
    return ["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]


def parity_mismatches(model_bytes: bytes, hf_dir: str | Path, texts: list[str], limit: int = 5) -> tuple[int, list[dict]]:
    """Encode `texts` with SentencePiece and with `AutoTokenizer.from_pretrained(hf_dir)`; return the
    number of texts whose ids or decoded text differ, and the first few differences."""
    import sentencepiece as spm
    from transformers import AutoTokenizer

    sp = spm.SentencePieceProcessor(model_proto=model_bytes)
    hf = AutoTokenizer.from_pretrained(str(hf_dir))
    bad, examples = 0, []
    for text in texts:
        sp_ids = sp.encode(text)
        hf_ids = hf.encode(text, add_special_tokens=False)
        decoded = hf.decode(hf_ids)
        if sp_ids != hf_ids or decoded != text or sp.decode(sp_ids) != text:
            bad += 1
            if len(examples) < limit:
                at = next((i for i, (a, b) in enumerate(zip(sp_ids, hf_ids)) if a != b), min(len(sp_ids), len(hf_ids)))
                examples.append({"text": text[:200], "first_diff_at": at, "sp": sp_ids[at : at + 5], "hf": hf_ids[at : at + 5]})
    return bad, examples


def load_json(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))
