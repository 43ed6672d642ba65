"""`python -m hub` runs the same command line as `inclusion-hub`."""

from hub.cli import main

if __name__ == "__main__":
    main()
