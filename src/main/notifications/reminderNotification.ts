import { BrowserWindow, Notification } from 'electron';
import type { Reminder } from '../../shared/schedule/scheduleState';

/**
 * A session reminder as a system notification: the session's title and its
 * start on the host's clock (in the UI language, so no sentence to translate
 * here). A click brings the studio forward, where the in-app reminder offers
 * to start the session.
 */
export function showReminderNotification(
  reminder: Reminder,
  host: { language: string; timeZone: string },
): void {
  if (!Notification.isSupported()) return;
  const time = new Intl.DateTimeFormat(host.language, {
    timeZone: host.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(reminder.start);
  const notification = new Notification({ title: reminder.title, body: `▶ ${time}` });
  notification.on('click', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  notification.show();
}
