"""One module per screen, named after it."""
