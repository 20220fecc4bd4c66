/**
 * Content-Security-Policy hashes of the deck's inline scripts, with the platform's SHA-256
 * (WebCrypto: `crypto.subtle` in browsers and in Node 20 alike).
 */

// The packages' lib settings leave the platform's globals untyped: just what is used here.
declare const crypto: { subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } };
declare const TextEncoder: new () => { encode(input: string): Uint8Array };
declare function btoa(binary: string): string;

/** The CSP source for an inline script or style: `'sha256-<base64>'` of its UTF-8 text. */
export async function cspHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}
