"""Applying approved plans to live: checks, one transaction, ledger."""
