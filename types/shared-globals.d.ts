/**
 * Web-platform globals that both Node and Chromium provide, declared for
 * src/shared, which is compiled without the DOM and Node libraries so that it
 * cannot lean on either. Only what shared code uses is declared.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly search: string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  decode(input?: Uint8Array): string;
}
