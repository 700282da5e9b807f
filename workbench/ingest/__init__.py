"""Ingest: export files in (`formats`: one loader per export shape), cleaned and redacted (`clean`), stored in
one transaction (`run.ingest`)."""
