/**
 * The host's languages, most preferred first, as BCP 47 tags: what Electron's
 * app.getPreferredSystemLanguages() gives, read here from the POSIX locale
 * variables (LANGUAGE's list first) and Intl's own default.
 */
export function systemLanguages(env: NodeJS.ProcessEnv = process.env): string[] {
  const posix = [
    ...(env['LANGUAGE'] ?? '').split(':'),
    env['LC_ALL'] ?? '',
    env['LC_MESSAGES'] ?? '',
    env['LANG'] ?? '',
  ]
    .map(posixToBcp47)
    .filter((tag): tag is string => tag !== undefined);
  return [...new Set([...posix, Intl.DateTimeFormat().resolvedOptions().locale])];
}

/** `zh_CN.UTF-8` → `zh-CN`; `C`, `POSIX` and empty values say nothing. */
function posixToBcp47(value: string): string | undefined {
  const tag = value.split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (!tag || tag === 'C' || tag === 'POSIX') return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
