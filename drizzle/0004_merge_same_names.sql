-- Organisations, contacts and tags are matched by a key that folds letter case and Unicode forms the way a
-- person reads a name (src/shared/match-key.ts). SQLite's lower() folds ASCII only, so earlier versions could
-- store "Équipe Finance Intérim" and "équipe finance intérim" as two agencies. This computes every key, then
-- merges each set of same-named records into the oldest one, re-pointing every link before a duplicate goes.
-- `stint_match_key` is the JavaScript function itself, registered on the connection before migrations run
-- (src/main/core/db/sql-functions.ts), so the keys stored here are exactly those the app computes later.
UPDATE organisations SET name_key = stint_match_key(name);
--> statement-breakpoint
UPDATE contacts SET name_key = stint_match_key(name);
--> statement-breakpoint
-- Tags were stored lower-cased, and lower-casing "İ" gives two characters (an "i" and a combining dot), which
-- could take a tag past its 40-character limit, so that the board's filter refused a tag the app itself offered.
-- The dot goes, but only after a bid's repeats of one tag are dropped (keeping the spelling stored first): a
-- bid tagged both "i̇stanbul" and "istanbul" would otherwise hold the same tag twice and break its primary key.
UPDATE opportunity_tags SET tag_key = stint_match_key(replace(tag, 'i' || char(775), 'i'));
--> statement-breakpoint
DELETE FROM opportunity_tags
WHERE rowid NOT IN (SELECT min(rowid) FROM opportunity_tags GROUP BY opportunity_id, tag_key);
--> statement-breakpoint
UPDATE opportunity_tags SET tag = replace(tag, 'i' || char(775), 'i') WHERE instr(tag, 'i' || char(775)) > 0;
--> statement-breakpoint
CREATE TEMP TABLE organisation_merges AS
SELECT id AS duplicate_id, survivor_id
FROM (SELECT id, min(id) OVER (PARTITION BY name_key) AS survivor_id FROM organisations)
WHERE id <> survivor_id;
--> statement-breakpoint
-- One record named as an agency and another as a client are the same organisation acting as both.
UPDATE organisations SET kind = 'both'
WHERE EXISTS (
	SELECT 1 FROM organisation_merges m JOIN organisations d ON d.id = m.duplicate_id
	WHERE m.survivor_id = organisations.id AND d.kind <> organisations.kind
);
--> statement-breakpoint
UPDATE opportunities SET client_id = (SELECT survivor_id FROM organisation_merges WHERE duplicate_id = client_id)
WHERE client_id IN (SELECT duplicate_id FROM organisation_merges);
--> statement-breakpoint
UPDATE opportunities SET agency_id = (SELECT survivor_id FROM organisation_merges WHERE duplicate_id = agency_id)
WHERE agency_id IN (SELECT duplicate_id FROM organisation_merges);
--> statement-breakpoint
UPDATE contacts SET organisation_id = (SELECT survivor_id FROM organisation_merges WHERE duplicate_id = organisation_id)
WHERE organisation_id IN (SELECT duplicate_id FROM organisation_merges);
--> statement-breakpoint
DELETE FROM organisations WHERE id IN (SELECT duplicate_id FROM organisation_merges);
--> statement-breakpoint
DROP TABLE organisation_merges;
--> statement-breakpoint
CREATE TEMP TABLE contact_merges AS
SELECT id AS duplicate_id, survivor_id
FROM (SELECT id, min(id) OVER (PARTITION BY name_key) AS survivor_id FROM contacts)
WHERE id <> survivor_id;
--> statement-breakpoint
-- A surviving contact with no organisation takes the first one a duplicate had.
UPDATE contacts SET organisation_id = (
	SELECT d.organisation_id FROM contact_merges m JOIN contacts d ON d.id = m.duplicate_id
	WHERE m.survivor_id = contacts.id AND d.organisation_id IS NOT NULL
	ORDER BY d.id LIMIT 1
)
WHERE organisation_id IS NULL AND id IN (SELECT survivor_id FROM contact_merges);
--> statement-breakpoint
UPDATE opportunities SET recruiter_id = (SELECT survivor_id FROM contact_merges WHERE duplicate_id = recruiter_id)
WHERE recruiter_id IN (SELECT duplicate_id FROM contact_merges);
--> statement-breakpoint
UPDATE opportunities SET hiring_manager_id = (SELECT survivor_id FROM contact_merges WHERE duplicate_id = hiring_manager_id)
WHERE hiring_manager_id IN (SELECT duplicate_id FROM contact_merges);
--> statement-breakpoint
DELETE FROM contacts WHERE id IN (SELECT duplicate_id FROM contact_merges);
--> statement-breakpoint
DROP TABLE contact_merges;
