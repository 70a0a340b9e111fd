"""Model definition, presets, and run-directory IO."""
