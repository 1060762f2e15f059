import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api-methods';
import { apiContract } from '../../shared/contract';
import { contactsQuerySchema, logInteractionSchema, mergeSchema, organisationsQuerySchema, saveContactSchema } from '../../shared/schemas';
import { parsedBid, parsedUpdate } from './test-support/bid-input';
import { call } from './test-support/call';
import { interviewEdit, interviewInput } from './test-support/interview-input';
import { recordRejection } from './test-support/rejection-outcome';
import { parsedOutcome } from './test-support/outcome-input';
import { tempApi, TEST_NOW } from './test-support/temp-database';

describe('the API contract', () => {
  it('declares exactly the methods the preload exposes, each with a doc line', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...API_METHODS].sort());
    for (const spec of Object.values(apiContract)) expect(spec.doc.length).toBeGreaterThan(10);
  });

  it("describes what the core really returns, for every method", () => {
    const { api, temp, database } = tempApi();
    try {
      const sample = api.loadSampleData(undefined);
      // The sample's outcomes, interviews and contracts give every chart something to describe.
      const insights = api.getInsights({ filters: {} });
      const gap = insights.bench.gaps[0];
      if (!gap) throw new Error('The sample data has no bench gap to list the bids of');
      const bid = api.createBid(parsedBid({ tags: ['erp'] }));
      const moved = api.moveBid({ id: bid.id, to: 'submitted' });
      // A past interview with both views in, and one to come: every optional part of an interview is filled in once.
      const interview = call(api, 'createInterview', interviewInput(bid.id));
      const upcoming = call(api, 'createInterview', interviewInput(bid.id, { date: '2026-03-09', interviewers: [] }));
      const won = api.createBid(parsedBid({ title: 'Won', stage: 'won' }));
      const rate = { amount: 800, currency: 'GBP', unit: 'day' } as const;
      const contract = api.saveContract({ bidId: won.id, startOn: '2026-01-05', plannedEndOn: '2026-06-30', actualEndOn: null, rate });
      const { outcomeId } = recordRejection(api, { title: 'Lost', reasons: ['skills_gap', 'rate'], feedback: 'Wanted SAP' });
      const skill = api.createSkill({ name: 'SAP', level: 2, evidence: '', lastReviewedOn: null });
      const action = api.createAction({ skillId: skill.id, kind: 'course', title: 'S/4 course', status: 'planned', targetOn: null });
      const review = api.startSkillReview(undefined);
      const recorded = api.recordSkillReview({ reviewId: review.id, skillId: skill.id, level: 3, note: '' });
      // The sample's skills too, so that the MOT can be finished.
      for (const { id } of api.getSkills(undefined).skills) api.recordSkillReview({ reviewId: review.id, skillId: id, level: 3, note: '' });
      const fromGap = api.createActionFromGap({ outcomeId, skill: { id: skill.id }, kind: 'practice', title: 'Sandbox', status: 'planned', targetOn: null });
      const lost = api.createBid(parsedBid({ title: 'Programme Director', stage: 'interview' }));
      const closing = api.moveBid({ id: lost.id, to: 'rejected' });
      const own = api.addRejectionReason({ label: 'Too hands-on for the brief', control: 'mine', pointsAtGap: false });
      const saved = api.saveOutcome(
        parsedOutcome(lost.id, closing.eventId, { reasonIds: [own.id], feedbackText: 'An internal candidate.', feedbackFrom: { name: 'Priya Patel' } }),
      );
      // Logged with a key partner, and the rejection above: a keep-in-touch and a thank-you reminder to answer.
      const interaction = api.logInteraction(logInteractionSchema.parse({ date: '2026-01-20', time: '10:00', channel: 'coffee', contacts: [{ name: 'Priya Patel' }], bidId: lost.id, summary: 'Caught up' }));
      database.sqlite.prepare('UPDATE contacts SET key_partner = 1 WHERE id = ?').run(interaction.contacts[0]?.id);
      const reminderList = api.listReminders(undefined);
      const thankYou = reminderList.find((reminder) => reminder.kind === 'thank_you' && reminder.bid?.id === lost.id);
      const keepInTouch = reminderList.find((reminder) => reminder.kind === 'keep_in_touch');
      if (!thankYou || !keepInTouch) throw new Error('Expected a thank-you and a keep-in-touch reminder to answer');
      const asked = api.createBid(parsedBid({ title: 'Feedback asked', stage: 'interview' }));
      const askedClosing = api.moveBid({ id: asked.id, to: 'rejected' });
      api.saveOutcome(parsedOutcome(asked.id, askedClosing.eventId, { feedbackRequestedOn: '2026-01-10' }));
      const manual = api.createReminder({ title: 'Send the CV', note: '', dueDate: '2026-03-02', dueTime: null, contactId: null, bidId: lost.id });
      const priya = api.saveContact(saveContactSchema.parse({ contactId: null, name: 'Priya P.', title: '', contactKind: 'recruiter', organisation: { name: 'Hays' }, email: '', phone: '', profileUrl: '', keyPartner: false, cadenceDays: null, notes: '' }));
      const backup = api.backupNow(undefined);
      const results: Record<string, unknown> = {
        loadSampleData: sample,
        createBid: bid,
        moveBid: moved,
        getBoard: api.getBoard({ filters: {}, pageSize: 50 }),
        getColumnPage: api.getColumnPage({ stage: 'rejected', filters: {}, offset: 0, limit: 20 }),
        getBid: api.getBid({ id: bid.id }),
        updateBid: api.updateBid(parsedUpdate(bid.id)),
        undoMove: api.undoMove({ eventId: moved.eventId }),
        setArchived: api.setArchived({ id: bid.id, archived: true }),
        searchOrganisations: api.searchOrganisations({ query: 'a', limit: 10 }),
        searchContacts: api.searchContacts({ query: '', limit: 10 }),
        listTags: api.listTags(undefined),
        updateInterview: call(api, 'updateInterview', interviewEdit(interview.id)),
        recordSelfAssessment: call(api, 'recordSelfAssessment', { interviewId: interview.id, rating: 5 }),
        recordFeedback: call(api, 'recordFeedback', { interviewId: interview.id, rating: 2, from: { name: 'Priya Patel' }, receivedOn: '2026-03-02' }),
        listInterviews: api.listInterviews({ bidId: bid.id }),
        createInterview: upcoming,
        deleteInterview: api.deleteInterview({ interviewId: upcoming.id }),
        getInsights: insights,
        getInsightBids: api.getInsightBids({ filters: {}, point: { chart: 'bench', previousContractId: gap.previousContractId } }),
        deleteBid: api.deleteBid({ id: bid.id }),
        saveContract: contract,
        changeContractEnd: api.changeContractEnd({ bidId: won.id, toEndOn: '2026-09-30', note: 'Phase 2' }),
        getContract: api.getContract({ bidId: won.id }),
        getWorkSummary: api.getWorkSummary(undefined),
        createSkill: skill,
        createAction: action,
        startSkillReview: review,
        recordSkillReview: recorded,
        createActionFromGap: fromGap,
        linkGapToSkill: api.linkGapToSkill({ outcomeId, skill: { name: 'sap', level: 1 } }),
        listSkillGaps: api.listSkillGaps({ limit: 10 }),
        unlinkGapFromSkill: api.unlinkGapFromSkill({ outcomeId, skillId: skill.id }),
        updateAction: api.updateAction({ actionId: action.id, skillId: skill.id, kind: 'course', title: 'S/4 course', status: 'done', targetOn: null }),
        updateSkill: api.updateSkill({ skillId: skill.id, name: 'SAP', level: 3, evidence: 'Course done', lastReviewedOn: null }),
        finishSkillReview: api.finishSkillReview({ reviewId: review.id }),
        getSkills: api.getSkills(undefined),
        deleteAction: api.deleteAction({ actionId: action.id }),
        deleteSkill: api.deleteSkill({ skillId: skill.id }),
        listRejectionReasons: api.listRejectionReasons(undefined),
        addRejectionReason: own,
        renameRejectionReason: api.renameRejectionReason({ reasonId: own.id, label: 'Too hands-on' }),
        setRejectionReasonRetired: api.setRejectionReasonRetired({ reasonId: own.id, retired: true }),
        saveOutcome: saved,
        getOutcome: api.getOutcome({ bidId: lost.id }),
        suggestRejectionReasons: api.suggestRejectionReasons({ text: 'They went with an internal candidate.' }),
        logInteraction: interaction,
        listInteractions: api.listInteractions({ bidId: lost.id }),
        listReminders: reminderList,
        snoozeReminder: api.snoozeReminder({ reminderId: thankYou.id, until: TEST_NOW + 86_400_000 }),
        completeReminder: api.completeReminder({ reminderId: thankYou.id }),
        dismissReminder: api.dismissReminder({ reminderId: keepInTouch.id }),
        getToday: api.getToday(undefined),
        createReminder: manual,
        updateReminder: api.updateReminder({ reminderId: manual.id, title: 'Send the new CV', note: '', dueDate: '2026-03-03', dueTime: '10:00' }),
        closeFeedbackRequest: api.closeFeedbackRequest({ bidId: asked.id }),
        exportCalendar: api.exportCalendar(undefined),
        getSettings: api.getSettings(undefined),
        saveSettings: api.saveSettings({ keyPartnerCadenceDays: 21, recruiterCadenceDays: null, liveBidsTarget: 4, workingDays: [1, 2, 3, 4], notifications: false }),
        listContacts: api.listContacts(contactsQuerySchema.parse({})),
        saveContact: priya,
        getContact: api.getContact({ contactId: priya.id }),
        listOrganisations: api.listOrganisations(organisationsQuerySchema.parse({})),
        getOrganisation: api.getOrganisation({ organisationId: priya.organisation?.id ?? 0 }),
        saveOrganisation: api.saveOrganisation({ organisationId: null, name: 'Hays Ltd', kind: 'agency', website: '', notes: '' }),
        merge: api.merge(mergeSchema.parse({ what: 'contacts', keepId: interaction.contacts[0]?.id, mergeId: priya.id, confirm: true })),
        deleteContact: api.deleteContact({ contactId: interaction.contacts[0]?.id ?? 0 }),
        countContacts: api.countContacts(undefined),
        getDatabaseStatus: api.getDatabaseStatus(undefined),
        checkIntegrity: api.checkIntegrity(undefined),
        backupNow: backup,
        listBackups: api.listBackups(undefined),
        setBackupFolder: api.setBackupFolder({ folder: null }),
        // Last: it replaces the database the calls above used.
        restoreBackup: api.restoreBackup({ backup: backup.name }),
      };
      // Last, so that nothing changes the data between the preview and the import.
      const exported = api.exportJson(undefined);
      const preview = api.previewImport({ format: 'stint-json', file: exported.text });
      Object.assign(results, { exportJson: exported, exportCsv: api.exportCsv({ list: 'bids' }), previewImport: preview, commitImport: api.commitImport({ format: 'stint-json', file: exported.text, token: preview.token ?? '' }) });
      expect(Object.keys(results).sort()).toEqual([...API_METHODS].sort());
      for (const method of API_METHODS) {
        const parsed = apiContract[method].output.safeParse(results[method]);
        expect(parsed.success, `${method}: ${parsed.error?.message}`).toBe(true);
      }
    } finally {
      temp.remove();
    }
  });
});
