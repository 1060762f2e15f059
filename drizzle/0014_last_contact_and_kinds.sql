-- Custom migration: what keeps `contacts.last_contact_at` true (the latest interaction's own date, never typed),
-- and the kind of the contacts already stored, where their bids tell it.

-- An interaction added: a later one moves "last contact" on; a back-dated one never moves it back.
CREATE TRIGGER `contacts_last_contact_added` AFTER INSERT ON `interaction_contacts` BEGIN
  UPDATE contacts SET last_contact_at = max(coalesce(last_contact_at, 0), (SELECT i.occurred_at FROM interactions i WHERE i.id = NEW.interaction_id))
  WHERE id = NEW.contact_id;
END;
--> statement-breakpoint
-- Taken away (or its interaction deleted, which cascades here): read again from what is left.
CREATE TRIGGER `contacts_last_contact_removed` AFTER DELETE ON `interaction_contacts` BEGIN
  UPDATE contacts SET last_contact_at = (
    SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id WHERE ic.contact_id = OLD.contact_id)
  WHERE id = OLD.contact_id;
END;
--> statement-breakpoint
-- Its date corrected: read again for everyone who took part.
CREATE TRIGGER `contacts_last_contact_redated` AFTER UPDATE OF occurred_at ON `interactions` WHEN NEW.occurred_at IS NOT OLD.occurred_at BEGIN
  UPDATE contacts SET last_contact_at = (
    SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id WHERE ic.contact_id = contacts.id)
  WHERE id IN (SELECT contact_id FROM interaction_contacts WHERE interaction_id = NEW.id);
END;
--> statement-breakpoint
-- Contacts named on bids before kinds existed: a bid's recruiter is a recruiter, its hiring manager a hiring manager.
UPDATE contacts SET kind = 'recruiter' WHERE kind IS NULL AND id IN (SELECT recruiter_id FROM opportunities WHERE recruiter_id IS NOT NULL);
--> statement-breakpoint
UPDATE contacts SET kind = 'hiring_manager' WHERE kind IS NULL AND id IN (SELECT hiring_manager_id FROM opportunities WHERE hiring_manager_id IS NOT NULL);
