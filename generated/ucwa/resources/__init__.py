"""One module per UCWA resource; import them from ``ucwa`` (loaded on first use)."""
