"""medlm report stage."""
