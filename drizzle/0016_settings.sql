CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`key_partner_cadence_days` integer NOT NULL,
	`recruiter_cadence_days` integer,
	`live_bids_target` integer NOT NULL,
	`working_days` text NOT NULL,
	`notifications` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "settings_single_row" CHECK(id = 1)
);
