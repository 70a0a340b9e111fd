"""What the de-identifier replaced, in the shapes the deid tests assert on."""

from medlm.corpus.deid import deidentify


def phi(text, cfg=None):
    """{original: type} of what was replaced."""
    return {orig: typ for _, _, typ, orig in deidentify(text, cfg).spans}


def typed(text, typ, cfg=None):
    """The original strings replaced as `typ`, in text order."""
    return [orig for _, _, t, orig in deidentify(text, cfg).spans if t == typ]


def names(text, cfg=None):
    """The original strings replaced as [NAME]."""
    return typed(text, "NAME", cfg)
