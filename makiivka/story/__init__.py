"""Keep a story's data package: paths, the descriptor, load and validate, seals, writes.

A story is a folder holding ``data/`` (the descriptor ``datapackage.json``, the
articles register, the claimants register, the claims ledger, the seals and the
corrections log, and the article texts). This room reads it into typed pandas
DataFrames, checks every file against the descriptor, and is, with ``publish``,
the only room that writes to disk.
"""
