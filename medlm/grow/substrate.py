"""Training-free input-embedding substrates, shared by every model of a family.

Two deterministic ways to embed a vocabulary without training (Bochkov, "Growing Transformers", 2025):

- ``glyph``: each token's text is drawn as a bitmap (DejaVu Sans Mono, the TrueType font that ships
  inside matplotlib's ``mpl-data/fonts/ttf``; Bitstream Vera/DejaVu licence), left-aligned on a fixed
  16 x 128 pixel canvas (wider renderings are squeezed horizontally to fit, so long tokens are not
  cut off), flattened, multiplied by a fixed seeded Gaussian projection to ``d_model`` and
  L2-normalised. Tokens that look alike get nearby vectors; the vector depends only on the string.
- ``hashed``: a standard-normal vector drawn from a generator seeded by a hash of the token string,
  L2-normalised. Random high-dimensional vectors are nearly orthogonal; the same token string gets the
  same vector in every vocabulary and at every position in it.

Token strings: SentencePiece pieces (``tokenizer.model``) or the HF ``tokenizer.json`` vocabulary,
with "▁" (and byte-level BPE's "Ġ") shown as a space. Byte-fallback pieces ``<0xNN>`` and special
tokens (``<s>``, ``</s>``, ...) are drawn as their literal text, which keeps them distinct.
A glyph rendering that is blank (whitespace-only tokens) or identical to an earlier token's (characters
the font lacks all draw the same box) takes the token's ``hashed`` vector instead, so no two tokens
share an embedding. Rows past the tokenizer's size (a vocabulary padded for speed) get hashed vectors
of reserved strings ``<medlm:pad:N>``.

All vectors have unit L2 norm, the scale Bochkov uses; the model's pre-norm blocks see them through
RMSNorm, so the scale only matters relative to the residual updates.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch

from medlm.errors import MedlmError

KINDS = ("glyph", "hashed")
CANVAS_H, CANVAS_W = 16, 128  # 16 monospace cells of ~8 x 16 px: most tokens fit unsqueezed
FONT_FILE = "DejaVuSansMono.ttf"
FONT_SIZE = 13


def substrate_weights(kind: str, tokenizer_dir, vocab_size: int, d_model: int, seed: int = 0) -> torch.Tensor:
    """The [vocab_size, d_model] fp32 embedding matrix of substrate `kind` ("glyph" or "hashed")."""
    if kind not in KINDS:
        raise MedlmError(f"unknown embedding substrate '{kind}'; use one of {', '.join(KINDS)}")
    tokens = token_strings(tokenizer_dir)
    if vocab_size < len(tokens):
        raise MedlmError(
            f"{tokenizer_dir}: the tokenizer has {len(tokens)} tokens but the model's vocab_size is {vocab_size}; "
            "set vocab_size to at least the tokenizer size"
        )
    tokens = tokens + [f"<medlm:pad:{i}>" for i in range(len(tokens), vocab_size)]
    if kind == "hashed":
        weights = np.stack([hashed_vector(t, d_model, seed) for t in tokens])
    else:
        weights = glyph_vectors(tokens, d_model, seed)
    return torch.from_numpy(weights.astype(np.float32))


# ---------------------------------------------------------------- token strings


def token_strings(tokenizer_dir) -> list[str]:
    """Display text of every token id, from tokenizer.model (SentencePiece) or tokenizer.json (HF)."""
    tokenizer_dir = Path(tokenizer_dir)
    sp_model, hf_json = tokenizer_dir / "tokenizer.model", tokenizer_dir / "tokenizer.json"
    if sp_model.is_file():
        import sentencepiece as spm

        sp = spm.SentencePieceProcessor(model_file=str(sp_model))
        return [sp.id_to_piece(i).replace("▁", " ") for i in range(sp.get_piece_size())]
    if hf_json.is_file():
        return _hf_token_strings(hf_json)
    raise MedlmError(
        f"{tokenizer_dir}: no tokenizer.model or tokenizer.json found; a substrate embedding needs the "
        "tokenizer the model uses (the output of `medlm tokenizer train`)"
    )


def _hf_token_strings(path: Path) -> list[str]:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    vocab = tok.get_vocab(with_added_tokens=True)
    by_id = [""] * (max(vocab.values()) + 1)
    for token, i in vocab.items():
        by_id[i] = token
    pre_tokenizer = json.loads(path.read_text(encoding="utf-8")).get("pre_tokenizer") or {}
    byte_level = "ByteLevel" in json.dumps(pre_tokenizer)
    if not byte_level:
        return [t.replace("▁", " ") for t in by_id]
    decode = {c: b for b, c in _bytes_to_unicode().items()}
    out = []
    for t in by_id:
        if all(c in decode for c in t):  # GPT-2 byte-level alphabet → bytes → text (partial UTF-8 as \xNN)
            out.append(bytes(decode[c] for c in t).decode("utf-8", errors="backslashreplace"))
        else:
            out.append(t)  # an added/special token written in plain text
    return out


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte → printable character table used by byte-level BPE."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


# ---------------------------------------------------------------- hashed substrate


def _string_seed(token: str, seed: int) -> int:
    return int.from_bytes(hashlib.blake2b(f"{seed}\x00{token}".encode("utf-8"), digest_size=8).digest(), "little")


def hashed_vector(token: str, d_model: int, seed: int = 0) -> np.ndarray:
    """Unit-norm Gaussian vector determined by (token string, seed) alone."""
    v = np.random.default_rng(_string_seed(token, seed)).standard_normal(d_model)
    return v / np.linalg.norm(v)


# ---------------------------------------------------------------- glyph substrate


def font_path() -> Path:
    import matplotlib

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / FONT_FILE
    if not path.is_file():
        raise MedlmError(f"{path}: font not found; the glyph substrate needs matplotlib's bundled {FONT_FILE}")
    return path


@lru_cache(maxsize=1)
def _font():
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path()), FONT_SIZE)


def render(token: str) -> np.ndarray:
    """Bitmap of `token` on the fixed canvas: float32 [CANVAS_H * CANVAS_W] in [0, 1]."""
    from PIL import Image, ImageDraw

    font = _font()
    width = max(1, int(np.ceil(font.getlength(token))))
    image = Image.new("L", (max(width, CANVAS_W), CANVAS_H), 0)
    ImageDraw.Draw(image).text((0, 0), token, fill=255, font=font)
    if image.width > CANVAS_W:  # squeeze long tokens to fit rather than cut them off
        image = image.resize((CANVAS_W, CANVAS_H), Image.BILINEAR)
    return np.asarray(image, dtype=np.float32).reshape(-1) / 255.0


def glyph_projection(d_model: int, seed: int = 0) -> np.ndarray:
    """The fixed [pixels, d_model] Gaussian projection (seeded; independent of the vocabulary)."""
    rng = np.random.default_rng([seed, d_model, 0x67_6C_79_70])  # "glyp"
    return (rng.standard_normal((CANVAS_H * CANVAS_W, d_model)) / np.sqrt(d_model)).astype(np.float32)


def glyph_vectors(tokens: list[str], d_model: int, seed: int = 0) -> np.ndarray:
    bitmaps = np.stack([render(t) for t in tokens])
    vectors = bitmaps @ glyph_projection(d_model, seed)
    seen: set[bytes] = set()
    for i, (t, bitmap) in enumerate(zip(tokens, bitmaps)):
        key = (bitmap > 0.5).tobytes()
        if not bitmap.any() or key in seen:  # blank or a look-alike of an earlier token: fall back to hashed
            vectors[i] = hashed_vector(t, d_model, seed)
        else:
            seen.add(key)
            vectors[i] /= np.linalg.norm(vectors[i])
    return vectors
