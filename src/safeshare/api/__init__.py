"""The JSON API (version 1), with the same shapes as the command line."""
