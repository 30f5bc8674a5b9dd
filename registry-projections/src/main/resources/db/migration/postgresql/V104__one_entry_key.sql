-- An entry's key is EntryRef.key(), as the case files store it: the kind alone for the entries a case
-- has one of ("ASSESSMENT", was "ASSESSMENT/" here), kind/id for the others.
UPDATE conformance_evaluation SET entry_key = SUBSTRING(entry_key, 1, LENGTH(entry_key) - 1) WHERE entry_key LIKE '%/';
