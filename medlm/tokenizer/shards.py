"""Token shards: the contract between `medlm corpus tokenize` and `medlm train`.

    TOKENS/manifest.json        stage "tokens"; "dtype" ("uint16" or "uint32"); "tokenizer"
                                ({"sha256", "vocab_size", "bos_id", "eos_id", "pad_id", "unk_id"});
                                "corpus" ({"path", "manifest_sha256"}); "val_fraction"; "seed";
                                "splits": {"train": {"tokens", "documents", "shards": [...]}, "val": {...}}
    TOKENS/{split}/UUUUUU-PPP.bin  flat little-endian token ids; every document is followed by </s>
                                (unit UUUUUU = a parquet row group of the corpus, part PPP; the
                                manifest's "shards" list gives the order)
    TOKENS/{split}/UUUUUU-PPP.idx  int64 start offset of each document in the .bin, plus the end offset
    TOKENS/tokenizer/           a copy of the tokenizer used

The trainer memory-maps the .bin files; nothing is loaded whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medlm.errors import MedlmError
from medlm.manifest import read_manifest

DTYPES = {"uint16": np.uint16, "uint32": np.uint32}


def dtype_for_vocab(vocab_size: int) -> str:
    return "uint16" if vocab_size <= 65536 else "uint32"


def write_shard(bin_path: str | Path, tokens: np.ndarray, doc_starts: np.ndarray) -> None:
    """Write one shard (.bin tokens + .idx document offsets) atomically: temp files, then rename."""
    bin_path = Path(bin_path)
    bin_path.parent.mkdir(parents=True, exist_ok=True)
    idx_path = bin_path.with_suffix(".idx")
    offsets = np.append(np.asarray(doc_starts, dtype=np.int64), np.int64(len(tokens)))
    for path, array in ((idx_path, offsets), (bin_path, tokens)):  # .bin last: its presence marks the shard done
        tmp = path.with_name(f".{path.name}.tmp")
        array.tofile(tmp)
        tmp.replace(path)


@dataclass
class TokenShards:
    """Memory-mapped view of one split (train or val) of a token-shard directory."""

    root: Path
    split: str
    manifest: dict
    arrays: list[np.memmap]

    @classmethod
    def open(cls, root: str | Path, split: str = "train") -> "TokenShards":
        root = Path(root)
        manifest = read_manifest(root, "tokens")
        info = manifest.get("splits", {}).get(split)
        if not info or not info.get("shards"):
            raise MedlmError(f"{root}: split '{split}' has no shards (re-run `medlm corpus tokenize` with a non-zero share for it)")
        dtype = DTYPES[manifest["dtype"]]
        arrays = []
        for rel in info["shards"]:
            path = root / rel
            if not path.is_file():
                raise MedlmError(f"{path}: shard listed in {root}/manifest.json is missing (re-run `medlm corpus tokenize`)")
            if path.stat().st_size == 0:
                raise MedlmError(f"{path}: shard is empty")
            arrays.append(np.memmap(path, dtype=dtype, mode="r"))
        return cls(root, split, manifest, arrays)

    @property
    def num_tokens(self) -> int:
        return sum(len(a) for a in self.arrays)

    @property
    def vocab_size(self) -> int:
        return int(self.manifest["tokenizer"]["vocab_size"])

    @property
    def eos_id(self) -> int:
        return int(self.manifest["tokenizer"]["eos_id"])

    @property
    def tokenizer_dir(self) -> Path:
        return self.root / "tokenizer"

    def doc_offsets(self, shard: int) -> np.ndarray:
        """Start offsets of the documents in shard `shard`, followed by its length."""
        path = self.root / Path(self.manifest["splits"][self.split]["shards"][shard]).with_suffix(".idx")
        return np.fromfile(path, dtype=np.int64)


def split_of(doc_id: str, val_fraction: float, seed: int = 0) -> str:
    """'val' or 'train' for a document, decided by a seeded hash of its id.

    Stable across runs, workers and machines, so `corpus tokenize`, `tokenizer compare --split val`
    and `bench` (bits-per-byte) all agree on which documents are held out.
    """
    import hashlib

    h = hashlib.blake2b(f"{seed}:{doc_id}".encode(), digest_size=8).digest()
    return "val" if int.from_bytes(h, "big") / 2**64 < val_fraction else "train"
