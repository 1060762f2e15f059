-- Custom migration: what keeps `bid_facts` true (see src/main/core/db/schema/insights.ts), and its rows for the
-- bids already stored. Stage ranks are places in OPEN_STAGES (lead 0 … won 6); a test checks them against it.

-- Each bid's stage history summed up: the furthest open stage it reached, and per waiting stage the times of the
-- moves out of it minus those of the moves into it. Grouped by bid, so that asking for one bid reads only its own
-- events through their index (a test checks the query plan).
CREATE VIEW `bid_history` AS
SELECT e.opportunity_id,
  max(CASE e.to_stage WHEN 'lead' THEN 0 WHEN 'brief' THEN 1 WHEN 'submitted' THEN 2 WHEN 'shortlisted' THEN 3
    WHEN 'interview' THEN 4 WHEN 'offer' THEN 5 WHEN 'won' THEN 6 END) AS furthest,
  sum(CASE WHEN e.from_stage = 'lead' THEN e.at WHEN e.to_stage = 'lead' THEN -e.at END) AS lead_signed,
  sum(CASE WHEN e.from_stage = 'brief' THEN e.at WHEN e.to_stage = 'brief' THEN -e.at END) AS brief_signed,
  sum(CASE WHEN e.from_stage = 'submitted' THEN e.at WHEN e.to_stage = 'submitted' THEN -e.at END) AS submitted_signed,
  sum(CASE WHEN e.from_stage = 'shortlisted' THEN e.at WHEN e.to_stage = 'shortlisted' THEN -e.at END) AS shortlisted_signed,
  sum(CASE WHEN e.from_stage = 'interview' THEN e.at WHEN e.to_stage = 'interview' THEN -e.at END) AS interview_signed,
  sum(CASE WHEN e.from_stage = 'offer' THEN e.at WHEN e.to_stage = 'offer' THEN -e.at END) AS offer_signed
FROM stage_events e
GROUP BY e.opportunity_id;
--> statement-breakpoint
-- A bid's latest rejection outcome: the stage it records as reached (a rank; a closed stage has none), and how
-- many of its reasons are in the user's control and how many outside it.
CREATE VIEW `bid_latest_outcome` AS
SELECT r.opportunity_id, r.id AS outcome_id,
  CASE r.stage_reached WHEN 'lead' THEN 0 WHEN 'brief' THEN 1 WHEN 'submitted' THEN 2 WHEN 'shortlisted' THEN 3
    WHEN 'interview' THEN 4 WHEN 'offer' THEN 5 WHEN 'won' THEN 6 END AS outcome_reached,
  (SELECT count(*) FROM outcome_reasons orr JOIN rejection_reasons rr ON rr.id = orr.reason_id
    WHERE orr.outcome_id = r.id AND rr.control = 'mine') AS reasons_mine,
  (SELECT count(*) FROM outcome_reasons orr JOIN rejection_reasons rr ON rr.id = orr.reason_id
    WHERE orr.outcome_id = r.id AND rr.control = 'outside') AS reasons_outside
FROM rejection_outcomes r
WHERE r.id = (SELECT max(latest.id) FROM rejection_outcomes latest WHERE latest.opportunity_id = r.opportunity_id);
--> statement-breakpoint
CREATE TRIGGER `bid_facts_bid_added` AFTER INSERT ON `opportunities` BEGIN
  INSERT INTO bid_facts (opportunity_id, agency_id, source, engagement, stage, created_at, stage_changed_at, brief_completeness)
  VALUES (NEW.id, NEW.agency_id, NEW.source, NEW.engagement, NEW.stage, NEW.created_at, NEW.stage_changed_at, NEW.brief_completeness);
END;
--> statement-breakpoint
-- Only the columns that changed are written, and only when something did: a board edit saves every field, and a
-- column written again rewrites each index that holds it.
CREATE TRIGGER `bid_facts_bid_moved` AFTER UPDATE OF stage, stage_changed_at ON `opportunities`
WHEN NEW.stage IS NOT OLD.stage OR NEW.stage_changed_at IS NOT OLD.stage_changed_at BEGIN
  UPDATE bid_facts SET stage = NEW.stage, stage_changed_at = NEW.stage_changed_at WHERE opportunity_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `bid_facts_bid_changed` AFTER UPDATE OF agency_id, source, engagement, created_at, brief_completeness ON `opportunities`
