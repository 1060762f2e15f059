import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, WEEKDAY_LABELS } from '../../../shared/domain';
import { settingsSchema, type Settings } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { DataSafetySection } from '../backups/DataSafetySection';
import { ExportSection } from '../transfer/ExportSection';
import { ImportSection } from '../transfer/ImportSection';
import { Field } from '../bid-form/Field';
import { Loading } from '../connection/Loading';
import { useToasts } from '../toasts/toasts';
import { inBrowser } from '../today/browser-notifications';
import { useRefreshRelationships } from '../today/today-queries';
import { useSettings } from './settings-queries';
import './settings.css';

type SettingsField = keyof Settings;
const FIELDS: readonly string[] = ['keyPartnerCadenceDays', 'recruiterCadenceDays', 'liveBidsTarget', 'workingDays', 'notifications'];
const fieldOf = (path: string) => (path.startsWith('workingDays') ? 'workingDays' : FIELDS.includes(path) ? (path as SettingsField) : undefined);

/** Monday first, as a working week reads. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The settings of reminders: how often to keep in touch, the live-bids target, working days, notifications. */
export function SettingsPage() {
  const settings = useSettings();
  return (
    <div className="page settings-page">
      <div className="settings-scroll">
        <h2 tabIndex={-1} data-page-heading>
          Settings
        </h2>
        {settings.data ? <SettingsForm saved={settings.data} /> : <Loading what="your settings" />}
        <DataSafetySection />
        <ExportSection />
        <ImportSection />
      </div>
    </div>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const refresh = useRefreshRelationships();
  const [values, setValues] = useState({
    keyPartnerCadenceDays: String(saved.keyPartnerCadenceDays),
    recruiterCadenceDays: saved.recruiterCadenceDays === null ? '' : String(saved.recruiterCadenceDays),
    liveBidsTarget: String(saved.liveBidsTarget),
    workingDays: saved.workingDays,
    notifications: saved.notifications,
  });
  const { errors, show, clear } = useFormErrors<SettingsField>('settings-form');
  const [saving, setSaving] = useState(false);
  const [permission, setPermission] = useState(typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);
  useEffect(() => clear('workingDays'), [values.workingDays, clear]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      keyPartnerCadenceDays: Number(values.keyPartnerCadenceDays),
      recruiterCadenceDays: values.recruiterCadenceDays.trim() === '' ? null : Number(values.recruiterCadenceDays),
      liveBidsTarget: Number(values.liveBidsTarget),
      workingDays: values.workingDays,
      notifications: values.notifications,
    };
    const found = checkInput(settingsSchema, input, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      const stored = await api.saveSettings(input);
      queryClient.setQueryData(queryKeys.settings, stored);
      await refresh();
      toasts.show('Settings saved. Open reminders follow the new cadences.');
    } catch (error) {
      show(saveErrors(error, 'Stint could not save the settings.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  const toggleDay = (day: number) =>
    setValues((current) => ({ ...current, workingDays: current.workingDays.includes(day) ? current.workingDays.filter((other) => other !== day) : [...current.workingDays, day] }));

  return (
    <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <section aria-labelledby="settings-touch">
        <h3 id="settings-touch">Keeping in touch</h3>
        <div className="field-grid">
          <Field label="Key partners: every (days)" error={errors.keyPartnerCadenceDays} hint={`The few recruiters you build a partnership with. Default ${DEFAULT_SETTINGS.keyPartnerCadenceDays}.`}>
            <input type="number" min={1} max={365} inputMode="numeric" value={values.keyPartnerCadenceDays} onChange={(event) => (setValues({ ...values, keyPartnerCadenceDays: event.target.value }), clear('keyPartnerCadenceDays'))} />
          </Field>
          <Field label="Other recruiters: every (days)" error={errors.recruiterCadenceDays} hint={`Leave empty for none. Default ${DEFAULT_SETTINGS.recruiterCadenceDays}. A contact's own cadence wins over both.`}>
            <input type="number" min={1} max={365} inputMode="numeric" value={values.recruiterCadenceDays} onChange={(event) => (setValues({ ...values, recruiterCadenceDays: event.target.value }), clear('recruiterCadenceDays'))} />
          </Field>
        </div>
      </section>
      <section aria-labelledby="settings-pipeline">
        <h3 id="settings-pipeline">Pipeline</h3>
        <div className="field-grid">
          <Field label="Live bids to keep while a contract ends" error={errors.liveBidsTarget} hint="Fewer than this within eight weeks of the contract's end raises “pipeline cover”.">
            <input type="number" min={1} max={20} inputMode="numeric" value={values.liveBidsTarget} onChange={(event) => (setValues({ ...values, liveBidsTarget: event.target.value }), clear('liveBidsTarget'))} />
          </Field>
        </div>
        <fieldset className="weekdays" aria-describedby={errors.workingDays ? 'working-days-error' : 'working-days-hint'}>
          <legend>Working days</legend>
          <p id="working-days-hint" className="field-hint">
            A “next working day” reminder (a thank-you after a rejection) falls on the first of these.
          </p>
          {WEEK_ORDER.map((day) => (
            <label key={day} className="checkbox">
              <input type="checkbox" checked={values.workingDays.includes(day)} onChange={() => toggleDay(day)} aria-invalid={errors.workingDays ? true : undefined} />
              {WEEKDAY_LABELS[day]}
            </label>
          ))}
          {errors.workingDays && (
            <p id="working-days-error" className="field-error">
              {errors.workingDays}
            </p>
          )}
        </fieldset>
      </section>
      <section aria-labelledby="settings-notifications">
        <h3 id="settings-notifications">Notifications</h3>
        <label className="checkbox">
          <input type="checkbox" checked={values.notifications} onChange={(event) => setValues({ ...values, notifications: event.target.checked })} />
          Notify me when a reminder falls due while Stint is open
        </label>
        {inBrowser() && values.notifications && permission !== 'granted' && (
          <p className="field-hint">
            {permission === 'unsupported' && 'This browser shows no notifications.'}
            {permission === 'denied' && 'This browser blocks Stint’s notifications: allow them in its site settings.'}
            {permission === 'default' && (
              <>
                The browser asks first.{' '}
                <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
                  Allow notifications
                </button>
              </>
            )}
          </p>
        )}
      </section>
      <div className="settings-actions">
        <button type="submit" className="primary" disabled={saving} aria-busy={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
