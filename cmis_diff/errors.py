"""User-facing errors: one line, exit code 1, never a traceback."""


class CmisDiffError(Exception):
    """An error whose message is shown to the user as is (must never contain a password)."""