WHEN NEW.agency_id IS NOT OLD.agency_id OR NEW.source IS NOT OLD.source OR NEW.engagement IS NOT OLD.engagement
  OR NEW.created_at IS NOT OLD.created_at OR NEW.brief_completeness IS NOT OLD.brief_completeness BEGIN
  UPDATE bid_facts SET agency_id = NEW.agency_id, source = NEW.source, engagement = NEW.engagement, created_at = NEW.created_at,
    brief_completeness = NEW.brief_completeness
  WHERE opportunity_id = NEW.id;
END;
--> statement-breakpoint
-- A move adds to the sums without reading the bid's other events: sums and a maximum only grow by the new event.
-- The furthest stage is written only when it grows, as it is in an index.
CREATE TRIGGER `bid_facts_event_added` AFTER INSERT ON `stage_events` BEGIN
  UPDATE bid_facts SET
    lead_signed = CASE WHEN NEW.from_stage = 'lead' THEN coalesce(lead_signed, 0) + NEW.at WHEN NEW.to_stage = 'lead' THEN coalesce(lead_signed, 0) - NEW.at ELSE lead_signed END,
    brief_signed = CASE WHEN NEW.from_stage = 'brief' THEN coalesce(brief_signed, 0) + NEW.at WHEN NEW.to_stage = 'brief' THEN coalesce(brief_signed, 0) - NEW.at ELSE brief_signed END,
    submitted_signed = CASE WHEN NEW.from_stage = 'submitted' THEN coalesce(submitted_signed, 0) + NEW.at WHEN NEW.to_stage = 'submitted' THEN coalesce(submitted_signed, 0) - NEW.at ELSE submitted_signed END,
    shortlisted_signed = CASE WHEN NEW.from_stage = 'shortlisted' THEN coalesce(shortlisted_signed, 0) + NEW.at WHEN NEW.to_stage = 'shortlisted' THEN coalesce(shortlisted_signed, 0) - NEW.at ELSE shortlisted_signed END,
    interview_signed = CASE WHEN NEW.from_stage = 'interview' THEN coalesce(interview_signed, 0) + NEW.at WHEN NEW.to_stage = 'interview' THEN coalesce(interview_signed, 0) - NEW.at ELSE interview_signed END,
    offer_signed = CASE WHEN NEW.from_stage = 'offer' THEN coalesce(offer_signed, 0) + NEW.at WHEN NEW.to_stage = 'offer' THEN coalesce(offer_signed, 0) - NEW.at ELSE offer_signed END
  WHERE opportunity_id = NEW.opportunity_id AND (NEW.from_stage IN ('lead', 'brief', 'submitted', 'shortlisted', 'interview', 'offer') OR NEW.to_stage IN ('lead', 'brief', 'submitted', 'shortlisted', 'interview', 'offer'));
  UPDATE bid_facts SET furthest = CASE NEW.to_stage WHEN 'lead' THEN 0 WHEN 'brief' THEN 1 WHEN 'submitted' THEN 2 WHEN 'shortlisted' THEN 3
    WHEN 'interview' THEN 4 WHEN 'offer' THEN 5 WHEN 'won' THEN 6 END
  WHERE opportunity_id = NEW.opportunity_id AND CASE NEW.to_stage WHEN 'lead' THEN 0 WHEN 'brief' THEN 1 WHEN 'submitted' THEN 2 WHEN 'shortlisted' THEN 3
    WHEN 'interview' THEN 4 WHEN 'offer' THEN 5 WHEN 'won' THEN 6 END > coalesce(furthest, -1);
END;
--> statement-breakpoint
-- Undoing a move takes an event away, which a maximum cannot: the bid's events are summed up again.
CREATE TRIGGER `bid_facts_event_removed` AFTER DELETE ON `stage_events` BEGIN
  UPDATE bid_facts SET (furthest, lead_signed, brief_signed, submitted_signed, shortlisted_signed, interview_signed, offer_signed) = (
    SELECT h.furthest, h.lead_signed, h.brief_signed, h.submitted_signed, h.shortlisted_signed, h.interview_signed, h.offer_signed
    FROM bid_history h WHERE h.opportunity_id = OLD.opportunity_id)
  WHERE opportunity_id = OLD.opportunity_id;
