"""Data files shipped with the package (the English stop-word list)."""
