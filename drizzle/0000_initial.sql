CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`organisation_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `contacts_name_idx` ON `contacts` (lower("name"));--> statement-breakpoint
CREATE TABLE `opportunities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`client_id` integer,
	`agency_id` integer,
	`recruiter_id` integer,
	`hiring_manager_id` integer,
	`source` text NOT NULL,
	`engagement` text NOT NULL,
	`rate_minor` integer,
	`rate_currency` text,
	`rate_unit` text,
	`duration_value` integer,
	`duration_unit` text DEFAULT 'months' NOT NULL,
	`expected_start` text,
	`expected_end` text,
	`location` text DEFAULT '' NOT NULL,
	`remote_mode` text,
	`ir35` text DEFAULT 'unknown' NOT NULL,
	`stage` text NOT NULL,
	`priority` integer DEFAULT 2 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`brief_text` text DEFAULT '' NOT NULL,
	`brief_checklist` text NOT NULL,
	`brief_completeness` integer DEFAULT 0 NOT NULL,
	`stage_changed_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`agency_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recruiter_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`hiring_manager_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "opportunities_stage_check" CHECK(stage IN ('lead', 'brief', 'submitted', 'shortlisted', 'interview', 'offer', 'won', 'rejected', 'withdrawn', 'role_pulled', 'no_response')),
	CONSTRAINT "opportunities_rate_check" CHECK(rate_minor IS NULL OR rate_minor >= 0),
	CONSTRAINT "opportunities_priority_check" CHECK(priority BETWEEN 1 AND 3),
	CONSTRAINT "opportunities_brief_check" CHECK(brief_completeness BETWEEN 0 AND 100),
	CONSTRAINT "opportunities_dates_check" CHECK(expected_end IS NULL OR expected_start IS NULL OR expected_end >= expected_start)
);
--> statement-breakpoint
CREATE INDEX `opportunities_board_idx` ON `opportunities` (`stage`,`priority`,`stage_changed_at`,`id`) WHERE archived_at IS NULL;--> statement-breakpoint
CREATE INDEX `opportunities_archived_idx` ON `opportunities` (`stage`,`priority`,`stage_changed_at`,`id`) WHERE archived_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `opportunities_agency_idx` ON `opportunities` (`agency_id`);--> statement-breakpoint
CREATE INDEX `opportunities_client_idx` ON `opportunities` (`client_id`);--> statement-breakpoint
CREATE TABLE `opportunity_tags` (
	`opportunity_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`opportunity_id`, `tag`),
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opportunity_tags_tag_idx` ON `opportunity_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "organisations_kind_check" CHECK(kind IN ('agency', 'client', 'both'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_unique` ON `organisations` (lower("name"));--> statement-breakpoint
CREATE TABLE `stage_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opportunity_id` integer NOT NULL,
	`from_stage` text,
	`to_stage` text NOT NULL,
	`at` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stage_events_opportunity_idx` ON `stage_events` (`opportunity_id`,`id`);