import { describe, expect, it } from 'vitest';
import { fieldLabel } from './field-labels';

describe('field names in words', () => {
  it.each<[PropertyKey[], string]>([
    [['rate', 'amount'], 'Rate amount'],
    [['filters'], 'Filters'],
    [['hiringManager', 'name'], 'Hiring manager name'],
    [['briefChecklist', 2, 'label'], 'Checklist item 3 text'],
    [['tags', 0], 'Tag 1'],
    [['filters', 'stages', 1], 'Stage 2'],
    [['ir35'], 'IR35 status'],
    // Keys no label names are still put in words, under their parent's name.
    [['rate', 'vatRate'], 'Rate vat rate'],
    [['briefChecklist', 0, 'dueDate'], 'Checklist item 1 due date'],
    [['someFlag'], 'Some flag'],
    [[], ''],
  ])('%j is "%s"', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});
