-- Reminders closed before `closed_by` existed (0018) counted as the user's answer: keep them so, so that the
-- rules' clocks (gone quiet, keep in touch) count from them as they did.
UPDATE `reminders` SET `closed_by` = 'user' WHERE `status` <> 'open' AND `closed_by` IS NULL;
