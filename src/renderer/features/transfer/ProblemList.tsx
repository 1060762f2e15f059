import { counted } from '../../app/counts';

/** The first problems found in a file, where each is and what is wrong, and how many more there are. */
export function ProblemList({ problems, total }: { problems: { where: string; message: string }[]; total: number }) {
  return (
    <>
      <ul className="problem-list">
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.where && <strong>{problem.where}: </strong>}
            {problem.message}
          </li>
        ))}
      </ul>
      {total > problems.length && <p className="field-hint">…and {counted(total - problems.length)} more. Fix these first, then choose the file again.</p>}
    </>
  );
}
