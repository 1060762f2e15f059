import { describe, expect, it } from 'vitest';
import { hasUnsavedChanges } from './form-changes';
import { emptyFormValues } from './form-values';

describe('whether closing the bid form would lose anything', () => {
  it('is false for a form as it was opened, and for a field typed in and put back', () => {
    const opened = emptyFormValues();
    expect(hasUnsavedChanges(opened, emptyFormValues())).toBe(false);
    expect(hasUnsavedChanges(opened, { ...opened, location: '' })).toBe(false);
  });

  it('is true for a pasted brief, a changed choice or a ticked checklist item', () => {
    const opened = emptyFormValues();
    expect(hasUnsavedChanges(opened, { ...opened, briefText: 'Interim Group FC; 6 months.' })).toBe(true);
    expect(hasUnsavedChanges(opened, { ...opened, priority: 1 })).toBe(true);
    const ticked = opened.briefChecklist.map((item, index) => (index === 0 ? { ...item, done: true } : item));
    expect(hasUnsavedChanges(opened, { ...opened, briefChecklist: ticked })).toBe(true);
  });
});
