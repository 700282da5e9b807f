"""The one exception type a user sees: a sentence that names the file, the problem and the fix."""


class WorkbenchError(Exception):
    """An error in the user's input or set-up, reported as one clear sentence (no traceback)."""
