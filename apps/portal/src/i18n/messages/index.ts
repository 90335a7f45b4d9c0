import { en } from './en';
import { type Messages, nb } from './nb';
import { nn } from './nn';

export type { MessageKey, Messages } from './nb';

export const messages: Readonly<Record<'nb' | 'nn' | 'en', Messages>> = { nb, nn, en };
