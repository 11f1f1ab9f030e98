import OBSWebSocket from 'obs-websocket-js';
import type { ObsStudio } from '../../test/support/obs/obsStudio';

/**
 * OBS set up for the same job as the studio: one scene with a looping video filling the 720p
 * canvas and an image over it, streaming over RTMP with OBS's Simple output (x264 at its
 * default preset, veryfast) at the given bitrate.
 */
export async function streamFromObs(
  obs: ObsStudio,
  scene: { video: string; image: string },
  rtmp: { server: string; key: string; kbps: number },
): Promise<OBSWebSocket> {
  const socket = new OBSWebSocket();
  await socket.connect(obs.url, obs.password);
  await socket.call('CreateInput', {
    sceneName: 'Factory',
    inputName: 'Clip',
    inputKind: 'ffmpeg_source',
    inputSettings: { local_file: scene.video, is_local_file: true, looping: true, hw_decode: false },
  });
  await socket.call('CreateInput', {
    sceneName: 'Factory',
    inputName: 'Logo',
    inputKind: 'image_source',
    inputSettings: { file: scene.image },
  });
  await socket.call('SetCurrentProgramScene', { sceneName: 'Factory' });
  await socket.call('SetStreamServiceSettings', {
    streamServiceType: 'rtmp_custom',
    streamServiceSettings: { server: rtmp.server, key: rtmp.key, use_auth: false },
  });
  for (const [parameterName, parameterValue] of [
    ['VBitrate', String(rtmp.kbps)],
    ['Preset', 'veryfast'],
  ] as const)
    await socket.call('SetProfileParameter', {
      parameterCategory: 'SimpleOutput',
      parameterName,
      parameterValue,
    });
  await socket.call('StartStream');
  return socket;
}
