import { boardQuerySchema, boardSchema, columnPageResultSchema, columnPageSchema } from '../schemas';
import { method } from './method';

export const boardContract = {
  getBoard: method(boardQuerySchema, boardSchema, "Every lane's count and first page of cards, after the filters."),
  getColumnPage: method(columnPageSchema, columnPageResultSchema, 'A further page of one lane, for scrolling.'),
};
