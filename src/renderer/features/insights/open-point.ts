import { createContext, useContext } from 'react';
import type { InsightPoint } from '../../../shared/schemas';

/** Opens the list of bids behind a bar; `title` names what the bar stands for ("Lost bids citing Rate"). */
export type OpenPoint = (point: InsightPoint, title: string) => void;
export const OpenPointContext = createContext<OpenPoint>(() => {});
export const useOpenPoint = () => useContext(OpenPointContext);
