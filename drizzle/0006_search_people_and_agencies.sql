-- Search also looks through a bid's agency, recruiter and hiring manager ("Okafor", "Ashby"). FTS5 cannot add a
-- column to an index, so the index and its triggers are made again with the new columns and refilled. As in
-- 0001_search.sql, the index keeps its own copy of the text, maintained by triggers on every table it copies
-- from, so that a bid's edit, a renamed organisation or contact, and a merge (which re-points a bid's links)
-- all reach it. A later migration that rebuilds one of those tables drops its triggers and must create them again.
DROP TRIGGER IF EXISTS `opportunities_search_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `opportunities_search_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `opportunities_search_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `organisations_search_rename`;
--> statement-breakpoint
DROP TABLE `opportunity_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `opportunity_search` USING fts5(
	title, client, agency, recruiter, hiring_manager, notes, brief,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `opportunities_search_insert` AFTER INSERT ON `opportunities` BEGIN
	INSERT INTO opportunity_search(rowid, title, client, agency, recruiter, hiring_manager, notes, brief)
	VALUES (
		new.id, new.title,
		coalesce((SELECT name FROM organisations WHERE id = new.client_id), ''),
		coalesce((SELECT name FROM organisations WHERE id = new.agency_id), ''),
		coalesce((SELECT name FROM contacts WHERE id = new.recruiter_id), ''),
		coalesce((SELECT name FROM contacts WHERE id = new.hiring_manager_id), ''),
		new.notes, new.brief_text
	);
END;
--> statement-breakpoint
CREATE TRIGGER `opportunities_search_update`
AFTER UPDATE OF title, client_id, agency_id, recruiter_id, hiring_manager_id, notes, brief_text ON `opportunities` BEGIN
	DELETE FROM opportunity_search WHERE rowid = old.id;
	INSERT INTO opportunity_search(rowid, title, client, agency, recruiter, hiring_manager, notes, brief)
	VALUES (
		new.id, new.title,
		coalesce((SELECT name FROM organisations WHERE id = new.client_id), ''),
		coalesce((SELECT name FROM organisations WHERE id = new.agency_id), ''),
		coalesce((SELECT name FROM contacts WHERE id = new.recruiter_id), ''),
		coalesce((SELECT name FROM contacts WHERE id = new.hiring_manager_id), ''),
		new.notes, new.brief_text
	);
END;
--> statement-breakpoint
CREATE TRIGGER `opportunities_search_delete` AFTER DELETE ON `opportunities` BEGIN
	DELETE FROM opportunity_search WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_search_rename` AFTER UPDATE OF name ON `organisations` BEGIN
	UPDATE opportunity_search SET client = new.name WHERE rowid IN (SELECT id FROM opportunities WHERE client_id = new.id);
	UPDATE opportunity_search SET agency = new.name WHERE rowid IN (SELECT id FROM opportunities WHERE agency_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_search_rename` AFTER UPDATE OF name ON `contacts` BEGIN
	UPDATE opportunity_search SET recruiter = new.name WHERE rowid IN (SELECT id FROM opportunities WHERE recruiter_id = new.id);
	UPDATE opportunity_search SET hiring_manager = new.name WHERE rowid IN (SELECT id FROM opportunities WHERE hiring_manager_id = new.id);
END;
--> statement-breakpoint
INSERT INTO opportunity_search(rowid, title, client, agency, recruiter, hiring_manager, notes, brief)
SELECT o.id, o.title, coalesce(c.name, ''), coalesce(a.name, ''), coalesce(r.name, ''), coalesce(h.name, ''), o.notes, o.brief_text
FROM opportunities o
LEFT JOIN organisations c ON c.id = o.client_id
LEFT JOIN organisations a ON a.id = o.agency_id
LEFT JOIN contacts r ON r.id = o.recruiter_id
LEFT JOIN contacts h ON h.id = o.hiring_manager_id;
