import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ObsConfigOptions {
  port: number;
  /** Undefined for a server without authentication. */
  password?: string;
  recordDir: string;
  /** Where OBS streams to: a local RTMP listener. */
  streamUrl: string;
  scenes: string[];
}

/**
 * Writes an OBS 29 configuration that starts without the first-run wizard,
 * with obs-websocket 5 on `port`, a Simple-output x264/mkv profile and a scene
 * collection of empty scenes. OBS 29 reads the websocket settings from
 * global.ini (OBS 30+ from plugin_config/obs-websocket/config.json; both are written).
 */
export function writeObsConfig(configHome: string, options: ObsConfigOptions): void {
  const root = join(configHome, 'obs-studio');
  const profile = join(root, 'basic/profiles/P');
  const scenes = join(root, 'basic/scenes');
  const plugin = join(root, 'plugin_config/obs-websocket');
  for (const dir of [profile, scenes, plugin, options.recordDir]) mkdirSync(dir, { recursive: true });
  const auth = options.password !== undefined;

  writeFileSync(
    join(root, 'global.ini'),
    [
      '[General]',
      'FirstRun=true',
      'LastVersion=486539266',
      'EnableAutoUpdates=false',
      '[BasicWindow]',
      'SysTrayMinimizeToTray=true',
      'SysTrayEnabled=false',
      '[OBSWebSocket]',
      'FirstLoad=false',
      'ServerEnabled=true',
      `ServerPort=${options.port}`,
      `AuthRequired=${auth}`,
      `ServerPassword=${options.password ?? ''}`,
      'AlertsEnabled=false',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(plugin, 'config.json'),
    JSON.stringify({
      first_load: false,
      server_enabled: true,
      server_port: options.port,
      auth_required: auth,
      server_password: options.password ?? '',
      alerts_enabled: false,
    }),
  );
  writeFileSync(
    join(profile, 'basic.ini'),
    [
      '[General]',
      'Name=P',
      '[Output]',
      'Mode=Simple',
      '[SimpleOutput]',
      `FilePath=${options.recordDir}`,
      'RecFormat=mkv',
      'RecFormat2=mkv',
      'RecQuality=Stream',
      'StreamEncoder=x264',
      'RecEncoder=x264',
      'VBitrate=1500',
      'Preset=ultrafast',
      '[Video]',
      'BaseCX=1280',
      'BaseCY=720',
      'OutputCX=1280',
      'OutputCY=720',
      'FPSType=0',
      'FPSCommon=30',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(profile, 'service.json'),
    JSON.stringify({
      type: 'rtmp_custom',
      settings: { server: options.streamUrl, key: 'studio', use_auth: false },
    }),
  );
  const first = options.scenes[0] ?? 'Scene';
  writeFileSync(
    join(scenes, 'C.json'),
    JSON.stringify({
      name: 'C',
      current_scene: first,
      current_program_scene: first,
      scene_order: options.scenes.map((name) => ({ name })),
      sources: options.scenes.map((name) => ({
        id: 'scene',
        versioned_id: 'scene',
        name,
        settings: { items: [], id_counter: 0, custom_size: false },
      })),
      transitions: [],
      current_transition: 'Fade',
      transition_duration: 300,
    }),
  );
}
