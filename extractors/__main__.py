"""`python -m extractors …` runs the `indicators` command line (the same click group as the console script)."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="indicators")
