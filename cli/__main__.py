"""`python -m cli …` runs the `indicators` command line (the same click group as the console script)."""

from .commands import main

if __name__ == "__main__":
    main(prog_name="indicators")
