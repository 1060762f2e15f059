PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`organisation_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_contacts`("id", "name", "name_key", "organisation_id", "created_at", "updated_at") SELECT "id", "name", "name_key", "organisation_id", "created_at", "updated_at" FROM `contacts`;--> statement-breakpoint
DROP TABLE `contacts`;--> statement-breakpoint
ALTER TABLE `__new_contacts` RENAME TO `contacts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `contacts_name_key_idx` ON `contacts` (`name_key`);--> statement-breakpoint
CREATE TABLE `__new_opportunity_tags` (
	`opportunity_id` integer NOT NULL,
	`tag` text NOT NULL,
	`tag_key` text NOT NULL,
	PRIMARY KEY(`opportunity_id`, `tag_key`),
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_opportunity_tags`("opportunity_id", "tag", "tag_key") SELECT "opportunity_id", "tag", "tag_key" FROM `opportunity_tags`;--> statement-breakpoint
DROP TABLE `opportunity_tags`;--> statement-breakpoint
ALTER TABLE `__new_opportunity_tags` RENAME TO `opportunity_tags`;--> statement-breakpoint
CREATE INDEX `opportunity_tags_tag_key_idx` ON `opportunity_tags` (`tag_key`,`opportunity_id`);--> statement-breakpoint
CREATE TABLE `__new_organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "organisations_kind_check" CHECK(kind IN ('agency', 'client', 'both'))
);
--> statement-breakpoint
INSERT INTO `__new_organisations`("id", "name", "name_key", "kind", "created_at", "updated_at") SELECT "id", "name", "name_key", "kind", "created_at", "updated_at" FROM `organisations`;--> statement-breakpoint
DROP TABLE `organisations`;--> statement-breakpoint
ALTER TABLE `__new_organisations` RENAME TO `organisations`;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_key_unique` ON `organisations` (`name_key`);