"""medlm: build medium-sized medical language models efficiently and prove whether they hold up."""

__version__ = "0.1.0"
