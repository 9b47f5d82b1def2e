-- A status notification carries the public explanation the professional gave with the change, so
-- the author reads why in the notification and its mail, not only that it changed.
ALTER TABLE notifications ADD COLUMN explanation TEXT;
