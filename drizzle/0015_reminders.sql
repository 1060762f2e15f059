CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`why` text DEFAULT '' NOT NULL,
	`due_at` integer NOT NULL,
	`snoozed_until` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`contact_id` integer,
	`opportunity_id` integer,
	`rule` text,
	`trigger_key` text,
	`closed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "reminders_kind_check" CHECK(kind IN ('keep_in_touch', 'thank_you', 'feedback_follow_up', 'door_open', 'interview_prep', 'self_assessment', 'pipeline_cover', 'skills_mot', 'gone_quiet', 'manual')),
	CONSTRAINT "reminders_status_check" CHECK(status IN ('open', 'done', 'dismissed')),
	CONSTRAINT "reminders_rule_check" CHECK((rule IS NULL) = (trigger_key IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_rule_trigger_unique` ON `reminders` (`rule`,`trigger_key`);--> statement-breakpoint
CREATE INDEX `reminders_open_due_idx` ON `reminders` (`due_at`) WHERE status = 'open';--> statement-breakpoint
CREATE INDEX `reminders_contact_idx` ON `reminders` (`contact_id`);--> statement-breakpoint
CREATE INDEX `reminders_opportunity_idx` ON `reminders` (`opportunity_id`);