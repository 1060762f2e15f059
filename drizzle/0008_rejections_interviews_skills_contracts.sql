CREATE TABLE `interviewers` (
	`interview_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	PRIMARY KEY(`interview_id`, `contact_id`),
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interviewers_contact_idx` ON `interviewers` (`contact_id`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opportunity_id` integer NOT NULL,
	`round` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`format` text NOT NULL,
	`prep_checklist` text NOT NULL,
	`questions` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`self_rating` integer,
	`self_note` text DEFAULT '' NOT NULL,
	`self_assessed_at` integer,
	`feedback_rating` integer,
	`feedback_text` text DEFAULT '' NOT NULL,
	`feedback_from_id` integer,
	`feedback_received_on` text,
	`feedback_recorded_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`feedback_from_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "interviews_format_check" CHECK(format IN ('phone', 'video', 'on_site', 'panel', 'presentation', 'psychometric_test')),
	CONSTRAINT "interviews_round_check" CHECK(round >= 1),
	CONSTRAINT "interviews_self_rating_check" CHECK(self_rating IS NULL OR self_rating BETWEEN 1 AND 5),
	CONSTRAINT "interviews_feedback_rating_check" CHECK(feedback_rating IS NULL OR feedback_rating BETWEEN 1 AND 5),
	CONSTRAINT "interviews_self_stamp_check" CHECK((self_rating IS NULL) = (self_assessed_at IS NULL))
);
--> statement-breakpoint
CREATE INDEX `interviews_opportunity_idx` ON `interviews` (`opportunity_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `interviews_starts_at_idx` ON `interviews` (`starts_at`);--> statement-breakpoint
CREATE TABLE `outcome_reasons` (
	`outcome_id` integer NOT NULL,
	`reason_id` integer NOT NULL,
	PRIMARY KEY(`outcome_id`, `reason_id`),
	FOREIGN KEY (`outcome_id`) REFERENCES `rejection_outcomes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reason_id`) REFERENCES `rejection_reasons`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `outcome_reasons_reason_idx` ON `outcome_reasons` (`reason_id`,`outcome_id`);--> statement-breakpoint
CREATE TABLE `rejection_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opportunity_id` integer NOT NULL,
	`closing_event_id` integer NOT NULL,
	`closed_as` text NOT NULL,
	`stage_reached` text NOT NULL,
	`closed_on` text NOT NULL,
	`feedback_requested_on` text,
	`feedback_received_on` text,
	`feedback_text` text DEFAULT '' NOT NULL,
	`feedback_from_id` integer,
	`thank_you_sent` integer DEFAULT false NOT NULL,
	`door_left_open` integer DEFAULT false NOT NULL,
	`lesson` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`closing_event_id`) REFERENCES `stage_events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`feedback_from_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "rejection_outcomes_closed_as_check" CHECK(closed_as IN ('rejected', 'role_pulled', 'no_response')),
	CONSTRAINT "rejection_outcomes_stage_reached_check" CHECK(stage_reached IN ('lead', 'brief', 'submitted', 'shortlisted', 'interview', 'offer', 'won', 'rejected', 'withdrawn', 'role_pulled', 'no_response'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rejection_outcomes_closing_event_unique` ON `rejection_outcomes` (`closing_event_id`);--> statement-breakpoint
CREATE INDEX `rejection_outcomes_opportunity_idx` ON `rejection_outcomes` (`opportunity_id`);--> statement-breakpoint
CREATE INDEX `rejection_outcomes_closed_on_idx` ON `rejection_outcomes` (`closed_on`);--> statement-breakpoint
CREATE TABLE `rejection_reasons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text,
	`label` text NOT NULL,
	`label_key` text NOT NULL,
	`control` text NOT NULL,
	`points_at_gap` integer DEFAULT false NOT NULL,
	`retired_at` integer,
	`created_at` integer NOT NULL,
	CONSTRAINT "rejection_reasons_control_check" CHECK(control IN ('mine', 'outside'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rejection_reasons_code_unique` ON `rejection_reasons` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `rejection_reasons_label_key_unique` ON `rejection_reasons` (`label_key`);--> statement-breakpoint
CREATE TABLE `development_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skill_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`target_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "development_actions_kind_check" CHECK(kind IN ('course', 'volunteering', 'mentor', 'practice', 'certification')),
	CONSTRAINT "development_actions_status_check" CHECK(status IN ('planned', 'in_progress', 'done', 'dropped'))
);
--> statement-breakpoint
CREATE INDEX `development_actions_skill_idx` ON `development_actions` (`skill_id`);--> statement-breakpoint
CREATE TABLE `outcome_skill_links` (
	`outcome_id` integer NOT NULL,
	`skill_id` integer NOT NULL,
	PRIMARY KEY(`outcome_id`, `skill_id`),
	FOREIGN KEY (`outcome_id`) REFERENCES `rejection_outcomes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outcome_skill_links_skill_idx` ON `outcome_skill_links` (`skill_id`);--> statement-breakpoint
CREATE TABLE `skill_review_entries` (
	`review_id` integer NOT NULL,
	`skill_id` integer NOT NULL,
	`level` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`reviewed_at` integer NOT NULL,
	PRIMARY KEY(`review_id`, `skill_id`),
	FOREIGN KEY (`review_id`) REFERENCES `skill_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "skill_review_entries_level_check" CHECK(level BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE `skill_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE TABLE `skills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`level` integer NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`last_reviewed_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "skills_level_check" CHECK(level BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skills_name_key_unique` ON `skills` (`name_key`);--> statement-breakpoint
CREATE TABLE `contract_end_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`from_end_on` text NOT NULL,
	`to_end_on` text NOT NULL,
	`at` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contract_end_changes_contract_idx` ON `contract_end_changes` (`contract_id`,`id`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opportunity_id` integer NOT NULL,
	`start_on` text NOT NULL,
	`planned_end_on` text NOT NULL,
	`actual_end_on` text,
	`rate_minor` integer,
	`rate_currency` text,
	`rate_unit` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "contracts_planned_end_check" CHECK(planned_end_on >= start_on),
	CONSTRAINT "contracts_actual_end_check" CHECK(actual_end_on IS NULL OR actual_end_on >= start_on),
	CONSTRAINT "contracts_rate_check" CHECK(rate_minor IS NULL OR rate_minor >= 0),
	CONSTRAINT "contracts_rate_unit_check" CHECK(rate_unit IS NULL OR rate_unit IN ('day', 'hour', 'year'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_opportunity_unique` ON `contracts` (`opportunity_id`);--> statement-breakpoint
CREATE INDEX `contracts_start_idx` ON `contracts` (`start_on`);