-- The map asks for the ideas inside a bounding box (domain/map_view.rs): an index on the place lets
-- a zoomed-in view read only its own ideas.
CREATE INDEX ideas_place ON ideas (lng, lat);
