import { registerEnumType } from 'type-graphql';

export enum Language {
  NB = 'NB',
  NN = 'NN',
  EN = 'EN',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'Bokmål, nynorsk or English.',
});
