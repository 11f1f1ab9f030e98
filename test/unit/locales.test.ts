import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../src/shared/i18n/languages';
import { overlayLanguages } from '../../src/shared/markets/markets';

const root = join(import.meta.dirname, '../..');
const localesDir = join(root, 'locales');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const load = (language: string): Map<string, string> =>
  flatten(JSON.parse(readFileSync(join(localesDir, language, 'translation.json'), 'utf8')) as Tree);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

const english = load('en');
const read = (files: string[]): string => files.map((file) => readFileSync(file, 'utf8')).join('\n');
// The viewer page speaks to viewers from its own namespace (locales/viewer); the studio from translation.json.
const viewerDir = join(root, 'src/renderer/viewer');
const allRenderer = sourceFiles(join(root, 'src/renderer'));
const rendererSource = read(allRenderer.filter((file) => !file.startsWith(viewerDir)));
const viewerSource = read(allRenderer.filter((file) => file.startsWith(viewerDir)));

describe('locales', () => {
  it('has one folder for every UI language, and the overlay and viewer page folders', () => {
    expect(readdirSync(localesDir).sort()).toEqual(
      [...uiLanguages.map((l) => l.code), 'overlay', 'viewer'].sort(),
    );
  });

  describe('viewer page text (in each market language)', () => {
    const viewer = (language: string): Record<string, string> =>
      JSON.parse(readFileSync(join(localesDir, 'viewer', `${language}.json`), 'utf8')) as Record<
        string,
        string
      >;
    const englishViewer = viewer('en');

    it('has one file for every market language and no other', () => {
      expect(readdirSync(join(localesDir, 'viewer')).sort()).toEqual(
        overlayLanguages.map((l) => `${l}.json`).sort(),
      );
    });

    it.each(overlayLanguages.filter((l) => l !== 'en'))(
      '%s carries exactly the English keys and placeholders, none empty',
      (language) => {
        const translated = viewer(language);
        expect(Object.keys(translated).sort()).toEqual(Object.keys(englishViewer).sort());
        for (const [key, text] of Object.entries(translated)) {
          expect(text.trim(), key).not.toBe('');
          expect(placeholders(text), key).toEqual(placeholders(englishViewer[key] ?? ''));
        }
      },
    );

    it('names every key in the page’s code, and uses no other', () => {
      const used = [...viewerSource.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      expect(used.filter((key) => !(key in englishViewer))).toEqual([]);
      expect(Object.keys(englishViewer).filter((key) => !viewerSource.includes(`'${key}'`))).toEqual([]);
    });
  });

  describe('overlay text (what viewers read, in each market language)', () => {
    const overlay = (language: string): Record<string, string> =>
      JSON.parse(readFileSync(join(localesDir, 'overlay', `${language}.json`), 'utf8')) as Record<
        string,
        string
      >;
    const englishOverlay = overlay('en');

    it('has one file for every market language and no other', () => {
      expect(readdirSync(join(localesDir, 'overlay')).sort()).toEqual(
        overlayLanguages.map((l) => `${l}.json`).sort(),
      );
    });

    it.each(overlayLanguages.filter((l) => l !== 'en'))(
      '%s carries exactly the English keys, none empty',
      (language) => {
        const translated = overlay(language);
        expect(Object.keys(translated).sort()).toEqual(Object.keys(englishOverlay).sort());
        for (const [key, text] of Object.entries(translated)) expect(text.trim(), key).not.toBe('');
      },
    );

    it('names every overlay key in code', () => {
      expect(Object.keys(englishOverlay).filter((key) => !rendererSource.includes(`'${key}'`))).toEqual([]);
    });
  });

  describe.each(uiLanguages.filter((l) => l.code !== 'en').map((l) => l.code))('%s', (language) => {
    const translated = load(language);

    it('carries exactly the keys of English', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('keeps every {{placeholder}} of English and no empty text', () => {
      for (const [key, text] of english) {
        const other = translated.get(key) ?? '';
        expect(other.trim(), key).not.toBe('');
        expect(placeholders(other), key).toEqual(placeholders(text));
      }
    });
  });

  it('has every key the code uses in t(...) calls', () => {
    const used = [...rendererSource.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !english.has(key))).toEqual([]);
  });

  it('carries no key that the code never names', () => {
    const named = (key: string): boolean =>
      rendererSource.includes(`'${key}'`) || rendererSource.includes(`"${key}"`);
    const unused = [...english.keys()].filter((key) => !named(key));
    expect(unused).toEqual([]);
  });

  it('never builds a key by concatenation or template', () => {
    const built = [
      ...rendererSource.matchAll(/\bt\(\s*`/g),
      ...rendererSource.matchAll(/\bt\(\s*'[^']*'\s*\+/g),
      ...rendererSource.matchAll(/\bt\(\s*\w+\s*\+/g),
    ];
    expect(built.map((m) => m[0])).toEqual([]);
  });
});
