ALTER TABLE `contacts` ADD `name_key` text;--> statement-breakpoint
ALTER TABLE `opportunity_tags` ADD `tag_key` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `name_key` text;