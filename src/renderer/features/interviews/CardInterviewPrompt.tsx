import { requestSelfAssessment } from './assess-request';

interface CardInterviewPromptProps {
  bidId: number;
  interviewId: number;
  bidTitle: string;
}

/** On a bid's card once an interview is over and not yet rated: opens the bid at the self-assessment. */
export function CardInterviewPrompt({ bidId, interviewId, bidTitle }: CardInterviewPromptProps) {
  return (
    <button
      type="button"
      className="card-interview-prompt"
      aria-label={`How did the interview go? Rate your interview for ${bidTitle}`}
      // The card opens the bid on a click and starts a drag on a press: this button does its own thing instead.
      onPointerDown={(event) => event.stopPropagation()}
      onClick={(event) => {
        event.stopPropagation();
        requestSelfAssessment(bidId, interviewId);
      }}
    >
      How did the interview go?
    </button>
  );
}
