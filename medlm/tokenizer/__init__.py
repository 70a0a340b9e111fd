"""medlm tokenizer stage."""
