-- Every record stored before records had a stable id gets one, made at the record's own creation time so that
-- ids sort as the records were made (`stint_record_uid` is registered by the app: src/main/core/db/sql-functions.ts).
-- The column had to be added nullable; from here on triggers refuse a row without an id, as NOT NULL would.
UPDATE `organisations` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `contacts` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `opportunities` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `stage_events` SET `uid` = stint_record_uid(`at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `interviews` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `rejection_reasons` SET `uid` = stint_record_uid(`created_at`), `updated_at` = coalesce(`retired_at`, `created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `rejection_outcomes` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `skills` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `development_actions` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `skill_reviews` SET `uid` = stint_record_uid(`started_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `contracts` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `contract_end_changes` SET `uid` = stint_record_uid(`at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `interactions` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `reminders` SET `uid` = stint_record_uid(`created_at`) WHERE `uid` IS NULL;--> statement-breakpoint
CREATE TRIGGER `organisations_uid_required_on_insert` BEFORE INSERT ON `organisations` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: organisations.uid');
END;--> statement-breakpoint
CREATE TRIGGER `organisations_uid_required_on_update` BEFORE UPDATE OF `uid` ON `organisations` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: organisations.uid');
END;--> statement-breakpoint
CREATE TRIGGER `contacts_uid_required_on_insert` BEFORE INSERT ON `contacts` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: contacts.uid');
END;--> statement-breakpoint
CREATE TRIGGER `contacts_uid_required_on_update` BEFORE UPDATE OF `uid` ON `contacts` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: contacts.uid');
END;--> statement-breakpoint
CREATE TRIGGER `opportunities_uid_required_on_insert` BEFORE INSERT ON `opportunities` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: opportunities.uid');
END;--> statement-breakpoint
CREATE TRIGGER `opportunities_uid_required_on_update` BEFORE UPDATE OF `uid` ON `opportunities` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: opportunities.uid');
END;--> statement-breakpoint
CREATE TRIGGER `stage_events_uid_required_on_insert` BEFORE INSERT ON `stage_events` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: stage_events.uid');
END;--> statement-breakpoint
CREATE TRIGGER `stage_events_uid_required_on_update` BEFORE UPDATE OF `uid` ON `stage_events` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: stage_events.uid');
END;--> statement-breakpoint
CREATE TRIGGER `interviews_uid_required_on_insert` BEFORE INSERT ON `interviews` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: interviews.uid');
END;--> statement-breakpoint
CREATE TRIGGER `interviews_uid_required_on_update` BEFORE UPDATE OF `uid` ON `interviews` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: interviews.uid');
END;--> statement-breakpoint
CREATE TRIGGER `rejection_reasons_uid_required_on_insert` BEFORE INSERT ON `rejection_reasons` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: rejection_reasons.uid');
END;--> statement-breakpoint
CREATE TRIGGER `rejection_reasons_uid_required_on_update` BEFORE UPDATE OF `uid` ON `rejection_reasons` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: rejection_reasons.uid');
END;--> statement-breakpoint
CREATE TRIGGER `rejection_outcomes_uid_required_on_insert` BEFORE INSERT ON `rejection_outcomes` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: rejection_outcomes.uid');
END;--> statement-breakpoint
CREATE TRIGGER `rejection_outcomes_uid_required_on_update` BEFORE UPDATE OF `uid` ON `rejection_outcomes` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: rejection_outcomes.uid');
END;--> statement-breakpoint
CREATE TRIGGER `skills_uid_required_on_insert` BEFORE INSERT ON `skills` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: skills.uid');
END;--> statement-breakpoint
CREATE TRIGGER `skills_uid_required_on_update` BEFORE UPDATE OF `uid` ON `skills` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: skills.uid');
END;--> statement-breakpoint
CREATE TRIGGER `development_actions_uid_required_on_insert` BEFORE INSERT ON `development_actions` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: development_actions.uid');
END;--> statement-breakpoint
CREATE TRIGGER `development_actions_uid_required_on_update` BEFORE UPDATE OF `uid` ON `development_actions` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: development_actions.uid');
END;--> statement-breakpoint
CREATE TRIGGER `skill_reviews_uid_required_on_insert` BEFORE INSERT ON `skill_reviews` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: skill_reviews.uid');
END;--> statement-breakpoint
CREATE TRIGGER `skill_reviews_uid_required_on_update` BEFORE UPDATE OF `uid` ON `skill_reviews` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: skill_reviews.uid');
END;--> statement-breakpoint
CREATE TRIGGER `contracts_uid_required_on_insert` BEFORE INSERT ON `contracts` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: contracts.uid');
END;--> statement-breakpoint
CREATE TRIGGER `contracts_uid_required_on_update` BEFORE UPDATE OF `uid` ON `contracts` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: contracts.uid');
END;--> statement-breakpoint
CREATE TRIGGER `contract_end_changes_uid_required_on_insert` BEFORE INSERT ON `contract_end_changes` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: contract_end_changes.uid');
END;--> statement-breakpoint
CREATE TRIGGER `contract_end_changes_uid_required_on_update` BEFORE UPDATE OF `uid` ON `contract_end_changes` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: contract_end_changes.uid');
END;--> statement-breakpoint
CREATE TRIGGER `interactions_uid_required_on_insert` BEFORE INSERT ON `interactions` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: interactions.uid');
END;--> statement-breakpoint
CREATE TRIGGER `interactions_uid_required_on_update` BEFORE UPDATE OF `uid` ON `interactions` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: interactions.uid');
END;--> statement-breakpoint
CREATE TRIGGER `reminders_uid_required_on_insert` BEFORE INSERT ON `reminders` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: reminders.uid');
END;--> statement-breakpoint
CREATE TRIGGER `reminders_uid_required_on_update` BEFORE UPDATE OF `uid` ON `reminders` WHEN NEW.`uid` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'NOT NULL constraint failed: reminders.uid');
END;
