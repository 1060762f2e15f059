CREATE TABLE `bid_facts` (
	`opportunity_id` integer PRIMARY KEY NOT NULL,
	`agency_id` integer,
	`source` text NOT NULL,
	`engagement` text NOT NULL,
	`stage` text NOT NULL,
	`created_at` integer NOT NULL,
	`stage_changed_at` integer NOT NULL,
	`brief_completeness` integer NOT NULL,
	`furthest` integer,
	`lead_signed` integer,
	`brief_signed` integer,
	`submitted_signed` integer,
	`shortlisted_signed` integer,
	`interview_signed` integer,
	`offer_signed` integer,
	`lead_ms` integer GENERATED ALWAYS AS (CASE WHEN stage = 'lead' THEN nullif(lead_signed + stage_changed_at, 0) ELSE lead_signed END) STORED,
	`brief_ms` integer GENERATED ALWAYS AS (CASE WHEN stage = 'brief' THEN nullif(brief_signed + stage_changed_at, 0) ELSE brief_signed END) STORED,
	`submitted_ms` integer GENERATED ALWAYS AS (CASE WHEN stage = 'submitted' THEN nullif(submitted_signed + stage_changed_at, 0) ELSE submitted_signed END) STORED,
	`shortlisted_ms` integer GENERATED ALWAYS AS (CASE WHEN stage = 'shortlisted' THEN nullif(shortlisted_signed + stage_changed_at, 0) ELSE shortlisted_signed END) STORED,
	`interview_ms` integer GENERATED ALWAYS AS (CASE WHEN stage = 'interview' THEN nullif(interview_signed + stage_changed_at, 0) ELSE interview_signed END) STORED,
	`offer_ms` integer GENERATED ALWAYS AS (CASE WHEN stage = 'offer' THEN nullif(offer_signed + stage_changed_at, 0) ELSE offer_signed END) STORED,
	`outcome_id` integer,
	`outcome_reached` integer,
	`reasons_mine` integer DEFAULT 0 NOT NULL,
	`reasons_outside` integer DEFAULT 0 NOT NULL,
	`closed` text GENERATED ALWAYS AS (CASE WHEN stage = 'won' THEN 'won' WHEN stage IN ('rejected', 'role_pulled', 'no_response') THEN 'lost' END) STORED,
	`reached` integer GENERATED ALWAYS AS (CASE WHEN stage IN ('rejected', 'role_pulled', 'no_response') THEN coalesce(outcome_reached, furthest) END) STORED,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `bid_facts_reach_idx` ON `bid_facts` (`agency_id`,`source`,`furthest`,`created_at`,`engagement`);--> statement-breakpoint
CREATE INDEX `bid_facts_created_idx` ON `bid_facts` (`created_at`,`engagement`,`agency_id`,`source`);--> statement-breakpoint
CREATE INDEX `bid_facts_closed_at_idx` ON `bid_facts` (`closed`,`stage_changed_at`,`created_at`,`engagement`,`agency_id`,`source`);--> statement-breakpoint
CREATE INDEX `bid_facts_reached_idx` ON `bid_facts` (`closed`,`reached`,`created_at`,`engagement`,`agency_id`,`source`,`outcome_id`,`reasons_mine`,`reasons_outside`);--> statement-breakpoint
CREATE INDEX `bid_facts_brief_idx` ON `bid_facts` (`closed`,`brief_completeness`,`created_at`,`engagement`,`agency_id`,`source`);--> statement-breakpoint
CREATE INDEX `interviews_rated_idx` ON `interviews` (`opportunity_id`,`self_rating`,`feedback_rating`,`starts_at`) WHERE self_rating IS NOT NULL AND feedback_rating IS NOT NULL;