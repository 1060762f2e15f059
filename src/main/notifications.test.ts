import { describe, expect, it } from 'vitest';
import type { Reminder } from '../shared/schemas';
import { goToAddressScript, notifyDue, type NotificationPort } from './notifications';

const due: Reminder = { id: 3, kind: 'manual', title: 'Call Priya', why: 'About Q3', dueAt: 0, snoozedUntil: null, contact: { id: 9, name: 'Priya' }, bid: null, rule: null };

describe('desktop notifications', () => {
  it('show each reminder that fell due, and clicking one opens its record', () => {
    const shown: { title: string; click: () => void }[] = [];
    const opened: string[] = [];
    const port: NotificationPort = { isSupported: () => true, show: (notification, onClick) => shown.push({ title: notification.title, click: onClick }) };
    notifyDue([due], port, (address) => opened.push(address));
    expect(shown.map((entry) => entry.title)).toEqual(['Call Priya']);
    shown[0]?.click();
    expect(opened).toEqual(['#/contacts?contact=9']);
  });

  it('show nothing where the system has no notifications', () => {
    const shown: unknown[] = [];
    notifyDue([due], { isSupported: () => false, show: (notification) => shown.push(notification) }, () => {});
    expect(shown).toEqual([]);
  });

  it('lead the page only to an address of the app, written as a string the page cannot misread', () => {
    expect(goToAddressScript('#/contacts?contact=9')).toBe('window.location.hash = "#/contacts?contact=9";');
    expect(() => goToAddressScript('javascript:alert(1)')).toThrow('Not an app address');
  });
});
