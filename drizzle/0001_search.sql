-- Full-text search over a bid's title, client name, notes and brief (FTS5 cannot be expressed in drizzle's schema).
-- The index keeps its own copy of the text and is maintained by triggers, so every write path stays in step.
-- A later migration that rebuilds `opportunities` drops these triggers with it and must create them again.
CREATE VIRTUAL TABLE `opportunity_search` USING fts5(
	title, client, notes, brief,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `opportunities_search_insert` AFTER INSERT ON `opportunities` BEGIN
	INSERT INTO opportunity_search(rowid, title, client, notes, brief)
	VALUES (new.id, new.title, coalesce((SELECT name FROM organisations WHERE id = new.client_id), ''), new.notes, new.brief_text);
END;
--> statement-breakpoint
CREATE TRIGGER `opportunities_search_update` AFTER UPDATE OF title, client_id, notes, brief_text ON `opportunities` BEGIN
	DELETE FROM opportunity_search WHERE rowid = old.id;
	INSERT INTO opportunity_search(rowid, title, client, notes, brief)
	VALUES (new.id, new.title, coalesce((SELECT name FROM organisations WHERE id = new.client_id), ''), new.notes, new.brief_text);
END;
--> statement-breakpoint
CREATE TRIGGER `opportunities_search_delete` AFTER DELETE ON `opportunities` BEGIN
	DELETE FROM opportunity_search WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_search_rename` AFTER UPDATE OF name ON `organisations` BEGIN
	UPDATE opportunity_search SET client = new.name
	WHERE rowid IN (SELECT id FROM opportunities WHERE client_id = new.id);
END;
--> statement-breakpoint
INSERT INTO opportunity_search(rowid, title, client, notes, brief)
SELECT o.id, o.title, coalesce(c.name, ''), o.notes, o.brief_text
FROM opportunities o LEFT JOIN organisations c ON c.id = o.client_id;