END;
--> statement-breakpoint
CREATE TRIGGER `bid_facts_outcome_added` AFTER INSERT ON `rejection_outcomes` BEGIN
  UPDATE bid_facts SET (outcome_id, outcome_reached, reasons_mine, reasons_outside) = (
    SELECT l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0), coalesce(l.reasons_outside, 0)
    FROM (SELECT 1) LEFT JOIN bid_latest_outcome l ON l.opportunity_id = NEW.opportunity_id)
  WHERE opportunity_id = NEW.opportunity_id;
END;
--> statement-breakpoint
CREATE TRIGGER `bid_facts_outcome_changed` AFTER UPDATE OF stage_reached ON `rejection_outcomes` BEGIN
  UPDATE bid_facts SET (outcome_id, outcome_reached, reasons_mine, reasons_outside) = (
    SELECT l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0), coalesce(l.reasons_outside, 0)
    FROM (SELECT 1) LEFT JOIN bid_latest_outcome l ON l.opportunity_id = NEW.opportunity_id)
  WHERE opportunity_id = NEW.opportunity_id;
END;
--> statement-breakpoint
CREATE TRIGGER `bid_facts_outcome_removed` AFTER DELETE ON `rejection_outcomes` BEGIN
  UPDATE bid_facts SET (outcome_id, outcome_reached, reasons_mine, reasons_outside) = (
    SELECT l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0), coalesce(l.reasons_outside, 0)
    FROM (SELECT 1) LEFT JOIN bid_latest_outcome l ON l.opportunity_id = OLD.opportunity_id)
  WHERE opportunity_id = OLD.opportunity_id;
END;
--> statement-breakpoint
-- A reason added to or removed from an outcome changes its counts, if it is its bid's latest.
CREATE TRIGGER `bid_facts_reason_added` AFTER INSERT ON `outcome_reasons` BEGIN
  UPDATE bid_facts SET (outcome_id, outcome_reached, reasons_mine, reasons_outside) = (
    SELECT l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0), coalesce(l.reasons_outside, 0)
    FROM (SELECT 1) LEFT JOIN bid_latest_outcome l ON l.opportunity_id = (SELECT r.opportunity_id FROM rejection_outcomes r WHERE r.id = NEW.outcome_id))
  WHERE opportunity_id = (SELECT r.opportunity_id FROM rejection_outcomes r WHERE r.id = NEW.outcome_id);
END;
--> statement-breakpoint
CREATE TRIGGER `bid_facts_reason_removed` AFTER DELETE ON `outcome_reasons` BEGIN
  UPDATE bid_facts SET (outcome_id, outcome_reached, reasons_mine, reasons_outside) = (
    SELECT l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0), coalesce(l.reasons_outside, 0)
    FROM (SELECT 1) LEFT JOIN bid_latest_outcome l ON l.opportunity_id = (SELECT r.opportunity_id FROM rejection_outcomes r WHERE r.id = OLD.outcome_id))
  WHERE opportunity_id = (SELECT r.opportunity_id FROM rejection_outcomes r WHERE r.id = OLD.outcome_id);
END;
--> statement-breakpoint
-- The bids already stored.
INSERT INTO bid_facts (opportunity_id, agency_id, source, engagement, stage, created_at, stage_changed_at, brief_completeness,
  furthest, lead_signed, brief_signed, submitted_signed, shortlisted_signed, interview_signed, offer_signed,
  outcome_id, outcome_reached, reasons_mine, reasons_outside)
SELECT o.id, o.agency_id, o.source, o.engagement, o.stage, o.created_at, o.stage_changed_at, o.brief_completeness,
  h.furthest, h.lead_signed, h.brief_signed, h.submitted_signed, h.shortlisted_signed, h.interview_signed, h.offer_signed,
  l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0), coalesce(l.reasons_outside, 0)
FROM opportunities o
LEFT JOIN bid_history h ON h.opportunity_id = o.id
LEFT JOIN bid_latest_outcome l ON l.opportunity_id = o.id;
