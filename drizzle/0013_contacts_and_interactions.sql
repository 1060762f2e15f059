CREATE TABLE `interaction_contacts` (
	`interaction_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	PRIMARY KEY(`interaction_id`, `contact_id`),
	FOREIGN KEY (`interaction_id`) REFERENCES `interactions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interaction_contacts_contact_idx` ON `interaction_contacts` (`contact_id`,`interaction_id`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occurred_at` integer NOT NULL,
	`channel` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`opportunity_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "interactions_channel_check" CHECK(channel IN ('call', 'email', 'meeting', 'coffee', 'message', 'event'))
);
--> statement-breakpoint
CREATE INDEX `interactions_opportunity_idx` ON `interactions` (`opportunity_id`,`occurred_at`);--> statement-breakpoint
ALTER TABLE `contacts` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `email` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `phone` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `profile_url` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `key_partner` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `cadence_days` integer;--> statement-breakpoint
ALTER TABLE `contacts` ADD `notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `last_contact_at` integer;--> statement-breakpoint
ALTER TABLE `organisations` ADD `website` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `notes` text DEFAULT '' NOT NULL;