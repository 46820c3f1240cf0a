"""The law tables as of today, and a way to keep them so.

`python -m generator law` lists every series and table of generator/jurisdictions/data/
with its last entry, how far it is confirmed (`complete_through`) and how many days that
is behind today; `--check` exits 1 when a series a case needs does not reach today.

`python -m generator law update [SERIES ...]` fetches the official publications (NBP,
Bank of Russia, Bank of England), checks what they say against the tables (continuity,
plausible values, no rewritten history) and appends the new entries to the data files,
each with its source URL and retrieval date, so the change is a reviewable git diff.
Nothing else in the generator touches the network: build, validate, status and compute
read only the data files.
"""
