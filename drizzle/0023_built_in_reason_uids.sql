-- Custom SQL migration file, put your code below! --
-- Every built-in rejection reason gets the same uid on every machine: a UUIDv5 of its code (`builtInReasonUid` in
-- src/main/core/db/record-id.ts; a test checks that these agree with it). Migration 0022 gave each machine's copies
-- random uids of their own, so two machines' built-in reasons were one record only by their code. Links to a reason
-- are local ids, so none changes; an export made before this names a reason by its old uid, and an import still
-- finds it by its code. Its last change is left as it was: the reason itself is unchanged.
UPDATE rejection_reasons SET uid = CASE code
  WHEN 'skills_gap' THEN 'e4353aff-a70c-58bd-bb89-f1630ffb9f87'
  WHEN 'experience_gap' THEN 'a8190c13-133e-565a-9e6c-429af48e2a1d'
  WHEN 'missing_qualification' THEN 'f5d0f258-dbbe-5ed0-87f7-ade20ef6f8cb'
  WHEN 'preparation' THEN '75694192-d445-5d49-ae16-d5304675170d'
  WHEN 'interview_performance' THEN '4f9a772a-5702-540b-bf86-5ce2c7b015a9'
  WHEN 'cv_positioning' THEN '83803b67-59d2-5a75-aa1c-40f86de2f867'
  WHEN 'rate' THEN '8b5cd2bd-5357-5416-9618-3903f356a642'
  WHEN 'availability' THEN 'b695f22d-1294-5bb9-8259-96321cd41b57'
  WHEN 'internal_hire' THEN '06f783ec-398c-51f9-afd3-4e0f97e04621'
  WHEN 'budget_pulled' THEN 'f5374cce-f41e-511a-ad0e-b898144d56cf'
  WHEN 'project_changed' THEN '3bf1e0a8-1bba-5ffb-8b8b-84fb2dac1edc'
  WHEN 'stronger_candidate' THEN '24ff5ad6-7668-5851-abe6-4896b5d91f98'
  WHEN 'prior_connection' THEN '2c9ac9d2-2f9c-5b0a-8925-4047be97aeec'
  WHEN 'personal_fit' THEN '01d42c52-6561-5d42-b9b7-a73c9877d5c0'
  WHEN 'no_reason_given' THEN 'ac86f1e8-5917-54eb-9fe9-060a96c648c6'
END
WHERE code IN ('skills_gap', 'experience_gap', 'missing_qualification', 'preparation', 'interview_performance', 'cv_positioning', 'rate',
  'availability', 'internal_hire', 'budget_pulled', 'project_changed', 'stronger_candidate', 'prior_connection', 'personal_fit', 'no_reason_given');
