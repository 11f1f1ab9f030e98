/**
 * Which of a scene's two arrangements the host is editing: the landscape program's, or the
 * phones' (portrait destinations). The stage's preview and the properties dock follow it.
 */
export type StageArrangement = 'landscape' | 'portrait';
