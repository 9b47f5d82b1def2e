-- SQLite's full-text index now holds public ideas only (see the SQLite migration of the same name).
-- PostgreSQL searches the `search` column of `ideas` itself, where the query's `hidden_at IS NULL`
-- already leaves hidden ideas out: nothing changes here, and the migration exists so both engines
-- keep the same history.
SELECT 1;
