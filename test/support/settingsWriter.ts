/**
 * Child process for the crash test: writes settings through the real service as
 * fast as it can and prints the number of each write after it has committed.
 * The parent kills it with SIGKILL somewhere in the middle of a write.
 */
import { EventHub } from '../../src/main/ipc/eventHub';
import { createMemoryLogger } from '../../src/main/logging/logger';
import { SettingsService } from '../../src/main/services/settings/settingsService';
import { openDatabase } from '../../src/main/services/store/database';

const file = process.argv[2];
if (!file) throw new Error('usage: settingsWriter <database file>');
const logger = createMemoryLogger();
const settings = new SettingsService(openDatabase(file, logger), new EventHub(), logger);

for (let n = 1; ; n++) {
  settings.update({ hostDisplayName: `host-${n}`, livekitApiKey: `key-${n}` });
  process.stdout.write(`${n}\n`);
}
