import { Children, type ReactNode } from 'react';
import { fill } from './format';

/** Fills `{name}` placeholders with React nodes (e.g. a name in `<strong>`), keyed for rendering. */
export function interpolate(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return Children.toArray(fill<ReactNode>(template, values));
}
