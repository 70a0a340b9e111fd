"""medlm train stage."""
