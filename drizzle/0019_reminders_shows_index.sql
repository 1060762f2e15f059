-- Today reads open reminders by when they show (a snoozed one from when its snooze ends), soonest first. An
-- index on that expression, written here by hand because drizzle-kit cannot express an index on an expression.
CREATE INDEX `reminders_open_shows_idx` ON `reminders` (max(`due_at`, coalesce(`snoozed_until`, 0)), `id`) WHERE status = 'open';
