-- An administrator deactivates an organisation (its professionals first lose their role, once none
-- of them leads an idea any more); it then no longer appears where organisations are chosen, while
-- notes and timelines keep its name.
ALTER TABLE organisations ADD COLUMN deactivated_at INTEGER;
