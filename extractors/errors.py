"""Errors the library raises for bad input: each names the file and the problem, never a traceback."""


class ReportError(Exception):
    """A report file that cannot be read or extracted; `str()` is the message shown to the user."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
