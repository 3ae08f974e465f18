import { Fragment, type ReactNode } from 'react';

const SLOT = '\u0000';

/**
 * A whole translated sentence with one element in it ("They are in <Code>…</Code>."): the
 * message is asked with a marker where the element goes, so translators keep the sentence whole.
 */
export function withSlot(message: (slot: string) => string, node: ReactNode): ReactNode {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return (
    <Fragment>
      {before}
      {node}
      {after}
    </Fragment>
  );
}
