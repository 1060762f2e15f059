ALTER TABLE `contacts` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_uid_unique` ON `contacts` (`uid`);--> statement-breakpoint
ALTER TABLE `opportunities` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `opportunities_uid_unique` ON `opportunities` (`uid`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_uid_unique` ON `organisations` (`uid`);--> statement-breakpoint
ALTER TABLE `stage_events` ADD `uid` text;--> statement-breakpoint
ALTER TABLE `stage_events` ADD `updated_at` integer GENERATED ALWAYS AS (at) VIRTUAL;--> statement-breakpoint
CREATE UNIQUE INDEX `stage_events_uid_unique` ON `stage_events` (`uid`);--> statement-breakpoint
ALTER TABLE `interviews` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `interviews_uid_unique` ON `interviews` (`uid`);--> statement-breakpoint
ALTER TABLE `rejection_outcomes` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `rejection_outcomes_uid_unique` ON `rejection_outcomes` (`uid`);--> statement-breakpoint
ALTER TABLE `rejection_reasons` ADD `uid` text;--> statement-breakpoint
ALTER TABLE `rejection_reasons` ADD `updated_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `rejection_reasons_uid_unique` ON `rejection_reasons` (`uid`);--> statement-breakpoint
ALTER TABLE `development_actions` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `development_actions_uid_unique` ON `development_actions` (`uid`);--> statement-breakpoint
ALTER TABLE `skill_reviews` ADD `uid` text;--> statement-breakpoint
ALTER TABLE `skill_reviews` ADD `updated_at` integer GENERATED ALWAYS AS (coalesce(finished_at, started_at)) VIRTUAL;--> statement-breakpoint
CREATE UNIQUE INDEX `skill_reviews_uid_unique` ON `skill_reviews` (`uid`);--> statement-breakpoint
ALTER TABLE `skills` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `skills_uid_unique` ON `skills` (`uid`);--> statement-breakpoint
ALTER TABLE `contract_end_changes` ADD `uid` text;--> statement-breakpoint
ALTER TABLE `contract_end_changes` ADD `updated_at` integer GENERATED ALWAYS AS (at) VIRTUAL;--> statement-breakpoint
CREATE UNIQUE INDEX `contract_end_changes_uid_unique` ON `contract_end_changes` (`uid`);--> statement-breakpoint
ALTER TABLE `contracts` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_uid_unique` ON `contracts` (`uid`);--> statement-breakpoint
ALTER TABLE `interactions` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `interactions_uid_unique` ON `interactions` (`uid`);--> statement-breakpoint
ALTER TABLE `reminders` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_uid_unique` ON `reminders` (`uid`);