"""Errors the library raises for bad input: each names the file and the problem, never a traceback."""


class ReportError(Exception):
    """A report file that cannot be read or extracted; `str()` is the message shown to the user."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def first_line(e: BaseException, limit: int = 300) -> str:
    """An exception as one short line for a user: its message's first line, else its type's name."""
    text = str(e).strip()
    return text.splitlines()[0][:limit] if text else type(e).__name__
