"""Training-free embedding substrates: deterministic, unit-norm, distinct, keyed by the token string."""

from __future__ import annotations

import pytest
import torch

from medlm.errors import MedlmError
from medlm.grow.substrate import font_path, hashed_vector, render, substrate_weights, token_strings


@pytest.fixture
def sp_dir(fixtures):
    return fixtures / "grow" / "sp"


@pytest.fixture
def hf_dir(tmp_path, fixtures):
    """A byte-level BPE tokenizer.json trained on the fixture text (as transformers tokenizers are)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    lines = (fixtures / "grow" / "sample.txt").read_text(encoding="utf-8").splitlines()
    tok.train_from_iterator(lines, trainers.BpeTrainer(vocab_size=300, special_tokens=["<s>", "</s>"],
                                                       initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tok.save(str(tmp_path / "tokenizer.json"))
    return tmp_path


@pytest.mark.parametrize("kind", ["glyph", "hashed"])
def test_substrate_is_deterministic_unit_norm_and_distinct(sp_dir, kind):
    a = substrate_weights(kind, sp_dir, 400, 48, seed=0)
    b = substrate_weights(kind, sp_dir, 400, 48, seed=0)
    assert a.shape == (400, 48) and a.dtype == torch.float32
    assert torch.equal(a, b)
    torch.testing.assert_close(a.norm(dim=1), torch.ones(400), atol=1e-5, rtol=0)
    assert len({tuple(r.tolist()) for r in a}) == 400  # no two tokens share a vector
    assert not torch.equal(a, substrate_weights(kind, sp_dir, 400, 48, seed=1))


def test_token_strings_show_spaces_and_byte_pieces(sp_dir, hf_dir):
    sp = token_strings(sp_dir)
    assert len(sp) == 400 and sp[:4] == ["<unk>", "<s>", "</s>", "<pad>"] and "<0x41>" in sp
    assert not any("▁" in t for t in sp) and any(t.startswith(" ") and len(t) > 2 for t in sp)
    hf = token_strings(hf_dir)
    assert "Ġ" not in "".join(hf) and any(t.startswith(" ") and len(t) > 2 for t in hf)


def test_glyph_vectors_reflect_shape(sp_dir):
    """Look-alike strings are closer than unrelated ones: the bitmap, not the id, decides."""
    from medlm.grow.substrate import glyph_projection

    proj = torch.from_numpy(glyph_projection(256))

    def vec(s):
        v = torch.from_numpy(render(s)) @ proj
        return v / v.norm()

    assert vec("patient") @ vec("patients") > vec("patient") @ vec("XQZ%#@")
    assert render("").sum() == 0 and render("a" * 100).sum() > 0  # long tokens are squeezed, not cut
    assert font_path().name == "DejaVuSansMono.ttf"


def test_hashed_vectors_are_keyed_by_the_string(sp_dir, hf_dir):
    """The same token string gets the same vector in any vocabulary, at any id."""
    sp, hf = token_strings(sp_dir), token_strings(hf_dir)
    shared = sorted(set(sp) & set(hf) - {"<s>", "</s>"})
    assert len(shared) > 20
    a, b = substrate_weights("hashed", sp_dir, 400, 32), substrate_weights("hashed", hf_dir, len(hf), 32)
    for t in shared[:20]:
        torch.testing.assert_close(a[sp.index(t)], b[hf.index(t)])
        torch.testing.assert_close(a[sp.index(t)], torch.from_numpy(hashed_vector(t, 32)).float())


def test_padded_vocab_and_bad_input(sp_dir, tmp_path):
    w = substrate_weights("glyph", sp_dir, 416, 32)  # padded to a multiple of 32 for speed
    assert w.shape == (416, 32) and torch.isfinite(w).all()
    with pytest.raises(MedlmError, match="vocab_size"):
        substrate_weights("glyph", sp_dir, 100, 32)
    with pytest.raises(MedlmError, match="tokenizer"):
        substrate_weights("hashed", tmp_path, 100, 32)
    with pytest.raises(MedlmError, match="substrate"):
        substrate_weights("learned", sp_dir, 400, 32)
