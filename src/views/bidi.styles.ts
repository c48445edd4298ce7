import { css } from 'lit';

/**
 * Names and other case text, isolated like `<bdi>`: a bidi override (U+202E…) in a case can't reorder the interface
 * text beside it, and an Arabic or Hebrew name takes its own direction inside an English sentence.
 */
export const bidiStyles = css`
  .person-name,
  .country,
  .target-name,
  .salutation,
  .signature,
  address {
    unicode-bidi: plaintext;
  }
`;
