"""CLI registration for the tokenizer stage (see medlm/cli.py)."""


def register(add):
    """Commands of this stage are added here as the stage lands."""
