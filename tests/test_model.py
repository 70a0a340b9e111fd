import pytest
import torch

from medlm.model.config import ModelConfig, preset
from medlm.model.io import load_model, save_run
from medlm.model.llama import Transformer
from medlm.errors import MedlmError


@pytest.mark.parametrize("kw", [dict(), dict(n_kv_heads=2), dict(tie_embeddings=False)])
def test_shapes_and_param_count(kw):
    cfg = preset("tiny", vocab_size=101, **kw)
    model = Transformer(cfg)
    idx = torch.randint(0, 101, (2, 16))
    assert model(idx).shape == (2, 16, 101)
    assert model.num_params() == cfg.num_params()
    assert model.num_params(include_embedding=False) == cfg.num_params(include_embedding=False)
    loss = model(idx, targets=torch.randint(0, 101, (2, 16)))
    assert loss.ndim == 0 and abs(loss.item() - torch.log(torch.tensor(101.0)).item()) < 0.5


def test_causal():
    model = Transformer(preset("tiny", vocab_size=50)).eval()
    a = torch.randint(0, 50, (1, 12))
    b = a.clone()
    b[0, 8:] = (b[0, 8:] + 1) % 50
    assert torch.allclose(model(a)[0, :8], model(b)[0, :8], atol=1e-6)


def test_run_dir_roundtrip(tmp_path):
    model = Transformer(preset("tiny", vocab_size=60))
    save_run(model, tmp_path / "run", "train")
    loaded = load_model(tmp_path / "run")
    idx = torch.randint(0, 60, (1, 10))
    assert torch.equal(model.eval()(idx), loaded(idx))


def test_bad_preset_and_shape():
    with pytest.raises(MedlmError, match="did you mean"):
        preset("med-125")
    with pytest.raises(ValueError, match="divisible"):
        ModelConfig(vocab_size=10, d_model=100, n_heads=3)


@pytest.mark.parametrize("kw", [dict(), dict(n_kv_heads=2), dict(tie_embeddings=False, rope_theta=500000.0)])
def test_parity_with_transformers_llama(kw):
    """medlm's model computes what transformers' LlamaForCausalLM computes with the converted weights."""
    from medlm.model.hf import from_hf_model, to_hf_model

    torch.manual_seed(0)
    model = Transformer(preset("tiny", vocab_size=97, **kw)).eval()
    hf = to_hf_model(model)
    idx = torch.randint(0, 97, (2, 33))
    with torch.no_grad():
        assert (model(idx) - hf(idx).logits).abs().max().item() < 1e-5
        back = from_hf_model(hf)
        assert torch.equal(back(idx), model(idx))


def test_training_flops_match_the_mfu_formula():
    from medlm.train.flops import training_flops_per_token

    cfg = preset("tiny", vocab_size=300, n_kv_heads=2, tie_embeddings=False)
    model = Transformer(cfg)
    assert training_flops_per_token(model, 128) == cfg.flops_per_token(128)
    for p in model.blocks[0].parameters():  # a frozen bottom block: forward only, no backward through it
        p.requires_grad_(False)
    model.embed.weight.requires_grad_(False)
    block = sum(p.numel() for p in model.blocks[0].parameters())
    attn = 4 * cfg.n_heads * cfg.head_dim * 128
    assert training_flops_per_token(model, 128) == cfg.flops_per_token(128) - 4 * block - 2 * attn


@pytest.mark.parametrize("tied", [True, False])
def test_chunked_loss_equals_plain_loss_and_gradients(tied):
    torch.manual_seed(0)
    model = Transformer(preset("tiny", vocab_size=97, tie_embeddings=tied))
    idx, targets = torch.randint(0, 97, (3, 20)), torch.randint(0, 97, (3, 20))
    targets[0, :5] = -100  # ignored positions
    grads = []
    for chunk in (0, 7):
        model.zero_grad()
        model.loss_chunk = chunk
        loss = model(idx, targets=targets)
        loss.backward()
        grads.append((loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters()}))
    (l0, g0), (l1, g1) = grads
    assert torch.allclose(l0, l1, atol=1e-6)
    for name in g0:
        assert torch.allclose(g0[name], g1[name], atol=1e-6), name
