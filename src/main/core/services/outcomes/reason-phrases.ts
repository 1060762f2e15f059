/**
 * The ways recruiters and hiring managers word each built-in rejection reason, as phrase patterns. They are
 * written in a small notation so that they read like the feedback they catch:
 * - a space matches any run of spaces or line breaks;
 * - `'` matches a straight or curly apostrophe, and `n't` also matches " not" ("didn't", "didn’t", "did not");
 * - ` ?` is an optional space ("skill ?set");
 * - `{w}` is one word, `{w0-2}` up to two words each with its following space ("more {w0-2}experience" catches
 *   "more sector experience" and "more board-level experience");
 * - everything else is a regular expression, matched without regard to case, on whole words.
 * Negation ("not because of your experience") is handled where the patterns are matched, in suggest-reasons.ts.
 */
import type { BuiltInReasonCode } from '../../../../shared/domain';

const WORD = String.raw`[\p{L}\p{N}'’&/-]+`;

function compile(pattern: string): RegExp {
  const source = pattern
    .replace(/\bcan't/g, String.raw`(?:can(?:\x27t|\u2019t|not| not))`)
    .replace(/\bwon't/g, String.raw`(?:won(?:\x27t|\u2019t)|will not)`)
    .replace(/n't\b/g, "(?:n't| not)")
    .replace(/'/g, "['’]")
    .replace(/ \?/g, String.raw`\s*`)
    .replace(/ /g, String.raw`\s+`)
    .replace(/\{w(?:0-(\d))?\}/g, (_whole, most: string | undefined) => (most ? `(?:${WORD}\\s+){0,${most}}` : WORD));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'giu');
}

const PHRASES: Record<BuiltInReasonCode, string[]> = {
  skills_gap: [
    "lack(?:ed|s|ing)? (?:of )?(?:the |some |certain |a few )?(?:key |core |technical |specific |required |necessary |hands-on )?skills?",
    '(?:skills?|technical|capability) gaps?',
    "gaps? in (?:your|his|her|their) {w0-2}(?:skills?|skill ?set|knowledge|capabilit(?:y|ies))",
    '(?:stronger|deeper|more|better) (?!than ){w0-2}(?:skills|skill ?set|technical knowledge)',
    "(?:no|little|limited|not enough) (?:hands-on |working |practical |technical )?(?:knowledge|expertise) (?:of|in|with)",
    "skill ?set (?:wasn't|isn't|didn't)",
    "skills (?:weren't|wasn't|aren't|isn't) (?:quite )?(?:strong|deep|advanced|broad|good|current) enough",
    "(?:knowledge|understanding|grasp) of {w0-3}(?:was|is|seemed|looked) (?:a little |a bit |rather |too |quite |very )?(?:light|thin|limited|lacking|weak|shaky)",
    "(?:wasn't|weren't|isn't|not) (?:quite )?(?:technical|hands-on|strong) enough",
  ],
  experience_gap: [
    '(?:more|greater|deeper|broader|closer|further) (?!than ){w0-2}experience',
    "(?:lack(?:ed|s|ing)?(?: of)?|without|limited|little|insufficient|not enough|not quite enough|didn't have enough|didn't have the|hadn't got the) (?:the |any |enough |sufficient |direct |relevant |recent )?{w0-2}experience",
    "no (?:direct |relevant |recent )?{w0-1}experience",
    "didn't (?:feel|think|believe) (?:you|he|she|they) (?:had|have|has) (?:enough|sufficient|the right|the relevant|the necessary|the depth of) {w0-2}experience",
    "(?:prefer|preferred|wanted|want|needed|need|looking for|went with|chose|opted for) (?:someone|a candidate|somebody|an interim) with {w0-3}experience",
    "experience (?:of|in|with) {w0-3}(?:was|is|seemed|looked) (?:a little |a bit |rather |too |quite |very )?(?:light|thin|limited|lacking|narrow|dated)",
    "(?:concerns?|worries|worried|doubts?|reservations?|hesitan(?:t|cy)|questions?) (?:about|over|around|regarding|on|with) (?:your|the|his|her|their) {w0-2}experience",
    '(?:because of|due to|down to|came down to) (?:your|his|her|their) {w0-2}experience',
    "experience (?:wasn't|isn't) (?:quite )?(?:at the right level|deep enough|broad enough|relevant enough|senior enough|recent enough|enough)",
    "(?:too junior|lacked seniority|more senior (?:profile|person|background))",
    "(?:weren't|wasn't|aren't|isn't|not) (?:quite )?(?:senior|experienced) enough",
    "(?:hadn't|haven't|had never|have never|never) (?:worked|operated|been) (?:in|within) (?:a|an|the) {w0-2}(?:sector|industry|environment|setting|business|organisation)",
  ],
  missing_qualification: [
    "(?:lack(?:ed|s|ing)?(?: of)?|without|missing|no|didn't have|don't have|doesn't have) (?:a |an |the |any )?(?:formal |professional |recognised |relevant |required |necessary |accountancy |accounting |legal |project management )?(?:qualification|certification|accreditation|chartered status|degree|designation)s?",
    "(?:needed|need|needs|wanted|want|wants|required|requires|require|insisted on|looking for|must have|must hold|had to have|had to hold) (?:someone (?:with|who holds|who has) )?(?:a |an |the )?{w0-2}(?:qualification|certification|accreditation|chartered status|degree|MBA)s?",
    "(?:needed|need|needs|wanted|want|wants|required|requires|require|looking for|insisted on) (?:someone |a candidate |somebody )?(?:who is |who's |that is |to be )?{w0-1}(?:qualified|chartered|certified|accredited)",
    '(?:not|un)(?:-| )?(?:qualified|chartered|certified|accredited)',
    "{w0-1}(?:qualification|certification|accreditation|chartered status|degree)s? (?:was|were|is|are|turned out to be|proved|proved to be) (?:absolutely |really )?(?:essential|required|a must|mandatory|non-negotiable|a requirement|a must-have)",
    '(?:essential|mandatory|must-have|required|non-negotiable) {w0-2}(?:qualification|certification|accreditation)s?',
  ],
  preparation: [
    "didn't seem to know (?:(?:much|enough|a lot|very much|a great deal) )?about (?:the|their|our) (?:business|company|organisation|organization|client|sector|market|products?|role|strategy)",
    "didn't (?:seem to )?(?:know|understand) (?:much |enough |a lot )?(?:about )?(?:the|their|our) (?:business|company|organisation|organization|products?|strategy|numbers)",
    "(?:hadn't|didn't|haven't) (?:really )?(?:done|do|researched|read up on) (?:your |enough |much |any |their |the )?(?:homework|research|preparation|prep|background reading)",
    "(?:under-?prepared|ill-prepared|poorly prepared|not (?:well |fully |very |sufficiently )?prepared|better prepared|more prepared|lack of preparation|more preparation)",
    "(?:limited|little|thin|poor|superficial|no) (?:knowledge|understanding) (?:of|about) (?:the|their|our) (?:business|company|organisation|organization|sector|market)",
  ],
  interview_performance: [
    "didn't (?:interview|perform|present|come across|do) (?:as )?(?:well|strongly|confidently|convincingly)",
    '(?:came|come|coming) across as (?:a bit |a little |rather |quite |too |very )?(?:nervous|unsure|hesitant|arrogant|defensive|rambling|flat|vague|unprepared|uncertain|low-energy)',
    '(?:lacked|lacking|without) (?:energy|confidence|presence|gravitas|impact|conviction|structure|specific examples|concrete examples|examples)',
    "(?:answers?|responses?) (?:were|was) (?:a bit |a little |rather |quite |too |very )?(?:long|vague|generic|unclear|unstructured|rambling|high-level|theoretical|brief|short)",
    "(?:struggled|stumbled) (?:with|on|over|to answer) (?:the |some |a few |their |one of the )?{w0-2}questions?",
    "(?:presentation|interview|case study) (?:didn't|wasn't) (?:quite )?(?:land|go well|go to plan|hit the mark|strong enough|convincing)",
    '(?:weak|poor|disappointing|underwhelming|nervous) (?:interview|presentation|performance|answers?|showing)',
    "didn't give (?:enough |specific |concrete |clear )?examples",
    "(?:work on|improve|sharpen|tighten|polish) (?:your |his |her )?{w0-1}(?:examples|answers|presentation|interview technique|delivery|storytelling)",
    '(?:rambled|waffled|rambling|waffling)',
    '(?:ran|run|running|went|going) over (?:time|the time|their time)',
    'lost (?:the room|the panel|their attention|the audience)',
  ],
  cv_positioning: [
    "(?:cv|résumé|resume|profile|application) (?:didn't|doesn't|wasn't|isn't) (?:really |quite |clearly )?(?:reflect|show|match|demonstrate|highlight|tailored|aligned|align|evidence|convey)",
    "(?:cv|résumé|resume|profile|background) (?:is|was|looks|looked|looks like|reads|reads as|read as|came across as|comes across as) (?:a bit |a little |rather |quite |too |very |more )?(?:generalist|broad|generic|narrow|strategic|operational|corporate|academic|technical)",
    "(?:couldn't|didn't|can't|don't) see {w0-3}(?:on|in|from) (?:your|the|his|her) (?:cv|résumé|resume|profile)",
    "(?:didn't|doesn't) (?:quite )?(?:match|fit|align with|meet) (?:the |their )?(?:brief|spec|specification|profile|job description|requirements|criteria)",
    '(?:over-?qualified|too senior for)',
    '(?:more|too much) of an? (?:strategist|generalist|specialist|operator|consultant|big-picture thinker|corporate)',
    '(?:positioned|pitched|presented) (?:yourself |himself |herself )?as (?:too )?(?:strategic|operational|senior|junior|a generalist|a specialist)',
  ],
  rate: [
    '(?:day |daily |hourly )?(?:rate|fee|fees|salary|price|cost|pay) (?:expectations? )?(?:was|is|were|are) (?:a bit |a little |slightly |just |simply |way |far |well )?(?:too high|too much|above|over|higher than|out of|beyond|outside|more than)',
    "(?:too expensive|priced (?:yourself |himself |herself )?out|over (?:their|the) budget|outside (?:their|the) budget|above (?:their|the) budget|beyond (?:their|the) budget|cheaper (?:option|candidate|alternative)|lower (?:day )?rate|rate expectations)",
    "(?:it was|came down to|because of|due to) (?:the |your )?(?:day |daily )?(?:rate|fees?|cost|price)(?! {w0-1}(?:wasn't|was not|was never|was fine))",
    "(?:couldn't|can't|unable to) (?:meet|match|stretch to|afford) (?:your|the|that) (?:day )?(?:rate|fee|fees|salary)",
  ],
  availability: [
    "(?:needed|need|needs|wanted|want|required|looking for) (?:someone |a candidate |somebody )?(?:who (?:can|could) |to )?start (?:sooner|earlier|immediately|straight away|right away|next week|on monday|asap)",
    '(?:notice period|availability|start date) (?:was|is|were|would be) (?:too long|too late|an issue|a problem|the issue|the problem|a sticking point|a concern|a blocker)',
    "(?:couldn't|can't|unable to) start (?:soon enough|in time|until|quickly enough)",
    "(?:weren't|wasn't|aren't|isn't|not) available (?:soon enough|in time|until|early enough|quickly enough|from)",
    "(?:available|start) (?:sooner|earlier)",
    '(?:long|lengthy|three-month|three month) notice period',
    "(?:it was|came down to|because of|due to) (?:the |your )?(?:long )?(?:notice period|availability|start date)",
  ],
  internal_hire: [
    '(?:(?:went|gone|going|go|proceed(?:ed|ing)?|decided to go) (?:ahead )?with |(?:gone|went|go|going|given|offered it|offered the role) to )?(?:an? |the )?internal (?:candidate|hire|appointment|applicant|person|solution|promotion|secondment|move)',
    "(?:filled|fill|recruited|resourced|appointed|covered|solved|handled|sourced|recruit) (?:the role |it |the position |the vacancy )?(?:internally|in-house)",
    'promot(?:e|ed|ing) (?:someone )?(?:from )?within',
    '(?:keep|kept|keeping|do|doing|deliver|handle|handling) (?:the |this )?(?:work|role|project|programme) in-house',
    '(?:recruit|hire|appoint|hiring|appointing|recruiting|look|looked|looking) (?:from )?within',
    '(?:someone|somebody) (?:internal|in-house|from inside|from within)',
    '(?:existing|current) (?:member of (?:the )?(?:team|staff)|employee|team member|staff member) (?:will|has|is going to|to|who will) (?:cover|step up|take (?:it|this|the role) on|act up)',
  ],
  budget_pulled: [
    '(?:budget|funding|headcount|sign-off|approval) (?:for (?:the|this|that) {w0-2})?(?:has |had |have )?(?:been |was |were |got |is being )?(?:pulled|cut|frozen|withdrawn|slashed|reallocated|removed|cancelled|scrapped)',
    "(?:budget|funding|headcount|sign-off) (?:wasn't|isn't|hasn't been) (?:there|available|approved|signed off|granted|released)",
    "(?:budget|funding) (?:is|was) no longer (?:there|available|approved)",
    "(?:no longer|don't|doesn't|didn't) (?:have|has) (?:the )?(?:budget|funding|sign-off|headcount)",
    '(?:lost|losing) (?:the |their )?(?:budget|funding|sign-off|headcount)',
    '(?:hiring|recruitment|headcount|spending|budget) freeze',
    '(?:cost-cutting|cost cutting|budget cuts?)',
  ],
  project_changed: [
    '(?:project|programme|program|role|position|assignment|initiative|transformation|requirement|vacancy|brief|work|engagement) (?:has |had |have |is |was |were )?(?:now )?(?:been |being )?(?:put on hold|placed on hold|on hold|on ice|cancelled|canceled|shelved|scrapped|paused|postponed|deferred|pulled|withdrawn|rescoped|re-scoped|scaled back|changed|reshaped|descoped|de-scoped)',
    '(?:put|placed) (?:the (?:project|programme|role|hire|search|process) )?on hold',
    "(?:project|programme|role|position|assignment|initiative) (?:is|was|will) (?:no longer|not) (?:going ahead|proceeding|happening|needed|required)",
    "(?:decided|decision) not to (?:proceed with|go ahead with|continue with) (?:the|this|that) (?:role|hire|appointment|project|programme|recruitment|search|position|assignment)",
    "(?:decided|decision) not to (?:go ahead|fill (?:it|the role|the position)|recruit|hire)",
    "(?:aren't|isn't|weren't|wasn't|not) (?:now )?(?:going ahead|proceeding) with (?:the|this) (?:appointment|role|hire|project|programme|position|assignment|recruitment)",
    '(?:scope|remit|brief|requirements?) (?:has |have |had )?(?:changed|shifted|moved|evolved)',
    '(?:restructur(?:e|ed|ing)|reorgani[sz](?:ation|ing|ed)|re-organi[sz](?:ation|ing|ed))',
    '(?:role|position) (?:no longer exists|has been removed|has been made redundant)',
  ],
  stronger_candidate: [
    '(?:stronger|better|more experienced|more suitable|more senior|closer|better-matched|better matched|more rounded|more relevant) (?:candidate|applicant|match|fit|profile)s?',
    '(?:someone|somebody|a candidate|another candidate|another applicant|other candidates?|another person|the other candidate) (?:with|had|has|who had|who has|that had|who brought|who offered) (?:slightly |a bit |a little |a lot |much |{w} )?(?:more|greater|deeper|broader|stronger|a stronger|a closer|a deeper|a broader|direct)(?: {w0-2}(?:experience|exposure|background|knowledge|skills|track record|expertise|years))?',
    "(?:went|gone|going|go|proceed(?:ed|ing)?|progress(?:ed|ing)?|decided to go|moving forward) (?:ahead )?with (?:another|a different|a stronger|other|someone else|somebody else|the other|an external)(?: (?:candidate|applicant|person|interim|profile))?",
    '(?:very |extremely |incredibly |really |exceptionally )?(?:strong|competitive|tough|crowded) (?:field|shortlist|competition)',
    '(?:another|the other|other|the successful|the chosen) (?:candidate|applicant|person|interim)s? (?:was|were|had been) (?:simply |just |slightly |a bit |much )?(?:further along|stronger|better|more experienced|closer|a better|a closer|more relevant)',
    "(?:pipped|edged|beaten) (?:you )?(?:to the post|to it|out)",
  ],
  prior_connection: [
    '(?:someone|somebody|a candidate|another candidate|a person|an interim) (?:they|the client|he|she|the ceo|the cfo|the board|the hiring manager) (?:already |had )?(?:knew|know|had worked with|worked with|have worked with|has worked with)',
    '(?:previously|already) (?:worked with|known to|placed with|worked for) (?:them|the client|the business|the company|the ceo|the cfo|the board|the hiring manager)',
    '(?:prior|previous|existing|personal|long-standing|longstanding) (?:relationship|connection|contact|link)s? (?:with|to)',
    "(?:a known quantity|known to (?:them|the client|the business|the ceo|the board)|ex-colleague|former colleague|old colleague|through (?:their|his|her) (?:own )?network|from (?:their|his|her) (?:own )?network|via a referral|a referral from|recommended by)",
  ],
  personal_fit: [
    '(?:cultural|culture|team|personality|personal|chemistry) fit',
    "(?:chemistry|rapport|connection) (?:wasn't|was not|just wasn't|didn't|was lacking)",
    "didn't (?:quite )?(?:click|gel|connect|warm to)",
    '(?:came down to|down to|because of|due to|a question of|a matter of) (?:personal |team |cultural |the )?(?:chemistry|fit|personality|personalities|gut feel(?:ing)?|rapport|style)',
    "(?:gut feel(?:ing)?|went with (?:their|his|her) gut|personal preference|preferred (?:the other|another|someone else|a different))",
    "(?:wasn't|isn't|not) (?:quite )?(?:the )?right (?:fit|match|personality|chemistry)",
    "(?:style|personality|approach) (?:wasn't|didn't|might not|may not|would not|wouldn't) (?:quite )?(?:fit|suit|right|mesh|work)",
  ],
  no_reason_given: [
    "(?:no|without|didn't give|haven't given|wouldn't give|declined to give|unable to give|can't give|couldn't give|won't give|no further|not given) (?:any |a |us |me |you )?(?:specific |detailed |real |further )?(?:feedback|reason|explanation|detail|details)s?",
    "didn't (?:provide|share|offer) (?:any )?(?:feedback|reasons?|explanation)",
    '(?:heard nothing|never heard back|went (?:quiet|silent|dark)|ghosted|radio silence|no reply|no response)',
    "decided not to (?:progress|move forward|proceed with (?:you|your application|your candidacy)|take (?:it|this|things|you|your application) (?:any )?(?:further|forward))",
    '(?:unsuccessful|not successful) (?:on this occasion|this time)',
  ],
};

export interface ReasonPattern {
  reason: BuiltInReasonCode;
  pattern: RegExp;
}

/** Every phrase pattern, compiled once. */
export const REASON_PATTERNS: readonly ReasonPattern[] = Object.entries(PHRASES).flatMap(([reason, phrases]) =>
  phrases.map((phrase) => ({ reason: reason as BuiltInReasonCode, pattern: compile(phrase) })),
);
