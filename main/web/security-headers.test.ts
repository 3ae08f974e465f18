import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as SHELL_POLICY } from '../window/content-security-policy.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

describe('the content security policy header', () => {
  it("is the renderer's meta policy, word for word", () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is the policy the desktop window stamps on its responses', () => {
    expect(SHELL_POLICY).toBe(CONTENT_SECURITY_POLICY);
  });
});
