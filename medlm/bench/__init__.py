"""medlm bench stage."""
