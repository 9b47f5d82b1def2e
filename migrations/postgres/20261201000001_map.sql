-- The map groups the ideas inside a bounding box by grid cell (db/map.rs): this index holds every
-- column that query reads, so a view is answered from the index alone, never the table.
CREATE INDEX ideas_map ON ideas (lng, lat, hidden_at, id, status, buurt_code, wijk_code);
