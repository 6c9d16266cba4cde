"""Plan files: model, text format, hashes and approval."""
