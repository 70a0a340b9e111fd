"""medlm export --to hf / --from hf: transformers computes the same logits as medlm (fp32, CPU)."""

import json

import pytest
import torch

from medlm.cli import main
from medlm.model.config import preset
from medlm.model.io import load_model, save_run
from medlm.model.llama import Transformer
from tests.train_support import write_tokenizer


def _run(tmp_path, **kw):
    torch.manual_seed(0)
    model = Transformer(preset("tiny", vocab_size=64, **kw))
    with torch.no_grad():  # non-trivial norms so a swapped norm weight would show
        for name, p in model.named_parameters():
            if name.endswith("norm.weight"):
                p.uniform_(0.5, 1.5)
    tok = write_tokenizer(tmp_path / "tok", 64)
    run = tmp_path / "run"
    save_run(model, run, "train", tokenizer_dir=tok, tokenizer={"vocab_size": 64, "bos_id": 1, "eos_id": 2, "pad_id": 3})
    return model.eval(), run


@pytest.mark.parametrize("kw", [dict(), dict(n_kv_heads=2, tie_embeddings=False)])
def test_export_to_hf_matches_logits(tmp_path, kw):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model, run = _run(tmp_path, **kw)
    out = tmp_path / "hf"
    assert main(["export", str(run), "--to", "hf", "--out", str(out)]) == 0
    hf = AutoModelForCausalLM.from_pretrained(str(out), dtype=torch.float32).eval()
    assert type(hf).__name__ == "LlamaForCausalLM"
    idx = torch.randint(0, 64, (2, 40))
    with torch.no_grad():
        ours, theirs = model(idx), hf(idx).logits
    assert (ours - theirs).abs().max().item() < 1e-4
    tok = AutoTokenizer.from_pretrained(str(out))
    assert tok.eos_token_id == 2 and tok("w5 w6")["input_ids"][-2:] == [5, 6]
    assert json.loads((out / "manifest.json").read_text())["format"] == "hf"


def test_import_from_hf_roundtrip_is_trainable_init(tmp_path):
    model, run = _run(tmp_path, tie_embeddings=False)
    hf_dir = tmp_path / "hf"
    assert main(["export", str(run), "--to", "hf", "--out", str(hf_dir)]) == 0
    back = tmp_path / "back"
    assert main(["export", str(hf_dir), "--from", "hf", "--out", str(back)]) == 0
    loaded = load_model(back)
    idx = torch.randint(0, 64, (1, 30))
    with torch.no_grad():
        assert torch.allclose(model(idx), loaded(idx), atol=1e-5)
    manifest = json.loads((back / "manifest.json").read_text())
    assert manifest["stage"] == "export" and manifest["tokenizer"]["eos_id"] == 2
    assert (back / "tokenizer" / "tokenizer.json").is_file()


def test_export_needs_a_direction(tmp_path, capsys):
    _, run = _run(tmp_path)
    assert main(["export", str(run), "--out", str(tmp_path / "x")]) == 2
    assert "--to hf" in capsys.readouterr().err


def test_import_refuses_unsupported_architecture(tmp_path):
    from transformers import LlamaConfig

    from medlm.errors import MedlmError
    from medlm.model.hf import model_config_from_hf

    cfg = LlamaConfig(hidden_size=64, num_attention_heads=4, num_hidden_layers=1, intermediate_size=128, attention_bias=True)
    with pytest.raises(MedlmError, match="biases"):
        model_config_from_hf(cfg)
