/**
 * The stage a spreadsheet's status word suggests. Words are compared by `wordKey`, so "No Response", "no-response"
 * and "NO RESPONSE" are one; a word not listed has no suggestion, and the user chooses its stage.
 */
import { STAGE_LABELS, STAGES, type Stage } from '../../../../../shared/domain';
import { wordKey } from './words';

const WORDS: Record<Stage, string[]> = {
  lead: ['lead', 'prospect', 'idea', 'to apply', 'not applied', 'not yet applied', 'interested', 'saved', 'wishlist', 'new', 'open'],
  brief: ['brief', 'briefed', 'brief received', 'spec received', 'details received', 'call booked'],
  submitted: ['applied', 'submitted', 'application sent', 'cv sent', 'sent', 'put forward', 'proposed', 'awaiting response', 'waiting', 'pending'],
  shortlisted: ['shortlisted', 'shortlist', 'screening', 'screened', 'phone screen', 'longlisted'],
  interview: ['interview', 'interviewing', 'interviewed', 'first interview', '1st interview', 'second interview', '2nd interview', 'final interview', 'final stage'],
  offer: ['offer', 'offered', 'offer received', 'verbal offer'],
  won: ['won', 'accepted', 'offer accepted', 'hired', 'placed', 'started', 'signed', 'contract signed'],
  rejected: ['rejected', 'rejection', 'unsuccessful', 'not selected', 'turned down', 'declined by client', 'lost'],
  withdrawn: ['withdrawn', 'withdrew', 'pulled out', 'declined', 'not interested'],
  role_pulled: ['role pulled', 'pulled', 'cancelled', 'canceled', 'on hold', 'role filled', 'filled internally', 'position filled'],
  no_response: ['no response', 'no reply', 'no answer', 'no news', 'ghosted', 'silence', 'heard nothing'],
};

const SUGGESTIONS = new Map<string, Stage>();
for (const stage of STAGES) {
  for (const word of [...WORDS[stage], stage, STAGE_LABELS[stage]]) SUGGESTIONS.set(wordKey(word), stage);
}

/** The stage `word` suggests, or null when Stint does not know the word. */
export function suggestedStage(word: string): Stage | null {
  return SUGGESTIONS.get(wordKey(word)) ?? null;
}
