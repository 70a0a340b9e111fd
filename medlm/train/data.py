"""Batches from memory-mapped token shards.

Two orders, both a pure function of (seed, rank, position) so a checkpoint only has to store the
position to resume exactly:
- random windows: micro-batch k of rank r draws its window starts from an RNG seeded with
  (seed, r, k) — any window may cross a shard boundary; shards are one virtual token stream;
- sequential packing: rank r reads contiguous windows at stride world_size from a cursor that walks
  the whole stream (wrapping around at the end: an epoch boundary).
Each window is seq_len + 1 tokens: inputs are the first seq_len, targets the last seq_len.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from medlm.errors import MedlmError
from medlm.tokenizer.shards import TokenShards


class TokenStream:
    """All shards of a split as one indexable stream of tokens (nothing is read until asked for)."""

    def __init__(self, shards: TokenShards):
        self.shards = shards
        self.lengths = np.array([len(a) for a in shards.arrays], dtype=np.int64)
        self.starts = np.concatenate([[0], np.cumsum(self.lengths)])
        self.total = int(self.starts[-1])

    def read(self, start: int, n: int) -> np.ndarray:
        """Tokens [start, start + n) of the stream, as int64."""
        out = np.empty(n, dtype=np.int64)
        filled = 0
        shard = int(np.searchsorted(self.starts, start, side="right") - 1)
        offset = start - int(self.starts[shard])
        while filled < n:
            take = min(n - filled, int(self.lengths[shard]) - offset)
            out[filled : filled + take] = self.shards.arrays[shard][offset : offset + take]
            filled += take
            shard, offset = shard + 1, 0
        return out


@dataclass
class BatchSource:
    """Micro-batches [batch, seq_len] of (inputs, targets) for one rank."""

    stream: TokenStream
    batch_size: int
    seq_len: int
    sampling: str = "random"
    seed: int = 0
    rank: int = 0
    world_size: int = 1
    position: int = 0  # micro-batches this rank has drawn (random) / stream cursor in windows (sequential)

    def __post_init__(self):
        if self.stream.total < self.seq_len + 1:
            raise MedlmError(
                f"{self.stream.shards.root}: split '{self.stream.shards.split}' has {self.stream.total} tokens, "
                f"fewer than one sequence of seq_len+1={self.seq_len + 1}; use more data or a smaller --seq-len"
            )

    def next(self) -> tuple[torch.Tensor, torch.Tensor]:
        starts = self._starts()
        self.position += 1
        windows = np.stack([self.stream.read(int(s), self.seq_len + 1) for s in starts])
        w = torch.from_numpy(windows)
        return w[:, :-1].contiguous(), w[:, 1:].contiguous()

    def _starts(self) -> np.ndarray:
        span = self.seq_len + 1
        if self.sampling == "random":
            rng = np.random.default_rng([self.seed, self.rank, self.position])
            return rng.integers(0, self.stream.total - span + 1, size=self.batch_size)
        # sequential: window j of the global order covers [j*seq_len, j*seq_len + span); wrap at the end
        per_epoch = (self.stream.total - 1) // self.seq_len
        first = self.position * self.batch_size * self.world_size + self.rank * self.batch_size
        return ((first + np.arange(self.batch_size)) % per_epoch) * self.seq_len

    def state(self) -> dict:
        return {"sampling": self.sampling, "seed": self.seed, "rank": self.rank, "world_size": self.world_size, "position": self.position}


def val_batches(stream: TokenStream, batch_size: int, seq_len: int, n_batches: int) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """A fixed set of validation batches: windows spread evenly over the val split (same every eval)."""
    span = seq_len + 1
    if stream.total < span:
        raise MedlmError(
            f"{stream.shards.root}: val split has {stream.total} tokens, fewer than seq_len+1={span}; "
            "use a larger val share or --eval-every -1"
        )
    count = n_batches * batch_size
    starts = np.linspace(0, stream.total - span, num=count).astype(np.int64)
    out = []
    for b in range(n_batches):
        w = torch.from_numpy(np.stack([stream.read(int(s), span) for s in starts[b * batch_size : (b + 1) * batch_size]]))
        out.append((w[:, :-1], w[:, 1:]))
    return out


def open_split(data_dir: str, split: str) -> TokenStream:
    return TokenStream(TokenShards.open(data_dir, split))
