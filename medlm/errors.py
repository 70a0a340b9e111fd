"""The one error type a user sees: it says what was wrong, where, and what to do."""


class MedlmError(Exception):
    """A problem the user can act on (bad input, missing stage output, bad config).

    The CLI prints it as a single line `medlm: error: ...` and exits with status 2,
    without a traceback. Anything else is a bug and keeps its traceback.
    """
