import { useState } from 'react';
import type { DevelopmentAction, Skill } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../toasts/toasts';
import { useRefreshSkills } from './skills-queries';

export type Deleting = { skill: Skill } | { action: DevelopmentAction };

/** Asks before deleting a skill (with its actions and links) or an action; nothing is deleted without a yes. */
export function DeleteQuestion({ what, onClose }: { what: Deleting; onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshSkills();
  const [busy, setBusy] = useState(false);
  const name = 'skill' in what ? what.skill.name : what.action.title;

  const confirm = async () => {
    setBusy(true);
    try {
      if ('skill' in what) await api.deleteSkill({ skillId: what.skill.id });
      else await api.deleteAction({ actionId: what.action.id });
      await refresh();
      toasts.show(`Deleted “${name}”.`);
      onClose();
    } catch (error) {
      toasts.show(failureMessage(error, `“${name}” was already deleted.`), { tone: 'error' });
      await refresh();
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const consequences =
    'skill' in what
      ? [
          what.skill.actions.length > 0 && `its ${what.skill.actions.length} action${what.skill.actions.length === 1 ? '' : 's'}`,
          what.skill.gapCount > 0 && `its links to ${what.skill.gapCount} rejection${what.skill.gapCount === 1 ? '' : 's'} (the rejections stay)`,
        ].filter(Boolean)
      : [];

  return (
    <ConfirmDialog
      title={'skill' in what ? 'Delete this skill?' : 'Delete this action?'}
      confirmLabel="Delete"
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy}
    >
      <p>
        “{name}”{consequences.length > 0 ? ` and ${consequences.join(' and ')}` : ''} will be deleted. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
