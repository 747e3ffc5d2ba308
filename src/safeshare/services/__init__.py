"""Use cases that combine the domain with files or storage; transactions and I/O live here."""
