"""medlm grow stage."""
