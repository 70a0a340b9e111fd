"""Helpers for the trainer's tests (and the grow helper's): synthetic token shards in the real format.

`write_token_shards(dir)` writes a `medlm corpus tokenize`-style directory (stage "tokens") whose
documents follow a noisy deterministic rule (next = (3·prev + 1) mod V most of the time), so a tiny
model's loss visibly falls within a few dozen steps; plus a word-level HF tokenizer in TOKENS/tokenizer
so export and substrate code have real tokenizer files to read.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from medlm.manifest import sha256_file, write_manifest
from medlm.tokenizer.shards import dtype_for_vocab, write_shard

SPECIALS = ["<unk>", "<s>", "</s>", "<pad>"]
UNK, BOS, EOS, PAD = 0, 1, 2, 3


def synthetic_documents(n_tokens: int, vocab_size: int, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    docs, total = [], 0
    while total < n_tokens:
        length = int(rng.integers(16, 120))
        doc = np.empty(length, dtype=np.int64)
        doc[0] = rng.integers(len(SPECIALS), vocab_size)
        for i in range(1, length):
            rule = len(SPECIALS) + (3 * doc[i - 1] + 1) % (vocab_size - len(SPECIALS))
            doc[i] = rule if rng.random() < 0.85 else rng.integers(len(SPECIALS), vocab_size)
        docs.append(np.append(doc, EOS))  # every document ends with </s>, as `corpus tokenize` writes
        total += length + 1
    return docs


def write_tokenizer(out: Path, vocab_size: int) -> Path:
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {tok: i for i, tok in enumerate(SPECIALS)}
    vocab.update({f"w{i}": i for i in range(len(SPECIALS), vocab_size)})
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>", pad_token="<pad>")
    fast.save_pretrained(str(out))
    return out


def write_token_shards(
    root: str | Path,
    *,
    vocab_size: int = 64,
    train_tokens: int = 30_000,
    val_tokens: int = 4_000,
    shards: int = 2,
    seed: int = 0,
    tokenizer: bool = True,
) -> Path:
    root = Path(root)
    dtype = dtype_for_vocab(vocab_size)
    splits = {}
    for split, n, split_seed in (("train", train_tokens, seed), ("val", val_tokens, seed + 1)):
        docs = synthetic_documents(n, vocab_size, split_seed) if n else []
        per_shard = np.array_split(np.arange(len(docs)), shards if split == "train" else 1)
        names = []
        for k, ids in enumerate(per_shard):
            if not len(ids):
                continue
            chunk = [docs[i] for i in ids]
            tokens = np.concatenate(chunk).astype(dtype)
            starts = np.cumsum([0] + [len(d) for d in chunk[:-1]])
            rel = f"{split}/{k:06d}.bin"
            write_shard(root / rel, tokens, starts)
            names.append(rel)
        splits[split] = {"tokens": int(sum(len(d) for d in docs)), "documents": len(docs), "shards": names}
    tok_info = {"sha256": None, "vocab_size": vocab_size, "bos_id": BOS, "eos_id": EOS, "pad_id": PAD, "unk_id": UNK}
    if tokenizer:
        write_tokenizer(root / "tokenizer", vocab_size)
        tok_info["sha256"] = sha256_file(root / "tokenizer" / "tokenizer.json")
    write_manifest(
        root, "tokens", None, dtype=dtype, tokenizer=tok_info, corpus={"path": "synthetic", "manifest_sha256": None},
        val_fraction=val_tokens / max(train_tokens + val_tokens, 1), seed=seed, splits=splits,
    )
    return root


def quick_train_config(data: str | Path, out: str | Path, **overrides):
    """A TrainConfig for a few-second CPU run of the tiny preset on synthetic shards."""
    from medlm.train.config import TrainConfig

    settings = dict(
        preset="tiny", data=str(data), out=str(out), seq_len=32, batch_size=4, max_steps=20, lr=3e-3,
        warmup_steps=2, eval_every=10, eval_batches=2, log_every=5, checkpoint_every=0, progress_bar=False,
        tensorboard=False, device="cpu",
    )
    settings.update(overrides)
    return TrainConfig(**settings)


def quick_train_args(data: str | Path, out: str | Path, **overrides) -> list[str]:
    """The same settings as `medlm train` flags."""
    cfg = quick_train_config(data, out, **overrides)
    args = ["train"]
    for key in ("preset", "data", "out", "seq_len", "batch_size", "max_steps", "lr", "warmup_steps", "eval_every",
                "eval_batches", "log_every", "checkpoint_every", "device", "sampling", *overrides):
        value = getattr(cfg, key)
        flag = "--" + key.replace("_", "-")
        if isinstance(value, bool):
            args.append(flag if value else "--no-" + key.replace("_", "-"))
        elif isinstance(value, list):
            args += [flag, ",".join(map(str, value))]
        else:
            args += [flag, str(value)]
    return args + ["--no-progress-bar", "--no-tensorboard"]


class one_thread:
    """Run torch on one CPU thread (as the OMP_NUM_THREADS=1 subprocesses do), so in-process and
    subprocess runs use the same kernels and reduction order and their losses compare exactly."""

    def __enter__(self):
        import torch

        self.saved = torch.get_num_threads()
        torch.set_num_threads(1)

    def __exit__(self, *exc):
        import torch

        torch.set_num_threads(self.saved)
