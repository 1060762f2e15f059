-- Custom migration: the built-in rejection reasons (DOMAIN.md's taxonomy), as rows that outcomes refer to.
-- They must match BUILT_IN_REASONS in src/shared/domain/rejections.ts; a test checks that they do.
-- `stint_match_key` is the JavaScript function itself, registered on the connection before migrations run.
INSERT INTO rejection_reasons (code, label, label_key, control, points_at_gap, created_at) VALUES
  ('skills_gap', 'Skills gap', stint_match_key('Skills gap'), 'mine', 1, 0),
  ('experience_gap', 'Experience gap (sector or level)', stint_match_key('Experience gap (sector or level)'), 'mine', 1, 0),
  ('missing_qualification', 'Missing qualification', stint_match_key('Missing qualification'), 'mine', 1, 0),
  ('preparation', 'Preparation', stint_match_key('Preparation'), 'mine', 1, 0),
  ('interview_performance', 'Interview performance', stint_match_key('Interview performance'), 'mine', 1, 0),
  ('cv_positioning', 'CV or positioning mismatch', stint_match_key('CV or positioning mismatch'), 'mine', 0, 0),
  ('rate', 'Rate', stint_match_key('Rate'), 'mine', 0, 0),
  ('availability', 'Availability', stint_match_key('Availability'), 'mine', 0, 0),
  ('internal_hire', 'Internal hire', stint_match_key('Internal hire'), 'outside', 0, 0),
  ('budget_pulled', 'Budget pulled', stint_match_key('Budget pulled'), 'outside', 0, 0),
  ('project_changed', 'Project cancelled or changed', stint_match_key('Project cancelled or changed'), 'outside', 0, 0),
  ('stronger_candidate', 'Stronger or more experienced candidate', stint_match_key('Stronger or more experienced candidate'), 'outside', 0, 0),
  ('prior_connection', 'Candidate with a prior connection', stint_match_key('Candidate with a prior connection'), 'outside', 0, 0),
  ('personal_fit', 'Personal preference or fit', stint_match_key('Personal preference or fit'), 'outside', 0, 0),
  ('no_reason_given', 'No reason given', stint_match_key('No reason given'), 'outside', 0, 0);
