"""waic-reader's terminal interface: the CLI and the Textual app over :mod:`waic_reader.index`."""
