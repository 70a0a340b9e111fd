"""CLI registration for the train stage (see medlm/cli.py)."""

from medlm.train.config import ExportConfig, TrainConfig


def register(add):
    add(
        "train",
        "medlm.train.trainer:train",
        TrainConfig,
        help="train a Llama-style model on token shards (resumable; DDP/FSDP2 under torchrun)",
        description=(
            "Train a Llama-style decoder on token shards. Examples: "
            "medlm train --preset med-125m --data data/tokens/pubmed-32k --out runs/med-125m | "
            "medlm train --resume runs/med-125m | "
            "torchrun --nproc-per-node 8 -m medlm train --config my-1b.yaml"
        ),
    )
    add(
        "export",
        "medlm.train.export:export",
        ExportConfig,
        help="convert a run to a transformers LlamaForCausalLM (--to hf) or import one (--from hf)",
    )
