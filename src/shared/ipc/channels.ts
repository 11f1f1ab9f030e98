/**
 * The channel names alone, free of zod, so the sandboxed preload stays small.
 * contract.ts is checked against these lists: a channel cannot exist in one and
 * not the other.
 */
export const invokeChannels = [
  'app:getInfo',
  'settings:getAll',
  'settings:update',
  'secrets:getStatus',
  'secrets:set',
  'secrets:clear',
  'shell:openExternal',
  'scenes:getCollection',
  'scenes:saveCollection',
  'catalog:listProducts',
  'catalog:saveProduct',
  'catalog:deleteProduct',
  'media:import',
  'media:list',
  'media:read',
  'media:delete',
  'capture:listScreenSources',
  'capture:chooseScreenSource',
  'capture:openScreenAccessSettings',
  'schedule:get',
  'schedule:saveSession',
  'schedule:deleteSession',
  'schedule:savePeaks',
  'schedule:resetPeaks',
  'schedule:saveAvailability',
  'schedule:exportIcs',
  'schedule:importIcs',
  'schedule:refreshTeamCalendar',
  'obs:getState',
  'obs:connect',
  'obs:disconnect',
  'obs:setProgramScene',
  'obs:setPreviewScene',
  'obs:transitionToProgram',
  'obs:setStudioMode',
  'obs:setTransition',
  'obs:setStreaming',
  'obs:setRecording',
  'obs:setPins',
  'obs:linkScene',
  'feeds:list',
  'feeds:save',
  'feeds:delete',
  'feeds:open',
  'feeds:reconnect',
  'feeds:getStatuses',
] as const;

export const eventChannels = [
  'settings:onChanged',
  'catalog:onChanged',
  'schedule:onChanged',
  'schedule:onReminder',
  'obs:onState',
  'obs:onStats',
  'feeds:onChanged',
  'feeds:onStatus',
] as const;

export type InvokeChannel = (typeof invokeChannels)[number];
export type EventChannel = (typeof eventChannels)[number];
