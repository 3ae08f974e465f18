import { Kbd } from '@mantine/core';
import type { ReactNode } from 'react';

/** "[Ctrl]" or "*due*": a key to press or a word in italics, inside a translated sentence. */
const MARK = /(\[[^\]]+\]|\*[^*]+\*)/;

/**
 * Shows a help text with its keys as keycaps and its marked words in italics: each language puts
 * them where its sentence needs them, so the text is never cut into pieces to translate.
 */
export function RichText({ text }: { text: string }): ReactNode {
  return text.split(MARK).map((part, index) => {
    const inner = part.slice(1, -1);
    if (part.startsWith('[') && part.endsWith(']')) return <Kbd key={index}>{inner}</Kbd>;
    if (part.length > 2 && part.startsWith('*') && part.endsWith('*')) return <em key={index}>{inner}</em>;
    return part;
  });
}
